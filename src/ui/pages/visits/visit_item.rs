//! One item of a visit: big answer buttons, a note, and for an item that fell short a
//! follow-up action with the standard's scripts to practise with.

use crate::domain::staff::quantity::whole_number;
use crate::domain::visits::score::fell_short;
use crate::domain::visits::{Answer, AnswerKind, FollowUp, Someone, VisitItem};
use crate::domain::{Day, PersonId, ScriptId};
use crate::text::{problem, tr, Msg};
use crate::ui::hooks::{event_value, selected_option};
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VisitItemViewProps {
    pub item: VisitItem,
    /// `s-i`: section and place, for ids.
    pub place: String,
    pub visit_date: Day,
    pub people: Vec<(PersonId, String)>,
    /// Scripts of the item's standard: (id, title, whether it has a practice case).
    pub scripts: Vec<(ScriptId, String, bool)>,
    pub on_change: Callback<VisitItem>,
}

#[component(VisitItemView)]
pub fn visit_item_view(props: &VisitItemViewProps) -> Html {
    let number_error = use_state(|| None::<String>);
    let due_error = use_state(|| None::<String>);
    let item = &props.item;
    let place = &props.place;
    let changed = |apply: fn(&mut VisitItem, String)| {
        let (item, on_change) = (item.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = item.clone();
            apply(&mut next, value);
            on_change.emit(next);
        })
    };
    let answer_button = |answer: Answer, label: String| {
        let pressed = item.answer == Some(answer);
        let (item, on_change) = (item.clone(), props.on_change.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut next = item.clone();
            next.answer = Some(answer);
            on_change.emit(next);
        });
        html! {
            <button type="button" class={classes!("button", "answer", pressed.then_some("chosen"))}
                aria-pressed={pressed.to_string()} {onclick}>{ label }</button>
        }
    };
    let text_id = format!("visit-item-{place}");
    let answers = match &item.item.answer {
        AnswerKind::YesNo => html! {
            <>
                { answer_button(Answer::Yes, tr(Msg::AnswerYes)) }
                { answer_button(Answer::No, tr(Msg::AnswerNo)) }
            </>
        },
        AnswerKind::Scale => html! {
            <>
                { answer_button(Answer::Scale(1), tr(Msg::ScaleStep1)) }
                { answer_button(Answer::Scale(2), tr(Msg::ScaleStep2)) }
                { answer_button(Answer::Scale(3), tr(Msg::ScaleStep3)) }
                { answer_button(Answer::Scale(4), tr(Msg::ScaleStep4)) }
            </>
        },
        AnswerKind::Number {
            target,
            direction,
            unit,
        } => {
            let hint = crate::text::visits::target(*target, *direction, unit);
            let value = match item.answer {
                Some(Answer::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            let onchange = {
                let (item, on_change, error) =
                    (item.clone(), props.on_change.clone(), number_error.clone());
                Callback::from(move |e: Event| match whole_number(&event_value(&e)) {
                    Ok(n) => {
                        error.set(None);
                        let mut next = item.clone();
                        next.answer = Some(Answer::Number(n));
                        on_change.emit(next);
                    }
                    Err(p) => error.set(Some(problem(
                        crate::domain::validation::Field::ItemAnswer(0, 0),
                        &p,
                    ))),
                })
            };
            let id = format!("visit-number-{place}");
            html! {
                <div class={classes!("field", "number-answer", number_error.is_some().then_some("invalid"))}>
                    <label for={id.clone()}>{ tr(Msg::NumberAnswer) }</label>
                    <input id={id.clone()} type="text" inputmode="numeric" {value} {onchange}
                        aria-describedby={format!("{id}-hint")}
                        aria-invalid={number_error.is_some().then_some("true")} />
                    <p class="hint" id={format!("{id}-hint")}>{ hint }</p>
                    if let Some(error) = &*number_error {
                        <p class="field-error" role="alert">{ error.clone() }</p>
                    }
                </div>
            }
        }
    };
    let note_id = format!("visit-note-{place}");
    let short = fell_short(item);
    let follow_up = match &item.follow_up {
        None if short => {
            let onclick = changed(|item, _| {
                item.follow_up = Some(FollowUp {
                    what: String::new(),
                    who: None,
                    due: None,
                    done: None,
                })
            })
            .reform(|_: MouseEvent| String::new());
            html! {
                <p><button type="button" class="button" {onclick}>{ tr(Msg::MakeFollowUp) }</button></p>
            }
        }
        None => html! {},
        Some(f) => {
            let on_due = {
                let (item, on_change, error, visit_date) = (
                    item.clone(),
                    props.on_change.clone(),
                    due_error.clone(),
                    props.visit_date,
                );
                Callback::from(move |e: Event| {
                    let typed = event_value(&e);
                    let due = if typed.is_empty() {
                        Ok(None)
                    } else {
                        Day::parse(&typed)
                            .map(Some)
                            .map_err(crate::domain::validation::Problem::Day)
                    };
                    match due {
                        Ok(Some(day)) if day < visit_date => error.set(Some(problem(
                            crate::domain::validation::Field::Due,
                            &crate::domain::validation::Problem::DueBeforeVisit,
                        ))),
                        Ok(due) => {
                            error.set(None);
                            let mut next = item.clone();
                            if let Some(f) = &mut next.follow_up {
                                f.due = due;
                            }
                            on_change.emit(next);
                        }
                        Err(p) => {
                            error.set(Some(problem(crate::domain::validation::Field::Due, &p)))
                        }
                    }
                })
            };
            let on_who = changed(|item, v| {
                if let Some(f) = &mut item.follow_up {
                    f.who = selected_option::<PersonId>(&v).map(Someone::Person);
                }
            })
            .reform(|e: Event| event_value(&e));
            let on_what = changed(|item, v| {
                if let Some(f) = &mut item.follow_up {
                    f.what = v;
                }
            })
            .reform(|e: Event| event_value(&e));
            let on_done = changed(|item, v| {
                if let Some(f) = &mut item.follow_up {
                    f.done = (v == "true").then(crate::clock::today);
                }
            })
            .reform(|e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                input.checked().to_string()
            });
            let who = f
                .who
                .and_then(Someone::person)
                .map(|p| p.to_string())
                .unwrap_or_default();
            let former = f.who == Some(Someone::FormerColleague);
            html! {
                <div class="follow-up" role="group" aria-label={tr(Msg::FollowUpHeading)}>
                    <h3>{ tr(Msg::FollowUpHeading) }</h3>
                    <div class="field">
                        <label for={format!("follow-what-{place}")}>{ tr(Msg::FollowUpWhat) }</label>
                        <textarea id={format!("follow-what-{place}")} value={f.what.clone()} onchange={on_what} />
                    </div>
                    <div class="item-options">
                        <div class="field">
                            <label for={format!("follow-who-{place}")}>{ tr(Msg::FollowUpWho) }</label>
                            <select id={format!("follow-who-{place}")} onchange={on_who}>
                                <option value="" selected={who.is_empty() && !former}>{ tr(Msg::NotGiven) }</option>
                                if former {
                                    <option value="" selected=true>{ tr(Msg::FormerColleague) }</option>
                                }
                                { for props.people.iter().map(|(id, name)| html! {
                                    <option value={id.to_string()} selected={who == id.to_string()}>{ name.clone() }</option>
                                }) }
                            </select>
                        </div>
                        <div class={classes!("field", due_error.is_some().then_some("invalid"))}>
                            <label for={format!("follow-due-{place}")}>{ tr(Msg::FollowUpDue) }</label>
                            <input id={format!("follow-due-{place}")} type="date"
                                value={f.due.map(|d| d.text()).unwrap_or_default()} onchange={on_due}
                                aria-invalid={due_error.is_some().then_some("true")} />
                            if let Some(error) = &*due_error {
                                <p class="field-error" role="alert">{ error.clone() }</p>
                            }
                        </div>
                    </div>
                    <label class="check">
                        <input type="checkbox" checked={f.done.is_some()} onchange={on_done} />
                        { tr(Msg::FollowUpDone) }
                    </label>
                    if !props.scripts.is_empty() {
                        <p class="train-with">
                            { tr(Msg::TrainWith) }{ " " }
                            { for props.scripts.iter().map(|(id, title, practice)| {
                                let route = if *practice { Route::PracticeCase { id: *id } } else { Route::Script { id: *id } };
                                html! { <><a href={route.href()}>{ title.clone() }</a>{ " " }</> }
                            }) }
                        </p>
                    }
                </div>
            }
        }
    };
    html! {
        <li class={classes!("visit-item", short.then_some("short"))}>
            <div role="group" aria-labelledby={text_id.clone()}>
                <p class="item-text" id={text_id.clone()}>{ item.item.text.clone() }</p>
                <p class="meta">
                    if item.item.critical {
                        <span class="badge">{ tr(Msg::CriticalBadge) }</span>{ " " }
                    }
                    if item.item.weight > 1 {
                        <span>{ tr(Msg::WeightBadge { weight: item.item.weight }) }</span>
                    }
                </p>
                <div class="answer-buttons">
                    { answers }
                    { answer_button(Answer::NotApplicable, tr(Msg::AnswerNotApplicable)) }
                </div>
                <details open={!item.note.is_empty()}>
                    <summary>{ tr(Msg::Note) }</summary>
                    <textarea id={note_id} aria-label={tr(Msg::Note)} value={item.note.clone()}
                        onchange={changed(|item, v| item.note = v).reform(|e: Event| event_value(&e))} />
                </details>
                { follow_up }
            </div>
        </li>
    }
}
