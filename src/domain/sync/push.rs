//! What to push: every synced record changed since this tablet last synced it (or never
//! synced), as a document on top of the revision the server last gave; and every
//! deletion not yet pushed. Then what the server's answer settles: a new revision for
//! each document stored, and the records the server refused because another tablet
//! changed them first (the next pull brings that change, and the person chooses).

use super::doc::{split_doc_id, Doc, Scope, PROFILE_ID};
use crate::domain::file::merge::{Here, Matched};
use crate::domain::file::write::all_data;
use crate::domain::{Library, Timestamp};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

/// Documents to push, with the time each stands for (its record's `updated`, or the
/// moment of its deletion): once stored, that is the record's synced time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outgoing {
    pub docs: Vec<Doc>,
    pub stamps: HashMap<String, Timestamp>,
}

/// Everything in `scope` changed since `synced` says it was last synced.
pub fn outgoing(
    library: &Library,
    here: &Here,
    scope: Scope,
    synced: &Matched,
    revs: &HashMap<String, String>,
) -> Outgoing {
    let mut out = Outgoing::default();
    let Ok(Value::Object(data)) = serde_json::to_value(all_data(library, here)) else {
        return out;
    };
    let rev = |key: &str| revs.get(key).cloned();
    for section in scope.sections() {
        let records: Vec<&Value> = match data.get(section) {
            Some(Value::Array(list)) => list.iter().collect(),
            Some(profile @ Value::Object(_)) => vec![profile],
            _ => Vec::new(),
        };
        for record in records {
            let id = match section {
                "profile" => PROFILE_ID,
                _ => match record.get("id").and_then(Value::as_str) {
                    Some(id) => id,
                    None => continue,
                },
            };
            let Some(stamp) = stamp_of(section, record) else {
                continue;
            };
            let key = super::doc::record_key(section, id);
            if synced.0.get(&key) == Some(&stamp) {
                continue;
            }
            out.docs
                .push(Doc::of_record(section, id, rev(&key), record.clone()));
            out.stamps.insert(key, stamp);
        }
    }
    for tombstone in &here.deletions {
        let key = tombstone.key();
        if !scope.syncs(&tombstone.section) || synced.0.get(&key) == Some(&tombstone.deleted) {
            continue;
        }
        out.docs.push(Doc::of_deletion(
            &tombstone.section,
            &tombstone.id,
            rev(&key),
            tombstone.deleted,
        ));
        out.stamps.insert(key, tombstone.deleted);
    }
    out
}

/// When a record (as the file format writes it) last changed, as the merge times it: its
/// `updated`; a tap's moment, or a millisecond after it once the guest gave a reason
/// ([`crate::domain::voice::RatingTap::last_changed`]).
fn stamp_of(section: &str, record: &Value) -> Option<Timestamp> {
    let field = ["updated", "at"].iter().find_map(|f| record.get(*f))?;
    let stamp = serde_json::from_value::<Timestamp>(field.clone()).ok()?;
    let reason = record.get("reason").is_some_and(|r| !r.is_null());
    Some(if section == "ratings" && reason {
        Timestamp::from_unix_millis((stamp.unix_millis() + 1) as f64)
    } else {
        stamp
    })
}

/// One line of the `_bulk_docs` answer.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Stored {
    pub id: String,
    #[serde(default)]
    pub rev: Option<String>,
    #[serde(default)]
    pub error: Option<String>,
}

/// What a push's answer settles.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pushed {
    /// New revisions, by record key.
    pub revs: Vec<(String, String)>,
    /// The synced time of each record stored.
    pub synced: Vec<(String, Timestamp)>,
    /// Records another tablet changed first: pull, then choose.
    pub conflicts: Vec<String>,
    /// Records the server refused for another reason (with its word for it).
    pub refused: Vec<(String, String)>,
}

