//! One goal in a list: its title, how far it is this period, whether it is on track,
//! its streak, and how to log it (see [`LogControl`]).

use super::log_control::LogControl;
use crate::domain::staff::{GoalKind, OnTrack};
use crate::domain::GoalId;
use crate::text::staff::{on_track, progress_now};
use crate::text::{tr, Msg};
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoalLineProps {
    pub goal_id: GoalId,
    /// In counter mode the goal's own page (a manager screen) is not offered.
    #[prop_or_default]
    pub at_counter: bool,
}

#[component(GoalLine)]
pub fn goal_line(props: &GoalLineProps) -> Html {
    let library = use_library();
    let Some(library) = library else {
        return html! {};
    };
    let Some(goal) = library.library().goal(props.goal_id).cloned() else {
        return html! {};
    };
    let summary = library.library().goal_summary(goal.id);
    let value = summary.and_then(|s| s.current.value);
    let state = summary.map_or(OnTrack::Unknown, |s| s.on_track);
    let streak = summary.map_or(0, |s| s.streak);
    let capped = summary.is_some_and(|s| s.streak_capped);
    let done_today = goal.kind == GoalKind::DonePerDay
        && goal.period == crate::domain::staff::Period::Day
        && value.is_some_and(|v| v > 0.0);
    let state_class = match state {
        OnTrack::Yes => "on-track",
        OnTrack::No => "behind",
        OnTrack::Unknown => "unknown",
    };
    html! {
        <li class="goal-line">
            <div class="goal-text">
                if props.at_counter {
                    <span class="goal-title">{ goal.title.clone() }</span>
                } else {
                    <a class="goal-title" href={Route::Goal { id: goal.id }.href()}>{ goal.title.clone() }</a>
                }
                <span class="goal-progress">{ progress_now(&goal, summary.map(|s| &s.current), crate::clock::today()) }</span>
                <span class={classes!("badge", state_class)}>{ on_track(state) }</span>
                if streak > 0 {
                    <span class="goal-streak">
                        { tr(if capped { Msg::StreakAtLeast { count: streak } } else { Msg::Streak { count: streak } }) }
                    </span>
                }
            </div>
            if logged_from_a_list(goal.kind, props.at_counter) {
                <LogControl goal={goal.clone()} {done_today} at_counter={props.at_counter} />
            }
        </li>
    }
}

/// Whether a goal's line offers logging: one tap for counts and "done today"; amounts and
/// scores at the counter only (the manager has the goal's page); ratings count themselves.
/// Lines without it carry no control at all: a team's overview has hundreds.
fn logged_from_a_list(kind: GoalKind, at_counter: bool) -> bool {
    match kind {
        GoalKind::Count | GoalKind::DonePerDay => true,
        GoalKind::Amount | GoalKind::Score => at_counter,
        GoalKind::GoodRatings => false,
    }
}
