//! A drawn question in words: what it asks, how it is answered, the right answer, and
//! where it comes from. Always from the current content, so an edited script is asked
//! in its new words.

use crate::domain::knowledge::{
    KnowledgeCheck, OwnAnswer, Prompt, Question, Right, Shuffle, Source,
};
use crate::domain::{Library, Script};
use crate::text::{money, role_name, tr, Msg};
use crate::ui::routes::Route;

/// How a question is answered on the screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Answering {
    /// Two buttons: (yes, no) or (true, false).
    YesNo(String, String),
    /// The choices' words in their own order (a right answer's place), and the order
    /// they are shown in.
    Choices(Vec<String>, Vec<usize>),
    /// Steps to order: their words by position, and the order they are first shown in.
    Order {
        steps: Vec<String>,
        shown: Vec<usize>,
    },
    Free,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub text: String,
    pub answering: Answering,
}

fn step_text(script: &Script, at: usize) -> String {
    script
        .steps
        .get(at)
        .map(|s| {
            if s.say.trim().is_empty() {
                s.act.clone()
            } else {
                s.say.clone()
            }
        })
        .unwrap_or_default()
}

fn first_line(script: &Script) -> String {
    script
        .steps
        .iter()
        .map(|s| s.say.trim())
        .find(|s| !s.is_empty())
        .unwrap_or_default()
        .to_string()
}

