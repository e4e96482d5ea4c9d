//! Identifiers: random UUID v4, one type per kind of object so they cannot be mixed up.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh random (v4) id.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }

            /// The id as a number: a key that is cheap to hash and compare.
            pub const fn as_u128(self) -> u128 {
                self.0.as_u128()
            }

            /// An id fixed in the code, for objects every business shares.
            pub const fn fixed(value: u128) -> Self {
                Self(Uuid::from_u128(value))
            }

            /// An id made from what the record is of (a week, a square of a card), so two
            /// tablets that make the record for the same thing make the same id, and a
            /// merge or sync keeps one. A version 8 UUID: `kind` tells the kinds apart,
            /// `n` the things of one kind.
            pub const fn made_from(kind: u16, n: u64) -> Self {
                let version_8 = 0x8u128 << 76;
                let variant = 0b10u128 << 62;
                let n = (n as u128) & ((1u128 << 62) - 1);
                Self(Uuid::from_u128(((kind as u128) << 96) | version_8 | variant | n))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        /// In the file format: a UUID as text.
        #[cfg(not(target_arch = "wasm32"))]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "format": "uuid" })
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

uuid_id!(
    /// Identifies a [`crate::domain::Standard`].
    StandardId
);
uuid_id!(
    /// Identifies an [`crate::domain::Area`].
    AreaId
);
uuid_id!(
    /// Identifies a [`crate::domain::Script`].
    ScriptId
);
uuid_id!(
    /// Identifies a [`crate::domain::values::CoreValue`].
    ValueId
);
uuid_id!(
    /// Identifies a [`crate::domain::authority::Role`].
    RoleId
);
uuid_id!(
    /// Identifies an [`crate::domain::authority::AuthorityRule`].
    RuleId
);

uuid_id!(
    /// Identifies a [`crate::domain::staff::Person`].
    PersonId
);
uuid_id!(
    /// Identifies a [`crate::domain::staff::Goal`].
    GoalId
);
uuid_id!(
    /// Identifies a [`crate::domain::staff::CheckIn`].
    CheckInId
);
uuid_id!(
    /// Identifies a [`crate::domain::staff::HostConversation`].
    ConversationId
);
uuid_id!(
    /// Identifies a [`crate::domain::staff::Question`] of the question bank.
    QuestionId
);
uuid_id!(
    /// Identifies a [`crate::domain::staff::Reflection`].
    ReflectionId
);
uuid_id!(
    /// Identifies a [`crate::domain::staff::Praise`].
    PraiseId
);
uuid_id!(
    /// Identifies a [`crate::domain::visits::Checklist`].
    ChecklistId
);
uuid_id!(
    /// Identifies one item of a checklist; a visit's answers keep it.
    ItemId
);
uuid_id!(
    /// Identifies a [`crate::domain::visits::Visit`].
    VisitId
);
uuid_id!(
    /// Identifies a [`crate::domain::voice::RatingTap`].
    RatingId
);
uuid_id!(
    /// Identifies a [`crate::domain::voice::Complaint`].
    ComplaintId
);
uuid_id!(
    /// Identifies a knowledge-check question a manager wrote.
    CheckQuestionId
);
uuid_id!(
    /// Identifies a [`crate::domain::knowledge::KnowledgeCheck`].
    CheckId
);
uuid_id!(
    /// Identifies a [`crate::domain::knowledge::Attempt`].
    AttemptId
);
uuid_id!(
    /// Identifies a week's [`crate::domain::drip::Meeting`]: made from the week.
    MeetingId
);
uuid_id!(
    /// Identifies a [`crate::domain::drip::Story`].
    StoryId
);
uuid_id!(
    /// Identifies a week's [`crate::domain::drip::BingoCard`]: made from the week.
    BingoCardId
);
uuid_id!(
    /// Identifies a [`crate::domain::drip::BingoTick`]: made from the week and square.
    BingoTickId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_are_version_4_and_distinct() {
        let a = StandardId::random();
        let b = StandardId::random();
        assert_ne!(a, b);
        let parsed = Uuid::parse_str(&a.to_string()).unwrap();
        assert_eq!(parsed.get_version_num(), 4);
    }

    #[test]
    fn ids_round_trip_through_text_and_json() {
        let id = AreaId::random();
        assert_eq!(id.to_string().parse::<AreaId>().unwrap(), id);
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<AreaId>(&json).unwrap(), id);
    }

    #[test]
    fn ids_made_from_a_thing_are_version_8_and_differ_by_kind_and_thing() {
        let a = MeetingId::made_from(1, 42);
        assert_eq!(a, MeetingId::made_from(1, 42));
        assert_ne!(a, MeetingId::made_from(1, 43));
        assert_ne!(a.to_string(), BingoCardId::made_from(2, 42).to_string());
        let parsed = Uuid::parse_str(&a.to_string()).unwrap();
        assert_eq!(parsed.get_version_num(), 8);
        assert_eq!(parsed.get_variant(), uuid::Variant::RFC4122);
        assert_eq!(a.to_string().parse::<MeetingId>().unwrap(), a);
    }

    #[test]
    fn garbage_is_not_an_id() {
        assert!("not-an-id".parse::<StandardId>().is_err());
    }
}
