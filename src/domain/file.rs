//! The shared file format: one JSON envelope for full backups and shareable packs,
//! read strictly (every problem named with its place), written with what came in.
//! See docs/file-format.md.

pub mod envelope;
pub mod extras;

pub mod merge;
pub mod problem;
pub mod read;
pub mod references;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod write;

mod checks;
#[cfg(test)]
mod drip_tests;
mod place;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod place_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod round_trip_props;
#[cfg(test)]
pub(crate) use drip_tests::drip_staff as drip_fixture;
#[cfg(test)]
mod staff_tests;
#[cfg(test)]
mod tests;

pub use envelope::{FileData, FileKind, PackData, FORMAT, MAX_FILE_BYTES, VERSION};
pub use problem::FileProblem;
pub use read::{read_file, ImportFile, Reading};
