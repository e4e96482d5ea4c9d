//! Counter mode's goals: today's one-tap check-ins ("+1", "Done today") for the team
//! and each person, in large type, without the manager's screens.

use crate::domain::staff::overview::team_overview;
use crate::text::{tr, Msg};
use crate::ui::hooks::use_progress_as_of_today;
use crate::ui::library::use_library;
use crate::ui::pages::goals::GoalLine;
use yew::prelude::*;

#[component(CounterGoals)]
pub fn counter_goals() -> Html {
    let library = use_library();
    let day = use_progress_as_of_today(&library);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let overview = team_overview(
        &lib.staff.people,
        &lib.staff.goals,
        &lib.staff.summaries,
        day,
    );
    let lines = |goals: &[crate::domain::staff::GoalLine]| {
        html! {
            <ul class="goal-lines">
                { for goals.iter().map(|l| html! { <GoalLine key={l.goal_id.to_string()} goal_id={l.goal_id} at_counter=true /> }) }
            </ul>
        }
    };
    let nothing =
        overview.team_goals.is_empty() && overview.people.iter().all(|r| r.goals.is_empty());
    html! {
        <section class="counter-goals">
            <h1>{ tr(Msg::LogGoalsHeading) }</h1>
            if nothing {
                <p class="empty">{ tr(Msg::NoGoalsAtCounter) }</p>
            }
            if !overview.team_goals.is_empty() {
                <section aria-labelledby="counter-team-goals">
                    <h2 id="counter-team-goals">{ tr(Msg::WholeTeam) }</h2>
                    { lines(&overview.team_goals) }
                </section>
            }
            { for overview.people.iter().filter(|r| !r.goals.is_empty()).map(|row| {
                let name = lib.person(row.person_id).map(|p| p.name.clone()).unwrap_or_default();
                let heading = format!("counter-person-{}", row.person_id);
                html! {
                    <section key={row.person_id.to_string()} aria-labelledby={heading.clone()}>
                        <h2 id={heading}>{ name }</h2>
                        { lines(&row.goals) }
                    </section>
                }
            }) }
        </section>
    }
}
