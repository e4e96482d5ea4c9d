//! The rules a file's records must meet beyond their types: one record per id, no
//! reference to something missing, and the same field rules as typing them in the app.

use super::envelope::FileData;
use super::problem::FileProblem;
use crate::domain::authority::RuleDraft;
use crate::domain::script::ScriptDraft;
use crate::domain::standard::StandardDraft;
use crate::domain::validation::{Field, FieldErrors};
use crate::domain::values::ValueDraft;
use crate::domain::{HostParameter, Timestamp};
use std::collections::HashSet;
use std::hash::Hash;

pub fn check(data: &FileData) -> Result<(), FileProblem> {
    unique("areas", data.areas.iter().map(|a| a.id))?;
    unique("standards", data.standards.iter().map(|s| s.id))?;
    unique("scripts", data.scripts.iter().map(|s| s.id))?;
    unique("values", data.values.iter().map(|v| v.id))?;
    unique("roles", data.roles.iter().map(|r| r.id))?;
    unique("rules", data.rules.iter().map(|r| r.id))?;

    let areas: HashSet<_> = data
        .areas
        .iter()
        .map(|a| a.id)
        .chain(HostParameter::ALL.iter().map(|p| p.area_id()))
        .collect();
    let standards: HashSet<_> = data.standards.iter().map(|s| s.id).collect();
    let values: HashSet<_> = data.values.iter().map(|v| v.id).collect();
    let roles: HashSet<_> = data.roles.iter().map(|r| r.id).collect();
    let epoch = Timestamp::from_unix_millis(0.0);

    for (i, s) in data.standards.iter().enumerate() {
        present(&format!("standards[{i}].area_id"), &areas, &[s.area_id])?;
        present(&format!("standards[{i}].value_ids"), &values, &s.value_ids)?;
        rules(
            &format!("standards[{i}]"),
            StandardDraft::from_standard(s)
                .validate(|_| true)
                .map(|_| ()),
        )?;
    }
    for (i, s) in data.scripts.iter().enumerate() {
        present(
            &format!("scripts[{i}].standard_ids"),
            &standards,
            &s.standard_ids,
        )?;
        present(&format!("scripts[{i}].value_ids"), &values, &s.value_ids)?;
        rules(
            &format!("scripts[{i}]"),
            ScriptDraft::from_script(s).validate().map(|_| ()),
        )?;
    }
    for (i, v) in data.values.iter().enumerate() {
        rules(
            &format!("values[{i}]"),
            ValueDraft::from_value(v)
                .validate(Some(v), 0, epoch)
                .map(|_| ()),
        )?;
    }
    for (i, r) in data.rules.iter().enumerate() {
        present(&format!("rules[{i}].role_id"), &roles, &[r.role_id])?;
        let draft = RuleDraft::from_rule(r, crate::domain::locale::Locale::En);
        rules(
            &format!("rules[{i}]"),
            draft.validate(Some(r), |_| true, epoch).map(|_| ()),
        )?;
    }
    Ok(())
}

fn unique<T: Eq + Hash + ToString>(
    section: &str,
    ids: impl Iterator<Item = T>,
) -> Result<(), FileProblem> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let text = id.to_string();
        if !seen.insert(id) {
            return Err(FileProblem::DuplicateId {
                place: format!("{section}[{i}].id"),
                id: text,
            });
        }
    }
    Ok(())
}

fn present<T: Eq + Hash + ToString>(
    place: &str,
    known: &HashSet<T>,
    ids: &[T],
) -> Result<(), FileProblem> {
    match ids.iter().find(|id| !known.contains(id)) {
        Some(missing) => Err(FileProblem::MissingReference {
            place: place.to_string(),
            id: missing.to_string(),
        }),
        None => Ok(()),
    }
}

/// The first field rule broken, at its place in the file.
fn rules(place: &str, result: Result<(), FieldErrors>) -> Result<(), FileProblem> {
    let Err(errors) = result else {
        return Ok(());
    };
    let Some(first) = errors.0.into_iter().next() else {
        return Ok(());
    };
    Err(FileProblem::Invalid {
        place: format!("{place}.{}", field_name(first.field)),
        problem: first.problem,
    })
}

/// The field's name as the file spells it.
fn field_name(field: Field) -> String {
    match field {
        Field::Area => "area_id".into(),
        Field::Title => "title".into(),
        Field::Why => "why".into(),
        Field::Dos => "dos".into(),
        Field::Donts => "donts".into(),
        Field::MeasuredBy => "measured_by".into(),
        Field::Tags => "tags".into(),
        Field::Situation | Field::RuleSituation => "situation".into(),
        Field::Steps => "steps".into(),
        Field::Step(i) => format!("steps[{i}]"),
        Field::ValueName | Field::AreaName | Field::RoleName | Field::BusinessName => "name".into(),
        Field::Meaning => "meaning".into(),
        Field::LooksLike => "looks_like".into(),
        Field::NotLike => "not_like".into(),
        Field::Vision => "vision".into(),
        Field::Slogan => "slogan".into(),
        Field::Promises => "promises".into(),
        Field::Role => "role_id".into(),
        Field::RuleMay => "may".into(),
        Field::Limit => "limit".into(),
        Field::Notes => "notes".into(),
        Field::PersonName => "name".into(),
        Field::Started => "started".into(),
        Field::NextConversationDue => "next_conversation_due".into(),
        Field::GoalTitle => "title".into(),
        Field::Owner => "owner".into(),
        Field::LinkedStandard => "standard_id".into(),
        Field::Target => "target".into(),
        Field::Start => "start".into(),
        Field::End => "end".into(),
        Field::Date => "date".into(),
        Field::Value => "value".into(),
        Field::Participants => "participant_ids".into(),
        Field::EntryNotes(i) => format!("entries[{i}].notes"),
        Field::QuestionText => "text".into(),
        Field::Person => "person_id".into(),
        Field::PraiseFrom => "from_person_id".into(),
        Field::PraiseTo => "to_person_id".into(),
        Field::PraiseWhat => "what".into(),
        Field::WentWell => "went_well".into(),
        Field::WentBadly => "went_badly".into(),
        Field::NotAsPlanned => "not_as_planned".into(),
        Field::DoDifferently => "do_differently".into(),
    }
}
