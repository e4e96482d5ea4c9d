//! Sync's edges: the CouchDB server over HTTP, the settings kept on this device, and
//! one round of pulling and pushing through the store. The rules of what a round does
//! are the domain's ([`crate::domain::sync`]); the runner that starts rounds, and shows
//! how they went, is the UI's.

pub mod client;
pub mod round;
pub mod settings;
