//! Writes, applied together in one transaction: all of them are kept, or none.

use crate::domain::authority::{AuthorityRule, Role};
use crate::domain::file::merge::{records_of, ImportPlan, Matched, Record};
use crate::domain::file::ImportFile;
use crate::domain::library::{AreaRemoval, RoleRemovalPlan};
use crate::domain::script::ScriptUse;
use crate::domain::state::Deleted;
use crate::domain::values::{CoreValue, Profile};
use crate::domain::{Area, HostParameter, Timestamp};
use crate::domain::{AreaId, RoleId, RuleId, Script, ScriptId, Standard, StandardId, ValueId};

/// One change to stored records.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// A new standard; refused if its id is already taken, so nothing is overwritten by mistake.
    InsertStandard(Standard),
    PutStandard(Standard),
    DeleteStandard(StandardId),
    PutArea(Area),
    DeleteArea(AreaId),
    /// A new script; refused if its id is already taken.
    InsertScript(Script),
    PutScript(Script),
    /// Deletes the script and its usage record.
    DeleteScript(ScriptId),
    PutScriptUse(ScriptUse),
    PutProfile(Profile),
    PutValue(CoreValue),
    DeleteValue(ValueId),
    PutRole(Role),
    DeleteRole(RoleId),
    PutRule(AuthorityRule),
    DeleteRule(RuleId),
    /// Unknown fields kept for a record, by `section/id`.
    PutExtras {
        key: String,
        fields: serde_json::Map<String, serde_json::Value>,
    },
    /// When each record last matched an imported file (all of them).
    PutMatched(Matched),
    /// The automatic backup (file text) taken before a replace.
    PutBackupBeforeReplace(String),
    /// Empties every store a replace fills again.
    ClearForReplace,
}

impl Write {
    /// Removing an area: its standards move first, then the area goes, in one batch.
    pub fn area_removal(removal: &AreaRemoval) -> Vec<Write> {
        let moved = removal.moved.iter().cloned().map(Write::PutStandard);
        moved.chain([Write::DeleteArea(removal.area.id)]).collect()
    }

    /// Removing a role: its rules move or go, then the role goes, in one batch.
    pub fn role_removal(plan: &RoleRemovalPlan) -> Vec<Write> {
        let moved = plan.moved.iter().cloned().map(Write::PutRule);
        let deleted = plan.deleted.iter().copied().map(Write::DeleteRule);
        moved
            .chain(deleted)
            .chain([Write::DeleteRole(plan.role.id)])
            .collect()
    }

    fn record(record: &Record) -> Write {
        match record.clone() {
            Record::Profile(p) => Write::PutProfile(p),
            Record::Area(a) => Write::PutArea(a),
            Record::Standard(s) => Write::PutStandard(s),
            Record::Script(s) => Write::PutScript(s),
            Record::Value(v) => Write::PutValue(v),
            Record::Role(r) => Write::PutRole(r),
            Record::Rule(r) => Write::PutRule(r),
        }
    }

    /// A merge: the records the plan takes, their unknown fields, and new match times
    /// (added to `matched`, those known so far).
    pub fn import_merge(plan: &ImportPlan, file: &ImportFile, matched: &Matched) -> Vec<Write> {
        let taken: Vec<&Record> = plan.taken().collect();
        let extras = taken.iter().filter_map(|r| {
            let key = r.key();
            file.extras.0.get(&key).map(|fields| Write::PutExtras {
                key,
                fields: fields.clone(),
            })
        });
        let matched = [Write::PutMatched(matched.with(plan.matched_after()))];
        taken
            .iter()
            .map(|r| Write::record(r))
            .chain(extras)
            .chain(matched)
            .collect::<Vec<_>>()
    }

    /// "Replace everything": keep a backup of what is there, empty it, then store the
    /// file whole (the seven host parameters stay, from the file or as built in).
    pub fn import_replace(file: &ImportFile, backup_before: String, now: Timestamp) -> Vec<Write> {
        let d = &file.data;
        let missing_builtins = HostParameter::ALL
            .iter()
            .enumerate()
            .filter(|(_, p)| !d.areas.iter().any(|a| a.id == p.area_id()))
            .map(|(i, p)| Write::PutArea(Area::builtin(*p, i as u32, now)));
        let records = d
            .profile
            .iter()
            .cloned()
            .map(Write::PutProfile)
            .chain(d.areas.iter().cloned().map(Write::PutArea))
            .chain(missing_builtins)
            .chain(d.roles.iter().cloned().map(Write::PutRole))
            .chain(d.values.iter().cloned().map(Write::PutValue))
            .chain(d.standards.iter().cloned().map(Write::PutStandard))
            .chain(d.scripts.iter().cloned().map(Write::PutScript))
            .chain(d.rules.iter().cloned().map(Write::PutRule));
        let extras = file.extras.0.iter().map(|(key, fields)| Write::PutExtras {
            key: key.clone(),
            fields: fields.clone(),
        });
        // Everything now matches the file, so importing it again raises no conflict.
        let matched = Matched(
            records_of(file)
                .iter()
                .map(|r| (r.key(), r.updated()))
                .collect(),
        );
        [
            Write::PutBackupBeforeReplace(backup_before),
            Write::ClearForReplace,
        ]
        .into_iter()
        .chain(records)
        .chain(extras)
        .chain([Write::PutMatched(matched)])
        .collect()
    }

    /// Deleting something that can be undone.
    pub fn delete(deleted: &Deleted) -> Write {
        match deleted {
            Deleted::Standard(s) => Write::DeleteStandard(s.id),
            Deleted::Script(s) => Write::DeleteScript(s.id),
            Deleted::Value(v) => Write::DeleteValue(v.id),
            Deleted::Rule(r) => Write::DeleteRule(r.id),
        }
    }

    /// Putting it back exactly as it was (a new standard or script must not overwrite
    /// one that took its place, so those are inserted).
    pub fn restore(deleted: &Deleted) -> Write {
        match deleted.clone() {
            Deleted::Standard(s) => Write::InsertStandard(s),
            Deleted::Script(s) => Write::InsertScript(s),
            Deleted::Value(v) => Write::PutValue(v),
            Deleted::Rule(r) => Write::PutRule(r),
        }
    }
}
