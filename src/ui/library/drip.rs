//! Commands for the service drip: the week's meeting, stories, and bingo.

use super::{with_id, LibraryHandle, Outcome};
use crate::clock::now;
use crate::domain::deletion::Section;
use crate::domain::drip::{BingoCard, BingoTick, Meeting, Square, Story, StoryDraft, Week};
use crate::domain::state::Action;
use crate::domain::validation::FieldErrors;
use crate::domain::{PersonId, StoryId};
use crate::storage::Write;
use yew::Callback;

impl LibraryHandle {
    /// Stores the week's meeting as it is now (a focus chosen, a note written).
    pub fn save_meeting(&self, mut meeting: Meeting, done: Callback<Outcome>) {
        meeting.updated = now();
        self.commit(
            vec![Write::PutMeeting(meeting.clone())],
            Action::MeetingsSaved(vec![meeting]),
            done,
        );
    }

    /// Writes a story from the form, or a correction of one; `done` hears its id.
    pub fn save_story(
        &self,
        existing: Option<&Story>,
        draft: &StoryDraft,
        done: Callback<Option<StoryId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let story = draft.validate(
            existing,
            |id| library.person(id).is_some(),
            |id| library.value(id).is_some(),
            now(),
        )?;
        let id = story.id;
        self.commit(
            vec![Write::PutStory(story.clone())],
            Action::StoriesSaved(vec![story]),
            with_id(id, done),
        );
        Ok(())
    }

    pub fn delete_story(&self, id: StoryId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Stories, id, now(), Write::DeleteStory),
            Action::StoryRemoved(id),
            done,
        );
    }

    /// Stores the card of `week` with these squares (a new card replaces the week's).
    pub fn save_bingo_card(
        &self,
        week: Week,
        squares: Vec<Square>,
        done: Callback<Outcome>,
    ) -> Result<(), FieldErrors> {
        let mut card = BingoCard::new(week, squares, now())?;
        if let Some(before) = self.library().bingo_card(week) {
            card.created = before.created;
        }
        self.commit(
            vec![Write::PutBingoCard(card.clone())],
            Action::BingoCardsSaved(vec![card]),
            done,
        );
        Ok(())
    }

    /// Ticks a square of the week's card, or takes the tick back.
    pub fn tick_square(
        &self,
        week: Week,
        square: u8,
        ticked: bool,
        by: Option<PersonId>,
        done: Callback<Outcome>,
    ) {
        let ticks = &self.library().staff.bingo_ticks;
        let existing = crate::domain::drip::bingo::ticks_of(ticks, week)
            .get(usize::from(square))
            .copied()
            .flatten();
        let tick = BingoTick::set(week, square, ticked, by, existing, now());
        self.commit(
            vec![Write::PutBingoTick(tick.clone())],
            Action::BingoTicksSaved(vec![tick]),
            done,
        );
    }
}
