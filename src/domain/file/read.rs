//! Reading a file: from raw bytes to checked data, or one problem with its place.
//! Nothing here touches storage: a file is read whole before anything changes.

use super::checks::{check, check_rules};
use super::envelope::{FileData, FileKind, FORMAT, MAX_FILE_BYTES, VERSION};
use super::extras::{key, Extras};
use super::place::place_at;
use super::problem::{Expected, FileProblem, Found};
use super::references::LeftOut;
use crate::domain::day::NOT_A_DAY;
use crate::domain::deletion::Tombstone;
use crate::domain::drip::{BingoCard, BingoTick, Meeting, Story};
use crate::domain::knowledge::{Attempt, KnowledgeCheck};
use crate::domain::staff;
use crate::domain::visits::{Checklist, Visit};
use crate::domain::voice::{Complaint, RatingTap};
use crate::domain::Timestamp;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// A file that passed every check, ready to be previewed and applied.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    pub kind: FileKind,
    pub exported_at: Timestamp,
    pub app_version: String,
    pub data: FileData,
    pub extras: Extras,
    /// Links and records left out because they point at records the file lacks.
    pub left_out: LeftOut,
}

/// Older file versions, each step lifting a file one version (index 0: 1 → 2, …).
/// Version 1 is the first; the list grows with the format.
const MIGRATIONS: &[fn(&mut Value)] = &[];

/// Reads and checks a whole file at once (tests, the starter kit, small files).
pub fn read_file(bytes: &[u8]) -> Result<ImportFile, FileProblem> {
    let mut reading = Reading::start(bytes)?;
    while reading.advance(usize::MAX)? < 1.0 {}
    reading.finish()
}

/// The sections holding records, in the order they are read. Sections about people
/// are read from backups only: a pack has no room for them, whatever the file holds.
pub(crate) const BUSINESS_SECTIONS: [&str; 9] = [
    "areas",
    "standards",
    "scripts",
    "values",
    "roles",
    "rules",
    "questions",
    "checklists",
    "checks",
];
pub(crate) const STAFF_SECTIONS: [&str; 15] = [
    "people",
    "goals",
    "check_ins",
    "conversations",
    "reflections",
    "praise",
    "visits",
    "ratings",
    "complaints",
    "attempts",
    "meetings",
    "stories",
    "bingo_cards",
    "bingo_ticks",
    "deletions",
];

/// A file being read in steps, so that a large one (a backup with 200,000 check-ins)
/// can show how far it has come and leave the page responsive between steps. The JSON
/// is parsed once at the start; each step then types and checks a share of the records.
pub struct Reading {
    kind: FileKind,
    exported_at: Timestamp,
    app_version: String,
    data: Map<String, Value>,
    extras: Extras,
    known_fields: KnownFields,
    file_data: FileData,
    sections: Vec<&'static str>,
    /// The section being read, and the next record in it.
    section: usize,
    record: usize,
    total: usize,
    done: usize,
}

type KnownFields = std::collections::HashMap<String, std::collections::HashSet<String>>;

