//! Which practice case comes next: every case once, in a random order, before any comes
//! again, so a short session at the counter does not draw the same two cases over and
//! over.

use super::ScriptId;

/// The cases practised in this round.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PracticeRound {
    practised: Vec<ScriptId>,
}

impl PracticeRound {
    /// The case after `current`, picked by `random` (a number in [0, 1) from the caller,
    /// so the rule stays testable) among the cases not practised in this round. When
    /// every case has been practised a new round starts, never with the case just shown
    /// while there is another.
    pub fn next(
        &mut self,
        cases: &[ScriptId],
        current: Option<ScriptId>,
        random: f64,
    ) -> Option<ScriptId> {
        self.practised.retain(|id| cases.contains(id));
        if let Some(current) = current.filter(|id| cases.contains(id)) {
            if !self.practised.contains(&current) {
                self.practised.push(current);
            }
        }
        let unpractised = |practised: &[ScriptId]| -> Vec<ScriptId> {
            cases
                .iter()
                .copied()
                .filter(|id| !practised.contains(id))
                .collect()
        };
        let mut pool = unpractised(&self.practised);
        if pool.is_empty() {
            self.practised = current.into_iter().collect();
            pool = unpractised(&self.practised);
        }
        if pool.is_empty() {
            // A single case: it is all there is to practise.
            pool = cases.to_vec();
        }
        let index =
            ((random.clamp(0.0, 1.0) * pool.len() as f64) as usize).min(pool.len().checked_sub(1)?);
        Some(pool[index])
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ids(n: usize) -> Vec<ScriptId> {
        (0..n).map(|_| ScriptId::random()).collect()
    }

    proptest! {
        #[test]
        fn every_case_comes_once_before_any_comes_again(
            n in 1usize..12,
            draws in proptest::collection::vec(0.0f64..1.0, 40),
        ) {
            let cases = ids(n);
            let mut round = PracticeRound::default();
            let mut current = None;
            let mut shown = Vec::new();
            for random in draws {
                let next = round.next(&cases, current, random).unwrap();
                if n > 1 {
                    prop_assert_ne!(Some(next), current, "never the same case twice in a row");
                }
                shown.push(next);
                current = Some(next);
            }
            // The first round shows every case; each later one every case but the one
            // that ended the round before.
            let (first, rest) = shown.split_at(n.min(shown.len()));
            let rounds = std::iter::once(first).chain(rest.chunks(n.saturating_sub(1).max(1)));
            for round in rounds.filter(|_| n > 1) {
                let mut distinct = round.to_vec();
                distinct.sort_by_key(|id| id.to_string());
                distinct.dedup();
                prop_assert_eq!(distinct.len(), round.len(), "no case twice in a round");
            }
            let mut first_round = first.to_vec();
            first_round.sort_by_key(|id| id.to_string());
            first_round.dedup();
            prop_assert_eq!(first_round.len(), n, "the first round has every case");
        }
    }

    #[test]
    fn a_case_picked_by_hand_counts_as_practised() {
        let cases = ids(3);
        let mut round = PracticeRound::default();
        let first = round.next(&cases, Some(cases[1]), 0.0).unwrap();
        let second = round.next(&cases, Some(first), 0.0).unwrap();
        assert_eq!(
            [first, second].iter().filter(|id| **id == cases[1]).count(),
            0
        );
        assert_ne!(first, second);
    }

    #[test]
    fn none_without_cases_and_the_one_case_when_there_is_one() {
        assert_eq!(PracticeRound::default().next(&[], None, 0.3), None);
        let one = ids(1);
        let mut round = PracticeRound::default();
        assert_eq!(round.next(&one, Some(one[0]), 0.3), Some(one[0]));
        assert_eq!(round.next(&one, Some(one[0]), 0.3), Some(one[0]));
    }

    #[test]
    fn a_deleted_case_is_forgotten() {
        let cases = ids(3);
        let mut round = PracticeRound::default();
        round.next(&cases, Some(cases[0]), 0.0);
        let left = &cases[1..];
        let next = round.next(left, Some(cases[0]), 0.0).unwrap();
        assert!(left.contains(&next));
    }
}
