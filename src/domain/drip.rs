//! The service drip: the small weekly habits that keep standards alive. A fifteen-minute
//! service meeting each week with last week at a glance, a service story and a focus
//! standard for the week; service bingo for the little extras; and the key figures that
//! show change over time.

pub mod bingo;
pub mod figures;
pub mod meeting;
pub mod story;
pub mod week;

pub use bingo::{BingoCard, BingoTick, Line, Square};
pub use meeting::{DiscussionNote, Meeting, Prompt};
pub use story::{Story, StoryDraft, StorySource};
pub use week::Week;
