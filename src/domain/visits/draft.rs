//! What the checklist editor holds while a person writes: targets as typed.

use super::checklist::{
    check_pass_mark, check_sections, AnswerKind, Checklist, ChecklistItem, ChecklistSection,
};
use crate::domain::staff::quantity::whole_number;
use crate::domain::staff::TargetDirection;
use crate::domain::validation::{check_length, check_required, Field, FieldErrors, MAX_NAME_CHARS};
use crate::domain::{AreaId, Channel, ChecklistId, ItemId, StandardId, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindChoice {
    YesNo,
    Scale,
    Number,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemDraft {
    pub id: ItemId,
    pub text: String,
    pub standard_id: Option<StandardId>,
    pub kind: KindChoice,
    pub weight: u8,
    pub critical: bool,
    pub target: String,
    pub direction: TargetDirection,
    pub unit: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SectionDraft {
    pub area_id: Option<AreaId>,
    pub title: String,
    pub items: Vec<ItemDraft>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistDraft {
    pub title: String,
    pub channel: Channel,
    pub pass_mark: String,
    pub sections: Vec<SectionDraft>,
}

impl ItemDraft {
    /// A free question, answered yes or no.
    pub fn question() -> ItemDraft {
        ItemDraft {
            id: ItemId::random(),
            text: String::new(),
            standard_id: None,
            kind: KindChoice::YesNo,
            weight: 1,
            critical: false,
            target: String::new(),
            direction: TargetDirection::AtMost,
            unit: String::new(),
        }
    }

    fn from_item(item: &ChecklistItem) -> ItemDraft {
        let mut draft = ItemDraft {
            id: item.id,
            text: item.text.clone(),
            standard_id: item.standard_id,
            weight: item.weight,
            critical: item.critical,
            ..ItemDraft::question()
        };
        match &item.answer {
            AnswerKind::YesNo => {}
            AnswerKind::Scale => draft.kind = KindChoice::Scale,
            AnswerKind::Number {
                target,
                direction,
                unit,
            } => {
                draft.kind = KindChoice::Number;
                draft.target = target.to_string();
                draft.direction = *direction;
                draft.unit = unit.clone();
            }
        }
        draft
    }

    fn answer(&self, errors: &mut FieldErrors, place: (usize, usize)) -> AnswerKind {
        match self.kind {
            KindChoice::YesNo => AnswerKind::YesNo,
            KindChoice::Scale => AnswerKind::Scale,
            KindChoice::Number => {
                let target = match whole_number(&self.target) {
                    Ok(n) => n,
                    Err(problem) => {
                        errors.add(Field::ItemTarget(place.0, place.1), problem);
                        0
                    }
                };
                AnswerKind::Number {
                    target,
                    direction: self.direction,
                    unit: self.unit.trim().to_string(),
                }
            }
        }
    }
}

impl ChecklistDraft {
    pub fn from_checklist(list: &Checklist) -> ChecklistDraft {
        ChecklistDraft {
            title: list.title.clone(),
            channel: list.channel,
            pass_mark: list.pass_mark.to_string(),
            sections: list
                .sections
                .iter()
                .map(|s| SectionDraft {
                    area_id: s.area_id,
                    title: s.title.clone(),
                    items: s.items.iter().map(ItemDraft::from_item).collect(),
                })
                .collect(),
        }
    }

    pub fn validate(
        &self,
        existing: Option<&Checklist>,
        now: Timestamp,
    ) -> Result<Checklist, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::Title, &self.title);
        check_length(&mut errors, Field::Title, &self.title, MAX_NAME_CHARS);
        let pass_mark = match whole_number(&self.pass_mark) {
            Ok(mark) => u8::try_from(mark).unwrap_or(0),
            Err(problem) => {
                errors.add(Field::PassMark, problem);
                super::DEFAULT_PASS_MARK
            }
        };
        if errors.for_field(Field::PassMark).is_none() {
            check_pass_mark(&mut errors, pass_mark);
        }
        let sections: Vec<ChecklistSection> = self
            .sections
            .iter()
            .enumerate()
            .map(|(at, s)| ChecklistSection {
                area_id: s.area_id,
                title: s.title.trim().to_string(),
                items: s
                    .items
                    .iter()
                    .enumerate()
                    .map(|(i, d)| ChecklistItem {
                        id: d.id,
                        text: d.text.trim().to_string(),
                        standard_id: d.standard_id,
                        answer: d.answer(&mut errors, (at, i)),
                        weight: d.weight,
                        critical: d.critical,
                    })
                    .collect(),
            })
            .collect();
        check_sections(
            &mut errors,
            sections.iter().map(|s| (s.title.as_str(), &s.items[..])),
        );
        errors.into_result(Checklist {
            id: existing.map_or_else(ChecklistId::random, |e| e.id),
            title: self.title.trim().to_string(),
            channel: self.channel,
            pass_mark,
            sections,
            created: existing.map_or(now, |e| e.created),
            updated: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::{Problem, ValueProblem};

    fn now() -> Timestamp {
        Timestamp::from_unix_millis(1_000.0)
    }

    fn draft_with(items: Vec<ItemDraft>) -> ChecklistDraft {
        ChecklistDraft {
            title: "Phone call".into(),
            channel: Channel::Phone,
            pass_mark: "80".into(),
            sections: vec![SectionDraft {
                area_id: None,
                title: "Questions".into(),
                items,
            }],
        }
    }

    fn asked(text: &str) -> ItemDraft {
        ItemDraft {
            text: text.into(),
            ..ItemDraft::question()
        }
    }

    #[test]
    fn a_checklist_with_no_items_is_refused() {
        let errors = draft_with(vec![]).validate(None, now()).unwrap_err();
        assert_eq!(
            errors.for_field(Field::ChecklistItems),
            Some(&Problem::NoItems)
        );
    }

    #[test]
    fn a_weight_outside_one_to_three_is_refused() {
        for weight in [0, 4] {
            let item = ItemDraft {
                weight,
                ..asked("Answered by the third ring")
            };
            let errors = draft_with(vec![item]).validate(None, now()).unwrap_err();
            assert_eq!(
                errors.for_field(Field::ChecklistItem(0, 0)),
                Some(&Problem::WeightOutside)
            );
        }
    }

    #[test]
    fn a_number_target_must_be_a_whole_number() {
        let timed = |target: &str| ItemDraft {
            kind: KindChoice::Number,
            target: target.into(),
            unit: "seconds".into(),
            ..asked("Seconds until greeted")
        };
        let errors = draft_with(vec![timed("ten")])
            .validate(None, now())
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::ItemTarget(0, 0)),
            Some(&Problem::Value(ValueProblem::NotANumber))
        );
        let errors = draft_with(vec![timed("2,5")])
            .validate(None, now())
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::ItemTarget(0, 0)),
            Some(&Problem::Value(ValueProblem::NotWhole))
        );
        let list = draft_with(vec![timed("10")]).validate(None, now()).unwrap();
        assert!(matches!(
            list.sections[0].items[0].answer,
            AnswerKind::Number { target: 10, .. }
        ));
    }

    #[test]
    fn a_pass_mark_outside_one_to_a_hundred_is_refused() {
        for mark in ["0", "101", "abc"] {
            let mut draft = draft_with(vec![asked("Said goodbye")]);
            draft.pass_mark = mark.into();
            let errors = draft.validate(None, now()).unwrap_err();
            assert!(errors.for_field(Field::PassMark).is_some(), "{mark}");
        }
    }

    #[test]
    fn editing_keeps_id_creation_time_and_item_ids() {
        let first = draft_with(vec![asked("Said goodbye")])
            .validate(None, now())
            .unwrap();
        let mut draft = ChecklistDraft::from_checklist(&first);
        draft.sections[0].items[0].text = "Said goodbye and thanks".into();
        let later = Timestamp::from_unix_millis(2_000.0);
        let edited = draft.validate(Some(&first), later).unwrap();
        assert_eq!(edited.id, first.id);
        assert_eq!(edited.created, first.created);
        assert_eq!(edited.updated, later);
        assert_eq!(
            edited.sections[0].items[0].id,
            first.sections[0].items[0].id
        );
        assert!(edited.check().is_ok());
    }
}
