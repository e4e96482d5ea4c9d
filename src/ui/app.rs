//! The root: takes the opened storage, owns the state, and shows the app, a loading line,
//! or a full-page explanation when data cannot be kept.

use super::components::{StorageProblem, UpdateBanner};
use super::device::{DeviceChange, DeviceHandle, DeviceState};
use super::language::use_locale;
use super::library::LibraryHandle;
use super::opening::{Opened, Opening, Outcome};
use super::routes::{switch, Route};
use crate::clock::today;
use crate::domain::device::{DataSpan, Found, Held, Persistence};
use crate::domain::state::{Action, AppState, Phase};
use crate::domain::StorageFailure;
use crate::pacing::when_idle;
use crate::storage::changes::Heard;
use crate::storage::device::{load_preferences, on_preferences_changed_elsewhere, persistence};
use crate::storage::Store;
use crate::text::{tr, Msg};
use crate::ui::window_events::WindowListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The root's one property: storage, opening since the app's code began to run.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub opening: Opening,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    // Storage has answered before the first render unless another tab blocks it
    // (`ui::start` waits): the first render shows the library, never "Opening…".
    let first = use_mut_ref(|| props.opening.take_if_there());
    let store = use_state(|| match &*first.borrow() {
        Some(Ok(opened)) => Some(opened.store.clone()),
        _ => None,
    });
    let state = use_reducer(|| {
        let mut state = AppState::default();
        match first.borrow_mut().as_mut() {
            Some(Ok(opened)) => state.apply(Action::Opened(std::mem::take(&mut opened.library))),
            Some(Err(failure)) => state.apply(Action::OpenFailed(failure.clone())),
            None => {}
        }
        state
    });
    let device = use_reducer(|| DeviceState {
        preferences: load_preferences(),
        persistence: Persistence::Unknown,
        lost: None,
    });
    use_open_store(&state, &store, &props.opening, &first);
    use_held_remembered(&state, &device);
    use_device_watch(&device);
    use_keep_data_asked(&state, &device);
    use_contacts_forgotten(&state, &store);
    let locale = use_locale(&device);
    use_effect_with(locale, |locale| {
        let mut files = super::starter_kit::files(*locale);
        files.push(super::language::words_path(*locale));
        super::window_events::keep_offline(&files)
    });

    // Amounts are written in the business's currency (text::staff::goal_value).
    crate::text::set_business_currency(state.library.profile.currency);
    let content = match (&state.phase, &*store) {
        (Phase::Ready, Some(store)) => html! {
            <ContextProvider<LibraryHandle> context={LibraryHandle::new(state.clone(), store.clone())}>
                <super::sync::SyncProvider>
                    <HashRouter>
                        <Switch<Route> render={switch} />
                    </HashRouter>
                </super::sync::SyncProvider>
            </ContextProvider<LibraryHandle>>
        },
        (Phase::Unavailable(failure), _) => html! { <StorageProblem failure={failure.clone()} /> },
        _ => html! { <p class="opening" role="status">{ tr(Msg::Opening) }</p> },
    };
    html! {
        <ContextProvider<DeviceHandle> context={DeviceHandle::new(device)}>
            // Keyed by language, so that a change of language renders everything anew.
            <div class="app-root" key={locale.tag()}>
                <UpdateBanner />
                { content }
            </div>
        </ContextProvider<DeviceHandle>>
    }
}

/// Takes the opened database and what was read from it (`ui::opening`), unless the
/// first render took them (`first`, then already shown); then follows other tabs'
/// changes and lets a newer version of the app upgrade the database.
#[hook]
fn use_open_store(
    state: &UseReducerHandle<AppState>,
    store: &UseStateHandle<Option<Store>>,
    opening: &Opening,
    first: &Rc<RefCell<Option<Outcome>>>,
) {
    let (state, store, opening, first) =
        (state.clone(), store.clone(), opening.clone(), first.clone());
    use_effect_with((), move |_| {
        let early = first.borrow_mut().take();
        wasm_bindgen_futures::spawn_local(async move {
            let blocked = state.clone();
            opening.when_blocked(move || {
                blocked.dispatch(Action::OpenFailed(StorageFailure::Blocked))
            });
            let shown = early.is_some();
            let outcome = match early {
                Some(outcome) => outcome,
                None => opening.outcome().await,
            };
            match outcome {
                Ok(Opened {
                    store: opened,
                    library,
                    repair_failed,
                    changes,
                }) => {
                    let upgraded = state.clone();
                    opening.when_upgraded_elsewhere(move || {
                        upgraded.dispatch(Action::OpenFailed(StorageFailure::UpgradedElsewhere))
                    });
                    let goals = if shown {
                        state.library.staff.goals.clone()
                    } else {
                        library.staff.goals.clone()
                    };
                    if !shown {
                        store.set(Some(opened.clone()));
                        state.dispatch(Action::Opened(library));
                    }
                    // After the library read at start is in: a change heard meanwhile
                    // reads it again at once.
                    follow_changes_elsewhere(&changes, state.clone(), opened.clone());
                    if let Some(failure) = repair_failed {
                        state.dispatch(Action::WriteFailed(failure));
                    }
                    // Goal progress reads recent check-ins: after the first screen shows
                    // and the page is idle, so a tap made at once is answered first.
                    if !goals.is_empty() {
                        when_idle(1_000).await;
                        if let Ok(summaries) = opened.goal_summaries(&goals, today()).await {
                            state.dispatch(Action::SummariesRead(summaries));
                        }
                    }
                }
                Err(failure) if !shown => state.dispatch(Action::OpenFailed(failure)),
                Err(_) => {}
            }
        });
    });
}

