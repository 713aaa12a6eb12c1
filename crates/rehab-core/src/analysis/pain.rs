//! Pain (and sitting tolerance) over time: one value per day, means over windows of days,
//! weekly means, the change from a baseline (clinical reference §5).
//!
//! Every series here is a map from day to that day's single value, built once from the
//! journal in one pass; windows are range queries on it, so the cost stays linear in the
//! size of the journal.

use crate::model::{EscalationRule, Journal};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};

/// Comparisons with a threshold allow this much for floating-point rounding, so that a
/// value of exactly the threshold (2 points, 30 %, 70 %) counts as reaching it.
pub const TOLERANCE: f64 = 1e-9;

/// Whether `value` reaches `threshold` (at or above it, allowing for rounding).
#[must_use]
pub fn reaches(value: f64, threshold: f64) -> bool {
    value >= threshold - TOLERANCE
}

/// One value per day: the highest "worst in 24 h" of the day's diary entries, for days on
/// or before `on`.
#[must_use]
pub fn daily_worst_until(journal: &Journal, on: NaiveDate) -> BTreeMap<NaiveDate, u8> {
    let mut by_day: BTreeMap<NaiveDate, u8> = BTreeMap::new();
    for d in journal.diary().filter(|d| d.date <= on) {
        let v = by_day.entry(d.date).or_insert(0);
        *v = (*v).max(d.worst_24h.get());
    }
    by_day
}

/// One value per day: the lowest sitting tolerance of the day's diary entries (the worst
/// of the day, as for pain), for days on or before `on`. Entries without it are skipped.
#[must_use]
pub fn daily_sitting_until(journal: &Journal, on: NaiveDate) -> BTreeMap<NaiveDate, u16> {
    let mut by_day: BTreeMap<NaiveDate, u16> = BTreeMap::new();
    for d in journal.diary().filter(|d| d.date <= on) {
        if let Some(mins) = d.sitting_mins {
            let v = by_day.entry(d.date).or_insert(u16::MAX);
            *v = (*v).min(mins.get());
        }
    }
    by_day
}

/// The mean of the daily values over a window of days.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WindowMean {
    /// First day of the window.
    pub from: NaiveDate,
    /// Last day of the window.
    pub to: NaiveDate,
    /// Days in the window with a value.
    pub days_with_entries: u32,
    /// Days with a value needed for a mean.
    pub min_entries: u16,
    /// The mean, when there are enough days with a value.
    pub mean: Option<f64>,
}

/// The mean of the values dated `from..=to`; `None` with fewer than `min_entries` days
/// holding a value (an empty window, `from > to`, has none).
#[must_use]
pub fn window_mean<V: Copy + Into<f64>>(
    daily: &BTreeMap<NaiveDate, V>,
    from: NaiveDate,
    to: NaiveDate,
    min_entries: u16,
) -> WindowMean {
    let (mut sum, mut n) = (0.0, 0_u32);
    if from <= to {
        for (_, v) in daily.range(from..=to) {
            sum += Into::<f64>::into(*v);
            n += 1;
        }
    }
    let enough = n > 0 && n >= u32::from(min_entries);
    WindowMean {
        from,
        to,
        days_with_entries: n,
        min_entries,
        mean: enough.then(|| sum / f64::from(n)),
    }
}

/// Where a baseline was taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BaselineSource {
    /// The first days of the programme.
    FirstDays,
    /// The days just before the programme (or before an injection).
    DaysBefore,
}

/// A baseline: the window it came from and its mean (`None` when neither window held
/// enough entries; `window` is then the first window tried).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Baseline {
    /// Which window.
    pub source: BaselineSource,
    /// The window and its mean.
    pub window: WindowMean,
}

impl Baseline {
    /// The baseline value, if there is one.
    #[must_use]
    pub fn value(&self) -> Option<f64> {
        self.window.mean
    }
}

/// The programme's baseline (§5): the mean of the daily values over the first
/// `baseline_days` days of the programme (days after `on` not yet counted), with at least
/// `baseline_min_entries` days holding a value; failing that, the same over the
/// `baseline_days` days before the start.
#[must_use]
pub fn programme_baseline<V: Copy + Into<f64>>(
    daily: &BTreeMap<NaiveDate, V>,
    start: NaiveDate,
    on: NaiveDate,
    rule: &EscalationRule,
) -> Baseline {
    let days = i64::from(rule.baseline_days.max(1));
    let first_end = (start + Duration::days(days - 1)).min(on);
    let first = window_mean(daily, start, first_end, rule.baseline_min_entries);
    if first.mean.is_some() {
        return Baseline {
            source: BaselineSource::FirstDays,
            window: first,
        };
    }
    let before = days_before(daily, start, on, rule);
    if before.window.mean.is_some() {
        before
    } else {
        Baseline {
            source: BaselineSource::FirstDays,
            window: first,
        }
    }
}

