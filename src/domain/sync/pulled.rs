//! A batch of documents pulled from the server, read as strictly as a file: each
//! document on its own first, so one that fails the checks is kept aside and named
//! while the others still arrive; then the rest together, as one file the import merge
//! takes. Links to records the batch lacks are left for the merge to resolve against
//! everything the tablet holds (a standard pulled without its area is not an orphan if
//! the tablet has the area).

use super::doc::{split_doc_id, Doc, Scope, PROFILE_ID};
use crate::domain::deletion::Tombstone;
use crate::domain::file::{FileProblem, ImportFile, Reading, FORMAT, VERSION};
use crate::domain::Timestamp;
use serde_json::{json, Map, Value};

/// What a pulled batch brings.
#[derive(Clone, Debug, PartialEq)]
pub struct Pulled {
    /// The records that passed every check, and the deletions, as one file.
    pub file: ImportFile,
    /// The revision of each document read (accepted or deleted), by record key
    /// (`section/id`): what this tablet's next change of the record builds on.
    pub revs: Vec<(String, String)>,
    /// Documents that failed the checks: named, and never applied, not even in part.
    pub rejected: Vec<Rejected>,
    /// Records the server holds more than one version of (changed on two tablets before
    /// either synced), by record key.
    pub conflicted: Vec<String>,
}

