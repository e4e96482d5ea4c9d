//! One component per screen; pieces used by one page live under it.

mod areas;
pub mod authority;
pub mod complaints;
mod conversation_editor;
pub mod counter;
mod goal_detail;
mod goal_editor;
pub mod goals;
pub mod knowledge;
mod not_found;
mod people;
mod person_detail;
mod person_editor;
mod praise;
mod praise_editor;
mod print_scripts;
mod question_bank;
mod ratings;
mod reflection_editor;
mod script_detail;
mod script_editor;
mod scripts;
mod settings;
mod standard_detail;
mod standard_editor;
mod standards;
pub mod values;
mod visits;

pub use areas::AreasPage;
pub use authority::{AuthorityPage, RuleEditor};
pub use complaints::{
    ComplaintEditor, ComplaintPage, ComplaintsPage, CounterComplaint, NewComplaint,
    StandardComplaints,
};
pub use conversation_editor::ConversationEditor;
pub use goal_detail::GoalDetail;
pub use goal_editor::GoalEditor;
pub use goals::GoalsPage;
pub use not_found::NotFound;
pub use people::PeoplePage;
pub use person_detail::PersonDetail;
pub use person_editor::PersonEditor;
pub use praise::PraisePage;
pub use praise_editor::PraiseEditor;
pub use print_scripts::PrintScripts;
pub use question_bank::QuestionBank;
pub use ratings::RatingsPage;
pub use reflection_editor::ReflectionEditor;
pub use script_detail::ScriptDetail;
pub use script_editor::ScriptEditor;
pub use scripts::ScriptsPage;
pub use settings::{PackExport, SettingsPage};
pub use standard_detail::StandardDetail;
pub use standard_editor::StandardEditor;
pub use standards::StandardsPage;
pub use values::{Poster, ProfileEditor, ValueDetail, ValueEditor, ValuesPage};
pub use visits::{ChecklistEditor, ChecklistSheet, StandardFindings, VisitPage, VisitsPage};
