//! The app's data in IndexedDB, behind a small typed API. All IndexedDB interop
//! lives here; the rest of the app sees [`Store`], [`Write`] and [`StorageFailure`].
//!
//! [`StorageFailure`]: crate::domain::StorageFailure

mod apply;
pub mod changes;
mod check_in_reads;
mod codec;
mod database;
pub mod device;
mod failure;
mod migrations;
mod read;
mod request;
mod staff;
mod write;

pub use database::{Store, DB_NAME};
pub use migrations::SCHEMA_VERSION;
pub use write::Write;