impl Reading {
    /// Checks what can be checked before any record: size, text, JSON, the envelope,
    /// and the version (migrating older ones).
    pub fn start(bytes: &[u8]) -> Result<Reading, FileProblem> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(FileProblem::TooLarge {
                bytes: bytes.len() as u64,
                max: MAX_FILE_BYTES,
            });
        }
        let text = as_text(bytes)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(FileProblem::Empty);
        }
        let mut root: Value = serde_json::from_str(text).map_err(json_problem)?;
        let Value::Object(envelope) = &root else {
            return Err(FileProblem::NotVertskap);
        };
        if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(FileProblem::NotVertskap);
        }
        let version = match envelope.get("version").and_then(Value::as_u64) {
            Some(v) if v > VERSION => return Err(FileProblem::TooNew { version: v }),
            Some(v) if v >= 1 => v,
            _ => return Err(FileProblem::UnknownVersion),
        };
        for step in MIGRATIONS.iter().skip(version as usize - 1) {
            step(&mut root);
        }
        let Value::Object(mut envelope) = root else {
            return Err(FileProblem::NotVertskap);
        };
        let kind: FileKind = field(&envelope, "kind")?;
        let exported_at: Timestamp = field(&envelope, "exported_at")?;
        let app_version: String = field(&envelope, "app_version")?;
        let data = match envelope.remove("data") {
            Some(Value::Object(data)) => data,
            Some(other) => return Err(wrong_type("data", Expected::Object, &other)),
            None => {
                return Err(FileProblem::Missing {
                    place: "data".into(),
                })
            }
        };
        let mut extras = Extras::default();
        // A pack never brings a profile, whatever the file says: the type has no room for it.
        let profile = match (kind, data.get("profile")) {
            (FileKind::Backup, Some(value)) if !value.is_null() => {
                let profile = typed(value, "profile")?;
                keep_extras(&mut extras, "profile".into(), value, &profile);
                Some(profile)
            }
            _ => None,
        };
        // A backup keeps what a newer app wrote in sections this version does not know;
        // a pack does not (it goes to another business, and may not say what it holds).
        if kind == FileKind::Backup {
            let known = |name: &str| {
                name == "profile"
                    || BUSINESS_SECTIONS.contains(&name)
                    || STAFF_SECTIONS.contains(&name)
            };
            for (name, value) in data.iter().filter(|(name, _)| !known(name)) {
                extras.keep_section(name, value.clone());
            }
        }
        let sections: Vec<&'static str> = match kind {
            FileKind::Pack => BUSINESS_SECTIONS.to_vec(),
            FileKind::Backup => BUSINESS_SECTIONS
                .into_iter()
                .chain(STAFF_SECTIONS)
                .collect(),
        };
        let total = sections
            .iter()
            .map(|s| match data.get(*s) {
                Some(Value::Array(items)) => items.len(),
                _ => 0,
            })
            .sum();
        Ok(Reading {
            kind,
            exported_at,
            app_version,
            data,
            extras,
            known_fields: KnownFields::default(),
            file_data: FileData {
                profile,
                ..FileData::default()
            },
            sections,
            section: 0,
            record: 0,
            total,
            done: 0,
        })
    }

    /// Types and checks up to `budget` more records; returns how far the reading has
    /// come, from 0 to 1 (1: every record is read, [`Reading::finish`] is next).
    pub fn advance(&mut self, budget: usize) -> Result<f64, FileProblem> {
        let mut left = budget;
        while left > 0 {
            let Some(&section) = self.sections.get(self.section) else {
                break;
            };
            let read = self.read_some(section, left)?;
            left -= read.min(left);
            if read == 0 || self.record >= self.section_len(section) {
                self.section += 1;
                self.record = 0;
            }
        }
        Ok(self.progress())
    }

    /// The share of records read so far, from 0 to 1.
    pub fn progress(&self) -> f64 {
        if self.section >= self.sections.len() {
            1.0
        } else {
            self.done as f64 / self.total.max(1) as f64
        }
    }

    /// The checks across records (ids used twice, references, rules), and the file.
    pub fn finish(mut self) -> Result<ImportFile, FileProblem> {
        let left_out = check(&mut self.file_data)?;
        Ok(ImportFile {
            left_out,
            kind: self.kind,
            exported_at: self.exported_at,
            app_version: self.app_version,
            data: self.file_data,
            extras: self.extras,
        })
    }

    /// As [`Reading::finish`], leaving in what points at records the file lacks: for
    /// records that arrive a few at a time (sync), whose links are resolved against
    /// everything the tablet will hold once they are merged.
    pub fn finish_unresolved(self) -> Result<ImportFile, FileProblem> {
        check_rules(&self.file_data)?;
        Ok(ImportFile {
            left_out: LeftOut::default(),
            kind: self.kind,
            exported_at: self.exported_at,
            app_version: self.app_version,
            data: self.file_data,
            extras: self.extras,
        })
    }

    fn section_len(&self, section: &str) -> usize {
        match self.data.get(section) {
            Some(Value::Array(items)) => items.len(),
            _ => 0,
        }
    }

    /// Reads up to `budget` records of one section into its list; returns how many.
    fn read_some(&mut self, section: &'static str, budget: usize) -> Result<usize, FileProblem> {
        let items = match self.data.get(section) {
            None | Some(Value::Null) => return Ok(0),
            Some(Value::Array(items)) => items,
            Some(other) => return Err(wrong_type(section, Expected::List, other)),
        };
        let range = self.record..items.len().min(self.record.saturating_add(budget));
        let mut chunk = Chunk {
            section,
            items: &items[range.clone()],
            first: range.start,
            extras: &mut self.extras,
            known_fields: &mut self.known_fields,
        };
        let d = &mut self.file_data;
        match section {
            "areas" => chunk.read_into(&mut d.areas, |a: &crate::domain::Area| a.id.to_string())?,
            "standards" => chunk.read_into(&mut d.standards, |s: &crate::domain::Standard| {
                s.id.to_string()
            })?,
            "scripts" => {
                chunk.read_into(&mut d.scripts, |s: &crate::domain::Script| s.id.to_string())?
            }
            "values" => chunk
                .read_into(&mut d.values, |v: &crate::domain::values::CoreValue| {
                    v.id.to_string()
                })?,
            "roles" => chunk.read_into(&mut d.roles, |r: &crate::domain::authority::Role| {
                r.id.to_string()
            })?,
            "rules" => chunk.read_into(
                &mut d.rules,
                |r: &crate::domain::authority::AuthorityRule| r.id.to_string(),
            )?,
            "questions" => {
                chunk.read_into(&mut d.questions, |q: &staff::Question| q.id.to_string())?
            }
            "people" => chunk.read_into(&mut d.people, |p: &staff::Person| p.id.to_string())?,
            "goals" => chunk.read_into(&mut d.goals, |g: &staff::Goal| g.id.to_string())?,
            "check_ins" => {
                chunk.read_into(&mut d.check_ins, |c: &staff::CheckIn| c.id.to_string())?
            }
            "conversations" => chunk
                .read_into(&mut d.conversations, |c: &staff::HostConversation| {
                    c.id.to_string()
                })?,
            "reflections" => {
                chunk.read_into(&mut d.reflections, |r: &staff::Reflection| r.id.to_string())?
            }
            "praise" => chunk.read_into(&mut d.praise, |p: &staff::Praise| p.id.to_string())?,
            "checklists" => chunk.read_into(&mut d.checklists, |c: &Checklist| c.id.to_string())?,
            "visits" => chunk.read_into(&mut d.visits, |v: &Visit| v.id.to_string())?,
            "ratings" => chunk.read_into(&mut d.ratings, |r: &RatingTap| r.id.to_string())?,
            "complaints" => chunk.read_into(&mut d.complaints, |c: &Complaint| c.id.to_string())?,
            "checks" => chunk.read_into(&mut d.checks, |c: &KnowledgeCheck| c.id.to_string())?,
            "attempts" => chunk.read_into(&mut d.attempts, |a: &Attempt| a.id.to_string())?,
            "meetings" => chunk.read_into(&mut d.meetings, |m: &Meeting| m.id.to_string())?,
            "stories" => chunk.read_into(&mut d.stories, |s: &Story| s.id.to_string())?,
            "bingo_cards" => {
                chunk.read_into(&mut d.bingo_cards, |c: &BingoCard| c.id.to_string())?
            }
            "bingo_ticks" => {
                chunk.read_into(&mut d.bingo_ticks, |t: &BingoTick| t.id.to_string())?
            }
            "deletions" => chunk.read_into(&mut d.deletions, |t: &Tombstone| t.id.clone())?,
            _ => {}
        }
        let read = range.len();
        self.record += read;
        self.done += read;
        Ok(read)
    }
}

