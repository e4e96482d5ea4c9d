//! One component per screen; pieces used by one page live under it.

mod areas;
mod coming;
mod not_found;
mod standard_detail;
mod standard_editor;
mod standards;

pub use areas::AreasPage;
pub use coming::ComingSection;
pub use not_found::NotFound;
pub use standard_detail::StandardDetail;
pub use standard_editor::StandardEditor;
pub use standards::StandardsPage;
