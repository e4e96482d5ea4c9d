//! Deletions pulled from the server, weighed against this tablet. A record deleted on
//! another tablet goes here too, unless it was changed here since this tablet last
//! synced it: then both changes matter, the record stays, and the person is told (the
//! next push puts it back on the server). Nothing is dropped in silence either way.

use crate::domain::deletion::Tombstone;
use crate::domain::file::merge::Matched;
use crate::domain::Timestamp;
use std::collections::HashMap;

/// What the pulled deletions do here.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Deletions {
    /// Records to delete here, with the deletion to remember.
    pub apply: Vec<Tombstone>,
    /// Records deleted elsewhere but changed here since the last sync: kept, by key.
    pub kept: Vec<String>,
    /// Deletions of records this tablet does not hold: remembered, so an older copy
    /// from a file does not bring them back.
    pub remember: Vec<Tombstone>,
}

/// Weighs `pulled` against when each record here last changed (`changed_here`, by key)
/// and when it was last synced (`synced`: the `updated` time both sides had then).
pub fn weigh(
    pulled: &[Tombstone],
    changed_here: &HashMap<String, Timestamp>,
    synced: &Matched,
) -> Deletions {
    let mut out = Deletions::default();
    for tombstone in pulled {
        let key = tombstone.key();
        let Some(&changed) = changed_here.get(&key) else {
            out.remember.push(tombstone.clone());
            continue;
        };
        // Never synced here (it came by a file): compare with the deletion itself.
        let since = synced.0.get(&key).copied().unwrap_or(tombstone.deleted);
        // An erased person stays erased, however recently they were changed here.
        let erased = tombstone.section == "people";
        if changed > since && !erased {
            out.kept.push(key);
        } else {
            out.apply.push(tombstone.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(n: f64) -> Timestamp {
        Timestamp::from_unix_millis(n)
    }

    fn tombstone(section: &str, id: &str, at: f64) -> Tombstone {
        Tombstone {
            section: section.into(),
            id: id.into(),
            deleted: t(at),
        }
    }

    #[test]
    fn a_deletion_reaches_a_record_unchanged_here_and_spares_one_changed_since_the_sync() {
        let changed: HashMap<String, Timestamp> = [
            ("standards/untouched".to_string(), t(10.0)),
            ("standards/edited".to_string(), t(50.0)),
        ]
        .into();
        let synced = Matched(
            [
                ("standards/untouched".to_string(), t(10.0)),
                ("standards/edited".to_string(), t(10.0)),
            ]
            .into(),
        );
        let pulled = [
            tombstone("standards", "untouched", 30.0),
            tombstone("standards", "edited", 30.0),
            tombstone("standards", "never-here", 30.0),
        ];
        let out = weigh(&pulled, &changed, &synced);
        assert_eq!(out.apply, vec![pulled[0].clone()]);
        assert_eq!(out.kept, vec!["standards/edited".to_string()]);
        assert_eq!(out.remember, vec![pulled[2].clone()]);
    }

    #[test]
    fn what_changed_here_covers_business_and_staff_records_by_key() {
        let (library, check_ins) = {
            let mut library = crate::domain::Library::default();
            let kari = crate::domain::staff::fixtures::person("Kari");
            library.staff.people.push(kari.clone());
            library.staff.stories = crate::domain::file::drip_fixture(kari.id).stories;
            (library, Vec::new())
        };
        let changed = crate::domain::file::merge::changed_here(&library, &check_ins, &[]);
        let kari = &library.staff.people[0];
        let story = &library.staff.stories[0];
        assert_eq!(
            changed.get(&format!("people/{}", kari.id)),
            Some(&kari.updated)
        );
        assert_eq!(
            changed.get(&format!("stories/{}", story.id)),
            Some(&story.updated)
        );
        assert_eq!(changed.len(), 2);
    }

    #[test]
    fn an_erasure_elsewhere_wins_over_a_change_here() {
        let changed: HashMap<String, Timestamp> = [("people/kari".to_string(), t(50.0))].into();
        let synced = Matched([("people/kari".to_string(), t(10.0))].into());
        let pulled = [tombstone("people", "kari", 30.0)];
        let out = weigh(&pulled, &changed, &synced);
        assert_eq!(out.apply, vec![pulled[0].clone()]);
        assert!(out.kept.is_empty());
    }

    #[test]
    fn a_record_never_synced_here_goes_if_it_is_older_than_the_deletion() {
        let changed: HashMap<String, Timestamp> = [
            ("scripts/old".to_string(), t(10.0)),
            ("scripts/newer".to_string(), t(40.0)),
        ]
        .into();
        let pulled = [
            tombstone("scripts", "old", 30.0),
            tombstone("scripts", "newer", 30.0),
        ];
        let out = weigh(&pulled, &changed, &Matched::default());
        assert_eq!(out.apply, vec![pulled[0].clone()]);
        assert_eq!(out.kept, vec!["scripts/newer".to_string()]);
    }
}
