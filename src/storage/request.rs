//! Waiting for IndexedDB requests placed straight on the browser's objects.
//!
//! indexed_db_futures gives every request a future with success and error closures of
//! its own, which cost more than the request when there are thousands (writes in an
//! import, check-ins read for progress). Here a request is watched only when it is
//! waited for, and a failure is told by the transaction's own account of it.

use crate::domain::StorageFailure;
use indexed_db_futures::error::Error;
use wasm_bindgen::JsValue;
use web_sys::{IdbRequest, IdbTransaction};

/// How a failure is told: a read's as a read, a write's as a write.
pub type Failed = fn(Error) -> StorageFailure;

/// A placed request being watched: its handlers are set as it is placed, so its outcome
/// is caught however late it is waited for.
pub struct Settling {
    request: IdbRequest,
    outcome: wasm_bindgen_futures::JsFuture,
}

impl Settling {
    pub fn new(request: IdbRequest) -> Settling {
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            request.set_onsuccess(Some(&resolve));
            request.set_onerror(Some(&reject));
        });
        Settling {
            request,
            outcome: promise.into(),
        }
    }

    /// Waits for the request: its result, or why the transaction failed.
    pub async fn result(
        self,
        tx: &IdbTransaction,
        failed: Failed,
    ) -> Result<JsValue, StorageFailure> {
        let outcome = self.outcome.await;
        self.request.set_onsuccess(None);
        self.request.set_onerror(None);
        match outcome {
            Ok(_) => self.request.result().map_err(|e| refused(e, failed)),
            Err(_) => Err(abort_cause(tx, &self.request, failed)),
        }
    }
}

/// Why the transaction failed: the request's own error, or, when the request was only
/// caught in the abort another one caused, the transaction's.
fn abort_cause(tx: &IdbTransaction, request: &IdbRequest, failed: Failed) -> StorageFailure {
    let own = request.error().ok().flatten();
    let cause = match own {
        Some(e) if e.name() != "AbortError" => Some(e),
        other => tx.error().or(other),
    };
    let cause = cause.map_or_else(
        || JsValue::from_str("the browser stopped the transaction without saying why"),
        JsValue::from,
    );
    refused(cause, failed)
}

/// An exception from IndexedDB, sorted like every other storage failure.
pub fn refused(error: JsValue, failed: Failed) -> StorageFailure {
    failed(Error::from(error))
}
