//! Logging a check-in for any day the goal covers, and the recent check-ins, each with
//! a way to correct or delete it. Reads only this goal's recent days from storage.

use super::value_input::{ValueInput, VALUE_ID};
use crate::clock::today;
use crate::domain::sorting;
use crate::domain::staff::{CheckIn, CheckInDraft, Goal};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::text::staff::goal_value;
use crate::text::{date, problem, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::hooks::{field_setter, focus_by_id};
use crate::ui::library::use_library;
use yew::prelude::*;

/// How far back the list reaches; older check-ins are in the backup and the chart.
const LIST_DAYS: i64 = 120;

#[derive(Properties, PartialEq)]
pub struct CheckInsProps {
    pub goal: Goal,
    /// The library's revision: the list is read again when it changes.
    pub revision: u64,
}

#[component(CheckIns)]
pub fn check_ins(props: &CheckInsProps) -> Html {
    let library = use_library();
    let goal = props.goal.clone();
    let draft = use_state(|| CheckInDraft::new(&goal, today()));
    let editing = use_state(|| None::<CheckIn>);
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let saved = use_state(|| false);
    let listed = use_state(Vec::<CheckIn>::new);
    {
        let (library, listed, goal_id) = (library.clone(), listed.clone(), goal.id);
        use_effect_with((goal_id, props.revision), move |_| {
            if let Some(library) = library {
                let to = today();
                let found = Callback::from(move |mut found: Vec<CheckIn>| {
                    sorting::sort_by(&mut found, |a, b| {
                        b.date.cmp(&a.date).then(b.created.cmp(&a.created))
                    });
                    listed.set(found);
                });
                library.read_check_ins(goal_id, to.plus_days(-LIST_DAYS), to, found);
            }
        });
    }
    let Some(library) = library else {
        return html! {};
    };
    let setter = |apply| field_setter(&draft, apply);
    let on_submit = {
        let (library, goal, draft, editing) = (
            library.clone(),
            goal.clone(),
            draft.clone(),
            editing.clone(),
        );
        let (errors, saving, saved) = (errors.clone(), saving.clone(), saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            saving.set(true);
            saved.set(false);
            let (goal2, draft2, editing2) = (goal.clone(), draft.clone(), editing.clone());
            let (errors, saving, saved) = (errors.clone(), saving.clone(), saved.clone());
            let checked = Callback::from(move |result: Result<Option<CheckIn>, FieldErrors>| {
                saving.set(false);
                match result {
                    Err(found) => {
                        if let Some(first) = found.0.first() {
                            focus_by_id(if first.field == F::Date {
                                "check-in-date"
                            } else {
                                VALUE_ID
                            });
                        }
                        errors.set(found);
                    }
                    Ok(Some(_)) => {
                        errors.set(FieldErrors::default());
                        editing2.set(None);
                        draft2.set(CheckInDraft::new(&goal2, today()));
                        saved.set(true);
                    }
                    Ok(None) => {}
                }
            });
            library.save_check_in(&goal, editing.as_ref(), &draft, checked);
        })
    };
    let error_for = |field: F| errors.for_field(field).map(|p| problem(field, p));
    html! {
        <>
            <section aria-labelledby="check-in-heading">
                <h2 id="check-in-heading">{ tr(Msg::CheckInHeading) }</h2>
                <form onsubmit={on_submit} novalidate=true class="check-in-form">
                    <Field id="check-in-date" label={tr(Msg::CheckInDate)} kind={FieldKind::Date} required=true
                        value={draft.date.clone()} error={error_for(F::Date)} on_change={setter(|d, v| d.date = v)} />
                    <ValueInput goal={goal.clone()} value={draft.value.clone()} error={error_for(F::Value)}
                        on_change={setter(|d, v| d.value = v)} />
                    <Field id="check-in-note" label={tr(Msg::CheckInNote)} kind={FieldKind::Line}
                        value={draft.note.clone()} error={error_for(F::Notes)} on_change={setter(|d, v| d.note = v)} />
                    <div class="actions">
                        <button type="submit" class="button primary" disabled={*saving}>
                            { tr(if *saving { Msg::Saving } else { Msg::SaveCheckIn }) }
                        </button>
                        if editing.is_some() {
                            <button type="button" class="button" onclick={
                                let (editing, draft, goal) = (editing.clone(), draft.clone(), goal.clone());
                                Callback::from(move |_| { editing.set(None); draft.set(CheckInDraft::new(&goal, today())); })
                            }>{ tr(Msg::Cancel) }</button>
                        }
                    </div>
                    <p role="status">{ if *saved { tr(Msg::CheckInSaved) } else { String::new() } }</p>
                </form>
            </section>
            <section aria-labelledby="check-ins-heading">
                <h2 id="check-ins-heading">{ tr(Msg::RecentCheckIns) }</h2>
                if listed.is_empty() {
                    <p class="empty">{ tr(Msg::NoCheckInsYet) }</p>
                }
                <ul class="check-in-list">
                    { for listed.iter().map(|c| {
                        let day = date(c.date.date());
                        let on_edit = {
                            let (editing, draft, c) = (editing.clone(), draft.clone(), c.clone());
                            Callback::from(move |_| {
                                draft.set(CheckInDraft::from_check_in(&c));
                                editing.set(Some(c.clone()));
                                focus_by_id(VALUE_ID);
                            })
                        };
                        let on_delete = {
                            let (library, goal, id) = (library.clone(), goal.clone(), c.id);
                            Callback::from(move |_| library.delete_check_in(&goal, id, Callback::noop()))
                        };
                        html! {
                            <li key={c.id.to_string()}>
                                <span class="check-in-day">{ day.clone() }</span>
                                <span class="check-in-value">{ goal_value(&goal, c.value) }</span>
                                <span class="check-in-note">{ c.note.clone() }</span>
                                <button type="button" class="button" onclick={on_edit}>
                                    <span aria-hidden="true">{ tr(Msg::Edit) }</span>
                                    <span class="visually-hidden">{ tr(Msg::EditCheckIn { date: &day }) }</span>
                                </button>
                                <button type="button" class="button danger" onclick={on_delete}>
                                    <span aria-hidden="true">{ tr(Msg::Delete) }</span>
                                    <span class="visually-hidden">{ tr(Msg::DeleteCheckIn { date: &day }) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        </>
    }
}
