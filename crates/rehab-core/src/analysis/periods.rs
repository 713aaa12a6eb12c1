//! Dated figures grouped by period, so a chart of ten years stays readable: the mean of the
//! daily values, and adherence, per programme week, calendar month, quarter or year.

use super::adherence::WeekAdherence;
use super::pain::week_range;
use crate::i18n::{Lang, Words, format};
use crate::t_in;
use chrono::{Datelike, Months, NaiveDate};

/// Charts spanning up to this many days show each day.
pub const DAILY_UP_TO_DAYS: i64 = 120;
/// Up to this many days, programme weeks.
pub const WEEKLY_UP_TO_DAYS: i64 = 366;
/// Up to this many days, calendar months.
pub const MONTHLY_UP_TO_DAYS: i64 = 3 * 366;
/// Up to this many days, quarters; beyond, years.
pub const QUARTERLY_UP_TO_DAYS: i64 = 12 * 366;

/// How a chart groups its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Period {
    /// One value a day, as logged.
    #[default]
    Day,
    /// Programme weeks (the 7 days from the start date, and so on).
    Week,
    /// Calendar months.
    Month,
    /// Calendar quarters (January to March, ...).
    Quarter,
    /// Calendar years.
    Year,
}

impl Period {
    /// The first and last day of the period holding `date` (weeks counted from `start`).
    #[must_use]
    pub fn range(self, start: NaiveDate, date: NaiveDate) -> (NaiveDate, NaiveDate) {
        let months = |n: u32| {
            let first_month = (date.month0() / n) * n + 1;
            let first = NaiveDate::from_ymd_opt(date.year(), first_month, 1).unwrap_or(date);
            let last = first
                .checked_add_months(Months::new(n))
                .and_then(|d| d.pred_opt())
                .unwrap_or(date);
            (first, last)
        };
        match self {
            Self::Day => (date, date),
            Self::Week => {
                let week = (date - start).num_days().div_euclid(7) + 1;
                let from = start + chrono::Duration::days((week - 1) * 7);
                (from, from + chrono::Duration::days(6))
            }
            Self::Month => months(1),
            Self::Quarter => months(3),
            Self::Year => months(12),
        }
    }

    /// The grouping for a chart spanning `days` days: each day up to four months, then
    /// programme weeks, calendar months up to three years, quarters up to twelve, then years,
    /// so a chart never has more than about fifty bars or points.
    #[must_use]
    pub fn for_span_days(days: i64) -> Self {
        if days <= DAILY_UP_TO_DAYS {
            Self::Day
        } else if days <= WEEKLY_UP_TO_DAYS {
            Self::Week
        } else if days <= MONTHLY_UP_TO_DAYS {
            Self::Month
        } else if days <= QUARTERLY_UP_TO_DAYS {
            Self::Quarter
        } else {
            Self::Year
        }
    }

    /// The period of bars (adherence): as [`Self::for_span_days`], but never shorter than
    /// a programme week, the unit adherence is counted in.
    #[must_use]
    pub fn for_bars(days: i64) -> Self {
        match Self::for_span_days(days) {
            Self::Day => Self::Week,
            p => p,
        }
    }

    /// The name of the period starting on `from`, in `lang`: "week 5 (from Monday,
    /// 2 November 2026)", "November 2026", "Q4 2026", "2026", or the day itself.
    #[must_use]
    pub fn name(self, lang: Lang, start: NaiveDate, from: NaiveDate) -> String {
        let words = Words::for_language(lang);
        match self {
            Self::Day => format::long_date(lang, from),
            Self::Week => t_in!(
                words,
                "analysis-period-week-name",
                week = (from - start).num_days().div_euclid(7) + 1,
                date = format::long_date(lang, from)
            ),
            Self::Month => format::month_year(lang, from),
            Self::Quarter => t_in!(
                words,
                "analysis-period-quarter-name",
                quarter = from.month0() / 3 + 1,
                year = from.year()
            ),
            Self::Year => from.year().to_string(),
        }
    }

    /// The period as a Fluent selector takes it, for a sentence that names it ("day",
    /// "week", "month", "quarter", "year"): languages decline the noun, so a whole
    /// sentence chooses its words by this rather than slotting in [`Period::noun`].
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Quarter => "quarter",
            Self::Year => "year",
        }
    }

    /// The period's noun in `lang`, on its own: "day", "week", "month", "quarter", "year".
    #[must_use]
    pub fn noun(self, lang: Lang) -> String {
        t_in!(
            Words::for_language(lang),
            "analysis-period-noun",
            period = self.key()
        )
    }
}

