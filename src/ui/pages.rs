//! One component per screen; pieces used by one page live under it.

mod areas;
pub mod authority;
mod coming;
pub mod counter;
mod not_found;
mod print_scripts;
mod script_detail;
mod script_editor;
mod scripts;
mod settings;
mod standard_detail;
mod standard_editor;
mod standards;
pub mod values;

pub use areas::AreasPage;
pub use authority::{AuthorityPage, RuleEditor};
pub use coming::GoalsComing;
pub use not_found::NotFound;
pub use print_scripts::PrintScripts;
pub use script_detail::ScriptDetail;
pub use script_editor::ScriptEditor;
pub use scripts::ScriptsPage;
pub use settings::{PackExport, SettingsPage};
pub use standard_detail::StandardDetail;
pub use standard_editor::StandardEditor;
pub use standards::StandardsPage;
pub use values::{Poster, ProfileEditor, ValueDetail, ValueEditor, ValuesPage};
