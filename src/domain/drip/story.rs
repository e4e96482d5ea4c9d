//! Service stories: a short account of a guest served well, told to the team and kept by
//! the value it shows. A story may name the colleague it is about only once they have
//! been asked; when that person is erased the name goes and the story stays.

use crate::domain::staff::goal::required_day;
use crate::domain::staff::{Praise, Reflection};
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS, MAX_NAME_CHARS,
};
use crate::domain::{Day, PersonId, PraiseId, ReflectionId, StoryId, Timestamp, ValueId};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: StoryId,
    /// The day it happened.
    pub date: Day,
    pub title: String,
    pub text: String,
    /// The value it shows: the archive is kept by value.
    pub value_id: Option<ValueId>,
    /// The colleague it is about, who agreed to be named; none once they are erased.
    pub person_id: Option<PersonId>,
    /// What it was made from. Only shows that a praise or reflection already is a story:
    /// it may point at one deleted since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<StorySource>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StorySource {
    Praise(PraiseId),
    Reflection(ReflectionId),
}

/// The story form. `asked` is the tick that says the person named agreed.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryDraft {
    pub date: String,
    pub title: String,
    pub text: String,
    pub value_id: Option<ValueId>,
    pub person_id: Option<PersonId>,
    pub asked: bool,
    pub from: Option<StorySource>,
}

impl StoryDraft {
    pub fn new(today: Day) -> Self {
        StoryDraft {
            date: today.text(),
            title: String::new(),
            text: String::new(),
            value_id: None,
            person_id: None,
            asked: false,
            from: None,
        }
    }

    /// A praise told again as a story about the colleague praised, who is still to be
    /// asked.
    pub fn from_praise(praise: &Praise) -> Self {
        StoryDraft {
            date: praise.date.text(),
            text: praise.what.clone(),
            person_id: Some(praise.to_person_id),
            from: Some(StorySource::Praise(praise.id)),
            ..StoryDraft::new(praise.date)
        }
    }

    /// What went well at the end of a shift, told as a story about the one who wrote it.
    pub fn from_reflection(reflection: &Reflection) -> Self {
        StoryDraft {
            date: reflection.date.text(),
            text: reflection.went_well.clone(),
            person_id: Some(reflection.person_id),
            from: Some(StorySource::Reflection(reflection.id)),
            ..StoryDraft::new(reflection.date)
        }
    }

    pub fn from_story(story: &Story) -> Self {
        StoryDraft {
            date: story.date.text(),
            title: story.title.clone(),
            text: story.text.clone(),
            value_id: story.value_id,
            person_id: story.person_id,
            asked: story.person_id.is_some(),
            from: story.from,
        }
    }

