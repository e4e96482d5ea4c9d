//! The CouchDB database over HTTP: the few calls a sync needs, each answer read into the
//! domain's types, each failure sorted into a [`SyncFailure`] the person can act on.

use crate::domain::sync::changes::{AllDocsAnswer, ChangesAnswer};
use crate::domain::sync::push::Stored;
use crate::domain::sync::{Doc, SyncFailure, SyncSettings};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A request that takes longer is given up (the server, or the network, is stuck).
const TIMEOUT_MS: u32 = 30_000;
/// A long poll waits this long on the server before answering with nothing new.
pub const LONG_POLL_MS: u32 = 25_000;

#[derive(Clone, Debug)]
pub struct Couch {
    base: String,
    authorization: String,
}

enum Method {
    Get,
    Post,
    Put,
}

impl Method {
    fn name(&self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
        }
    }
}

impl Couch {
    pub fn new(settings: &SyncSettings) -> Couch {
        Couch {
            base: settings.address.clone(),
            authorization: basic(&settings.user, &settings.password),
        }
    }

    /// That the database is there and this user may read it, and its latest sequence.
    pub async fn info(&self) -> Result<Value, SyncFailure> {
        let info: Value = self.call(Method::Get, "", None, TIMEOUT_MS).await?;
        match info.get("db_name") {
            Some(_) => Ok(info.get("update_seq").cloned().unwrap_or(Value::Null)),
            None => Err(SyncFailure::NotADatabase),
        }
    }

    /// Up to `limit` changes after `since` (none: from the start), with their documents.
    pub async fn changes(
        &self,
        since: Option<&str>,
        limit: usize,
    ) -> Result<ChangesAnswer, SyncFailure> {
        let path = format!(
            "/_changes?include_docs=true&conflicts=true&limit={limit}{}",
            since_query(since)
        );
        self.call(Method::Get, &path, None, TIMEOUT_MS).await
    }

    /// Waits on the server until something changes after `since`, or the poll times out;
    /// `stop` ends the wait early (this tablet has something to send). `true` when there
    /// is something to pull.
    pub async fn wait_for_change(
        &self,
        since: Option<&str>,
        stop: &web_sys::AbortController,
    ) -> Result<bool, SyncFailure> {
        let path = format!(
            "/_changes?feed=longpoll&limit=1&timeout={LONG_POLL_MS}{}",
            since_query(since)
        );
        let text = self
            .send_with(
                Method::Get,
                &path,
                None,
                LONG_POLL_MS + TIMEOUT_MS,
                stop.clone(),
            )
            .await?;
        let answer: ChangesAnswer =
            serde_json::from_str(&text).map_err(|_| SyncFailure::NotADatabase)?;
        Ok(!answer.results.is_empty())
    }

    /// The documents with these `_id`s, as they are now.
    pub async fn docs(&self, ids: &[String]) -> Result<AllDocsAnswer, SyncFailure> {
        let body = json!({ "keys": ids }).to_string();
        self.call(
            Method::Post,
            "/_all_docs?include_docs=true&conflicts=true",
            Some(body),
            TIMEOUT_MS,
        )
        .await
    }

    /// Stores `docs`; each answer line says whether its document was stored.
    pub async fn bulk_docs(&self, docs: &[Doc]) -> Result<Vec<Stored>, SyncFailure> {
        let body = json!({ "docs": docs }).to_string();
        self.call(Method::Post, "/_bulk_docs", Some(body), TIMEOUT_MS)
            .await
    }

    /// This tablet's checkpoint on the server: `None` when the server has none (a new
    /// tablet, or a server that lost its data). Asked after [`Couch::info`], so a 404
    /// is the checkpoint's, not the database's.
    pub async fn checkpoint(&self, device: &str) -> Result<Option<Value>, SyncFailure> {
        match self
            .call::<Value>(Method::Get, &local_path(device), None, TIMEOUT_MS)
            .await
        {
            Ok(doc) => Ok(Some(doc)),
            Err(SyncFailure::DatabaseMissing) => Ok(None),
            Err(failure) => Err(failure),
        }
    }

