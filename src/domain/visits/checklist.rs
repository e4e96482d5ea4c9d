//! A checklist: sections of items, most made from a standard's "how it is measured".

use super::{SCALE_STEPS, WEIGHTS};
use crate::domain::staff::TargetDirection;
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS, MAX_NAME_CHARS,
};
use crate::domain::{Area, AreaId, Channel, ChecklistId, ItemId, Standard, StandardId, Timestamp};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checklist {
    pub id: ChecklistId,
    pub title: String,
    /// How the visit happens: in person, by phone, or in writing (e-mail or chat).
    pub channel: Channel,
    /// The share of the possible points, in percent (1–100), a visit must reach to pass.
    pub pass_mark: u8,
    pub sections: Vec<ChecklistSection>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// Items grouped under a heading: an area's standards, or free questions.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChecklistSection {
    /// The area the items come from; none for a section of free questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_id: Option<AreaId>,
    pub title: String,
    pub items: Vec<ChecklistItem>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: ItemId,
    /// What the visitor looks for, as a question or a statement.
    pub text: String,
    /// The standard the item checks; none for a free question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard_id: Option<StandardId>,
    pub answer: AnswerKind,
    /// 1 (ordinary) to 3 (matters most).
    pub weight: u8,
    /// Failing a critical item fails the whole visit, whatever the score.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub critical: bool,
}

/// How an item is answered.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// Yes, no, or not applicable.
    YesNo,
    /// Four steps with no middle: 1 poor, 2 below, 3 good, 4 very good.
    Scale,
    /// A whole number, such as seconds until greeted, met when on the right side of
    /// the target.
    Number {
        target: i64,
        direction: TargetDirection,
        /// What is counted ("seconds"), shown beside the number.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        unit: String,
    },
}

impl ChecklistItem {
    pub fn from_standard(standard: &Standard) -> ChecklistItem {
        let measured = standard.measured_by.trim();
        ChecklistItem {
            id: ItemId::random(),
            text: if measured.is_empty() {
                standard.title.clone()
            } else {
                measured.to_string()
            },
            standard_id: Some(standard.id),
            answer: AnswerKind::YesNo,
            weight: 1,
            critical: false,
        }
    }
}

impl Checklist {
    /// A new checklist with one section per area (in the areas' order) holding the
    /// chosen standards, each item starting as the standard's "how it is measured".
    pub fn from_standards(
        title: &str,
        areas: &[Area],
        chosen: &[&Standard],
        now: Timestamp,
    ) -> Checklist {
        let sections = areas
            .iter()
            .filter_map(|area| {
                let mut standards: Vec<&&Standard> =
                    chosen.iter().filter(|s| s.area_id == area.id).collect();
                standards.sort_by_key(|s| s.order);
                (!standards.is_empty()).then(|| ChecklistSection {
                    area_id: Some(area.id),
                    title: area.name.clone(),
                    items: standards
                        .into_iter()
                        .map(|s| ChecklistItem::from_standard(s))
                        .collect(),
                })
            })
            .collect();
        Checklist {
            id: ChecklistId::random(),
            title: title.trim().to_string(),
            channel: Channel::InPerson,
            pass_mark: super::DEFAULT_PASS_MARK,
            sections,
            created: now,
            updated: now,
        }
    }

    pub fn items(&self) -> impl Iterator<Item = &ChecklistItem> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    /// The rules a stored checklist keeps (a file may hold anything).
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::Title, &self.title);
        check_length(&mut errors, Field::Title, &self.title, MAX_NAME_CHARS);
        check_pass_mark(&mut errors, self.pass_mark);
        check_sections(
            &mut errors,
            self.sections
                .iter()
                .map(|s| (s.title.as_str(), &s.items[..])),
        );
        errors.into_result(())
    }
}

pub(super) fn check_pass_mark(errors: &mut FieldErrors, mark: u8) {
    if !(1..=100).contains(&mark) {
        errors.add(Field::PassMark, Problem::OutsidePercent);
    }
}

/// At least one item, each with words, a weight of 1–3 and a sensible target.
pub(super) fn check_sections<'a>(
    errors: &mut FieldErrors,
    sections: impl Iterator<Item = (&'a str, &'a [ChecklistItem])>,
) {
    let mut count = 0;
    for (s, (title, items)) in sections.enumerate() {
        check_length(errors, Field::SectionTitle(s), title, MAX_NAME_CHARS);
        for (i, item) in items.iter().enumerate() {
            check_item(errors, Field::ChecklistItem(s, i), item);
            count += 1;
        }
    }
    if count == 0 {
        errors.add(Field::ChecklistItems, Problem::NoItems);
    }
}

fn check_item(errors: &mut FieldErrors, field: Field, item: &ChecklistItem) {
    check_required(errors, field, &item.text);
    check_length(errors, field, &item.text, MAX_FIELD_CHARS);
    if !WEIGHTS.contains(&item.weight) {
        errors.add(field, Problem::WeightOutside);
    }
    if let AnswerKind::Number { target, unit, .. } = &item.answer {
        if !(0..=crate::domain::staff::quantity::MAX_UNITS).contains(target) {
            errors.add(field, Problem::TargetOutside);
        }
        check_length(errors, field, unit, MAX_NAME_CHARS);
    }
}

impl AnswerKind {
    /// Whether `answer` is one this kind of item can have.
    pub fn fits(&self, answer: &super::Answer) -> bool {
        use super::Answer;
        match (self, answer) {
            (_, Answer::NotApplicable) => true,
            (AnswerKind::YesNo, Answer::Yes | Answer::No) => true,
            (AnswerKind::Scale, Answer::Scale(step)) => SCALE_STEPS.contains(step),
            (AnswerKind::Number { .. }, Answer::Number(n)) => {
                (0..=crate::domain::staff::quantity::MAX_UNITS).contains(n)
            }
            _ => false,
        }
    }
}
