//! Host conversations: a manager and a few employees, a couple of times a year, talk
//! through questions from the business's question bank, note what was said, and leave
//! with goals to practise until the next one.

use super::goal::{optional_day, required_day, Goal, GoalDraft, Owner};
use super::person::Person;
use crate::domain::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS,
};
use crate::domain::{ConversationId, Day, GoalId, PersonId, QuestionId, StandardId, Timestamp};
use serde::{Deserialize, Serialize};

/// A prompt in the editable question bank. Nothing personal: questions may travel in
/// packs (a starter kit ships some).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    /// Position in the bank, smallest first.
    pub order: u32,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Question {
    pub fn new(text: &str, order: u32, now: Timestamp) -> Result<Question, FieldErrors> {
        Ok(Question {
            id: QuestionId::random(),
            text: checked_question(text)?,
            order,
            created: now,
            updated: now,
        })
    }

    pub fn reworded(&self, text: &str, now: Timestamp) -> Result<Question, FieldErrors> {
        Ok(Question {
            text: checked_question(text)?,
            updated: now,
            ..self.clone()
        })
    }
}

fn checked_question(text: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::default();
    check_required(&mut errors, Field::QuestionText, text);
    check_length(
        &mut errors,
        Field::QuestionText,
        text.trim(),
        MAX_FIELD_CHARS,
    );
    errors.into_result(text.trim().to_string())
}

/// One question as it was asked, with the notes taken. The question's words are
/// copied, so rewording or deleting it in the bank leaves past conversations as held.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConversationEntry {
    pub question_id: Option<QuestionId>,
    pub question: String,
    pub notes: String,
    /// The one participant the notes are about, shown only on that person's page;
    /// `None`: shared, shown to every participant. Left out of files when shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<PersonId>,
}