/// A run of records of one section, typed one by one, with unknown fields kept aside.
struct Chunk<'a> {
    section: &'static str,
    items: &'a [Value],
    /// The position of the first item in its section, for places like `check_ins[12]`.
    first: usize,
    extras: &'a mut Extras,
    /// The fields this app writes for each section's records (all of them, always),
    /// so a record with no others needs no comparison: a backup may hold 200,000
    /// check-ins.
    known_fields: &'a mut KnownFields,
}

impl Chunk<'_> {
    fn read_into<T: DeserializeOwned + Serialize>(
        &mut self,
        list: &mut Vec<T>,
        id: impl Fn(&T) -> String,
    ) -> Result<(), FileProblem> {
        list.reserve(self.items.len());
        for (i, item) in self.items.iter().enumerate() {
            let place = format!("{}[{}]", self.section, self.first + i);
            let record: T = typed(item, &place)?;
            if !self.only_known_fields(item) {
                keep_extras(self.extras, key(self.section, &id(&record)), item, &record);
                if let Ok(Value::Object(known)) = serde_json::to_value(&record) {
                    self.known_fields
                        .insert(self.section.to_string(), known.keys().cloned().collect());
                }
            }
            list.push(record);
        }
        Ok(())
    }

    /// Whether every field of `item` is one this app writes for the section.
    fn only_known_fields(&self, item: &Value) -> bool {
        match (self.known_fields.get(self.section), item) {
            (Some(known), Value::Object(fields)) => fields.keys().all(|k| known.contains(k)),
            _ => false,
        }
    }
}

fn keep_extras<T: Serialize>(extras: &mut Extras, key: String, incoming: &Value, record: &T) {
    if let Ok(known) = serde_json::to_value(record) {
        extras.keep(key, incoming, &known);
    }
}

fn as_text(bytes: &[u8]) -> Result<&str, FileProblem> {
    // Text files do not hold NUL characters; pictures, spreadsheets and archives nearly always do.
    let looks_binary = |b: &[u8]| b.iter().take(8_000).any(|byte| *byte == 0);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        if looks_binary(bytes) {
            FileProblem::Binary
        } else {
            FileProblem::NotUtf8 {
                byte: e.valid_up_to(),
            }
        }
    })?;
    if looks_binary(bytes) {
        return Err(FileProblem::Binary);
    }
    Ok(text)
}

