//! Fields a newer app wrote that this one does not know. They are kept beside the
//! records they came with and written back on export, so passing a file through an
//! older tablet loses nothing.

use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Unknown fields by record: the key is `section/id` (e.g. `standards/6b1e…`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extras(pub BTreeMap<String, Map<String, Value>>);

pub fn key(section: &str, id: &str) -> String {
    format!("{section}/{id}")
}

impl Extras {
    /// Keeps the fields of `incoming` that `known` (the record as this app writes it) lacks.
    pub fn keep(&mut self, key: String, incoming: &Value, known: &Value) {
        let (Value::Object(incoming), Value::Object(known)) = (incoming, known) else {
            return;
        };
        let unknown: Map<String, Value> = incoming
            .iter()
            .filter(|(name, _)| !known.contains_key(*name))
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        if !unknown.is_empty() {
            self.0.insert(key, unknown);
        }
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
