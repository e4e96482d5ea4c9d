//! Why a file was refused, and where in it: a person or a developer can find the spot.

use crate::domain::validation::Problem;

/// What a value in the file should have been.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    Number,
    TrueOrFalse,
    List,
    Object,
    Id,
    DateTime,
    OneOf(String),
    Other(String),
}

/// What the value in the file was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Nothing,
    TrueOrFalse,
    Number,
    Text,
    List,
    Object,
}

impl Found {
    pub fn of(value: &serde_json::Value) -> Found {
        match value {
            serde_json::Value::Null => Found::Nothing,
            serde_json::Value::Bool(_) => Found::TrueOrFalse,
            serde_json::Value::Number(_) => Found::Number,
            serde_json::Value::String(_) => Found::Text,
            serde_json::Value::Array(_) => Found::List,
            serde_json::Value::Object(_) => Found::Object,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    TooLarge {
        bytes: u64,
        max: u64,
    },
    /// Not a text file at all (a picture, a spreadsheet…).
    Binary,
    /// Text, but not in UTF-8.
    NotUtf8 {
        byte: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    /// The text stops in the middle: a file cut short in copying.
    Truncated,
    TooDeep,
    /// JSON, but not a Vertskap file.
    NotVertskap,
    /// Made by a newer Vertskap than this one.
    TooNew {
        version: u64,
    },
    UnknownVersion,
    WrongType {
        place: String,
        expected: Expected,
        found: Found,
    },
    Missing {
        place: String,
    },
    ImpossibleDate {
        place: String,
    },
    NotAnId {
        place: String,
    },
    DuplicateId {
        place: String,
        id: String,
    },
    /// Points at something the file does not contain.
    MissingReference {
        place: String,
        id: String,
    },
    /// A value of the right type that breaks a rule (an empty title, a negative amount…).
    Invalid {
        place: String,
        problem: Problem,
    },
    Other {
        place: String,
        detail: String,
    },
}
