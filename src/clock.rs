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
    day_of(&js_sys::Date::new_0())
}

/// The day `at` fell on by this device's calendar: a complaint made at half past
/// midnight belongs to the new day, as the person who logged it says.
pub fn local_day(at: Timestamp) -> Day {
    day_of(&js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.unix_millis() as f64,
    )))
}

fn day_of(date: &js_sys::Date) -> Day {
    Day::ymd(
        date.get_full_year() as i32,
        date.get_month() as u8 + 1,
        date.get_date() as u8,
    )
    .unwrap_or(Day::FALLBACK)
}
