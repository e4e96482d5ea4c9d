//! The customer's voice: ratings tapped at the counter on the way out, and what they add
//! up to; and complaints, followed up until the loop is closed. Reports give counts and
//! the share of good answers with the number beside it, never a bare average, and say
//! "too few answers" rather than a share of a handful.

pub mod complaint;
pub mod complaint_draft;
pub mod patterns;
pub mod rating;
pub mod report;

pub use complaint::{Cause, Complaint, CustomerTold};
pub use complaint_draft::ComplaintDraft;
pub use rating::{Rating, RatingSetup, RatingTap};
pub use report::{HeatMap, RatingReport, Share, Tally, WeekTally};

/// Below this many answers a share says nothing: the report says so instead.
pub const DEFAULT_TOO_FEW: u32 = 30;
/// After a tap the buttons rest this long, so one customer cannot tap ten times.
pub const PAUSE_MILLIS: u32 = 2_000;
