//! The root: opens storage once, owns the state, and shows the app, a loading line,
//! or a full-page explanation when data cannot be kept.

use super::components::StorageProblem;
use super::library::{now, LibraryHandle};
use super::routes::{switch, Route};
use crate::domain::state::{Action, AppState, Phase};
use crate::domain::StorageFailure;
use crate::storage::{Store, DB_NAME};
use crate::text::{tr, Msg};
use yew::prelude::*;
use yew_router::prelude::*;

#[component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let store = use_state(|| None::<Store>);
    {
        let state = state.clone();
        let store = store.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let blocked = state.clone();
                let on_blocked =
                    move || blocked.dispatch(Action::OpenFailed(StorageFailure::Blocked));
                let opened = match Store::open(DB_NAME, now(), on_blocked).await {
                    Ok(opened) => opened.load_library().await.map(|library| (opened, library)),
                    Err(failure) => Err(failure),
                };
                match opened {
                    Ok((opened, library)) => {
                        let upgraded = state.clone();
                        opened.on_upgraded_elsewhere(move || {
                            upgraded.dispatch(Action::OpenFailed(StorageFailure::UpgradedElsewhere))
                        });
                        store.set(Some(opened));
                        state.dispatch(Action::Opened(library));
                    }
                    Err(failure) => state.dispatch(Action::OpenFailed(failure)),
                }
            });
        });
    }
    match (&state.phase, &*store) {
        (Phase::Ready, Some(store)) => html! {
            <ContextProvider<LibraryHandle> context={LibraryHandle::new(state.clone(), store.clone())}>
                <HashRouter>
                    <Switch<Route> render={switch} />
                </HashRouter>
            </ContextProvider<LibraryHandle>>
        },
        (Phase::Unavailable(failure), _) => html! { <StorageProblem failure={failure.clone()} /> },
        _ => html! { <p class="opening" role="status">{ tr(Msg::Opening) }</p> },
    }
}
