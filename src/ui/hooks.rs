//! Small hooks and helpers that several pages share.

use super::library::LibraryHandle;
use super::routes::Route;
use crate::domain::search::{ScriptIndex, SearchIndex};
use crate::domain::validation::{Field, FieldErrors};
use crate::domain::StandardId;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::Navigator;

/// Something derived from the library, built the first time it is `wanted`, then kept
/// until the library changes: a search index is not built before someone types, and
/// nothing is derived again on every keystroke.
#[hook]
fn use_kept<T: Default + 'static>(
    library: &Option<LibraryHandle>,
    wanted: bool,
    build: fn(&LibraryHandle) -> T,
) -> Rc<T> {
    let kept = use_mut_ref(|| None::<(u64, Rc<T>)>);
    let Some(library) = library else {
        return Rc::default();
    };
    let revision = library.revision();
    let mut kept = kept.borrow_mut();
    match &*kept {
        Some((built_at, index)) if *built_at == revision => index.clone(),
        _ if !wanted => Rc::default(),
        _ => {
            let index = Rc::new(build(library));
            *kept = Some((revision, index.clone()));
            index
        }
    }
}

/// The standards' search index, built once someone searches.
#[hook]
pub fn use_standard_index(
    library: &Option<LibraryHandle>,
    wanted: bool,
) -> Rc<SearchIndex<StandardId>> {
    use_kept(library, wanted, |l| {
        SearchIndex::standards(&l.library().standards)
    })
}

/// The scripts' search index, built once someone searches.
#[hook]
pub fn use_script_index(library: &Option<LibraryHandle>, wanted: bool) -> Rc<ScriptIndex> {
    use_kept(library, wanted, |l| ScriptIndex::new(&l.library().scripts))
}

/// The scripts in title order, as positions in the library's list, kept until it changes.
#[hook]
pub fn use_script_title_order(library: &Option<LibraryHandle>) -> Rc<Vec<usize>> {
    use_kept(library, true, |l| l.library().script_positions_by_title())
}

/// Today on this device, with goal progress read again if it was read on another day:
/// a tablet left on overnight sees the periods move on with the calendar.
#[hook]
pub fn use_progress_as_of_today(library: &Option<LibraryHandle>) -> crate::domain::Day {
    let day = crate::clock::today();
    let library = library.clone();
    use_effect_with(day, move |day| {
        if let Some(library) = library {
            library.refresh_summaries_for(*day);
        }
    });
    day
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
        crate::console::warn_if_failed("focus", element.focus());
    }
}

/// An editor's submit handler. A second submit while saving is ignored. `save` asks
/// the library to save and hands it `done`: once stored, the page goes to `after(id)`;
/// if the write failed, the person can try again (the failure shows in the notice bar
/// and the form keeps every word). A refused form shows its errors and focuses the
/// first field at fault.
pub fn submit_handler<T: 'static>(
    errors: &UseStateHandle<FieldErrors>,
    saving: &UseStateHandle<bool>,
    navigator: Option<Navigator>,
    field_id: fn(Field) -> String,
    after: impl Fn(T) -> Route + 'static,
    save: impl Fn(Callback<Option<T>>) -> Result<(), FieldErrors> + 'static,
) -> Callback<SubmitEvent> {
    let (errors, saving) = (errors.clone(), saving.clone());
    let after = Rc::new(after);
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if *saving {
            return;
        }
        let done = {
            let (saving, navigator, after) = (saving.clone(), navigator.clone(), after.clone());
            Callback::from(move |stored: Option<T>| match (stored, &navigator) {
                (Some(id), Some(navigator)) => navigator.push(&after(id)),
                _ => saving.set(false),
            })
        };
        settle_submit(save(done), &errors, &saving, field_id);
    })
}

/// The value a change event carries: a field's text, a list's choice, or "true" /
/// "false" for a tick box or a radio button.
pub fn event_value(e: &Event) -> String {
    if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
        return if input.type_() == "checkbox" || input.type_() == "radio" {
            input.checked().to_string()
        } else {
            input.value()
        };
    }
    if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
        return area.value();
    }
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
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

/// A one-line field that adds something (an area, a role, a question): what is typed,
/// and emptied once what was submitted is stored, unless more was typed meanwhile (a
/// fast typer's next name must not vanish when the last save completes).
#[derive(Clone)]
pub struct AddField {
    shown: UseStateHandle<String>,
    /// What the field holds now: a state handle kept by a callback only knows the value
    /// of its own render.
    typed: Rc<std::cell::RefCell<String>>,
}

impl AddField {
    pub fn value(&self) -> String {
        (*self.shown).clone()
    }

    pub fn on_change(&self) -> Callback<String> {
        let field = self.clone();
        Callback::from(move |value: String| {
            field.typed.replace(value.clone());
            field.shown.set(value);
        })
    }

    /// The `done` of saving what the field holds now.
    pub fn empty_when_stored(&self) -> Callback<super::library::Outcome> {
        let (field, saved) = (self.clone(), self.value());
        Callback::from(move |outcome| {
            if outcome == super::library::Outcome::Stored && *field.typed.borrow() == saved {
                field.typed.borrow_mut().clear();
                field.shown.set(String::new());
            }
        })
    }
}

#[hook]
pub fn use_add_field() -> AddField {
    AddField {
        shown: use_state(String::new),
        typed: use_mut_ref(String::new),
    }
}

/// The value of a `<select>` whose first option means "none" (an empty value): `None`
/// for that option, else the option's value. An option the app wrote that does not
/// read back is a bug, said in the console, and taken as "none".
pub fn selected_option<T: std::str::FromStr>(value: &str) -> Option<T> {
    if value.is_empty() {
        return None;
    }
    match value.parse() {
        Ok(chosen) => Some(chosen),
        Err(_) => {
            web_sys::console::warn_1(&format!("an option the app cannot read: {value:?}").into());
            None
        }
    }
}

/// Where a save made from a page stands, for its status line.
#[derive(Clone, Copy, PartialEq)]
pub enum SaveState {
    Idle,
    Busy,
    Saved,
    Failed,
}

/// Customers' ratings added up per local hour, read from storage when the page opens
/// and again after every change (start-up never reads them); `None` until read.
#[hook]
pub fn use_rating_hours(
    library: &Option<LibraryHandle>,
) -> Option<Rc<Vec<crate::domain::voice::report::HourTally>>> {
    let hours = use_state(|| None);
    {
        let (library, hours) = (library.clone(), hours.clone());
        let revision = library.as_ref().map(|l| l.revision());
        use_effect_with(revision, move |_| {
            if let Some(library) = library {
                library.read_rating_hours(Callback::from(move |found| {
                    hours.set(Some(Rc::new(found)))
                }));
            }
        });
    }
    (*hours).clone()
}
