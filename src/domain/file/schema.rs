//! The JSON Schema (draft 2020-12) of the file format, generated from the Rust types.
//! The committed copy is schema/vertskap.schema.json; a test keeps it current.

use super::envelope::{Envelope, FileData, PackData};
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;

/// A Vertskap file: a full backup, or a pack that holds only what may be shared.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code, clippy::large_enum_variant)]
enum VertskapFile {
    Backup(Envelope<FileData>),
    Pack(Envelope<PackData>),
}

pub fn schema_json() -> String {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<VertskapFile>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails when the types changed and the committed schema did not. To update it:
    /// `UPDATE_SCHEMA=1 cargo test schema`.
    #[test]
    fn the_committed_schema_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/vertskap.schema.json");
        let generated = schema_json();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == generated,
            "schema/vertskap.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test schema` and commit it"
        );
    }

    #[test]
    fn the_schema_describes_both_kinds_and_every_record() {
        let schema = schema_json();
        for name in [
            "Standard",
            "Script",
            "Area",
            "CoreValue",
            "Role",
            "AuthorityRule",
            "Profile",
            "Person",
            "Goal",
            "CheckIn",
            "HostConversation",
            "Question",
            "Reflection",
            "Praise",
            "\"format\": \"date\"",
            "date-time",
            "uuid",
        ] {
            assert!(schema.contains(name), "{name}");
        }
        assert!(schema.contains("https://json-schema.org/draft/2020-12/schema"));
    }
}
