//! Points in time, stored and shared as RFC 3339 text in UTC.
//!
//! The domain never reads the clock: the caller passes `now`, so rules stay testable.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(#[serde(with = "time::serde::rfc3339")] OffsetDateTime);

impl Timestamp {
    /// 1970-01-01T00:00:00Z: earlier than anything this app records.
    pub const EPOCH: Timestamp = Timestamp(OffsetDateTime::UNIX_EPOCH);

    /// From milliseconds since 1970 (what `Date.now()` gives). Out-of-range
    /// values clamp to the epoch rather than fail: a clock is never worth a panic.
    pub fn from_unix_millis(millis: f64) -> Self {
        let nanos = (millis as i128).saturating_mul(1_000_000);
        Self(OffsetDateTime::from_unix_timestamp_nanos(nanos).unwrap_or(OffsetDateTime::UNIX_EPOCH))
    }

    pub fn unix_millis(self) -> i128 {
        self.0.unix_timestamp_nanos() / 1_000_000
    }

    /// The calendar date (in UTC).
    pub fn date(self) -> time::Date {
        self.0.date()
    }

    /// The calendar date, `YYYY-MM-DD`, as shown to people and used in file names.
    pub fn date_text(self) -> String {
        let d = self.0.date();
        format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
    }
}

/// In the file format: RFC 3339 text.
#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date-time" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_rfc3339_and_back() {
        let t = Timestamp::from_unix_millis(1_764_000_000_123.0);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"2025-11-24T16:00:00.123Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
        assert_eq!(t.unix_millis(), 1_764_000_000_123);
    }

    #[test]
    fn impossible_dates_are_refused_when_read() {
        assert!(serde_json::from_str::<Timestamp>("\"2026-02-30T00:00:00Z\"").is_err());
        assert!(serde_json::from_str::<Timestamp>("\"yesterday\"").is_err());
    }

    #[test]
    fn absurd_clock_values_do_not_panic() {
        assert_eq!(Timestamp::from_unix_millis(f64::MAX).unix_millis(), 0);
        assert_eq!(Timestamp::from_unix_millis(f64::NAN).unix_millis(), 0);
    }

    #[test]
    fn date_text_is_iso() {
        assert_eq!(
            Timestamp::from_unix_millis(1_764_000_000_123.0).date_text(),
            "2025-11-24"
        );
    }
}
