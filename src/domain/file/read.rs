//! Reading a file: from raw bytes to checked data, or one problem with its place.
//! Nothing here touches storage: a file is read whole before anything changes.

use super::checks::check;
use super::envelope::{FileData, FileKind, FORMAT, MAX_FILE_BYTES, VERSION};
use super::extras::{key, Extras};
use super::problem::{Expected, FileProblem, Found};
use crate::domain::day::NOT_A_DAY;
use crate::domain::staff;
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
}

/// Older file versions, each step lifting a file one version (index 0: 1 → 2, …).
/// Version 1 is the first; the list grows with the format.
const MIGRATIONS: &[fn(&mut Value)] = &[];

pub fn read_file(bytes: &[u8]) -> Result<ImportFile, FileProblem> {
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
    let Value::Object(envelope) = &root else {
        return Err(FileProblem::NotVertskap);
    };
    let kind: FileKind = field(envelope, "kind")?;
    let exported_at: Timestamp = field(envelope, "exported_at")?;
    let app_version: String = field(envelope, "app_version")?;
    let data = match envelope.get("data") {
        Some(Value::Object(data)) => data,
        Some(other) => return Err(wrong_type("data", Expected::Object, other)),
        None => {
            return Err(FileProblem::Missing {
                place: "data".into(),
            })
        }
    };
    let mut extras = Extras::default();
    let mut sections = Sections {
        data,
        extras: &mut extras,
        known_fields: Default::default(),
    };
    let profile = match (kind, data.get("profile")) {
        (FileKind::Backup, Some(value)) if !value.is_null() => {
            Some(sections.record("profile", "profile", value)?)
        }
        _ => None,
    };
    let file_data = FileData {
        // A pack never brings a profile, whatever the file says: the type has no room for it.
        profile,
        areas: sections.list("areas", |a: &crate::domain::Area| a.id.to_string())?,
        standards: sections.list("standards", |s: &crate::domain::Standard| s.id.to_string())?,
        scripts: sections.list("scripts", |s: &crate::domain::Script| s.id.to_string())?,
        values: sections.list("values", |v: &crate::domain::values::CoreValue| {
            v.id.to_string()
        })?,
        roles: sections.list("roles", |r: &crate::domain::authority::Role| {
            r.id.to_string()
        })?,
        rules: sections.list("rules", |r: &crate::domain::authority::AuthorityRule| {
            r.id.to_string()
        })?,
        questions: sections.list("questions", |q: &staff::Question| q.id.to_string())?,
        ..FileData::default()
    };
    // A pack has no room for anything about people, whatever the file holds: those
    // sections are not even read.
    let file_data = match kind {
        FileKind::Pack => file_data,
        FileKind::Backup => FileData {
            people: sections.list("people", |p: &staff::Person| p.id.to_string())?,
            goals: sections.list("goals", |g: &staff::Goal| g.id.to_string())?,
            check_ins: sections.list("check_ins", |c: &staff::CheckIn| c.id.to_string())?,
            conversations: sections.list("conversations", |c: &staff::HostConversation| {
                c.id.to_string()
            })?,
            reflections: sections.list("reflections", |r: &staff::Reflection| r.id.to_string())?,
            praise: sections.list("praise", |p: &staff::Praise| p.id.to_string())?,
            ..file_data
        },
    };
    check(&file_data)?;
    Ok(ImportFile {
        kind,
        exported_at,
        app_version,
        data: file_data,
        extras,
    })
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

struct Sections<'a> {
    data: &'a Map<String, Value>,
    extras: &'a mut Extras,
    /// The fields this app writes for each section's records (all of them, always),
    /// so a record with no others needs no comparison: a backup may hold 200,000
    /// check-ins.
    known_fields: std::collections::HashMap<String, std::collections::HashSet<String>>,
}

impl Sections<'_> {
    /// One section's records, each typed, with unknown fields kept aside.
    fn list<T: DeserializeOwned + Serialize>(
        &mut self,
        section: &str,
        id: impl Fn(&T) -> String,
    ) -> Result<Vec<T>, FileProblem> {
        match self.data.get(section) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let place = format!("{section}[{i}]");
                    let record: T = typed(item, &place)?;
                    if !self.only_known_fields(section, item) {
                        let key = key(section, &id(&record));
                        self.keep_extras(key, item, &record);
                        if let Ok(Value::Object(known)) = serde_json::to_value(&record) {
                            self.known_fields
                                .insert(section.to_string(), known.keys().cloned().collect());
                        }
                    }
                    Ok(record)
                })
                .collect(),
            Some(other) => Err(wrong_type(section, Expected::List, other)),
        }
    }

    fn record<T: DeserializeOwned + Serialize>(
        &mut self,
        place: &str,
        key: &str,
        value: &Value,
    ) -> Result<T, FileProblem> {
        let record: T = typed(value, place)?;
        self.keep_extras(key.to_string(), value, &record);
        Ok(record)
    }

    /// Whether every field of `item` is one this app writes for the section.
    fn only_known_fields(&self, section: &str, item: &Value) -> bool {
        match (self.known_fields.get(section), item) {
            (Some(known), Value::Object(fields)) => fields.keys().all(|k| known.contains(k)),
            _ => false,
        }
    }

    fn keep_extras<T: Serialize>(&mut self, key: String, incoming: &Value, record: &T) {
        if let Ok(known) = serde_json::to_value(record) {
            self.extras.keep(key, incoming, &known);
        }
    }
}

/// A value as a typed record, or the problem at its exact place.
fn typed<T: DeserializeOwned>(value: &Value, place: &str) -> Result<T, FileProblem> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let inner = error.path().to_string();
        let place = if inner == "." || inner.is_empty() {
            place.to_string()
        } else {
            format!("{place}.{inner}")
        };
        let found = lookup(value, &inner)
            .map(Found::of)
            .unwrap_or(Found::Nothing);
        classify(&error.into_inner().to_string(), place, found)
    })
}

/// The value at a serde_path_to_error path such as `steps[2].say`.
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
