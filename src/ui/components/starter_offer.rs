//! On first start, with nothing written yet: begin from the starter kit in the chosen
//! language, or blank. Asked once per device; Settings can load the kit later.

use crate::domain::device::{DataSpan, Preferences};
use crate::text::{locale, tr, Msg};
use crate::ui::device::use_device;
use crate::ui::library::use_library;
use crate::ui::starter_kit::{load_starter_kit, KitLoad};
use yew::prelude::*;

fn answered(preferences: Preferences) -> Preferences {
    Preferences {
        starter_offer_answered: true,
        ..preferences
    }
}

#[component(StarterOffer)]
pub fn starter_offer() -> Html {
    let load = use_state(|| None::<KitLoad>);
    let (Some(library), Some(device)) = (use_library(), use_device()) else {
        return html! {};
    };
    let empty = !DataSpan::exists(library.library());
    let asked = !device.preferences().starter_offer_answered;
    // After a loss, the way back is the backup, not a first start.
    let offered = empty && asked && device.lost().is_none();
    // Stays while loading, and to say why if loading failed.
    let busy_or_failed = matches!(*load, Some(KitLoad::Loading | KitLoad::Failed(_)));
    if !offered && !busy_or_failed {
        return html! {};
    }
    let on_kit = {
        let (library, device, load) = (library.clone(), device.clone(), load.clone());
        Callback::from(move |_| {
            let (device, load) = (device.clone(), load.clone());
            let report = Callback::from(move |state: KitLoad| {
                if let KitLoad::Loaded(_) = state {
                    device.set_preferences(answered(device.preferences().clone()));
                }
                load.set(Some(state));
            });
            load_starter_kit(library.clone(), locale(), report);
        })
    };
    let on_blank = {
        let device = device.clone();
        Callback::from(move |_| device.set_preferences(answered(device.preferences().clone())))
    };
    let loading = matches!(*load, Some(KitLoad::Loading));
    html! {
        <aside class="starter-offer" aria-label={tr(Msg::StarterRegion)}>
            <h2>{ tr(Msg::StarterHeading) }</h2>
            <p>{ tr(Msg::StarterIntro) }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={on_kit} disabled={loading}>
                    { tr(if loading { Msg::StarterLoading } else { Msg::StartFromKit }) }
                </button>
                <button type="button" class="button quiet" onclick={on_blank} disabled={loading}>
                    { tr(Msg::StartBlank) }
                </button>
            </div>
            if let Some(KitLoad::Failed(why)) = &*load {
                <p class="form-error" role="alert">{ why.clone() }</p>
            }
        </aside>
    }
}