/// The mean of one period's daily values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodMean {
    /// The period's first day.
    pub from: NaiveDate,
    /// Its last day.
    pub to: NaiveDate,
    /// Days with a value.
    pub days: u32,
    /// The mean of those days' values.
    pub mean: f64,
}

/// The middle of the days `from` to `to`, in days after `start` (where a chart puts a
/// period's point or bar).
#[must_use]
pub fn middle_days(start: NaiveDate, from: NaiveDate, to: NaiveDate) -> f64 {
    ((from - start).num_days() + (to - start).num_days() + 1) as f64 / 2.0
}

/// The mean of the daily values of each period that has any, oldest first. `daily` is in
/// date order (as [`super::DailyPoint`] lists are); one pass.
pub fn means(
    daily: impl IntoIterator<Item = (NaiveDate, f64)>,
    period: Period,
    start: NaiveDate,
) -> Vec<PeriodMean> {
    let mut out: Vec<(PeriodMean, f64)> = Vec::new();
    for (date, value) in daily {
        match out.last_mut() {
            Some((m, sum)) if date >= m.from && date <= m.to => {
                m.days += 1;
                *sum += value;
            }
            _ => {
                let (from, to) = period.range(start, date);
                out.push((
                    PeriodMean {
                        from,
                        to,
                        days: 1,
                        mean: 0.0,
                    },
                    value,
                ));
            }
        }
    }
    out.into_iter()
        .map(|(mut m, sum)| {
            m.mean = sum / f64::from(m.days);
            m
        })
        .collect()
}

/// Adherence over one period: its programme weeks added up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodAdherence {
    /// The period's first day.
    pub from: NaiveDate,
    /// Its last day (or the last day assessed, for the period in progress).
    pub to: NaiveDate,
    /// Sessions prescribed (pro-rated; may be a fraction).
    pub prescribed: f64,
    /// Sessions counted (each week capped at its prescription).
    pub counted: f64,
    /// Days with a logged session.
    pub done: u32,
    /// `counted / prescribed` in %, `None` when nothing was prescribed.
    pub pct: Option<f64>,
    /// Whether the period holds the week in progress (its figures are so far).
    pub in_progress: bool,
}

