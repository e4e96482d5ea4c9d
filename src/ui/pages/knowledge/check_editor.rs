//! Setting up a knowledge check: its name, the areas and kinds its questions come
//! from, how many are drawn, the pass mark, when answers show, the refresher time, and
//! questions written by hand.

use super::own_questions::OwnQuestions;
use crate::clock::now;
use crate::domain::knowledge::{KnowledgeCheck, QuestionKind, Reveal};
use crate::domain::validation::{Field as F, FieldErrors};
use crate::domain::CheckId;
use crate::text::{area_name, problem, tr, Msg};
use crate::ui::components::{ConfirmDelete, Field, FieldKind, Missing};
use crate::ui::hooks::{field_setter, settle_submit};
use crate::ui::library::{use_library, Outcome};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

pub const KINDS: [(QuestionKind, Msg<'static>); 6] = [
    (QuestionKind::Authority, Msg::KindAuthorityQuestion),
    (QuestionKind::ScriptOrder, Msg::KindScriptOrderQuestion),
    (QuestionKind::FirstLine, Msg::KindFirstLineQuestion),
    (QuestionKind::StandardFits, Msg::KindStandardQuestion),
    (QuestionKind::ValueShown, Msg::KindValueQuestion),
    (QuestionKind::Own, Msg::KindOwnQuestion),
];

#[derive(Properties, PartialEq)]
pub struct CheckEditorProps {
    #[prop_or_default]
    pub id: Option<CheckId>,
}

#[derive(Clone, PartialEq)]
struct Draft {
    check: KnowledgeCheck,
    count: String,
    pass_mark: String,
    refresher: String,
}

fn field_id(field: F) -> String {
    match field {
        F::QuestionCount => "check-count".into(),
        F::PassMark => "check-pass-mark".into(),
        F::RefresherMonths => "check-refresher".into(),
        F::OwnQuestion(i) | F::OwnAnswer(i) => format!("own-{}-text", i + 1),
        _ => "check-title".into(),
    }
}

#[component(CheckEditor)]
pub fn check_editor(props: &CheckEditorProps) -> Html {
    let library = use_library();
    let navigator = use_navigator();
    let existing = props.id.and_then(|id| {
        library
            .as_ref()
            .and_then(|l| l.library().check(id).cloned())
    });
    let draft = {
        let existing = existing.clone();
        use_state(move || {
            let check = existing
                .unwrap_or_else(|| KnowledgeCheck::new(&tr(Msg::KnowledgeCheckHeading), now()));
            Draft {
                count: check.count.to_string(),
                pass_mark: check.pass_mark.to_string(),
                refresher: check
                    .refresher_months
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                check,
            }
        })
    };
    let errors = use_state(FieldErrors::default);
    let saving = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    if props.id.is_some() && existing.is_none() {
        return html! { <Missing heading={Msg::KnowledgeCheckHeading} back_to={Route::Knowledge} back_label={Msg::SeeKnowledgeChecks} /> };
    }
    let lib = library.library();
    let set = |apply: fn(&mut Draft, String)| field_setter(&draft, apply);
    let on_submit = {
        let (draft, errors, saving, library, navigator) = (
            draft.clone(),
            errors.clone(),
            saving.clone(),
            library.clone(),
            navigator.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            let typed = draft
                .check
                .typed(&draft.count, &draft.pass_mark, &draft.refresher);
            let result = typed.and_then(|check| {
                let (saving, navigator) = (saving.clone(), navigator.clone());
                library.save_check(
                    check,
                    Callback::from(move |stored: Option<CheckId>| {
                        saving.set(false);
                        if let (Some(_), Some(n)) = (stored, &navigator) {
                            n.push(&Route::Knowledge);
                        }
                    }),
                )
            });
            settle_submit(result, &errors, &saving, field_id);
        })
    };
    let error = |field: F| errors.for_field(field).map(|p| problem(field, p));
    let toggle_area = |id| {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            let mut next = (*draft).clone();
            if next.check.areas.contains(&id) {
                next.check.areas.retain(|a| *a != id);
            } else {
                next.check.areas.push(id);
            }
            draft.set(next);
        })
    };
    let toggle_kind = |kind| {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            let mut next = (*draft).clone();
            if next.check.kinds.contains(&kind) {
                next.check.kinds.retain(|k| *k != kind);
            } else {
                next.check.kinds.push(kind);
            }
            draft.set(next);
        })
    };
    let reveal_choice = |reveal: Reveal, label: Msg<'static>| {
        let draft = draft.clone();
        let checked = draft.check.reveal == reveal;
        let onchange = Callback::from(move |_: Event| {
            let mut next = (*draft).clone();
            next.check.reveal = reveal;
            draft.set(next);
        });
        html! {
            <label class="choice">
                <input type="radio" name="check-reveal" {checked} {onchange} />
                { tr(label) }
            </label>
        }
    };
    let on_own = {
        let draft = draft.clone();
        Callback::from(move |own| {
            let mut next = (*draft).clone();
            next.check.own = own;
            draft.set(next);
        })
    };
    let on_delete = existing.as_ref().map(|c| {
        let (library, id, navigator) = (library.clone(), c.id, navigator.clone());
        Callback::from(move |()| {
            let navigator = navigator.clone();
            library.delete_check(
                id,
                Callback::from(move |outcome| {
                    if let (Outcome::Stored, Some(n)) = (outcome, &navigator) {
                        n.push(&Route::Knowledge);
                    }
                }),
            );
        })
    });
    html! {
        <section class="page editor">
            <p><a class="text-link" href={Route::Knowledge.href()}>{ format!("← {}", tr(Msg::SeeKnowledgeChecks)) }</a></p>
            <h1>{ tr(if existing.is_some() { Msg::EditCheck } else { Msg::NewCheck }) }</h1>
            <form onsubmit={on_submit} novalidate=true>
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ tr(Msg::FixMarkedFields) }</p>
                }
                <Field id="check-title" label={tr(Msg::CheckTitleLabel)} kind={FieldKind::Line} required=true
                    value={draft.check.title.clone()} error={error(F::Title)} on_change={set(|d, v| d.check.title = v)} />
                <fieldset class="ticks">
                    <legend>{ tr(Msg::CheckKindsLabel) }</legend>
                    { for KINDS.iter().map(|(kind, label)| html! {
                        <label class="check">
                            <input type="checkbox" checked={draft.check.kinds.contains(kind)} onchange={toggle_kind(*kind)} />
                            { tr(*label) }
                        </label>
                    }) }
                </fieldset>
                <fieldset class="ticks">
                    <legend>{ tr(Msg::CheckAreasLabel) }</legend>
                    { for lib.areas_in_order().into_iter().map(|area| html! {
                        <label class="check">
                            <input type="checkbox" checked={draft.check.areas.contains(&area.id)} onchange={toggle_area(area.id)} />
                            { area_name(area) }
                        </label>
                    }) }
                </fieldset>
                <div class="field-row">
                    <Field id="check-count" label={tr(Msg::QuestionCountLabel)} kind={FieldKind::Number} required=true
                        value={draft.count.clone()} error={error(F::QuestionCount)} on_change={set(|d, v| d.count = v)} />
                    <Field id="check-pass-mark" label={tr(Msg::PassMarkLabel)} kind={FieldKind::Number} required=true
                        value={draft.pass_mark.clone()} error={error(F::PassMark)} on_change={set(|d, v| d.pass_mark = v)} />
                </div>
                <fieldset class="choices">
                    <legend>{ tr(Msg::RevealLabel) }</legend>
                    { reveal_choice(Reveal::AfterEach, Msg::RevealAfterEach) }
                    { reveal_choice(Reveal::AtEnd, Msg::RevealAtEnd) }
                </fieldset>
                <Field id="check-refresher" label={tr(Msg::RefresherLabel)} kind={FieldKind::Number}
                    value={draft.refresher.clone()} error={error(F::RefresherMonths)} on_change={set(|d, v| d.refresher = v)} />
                <OwnQuestions questions={draft.check.own.clone()} errors={(*errors).clone()} on_change={on_own} />
                <div class="actions">
                    <button type="submit" class="button primary" disabled={*saving}>
                        { tr(if *saving { Msg::Saving } else { Msg::Save }) }
                    </button>
                    <a class="button" href={Route::Knowledge.href()}>{ tr(Msg::Cancel) }</a>
                </div>
            </form>
            if let Some(on_delete) = on_delete {
                <div class="actions">
                    <ConfirmDelete ask={Msg::Delete} question={Msg::DeleteCheckQuestion} {on_delete} />
                </div>
            }
        </section>
    }
}
