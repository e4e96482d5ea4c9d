//! One question of a knowledge check, as drawn: what it asks (by reference to the
//! business's own content, so its words are always the current ones and the screen
//! writes them in the reader's language), its choices, and the right answer.

use crate::domain::money::Money;
use crate::domain::{CheckQuestionId, RoleId, RuleId, ScriptId, StandardId, ValueId};

/// What a question asks.
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    /// "May a `role` do what `rule` allows, in its situation, for `amount`, without
    /// asking?" Yes or no.
    Authority {
        rule: RuleId,
        role: RoleId,
        amount: Money,
    },
    /// Put the script's steps in order; `shown` is the order they are offered in
    /// (positions in the script).
    ScriptOrder { script: ScriptId, shown: Vec<usize> },
    /// "What do you say when …?" (the script's situation): the script's first line,
    /// among other scripts' first lines.
    FirstLine {
        script: ScriptId,
        choices: Vec<ScriptId>,
    },
    /// Which standard fits this situation (one of its "done well" lines)?
    StandardFits {
        standard: StandardId,
        example: usize,
        choices: Vec<StandardId>,
    },
    /// Which value does this example show?
    ValueShown {
        value: ValueId,
        example: usize,
        choices: Vec<ValueId>,
    },
    /// A question the manager wrote (see [`super::own`]).
    Own(CheckQuestionId),
}

/// What the person answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Given {
    YesNo(bool),
    /// One of the choices, by position.
    Choice(usize),
    /// The steps in the order the person put them (positions in the script or the
    /// question's own list).
    Order(Vec<usize>),
    /// Free text, for a manager to mark.
    Text(String),
}

/// A question's right answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Right {
    YesNo(bool),
    Choice(usize),
    /// Positions in their right order.
    Order(Vec<usize>),
    /// Free text has no right answer the app can check: a manager marks it.
    Marked,
}

impl Right {
    /// Whether `given` is right; `None` while a manager has yet to mark it.
    pub fn judges(&self, given: &Given) -> Option<bool> {
        match (self, given) {
            (Right::YesNo(right), Given::YesNo(g)) => Some(right == g),
            (Right::Choice(right), Given::Choice(g)) => Some(right == g),
            (Right::Order(right), Given::Order(g)) => Some(right == g),
            (Right::Marked, Given::Text(_)) => None,
            // An answer of another kind (a question changed since): not right.
            _ => Some(false),
        }
    }
}

/// A drawn question: what it asks, the right answer, and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The same for the same question from the same content: a retake asks these again.
    pub key: String,
    pub prompt: Prompt,
    pub right: Right,
    pub kind: QuestionKind,
}

/// The kinds of question a check may be made of.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Authority,
    ScriptOrder,
    FirstLine,
    StandardFits,
    ValueShown,
    Own,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::Authority,
        QuestionKind::ScriptOrder,
        QuestionKind::FirstLine,
        QuestionKind::StandardFits,
        QuestionKind::ValueShown,
        QuestionKind::Own,
    ];
}
