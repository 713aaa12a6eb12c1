//! The clinician's one-page report: one self-contained HTML file (inline SVG charts, a print
//! stylesheet for one A4 page), readable in a minute, in the third person. [`Report`] holds
//! everything it shows, worked out once; [`write`] draws it as HTML and the window's preview
//! (`ui::report_preview`) draws the same [`Report`] natively.

use super::Prepared;
use crate::analysis::reasons::{adherence_words, num, pain, points, signed};
use crate::analysis::{Light, Progress, StatusKind, Voice};
use crate::model::{EventKind, Profile, Programme};
use chrono::{Datelike, Duration, NaiveDate};
use std::fmt::Write as _;
use std::io::{self, Write};

/// Text made safe for HTML: the one escaping the pictures' SVG uses too.
use crate::picture::svg::escape as esc;

/// Items of a list shown in full; earlier ones are counted, not listed.
pub const LIST_LIMIT: usize = 3;
/// Notes that fit on the page; more go to an appendix on a second page.
pub const NOTES_ON_PAGE: usize = 3;
/// Notes in the appendix at most (the newest); the rest are in the CSV and bundle exports.
pub const NOTES_IN_APPENDIX: usize = 40;
/// The report shows the notes of the last this many weeks of the days covered.
pub const NOTES_WEEKS: i64 = 12;
/// Weeks in the "last four weeks" table.
pub const RECENT_WEEKS: usize = 4;
/// Charts covering at most this many days show weekly means; longer ones monthly means.
pub const WEEKLY_UP_TO_DAYS: i64 = 26 * 7;

/// What the report is worked out from: the profile, the programme, the analysis of the whole
/// diary as of the last day covered, and the first day covered.
pub struct ReportContext<'a> {
    /// The profile.
    pub profile: &'a Profile,
    /// The programme in force.
    pub programme: &'a Programme,
    /// The analysis of the whole diary as of `on` ([`Prepared::progress`]).
    pub progress: &'a Progress,
    /// The first day covered.
    pub first: NaiveDate,
    /// The last day covered: the day the status is worked out as of.
    pub on: NaiveDate,
}

/// The report's numbers: the status as of the range's last day, judged on the whole diary
/// up to that day ([`super::as_of`]); the range limits only the tables and charts.
pub fn context(data: &Prepared) -> io::Result<ReportContext<'_>> {
    let (Some(profile), Some(programme), Some(progress)) =
        (&data.profile, &data.programme, &data.progress)
    else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the data folder has no profile or programme yet, so there is nothing to report on",
        ));
    };
    let first = data.options.range.from.unwrap_or(profile.start_date);
    Ok(ReportContext {
        profile,
        programme,
        progress,
        first,
        on: data.as_of,
    })
}

/// How a chart's values are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Programme weeks.
    Week,
    /// Calendar months.
    Month,
}

impl Period {
    /// The grouping for a chart from `first` to `last`: weekly up to half a year, monthly
    /// beyond, so ten years stay readable.
    #[must_use]
    pub fn for_span(first: NaiveDate, last: NaiveDate) -> Self {
        if (last - first).num_days() <= WEEKLY_UP_TO_DAYS {
            Self::Week
        } else {
            Self::Month
        }
    }

    /// "weekly" or "monthly".
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Week => "weekly",
            Self::Month => "monthly",
        }
    }
}

/// A colour for a line or a status, named for what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Neutral.
    Plain,
    /// Good: a target, green.
    Good,
    /// Needs a look: a threshold, amber.
    Caution,
    /// Needs contact before the next review: orange, short of the red of same-day care.
    Soon,
    /// Urgent, the same day: red.
    Alert,
}

impl Tone {
    fn css(self) -> &'static str {
        match self {
            Self::Plain => "#555",
            Self::Good => "#1b7f3b",
            Self::Caution => "#9a5b00",
            Self::Soon => "#a33b00",
            Self::Alert => "#b31b1b",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Self::Plain => "plain",
            Self::Good => "good",
            Self::Caution => "caution",
            Self::Soon => "soon",
            Self::Alert => "alert",
        }
    }
}

/// The colour of a status: the two decision-point statuses stand out as much as the
/// urgent ones, in amber.
#[must_use]
pub fn status_tone(status: StatusKind) -> Tone {
    match status {
        StatusKind::SeekCareNow => Tone::Alert,
        StatusKind::ContactClinicianSoon => Tone::Soon,
        StatusKind::NoRecentEntries | StatusKind::DiscussNextSteps | StatusKind::ReviewPlan => {
            Tone::Caution
        }
        StatusKind::Improving => Tone::Good,
        StatusKind::KeepGoing => Tone::Plain,
    }
}

/// A chart: days on x from `first` to `last`, values 0 to `y_max` on y.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Its heading.
    pub title: String,
    /// The first day on the x axis.
    pub first: NaiveDate,
    /// The last day on the x axis.
    pub last: NaiveDate,
    /// How values are grouped.
    pub period: Period,
    /// The top of the y axis.
    pub y_max: f64,
    /// Labelled values on the y axis.
    pub y_ticks: Vec<(f64, String)>,
    /// Ticks on the x axis: the day, and its label (empty for a small tick).
    pub x_ticks: Vec<(NaiveDate, String)>,
    /// One point per period, at the middle of the part of the period covered: always within
    /// `first..=last`.
    pub points: Vec<(NaiveDate, f64)>,
    /// Horizontal lines: value, label, colour.
    pub lines: Vec<(f64, String, Tone)>,
    /// Days marked with a vertical line, such as injections, and their label.
    pub marks: Vec<(NaiveDate, String)>,
    /// Runs of days shaded, such as flare days (first and last day of each run).
    pub bands: Vec<(NaiveDate, NaiveDate)>,
}

