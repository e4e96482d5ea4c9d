//! The words of each language, read from its `.ftl` file, and how a message is put
//! together from them.
//!
//! In the browser only the language shown is loaded: the page fetches its file
//! (`ui::language`) and hands it over with [`add`]; the others are fetched when chosen.
//! Natively (tests, build.rs) the files are compiled in.

use super::ftl::{self, FtlError, Key, Message, Part};
use super::messages::{Arg, Msg};
use crate::domain::locale::Locale;
use std::cell::RefCell;
use std::rc::Rc;

/// One language's messages, sorted by name.
pub struct Words(Vec<Message>);

thread_local! {
    static LOADED: RefCell<Vec<(Locale, Rc<Words>)>> = const { RefCell::new(Vec::new()) };
}

/// Reads one language's file and keeps its words for [`format`].
pub fn add(locale: Locale, source: &str) -> Result<(), FtlError> {
    let words = Rc::new(Words(ftl::parse(source)?));
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        loaded.retain(|(l, _)| *l != locale);
        loaded.push((locale, words));
    });
    Ok(())
}

/// Whether `locale`'s words are here, so the app may speak it.
pub fn has(locale: Locale) -> bool {
    words(locale).is_some()
}

fn loaded(locale: Locale) -> Option<Rc<Words>> {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, w)| w.clone())
    })
}

#[cfg(target_arch = "wasm32")]
fn words(locale: Locale) -> Option<Rc<Words>> {
    loaded(locale)
}

/// Natively every language is compiled in and read on first use.
#[cfg(not(target_arch = "wasm32"))]
fn words(locale: Locale) -> Option<Rc<Words>> {
    if loaded(locale).is_none() {
        add(locale, source(locale)).expect("build.rs read every .ftl file");
    }
    loaded(locale)
}

/// The `.ftl` file of one language, as translators write it.
#[cfg(not(target_arch = "wasm32"))]
pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../i18n/en.ftl"),
        Locale::Nb => include_str!("../../i18n/nb.ftl"),
        Locale::Sv => include_str!("../../i18n/sv.ftl"),
    }
}

/// `msg` in `locale`, or in a language that is loaded, or its name as a last resort so
/// a gap shows rather than panics (the tests make sure no language lacks a message).
pub fn format(locale: Locale, msg: Msg) -> String {
    let args = msg.args();
    let any_loaded = || LOADED.with(|l| l.borrow().first().map(|(locale, _)| *locale));
    render(locale, msg.name(), &args)
        .or_else(|| render(any_loaded()?, msg.name(), &args))
        .unwrap_or_else(|| msg.name().to_string())
}

/// The message named `name` (a `Msg` variant's name) in `locale` with these variables.
pub fn render(locale: Locale, name: &str, args: &[(&str, Arg)]) -> Option<String> {
    let words = words(locale)?;
    let index = words
        .0
        .binary_search_by(|m| m.name.as_str().cmp(name))
        .ok()?;
    let mut text = String::new();
    write(&words.0[index].parts, args, &mut text);
    Some(text)
}

/// The names of the messages one language has, for the tests.
#[cfg(test)]
pub fn names(locale: Locale) -> Vec<String> {
    words(locale).map_or_else(Vec::new, |w| w.0.iter().map(|m| m.name.clone()).collect())
}

fn write(parts: &[Part], args: &[(&str, Arg)], text: &mut String) {
    for part in parts {
        match part {
            Part::Text(words) => text.push_str(words),
            Part::Arg(name) => match value(args, name) {
                Some(Arg::Text(words)) => text.push_str(words),
                Some(Arg::Number(number)) => text.push_str(&number.to_string()),
                // What Fluent writes for a variable the code did not pass; the
                // translation tests make sure this never reaches anyone.
                None => {
                    text.push('{');
                    text.push_str(name);
                    text.push('}');
                }
            },
            Part::Select { on, cases, default } => {
                let chosen = match value(args, on) {
                    Some(Arg::Number(number)) => choose(cases, number),
                    _ => None,
                };
                write(chosen.unwrap_or(&cases[*default].1), args, text);
            }
        }
    }
}

fn value<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// The first case, in the file's order, whose key fits: the number itself or its plural
/// category. That is how Fluent selects.
fn choose(cases: &[(Key, Vec<Part>)], number: i64) -> Option<&[Part]> {
    let one = number.unsigned_abs() == 1;
    cases
        .iter()
        .find(|(key, _)| match key {
            Key::Exactly(n) => *n == number,
            Key::One => one,
            Key::Other => !one,
        })
        .map(|(_, parts)| parts.as_slice())
}
