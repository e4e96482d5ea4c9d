//! Questions made from the business's own content, so nobody writes a quiz by hand and
//! the check keeps up with the standards: a changed rule, script or value changes its
//! questions the next time a check is drawn.

use super::prompt::{Prompt, Question, QuestionKind, Right};
use super::shuffle::Shuffle;
use crate::domain::authority::{matrix, Right as Authority};
use crate::domain::money::Money;
use crate::domain::search::fold;
use crate::domain::{AreaId, Library, Script, ScriptId, StandardId, ValueId};

/// How many choices a choose-one question offers (fewer if the content has fewer).
pub const CHOICES: usize = 3;

/// Every question the content gives for `kinds`, limited to `areas` where a question
/// belongs to one (empty: all areas). Choices and step orders are shuffled by `shuffle`.
pub fn generated(
    library: &Library,
    kinds: &[QuestionKind],
    areas: &[AreaId],
    shuffle: &mut Shuffle,
) -> Vec<Question> {
    let mut out = Vec::new();
    for kind in kinds {
        match kind {
            QuestionKind::Authority => out.extend(authority(library)),
            QuestionKind::ScriptOrder => out.extend(script_order(library, areas, shuffle)),
            QuestionKind::FirstLine => out.extend(first_line(library, areas, shuffle)),
            QuestionKind::StandardFits => out.extend(standard_fits(library, areas, shuffle)),
            QuestionKind::ValueShown => out.extend(value_shown(library, shuffle)),
            // Written by hand: added by the caller from the question list.
            QuestionKind::Own => {}
        }
    }
    out
}

/// Whether a role's rights in one situation let it do `may` for `amount` without asking.
fn may_without_asking(cell: &[Authority], may: &str, amount: Money) -> bool {
    let may = fold(may.trim());
    let same: Vec<&Authority> = cell
        .iter()
        .filter(|right| fold(right.rule.may.trim()) == may)
        .collect();
    // "Ask first" wins over any limit for the same thing.
    !same.iter().any(|right| right.rule.ask_first)
        && same.iter().any(|right| {
            right.rule.limit.is_none_or(|limit| {
                limit.currency == amount.currency && amount.minor <= limit.minor
            })
        })
}

/// A whole amount in the currency's units, at least one unit.
fn whole(minor: i64) -> i64 {
    (minor / 100).max(1) * 100
}

/// For each role's own rule with a limit: the limit itself (yes), half of it (yes), just
/// above it (no); and for the role below, half of it (what that role may do).
fn authority(library: &Library) -> Vec<Question> {
    let m = matrix(&library.roles, &library.rules);
    let mut out = Vec::new();
    for row in &m.rows {
        for (column, cell) in row.cells.iter().enumerate() {
            for right in cell.iter().filter(|r| r.inherited_from.is_none()) {
                let rule = right.rule;
                let Some(limit) = rule.limit.filter(|_| !rule.ask_first) else {
                    continue;
                };
                // Just above: a tenth more, at least one unit more.
                let above = whole(limit.minor * 11 / 10).max(whole(limit.minor) + 100);
                let amounts = [limit.minor, whole(limit.minor / 2), above];
                let mut asked = vec![
                    (column, amounts[0]),
                    (column, amounts[1]),
                    (column, amounts[2]),
                ];
                if column > 0 {
                    asked.push((column - 1, amounts[1]));
                }
                for (at, minor) in asked {
                    let amount = Money {
                        minor,
                        currency: limit.currency,
                    };
                    let role = m.roles[at].id;
                    out.push(Question {
                        // By what is asked, not by rule: the rule below's "at its limit"
                        // and the rule above's "half of it" may be the same question.
                        key: format!(
                            "authority/{role}/{}/{}/{minor}",
                            fold(row.situation.trim()),
                            fold(rule.may.trim())
                        ),
                        prompt: Prompt::Authority {
                            rule: rule.id,
                            role,
                            amount,
                        },
                        right: Right::YesNo(may_without_asking(&row.cells[at], &rule.may, amount)),
                        kind: QuestionKind::Authority,
                    });
                }
            }
        }
    }
    // One question per key: a role's two rules may ask the same.
    let mut seen = std::collections::HashSet::new();
    out.retain(|q| seen.insert(q.key.clone()));
    out
}

/// Whether a script belongs to one of `areas` (through a linked standard); all do when
/// `areas` is empty, and a script without standards belongs to every area.
fn in_areas(library: &Library, script: &Script, areas: &[AreaId]) -> bool {
    areas.is_empty()
        || script.standard_ids.is_empty()
        || script.standard_ids.iter().any(|id| {
            library
                .standard(*id)
                .is_some_and(|s| areas.contains(&s.area_id))
        })
}

