//! The numbers goals deal in: typed the way people type them, checked for the goal's
//! kind, and summed in hundredths so no rounding creeps into a period's total.
//!
//! Values are plain JSON numbers in files and storage (`12.5`), and whole hundredths
//! (`1250`) inside the sums.

use super::measure::{GoalKind, Period, TargetDirection};

/// The balanced scale of a score: as many negative steps as positive ones around a
/// neutral 0, so "a bit worse" and "a bit better" weigh the same. A check-in is one
/// whole step; a period's value is the mean of its check-ins.
pub const SCORE_MIN: i64 = -2;
pub const SCORE_MAX: i64 = 2;

/// No single check-in or target is larger than this many units: past it, it is a
/// typing slip.
pub const MAX_UNITS: i64 = 10_000_000;

pub use crate::domain::validation::ValueProblem;

/// A number as typed: "3", "-1", "+2", "49,90", "1 500.5". Returns hundredths.
pub fn parse_number(typed: &str) -> Result<i64, ValueProblem> {
    let text: String = typed
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let (whole, fraction) = match digits.find([',', '.']) {
        Some(at) => (&digits[..at], &digits[at + 1..]),
        None => (digits, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(ValueProblem::NotANumber);
    }
    if digits.contains([',', '.']) && fraction.is_empty() {
        return Err(ValueProblem::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(ValueProblem::TooManyDecimals);
    }
    let too_large = ValueProblem::TooLarge { max: MAX_UNITS };
    let units: i64 = whole.parse().map_err(|_| too_large)?;
    let cents: i64 = format!("{fraction:0<2}")
        .parse()
        .map_err(|_| ValueProblem::NotANumber)?;
    if units > MAX_UNITS {
        return Err(too_large);
    }
    let magnitude = units * 100 + cents;
    Ok(if negative { -magnitude } else { magnitude })
}

/// A whole number of at least zero, as typed ("45", "1 200").
pub fn whole_number(typed: &str) -> Result<i64, crate::domain::validation::Problem> {
    if typed.trim().is_empty() {
        return Err(crate::domain::validation::Problem::Required);
    }
    let hundredths = parse_number(typed).map_err(crate::domain::validation::Problem::Value)?;
    if hundredths < 0 {
        Err(crate::domain::validation::Problem::Value(
            ValueProblem::Negative,
        ))
    } else if hundredths % 100 != 0 {
        Err(crate::domain::validation::Problem::Value(
            ValueProblem::NotWhole,
        ))
    } else {
        Ok(hundredths / 100)
    }
}

/// A stored value in hundredths; `None` if it is not a finite number on the
/// hundredths grid (a file may hold anything).
pub fn hundredths(value: f64) -> Option<i64> {
    if !value.is_finite() || value.abs() > (MAX_UNITS * 100) as f64 {
        return None;
    }
    let scaled = (value * 100.0).round();
    ((value * 100.0 - scaled).abs() < 1e-6).then_some(scaled as i64)
}

pub fn from_hundredths(h: i64) -> f64 {
    h as f64 / 100.0
}

/// Whether one check-in's value fits the goal's kind.
pub fn check_value(kind: GoalKind, value: f64) -> Result<i64, ValueProblem> {
    if value.is_finite() && value.abs() > MAX_UNITS as f64 {
        return Err(ValueProblem::TooLarge { max: MAX_UNITS });
    }
    let h = hundredths(value).ok_or(if value.is_finite() {
        ValueProblem::TooManyDecimals
    } else {
        ValueProblem::NotANumber
    })?;
    match kind {
        GoalKind::GoodRatings => Err(ValueProblem::CountedFromRatings),
        GoalKind::DonePerDay if h == 0 || h == 100 => Ok(h),
        GoalKind::DonePerDay => Err(ValueProblem::DoneIsZeroOrOne),
        _ if h < 0 && kind != GoalKind::Score => Err(ValueProblem::Negative),
        GoalKind::Count if h % 100 != 0 => Err(ValueProblem::NotWhole),
        GoalKind::Score if h % 100 != 0 || !(SCORE_MIN * 100..=SCORE_MAX * 100).contains(&h) => {
            Err(ValueProblem::OutsideScale {
                min: SCORE_MIN,
                max: SCORE_MAX,
            })
        }
        _ => Ok(h),
    }
}

/// Whether a target makes sense for the kind, direction and period. "At least" needs
/// something to reach (more than zero); "at most" may be zero ("no complaints").
pub fn check_target(
    kind: GoalKind,
    direction: TargetDirection,
    period: Period,
    target: f64,
) -> Result<i64, crate::domain::validation::Problem> {
    use crate::domain::validation::Problem;
    let h = match hundredths(target) {
        Some(h) => h,
        None if target.is_finite() && target.abs() <= MAX_UNITS as f64 => {
            return Err(Problem::Value(ValueProblem::TooManyDecimals))
        }
        None => return Err(Problem::Value(ValueProblem::TooLarge { max: MAX_UNITS })),
    };
    let whole = h % 100 == 0;
    match kind {
        GoalKind::Score => {
            let (min, max) = (SCORE_MIN * 100, SCORE_MAX * 100);
            if !(min..=max).contains(&h) {
                return Err(Problem::Value(ValueProblem::OutsideScale {
                    min: SCORE_MIN,
                    max: SCORE_MAX,
                }));
            }
            let always = match direction {
                TargetDirection::AtLeast => h == min,
                TargetDirection::AtMost => h == max,
            };
            if always {
                return Err(Problem::Value(ValueProblem::AlwaysMet));
            }
            Ok(h)
        }
        _ if h < 0 || (h == 0 && direction == TargetDirection::AtLeast) => {
            Err(Problem::NotPositive)
        }
        GoalKind::Count if !whole => Err(Problem::Value(ValueProblem::NotWhole)),
        GoalKind::GoodRatings if !whole => Err(Problem::Value(ValueProblem::NotWhole)),
        // A share in percent: "at most 100 %" is always met.
        GoalKind::GoodRatings if h > 10_000 => Err(Problem::OutsidePercent),
        GoalKind::GoodRatings if h == 10_000 && direction == TargetDirection::AtMost => {
            Err(Problem::Value(ValueProblem::AlwaysMet))
        }
        GoalKind::DonePerDay if !whole => Err(Problem::Value(ValueProblem::NotWhole)),
        GoalKind::DonePerDay => {
            // A number of done days: no period holds more days than its longest kind.
            let most = i64::from(period.most_days()) * 100;
            match direction {
                TargetDirection::AtLeast if h > most => {
                    Err(Problem::Value(ValueProblem::TooLarge {
                        max: i64::from(period.most_days()),
                    }))
                }
                TargetDirection::AtMost if h >= most => {
                    Err(Problem::Value(ValueProblem::AlwaysMet))
                }
                _ => Ok(h),
            }
        }
        _ => Ok(h),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::Problem;

    #[test]
    fn numbers_are_read_as_typed() {
        assert_eq!(parse_number("3"), Ok(300));
        assert_eq!(parse_number(" 49,90 "), Ok(4990));
        assert_eq!(parse_number("1 500.5"), Ok(150_050));
        assert_eq!(parse_number("-1"), Ok(-100));
        assert_eq!(parse_number("\u{2212}2"), Ok(-200));
        assert_eq!(parse_number("+2"), Ok(200));
        assert_eq!(parse_number("1.005"), Err(ValueProblem::TooManyDecimals));
        for bad in ["", "abc", "1,", ",5", "1.2.3", "--1", "1e3"] {
            assert_eq!(parse_number(bad), Err(ValueProblem::NotANumber), "{bad}");
        }
        assert!(matches!(
            parse_number("99999999999999999999"),
            Err(ValueProblem::TooLarge { .. })
        ));
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_refused() {
        use GoalKind::*;
        assert_eq!(check_value(DonePerDay, 1.0), Ok(100));
        assert_eq!(check_value(DonePerDay, 0.0), Ok(0));
        assert_eq!(
            check_value(DonePerDay, 2.0),
            Err(ValueProblem::DoneIsZeroOrOne)
        );
        assert_eq!(check_value(Count, 2.5), Err(ValueProblem::NotWhole));
        assert_eq!(check_value(Count, -1.0), Err(ValueProblem::Negative));
        assert_eq!(check_value(Amount, 49.9), Ok(4990));
        assert_eq!(
            check_value(Amount, 0.001),
            Err(ValueProblem::TooManyDecimals)
        );
        assert_eq!(check_value(Amount, -5.0), Err(ValueProblem::Negative));
        assert_eq!(check_value(Score, -2.0), Ok(-200));
        let outside = Err(ValueProblem::OutsideScale { min: -2, max: 2 });
        assert_eq!(check_value(Score, 3.0), outside);
        assert_eq!(check_value(Score, 0.5), outside);
        assert_eq!(check_value(Count, f64::NAN), Err(ValueProblem::NotANumber));
        assert!(matches!(
            check_value(Amount, 1e12),
            Err(ValueProblem::TooLarge { .. })
        ));
    }

    #[test]
    fn targets_are_refused_where_they_make_no_sense() {
        use GoalKind::*;
        use TargetDirection::*;
        let week = Period::Week;
        assert_eq!(
            check_target(Count, AtLeast, week, 0.0),
            Err(Problem::NotPositive)
        );
        assert_eq!(
            check_target(Amount, AtLeast, week, -10.0),
            Err(Problem::NotPositive)
        );
        assert_eq!(
            check_target(Count, AtMost, week, 0.0),
            Ok(0),
            "no complaints at all"
        );
        assert_eq!(
            check_target(Count, AtMost, week, -1.0),
            Err(Problem::NotPositive)
        );
        assert_eq!(
            check_target(Count, AtLeast, week, 2.5),
            Err(Problem::Value(ValueProblem::NotWhole))
        );
        assert_eq!(check_target(Amount, AtLeast, week, 2.5), Ok(250));
        assert_eq!(check_target(DonePerDay, AtLeast, week, 5.0), Ok(500));
        assert_eq!(
            check_target(DonePerDay, AtLeast, week, 8.0),
            Err(Problem::Value(ValueProblem::TooLarge { max: 7 }))
        );
        assert_eq!(
            check_target(DonePerDay, AtMost, Period::Day, 1.0),
            Err(Problem::Value(ValueProblem::AlwaysMet))
        );
        assert_eq!(check_target(Score, AtLeast, week, 1.0), Ok(100));
        assert_eq!(
            check_target(Score, AtLeast, week, 0.0),
            Ok(0),
            "neutral is a fine bar"
        );
        assert_eq!(
            check_target(Score, AtLeast, week, -2.0),
            Err(Problem::Value(ValueProblem::AlwaysMet))
        );
        assert_eq!(
            check_target(Score, AtMost, week, 3.0),
            Err(Problem::Value(ValueProblem::OutsideScale {
                min: -2,
                max: 2
            }))
        );
    }
}
