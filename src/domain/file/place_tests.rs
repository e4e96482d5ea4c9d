//! Every place the file reader names for a broken record is the place
//! `serde_path_to_error` (what it used before, kept here as the reference) names: each
//! value of every record of a full backup and of the starter kit, broken every way the
//! reader tells apart (another type, a field taken away, text that is no id or date).

use super::problem::{Expected, FileProblem, Found};
use super::read::{problem_at, typed};
use super::staff_tests::backup_json;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// What the reader said before: the place from `serde_path_to_error`.
fn reference<T: DeserializeOwned>(value: &Value, place: &str) -> Result<T, FileProblem> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let inner = error.path().to_string();
        problem_at(value, place, &inner, &error.into_inner().to_string())
    })
}

fn compare<T: DeserializeOwned>(record: &Value, place: &str) -> Option<(String, String)> {
    let now = typed::<T>(record, place).err();
    let before = reference::<T>(record, place).err();
    (now != before && !better(&now, &before)).then(|| (format!("{now:?}"), format!("{before:?}")))
}

/// The ways the reader now names a problem differently:
/// - at the same place, as a value of the wrong type rather than in serde's words: an
///   empty object where a choice (one key naming it) belongs, and a list where fields
///   belong;
/// - a choice named without the data it needs (`"owner": "person"`): at the field
///   holding that text, where serde_path_to_error named a place inside it that the file
///   lacks (`owner.person`);
/// - a list where a choice's fields belong: serde_json reads fields from a list in
///   order, so the problem is named at the list's first value.
fn better(now: &Option<FileProblem>, before: &Option<FileProblem>) -> bool {
    match (now, before) {
        (
            Some(FileProblem::WrongType {
                place,
                expected,
                found: Found::Text,
            }),
            Some(FileProblem::WrongType {
                place: inside,
                expected: before,
                found: Found::Nothing,
            }),
        ) => {
            inside.rsplit_once('.').map(|(field, _)| field) == Some(place.as_str())
                && (expected == before || *before == Expected::Object)
        }
        (
            Some(FileProblem::WrongType { place, .. }),
            Some(FileProblem::WrongType {
                place: before,
                expected: Expected::Object,
                found: Found::List,
            }),
        ) => *place == format!("{before}[0]"),
        (
            Some(FileProblem::WrongType {
                place,
                expected: Expected::Object,
                found: Found::List,
            }),
            Some(FileProblem::Other {
                place: before,
                detail,
            }),
        ) => place == before && detail.starts_with("invalid length"),
        (
            Some(FileProblem::WrongType {
                place,
                expected: Expected::Other(expected),
                found: Found::Object,
            }),
            Some(FileProblem::Other {
                place: before,
                detail,
            }),
        ) => {
            place == before
                && expected == "string or map"
                && detail == "invalid value: map, expected map with a single key"
        }
        _ => false,
    }
}

fn compare_in(section: &str, record: &Value, place: &str) -> Option<(String, String)> {
    use crate::domain::authority::{AuthorityRule, Role};
    use crate::domain::deletion::Tombstone;
    use crate::domain::knowledge::{Attempt, KnowledgeCheck};
    use crate::domain::staff;
    use crate::domain::values::CoreValue;
    use crate::domain::visits::{Checklist, Visit};
    use crate::domain::voice::{Complaint, RatingTap};
    use crate::domain::{Area, Script, Standard};
    match section {
        "areas" => compare::<Area>(record, place),
        "standards" => compare::<Standard>(record, place),
        "scripts" => compare::<Script>(record, place),
        "values" => compare::<CoreValue>(record, place),
        "roles" => compare::<Role>(record, place),
        "rules" => compare::<AuthorityRule>(record, place),
        "questions" => compare::<staff::Question>(record, place),
        "people" => compare::<staff::Person>(record, place),
        "goals" => compare::<staff::Goal>(record, place),
        "check_ins" => compare::<staff::CheckIn>(record, place),
        "conversations" => compare::<staff::HostConversation>(record, place),
        "reflections" => compare::<staff::Reflection>(record, place),
        "praise" => compare::<staff::Praise>(record, place),
        "checklists" => compare::<Checklist>(record, place),
        "visits" => compare::<Visit>(record, place),
        "ratings" => compare::<RatingTap>(record, place),
        "complaints" => compare::<Complaint>(record, place),
        "checks" => compare::<KnowledgeCheck>(record, place),
        "attempts" => compare::<Attempt>(record, place),
        "meetings" => compare::<crate::domain::drip::Meeting>(record, place),
        "stories" => compare::<crate::domain::drip::Story>(record, place),
        "bingo_cards" => compare::<crate::domain::drip::BingoCard>(record, place),
        "bingo_ticks" => compare::<crate::domain::drip::BingoTick>(record, place),
        "deletions" => compare::<Tombstone>(record, place),
        "profile" => compare::<crate::domain::values::Profile>(record, place),
        other => panic!("no record type for section {other}"),
    }
}

