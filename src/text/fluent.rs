//! The Fluent bundles: one per language, built from `i18n/*.ftl` the first time that
//! language is asked for. The files are compiled in, so the words work offline and
//! cost one parse per language per visit.

use super::messages::{fluent_id, Msg};
use crate::domain::locale::Locale;
use fluent_bundle::{FluentBundle, FluentResource};
use std::cell::RefCell;
use std::collections::HashMap;

pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../i18n/en.ftl"),
        Locale::Nb => include_str!("../../i18n/nb.ftl"),
        Locale::Sv => include_str!("../../i18n/sv.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<HashMap<Locale, Bundle>> = RefCell::new(HashMap::new());
}

pub fn bundle(locale: Locale) -> Bundle {
    let resource = FluentResource::try_new(source(locale).to_string())
        .unwrap_or_else(|(resource, _)| resource);
    let mut bundle = FluentBundle::new(vec![locale.language_id()]);
    // The UI is left-to-right in all three languages; isolation marks would only
    // show up as stray characters in copied text and in tests.
    bundle.set_use_isolating(false);
    // A broken entry is caught by the translation tests, never at a guest's counter.
    let _ = bundle.add_resource(resource);
    bundle
}

/// `msg` in `locale`, or in English if that language lacks it (the tests make sure
/// none does), or its id as a last resort so a gap shows rather than panics.
pub fn format(locale: Locale, msg: Msg) -> String {
    let id = fluent_id(msg.name());
    let found = BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let bundle = bundles.entry(locale).or_insert_with(|| bundle(locale));
        format_in(bundle, &id, msg)
    });
    match found {
        Some(text) => text,
        None if locale != Locale::En => format(Locale::En, msg),
        None => id,
    }
}

pub fn format_in(bundle: &Bundle, id: &str, msg: Msg) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let args = msg.args();
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    Some(text.into_owned())
}
