//! The rules a file's records must meet beyond their types: one record per id, no
//! reference to something missing, and the same field rules as typing them in the app.

use super::envelope::FileData;
use super::problem::FileProblem;
use super::references::{resolve, LeftOut};
use crate::domain::authority::RuleDraft;
use crate::domain::script::ScriptDraft;
use crate::domain::staff::goal::GoalDraft;
use crate::domain::staff::quantity::{check_target, check_value};
use crate::domain::staff::{ConversationDraft, Goal, GoalKind, PersonDraft, ReflectionDraft};
use crate::domain::standard::StandardDraft;
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS, MAX_NAME_CHARS,
};
use crate::domain::values::ValueDraft;
use crate::domain::Timestamp;
use crate::domain::{Day, GoalId};
use std::collections::HashMap;
use std::collections::HashSet;
use std::hash::Hash;

/// Refuses a file with an id used twice or a record that breaks a field rule (named
/// at its place in the file as it is), then leaves out what points at nothing.
pub fn check(data: &mut FileData) -> Result<LeftOut, FileProblem> {
    check_rules(data)?;
    Ok(resolve(data))
}

/// The checks of [`check`] that need no other record than the one checked (and the
/// file's ids): what records arriving a few at a time must pass before their links are
/// resolved against everything the tablet holds.
pub fn check_rules(data: &FileData) -> Result<(), FileProblem> {
    unique("areas", data.areas.iter().map(|a| a.id))?;
    unique("standards", data.standards.iter().map(|s| s.id))?;
    unique("scripts", data.scripts.iter().map(|s| s.id))?;
    unique("values", data.values.iter().map(|v| v.id))?;
    unique("roles", data.roles.iter().map(|r| r.id))?;
    unique("rules", data.rules.iter().map(|r| r.id))?;
    unique("checklists", data.checklists.iter().map(|c| c.id))?;
    for (i, c) in data.checklists.iter().enumerate() {
        rules(&format!("checklists[{i}]"), c.check())?;
    }

    let epoch = Timestamp::from_unix_millis(0.0);

    for (i, s) in data.standards.iter().enumerate() {
        rules(
            &format!("standards[{i}]"),
            StandardDraft::from_standard(s)
                .validate(|_| true)
                .map(|_| ()),
        )?;
    }
    for (i, s) in data.scripts.iter().enumerate() {
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
    check_staff(data, epoch)?;
    for (i, r) in data.rules.iter().enumerate() {
        let draft = RuleDraft::from_rule(r, crate::domain::locale::Locale::En);
        rules(
            &format!("rules[{i}]"),
            draft.validate(Some(r), |_| true, epoch).map(|_| ()),
        )?;
    }
    Ok(())
}

/// People, goals and what hangs on them: every value of its goal's kind, a
/// done-per-day goal done at most once a day.
fn check_staff(data: &FileData, epoch: Timestamp) -> Result<(), FileProblem> {
    unique("questions", data.questions.iter().map(|q| q.id))?;
    unique("people", data.people.iter().map(|p| p.id))?;
    unique("goals", data.goals.iter().map(|g| g.id))?;
    unique("check_ins", data.check_ins.iter().map(|c| c.id))?;
    unique("conversations", data.conversations.iter().map(|c| c.id))?;
    unique("reflections", data.reflections.iter().map(|r| r.id))?;
    unique("praise", data.praise.iter().map(|p| p.id))?;
    unique("visits", data.visits.iter().map(|v| v.id))?;
    unique("ratings", data.ratings.iter().map(|r| r.id))?;
    unique("checks", data.checks.iter().map(|c| c.id))?;
    for (i, c) in data.checks.iter().enumerate() {
        rules(&format!("checks[{i}]"), c.check())?;
    }
    unique("attempts", data.attempts.iter().map(|a| a.id))?;
    for (i, a) in data.attempts.iter().enumerate() {
        rules(&format!("attempts[{i}]"), a.check())?;
    }
    unique("meetings", data.meetings.iter().map(|m| m.id))?;
    for (i, m) in data.meetings.iter().enumerate() {
        rules(&format!("meetings[{i}]"), m.check())?;
    }
    unique("stories", data.stories.iter().map(|s| s.id))?;
    for (i, s) in data.stories.iter().enumerate() {
        rules(&format!("stories[{i}]"), s.check())?;
    }
    unique("bingo_cards", data.bingo_cards.iter().map(|c| c.id))?;
    for (i, c) in data.bingo_cards.iter().enumerate() {
        rules(&format!("bingo_cards[{i}]"), c.check())?;
    }
    unique("bingo_ticks", data.bingo_ticks.iter().map(|t| t.id))?;
    for (i, t) in data.bingo_ticks.iter().enumerate() {
        rules(&format!("bingo_ticks[{i}]"), t.check())?;
    }
    unique("complaints", data.complaints.iter().map(|c| c.id))?;
    for (i, c) in data.complaints.iter().enumerate() {
        rules(&format!("complaints[{i}]"), c.check())?;
    }
    for (i, r) in data.ratings.iter().enumerate() {
        let mut errors = FieldErrors::default();
        if let Some(reason) = &r.reason {
            check_length(&mut errors, Field::RatingReasons, reason, MAX_NAME_CHARS);
        }
        rules(&format!("ratings[{i}]"), errors.into_result(()))?;
    }
    for (i, v) in data.visits.iter().enumerate() {
        rules(&format!("visits[{i}]"), v.check())?;
    }

    let goals: HashMap<GoalId, &Goal> = data.goals.iter().map(|g| (g.id, g)).collect();

    for (i, q) in data.questions.iter().enumerate() {
        rules(
            &format!("questions[{i}]"),
            q.reworded(&q.text, epoch).map(|_| ()),
        )?;
    }
    for (i, p) in data.people.iter().enumerate() {
        rules(
            &format!("people[{i}]"),
            PersonDraft::from_person(p)
                .validate(Some(p), |_| true, epoch)
                .map(|_| ()),
        )?;
    }
    for (i, g) in data.goals.iter().enumerate() {
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
        // A check-in without its goal is left out later; nothing to check it against.
        let Some(goal) = goals.get(&c.goal_id) else {
            continue;
        };
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
        rules(
            &format!("reflections[{i}]"),
            ReflectionDraft::from_reflection(r)
                .validate(Some(r), |_| true, epoch)
                .map(|_| ()),
        )?;
    }
    for (i, p) in data.praise.iter().enumerate() {
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
        Field::PassMark => "pass_mark".into(),
        Field::ChecklistItems => "sections".into(),
        Field::SectionTitle(s) => format!("sections[{s}].title"),
        Field::ChecklistItem(s, i) => format!("sections[{s}].items[{i}]"),
        Field::ItemTarget(s, i) => format!("sections[{s}].items[{i}].answer.number.target"),
        Field::ItemAnswer(s, i) => format!("sections[{s}].items[{i}].answer"),
        Field::Business => "business".into(),
        // Sync settings are never in a file; named as Settings keeps them.
        Field::SyncAddress => "address".into(),
        Field::SyncUser => "user".into(),
        Field::SyncPassword => "password".into(),
        Field::SyncOwnDatabase => "scope".into(),
        Field::VisitedBy => "by_name".into(),
        Field::FollowUpWhat => "follow_up.what".into(),
        Field::Due => "due".into(),
        Field::RatingQuestion => "question".into(),
        Field::RatingReasons => "reasons".into(),
        Field::RatingTooFew => "too_few".into(),
        Field::ComplaintSaid => "said".into(),
        Field::Contact => "contact".into(),
        Field::Compensation => "compensation".into(),
        Field::ApprovedBy => "approved_by".into(),
        Field::ContactDays => "contact_days".into(),
        Field::QuestionCount => "count".into(),
        Field::OwnQuestion(i) => format!("own[{i}].text"),
        Field::OwnAnswer(i) => format!("own[{i}].answer"),
        Field::RefresherMonths => "refresher_months".into(),
        Field::StoryTitle => "title".into(),
        Field::StoryText => "text".into(),
        Field::StoryValue => "value_id".into(),
        Field::StoryPerson => "person_id".into(),
        Field::BingoSquares => "squares".into(),
        Field::BingoSquare(i) => format!("squares[{i}].text"),
        Field::TickedSquare => "square".into(),
    }
}
