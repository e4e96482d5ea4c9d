//! The app's state and the one function that changes it. No I/O happens here: storage
//! writes first, and only what was stored is applied.

use super::authority::{AuthorityRule, Role};
pub use super::deletion::Deleted;
use super::deletion::{Deletion, GoalRemoval, Restoration};
use super::library::{AreaRemoval, RoleRemovalPlan};
use super::script::ScriptUse;
use super::staff::{
    Goal, GoalSummary, HostConversation, Person, PersonErasure, Praise, Question, Reflection,
};
use super::values::{CoreValue, Profile};
use super::visits::{Checklist, Visit};
use super::voice::Complaint;
use super::{
    Area, ConversationId, Library, PraiseId, QuestionId, ReflectionId, Script, Standard,
    StorageFailure,
};
use super::{ChecklistId, ComplaintId, VisitId};

#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// The database is being opened and read.
    Opening,
    Ready,
    /// Data cannot be kept in this browser: the app shows why instead of pretending.
    Unavailable(StorageFailure),
}

/// A message that waits for the person: an undo offer or a failed write.
// One notice exists at a time and is rarely made: boxing the big variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Deleted(Deletion),
    Failed(StorageFailure),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub phase: Phase,
    pub library: Library,
    /// Counts changes to the library, so views can cache what they derive from it.
    pub revision: u64,
    /// Counts every action applied, whether or not it changed the library: the page
    /// compares handles to the state by it, not by content.
    pub applied: u64,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Opened(Library),
    /// Everything was read again from storage, after an import.
    Reloaded(Library),
    /// Another tab stored a change; this is everything as read again. Unlike an import,
    /// nothing here was replaced under the person's hands, so notices stay.
    ChangedElsewhere(Library),
    OpenFailed(StorageFailure),
    StandardsSaved(Vec<Standard>),
    AreasSaved(Vec<Area>),
    AreaRemoved(AreaRemoval),
    ScriptsSaved(Vec<Script>),
    ScriptUsed(ScriptUse),
    ProfileSaved(Profile),
    ValuesSaved(Vec<CoreValue>),
    RolesSaved(Vec<Role>),
    RoleRemoved(RoleRemovalPlan),
    RulesSaved(Vec<AuthorityRule>),
    PeopleSaved(Vec<Person>),
    GoalsSaved(Vec<Goal>),
    /// A goal was deleted with its check-ins, and unlinked from its conversations.
    GoalRemoved(GoalRemoval),
    /// Summaries read again for some goals (after a check-in, or on a new day).
    SummariesRead(Vec<GoalSummary>),
    QuestionsSaved(Vec<Question>),
    QuestionRemoved(QuestionId),
    ConversationsSaved(Vec<HostConversation>),
    ConversationRemoved(ConversationId),
    ReflectionsSaved(Vec<Reflection>),
    ReflectionRemoved(ReflectionId),
    PraiseSaved(Vec<Praise>),
    PraiseRemoved(PraiseId),
    ChecklistsSaved(Vec<Checklist>),
    ChecklistRemoved(ChecklistId),
    VisitsSaved(Vec<Visit>),
    VisitRemoved(VisitId),
    ComplaintsSaved(Vec<Complaint>),
    ComplaintRemoved(ComplaintId),
    ChecksSaved(Vec<crate::domain::knowledge::KnowledgeCheck>),
    CheckRemoved(crate::domain::CheckId),
    AttemptsSaved(Vec<crate::domain::knowledge::Attempt>),
    MeetingsSaved(Vec<crate::domain::drip::Meeting>),
    StoriesSaved(Vec<crate::domain::drip::Story>),
    StoryRemoved(crate::domain::StoryId),
    BingoCardsSaved(Vec<crate::domain::drip::BingoCard>),
    BingoTicksSaved(Vec<crate::domain::drip::BingoTick>),
    /// A person and everything about them were erased.
    PersonErased(Box<PersonErasure>),
    Deleted(Deletion),
    Restored(Restoration),
    WriteFailed(StorageFailure),
    DismissNotice,
}

