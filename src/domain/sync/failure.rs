//! What can stop a sync, sorted by what the person can do about it.

use crate::domain::StorageFailure;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncFailure {
    /// The server did not answer: no network, a wrong address, a server that is down,
    /// or one that does not let this app in (CORS): the browser cannot tell these apart.
    Unreachable,
    /// No answer in time.
    TimedOut,
    /// 401: the user name or the password is wrong.
    WrongPassword,
    /// 403: the user may not read or write this database.
    NoAccess,
    /// 404: there is no database at this address.
    DatabaseMissing,
    /// 5xx or another answer the server gave for its own trouble.
    ServerTrouble { status: u16 },
    /// An answer that is not CouchDB's (a web page where the database should be).
    NotADatabase,
    /// Storing what the server sent, or reading what to send, failed here.
    Storage(StorageFailure),
}

impl SyncFailure {
    /// What an HTTP status other than success means here.
    pub fn of_status(status: u16) -> SyncFailure {
        match status {
            401 => SyncFailure::WrongPassword,
            403 => SyncFailure::NoAccess,
            404 => SyncFailure::DatabaseMissing,
            408 | 504 => SyncFailure::TimedOut,
            _ => SyncFailure::ServerTrouble { status },
        }
    }

    /// Whether trying again later may help without the person changing anything.
    pub fn passes(&self) -> bool {
        matches!(
            self,
            SyncFailure::Unreachable | SyncFailure::TimedOut | SyncFailure::ServerTrouble { .. }
        )
    }
}

impl From<StorageFailure> for SyncFailure {
    fn from(failure: StorageFailure) -> Self {
        SyncFailure::Storage(failure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_say_what_the_person_can_do() {
        assert_eq!(SyncFailure::of_status(401), SyncFailure::WrongPassword);
        assert_eq!(SyncFailure::of_status(403), SyncFailure::NoAccess);
        assert_eq!(SyncFailure::of_status(404), SyncFailure::DatabaseMissing);
        assert_eq!(
            SyncFailure::of_status(500),
            SyncFailure::ServerTrouble { status: 500 }
        );
        assert!(SyncFailure::of_status(503).passes());
        assert!(SyncFailure::of_status(504).passes());
        assert!(
            !SyncFailure::WrongPassword.passes(),
            "retrying will not fix a password"
        );
        assert!(!SyncFailure::DatabaseMissing.passes());
    }
}
