//! Writing files: a full backup of everything, or a pack of what the person picked.
//! Unknown fields that came in with records go back out with them.

use super::envelope::{Envelope, FileData, FileKind, PackData};
use super::extras::{key, Extras};
use super::merge::Here;
use crate::domain::deletion::Tombstone;
use crate::domain::knowledge::{KnowledgeCheck, Source};
use crate::domain::library::Library;
use crate::domain::staff::CheckIn;
use crate::domain::visits::Checklist;
use crate::domain::{AreaId, ChecklistId, HostParameter, QuestionId, RuleId};
use crate::domain::{Day, ScriptId, StandardId, Timestamp, ValueId};
use serde_json::Value;
use std::collections::HashSet;

/// Everything in the library, but nothing storage holds beside it (check-ins, ratings,
/// remembered deletions): a full backup comes from [`backup_of`] (storage's
/// `Store::backup_text` reads them and calls it).
pub fn backup(
    library: &Library,
    extras: &Extras,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    backup_with_check_ins(library, &[], &[], extras, now)
}

/// Everything the business keeps (the per-device "recently used" list excepted), with
/// what was deleted and when.
pub fn backup_with_check_ins(
    library: &Library,
    check_ins: &[CheckIn],
    deletions: &[Tombstone],
    extras: &Extras,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    let here = Here {
        check_ins: check_ins.to_vec(),
        deletions: deletions.to_vec(),
        ratings: Vec::new(),
    };
    backup_of(library, &here, extras, now)
}

/// A whole backup of the library and what storage holds beside it.
pub fn backup_of(
    library: &Library,
    here: &Here,
    extras: &Extras,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    let mut writing = Writing::backup(library, here, extras, now)?;
    while writing.advance(usize::MAX) < 1.0 {}
    Ok(writing.finish())
}

/// A backup being written in steps, so that a large one can show how far it has come
/// and leave the page responsive between steps. The records are turned into JSON
/// values at the start; each step then writes a share of them out as text, one record
/// per line.
pub struct Writing {
    /// The envelope's fields before `data`, written at the start.
    head: String,
    sections: Vec<(String, Value)>,
    out: String,
    section: usize,
    record: usize,
    total: usize,
    done: usize,
}

impl Writing {
    /// A backup of the library and what storage holds beside it (`here`: check-ins,
    /// ratings, remembered deletions).
    pub fn backup(
        library: &Library,
        here: &Here,
        extras: &Extras,
        now: Timestamp,
    ) -> Result<Writing, serde_json::Error> {
        let value = to_value(
            Envelope::new(FileKind::Backup, backup_data(library, here, now), now),
            extras,
        )?;
        let Value::Object(mut envelope) = value else {
            unreachable!("an envelope is an object");
        };
        let sections: Vec<(String, Value)> = match envelope.remove("data") {
            Some(Value::Object(data)) => data.into_iter().collect(),
            _ => Vec::new(),
        };
        let mut head = String::from("{\n");
        for (name, value) in &envelope {
            head.push_str(&format!(
                "  {}: {},\n",
                serde_json::to_string(name)?,
                serde_json::to_string(value)?
            ));
        }
        head.push_str("  \"data\": {");
        let total = sections
            .iter()
            .map(|(_, v)| v.as_array().map_or(1, Vec::len))
            .sum();
        Ok(Writing {
            out: String::with_capacity(total * 200),
            head,
            sections,
            section: 0,
            record: 0,
            total,
            done: 0,
        })
    }

    /// Writes up to `budget` more records; returns how far the writing has come, from
    /// 0 to 1 (1: [`Writing::finish`] is next).
    pub fn advance(&mut self, budget: usize) -> f64 {
        if self.out.is_empty() {
            self.out.push_str(&self.head);
        }
        let mut left = budget;
        while left > 0 && self.section < self.sections.len() {
            let (name, value) = &self.sections[self.section];
            let name = serde_json::to_string(name).unwrap_or_default();
            let opening = if self.section == 0 { "\n" } else { ",\n" };
            match value {
                Value::Array(items) => {
                    if self.record == 0 {
                        self.out.push_str(&format!("{opening}    {name}: ["));
                    }
                    let end = items.len().min(self.record.saturating_add(left));
                    for (i, item) in items[self.record..end].iter().enumerate() {
                        let comma = if self.record + i == 0 { "" } else { "," };
                        self.out.push_str(comma);
                        self.out.push_str("\n      ");
                        self.out.push_str(&item.to_string());
                    }
                    let written = end - self.record;
                    left -= written.min(left);
                    self.done += written;
                    self.record = end;
                    if self.record >= items.len() {
                        self.out
                            .push_str(if items.is_empty() { "]" } else { "\n    ]" });
                        self.section += 1;
                        self.record = 0;
                    }
                }
                other => {
                    self.out.push_str(&format!("{opening}    {name}: {other}"));
                    self.done += 1;
                    left -= 1;
                    self.section += 1;
                }
            }
        }
        if self.section >= self.sections.len() {
            1.0
        } else {
            // Empty sections may still follow the last record: not finished until written.
            (self.done as f64 / self.total.max(1) as f64).min(0.999)
        }
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("\n  }\n}\n");
        self.out
    }
}

