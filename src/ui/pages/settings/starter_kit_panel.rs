//! Settings, "Starter kit": load the kit in the current language at any time. It merges
//! like a pack, so what is already here, or was changed here, stays.

use crate::text::{locale, tr, Msg};
use crate::ui::library::use_library;
use crate::ui::starter_kit::{load_starter_kit, KitLoad};
use yew::prelude::*;

#[component(StarterKitPanel)]
pub fn starter_kit_panel() -> Html {
    let load = use_state(|| None::<KitLoad>);
    let Some(library) = use_library() else {
        return html! {};
    };
    let on_load = {
        let load = load.clone();
        Callback::from(move |_| {
            let load = load.clone();
            load_starter_kit(
                library.clone(),
                locale(),
                Callback::from(move |s| load.set(Some(s))),
            );
        })
    };
    let loading = matches!(*load, Some(KitLoad::Loading));
    html! {
        <section aria-labelledby="starter-heading">
            <h2 id="starter-heading">{ tr(Msg::StarterKitHeading) }</h2>
            <p>{ tr(Msg::StarterKitIntro) }</p>
            <div class="actions">
                <button type="button" class="button" onclick={on_load} disabled={loading}>
                    { tr(if loading { Msg::StarterLoading } else { Msg::LoadStarterKit }) }
                </button>
            </div>
            <p role="status">
                { match &*load {
                    Some(KitLoad::Loaded(count)) => tr(Msg::StarterLoaded { count: *count }),
                    _ => String::new(),
                } }
            </p>
            if let Some(KitLoad::Failed(why)) = &*load {
                <p class="form-error" role="alert">{ why.clone() }</p>
            }
        </section>
    }
}