    /// Keeps the checkpoint on the server, on top of `previous` (what [`Couch::checkpoint`] read).
    pub async fn put_checkpoint(
        &self,
        device: &str,
        since: &str,
        previous: Option<&Value>,
    ) -> Result<(), SyncFailure> {
        let mut doc = json!({ "since": since, "app": "vertskap" });
        if let Some(rev) = previous.and_then(|p| p.get("_rev")) {
            doc["_rev"] = rev.clone();
        }
        let _answer: Value = self
            .call(
                Method::Put,
                &local_path(device),
                Some(doc.to_string()),
                TIMEOUT_MS,
            )
            .await?;
        Ok(())
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        timeout_ms: u32,
    ) -> Result<T, SyncFailure> {
        let text = self.send(method, path, body, timeout_ms).await?;
        serde_json::from_str(&text).map_err(|_| SyncFailure::NotADatabase)
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        timeout_ms: u32,
    ) -> Result<String, SyncFailure> {
        let controller = web_sys::AbortController::new().map_err(|_| SyncFailure::Unreachable)?;
        self.send_with(method, path, body, timeout_ms, controller)
            .await
    }

    async fn send_with(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        timeout_ms: u32,
        controller: web_sys::AbortController,
    ) -> Result<String, SyncFailure> {
        let window = web_sys::window().ok_or(SyncFailure::Unreachable)?;
        let headers = web_sys::Headers::new().map_err(|_| SyncFailure::Unreachable)?;
        let set = |name: &str, value: &str| {
            headers
                .set(name, value)
                .map_err(|_| SyncFailure::Unreachable)
        };
        set("Authorization", &self.authorization)?;
        set("Accept", "application/json")?;
        let init = web_sys::RequestInit::new();
        init.set_method(method.name());
        init.set_mode(web_sys::RequestMode::Cors);
        // Never an answer from the browser's cache. And no waiting on it either: two
        // tabs' identical long polls would otherwise queue one behind the other.
        init.set_cache(web_sys::RequestCache::NoStore);
        if let Some(body) = &body {
            set("Content-Type", "application/json")?;
            init.set_body(&wasm_bindgen::JsValue::from_str(body));
        }
        init.set_headers(&headers);
        init.set_signal(Some(&controller.signal()));
        let timed_out = Rc::new(Cell::new(false));
        // Dropped (and so cancelled) when the answer is in.
        let _timer = {
            let timed_out = timed_out.clone();
            gloo_timers::callback::Timeout::new(timeout_ms, move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let url = format!("{}{path}", self.base);
        let given_up = |timed_out: &Cell<bool>| {
            if timed_out.get() {
                SyncFailure::TimedOut
            } else {
                SyncFailure::Unreachable
            }
        };
        let response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
            .await
            .map_err(|_| given_up(&timed_out))?;
        let response: web_sys::Response =
            response.dyn_into().map_err(|_| SyncFailure::NotADatabase)?;
        let text = JsFuture::from(response.text().map_err(|_| SyncFailure::Unreachable)?)
            .await
            .map_err(|_| given_up(&timed_out))?
            .as_string()
            .unwrap_or_default();
        if response.ok() {
            Ok(text)
        } else {
            Err(SyncFailure::of_status(response.status()))
        }
    }
}

fn local_path(device: &str) -> String {
    format!("/_local/vertskap-{device}")
}

fn since_query(since: Option<&str>) -> String {
    match since {
        Some(checkpoint) => {
            let since = crate::domain::sync::changes::since_param(checkpoint);
            format!("&since={}", js_sys::encode_uri_component(&since))
        }
        None => String::new(),
    }
}

/// `Basic` credentials: the user and password as UTF-8, in base64 (the browser's `btoa`
/// takes one character per byte).
fn basic(user: &str, password: &str) -> String {
    let bytes: String = format!("{user}:{password}")
        .bytes()
        .map(char::from)
        .collect();
    let encoded = web_sys::window()
        .and_then(|w| w.btoa(&bytes).ok())
        .unwrap_or_default();
    format!("Basic {encoded}")
}
