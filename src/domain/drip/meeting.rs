//! The weekly service meeting: fifteen minutes at the start of a week. It looks back at
//! last week, tells one service story, and picks the standard the team keeps in mind
//! this week, which counter mode then shows all week. Notes from the team discussion
//! are kept, so past meetings can be read again.

use super::week::Week;
use crate::domain::validation::{check_length, Field, FieldErrors, MAX_FIELD_CHARS};
use crate::domain::{MeetingId, StandardId, StoryId, Timestamp};
use serde::{Deserialize, Serialize};

/// Tells meeting ids apart from other ids made from a week.
const MEETING_KIND: u16 = 0x0d01;

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: MeetingId,
    /// The week it is held in, and whose focus it sets; it looks back at the week before.
    pub week: Week,
    /// The standard the team keeps in mind this week.
    pub focus_standard_id: Option<StandardId>,
    /// The story told this week.
    pub story_id: Option<StoryId>,
    /// What the team said, prompt by prompt.
    pub notes: Vec<DiscussionNote>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiscussionNote {
    pub prompt: Prompt,
    pub text: String,
}

/// The team discussion's questions: the wording is UI text, the record keeps which one.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prompt {
    /// A customer meeting that went well, and why.
    WentWell,
    /// A customer meeting that went badly, and why.
    WentBadly,
    /// How a colleague solved a situation.
    ColleagueSolved,
    /// Other ways the same situation could be met.
    OtherWays,
}

impl Prompt {
    pub const ALL: [Prompt; 4] = [
        Prompt::WentWell,
        Prompt::WentBadly,
        Prompt::ColleagueSolved,
        Prompt::OtherWays,
    ];
}

impl MeetingId {
    /// Every tablet that opens the meeting of a week opens the same record.
    pub fn of_week(week: Week) -> MeetingId {
        MeetingId::made_from(MEETING_KIND, week.ordinal())
    }
}

impl Meeting {
    /// A week's meeting before anything is chosen or said.
    pub fn new(week: Week, now: Timestamp) -> Meeting {
        Meeting {
            id: MeetingId::of_week(week),
            week,
            focus_standard_id: None,
            story_id: None,
            notes: Vec::new(),
            created: now,
            updated: now,
        }
    }

    pub fn note(&self, prompt: Prompt) -> &str {
        self.notes
            .iter()
            .find(|n| n.prompt == prompt)
            .map_or("", |n| n.text.as_str())
    }

    /// The meeting with `text` as the note for `prompt` (an empty note is no note).
    pub fn with_note(&self, prompt: Prompt, text: &str, now: Timestamp) -> Meeting {
        let mut meeting = self.clone();
        meeting.notes.retain(|n| n.prompt != prompt);
        if !text.trim().is_empty() {
            meeting.notes.push(DiscussionNote {
                prompt,
                text: text.trim().to_string(),
            });
            meeting
                .notes
                .sort_by_key(|n| Prompt::ALL.iter().position(|p| *p == n.prompt));
        }
        meeting.updated = now;
        meeting
    }

    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        for note in &self.notes {
            check_length(&mut errors, Field::Notes, &note.text, MAX_FIELD_CHARS);
        }
        errors.into_result(())
    }

    /// Whether anything was chosen or written: a meeting page opened and left is none.
    pub fn is_blank(&self) -> bool {
        self.focus_standard_id.is_none() && self.story_id.is_none() && self.notes.is_empty()
    }
}

/// The meeting of `week`. Files made by hand could hold two records for one week; the
/// one changed last is the meeting, the other is kept but not shown.
pub fn of_week(meetings: &[Meeting], week: Week) -> Option<&Meeting> {
    meetings
        .iter()
        .filter(|m| m.week == week)
        .max_by_key(|m| m.updated)
}

/// Past and present meetings with something in them, newest week first.
pub fn held(meetings: &[Meeting]) -> Vec<&Meeting> {
    let mut weeks: Vec<Week> = meetings.iter().map(|m| m.week).collect();
    weeks.sort_unstable_by(|a, b| b.cmp(a));
    weeks.dedup();
    weeks
        .into_iter()
        .filter_map(|w| of_week(meetings, w))
        .filter(|m| !m.is_blank())
        .collect()
}

/// Each week a standard was the focus, oldest first: for "before and during".
pub fn focus_weeks(meetings: &[Meeting], standard: StandardId) -> Vec<Week> {
    let mut weeks: Vec<Week> = held(meetings)
        .into_iter()
        .filter(|m| m.focus_standard_id == Some(standard))
        .map(|m| m.week)
        .collect();
    weeks.reverse();
    weeks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::staff::fixtures::{day, t};

    fn week(d: &str) -> Week {
        Week::of(day(d))
    }

    #[test]
    fn two_tablets_open_the_same_meeting_of_a_week() {
        let a = Meeting::new(week("2026-12-01"), t(1.0));
        let b = Meeting::new(week("2026-12-06"), t(2.0));
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, Meeting::new(week("2026-12-07"), t(1.0)).id);
        // The last week of 2026 and the first of 2027 are different meetings.
        let w53 = week("2027-01-01");
        assert_ne!(MeetingId::of_week(w53), MeetingId::of_week(w53.next()));
    }

    #[test]
    fn notes_are_kept_in_prompt_order_and_an_empty_note_is_none() {
        let m = Meeting::new(week("2026-12-01"), t(0.0))
            .with_note(Prompt::OtherWays, "Offer a seat while they wait", t(1.0))
            .with_note(Prompt::WentWell, "  The tour group  ", t(2.0));
        assert_eq!(m.note(Prompt::WentWell), "The tour group");
        let order: Vec<Prompt> = m.notes.iter().map(|n| n.prompt).collect();
        assert_eq!(order, vec![Prompt::WentWell, Prompt::OtherWays]);
        let m = m.with_note(Prompt::WentWell, "   ", t(3.0));
        assert_eq!(m.note(Prompt::WentWell), "");
        assert_eq!(m.notes.len(), 1);
        assert_eq!(m.updated, t(3.0));
    }

    #[test]
    fn the_meeting_of_a_week_is_the_one_changed_last_and_blank_ones_are_not_held() {
        let w = week("2026-12-01");
        let mut older = Meeting::new(w, t(0.0));
        older.id = MeetingId::random();
        older.focus_standard_id = Some(StandardId::random());
        let mut newer = Meeting::new(w, t(0.0));
        newer.story_id = Some(StoryId::random());
        newer.updated = t(9.0);
        let blank = Meeting::new(w.next(), t(0.0));
        let all = vec![older.clone(), blank, newer.clone()];
        assert_eq!(of_week(&all, w), Some(&newer));
        assert_eq!(held(&all), vec![&newer]);
    }

    #[test]
    fn focus_weeks_are_the_weeks_a_standard_was_chosen_oldest_first() {
        let (s, other) = (StandardId::random(), StandardId::random());
        let mut meetings = Vec::new();
        for (d, focus) in [("2026-11-16", s), ("2026-11-23", other), ("2026-11-30", s)] {
            let mut m = Meeting::new(week(d), t(0.0));
            m.focus_standard_id = Some(focus);
            meetings.push(m);
        }
        assert_eq!(
            focus_weeks(&meetings, s),
            vec![week("2026-11-16"), week("2026-11-30")]
        );
    }
}
