//! Areas and their standards: order, names, moving, and deleting an own area.

use super::*;
use crate::domain::sorting;

/// An area to delete, and the standards that move out of it first.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaRemoval {
    pub area: Area,
    pub moved: Vec<Standard>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoveAreaError {
    /// The seven host parameters stay.
    BuiltIn,
    NotFound,
    /// The area still has standards and no other area was chosen for them.
    NotEmpty {
        standards: usize,
    },
    /// The chosen area for its standards is the area itself, or does not exist.
    BadTarget,
}

impl Library {
    pub fn areas_in_order(&self) -> Vec<&Area> {
        let mut areas: Vec<&Area> = self.areas.iter().collect();
        sorting::sort_by_key(&mut areas, |a| (a.order, a.created));
        areas
    }

    pub fn area(&self, id: AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn standard(&self, id: StandardId) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    pub fn standards_in(&self, area: AreaId) -> Vec<&Standard> {
        let mut standards: Vec<&Standard> = self
            .standards
            .iter()
            .filter(|s| s.area_id == area)
            .collect();
        sorting::sort_by_key(&mut standards, |s| (s.order, s.created));
        standards
    }

    fn next_order_in(&self, area: AreaId) -> u32 {
        self.standards
            .iter()
            .filter(|s| s.area_id == area)
            .map(|s| s.order.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    pub fn create_standard(
        &self,
        draft: &StandardDraft,
        now: Timestamp,
    ) -> Result<Standard, FieldErrors> {
        let valid = draft.validate(|id| self.area(id).is_some())?;
        let order = self.next_order_in(valid.area_id);
        Ok(Standard::create(valid, order, now))
    }

    /// The standard with the draft's content; moved to the end of its new area if the area changed.
    pub fn revise_standard(
        &self,
        existing: &Standard,
        draft: &StandardDraft,
        now: Timestamp,
    ) -> Result<Standard, FieldErrors> {
        let valid = draft.validate(|id| self.area(id).is_some())?;
        let order = if valid.area_id == existing.area_id {
            existing.order
        } else {
            self.next_order_in(valid.area_id)
        };
        Ok(existing.revised(valid, order, now))
    }

    /// The standards whose position changed when `id` moves one step within its area.
    pub fn move_standard(
        &self,
        id: StandardId,
        direction: Direction,
        now: Timestamp,
    ) -> Vec<Standard> {
        let Some(area) = self.standard(id).map(|s| s.area_id) else {
            return Vec::new();
        };
        let in_area = self.standards_in(area);
        let ids: Vec<StandardId> = in_area.iter().map(|s| s.id).collect();
        let Some(new_ids) = moved(&ids, id, direction) else {
            return Vec::new();
        };
        let sequence = new_ids.iter().filter_map(|id| self.standard(*id)).cloned();
        touched(renumber(sequence), now, |s, t| s.updated = t)
    }

    pub fn add_area(&self, name: &str, now: Timestamp) -> Result<Area, FieldErrors> {
        let name = self.checked_area_name(name, None)?;
        let order = self
            .areas
            .iter()
            .map(|a| a.order.saturating_add(1))
            .max()
            .unwrap_or(0);
        Ok(Area::own(name, order, now))
    }

    pub fn rename_area(
        &self,
        area: &Area,
        name: &str,
        now: Timestamp,
    ) -> Result<Area, FieldErrors> {
        let name = self.checked_area_name(name, Some(area.id))?;
        Ok(Area {
            name,
            updated: now,
            ..area.clone()
        })
    }

    pub fn move_area(&self, id: AreaId, direction: Direction, now: Timestamp) -> Vec<Area> {
        let ids: Vec<AreaId> = self.areas_in_order().iter().map(|a| a.id).collect();
        let Some(new_ids) = moved(&ids, id, direction) else {
            return Vec::new();
        };
        let sequence = new_ids.iter().filter_map(|id| self.area(*id)).cloned();
        touched(renumber(sequence), now, |a, t| a.updated = t)
    }

    /// Deleting an area: allowed for the business's own areas, when empty or when
    /// its standards move to `move_to` (placed after that area's own standards).
    pub fn remove_area(
        &self,
        id: AreaId,
        move_to: Option<AreaId>,
        now: Timestamp,
    ) -> Result<AreaRemoval, RemoveAreaError> {
        let area = self.area(id).ok_or(RemoveAreaError::NotFound)?;
        if !area.is_own() {
            return Err(RemoveAreaError::BuiltIn);
        }
        let standards = self.standards_in(id);
        if standards.is_empty() {
            return Ok(AreaRemoval {
                area: area.clone(),
                moved: Vec::new(),
            });
        }
        let target = move_to.ok_or(RemoveAreaError::NotEmpty {
            standards: standards.len(),
        })?;
        if target == id || self.area(target).is_none() {
            return Err(RemoveAreaError::BadTarget);
        }
        let first = self.next_order_in(target);
        let moved = standards
            .into_iter()
            .zip(first..)
            .map(|(s, order)| Standard {
                area_id: target,
                order,
                updated: now,
                ..s.clone()
            })
            .collect();
        Ok(AreaRemoval {
            area: area.clone(),
            moved,
        })
    }

    fn checked_area_name(
        &self,
        name: &str,
        renaming: Option<AreaId>,
    ) -> Result<String, FieldErrors> {
        let name = name.trim();
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::AreaName, name);
        check_length(&mut errors, Field::AreaName, name, MAX_NAME_CHARS);
        let folded = fold(name);
        let taken = self
            .areas
            .iter()
            .any(|a| a.is_own() && Some(a.id) != renaming && fold(&a.name) == folded);
        if taken && !name.is_empty() {
            errors.add(Field::AreaName, Problem::DuplicateName);
        }
        errors.into_result(name.to_string())
    }

    /// Stored standards, new or changed, replace what the library had.
    pub fn with_standards_saved(&mut self, saved: Vec<Standard>) {
        upsert(&mut self.standards, saved, |s| s.id);
    }

    pub fn with_standard_removed(&mut self, id: StandardId) {
        self.standards.retain(|s| s.id != id);
    }

    pub fn with_areas_saved(&mut self, saved: Vec<Area>) {
        upsert(&mut self.areas, saved, |a| a.id);
    }

    pub fn with_area_removed(&mut self, removal: AreaRemoval) {
        self.with_standards_saved(removal.moved);
        self.areas.retain(|a| a.id != removal.area.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::HostParameter;

    fn t(n: u32) -> Timestamp {
        Timestamp::from_unix_millis(1.7e12 + f64::from(n))
    }

    fn library() -> Library {
        Library {
            areas: Area::builtins(t(0)),
            ..Library::default()
        }
    }

    fn draft(title: &str, area: AreaId) -> StandardDraft {
        StandardDraft {
            title: title.into(),
            ..StandardDraft::in_area(area)
        }
    }

    fn add(lib: &mut Library, title: &str, area: AreaId) -> Standard {
        let s = lib.create_standard(&draft(title, area), t(1)).unwrap();
        lib.with_standards_saved(vec![s.clone()]);
        s
    }

    fn titles_in(lib: &Library, area: AreaId) -> Vec<String> {
        lib.standards_in(area)
            .iter()
            .map(|s| s.title.clone())
            .collect()
    }

    const WOW: fn() -> AreaId = || HostParameter::WowEffect.area_id();

    #[test]
    fn new_standards_go_to_the_end_of_their_area() {
        let mut lib = library();
        add(&mut lib, "a", WOW());
        add(&mut lib, "b", WOW());
        assert_eq!(titles_in(&lib, WOW()), ["a", "b"]);
    }

    #[test]
    fn an_empty_title_saves_nothing() {
        let lib = library();
        assert!(lib.create_standard(&draft(" ", WOW()), t(1)).is_err());
    }

    #[test]
    fn moving_a_standard_swaps_it_with_its_neighbour_only() {
        let mut lib = library();
        for title in ["a", "b", "c"] {
            add(&mut lib, title, WOW());
        }
        let c = lib.standards_in(WOW())[2].id;
        let changed = lib.move_standard(c, Direction::Up, t(5));
        assert_eq!(changed.len(), 2, "only the two that swapped are written");
        assert!(changed.iter().all(|s| s.updated == t(5)));
        lib.with_standards_saved(changed);
        assert_eq!(titles_in(&lib, WOW()), ["a", "c", "b"]);
        let a = lib.standards_in(WOW())[0].id;
        assert!(lib.move_standard(a, Direction::Up, t(6)).is_empty());
    }

    #[test]
    fn a_standard_moved_to_another_area_goes_last_there() {
        let mut lib = library();
        let other = HostParameter::CareSelling.area_id();
        add(&mut lib, "x", other);
        let s = add(&mut lib, "a", WOW());
        let revised = lib.revise_standard(&s, &draft("a", other), t(2)).unwrap();
        assert_eq!((revised.area_id, revised.order), (other, 1));
    }

    #[test]
    fn own_areas_are_added_renamed_and_kept_unique() {
        let mut lib = library();
        let phone = lib.add_area(" Phone ", t(1)).unwrap();
        assert_eq!((phone.name.as_str(), phone.order), ("Phone", 7));
        lib.with_areas_saved(vec![phone.clone()]);
        let dup = lib.add_area("phöne", t(2)).unwrap_err();
        assert_eq!(
            dup.for_field(Field::AreaName),
            Some(&Problem::DuplicateName)
        );
        assert!(
            lib.rename_area(&phone, "PHONE", t(2)).is_ok(),
            "renaming to itself is fine"
        );
        let empty = lib.add_area("  ", t(2)).unwrap_err();
        assert_eq!(empty.for_field(Field::AreaName), Some(&Problem::Required));
    }

    #[test]
    fn areas_reorder() {
        let lib = library();
        let changed = lib.move_area(WOW(), Direction::Up, t(3));
        let mut lib2 = lib.clone();
        lib2.with_areas_saved(changed);
        let order: Vec<_> = lib2.areas_in_order().iter().map(|a| a.builtin).collect();
        assert_eq!(order[5], Some(HostParameter::WowEffect));
        assert_eq!(order[6], Some(HostParameter::LastImpression));
    }

    #[test]
    fn builtin_areas_cannot_be_removed() {
        assert_eq!(
            library().remove_area(WOW(), None, t(1)),
            Err(RemoveAreaError::BuiltIn)
        );
    }

    #[test]
    fn an_area_with_standards_is_removed_only_by_moving_them() {
        let mut lib = library();
        let phone = lib.add_area("Phone", t(1)).unwrap();
        lib.with_areas_saved(vec![phone.clone()]);
        add(&mut lib, "w", WOW());
        add(&mut lib, "p1", phone.id);
        add(&mut lib, "p2", phone.id);
        assert_eq!(
            lib.remove_area(phone.id, None, t(2)),
            Err(RemoveAreaError::NotEmpty { standards: 2 })
        );
        assert_eq!(
            lib.remove_area(phone.id, Some(phone.id), t(2)),
            Err(RemoveAreaError::BadTarget)
        );
        let removal = lib.remove_area(phone.id, Some(WOW()), t(2)).unwrap();
        lib.with_area_removed(removal);
        assert!(lib.area(phone.id).is_none());
        assert_eq!(titles_in(&lib, WOW()), ["w", "p1", "p2"]);
    }

    #[test]
    fn an_empty_own_area_is_removed_directly() {
        let mut lib = library();
        let phone = lib.add_area("Phone", t(1)).unwrap();
        lib.with_areas_saved(vec![phone.clone()]);
        let removal = lib.remove_area(phone.id, None, t(2)).unwrap();
        assert!(removal.moved.is_empty());
    }
}
