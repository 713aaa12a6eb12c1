//! Earlier versions of each file ("generations"), kept so a damaged file can be put back.
//!
//! Layout: before `<data dir>/<rel>` (such as `journal/2026-11.ron`) is replaced, the version
//! being replaced is kept as `<data dir>/generations/<rel>/<stamp>-<pid>-<n>.ron`, where
//! `<stamp>` is the UTC time it was replaced, `YYYYMMDDTHHMMSS.nnnnnnnnnZ`, so names sort
//! oldest first. It is a hard link to the old file (no copy, no extra disk space until the
//! next save), or a copy where the file system has no hard links.
//!
//! Kept: the newest [`KEEP_NEWEST`] of each file, and the newest of each UTC day for the last
//! [`KEEP_DAYS`] days. Older ones are pruned after each save. A file whose name is not of this
//! form is never touched.
//!
//! An unreadable current file is moved aside (by a second name, then the good copy renamed
//! over the first) to `<name>.unreadable-<YYYYMMDDTHHMMSSZ>` beside it, with `-2`, `-3`, ...
//! added if that name is taken. It is never deleted or overwritten.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use std::collections::BTreeSet;

/// The folder, inside the data directory, that holds the generations.
pub const GENERATIONS_DIR: &str = "generations";

/// How many of the newest generations of each file are always kept.
pub const KEEP_NEWEST: usize = 5;

/// For how many days one generation a day is kept.
pub const KEEP_DAYS: i64 = 30;

/// The part of an unreadable file's name before its time stamp.
pub const UNREADABLE_MARK: &str = ".unreadable-";

/// The name of a new generation kept at `now`.
#[must_use]
pub fn generation_name(now: DateTime<Utc>, unique: &str) -> String {
    format!("{}-{unique}.ron", now.format("%Y%m%dT%H%M%S%.9fZ"))
}

/// When a generation was kept, read from its name; `None` for a name not of that form.
#[must_use]
pub fn generation_time(name: &str) -> Option<NaiveDateTime> {
    let stamp = name.get(..15)?;
    // Our own names end in lower-case `.ron`; anything else is not a generation.
    if name.rsplit_once('.').map(|(_, ext)| ext) != Some("ron") {
        return None;
    }
    NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S").ok()
}

/// The name an unreadable file is kept under: `2026-11.ron.unreadable-20261124T101530Z`,
/// with `-2`, `-3`, ... for `attempt` 2, 3, ...
#[must_use]
pub fn unreadable_name(name: &str, now: DateTime<Utc>, attempt: u32) -> String {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    if attempt <= 1 {
        format!("{name}{UNREADABLE_MARK}{stamp}")
    } else {
        format!("{name}{UNREADABLE_MARK}{stamp}-{attempt}")
    }
}

/// Of the generation names given, the ones to delete at `now`: all but the newest
/// [`KEEP_NEWEST`] and the newest of each day of the last [`KEEP_DAYS`] days. Names not of
/// the generation form are never listed.
#[must_use]
pub fn to_prune(names: &[String], now: DateTime<Utc>) -> Vec<String> {
    let mut dated: Vec<(&String, NaiveDateTime)> = names
        .iter()
        .filter_map(|n| generation_time(n).map(|t| (n, t)))
        .collect();
    // Newest first (names sort by time).
    dated.sort_by(|a, b| b.0.cmp(a.0));
    let today = now.date_naive();
    let mut days_kept: BTreeSet<NaiveDate> = BTreeSet::new();
    let mut prune = Vec::new();
    for (i, (name, time)) in dated.into_iter().enumerate() {
        let day = time.date();
        let recent = (today - day).num_days() < KEEP_DAYS;
        let first_of_day = days_kept.insert(day);
        if i < KEEP_NEWEST || (recent && first_of_day) {
            continue;
        }
        prune.push(name.clone());
    }
    prune
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    #[test]
    fn names_sort_by_time_and_read_back() {
        let a = generation_name(at(2026, 1, 2, 3), "1-1");
        let b = generation_name(at(2026, 1, 2, 4), "1-0");
        assert!(a < b, "{a} {b}");
        assert_eq!(
            generation_time(&a),
            Some(at(2026, 1, 2, 3).naive_utc()),
            "{a}"
        );
        assert_eq!(generation_time("notes.txt"), None);
        assert_eq!(generation_time(".x.tmp-1-2"), None);
    }

    #[test]
    fn unreadable_names_carry_the_time_and_a_number_when_taken() {
        let now = at(2026, 11, 24, 10);
        assert_eq!(
            unreadable_name("2026-11.ron", now, 1),
            "2026-11.ron.unreadable-20261124T100000Z"
        );
        assert_eq!(
            unreadable_name("2026-11.ron", now, 3),
            "2026-11.ron.unreadable-20261124T100000Z-3"
        );
    }

    #[test]
    fn keeps_five_newest_and_one_a_day_for_thirty_days() {
        let now = at(2026, 6, 30, 12);
        let mut names = Vec::new();
        // Three a day for 60 days.
        for days_ago in 0..60 {
            for h in [8, 12, 18] {
                let t = now - chrono::Duration::days(days_ago) - chrono::Duration::hours(20)
                    + chrono::Duration::hours(h);
                names.push(generation_name(t, &format!("{days_ago}-{h}")));
            }
        }
        names.push("someone-elses-file.txt".into());
        let prune: BTreeSet<String> = to_prune(&names, now).into_iter().collect();
        let kept: Vec<&String> = names.iter().filter(|n| !prune.contains(*n)).collect();
        assert!(!prune.contains("someone-elses-file.txt"));
        let mut sorted: Vec<&String> = names
            .iter()
            .filter(|n| generation_time(n).is_some())
            .collect();
        sorted.sort();
        sorted.reverse();
        for newest in &sorted[..KEEP_NEWEST] {
            assert!(kept.contains(newest), "{newest} is among the newest five");
        }
        let kept_days: BTreeSet<NaiveDate> = kept
            .iter()
            .filter_map(|n| generation_time(n))
            .map(|t| t.date())
            .collect();
        for days_ago in 0..KEEP_DAYS {
            let day = (now - chrono::Duration::days(days_ago)).date_naive();
            assert!(kept_days.contains(&day), "one kept for {day}");
        }
        let old_cutoff = (now - chrono::Duration::days(KEEP_DAYS)).date_naive();
        assert!(
            kept.iter()
                .filter_map(|n| generation_time(n))
                .all(|t| t.date() > old_cutoff),
            "nothing older than 30 days: {kept:?}"
        );
        // 5 newest (spanning 2 days) + one for each other day of the 30.
        assert!(kept.len() <= KEEP_NEWEST + 30 + 1, "{}", kept.len());
        assert!(to_prune(&names[..3], now).is_empty());
    }
}
