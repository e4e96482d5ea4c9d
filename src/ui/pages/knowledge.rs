//! Knowledge checks for the manager: who is ready for the first shift (passed, signed
//! off, due again, or not passed yet), free-text answers waiting to be marked, and the
//! checks as set up.

mod asked;
mod check_editor;
mod counter_check;
mod own_questions;

pub use check_editor::CheckEditor;
pub use counter_check::CounterCheck;

use crate::clock::{local_day, today};
use crate::domain::knowledge::{Attempt, OwnAnswer};
use crate::domain::library::Readiness;
use crate::domain::AttemptId;
use crate::domain::Library;
use crate::text::{date, tr, Msg};
use crate::ui::library::{use_library, LibraryHandle, Outcome};
use crate::ui::routes::Route;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

fn readiness_text(r: Readiness) -> String {
    match r {
        Readiness::Ready(day) => tr(Msg::ReadySince {
            date: &date(day.date()),
        }),
        Readiness::Passed { on, percent } => tr(Msg::PassedOn {
            date: &date(on.date()),
            percent,
        }),
        Readiness::RefresherDue => tr(Msg::RefresherDue),
        Readiness::NotPassed => tr(Msg::NotPassedYet),
    }
}

/// Marks made on this page, by attempt: a second mark builds on the first even before
/// the library has heard the first was stored.
type Marked = Rc<RefCell<HashMap<AttemptId, Attempt>>>;

/// The free-text answers of an attempt waiting for a manager, with buttons to mark.
fn to_mark(lib: &Library, library: &LibraryHandle, attempt: &Attempt, marked: &Marked) -> Html {
    let name = lib
        .person(attempt.person_id)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let check = lib.check(attempt.check_id);
    html! {
        { for attempt.answers.iter().enumerate().filter(|(_, a)| a.right.is_none()).map(|(i, answer)| {
            let own = check.and_then(|c| {
                let id = answer.key.strip_prefix("own/")?.parse().ok()?;
                c.own_question(id)
            });
            let question = own.map(|q| q.text.clone()).unwrap_or_default();
            let model = own.and_then(|q| match &q.answer {
                OwnAnswer::FreeText { model } if !model.trim().is_empty() => Some(model.clone()),
                _ => None,
            });
            let mark = |right: bool| {
                let (library, attempt, marked) = (library.clone(), attempt.clone(), marked.clone());
                Callback::from(move |_: MouseEvent| {
                    let mut next = marked
                        .borrow()
                        .get(&attempt.id)
                        .cloned()
                        .unwrap_or_else(|| attempt.clone());
                    if let Some(a) = next.answers.get_mut(i) {
                        a.right = Some(right);
                    }
                    marked.borrow_mut().insert(next.id, next.clone());
                    library.save_attempt(next, Callback::noop());
                })
            };
            html! {
                <li class="card">
                    <p class="meta">{ format!("{name} · {}", date(local_day(attempt.at).date())) }</p>
                    <p><strong>{ question }</strong></p>
                    <p class="said">{ answer.text.clone() }</p>
                    if let Some(model) = model {
                        <p class="meta">{ format!("{}: {model}", tr(Msg::ModelAnswerLabel)) }</p>
                    }
                    <div class="actions" role="group" aria-label={format!("{name}: {}", answer.text)}>
                        <button type="button" class="button" onclick={mark(true)}>{ tr(Msg::MarkRight) }</button>
                        <button type="button" class="button" onclick={mark(false)}>{ tr(Msg::MarkWrong) }</button>
                    </div>
                </li>
            }
        }) }
    }
}

#[component(KnowledgePage)]
pub fn knowledge_page() -> Html {
    let marked: Marked = use_mut_ref(HashMap::new);
    let Some(library) = use_library() else {
        return html! {};
    };
    let lib = library.library();
    let today = today();
    let people: Vec<_> = lib.staff.people.iter().filter(|p| p.active).collect();
    let waiting: Vec<&Attempt> = lib
        .staff
        .attempts
        .iter()
        .filter(|a| a.passed().is_none())
        .collect();
    html! {
        <section class="page knowledge">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ tr(Msg::KnowledgeChecksHeading) }</h1>
            <p class="intro">{ tr(Msg::KnowledgeIntro) }</p>
            if !people.is_empty() && !lib.checks.is_empty() {
                <section aria-labelledby="readiness-heading">
                    <h2 id="readiness-heading">{ tr(Msg::ReadinessHeading) }</h2>
                    <ul class="card-list">
                        { for people.iter().map(|p| {
                            let state = lib.readiness(p.id, today, local_day);
                            let sign_off = matches!(state, Readiness::Passed { .. }).then(|| {
                                let (library, id) = (library.clone(), p.id);
                                Callback::from(move |_: MouseEvent| {
                                    library.sign_off(id, today, Callback::from(|_: Outcome| {}));
                                })
                            });
                            html! {
                                <li class="card readiness">
                                    <h3>{ p.name.clone() }</h3>
                                    <p class={classes!("meta", matches!(state, Readiness::RefresherDue).then_some("overdue"))}>{ readiness_text(state) }</p>
                                    if let Some(onclick) = sign_off {
                                        <button type="button" class="button primary" {onclick}>{ tr(Msg::SignOff { name: &p.name }) }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !waiting.is_empty() {
                <section aria-labelledby="to-mark-heading">
                    <h2 id="to-mark-heading">{ tr(Msg::ToMarkHeading) }</h2>
                    <ul class="card-list">{ for waiting.iter().map(|a| to_mark(lib, &library, a, &marked)) }</ul>
                </section>
            }
            <h2>{ tr(Msg::KnowledgeCheckHeading) }</h2>
            <div class="actions">
                <a class="button primary" href={Route::NewCheck.href()}>{ tr(Msg::NewCheck) }</a>
            </div>
            if lib.checks.is_empty() {
                <p class="empty">{ tr(Msg::NoChecks) }</p>
            }
            <ul class="card-list">
                { for lib.checks.iter().map(|c| html! {
                    <li class="card">
                        <h3><a href={Route::EditCheck { id: c.id }.href()}>{ c.title.clone() }</a></h3>
                        <p class="meta">
                            { format!("{}: {} · {}", tr(Msg::QuestionCountLabel), c.count, tr(Msg::PassMarkIs { percent: c.pass_mark })) }
                        </p>
                        if c.own.iter().any(|q| q.source_missing(lib)) {
                            <p class="warning">{ tr(Msg::SourceMissing) }</p>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
