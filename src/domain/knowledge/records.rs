//! What is kept of knowledge checks: the checks a manager set up (with any questions
//! written by hand: business content, they travel in packs), and each person's attempts
//! (personal: backups only, erased with the person).

use super::check::{CheckSetup, Reveal};
use super::prompt::{Prompt, Question, QuestionKind, Right};
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS, MAX_NAME_CHARS,
};
use crate::domain::{
    AreaId, AttemptId, CheckId, CheckQuestionId, Library, PersonId, ScriptId, StandardId, Timestamp,
};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KnowledgeCheck {
    pub id: CheckId,
    pub title: String,
    /// The areas its questions come from; empty for all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<AreaId>,
    pub kinds: Vec<QuestionKind>,
    /// How many questions one sitting draws.
    pub count: u32,
    /// Percent right to pass, 1–100.
    pub pass_mark: u8,
    pub reveal: Reveal,
    /// A passed check is due again after this many months; none: never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresher_months: Option<u32>,
    /// Questions the manager wrote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own: Vec<OwnQuestion>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// A question written by hand.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnQuestion {
    pub id: CheckQuestionId,
    pub text: String,
    pub answer: OwnAnswer,
    /// The standard or script it is about, shown with the right answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Standard(StandardId),
    Script(ScriptId),
}

/// How a question written by hand is answered.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnAnswer {
    /// One choice among several, exactly one of them right.
    SingleChoice {
        options: Vec<Choice>,
    },
    TrueFalse {
        right: bool,
    },
    /// Steps to put in order, written in their right order.
    Order {
        steps: Vec<String>,
    },
    /// "What would you say?": a manager marks it, with a model answer to go by.
    FreeText {
        model: String,
    },
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub right: bool,
}

impl OwnQuestion {
    /// The rules a question keeps; `at` is its place in the check, for the fields.
    pub fn check(&self, errors: &mut FieldErrors, at: usize) {
        check_required(errors, Field::OwnQuestion(at), &self.text);
        check_length(errors, Field::OwnQuestion(at), &self.text, MAX_FIELD_CHARS);
        match &self.answer {
            OwnAnswer::SingleChoice { options } => {
                if options.iter().filter(|o| o.right).count() != 1 {
                    errors.add(Field::OwnAnswer(at), Problem::OneRightChoice);
                } else if options.len() < 2 || options.iter().any(|o| o.text.trim().is_empty()) {
                    errors.add(Field::OwnAnswer(at), Problem::TooFewChoices);
                }
            }
            OwnAnswer::Order { steps } => {
                if steps.iter().filter(|s| !s.trim().is_empty()).count() < 2 {
                    errors.add(Field::OwnAnswer(at), Problem::TooFewChoices);
                }
            }
            OwnAnswer::TrueFalse { .. } | OwnAnswer::FreeText { .. } => {}
        }
    }

    /// Whether it points at a standard or script that has been deleted: the manager is
    /// told, and it is still asked.
    pub fn source_missing(&self, library: &Library) -> bool {
        match self.source {
            Some(Source::Standard(id)) => library.standard(id).is_none(),
            Some(Source::Script(id)) => library.script(id).is_none(),
            None => false,
        }
    }

    /// As a drawn question (the screen shuffles an order question's steps).
    pub fn question(&self) -> Question {
        let right = match &self.answer {
            OwnAnswer::SingleChoice { options } => {
                Right::Choice(options.iter().position(|o| o.right).unwrap_or(0))
            }
            OwnAnswer::TrueFalse { right } => Right::YesNo(*right),
            OwnAnswer::Order { steps } => Right::Order((0..steps.len()).collect()),
            OwnAnswer::FreeText { .. } => Right::Marked,
        };
        Question {
            key: format!("own/{}", self.id),
            prompt: Prompt::Own(self.id),
            right,
            kind: QuestionKind::Own,
        }
    }
}

impl KnowledgeCheck {
    /// A new check with the defaults: every area and kind, ten questions, 80 %.
    pub fn new(title: &str, now: Timestamp) -> Self {
        let setup = CheckSetup::default();
        KnowledgeCheck {
            id: CheckId::random(),
            title: title.trim().to_string(),
            areas: Vec::new(),
            kinds: setup.kinds.into_iter().collect(),
            count: setup.count as u32,
            pass_mark: setup.pass_mark,
            reveal: setup.reveal,
            refresher_months: None,
            own: Vec::new(),
            created: now,
            updated: now,
        }
    }

    /// Every question this check could ask now: made from the content of its areas
    /// and kinds, and its own (the order of choices and steps set by `shuffle`).
    pub fn pool(&self, library: &Library, shuffle: &mut super::Shuffle) -> Vec<Question> {
        // Areas deleted since are left out (none left: all areas, as the form reads).
        let areas: Vec<AreaId> = self
            .areas
            .iter()
            .copied()
            .filter(|id| library.area(*id).is_some())
            .collect();
        let mut pool = super::generate::generated(library, &self.kinds, &areas, shuffle);
        if self.kinds.contains(&QuestionKind::Own) {
            pool.extend(self.own.iter().map(OwnQuestion::question));
        }
        pool
    }

