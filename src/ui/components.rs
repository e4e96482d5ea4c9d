//! Pieces shared by several pages.

mod confirm_delete;
mod edit_link;
mod field;
mod keep_data;
mod layout;
mod linked_values;
mod lost_data;
mod missing;
mod move_buttons;
mod notice_bar;
mod progress_bar;
mod script_sheet;
mod script_steps;
mod select_field;
mod starter_offer;
mod storage_problem;
mod update_banner;
mod value_picker;

pub use confirm_delete::ConfirmDelete;
pub use edit_link::{EditLink, StoryLink};
pub use field::{Field, FieldKind};
pub use layout::Layout;
pub use linked_values::LinkedValues;
pub use missing::Missing;
pub use move_buttons::MoveButtons;
pub use progress_bar::ProgressBar;
pub use script_sheet::{script_card_body, ScriptSheet, SCRIPT_SCALE};
pub use script_steps::{step_body, ScriptMeta, ScriptSteps};
pub use select_field::SelectField;
pub use storage_problem::StorageProblem;
pub use update_banner::UpdateBanner;
pub use value_picker::ValuePicker;