    pub fn validate(
        &self,
        existing: Option<&Story>,
        person_exists: impl Fn(PersonId) -> bool,
        value_exists: impl Fn(ValueId) -> bool,
        now: Timestamp,
    ) -> Result<Story, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = required_day(&mut errors, Field::Date, &self.date);
        check_required(&mut errors, Field::StoryTitle, &self.title);
        check_length(&mut errors, Field::StoryTitle, &self.title, MAX_NAME_CHARS);
        check_required(&mut errors, Field::StoryText, &self.text);
        check_length(&mut errors, Field::StoryText, &self.text, MAX_FIELD_CHARS);
        if self.value_id.is_some_and(|id| !value_exists(id)) {
            errors.add(Field::StoryValue, Problem::UnknownValue);
        }
        match self.person_id {
            Some(id) if !person_exists(id) => {
                errors.add(Field::StoryPerson, Problem::UnknownPerson)
            }
            Some(_) if !self.asked => errors.add(Field::StoryPerson, Problem::NoConsent),
            _ => {}
        }
        match date {
            Some(date) if errors.is_empty() => Ok(Story {
                id: existing.map_or_else(StoryId::random, |s| s.id),
                date,
                title: self.title.trim().to_string(),
                text: self.text.trim().to_string(),
                value_id: self.value_id,
                person_id: self.person_id,
                from: self.from,
                created: existing.map_or(now, |s| s.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

impl Story {
    /// The checks a story read from a file must pass, as when it was written.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::StoryTitle, &self.title);
        check_length(&mut errors, Field::StoryTitle, &self.title, MAX_NAME_CHARS);
        check_required(&mut errors, Field::StoryText, &self.text);
        check_length(&mut errors, Field::StoryText, &self.text, MAX_FIELD_CHARS);
        errors.into_result(())
    }

    pub fn names(&self, person: PersonId) -> bool {
        self.person_id == Some(person)
    }

    /// The story without the name of an erased person: it is the team's story still.
    pub fn without_person(&self, person: PersonId, now: Timestamp) -> Story {
        let mut story = self.clone();
        if story.person_id == Some(person) {
            story.person_id = None;
            story.updated = now;
        }
        story
    }
}

/// The archive: stories by the value they show (values in their order, then the
/// stories that show none), newest first within each.
pub fn by_value<'a>(
    stories: &'a [Story],
    values: &[ValueId],
) -> Vec<(Option<ValueId>, Vec<&'a Story>)> {
    let mut groups: Vec<(Option<ValueId>, Vec<&Story>)> = values
        .iter()
        .map(|v| (Some(*v), Vec::new()))
        .chain(std::iter::once((None, Vec::new())))
        .collect();
    for story in stories {
        // A story whose value is gone is shown with those that show none.
        let key = story.value_id.filter(|v| values.contains(v));
        if let Some((_, group)) = groups.iter_mut().find(|(k, _)| *k == key) {
            group.push(story);
        }
    }
    for (_, group) in &mut groups {
        group.sort_by_key(|s| std::cmp::Reverse((s.date, s.created)));
    }
    groups.retain(|(_, group)| !group.is_empty());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{day, t};
    use crate::domain::staff::PraiseDraft;

    fn story(title: &str, date: &str, value: Option<ValueId>) -> Story {
        StoryDraft {
            title: title.into(),
            text: "Ran after the guest with the forgotten scarf.".into(),
            value_id: value,
            ..StoryDraft::new(day(date))
        }
        .validate(None, |_| true, |_| true, t(0.0))
        .unwrap()
    }

    #[test]
    fn a_story_that_names_a_colleague_needs_them_asked_first() {
        let nora = PersonId::random();
        let praise = PraiseDraft {
            to_person_id: Some(nora),
            what: "Found the lost glove and drove it to the guest".into(),
            ..PraiseDraft::new(None, day("2026-12-01"))
        }
        .validate(None, |_| true, t(0.0))
        .unwrap();
        let mut draft = StoryDraft::from_praise(&praise);
        draft.title = "The glove".into();
        assert_eq!(draft.person_id, Some(nora));
        assert_eq!(draft.text, praise.what);
        let refused = draft
            .validate(None, |_| true, |_| true, t(1.0))
            .unwrap_err();
        assert_eq!(
            refused.for_field(Field::StoryPerson),
            Some(&Problem::NoConsent)
        );
        draft.asked = true;
        let saved = draft.validate(None, |_| true, |_| true, t(1.0)).unwrap();
        assert_eq!(saved.person_id, Some(nora));
        assert_eq!(saved.from, Some(StorySource::Praise(praise.id)));
        assert_eq!(saved.date, day("2026-12-01"));
    }

    #[test]
    fn a_story_needs_a_title_and_words_and_names_only_who_exists() {
        let mut draft = StoryDraft::new(day("2026-12-01"));
        draft.person_id = Some(PersonId::random());
        draft.asked = true;
        draft.value_id = Some(ValueId::random());
        let errors = draft
            .validate(None, |_| false, |_| false, t(0.0))
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::StoryTitle),
            Some(&Problem::Required)
        );
        assert_eq!(errors.for_field(Field::StoryText), Some(&Problem::Required));
        assert_eq!(
            errors.for_field(Field::StoryPerson),
            Some(&Problem::UnknownPerson)
        );
        assert_eq!(
            errors.for_field(Field::StoryValue),
            Some(&Problem::UnknownValue)
        );
    }

    #[test]
    fn erasing_the_person_keeps_the_story_without_the_name() {
        let nora = PersonId::random();
        let mut s = story("The glove", "2026-12-01", None);
        s.person_id = Some(nora);
        let kept = s.without_person(nora, t(5.0));
        assert_eq!(kept.person_id, None);
        assert_eq!(
            (kept.title.as_str(), kept.text.as_str()),
            (s.title.as_str(), s.text.as_str())
        );
        assert_eq!(kept.updated, t(5.0));
        let other = s.without_person(PersonId::random(), t(6.0));
        assert_eq!(other, s, "a story about someone else is left as it was");
    }

    #[test]
    fn the_archive_groups_by_value_in_value_order_newest_first() {
        let (kind, quick) = (ValueId::random(), ValueId::random());
        let stories = vec![
            story("Old kind", "2026-01-01", Some(kind)),
            story("Quick", "2026-02-01", Some(quick)),
            story("New kind", "2026-03-01", Some(kind)),
            story("Nothing", "2026-03-02", None),
            story("Gone value", "2026-03-03", Some(ValueId::random())),
        ];
        let groups = by_value(&stories, &[quick, kind]);
        let titles: Vec<(Option<ValueId>, Vec<&str>)> = groups
            .iter()
            .map(|(v, g)| (*v, g.iter().map(|s| s.title.as_str()).collect()))
            .collect();
        assert_eq!(
            titles,
            vec![
                (Some(quick), vec!["Quick"]),
                (Some(kind), vec!["New kind", "Old kind"]),
                (None, vec!["Gone value", "Nothing"]),
            ]
        );
    }

    #[test]
    fn in_files_the_source_is_left_out_when_there_is_none() {
        let s = story("The glove", "2026-12-01", None);
        let json = serde_json::to_string(&s).unwrap();
        assert!(!json.contains("\"from\""));
        let back: Story = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
    }
}
