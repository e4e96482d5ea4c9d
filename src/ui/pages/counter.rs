//! Counter mode: a read-only, large-type view for staff with a guest in front of them.
//! Nothing here edits anything, and leaving it takes a deliberate second step.

mod counter_authority;
mod counter_frame;
mod counter_goals;
mod counter_home;
mod counter_rating;
mod counter_values;
mod practice;
mod script_cards;
mod walk_through;

pub use counter_authority::{authority_route, CounterAuthority};
pub use counter_frame::CounterFrame;
pub use counter_goals::CounterGoals;
pub use counter_home::CounterHome;
pub use counter_rating::CounterRating;
pub use counter_values::CounterValues;
pub use practice::Practice;
pub use walk_through::WalkThrough;