/// Text as a sentence: ending in a full stop unless it ends in one already (or in ! or ?).
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', '…']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// A seed from a question's id, so its shuffle is the same at every sitting.
fn seed_of(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Choices already shuffled when the question was drawn: shown as they are.
fn in_order(choices: Vec<String>) -> Answering {
    let shown = (0..choices.len()).collect();
    Answering::Choices(choices, shown)
}

fn yes_no() -> Answering {
    Answering::YesNo(tr(Msg::AnswerYes), tr(Msg::AnswerNo))
}

/// The question in words; `None` if what it was made from is gone since it was drawn.
pub fn asked(lib: &Library, check: &KnowledgeCheck, q: &Question) -> Option<Asked> {
    Some(match &q.prompt {
        Prompt::Authority { rule, role, amount } => {
            let rule = lib.rule(*rule)?;
            let role = lib.role(*role)?;
            Asked {
                text: tr(Msg::AuthorityPrompt {
                    situation: rule.situation.trim().trim_end_matches(['.', ':']),
                    role: &role_name(role).to_lowercase(),
                    may: rule.may.trim(),
                    amount: &money(*amount),
                }),
                answering: yes_no(),
            }
        }
        Prompt::ScriptOrder { script, shown } => {
            let script = lib.script(*script)?;
            Asked {
                text: tr(Msg::OrderPrompt {
                    title: &script.title,
                }),
                answering: Answering::Order {
                    steps: (0..script.steps.len())
                        .map(|i| step_text(script, i))
                        .collect(),
                    shown: shown.clone(),
                },
            }
        }
        Prompt::FirstLine { script, choices } => {
            let script = lib.script(*script)?;
            Asked {
                text: tr(Msg::FirstLinePrompt {
                    situation: &sentence(&script.situation),
                }),
                answering: in_order(
                    choices
                        .iter()
                        .map(|id| lib.script(*id).map(first_line).unwrap_or_default())
                        .collect(),
                ),
            }
        }
        Prompt::StandardFits {
            standard,
            example,
            choices,
        } => {
            let standard = lib.standard(*standard)?;
            Asked {
                text: tr(Msg::StandardPrompt {
                    example: standard.dos.get(*example)?,
                }),
                answering: in_order(
                    choices
                        .iter()
                        .map(|id| {
                            lib.standard(*id)
                                .map(|s| s.title.clone())
                                .unwrap_or_default()
                        })
                        .collect(),
                ),
            }
        }
        Prompt::ValueShown {
            value,
            example,
            choices,
        } => {
            let value = lib.value(*value)?;
            Asked {
                text: tr(Msg::ValuePrompt {
                    example: value.looks_like.get(*example)?,
                }),
                answering: in_order(
                    choices
                        .iter()
                        .map(|id| lib.value(*id).map(|v| v.name.clone()).unwrap_or_default())
                        .collect(),
                ),
            }
        }
        Prompt::Own(id) => {
            let own = check.own_question(*id)?;
            let answering = match &own.answer {
                OwnAnswer::SingleChoice { options } => {
                    // Shown shuffled, the same way for the same question: where the
                    // manager wrote the right one gives nothing away.
                    let mut shown: Vec<usize> = (0..options.len()).collect();
                    Shuffle::new(seed_of(&own.id.to_string())).shuffle(&mut shown);
                    Answering::Choices(options.iter().map(|o| o.text.clone()).collect(), shown)
                }
                OwnAnswer::TrueFalse { .. } => {
                    Answering::YesNo(tr(Msg::TrueAnswer), tr(Msg::FalseAnswer))
                }
                OwnAnswer::Order { steps } => {
                    // Shuffled the same way for the same question, never already in order.
                    let seed = seed_of(&own.id.to_string());
                    let right: Vec<usize> = (0..steps.len()).collect();
                    let mut shown = right.clone();
                    let mut shuffle = Shuffle::new(seed);
                    while shown == right && steps.len() > 1 {
                        shuffle.shuffle(&mut shown);
                    }
                    Answering::Order {
                        steps: steps.clone(),
                        shown,
                    }
                }
                OwnAnswer::FreeText { .. } => Answering::Free,
            };
            Asked {
                text: own.text.clone(),
                answering,
            }
        }
    })
}

/// The right answer in words, for "not quite: the right answer is …".
pub fn right_answer(asked: &Asked, right: &Right, model: Option<&str>) -> String {
    match (&asked.answering, right) {
        (Answering::YesNo(yes, no), Right::YesNo(r)) => {
            if *r {
                yes.clone()
            } else {
                no.clone()
            }
        }
        (Answering::Choices(choices, _), Right::Choice(c)) => {
            choices.get(*c).cloned().unwrap_or_default()
        }
        (Answering::Order { steps, .. }, Right::Order(order)) => order
            .iter()
            .filter_map(|i| steps.get(*i).cloned())
            .collect::<Vec<_>>()
            .join(" → "),
        _ => model.unwrap_or_default().to_string(),
    }
}

/// Where the question comes from, to read up on at the counter: a name, and its page in
/// counter mode where there is one (the manager's screens stay out of reach).
pub fn source(
    lib: &Library,
    check: &KnowledgeCheck,
    q: &Question,
) -> Option<(String, Option<Route>)> {
    let standard = |id| lib.standard(id).map(|s| (s.title.clone(), None));
    let script = |id| {
        lib.script(id)
            .map(|s| (s.title.clone(), Some(Route::CounterScript { id: s.id })))
    };
    match &q.prompt {
        Prompt::Authority { role, .. } => Some((
            tr(Msg::WhatMayIDecide),
            Some(Route::CounterAuthorityFor { role: *role }),
        )),
        Prompt::ScriptOrder { script: id, .. } | Prompt::FirstLine { script: id, .. } => {
            script(*id)
        }
        Prompt::StandardFits { standard: id, .. } => standard(*id),
        Prompt::ValueShown { value, .. } => lib
            .value(*value)
            .map(|v| (v.name.clone(), Some(Route::CounterValues))),
        Prompt::Own(id) => match check.own_question(*id)?.source? {
            Source::Standard(id) => standard(id),
            Source::Script(id) => script(id),
        },
    }
}

/// A free-text question's model answer, for whoever marks it.
pub fn model_answer<'a>(check: &'a KnowledgeCheck, q: &Question) -> Option<&'a str> {
    match &q.prompt {
        Prompt::Own(id) => match &check.own_question(*id)?.answer {
            OwnAnswer::FreeText { model } => Some(model.as_str()),
            _ => None,
        },
        _ => None,
    }
}
