//! Where a business syncs to, as entered in Settings and kept on this device only
//! (never in a backup or a pack: the password is the tablet's, not the business's).

use super::doc::Scope;
use crate::domain::validation::{Field, FieldErrors, Problem};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncSettings {
    /// The database's address, `https://host[:port]/database`, without a trailing `/`.
    pub address: String,
    pub user: String,
    pub password: String,
    pub scope: Scope,
    /// Names this tablet's checkpoint on the server (`_local/vertskap-<device>`).
    pub device: String,
    /// Sync runs; off keeps the settings but stops talking to the server.
    #[serde(default = "on")]
    pub enabled: bool,
}

fn on() -> bool {
    true
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncDraft {
    pub address: String,
    pub user: String,
    pub password: String,
    pub everything: bool,
    /// Staff records go only to a database the business says is its own.
    pub own_database: bool,
}

impl SyncDraft {
    pub fn of(settings: &SyncSettings) -> SyncDraft {
        SyncDraft {
            address: settings.address.clone(),
            user: settings.user.clone(),
            password: settings.password.clone(),
            everything: settings.scope == Scope::Everything,
            own_database: settings.scope == Scope::Everything,
        }
    }

    /// The settings to keep, or what to correct. `device` is kept from earlier settings
    /// (a new one is made for the first).
    pub fn validate(&self, device: String) -> Result<SyncSettings, FieldErrors> {
        let mut errors = FieldErrors::default();
        let address = self.address.trim().trim_end_matches('/').to_string();
        if let Err(problem) = check_address(&address) {
            errors.add(Field::SyncAddress, problem);
        }
        if self.user.trim().is_empty() {
            errors.add(Field::SyncUser, Problem::Required);
        }
        if self.password.is_empty() {
            errors.add(Field::SyncPassword, Problem::Required);
        }
        if self.everything && !self.own_database {
            errors.add(Field::SyncOwnDatabase, Problem::OwnDatabaseNeeded);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(SyncSettings {
            address,
            user: self.user.trim().to_string(),
            password: self.password.clone(),
            scope: if self.everything {
                Scope::Everything
            } else {
                Scope::Content
            },
            device,
            enabled: true,
        })
    }
}

/// Hosts a page may reach over plain `http`: this machine only (a browser refuses
/// plain `http` from a page served over `https` anyway, and passwords must not cross a
/// network in the clear).
const THIS_MACHINE: [&str; 3] = ["localhost", "127.0.0.1", "[::1]"];

fn check_address(address: &str) -> Result<(), Problem> {
    if address.is_empty() {
        return Err(Problem::Required);
    }
    let (secure, rest) = if let Some(rest) = address.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = address.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(Problem::NotWebAddress);
    };
    let (host_port, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = match host_port.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(']') || host.starts_with('[') => {
            if !port.chars().all(|c| c.is_ascii_digit()) || port.is_empty() {
                return Err(Problem::NotWebAddress);
            }
            host
        }
        _ => host_port,
    };
    if host.is_empty() || host.contains(['@', ' ', '?', '#']) {
        return Err(Problem::NotWebAddress);
    }
    if !secure && !THIS_MACHINE.contains(&host) {
        return Err(Problem::NotSecureAddress);
    }
    // CouchDB database names: lower-case letters first, then letters, digits, _$()+-.
    let name = path.rsplit('/').next().unwrap_or("");
    let valid_name = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-".contains(c));
    if !valid_name {
        return Err(Problem::NoDatabaseName);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(address: &str) -> SyncDraft {
        SyncDraft {
            address: address.into(),
            user: "cafe".into(),
            password: "hemmelig".into(),
            everything: false,
            own_database: false,
        }
    }

    fn problem(address: &str) -> Option<Problem> {
        draft(address)
            .validate("d".into())
            .err()
            .and_then(|e| e.for_field(Field::SyncAddress).cloned())
    }

    #[test]
    fn an_address_names_a_secure_server_and_a_database() {
        let settings = draft(" https://couch.example.no:6984/kafe-sentrum/ ")
            .validate("d".into())
            .unwrap();
        assert_eq!(
            settings.address,
            "https://couch.example.no:6984/kafe-sentrum"
        );
        assert_eq!(settings.scope, Scope::Content);
        assert_eq!(problem("http://127.0.0.1:5984/kafe"), None, "this machine");
        assert_eq!(problem("http://localhost/kafe"), None);
        assert_eq!(problem("https://nas.local/path/to/kafe"), None);
        assert_eq!(problem(""), Some(Problem::Required));
        assert_eq!(
            problem("couch.example.no/kafe"),
            Some(Problem::NotWebAddress)
        );
        assert_eq!(problem("ftp://x/kafe"), Some(Problem::NotWebAddress));
        assert_eq!(problem("https://:5984/kafe"), Some(Problem::NotWebAddress));
        assert_eq!(
            problem("https://host:port/kafe"),
            Some(Problem::NotWebAddress)
        );
        assert_eq!(
            problem("http://192.168.1.20:5984/kafe"),
            Some(Problem::NotSecureAddress),
            "a password must not cross the network in the clear"
        );
        assert_eq!(
            problem("https://couch.example.no"),
            Some(Problem::NoDatabaseName)
        );
        assert_eq!(
            problem("https://couch.example.no/Kafe"),
            Some(Problem::NoDatabaseName)
        );
        assert_eq!(
            problem("https://couch.example.no/_users"),
            Some(Problem::NoDatabaseName)
        );
    }

    #[test]
    fn staff_records_go_only_to_a_database_marked_as_the_business_own() {
        let mut everything = draft("https://couch.example.no/kafe");
        everything.everything = true;
        let errors = everything.validate("d".into()).unwrap_err();
        assert_eq!(
            errors.for_field(Field::SyncOwnDatabase),
            Some(&Problem::OwnDatabaseNeeded)
        );
        everything.own_database = true;
        let settings = everything.validate("d".into()).unwrap();
        assert_eq!(settings.scope, Scope::Everything);
        assert_eq!(SyncDraft::of(&settings), everything);
    }

    #[test]
    fn user_and_password_are_needed() {
        let mut d = draft("https://couch.example.no/kafe");
        d.user = "  ".into();
        d.password.clear();
        let errors = d.validate("d".into()).unwrap_err();
        assert_eq!(errors.for_field(Field::SyncUser), Some(&Problem::Required));
        assert_eq!(
            errors.for_field(Field::SyncPassword),
            Some(&Problem::Required)
        );
    }
}
