//! Taking a knowledge check at the counter: choose your name (and the check, if there
//! are several), answer one question at a time, see the right answer after each or at
//! the end, and, if it was not passed, retake only what was wrong. The sitting is stored
//! when it ends.

use super::asked::{asked, model_answer, right_answer, source, Answering};
use crate::clock::now;
use crate::domain::knowledge::check::retake;
use crate::domain::knowledge::{
    Attempt, AttemptAnswer, Earlier, Given, KnowledgeCheck, Reveal, Shuffle, Sitting,
};
use crate::domain::{AttemptId, CheckId, PersonId};
use crate::text::{tr, Msg};
use crate::ui::hooks::selected_option;
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
struct Taking {
    check: CheckId,
    person: PersonId,
    sitting: Sitting,
    earlier: Option<Earlier>,
    /// The answer just given, shown before the next question (when the check says so).
    shown: Option<usize>,
}

#[derive(Clone, PartialEq)]
enum Screen {
    Choosing,
    Taking(Taking),
    /// Ended and stored (or being stored).
    Ended {
        taking: Taking,
        attempt: Attempt,
        stored: Option<Outcome>,
    },
}

fn seed() -> u64 {
    js_sys::Date::now() as u64
}

fn attempt_of(t: &Taking, check: &KnowledgeCheck) -> Attempt {
    let at = now();
    Attempt {
        id: AttemptId::random(),
        check_id: t.check,
        person_id: t.person,
        at,
        answers: t
            .sitting
            .questions
            .iter()
            .zip(&t.sitting.answers)
            .map(|(q, (given, right))| AttemptAnswer {
                key: q.key.clone(),
                right: *right,
                text: match given {
                    Given::Text(text) => text.clone(),
                    _ => String::new(),
                },
            })
            .collect(),
        pass_mark: check.pass_mark,
        earlier: t.earlier,
        created: at,
        updated: at,
    }
}

