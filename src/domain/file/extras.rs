//! Fields a newer app wrote that this one does not know. They are kept beside the
//! records they came with and written back on export, so passing a file through an
//! older tablet loses nothing. Whole sections a newer app wrote (a kind of record this
//! version has not heard of) are kept the same way, under `data/<section>`.

use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Unknown fields by record: the key is `section/id` (e.g. `standards/6b1e…`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extras(pub BTreeMap<String, Map<String, Value>>);

pub fn key(section: &str, id: &str) -> String {
    format!("{section}/{id}")
}

/// Where a whole unknown section is kept: no section of the format is called `data`.
const SECTION_PREFIX: &str = "data/";
/// The one field a kept section is stored under (extras are objects of fields).
const SECTION_FIELD: &str = "records";

impl Extras {
    /// Keeps the fields of `incoming` that `known` (the record as this app writes it) lacks.
    pub fn keep(&mut self, key: String, incoming: &Value, known: &Value) {
        let (Value::Object(incoming), Value::Object(known)) = (incoming, known) else {
            return;
        };
        // Extended one by one: collecting would sort the fields with a sort of its own.
        let mut unknown = Map::new();
        unknown.extend(
            incoming
                .iter()
                .filter(|(name, _)| !known.contains_key(*name))
                .map(|(name, value)| (name.clone(), value.clone())),
        );
        if !unknown.is_empty() {
            self.0.insert(key, unknown);
        }
    }

    /// Keeps a whole section this version does not know, as the file had it.
    pub fn keep_section(&mut self, name: &str, value: Value) {
        let mut fields = Map::new();
        fields.insert(SECTION_FIELD.into(), value);
        self.0.insert(format!("{SECTION_PREFIX}{name}"), fields);
    }

    /// The kept unknown sections: (name, what the file had), by name.
    pub fn sections(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().filter_map(|(key, fields)| {
            let name = key.strip_prefix(SECTION_PREFIX)?;
            Some((name, fields.get(SECTION_FIELD)?))
        })
    }

    /// Whether `key` is a kept section rather than a record's fields.
    pub fn is_section(key: &str) -> bool {
        key.starts_with(SECTION_PREFIX)
    }

    /// Puts the kept fields back into a record being written (known fields win).
    pub fn restore(&self, key: &str, record: &mut Value) {
        if let (Some(unknown), Value::Object(fields)) = (self.0.get(key), record) {
            for (name, value) in unknown {
                fields.entry(name.clone()).or_insert_with(|| value.clone());
            }
        }
    }
}
