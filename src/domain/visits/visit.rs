//! One visit: who went, when, and what they found, item by item.

use super::checklist::{check_pass_mark, check_sections, Checklist, ChecklistItem};
use crate::domain::validation::{
    check_length, Field, FieldErrors, Problem, MAX_FIELD_CHARS, MAX_NAME_CHARS,
};
use crate::domain::{AreaId, Channel, ChecklistId, Day, ItemId, PersonId, Timestamp, VisitId};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisitKind {
    /// The business's own staff checking themselves.
    SelfAudit,
    /// Someone from outside, posing as a customer.
    MysteryShopper,
    /// A visit to another business, to learn from it.
    OtherBusiness,
}

impl VisitKind {
    pub const ALL: [VisitKind; 3] = [
        VisitKind::SelfAudit,
        VisitKind::MysteryShopper,
        VisitKind::OtherBusiness,
    ];

    /// Whether the visit scored this business (not another one).
    pub fn is_own(self) -> bool {
        self != VisitKind::OtherBusiness
    }
}

/// A person the app knows, or one who was erased since (kept only as "a former
/// colleague", so the record still reads).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Someone {
    Person(PersonId),
    FormerColleague,
}

impl Someone {
    pub fn person(self) -> Option<PersonId> {
        match self {
            Someone::Person(id) => Some(id),
            Someone::FormerColleague => None,
        }
    }

    /// The same, with `erased` replaced by "a former colleague".
    pub fn without(self, erased: PersonId) -> Someone {
        if self == Someone::Person(erased) {
            Someone::FormerColleague
        } else {
            self
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub id: VisitId,
    /// The checklist it was made from (which may have changed or gone since).
    pub checklist_id: ChecklistId,
    /// The checklist's title, channel and pass mark as they were at the visit.
    pub title: String,
    pub channel: Channel,
    pub pass_mark: u8,
    pub date: Day,
    pub kind: VisitKind,
    /// The business visited, for a visit to another business.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub business: String,
    /// Who did it, if one of the staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Someone>,
    /// Who did it, as written (an outside shopper).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by_name: String,
    /// The items as they were scored, with their answers.
    pub sections: Vec<VisitSection>,
    /// When it was marked finished; an unfinished visit can be resumed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<Timestamp>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VisitSection {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_id: Option<AreaId>,
    pub title: String,
    pub items: Vec<VisitItem>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VisitItem {
    pub item: ChecklistItem,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// What is to be done about an item that fell short.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    NotApplicable,
    /// A step of the four-step scale, 1–4.
    Scale(u8),
    /// A whole number, for a number item.
    Number(i64),
}

/// Something to be done about what fell short: after a visit, or a complaint.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    /// What is to be done.
    pub what: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<Someone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    /// The day it was done; open until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Day>,
}

impl Visit {
    /// A new, unanswered visit of `checklist`, keeping a copy of its items.
    pub fn start(checklist: &Checklist, kind: VisitKind, date: Day, now: Timestamp) -> Visit {
        Visit {
            id: VisitId::random(),
            checklist_id: checklist.id,
            title: checklist.title.clone(),
            channel: checklist.channel,
            pass_mark: checklist.pass_mark,
            date,
            kind,
            business: String::new(),
            by: None,
            by_name: String::new(),
            sections: checklist
                .sections
                .iter()
                .map(|s| VisitSection {
                    area_id: s.area_id,
                    title: s.title.clone(),
                    items: s
                        .items
                        .iter()
                        .map(|item| VisitItem {
                            item: item.clone(),
                            answer: None,
                            note: String::new(),
                            follow_up: None,
                        })
                        .collect(),
                })
                .collect(),
            finished: None,
            created: now,
            updated: now,
        }
    }

    pub fn items(&self) -> impl Iterator<Item = &VisitItem> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn item(&self, id: ItemId) -> Option<&VisitItem> {
        self.items().find(|i| i.item.id == id)
    }

    /// The same visit with `change` made to item `id`; `None` if it has no such item.
    pub fn with_item(
        &self,
        id: ItemId,
        now: Timestamp,
        change: impl FnOnce(&mut VisitItem),
    ) -> Option<Visit> {
        let mut visit = self.clone();
        let item = visit
            .sections
            .iter_mut()
            .flat_map(|s| s.items.iter_mut())
            .find(|i| i.item.id == id)?;
        change(item);
        visit.updated = now;
        Some(visit)
    }

    /// How many items have no answer yet.
    pub fn unanswered(&self) -> usize {
        self.items().filter(|i| i.answer.is_none()).count()
    }

    /// Follow-up actions not yet done, with the item they are about.
    pub fn open_actions(&self) -> impl Iterator<Item = (&VisitItem, &FollowUp)> {
        self.items().filter_map(|i| {
            i.follow_up
                .as_ref()
                .filter(|f| f.done.is_none())
                .map(|f| (i, f))
        })
    }

    /// The people named in it: who made it, and who follows up on what.
    pub fn named_people(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.by
            .iter()
            .chain(
                self.items()
                    .filter_map(|i| i.follow_up.as_ref()?.who.as_ref()),
            )
            .filter_map(|s| s.person())
    }

    /// Whether `person` is named anywhere in it.
    pub fn names(&self, person: PersonId) -> bool {
        self.named_people().any(|p| p == person)
    }

    /// The same visit with `person` replaced by "a former colleague" everywhere.
    pub fn without_person(&self, person: PersonId) -> Visit {
        let mut visit = self.clone();
        visit.by = visit.by.map(|s| s.without(person));
        for item in visit.sections.iter_mut().flat_map(|s| s.items.iter_mut()) {
            if let Some(f) = &mut item.follow_up {
                f.who = f.who.map(|s| s.without(person));
            }
        }
        visit
    }

    /// The rules a stored visit keeps (a file may hold anything).
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        check_length(&mut errors, Field::Title, &self.title, MAX_NAME_CHARS);
        check_length(&mut errors, Field::Business, &self.business, MAX_NAME_CHARS);
        check_length(&mut errors, Field::VisitedBy, &self.by_name, MAX_NAME_CHARS);
        check_pass_mark(&mut errors, self.pass_mark);
        let sections: Vec<(&str, Vec<ChecklistItem>)> = self
            .sections
            .iter()
            .map(|s| {
                (
                    s.title.as_str(),
                    s.items.iter().map(|i| i.item.clone()).collect(),
                )
            })
            .collect();
        check_sections(
            &mut errors,
            sections.iter().map(|(t, items)| (*t, &items[..])),
        );
        let items = self.sections.iter().enumerate().flat_map(|(s, section)| {
            section
                .items
                .iter()
                .enumerate()
                .map(move |(i, item)| (s, i, item))
        });
        for (s, i, item) in items {
            let field = Field::ChecklistItem(s, i);
            if item.answer.is_some_and(|a| !item.item.answer.fits(&a)) {
                errors.add(Field::ItemAnswer(s, i), Problem::AnswerDoesNotFit);
            }
            check_length(&mut errors, field, &item.note, MAX_FIELD_CHARS);
            if let Some(f) = &item.follow_up {
                check_length(&mut errors, field, &f.what, MAX_FIELD_CHARS);
            }
        }
        errors.into_result(())
    }
}
