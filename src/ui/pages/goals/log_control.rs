//! Logging a goal from a list: one tap for "+1" and "done today"; at the counter also an
//! amount (typed on the number pad) or a score (one of five buttons, −2…+2). What was
//! just logged can be undone for a few seconds, in case of a slip of the finger.

use crate::clock::today;
use crate::domain::staff::{CheckIn, CheckInDraft, Goal, GoalKind};
use crate::domain::validation::FieldErrors;
use crate::text::staff::{goal_value, number, SCORE_STEPS};
use crate::text::{problem, tr, Msg};
use crate::ui::hooks::use_typed_text;
use crate::ui::library::{use_library, Outcome};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long "Logged: +1. Undo" stays.
const UNDO_MILLIS: u32 = 8_000;

#[derive(Properties, PartialEq)]
pub struct LogControlProps {
    pub goal: Goal,
    /// A done-per-day goal already done today has nothing left to tap.
    pub done_today: bool,
    /// Amounts and scores are logged here at the counter; the manager has the goal's page.
    pub at_counter: bool,
}

#[derive(Clone, PartialEq)]
enum Recent {
    Logged(CheckIn),
    Undone,
}

thread_local! {
    /// What each goal's control last showed, and when: a goal line that is drawn anew
    /// (the overview moved its person to another group after the log) still offers
    /// "Undo" for the rest of the time.
    static SHOWN: std::cell::RefCell<std::collections::HashMap<crate::domain::GoalId, (Recent, f64)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn remembered(goal: crate::domain::GoalId) -> Option<(Recent, u32)> {
    let now = js_sys::Date::now();
    SHOWN.with(|shown| {
        let (recent, at) = shown.borrow().get(&goal).cloned()?;
        let left = f64::from(UNDO_MILLIS) - (now - at);
        (left > 0.0).then_some((recent, left as u32))
    })
}

/// How a logged value reads: "+1", "done today", "2 000", "−1".
fn logged_value(goal: &Goal, check_in: &CheckIn) -> String {
    match goal.kind {
        GoalKind::DonePerDay => tr(Msg::DoneToday),
        GoalKind::Count if check_in.value == 1.0 => "+1".into(),
        GoalKind::Score if check_in.value > 0.0 => format!("+{}", number(check_in.value)),
        GoalKind::Score if check_in.value < 0.0 => format!("−{}", number(-check_in.value)),
        _ => goal_value(goal, check_in.value),
    }
}

#[component(LogControl)]
pub fn log_control(props: &LogControlProps) -> Html {
    let library = use_library();
    let busy = use_state(|| false);
    let goal_id = props.goal.id;
    let recent = use_state(move || remembered(goal_id).map(|(recent, _)| recent));
    let (amount, on_amount) = use_typed_text();
    let amount_error = use_state(|| None::<String>);
    let fades = use_mut_ref(|| None::<Timeout>);
    {
        // Drawn anew while something was still shown: it fades when it would have.
        let (recent, fades) = (recent.clone(), fades.clone());
        use_effect_with(goal_id, move |goal_id| {
            if let Some((_, left)) = remembered(*goal_id) {
                *fades.borrow_mut() = Some(Timeout::new(left, move || recent.set(None)));
            }
        });
    }
    let Some(library) = library else {
        return html! {};
    };
    let goal = &props.goal;
    // Shows what happened, and forgets it after a while (a newer event restarts the clock).
    let show = {
        let (recent, fades) = (recent.clone(), fades.clone());
        move |what: Recent| {
            SHOWN.with(|shown| {
                shown
                    .borrow_mut()
                    .insert(goal_id, (what.clone(), js_sys::Date::now()))
            });
            recent.set(Some(what));
            let recent = recent.clone();
            *fades.borrow_mut() = Some(Timeout::new(UNDO_MILLIS, move || recent.set(None)));
        }
    };
    let logged = {
        let (busy, show) = (busy.clone(), show.clone());
        Callback::from(move |stored: Option<CheckIn>| {
            busy.set(false);
            if let Some(check_in) = stored {
                show(Recent::Logged(check_in));
            }
        })
    };
    let log_value = {
        let (library, goal, busy, logged) =
            (library.clone(), goal.clone(), busy.clone(), logged.clone());
        let amount_error = amount_error.clone();
        let amount = amount.clone();
        Callback::from(move |value: String| {
            if *busy {
                return;
            }
            busy.set(true);
            let draft = CheckInDraft {
                value,
                ..CheckInDraft::new(&goal, today())
            };
            let (busy, logged, amount_error, amount) = (
                busy.clone(),
                logged.clone(),
                amount_error.clone(),
                amount.clone(),
            );
            let checked =
                Callback::from(
                    move |result: Result<Option<CheckIn>, FieldErrors>| match result {
                        Err(errors) => {
                            busy.set(false);
                            amount_error
                                .set(errors.0.first().map(|e| problem(e.field, &e.problem)));
                        }
                        Ok(stored) => {
                            if stored.is_some() {
                                amount_error.set(None);
                                amount.set(String::new());
                            }
                            logged.emit(stored);
                        }
                    },
                );
            library.save_check_in(&goal, None, &draft, checked);
        })
    };
    let tap = {
        let (library, goal, busy, logged) =
            (library.clone(), goal.clone(), busy.clone(), logged.clone());
        Callback::from(move |_| {
            if !*busy {
                busy.set(true);
                library.tap_check_in(&goal, logged.clone());
            }
        })
    };
    let undo = match &*recent {
        Some(Recent::Logged(check_in)) => {
            let (library, goal, id, busy, show) = (
                library.clone(),
                goal.clone(),
                check_in.id,
                busy.clone(),
                show.clone(),
            );
            Some(Callback::from(move |_| {
                busy.set(true);
                let (busy, show) = (busy.clone(), show.clone());
                let done = Callback::from(move |outcome: Outcome| {
                    busy.set(false);
                    if outcome == Outcome::Stored {
                        show(Recent::Undone);
                    }
                });
                library.delete_check_in(&goal, id, done);
            }))
        }
        _ => None,
    };
    let control = match goal.kind {
        GoalKind::Count => html! {
            <button type="button" class="button primary tap" aria-label={tr(Msg::TapPlusOne { title: &goal.title })}
                onclick={tap} disabled={*busy}>{ "+1" }</button>
        },
        GoalKind::DonePerDay if !props.done_today => html! {
            <button type="button" class="button primary tap" aria-label={tr(Msg::TapDone { title: &goal.title })}
                onclick={tap} disabled={*busy}>{ tr(Msg::DoneToday) }</button>
        },
        GoalKind::DonePerDay => {
            html! { <span class="done-today">{ tr(Msg::DoneTodayAlready) }</span> }
        }
        GoalKind::Amount if props.at_counter => {
            let input_id = format!("amount-{}", goal.id);
            let error_id = format!("{input_id}-error");
            let on_submit = {
                let (amount, log_value) = (amount.clone(), log_value.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    log_value.emit((*amount).clone());
                })
            };
            html! {
                <form class="log-amount" onsubmit={on_submit} novalidate=true>
                    <label class="visually-hidden" for={input_id.clone()}>{ tr(Msg::AmountFor { title: &goal.title }) }</label>
                    <input id={input_id} type="text" inputmode="decimal" enterkeyhint="done" autocomplete="off"
                        value={(*amount).clone()} oninput={on_amount.clone()}
                        aria-invalid={amount_error.is_some().then_some("true")}
                        aria-describedby={amount_error.is_some().then(|| error_id.clone())} />
                    <button type="submit" class="button primary" disabled={*busy}>{ tr(Msg::LogIt) }</button>
                    if let Some(error) = &*amount_error {
                        <p class="field-error" id={error_id}>{ error.clone() }</p>
                    }
                </form>
            }
        }
        GoalKind::Score if props.at_counter => html! {
            <div class="log-score" role="group" aria-label={tr(Msg::ScoreFor { title: &goal.title })}>
                { for SCORE_STEPS.iter().map(|&(stored, shown)| {
                    let log_value = log_value.clone();
                    html! {
                        <button type="button" class="button" disabled={*busy}
                            onclick={Callback::from(move |_| log_value.emit(stored.to_string()))}>{ shown }</button>
                    }
                }) }
            </div>
        },
        GoalKind::Amount | GoalKind::Score | GoalKind::GoodRatings => html! {},
    };
    let status = match &*recent {
        Some(Recent::Logged(check_in)) => tr(Msg::CheckInLogged {
            value: &logged_value(goal, check_in),
        }),
        Some(Recent::Undone) => tr(Msg::CheckInUndone),
        None => String::new(),
    };
    html! {
        <div class="log-control">
            { control }
            <p class="log-status" role="status">
                { status }
                if let Some(undo) = undo {
                    <button type="button" class="button quiet undo" onclick={undo} disabled={*busy}
                        aria-label={tr(Msg::UndoCheckIn { title: &goal.title })}>{ tr(Msg::Undo) }</button>
                }
            </p>
        </div>
    }
}