impl Action {
    fn changes_library(&self) -> bool {
        !matches!(
            self,
            Action::OpenFailed(_)
                | Action::WriteFailed(_)
                | Action::DismissNotice
                | Action::ScriptUsed(_)
        )
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            phase: Phase::Opening,
            library: Library::default(),
            revision: 0,
            applied: 0,
            notice: None,
        }
    }
}

impl AppState {
    pub fn apply(&mut self, action: Action) {
        self.applied += 1;
        if action.changes_library() {
            self.revision += 1;
        }
        let library = &mut self.library;
        match action {
            Action::Opened(opened) => {
                *library = opened;
                self.phase = Phase::Ready;
            }
            Action::Reloaded(reread) => {
                *library = reread;
                // Whatever was deleted before may not fit what is there now.
                self.notice = None;
            }
            Action::ChangedElsewhere(reread) => *library = reread,
            Action::OpenFailed(failure) => self.phase = Phase::Unavailable(failure),
            Action::StandardsSaved(saved) => library.with_standards_saved(saved),
            Action::AreasSaved(saved) => library.with_areas_saved(saved),
            Action::AreaRemoved(removal) => {
                // A deleted standard may have lived in the removed area: no undo into nowhere.
                if matches!(&self.notice, Some(Notice::Deleted(Deletion { deleted: Deleted::Standard(s), .. })) if s.area_id == removal.area.id)
                {
                    self.notice = None;
                }
                library.with_area_removed(removal);
            }
            Action::ScriptsSaved(saved) => library.with_scripts_saved(saved),
            Action::ScriptUsed(used) => library.with_script_used(used),
            Action::ProfileSaved(profile) => library.profile = profile,
            Action::ValuesSaved(saved) => library.with_values_saved(saved),
            Action::RolesSaved(saved) => library.with_roles_saved(saved),
            Action::RoleRemoved(plan) => {
                // A deleted rule of the removed role must not come back pointing at it.
                if matches!(&self.notice, Some(Notice::Deleted(Deletion { deleted: Deleted::Rule(r), .. })) if r.role_id == plan.role.id)
                {
                    self.notice = None;
                }
                library.with_role_removed(plan);
            }
            Action::RulesSaved(saved) => library.with_rules_saved(saved),
            Action::PeopleSaved(saved) => library.with_people_saved(saved),
            Action::GoalsSaved(saved) => library.with_goals_saved(saved),
            Action::GoalRemoved(removal) => library.with_goal_removed(&removal),
            Action::SummariesRead(fresh) => library.with_summaries(fresh),
            Action::QuestionsSaved(saved) => library.with_questions_saved(saved),
            Action::QuestionRemoved(id) => library.with_question_removed(id),
            Action::ConversationsSaved(saved) => library.with_conversations_saved(saved),
            Action::ConversationRemoved(id) => library.with_conversation_removed(id),
            Action::ReflectionsSaved(saved) => library.with_reflections_saved(saved),
            Action::ReflectionRemoved(id) => library.with_reflection_removed(id),
            Action::PraiseSaved(saved) => library.with_praise_saved(saved),
            Action::PraiseRemoved(id) => library.with_praise_removed(id),
            Action::ChecklistsSaved(saved) => library.with_checklists_saved(saved),
            Action::ChecklistRemoved(id) => library.with_checklist_removed(id),
            Action::VisitsSaved(saved) => library.with_visits_saved(saved),
            Action::VisitRemoved(id) => library.with_visit_removed(id),
            Action::ComplaintsSaved(saved) => library.with_complaints_saved(saved),
            Action::ComplaintRemoved(id) => library.with_complaint_removed(id),
            Action::ChecksSaved(saved) => library.with_checks_saved(saved),
            Action::CheckRemoved(id) => library.with_check_removed(id),
            Action::AttemptsSaved(saved) => library.with_attempts_saved(saved),
            Action::MeetingsSaved(saved) => library.with_meetings_saved(saved),
            Action::StoriesSaved(saved) => library.with_stories_saved(saved),
            Action::StoryRemoved(id) => library.with_story_removed(id),
            Action::BingoCardsSaved(saved) => library.with_bingo_cards_saved(saved),
            Action::BingoTicksSaved(saved) => library.with_bingo_ticks_saved(saved),
            Action::PersonErased(plan) => library.with_person_erased(&plan),
            Action::Deleted(deletion) => {
                library.with_deletion(&deletion);
                self.notice = Some(Notice::Deleted(deletion));
            }
            Action::Restored(restoration) => {
                if matches!(&self.notice, Some(Notice::Deleted(d)) if d.deleted == restoration.restored)
                {
                    self.notice = None;
                }
                library.with_restoration(&restoration);
            }
            Action::WriteFailed(failure) => self.notice = Some(Notice::Failed(failure)),
            Action::DismissNotice => self.notice = None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::standard::StandardDraft;
    use crate::domain::{HostParameter, Timestamp};

    fn ready() -> AppState {
        let mut state = AppState::default();
        let now = Timestamp::from_unix_millis(0.0);
        state.apply(Action::Opened(Library {
            areas: Area::builtins(now),
            ..Library::default()
        }));
        state
    }

    fn standard(state: &AppState) -> Standard {
        let draft = StandardDraft {
            title: "Smile".into(),
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        state
            .library
            .create_standard(&draft, Timestamp::from_unix_millis(1.0))
            .unwrap()
    }

    #[test]
    fn opening_leads_to_ready_or_unavailable() {
        assert_eq!(AppState::default().phase, Phase::Opening);
        assert_eq!(ready().phase, Phase::Ready);
        let mut state = AppState::default();
        state.apply(Action::OpenFailed(StorageFailure::Blocked));
        assert_eq!(state.phase, Phase::Unavailable(StorageFailure::Blocked));
    }

    #[test]
    fn delete_offers_undo_and_undo_restores() {
        let mut state = ready();
        let s = standard(&state);
        state.apply(Action::StandardsSaved(vec![s.clone()]));
        let now = Timestamp::from_unix_millis(2.0);
        let deletion = state
            .library
            .plan_deletion(Deleted::Standard(s.clone()), now);
        state.apply(Action::Deleted(deletion.clone()));
        assert!(state.library.standards.is_empty());
        assert_eq!(state.notice, Some(Notice::Deleted(deletion.clone())));
        let revision = state.revision;
        let restoration = state.library.plan_restoration(&deletion, now).unwrap();
        state.apply(Action::Restored(restoration));
        assert_eq!(state.library.standards, vec![s]);
        assert_eq!(state.notice, None);
        assert_eq!(
            state.revision,
            revision + 1,
            "views derived from the library refresh"
        );
    }

    #[test]
    fn every_action_is_counted_even_one_that_leaves_the_library_as_it_was() {
        let mut state = ready();
        let (revision, applied) = (state.revision, state.applied);
        state.apply(Action::ScriptUsed(crate::domain::script::ScriptUse {
            script_id: crate::domain::ScriptId::random(),
            used_at: Timestamp::from_unix_millis(3.0),
        }));
        state.apply(Action::DismissNotice);
        assert_eq!(
            state.revision, revision,
            "no view derived from the library redoes its work"
        );
        assert_eq!(
            state.applied,
            applied + 2,
            "the page still sees the state changed"
        );
    }

    #[test]
    fn a_failed_write_is_shown_until_dismissed() {
        let mut state = ready();
        state.apply(Action::WriteFailed(StorageFailure::QuotaExceeded));
        assert_eq!(
            state.notice,
            Some(Notice::Failed(StorageFailure::QuotaExceeded))
        );
        state.apply(Action::DismissNotice);
        assert_eq!(state.notice, None);
    }
}
