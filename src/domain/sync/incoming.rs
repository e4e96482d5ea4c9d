//! What a pulled batch does here, decided before anything is written: which records
//! are taken (the import merge's rules, with the ledger's synced times as the times
//! both sides last matched), which wait for the person (changed on both sides), which
//! deletions go through, and what the ledger keeps of each.

use super::deletions::{weigh, Deletions};
use super::doc::{doc_id_of_key, Doc, Scope};
use super::ledger::{Ledger, SyncedDoc};
use super::pulled::{read_batch, Pulled};
use crate::domain::file::merge::{changed_here, Choice, Here, ImportPlan, Item, Mergeable, Status};
use crate::domain::{Library, Timestamp};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub pulled: Pulled,
    /// The merge, without the records changed on both sides (they stay as they are here).
    pub plan: ImportPlan,
    /// Records changed on both sides, but check-ins: the person chooses, as on import.
    /// Check-ins are many and never compared by hand: the newer copy is kept.
    pub conflicts: ImportPlan,
    pub deletions: Deletions,
}

/// Weighs `docs` against this tablet.
pub fn weigh_batch(
    docs: &[Doc],
    scope: Scope,
    now: Timestamp,
    library: &Library,
    here: &Here,
    ledger: &Ledger,
) -> Incoming {
    let pulled = read_batch(docs, scope, now);
    let plan = ImportPlan::merge_with(library, here, &ledger.synced, &pulled.file);
    let changed = changed_here(library, &here.check_ins, &here.ratings);
    let deletions = weigh(&pulled.file.data.deletions, &changed, &ledger.synced);
    let (plan, conflicts) = plan.split_off_choices();
    Incoming {
        pulled,
        plan,
        conflicts,
        deletions,
    }
}

impl Incoming {
    /// The `_id`s of documents to read again at the next sync: those waiting for the
    /// person, and those kept aside for failing the checks.
    pub fn waiting(&self) -> Vec<String> {
        let conflicts = self
            .conflicts
            .items
            .iter()
            .map(|i| i.theirs.key())
            .chain(self.conflicts.staff.iter().map(|i| i.theirs.key()))
            .filter_map(|key| doc_id_of_key(&key));
        conflicts
            .chain(self.pulled.rejected.iter().map(|r| r.doc_id.clone()))
            .collect()
    }

    /// What the ledger keeps of the records this batch settles (see [`entries`]); the
    /// deletions' entries are [`Incoming::deletion_entries`].
    pub fn record_entries(&self, ledger: &Ledger) -> Vec<SyncedDoc> {
        let revs: HashMap<&str, &str> = self
            .pulled
            .revs
            .iter()
            .map(|(k, r)| (k.as_str(), r.as_str()))
            .collect();
        let business = self.plan.items.iter().map(|i| entry(i, ledger, &revs));
        let staff = self.plan.staff.iter().map(|i| entry(i, ledger, &revs));
        business.chain(staff).flatten().collect()
    }

    /// Entries for the pulled deletions: each one done or remembered here is synced at
    /// its moment; one kept here (changed since, or still in use: `kept`) keeps its
    /// synced time, so the next push puts the record back on the server.
    pub fn deletion_entries(
        &self,
        ledger: &Ledger,
        remembered_here: &HashMap<String, Timestamp>,
        kept: &[String],
    ) -> Vec<SyncedDoc> {
        let revs: HashMap<&str, &str> = self
            .pulled
            .revs
            .iter()
            .map(|(k, r)| (k.as_str(), r.as_str()))
            .collect();
        let done = self
            .deletions
            .apply
            .iter()
            .filter(|t| !kept.contains(&t.key()))
            .map(|t| (t.key(), t.deleted));
        // A deletion remembered here too: the later of the two is what this tablet keeps.
        let remembered = self.deletions.remember.iter().map(|t| {
            let key = t.key();
            let at = remembered_here
                .get(&key)
                .map_or(t.deleted, |here| (*here).max(t.deleted));
            (key, at)
        });
        let kept_here = self.deletions.kept.iter().chain(kept).map(|key| {
            (
                key.clone(),
                ledger.synced.0.get(key).copied().unwrap_or(NEVER),
            )
        });
        done.chain(remembered)
            .chain(kept_here)
            .filter_map(|(key, synced)| {
                let rev = revs.get(key.as_str())?.to_string();
                Some(SyncedDoc { key, rev, synced })
            })
            .collect()
    }
}

/// A synced time no record has: the record is pushed at the next sync.
const NEVER: Timestamp = Timestamp::EPOCH;

