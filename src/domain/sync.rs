//! Several tablets of one business kept in step through a CouchDB database (or a service
//! that speaks its replication protocol). Each record is one document; the tablets pull
//! what changed since their checkpoint and push what changed here, and a record changed
//! on two tablets between syncs is a conflict the person settles, as on import.
//!
//! This module is the pure part: which records are synced, how a record becomes a
//! document and back (checked as strictly as a file), and what a pulled batch changes
//! here. The HTTP calls and the bookkeeping in storage live at the edges.

pub mod changes;
pub mod deletions;
pub mod doc;
pub mod failure;
pub mod incoming;
pub mod ledger;
pub mod pulled;
pub mod push;
pub mod removal;
pub mod settings;

pub use doc::{doc_id, split_doc_id, Doc, Scope};
pub use failure::SyncFailure;
pub use pulled::{read_batch, Pulled, Rejected};
pub use settings::{SyncDraft, SyncSettings};
