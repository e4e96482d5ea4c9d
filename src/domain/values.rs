//! What the business stands for: its name, vision, slogan, values and service promises.

use super::money::Currency;
use super::validation::{
    check_length, check_required, Field, FieldErrors, MAX_FIELD_CHARS, MAX_NAME_CHARS,
};
use super::voice::RatingSetup;
use super::{Timestamp, ValueId};
use serde::{Deserialize, Serialize};

/// The business's profile: one per database.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub business_name: String,
    /// One or two sentences of direction; no numbers (those belong in goals).
    pub vision: String,
    pub slogan: String,
    /// What customers may expect, one promise each.
    pub promises: Vec<String>,
    /// The currency amounts are counted in (sales goals); `None` follows the language
    /// (`text::business_currency`). Left out of files until chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// What the counter's rating screen asks and offers; left out of files until set.
    #[serde(default, skip_serializing_if = "RatingSetup::is_unset")]
    pub rating: RatingSetup,
    /// Days customers' contact details are kept after their complaint closes; `None`:
    /// [`crate::domain::voice::complaint::DEFAULT_CONTACT_DAYS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_days: Option<u32>,
    pub updated: Option<Timestamp>,
}

/// What the profile form holds: promises one per line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileDraft {
    pub business_name: String,
    pub vision: String,
    pub slogan: String,
    pub promises: String,
    pub currency: Option<Currency>,
    /// Carried through unchanged: the rating screen is set up elsewhere.
    pub rating: RatingSetup,
    /// Carried through unchanged: set in Settings.
    pub contact_days: Option<u32>,
}

impl ProfileDraft {
    pub fn from_profile(profile: &Profile) -> Self {
        ProfileDraft {
            business_name: profile.business_name.clone(),
            vision: profile.vision.clone(),
            slogan: profile.slogan.clone(),
            promises: profile.promises.join("\n"),
            currency: profile.currency,
            rating: profile.rating.clone(),
            contact_days: profile.contact_days,
        }
    }

    pub fn validate(&self, now: Timestamp) -> Result<Profile, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_length(
            &mut errors,
            Field::BusinessName,
            &self.business_name,
            MAX_NAME_CHARS,
        );
        check_length(&mut errors, Field::Vision, &self.vision, MAX_FIELD_CHARS);
        check_length(&mut errors, Field::Slogan, &self.slogan, MAX_FIELD_CHARS);
        check_length(
            &mut errors,
            Field::Promises,
            &self.promises,
            MAX_FIELD_CHARS,
        );
        errors.into_result(Profile {
            business_name: self.business_name.trim().to_string(),
            vision: self.vision.trim().to_string(),
            slogan: self.slogan.trim().to_string(),
            promises: super::standard::list_items(&self.promises),
            currency: self.currency,
            rating: self.rating.clone(),
            contact_days: self.contact_days,
            updated: Some(now),
        })
    }
}

/// A gentle hint, not an error: a vision gives direction and holds no numbers.
pub fn vision_has_numbers(vision: &str) -> bool {
    vision.chars().any(|c| c.is_ascii_digit())
}

/// One of the business's values, shown with examples of what it looks like in practice.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoreValue {
    pub id: ValueId,
    pub name: String,
    /// What it means here.
    pub meaning: String,
    pub looks_like: Vec<String>,
    pub not_like: Vec<String>,
    pub order: u32,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValueDraft {
    pub name: String,
    pub meaning: String,
    pub looks_like: String,
    pub not_like: String,
}

impl ValueDraft {
    pub fn from_value(value: &CoreValue) -> Self {
        ValueDraft {
            name: value.name.clone(),
            meaning: value.meaning.clone(),
            looks_like: value.looks_like.join("\n"),
            not_like: value.not_like.join("\n"),
        }
    }

    /// The value as stored: a new one (`existing` none, placed at `order`) or a revision.
    pub fn validate(
        &self,
        existing: Option<&CoreValue>,
        order: u32,
        now: Timestamp,
    ) -> Result<CoreValue, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::ValueName, &self.name);
        check_length(&mut errors, Field::ValueName, &self.name, MAX_NAME_CHARS);
        for (field, text) in [
            (Field::Meaning, &self.meaning),
            (Field::LooksLike, &self.looks_like),
            (Field::NotLike, &self.not_like),
        ] {
            check_length(&mut errors, field, text, MAX_FIELD_CHARS);
        }
        errors.into_result(CoreValue {
            id: existing.map_or_else(ValueId::random, |v| v.id),
            name: self.name.trim().to_string(),
            meaning: self.meaning.trim().to_string(),
            looks_like: super::standard::list_items(&self.looks_like),
            not_like: super::standard::list_items(&self.not_like),
            order: existing.map_or(order, |v| v.order),
            created: existing.map_or(now, |v| v.created),
            updated: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::Problem;

    fn t(n: f64) -> Timestamp {
        Timestamp::from_unix_millis(n)
    }

    #[test]
    fn a_vision_with_numbers_gets_a_hint() {
        assert!(vision_has_numbers("Be the region's best host by 2030"));
        assert!(!vision_has_numbers(
            "Every guest leaves a little happier than they came"
        ));
    }

    #[test]
    fn the_profile_keeps_promises_one_per_line() {
        let draft = ProfileDraft {
            business_name: " Café Lia ".into(),
            promises: "We greet you within ten seconds\n\n- Fresh coffee, or it is on us\n".into(),
            ..ProfileDraft::default()
        };
        let profile = draft.validate(t(1.0)).unwrap();
        assert_eq!(profile.business_name, "Café Lia");
        assert_eq!(
            profile.promises,
            [
                "We greet you within ten seconds",
                "Fresh coffee, or it is on us"
            ]
        );
        assert_eq!(
            ProfileDraft::from_profile(&profile)
                .validate(t(1.0))
                .unwrap(),
            profile
        );
    }

    #[test]
    fn a_value_needs_a_name_and_keeps_its_identity_when_revised() {
        let empty = ValueDraft::default().validate(None, 0, t(1.0)).unwrap_err();
        assert_eq!(empty.for_field(Field::ValueName), Some(&Problem::Required));
        let draft = ValueDraft {
            name: "Warmth".into(),
            looks_like: "Use the guest's name\nOffer a seat".into(),
            ..ValueDraft::default()
        };
        let value = draft.validate(None, 3, t(1.0)).unwrap();
        assert_eq!((value.order, value.looks_like.len()), (3, 2));
        let revised = ValueDraft {
            name: "Warmth first".into(),
            ..draft
        }
        .validate(Some(&value), 9, t(2.0))
        .unwrap();
        assert_eq!(
            (revised.id, revised.order, revised.created, revised.updated),
            (value.id, 3, t(1.0), t(2.0))
        );
    }
}