fn json_problem(error: serde_json::Error) -> FileProblem {
    if error.to_string().starts_with("recursion limit exceeded") {
        return FileProblem::TooDeep;
    }
    match error.classify() {
        serde_json::error::Category::Eof => FileProblem::Truncated,
        _ => FileProblem::NotJson {
            line: error.line(),
            column: error.column(),
        },
    }
}

fn field<T: DeserializeOwned>(object: &Map<String, Value>, name: &str) -> Result<T, FileProblem> {
    let value = object
        .get(name)
        .ok_or_else(|| FileProblem::Missing { place: name.into() })?;
    typed(value, name)
}

/// A value as a typed record, or the problem at its exact place.
pub(super) fn typed<T: DeserializeOwned>(value: &Value, place: &str) -> Result<T, FileProblem> {
    // Read from text, as storage reads records: the wasm then holds each record's
    // reading code once.
    let text = value.to_string();
    serde_json::from_str(&text).map_err(|error| {
        let message = error.to_string();
        // serde_json puts the position last; what it quotes from the file comes before.
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(message, _)| message);
        let inner = place_at(&text, error.column(), message);
        // Said of a choice (an enum) given neither text nor an object, and of a choice's
        // fields given as a list: named as a value of the wrong type, like the rest.
        let message = match message {
            "expected value" => "invalid type: value, expected string or map",
            m if m.starts_with("invalid length") && m.contains("expected struct") => {
                "invalid type: sequence, expected a map"
            }
            m => m,
        };
        problem_at(value, place, &inner, message)
    })
}

/// The problem serde's `message` names at `inner`, a path inside `value` (`.` for all of
/// it), as a place under `place`.
pub(super) fn problem_at(value: &Value, place: &str, inner: &str, message: &str) -> FileProblem {
    let found = lookup(value, inner)
        .map(Found::of)
        .unwrap_or(Found::Nothing);
    let place = if inner == "." || inner.is_empty() {
        place.to_string()
    } else {
        format!("{place}.{inner}")
    };
    classify(message, place, found)
}

/// The value at a path such as `steps[2].say`.
fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    if path == "." || path.is_empty() {
        return Some(value);
    }
    let mut current = value;
    for segment in path.split('.') {
        let (name, indexes) = match segment.find('[') {
            Some(at) => (&segment[..at], &segment[at..]),
            None => (segment, ""),
        };
        if !name.is_empty() {
            current = current.get(name)?;
        }
        for index in indexes.split(['[', ']']).filter(|s| !s.is_empty()) {
            current = current.get(index.parse::<usize>().ok()?)?;
        }
    }
    Some(current)
}

/// Serde's messages, turned into problems a person can act on.
fn classify(message: &str, place: String, found: Found) -> FileProblem {
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|m| m.split('`').next())
    {
        return FileProblem::Missing {
            place: format!("{place}.{field}"),
        };
    }
    if message.contains("UUID") {
        return FileProblem::NotAnId { place };
    }
    if message.contains(NOT_A_DAY) {
        return FileProblem::ImpossibleDate { place };
    }
    let last = place.rsplit('.').next().unwrap_or_default();
    if matches!(last, "created" | "updated" | "exported_at" | "used_at") && found == Found::Text {
        return FileProblem::ImpossibleDate { place };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let expected = rest.split(", expected ").nth(1).unwrap_or_default();
        return FileProblem::WrongType {
            place,
            expected: expected_kind(expected),
            found,
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let allowed = rest.split("expected ").nth(1).unwrap_or_default();
        return FileProblem::WrongType {
            place,
            expected: Expected::OneOf(allowed.replace('`', "")),
            found,
        };
    }
    if message.starts_with("invalid value: integer")
        || message.starts_with("invalid value: floating")
    {
        return FileProblem::WrongType {
            place,
            expected: Expected::WholeNumber,
            found,
        };
    }
    FileProblem::Other {
        place,
        detail: message.to_string(),
    }
}

fn expected_kind(expected: &str) -> Expected {
    match expected {
        "a string" => Expected::Text,
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" => Expected::WholeNumber,
        "f32" | "f64" => Expected::Number,
        "a boolean" => Expected::TrueOrFalse,
        "a sequence" => Expected::List,
        e if e.starts_with("struct ") || e == "a map" => Expected::Object,
        e if e.contains("UUID") => Expected::Id,
        e if e.starts_with("one of ") || e.starts_with("variant identifier") => {
            Expected::OneOf(e.replace('`', ""))
        }
        other => Expected::Other(other.to_string()),
    }
}

fn wrong_type(place: &str, expected: Expected, found: &Value) -> FileProblem {
    FileProblem::WrongType {
        place: place.into(),
        expected,
        found: Found::of(found),
    }
}
