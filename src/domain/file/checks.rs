//! The rules a file's records must meet beyond their types: one record per id, no
//! reference to something missing, and the same field rules as typing them in the app.

use super::envelope::FileData;
use super::problem::FileProblem;
use crate::domain::authority::RuleDraft;
use crate::domain::script::ScriptDraft;
use crate::domain::staff::goal::GoalDraft;
use crate::domain::staff::quantity::{check_target, check_value};
use crate::domain::staff::{
    ConversationDraft, Goal, GoalKind, Owner, PersonDraft, ReflectionDraft,
};
use crate::domain::standard::StandardDraft;
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS,
};
use crate::domain::values::ValueDraft;
use crate::domain::{Day, GoalId, PersonId};
use crate::domain::{HostParameter, Timestamp};
use std::collections::HashMap;
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
    check_staff(data, &standards, &roles, epoch)?;
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

/// People, goals and what hangs on them: every reference present, every value of its
/// goal's kind, a done-per-day goal done at most once a day.
fn check_staff(
    data: &FileData,
    standards: &HashSet<crate::domain::StandardId>,
    roles: &HashSet<crate::domain::RoleId>,
    epoch: Timestamp,
) -> Result<(), FileProblem> {
    unique("questions", data.questions.iter().map(|q| q.id))?;
    unique("people", data.people.iter().map(|p| p.id))?;
    unique("goals", data.goals.iter().map(|g| g.id))?;
    unique("check_ins", data.check_ins.iter().map(|c| c.id))?;
    unique("conversations", data.conversations.iter().map(|c| c.id))?;
    unique("reflections", data.reflections.iter().map(|r| r.id))?;
    unique("praise", data.praise.iter().map(|p| p.id))?;

    let people: HashSet<PersonId> = data.people.iter().map(|p| p.id).collect();
    let goals: HashMap<GoalId, &Goal> = data.goals.iter().map(|g| (g.id, g)).collect();
    let goal_ids: HashSet<GoalId> = goals.keys().copied().collect();

    for (i, q) in data.questions.iter().enumerate() {
        rules(
            &format!("questions[{i}]"),
            q.reworded(&q.text, epoch).map(|_| ()),
        )?;
    }
    for (i, p) in data.people.iter().enumerate() {
        present(&format!("people[{i}].role_id"), roles, &[p.role_id])?;
        rules(
            &format!("people[{i}]"),
            PersonDraft::from_person(p)
                .validate(Some(p), |_| true, epoch)
                .map(|_| ()),
        )?;
    }
    for (i, g) in data.goals.iter().enumerate() {
        if let Owner::Person(id) = g.owner {
            present(&format!("goals[{i}].owner.person"), &people, &[id])?;
        }
        if let Some(id) = g.standard_id {
            present(&format!("goals[{i}].standard_id"), standards, &[id])?;
        }
        // The target as stored, not as a form would read it back.
        if let Err(problem) = check_target(g.kind, g.direction, g.period, g.target) {
            return Err(FileProblem::Invalid {
                place: format!("goals[{i}].target"),
                problem,
            });
        }
        rules(
            &format!("goals[{i}]"),
            GoalDraft::from_goal(g)
                .validate(Some(g), |_| true, |_| true, epoch)
                .map(|_| ()),
        )?;
    }
    let mut done_days: HashSet<(GoalId, Day)> = HashSet::new();
    for (i, c) in data.check_ins.iter().enumerate() {
        present(&format!("check_ins[{i}].goal_id"), &goal_ids, &[c.goal_id])?;
        let goal = goals[&c.goal_id];
        let value = check_value(goal.kind, c.value).map_err(|problem| FileProblem::Invalid {
            place: format!("check_ins[{i}].value"),
            problem: Problem::Value(problem),
        })?;
        if goal.kind == GoalKind::DonePerDay && value > 0 && !done_days.insert((goal.id, c.date)) {
            return Err(FileProblem::Invalid {
                place: format!("check_ins[{i}].date"),
                problem: Problem::AlreadyDone,
            });
        }
        let mut errors = FieldErrors::default();
        check_length(&mut errors, Field::Notes, &c.note, MAX_FIELD_CHARS);
        rules(&format!("check_ins[{i}]"), errors.into_result(()))?;
    }
    for (i, c) in data.conversations.iter().enumerate() {
        present(
            &format!("conversations[{i}].participant_ids"),
            &people,
            &c.participant_ids,
        )?;
        present(
            &format!("conversations[{i}].goal_ids"),
            &goal_ids,
            &c.goal_ids,
        )?;
        // Question ids may point at questions since deleted from the bank: the
        // conversation keeps its own copy of the words.
        rules(
            &format!("conversations[{i}]"),
            ConversationDraft::from_conversation(c)
                .validate(Some(c), |_| true, |_| true, epoch)
                .map(|_| ()),
        )?;
    }
    for (i, r) in data.reflections.iter().enumerate() {
        present(
            &format!("reflections[{i}].person_id"),
            &people,
            &[r.person_id],
        )?;
        rules(
            &format!("reflections[{i}]"),
            ReflectionDraft::from_reflection(r)
                .validate(Some(r), |_| true, epoch)
                .map(|_| ()),
        )?;
    }
    for (i, p) in data.praise.iter().enumerate() {
        present(
            &format!("praise[{i}].to_person_id"),
            &people,
            &[p.to_person_id],
        )?;
        if let Some(from) = p.from_person_id {
            present(&format!("praise[{i}].from_person_id"), &people, &[from])?;
        }
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::PraiseWhat, &p.what);
        check_length(&mut errors, Field::PraiseWhat, &p.what, MAX_FIELD_CHARS);
        rules(&format!("praise[{i}]"), errors.into_result(()))?;
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
