//! Pieces shared by several pages.

mod field;
mod layout;
mod move_buttons;
mod notice_bar;
mod storage_problem;

pub use field::{Field, FieldKind};
pub use layout::Layout;
pub use move_buttons::MoveButtons;
pub use storage_problem::StorageProblem;
