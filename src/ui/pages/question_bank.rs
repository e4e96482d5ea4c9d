//! The question bank for host conversations: add, reword, reorder, remove.

use crate::domain::validation::{Field as F, FieldErrors};
use crate::text::{problem, tr, Msg};
use crate::ui::components::{Field, FieldKind, MoveButtons};
use crate::ui::hooks::use_add_field;
use crate::ui::library::use_library;
use crate::ui::routes::Route;
use yew::prelude::*;

#[component(QuestionBank)]
pub fn question_bank() -> Html {
    let library = use_library();
    let typed = use_add_field();
    let errors = use_state(FieldErrors::default);
    let Some(library) = library else {
        return html! {};
    };
    let on_add = {
        let (library, typed, errors) = (library.clone(), typed.clone(), errors.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match library.add_question(&typed.value(), typed.empty_when_stored()) {
                Ok(()) => errors.set(FieldErrors::default()),
                Err(found) => errors.set(found),
            }
        })
    };
    let on_typed = typed.on_change();
    let questions = library.library().questions_in_order();
    let last = questions.len().saturating_sub(1);
    html! {
        <section class="page questions">
            <p><a class="text-link" href={Route::Goals.href()}>{ tr(Msg::BackToGoals) }</a></p>
            <h1>{ tr(Msg::QuestionBankHeading) }</h1>
            <p class="intro">{ tr(Msg::QuestionBankIntro) }</p>
            if questions.is_empty() {
                <p class="empty">{ tr(Msg::NoQuestionsYet) }</p>
            }
            <ol class="question-list">
                { for questions.iter().enumerate().map(|(i, q)| {
                    let on_move = {
                        let (library, id) = (library.clone(), q.id);
                        Callback::from(move |direction| library.move_question(id, direction))
                    };
                    let on_remove = {
                        let (library, id) = (library.clone(), q.id);
                        Callback::from(move |_| library.remove_question(id))
                    };
                    html! {
                        <li key={q.id.to_string()}>
                            <span class="question-text">{ q.text.clone() }</span>
                            <MoveButtons name={q.text.clone()} can_move_up={i > 0} can_move_down={i < last} {on_move} />
                            <button type="button" class="button danger" onclick={on_remove}
                                aria-label={tr(Msg::DeleteNamed { name: &q.text })}>{ tr(Msg::Delete) }</button>
                        </li>
                    }
                }) }
            </ol>
            <form onsubmit={on_add} novalidate=true>
                <Field id="new-question" label={tr(Msg::NewQuestion)} kind={FieldKind::Line} required=true
                    value={typed.value()} error={errors.for_field(F::QuestionText).map(|p| problem(F::QuestionText, p))}
                    on_change={on_typed} />
                <div class="actions">
                    <button type="submit" class="button primary">{ tr(Msg::AddQuestion) }</button>
                </div>
            </form>
        </section>
    }
}
