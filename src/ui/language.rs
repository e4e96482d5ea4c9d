//! Which language the UI speaks (the one chosen in Settings, else the browser's), and
//! getting its words: only the language shown is downloaded; the others are fetched when
//! chosen, and the service worker keeps the one in use for offline.

use super::device::DeviceState;
use super::fetch::fetch_text;
use crate::domain::locale::Locale;
use crate::storage::device::load_preferences;
use crate::text::{locale, set_locale, words};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
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

/// Where the words of `locale` are served, relative to the app: `i18n/<language>.ftl`,
/// served as text (pwa/precache.mjs names it `.txt`, which every host compresses).
pub fn words_path(locale: Locale) -> String {
    format!("i18n/{}.txt", locale.tag())
}

/// Makes `locale`'s words ready to speak, fetching them unless they are here already.
pub async fn load_words(locale: Locale) -> Result<(), String> {
    if words::has(locale) {
        return Ok(());
    }
    let source = match started_early(locale) {
        Some(text) => match JsFuture::from(text).await.map(|t| t.as_string()) {
            Ok(Some(text)) => text,
            _ => fetch_text(&words_path(locale)).await?,
        },
        None => fetch_text(&words_path(locale)).await?,
    };
    words::add(locale, &source).map_err(|e| format!("{}: {e}", words_path(locale)))
}

/// js/boot.js starts fetching the words it expects the app to want while the wasm
/// downloads (`window.vertskapWords = { tag, text }`), saving a round trip on a cold start.
fn started_early(locale: Locale) -> Option<js_sys::Promise> {
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let early = js_sys::Reflect::get(&window, &"vertskapWords".into()).ok()?;
    let tag = js_sys::Reflect::get(&early, &"tag".into())
        .ok()?
        .as_string()?;
    if tag != locale.tag() {
        return None;
    }
    js_sys::Reflect::get(&early, &"text".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Before the first render: the words of the language the app will speak, or, if those
/// cannot be had (offline, never fetched), of any language this device has. `None` when
/// there are no words at all; the page then says the app could not start.
pub async fn load_first_words() -> Option<Locale> {
    let wanted = load_preferences().language.unwrap_or_else(browser_locale);
    let others = Locale::ALL.into_iter().filter(|l| *l != wanted);
    for candidate in std::iter::once(wanted).chain(others) {
        match load_words(candidate).await {
            Ok(()) => {
                set_locale(candidate);
                return Some(candidate);
            }
            Err(problem) => web_sys::console::warn_1(&problem.into()),
        }
    }
    None
}

/// Speaks the chosen language from this render on, and tells the page (`<html lang>`,
/// which screen readers and hyphenation follow). Returns it for keying the tree, so
/// every component renders again in the new language. A language chosen in another tab
/// whose words are not here yet is fetched first; until then the app keeps speaking the
/// language it spoke.
#[hook]
pub fn use_locale(device: &DeviceState) -> Locale {
    let wanted = device.preferences.language.unwrap_or_else(browser_locale);
    let arrived = use_force_update();
    use_effect_with(wanted, move |wanted| {
        if !words::has(*wanted) {
            let wanted = *wanted;
            wasm_bindgen_futures::spawn_local(async move {
                match load_words(wanted).await {
                    Ok(()) => arrived.force_update(),
                    Err(problem) => web_sys::console::warn_1(&problem.into()),
                }
            });
        }
    });
    let shown = if words::has(wanted) { wanted } else { locale() };
    set_locale(shown);
    use_effect_with(shown, |shown| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            crate::console::warn_if_failed(
                "set <html lang>",
                root.set_attribute("lang", shown.tag()),
            );
        }
    });
    shown
}
