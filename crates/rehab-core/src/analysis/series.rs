//! The charts' data for a range of days, worked out once for every surface that draws them:
//! the Progress screen and the clinician's report draw from [`series`], each in its own
//! words and colours. Plain data: dates and numbers, no labels.

use super::DailyPoint;
use super::periods::{self, Period, PeriodAdherence, PeriodMean};
use super::progress::{DatedLight, Progress};
use crate::model::{EventKind, Journal, Side};
use chrono::{Duration, NaiveDate};

/// Charts covering at most this many days are grouped by programme week in the report;
/// longer ones by calendar month, so ten years stay readable on a page.
pub const REPORT_WEEKLY_UP_TO_DAYS: i64 = 26 * 7;

/// What the series are worked out from.
#[derive(Debug, Clone, Copy)]
pub struct SeriesInput<'a> {
    /// The analysis of the whole diary as of the range's last day (or later).
    pub progress: &'a Progress,
    /// The entries (PSFS ratings, injections); those outside the range are left out.
    pub journal: &'a Journal,
    /// The programme's first day: programme weeks count from it.
    pub start: NaiveDate,
    /// The first days of programmes taken up from the clinician after the first.
    pub programme_changes: &'a [NaiveDate],
}

/// An injection on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InjectionMark {
    /// Its day.
    pub date: NaiveDate,
    /// Which side, if given.
    pub side: Option<Side>,
}

/// One exercise's level, a programme week at a time.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseLevels {
    /// The exercise's id.
    pub id: String,
    /// Its name as the analysis knows it.
    pub name: String,
    /// Each week in the range in which it was done: the week's first day and the highest
    /// level done that week.
    pub weeks: Vec<(NaiveDate, u8)>,
}

/// The charts' data for the days `first..=last`.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The programme's first day.
    pub start: NaiveDate,
    /// The first day covered.
    pub first: NaiveDate,
    /// The last day covered.
    pub last: NaiveDate,
    /// How pain and sitting are grouped into means.
    pub period: Period,
    /// How sessions are added up: as [`Self::period`], never shorter than a programme week.
    pub bar_period: Period,
    /// Each day's worst pain in the range, with its rolling mean.
    pub pain: Vec<DailyPoint>,
    /// The mean worst pain of each period with an entry in the range, counting only the
    /// days in the range. Oldest first; the periods' own first and last days.
    pub pain_means: Vec<PeriodMean>,
    /// Each day's sitting tolerance (minutes) in the range, with its rolling mean.
    pub sitting: Vec<DailyPoint>,
    /// The mean sitting tolerance of each period, as [`Self::pain_means`].
    pub sitting_means: Vec<PeriodMean>,
    /// Sessions done against prescribed, per [`Self::bar_period`], for the periods
    /// overlapping the range.
    pub adherence: Vec<PeriodAdherence>,
    /// The sessions' traffic lights in the range.
    pub lights: Vec<DatedLight>,
    /// Each exercise's level per week, for those done in the range.
    pub levels: Vec<ExerciseLevels>,
    /// The mean of each PSFS rating in the range.
    pub psfs: Vec<(NaiveDate, f64)>,
    /// Injections in the range.
    pub injections: Vec<InjectionMark>,
    /// New programmes taken up in the range.
    pub programme_changes: Vec<NaiveDate>,
    /// Flare days in the range.
    pub flare_days: Vec<NaiveDate>,
}

impl Series {
    /// The part of `from..=to` inside the range, if any: where a period's point or bar goes.
    #[must_use]
    pub fn shown(&self, from: NaiveDate, to: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let (a, b) = (from.max(self.first), to.min(self.last));
        (a <= b).then_some((a, b))
    }

    /// Runs of consecutive flare days, as (first, last).
    #[must_use]
    pub fn flare_runs(&self) -> Vec<(NaiveDate, NaiveDate)> {
        runs(self.flare_days.iter().copied())
    }
}

/// The grouping the report uses for a range: programme weeks up to
/// [`REPORT_WEEKLY_UP_TO_DAYS`], calendar months beyond.
#[must_use]
pub fn report_period(first: NaiveDate, last: NaiveDate) -> Period {
    if (last - first).num_days() <= REPORT_WEEKLY_UP_TO_DAYS {
        Period::Week
    } else {
        Period::Month
    }
}

/// The charts' data for `first..=last`, grouped by `period`: the one computation the
/// Progress screen and the report draw from. Linear in the size of the analysis.
#[must_use]
pub fn series(
    input: &SeriesInput<'_>,
    first: NaiveDate,
    last: NaiveDate,
    period: Period,
) -> Series {
    let p = input.progress;
    let start = input.start;
    let in_range = |d: NaiveDate| d >= first && d <= last;
    let bar_period = match period {
        Period::Day => Period::Week,
        other => other,
    };
    let pain: Vec<DailyPoint> = p
        .daily_worst
        .iter()
        .filter(|d| in_range(d.date))
        .copied()
        .collect();
    let sitting: Vec<DailyPoint> = p
        .sitting
        .daily
        .iter()
        .filter(|d| in_range(d.date))
        .copied()
        .collect();
    let means_of =
        |days: &[DailyPoint]| periods::means(days.iter().map(|d| (d.date, d.value)), period, start);
    let weeks: Vec<_> = p
        .adherence
        .weeks
        .iter()
        .filter(|w| w.to >= first && w.from <= last)
        .copied()
        .collect();
    let adherence = periods::adherence(&weeks, bar_period, start, last)
        .into_iter()
        .filter(|b| b.to >= first)
        .collect();
    let levels = p
        .exercises
        .iter()
        .filter_map(|ex| {
            let weeks: Vec<(NaiveDate, u8)> = ex
                .weeks
                .iter()
                .filter(|w| w.max_level > 0)
                .filter(|w| w.from <= last && w.from + Duration::days(6) >= first)
                .map(|w| (w.from, w.max_level))
                .collect();
            (!weeks.is_empty()).then(|| ExerciseLevels {
                id: ex.id.clone(),
                name: ex.name.clone(),
                weeks,
            })
        })
        .collect();
    let psfs = input
        .journal
        .psfs()
        .filter(|r| in_range(r.date))
        .filter_map(|r| Some((r.date, r.mean()?)))
        .collect();
    let injections = input
        .journal
        .events()
        .filter(|e| in_range(e.date))
        .filter_map(|e| match e.kind {
            EventKind::Injection { side, .. } => Some(InjectionMark { date: e.date, side }),
            _ => None,
        })
        .collect();
    Series {
        start,
        first,
        last,
        period,
        bar_period,
        pain_means: means_of(&pain),
        sitting_means: means_of(&sitting),
        pain,
        sitting,
        adherence,
        lights: p
            .lights
            .iter()
            .filter(|l| in_range(l.date))
            .copied()
            .collect(),
        levels,
        psfs,
        injections,
        programme_changes: input
            .programme_changes
            .iter()
            .copied()
            .filter(|d| in_range(*d))
            .collect(),
        flare_days: p
            .flare_days
            .iter()
            .copied()
            .filter(|d| in_range(*d))
            .collect(),
    }
}

/// Runs of consecutive days, as (first, last); `days` in order.
pub fn runs(days: impl Iterator<Item = NaiveDate>) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for d in days {
        match out.last_mut() {
            Some(r) if r.1.succ_opt() == Some(d) => r.1 = d,
            Some(r) if r.1 == d => {}
            _ => out.push((d, d)),
        }
    }
    out
}

#[cfg(test)]
#[path = "series_tests.rs"]
mod tests;
