//! Scoring a visit: points earned ÷ points possible, items not applicable (or not yet
//! answered) left out of both, per section and in total. Counted in whole thirds of a
//! weight, so a scale step is exact and no rounding decides a pass.

use super::checklist::{AnswerKind, ChecklistItem};
use super::visit::{Answer, Visit, VisitItem};
use crate::domain::staff::TargetDirection;

/// Points in thirds: an item of weight `w` is worth `3w`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Points {
    pub earned: u32,
    pub possible: u32,
}

impl Points {
    /// Whole percent, rounded down (79.9 % shows as 79 %, as it fails an 80 % mark);
    /// `None` when nothing was scored.
    pub fn percent(self) -> Option<u32> {
        (self.possible > 0).then(|| self.earned * 100 / self.possible)
    }

    /// Whether these points reach `mark` percent, exactly.
    pub fn reaches(self, mark: u8) -> bool {
        self.earned * 100 >= u32::from(mark) * self.possible
    }

    fn add(&mut self, other: Points) {
        self.earned += other.earned;
        self.possible += other.possible;
    }
}

/// What an answer to `item` is worth; `None` when it does not count (not applicable,
/// or not answered).
pub fn item_points(item: &ChecklistItem, answer: Option<Answer>) -> Option<Points> {
    let weight = u32::from(item.weight);
    let thirds = match (&item.answer, answer?) {
        (_, Answer::NotApplicable) => return None,
        (AnswerKind::YesNo, Answer::Yes) => 3,
        (AnswerKind::YesNo, Answer::No) => 0,
        (AnswerKind::Scale, Answer::Scale(step @ 1..=4)) => u32::from(step) - 1,
        (
            AnswerKind::Number {
                target, direction, ..
            },
            Answer::Number(n),
        ) => {
            let met = match direction {
                TargetDirection::AtMost => n <= *target,
                TargetDirection::AtLeast => n >= *target,
            };
            if met {
                3
            } else {
                0
            }
        }
        // An answer that does not fit its item never reaches storage; if it did, it
        // counts for nothing rather than for something.
        _ => return None,
    };
    Some(Points {
        earned: thirds * weight,
        possible: 3 * weight,
    })
}

/// Whether the answer falls short: a no, a 1 or 2 on the scale, a number on the wrong
/// side of its target.
pub fn fell_short(item: &VisitItem) -> bool {
    item_points(&item.item, item.answer).is_some_and(|p| p.earned * 2 < p.possible)
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub total: Points,
    /// One per section of the visit, in its order.
    pub sections: Vec<Points>,
    /// Critical items that fell short.
    pub critical_failed: usize,
    pub unanswered: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every answered item was "not applicable": no score, neither 0 % nor 100 %.
    NothingScored,
    Passed,
    BelowPassMark,
    /// A critical item fell short: the visit fails whatever its score.
    CriticalFailed,
}

impl Visit {
    pub fn score(&self) -> Score {
        let mut score = Score::default();
        for section in &self.sections {
            let mut points = Points::default();
            for item in &section.items {
                if item.answer.is_none() {
                    score.unanswered += 1;
                }
                if let Some(p) = item_points(&item.item, item.answer) {
                    points.add(p);
                }
                if item.item.critical && fell_short(item) {
                    score.critical_failed += 1;
                }
            }
            score.total.add(points);
            score.sections.push(points);
        }
        score
    }

