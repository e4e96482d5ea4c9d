//! Commands for customers' ratings. A tap is stored at once and apart from the library
//! (start-up never reads them); reports read them when they are opened.

use super::{LibraryHandle, Outcome};
use crate::clock::now;
use crate::domain::state::Action;
use crate::domain::voice::report::HourTally;
use crate::domain::voice::{Rating, RatingTap};
use crate::storage::Write;
use yew::Callback;

thread_local! {
    /// How many re-reads of rating goals were started on this page.
    static RATING_READS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// This device's offset from UTC now, in minutes (+60 in a Norwegian winter).
fn offset_minutes() -> i16 {
    (-js_sys::Date::new_0().get_timezone_offset()) as i16
}

impl LibraryHandle {
    /// Stores one customer's tap; `done` hears it once stored (to add a reason to), or
    /// `None` if it was not (the notice says why).
    pub fn rate(&self, rating: Rating, done: Callback<Option<RatingTap>>) {
        let tap = RatingTap::new(now(), offset_minutes(), rating);
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = handle.commands.record_rating(&tap, None).await;
            done.emit((outcome == Outcome::Stored).then_some(tap));
            if outcome == Outcome::Stored {
                handle.summarize_rating_goals().await;
            }
        });
    }

    /// Reads again the progress of goals counted from ratings (after a tap, or a new
    /// threshold). A failed read is its own notice: the tap itself was stored.
    async fn summarize_rating_goals(&self) {
        let goals: Vec<_> = self
            .library()
            .staff
            .goals
            .iter()
            .filter(|g| !g.kind.is_checked_in())
            .cloned()
            .collect();
        if goals.is_empty() {
            return;
        }
        match self
            .store
            .goal_summaries(&goals, crate::clock::today())
            .await
        {
            Ok(summaries) => self.commands.apply(Action::SummariesRead(summaries)),
            Err(failure) => self.commands.read_failed(failure),
        }
    }

    /// Adds the reason a guest gave to their tap.
    pub fn give_reason(&self, tap: &RatingTap, reason: &str, done: Callback<Outcome>) {
        let (tap, reason) = (tap.clone(), reason.to_string());
        let commands = self.commands.clone();
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(commands.record_rating(&tap, Some(&reason)).await);
        });
    }

    /// Saves what the rating screen asks and offers, as typed.
    pub fn save_rating_setup(
        &self,
        question: &str,
        reasons: &str,
        too_few: &str,
        done: Callback<Outcome>,
    ) -> Result<(), crate::domain::validation::FieldErrors> {
        let rating = crate::domain::voice::RatingSetup::typed(question, reasons, too_few)?;
        let profile = crate::domain::values::Profile {
            rating,
            updated: Some(now()),
            ..self.library().profile.clone()
        };
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = handle
                .commands
                .run(
                    vec![Write::PutProfile(profile.clone())],
                    [Action::ProfileSaved(profile)],
                )
                .await;
            done.emit(outcome);
            if outcome == Outcome::Stored {
                handle.summarize_rating_goals().await;
            }
        });
        Ok(())
    }

    /// Every local hour's ratings added up, for the reports.
    pub fn read_rating_hours(&self, found: Callback<Vec<HourTally>>) {
        let (store, state) = (self.store.clone(), self.state.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match store.rating_hours().await {
                Ok(taps) => found.emit(taps),
                Err(failure) => state.dispatch(Action::WriteFailed(failure)),
            }
        });
    }
}
