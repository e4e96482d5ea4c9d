//! The team overview: who is on track this period, the team's goals, the goals by key
//! figure, and whose host conversation is due. Built from the per-goal summaries read
//! at start-up, never from every check-in.

mod goal_line;
mod log_control;

use crate::domain::staff::overview::team_overview;
use crate::domain::staff::RowStanding;
use crate::text::staff::key_figure;
use crate::text::{date, tr, Msg};
use crate::ui::hooks::use_progress_as_of_today;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
pub use goal_line::GoalLine;
use yew::prelude::*;

#[component(GoalsPage)]
pub fn goals_page() -> Html {
    let library = use_library();
    let day = use_progress_as_of_today(&library);
    let Some(library) = library else {
        return html! {};
    };
    let staff = &library.library().staff;
    let overview = team_overview(&staff.people, &staff.goals, &staff.summaries, day);
    let name_of = |id| {
        library
            .library()
            .person(id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let line = |l: &crate::domain::staff::GoalLine| {
        html! { <GoalLine key={l.goal_id.to_string()} goal_id={l.goal_id} /> }
    };
    html! {
        <section class="page goals">
            <div class="page-head">
                <h1>{ tr(Msg::GoalsHeading) }</h1>
                <a class="button primary" href={Route::NewGoal.href()}>{ tr(Msg::NewGoal) }</a>
            </div>
            <p class="intro">{ tr(Msg::GoalsIntro) }</p>
            <nav class="actions" aria-label={tr(Msg::GoalsHeading)}>
                <a class="button" href={Route::Meeting.href()}>{ tr(Msg::ServiceMeetingLink) }</a>
                <a class="button" href={Route::Stories.href()}>{ tr(Msg::ServiceStoriesLink) }</a>
                <a class="button" href={Route::Bingo.href()}>{ tr(Msg::ServiceBingoLink) }</a>
                <a class="button" href={Route::KeyFigures.href()}>{ tr(Msg::KeyFiguresLink) }</a>
                <a class="button" href={Route::People.href()}>{ tr(Msg::PeopleLink) }</a>
                <a class="button" href={Route::NewConversation.href()}>{ tr(Msg::HoldConversation) }</a>
                <a class="button" href={Route::Praise.href()}>{ tr(Msg::PraiseLink) }</a>
                <a class="button" href={Route::Questions.href()}>{ tr(Msg::QuestionBankLink) }</a>
                <a class="button" href={Route::Knowledge.href()}>{ tr(Msg::SeeKnowledgeChecks) }</a>
                <a class="button" href={Route::Ratings.href()}>{ tr(Msg::SeeRatings) }</a>
            </nav>
            if !overview.conversations_due.is_empty() {
                <section class="conversations-due" aria-labelledby="due-heading">
                    <h2 id="due-heading">{ tr(Msg::ConversationsDueHeading) }</h2>
                    <ul>
                        { for overview.conversations_due.iter().filter_map(|id| library.library().person(*id)).map(|p| {
                            let due = p.next_conversation_due.map(|d| date(d.date())).unwrap_or_default();
                            html! {
                                <li key={p.id.to_string()}>
                                    <a href={Route::Person { id: p.id }.href()}>
                                        { tr(Msg::ConversationDueSince { name: &p.name, date: &due }) }
                                    </a>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if staff.goals.is_empty() {
                <p class="empty">{ tr(Msg::NoGoalsYet) }</p>
            }
            if !overview.team_goals.is_empty() {
                <section aria-labelledby="team-goals">
                    <h2 id="team-goals">{ tr(Msg::WholeTeam) }</h2>
                    <ul class="goal-lines">{ for overview.team_goals.iter().map(line) }</ul>
                </section>
            }
            if overview.people.iter().any(|row| !row.goals.is_empty()) {
                <section aria-labelledby="on-track-heading">
                    <h2 id="on-track-heading">{ tr(Msg::ThisPeriodHeading) }</h2>
                    { for [
                        (RowStanding::Behind, Msg::GroupBehind, "behind"),
                        (RowStanding::OnTrack, Msg::GroupOnTrack, "on-track"),
                        (RowStanding::NothingYet, Msg::GroupNothingYet, "nothing-yet"),
                    ].into_iter().map(|(standing, heading, id)| {
                        let rows: Vec<_> = overview.people.iter()
                            .filter(|row| !row.goals.is_empty() && row.standing() == standing)
                            .collect();
                        let group_id = format!("group-{id}");
                        html! {
                            if !rows.is_empty() {
                                <section class="standing-group" aria-labelledby={group_id.clone()}>
                                    <h3 id={group_id}>{ tr(heading) }</h3>
                                    { for rows.into_iter().map(|row| {
                                        let name = name_of(row.person_id);
                                        let heading_id = format!("person-{}", row.person_id);
                                        html! {
                                            <section key={row.person_id.to_string()} class="person-goals" aria-labelledby={heading_id.clone()}>
                                                <h4 id={heading_id}>
                                                    <a href={Route::Person { id: row.person_id }.href()}>{ name }</a>
                                                </h4>
                                                <ul class="goal-lines">{ for row.goals.iter().map(line) }</ul>
                                            </section>
                                        }
                                    }) }
                                </section>
                            }
                        }
                    }) }
                </section>
            }
            if !overview.by_key_figure.is_empty() {
                <section aria-labelledby="key-figures-heading">
                    <h2 id="key-figures-heading">{ tr(Msg::KeyFiguresHeading) }</h2>
                    { for overview.by_key_figure.iter().map(|(figure, lines)| {
                        let heading_id = format!("key-figure-{figure:?}");
                        html! {
                            <section key={heading_id.clone()} class="figure-goals" aria-labelledby={heading_id.clone()}>
                                <h3 id={heading_id}>{ key_figure(*figure) }</h3>
                                <ul class="goal-lines">{ for lines.iter().map(line) }</ul>
                            </section>
                        }
                    }) }
                </section>
            }
        </section>
    }
}