/// Everything a backup holds, as file data. Customers' contact details past their
/// keeping time are left out, even while storage has not forgotten them yet.
pub(super) fn backup_data(library: &Library, here: &Here, now: Timestamp) -> FileData {
    let mut data = all_data(library, here);
    let today = crate::domain::Day::from_date(now.date()).unwrap_or(crate::domain::Day::FALLBACK);
    for stripped in library.expired_contacts(today, now) {
        if let Some(c) = data.complaints.iter_mut().find(|c| c.id == stripped.id) {
            *c = stripped;
        }
    }
    data
}

/// Everything the library and `here` hold, as file data.
pub fn all_data(library: &Library, here: &Here) -> FileData {
    let staff = &library.staff;
    FileData {
        profile: Some(library.profile.clone()),
        areas: library.areas.clone(),
        standards: library.standards.clone(),
        scripts: library.scripts.clone(),
        values: library.values.clone(),
        roles: library.roles.clone(),
        rules: library.rules.clone(),
        questions: staff.questions.clone(),
        people: staff.people.clone(),
        goals: staff.goals.clone(),
        check_ins: here.check_ins.clone(),
        conversations: staff.conversations.clone(),
        reflections: staff.reflections.clone(),
        praise: staff.praise.clone(),
        checklists: library.checklists.clone(),
        visits: staff.visits.clone(),
        ratings: here.ratings.clone(),
        complaints: staff.complaints.clone(),
        checks: library.checks.clone(),
        attempts: staff.attempts.clone(),
        meetings: staff.meetings.clone(),
        stories: staff.stories.clone(),
        bingo_cards: staff.bingo_cards.clone(),
        bingo_ticks: staff.bingo_ticks.clone(),
        deletions: here.deletions.clone(),
    }
}

/// What a person picked to share. Whatever the picked items point at comes along (a
/// standard's area, a rule's role, a linked value), so the pack reads on its own;
/// links to things left out are dropped rather than left dangling.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackSelection {
    pub areas: HashSet<AreaId>,
    pub standards: HashSet<StandardId>,
    pub scripts: HashSet<ScriptId>,
    pub values: HashSet<ValueId>,
    pub rules: HashSet<RuleId>,
    pub questions: HashSet<QuestionId>,
    pub checklists: HashSet<ChecklistId>,
    pub checks: HashSet<crate::domain::CheckId>,
}

