//! Which language the UI speaks: the one chosen in Settings, else the browser's.

use super::device::DeviceState;
use crate::domain::locale::Locale;
use crate::text::set_locale;
use yew::prelude::*;

/// The browser's preferred languages, best first.
pub fn browser_locale() -> Locale {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Locale::En;
    };
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .collect();
    Locale::from_browser(tags.iter().map(String::as_str))
}

/// Speaks the chosen language from this render on, and tells the page (`<html lang>`,
/// which screen readers and hyphenation follow). Returns it for keying the tree, so
/// every component renders again in the new language.
#[hook]
pub fn use_locale(device: &DeviceState) -> Locale {
    let locale = device.preferences.language.unwrap_or_else(browser_locale);
    set_locale(locale);
    use_effect_with(locale, |locale| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            crate::console::warn_if_failed(
                "set <html lang>",
                root.set_attribute("lang", locale.tag()),
            );
        }
    });
    locale
}
