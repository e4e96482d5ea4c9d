//! Plain types and rules of the domain: no browser, tested with `cargo test`.

pub mod area;
pub mod authority;
pub mod day;
pub mod deletion;
pub mod device;
pub mod drip;
pub mod failure;
pub mod file;
pub mod id;
pub mod kept_backups;
pub mod knowledge;
pub mod library;
pub mod locale;
pub mod money;
pub mod ordering;
pub mod practice;
pub mod script;
pub mod search;
pub mod sorting;
pub mod staff;
pub mod standard;
pub mod state;
pub mod sync;
pub mod timestamp;
pub mod validation;
pub mod values;
pub mod visits;
pub mod voice;

pub use area::{Area, HostParameter};
pub use day::Day;
pub use failure::StorageFailure;
pub use id::{
    AreaId, AttemptId, BingoCardId, BingoTickId, CheckId, CheckInId, CheckQuestionId, ChecklistId,
    ComplaintId, ConversationId, GoalId, ItemId, MeetingId, PersonId, PraiseId, QuestionId,
    RatingId, ReflectionId, RoleId, RuleId, ScriptId, StandardId, StoryId, ValueId, VisitId,
};
pub use library::Library;
pub use script::{Channel, Script, ScriptDraft, Step};
pub use standard::{Standard, StandardDraft};
pub use timestamp::Timestamp;