/// Programme weeks' adherence added up by period, oldest first: a week belongs to the period
/// holding the middle of its days (so far, for the week in progress). The percentage is counted over prescribed, as for the whole
/// programme ([`super::adherence::adherence`]), so a month's figure weighs its weeks by what
/// they prescribed. `on` is the day assessed: the week holding it is in progress.
#[must_use]
pub fn adherence(
    weeks: &[WeekAdherence],
    period: Period,
    start: NaiveDate,
    on: NaiveDate,
) -> Vec<PeriodAdherence> {
    let mut out: Vec<PeriodAdherence> = Vec::new();
    for w in weeks {
        let full_week = week_range(start, w.week);
        // The middle of its days so far: the week in progress is not put in a period yet
        // to come.
        let middle = w.from + (w.to - w.from) / 2;
        let in_progress = on < full_week.1;
        let (from, to) = match period {
            Period::Day | Period::Week => (w.from, w.to),
            _ => period.range(start, middle),
        };
        match out.last_mut() {
            Some(p) if p.from == from => {
                p.prescribed += w.prescribed;
                p.counted += w.counted;
                p.done += w.done;
                p.in_progress |= in_progress;
            }
            _ => out.push(PeriodAdherence {
                from,
                to: to.min(on).max(from),
                prescribed: w.prescribed,
                counted: w.counted,
                done: w.done,
                pct: None,
                in_progress,
            }),
        }
    }
    for p in &mut out {
        p.pct = super::adherence::percent(p.counted, p.prescribed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::adherence::adherence as weekly;
    use crate::model::Journal;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_are_calendar_months_quarters_and_years_and_programme_weeks() {
        let start = d(2026, 9, 2);
        let on = d(2026, 11, 30);
        assert_eq!(
            Period::Month.range(start, on),
            (d(2026, 11, 1), d(2026, 11, 30))
        );
        assert_eq!(
            Period::Quarter.range(start, on),
            (d(2026, 10, 1), d(2026, 12, 31))
        );
        assert_eq!(
            Period::Year.range(start, on),
            (d(2026, 1, 1), d(2026, 12, 31))
        );
        assert_eq!(
            Period::Week.range(start, d(2026, 9, 9)),
            (d(2026, 9, 9), d(2026, 9, 15))
        );
        assert_eq!(
            Period::Week.range(start, d(2026, 9, 8)),
            (d(2026, 9, 2), d(2026, 9, 8))
        );
    }

    #[test]
    fn monthly_means_average_the_days_of_each_month() {
        let start = d(2026, 1, 30);
        let values = [
            (d(2026, 1, 30), 4.0),
            (d(2026, 1, 31), 6.0),
            (d(2026, 2, 1), 3.0),
        ];
        let m = means(values, Period::Month, start);
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].from, m[0].days, m[0].mean), (d(2026, 1, 1), 2, 5.0));
        assert_eq!((m[1].to, m[1].days, m[1].mean), (d(2026, 2, 28), 1, 3.0));
    }

    #[test]
    fn adherence_by_month_is_counted_over_prescribed_and_matches_the_whole() {
        let start = d(2026, 1, 5);
        let on = d(2026, 3, 31);
        let mut j = Journal::new();
        // Sessions on Mondays only: one of three prescribed each week.
        for day in start.iter_weeks().take_while(|x| *x <= on) {
            let id = j.next_id(day);
            j.add_session(crate::model::Session {
                id,
                date: day,
                time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                exercises: Vec::new(),
                next_morning_pain: None,
                effort: None,
                note: String::new(),
            });
        }
        let a = weekly(&j, start, 3, on);
        let months = adherence(&a.weeks, Period::Month, start, on);
        assert_eq!(months.len(), 3);
        let prescribed: f64 = months.iter().map(|m| m.prescribed).sum();
        let counted: f64 = months.iter().map(|m| m.counted).sum();
        assert!((prescribed - a.prescribed).abs() < 1e-9);
        assert!((counted - a.counted).abs() < 1e-9);
        assert!(months[..2].iter().all(|m| !m.in_progress));
        assert!(months[2].in_progress, "the week holding 31 March runs on");
        let weeks = adherence(&a.weeks, Period::Week, start, on);
        assert_eq!(weeks.len(), a.weeks.len());
        assert!(weeks.iter().all(|w| w.done == 1));
    }

    #[test]
    fn ten_years_are_grouped_into_at_most_fifty_bars() {
        assert_eq!(Period::for_span_days(28), Period::Day);
        assert_eq!(Period::for_bars(28), Period::Week);
        assert_eq!(Period::for_span_days(200), Period::Week);
        assert_eq!(Period::for_span_days(2 * 365), Period::Month);
        assert_eq!(Period::for_span_days(10 * 365), Period::Quarter);
        assert_eq!(Period::for_span_days(20 * 365), Period::Year);
        let start = d(2016, 12, 5);
        let on = d(2026, 11, 30);
        let mut j = Journal::new();
        for day in start.iter_weeks().take_while(|x| *x <= on) {
            let id = j.next_id(day);
            j.add_session(crate::model::Session {
                id,
                date: day,
                time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                exercises: Vec::new(),
                next_morning_pain: None,
                effort: None,
                note: String::new(),
            });
        }
        let a = weekly(&j, start, 3, on);
        let period = Period::for_bars((on - start).num_days());
        let bars = adherence(&a.weeks, period, start, on);
        assert!(a.weeks.len() > 500);
        assert!((40..=41).contains(&bars.len()), "{} quarters", bars.len());
        assert_eq!(period.name(Lang::En, start, bars[1].from), "Q1 2017");
        assert_eq!(period.name(Lang::Fr, start, bars[1].from), "T1 2017");
        assert_eq!(
            Period::Month.name(Lang::En, start, bars[1].from),
            "January 2017"
        );
        assert_eq!(
            Period::Week.name(Lang::En, start, d(2016, 12, 12)),
            "week 2 (from Monday, 12 December 2016)"
        );
        assert!(
            bars.iter()
                .all(|b| (b.pct.unwrap() - 100.0 / 3.0).abs() < 2.0)
        );
    }

    #[test]
    fn a_period_is_placed_at_its_middle() {
        let start = d(2026, 11, 2);
        assert!((middle_days(start, start, d(2026, 11, 8)) - 3.5).abs() < 1e-12);
        assert!((middle_days(start, d(2026, 11, 1), d(2026, 11, 30)) - 14.0).abs() < 1e-12);
    }
}
