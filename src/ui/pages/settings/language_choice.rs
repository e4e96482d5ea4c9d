//! Settings, "Language": follow the browser, or one of the three languages. Remembered
//! on this device; each language is offered in its own name. A language's words are
//! fetched before it is chosen: if they cannot be (offline, never fetched on this
//! device), the choice stays as it was and the person is told why.

use crate::domain::device::Preferences;
use crate::domain::locale::Locale;
use crate::text::{tr, Msg};
use crate::ui::device::use_device;
use crate::ui::language::{browser_locale, load_words};
use yew::prelude::*;

#[component(LanguageChoice)]
pub fn language_choice() -> Html {
    let Some(device) = use_device() else {
        return html! {};
    };
    let chosen = device.preferences().language;
    let not_loaded = use_state(|| None::<Locale>);
    let on_change = {
        let (device, not_loaded) = (device.clone(), not_loaded.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let language = Locale::ALL.into_iter().find(|l| l.tag() == select.value());
            let (device, not_loaded) = (device.clone(), not_loaded.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let speaks = language.unwrap_or_else(browser_locale);
                let loaded = load_words(speaks).await;
                // A later choice made while this one loaded wins.
                if select.value() != language.map_or("", |l| l.tag()) {
                    return;
                }
                match loaded {
                    Ok(()) => {
                        not_loaded.set(None);
                        device.set_preferences(Preferences {
                            language,
                            ..device.preferences().clone()
                        });
                    }
                    Err(problem) => {
                        web_sys::console::warn_1(&problem.into());
                        // The list shows the choice that still holds.
                        select.set_value(chosen.map_or("", |l| l.tag()));
                        not_loaded.set(Some(speaks));
                    }
                }
            });
        })
    };
    let follow = tr(Msg::LanguageFollowBrowser {
        language: browser_locale().own_name(),
    });
    html! {
        <section aria-labelledby="language-heading">
            <h2 id="language-heading">{ tr(Msg::LanguageLabel) }</h2>
            <div class="field">
                <label for="language">{ tr(Msg::LanguageLabel) }</label>
                <select id="language" onchange={on_change}>
                    <option value="" selected={chosen.is_none()}>{ follow }</option>
                    { for Locale::ALL.into_iter().map(|locale| html! {
                        <option value={locale.tag()} lang={locale.tag()} selected={chosen == Some(locale)}>
                            { locale.own_name() }
                        </option>
                    }) }
                </select>
            </div>
            if let Some(language) = *not_loaded {
                <p class="form-error" role="alert">
                    { tr(Msg::LanguageNotLoaded { language: language.own_name() }) }
                </p>
            }
        </section>
    }
}
