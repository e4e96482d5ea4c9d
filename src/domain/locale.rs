//! The languages the app speaks, and how one is chosen. Formatting that depends on them
//! (amounts, dates) lives with the types it formats.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    /// Norwegian bokmål.
    Nb,
    /// Swedish.
    Sv,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Nb, Locale::Sv, Locale::En];

    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nb => "nb",
            Locale::Sv => "sv",
        }
    }

    /// The language's own name for itself, so anyone finds theirs in the list.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nb => "Norsk (bokmål)",
            Locale::Sv => "Svenska",
        }
    }

    /// The language one browser tag asks for, if the app speaks it. Nynorsk and plain
    /// "no" readers get bokmål, the closest written Norwegian the app has.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "nn" | "no" => Some(Locale::Nb),
            "sv" => Some(Locale::Sv),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages that the app speaks; English
    /// when it speaks none of them.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or(Locale::En)
    }

    /// A calendar date as people write it in this language.
    pub fn date(self, date: time::Date) -> String {
        let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
        match self {
            Locale::Nb => format!("{d:02}.{m:02}.{y}"),
            Locale::Sv => format!("{y}-{m:02}-{d:02}"),
            Locale::En => {
                const MONTHS: [&str; 12] = [
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec",
                ];
                format!("{d} {} {y}", MONTHS[usize::from(m) - 1])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn norwegian_in_any_form_gets_bokmal() {
        for tag in ["nb", "nb-NO", "nn-NO", "no", "NO-no"] {
            assert_eq!(Locale::from_browser([tag]), Locale::Nb, "{tag}");
        }
    }

    #[test]
    fn swedish_and_everything_else() {
        assert_eq!(Locale::from_browser(["sv-SE"]), Locale::Sv);
        assert_eq!(Locale::from_browser(["sv-FI", "fi"]), Locale::Sv);
        assert_eq!(Locale::from_browser(["en-US"]), Locale::En);
        assert_eq!(Locale::from_browser(["de-DE"]), Locale::En);
        assert_eq!(Locale::from_browser([]), Locale::En);
    }

    #[test]
    fn the_first_spoken_preference_wins() {
        assert_eq!(Locale::from_browser(["de-DE", "sv-SE", "en"]), Locale::Sv);
        assert_eq!(Locale::from_browser(["da", "en-GB", "nb"]), Locale::En);
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let d = date!(2026 - 03 - 07);
        assert_eq!(Locale::Nb.date(d), "07.03.2026");
        assert_eq!(Locale::Sv.date(d), "2026-03-07");
        assert_eq!(Locale::En.date(d), "7 Mar 2026");
    }
}