/// Scripts of three steps or more: put them in order (never offered already in order).
fn script_order(library: &Library, areas: &[AreaId], shuffle: &mut Shuffle) -> Vec<Question> {
    library
        .scripts
        .iter()
        .filter(|s| s.steps.len() >= 3 && in_areas(library, s, areas))
        .map(|s| {
            let right: Vec<usize> = (0..s.steps.len()).collect();
            let mut shown = right.clone();
            while shown == right {
                shuffle.shuffle(&mut shown);
            }
            Question {
                key: format!("order/{}", s.id),
                prompt: Prompt::ScriptOrder {
                    script: s.id,
                    shown,
                },
                right: Right::Order(right),
                kind: QuestionKind::ScriptOrder,
            }
        })
        .collect()
}

/// A script's first line to say, if it has one.
fn first_say(script: &Script) -> Option<String> {
    script
        .steps
        .iter()
        .map(|step| step.say.trim())
        .find(|say| !say.is_empty())
        .map(fold)
}

/// Up to [`CHOICES`] choices: `right` and others drawn from `others`, shuffled; with the
/// right one's place.
fn choices<T: Copy + PartialEq>(right: T, others: &[T], shuffle: &mut Shuffle) -> (Vec<T>, usize) {
    let mut pool: Vec<T> = others.iter().copied().filter(|o| *o != right).collect();
    shuffle.shuffle(&mut pool);
    pool.truncate(CHOICES - 1);
    pool.push(right);
    shuffle.shuffle(&mut pool);
    let at = pool.iter().position(|c| *c == right).unwrap_or(0);
    (pool, at)
}

/// "What do you say when …?": the script's first line among other scripts' first lines
/// (scripts whose first line is the same as this one's are not offered beside it).
fn first_line(library: &Library, areas: &[AreaId], shuffle: &mut Shuffle) -> Vec<Question> {
    let speaking: Vec<(&Script, String)> = library
        .scripts
        .iter()
        .filter(|s| !s.situation.trim().is_empty())
        .filter_map(|s| first_say(s).map(|line| (s, line)))
        .collect();
    let mut out = Vec::new();
    for (script, line) in speaking.iter().filter(|(s, _)| in_areas(library, s, areas)) {
        let others: Vec<ScriptId> = speaking
            .iter()
            .filter(|(_, other)| other != line)
            .map(|(s, _)| s.id)
            .collect();
        if others.is_empty() {
            continue;
        }
        let (offered, at) = choices(script.id, &others, shuffle);
        out.push(Question {
            key: format!("first-line/{}", script.id),
            prompt: Prompt::FirstLine {
                script: script.id,
                choices: offered,
            },
            right: Right::Choice(at),
            kind: QuestionKind::FirstLine,
        });
    }
    out
}

/// Which standard fits one of its own "done well" lines, among other standards.
fn standard_fits(library: &Library, areas: &[AreaId], shuffle: &mut Shuffle) -> Vec<Question> {
    let all: Vec<StandardId> = library.standards.iter().map(|s| s.id).collect();
    let mut out = Vec::new();
    for standard in library
        .standards
        .iter()
        .filter(|s| !s.dos.is_empty() && (areas.is_empty() || areas.contains(&s.area_id)))
    {
        if all.len() < 2 {
            break;
        }
        let example = shuffle.below(standard.dos.len());
        let (offered, at) = choices(standard.id, &all, shuffle);
        out.push(Question {
            // The same standard again on a retake, maybe with another of its lines.
            key: format!("fits/{}", standard.id),
            prompt: Prompt::StandardFits {
                standard: standard.id,
                example,
                choices: offered,
            },
            right: Right::Choice(at),
            kind: QuestionKind::StandardFits,
        });
    }
    out
}

/// Which value an example shows, among the other values.
fn value_shown(library: &Library, shuffle: &mut Shuffle) -> Vec<Question> {
    let all: Vec<ValueId> = library.values.iter().map(|v| v.id).collect();
    if all.len() < 2 {
        return Vec::new();
    }
    library
        .values
        .iter()
        .filter(|v| !v.looks_like.is_empty())
        .map(|value| {
            let example = shuffle.below(value.looks_like.len());
            let (offered, at) = choices(value.id, &all, shuffle);
            Question {
                key: format!("value/{}", value.id),
                prompt: Prompt::ValueShown {
                    value: value.id,
                    example,
                    choices: offered,
                },
                right: Right::Choice(at),
                kind: QuestionKind::ValueShown,
            }
        })
        .collect()
}
