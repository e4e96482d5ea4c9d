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
    /// Keys of records not stored yet: they point at records this tablet does not hold
    /// (a later batch may bring them). Read again at the next sync.
    pub deferred: Vec<String>,
    /// Records read again that still point at what this tablet does not hold (it was
    /// deleted here): stored as a file would be, without what is gone.
    pub left_out: usize,
}

/// Weighs `docs` against this tablet. `retried`: the `_id`s of documents read again
/// from the waiting list; one that waited once for what it points at is not kept
/// waiting again (what it points at is not coming: it was deleted).
pub fn weigh_batch(
    docs: &[Doc],
    scope: Scope,
    now: Timestamp,
    library: &Library,
    here: &Here,
    ledger: &Ledger,
    retried: &std::collections::HashSet<String>,
) -> Incoming {
    let pulled = read_batch(docs, scope, now);
    let mut plan = ImportPlan::merge_with(library, here, &ledger.synced, &pulled.file);
    let revs = pulled.revs_by_key();
    plan.rejudge(|judged| by_revisions(judged, ledger, &revs));
    let changed = changed_here(library, &here.check_ins, &here.ratings);
    let deletions = weigh(&pulled.file.data.deletions, &changed, &ledger.synced);
    let (mut plan, conflicts) = plan.split_off_choices();
    let (again, first_time): (Vec<String>, Vec<String>) = plan
        .unsettled(library, now)
        .into_iter()
        .partition(|key| doc_id_of_key(key).is_some_and(|id| retried.contains(&id)));
    let mut deferred: Vec<String> = first_time;
    deferred.sort();
    plan.without(&deferred.iter().cloned().collect());
    Incoming {
        pulled,
        plan,
        conflicts,
        deletions,
        deferred,
        left_out: again.len(),
    }
}