impl Pulled {
    /// The revisions read, by record key.
    pub fn revs_by_key(&self) -> std::collections::HashMap<&str, &str> {
        self.revs
            .iter()
            .map(|(k, r)| (k.as_str(), r.as_str()))
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub doc_id: String,
    pub problem: FileProblem,
}

/// Reads `docs` (what `_changes` gave, in its order). Documents outside `scope` or not
/// this app's are passed over. A deletion without the moment it happened (made by
/// another program) counts as made `now`.
pub fn read_batch(docs: &[Doc], scope: Scope, now: Timestamp) -> Pulled {
    let mut accepted: Map<String, Value> = Map::new();
    let mut accepted_docs: Vec<(String, String)> = Vec::new();
    let mut revs = Vec::new();
    let mut rejected = Vec::new();
    let mut conflicted = Vec::new();
    let mut deletions = Vec::new();
    for doc in docs {
        let Some((section, id)) = split_doc_id(&doc.id).filter(|(s, _)| scope.syncs(s)) else {
            continue;
        };
        let key = super::doc::record_key(section, id);
        if doc.deleted {
            deletions.push(Tombstone {
                section: section.to_string(),
                id: id.to_string(),
                deleted: doc.deleted_at.unwrap_or(now),
            });
        } else {
            let Some(record) = &doc.record else {
                rejected.push(Rejected {
                    doc_id: doc.id.clone(),
                    problem: FileProblem::Missing {
                        place: "record".into(),
                    },
                });
                continue;
            };
            if let Err(problem) = read_one(section, id, record, now) {
                rejected.push(Rejected {
                    doc_id: doc.id.clone(),
                    problem,
                });
                continue;
            }
            add(&mut accepted, section, record.clone());
            accepted_docs.push((doc.id.clone(), key.clone()));
        }
        if !doc.conflicts.is_empty() {
            conflicted.push(key.clone());
        }
        if let Some(rev) = &doc.rev {
            revs.push((key, rev.clone()));
        }
    }
    // Records that pass on their own can still fail together (two check-ins of one goal
    // marked done on the same day): then none of them is taken, each is named, and
    // none of their revisions is kept, so the next pull reads them again.
    let mut file = match read(accepted, now) {
        Ok(file) => file,
        Err(problem) => {
            let failed: std::collections::HashSet<&str> =
                accepted_docs.iter().map(|(_, key)| key.as_str()).collect();
            revs.retain(|(key, _)| !failed.contains(key.as_str()));
            rejected.extend(accepted_docs.iter().map(|(doc_id, _)| Rejected {
                doc_id: doc_id.clone(),
                problem: problem.clone(),
            }));
            empty(now)
        }
    };
    file.data.deletions = deletions;
    Pulled {
        file,
        revs,
        rejected,
        conflicted,
    }
}

/// A record read as a file of its one record, whose id must be the document's.
fn read_one(section: &str, id: &str, record: &Value, now: Timestamp) -> Result<(), FileProblem> {
    let mut data = Map::new();
    add(&mut data, section, record.clone());
    let file = read(data, now)?;
    let own_id = record.get("id").and_then(Value::as_str);
    if section != "profile" && own_id != Some(id) {
        return Err(FileProblem::Other {
            place: "record.id".into(),
            detail: format!("the document is {id}"),
        });
    }
    if section == "profile" && (id != PROFILE_ID || file.data.profile.is_none()) {
        return Err(FileProblem::Missing {
            place: "record".into(),
        });
    }
    Ok(())
}

fn add(data: &mut Map<String, Value>, section: &str, record: Value) {
    if section == "profile" {
        data.insert(section.into(), record);
    } else if let Value::Array(list) = data
        .entry(section.to_string())
        .or_insert_with(|| Value::Array(Vec::new()))
    {
        list.push(record);
    }
}

fn read(data: Map<String, Value>, now: Timestamp) -> Result<ImportFile, FileProblem> {
    let envelope = json!({
        "format": FORMAT,
        "version": VERSION,
        "kind": "backup",
        "exported_at": now,
        "app_version": "sync",
        "data": data,
    });
    let bytes = serde_json::to_vec(&envelope).map_err(|e| FileProblem::Other {
        place: String::new(),
        detail: e.to_string(),
    })?;
    let mut reading = Reading::start(&bytes)?;
    while reading.advance(usize::MAX)? < 1.0 {}
    reading.finish_unresolved()
}

/// A batch that brings no records (its deletions are added after).
fn empty(now: Timestamp) -> ImportFile {
    ImportFile {
        kind: crate::domain::file::FileKind::Backup,
        exported_at: now,
        app_version: "sync".into(),
        data: Default::default(),
        extras: Default::default(),
        left_out: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::Problem;
    use crate::domain::{AreaId, StandardDraft};

    fn now() -> Timestamp {
        Timestamp::from_unix_millis(1_780_000_000_000.0)
    }

    fn standard_doc(title: &str, area: AreaId, rev: &str) -> (Doc, String) {
        let valid = StandardDraft {
            title: title.into(),
            ..StandardDraft::in_area(area)
        }
        .validate(|_| true)
        .unwrap();
        let standard = crate::domain::Standard::create(valid, 0, now());
        let id = standard.id.to_string();
        let record = serde_json::to_value(&standard).unwrap();
        (
            Doc::of_record("standards", &id, Some(rev.into()), record),
            id,
        )
    }

    #[test]
    fn good_documents_arrive_and_a_bad_one_is_kept_aside_and_named() {
        // The standard's area is not in the batch: the tablet may hold it.
        let area = AreaId::random();
        let (good, good_id) = standard_doc("Greet every guest", area, "1-a");
        let (mut bad, bad_id) = standard_doc("Smile", area, "2-b");
        bad.record.as_mut().unwrap()["title"] = json!(42);
        let pulled = read_batch(&[good, bad.clone()], Scope::Content, now());
        assert_eq!(pulled.file.data.standards.len(), 1);
        assert_eq!(pulled.file.data.standards[0].id.to_string(), good_id);
        assert_eq!(
            pulled.file.data.standards[0].area_id, area,
            "the link is kept for the merge"
        );
        assert_eq!(pulled.rejected.len(), 1);
        assert_eq!(pulled.rejected[0].doc_id, format!("standards:{bad_id}"));
        assert!(
            matches!(&pulled.rejected[0].problem, FileProblem::WrongType { place, .. } if place == "standards[0].title")
        );
        assert_eq!(
            pulled.revs,
            vec![(format!("standards/{good_id}"), "1-a".to_string())]
        );
    }

    #[test]
    fn a_record_that_breaks_a_rule_or_names_another_id_is_refused() {
        let area = AreaId::random();
        let (mut empty_title, _) = standard_doc("Smile", area, "1-a");
        empty_title.record.as_mut().unwrap()["title"] = json!("  ");
        let (mut other_id, _) = standard_doc("Smile", area, "1-a");
        other_id.id = "standards:00000000-0000-4000-8000-000000000000".into();
        let pulled = read_batch(&[empty_title, other_id], Scope::Content, now());
        assert!(pulled.file.data.standards.is_empty());
        assert!(matches!(
            &pulled.rejected[0].problem,
            FileProblem::Invalid {
                problem: Problem::Required,
                ..
            }
        ));
        assert!(
            matches!(&pulled.rejected[1].problem, FileProblem::Other { place, .. } if place == "record.id")
        );
    }

    #[test]
    fn records_that_fail_only_together_are_all_kept_aside_and_pulled_again() {
        use crate::domain::staff::fixtures::{check_in, goal};
        use crate::domain::staff::{GoalKind, Period, TargetDirection};
        let done = goal(
            GoalKind::DonePerDay,
            5.0,
            TargetDirection::AtLeast,
            Period::Week,
        );
        let twice: Vec<Doc> = (0..2)
            .map(|_| {
                let c = check_in(&done, "2026-03-02", 1.0);
                let id = c.id.to_string();
                Doc::of_record(
                    "check_ins",
                    &id,
                    Some("1-a".into()),
                    serde_json::to_value(&c).unwrap(),
                )
            })
            .chain(std::iter::once(Doc::of_record(
                "goals",
                &done.id.to_string(),
                Some("1-g".into()),
                serde_json::to_value(&done).unwrap(),
            )))
            .collect();
        let pulled = read_batch(&twice, Scope::Everything, now());
        assert!(pulled.file.data.check_ins.is_empty() && pulled.file.data.goals.is_empty());
        assert_eq!(pulled.rejected.len(), 3, "each is named");
        assert!(pulled.revs.is_empty(), "none counts as read");
    }

    #[test]
    fn deletions_arrive_as_remembered_deletions_with_their_moment() {
        let at = Timestamp::from_unix_millis(1_770_000_000_000.0);
        let docs = [
            Doc::of_deletion("standards", "s1", Some("3-c".into()), at),
            Doc {
                deleted_at: None,
                ..Doc::of_deletion("scripts", "s2", Some("2-d".into()), at)
            },
        ];
        let pulled = read_batch(&docs, Scope::Content, now());
        let deletions: Vec<(String, Timestamp)> = pulled
            .file
            .data
            .deletions
            .iter()
            .map(|t| (t.key(), t.deleted))
            .collect();
        assert_eq!(
            deletions,
            vec![
                ("standards/s1".to_string(), at),
                ("scripts/s2".to_string(), now())
            ]
        );
        assert_eq!(pulled.revs.len(), 2);
    }

    #[test]
    fn records_outside_the_scope_and_other_apps_documents_are_passed_over() {
        let person = json!({ "id": "p1", "name": "Kari" });
        let docs = [
            Doc::of_record("people", "p1", Some("1-a".into()), person),
            Doc {
                id: "_design/reports".into(),
                ..Doc::of_deletion("x", "y", None, now())
            },
        ];
        let pulled = read_batch(&docs, Scope::Content, now());
        assert!(pulled.file.data.people.is_empty() && pulled.rejected.is_empty());
        assert!(pulled.revs.is_empty() && pulled.file.data.deletions.is_empty());
    }

    #[test]
    fn the_profile_is_one_document_and_a_conflict_on_the_server_is_reported() {
        let profile = serde_json::to_value(crate::domain::values::Profile::default()).unwrap();
        let mut doc = Doc::of_record("profile", PROFILE_ID, Some("7-x".into()), profile);
        doc.conflicts = vec!["7-y".into()];
        let pulled = read_batch(&[doc], Scope::Content, now());
        assert!(pulled.file.data.profile.is_some());
        assert_eq!(
            pulled.conflicted,
            vec!["profile".to_string()],
            "keyed as the merge keys it"
        );
    }
}
