//! The translations as build.rs compiled them from `i18n/<language>.ftl`, and how a
//! message is put together from them. The browser never parses Fluent: a message is a
//! list of text pieces, variables and selections, looked up by its variant's name.

use super::messages::{Arg, Msg};
use crate::domain::locale::Locale;

/// One message's words: pieces written one after another.
pub type Pattern = &'static [Part];

pub enum Part {
    Text(&'static str),
    /// The value of the named variable.
    Arg(&'static str),
    /// The first case whose key fits the variable's value, or the default case.
    Select {
        on: &'static str,
        cases: &'static [(Key, Pattern)],
        default: usize,
    },
}

pub enum Key {
    /// Exactly this number (`[1]` in Fluent), checked before plural categories.
    Exactly(i64),
    /// The plural category "one": in English, Norwegian and Swedish, exactly 1.
    One,
    Other,
}

mod tables {
    use super::{Key, Part, Pattern};
    include!(concat!(env!("OUT_DIR"), "/translations.rs"));
}

fn table(locale: Locale) -> &'static [(&'static str, Pattern)] {
    match locale {
        Locale::En => tables::EN,
        Locale::Nb => tables::NB,
        Locale::Sv => tables::SV,
    }
}

/// The names of the messages one language has, for the tests.
#[cfg(test)]
pub fn names(locale: Locale) -> impl Iterator<Item = &'static str> {
    table(locale).iter().map(|(name, _)| *name)
}

/// `msg` in `locale`, or in English if that language lacks it (the tests make sure
/// none does), or its name as a last resort so a gap shows rather than panics.
pub fn format(locale: Locale, msg: Msg) -> String {
    let args = msg.args();
    render(locale, msg.name(), &args)
        .or_else(|| render(Locale::En, msg.name(), &args))
        .unwrap_or_else(|| msg.name().to_string())
}

/// The message named `name` (a `Msg` variant's name) in `locale` with these variables,
/// if that language has it.
pub fn render(locale: Locale, name: &str, args: &[(&str, Arg)]) -> Option<String> {
    let entries = table(locale);
    let index = entries.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
    let mut text = String::new();
    write(entries[index].1, args, &mut text);
    Some(text)
}

fn write(pattern: Pattern, args: &[(&str, Arg)], text: &mut String) {
    for part in pattern {
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
                write(chosen.unwrap_or(cases[*default].1), args, text);
            }
        }
    }
}

fn value<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// An exact number first, then the plural category, as Fluent selects.
fn choose(cases: &[(Key, Pattern)], number: i64) -> Option<Pattern> {
    let exact = cases
        .iter()
        .find(|(key, _)| matches!(key, Key::Exactly(n) if *n == number));
    let category = || {
        let wanted_one = number.unsigned_abs() == 1;
        cases.iter().find(|(key, _)| match key {
            Key::One => wanted_one,
            Key::Other => !wanted_one,
            Key::Exactly(_) => false,
        })
    };
    exact.or_else(category).map(|(_, pattern)| *pattern)
}