/// Which side changed a record since the last sync, told by what cannot drift: the
/// server's revision (changed there if it is not the one last synced) and this tablet's
/// copy (changed here if its time is not the one last synced). Clocks on two tablets
/// may disagree by minutes; times then only preselect the newer in a real conflict.
/// Records never synced, or the same on both sides, keep what the times said.
fn by_revisions(
    judged: &crate::domain::file::merge::Judged,
    ledger: &Ledger,
    revs: &HashMap<&str, &str>,
) -> Option<(Status, Choice)> {
    if matches!(
        judged.status,
        Status::Unchanged | Status::New | Status::DeletedHere
    ) {
        return None;
    }
    let mine = judged.mine?;
    let known = ledger.revs.get(&judged.key)?;
    let synced = ledger.synced.0.get(&judged.key)?;
    let rev = revs.get(judged.key.as_str())?;
    let newer = if judged.theirs > mine {
        Choice::Theirs
    } else {
        Choice::Mine
    };
    match (*rev != known.as_str(), mine != *synced) {
        (true, false) => Some((Status::Updated, Choice::Theirs)),
        (false, true) => Some((Status::Older, Choice::Mine)),
        (true, true) => Some((Status::Conflict, newer)),
        (false, false) => None,
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
            .chain(self.deferred.iter().cloned())
            .filter_map(|key| doc_id_of_key(&key));
        conflicts
            .chain(self.pulled.rejected.iter().map(|r| r.doc_id.clone()))
            .collect()
    }

    /// What the ledger keeps of the records this batch settles (see [`entry`]); the
    /// deletions' entries are [`Incoming::deletion_entries`].
    pub fn record_entries(&self, ledger: &Ledger) -> Vec<SyncedDoc> {
        let revs = self.pulled.revs_by_key();
        let business = self.plan.items.iter().map(|i| entry(i, ledger, &revs));
        let staff = self.plan.staff.iter().map(|i| entry(i, ledger, &revs));
        business.chain(staff).flatten().collect()
    }

    /// Entries for the pulled deletions: each one done or remembered here is synced at
    /// its moment; one kept here (changed since, or still in use: `kept`) is not synced
    /// at its current time, so the next push puts the record back on the server.
    pub fn deletion_entries(
        &self,
        ledger: &Ledger,
        remembered_here: &HashMap<String, Timestamp>,
        kept: &[String],
    ) -> Vec<SyncedDoc> {
        let revs = self.pulled.revs_by_key();
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
        // Changed here since: its own time differs from the synced one, so it is pushed.
        let changed = self.deletions.kept.iter().map(|key| {
            (
                key.clone(),
                ledger.synced.0.get(key).copied().unwrap_or(NEVER),
            )
        });
        // Still in use here but unchanged: synced at no time, so it is pushed all the same.
        let in_use = kept.iter().map(|key| (key.clone(), NEVER));
        done.chain(remembered)
            .chain(changed)
            .chain(in_use)
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

    /// A library of these areas.
    fn with_areas(areas: &[&Area]) -> Library {
        Library {
            areas: areas.iter().map(|a| (*a).clone()).collect(),
            ..Library::default()
        }
    }

    /// A content batch weighed at t(40).
    fn weigh(docs: &[Doc], library: &Library, ledger: &Ledger) -> Incoming {
        weigh_batch(
            docs,
            Scope::Content,
            t(40.0),
            library,
            &Here::default(),
            ledger,
            &Default::default(),
        )
    }

    /// A standard, and its document at 1-a, in an area no tablet here holds.
    fn standard_without_its_area() -> (crate::domain::Standard, Doc) {
        let valid = crate::domain::StandardDraft {
            title: "Greet every guest".into(),
            ..crate::domain::StandardDraft::in_area(AreaId::random())
        }
        .validate(|_| true)
        .unwrap();
        let standard = crate::domain::Standard::create(valid, 0, t(5.0));
        let doc = Doc::of_record(
            "standards",
            &standard.id.to_string(),
            Some("1-a".into()),
            serde_json::to_value(&standard).unwrap(),
        );
        (standard, doc)
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
        let library = with_areas(&[&here]);
        let incoming = weigh_batch(
            &[doc_of(&there, "1-a")],
            Scope::Content,
            t(10.0),
            &library,
            &Here::default(),
            &Ledger::default(),
            &Default::default(),
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
        let library = with_areas(&[&mine]);
        let ledger = ledger_of(&[(&mine, "1-a", 10.0)]);
        let incoming = weigh(
            &[doc_of(&theirs, "2-b"), doc_of(&other, "1-c")],
            &library,
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
        let library = with_areas(&[&mine]);
        let ledger = ledger_of(&[(&mine, "1-a", 10.0)]);
        let incoming = weigh(&[doc_of(&theirs, "1-a")], &library, &ledger);
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
            &Default::default(),
        );
        assert_eq!(incoming.deletions.remember, vec![gone]);
        let here_at: HashMap<String, Timestamp> = [("praise/p1".to_string(), t(55.0))].into();
        let entries = incoming.deletion_entries(&Ledger::default(), &here_at, &[]);
        assert_eq!(entries[0].synced, t(55.0));
        assert_eq!(entries[0].rev, "2-x");
    }

    #[test]
    fn a_change_made_there_arrives_even_from_a_tablet_whose_clock_is_behind() {
        let mine = area("Welcome", 20.0);
        let mut theirs = mine.clone();
        theirs.name = "Welcome at the door".into();
        theirs.updated = t(15.0);
        let library = with_areas(&[&mine]);
        let ledger = ledger_of(&[(&mine, "1-a", 20.0)]);
        let incoming = weigh(&[doc_of(&theirs, "2-b")], &library, &ledger);
        assert_eq!(incoming.plan.items[0].status, Status::Updated);
        assert_eq!(incoming.plan.items[0].choice, Choice::Theirs);
        let entries = incoming.record_entries(&ledger);
        assert_eq!(
            (entries[0].rev.as_str(), entries[0].synced),
            ("2-b", t(15.0))
        );

        // Changed on both sides: a choice, whatever the clocks say.
        let mut edited = mine.clone();
        edited.name = "Welcome by name".into();
        edited.updated = t(25.0);
        let library = Library {
            areas: vec![edited],
            ..Library::default()
        };
        let incoming = weigh(&[doc_of(&theirs, "2-b")], &library, &ledger);
        assert_eq!(incoming.conflicts.items.len(), 1);
        assert_eq!(
            incoming.conflicts.items[0].choice,
            Choice::Mine,
            "the newer by time"
        );
    }

    #[test]
    fn a_record_whose_area_is_not_here_yet_waits_instead_of_arriving_without_it() {
        let (standard, doc) = standard_without_its_area();
        let incoming = weigh(&[doc], &Library::default(), &Ledger::default());
        assert!(
            incoming.plan.items.is_empty(),
            "not stored without its area"
        );
        assert!(incoming.record_entries(&Ledger::default()).is_empty());
        assert_eq!(
            incoming.waiting(),
            vec![format!("standards:{}", standard.id)]
        );
    }

    #[test]
    fn a_place_still_in_use_here_goes_back_to_the_server() {
        let kept = area("Welcome", 20.0);
        let key = format!("areas/{}", kept.id);
        let library = with_areas(&[&kept]);
        let ledger = ledger_of(&[(&kept, "1-a", 20.0)]);
        let gone = Doc::of_deletion("areas", &kept.id.to_string(), Some("2-b".into()), t(30.0));
        let incoming = weigh(&[gone], &library, &ledger);
        assert_eq!(incoming.deletions.apply.len(), 1, "unchanged here since");
        let entries =
            incoming.deletion_entries(&ledger, &HashMap::new(), std::slice::from_ref(&key));
        let synced = Matched(entries.iter().map(|e| (e.key.clone(), e.synced)).collect());
        let revs = entries
            .iter()
            .map(|e| (e.key.clone(), e.rev.clone()))
            .collect();
        let out = super::super::push::outgoing(
            &library,
            &Here::default(),
            Scope::Content,
            &synced,
            &revs,
        );
        assert_eq!(out.docs.len(), 1, "kept because in use: sent back");
        assert_eq!(out.docs[0].rev.as_deref(), Some("2-b"));
    }

    #[test]
    fn a_reason_given_after_the_tap_travels_and_does_not_bounce_back() {
        use crate::domain::voice::{Rating, RatingTap};
        let tap = RatingTap {
            id: crate::domain::RatingId::random(),
            at: t(100.0),
            offset_minutes: 60,
            rating: Rating::Bad,
            reason: None,
        };
        let with_reason = RatingTap {
            reason: Some("Waited too long".into()),
            ..tap.clone()
        };
        let key = format!("ratings/{}", tap.id);
        let here = Here {
            ratings: vec![with_reason.clone()],
            ..Here::default()
        };
        let synced_without = Matched([(key.clone(), t(100.0))].into());
        let out = super::super::push::outgoing(
            &Library::default(),
            &here,
            Scope::Everything,
            &synced_without,
            &HashMap::new(),
        );
        assert_eq!(out.docs.len(), 1, "the reason is a change to send");

        // The other tablet takes it, and what it keeps as synced is what it then holds.
        let doc = Doc::of_record(
            "ratings",
            &tap.id.to_string(),
            Some("2-b".into()),
            serde_json::to_value(&with_reason).unwrap(),
        );
        let there = Here {
            ratings: vec![tap.clone()],
            ..Here::default()
        };
        let ledger = Ledger::of(
            None,
            vec![SyncedDoc {
                key: key.clone(),
                rev: "1-a".into(),
                synced: t(100.0),
            }],
        );
        let incoming = weigh_batch(
            &[doc],
            Scope::Everything,
            t(200.0),
            &Library::default(),
            &there,
            &ledger,
            &Default::default(),
        );
        let entries = incoming.record_entries(&ledger);
        assert_eq!(incoming.plan.staff_taken().count(), 1);
        let after = Here {
            ratings: vec![with_reason],
            ..Here::default()
        };
        let synced = Matched(entries.iter().map(|e| (e.key.clone(), e.synced)).collect());
        let back = super::super::push::outgoing(
            &Library::default(),
            &after,
            Scope::Everything,
            &synced,
            &HashMap::new(),
        );
        assert!(back.docs.is_empty(), "not sent back");
    }

    #[test]
    fn a_record_that_waited_once_for_what_is_gone_here_waits_no_more() {
        let (standard, doc) = standard_without_its_area();
        let id = format!("standards:{}", standard.id);
        let retried = [id].into();
        let incoming = weigh_batch(
            &[doc],
            Scope::Content,
            t(40.0),
            &Library::default(),
            &Here::default(),
            &Ledger::default(),
            &retried,
        );
        assert!(incoming.waiting().is_empty());
        assert_eq!(incoming.left_out, 1);
        assert_eq!(
            incoming.record_entries(&Ledger::default()).len(),
            1,
            "settled: not read again"
        );
    }
}
