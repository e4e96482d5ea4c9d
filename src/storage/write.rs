//! Writes, applied together in one transaction: all of them are kept, or none.

use crate::domain::library::AreaRemoval;
use crate::domain::script::ScriptUse;
use crate::domain::{Area, AreaId, Script, ScriptId, Standard, StandardId};

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
}

impl Write {
    /// Removing an area: its standards move first, then the area goes, in one batch.
    pub fn area_removal(removal: &AreaRemoval) -> Vec<Write> {
        let moved = removal.moved.iter().cloned().map(Write::PutStandard);
        moved.chain([Write::DeleteArea(removal.area.id)]).collect()
    }
}
