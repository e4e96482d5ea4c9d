//! Questions a manager writes for a check: one right answer among several, true or
//! false, steps to put in order, or a free answer a manager marks. Each may name the
//! standard or script it is about; one whose standard or script is gone says so.

use crate::domain::knowledge::{Choice, OwnAnswer, OwnQuestion, Source};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::CheckQuestionId;
use crate::text::{problem, tr, Msg};
use crate::ui::hooks::{event_value, selected_option};
use crate::ui::library::use_library;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OwnQuestionsProps {
    pub questions: Vec<OwnQuestion>,
    pub errors: FieldErrors,
    pub on_change: Callback<Vec<OwnQuestion>>,
}

fn numbered(label: Msg, n: usize) -> String {
    tr(Msg::NumberedLabel {
        label: &tr(label),
        n,
    })
}

fn source_value(source: Option<Source>) -> String {
    match source {
        None => String::new(),
        Some(Source::Standard(id)) => format!("standard:{id}"),
        Some(Source::Script(id)) => format!("script:{id}"),
    }
}

fn source_from(value: &str) -> Option<Source> {
    let (kind, id) = value.split_once(':')?;
    match kind {
        "standard" => selected_option(id).map(Source::Standard),
        "script" => selected_option(id).map(Source::Script),
        _ => None,
    }
}

