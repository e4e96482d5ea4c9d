//! Filling a visit on the tablet and reading its result. Every answer is written at
//! once (the whole visit), so a reload or a flat battery loses nothing and an
//! unfinished visit is resumed where it was.

use super::visit_item::VisitItemView;
use crate::clock::now;
use crate::domain::visits::{Someone, Visit, VisitItem, VisitKind};
use crate::domain::{Day, PersonId, VisitId};
use crate::text::visits::{share, verdict, visit_kind};
use crate::text::{date, tr, Msg};
use crate::ui::components::{ConfirmDelete, Missing};
use crate::ui::hooks::event_value;
use crate::ui::hooks::{selected_option, SaveState};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VisitPageProps {
    pub id: VisitId,
}

#[component(VisitPage)]
pub fn visit_page(props: &VisitPageProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let stored = library
        .as_ref()
        .and_then(|l| l.library().visit(props.id).cloned());
    // While the page is open it owns the visit: each tap changes this copy and writes
    // it whole, so two quick taps never undo each other.
    let visit = {
        let stored = stored.clone();
        use_state(move || stored)
    };
    let saving = use_state(|| SaveState::Idle);
    let latest_write = use_mut_ref(|| 0u32);
    // The newest copy, set at each change before any redraw: a change builds on it, so
    // two taps within one frame both count.
    let latest = use_mut_ref(|| None::<Visit>);
    // What is wrong with a change that was not stored (a name too long, say).
    let refused = use_state(|| None::<String>);
    let Some(library) = library else {
        return html! {};
    };
    // A copy of another visit (the page was opened for a different one) is not used.
    let own = |v: &Visit| v.id == props.id;
    let Some(current) = (*visit).clone().filter(own).or(stored) else {
        return html! { <Missing heading={Msg::VisitNotFound} back_to={Route::Visits} back_label={Msg::BackToVisits} /> };
    };
    let save = {
        let (library, visit, saving, latest_write, latest, refused) = (
            library.clone(),
            visit.clone(),
            saving.clone(),
            latest_write.clone(),
            latest.clone(),
            refused.clone(),
        );
        Callback::from(move |mut next: Visit| {
            next.updated = now();
            if let Err(errors) = next.check() {
                refused.set(
                    errors
                        .0
                        .first()
                        .map(|e| crate::text::problem(e.field, &e.problem)),
                );
                return;
            }
            refused.set(None);
            *latest.borrow_mut() = Some(next.clone());
            visit.set(Some(next.clone()));
            saving.set(SaveState::Busy);
            let mine = {
                let mut n = latest_write.borrow_mut();
                *n += 1;
                *n
            };
            let (saving, latest_write) = (saving.clone(), latest_write.clone());
            library.save_visit(
                next,
                Callback::from(move |outcome| {
                    // Only the newest write speaks: an older one finishing later says nothing.
                    if *latest_write.borrow() == mine {
                        saving.set(if outcome == Outcome::Stored {
                            SaveState::Saved
                        } else {
                            SaveState::Failed
                        });
                    }
                }),
            );
        })
    };
    let newest = {
        let (latest, current, id) = (latest.clone(), current.clone(), props.id);
        move || {
            latest
                .borrow()
                .clone()
                .filter(|v| v.id == id)
                .unwrap_or_else(|| current.clone())
        }
    };
    let changed = |apply: fn(&mut Visit, String)| {
        let (newest, save) = (newest.clone(), save.clone());
        Callback::from(move |e: Event| {
            let mut next = newest();
            apply(&mut next, event_value(&e));
            save.emit(next);
        })
    };
    let lib = library.library();
    let people: Vec<(PersonId, String)> = lib
        .staff
        .people
        .iter()
        .map(|p| (p.id, p.name.clone()))
        .collect();
    let score = current.score();
    let answered = score.unanswered < current.items().count();
    let on_finish = {
        let (newest, save) = (newest.clone(), save.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = newest();
            next.finished = Some(now());
            save.emit(next);
        })
    };
    let on_delete = {
        let (library, id) = (library.clone(), current.id);
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_visit(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(n)) = (outcome, &navigator) {
                        n.push(&Route::Visits);
                    }
                }),
            );
        })
    };
    let by = current
        .by
        .and_then(Someone::person)
        .map(|p| p.to_string())
        .unwrap_or_default();
    let status = match *saving {
        SaveState::Idle => String::new(),
        SaveState::Busy => tr(Msg::Saving),
        SaveState::Saved => tr(Msg::VisitSaved),
        SaveState::Failed => tr(Msg::VisitNotSaved),
    };
    // A finished visit opens on its result; while filling, the score so far waits below
    // the items, so the next answer is what the screen shows first.
    let result = html! {
        <section class="visit-result" aria-labelledby="visit-result-heading">
            <h2 id="visit-result-heading">
                { tr(if current.finished.is_some() { Msg::ResultHeading } else { Msg::ResultSoFar }) }
            </h2>
            <p class="verdict">
                <strong>{ share(score.total) }</strong>{ " · " }{ verdict(current.verdict()) }
            </p>
            <p class="meta">{ tr(Msg::PassMarkIs { percent: current.pass_mark }) }</p>
            <table class="trend-table section-scores">
                <thead>
                    <tr>
                        <th scope="col">{ tr(Msg::SectionColumn) }</th>
                        <th scope="col">{ tr(Msg::ShareColumn) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for current.sections.iter().zip(&score.sections).map(|(s, points)| html! {
                        <tr>
                            <th scope="row">{ s.title.clone() }</th>
                            <td>{ share(*points) }</td>
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ tr(Msg::TotalRow) }</th>
                        <td>{ share(score.total) }</td>
                    </tr>
                </tfoot>
            </table>
        </section>
    };
    let finished = current.finished.is_some();
    html! {
        <section class="page visit">
            <p><a class="text-link" href={Route::Visits.href()}>{ tr(Msg::BackToVisits) }</a></p>
            <h1>{ current.title.clone() }</h1>
            <p class={classes!("save-status", (*saving == SaveState::Failed).then_some("form-error"))}
                role="status" aria-live="polite">{ status }</p>
            if let Some(problem) = &*refused {
                <p class="form-error" role="alert">{ problem.clone() }</p>
            }
            <div class="visit-details item-options">
                <div class="field">
                    <label for="visit-date">{ tr(Msg::VisitDate) }</label>
                    <input id="visit-date" type="date" value={current.date.text()}
                        onchange={changed(|v, typed| if let Ok(day) = Day::parse(&typed) { v.date = day })} />
                </div>
                <div class="field">
                    <label for="visit-kind">{ tr(Msg::VisitKindLabel) }</label>
                    <select id="visit-kind" onchange={changed(|v, value| {
                        if let Some(kind) = VisitKind::ALL.into_iter().find(|k| format!("{k:?}") == value) {
                            v.kind = kind;
                        }
                    })}>
                        { for VisitKind::ALL.iter().map(|k| html! {
                            <option value={format!("{k:?}")} selected={*k == current.kind}>{ visit_kind(*k) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="visit-by">{ tr(Msg::VisitedBy) }</label>
                    <select id="visit-by" onchange={changed(|v, value| v.by = selected_option::<PersonId>(&value).map(Someone::Person))}>
                        <option value="" selected={by.is_empty()}>
                            { tr(if current.by == Some(Someone::FormerColleague) { Msg::FormerColleague } else { Msg::NotGiven }) }
                        </option>
                        { for people.iter().map(|(id, name)| html! {
                            <option value={id.to_string()} selected={by == id.to_string()}>{ name.clone() }</option>
                        }) }
                    </select>
                </div>
                if current.kind == VisitKind::MysteryShopper {
                    <div class="field">
                        <label for="visit-by-name">{ tr(Msg::ShopperName) }</label>
                        <input id="visit-by-name" type="text" maxlength="100" value={current.by_name.clone()}
                            onchange={changed(|v, value| v.by_name = value.trim().to_string())} />
                    </div>
                }
                if current.kind == VisitKind::OtherBusiness {
                    <div class="field">
                        <label for="visit-business">{ tr(Msg::BusinessVisited) }</label>
                        <input id="visit-business" type="text" maxlength="100" value={current.business.clone()}
                            onchange={changed(|v, value| v.business = value.trim().to_string())} />
                    </div>
                }
            </div>
            if finished {
                { result.clone() }
            }
            { for current.sections.iter().enumerate().map(|(s, section)| html! {
                <section class="visit-section">
                    <h2>{ section.title.clone() }</h2>
                    <ol class="visit-items">
                        { for section.items.iter().enumerate().map(|(i, item)| {
                            let on_change = {
                                let (newest, save, id) = (newest.clone(), save.clone(), item.item.id);
                                Callback::from(move |changed: VisitItem| {
                                    if let Some(next) = newest().with_item(id, now(), |it| *it = changed) {
                                        save.emit(next);
                                    }
                                })
                            };
                            let scripts = item.item.standard_id.map(|sid| {
                                lib.scripts_for_standard(sid).into_iter()
                                    .map(|sc| (sc.id, sc.title.clone(), sc.practice))
                                    .collect::<Vec<_>>()
                            }).unwrap_or_default();
                            html! {
                                <VisitItemView key={item.item.id.to_string()} item={item.clone()} place={format!("{s}-{i}")}
                                    visit_date={current.date} people={people.clone()} {scripts} {on_change} />
                            }
                        }) }
                    </ol>
                </section>
            }) }
            if !finished && answered {
                { result }
            }
            <div class="actions">
                if let Some(finished) = current.finished {
                    <p>{ tr(Msg::VisitFinishedOn { date: &date(finished.date()) }) }</p>
                } else {
                    if score.unanswered > 0 {
                        <p class="hint">{ tr(Msg::UnansweredLeft { count: score.unanswered }) }</p>
                    }
                    <button type="button" class="button primary" onclick={on_finish}>{ tr(Msg::FinishVisit) }</button>
                }
            </div>
            <div class="actions">
                <button type="button" class="button" onclick={Callback::from(|_| crate::ui::print::print_page())}>{ tr(Msg::PrintReport) }</button>
                <ConfirmDelete ask={Msg::DeleteVisit} question={Msg::DeleteVisitQuestion} {on_delete} />
            </div>
        </section>
    }
}