/// The "last four weeks" table: a column per programme week, a row per measure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecentTable {
    /// The column headings, such as "Week 14 (from 2 Nov)".
    pub weeks: Vec<String>,
    /// Rows: a heading and one cell per week.
    pub rows: Vec<(String, Vec<String>)>,
}

/// A list of dated items, with how many earlier ones were left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading.
    pub title: &'static str,
    /// The items shown, oldest first.
    pub items: Vec<String>,
    /// Items left out (older ones), shown as a count.
    pub earlier: usize,
    /// What to show when there is nothing.
    pub empty: &'static str,
}

impl Section {
    fn of(title: &'static str, mut items: Vec<String>, empty: &'static str) -> Self {
        let earlier = items.len().saturating_sub(LIST_LIMIT);
        items.drain(..earlier);
        Self {
            title,
            items,
            earlier,
            empty,
        }
    }

    /// "and 3 earlier (all are in the CSV, bundle and FHIR exports)", when some were left out.
    #[must_use]
    pub fn earlier_line(&self) -> Option<String> {
        (self.earlier > 0).then(|| {
            format!(
                "and {} earlier (all in the CSV, bundle and FHIR exports)",
                self.earlier
            )
        })
    }
}

/// Everything the report shows, worked out once from the prepared data.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The heading: never ends with an empty patient name.
    pub title: String,
    /// Who: "Patient DEMO-0001", or the pseudonym.
    pub patient: String,
    /// The patient's code or pseudonym alone, as the page's title ends.
    pub name: String,
    /// Programme, side, dates covered, export.
    pub meta: String,
    /// The status.
    pub status: StatusKind,
    /// The status with its numbers, as `status --on` gives it for [`Self::as_of`].
    pub stated: crate::analysis::Status,
    /// The day the status is worked out as of: the last day covered.
    pub as_of: NaiveDate,
    /// Its headline, in the clinician's words.
    pub headline: &'static str,
    /// What it means, in the clinician's words.
    pub meaning: &'static str,
    /// Why, in the clinician's words.
    pub reasons: Vec<String>,
    /// The key numbers against the programme's thresholds.
    pub numbers: Vec<(&'static str, String)>,
    /// Worst pain over time.
    pub pain_chart: Chart,
    /// Sessions done over time.
    pub adherence_chart: Chart,
    /// The last four programme weeks.
    pub recent: RecentTable,
    /// Warning signs, injections, medication changes, visits, level changes, flare days,
    /// PSFS ratings.
    pub sections: Vec<Section>,
    /// The patient's notes, oldest first (none when pseudonymised).
    pub notes: Vec<String>,
    /// Notes in the range not shown: older than [`NOTES_WEEKS`] weeks, or than the newest
    /// [`NOTES_IN_APPENDIX`].
    pub notes_left_out: usize,
    /// The first day whose notes are shown.
    pub notes_since: NaiveDate,
    /// What it is and where the thresholds come from (under the heading).
    pub footer: String,
}

impl Report {
    /// Whether the notes go on a page of their own, after the one-page report.
    #[must_use]
    pub fn notes_appendix(&self) -> bool {
        self.notes.len() > NOTES_ON_PAGE
    }
}

/// The report of prepared data, or why there is none.
pub fn report(data: &Prepared) -> io::Result<Report> {
    let c = context(data)?;
    let p: &Progress = c.progress;
    let s = p.status();
    let on = c.on;
    let first = c.first.min(on);
    let code_given = !c.profile.patient_code.trim().is_empty() || data.options.pseudonymise;
    let patient = if code_given {
        format!("Patient {}", data.patient_label)
    } else {
        format!(
            "Patient {} (pseudonym: no code was given)",
            data.patient_label
        )
    };
    let notes_since = (on - Duration::weeks(NOTES_WEEKS) + Duration::days(1)).max(first);
    let (notes, notes_left_out) = notes(data, notes_since);
    Ok(Report {
        title: "Home exercise programme: clinician report".to_owned(),
        patient,
        name: data.patient_label.clone(),
        meta: meta_line(data, &c),
        status: s.status,
        stated: s.clone(),
        as_of: on,
        headline: s.status.headline_in(Voice::Clinician),
        meaning: s.status.meaning_in(Voice::Clinician),
        reasons: p.reasons_in(Voice::Clinician),
        numbers: key_numbers(p),
        pain_chart: pain_chart(p, data, first, on),
        adherence_chart: adherence_chart(p, first, on),
        recent: recent_table(p, data, first, on),
        sections: sections(p, data, first),
        notes,
        notes_left_out,
        notes_since,
        footer: format!(
            "A diary kept by the patient, summarised against the plan the clinician set; not a diagnosis. Thresholds from the programme file \"{}\". Made by rehab-tracker {}.",
            c.programme.name,
            env!("CARGO_PKG_VERSION")
        ),
    })
}

