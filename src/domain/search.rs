//! Search that forgives case and diacritics: "hilse" finds "Hilse", "o" finds "ø" and "ö".
//!
//! Folding covers Latin-1 and Latin Extended-A (every Nordic and Western European
//! letter) and drops combining marks, so decomposed text folds the same. A full
//! Unicode normalisation table would cost some 60 KB of wasm for letters our users
//! do not type.

mod scripts;

pub use scripts::{Closeness, Found, ScriptIndex};

use super::{Standard, StandardId};

/// Lowercase, without diacritics: the form both texts and queries are compared in.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                push_folded(&mut out, lower);
            }
        }
    }
    out
}

fn push_folded(out: &mut String, c: char) {
    let base = match c {
        '\u{0300}'..='\u{036f}' => return, // combining marks
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        other => {
            out.push(other);
            return;
        }
    };
    out.push_str(base);
}

/// A query: the words typed, folded. Every word must appear somewhere.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn new(typed: &str) -> Self {
        Query {
            terms: fold(typed).split_whitespace().map(str::to_string).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn matches(&self, folded_text: &str) -> bool {
        self.terms
            .iter()
            .all(|term| folded_text.contains(term.as_str()))
    }
}

/// Records with their searchable text folded once, so each keystroke only compares.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchIndex<Id> {
    entries: Vec<(Id, String)>,
}

impl<Id> Default for SearchIndex<Id> {
    fn default() -> Self {
        SearchIndex {
            entries: Vec::new(),
        }
    }
}

impl<Id: Copy> SearchIndex<Id> {
    /// Ids of the records that match, in index order.
    pub fn find<'a>(&'a self, query: &'a Query) -> impl Iterator<Item = Id> + 'a {
        self.entries
            .iter()
            .filter(move |(_, text)| query.matches(text))
            .map(|(id, _)| *id)
    }
}

impl SearchIndex<StandardId> {
    /// Standards by title, text and tags.
    pub fn standards<'a>(standards: impl IntoIterator<Item = &'a Standard>) -> Self {
        SearchIndex {
            entries: standards
                .into_iter()
                .map(|s| {
                    let parts = [&s.title, &s.why, &s.measured_by]
                        .into_iter()
                        .chain(&s.dos)
                        .chain(&s.donts)
                        .chain(&s.tags);
                    (s.id, folded_fields(parts))
                })
                .collect(),
        }
    }
}

/// Fields folded and separated, so that words never run together across fields.
fn folded_fields<'a>(parts: impl IntoIterator<Item = &'a String>) -> String {
    let mut text = String::new();
    for part in parts {
        text.push_str(&fold(part));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::standard::StandardDraft;
    use crate::domain::{HostParameter, Timestamp};

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Hilse"), "hilse");
        assert_eq!(fold("Rødøy Ærlig ÅS"), "rodoy aerlig as");
        assert_eq!(fold("Förlåt, Café"), "forlat, cafe");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn decomposed_text_folds_like_composed() {
        assert_eq!(fold("Cafe\u{0301} fo\u{0308}r"), fold("Café för"));
    }

    #[test]
    fn other_scripts_are_kept_lowercased() {
        assert_eq!(fold("ΑΒΓ 日本"), "αβγ 日本");
    }

    fn standard(title: &str, why: &str, tags: &str) -> Standard {
        let draft = StandardDraft {
            title: title.into(),
            why: why.into(),
            tags: tags.into(),
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        Standard::create(
            draft.validate(|_| true).unwrap(),
            0,
            Timestamp::from_unix_millis(0.0),
        )
    }

    #[test]
    fn finds_by_title_text_and_tags_ignoring_case_and_marks() {
        let a = standard("Hilse på alle", "Kunden føler seg sett", "velkomst");
        let b = standard("Rydd disken", "Første inntrykk", "orden");
        let index = SearchIndex::standards([&a, &b]);
        let find = |q: &str| index.find(&Query::new(q)).collect::<Vec<_>>();
        assert_eq!(find("hilse"), vec![a.id]);
        assert_eq!(find("fo"), vec![a.id, b.id], "'o' finds 'ø'");
        assert_eq!(find("ORDEN"), vec![b.id]);
        assert_eq!(find("forste inntrykk"), vec![b.id]);
        assert_eq!(
            find("hilse orden"),
            Vec::<StandardId>::new(),
            "every word must match"
        );
    }

    #[test]
    fn words_do_not_run_together_across_fields() {
        let a = standard("ab", "cd", "");
        let index = SearchIndex::standards([&a]);
        assert_eq!(index.find(&Query::new("bc")).count(), 0);
    }

    #[test]
    fn an_empty_query_is_empty() {
        assert!(Query::new("   ").is_empty());
    }
}
