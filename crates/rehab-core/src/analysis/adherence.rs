//! Adherence: sessions done against sessions prescribed, per programme week and overall
//! (clinical reference §5).
//!
//! Exact definition (the reference leaves the details open):
//! - Programme week `w` is the 7 days from `start + 7 (w - 1)`.
//! - A day is left out when any diary entry of that day says "rest advised by my
//!   clinician" or "unwell or away". Flare days are not left out.
//! - Prescribed for a week = `sessions_per_week` x (days of the week up to `on` that are not
//!   left out) / 7. So a full ordinary week prescribes `sessions_per_week`, the week in
//!   progress is pro-rated by the days gone (today included), and a week with two away
//!   days prescribes 5/7 of it.
//! - Done in a week = the number of days of that week (up to `on`) with at least one
//!   logged session; two sessions on one day count once. Sessions on left-out days count.
//! - Counted for a week = done, capped at the week's prescription, so extra sessions one
//!   week do not make up for a missed week, and adherence never passes 100 %.
//! - Overall = the sum of counted over the sum of prescribed, weeks 1 to the week holding
//!   `on`; per week = counted / prescribed. With nothing prescribed the percentage is `None`.

use crate::model::{DayState, Journal};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeSet;

use super::pain::week_range;

/// One programme week's adherence.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeekAdherence {
    /// The programme week, from 1.
    pub week: u32,
    /// Its first day.
    pub from: NaiveDate,
    /// Its last day, or `on` for the week in progress.
    pub to: NaiveDate,
    /// Days of it left out (rest advised, away).
    pub days_left_out: u32,
    /// Sessions prescribed (pro-rated; may be a fraction).
    pub prescribed: f64,
    /// Days with a logged session.
    pub done: u32,
    /// `done`, capped at `prescribed`.
    pub counted: f64,
    /// `counted / prescribed` in %, `None` when nothing was prescribed.
    pub pct: Option<f64>,
}

/// Adherence over the whole programme so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Adherence {
    /// Sessions a week the programme prescribes.
    pub sessions_per_week: u8,
    /// Week by week.
    pub weeks: Vec<WeekAdherence>,
    /// Sessions prescribed in all.
    pub prescribed: f64,
    /// Sessions counted in all (each week capped at its prescription).
    pub counted: f64,
    /// Days with a logged session, uncapped.
    pub done: u32,
    /// `counted / prescribed` in %, `None` when nothing was prescribed yet.
    pub pct: Option<f64>,
}

/// Adherence from `start` to `on` for `sessions_per_week` sessions a week.
#[must_use]
pub fn adherence(
    journal: &Journal,
    start: NaiveDate,
    sessions_per_week: u8,
    on: NaiveDate,
) -> Adherence {
    adherence_by(journal, start, |_| sessions_per_week, on)
}

/// Adherence from `start` to `on`, each day counting the sessions a week prescribed on that
/// day (`per_week`): when the programme changes mid-week, that week's prescription is
/// shared out by days.
#[must_use]
pub fn adherence_by(
    journal: &Journal,
    start: NaiveDate,
    per_week: impl Fn(NaiveDate) -> u8,
    on: NaiveDate,
) -> Adherence {
    let mut out = Adherence {
        sessions_per_week: per_week(on),
        weeks: Vec::new(),
        prescribed: 0.0,
        counted: 0.0,
        done: 0,
        pct: None,
    };
    if on < start {
        return out;
    }
    let left_out = left_out_days(journal, start, on);
    let session_days = session_days(journal, start, on);
    let weeks = u32::try_from((on - start).num_days() / 7 + 1).unwrap_or(u32::MAX);
    for week in 1..=weeks {
        let (from, to) = week_range(start, week);
        let to = to.min(on);
        let days_left_out = count(&left_out, from, to);
        let done = count(&session_days, from, to);
        // Whole numbers first, one division: a full week gives exactly `sessions_per_week`.
        let per_day_sum: u32 = from
            .iter_days()
            .take_while(|d| *d <= to)
            .filter(|d| !left_out.contains(d))
            .map(|d| u32::from(per_week(d)))
            .sum();
        let prescribed = f64::from(per_day_sum) / 7.0;
        let counted = f64::from(done).min(prescribed);
        out.prescribed += prescribed;
        out.counted += counted;
        out.done += done;
        out.weeks.push(WeekAdherence {
            week,
            from,
            to,
            days_left_out,
            prescribed,
            done,
            counted,
            pct: percent(counted, prescribed),
        });
    }
    out.pct = percent(out.counted, out.prescribed);
    out
}

