//! The device's clock and calendar, read at the edge: the domain is always handed
//! `now` and `today`, so its rules stay testable.

use crate::domain::{Day, Timestamp};

/// This moment.
pub fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now())
}

/// Today on this device's calendar (its own time zone): the day a person at the
/// counter means by "today".
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::ymd(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(Day::FALLBACK)
}
