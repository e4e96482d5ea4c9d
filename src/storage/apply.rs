//! Placing writes in one transaction, a batch at a time, at close to the browser's own
//! speed: an import of five years of check-ins is 200,000 of them.
//!
//! Two costs are avoided. Each batch's records are encoded as one JSON array and parsed
//! by the browser once (not once per record), and requests get no success or error
//! handlers of their own: only each batch's last request is awaited, because a
//! transaction's requests complete in order. A failed request aborts the transaction,
//! whose `error` then names the cause.

use super::codec::encode_text;
use super::failure::from_write;
use super::migrations::{
    AREAS, ATTEMPTS, BACKUPS, CHECKLISTS, CHECKS, CHECK_INS, COMPLAINTS, CONVERSATIONS, DELETIONS,
    EXTRAS, GOALS, MATCHED, MATCHED_KEY, PEOPLE, PRAISE, PROFILE, PROFILE_KEY, QUESTIONS, RATINGS,
    RATING_HOURS, REFLECTIONS, REPLACEABLE, ROLES, RULES, SCRIPTS, SCRIPT_USE, STANDARDS, VALUES,
    VISITS,
};
use super::migrations::{
    BINGO_CARDS, BINGO_TICKS, MEETINGS, STORIES, SYNC_DOCS, SYNC_SINCE_KEY, SYNC_STATE,
    SYNC_WAITING_KEY,
};
use super::request::{self, Settling};
use super::write::Write;
use crate::domain::StorageFailure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbObjectStore, IdbRequest, IdbTransaction};

/// How many writes are placed before the transaction waits for them.
const BATCH: usize = 1_000;

