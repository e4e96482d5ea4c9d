//! A host standard: a concrete, observable behaviour the business promises.

use super::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS,
};
use super::{AreaId, StandardId, Timestamp, ValueId};
use serde::{Deserialize, Serialize};

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standard {
    pub id: StandardId,
    pub area_id: AreaId,
    pub title: String,
    /// Why it matters, for the guest and for the business.
    pub why: String,
    /// Observable behaviours: what doing it well looks like.
    pub dos: Vec<String>,
    /// What doing it badly looks like.
    pub donts: Vec<String>,
    /// How the business checks that it happens.
    pub measured_by: String,
    pub tags: Vec<String>,
    /// The values this standard serves. (Absent in records from before values existed.)
    #[serde(default)]
    pub value_ids: Vec<ValueId>,
    /// Position within its area, smallest first.
    pub order: u32,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// What the form holds while a person writes: plain text, one list item per line,
/// tags separated by commas.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StandardDraft {
    pub area_id: Option<AreaId>,
    pub title: String,
    pub why: String,
    pub dos: String,
    pub donts: String,
    pub measured_by: String,
    pub tags: String,
    pub value_ids: Vec<ValueId>,
}

/// A draft that passed validation, in the shape a standard stores.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidDraft {
    pub area_id: AreaId,
    pub title: String,
    pub why: String,
    pub dos: Vec<String>,
    pub donts: Vec<String>,
    pub measured_by: String,
    pub tags: Vec<String>,
    pub value_ids: Vec<ValueId>,
}

impl StandardDraft {
    pub fn in_area(area_id: AreaId) -> Self {
        StandardDraft {
            area_id: Some(area_id),
            ..Default::default()
        }
    }

    pub fn from_standard(standard: &Standard) -> Self {
        StandardDraft {
            area_id: Some(standard.area_id),
            title: standard.title.clone(),
            why: standard.why.clone(),
            dos: standard.dos.join("\n"),
            donts: standard.donts.join("\n"),
            measured_by: standard.measured_by.clone(),
            tags: standard.tags.join(", "),
            value_ids: standard.value_ids.clone(),
        }
    }

    /// Checks every field; `area_exists` tells whether the chosen area is still there.
    pub fn validate(
        &self,
        area_exists: impl Fn(AreaId) -> bool,
    ) -> Result<ValidDraft, FieldErrors> {
        let mut errors = FieldErrors::default();
        let area_id = match self.area_id {
            None => {
                errors.add(Field::Area, Problem::Required);
                None
            }
            Some(id) if !area_exists(id) => {
                errors.add(Field::Area, Problem::UnknownArea);
                None
            }
            Some(id) => Some(id),
        };
        check_required(&mut errors, Field::Title, &self.title);
        for (field, text) in [
            (Field::Title, &self.title),
            (Field::Why, &self.why),
            (Field::Dos, &self.dos),
            (Field::Donts, &self.donts),
            (Field::MeasuredBy, &self.measured_by),
            (Field::Tags, &self.tags),
        ] {
            check_length(&mut errors, field, text, MAX_FIELD_CHARS);
        }
        match area_id {
            Some(area_id) if errors.is_empty() => Ok(ValidDraft {
                area_id,
                title: self.title.trim().to_string(),
                why: self.why.trim().to_string(),
                dos: list_items(&self.dos),
                donts: list_items(&self.donts),
                measured_by: self.measured_by.trim().to_string(),
                tags: tags(&self.tags),
                value_ids: self.value_ids.clone(),
            }),
            _ => Err(errors),
        }
    }
}

impl Standard {
    pub fn create(draft: ValidDraft, order: u32, now: Timestamp) -> Self {
        Standard {
            id: StandardId::random(),
            area_id: draft.area_id,
            title: draft.title,
            why: draft.why,
            dos: draft.dos,
            donts: draft.donts,
            measured_by: draft.measured_by,
            tags: draft.tags,
            value_ids: draft.value_ids,
            order,
            created: now,
            updated: now,
        }
    }

