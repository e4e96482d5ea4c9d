//! Writing files: a full backup of everything, or a pack of what the person picked.
//! Unknown fields that came in with records go back out with them.

use super::envelope::{Envelope, FileData, FileKind, PackData};
use super::extras::{key, Extras};
use crate::domain::library::Library;
use crate::domain::staff::CheckIn;
use crate::domain::{AreaId, QuestionId, RuleId};
use crate::domain::{ScriptId, StandardId, Timestamp, ValueId};
use serde_json::Value;
use std::collections::HashSet;

/// Everything in the library, but no check-ins: these are not held in memory. A full
/// backup comes from [`backup_with_check_ins`] (storage's `Store::backup_text` reads
/// them and calls it).
pub fn backup(
    library: &Library,
    extras: &Extras,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    backup_with_check_ins(library, &[], extras, now)
}

/// Everything the business keeps (the per-device "recently used" list excepted).
pub fn backup_with_check_ins(
    library: &Library,
    check_ins: &[CheckIn],
    extras: &Extras,
    now: Timestamp,
) -> Result<String, serde_json::Error> {
    let staff = &library.staff;
    let data = FileData {
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
        check_ins: check_ins.to_vec(),
        conversations: staff.conversations.clone(),
        reflections: staff.reflections.clone(),
        praise: staff.praise.clone(),
    };
    to_json(Envelope::new(FileKind::Backup, data, now), extras)
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
}

pub fn pack(
    library: &Library,
    picked: &PackSelection,
    extras: &Extras,
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
        .collect();
    let role_ids: HashSet<_> = rules.iter().map(|r| r.role_id).collect();
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
    };
    to_json(Envelope::new(FileKind::Pack, data, now), extras)
}

/// The file name people see in their downloads: `vertskap-backup-2026-11-24.json`,
/// `vertskap-pack-cafe-lia-2026-11-24.json`.
pub fn file_name(kind: FileKind, name: &str, now: Timestamp) -> String {
    let date = now.date_text();
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
    }
    serde_json::to_string_pretty(&value)
}