/// What one write asks of the transaction. Records are referred to by their place in
/// the batch's encoded array.
enum Op {
    /// A new record; refused if its key is taken.
    Add(&'static str, usize),
    /// A record with its key inside it, replacing one with the same key.
    Put(&'static str, usize),
    /// A record under a key kept outside it.
    PutKeyed(&'static str, String, usize),
    /// Text under a key kept outside it, stored as a string.
    PutText(&'static str, String, String),
    Delete(&'static str, String),
    Clear(&'static str),
}

/// One batch of writes, their records encoded into one JSON array.
#[derive(Default)]
struct Batch {
    ops: Vec<Op>,
    records: String,
    count: usize,
    /// How many writes the batch holds (one may need several requests).
    write_count: usize,
}

impl Batch {
    fn record<T: serde::Serialize>(&mut self, record: &T) -> Result<usize, StorageFailure> {
        self.records.push(if self.count == 0 { '[' } else { ',' });
        self.records.push_str(&encode_text(record)?);
        self.count += 1;
        Ok(self.count - 1)
    }

    fn put(
        &mut self,
        store: &'static str,
        record: &impl serde::Serialize,
    ) -> Result<(), StorageFailure> {
        let at = self.record(record)?;
        self.ops.push(Op::Put(store, at));
        Ok(())
    }

    fn insert(
        &mut self,
        store: &'static str,
        record: &impl serde::Serialize,
    ) -> Result<(), StorageFailure> {
        let at = self.record(record)?;
        self.ops.push(Op::Add(store, at));
        Ok(())
    }

    fn delete(&mut self, store: &'static str, key: impl ToString) {
        self.ops.push(Op::Delete(store, key.to_string()));
    }

    fn push(&mut self, write: Write) -> Result<(), StorageFailure> {
        self.write_count += 1;
        match write {
            Write::InsertStandard(s) => self.insert(STANDARDS, &s)?,
            Write::InsertScript(s) => self.insert(SCRIPTS, &s)?,
            Write::PutStandard(s) => self.put(STANDARDS, &s)?,
            Write::DeleteStandard(id) => self.delete(STANDARDS, id),
            Write::PutArea(a) => self.put(AREAS, &a)?,
            Write::DeleteArea(id) => self.delete(AREAS, id),
            Write::PutScript(s) => self.put(SCRIPTS, &s)?,
            Write::DeleteScript(id) => {
                self.delete(SCRIPTS, id);
                self.delete(SCRIPT_USE, id);
            }
            Write::PutScriptUse(u) => self.put(SCRIPT_USE, &u)?,
            Write::PutProfile(p) => {
                let at = self.record(&p)?;
                self.ops.push(Op::PutKeyed(PROFILE, PROFILE_KEY.into(), at));
            }
            Write::PutValue(v) => self.put(VALUES, &v)?,
            Write::DeleteValue(id) => self.delete(VALUES, id),
            Write::PutRole(r) => self.put(ROLES, &r)?,
            Write::DeleteRole(id) => self.delete(ROLES, id),
            Write::PutRule(r) => self.put(RULES, &r)?,
            Write::DeleteRule(id) => self.delete(RULES, id),
            Write::PutPerson(p) => self.put(PEOPLE, &p)?,
            Write::DeletePerson(id) => self.delete(PEOPLE, id),
            Write::PutGoal(g) => self.put(GOALS, &g)?,
            Write::DeleteGoal(id) => self.delete(GOALS, id),
            Write::PutCheckIn(c) => self.put(CHECK_INS, &c)?,
            Write::DeleteCheckIn(id) => self.delete(CHECK_INS, id),
            Write::PutConversation(c) => self.put(CONVERSATIONS, &c)?,
            Write::DeleteConversation(id) => self.delete(CONVERSATIONS, id),
            Write::PutQuestion(q) => self.put(QUESTIONS, &q)?,
            Write::DeleteQuestion(id) => self.delete(QUESTIONS, id),
            Write::PutReflection(r) => self.put(REFLECTIONS, &r)?,
            Write::DeleteReflection(id) => self.delete(REFLECTIONS, id),
            Write::PutPraise(p) => self.put(PRAISE, &p)?,
            Write::DeletePraise(id) => self.delete(PRAISE, id),
            Write::PutChecklist(c) => self.put(CHECKLISTS, &c)?,
            Write::DeleteChecklist(id) => self.delete(CHECKLISTS, id),
            Write::PutVisit(v) => self.put(VISITS, &v)?,
            Write::DeleteVisit(id) => self.delete(VISITS, id),
            Write::PutRating(r) => self.put(RATINGS, &r)?,
            Write::PutRatingHour(h) => self.put(RATING_HOURS, &h)?,
            Write::ClearRatingHours => self.ops.push(Op::Clear(RATING_HOURS)),
            Write::PutComplaint(c) => self.put(COMPLAINTS, &c)?,
            Write::DeleteComplaint(id) => self.delete(COMPLAINTS, id),
            Write::PutCheck(c) => self.put(CHECKS, &c)?,
            Write::DeleteCheck(id) => self.delete(CHECKS, id),
            Write::PutAttempt(a) => self.put(ATTEMPTS, &a)?,
            Write::DeleteAttempt(id) => self.delete(ATTEMPTS, id),
            Write::PutMeeting(m) => self.put(MEETINGS, &m)?,
            Write::PutStory(s) => self.put(STORIES, &s)?,
            Write::DeleteStory(id) => self.delete(STORIES, id),
            Write::PutBingoCard(c) => self.put(BINGO_CARDS, &c)?,
            Write::PutBingoTick(t) => self.put(BINGO_TICKS, &t)?,
            Write::PutSyncedDoc(d) => self.put(SYNC_DOCS, &d)?,
            Write::PutSyncSince(since) => {
                self.ops
                    .push(Op::PutText(SYNC_STATE, SYNC_SINCE_KEY.into(), since))
            }
            Write::ForgetSyncSince => self.delete(SYNC_STATE, SYNC_SINCE_KEY),
            Write::PutSyncWaiting(ids) => {
                let text = serde_json::Value::from(ids).to_string();
                self.ops
                    .push(Op::PutText(SYNC_STATE, SYNC_WAITING_KEY.into(), text))
            }
            Write::ClearSyncLedger => {
                self.ops.push(Op::Clear(SYNC_DOCS));
                self.ops.push(Op::Clear(SYNC_STATE));
            }
            Write::DeleteExtras(key) => self.delete(EXTRAS, key),
            Write::PutTombstone(tombstone) => {
                let at = self.record(&tombstone)?;
                self.ops.push(Op::PutKeyed(DELETIONS, tombstone.key(), at));
            }
            Write::DeleteTombstone(key) => self.delete(DELETIONS, key),
            Write::DeleteKeptBackup(key) => self.delete(BACKUPS, key),
            Write::PutExtras { key, fields } => {
                let text = serde_json::Value::Object(fields).to_string();
                self.ops.push(Op::PutText(EXTRAS, key, text));
            }
            // Text, not an object: after a large import it has a key for every record,
            // and the browser copies one string far faster than 200,000 properties.
            Write::PutMatched(all) => {
                let text = encode_text(&all)?;
                self.ops
                    .push(Op::PutText(MATCHED, MATCHED_KEY.into(), text));
            }
            Write::PutKeptBackup { key, text } => self.ops.push(Op::PutText(BACKUPS, key, text)),
            Write::ClearForReplace => self.ops.extend(REPLACEABLE.iter().map(|s| Op::Clear(s))),
        }
        Ok(())
    }

    /// Places the batch's requests; returns the last one, to wait for.
    fn place(self, tx: &IdbTransaction) -> Result<Option<IdbRequest>, StorageFailure> {
        let records: js_sys::Array = if self.count == 0 {
            js_sys::Array::new()
        } else {
            let mut text = self.records;
            text.push(']');
            js_sys::JSON::parse(&text)
                .map_err(refused)?
                .unchecked_into()
        };
        let mut stores: Vec<(&'static str, IdbObjectStore)> = Vec::new();
        let mut last = None;
        for op in self.ops {
            let name = match &op {
                Op::Add(s, _) | Op::Put(s, _) | Op::PutKeyed(s, ..) | Op::PutText(s, ..) => *s,
                Op::Delete(s, _) | Op::Clear(s) => *s,
            };
            let store = match stores.iter().find(|(n, _)| *n == name) {
                Some((_, store)) => store.clone(),
                None => {
                    let store = tx.object_store(name).map_err(refused)?;
                    stores.push((name, store.clone()));
                    store
                }
            };
            let key = |k: &str| JsValue::from_str(k);
            let request = match op {
                Op::Add(_, at) => store.add(&records.get(at as u32)),
                Op::Put(_, at) => store.put(&records.get(at as u32)),
                Op::PutKeyed(_, k, at) => store.put_with_key(&records.get(at as u32), &key(&k)),
                Op::PutText(_, k, text) => store.put_with_key(&JsValue::from_str(&text), &key(&k)),
                Op::Delete(_, k) => store.delete(&key(&k)),
                Op::Clear(_) => store.clear(),
            };
            last = Some(request.map_err(refused)?);
        }
        Ok(last)
    }
}

/// Places `writes` in `tx` a batch at a time, telling `progress(done, total)` as each
/// batch is done. The next batch is placed before the last one is waited for, so the
/// browser always has work queued while this encodes more. The caller commits.
pub async fn place_all(
    tx: &IdbTransaction,
    writes: Vec<Write>,
    progress: &dyn Fn(usize, usize),
) -> Result<(), StorageFailure> {
    let total = writes.len();
    let mut placed = 0;
    let mut writes = writes.into_iter().peekable();
    let mut in_flight: Option<(Settling, usize)> = None;
    loop {
        let mut batch = Batch::default();
        for write in writes.by_ref().take(BATCH) {
            batch.push(write)?;
        }
        placed += batch.write_count;
        let next = batch.place(tx)?.map(|last| (Settling::new(last), placed));
        if let Some((settling, done)) = in_flight.take() {
            settling.result(tx, from_write).await?;
            progress(done, total);
        }
        in_flight = next;
        if writes.peek().is_none() {
            break;
        }
    }
    if let Some((settling, done)) = in_flight {
        settling.result(tx, from_write).await?;
        progress(done, total);
    }
    Ok(())
}

/// An exception from IndexedDB, sorted like every other storage failure.
fn refused(error: JsValue) -> StorageFailure {
    request::refused(error, from_write)
}