/// Every way to break `value` that the reader names differently.
fn breakages(value: &Value) -> Vec<Value> {
    let mut out = vec![json!(null), json!(7), json!(-1), json!(2.5), json!("zzz")];
    out.extend([
        json!(true),
        json!([1]),
        json!({ "x": 1 }),
        json!("2026-02-30"),
    ]);
    // Choices named without the data they need, and a list of objects.
    out.extend([json!("person"), json!("number"), json!([{ "x": 1 }])]);
    if let Value::Object(fields) = value {
        // A choice (one key) given a second one; a record with one more field is fine.
        let mut more = fields.clone();
        more.insert("zz".into(), json!(null));
        out.push(Value::Object(more));
        for key in fields.keys() {
            let mut without = fields.clone();
            without.remove(key);
            out.push(Value::Object(without));
        }
    }
    out.retain(|broken| broken != value);
    out
}

/// The paths to every value inside `value`, the whole of it included.
fn paths(value: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match value {
        Value::Object(fields) => {
            for (key, inner) in fields {
                let mut next = here.clone();
                next.push(json!(key));
                paths(inner, next, out);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                let mut next = here.clone();
                next.push(json!(i));
                paths(inner, next, out);
            }
        }
        _ => {}
    }
}

fn at<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match step {
        Value::String(key) => &mut v[key.as_str()],
        Value::Number(i) => &mut v[i.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

fn differences_in(file: &Value) -> (usize, Vec<String>) {
    let mut tried = 0;
    let mut differences = Vec::new();
    let data = file["data"].as_object().unwrap();
    for (section, records) in data {
        let records: Vec<Value> = match records {
            Value::Array(items) => items.clone(),
            Value::Object(_) => vec![records.clone()],
            _ => continue,
        };
        for (i, record) in records.iter().enumerate() {
            let place = format!("{section}[{i}]");
            let mut all = Vec::new();
            paths(record, Vec::new(), &mut all);
            for path in all {
                let mut copy = record.clone();
                let original = at(&mut copy, &path).clone();
                for broken in breakages(&original) {
                    *at(&mut copy, &path) = broken.clone();
                    tried += 1;
                    if let Some((now, before)) = compare_in(section, &copy, &place) {
                        differences.push(format!(
                            "{place} at {path:?} = {broken}: now {now}, before {before}"
                        ));
                    }
                }
                *at(&mut copy, &path) = original;
            }
        }
    }
    (tried, differences)
}

#[test]
fn a_broken_record_is_named_at_the_same_place_as_before() {
    let kit: Value = serde_json::from_str(include_str!("../../../kit/starter.nb.json")).unwrap();
    let mut tried = 0;
    let mut differences = Vec::new();
    for file in [backup_json(), kit] {
        let (n, found) = differences_in(&file);
        tried += n;
        differences.extend(found);
    }
    assert!(tried > 5_000, "only {tried} broken records tried");
    assert!(
        differences.is_empty(),
        "{} of {tried} differ, e.g.:\n{}",
        differences.len(),
        differences[..differences.len().min(25)].join("\n")
    );
}
