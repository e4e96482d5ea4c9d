//! Closing the loop on a complaint: what the business does about it (actions with who
//! and by when, ticked when done) and whether the customer heard what was improved.
//! Each change is stored at once, built on the newest copy so two quick changes both
//! count.

use crate::clock::today;
use crate::domain::validation::{Field, Problem};
use crate::domain::visits::{FollowUp, Someone};
use crate::domain::voice::{Complaint, CustomerTold};
use crate::domain::{Day, PersonId};
use crate::text::{problem, tr, Msg};
use crate::ui::hooks::{event_value, selected_option};
use crate::ui::library::{use_library, Outcome};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaseFollowUpProps {
    pub complaint: Complaint,
}

/// Stores the newest copy of the case changed by `apply`, or says why it cannot.
type Change = Rc<dyn Fn(Box<dyn FnOnce(&mut Complaint)>)>;

/// A field's change handler: its value, applied to the case by `apply`.
fn on_value(change: &Change, apply: impl Fn(&mut Complaint, String) + 'static) -> Callback<Event> {
    let (change, apply) = (change.clone(), Rc::new(apply));
    Callback::from(move |e: Event| {
        let (value, apply) = (event_value(&e), apply.clone());
        change(Box::new(move |c| apply(c, value)));
    })
}

#[component(CaseFollowUp)]
pub fn case_follow_up(props: &CaseFollowUpProps) -> Html {
    let library = use_library();
    // While changes are being written, the newest copy: set at once, so a second
    // change within a frame builds on it, and shown, so a tick stays ticked while it is
    // written. With it, the number of the newest write: only that one's outcome counts
    // (it holds every change before it).
    let pending = use_mut_ref(|| None::<(u32, Complaint)>);
    let shown = use_state(|| None::<Complaint>);
    let refused = use_state(|| None::<String>);
    let failed = use_state(|| false);
    let new_action = use_state(String::new);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let stored = &props.complaint;
    let current = (*shown)
        .clone()
        .filter(|c| c.id == stored.id)
        .unwrap_or_else(|| stored.clone());
    let change: Change = {
        let (library, pending, refused, failed, shown, stored) = (
            library.clone(),
            pending.clone(),
            refused.clone(),
            failed.clone(),
            shown.clone(),
            stored.clone(),
        );
        Rc::new(move |apply: Box<dyn FnOnce(&mut Complaint)>| {
            let (last, base) = match &*pending.borrow() {
                Some((n, c)) if c.id == stored.id => (*n, c.clone()),
                _ => (0, stored.clone()),
            };
            let mut next = base;
            apply(&mut next);
            if let Err(errors) = next.check() {
                refused.set(errors.0.first().map(|e| problem(e.field, &e.problem)));
                return;
            }
            refused.set(None);
            let mine = last + 1;
            *pending.borrow_mut() = Some((mine, next.clone()));
            shown.set(Some(next.clone()));
            let (failed, shown, pending) = (failed.clone(), shown.clone(), pending.clone());
            library.put_complaint(
                next,
                Callback::from(move |outcome| {
                    let newest = pending.borrow().as_ref().is_some_and(|(n, _)| *n == mine);
                    if !newest {
                        return;
                    }
                    // Settled: from now on the page shows (and builds on) what is stored,
                    // which after a failure is the case without these changes.
                    pending.borrow_mut().take();
                    shown.set(None);
                    failed.set(outcome == Outcome::Failed);
                }),
            );
        })
    };
    let people: Vec<(PersonId, String)> = lib
        .staff
        .people
        .iter()
        .filter(|p| p.active)
        .map(|p| (p.id, p.name.clone()))
        .collect();
    let logged_on = crate::clock::local_day(current.at);
    let action_row = |(i, action): (usize, &FollowUp)| {
        let on_what = on_value(&change, move |c, v| {
            if let Some(a) = c.actions.get_mut(i) {
                a.what = v;
            }
        });
        let on_who = on_value(&change, move |c, v| {
            if let Some(a) = c.actions.get_mut(i) {
                a.who = selected_option::<PersonId>(&v).map(Someone::Person);
            }
        });
        // An empty field clears the date; a date that cannot be read is refused, with why.
        let on_due = {
            let (change, refused) = (change.clone(), refused.clone());
            Callback::from(move |e: Event| {
                let typed = event_value(&e);
                let due = match typed.trim() {
                    "" => None,
                    text => match Day::parse(text) {
                        Ok(day) => Some(day),
                        Err(p) => {
                            refused.set(Some(problem(Field::Due, &Problem::Day(p))));
                            return;
                        }
                    },
                };
                change(Box::new(move |c| {
                    if let Some(a) = c.actions.get_mut(i) {
                        a.due = due;
                    }
                }));
            })
        };
        let on_done = on_value(&change, move |c, v| {
            if let Some(a) = c.actions.get_mut(i) {
                a.done = (v == "true").then(today);
            }
        });
        let on_remove = {
            let change = change.clone();
            Callback::from(move |_: MouseEvent| {
                change(Box::new(move |c| {
                    if i < c.actions.len() {
                        c.actions.remove(i);
                    }
                }))
            })
        };
        let who = action.who.and_then(Someone::person);
        let former = action.who == Some(Someone::FormerColleague);
        let overdue = action.done.is_none() && action.due.is_some_and(|d| d < today());
        let place = i + 1;
        // Each row's controls are told apart by the action's number.
        let numbered = |label: Msg| {
            tr(Msg::NumberedLabel {
                label: &tr(label),
                n: place,
            })
        };
        html! {
            <li class={classes!("action", overdue.then_some("overdue"))}>
                <div class="field">
                    <label for={format!("action-{place}-what")}>{ numbered(Msg::FollowUpWhat) }</label>
                    <textarea id={format!("action-{place}-what")} rows="2" value={action.what.clone()} onchange={on_what} />
                </div>
                <div class="item-options">
                    <div class="field">
                        <label for={format!("action-{place}-who")}>{ numbered(Msg::FollowUpWho) }</label>
                        <select id={format!("action-{place}-who")} onchange={on_who}>
                            <option value="" selected={who.is_none() && !former}>{ tr(Msg::NotGiven) }</option>
                            if former {
                                <option value="" selected=true>{ tr(Msg::FormerColleague) }</option>
                            }
                            { for people.iter().map(|(id, name)| html! {
                                <option value={id.to_string()} selected={who == Some(*id)}>{ name.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for={format!("action-{place}-due")}>{ numbered(Msg::FollowUpDue) }</label>
                        <input id={format!("action-{place}-due")} type="date" min={logged_on.text()}
                            value={action.due.map(|d| d.text()).unwrap_or_default()} onchange={on_due} />
                    </div>
                </div>
                <div class="actions">
                    <label class="check">
                        <input type="checkbox" checked={action.done.is_some()} onchange={on_done} />
                        { numbered(Msg::FollowUpDone) }
                    </label>
                    if overdue {
                        <span class="badge overdue">{ tr(Msg::OverdueBadge) }</span>
                    }
                    <button type="button" class="button quiet" onclick={on_remove}>{ numbered(Msg::RemoveAction) }</button>
                </div>
            </li>
        }
    };
    // A new action is stored once it says what is to be done.
    let on_add = {
        let (change, new_action) = (change.clone(), new_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let what = new_action.trim().to_string();
            if what.is_empty() {
                return;
            }
            change(Box::new(move |c| {
                c.actions.push(FollowUp {
                    what,
                    who: None,
                    due: None,
                    done: None,
                })
            }));
            new_action.set(String::new());
        })
    };
    let on_new_action = {
        let new_action = new_action.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            new_action.set(area.value());
        })
    };
    let told = current.customer_told;
    let told_choice = |value: &'static str, label: Msg<'static>, checked: bool| {
        let onchange = on_value(&change, move |c, _| {
            c.customer_told = match value {
                "told" => Some(CustomerTold::On(today())),
                "no-contact" => Some(CustomerTold::NoContactWanted),
                _ => None,
            }
        });
        html! {
            <label class="choice">
                <input type="radio" name="customer-told" {checked} {onchange} />
                { tr(label) }
            </label>
        }
    };
    let on_told_day = {
        let (change, refused) = (change.clone(), refused.clone());
        Callback::from(move |e: Event| match Day::parse(event_value(&e).trim()) {
            Ok(day) => change(Box::new(move |c| {
                c.customer_told = Some(CustomerTold::On(day))
            })),
            Err(p) => refused.set(Some(problem(Field::Due, &Problem::Day(p)))),
        })
    };
    html! {
        <>
            <section class="case-actions" aria-labelledby="actions-heading">
                <h2 id="actions-heading">{ tr(Msg::ActionsHeading) }</h2>
                if current.actions.is_empty() {
                    <p>{ tr(Msg::NoActions) }</p>
                }
                <ol class="action-list">{ for current.actions.iter().enumerate().map(action_row) }</ol>
                <form class="add-action" onsubmit={on_add}>
                    <div class="field">
                        <label for="new-action">{ tr(Msg::NewActionLabel) }</label>
                        <textarea id="new-action" rows="2" value={(*new_action).clone()} oninput={on_new_action} />
                    </div>
                    <button type="submit" class="button">{ tr(Msg::AddAction) }</button>
                </form>
            </section>
            <section class="customer-told" aria-labelledby="told-heading">
                <h2 id="told-heading">{ tr(Msg::CustomerToldHeading) }</h2>
                <div class="choices" role="radiogroup" aria-labelledby="told-heading">
                    { told_choice("not-yet", Msg::NotYet, told.is_none()) }
                    { told_choice("told", Msg::ToldOn, matches!(told, Some(CustomerTold::On(_)))) }
                    { told_choice("no-contact", Msg::NoContactWanted, told == Some(CustomerTold::NoContactWanted)) }
                </div>
                if let Some(CustomerTold::On(day)) = told {
                    <div class="field">
                        <label for="told-day">{ tr(Msg::ToldDay) }</label>
                        <input id="told-day" type="date" min={logged_on.text()} value={day.text()} onchange={on_told_day} />
                    </div>
                }
            </section>
            if let Some(message) = &*refused {
                <p class="field-error" role="alert">{ message.clone() }</p>
            }
            if *failed {
                <p class="field-error" role="alert">{ tr(Msg::ComplaintNotSaved) }</p>
            }
        </>
    }
}