pub fn settle(outgoing: &Outgoing, answer: &[Stored]) -> Pushed {
    let mut pushed = Pushed::default();
    for line in answer {
        let Some((section, id)) = split_doc_id(&line.id) else {
            continue;
        };
        let key = super::doc::record_key(section, id);
        match (&line.rev, line.error.as_deref()) {
            (Some(rev), None) => {
                pushed.revs.push((key.clone(), rev.clone()));
                if let Some(stamp) = outgoing.stamps.get(&key) {
                    pushed.synced.push((key, *stamp));
                }
            }
            (_, Some("conflict")) => pushed.conflicts.push(key),
            (_, error) => pushed
                .refused
                .push((key, error.unwrap_or("unknown").to_string())),
        }
    }
    pushed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deletion::Tombstone;
    use crate::domain::staff::fixtures::{person, t};

    fn library() -> Library {
        let mut library = Library::default();
        let mut kari = person("Kari");
        kari.updated = t(5.0);
        library.staff.people.push(kari);
        library.areas.push(crate::domain::Area {
            id: crate::domain::AreaId::random(),
            name: "Welcome".into(),
            order: 0,
            builtin: None,
            created: t(1.0),
            updated: t(2.0),
        });
        library
    }

    #[test]
    fn what_changed_since_the_last_sync_is_pushed_on_the_revision_the_server_gave() {
        let library = library();
        let area = &library.areas[0];
        let area_key = format!("areas/{}", area.id);
        let first = outgoing(
            &library,
            &Here::default(),
            Scope::Content,
            &Matched::default(),
            &HashMap::new(),
        );
        assert_eq!(first.docs.len(), 1, "content only: the area, not Kari");
        assert_eq!(first.docs[0].id, format!("areas:{}", area.id));
        assert_eq!(first.docs[0].rev, None);
        assert_eq!(first.docs[0].record.as_ref().unwrap()["name"], "Welcome");

        // Stored as 1-a: nothing more to push until the area changes again.
        let pushed = settle(
            &first,
            &[Stored {
                id: first.docs[0].id.clone(),
                rev: Some("1-a".into()),
                error: None,
            }],
        );
        assert_eq!(pushed.revs, vec![(area_key.clone(), "1-a".to_string())]);
        let synced = Matched(pushed.synced.into_iter().collect());
        let revs: HashMap<String, String> = pushed.revs.into_iter().collect();
        assert!(
            outgoing(&library, &Here::default(), Scope::Content, &synced, &revs)
                .docs
                .is_empty()
        );

        let mut changed = library.clone();
        changed.areas[0].updated = t(9.0);
        let again = outgoing(&changed, &Here::default(), Scope::Content, &synced, &revs);
        assert_eq!(again.docs.len(), 1);
        assert_eq!(again.docs[0].rev.as_deref(), Some("1-a"));
        assert_eq!(again.stamps.get(&area_key), Some(&t(9.0)));
    }

    #[test]
    fn everything_takes_people_and_deletions_go_as_deleted_documents_once() {
        let library = library();
        let gone = Tombstone {
            section: "standards".into(),
            id: "s1".into(),
            deleted: t(7.0),
        };
        let here = Here {
            deletions: vec![gone.clone()],
            ..Here::default()
        };
        let revs: HashMap<String, String> =
            [("standards/s1".to_string(), "4-z".to_string())].into();
        let out = outgoing(
            &library,
            &here,
            Scope::Everything,
            &Matched::default(),
            &revs,
        );
        let ids: Vec<&str> = out.docs.iter().map(|d| d.id.as_str()).collect();
        assert!(ids.contains(&format!("people:{}", library.staff.people[0].id).as_str()));
        let deletion = out.docs.iter().find(|d| d.id == "standards:s1").unwrap();
        assert!(deletion.deleted && deletion.rev.as_deref() == Some("4-z"));
        assert_eq!(deletion.deleted_at, Some(t(7.0)));
        let synced = Matched([("standards/s1".to_string(), t(7.0))].into());
        let later = outgoing(&library, &here, Scope::Everything, &synced, &revs);
        assert!(
            later.docs.iter().all(|d| d.id != "standards:s1"),
            "pushed once"
        );
    }

    #[test]
    fn a_conflict_and_a_refusal_are_told_apart_from_what_was_stored() {
        let out = Outgoing::default();
        let pushed = settle(
            &out,
            &[
                Stored {
                    id: "areas:a".into(),
                    rev: Some("2-b".into()),
                    error: None,
                },
                Stored {
                    id: "areas:b".into(),
                    rev: None,
                    error: Some("conflict".into()),
                },
                Stored {
                    id: "areas:c".into(),
                    rev: None,
                    error: Some("forbidden".into()),
                },
            ],
        );
        assert_eq!(
            pushed.revs,
            vec![("areas/a".to_string(), "2-b".to_string())]
        );
        assert_eq!(pushed.conflicts, vec!["areas/b".to_string()]);
        assert_eq!(
            pushed.refused,
            vec![("areas/c".to_string(), "forbidden".to_string())]
        );
        assert_eq!(
            crate::domain::sync::doc::doc_id_of_key("areas/a").as_deref(),
            Some("areas:a")
        );
        assert_eq!(
            crate::domain::sync::doc::doc_id_of_key("profile").as_deref(),
            Some("profile:profile")
        );
    }
}
