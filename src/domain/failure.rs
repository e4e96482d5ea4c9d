//! What can go wrong when keeping data in the browser, as plain data the UI can explain.

/// A storage failure, sorted by what the person can do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageFailure {
    /// The browser offers no usable database (blocked, private mode, broken).
    Unavailable { detail: String },
    /// The device or browser has no room left; nothing of the write was kept.
    QuotaExceeded,
    /// Another tab holds an older version of the database open.
    Blocked,
    /// The database was made by a newer version of the app.
    TooNew,
    /// A newer version of the app opened the database in another tab; this tab let go
    /// of it so the upgrade could run, and must reload.
    UpgradedElsewhere,
    /// A write was refused; nothing of it was kept.
    WriteFailed { detail: String },
    /// Stored data could not be read.
    ReadFailed { detail: String },
}
