//! Writes, applied together in one transaction: all of them are kept, or none.

use super::migrations::{AREAS, STANDARDS};
use crate::domain::library::AreaRemoval;
use crate::domain::{Area, AreaId, Standard, StandardId};

/// One change to stored records.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// A new standard; refused if its id is already taken, so nothing is overwritten by mistake.
    InsertStandard(Standard),
    PutStandard(Standard),
    DeleteStandard(StandardId),
    PutArea(Area),
    DeleteArea(AreaId),
}

impl Write {
    pub(super) fn store(&self) -> &'static str {
        match self {
            Write::InsertStandard(_) | Write::PutStandard(_) | Write::DeleteStandard(_) => {
                STANDARDS
            }
            Write::PutArea(_) | Write::DeleteArea(_) => AREAS,
        }
    }
}

impl Write {
    /// Removing an area: its standards move first, then the area goes, in one batch.
    pub fn area_removal(removal: &AreaRemoval) -> Vec<Write> {
        let moved = removal.moved.iter().cloned().map(Write::PutStandard);
        moved.chain([Write::DeleteArea(removal.area.id)]).collect()
    }
}