/// Whether a day in this state is left out of adherence: rest advised by the clinician, or
/// unwell or away. Flare days count.
#[must_use]
pub fn leaves_day_out(state: DayState) -> bool {
    matches!(state, DayState::RestAdvised | DayState::Away)
}

/// The days from `from` to `to` left out of adherence ([`leaves_day_out`]).
#[must_use]
pub fn left_out_days(journal: &Journal, from: NaiveDate, to: NaiveDate) -> BTreeSet<NaiveDate> {
    journal
        .diary()
        .filter(|d| d.date >= from && d.date <= to && leaves_day_out(d.day_state))
        .map(|d| d.date)
        .collect()
}

/// The days from `from` to `to` with at least one logged session.
#[must_use]
pub fn session_days(journal: &Journal, from: NaiveDate, to: NaiveDate) -> BTreeSet<NaiveDate> {
    journal
        .sessions()
        .filter(|s| s.date >= from && s.date <= to)
        .map(|s| s.date)
        .collect()
}

/// The days with a logged session so far in the programme week holding `on`: that week's
/// The days of the programme week holding `on`, each with whether a session was logged
/// on it (days after `on` never have one yet): what [`done_this_week`] counts, day by day,
/// for Today's week at a glance. Empty before the start.
#[must_use]
pub fn this_week_days(
    journal: &Journal,
    start: NaiveDate,
    on: NaiveDate,
) -> Vec<(NaiveDate, bool)> {
    if on < start {
        return Vec::new();
    }
    let week = u32::try_from((on - start).num_days() / 7 + 1).unwrap_or(u32::MAX);
    let (from, _) = week_range(start, week);
    from.iter_days()
        .take(7)
        .map(|d| (d, d <= on && journal.session_on(d).is_some()))
        .collect()
}

/// `done` as [`adherence`] counts it, read from the week's days alone (for Today's header,
/// whatever the length of the history). 0 before the start.
#[must_use]
pub fn done_this_week(journal: &Journal, start: NaiveDate, on: NaiveDate) -> u32 {
    let days = this_week_days(journal, start, on)
        .iter()
        .filter(|(_, done)| *done)
        .count();
    u32::try_from(days).unwrap_or(u32::MAX)
}

/// Whether an adherence of `pct` % meets the programme's minimum of `min_pct` %: the one
/// judgement the status, the weekly bars and the calendar share. Nothing prescribed
/// (`None`) does not meet it.
#[must_use]
pub fn meets_minimum(pct: Option<f64>, min_pct: f64) -> bool {
    pct.is_some_and(|p| super::pain::reaches(p, min_pct))
}

/// `part / whole` in %, `None` when `whole` is nothing: an adherence percentage.
#[must_use]
pub fn percent(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole * 100.0)
}