/// Reads the library again whenever another tab stores a change. Reads may finish out
/// of order when changes come quickly: one older than what is shown is dropped.
fn follow_changes_elsewhere(changes: &Heard, state: UseReducerHandle<AppState>, reader: Store) {
    let (asked, shown) = (Rc::new(Cell::new(0u64)), Rc::new(Cell::new(0u64)));
    changes.on_change(move || {
        asked.set(asked.get() + 1);
        let read = asked.get();
        let (state, reader, shown) = (state.clone(), reader.clone(), shown.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(mut library) = reader.load_library_first().await {
                if let Ok(summaries) = reader.goal_summaries(&library.staff.goals, today()).await {
                    library.staff.summaries = summaries;
                }
                if read > shown.get() {
                    shown.set(read);
                    state.dispatch(Action::ChangedElsewhere(library));
                }
            }
        });
    });
}

/// Customers' contact details go once their keeping time is over: checked again on a
/// new day (a counter tablet stays on for weeks) and when the keeping time is changed.
#[hook]
fn use_contacts_forgotten(
    state: &UseReducerHandle<AppState>,
    store: &UseStateHandle<Option<Store>>,
) {
    let ready = state.phase == Phase::Ready && store.is_some();
    let days = state.library.contact_days();
    let (state, store) = (state.clone(), store.clone());
    use_effect_with((ready, today(), days), move |&(ready, _, _)| {
        if let (true, Some(store)) = (ready, (*store).clone()) {
            let library = LibraryHandle::new(state, store);
            wasm_bindgen_futures::spawn_local(async move {
                library.forget_expired_contacts().await;
            });
        }
    });
}

/// Learns whether the browser keeps the data, hears other tabs' preference changes, and
/// asks again once the app is installed (browsers favour installed apps).
#[hook]
fn use_device_watch(device: &UseReducerHandle<DeviceState>) {
    let device = device.clone();
    use_effect_with((), move |_| {
        let changed = device.clone();
        on_preferences_changed_elsewhere(move |p| changed.dispatch(DeviceChange::Preferences(p)));
        let known = device.clone();
        wasm_bindgen_futures::spawn_local(async move {
            known.dispatch(DeviceChange::Persistence(persistence().await));
        });
        let installed = WindowListener::new("appinstalled", move || {
            DeviceHandle::new(device.clone()).ask_persistence()
        });
        move || drop(installed)
    });
}

/// Asks the browser to keep the data once there is data worth keeping: at start if there
/// is some, or right after the first thing is written. Once per visit is enough.
#[hook]
fn use_keep_data_asked(state: &UseReducerHandle<AppState>, device: &UseReducerHandle<DeviceState>) {
    let asked = use_mut_ref(|| false);
    let has_data = DataSpan::exists(&state.library);
    let persistence = device.persistence;
    let device = device.clone();
    use_effect_with((has_data, persistence), move |&(has_data, persistence)| {
        let answered = persistence != Persistence::Unknown;
        if has_data && answered && persistence != Persistence::Persistent && !*asked.borrow() {
            *asked.borrow_mut() = true;
            DeviceHandle::new(device).ask_persistence();
        }
    });
}

/// Remembers on the device (outside the database) what the database holds, after every
/// stored change; and at start, when the database comes back empty on a device that held
/// records, keeps that record and says what was lost instead.
#[hook]
fn use_held_remembered(state: &UseReducerHandle<AppState>, device: &UseReducerHandle<DeviceState>) {
    let started = use_mut_ref(|| false);
    let ready = state.phase == Phase::Ready;
    let (state, device) = (state.clone(), device.clone());
    use_effect_with((state.revision, ready), move |&(_, ready)| {
        if !ready {
            return;
        }
        let handle = DeviceHandle::new(device.clone());
        let library = &state.library;
        let mut next = handle.preferences().clone();
        if !std::mem::replace(&mut *started.borrow_mut(), true) {
            if let Found::Lost(held) = next.found_at_start(library) {
                device.dispatch(DeviceChange::Lost(Some(held)));
                return;
            }
            next = next.seen_first(library, crate::clock::now());
        }
        // While a loss is shown, what was held stays remembered: until a backup is
        // imported (Settings ends the loss then) or the person starts again.
        if handle.lost().is_some() {
            return;
        }
        if next.held != Held::of(library) {
            next = next.holding(library);
        }
        if next != *handle.preferences() {
            handle.set_preferences(next);
        }
    });
}
