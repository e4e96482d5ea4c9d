//! What the counter's rating screen asks and offers: the question, the reasons a guest
//! can tap after a bad answer, and from how many answers a share is given.

use crate::domain::validation::{Field as F, FieldErrors};
use crate::text::voice::default_reasons;
use crate::text::{problem, tr, Msg};
use crate::ui::components::{Field, FieldKind};
use crate::ui::library::{use_library, Outcome};
use yew::prelude::*;

#[component(RatingSetupForm)]
pub fn rating_setup_form() -> Html {
    let library = use_library();
    let setup = library
        .as_ref()
        .map(|l| l.library().profile.rating.clone())
        .unwrap_or_default();
    let question = use_state(|| setup.question.clone());
    let reasons = use_state(|| setup.reasons.join("\n"));
    let too_few = use_state(|| {
        if setup.too_few == 0 {
            String::new()
        } else {
            setup.too_few.to_string()
        }
    });
    let errors = use_state(FieldErrors::default);
    let saved = use_state(|| false);
    // Once the form was sent it stays open, so its answer (saved, or what is wrong) shows.
    let sent = use_state(|| false);
    let Some(library) = library else {
        return html! {};
    };
    let set = |state: &UseStateHandle<String>| {
        let (state, saved) = (state.clone(), saved.clone());
        Callback::from(move |v: String| {
            saved.set(false);
            state.set(v);
        })
    };
    let on_submit = {
        let (question, reasons, too_few, errors, saved, sent) = (
            question.clone(),
            reasons.clone(),
            too_few.clone(),
            errors.clone(),
            saved.clone(),
            sent.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            sent.set(true);
            let saved = saved.clone();
            let done = Callback::from(move |outcome| saved.set(outcome == Outcome::Stored));
            match library.save_rating_setup(&question, &reasons, &too_few, done) {
                Ok(()) => errors.set(FieldErrors::default()),
                Err(found) => errors.set(found),
            }
        })
    };
    let error = |field: F| errors.for_field(field).map(|p| problem(field, p));
    html! {
        <details class="rating-setup" open={*sent}>
            <summary>{ tr(Msg::RatingSetupHeading) }</summary>
            <form onsubmit={on_submit} novalidate=true>
                <Field id="rating-question" label={tr(Msg::RatingQuestionLabel)} kind={FieldKind::Line}
                    hint={AttrValue::from(tr(Msg::RatingQuestionDefault))}
                    value={(*question).clone()} error={error(F::RatingQuestion)} on_change={set(&question)} />
                <Field id="rating-reasons" label={tr(Msg::RatingReasonsLabel)} kind={FieldKind::Text}
                    hint={AttrValue::from(default_reasons().join(" · "))}
                    value={(*reasons).clone()} error={error(F::RatingReasons)} on_change={set(&reasons)} />
                <Field id="rating-too-few" label={tr(Msg::RatingTooFewLabel)} kind={FieldKind::Number}
                    hint={AttrValue::from(crate::domain::voice::DEFAULT_TOO_FEW.to_string())}
                    value={(*too_few).clone()} error={error(F::RatingTooFew)} on_change={set(&too_few)} />
                <div class="actions">
                    <button type="submit" class="button primary">{ tr(Msg::Save) }</button>
                    <p role="status">{ if *saved { tr(Msg::CheckInSaved) } else { String::new() } }</p>
                </div>
            </form>
        </details>
    }
}