/// A baseline over the `baseline_days` days before `day` (not counting `day` itself), as
/// used for an injection; days after `on` are not counted.
#[must_use]
pub fn days_before<V: Copy + Into<f64>>(
    daily: &BTreeMap<NaiveDate, V>,
    day: NaiveDate,
    on: NaiveDate,
    rule: &EscalationRule,
) -> Baseline {
    let days = i64::from(rule.baseline_days.max(1));
    let to = (day - Duration::days(1)).min(on);
    Baseline {
        source: BaselineSource::DaysBefore,
        window: window_mean(
            daily,
            day - Duration::days(days),
            to,
            rule.baseline_min_entries,
        ),
    }
}

/// Current value (§5): the mean of the daily values over the last `current_days` days
/// ending on `on`, counting no day before `not_before`, with at least
/// `current_min_entries` days holding a value.
#[must_use]
pub fn current<V: Copy + Into<f64>>(
    daily: &BTreeMap<NaiveDate, V>,
    on: NaiveDate,
    not_before: NaiveDate,
    rule: &EscalationRule,
) -> WindowMean {
    let days = i64::from(rule.current_days.max(1));
    let from = (on - Duration::days(days - 1)).max(not_before);
    window_mean(daily, from, on, rule.current_min_entries)
}

/// The change from a baseline to a current value, and whether it reaches the target the
/// programme sets.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Improvement {
    /// Baseline minus current: positive is better.
    pub points: f64,
    /// `points` as a share of the baseline, in %; `None` when the baseline is 0.
    pub pct: Option<f64>,
    /// At least `important_change_points` points, or at least `important_change_pct` %.
    pub meets_target: bool,
}

/// How much better `current` is than `baseline` (pain: lower is better).
#[must_use]
pub fn improvement(baseline: f64, current: f64, rule: &EscalationRule) -> Improvement {
    let points = baseline - current;
    let pct = (baseline > 0.0).then(|| points / baseline * 100.0);
    let meets_target = reaches(points, rule.important_change_points)
        || pct.is_some_and(|p| reaches(p, rule.important_change_pct));
    Improvement {
        points,
        pct,
        meets_target,
    }
}

/// The worst pain that reaches the programme's target from `baseline`: the higher of
/// `important_change_points` lower and `important_change_pct` % lower (reaching either is
/// enough, as in [`improvement`]).
#[must_use]
pub fn target(baseline: f64, rule: &EscalationRule) -> f64 {
    (baseline - rule.important_change_points)
        .max(baseline * (1.0 - rule.important_change_pct / 100.0))
}

/// The mean of one programme week.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeekMean {
    /// The programme week, from 1.
    pub week: u32,
    /// Its first day.
    pub from: NaiveDate,
    /// Its last day (or `on`, for the week in progress).
    pub to: NaiveDate,
    /// Days with a value.
    pub days_with_entries: u32,
    /// The mean of those days, if any.
    pub mean: Option<f64>,
}

/// The first and last day of programme week `week` (from 1).
#[must_use]
pub fn week_range(start: NaiveDate, week: u32) -> (NaiveDate, NaiveDate) {
    let from = start + Duration::days(i64::from(week.saturating_sub(1)) * 7);
    (from, from + Duration::days(6))
}

/// The mean of the daily values for each programme week from week 1 to the week holding
/// `on` (the last one cut at `on`). One pass over the values.
#[must_use]
pub fn weekly_means<V: Copy + Into<f64>>(
    daily: &BTreeMap<NaiveDate, V>,
    start: NaiveDate,
    on: NaiveDate,
) -> Vec<WeekMean> {
    if on < start {
        return Vec::new();
    }
    let weeks = u32::try_from((on - start).num_days() / 7 + 1).unwrap_or(u32::MAX);
    let mut sums: Vec<(f64, u32)> = vec![(0.0, 0); usize::try_from(weeks).unwrap_or(0)];
    for (date, v) in daily.range(start..=on) {
        let index = usize::try_from((*date - start).num_days() / 7).unwrap_or(usize::MAX);
        if let Some(slot) = sums.get_mut(index) {
            slot.0 += Into::<f64>::into(*v);
            slot.1 += 1;
        }
    }
    sums.into_iter()
        .zip(1_u32..)
        .map(|((sum, n), week)| {
            let (from, to) = week_range(start, week);
            WeekMean {
                week,
                from,
                to: to.min(on),
                days_with_entries: n,
                mean: (n > 0).then(|| sum / f64::from(n)),
            }
        })
        .collect()
}

/// One day of a series with the mean of the values in the `days` days ending on it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DailyPoint {
    /// The day.
    pub date: NaiveDate,
    /// Its value.
    pub value: f64,
    /// The mean of the values dated in the `days` days ending on this day (this one included).
    pub rolling_mean: f64,
}

