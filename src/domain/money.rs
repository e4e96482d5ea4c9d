//! Amounts of money for authority limits: parsed the way people type them, stored in
//! minor units (øre, cents) so no rounding creeps in, and written the way each
//! language writes them.

use super::locale::Locale;
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[serde(rename = "NOK")]
    Nok,
    #[serde(rename = "SEK")]
    Sek,
    #[serde(rename = "EUR")]
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Nok, Currency::Sek, Currency::Eur];

    /// The currency a business speaking `locale` most likely counts in.
    pub fn of_language(locale: super::locale::Locale) -> Currency {
        match locale {
            super::locale::Locale::Nb => Currency::Nok,
            super::locale::Locale::Sv => Currency::Sek,
            super::locale::Locale::En => Currency::Eur,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Currency::Nok => "NOK",
            Currency::Sek => "SEK",
            Currency::Eur => "EUR",
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Hundredths of the currency unit.
    pub minor: i64,
    pub currency: Currency,
}

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountProblem {
    NotANumber,
    NotPositive,
    /// More than anyone at a counter decides alone.
    TooLarge {
        max_units: i64,
    },
    TooManyDecimals,
}

/// The largest limit a role may be given: anything above is a typing slip.
pub const MAX_UNITS: i64 = 1_000_000;

/// Reads an amount as people type it: "500", "1 500", "1.500,50", "1,500.50", "49,90".
/// The last `,` or `.` followed by one or two digits is the decimal mark; other
/// separators (spaces, dots, commas, apostrophes) group thousands.
pub fn parse_amount(typed: &str) -> Result<i64, AmountProblem> {
    let text: String = typed
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if text.starts_with('-') || text.starts_with('\u{2212}') {
        return Err(AmountProblem::NotPositive);
    }
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(AmountProblem::NotANumber);
    }
    let (whole, fraction) = match text.rfind([',', '.']) {
        Some(at) if text.len() - at - 1 <= 2 && text.len() - at - 1 > 0 => {
            (&text[..at], &text[at + 1..])
        }
        Some(at) if text.len() - at - 1 == 0 => return Err(AmountProblem::NotANumber),
        Some(at) if text[at + 1..].len() == 3 => (text.as_str(), ""), // "1.500": a thousands mark
        Some(_) => return Err(AmountProblem::TooManyDecimals),
        None => (text.as_str(), ""),
    };
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err(AmountProblem::NotANumber);
    }
    let units: i64 = digits.parse().map_err(|_| AmountProblem::TooLarge {
        max_units: MAX_UNITS,
    })?;
    let cents: i64 = format!("{fraction:0<2}")
        .parse()
        .map_err(|_| AmountProblem::NotANumber)?;
    if units > MAX_UNITS || (units == MAX_UNITS && cents > 0) {
        return Err(AmountProblem::TooLarge {
            max_units: MAX_UNITS,
        });
    }
    let minor = units * 100 + cents;
    if minor == 0 {
        return Err(AmountProblem::NotPositive);
    }
    Ok(minor)
}

