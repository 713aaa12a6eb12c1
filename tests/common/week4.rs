//! The day the window tests are set on: Monday 23 November 2026, in week 4 of a programme
//! for the left side started on Monday 2 November.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use std::path::Path;

/// Monday 23 November 2026.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// That day at `hour:minute`.
pub fn at(hour: u32, minute: u32) -> NaiveDateTime {
    today().and_hms_opt(hour, minute, 0).unwrap()
}

/// Sets up `dir` for the left side with the programme started on 2 November 2026.
pub fn set_up(dir: &Path) {
    let o = super::run(
        dir,
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success(), "{}", super::stderr(&o));
}
