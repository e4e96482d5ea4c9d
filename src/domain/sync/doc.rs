//! One CouchDB document per record. Its `_id` is the record's section and id
//! (`standards:6b1e…`; the profile, of which there is one, is `profile:profile`), and its
//! body holds the record as the file format writes it, under `record`, so a document
//! reads with the same checks as a file. A deleted record is a deleted document that
//! keeps the moment it was deleted, so a tablet that changed the record later can tell.

use crate::domain::file::read::{BUSINESS_SECTIONS, STAFF_SECTIONS};
use crate::domain::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a business syncs, chosen in Settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Standards, scripts, values, authority, checklists, knowledge checks, questions
    /// and the profile: what a business shares between its counters.
    Content,
    /// Also everything about people: only to a database the business marks as its own.
    Everything,
}

/// The file's remembered deletions travel as deleted documents, not as a section.
const NOT_SYNCED: &str = "deletions";

fn is_content(section: &str) -> bool {
    section == "profile" || BUSINESS_SECTIONS.contains(&section)
}

fn is_staff(section: &str) -> bool {
    section != NOT_SYNCED && STAFF_SECTIONS.contains(&section)
}

/// The profile's id in its document's `_id`.
pub const PROFILE_ID: &str = "profile";

impl Scope {
    pub fn syncs(self, section: &str) -> bool {
        is_content(section) || (self == Scope::Everything && is_staff(section))
    }

    /// The sections synced, in the order a file reads them (what others point at first).
    pub fn sections(self) -> Vec<&'static str> {
        let staff = STAFF_SECTIONS
            .iter()
            .filter(|s| self == Scope::Everything && is_staff(s));
        std::iter::once("profile")
            .chain(BUSINESS_SECTIONS)
            .chain(staff.copied())
            .collect()
    }
}

/// The key a record is known by on this tablet (match times, the ledger): `section/id`,
/// and `profile` for the one profile, as the import merge keys it.
pub fn record_key(section: &str, id: &str) -> String {
    if section == "profile" {
        "profile".into()
    } else {
        crate::domain::file::extras::key(section, id)
    }
}

/// The `_id` of the record known here by `key` ([`record_key`]).
pub fn doc_id_of_key(key: &str) -> Option<String> {
    if key == "profile" {
        return Some(doc_id("profile", PROFILE_ID));
    }
    let (section, id) = key.split_once('/')?;
    Some(doc_id(section, id))
}

pub fn doc_id(section: &str, id: &str) -> String {
    format!("{section}:{id}")
}

/// The section and id of a document's `_id`; `None` for ids this app does not write
/// (design documents, another app's records).
pub fn split_doc_id(doc_id: &str) -> Option<(&str, &str)> {
    let (section, id) = doc_id.split_once(':')?;
    let known = is_content(section) || is_staff(section);
    (known && !id.is_empty()).then_some((section, id))
}

/// A document as `_changes?include_docs=true` gives it and `_bulk_docs` takes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    #[serde(
        rename = "_deleted",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub deleted: bool,
    /// The record, as the file format writes it; none on a deleted document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<Value>,
    /// When the record was deleted, on a deleted document this app wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<Timestamp>,
    /// Revisions the server keeps beside the winning one (asked for with
    /// `conflicts=true`): the same record was changed on two tablets.
    #[serde(rename = "_conflicts", default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<String>,
}

impl Doc {
    /// A record to push, on top of `rev` (none for a record the server has not seen).
    pub fn of_record(section: &str, id: &str, rev: Option<String>, record: Value) -> Doc {
        Doc {
            id: doc_id(section, id),
            rev,
            deleted: false,
            record: Some(record),
            deleted_at: None,
            conflicts: Vec::new(),
        }
    }

    /// A deletion to push.
    pub fn of_deletion(section: &str, id: &str, rev: Option<String>, at: Timestamp) -> Doc {
        Doc {
            id: doc_id(section, id),
            rev,
            deleted: true,
            record: None,
            deleted_at: Some(at),
            conflicts: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_document_id_is_the_section_and_the_record_id() {
        let id = doc_id("standards", "6b1e0c6a-2f0d-4c1e-9a01-000000000001");
        assert_eq!(id, "standards:6b1e0c6a-2f0d-4c1e-9a01-000000000001");
        assert_eq!(
            split_doc_id(&id),
            Some(("standards", "6b1e0c6a-2f0d-4c1e-9a01-000000000001"))
        );
        assert_eq!(
            split_doc_id("profile:profile"),
            Some(("profile", PROFILE_ID))
        );
        for other in ["_design/app", "standards", "standards:", "gadgets:1", ":1"] {
            assert_eq!(split_doc_id(other), None, "{other}");
        }
    }

    #[test]
    fn content_leaves_people_out_and_everything_takes_them() {
        assert!(Scope::Content.syncs("standards") && Scope::Content.syncs("profile"));
        assert!(!Scope::Content.syncs("people") && !Scope::Content.syncs("check_ins"));
        assert!(Scope::Everything.syncs("people") && Scope::Everything.syncs("bingo_ticks"));
        assert!(
            !Scope::Everything.syncs("deletions"),
            "deletions are deleted documents"
        );
        assert_eq!(Scope::Everything.sections().len(), 24);
        assert_eq!(Scope::Content.sections()[0], "profile");
    }

    #[test]
    fn documents_read_and_write_as_couchdb_has_them() {
        let doc = Doc::of_record("areas", "a1", Some("3-abc".into()), json!({ "id": "a1" }));
        assert_eq!(
            serde_json::to_value(&doc).unwrap(),
            json!({ "_id": "areas:a1", "_rev": "3-abc", "record": { "id": "a1" } })
        );
        let gone = Doc::of_deletion(
            "areas",
            "a1",
            Some("4-def".into()),
            Timestamp::from_unix_millis(0.0),
        );
        assert_eq!(
            serde_json::to_value(&gone).unwrap(),
            json!({ "_id": "areas:a1", "_rev": "4-def", "_deleted": true, "deleted_at": "1970-01-01T00:00:00Z" })
        );
        let from_server: Doc = serde_json::from_value(json!({
            "_id": "areas:a1", "_rev": "5-x", "_conflicts": ["5-y"], "record": { "id": "a1" }, "other": 1
        }))
        .unwrap();
        assert_eq!(from_server.conflicts, vec!["5-y".to_string()]);
        assert!(!from_server.deleted);
    }
}