/// Each day's value with its rolling mean over `days` days, for a chart. Linear: a sliding
/// window over the days in order.
#[must_use]
pub fn with_rolling_mean<V: Copy + Into<f64>>(
    daily: &BTreeMap<NaiveDate, V>,
    days: u16,
) -> Vec<DailyPoint> {
    let span = i64::from(days.max(1));
    let mut window: VecDeque<(NaiveDate, f64)> = VecDeque::new();
    let mut sum = 0.0;
    let mut out = Vec::with_capacity(daily.len());
    for (date, v) in daily {
        let value: f64 = (*v).into();
        window.push_back((*date, value));
        sum += value;
        while let Some((first, old)) = window.front().copied() {
            if (*date - first).num_days() >= span {
                sum -= old;
                window.pop_front();
            } else {
                break;
            }
        }
        out.push(DailyPoint {
            date: *date,
            value,
            rolling_mean: sum / window.len() as f64,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Programme;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn rule() -> EscalationRule {
        Programme::default_programme().unwrap().escalation
    }

    fn series(start: NaiveDate, values: &[u8]) -> BTreeMap<NaiveDate, u8> {
        values
            .iter()
            .zip(0..)
            .map(|(v, i)| (start + Duration::days(i), *v))
            .collect()
    }

    #[test]
    fn baseline_needs_four_entries_in_the_first_seven_days() {
        let start = day(3, 2);
        // Days 1, 3, 5 and 7 of the programme: 4 entries, mean (6+7+5+6)/4 = 6.
        let mut daily = BTreeMap::new();
        for (offset, v) in [(0, 6_u8), (2, 7), (4, 5), (6, 6), (7, 1)] {
            daily.insert(start + Duration::days(offset), v);
        }
        let b = programme_baseline(&daily, start, day(4, 30), &rule());
        assert_eq!(b.source, BaselineSource::FirstDays);
        assert_eq!(b.window.days_with_entries, 4);
        assert!((b.value().unwrap() - 6.0).abs() < 1e-12);
        // With three, there is none, and none before the start either.
        daily.remove(&start);
        let b = programme_baseline(&daily, start, day(4, 30), &rule());
        assert_eq!(b.value(), None);
        assert_eq!(b.window.days_with_entries, 3);
    }

    #[test]
    fn baseline_falls_back_to_the_seven_days_before_the_start() {
        let start = day(3, 9);
        let daily = series(day(3, 2), &[8, 8, 7, 7]);
        let b = programme_baseline(&daily, start, day(4, 30), &rule());
        assert_eq!(b.source, BaselineSource::DaysBefore);
        assert!((b.value().unwrap() - 7.5).abs() < 1e-12);
        // Only days up to `on` count.
        let b = programme_baseline(&daily, start, day(3, 4), &rule());
        assert_eq!(b.value(), None);
    }

    #[test]
    fn current_needs_seven_entries_in_the_last_fourteen_days_from_the_start() {
        let start = day(3, 2);
        let daily = series(start, &[5; 20]);
        let on = start + Duration::days(19);
        let c = current(&daily, on, start, &rule());
        assert_eq!((c.from, c.days_with_entries), (day(3, 8), 14));
        // Day 6 of the programme: 6 days, too few.
        let c = current(&daily, start + Duration::days(5), start, &rule());
        assert_eq!((c.days_with_entries, c.mean), (6, None));
        let c = current(&daily, start + Duration::days(6), start, &rule());
        assert_eq!(c.mean, Some(5.0));
    }

    #[test]
    fn improvement_of_exactly_two_points_or_thirty_percent_meets_the_target() {
        let r = rule();
        let two = improvement(8.0, 6.0, &r);
        assert!(two.meets_target && (two.points - 2.0).abs() < 1e-12);
        assert_eq!(two.pct, Some(25.0));
        // 30 % of 5 is 1.5 points.
        let pct = improvement(5.0, 3.5, &r);
        assert!(pct.meets_target);
        // Means of whole numbers: 40/7 - 26/7 is 2 up to rounding.
        let sevenths = improvement(40.0 / 7.0, 26.0 / 7.0, &r);
        assert!(sevenths.meets_target);
        let short = improvement(8.0, 6.01, &r);
        assert!(!short.meets_target);
        let zero = improvement(0.0, 1.0, &r);
        assert_eq!(zero.pct, None);
        assert!(!zero.meets_target);
    }

    #[test]
    fn weekly_means_follow_programme_weeks_and_stop_at_on() {
        let start = day(3, 2);
        let mut daily = series(start, &[2, 4, 6, 8, 2, 4, 6, 5]);
        daily.insert(start + Duration::days(15), 9);
        let weeks = weekly_means(&daily, start, start + Duration::days(16));
        assert_eq!(weeks.len(), 3);
        assert!((weeks[0].mean.unwrap() - 32.0 / 7.0).abs() < 1e-12);
        assert_eq!((weeks[1].days_with_entries, weeks[1].mean), (1, Some(5.0)));
        assert_eq!(weeks[2].mean, Some(9.0));
        assert_eq!(weeks[2].to, start + Duration::days(16));
        assert!(weekly_means(&daily, start, day(3, 1)).is_empty());
    }

    #[test]
    fn rolling_mean_covers_the_days_ending_on_each_day() {
        let mut daily = series(day(3, 1), &[7, 5, 3]);
        daily.insert(day(3, 10), 1);
        let points = with_rolling_mean(&daily, 7);
        let means: Vec<f64> = points.iter().map(|p| p.rolling_mean).collect();
        assert_eq!(means, [7.0, 6.0, 5.0, 1.0]);
        let two = with_rolling_mean(&daily, 2);
        assert!((two[2].rolling_mean - 4.0).abs() < 1e-12);
    }
}
