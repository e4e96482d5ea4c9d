//! The server's answers a pull reads: `_changes` (what changed since a checkpoint) and
//! `_all_docs` (documents by id, for those still waiting on the person). Sequences are
//! kept as the JSON the server wrote: CouchDB 2 and later write text, PouchDB numbers,
//! and a checkpoint must go back exactly as it came.

use super::doc::Doc;
use super::pulled::Rejected;
use crate::domain::file::FileProblem;
use serde::Deserialize;
use serde_json::Value;

#[derive(Clone, Debug, Deserialize)]
pub struct ChangesAnswer {
    pub results: Vec<Change>,
    pub last_seq: Value,
    /// Changes after this batch (CouchDB 2 and later; PouchDB leaves it out).
    #[serde(default)]
    pub pending: Option<u64>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Change {
    pub id: String,
    #[serde(default)]
    pub doc: Option<Value>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AllDocsAnswer {
    pub rows: Vec<AllDocsRow>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AllDocsRow {
    #[serde(default)]
    pub doc: Option<Value>,
}

/// The checkpoint as stored: the sequence's JSON text.
pub fn checkpoint(seq: &Value) -> String {
    seq.to_string()
}

/// The checkpoint as the `since` parameter wants it (not yet URL-encoded).
pub fn since_param(checkpoint: &str) -> String {
    match serde_json::from_str::<Value>(checkpoint) {
        Ok(Value::String(text)) => text,
        _ => checkpoint.to_string(),
    }
}

/// The documents of a batch, each read on its own: one that is not a document of the
/// shape this app writes is named and kept aside, never dropped unseen.
pub fn docs_of(
    values: impl IntoIterator<Item = (String, Option<Value>)>,
) -> (Vec<Doc>, Vec<Rejected>) {
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for (id, value) in values {
        // Design documents and other programs' records are not this app's to judge.
        let Some(value) = value.filter(|_| super::doc::split_doc_id(&id).is_some()) else {
            continue;
        };
        match serde_json::from_value::<Doc>(value) {
            Ok(doc) => docs.push(doc),
            Err(error) => rejected.push(Rejected {
                doc_id: id,
                problem: FileProblem::Other {
                    place: String::new(),
                    detail: error.to_string(),
                },
            }),
        }
    }
    (docs, rejected)
}

impl ChangesAnswer {
    pub fn docs(&self) -> (Vec<Doc>, Vec<Rejected>) {
        docs_of(self.results.iter().map(|c| (c.id.clone(), c.doc.clone())))
    }
}

impl AllDocsAnswer {
    /// Documents that exist (deleted ones and ids the server lacks come through
    /// `_changes` as deletions, or not at all).
    pub fn docs(&self) -> (Vec<Doc>, Vec<Rejected>) {
        docs_of(self.rows.iter().filter_map(|row| {
            let doc = row.doc.clone()?;
            let id = doc.get("_id")?.as_str()?.to_string();
            Some((id, Some(doc)))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_checkpoint_goes_back_as_it_came_text_or_number() {
        let couch: ChangesAnswer = serde_json::from_value(json!({
            "results": [], "last_seq": "12-g1AAAA", "pending": 40
        }))
        .unwrap();
        let stored = checkpoint(&couch.last_seq);
        assert_eq!(stored, "\"12-g1AAAA\"");
        assert_eq!(since_param(&stored), "12-g1AAAA");
        assert_eq!(couch.pending, Some(40));
        let pouch: ChangesAnswer =
            serde_json::from_value(json!({ "results": [], "last_seq": 7 })).unwrap();
        assert_eq!(since_param(&checkpoint(&pouch.last_seq)), "7");
        assert_eq!(pouch.pending, None);
    }

    #[test]
    fn a_document_of_another_shape_is_named_and_the_rest_arrive() {
        let answer: ChangesAnswer = serde_json::from_value(json!({
            "results": [
                { "seq": 1, "id": "areas:a", "changes": [], "doc": { "_id": "areas:a", "_rev": "1-x", "record": { "id": "a" } } },
                { "seq": 2, "id": "areas:b", "changes": [], "doc": { "_id": "areas:b", "_rev": "1-y", "deleted_at": 12 } },
                { "seq": 3, "id": "areas:c", "changes": [], "deleted": true, "doc": { "_id": "areas:c", "_rev": "2-z", "_deleted": true } }
            ],
            "last_seq": 3
        }))
        .unwrap();
        let (docs, rejected) = answer.docs();
        assert_eq!(docs.len(), 2);
        assert!(docs[1].deleted);
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0].doc_id, "areas:b");
    }

    #[test]
    fn all_docs_gives_the_documents_that_exist() {
        let answer: AllDocsAnswer = serde_json::from_value(json!({
            "total_rows": 3, "offset": 0,
            "rows": [
                { "id": "areas:a", "key": "areas:a", "value": { "rev": "2-x" }, "doc": { "_id": "areas:a", "_rev": "2-x", "record": { "id": "a" } } },
                { "key": "areas:b", "error": "not_found" },
                { "id": "areas:c", "key": "areas:c", "value": { "rev": "3-y", "deleted": true }, "doc": null }
            ]
        }))
        .unwrap();
        let (docs, rejected) = answer.docs();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "areas:a");
        assert!(rejected.is_empty());
    }
}