/// A pack of what was picked. It carries only the fields this version knows: a field a
/// newer app wrote may be about a person, and a pack goes to another business.
pub fn pack(
    library: &Library,
    picked: &PackSelection,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    let standards: Vec<_> = library
        .standards
        .iter()
        .filter(|s| picked.standards.contains(&s.id) || picked.areas.contains(&s.area_id))
        .cloned()
        .collect();
    let standard_ids: HashSet<_> = standards.iter().map(|s| s.id).collect();
    let scripts: Vec<_> = library
        .scripts
        .iter()
        .filter(|s| picked.scripts.contains(&s.id))
        .map(|s| {
            let mut s = s.clone();
            s.standard_ids.retain(|id| standard_ids.contains(id));
            s
        })
        .collect();
    let rules: Vec<_> = library
        .rules
        .iter()
        .filter(|r| picked.rules.contains(&r.id))
        .cloned()
        .collect();
    let value_ids: HashSet<ValueId> = picked
        .values
        .iter()
        .copied()
        .chain(standards.iter().flat_map(|s| s.value_ids.iter().copied()))
        .chain(scripts.iter().flat_map(|s| s.value_ids.iter().copied()))
        .collect();
    let area_ids: HashSet<AreaId> = picked
        .areas
        .iter()
        .copied()
        .chain(standards.iter().map(|s| s.area_id))
        // A check's areas come along, so it draws from the same ones there.
        .chain(
            library
                .checks
                .iter()
                .filter(|c| picked.checks.contains(&c.id))
                .flat_map(|c| c.areas.iter().copied()),
        )
        .collect();
    let role_ids: HashSet<_> = rules.iter().map(|r| r.role_id).collect();
    // A checklist's items keep their words; links to standards and areas left out of
    // the pack are dropped, as a script's are.
    let checklists: Vec<Checklist> = library
        .checklists
        .iter()
        .filter(|c| picked.checklists.contains(&c.id))
        .map(|c| {
            let mut c = c.clone();
            for section in &mut c.sections {
                // The seven built-in areas are on every tablet.
                section.area_id = section.area_id.filter(|id| {
                    area_ids.contains(id) || HostParameter::ALL.iter().any(|p| p.area_id() == *id)
                });
                for item in &mut section.items {
                    item.standard_id = item.standard_id.filter(|id| standard_ids.contains(id));
                }
            }
            c
        })
        .collect();
    // A check's own questions keep their words; links to what the pack leaves out go.
    let script_ids: HashSet<ScriptId> = scripts.iter().map(|s| s.id).collect();
    let checks: Vec<KnowledgeCheck> = library
        .checks
        .iter()
        .filter(|c| picked.checks.contains(&c.id))
        .map(|c| {
            let mut c = c.clone();
            for q in &mut c.own {
                q.source = q.source.filter(|source| match source {
                    Source::Standard(id) => standard_ids.contains(id),
                    Source::Script(id) => script_ids.contains(id),
                });
            }
            c
        })
        .collect();
    let data = PackData {
        areas: library
            .areas
            .iter()
            .filter(|a| area_ids.contains(&a.id))
            .cloned()
            .collect(),
        standards,
        scripts,
        values: library
            .values
            .iter()
            .filter(|v| value_ids.contains(&v.id))
            .cloned()
            .collect(),
        roles: library
            .roles
            .iter()
            .filter(|r| role_ids.contains(&r.id))
            .cloned()
            .collect(),
        rules,
        questions: library
            .staff
            .questions
            .iter()
            .filter(|q| picked.questions.contains(&q.id))
            .cloned()
            .collect(),
        checklists,
        checks,
    };
    to_json(Envelope::new(FileKind::Pack, data, now), &Extras::default())
}

/// The file name people see in their downloads: `vertskap-backup-2026-11-24.json`,
/// `vertskap-pack-cafe-lia-2026-11-24.json`, dated by the device's calendar (`day`): a
/// backup made at half past midnight in Oslo is from the new day, not from UTC's.
pub fn file_name(kind: FileKind, name: &str, day: Day) -> String {
    let date = day.text();
    match kind {
        FileKind::Backup => format!("vertskap-backup-{date}.json"),
        FileKind::Pack => {
            let slug = slug(name);
            if slug.is_empty() {
                format!("vertskap-pack-{date}.json")
            } else {
                format!("vertskap-pack-{slug}-{date}.json")
            }
        }
    }
}

fn slug(name: &str) -> String {
    let folded = crate::domain::search::fold(name);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.join("-").chars().take(40).collect()
}

fn to_json<D: serde::Serialize>(
    envelope: Envelope<D>,
    extras: &Extras,
) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(&to_value(envelope, extras)?)
}

/// The envelope as JSON, with each record's unknown fields put back.
fn to_value<D: serde::Serialize>(
    envelope: Envelope<D>,
    extras: &Extras,
) -> Result<Value, serde_json::Error> {
    let mut value = serde_json::to_value(&envelope)?;
    if let Some(Value::Object(data)) = value.get_mut("data") {
        for (section, records) in data.iter_mut() {
            match records {
                Value::Array(items) => {
                    for item in items {
                        let id = item
                            .get("id")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string();
                        extras.restore(&key(section, &id), item);
                    }
                }
                Value::Object(_) if section == "profile" => extras.restore("profile", records),
                _ => {}
            }
        }
        for (name, records) in extras.sections() {
            data.entry(name.to_string())
                .or_insert_with(|| records.clone());
        }
    }
    Ok(value)
}