fn count(days: &BTreeSet<NaiveDate>, from: NaiveDate, to: NaiveDate) -> u32 {
    u32::try_from(days.range(from..=to).count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod this_week_tests {
    use super::*;
    use crate::analysis::testkit;

    #[test]
    fn this_weeks_count_is_the_weeks_done_in_adherence() {
        let start = testkit::start();
        let mut b = testkit::JournalBuilder::new();
        // Two sessions on one day count once, as in adherence.
        for offset in [0, 2, 2, 7, 9, 10] {
            b.session(offset, 2, None);
        }
        let journal = b.journal;
        for offset in 0..14 {
            let on = start + chrono::Duration::days(offset);
            let weekly = adherence(&journal, start, 3, on);
            assert_eq!(
                done_this_week(&journal, start, on),
                weekly.weeks.last().unwrap().done,
                "{on}"
            );
        }
        assert_eq!(
            done_this_week(&journal, start, start.pred_opt().unwrap()),
            0
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testkit::{JournalBuilder, start};
    use chrono::Duration;

    #[test]
    fn full_weeks_prescribe_three_and_extra_sessions_do_not_carry_over() {
        let mut j = JournalBuilder::new();
        // Week 1: 4 sessions (capped at 3); week 2: 1 session.
        for offset in [0, 1, 2, 3, 8] {
            j.session(offset, 2, None);
        }
        let a = adherence(&j.journal, start(), 3, start() + Duration::days(13));
        assert_eq!(a.weeks.len(), 2);
        assert_eq!((a.weeks[0].done, a.weeks[0].counted), (4, 3.0));
        assert!((a.weeks[1].pct.unwrap() - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(a.done, 5);
        assert!((a.pct.unwrap() - 4.0 / 6.0 * 100.0).abs() < 1e-9);
    }

    #[test]
    fn the_week_in_progress_is_pro_rated_by_the_days_gone() {
        let mut j = JournalBuilder::new();
        j.session(7, 2, None);
        // On day 3 of week 2: 3/7 of 3 sessions prescribed; the one done caps at 9/7.
        let a = adherence(&j.journal, start(), 3, start() + Duration::days(9));
        let w2 = a.weeks[1];
        assert!((w2.prescribed - 9.0 / 7.0).abs() < 1e-12);
        assert!((w2.counted - 1.0).abs() < 1e-12);
        assert_eq!(w2.to, start() + Duration::days(9));
    }

    #[test]
    fn rest_advised_and_away_days_are_left_out_but_flare_days_are_not() {
        use crate::model::DayState;
        let mut j = JournalBuilder::new();
        for offset in 0..7 {
            let state = match offset {
                0 | 1 => DayState::RestAdvised,
                2 => DayState::Away,
                3 => DayState::Flare,
                _ => DayState::Normal,
            };
            j.diary_state(offset, 5, state);
        }
        j.session(4, 2, None);
        let a = adherence(&j.journal, start(), 3, start() + Duration::days(6));
        assert_eq!(a.weeks[0].days_left_out, 3);
        assert!((a.prescribed - 3.0 * 4.0 / 7.0).abs() < 1e-12);
        // A whole week away prescribes nothing.
        let mut j = JournalBuilder::new();
        for offset in 0..7 {
            j.diary_state(offset, 5, DayState::Away);
        }
        let a = adherence(&j.journal, start(), 3, start() + Duration::days(6));
        assert_eq!((a.prescribed, a.pct), (0.0, None));
    }

    #[test]
    fn a_change_of_programme_mid_week_shares_the_week_out_by_days() {
        let mut j = JournalBuilder::new();
        for offset in [0, 2, 4, 7, 8, 9, 10] {
            j.session(offset, 2, None);
        }
        // Three a week until day 3, five a week from day 4 on.
        let per_week = |d: NaiveDate| {
            if d < start() + Duration::days(4) {
                3
            } else {
                5
            }
        };
        let a = adherence_by(&j.journal, start(), per_week, start() + Duration::days(13));
        assert_eq!(a.sessions_per_week, 5);
        assert!((a.weeks[0].prescribed - (4.0 * 3.0 + 3.0 * 5.0) / 7.0).abs() < 1e-12);
        assert!((a.weeks[1].prescribed - 5.0).abs() < 1e-12);
        assert!((a.weeks[1].counted - 4.0).abs() < 1e-12);
    }

    #[test]
    fn before_the_start_nothing_is_prescribed() {
        let j = JournalBuilder::new();
        let a = adherence(&j.journal, start(), 3, start() - Duration::days(1));
        assert!(a.weeks.is_empty());
        assert_eq!(a.pct, None);
    }
}
