//! Small hooks and helpers that several pages share.

use super::library::LibraryHandle;
use crate::domain::search::SearchIndex;
use crate::domain::validation::{Field, FieldErrors};
use crate::domain::{ScriptId, StandardId};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The standards' search index, rebuilt only when the library changes.
#[hook]
pub fn use_standard_index(library: &Option<LibraryHandle>) -> Rc<SearchIndex<StandardId>> {
    let library = library.clone();
    use_memo(library.as_ref().map(|l| l.revision()), move |_| {
        library
            .map(|l| SearchIndex::standards(&l.library().standards))
            .unwrap_or_default()
    })
}

/// The scripts' search index, rebuilt only when the library changes.
#[hook]
pub fn use_script_index(library: &Option<LibraryHandle>) -> Rc<SearchIndex<ScriptId>> {
    let library = library.clone();
    use_memo(library.as_ref().map(|l| l.revision()), move |_| {
        library
            .map(|l| SearchIndex::scripts(&l.library().scripts))
            .unwrap_or_default()
    })
}

/// What is typed into a search box, and the handler that keeps it.
#[hook]
pub fn use_typed_text() -> (UseStateHandle<String>, Callback<InputEvent>) {
    let typed = use_state(String::new);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                typed.set(input.value());
            }
        })
    };
    (typed, on_input)
}

/// A form field's change handler: applies the typed text to a copy of the draft.
pub fn field_setter<D: Clone + 'static>(
    draft: &UseStateHandle<D>,
    apply: fn(&mut D, String),
) -> Callback<String> {
    let draft = draft.clone();
    Callback::from(move |value: String| {
        let mut next = (*draft).clone();
        apply(&mut next, value);
        draft.set(next);
    })
}

/// Moves keyboard focus to the element with `id`, if it is there.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// After a save was asked for: either it is under way (clear the errors, mark saving),
/// or the form is refused (show the errors, focus the first field at fault).
pub fn settle_submit(
    result: Result<(), FieldErrors>,
    errors: &UseStateHandle<FieldErrors>,
    saving: &UseStateHandle<bool>,
    field_id: impl Fn(Field) -> String,
) {
    match result {
        Ok(()) => {
            errors.set(FieldErrors::default());
            saving.set(true);
        }
        Err(found) => {
            if let Some(first) = found.0.first() {
                focus_by_id(&field_id(first.field));
            }
            errors.set(found);
        }
    }
}