impl ConversationEntry {
    /// Whether `person`'s page shows these notes: shared ones, and those about them.
    pub fn shown_to(&self, person: PersonId) -> bool {
        self.about.is_none_or(|about| about == person)
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostConversation {
    pub id: ConversationId,
    pub date: Day,
    /// The employees who took part (the manager is implied); at least one.
    pub participant_ids: Vec<PersonId>,
    pub entries: Vec<ConversationEntry>,
    /// Goals set in this conversation.
    pub goal_ids: Vec<GoalId>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConversationDraft {
    pub date: String,
    pub participant_ids: Vec<PersonId>,
    pub entries: Vec<ConversationEntry>,
    pub goal_ids: Vec<GoalId>,
    /// When each participant's next conversation is due; empty keeps their own dates.
    pub next_due: String,
}

/// How long until the next host conversation, unless the manager says otherwise.
pub const MONTHS_BETWEEN_CONVERSATIONS: u32 = 6;

impl ConversationDraft {
    pub fn new(today: Day) -> Self {
        ConversationDraft {
            date: today.text(),
            participant_ids: Vec::new(),
            entries: Vec::new(),
            goal_ids: Vec::new(),
            next_due: today.plus_months(MONTHS_BETWEEN_CONVERSATIONS).text(),
        }
    }

    pub fn from_conversation(c: &HostConversation) -> Self {
        ConversationDraft {
            date: c.date.text(),
            participant_ids: c.participant_ids.clone(),
            entries: c.entries.clone(),
            goal_ids: c.goal_ids.clone(),
            // Correcting an old conversation leaves each person's next date alone.
            next_due: String::new(),
        }
    }

    /// Moves the conversation's date; the next one's date follows while it is still
    /// the usual six months after (a date the manager chose stays as chosen).
    pub fn set_date(&mut self, date: String) {
        let usual = |text: &str| {
            crate::domain::Day::parse(text)
                .ok()
                .map(|d| d.plus_months(MONTHS_BETWEEN_CONVERSATIONS).text())
        };
        if usual(&self.date).as_deref() == Some(self.next_due.as_str()) {
            if let Some(next) = usual(&date) {
                self.next_due = next;
            }
        }
        self.date = date;
    }

    /// The participants with their next conversation due on the chosen day, or none
    /// when it is left empty; a date that is not one is refused at its field.
    pub fn participants_due(
        &self,
        people: &[Person],
        now: Timestamp,
    ) -> Result<Vec<Person>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let due = optional_day(&mut errors, Field::NextConversationDue, &self.next_due);
        let Some(due) = due else {
            return Err(errors);
        };
        Ok(due.map_or_else(Vec::new, |due| {
            people
                .iter()
                .filter(|p| self.participant_ids.contains(&p.id))
                .map(|p| Person {
                    next_conversation_due: Some(due),
                    updated: now,
                    ..p.clone()
                })
                .collect()
        }))
    }

    /// Adds a question from the bank, its words copied.
    pub fn ask(&mut self, question: &Question) {
        self.entries.push(ConversationEntry {
            question_id: Some(question.id),
            question: question.text.clone(),
            notes: String::new(),
            about: None,
        });
    }

    /// Checks the draft; links to goals that no longer exist are dropped.
    pub fn validate(
        &self,
        existing: Option<&HostConversation>,
        person_exists: impl Fn(PersonId) -> bool,
        goal_exists: impl Fn(GoalId) -> bool,
        now: Timestamp,
    ) -> Result<HostConversation, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = required_day(&mut errors, Field::Date, &self.date);
        let mut participants: Vec<PersonId> = Vec::new();
        for id in &self.participant_ids {
            if !participants.contains(id) {
                participants.push(*id);
            }
        }
        if participants.is_empty() {
            errors.add(Field::Participants, Problem::Required);
        } else if !participants.iter().all(|id| person_exists(*id)) {
            errors.add(Field::Participants, Problem::UnknownPerson);
        }
        for (i, entry) in self.entries.iter().enumerate() {
            check_length(
                &mut errors,
                Field::EntryNotes(i),
                &entry.notes,
                MAX_FIELD_CHARS,
            );
            // A note about someone no longer in the conversation is never shared instead.
            if entry
                .about
                .is_some_and(|about| !participants.contains(&about))
            {
                errors.add(Field::EntryNotes(i), Problem::NoteAboutNonParticipant);
            }
            check_length(
                &mut errors,
                Field::QuestionText,
                &entry.question,
                MAX_FIELD_CHARS,
            );
        }
        match date {
            Some(date) if errors.is_empty() => Ok(HostConversation {
                id: existing.map_or_else(ConversationId::random, |c| c.id),
                date,
                participant_ids: participants,
                entries: self
                    .entries
                    .iter()
                    .map(|e| ConversationEntry {
                        question_id: e.question_id,
                        question: e.question.trim().to_string(),
                        notes: e.notes.trim().to_string(),
                        about: e.about,
                    })
                    .collect(),
                goal_ids: self
                    .goal_ids
                    .iter()
                    .copied()
                    .filter(|id| goal_exists(*id))
                    .collect(),
                created: existing.map_or(now, |c| c.created),
                updated: now,
            }),
            _ => Err(errors),
        }
    }
}

/// A goal set in a conversation, made for each participant from one form: the same
/// title, kind and target, each owned by one person. Link them to the conversation
/// with [`ConversationDraft::goal_ids`].
pub fn goals_for_each(
    draft: &GoalDraft,
    participants: &[PersonId],
    person_exists: impl Fn(PersonId) -> bool,
    standard_exists: impl Fn(StandardId) -> bool,
    now: Timestamp,
) -> Result<Vec<Goal>, FieldErrors> {
    if participants.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add(Field::Participants, Problem::Required);
        return Err(errors);
    }
    participants
        .iter()
        .map(|person| {
            GoalDraft {
                owner: Some(Owner::Person(*person)),
                ..draft.clone()
            }
            .validate(None, &person_exists, &standard_exists, now)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{day, t};

    #[test]
    fn a_note_about_one_person_is_shown_only_to_them_and_never_shared_by_accident() {
        let (kari, ola) = (PersonId::random(), PersonId::random());
        let mut draft = ConversationDraft {
            participant_ids: vec![kari, ola],
            ..ConversationDraft::new(day("2026-11-01"))
        };
        draft.ask(&Question::new("How are you?", 0, t(0.0)).unwrap());
        draft.entries[0].notes = "Kari wants more evening shifts".into();
        draft.entries[0].about = Some(kari);
        let held = draft.validate(None, |_| true, |_| true, t(0.0)).unwrap();
        assert!(held.entries[0].shown_to(kari));
        assert!(!held.entries[0].shown_to(ola));

        // Kari taken out of the conversation: the note is not quietly shared with Ola.
        draft.participant_ids = vec![ola];
        let errors = draft
            .validate(None, |_| true, |_| true, t(0.0))
            .unwrap_err();
        assert_eq!(
            errors.for_field(Field::EntryNotes(0)),
            Some(&Problem::NoteAboutNonParticipant)
        );
        draft.entries[0].about = None;
        assert!(draft
            .validate(None, |_| true, |_| true, t(0.0))
            .unwrap()
            .entries[0]
            .shown_to(ola));
    }

    #[test]
    fn after_a_conversation_the_next_is_due_in_six_months_unless_changed() {
        use crate::domain::staff::fixtures::person;
        let (kari, ola, anne) = (person("Kari"), person("Ola"), person("Anne"));
        let mut draft = ConversationDraft {
            participant_ids: vec![kari.id, ola.id],
            ..ConversationDraft::new(day("2026-03-15"))
        };
        assert_eq!(draft.next_due, "2026-09-15");
        let people = [kari.clone(), ola.clone(), anne.clone()];
        let due = draft.participants_due(&people, t(1.0)).unwrap();
        assert_eq!(due.len(), 2, "only those who took part");
        assert!(due
            .iter()
            .all(|p| p.next_conversation_due == Some(day("2026-09-15"))));
        draft.set_date("2026-02-01".into());
        assert_eq!(
            draft.next_due, "2026-08-01",
            "follows the conversation's date"
        );
        draft.next_due = "2026-06-01".into();
        draft.set_date("2026-02-03".into());
        assert_eq!(
            draft.next_due, "2026-06-01",
            "a date the manager chose stays"
        );
        assert_eq!(
            draft.participants_due(&people, t(1.0)).unwrap()[0].next_conversation_due,
            Some(day("2026-06-01"))
        );
        draft.next_due = String::new();
        assert!(draft.participants_due(&people, t(1.0)).unwrap().is_empty());
        draft.next_due = "soon".into();
        assert!(draft
            .participants_due(&people, t(1.0))
            .unwrap_err()
            .for_field(Field::NextConversationDue)
            .is_some());
    }

    #[test]
    fn a_conversation_needs_a_day_and_someone_who_exists() {
        let errors = ConversationDraft {
            date: "2026-02-30".into(),
            ..ConversationDraft::new(day("2026-01-01"))
        }
        .validate(None, |_| true, |_| true, t(0.0))
        .unwrap_err();
        assert!(errors.for_field(Field::Date).is_some());
        assert_eq!(
            errors.for_field(Field::Participants),
            Some(&Problem::Required)
        );
        let stranger = ConversationDraft {
            participant_ids: vec![PersonId::random()],
            ..ConversationDraft::new(day("2026-01-01"))
        };
        assert_eq!(
            stranger
                .validate(None, |_| false, |_| true, t(0.0))
                .unwrap_err()
                .for_field(Field::Participants),
            Some(&Problem::UnknownPerson)
        );
    }

    #[test]
    fn a_goal_set_in_a_conversation_is_made_for_each_participant() {
        let (a, b) = (PersonId::random(), PersonId::random());
        let draft = GoalDraft {
            title: "Greet within ten seconds".into(),
            ..GoalDraft::new(None, day("2026-11-26"))
        };
        let goals = goals_for_each(&draft, &[a, b], |_| true, |_| true, t(1.0)).unwrap();
        let owners: Vec<Owner> = goals.iter().map(|g| g.owner).collect();
        assert_eq!(owners, [Owner::Person(a), Owner::Person(b)]);
        assert_ne!(goals[0].id, goals[1].id);
        let mut held = ConversationDraft {
            participant_ids: vec![a, b],
            ..ConversationDraft::new(day("2026-11-26"))
        };
        held.goal_ids = goals.iter().map(|g| g.id).collect();
        let ids = held.goal_ids.clone();
        let c = held
            .validate(None, |_| true, |id| ids.contains(&id), t(1.0))
            .unwrap();
        assert_eq!(c.goal_ids.len(), 2);
        assert!(goals_for_each(&draft, &[], |_| true, |_| true, t(1.0)).is_err());
        let untitled = GoalDraft {
            title: String::new(),
            ..draft
        };
        assert!(goals_for_each(&untitled, &[a], |_| true, |_| true, t(1.0)).is_err());
    }

    #[test]
    fn questions_are_copied_so_the_bank_can_change() {
        let mut question = Question::new("What made a guest smile this week?", 0, t(0.0)).unwrap();
        let (a, b) = (PersonId::random(), PersonId::random());
        let goal = GoalId::random();
        let mut draft = ConversationDraft {
            participant_ids: vec![a, b, a],
            goal_ids: vec![goal, GoalId::random()],
            ..ConversationDraft::new(day("2026-11-26"))
        };
        draft.ask(&question);
        draft.entries[0].notes = " Both named the regulars. ".into();
        let held = draft
            .validate(None, |_| true, |id| id == goal, t(1.0))
            .unwrap();
        assert_eq!(held.participant_ids, vec![a, b], "each person once");
        assert_eq!(held.goal_ids, vec![goal]);
        assert_eq!(held.entries[0].notes, "Both named the regulars.");
        question = question
            .reworded("What made a guest laugh?", t(2.0))
            .unwrap();
        assert_ne!(held.entries[0].question, question.text);
        assert!(Question::new(" ", 1, t(0.0)).is_err());
    }
}