#[component(CounterCheck)]
pub fn counter_check() -> Html {
    let library = use_library();
    let screen = use_state(|| Screen::Choosing);
    let chosen_check = use_state(|| None::<CheckId>);
    let chosen_person = use_state(|| None::<PersonId>);
    let refused = use_state(|| None::<String>);
    // The order a person has arranged the steps in, and free text being written.
    let arranged = use_state(|| None::<Vec<usize>>);
    let written = use_state(String::new);
    let Some(library) = library else {
        return html! {};
    };
    let lib = library.library();
    let check_id = (*chosen_check).or_else(|| lib.checks.first().map(|c| c.id));
    let Some(check) = check_id.and_then(|id| lib.check(id)).cloned() else {
        return html! {
            <section class="counter-check">
                <h1>{ tr(Msg::CounterKnowledge) }</h1>
                <p class="empty">{ tr(Msg::NoChecks) }</p>
            </section>
        };
    };
    let end = {
        let (screen, library, check) = (screen.clone(), library.clone(), check.clone());
        move |taking: Taking| {
            let attempt = attempt_of(&taking, &check);
            screen.set(Screen::Ended {
                taking: taking.clone(),
                attempt: attempt.clone(),
                stored: None,
            });
            let screen = screen.clone();
            let stored_attempt = attempt.clone();
            library.save_attempt(
                attempt,
                Callback::from(move |outcome| {
                    screen.set(Screen::Ended {
                        taking: taking.clone(),
                        attempt: stored_attempt.clone(),
                        stored: Some(outcome),
                    })
                }),
            );
        }
    };
    let body = match &*screen {
        Screen::Choosing => {
            let on_check = {
                let chosen_check = chosen_check.clone();
                Callback::from(move |e: Event| {
                    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    chosen_check.set(selected_option(&select.value()));
                })
            };
            let on_person = {
                let chosen_person = chosen_person.clone();
                Callback::from(move |e: Event| {
                    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    chosen_person.set(selected_option(&select.value()));
                })
            };
            let on_start = {
                let (screen, chosen_person, refused, library, check) = (
                    screen.clone(),
                    chosen_person.clone(),
                    refused.clone(),
                    library.clone(),
                    check.clone(),
                );
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let Some(person) = *chosen_person else {
                        refused.set(Some(tr(Msg::WhoIsTaking)));
                        return;
                    };
                    let mut shuffle = Shuffle::new(seed());
                    let pool = check.pool(library.library(), &mut shuffle);
                    let setup = check.setup();
                    // Staff cannot change the check: they are told to ask a manager.
                    if setup.check(&pool).is_err() {
                        refused.set(Some(tr(Msg::NothingToDrawAtCounter)));
                        return;
                    }
                    refused.set(None);
                    screen.set(Screen::Taking(Taking {
                        check: check.id,
                        person,
                        sitting: Sitting::new(setup.draw(pool, &mut shuffle)),
                        earlier: None,
                        shown: None,
                    }));
                })
            };
            html! {
                <form class="check-start" onsubmit={on_start}>
                    if lib.checks.len() > 1 {
                        <div class="field">
                            <label for="check-choice">{ tr(Msg::KnowledgeCheckHeading) }</label>
                            <select id="check-choice" onchange={on_check}>
                                { for lib.checks.iter().map(|c| html! {
                                    <option value={c.id.to_string()} selected={c.id == check.id}>{ c.title.clone() }</option>
                                }) }
                            </select>
                        </div>
                    }
                    <div class="field">
                        <label for="check-person">{ tr(Msg::WhoIsTaking) }</label>
                        <select id="check-person" onchange={on_person}>
                            <option value="" selected={chosen_person.is_none()}>{ tr(Msg::ChooseYourName) }</option>
                            { for lib.staff.people.iter().filter(|p| p.active).map(|p| html! {
                                <option value={p.id.to_string()} selected={*chosen_person == Some(p.id)}>{ p.name.clone() }</option>
                            }) }
                        </select>
                    </div>
                    if let Some(message) = &*refused {
                        <p class="field-error" role="alert">{ message.clone() }</p>
                    }
                    <button type="submit" class="button primary big">{ tr(Msg::StartCheck) }</button>
                </form>
            }
        }
        Screen::Taking(taking) => {
            let place = taking.shown.unwrap_or(taking.sitting.answers.len());
            let total = taking.sitting.questions.len();
            let Some(question) = taking.sitting.questions.get(place) else {
                return html! {};
            };
            let Some(words) = asked(lib, &check, question) else {
                return html! {};
            };
            let give = {
                let (screen, taking, end, check) =
                    (screen.clone(), taking.clone(), end.clone(), check.clone());
                let (arranged, written) = (arranged.clone(), written.clone());
                // `taps`: the click's count (2 for the second tap of a double tap, which
                // would land on the next question's button): only a first tap answers.
                Callback::from(move |(taps, given): (i32, Given)| {
                    if taps > 1 {
                        return;
                    }
                    let mut next = taking.clone();
                    // A second tap on the same question changes nothing.
                    if next.shown.is_some() || !next.sitting.answer(place, given) {
                        return;
                    }
                    arranged.set(None);
                    written.set(String::new());
                    if check.reveal == Reveal::AfterEach {
                        next.shown = Some(place);
                        screen.set(Screen::Taking(next));
                    } else if next.sitting.finished() {
                        end(next);
                    } else {
                        screen.set(Screen::Taking(next));
                    }
                })
            };
            let answered = taking.shown.map(|at| &taking.sitting.answers[at]);
            let controls = match (&words.answering, answered) {
                (_, Some(_)) => html! {},
                (Answering::YesNo(yes, no), None) => html! {
                    <div class="answer-buttons">
                        <button type="button" class="button big" onclick={give.reform(|e: MouseEvent| (e.detail(), Given::YesNo(true)))}>{ yes.clone() }</button>
                        <button type="button" class="button big" onclick={give.reform(|e: MouseEvent| (e.detail(), Given::YesNo(false)))}>{ no.clone() }</button>
                    </div>
                },
                (Answering::Choices(choices, shown), None) => html! {
                    <div class="answer-choices">
                        { for shown.iter().map(|&i| html! {
                            <button type="button" class="button big choice" onclick={give.reform(move |e: MouseEvent| (e.detail(), Given::Choice(i)))}>
                                { choices.get(i).cloned().unwrap_or_default() }
                            </button>
                        }) }
                    </div>
                },
                (Answering::Order { steps, shown }, None) => {
                    let order = (*arranged).clone().unwrap_or_else(|| shown.clone());
                    let moved = |from: usize, to: usize| {
                        let (arranged, order) = (arranged.clone(), order.clone());
                        Callback::from(move |_: MouseEvent| {
                            let mut next = order.clone();
                            next.swap(from, to);
                            arranged.set(Some(next));
                        })
                    };
                    let submit = give.reform({
                        let order = order.clone();
                        move |e: MouseEvent| (e.detail(), Given::Order(order.clone()))
                    });
                    html! {
                        <>
                            <ol class="order-steps" aria-label={tr(Msg::YourAnswerLabel)}>
                                { for order.iter().enumerate().map(|(at, step)| {
                                    let text = steps.get(*step).cloned().unwrap_or_default();
                                    html! {
                                        <li>
                                            <span class="step-text">{ text.clone() }</span>
                                            <span class="move-buttons">
                                                <button type="button" class="button icon" disabled={at == 0}
                                                    aria-label={tr(Msg::MoveUp { name: &text })} onclick={moved(at, at.saturating_sub(1))}>{ "↑" }</button>
                                                <button type="button" class="button icon" disabled={at + 1 == order.len()}
                                                    aria-label={tr(Msg::MoveDown { name: &text })} onclick={moved(at, at + 1)}>{ "↓" }</button>
                                            </span>
                                        </li>
                                    }
                                }) }
                            </ol>
                            <button type="button" class="button primary big" onclick={submit}>{ tr(Msg::AnswerIt) }</button>
                        </>
                    }
                }
                (Answering::Free, None) => {
                    let on_input = {
                        let written = written.clone();
                        Callback::from(move |e: InputEvent| {
                            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                            written.set(area.value());
                        })
                    };
                    let text = (*written).clone();
                    html! {
                        <>
                            <div class="field">
                                <label for="free-answer">{ tr(Msg::YourAnswerLabel) }</label>
                                <textarea id="free-answer" rows="3" value={text.clone()} oninput={on_input} />
                            </div>
                            <button type="button" class="button primary big" disabled={text.trim().is_empty()}
                                onclick={give.reform(move |e: MouseEvent| (e.detail(), Given::Text(text.trim().to_string())))}>{ tr(Msg::AnswerIt) }</button>
                        </>
                    }
                }
            };
            let feedback = answered.map(|(_, right)| {
                let model = model_answer(&check, question);
                // The right order reads best as a list of its own.
                let right_order = match (&words.answering, &question.right, right) {
                    (Answering::Order { steps, .. }, crate::domain::knowledge::Right::Order(order), Some(false)) => Some(html! {
                        <ol class="right-order">
                            { for order.iter().filter_map(|i| steps.get(*i)).map(|s| html! { <li>{ s.clone() }</li> }) }
                        </ol>
                    }),
                    _ => None,
                };
                let verdict = match right {
                    Some(true) => tr(Msg::AnsweredRight),
                    Some(false) if right_order.is_some() => tr(Msg::NotQuiteOrder),
                    Some(false) => tr(Msg::AnsweredWrong {
                        answer: &right_answer(&words, &question.right, model),
                    }),
                    None => tr(Msg::CheckWaitsForMarking),
                };
                let next = {
                    let (screen, taking, end) = (screen.clone(), taking.clone(), end.clone());
                    Callback::from(move |_: MouseEvent| {
                        let mut next = taking.clone();
                        next.shown = None;
                        if next.sitting.finished() {
                            end(next);
                        } else {
                            screen.set(Screen::Taking(next));
                        }
                    })
                };
                html! {
                    <div class="check-feedback">
                        <p role="status" class={classes!("verdict", (*right == Some(false)).then_some("wrong"))}>{ verdict }</p>
                        { right_order.unwrap_or_default() }
                        if let Some((name, route)) = source(lib, &check, question) {
                            <p>
                                if let Some(route) = route {
                                    <a href={route.href()} target="_blank">{ tr(Msg::FromSource { name: &name }) }</a>
                                } else {
                                    { tr(Msg::FromSource { name: &name }) }
                                }
                            </p>
                        }
                        <button type="button" class="button primary big" onclick={next}>{ tr(Msg::NextQuestion) }</button>
                    </div>
                }
            });
            html! {
                <div class="check-question">
                    <p class="step-of">{ tr(Msg::QuestionOf { n: place + 1, total }) }</p>
                    <h2>{ words.text.clone() }</h2>
                    { controls }
                    { feedback.unwrap_or_default() }
                </div>
            }
        }
        Screen::Ended {
            taking,
            attempt,
            stored,
        } => {
            let percent = attempt.percent();
            let result = match attempt.passed() {
                Some(true) => tr(Msg::CheckPassed { percent }),
                Some(false) => tr(Msg::CheckFailed {
                    percent,
                    mark: attempt.pass_mark,
                }),
                None => tr(Msg::CheckWaitsForMarking),
            };
            let wrong = attempt.wrong();
            let on_retake = {
                let (screen, library, check, attempt, taking) = (
                    screen.clone(),
                    library.clone(),
                    check.clone(),
                    attempt.clone(),
                    taking.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    let pool = check.pool(library.library(), &mut Shuffle::new(seed()));
                    let (right, total) = attempt.tally();
                    screen.set(Screen::Taking(Taking {
                        sitting: Sitting::new(retake(pool, &attempt.wrong())),
                        earlier: Some(Earlier { right, total }),
                        shown: None,
                        ..taking.clone()
                    }));
                })
            };
            // The same attempt (same id) again: a second failure changes nothing stored.
            let on_save_again = {
                let (screen, library, attempt, taking) = (
                    screen.clone(),
                    library.clone(),
                    attempt.clone(),
                    taking.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    let (screen, stored, taking) =
                        (screen.clone(), attempt.clone(), taking.clone());
                    library.save_attempt(
                        attempt.clone(),
                        Callback::from(move |outcome| {
                            screen.set(Screen::Ended {
                                taking: taking.clone(),
                                attempt: stored.clone(),
                                stored: Some(outcome),
                            })
                        }),
                    );
                })
            };
            let at_end = (check.reveal == Reveal::AtEnd).then(|| html! {
                <ol class="check-review">
                    { for taking.sitting.questions.iter().zip(&taking.sitting.answers).filter_map(|(q, (_, right))| {
                        let words = asked(lib, &check, q)?;
                        let answer = right_answer(&words, &q.right, model_answer(&check, q));
                        Some(html! {
                            <li class={classes!((*right == Some(false)).then_some("wrong"))}>
                                <p>
                                    <strong>{ tr(match right { Some(true) => Msg::AnsweredRight, Some(false) => Msg::AnsweredWrongMark, None => Msg::CheckWaitsForMarking }) }</strong>
                                    { " " }{ words.text.clone() }
                                </p>
                                <p class="meta">{ answer }</p>
                                if let Some((name, _)) = source(lib, &check, q) {
                                    <p class="meta">{ tr(Msg::FromSource { name: &name }) }</p>
                                }
                            </li>
                        })
                    }) }
                </ol>
            });
            html! {
                <div class="check-result">
                    <p role="status" class="done-message">{ result }</p>
                    if *stored == Some(Outcome::Stored) {
                        <p class="muted">{ tr(Msg::AttemptSaved) }</p>
                    }
                    if *stored == Some(Outcome::Failed) {
                        <p class="field-error" role="alert">{ tr(Msg::AttemptNotSaved) }</p>
                        <button type="button" class="button primary big" onclick={on_save_again}>{ tr(Msg::TryAgain) }</button>
                    }
                    { at_end.unwrap_or_default() }
                    <div class="actions">
                        if attempt.passed() == Some(false) && !wrong.is_empty() && *stored == Some(Outcome::Stored) {
                            <button type="button" class="button primary big" onclick={on_retake}>{ tr(Msg::RetakeWrong { count: wrong.len() }) }</button>
                        }
                        <a class="button big" href={Route::Counter.href()}>{ tr(Msg::AllScripts) }</a>
                    </div>
                </div>
            }
        }
    };
    html! {
        <section class="counter-check">
            <h1>{ check.title.clone() }</h1>
            { body }
        </section>
    }
}
