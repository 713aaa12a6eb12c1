#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::analysis::progress::progress;
use crate::analysis::testkit::{JournalBuilder, day, profile, programme, start};
use crate::model::Programmes;

fn of(j: &Journal, first: NaiveDate, last: NaiveDate, period: Period) -> Series {
    let programme = programme();
    let p = progress(&profile(), Programmes::only(&programme), j, last);
    series(
        &SeriesInput {
            progress: &p,
            journal: j,
            start: start(),
            programme_changes: &[day(9), day(200)],
        },
        first,
        last,
        period,
    )
}

#[test]
fn weekly_means_follow_programme_weeks_and_skip_empty_weeks() {
    let mut j = JournalBuilder::new();
    // Week 1: days 0 and 6 (its last day); week 2: day 7 (its first); week 3: nothing;
    // week 4: day 21.
    j.diary(0, 2).diary(6, 4).diary(7, 8).diary(21, 5);
    let s = of(&j.journal, day(0), day(27), Period::Week);
    let got: Vec<_> = s
        .pain_means
        .iter()
        .map(|m| (m.from, m.to, m.days, m.mean))
        .collect();
    assert_eq!(
        got,
        vec![
            (day(0), day(6), 2, 3.0),
            (day(7), day(13), 1, 8.0),
            (day(21), day(27), 1, 5.0),
        ]
    );
    assert_eq!(s.pain.len(), 4);
    assert_eq!(s.bar_period, Period::Week);
    // Sessions: every week of the range has a bar, the empty ones at 0 %.
    assert_eq!(s.adherence.len(), 4);
    assert!(s.adherence.iter().all(|a| a.pct == Some(0.0)));
    assert_eq!(s.programme_changes, vec![day(9)]);
}

#[test]
fn monthly_means_follow_calendar_months() {
    let mut j = JournalBuilder::new();
    // 2 March 2026 is the start: day 29 is 31 March, day 30 is 1 April.
    j.diary(28, 6).diary(29, 4).diary(30, 1);
    let s = of(&j.journal, day(0), day(40), Period::Month);
    let got: Vec<_> = s
        .pain_means
        .iter()
        .map(|m| (m.from, m.to, m.days, m.mean))
        .collect();
    let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).unwrap();
    assert_eq!(
        got,
        vec![(d(3, 1), d(3, 31), 2, 5.0), (d(4, 1), d(4, 30), 1, 1.0)]
    );
    // Where the points go: the part of each month inside the range.
    assert_eq!(s.shown(d(3, 1), d(3, 31)), Some((day(0), d(3, 31))));
    assert_eq!(s.shown(d(4, 1), d(4, 30)), Some((d(4, 1), day(40))));
    // Sessions are added up by month too, each week in the month holding its middle.
    assert_eq!(s.bar_period, Period::Month);
    assert_eq!(
        s.adherence.iter().map(|a| a.from).collect::<Vec<_>>(),
        vec![d(3, 1), d(4, 1)]
    );
}

#[test]
fn a_range_starting_mid_week_counts_only_its_own_days() {
    let mut j = JournalBuilder::new();
    // Day 1 is before the range; days 3 and 5 are in it, in the same programme week.
    j.diary(1, 9).diary(3, 2).diary(5, 4).diary(12, 7);
    j.sessions([1, 3]).injection(1).injection(10);
    let s = of(&j.journal, day(3), day(13), Period::Week);
    let first = s.pain_means[0];
    assert_eq!((first.from, first.to, first.days), (day(0), day(6), 2));
    assert!((first.mean - 3.0).abs() < 1e-12, "{}", first.mean);
    assert_eq!(s.shown(first.from, first.to), Some((day(3), day(6))));
    assert_eq!(s.pain.first().map(|d| d.date), Some(day(3)));
    assert_eq!(
        s.injections.iter().map(|i| i.date).collect::<Vec<_>>(),
        vec![day(10)]
    );
    assert_eq!(s.lights.len(), 1, "only the session on day 3");
    // The week the range starts in still has its bar: it overlaps the range.
    assert_eq!(s.adherence[0].from, day(0));
    assert_eq!(s.adherence.len(), 2);
}

#[test]
fn daily_series_keep_each_day_and_add_sessions_up_by_week() {
    let mut j = JournalBuilder::new();
    j.diary_run(0, &[3, 5, 7]);
    let s = of(&j.journal, day(0), day(2), Period::Day);
    assert_eq!(s.pain_means.len(), 3);
    assert_eq!(s.bar_period, Period::Week);
    assert!((s.pain[2].rolling_mean - 5.0).abs() < 1e-12);
}

#[test]
fn the_report_groups_by_week_up_to_half_a_year() {
    assert_eq!(report_period(day(0), day(26 * 7)), Period::Week);
    assert_eq!(report_period(day(0), day(26 * 7 + 1)), Period::Month);
}

#[test]
fn flare_days_run_together() {
    let runs = runs([day(1), day(2), day(2), day(4)].into_iter());
    assert_eq!(runs, vec![(day(1), day(2)), (day(4), day(4))]);
}
