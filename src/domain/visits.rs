//! Visits: walking the business with a checklist made from its own standards (a
//! self-audit, an outside mystery shopper, or a visit to another business) and scoring
//! what was found, area by area, with follow-up actions for what fell short.
//!
//! Checklists are business content and travel in packs; visits name people and travel
//! in backups only. A visit keeps a copy of the items it was scored with, so changing
//! the checklist later never shifts an old score.

pub mod checklist;
pub mod draft;
pub mod score;
pub mod trend;
pub mod visit;

pub use checklist::{AnswerKind, Checklist, ChecklistItem, ChecklistSection};
pub use draft::{ChecklistDraft, ItemDraft, KindChoice, SectionDraft};
pub use score::{Points, Score, Verdict};
pub use visit::{Answer, FollowUp, Someone, Visit, VisitItem, VisitKind, VisitSection};

/// A visit passes at this share of the possible points unless its checklist says
/// otherwise.
pub const DEFAULT_PASS_MARK: u8 = 80;
/// Items weigh 1 (ordinary) to 3 (matters most).
pub const WEIGHTS: std::ops::RangeInclusive<u8> = 1..=3;
/// The four-step scale has no middle: 1 and 2 fall short, 3 and 4 are good.
pub const SCALE_STEPS: std::ops::RangeInclusive<u8> = 1..=4;
