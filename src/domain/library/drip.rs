//! The service drip's records: meetings, stories and bingo.

use super::{upsert, Library};
use crate::domain::drip::{bingo, meeting, BingoCard, BingoTick, Meeting, Story, Week};
use crate::domain::{Standard, StoryId};

impl Library {
    pub fn with_meetings_saved(&mut self, saved: Vec<Meeting>) {
        upsert(&mut self.staff.meetings, saved, |m| m.id);
    }

    pub fn with_stories_saved(&mut self, saved: Vec<Story>) {
        upsert(&mut self.staff.stories, saved, |s| s.id);
    }

    pub fn with_story_removed(&mut self, id: StoryId) {
        self.staff.stories.retain(|s| s.id != id);
    }

    pub fn with_bingo_cards_saved(&mut self, saved: Vec<BingoCard>) {
        upsert(&mut self.staff.bingo_cards, saved, |c| c.id);
    }

    pub fn with_bingo_ticks_saved(&mut self, saved: Vec<BingoTick>) {
        upsert(&mut self.staff.bingo_ticks, saved, |t| t.id);
    }

    pub fn story(&self, id: StoryId) -> Option<&Story> {
        self.staff.stories.iter().find(|s| s.id == id)
    }

    /// The meeting of `week`, if one was opened.
    pub fn meeting(&self, week: Week) -> Option<&Meeting> {
        meeting::of_week(&self.staff.meetings, week)
    }

    /// What counter mode shows all week: the focus standard and the story the week's
    /// meeting chose, if they still exist.
    pub fn this_weeks_focus(&self, week: Week) -> (Option<&Standard>, Option<&Story>) {
        let Some(m) = self.meeting(week) else {
            return (None, None);
        };
        let standard = m
            .focus_standard_id
            .and_then(|id| self.standards.iter().find(|s| s.id == id));
        let story = m.story_id.and_then(|id| self.story(id));
        (standard, story)
    }

    pub fn bingo_card(&self, week: Week) -> Option<&BingoCard> {
        bingo::card_of(&self.staff.bingo_cards, week)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drip::StoryDraft;
    use crate::domain::staff::fixtures::{day, t};

    #[test]
    fn counter_mode_shows_the_weeks_focus_and_story_while_they_exist() {
        let mut lib = Library::default();
        let week = Week::of(day("2026-12-02"));
        assert_eq!(lib.this_weeks_focus(week), (None, None));
        let story = StoryDraft {
            title: "The scarf".into(),
            text: "Ran after the guest.".into(),
            ..StoryDraft::new(day("2026-11-28"))
        }
        .validate(None, |_| true, |_| true, t(0.0))
        .unwrap();
        lib.with_stories_saved(vec![story.clone()]);
        let mut m = Meeting::new(week, t(1.0));
        m.story_id = Some(story.id);
        m.focus_standard_id = Some(crate::domain::StandardId::random());
        lib.with_meetings_saved(vec![m]);
        let (standard, shown) = lib.this_weeks_focus(week);
        assert_eq!(standard, None, "a standard since deleted is not shown");
        assert_eq!(shown, Some(&story));
        assert_eq!(
            lib.this_weeks_focus(week.next()),
            (None, None),
            "a week later it is gone"
        );
        lib.with_story_removed(story.id);
        assert_eq!(lib.this_weeks_focus(week).1, None);
    }
}
