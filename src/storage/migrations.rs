//! Numbered schema migrations. Each step is a function run inside the upgrade
//! transaction; the database version is the number of steps, so a new step is
//! added at the end and never edited once released.

use crate::domain::authority::Role;
use crate::domain::{Area, Timestamp};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyPath;
use wasm_bindgen::JsValue;

pub const AREAS: &str = "areas";
pub const STANDARDS: &str = "standards";
pub const STANDARDS_BY_AREA: &str = "by_area";
pub const SCRIPTS: &str = "scripts";
pub const SCRIPTS_BY_STANDARD: &str = "by_standard";
pub const SCRIPT_USE: &str = "script_use";
/// One record, under the key [`PROFILE_KEY`].
pub const PROFILE: &str = "profile";
pub const PROFILE_KEY: &str = "profile";
pub const VALUES: &str = "values";
pub const ROLES: &str = "roles";
pub const RULES: &str = "rules";
pub const RULES_BY_ROLE: &str = "by_role";
/// Unknown fields that came with imported records, by `section/id`.
pub const EXTRAS: &str = "extras";
/// When each record last matched an imported file: one record under [`MATCHED_KEY`],
/// since an import updates many at once. It is JSON text; builds before 2026-11-26
/// stored an object, which still reads.
pub const MATCHED: &str = "matched";
pub const MATCHED_KEY: &str = "all";
/// The backups kept before "replace everything", by their dated keys
/// ([`crate::domain::kept_backups`]).
pub const BACKUPS: &str = "backups";

pub const PEOPLE: &str = "people";
pub const GOALS: &str = "goals";
pub const CHECK_INS: &str = "check_ins";
/// Check-ins by `[goal_id, date]`: one goal's check-ins for a range of days, without
/// reading the others (days are `YYYY-MM-DD` text, so text order is day order).
pub const CHECK_INS_BY_GOAL_DATE: &str = "by_goal_date";
pub const CONVERSATIONS: &str = "conversations";
pub const QUESTIONS: &str = "questions";
pub const REFLECTIONS: &str = "reflections";
pub const PRAISE: &str = "praise";
pub const CHECKLISTS: &str = "checklists";
pub const VISITS: &str = "visits";
/// Customers' ratings, one per tap; read for backups and merges, never at start-up.
pub const RATINGS: &str = "ratings";
/// Each local hour's ratings added up ([`crate::domain::voice::report::HourTally`]),
/// changed with every tap: what reports read.
pub const RATING_HOURS: &str = "rating_hours";
pub const COMPLAINTS: &str = "complaints";
/// Knowledge checks as set up, and each person's sittings of them.
pub const CHECKS: &str = "checks";
pub const ATTEMPTS: &str = "attempts";
/// The service drip: weekly meetings, stories, bingo cards and their ticks.
pub const MEETINGS: &str = "meetings";
pub const STORIES: &str = "stories";
pub const BINGO_CARDS: &str = "bingo_cards";
pub const BINGO_TICKS: &str = "bingo_ticks";
/// What this tablet knows of the sync server: each synced record's revision and synced
/// time (by `section/id`), and under [`SYNC_SINCE_KEY`] in [`SYNC_STATE`] how far the
/// last pull read. Never emptied by "replace everything": the server still has them.
pub const SYNC_DOCS: &str = "sync_docs";
pub const SYNC_STATE: &str = "sync_state";
pub const SYNC_SINCE_KEY: &str = "since";
/// Under this key in [`SYNC_STATE`]: the `_id`s of documents read again at each pull
/// (waiting for the person's choice, or kept aside), as JSON text.
pub const SYNC_WAITING_KEY: &str = "waiting";
/// What was deleted and when ([`crate::domain::deletion::Tombstone`]), by `section/id`.
pub const DELETIONS: &str = "deletions";

/// Every store, for transactions that read or write across them.
pub const ALL_STORES: [&str; 32] = [
    AREAS,
    STANDARDS,
    SCRIPTS,
    SCRIPT_USE,
    PROFILE,
    VALUES,
    ROLES,
    RULES,
    EXTRAS,
    MATCHED,
    BACKUPS,
    PEOPLE,
    GOALS,
    CHECK_INS,
    CONVERSATIONS,
    QUESTIONS,
    REFLECTIONS,
    PRAISE,
    DELETIONS,
    CHECKLISTS,
    VISITS,
    RATINGS,
    RATING_HOURS,
    COMPLAINTS,
    CHECKS,
    ATTEMPTS,
    MEETINGS,
    STORIES,
    BINGO_CARDS,
    BINGO_TICKS,
    SYNC_DOCS,
    SYNC_STATE,
];

/// The stores "replace everything" empties (the automatic backup is kept).
pub const REPLACEABLE: [&str; 29] = [
    AREAS,
    STANDARDS,
    SCRIPTS,
    SCRIPT_USE,
    PROFILE,
    VALUES,
    ROLES,
    RULES,
    EXTRAS,
    MATCHED,
    PEOPLE,
    GOALS,
    CHECK_INS,
    CONVERSATIONS,
    QUESTIONS,
    REFLECTIONS,
    PRAISE,
    DELETIONS,
    CHECKLISTS,
    VISITS,
    RATINGS,
    RATING_HOURS,
    COMPLAINTS,
    CHECKS,
    ATTEMPTS,
    MEETINGS,
    STORIES,
    BINGO_CARDS,
    BINGO_TICKS,
];

type Migration = fn(&Database, Timestamp) -> indexed_db_futures::Result<()>;

