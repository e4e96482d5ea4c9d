//! What a file holds. A backup holds everything; a pack holds only what a business
//! shares with another (never anything about people), and its type cannot hold more.

use crate::domain::authority::{AuthorityRule, Role};
use crate::domain::values::{CoreValue, Profile};
use crate::domain::{Area, Script, Standard, Timestamp};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "vertskap";
/// The format version this app writes, and the newest it reads.
pub const VERSION: u64 = 1;
/// Files above this are refused before they are read: a year of a busy shop's data is
/// a few megabytes.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Backup,
    Pack,
}

/// Everything a backup holds, each kind as an array.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FileData {
    pub profile: Option<Profile>,
    pub areas: Vec<Area>,
    pub standards: Vec<Standard>,
    pub scripts: Vec<Script>,
    pub values: Vec<CoreValue>,
    pub roles: Vec<Role>,
    pub rules: Vec<AuthorityRule>,
}

/// What a pack holds: the shareable kinds only.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PackData {
    pub areas: Vec<Area>,
    pub standards: Vec<Standard>,
    pub scripts: Vec<Script>,
    pub values: Vec<CoreValue>,
    pub roles: Vec<Role>,
    pub rules: Vec<AuthorityRule>,
}

impl From<PackData> for FileData {
    fn from(pack: PackData) -> Self {
        FileData {
            profile: None,
            areas: pack.areas,
            standards: pack.standards,
            scripts: pack.scripts,
            values: pack.values,
            roles: pack.roles,
            rules: pack.rules,
        }
    }
}

/// The envelope around the data.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<D> {
    pub format: String,
    pub version: u64,
    pub kind: FileKind,
    pub exported_at: Timestamp,
    pub app_version: String,
    pub data: D,
}

impl<D> Envelope<D> {
    pub fn new(kind: FileKind, data: D, exported_at: Timestamp) -> Self {
        Envelope {
            format: FORMAT.to_string(),
            version: VERSION,
            kind,
            exported_at,
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            data,
        }
    }
}
