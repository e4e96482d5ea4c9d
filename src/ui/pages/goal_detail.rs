//! One goal: where it stands this period, its streak, the trend over recent periods,
//! a form to log (or back-date) a check-in, and the check-ins to correct or delete.

mod check_ins;
mod trend_chart;
mod value_input;

use crate::domain::staff::{OnTrack, Owner};
use crate::domain::GoalId;
use crate::text::staff::{on_track, progress_now, target};
use crate::text::{tr, Msg};
use crate::ui::components::{ConfirmDelete, Missing};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use check_ins::CheckIns;
use trend_chart::TrendChart;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalDetailProps {
    pub id: GoalId,
}

#[component(GoalDetail)]
pub fn goal_detail(props: &GoalDetailProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let Some(library) = library else {
        return html! {};
    };
    let Some(goal) = library.library().goal(props.id).cloned() else {
        return html! { <Missing heading={Msg::GoalNotFound} back_to={Route::Goals} back_label={Msg::BackToGoals} /> };
    };
    let summary = library.library().goal_summary(goal.id).cloned();
    let owner = match goal.owner {
        Owner::Team => tr(Msg::WholeTeam),
        Owner::Person(id) => library
            .library()
            .person(id)
            .map(|p| tr(Msg::GoalOf { name: &p.name }))
            .unwrap_or_default(),
    };
    let on_delete = {
        let (library, navigator, id) = (library.clone(), navigator.clone(), goal.id);
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.remove_goal(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(navigator)) = (outcome, &navigator) {
                        navigator.push(&Route::Goals);
                    }
                }),
            );
        })
    };
    let state = summary.as_ref().map_or(OnTrack::Unknown, |s| s.on_track);
    html! {
        <section class="page goal-detail">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ goal.title.clone() }</h1>
            <p class="goal-meta">{ format!("{owner} · {}", target(&goal)) }</p>
            <section aria-labelledby="progress-heading">
                <h2 id="progress-heading">{ tr(Msg::ProgressHeading) }</h2>
                <p role="status" class="goal-now">
                    { progress_now(&goal, summary.as_ref().map(|s| &s.current), crate::clock::today()) }
                    { " · " }{ on_track(state) }
                </p>
                if let Some(s) = summary.as_ref().filter(|s| s.streak > 0) {
                    <p>{ tr(if s.streak_capped { Msg::StreakAtLeast { count: s.streak } } else { Msg::Streak { count: s.streak } }) }</p>
                }
            </section>
            if let Some(s) = &summary {
                <section aria-labelledby="trend-heading">
                    <h2 id="trend-heading">{ tr(Msg::TrendHeading) }</h2>
                    <TrendChart goal={goal.clone()} points={s.recent.clone()} />
                </section>
            }
            if goal.kind.is_checked_in() {
                <CheckIns goal={goal.clone()} revision={library.revision()} />
            } else {
                <p>
                    { tr(Msg::CountedFromRatings) }{ " " }
                    <a href={Route::Ratings.href()}>{ tr(Msg::SeeRatings) }</a>
                </p>
            }
            <div class="actions">
                <a class="button" href={Route::EditGoal { id: goal.id }.href()}>{ tr(Msg::EditGoal) }</a>
                <ConfirmDelete ask={Msg::DeleteGoal} question={Msg::DeleteGoalQuestion} on_delete={on_delete} />
            </div>
        </section>
    }
}
