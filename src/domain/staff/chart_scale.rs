//! The value axis of a goal's chart: round numbers people read at a glance (0, 5, 10,
//! 15 rather than 0, 3.75, 7.5), covering every value and the target.

/// Ticks from a round number at or below `low` to one at or above `high`, at most
/// about `wanted` + 1 of them, a step of 1, 2 or 5 times a power of ten (and never
/// finer than a whole number for counts).
pub fn ticks(low: f64, high: f64, wanted: usize, whole: bool) -> Vec<f64> {
    let (low, high) = if high > low {
        (low, high)
    } else {
        (low, low + 1.0)
    };
    let rough = (high - low) / wanted.max(1) as f64;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * power);
    let step = if whole { step.max(1.0).round() } else { step };
    let first = (low / step).floor();
    let last = (high / step).ceil();
    // Whole multiples, so 0.1 + 0.2 never prints as 0.30000000000000004.
    (first as i64..=last as i64)
        .map(|k| k as f64 * step)
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn round_steps_that_cover_the_values_and_the_target() {
        assert_eq!(ticks(0.0, 15.0, 4, true), [0.0, 5.0, 10.0, 15.0]);
        assert_eq!(ticks(0.0, 4.0, 4, true), [0.0, 1.0, 2.0, 3.0, 4.0]);
        assert_eq!(ticks(0.0, 1.0, 4, true), [0.0, 1.0], "no half days");
        assert_eq!(ticks(-2.0, 2.0, 4, false), [-2.0, -1.0, 0.0, 1.0, 2.0]);
        assert_eq!(
            ticks(0.0, 12_500.0, 4, false),
            [0.0, 5_000.0, 10_000.0, 15_000.0]
        );
        assert_eq!(
            ticks(0.0, 0.0, 4, true),
            [0.0, 1.0],
            "an empty chart still has a scale"
        );
    }

    proptest! {
        #[test]
        fn ticks_always_cover_the_range_in_few_equal_round_steps(
            low in -1000.0f64..1000.0, span in 0.01f64..100_000.0, whole: bool,
        ) {
            let high = low + span;
            let t = ticks(low, high, 4, whole);
            prop_assert!(t.len() >= 2 && t.len() <= 12, "{:?}", t);
            prop_assert!(t[0] <= low + 1e-9 && *t.last().unwrap() >= high - 1e-9);
            let step = t[1] - t[0];
            let mantissa = step / 10f64.powf(step.log10().floor());
            prop_assert!([1.0, 2.0, 5.0, 10.0].iter().any(|m| (m - mantissa).abs() < 1e-6), "step {}", step);
        }
    }
}
