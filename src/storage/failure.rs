//! Turns IndexedDB's errors into failures the person can act on.

use crate::domain::StorageFailure;
use indexed_db_futures::error::{DomException, Error, OpenDbError};

/// A failed read or write, sorted by what the person can do about it.
pub fn from_write(error: Error) -> StorageFailure {
    classify(&error).unwrap_or_else(|| StorageFailure::WriteFailed {
        detail: describe(&error),
    })
}

pub fn from_read(error: Error) -> StorageFailure {
    classify(&error).unwrap_or_else(|| StorageFailure::ReadFailed {
        detail: describe(&error),
    })
}

/// Opening failed: the browser has no usable database, or ours is newer than this app.
pub fn from_open(error: OpenDbError) -> StorageFailure {
    match error {
        OpenDbError::Base(Error::DomException(DomException::Other(e)))
            if e.name() == "VersionError" =>
        {
            StorageFailure::TooNew
        }
        // indexed_db_futures 0.6 reports any exception thrown by `indexedDB.open()` (as
        // Firefox's private mode or a blocked site does) as "version zero", losing the
        // cause; our version is never zero, so this is the browser refusing.
        OpenDbError::VersionZero => StorageFailure::Unavailable {
            detail: "the browser refused to open a database (indexedDB.open failed)".to_string(),
        },
        other => StorageFailure::Unavailable {
            detail: other.to_string(),
        },
    }
}

fn classify(error: &Error) -> Option<StorageFailure> {
    match error {
        // Chrome names it directly; Firefox and Safari may wrap it in an abort.
        Error::DomException(e) if dom_name(e) == "QuotaExceededError" => {
            Some(StorageFailure::QuotaExceeded)
        }
        Error::DomException(e)
            if dom_name(e) == "AbortError" && e.message().to_lowercase().contains("quota") =>
        {
            Some(StorageFailure::QuotaExceeded)
        }
        // A full disk, below the quota: Chromium closes the connection with an
        // UnknownError naming the file it could not write ("FILE_ERROR_NO_SPACE").
        Error::DomException(e) if out_of_space(&e.message()) => Some(StorageFailure::QuotaExceeded),
        _ => None,
    }
}

fn out_of_space(message: &str) -> bool {
    let message = message.to_lowercase();
    message.contains("no_space") || message.contains("no space left")
}

fn dom_name(e: &DomException) -> String {
    web_sys::DomException::from(e.clone()).name()
}

fn describe(error: &Error) -> String {
    match error {
        Error::DomException(e) => format!("{}: {}", dom_name(e), e.message()),
        other => other.to_string(),
    }
}