    /// The same standard with the draft's content; id and creation time stay.
    pub fn revised(&self, draft: ValidDraft, order: u32, now: Timestamp) -> Self {
        Standard {
            id: self.id,
            created: self.created,
            ..Standard::create(draft, order, now)
        }
    }
}

/// One item per line; blank lines and pasted bullet marks are dropped.
pub(crate) fn list_items(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let line = line.trim();
            ["- ", "* ", "• ", "–  ", "– "]
                .iter()
                .find_map(|bullet| line.strip_prefix(bullet))
                .unwrap_or(line)
                .trim()
        })
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

/// Comma-separated, a leading `#` dropped, the first spelling of a repeated tag kept.
pub(crate) fn tags(text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    text.split(',')
        .map(|tag| tag.trim().trim_start_matches('#').trim())
        .filter(|tag| !tag.is_empty())
        .filter(|tag| seen.insert(tag.to_lowercase()))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::HostParameter;

    fn draft() -> StandardDraft {
        StandardDraft {
            title: "  Greet within ten seconds ".into(),
            dos: "- Look up and smile\n\n• Say hello, even when busy\n".into(),
            donts: "Keep typing without looking up".into(),
            tags: "greeting, #busy, Greeting, ,".into(),
            ..StandardDraft::in_area(HostParameter::KnowExpectations.area_id())
        }
    }

    #[test]
    fn a_valid_draft_is_tidied() {
        let valid = draft().validate(|_| true).unwrap();
        assert_eq!(valid.title, "Greet within ten seconds");
        assert_eq!(
            valid.dos,
            vec!["Look up and smile", "Say hello, even when busy"]
        );
        assert_eq!(valid.donts, vec!["Keep typing without looking up"]);
        assert_eq!(valid.tags, vec!["greeting", "busy"]);
    }

    #[test]
    fn an_empty_title_is_refused_at_the_field() {
        let errors = StandardDraft {
            title: "   ".into(),
            ..draft()
        }
        .validate(|_| true)
        .unwrap_err();
        assert_eq!(errors.for_field(Field::Title), Some(&Problem::Required));
        assert_eq!(errors.0.len(), 1);
    }

    #[test]
    fn an_area_must_be_chosen_and_exist() {
        let none = StandardDraft {
            area_id: None,
            ..draft()
        }
        .validate(|_| true)
        .unwrap_err();
        assert_eq!(none.for_field(Field::Area), Some(&Problem::Required));
        let gone = draft().validate(|_| false).unwrap_err();
        assert_eq!(gone.for_field(Field::Area), Some(&Problem::UnknownArea));
    }

    #[test]
    fn a_100_kb_text_is_accepted_but_a_book_is_not() {
        let long = "Vertskap er å se gjesten. ".repeat(4_000);
        assert!(long.len() > 100_000);
        assert!(StandardDraft {
            why: long,
            ..draft()
        }
        .validate(|_| true)
        .is_ok());
        let book = "x".repeat(MAX_FIELD_CHARS + 1);
        let errors = StandardDraft {
            why: book,
            ..draft()
        }
        .validate(|_| true)
        .unwrap_err();
        assert_eq!(
            errors.for_field(Field::Why),
            Some(&Problem::TooLong {
                max_chars: MAX_FIELD_CHARS
            })
        );
    }

    #[test]
    fn editing_round_trips_through_the_draft() {
        let now = Timestamp::from_unix_millis(1.0e12);
        let standard = Standard::create(draft().validate(|_| true).unwrap(), 3, now);
        let again = StandardDraft::from_standard(&standard)
            .validate(|_| true)
            .unwrap();
        let later = Timestamp::from_unix_millis(2.0e12);
        let revised = standard.revised(again, 3, later);
        assert_eq!(revised.id, standard.id);
        assert_eq!(revised.created, now);
        assert_eq!(revised.updated, later);
        assert_eq!(
            Standard {
                updated: now,
                ..revised
            },
            standard
        );
    }
}
