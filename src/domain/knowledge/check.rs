//! A knowledge check: which areas and kinds of question, how many are drawn, and the pass
//! mark; then one sitting of it, answered question by question, scored, and a retake
//! that asks only what was wrong.

use super::prompt::{Given, Question, QuestionKind};
use super::shuffle::Shuffle;
use crate::domain::validation::{Field, FieldErrors, Problem};
use crate::domain::AreaId;
use std::collections::BTreeSet;

/// The pass mark unless the manager sets another.
pub const DEFAULT_PASS_MARK: u8 = 80;
/// How many questions are drawn unless the manager says otherwise.
pub const DEFAULT_COUNT: usize = 10;

/// When the right answer is shown.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reveal {
    AfterEach,
    AtEnd,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckSetup {
    /// Empty: every area.
    pub areas: Vec<AreaId>,
    pub kinds: BTreeSet<QuestionKind>,
    pub count: usize,
    /// Percent of the questions answered right, 1–100.
    pub pass_mark: u8,
    pub reveal: Reveal,
}

impl Default for CheckSetup {
    fn default() -> Self {
        CheckSetup {
            areas: Vec::new(),
            kinds: QuestionKind::ALL.into_iter().collect(),
            count: DEFAULT_COUNT,
            pass_mark: DEFAULT_PASS_MARK,
            reveal: Reveal::AfterEach,
        }
    }
}

impl CheckSetup {
    /// The rules a check keeps. `pool` is every question it could draw from.
    pub fn check(&self, pool: &[Question]) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if !(1..=100).contains(&self.pass_mark) {
            errors.add(Field::PassMark, Problem::OutsidePercent);
        }
        if self.count == 0 {
            errors.add(Field::QuestionCount, Problem::NotPositive);
        }
        if self.kinds.is_empty() || pool.is_empty() {
            errors.add(Field::QuestionCount, Problem::NothingToDraw);
        }
        errors.into_result(())
    }

    /// Up to `count` questions from `pool`, at random, none twice.
    pub fn draw(&self, pool: Vec<Question>, shuffle: &mut Shuffle) -> Vec<Question> {
        let mut seen = BTreeSet::new();
        let mut pool: Vec<Question> = pool
            .into_iter()
            .filter(|q| self.kinds.contains(&q.kind) && seen.insert(q.key.clone()))
            .collect();
        shuffle.shuffle(&mut pool);
        pool.truncate(self.count);
        pool
    }
}

/// A retake: the questions of `pool` that were answered wrong last time, and only those,
/// in the current words of the content they come from.
pub fn retake(pool: Vec<Question>, wrong: &BTreeSet<String>) -> Vec<Question> {
    let mut seen = BTreeSet::new();
    pool.into_iter()
        .filter(|q| wrong.contains(&q.key) && seen.insert(q.key.clone()))
        .collect()
}

/// One sitting: the drawn questions and what was answered, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Sitting {
    pub questions: Vec<Question>,
    /// One per question answered so far; `None` where a manager has yet to mark free
    /// text, else whether it was right.
    pub answers: Vec<(Given, Option<bool>)>,
}

/// How a sitting went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    pub wrong: usize,
    /// Free text a manager has yet to mark.
    pub unmarked: usize,
    /// Right answers as a share of all questions, in whole percent, rounded down (79.9 %
    /// does not pass a pass mark of 80).
    pub percent: u8,
}

impl Sitting {
    pub fn new(questions: Vec<Question>) -> Self {
        Sitting {
            questions,
            answers: Vec::new(),
        }
    }

    /// The question waiting for an answer, if any.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.answers.len())
    }

    /// Answers the question at `place`. An answer to a question already answered (a
    /// double tap, or a tap on a question that has moved on) changes nothing: `false`.
    pub fn answer(&mut self, place: usize, given: Given) -> bool {
        if place != self.answers.len() {
            return false;
        }
        let Some(question) = self.questions.get(place) else {
            return false;
        };
        let judged = question.right.judges(&given);
        self.answers.push((given, judged));
        true
    }

    pub fn finished(&self) -> bool {
        self.answers.len() >= self.questions.len()
    }

    pub fn score(&self) -> Score {
        let count =
            |wanted: Option<bool>| self.answers.iter().filter(|(_, j)| *j == wanted).count();
        let right = count(Some(true));
        let total = self.questions.len().max(1);
        Score {
            right,
            wrong: count(Some(false)),
            unmarked: count(None),
            percent: (right * 100 / total) as u8,
        }
    }

    /// Passed: every answer marked, and the share right reaches the pass mark.
    pub fn passed(&self, pass_mark: u8) -> Option<bool> {
        let score = self.score();
        (self.finished() && score.unmarked == 0).then_some(score.percent >= pass_mark)
    }

    /// The keys of the questions answered wrong, for a retake.
    pub fn wrong(&self) -> BTreeSet<String> {
        self.questions
            .iter()
            .zip(&self.answers)
            .filter(|(_, (_, judged))| *judged == Some(false))
            .map(|(q, _)| q.key.clone())
            .collect()
    }
}
