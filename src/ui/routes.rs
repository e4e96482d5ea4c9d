//! Where each screen lives. Hash routes, so any static host and any sub-path work
//! without server rewrite rules.

use crate::domain::drip::Week;
use crate::domain::{
    AreaId, ConversationId, GoalId, PersonId, PraiseId, ReflectionId, RoleId, RuleId, ScriptId,
    StandardId, ValueId,
};
use crate::domain::{CheckId, ChecklistId, ComplaintId, StoryId, VisitId};
use yew::prelude::*;
use yew_router::prelude::*;

use super::components::Layout;
use super::pages;
use super::pages::counter::{
    CounterAuthority, CounterFrame, CounterGoals, CounterHome, CounterRating, CounterValues,
    Practice, WalkThrough,
};

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/standards")]
    Standards,
    #[at("/standards/new")]
    NewStandard,
    #[at("/areas/:area/new")]
    NewStandardIn { area: AreaId },
    #[at("/standards/:id")]
    Standard { id: StandardId },
    #[at("/standards/:id/edit")]
    EditStandard { id: StandardId },
    #[at("/areas")]
    Areas,
    #[at("/scripts")]
    Scripts,
    #[at("/scripts/new")]
    NewScript,
    #[at("/scripts/new/complaint")]
    NewComplaintScript,
    #[at("/scripts/print")]
    PrintScripts,
    #[at("/scripts/:id")]
    Script { id: ScriptId },
    #[at("/scripts/:id/edit")]
    EditScript { id: ScriptId },
    #[at("/values")]
    Values,
    #[at("/values/profile")]
    EditProfile,
    #[at("/values/poster")]
    Poster,
    #[at("/values/new")]
    NewValue,
    #[at("/values/:id")]
    Value { id: ValueId },
    #[at("/values/:id/edit")]
    EditValue { id: ValueId },
    #[at("/authority")]
    Authority,
    #[at("/authority/new")]
    NewRule,
    #[at("/authority/:id/edit")]
    EditRule { id: RuleId },
    /// A new rule for `role` starting as a copy of `rule`: a role's own limit for
    /// something it has from a role below.
    #[at("/authority/:rule/for/:role")]
    NewRuleLike { rule: RuleId, role: RoleId },
    #[at("/visits")]
    Visits,
    #[at("/visits/checklists/new")]
    NewChecklist,
    #[at("/visits/checklists/:id")]
    EditChecklist { id: ChecklistId },
    #[at("/visits/checklists/:id/print")]
    ChecklistSheet { id: ChecklistId },
    #[at("/visits/:id")]
    Visit { id: VisitId },
    #[at("/goals")]
    Goals,
    #[at("/goals/new")]
    NewGoal,
    #[at("/goals/:id")]
    Goal { id: GoalId },
    #[at("/goals/:id/edit")]
    EditGoal { id: GoalId },
    #[at("/people")]
    People,
    #[at("/people/new")]
    NewPerson,
    #[at("/people/:id")]
    Person { id: PersonId },
    #[at("/people/:id/edit")]
    EditPerson { id: PersonId },
    #[at("/people/:person/goals/new")]
    NewGoalFor { person: PersonId },
    #[at("/people/:person/reflection")]
    NewReflection { person: PersonId },
    #[at("/reflections/:id/edit")]
    EditReflection { id: ReflectionId },
    #[at("/conversations/new")]
    NewConversation,
    #[at("/conversations/:id/edit")]
    EditConversation { id: ConversationId },
    #[at("/praise")]
    Praise,
    #[at("/praise/:id/edit")]
    EditPraise { id: PraiseId },
    #[at("/questions")]
    Questions,
    #[at("/ratings")]
    Ratings,
    #[at("/knowledge")]
    Knowledge,
    #[at("/knowledge/new")]
    NewCheck,
    #[at("/knowledge/:id")]
    EditCheck { id: CheckId },
    #[at("/complaints")]
    Complaints,
    #[at("/complaints/new")]
    NewComplaint,
    #[at("/complaints/:id")]
    Complaint { id: ComplaintId },
    #[at("/complaints/:id/edit")]
    EditComplaint { id: ComplaintId },
    #[at("/meeting")]
    Meeting,
    #[at("/meeting/:week")]
    MeetingOf { week: Week },
    #[at("/stories")]
    Stories,
    #[at("/stories/new")]
    NewStory,
    #[at("/stories/from-praise/:id")]
    StoryFromPraise { id: PraiseId },
    #[at("/stories/from-reflection/:id")]
    StoryFromReflection { id: ReflectionId },
    #[at("/stories/:id")]
    EditStory { id: StoryId },
    #[at("/bingo")]
    Bingo,
    #[at("/key-figures")]
    KeyFigures,
    #[at("/settings")]
    Settings,
    #[at("/settings/pack")]
    MakePack,
    #[at("/counter")]
    Counter,
    #[at("/counter/scripts/:id")]
    CounterScript { id: ScriptId },
    #[at("/counter/practice")]
    Practice,
    #[at("/counter/practice/:id")]
    PracticeCase { id: ScriptId },
    #[at("/counter/values")]
    CounterValues,
    #[at("/counter/rating")]
    CounterRating,
    #[at("/counter/complaint")]
    CounterComplaint,
    #[at("/counter/knowledge")]
    CounterCheck,
    #[at("/counter/goals")]
    CounterGoals,
    #[at("/counter/authority")]
    CounterAuthority,
    #[at("/counter/bingo")]
    CounterBingo,
    #[at("/counter/authority/:role")]
    CounterAuthorityFor { role: RoleId },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The link target, for plain anchors.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The navigation section this route belongs to; none in counter mode.
    pub fn section(&self) -> Option<Route> {
        use Route::*;
        match self {
            Home
            | Standards
            | NewStandard
            | NewStandardIn { .. }
            | Standard { .. }
            | EditStandard { .. }
            | Areas => Some(Standards),
            Scripts
            | NewScript
            | NewComplaintScript
            | PrintScripts
            | Script { .. }
            | EditScript { .. } => Some(Scripts),
            Values | EditProfile | Poster | NewValue | Value { .. } | EditValue { .. } => {
                Some(Values)
            }
            Authority | NewRule | EditRule { .. } | NewRuleLike { .. } => Some(Authority),
            Visits | NewChecklist | EditChecklist { .. } | ChecklistSheet { .. } | Visit { .. } => {
                Some(Visits)
            }
            Goals
            | NewGoal
            | Goal { .. }
            | EditGoal { .. }
            | People
            | NewPerson
            | Person { .. }
            | EditPerson { .. }
            | NewGoalFor { .. }
            | NewReflection { .. }
            | EditReflection { .. }
            | NewConversation
            | EditConversation { .. }
            | Praise
            | EditPraise { .. }
            | Questions
            | Knowledge
            | NewCheck
            | EditCheck { .. }
            | Meeting
            | MeetingOf { .. }
            | Stories
            | NewStory
            | StoryFromPraise { .. }
            | StoryFromReflection { .. }
            | EditStory { .. }
            | Bingo
            | KeyFigures => Some(Goals),
            Ratings | Complaints | NewComplaint | Complaint { .. } | EditComplaint { .. } => {
                Some(Complaints)
            }
            Settings | MakePack => Some(Settings),
            Counter
            | CounterScript { .. }
            | Practice
            | PracticeCase { .. }
            | CounterValues
            | CounterRating
            | CounterComplaint
            | CounterCheck
            | CounterGoals
            | CounterAuthority
            | CounterAuthorityFor { .. }
            | CounterBingo
            | NotFound => None,
        }
    }

    fn is_counter(&self) -> bool {
        use Route::*;
        matches!(
            self,
            Counter
                | CounterScript { .. }
                | Practice
                | PracticeCase { .. }
                | CounterValues
                | CounterRating
                | CounterComplaint
                | CounterCheck
                | CounterGoals
                | CounterAuthority
                | CounterAuthorityFor { .. }
                | CounterBingo
        )
    }
}

