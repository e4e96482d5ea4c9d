//! Settings, "Language": follow the browser, or one of the three languages. Remembered
//! on this device; each language is offered in its own name.

use crate::domain::device::Preferences;
use crate::domain::locale::Locale;
use crate::text::{tr, Msg};
use crate::ui::device::use_device;
use crate::ui::language::browser_locale;
use yew::prelude::*;

#[component(LanguageChoice)]
pub fn language_choice() -> Html {
    let Some(device) = use_device() else {
        return html! {};
    };
    let chosen = device.preferences().language;
    let on_change = {
        let device = device.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let language = Locale::ALL.into_iter().find(|l| l.tag() == select.value());
            device.set_preferences(Preferences {
                language,
                ..device.preferences().clone()
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
        </section>
    }
}