/// The key numbers against the programme's thresholds.
fn key_numbers(p: &Progress) -> Vec<(&'static str, String)> {
    let s = p.status();
    let e = &p.escalation;
    let rule = &e.rule;
    let not_yet = |what: &str, needs: u16, days: u16, have: u32| {
        format!(
            "not worked out: {what} needs {needs} days with an entry in {days} days ({have} logged)"
        )
    };
    vec![
        (
            "Programme week",
            format!(
                "{} (check-in week {}, decision end of week {})",
                s.week, rule.checkin_week, s.decision_week
            ),
        ),
        (
            "Sessions done",
            format!(
                "{}; threshold {} %",
                adherence_words(&p.adherence),
                num(rule.adherence_min_pct, 0)
            ),
        ),
        (
            "Worst pain at the start",
            e.baseline.value().map_or_else(
                || {
                    not_yet(
                        "the baseline",
                        rule.baseline_min_entries,
                        rule.baseline_days,
                        e.baseline.window.days_with_entries,
                    )
                },
                |b| {
                    format!(
                        "{} / 10 ({} days {})",
                        pain(b),
                        rule.baseline_days,
                        match e.baseline.source {
                            crate::analysis::BaselineSource::FirstDays => "from the start",
                            crate::analysis::BaselineSource::DaysBefore => "before the start",
                        }
                    )
                },
            ),
        ),
        (
            "Worst pain lately",
            e.current.mean.map_or_else(
                || {
                    not_yet(
                        "current pain",
                        rule.current_min_entries,
                        rule.current_days,
                        e.current.days_with_entries,
                    )
                },
                |c| format!("{} / 10 (last {} days)", pain(c), rule.current_days),
            ),
        ),
        (
            "Change",
            match e.improvement {
                Some(i) => format!(
                    "{}; target {} or {} %",
                    crate::analysis::reasons::change_words(&i),
                    points(rule.important_change_points),
                    num(rule.important_change_pct, 0),
                ),
                None => "not worked out yet (needs both pain figures)".to_owned(),
            },
        ),
        ("PSFS", psfs_line(p)),
        ("Sitting tolerance", sitting_line(p)),
    ]
}

/// The PSFS change, or why it is not worked out.
fn psfs_line(p: &Progress) -> String {
    let e = &p.escalation;
    let ps = &e.psfs;
    match (ps.baseline.value(), ps.current.mean, ps.change) {
        (Some(b), Some(c), Some(change)) => format!(
            "mean {} at the start, {} lately: {} (important change: {})",
            num(b, 1),
            num(c, 1),
            signed(change, 1, "points"),
            points(e.rule.psfs_important_change)
        ),
        (None, _, _) => format!(
            "change not worked out: no rating in the first {} days of the programme or the {} days before it",
            e.rule.baseline_days, e.rule.baseline_days
        ),
        _ => format!(
            "change not worked out: no rating in the last {} days",
            e.rule.current_days
        ),
    }
}

/// Sitting tolerance at the start and lately, or why not.
fn sitting_line(p: &Progress) -> String {
    let st = &p.sitting;
    let mins = |v: f64| format!("{} min", num(v, 0));
    match (st.baseline.value(), st.current.mean) {
        (Some(b), Some(c)) => format!(
            "{} at the start, {} lately ({})",
            mins(b),
            mins(c),
            signed(c - b, 0, "min")
        ),
        (Some(b), None) => format!("{} at the start; too few entries lately", mins(b)),
        (None, Some(c)) => format!("{} lately; too few entries at the start", mins(c)),
        (None, None) => "too few entries to work out".to_owned(),
    }
}

/// The report's heading line: programme, start, side, dates covered, time of export.
#[must_use]
pub fn meta_line(data: &Prepared, c: &ReportContext<'_>) -> String {
    format!(
        "{} · started {} · affected side {} · covers {} to {} · exported {}",
        c.programme.name,
        c.profile.start_date,
        c.profile.affected_side.word(),
        c.first,
        c.on,
        data.options.exported_at.format("%Y-%m-%d %H:%M"),
    )
}

/// The middle of the part of `from..=to` inside `first..=last`, if any.
fn middle(from: NaiveDate, to: NaiveDate, first: NaiveDate, last: NaiveDate) -> Option<NaiveDate> {
    let (a, b) = (from.max(first), to.min(last));
    (a <= b).then(|| a + Duration::days((b - a).num_days() / 2))
}

/// The first and last day of the calendar month of `d`.
fn month_of(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = d.with_day(1).unwrap_or(d);
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(first);
    (first, next.pred_opt().unwrap_or(first))
}

/// Ticks on a time axis: every month labelled when it fits, else labels each quarter or
/// year with the months (or quarters) as small ticks.
fn x_ticks(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, String)> {
    if (last - first).num_days() <= 62 {
        // Up to two months: a tick each week, labelled with its day.
        return first
            .iter_weeks()
            .take_while(|d| *d <= last)
            .map(|d| (d, d.format("%-d %b").to_string()))
            .collect();
    }
    let mut months = Vec::new();
    let mut m = month_of(first).0;
    if m < first {
        m = month_of(first).1 + Duration::days(1);
    }
    while m <= last {
        months.push(m);
        let Some(next) = m.checked_add_months(chrono::Months::new(1)) else {
            break;
        };
        m = next;
    }
    let n = months.len();
    months
        .into_iter()
        .filter(|d| n <= 48 || d.month() % 3 == 1)
        .map(|d| {
            let label = if n <= 14 {
                if d.month() == 1 || d == first || n <= 3 {
                    d.format("%b %Y").to_string()
                } else {
                    d.format("%b").to_string()
                }
            } else if n <= 48 {
                match d.month() {
                    1 => d.format("%Y").to_string(),
                    4 | 7 | 10 => d.format("%b").to_string(),
                    _ => String::new(),
                }
            } else if d.month() == 1 && (n <= 84 || d.year() % 2 == 0) {
                d.format("%Y").to_string()
            } else {
                String::new()
            };
            (d, label)
        })
        .collect()
}