impl Money {
    /// The amount written for `locale`: "1 500 kr" in Norwegian and Swedish, "NOK 1,500"
    /// in English; decimals only when there are any.
    pub fn format(self, locale: Locale) -> String {
        let units = self.minor / 100;
        let cents = self.minor % 100;
        let (group, decimal) = match locale {
            Locale::En => (',', '.'),
            // A no-break space keeps "1 500" on one line, as both languages write it.
            Locale::Nb | Locale::Sv => ('\u{a0}', ','),
        };
        let digits = units.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(group);
            }
            grouped.push(c);
        }
        if cents != 0 {
            grouped.push(decimal);
            grouped.push_str(&format!("{cents:02}"));
        }
        match (locale, self.currency) {
            (Locale::En, Currency::Eur) => format!("€{grouped}"),
            (Locale::En, currency) => format!("{} {grouped}", currency.code()),
            (_, Currency::Eur) => format!("{grouped}\u{a0}€"),
            (Locale::Nb, Currency::Sek) => format!("{grouped}\u{a0}SEK"),
            (Locale::Sv, Currency::Nok) => format!("{grouped}\u{a0}NOK"),
            (_, _) => format!("{grouped}\u{a0}kr"),
        }
    }

    /// The amount as a person would type it back into the form ("1500,50" / "1500.50").
    pub fn typed(self, locale: Locale) -> String {
        let decimal = if locale == Locale::En { '.' } else { ',' };
        match self.minor % 100 {
            0 => (self.minor / 100).to_string(),
            cents => format!("{}{decimal}{cents:02}", self.minor / 100),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_the_way_people_type_them() {
        assert_eq!(parse_amount("500"), Ok(50_000));
        assert_eq!(parse_amount(" 1 500 "), Ok(150_000));
        assert_eq!(parse_amount("1.500,50"), Ok(150_050));
        assert_eq!(parse_amount("1,500.50"), Ok(150_050));
        assert_eq!(parse_amount("49,9"), Ok(4_990));
        assert_eq!(
            parse_amount("1.500"),
            Ok(150_000),
            "three digits after a dot group thousands"
        );
        assert_eq!(parse_amount("1\u{a0}000\u{a0}000"), Ok(100_000_000));
    }

    #[test]
    fn negative_zero_and_absurd_amounts_are_refused() {
        assert_eq!(parse_amount("-50"), Err(AmountProblem::NotPositive));
        assert_eq!(parse_amount("0"), Err(AmountProblem::NotPositive));
        assert_eq!(parse_amount("0,00"), Err(AmountProblem::NotPositive));
        assert_eq!(
            parse_amount("1000001"),
            Err(AmountProblem::TooLarge {
                max_units: MAX_UNITS
            })
        );
        assert_eq!(
            parse_amount("99999999999999999999999"),
            Err(AmountProblem::TooLarge {
                max_units: MAX_UNITS
            })
        );
        assert_eq!(parse_amount("12,3456"), Err(AmountProblem::TooManyDecimals));
        assert_eq!(parse_amount("fifty"), Err(AmountProblem::NotANumber));
        assert_eq!(parse_amount(""), Err(AmountProblem::NotANumber));
        assert_eq!(parse_amount("5,"), Err(AmountProblem::NotANumber));
        assert_eq!(parse_amount("1e3"), Err(AmountProblem::NotANumber));
    }

    #[test]
    fn amounts_are_written_per_locale() {
        let nok = |minor| Money {
            minor,
            currency: Currency::Nok,
        };
        assert_eq!(nok(150_000).format(Locale::Nb), "1\u{a0}500\u{a0}kr");
        assert_eq!(nok(150_050).format(Locale::Nb), "1\u{a0}500,50\u{a0}kr");
        assert_eq!(nok(150_050).format(Locale::En), "NOK 1,500.50");
        assert_eq!(nok(5_000).format(Locale::Sv), "50\u{a0}NOK");
        let sek = Money {
            minor: 1_234_567_800,
            currency: Currency::Sek,
        };
        assert_eq!(sek.format(Locale::Sv), "12\u{a0}345\u{a0}678\u{a0}kr");
        assert_eq!(sek.format(Locale::En), "SEK 12,345,678");
        let eur = Money {
            minor: 99_90,
            currency: Currency::Eur,
        };
        assert_eq!(eur.format(Locale::En), "€99.90");
        assert_eq!(eur.format(Locale::Nb), "99,90\u{a0}€");
    }

    #[test]
    fn typed_form_reads_back_to_the_same_amount() {
        for minor in [1, 99, 100, 150_050, 100_000_000] {
            for locale in [Locale::En, Locale::Nb, Locale::Sv] {
                let money = Money {
                    minor,
                    currency: Currency::Eur,
                };
                assert_eq!(
                    parse_amount(&money.typed(locale)),
                    Ok(minor),
                    "{minor} {locale:?}"
                );
            }
        }
    }
}