    /// The check with its numbers as typed in the form: questions drawn (at least 1),
    /// the pass mark (1–100) and the refresher months (empty: never). Empty choices and
    /// steps of its own questions are left out.
    pub fn typed(
        &self,
        count: &str,
        pass_mark: &str,
        refresher: &str,
    ) -> Result<KnowledgeCheck, FieldErrors> {
        use crate::domain::staff::quantity::whole_number;
        let mut errors = FieldErrors::default();
        let mut next = self.clone();
        match whole_number(count) {
            Ok(n) if (1..=1000).contains(&n) => next.count = n as u32,
            Ok(_) => errors.add(Field::QuestionCount, Problem::Range { min: 1, max: 1000 }),
            Err(p) => errors.add(Field::QuestionCount, p),
        }
        match whole_number(pass_mark) {
            Ok(n) if (1..=100).contains(&n) => next.pass_mark = n as u8,
            Ok(_) => errors.add(Field::PassMark, Problem::OutsidePercent),
            Err(p) => errors.add(Field::PassMark, p),
        }
        next.refresher_months = if refresher.trim().is_empty() {
            None
        } else {
            match whole_number(refresher) {
                Ok(n) if (1..=120).contains(&n) => Some(n as u32),
                Ok(_) => {
                    errors.add(Field::RefresherMonths, Problem::Range { min: 1, max: 120 });
                    None
                }
                Err(p) => {
                    errors.add(Field::RefresherMonths, p);
                    None
                }
            }
        };
        for q in &mut next.own {
            match &mut q.answer {
                OwnAnswer::SingleChoice { options } => {
                    options.retain(|o| o.right || !o.text.trim().is_empty())
                }
                OwnAnswer::Order { steps } => steps.retain(|s| !s.trim().is_empty()),
                OwnAnswer::TrueFalse { .. } | OwnAnswer::FreeText { .. } => {}
            }
        }
        if let Err(found) = next.check() {
            for e in found.0 {
                if errors.for_field(e.field).is_none() {
                    errors.add(e.field, e.problem);
                }
            }
        }
        errors.into_result(next)
    }

    /// The question written by hand under `id`.
    pub fn own_question(&self, id: CheckQuestionId) -> Option<&OwnQuestion> {
        self.own.iter().find(|q| q.id == id)
    }

    pub fn setup(&self) -> CheckSetup {
        CheckSetup {
            areas: self.areas.clone(),
            kinds: self.kinds.iter().copied().collect(),
            count: self.count as usize,
            pass_mark: self.pass_mark,
            reveal: self.reveal,
        }
    }

    /// The rules a check keeps as stored (a file may hold anything); drawing questions
    /// is checked when it is taken.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::Title, &self.title);
        check_length(&mut errors, Field::Title, &self.title, MAX_NAME_CHARS);
        if !(1..=100).contains(&self.pass_mark) {
            errors.add(Field::PassMark, Problem::OutsidePercent);
        }
        if self.count == 0 {
            errors.add(Field::QuestionCount, Problem::NotPositive);
        }
        for (at, q) in self.own.iter().enumerate() {
            q.check(&mut errors, at);
        }
        errors.into_result(())
    }
}

/// One sitting of a check by one person, as kept: which questions, and whether each was
/// answered right (free text: as the manager marked it).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub id: AttemptId,
    pub check_id: CheckId,
    pub person_id: PersonId,
    /// When it was taken.
    pub at: Timestamp,
    pub answers: Vec<AttemptAnswer>,
    /// The pass mark when it was taken.
    pub pass_mark: u8,
    /// For a retake (which asks only what was wrong): what the sitting before had right,
    /// and of how many. The two together are scored against the pass mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<Earlier>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earlier {
    pub right: u32,
    pub total: u32,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttemptAnswer {
    /// The question's key (see [`Question::key`]).
    pub key: String,
    /// `None` while free text waits for a manager.
    pub right: Option<bool>,
    /// What was written, for free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

impl Attempt {
    /// Right answers and questions in all, counting what a retake carries over.
    pub fn tally(&self) -> (u32, u32) {
        let right = self
            .answers
            .iter()
            .filter(|a| a.right == Some(true))
            .count() as u32;
        match self.earlier {
            Some(e) => (
                e.right + right,
                e.total.max(e.right + self.answers.len() as u32),
            ),
            None => (right, self.answers.len() as u32),
        }
    }

    /// Right answers as a share of all, whole percent rounded down (79.9 % is 79).
    pub fn percent(&self) -> u8 {
        let (right, total) = self.tally();
        (right * 100 / total.max(1)) as u8
    }

    /// Whether it passed: `None` while a manager has free text to mark.
    pub fn passed(&self) -> Option<bool> {
        if self.answers.iter().any(|a| a.right.is_none()) {
            return None;
        }
        Some(self.percent() >= self.pass_mark)
    }

    /// The keys of the questions answered wrong, for a retake.
    pub fn wrong(&self) -> std::collections::BTreeSet<String> {
        self.answers
            .iter()
            .filter(|a| a.right == Some(false))
            .map(|a| a.key.clone())
            .collect()
    }

    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if !(1..=100).contains(&self.pass_mark) {
            errors.add(Field::PassMark, Problem::OutsidePercent);
        }
        errors.into_result(())
    }
}
