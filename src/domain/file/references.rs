//! A file's references to records it does not hold. Old or hand-edited files may have
//! them (earlier builds kept a link to a deleted value or standard), and refusing the
//! whole file for them would make a backup useless when it is needed. Links to missing
//! records are dropped; records that cannot exist without a missing one (a check-in
//! without its goal, a rule without its role) are left out; both are counted for the
//! preview.

use super::envelope::FileData;
use crate::domain::staff::Owner;
use crate::domain::HostParameter;
use std::collections::HashSet;
use std::hash::Hash;

/// What reading left out of a file because it pointed at records the file lacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Links dropped from records that were kept.
    pub links: usize,
    /// Records left out because something they belong to is missing.
    pub records: usize,
}

impl LeftOut {
    pub fn is_empty(&self) -> bool {
        self.links == 0 && self.records == 0
    }
}

/// Leaves out what points at nothing: records first (each removal may orphan more,
/// so until none goes), then the links of what is left.
pub fn resolve(data: &mut FileData) -> LeftOut {
    let mut left_out = LeftOut::default();
    loop {
        let before = left_out.records;
        left_out.records += drop_orphans(data);
        if left_out.records == before {
            break;
        }
    }
    left_out.links = drop_links(data);
    left_out
}

fn ids<T, K: Eq + Hash>(records: &[T], id: impl Fn(&T) -> K) -> HashSet<K> {
    records.iter().map(id).collect()
}

fn retain<T>(records: &mut Vec<T>, keep: impl Fn(&T) -> bool) -> usize {
    let before = records.len();
    records.retain(keep);
    before - records.len()
}

/// The file's areas and the built-in ones every tablet has.
fn area_ids(d: &FileData) -> HashSet<crate::domain::AreaId> {
    d.areas
        .iter()
        .map(|a| a.id)
        .chain(HostParameter::ALL.iter().map(|p| p.area_id()))
        .collect()
}

fn drop_orphans(d: &mut FileData) -> usize {
    let areas = area_ids(d);
    let roles = ids(&d.roles, |r| r.id);
    let people = ids(&d.people, |p| p.id);
    let goals = ids(&d.goals, |g| g.id);
    retain(&mut d.standards, |s| areas.contains(&s.area_id))
        + retain(&mut d.rules, |r| roles.contains(&r.role_id))
        + retain(&mut d.people, |p| roles.contains(&p.role_id))
        + retain(&mut d.goals, |g| match g.owner {
            Owner::Person(id) => people.contains(&id),
            Owner::Team => true,
        })
        // `merge::StaffRecord::leaf_kept` applies this rule to check-ins being settled.
        + retain(&mut d.check_ins, |c| goals.contains(&c.goal_id))
        + retain(&mut d.reflections, |r| people.contains(&r.person_id))
        + retain(&mut d.praise, |p| people.contains(&p.to_person_id))
        // An attempt is someone's: with the person gone, it goes too.
        + retain(&mut d.attempts, |a| people.contains(&a.person_id))
        // A conversation is with someone: with none of its people left, it goes.
        + retain(&mut d.conversations, |c| {
            c.participant_ids.iter().any(|p| people.contains(p))
        })
}

/// Takes out of `links` the ids not in `known`; returns how many went.
fn keep_known<T: Eq + Hash>(links: &mut Vec<T>, known: &HashSet<T>) -> usize {
    retain(links, |id| known.contains(id))
}

/// Clears a link to a record not in `known`; 1 if it did.
fn drop_unknown<T: Eq + Hash>(link: &mut Option<T>, known: &HashSet<T>) -> usize {
    if link.as_ref().is_some_and(|id| !known.contains(id)) {
        *link = None;
        1
    } else {
        0
    }
}

fn drop_links(d: &mut FileData) -> usize {
    let standards = ids(&d.standards, |s| s.id);
    let values = ids(&d.values, |v| v.id);
    let people = ids(&d.people, |p| p.id);
    let goals = ids(&d.goals, |g| g.id);
    let mut dropped = 0;
    for s in &mut d.standards {
        dropped += keep_known(&mut s.value_ids, &values);
    }
    for s in &mut d.scripts {
        dropped += keep_known(&mut s.standard_ids, &standards);
        dropped += keep_known(&mut s.value_ids, &values);
    }
    for g in &mut d.goals {
        if g.standard_id.is_some_and(|id| !standards.contains(&id)) {
            g.standard_id = None;
            dropped += 1;
        }
    }
    for c in &mut d.conversations {
        dropped += keep_known(&mut c.participant_ids, &people);
        dropped += keep_known(&mut c.goal_ids, &goals);
        // A note about someone not in the conversation is dropped, never shown as shared.
        let before = c.entries.len();
        let participants = c.participant_ids.clone();
        c.entries
            .retain(|e| e.about.is_none_or(|about| participants.contains(&about)));
        dropped += before - c.entries.len();
    }
    // The drip's links to standards, stories and values are left as they are, as a
    // checklist's are: a meeting keeps its week when its standard is deleted, and the app
    // shows nothing for what is gone. Links to people go, so no one is named by an id.
    for s in &mut d.stories {
        dropped += drop_unknown(&mut s.person_id, &people);
    }
    for t in &mut d.bingo_ticks {
        dropped += drop_unknown(&mut t.person_id, &people);
    }
    for p in &mut d.praise {
        if p.from_person_id.is_some_and(|id| !people.contains(&id)) {
            p.from_person_id = None;
            dropped += 1;
        }
    }
    // A checklist's links to standards and areas are left as they are: an item keeps its
    // words when its standard is deleted, and the app shows no link to what is gone.
    let areas = area_ids(d);
    for c in &mut d.complaints {
        let known = match c.cause {
            Some(crate::domain::voice::Cause::Area(id)) => areas.contains(&id),
            Some(crate::domain::voice::Cause::Standard(id)) => standards.contains(&id),
            None => true,
        };
        if !known {
            c.cause = None;
            dropped += 1;
        }
        let named: Vec<_> = [c.logged_by, c.approved_by]
            .into_iter()
            .chain(c.actions.iter().map(|a| a.who))
            .flatten()
            .filter_map(|s| s.person())
            .filter(|id| !people.contains(id))
            .collect();
        for gone in named {
            *c = c.without_person(gone, c.updated);
            dropped += 1;
        }
    }
    // A visit keeps its own copy of what it checked: only its people can go missing,
    // and then read as "a former colleague".
    for v in &mut d.visits {
        for gone in v
            .named_people()
            .filter(|id| !people.contains(id))
            .collect::<Vec<_>>()
        {
            *v = v.without_person(gone);
            dropped += 1;
        }
    }
    dropped
}