#[component(OwnQuestions)]
pub fn own_questions(props: &OwnQuestionsProps) -> Html {
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    // A change to question `i`, as a callback from the field's text.
    let change = |i: usize, apply: fn(&mut OwnQuestion, String)| {
        let (questions, on_change) = (props.questions.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = questions.clone();
            if let Some(q) = next.get_mut(i) {
                apply(q, value);
            }
            on_change.emit(next);
        })
    };
    let add = |answer: OwnAnswer| {
        let (questions, on_change) = (props.questions.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = questions.clone();
            next.push(OwnQuestion {
                id: CheckQuestionId::random(),
                text: String::new(),
                answer: answer.clone(),
                source: None,
            });
            on_change.emit(next);
        })
    };
    let blank = |n: usize| (0..n).map(|_| String::new()).collect::<Vec<_>>();
    let question = |(i, q): (usize, &OwnQuestion)| {
        let n = i + 1;
        let id = |part: &str| format!("own-{n}-{part}");
        let on_text = change(i, |q, v| q.text = v).reform(|e: Event| event_value(&e));
        let on_source =
            change(i, |q, v| q.source = source_from(&v)).reform(|e: Event| event_value(&e));
        let on_remove = {
            let (questions, on_change) = (props.questions.clone(), props.on_change.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = questions.clone();
                next.remove(i);
                on_change.emit(next);
            })
        };
        let answer_error = props
            .errors
            .for_field(F::OwnAnswer(i))
            .map(|p| problem(F::OwnAnswer(i), p));
        let text_error = props
            .errors
            .for_field(F::OwnQuestion(i))
            .map(|p| problem(F::OwnQuestion(i), p));
        let answer = match &q.answer {
            OwnAnswer::SingleChoice { options } => {
                html! {
                    { for options.iter().enumerate().map(|(o, option)| {
                        let (questions, on_change) = (props.questions.clone(), props.on_change.clone());
                        let on_option = Callback::from(move |e: Event| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            let mut next = questions.clone();
                            if let Some(OwnAnswer::SingleChoice { options }) = next.get_mut(i).map(|q| &mut q.answer) {
                                if let Some(option) = options.get_mut(o) {
                                    option.text = input.value();
                                }
                            }
                            on_change.emit(next);
                        });
                        let (questions, on_change) = (props.questions.clone(), props.on_change.clone());
                        let on_right = Callback::from(move |_: Event| {
                            let mut next = questions.clone();
                            if let Some(OwnAnswer::SingleChoice { options }) = next.get_mut(i).map(|q| &mut q.answer) {
                                for (at, option) in options.iter_mut().enumerate() {
                                    option.right = at == o;
                                }
                            }
                            on_change.emit(next);
                        });
                        let label = format!("{} {}", numbered(Msg::QuestionLabel, n), numbered(Msg::ChoiceLabel, o + 1));
                        html! {
                            <div class="choice-row">
                                <input type="text" aria-label={label.clone()} value={option.text.clone()} onchange={on_option} />
                                <label class="choice">
                                    <input type="radio" name={id("right")} checked={option.right} onchange={on_right} />
                                    { tr(Msg::RightChoiceLabel) }<span class="visually-hidden">{ format!(" ({label})") }</span>
                                </label>
                            </div>
                        }
                    }) }
                }
            }
            OwnAnswer::TrueFalse { right } => html! {
                <label class="check">
                    <input type="checkbox" checked={*right}
                        onchange={change(i, |q, v| q.answer = OwnAnswer::TrueFalse { right: v == "true" }).reform(|e: Event| event_value(&e))} />
                    { numbered(Msg::StatementTrue, n) }
                </label>
            },
            OwnAnswer::Order { steps } => html! {
                { for steps.iter().enumerate().map(|(s, step)| {
                    let (questions, on_change) = (props.questions.clone(), props.on_change.clone());
                    let on_step = Callback::from(move |e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        let mut next = questions.clone();
                        if let Some(OwnAnswer::Order { steps }) = next.get_mut(i).map(|q| &mut q.answer) {
                            if let Some(step) = steps.get_mut(s) {
                                *step = input.value();
                            }
                        }
                        on_change.emit(next);
                    });
                    html! {
                        <input type="text" class="order-step" value={step.clone()} onchange={on_step}
                            aria-label={format!("{} {}", numbered(Msg::QuestionLabel, n), numbered(Msg::StepLabel, s + 1))} />
                    }
                }) }
            },
            OwnAnswer::FreeText { model } => html! {
                <div class="field">
                    <label for={id("model")}>{ numbered(Msg::ModelAnswerLabel, n) }</label>
                    <textarea id={id("model")} rows="2" value={model.clone()}
                        onchange={change(i, |q, v| q.answer = OwnAnswer::FreeText { model: v }).reform(|e: Event| event_value(&e))} />
                </div>
            },
        };
        // One more choice or step (blank ones are dropped when the check is saved).
        let on_more = {
            let (questions, on_change) = (props.questions.clone(), props.on_change.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = questions.clone();
                match next.get_mut(i).map(|q| &mut q.answer) {
                    Some(OwnAnswer::SingleChoice { options }) => options.push(Choice {
                        text: String::new(),
                        right: false,
                    }),
                    Some(OwnAnswer::Order { steps }) => steps.push(String::new()),
                    _ => return,
                }
                on_change.emit(next);
            })
        };
        let more = match &q.answer {
            OwnAnswer::SingleChoice { .. } => Some(Msg::AddChoice),
            OwnAnswer::Order { .. } => Some(Msg::AddStep),
            _ => None,
        };
        let chosen = source_value(q.source);
        html! {
            <fieldset class={classes!("own-question", (text_error.is_some() || answer_error.is_some()).then_some("invalid"))}>
                <legend>{ numbered(Msg::QuestionLabel, n) }</legend>
                if q.source_missing(lib) {
                    <p class="warning">{ tr(Msg::SourceMissing) }</p>
                }
                <div class="field">
                    <label for={id("text")}>{ numbered(Msg::QuestionLabel, n) }</label>
                    <textarea id={id("text")} rows="2" value={q.text.clone()} onchange={on_text}
                        aria-invalid={text_error.is_some().then_some("true")} />
                    if let Some(error) = text_error {
                        <p class="field-error">{ error }</p>
                    }
                </div>
                { answer }
                if let Some(more) = more {
                    <p><button type="button" class="button" onclick={on_more}>{ numbered(more, n) }</button></p>
                }
                if let Some(error) = answer_error {
                    <p class="field-error">{ error }</p>
                }
                <div class="field">
                    <label for={id("source")}>{ numbered(Msg::SourceLabel, n) }</label>
                    <select id={id("source")} onchange={on_source}>
                        <option value="" selected={chosen.is_empty()}>{ tr(Msg::NotGiven) }</option>
                        <optgroup label={tr(Msg::Standards)}>
                            { for lib.standards.iter().map(|s| {
                                let value = source_value(Some(Source::Standard(s.id)));
                                let selected = value == chosen;
                                html! { <option {value} {selected}>{ s.title.clone() }</option> }
                            }) }
                        </optgroup>
                        <optgroup label={tr(Msg::Scripts)}>
                            { for lib.scripts.iter().map(|s| {
                                let value = source_value(Some(Source::Script(s.id)));
                                let selected = value == chosen;
                                html! { <option {value} {selected}>{ s.title.clone() }</option> }
                            }) }
                        </optgroup>
                    </select>
                </div>
                <button type="button" class="button quiet" onclick={on_remove}>
                    { tr(Msg::RemoveQuestion) }<span class="visually-hidden">{ format!(" ({n})") }</span>
                </button>
            </fieldset>
        }
    };
    let three = || Choice {
        text: String::new(),
        right: false,
    };
    html! {
        <section class="own-questions" aria-labelledby="own-questions-heading">
            <h2 id="own-questions-heading">{ tr(Msg::OwnQuestionsHeading) }</h2>
            { for props.questions.iter().enumerate().map(question) }
            <div class="actions">
                <button type="button" class="button" onclick={add(OwnAnswer::SingleChoice { options: vec![three(), three(), three()] })}>{ tr(Msg::AddSingleChoice) }</button>
                <button type="button" class="button" onclick={add(OwnAnswer::TrueFalse { right: true })}>{ tr(Msg::AddTrueFalse) }</button>
                <button type="button" class="button" onclick={add(OwnAnswer::Order { steps: blank(4) })}>{ tr(Msg::AddOrderQuestion) }</button>
                <button type="button" class="button" onclick={add(OwnAnswer::FreeText { model: String::new() })}>{ tr(Msg::AddFreeText) }</button>
            </div>
        </section>
    }
}