const MIGRATIONS: &[Migration] = &[
    v1_areas_and_standards,
    v2_scripts,
    v3_values_and_authority,
    v4_files,
    v5_staff,
    v6_deletions,
    v7_visits,
    v8_customer_voice,
    v9_knowledge_checks,
    v10_service_drip,
    v11_sync,
];

/// The version this build of the app expects.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Runs the steps after `old_version` up to `new_version`, in order; any error
/// aborts the whole upgrade, leaving the database as it was.
pub fn upgrade(
    db: &Database,
    old_version: u32,
    new_version: u32,
    now: Timestamp,
) -> indexed_db_futures::Result<()> {
    MIGRATIONS
        .iter()
        .take(new_version as usize)
        .skip(old_version as usize)
        .try_for_each(|step| step(db, now))
}

/// A seeded record as stored; a failure aborts the upgrade like any of IndexedDB's.
fn stored<T: serde::Serialize>(record: &T) -> indexed_db_futures::Result<JsValue> {
    super::codec::encode(record)
        .map_err(|failure| JsValue::from_str(&format!("{failure:?}")).into())
}

/// Areas (seeded with the seven host parameters) and standards, indexed by area.
fn v1_areas_and_standards(db: &Database, now: Timestamp) -> indexed_db_futures::Result<()> {
    let areas = db
        .create_object_store(AREAS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    for area in Area::builtins(now) {
        // The request is placed now and belongs to the upgrade transaction;
        // if it fails, the whole upgrade rolls back.
        drop(areas.put(stored(&area)?).primitive()?);
    }
    let standards = db
        .create_object_store(STANDARDS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    standards
        .create_index(STANDARDS_BY_AREA, KeyPath::One("area_id"))
        .build()?;
    Ok(())
}

/// Scripts, indexed by the standards they serve, and when each was last used here.
fn v2_scripts(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    let scripts = db
        .create_object_store(SCRIPTS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    scripts
        .create_index(SCRIPTS_BY_STANDARD, KeyPath::One("standard_ids"))
        .with_multi_entry(true)
        .build()?;
    db.create_object_store(SCRIPT_USE)
        .with_key_path(KeyPath::One("script_id"))
        .build()?;
    Ok(())
}

/// The profile, values, roles (seeded with the four starter roles) and authority rules.
fn v3_values_and_authority(db: &Database, now: Timestamp) -> indexed_db_futures::Result<()> {
    db.create_object_store(PROFILE).build()?;
    db.create_object_store(VALUES)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    let roles = db
        .create_object_store(ROLES)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    for role in Role::starters(now) {
        drop(roles.put(stored(&role)?).primitive()?);
    }
    let rules = db
        .create_object_store(RULES)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    rules
        .create_index(RULES_BY_ROLE, KeyPath::One("role_id"))
        .build()?;
    Ok(())
}

/// What file import keeps beside the records: unknown fields, match times, and the
/// automatic backup taken before a replace. All keyed outside the values.
fn v4_files(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    db.create_object_store(EXTRAS).build()?;
    db.create_object_store(MATCHED).build()?;
    db.create_object_store(BACKUPS).build()?;
    Ok(())
}

/// People, goals, check-ins (indexed by goal and day), host conversations, the
/// question bank, reflections and praise.
fn v5_staff(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    for name in [PEOPLE, GOALS, CONVERSATIONS, QUESTIONS, REFLECTIONS, PRAISE] {
        db.create_object_store(name)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    let check_ins = db
        .create_object_store(CHECK_INS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    check_ins
        .create_index(CHECK_INS_BY_GOAL_DATE, KeyPath::from(["goal_id", "date"]))
        .build()?;
    Ok(())
}

/// Deletions remembered by `section/id`, so a merge does not bring a deleted record back.
/// Links that earlier builds left pointing at deleted records are taken out when the
/// library is first read at this version (see `Store::repair_links`): that needs the
/// records decoded, which an upgrade transaction cannot wait for.
fn v6_deletions(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    db.create_object_store(DELETIONS).build()?;
    Ok(())
}

/// Checklists, and the visits scored with them.
fn v7_visits(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    for name in [CHECKLISTS, VISITS] {
        db.create_object_store(name)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    Ok(())
}

/// The customer's voice: ratings, one record per tap, each hour's added up, and
/// complaints.
fn v8_customer_voice(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    db.create_object_store(COMPLAINTS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    db.create_object_store(RATINGS)
        .with_key_path(KeyPath::One("id"))
        .build()?;
    db.create_object_store(RATING_HOURS)
        .with_key_path(KeyPath::One("key"))
        .build()?;
    Ok(())
}

/// Knowledge checks, and each person's attempts at them.
fn v9_knowledge_checks(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    for name in [CHECKS, ATTEMPTS] {
        db.create_object_store(name)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    Ok(())
}

/// The service drip: meetings, stories, bingo cards, and one record per ticked square.
fn v10_service_drip(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    for name in [MEETINGS, STORIES, BINGO_CARDS, BINGO_TICKS] {
        db.create_object_store(name)
            .with_key_path(KeyPath::One("id"))
            .build()?;
    }
    Ok(())
}

/// Sync: each synced record's revision, and how far the last pull read.
fn v11_sync(db: &Database, _now: Timestamp) -> indexed_db_futures::Result<()> {
    db.create_object_store(SYNC_DOCS)
        .with_key_path(KeyPath::One("key"))
        .build()?;
    db.create_object_store(SYNC_STATE).build()?;
    Ok(())
}