    pub fn verdict(&self) -> Verdict {
        let score = self.score();
        if score.critical_failed > 0 {
            Verdict::CriticalFailed
        } else if score.total.possible == 0 {
            Verdict::NothingScored
        } else if score.total.reaches(self.pass_mark) {
            Verdict::Passed
        } else {
            Verdict::BelowPassMark
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::visits::{Checklist, ChecklistSection, VisitKind};
    use crate::domain::{Channel, ChecklistId, Day, ItemId, Timestamp};

    fn item(answer: AnswerKind, weight: u8, critical: bool) -> ChecklistItem {
        ChecklistItem {
            id: ItemId::random(),
            text: "Greeted within ten seconds".into(),
            standard_id: None,
            answer,
            weight,
            critical,
        }
    }

    fn seconds(target: i64) -> AnswerKind {
        AnswerKind::Number {
            target,
            direction: TargetDirection::AtMost,
            unit: "seconds".into(),
        }
    }

    fn checklist(sections: Vec<Vec<ChecklistItem>>) -> Checklist {
        let now = Timestamp::from_unix_millis(0.0);
        Checklist {
            id: ChecklistId::random(),
            title: "Shop floor".into(),
            channel: Channel::InPerson,
            pass_mark: 80,
            sections: sections
                .into_iter()
                .enumerate()
                .map(|(i, items)| ChecklistSection {
                    area_id: None,
                    title: format!("Section {i}"),
                    items,
                })
                .collect(),
            created: now,
            updated: now,
        }
    }

    fn visit(list: &Checklist, answers: &[Option<Answer>]) -> Visit {
        let now = Timestamp::from_unix_millis(0.0);
        let mut visit = Visit::start(
            list,
            VisitKind::SelfAudit,
            Day::ymd(2026, 12, 5).unwrap(),
            now,
        );
        let items = visit.sections.iter_mut().flat_map(|s| s.items.iter_mut());
        for (item, answer) in items.zip(answers) {
            item.answer = *answer;
        }
        visit
    }

    #[test]
    fn weights_count_in_the_share_and_not_applicable_counts_nowhere() {
        let list = checklist(vec![vec![
            item(AnswerKind::YesNo, 3, false),
            item(AnswerKind::YesNo, 1, false),
            item(AnswerKind::YesNo, 2, false),
        ]]);
        let v = visit(
            &list,
            &[
                Some(Answer::Yes),
                Some(Answer::No),
                Some(Answer::NotApplicable),
            ],
        );
        let score = v.score();
        assert_eq!(
            score.total,
            Points {
                earned: 9,
                possible: 12
            }
        );
        assert_eq!(score.total.percent(), Some(75));
        assert_eq!(v.verdict(), Verdict::BelowPassMark);
    }

    #[test]
    fn the_scale_has_four_steps_and_no_middle() {
        let list = checklist(vec![vec![item(AnswerKind::Scale, 1, false)]]);
        let percents: Vec<_> = (1..=4)
            .map(|step| {
                visit(&list, &[Some(Answer::Scale(step))])
                    .score()
                    .total
                    .percent()
            })
            .collect();
        assert_eq!(percents, vec![Some(0), Some(33), Some(66), Some(100)]);
        let short: Vec<bool> = (1..=4)
            .map(|step| {
                fell_short(&visit(&list, &[Some(Answer::Scale(step))]).sections[0].items[0])
            })
            .collect();
        assert_eq!(short, vec![true, true, false, false]);
    }

    #[test]
    fn a_number_meets_its_target_on_the_right_side() {
        let list = checklist(vec![vec![item(seconds(10), 1, false)]]);
        assert_eq!(
            visit(&list, &[Some(Answer::Number(10))]).verdict(),
            Verdict::Passed
        );
        assert_eq!(
            visit(&list, &[Some(Answer::Number(11))]).verdict(),
            Verdict::BelowPassMark
        );
    }

    #[test]
    fn the_pass_mark_is_reached_exactly_never_by_rounding() {
        // 4 of 5 items: exactly 80 %.
        let list = checklist(vec![(0..5)
            .map(|_| item(AnswerKind::YesNo, 1, false))
            .collect()]);
        let mut answers = vec![Some(Answer::Yes); 4];
        answers.push(Some(Answer::No));
        assert_eq!(visit(&list, &answers).verdict(), Verdict::Passed);
        // 19 of 24: 79.2 % fails, and shows as 79 %, never rounded up to the mark.
        let list = checklist(vec![(0..24)
            .map(|_| item(AnswerKind::YesNo, 1, false))
            .collect()]);
        let mut answers = vec![Some(Answer::Yes); 19];
        answers.extend([Some(Answer::No); 5]);
        let v = visit(&list, &answers);
        assert_eq!(v.score().total.percent(), Some(79));
        assert_eq!(v.verdict(), Verdict::BelowPassMark);
        // A scale step of a heavier item counts in thirds of its weight: 6 of 9 + 6 of 6.
        let list = checklist(vec![vec![
            item(AnswerKind::Scale, 3, false),
            item(AnswerKind::YesNo, 1, false),
            item(AnswerKind::YesNo, 1, false),
        ]]);
        let v = visit(
            &list,
            &[Some(Answer::Scale(3)), Some(Answer::Yes), Some(Answer::Yes)],
        );
        assert_eq!(
            v.score().total,
            Points {
                earned: 12,
                possible: 15
            }
        );
        assert_eq!(v.verdict(), Verdict::Passed);
    }

    #[test]
    fn a_failed_critical_item_fails_the_visit_whatever_the_score() {
        let mut items: Vec<_> = (0..9).map(|_| item(AnswerKind::YesNo, 1, false)).collect();
        items.push(item(AnswerKind::YesNo, 1, true));
        let list = checklist(vec![items]);
        let mut answers = vec![Some(Answer::Yes); 9];
        answers.push(Some(Answer::No));
        let v = visit(&list, &answers);
        assert_eq!(v.score().total.percent(), Some(90));
        assert_eq!(v.verdict(), Verdict::CriticalFailed);
        // Not applicable is not a failure, even for a critical item.
        answers[9] = Some(Answer::NotApplicable);
        assert_eq!(visit(&list, &answers).verdict(), Verdict::Passed);
    }

    #[test]
    fn all_not_applicable_scores_nothing_rather_than_zero_or_all() {
        let list = checklist(vec![
            vec![item(AnswerKind::YesNo, 1, false)],
            vec![item(AnswerKind::Scale, 2, false)],
        ]);
        let v = visit(
            &list,
            &[Some(Answer::NotApplicable), Some(Answer::NotApplicable)],
        );
        assert_eq!(v.score().total.percent(), None);
        assert_eq!(v.verdict(), Verdict::NothingScored);
        let unanswered = visit(&list, &[None, None]);
        assert_eq!(unanswered.verdict(), Verdict::NothingScored);
        assert_eq!(unanswered.score().unanswered, 2);
    }

    #[test]
    fn sections_are_scored_apart_and_add_up_to_the_total() {
        let list = checklist(vec![
            vec![
                item(AnswerKind::YesNo, 1, false),
                item(AnswerKind::YesNo, 1, false),
            ],
            vec![item(AnswerKind::YesNo, 2, false)],
        ]);
        let v = visit(
            &list,
            &[Some(Answer::Yes), Some(Answer::Yes), Some(Answer::No)],
        );
        let score = v.score();
        assert_eq!(score.sections[0].percent(), Some(100));
        assert_eq!(score.sections[1].percent(), Some(0));
        assert_eq!(score.total.percent(), Some(50));
    }

    #[test]
    fn a_visit_keeps_the_items_it_was_scored_with_when_the_checklist_changes() {
        let mut list = checklist(vec![vec![
            item(AnswerKind::YesNo, 1, false),
            item(AnswerKind::YesNo, 1, false),
        ]]);
        let v = visit(&list, &[Some(Answer::Yes), Some(Answer::No)]);
        let before = v.score();
        list.sections[0].items[1].weight = 3;
        list.sections[0]
            .items
            .push(item(AnswerKind::YesNo, 3, true));
        list.pass_mark = 10;
        assert_eq!(v.score(), before);
        assert_eq!(v.verdict(), Verdict::BelowPassMark);
        assert_eq!(v.pass_mark, 80);
    }
}