/// Groups dated values by period: the mean of each period's values, at its middle.
fn by_period(
    values: impl Iterator<Item = (NaiveDate, NaiveDate, f64, f64)>,
    period: Period,
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<(NaiveDate, f64)> {
    // (from, to, sum of value x weight, sum of weights), in order.
    let mut groups: Vec<(NaiveDate, NaiveDate, f64, f64)> = Vec::new();
    for (from, to, value, weight) in values {
        let (gf, gt) = match period {
            Period::Week => (from, to),
            Period::Month => month_of(middle(from, to, from, to).unwrap_or(from)),
        };
        match groups.last_mut() {
            Some(g) if g.0 == gf => {
                g.2 += value * weight;
                g.3 += weight;
            }
            _ => groups.push((gf, gt, value * weight, weight)),
        }
    }
    groups
        .into_iter()
        .filter(|g| g.3 > 0.0)
        .filter_map(|(gf, gt, sum, w)| Some((middle(gf, gt, first, last)?, sum / w)))
        .collect()
}

/// Runs of consecutive days, as (first, last).
fn runs(days: impl Iterator<Item = NaiveDate>) -> Vec<(NaiveDate, NaiveDate)> {
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

fn pain_chart(p: &Progress, data: &Prepared, first: NaiveDate, last: NaiveDate) -> Chart {
    let period = Period::for_span(first, last);
    let points = match period {
        Period::Week => by_period(
            p.weekly_pain
                .iter()
                .filter_map(|w| Some((w.from, w.to, w.mean?, 1.0))),
            period,
            first,
            last,
        ),
        Period::Month => by_period(
            p.daily_worst
                .iter()
                .filter(|d| d.date >= first && d.date <= last)
                .map(|d| (d.date, d.date, d.value, 1.0)),
            period,
            first,
            last,
        ),
    };
    let mut lines = Vec::new();
    if let Some(b) = p.escalation.baseline.value() {
        let rule = &p.escalation.rule;
        let target = crate::analysis::pain::target(b, rule);
        lines.push((b, format!("start {}", num(b, 1)), Tone::Plain));
        lines.push((target, format!("target {}", num(target, 1)), Tone::Good));
    }
    let marks = data
        .journal
        .events()
        .filter(|e| e.date >= first && e.date <= last)
        .filter_map(|e| match e.kind {
            EventKind::Injection { side, .. } => Some((
                e.date,
                format!(
                    "injection{}",
                    side.map_or(String::new(), |s| format!(" {}", s.word()))
                ),
            )),
            _ => None,
        })
        .collect();
    Chart {
        title: format!("Worst pain, {} mean (0-10)", period.word()),
        first,
        last,
        period,
        y_max: 10.0,
        y_ticks: (0..=5)
            .map(|i| (f64::from(i * 2), (i * 2).to_string()))
            .collect(),
        x_ticks: x_ticks(first, last),
        points,
        lines,
        marks,
        bands: runs(
            p.flare_days
                .iter()
                .copied()
                .filter(|d| *d >= first && *d <= last),
        ),
    }
}

fn adherence_chart(p: &Progress, first: NaiveDate, last: NaiveDate) -> Chart {
    let period = Period::for_span(first, last);
    let points = by_period(
        p.adherence
            .weeks
            .iter()
            .filter(|w| w.to >= first && w.from <= last)
            .filter_map(|w| Some((w.from, w.to, w.pct?, w.prescribed))),
        period,
        first,
        last,
    );
    let threshold = p.escalation.rule.adherence_min_pct;
    Chart {
        title: format!("Sessions done, % of prescribed ({})", period.word()),
        first,
        last,
        period,
        y_max: 100.0,
        y_ticks: (0..=4)
            .map(|i| (f64::from(i * 25), format!("{}", i * 25)))
            .collect(),
        x_ticks: x_ticks(first, last),
        points,
        lines: vec![(
            threshold,
            format!("threshold {} %", num(threshold, 0)),
            Tone::Caution,
        )],
        marks: Vec::new(),
        bands: Vec::new(),
    }
}

/// The last four programme weeks up to the day assessed: sessions, lights, worst pain and
/// the dose of each exercise.
fn recent_table(p: &Progress, data: &Prepared, first: NaiveDate, on: NaiveDate) -> RecentTable {
    let mut weeks: Vec<_> = p
        .adherence
        .weeks
        .iter()
        .filter(|w| w.to >= first && w.from <= on)
        .collect();
    weeks.drain(..weeks.len().saturating_sub(RECENT_WEEKS));
    if weeks.is_empty() {
        return RecentTable::default();
    }
    let headings = weeks
        .iter()
        .map(|w| {
            format!(
                "Week {}: {}\u{2013}{}",
                w.week,
                w.from.format("%-d %b"),
                w.to.format("%-d %b")
            )
        })
        .collect();
    let mut rows = Vec::new();
    rows.push((
        "Sessions (done / due)".to_owned(),
        weeks
            .iter()
            .map(|w| format!("{} / {}", w.done, num(w.prescribed, 1)))
            .collect(),
    ));
    rows.push((
        "Traffic lights".to_owned(),
        weeks
            .iter()
            .map(|w| {
                // A light still waiting for its next-morning score is not counted as a
                // final colour.
                let (mut g, mut a, mut r, mut provisional) = (0, 0, 0, 0);
                for l in p
                    .lights
                    .iter()
                    .filter(|l| l.date >= w.from && l.date <= w.to)
                {
                    match l.light.light {
                        _ if l.light.provisional => provisional += 1,
                        Light::Green => g += 1,
                        Light::Amber => a += 1,
                        Light::Red => r += 1,
                    }
                }
                let parts: Vec<String> = [
                    (g, "green"),
                    (a, "amber"),
                    (r, "red"),
                    (provisional, "provisional"),
                ]
                .into_iter()
                .filter(|(n, _)| *n > 0)
                .map(|(n, word)| format!("{n} {word}"))
                .collect();
                if parts.is_empty() {
                    "none".to_owned()
                } else {
                    parts.join(", ")
                }
            })
            .collect(),
    ));
    rows.push((
        "Worst pain, mean (max)".to_owned(),
        weeks
            .iter()
            .map(|w| {
                let days: Vec<f64> = p
                    .daily_worst
                    .iter()
                    .filter(|d| d.date >= w.from && d.date <= w.to)
                    .map(|d| d.value)
                    .collect();
                if days.is_empty() {
                    "no entries".to_owned()
                } else {
                    let mean = days.iter().sum::<f64>() / days.len() as f64;
                    let top = days.iter().copied().fold(0.0, f64::max);
                    format!("{} ({})", num(mean, 1), num(top, 0))
                }
            })
            .collect(),
    ));
    for ex in &p.exercises {
        let one_sided = data
            .programme
            .as_ref()
            .and_then(|prog| prog.exercise(&ex.id))
            .is_some_and(|e| e.one_sided);
        let cells: Vec<String> = weeks
            .iter()
            .map(|w| {
                ex.weeks.iter().find(|v| v.week == w.week).map_or_else(
                    || "not done".to_owned(),
                    |v| {
                        let sides = if one_sided { 2.0 } else { 1.0 };
                        let sets = f64::from(v.sets) / f64::from(v.sessions.max(1)) / sides;
                        let each = if v.reps > 0 {
                            num(f64::from(v.reps) / f64::from(v.sets.max(1)), 0)
                        } else {
                            format!(
                                "{} s",
                                num(f64::from(v.hold_secs) / f64::from(v.sets.max(1)), 0)
                            )
                        };
                        let side = if one_sided { " a side" } else { "" };
                        let load = v
                            .max_load_kg
                            .map(|kg| format!(", {} kg", num(kg, 1)))
                            .unwrap_or_default();
                        format!("L{} {}\u{d7}{each}{side}{load}", v.max_level, num(sets, 0))
                    },
                )
            })
            .collect();
        if cells.iter().any(|c| c != "not done") {
            let name = data
                .programme
                .as_ref()
                .and_then(|prog| prog.exercise(&ex.id))
                .map_or(ex.name.as_str(), |e| e.name.as_str());
            rows.push((name.to_owned(), cells));
        }
    }
    RecentTable {
        weeks: headings,
        rows,
    }
}

/// The events and ratings in the range, newest last, each list capped.
fn sections(p: &Progress, data: &Prepared, first: NaiveDate) -> Vec<Section> {
    let standing: Vec<_> = p
        .escalation
        .red_flags
        .iter()
        .map(|f| (f.date, f.time))
        .collect();
    let note = |n: &str| {
        if n.is_empty() {
            String::new()
        } else {
            format!(" Note: \u{201c}{n}\u{201d}")
        }
    };
    let mut signs = Vec::new();
    let mut injections = Vec::new();
    let mut medication = Vec::new();
    let mut visits = Vec::new();
    let mut levels = Vec::new();
    for e in data.journal.events() {
        match &e.kind {
            EventKind::RedFlag { signs: list } => {
                let what: Vec<String> = list
                    .iter()
                    .map(|s| {
                        format!(
                            "{} ({})",
                            s.clinician_label(),
                            s.urgency().clinician_advice()
                        )
                    })
                    .collect();
                let state = if standing.contains(&(e.date, e.time)) {
                    "standing: no clinician visit logged since"
                } else {
                    "a clinician visit was logged after it"
                };
                signs.push(format!(
                    "{} {}: {}; {state}.{}",
                    e.date,
                    e.time.format("%H:%M"),
                    what.join("; "),
                    note(&e.note)
                ));
            }
            EventKind::Injection { side, guidance } => {
                let effect = p
                    .injections
                    .iter()
                    .find(|i| i.date == e.date)
                    .and_then(|i| Some((i, i.improvement?)))
                    .map(|(i, change)| {
                        // The days compared, so an old injection is never read against
                        // today's pain.
                        format!(
                            "; worst pain {} before, {} by {}: {}",
                            pain(i.baseline.value().unwrap_or_default()),
                            pain(i.current.mean.unwrap_or_default()),
                            i.current.to,
                            crate::analysis::reasons::change_words(&change)
                        )
                    })
                    .unwrap_or_default();
                injections.push(format!(
                    "{}: {}{}{effect}.{}",
                    e.date,
                    side.map_or_else(
                        || "side not given".to_owned(),
                        |s| format!("{} side", s.word())
                    ),
                    guidance.map_or(String::new(), |g| format!(", {}", g.words())),
                    note(&e.note)
                ));
            }
            EventKind::MedicationChange => {
                medication.push(format!("{}.{}", e.date, note(&e.note)));
            }
            EventKind::ClinicianVisit => visits.push(format!("{}.{}", e.date, note(&e.note))),
            EventKind::LevelChange {
                exercise_id,
                from,
                to,
            } => {
                let name = data.exercise_name(exercise_id);
                levels.push(format!(
                    "{}: {}, level {from} to {to}.",
                    e.date,
                    if name.is_empty() { exercise_id } else { name }
                ));
            }
        }
    }
    let flares: Vec<String> = runs(p.flare_days.iter().copied().filter(|d| *d >= first))
        .into_iter()
        .map(|(a, b)| {
            let n = (b - a).num_days() + 1;
            if n == 1 {
                format!("{a}.")
            } else {
                format!("{a} to {b} ({n} days).")
            }
        })
        .collect();
    let psfs: Vec<String> = data
        .journal
        .psfs()
        .filter_map(|r| {
            let mean = r.mean()?;
            let scores: Vec<String> = r
                .scores
                .iter()
                .map(|s| format!("{} {}", s.activity, s.score.get()))
                .collect();
            Some(format!(
                "{}: mean {} ({}).",
                r.date,
                num(mean, 1),
                scores.join(", ")
            ))
        })
        .collect();
    vec![
        Section::of("Warning signs", signs, "None logged."),
        Section::of("Injections", injections, "None logged."),
        Section::of("Medication changes", medication, "None logged."),
        Section::of("Clinician visits", visits, "None logged."),
        Section::of("Level changes", levels, "None logged."),
        Section::of("Flare days", flares, "None logged."),
        Section::of("PSFS ratings", psfs, "None logged."),
    ]
}

/// The patient's notes from `since`, oldest first (the newest [`NOTES_IN_APPENDIX`] of
/// them), and how many notes in the range were left out. None when pseudonymised.
fn notes(data: &Prepared, since: NaiveDate) -> (Vec<String>, usize) {
    if data.options.pseudonymise {
        return (Vec::new(), 0);
    }
    let mut all: Vec<(NaiveDate, chrono::NaiveTime, String)> = data
        .journal
        .diary()
        .filter(|d| !d.note.trim().is_empty())
        .map(|d| {
            (
                d.date,
                d.time,
                format!("{} (diary): {}", d.date, d.note.trim()),
            )
        })
        .chain(
            data.journal
                .sessions()
                .filter(|s| !s.note.trim().is_empty())
                .map(|s| {
                    (
                        s.date,
                        s.time,
                        format!("{} (session): {}", s.date, s.note.trim()),
                    )
                }),
        )
        .collect();
    all.sort_by_key(|(d, t, _)| (*d, *t));
    let older = all.iter().filter(|(d, _, _)| *d < since).count();
    all.drain(..older);
    let left_out = older + all.len().saturating_sub(NOTES_IN_APPENDIX);
    (
        all.into_iter()
            .skip(left_out - older)
            .map(|(_, _, n)| n)
            .collect(),
        left_out,
    )
}

const STYLE: &str = "*{box-sizing:border-box}
body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:62rem;margin:1.2rem auto;padding:0 1rem;color:#1d1d1d;line-height:1.3;font-size:10.5pt}
header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;border-bottom:2px solid #333;padding-bottom:.2rem}
h1{font-size:14pt;margin:0}.who{font-size:12pt;font-weight:700;white-space:nowrap}
h2{font-size:10.5pt;margin:.55rem 0 .2rem;border-bottom:1px solid #ccc}
.meta{color:#444;margin:.15rem 0 .35rem;font-size:9pt}
.top{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.card{border:2px solid #555;border-radius:5px;padding:.35rem .6rem}
.card.alert{border-color:#b31b1b;background:#fdf0f0}.card.soon{border-color:#a33b00;background:#fff3ea}.card.caution{border-color:#9a5b00;background:#fdf6e8}.card.good{border-color:#1b7f3b}
.card h2{border:none;margin:0;font-size:12pt}.alert h2{color:#b31b1b}.soon h2{color:#a33b00}.caution h2{color:#8a4f00}.good h2{color:#1b7f3b}
.card p{margin:.2rem 0}.card ul{margin:.2rem 0;padding-left:1.1rem}
table{border-collapse:collapse;width:100%}td,th{padding:.08rem .35rem .08rem 0;text-align:left;vertical-align:top}
.numbers th{white-space:nowrap;width:1%}
.recent th,.recent td{border-bottom:1px solid #ddd;font-size:9pt}.recent thead th{font-weight:700;border-bottom:1px solid #888}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}.charts figure{margin:0}.charts figcaption{font-weight:700;font-size:9.5pt}
svg{width:100%;height:auto;display:block}
.events{columns:2;column-gap:1.2rem;font-size:9pt}.events section,.notes{break-inside:avoid}
.events h3{font-size:9.5pt;margin:.35rem 0 .05rem}.events ul{margin:0;padding-left:1rem}.events p{margin:0}
.small{font-size:8.5pt;color:#555}.appendix{font-size:9pt}
.green{color:#1b7f3b}.amber{color:#9a5b00}.red{color:#b31b1b}
@page{size:A4;margin:9mm 10mm 12mm}
@media print{body{margin:0;max-width:none;font-size:8.4pt}h1{font-size:12.5pt}.who{font-size:11pt}h2{font-size:9.5pt}
.meta,.events,.recent th,.recent td,.appendix{font-size:7.8pt}.small{font-size:7.5pt}.card h2{font-size:11pt}
.card,svg,figure,.recent,section{break-inside:avoid}.appendix{break-before:page}}";

/// A chart as inline SVG: frame, y ticks with grid lines, month ticks, shaded bands, marks,
/// threshold lines and the series, all inside the frame.
fn svg_chart(html: &mut String, chart: &Chart) {
    const W: f64 = 420.0;
    const H: f64 = 132.0;
    const L: f64 = 30.0;
    const R: f64 = 10.0;
    const T: f64 = 8.0;
    const B: f64 = 24.0;
    let days = (chart.last - chart.first).num_days().max(1) as f64;
    let x = |d: NaiveDate| {
        L + ((d - chart.first).num_days() as f64 / days).clamp(0.0, 1.0) * (W - L - R)
    };
    let y = |v: f64| T + (1.0 - (v / chart.y_max).clamp(0.0, 1.0)) * (H - T - B);
    let _ = write!(
        html,
        "<svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{}\" font-size=\"10\" font-family=\"sans-serif\">",
        esc(&chart.title)
    );
    for (v, label) in &chart.y_ticks {
        let (right, yv, lx, ly, label) = (W - R, y(*v), L - 4.0, y(*v) + 3.5, esc(label));
        let _ = write!(
            html,
            "<line x1=\"{L}\" x2=\"{right}\" y1=\"{yv:.1}\" y2=\"{yv:.1}\" stroke=\"#e3e3e3\"/><text x=\"{lx}\" y=\"{ly:.1}\" text-anchor=\"end\" fill=\"#444\">{label}</text>"
        );
    }
    for (a, b) in &chart.bands {
        let (xa, xb) = (x(*a), x(*b + Duration::days(1)).min(W - R));
        let _ = write!(
            html,
            "<rect x=\"{xa:.1}\" y=\"{T}\" width=\"{:.1}\" height=\"{}\" fill=\"#f6d6a8\" opacity=\"0.7\"/>",
            (xb - xa).max(1.0),
            H - T - B
        );
    }
    for (d, label) in &chart.x_ticks {
        let xd = x(*d);
        let long = !label.is_empty();
        let _ = write!(
            html,
            "<line x1=\"{xd:.1}\" x2=\"{xd:.1}\" y1=\"{}\" y2=\"{}\" stroke=\"#888\"/>",
            H - B,
            H - B + if long { 5.0 } else { 3.0 }
        );
        if long {
            let _ = write!(
                html,
                "<text x=\"{xd:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#444\">{}</text>",
                H - B + 15.0,
                esc(label)
            );
        }
    }
    for (d, label) in &chart.marks {
        let xd = x(*d);
        let _ = write!(
            html,
            "<line x1=\"{xd:.1}\" x2=\"{xd:.1}\" y1=\"{T}\" y2=\"{}\" stroke=\"#6b3fa0\" stroke-dasharray=\"2 2\"/><text x=\"{:.1}\" y=\"{}\" fill=\"#6b3fa0\" font-size=\"9\" text-anchor=\"{}\">{}</text>",
            H - B,
            xd + if xd > W / 2.0 { -2.0 } else { 2.0 },
            T + 9.0,
            if xd > W / 2.0 { "end" } else { "start" },
            esc(label)
        );
    }
    // The lines' labels are drawn last, over the series, with a white outline, so the data
    // line never hides them.
    let mut labels = String::new();
    for (v, label, tone) in &chart.lines {
        let (right, yv, colour, lx, ly, label) = (
            W - R,
            y(*v),
            tone.css(),
            W - R - 2.0,
            y(*v) - 2.5,
            esc(label),
        );
        let _ = write!(
            html,
            "<line x1=\"{L}\" x2=\"{right}\" y1=\"{yv:.1}\" y2=\"{yv:.1}\" stroke=\"{colour}\" stroke-dasharray=\"5 3\"/>"
        );
        let _ = write!(
            labels,
            "<text x=\"{lx}\" y=\"{ly:.1}\" text-anchor=\"end\" font-size=\"9\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{label}</text>"
        );
    }
    let _ = write!(
        html,
        "<rect x=\"{L}\" y=\"{T}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#999\"/>",
        W - L - R,
        H - T - B
    );
    let pts: Vec<String> = chart
        .points
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
        .collect();
    if pts.is_empty() {
        let _ = write!(
            html,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">no entries in these days</text>",
            (L + W - R) / 2.0,
            (T + H - B) / 2.0
        );
    } else {
        let _ = write!(
            html,
            "<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"1.8\" stroke-linejoin=\"round\" points=\"{}\"/>",
            pts.join(" ")
        );
        if chart.points.len() <= 30 {
            for p in &pts {
                let (px, py) = p.split_once(',').unwrap_or(("0", "0"));
                let _ = write!(
                    html,
                    "<circle cx=\"{px}\" cy=\"{py}\" r=\"2\" fill=\"#2b6cb0\"/>"
                );
            }
        }
    }
    html.push_str(&labels);
    html.push_str("</svg>");
}

/// Writes the report as of the last day of the export's range (or its last entry).
pub fn write(data: &Prepared, out: &mut dyn Write) -> io::Result<()> {
    let r = report(data)?;
    out.write_all(html(&r).as_bytes())
}

/// The report as one HTML page.
#[must_use]
pub fn html(r: &Report) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let who = esc(&r.patient);
    // Every printed page names the patient, in the page's bottom margin.
    let page_css = format!(
        "@page{{@bottom-left{{content:\"{} \\00b7  {}\";font-size:7.5pt;color:#555}}@bottom-right{{content:\"page \" counter(page) \" of \" counter(pages);font-size:7.5pt;color:#555}}}}",
        css_string(&r.patient),
        css_string(&r.title)
    );
    let _ = write!(
        h,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{} \u{2013} {}</title><style>{STYLE}\n{page_css}</style></head><body>",
        esc(&r.title),
        esc(&r.name)
    );
    let _ = write!(
        h,
        "<header><h1>{}</h1><div class=\"who\">{who}</div></header><p class=\"meta\">{}<br>{}</p>",
        esc(&r.title),
        esc(&r.meta),
        esc(&r.footer)
    );
    h.push_str("<div class=\"top\">");
    let tone = status_tone(r.status);
    // The card's facts also as data attributes, for tools that read reports.
    let number = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let _ = write!(
        h,
        "<div class=\"card {}\" data-status=\"{}\" data-as-of=\"{}\" data-adherence-pct=\"{}\" data-baseline-pain=\"{}\" data-current-pain=\"{}\"><h2>{}</h2><p>{}</p><ul>",
        tone.class(),
        r.stated.status.code(),
        r.as_of,
        r.stated.adherence_pct,
        number(r.stated.baseline_pain),
        number(r.stated.current_pain),
        esc(r.headline),
        esc(r.meaning)
    );
    for reason in &r.reasons {
        let _ = write!(h, "<li>{}</li>", esc(reason));
    }
    h.push_str("</ul></div><table class=\"numbers\">");
    for (k, v) in &r.numbers {
        let _ = write!(h, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
    }
    h.push_str("</table></div><div class=\"charts\">");
    for chart in [&r.pain_chart, &r.adherence_chart] {
        let _ = write!(h, "<figure><figcaption>{}</figcaption>", esc(&chart.title));
        svg_chart(&mut h, chart);
        h.push_str("</figure>");
    }
    h.push_str("</div>");
    if !r.recent.weeks.is_empty() {
        h.push_str("<h2>Last four weeks</h2><table class=\"recent\"><thead><tr><th></th>");
        for w in &r.recent.weeks {
            let _ = write!(h, "<th>{}</th>", esc(w));
        }
        h.push_str("</tr></thead><tbody>");
        for (name, cells) in &r.recent.rows {
            let _ = write!(h, "<tr><th>{}</th>", esc(name));
            for c in cells {
                let _ = write!(h, "<td>{}</td>", lights_html(c));
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table><p class=\"small\">Dose: the highest level that week (L), sets \u{d7} repetitions (or seconds held) per session, and the heaviest added weight.</p>");
    }
    h.push_str("<h2>Events and ratings in these days</h2><div class=\"events\">");
    for s in &r.sections {
        let _ = write!(h, "<section><h3>{}</h3>", esc(s.title));
        if s.items.is_empty() {
            let _ = write!(h, "<p>{}</p>", esc(s.empty));
        } else {
            if let Some(line) = s.earlier_line() {
                let _ = write!(h, "<p class=\"small\">{}</p>", esc(&capitalised(&line)));
            }
            h.push_str("<ul>");
            for item in &s.items {
                let _ = write!(h, "<li>{}</li>", esc(item));
            }
            h.push_str("</ul>");
        }
        h.push_str("</section>");
    }
    h.push_str("</div>");
    if r.notes.is_empty() && r.notes_left_out > 0 {
        let _ = write!(
            h,
            "<p class=\"small\">No notes since {}; {} earlier in the CSV and bundle exports.</p>",
            r.notes_since, r.notes_left_out
        );
    }
    if !r.notes.is_empty() {
        if r.notes_appendix() {
            let _ = write!(
                h,
                "<p class=\"small\">The patient's notes ({}) are on the next page.</p>",
                r.notes.len() + r.notes_left_out
            );
        } else {
            notes_html(&mut h, r);
        }
    }
    if r.notes_appendix() {
        h.push_str("<div class=\"appendix\">");
        let _ = write!(
            h,
            "<header><h1>{}: the patient's notes</h1><div class=\"who\">{who}</div></header>",
            esc(&r.title)
        );
        notes_html(&mut h, r);
        h.push_str("</div>");
    }
    h.push_str("</body></html>\n");
    h
}

fn notes_html(h: &mut String, r: &Report) {
    let _ = write!(
        h,
        "<div class=\"notes\"><h2>The patient's notes since {}</h2>",
        r.notes_since
    );
    if r.notes_left_out > 0 {
        let _ = write!(
            h,
            "<p class=\"small\">{} earlier notes are in the CSV and bundle exports.</p>",
            r.notes_left_out
        );
    }
    h.push_str("<ul>");
    for n in &r.notes {
        let _ = write!(h, "<li>{}</li>", esc(n));
    }
    h.push_str("</ul></div>");
}

/// A light count cell with its colour words coloured.
fn lights_html(cell: &str) -> String {
    let mut out = esc(cell);
    for (word, class) in [("green", "green"), ("amber", "amber"), ("red", "red")] {
        out = out.replace(
            &format!(" {word}"),
            &format!(" <span class=\"{class}\">{word}</span>"),
        );
    }
    out
}

/// Text for a CSS string in double quotes.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            '<' | '>' | '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