/// The ledger entry for one merged record. The synced time is the `updated` both sides
/// now share, so that neither pushes it back; where this tablet keeps a different copy
/// (older on the server, or deleted here since), the ledger keeps what it had, and the
/// next push sends this tablet's copy on top of the server's revision.
fn entry<R: Mergeable>(
    item: &Item<R>,
    ledger: &Ledger,
    revs: &HashMap<&str, &str>,
) -> Option<SyncedDoc> {
    let key = item.theirs.key();
    let rev = revs.get(key.as_str())?.to_string();
    let synced = match (item.status, item.choice, &item.mine) {
        (Status::Unchanged, Choice::Mine, Some(mine)) => mine.updated(),
        (_, Choice::Theirs, _) => item.theirs.updated(),
        // A conflict of check-ins settled by time: the server's copy is the base.
        (Status::Conflict, Choice::Mine, _) => item.theirs.updated(),
        _ => ledger.synced.0.get(&key).copied().unwrap_or(NEVER),
    };
    Some(SyncedDoc { key, rev, synced })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deletion::{Section, Tombstone};
    use crate::domain::file::merge::Matched;
    use crate::domain::staff::fixtures::t;
    use crate::domain::{Area, AreaId};

    fn area(name: &str, updated: f64) -> Area {
        Area {
            id: AreaId::random(),
            name: name.into(),
            order: 0,
            builtin: None,
            created: t(1.0),
            updated: t(updated),
        }
    }

    fn doc_of(area: &Area, rev: &str) -> Doc {
        Doc::of_record(
            "areas",
            &area.id.to_string(),
            Some(rev.into()),
            serde_json::to_value(area).unwrap(),
        )
    }

    fn ledger_of(entries: &[(&Area, &str, f64)]) -> Ledger {
        Ledger::of(
            Some("3".into()),
            entries
                .iter()
                .map(|(a, rev, synced)| SyncedDoc {
                    key: format!("areas/{}", a.id),
                    rev: rev.to_string(),
                    synced: t(*synced),
                })
                .collect(),
        )
    }

    #[test]
    fn the_same_record_made_on_two_tablets_is_not_sent_back_and_forth() {
        // Both tablets have the area with the same content, stamped at different times.
        let here = area("Welcome", 5.0);
        let mut there = here.clone();
        there.updated = t(7.0);
        let library = Library {
            areas: vec![here.clone()],
            ..Library::default()
        };
        let incoming = weigh_batch(
            &[doc_of(&there, "1-a")],
            Scope::Content,
            t(10.0),
            &library,
            &Here::default(),
            &Ledger::default(),
        );
        let entries = incoming.record_entries(&Ledger::default());
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].rev, "1-a");
        assert_eq!(
            entries[0].synced,
            t(5.0),
            "synced at this tablet's own time, so the next push leaves it alone"
        );
        assert!(incoming.conflicts.is_empty() && incoming.waiting().is_empty());
    }

    #[test]
    fn a_record_changed_on_both_tablets_waits_and_the_rest_arrive() {
        let mine = area("Welcome at the door", 20.0);
        let mut theirs = mine.clone();
        theirs.name = "Welcome at the till".into();
        theirs.updated = t(30.0);
        let other = area("Farewell", 25.0);
        let library = Library {
            areas: vec![mine.clone()],
            ..Library::default()
        };
        let ledger = ledger_of(&[(&mine, "1-a", 10.0)]);
        let incoming = weigh_batch(
            &[doc_of(&theirs, "2-b"), doc_of(&other, "1-c")],
            Scope::Content,
            t(40.0),
            &library,
            &Here::default(),
            &ledger,
        );
        assert_eq!(incoming.conflicts.items.len(), 1);
        assert_eq!(
            incoming.conflicts.items[0].choice,
            Choice::Theirs,
            "the newer is preselected"
        );
        assert_eq!(
            incoming.plan.items.len(),
            1,
            "the new area arrives meanwhile"
        );
        assert_eq!(incoming.waiting(), vec![format!("areas:{}", mine.id)]);
        let entries = incoming.record_entries(&ledger);
        assert_eq!(
            entries.len(),
            1,
            "nothing is settled for the record that waits"
        );
        assert_eq!(entries[0].key, format!("areas/{}", other.id));
        assert_eq!(entries[0].synced, t(25.0));
    }

    #[test]
    fn a_record_older_on_the_server_keeps_its_synced_time_and_goes_back() {
        let mine = area("Welcome", 20.0);
        let mut theirs = mine.clone();
        theirs.updated = t(10.0);
        theirs.name = "Welcom".into();
        let library = Library {
            areas: vec![mine.clone()],
            ..Library::default()
        };
        let ledger = ledger_of(&[(&mine, "1-a", 10.0)]);
        let incoming = weigh_batch(
            &[doc_of(&theirs, "1-a")],
            Scope::Content,
            t(40.0),
            &library,
            &Here::default(),
            &ledger,
        );
        let entries = incoming.record_entries(&ledger);
        assert_eq!(entries[0].synced, t(10.0));
        let synced = Matched(entries.iter().map(|e| (e.key.clone(), e.synced)).collect());
        let out = super::super::push::outgoing(
            &library,
            &Here::default(),
            Scope::Content,
            &synced,
            &HashMap::new(),
        );
        assert_eq!(out.docs.len(), 1, "this tablet's newer copy is pushed");
    }

    #[test]
    fn a_deletion_known_on_both_tablets_settles_at_the_later_moment() {
        let gone = Tombstone::new(Section::Praise, "p1", t(50.0));
        let library = Library::default();
        let incoming = weigh_batch(
            &[Doc::of_deletion(
                "praise",
                "p1",
                Some("2-x".into()),
                t(50.0),
            )],
            Scope::Everything,
            t(60.0),
            &library,
            &Here::default(),
            &Ledger::default(),
        );
        assert_eq!(incoming.deletions.remember, vec![gone]);
        let here_at: HashMap<String, Timestamp> = [("praise/p1".to_string(), t(55.0))].into();
        let entries = incoming.deletion_entries(&Ledger::default(), &here_at, &[]);
        assert_eq!(entries[0].synced, t(55.0));
        assert_eq!(entries[0].rev, "2-x");
    }
}
