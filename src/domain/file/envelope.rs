//! What a file holds. A backup holds everything; a pack holds only what a business
//! shares with another (never anything about people), and its type cannot hold more.
//! The question bank may travel in a pack: its questions are prompts, not about anyone.

use crate::domain::authority::{AuthorityRule, Role};
use crate::domain::deletion::Tombstone;
use crate::domain::drip::{BingoCard, BingoTick, Meeting, Story};
use crate::domain::knowledge::{Attempt, KnowledgeCheck};
use crate::domain::staff::{CheckIn, Goal, HostConversation, Person, Praise, Question, Reflection};
use crate::domain::values::{CoreValue, Profile};
use crate::domain::visits::{Checklist, Visit};
use crate::domain::voice::{Complaint, RatingTap};
use crate::domain::{Area, Script, Standard, Timestamp};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "vertskap";
/// The format version this app writes, and the newest it reads.
pub const VERSION: u64 = 1;
/// Files above this are refused before they are read: a year of a busy shop's data is
/// a few megabytes, and five years of daily check-ins for 200 goals about 60.
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;

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
    // The sections below came with staff tracking; files from before lack them.
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
    #[serde(default)]
    pub conversations: Vec<HostConversation>,
    #[serde(default)]
    pub reflections: Vec<Reflection>,
    #[serde(default)]
    pub praise: Vec<Praise>,
    // Checklists and visits came with scored visits.
    #[serde(default)]
    pub checklists: Vec<Checklist>,
    #[serde(default)]
    pub visits: Vec<Visit>,
    /// Customers' ratings, one per tap.
    #[serde(default)]
    pub ratings: Vec<RatingTap>,
    #[serde(default)]
    pub complaints: Vec<Complaint>,
    /// Knowledge checks as set up, with their questions written by hand.
    #[serde(default)]
    pub checks: Vec<KnowledgeCheck>,
    /// Each person's sittings of a knowledge check.
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    /// The weekly service meetings (one per week), with their discussion notes.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// Service stories.
    #[serde(default)]
    pub stories: Vec<Story>,
    /// Service bingo cards, one per week, and the squares ticked on them.
    #[serde(default)]
    pub bingo_cards: Vec<BingoCard>,
    #[serde(default)]
    pub bingo_ticks: Vec<BingoTick>,
    /// What was deleted, and when (no names, no text), so that merging this file into
    /// a tablet with an older copy of a record does not bring it back.
    #[serde(default)]
    pub deletions: Vec<Tombstone>,
}

/// What a pack holds: the shareable kinds only. Nothing about people fits in it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PackData {
    pub areas: Vec<Area>,
    pub standards: Vec<Standard>,
    pub scripts: Vec<Script>,
    pub values: Vec<CoreValue>,
    pub roles: Vec<Role>,
    pub rules: Vec<AuthorityRule>,
    /// Prompts for host conversations (a starter kit ships some).
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub checklists: Vec<Checklist>,
    /// Knowledge checks with their questions written by hand (never anyone's attempts).
    #[serde(default)]
    pub checks: Vec<KnowledgeCheck>,
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
            questions: pack.questions,
            checklists: pack.checklists,
            checks: pack.checks,
            ..FileData::default()
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
