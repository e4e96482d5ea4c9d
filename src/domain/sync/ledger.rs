//! What this tablet knows of the server: for each synced record, the revision the server
//! last gave it and the `updated` time both sides had then; and how far the pull has
//! read the server's changes. Kept in storage beside the records and written in the
//! same transaction as what a pull or push changes, so a reload never leaves the two
//! out of step.

use super::push::Pushed;
use crate::domain::file::merge::Matched;
use crate::domain::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One synced record, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncedDoc {
    /// `section/id`.
    pub key: String,
    pub rev: String,
    /// The record's `updated` time (or the moment of its deletion) when it last synced.
    pub synced: Timestamp,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    /// The `_changes` sequence the last pull read up to; none before the first pull.
    pub since: Option<String>,
    pub revs: HashMap<String, String>,
    pub synced: Matched,
    /// `_id`s read again at each pull: changed on two tablets and waiting for the
    /// person, or kept aside for failing the checks.
    pub waiting: Vec<String>,
}

impl Ledger {
    pub fn of(since: Option<String>, docs: Vec<SyncedDoc>) -> Ledger {
        let mut ledger = Ledger {
            since,
            ..Ledger::default()
        };
        for doc in docs {
            ledger.synced.0.insert(doc.key.clone(), doc.synced);
            ledger.revs.insert(doc.key, doc.rev);
        }
        ledger
    }

    /// The records a push stored, as the ledger is to keep them.
    pub fn entries_pushed(&self, pushed: &Pushed) -> Vec<SyncedDoc> {
        let synced: HashMap<&str, Timestamp> = pushed
            .synced
            .iter()
            .map(|(k, t)| (k.as_str(), *t))
            .collect();
        pushed
            .revs
            .iter()
            .filter_map(|(key, rev)| {
                Some(SyncedDoc {
                    key: key.clone(),
                    rev: rev.clone(),
                    synced: *synced.get(key.as_str())?,
                })
            })
            .collect()
    }

    pub fn with(&mut self, entries: &[SyncedDoc]) {
        for e in entries {
            self.revs.insert(e.key.clone(), e.rev.clone());
            self.synced.0.insert(e.key.clone(), e.synced);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(n: f64) -> Timestamp {
        Timestamp::from_unix_millis(n)
    }

    #[test]
    fn a_push_stored_becomes_the_ledger_and_a_conflict_does_not() {
        let mut ledger = Ledger::of(Some("12-abc".into()), Vec::new());
        let pushed = Pushed {
            revs: vec![("areas/a".into(), "2-x".into())],
            synced: vec![("areas/a".into(), t(5.0))],
            conflicts: vec!["areas/b".into()],
            refused: Vec::new(),
        };
        let entries = ledger.entries_pushed(&pushed);
        assert_eq!(
            entries,
            vec![SyncedDoc {
                key: "areas/a".into(),
                rev: "2-x".into(),
                synced: t(5.0)
            }]
        );
        ledger.with(&entries);
        assert_eq!(ledger.revs.get("areas/a").map(String::as_str), Some("2-x"));
        assert_eq!(ledger.synced.0.get("areas/a"), Some(&t(5.0)));
        assert!(!ledger.revs.contains_key("areas/b"));
        assert_eq!(ledger.since.as_deref(), Some("12-abc"));
        let again = Ledger::of(ledger.since.clone(), entries);
        assert_eq!(again, ledger);
    }
}
