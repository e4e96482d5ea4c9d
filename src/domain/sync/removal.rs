//! A deletion pulled from the server, done here the way a person here would have done
//! it: links to the record go with it, a goal takes its check-ins, a person is erased.
//! A place still in use here (an area with standards, a role someone holds or rules
//! name) is kept and reported: the next push puts it back, and nothing here is left
//! pointing at a record that is gone.

use crate::domain::deletion::{Deleted, Deletion, GoalRemoval, Tombstone};
use crate::domain::library::Library;
use crate::domain::{AreaId, GoalId, PersonId, RoleId, RuleId, ScriptId, StandardId, ValueId};

#[derive(Clone, Debug, PartialEq)]
pub enum Removal {
    /// A record nothing points at: it goes, and its deletion is remembered.
    Plain(Tombstone),
    /// A standard, script, value or rule, with the links to it taken out (boxed: it
    /// carries the record and every record that linked to it).
    Record(Box<Deletion>),
    Goal(GoalRemoval),
    /// An area no standard here is in.
    Area(AreaId, Tombstone),
    /// A role no rule names and nobody holds.
    Role(RoleId, Tombstone),
    /// Erased with everything about them (planned against storage, which holds their
    /// check-ins and kept backups).
    Person(PersonId, Tombstone),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Removals {
    pub removals: Vec<Removal>,
    /// Keys of records kept because something here still needs them.
    pub kept: Vec<String>,
}

/// Sections whose records nothing points at in a way that needs repair (the drip's and
/// visits' links are soft: a missing record shows as missing).
const PLAIN: [&str; 11] = [
    "check_ins",
    "conversations",
    "reflections",
    "praise",
    "checklists",
    "visits",
    "complaints",
    "checks",
    "attempts",
    "stories",
    "questions",
];

/// Plans each deletion in `apply` (see [`super::deletions::weigh`]) against `library`.
pub fn plan_removals(library: &Library, apply: &[Tombstone]) -> Removals {
    let mut out = Removals::default();
    for tombstone in apply {
        let at = tombstone.deleted;
        let with_time = |mut deletion: Deletion| {
            deletion.tombstone = tombstone.clone();
            Removal::Record(Box::new(deletion))
        };
        let id = tombstone.id.as_str();
        let removal = match tombstone.section.as_str() {
            section if PLAIN.contains(&section) => Some(Removal::Plain(tombstone.clone())),
            "standards" => parse::<StandardId>(id)
                .and_then(|id| library.standard(id))
                .map(|s| with_time(library.plan_deletion(Deleted::Standard(s.clone()), at))),
            "scripts" => parse::<ScriptId>(id)
                .and_then(|id| library.script(id))
                .map(|s| with_time(library.plan_deletion(Deleted::Script(s.clone()), at))),
            "values" => parse::<ValueId>(id)
                .and_then(|id| library.value(id))
                .map(|v| with_time(library.plan_deletion(Deleted::Value(v.clone()), at))),
            "rules" => parse::<RuleId>(id)
                .and_then(|id| library.rule(id))
                .map(|r| with_time(library.plan_deletion(Deleted::Rule(r.clone()), at))),
            "goals" => parse::<GoalId>(id).map(|id| {
                let mut removal = library.plan_goal_removal(id, at);
                removal.tombstone = tombstone.clone();
                Removal::Goal(removal)
            }),
            "areas" => parse::<AreaId>(id)
                .filter(|id| library.standards_in(*id).is_empty())
                .filter(|id| library.area(*id).is_some_and(|a| a.is_own()))
                .map(|id| Removal::Area(id, tombstone.clone())),
            "roles" => parse::<RoleId>(id)
                .filter(|id| library.people_in_role(*id).is_empty())
                .filter(|id| !library.rules.iter().any(|r| r.role_id == *id))
                .map(|id| Removal::Role(id, tombstone.clone())),
            "people" => parse::<PersonId>(id).map(|id| Removal::Person(id, tombstone.clone())),
            // The profile, meetings, bingo cards and ticks, and ratings are never
            // deleted by this app: another program's deletion does not reach them.
            _ => None,
        };
        match removal {
            Some(removal) => out.removals.push(removal),
            None => out.kept.push(tombstone.key()),
        }
    }
    out
}

fn parse<T: std::str::FromStr>(id: &str) -> Option<T> {
    id.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deletion::Section;
    use crate::domain::staff::fixtures::t;
    use crate::domain::{Area, StandardDraft};

    fn library() -> (Library, Area, crate::domain::Standard, Area) {
        let mut library = Library::default();
        let area = |name: &str| Area {
            id: AreaId::random(),
            name: name.into(),
            order: 0,
            builtin: None,
            created: t(1.0),
            updated: t(1.0),
        };
        let (used, empty) = (area("Welcome"), area("Farewell"));
        let valid = StandardDraft {
            title: "Greet every guest".into(),
            ..StandardDraft::in_area(used.id)
        }
        .validate(|_| true)
        .unwrap();
        let standard = crate::domain::Standard::create(valid, 0, t(1.0));
        library.areas = vec![used.clone(), empty.clone()];
        library.standards.push(standard.clone());
        (library, used, standard, empty)
    }

    #[test]
    fn a_pulled_deletion_is_done_as_here_and_a_place_still_in_use_is_kept() {
        let (library, used, standard, empty) = library();
        let pulled = [
            Tombstone::new(Section::Standards, standard.id, t(9.0)),
            Tombstone::new(Section::Areas, used.id, t(9.0)),
            Tombstone::new(Section::Areas, empty.id, t(9.0)),
            Tombstone::new(
                Section::Praise,
                "b3c1f2a0-0000-4000-8000-000000000001",
                t(9.0),
            ),
        ];
        let planned = plan_removals(&library, &pulled);
        assert_eq!(
            planned.kept,
            vec![format!("areas/{}", used.id)],
            "it has a standard here"
        );
        assert_eq!(planned.removals.len(), 3);
        match &planned.removals[0] {
            Removal::Record(deletion) => {
                assert_eq!(
                    deletion.tombstone.deleted,
                    t(9.0),
                    "the deletion keeps its own time"
                );
                assert_eq!(deletion.deleted.title(), "Greet every guest");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            planned.removals[1],
            Removal::Area(empty.id, pulled[2].clone())
        );
        assert_eq!(planned.removals[2], Removal::Plain(pulled[3].clone()));
    }

    #[test]
    fn what_this_app_never_deletes_is_not_deleted_by_another_program() {
        let (library, ..) = library();
        let meeting = Tombstone {
            section: "meetings".into(),
            id: "x".into(),
            deleted: t(3.0),
        };
        let planned = plan_removals(&library, &[meeting]);
        assert!(planned.removals.is_empty());
        assert_eq!(planned.kept, vec!["meetings/x".to_string()]);
    }
}