/// Counter mode has a frame of its own, without the manager's navigation.
pub fn switch(route: Route) -> Html {
    if route.is_counter() {
        html! { <CounterFrame>{ counter_page(route) }</CounterFrame> }
    } else {
        html! { <Layout>{ manager_page(route) }</Layout> }
    }
}

fn counter_page(route: Route) -> Html {
    match route {
        Route::CounterScript { id } => html! { <WalkThrough {id} /> },
        Route::Practice => html! { <Practice /> },
        Route::PracticeCase { id } => html! { <Practice id={Some(id)} /> },
        Route::CounterValues => html! { <CounterValues /> },
        Route::CounterRating => html! { <CounterRating /> },
        Route::CounterComplaint => html! { <pages::CounterComplaint /> },
        Route::CounterCheck => html! { <pages::knowledge::CounterCheck /> },
        Route::CounterGoals => html! { <CounterGoals /> },
        Route::CounterAuthority => html! { <CounterAuthority /> },
        Route::CounterAuthorityFor { role } => html! { <CounterAuthority role={Some(role)} /> },
        Route::CounterBingo => html! { <pages::bingo::CounterBingo /> },
        _ => html! { <CounterHome /> },
    }
}

fn manager_page(route: Route) -> Html {
    match route {
        Route::Home => html! { <Redirect<Route> to={Route::Standards} /> },
        Route::Standards => html! { <pages::StandardsPage /> },
        Route::NewStandard => html! { <pages::StandardEditor /> },
        Route::NewStandardIn { area } => html! { <pages::StandardEditor area={Some(area)} /> },
        Route::Standard { id } => html! { <pages::StandardDetail {id} /> },
        Route::EditStandard { id } => html! { <pages::StandardEditor id={Some(id)} /> },
        Route::Areas => html! { <pages::AreasPage /> },
        Route::Scripts => html! { <pages::ScriptsPage /> },
        Route::NewScript => html! { <pages::ScriptEditor /> },
        Route::NewComplaintScript => html! { <pages::ScriptEditor complaint=true /> },
        Route::PrintScripts => html! { <pages::PrintScripts /> },
        Route::Script { id } => html! { <pages::ScriptDetail {id} /> },
        Route::EditScript { id } => html! { <pages::ScriptEditor id={Some(id)} /> },
        Route::Values => html! { <pages::ValuesPage /> },
        Route::EditProfile => html! { <pages::ProfileEditor /> },
        Route::Poster => html! { <pages::Poster /> },
        Route::NewValue => html! { <pages::ValueEditor /> },
        Route::Value { id } => html! { <pages::ValueDetail {id} /> },
        Route::EditValue { id } => html! { <pages::ValueEditor id={Some(id)} /> },
        Route::Authority => html! { <pages::AuthorityPage /> },
        Route::NewRule => html! { <pages::RuleEditor /> },
        Route::EditRule { id } => html! { <pages::RuleEditor id={Some(id)} /> },
        Route::NewRuleLike { rule, role } => {
            html! { <pages::RuleEditor like={Some((rule, role))} /> }
        }
        Route::Visits => html! { <pages::VisitsPage /> },
        Route::NewChecklist => html! { <pages::ChecklistEditor /> },
        Route::EditChecklist { id } => html! { <pages::ChecklistEditor id={Some(id)} /> },
        Route::ChecklistSheet { id } => html! { <pages::ChecklistSheet {id} /> },
        Route::Visit { id } => html! { <pages::VisitPage {id} /> },
        Route::Goals => html! { <pages::GoalsPage /> },
        Route::NewGoal => html! { <pages::GoalEditor /> },
        Route::Goal { id } => html! { <pages::GoalDetail {id} /> },
        Route::EditGoal { id } => html! { <pages::GoalEditor id={Some(id)} /> },
        Route::People => html! { <pages::PeoplePage /> },
        Route::NewPerson => html! { <pages::PersonEditor /> },
        Route::Person { id } => html! { <pages::PersonDetail {id} /> },
        Route::EditPerson { id } => html! { <pages::PersonEditor id={Some(id)} /> },
        Route::NewGoalFor { person } => html! { <pages::GoalEditor person={Some(person)} /> },
        Route::NewReflection { person } => {
            html! { <pages::ReflectionEditor person={Some(person)} /> }
        }
        Route::EditReflection { id } => html! { <pages::ReflectionEditor id={Some(id)} /> },
        Route::NewConversation => html! { <pages::ConversationEditor /> },
        Route::EditConversation { id } => html! { <pages::ConversationEditor id={Some(id)} /> },
        Route::Praise => html! { <pages::PraisePage /> },
        Route::EditPraise { id } => html! { <pages::PraiseEditor {id} /> },
        Route::Questions => html! { <pages::QuestionBank /> },
        Route::Ratings => html! { <pages::RatingsPage /> },
        Route::Complaints => html! { <pages::ComplaintsPage /> },
        Route::Knowledge => html! { <pages::knowledge::KnowledgePage /> },
        Route::NewCheck => html! { <pages::knowledge::CheckEditor /> },
        Route::EditCheck { id } => html! { <pages::knowledge::CheckEditor id={Some(id)} /> },
        Route::NewComplaint => html! { <pages::NewComplaint /> },
        Route::Complaint { id } => html! { <pages::ComplaintPage {id} /> },
        Route::EditComplaint { id } => html! { <pages::ComplaintEditor {id} /> },
        Route::Meeting => html! { <pages::MeetingPage key="this-week" /> },
        // Keyed by week: another week's meeting starts from its own stored copy.
        Route::MeetingOf { week } => {
            html! { <pages::MeetingPage key={week.to_string()} week={Some(week)} /> }
        }
        Route::Stories => html! { <pages::StoriesPage /> },
        // Keyed: each way in starts its own draft.
        Route::NewStory => html! { <pages::StoryEditor key="new" /> },
        Route::StoryFromPraise { id } => {
            html! { <pages::StoryEditor key={format!("praise-{id}")} from_praise={Some(id)} /> }
        }
        Route::StoryFromReflection { id } => {
            html! { <pages::StoryEditor key={format!("reflection-{id}")} from_reflection={Some(id)} /> }
        }
        Route::EditStory { id } => {
            html! { <pages::StoryEditor key={id.to_string()} id={Some(id)} /> }
        }
        Route::Bingo => html! { <pages::BingoPage /> },
        Route::KeyFigures => html! { <pages::KeyFiguresPage /> },
        Route::Settings => html! { <pages::SettingsPage /> },
        Route::MakePack => html! { <pages::PackExport /> },
        // Counter routes are rendered by `counter_page`.
        _ => html! { <pages::NotFound /> },
    }
}
