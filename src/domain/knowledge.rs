//! Knowledge checks before the first shift: questions made from the business's own
//! standards, scripts, values and authority (and some written by hand), drawn at random,
//! answered at the counter, scored against a pass mark; a retake asks only what was
//! wrong.

pub mod check;
pub mod generate;
pub mod prompt;
pub mod records;
pub mod shuffle;

pub use check::{CheckSetup, Reveal, Score, Sitting};
pub use prompt::{Given, Prompt, Question, QuestionKind, Right};
pub use records::{
    Attempt, AttemptAnswer, Choice, Earlier, KnowledgeCheck, OwnAnswer, OwnQuestion, Source,
};
pub use shuffle::Shuffle;

#[cfg(test)]
mod tests;
