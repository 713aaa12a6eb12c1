//! The clinician's one-page report: one self-contained HTML file (inline SVG charts, a print
//! stylesheet for one A4 page), readable in a minute, in the third person. [`Report`] holds
//! everything it shows, worked out once; [`html`] draws it as HTML ([`write`] saves it) and
//! the window's preview (`ui::report_preview`) draws the same [`Report`] natively. Its charts
//! are drawn from [`crate::analysis::series`], as the Progress screen's are.
//!
//! The report is written in the language the caller asks for ([`report_in`], [`write_in`]):
//! the clinician reads it. [`report`] and [`write`] use the app's current language, which is
//! the patient's when they export it and the clinician's in the review window.

mod html;

pub use self::html::html;

use super::Prepared;
use crate::analysis::periods::Period;
use crate::analysis::reasons::{adherence_words, points, signed};
use crate::analysis::series::{self, Series, SeriesInput};
use crate::analysis::{Light, Progress, StatusKind, Voice};
use crate::i18n::{self, Lang, Words, format};
use crate::model::{EventKind, Profile, Programme};
use crate::t_in;
use chrono::{Datelike, Duration, NaiveDate};
use std::io::{self, Write};

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
/// up to that day ([`super::as_of`]); the range limits only the tables and charts. Why there
/// is none is said in `lang`.
pub fn context(data: &Prepared, lang: Lang) -> io::Result<ReportContext<'_>> {
    let (Some(profile), Some(programme), Some(progress)) =
        (&data.profile, &data.programme, &data.progress)
    else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            t_in!(Words::for_language(lang), "report-no-data"),
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

/// A colour for a chart's line, named for what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Neutral.
    Plain,
    /// Good: a target, green.
    Good,
    /// Needs a look: a threshold, amber.
    Caution,
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
    /// How values are grouped: programme weeks or calendar months.
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
    pub title: String,
    /// The items shown, oldest first.
    pub items: Vec<String>,
    /// Items left out (older ones), shown as a count.
    pub earlier: usize,
    /// What to show when there is nothing.
    pub empty: String,
    /// The line saying how many were left out, in the report's language.
    earlier_words: Option<String>,
}

impl Section {
    fn of(words: &Words, lang: Lang, title: String, mut items: Vec<String>) -> Self {
        let earlier = items.len().saturating_sub(LIST_LIMIT);
        items.drain(..earlier);
        let earlier_words = (earlier > 0).then(|| {
            let n = i64::try_from(earlier).unwrap_or(i64::MAX);
            t_in!(
                words,
                "report-section-earlier",
                count = n,
                count_text = format::count(lang, n)
            )
        });
        Self {
            title,
            items,
            earlier,
            empty: t_in!(words, "report-section-empty"),
            earlier_words,
        }
    }

    /// "and 3 earlier (all are in the CSV, bundle and FHIR exports)", when some were left out.
    #[must_use]
    pub fn earlier_line(&self) -> Option<String> {
        self.earlier_words.clone()
    }
}

/// Everything the report shows, worked out once from the prepared data.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The language it is written in.
    pub lang: Lang,
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
    pub headline: String,
    /// What it means, in the clinician's words.
    pub meaning: String,
    /// Why, in the clinician's words.
    pub reasons: Vec<String>,
    /// The key numbers against the programme's thresholds.
    pub numbers: Vec<(String, String)>,
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

    /// The heading of the last four weeks' table, in the report's language.
    #[must_use]
    pub fn recent_heading(&self) -> String {
        t_in!(Words::for_language(self.lang), "report-recent-heading")
    }

    /// The heading of the notes: "The patient's notes since 14/09/2026".
    #[must_use]
    pub fn notes_heading(&self) -> String {
        t_in!(
            Words::for_language(self.lang),
            "report-notes-heading",
            date = day(self.lang, self.notes_since)
        )
    }

    /// How many notes were left out and where they are, when some were.
    #[must_use]
    pub fn notes_earlier_line(&self) -> Option<String> {
        (self.notes_left_out > 0).then(|| {
            let (count, count_text) = counted(
                self.lang,
                i64::try_from(self.notes_left_out).unwrap_or(i64::MAX),
            );
            t_in!(
                Words::for_language(self.lang),
                "report-notes-earlier",
                count = count,
                count_text = count_text
            )
        })
    }
}

/// The report of prepared data in the app's current language, or why there is none.
pub fn report(data: &Prepared) -> io::Result<Report> {
    report_in(data, i18n::language())
}

/// The report of prepared data in `lang` (the clinician's), or why there is none.
pub fn report_in(data: &Prepared, lang: Lang) -> io::Result<Report> {
    let words = Words::for_language(lang);
    let c = context(data, lang)?;
    let p: &Progress = c.progress;
    let s = p.status();
    let on = c.on;
    let first = c.first.min(on);
    let code_given = !c.profile.patient_code.trim().is_empty() || data.options.pseudonymise;
    let name = data.patient_label.as_str();
    let patient = if code_given {
        t_in!(words, "report-patient", name = name)
    } else {
        t_in!(words, "report-patient-pseudonym", name = name)
    };
    let notes_since = (on - Duration::weeks(NOTES_WEEKS) + Duration::days(1)).max(first);
    let (notes, notes_left_out) = notes(words, lang, data, notes_since);
    let series = series::series(
        &SeriesInput {
            progress: p,
            journal: &data.journal,
            start: c.profile.start_date,
            programme_changes: &[],
        },
        first,
        on,
        series::report_period(first, on),
    );
    Ok(Report {
        lang,
        title: t_in!(words, "report-title"),
        patient,
        name: data.patient_label.clone(),
        meta: meta_line(data, &c, lang),
        status: s.status,
        stated: s.clone(),
        as_of: on,
        headline: s.status.headline_in(lang, Voice::Clinician),
        meaning: s.status.meaning_in(lang, Voice::Clinician),
        reasons: p.reasons_in(lang, Voice::Clinician),
        numbers: key_numbers(words, lang, p),
        pain_chart: pain_chart(words, lang, p, &series),
        adherence_chart: adherence_chart(words, lang, p, &series),
        recent: recent_table(words, lang, p, data, first, on),
        sections: sections(words, lang, p, data, first),
        notes,
        notes_left_out,
        notes_since,
        footer: t_in!(
            words,
            "report-footer",
            programme = c.programme.name.as_str(),
            version = env!("CARGO_PKG_VERSION")
        ),
    })
}

/// A day as the report writes it: in digits, as the language writes them.
fn day(lang: Lang, date: NaiveDate) -> String {
    format::short_date(lang, date)
}

/// A count of days (or anything else) for a message: the number to choose the plural by,
/// and its text.
fn counted(lang: Lang, n: impl Into<i64>) -> (i64, String) {
    let n = n.into();
    (n, format::count(lang, n))
}

/// The key numbers against the programme's thresholds.
fn key_numbers(words: &Words, lang: Lang, p: &Progress) -> Vec<(String, String)> {
    let s = p.status();
    let e = &p.escalation;
    let rule = &e.rule;
    let baseline = baseline_line(words, lang, p);
    let current = current_line(words, lang, p);
    let change = match e.improvement {
        Some(i) => t_in!(
            words,
            "report-number-change-value",
            change = crate::analysis::reasons::change_words(lang, &i),
            points = points(lang, rule.important_change_points),
            percent = format::decimal(lang, rule.important_change_pct, 0)
        ),
        None => t_in!(words, "report-number-change-not-yet"),
    };
    vec![
        (
            t_in!(words, "report-number-week"),
            t_in!(
                words,
                "report-number-week-value",
                week = format::count(lang, i64::from(s.week)),
                checkin = format::count(lang, i64::from(rule.checkin_week)),
                decision = format::count(lang, i64::from(s.decision_week))
            ),
        ),
        (
            t_in!(words, "report-number-sessions"),
            t_in!(
                words,
                "report-number-sessions-value",
                adherence = adherence_words(lang, &p.adherence),
                threshold = format::decimal(lang, rule.adherence_min_pct, 0)
            ),
        ),
        (t_in!(words, "report-number-baseline"), baseline),
        (t_in!(words, "report-number-current"), current),
        (t_in!(words, "report-number-change"), change),
        (
            t_in!(words, "report-number-psfs"),
            psfs_line(words, lang, p),
        ),
        (
            t_in!(words, "report-number-sitting"),
            sitting_line(words, lang, p),
        ),
    ]
}

/// Worst pain at the start against the days it is taken over, or why it is not worked out.
fn baseline_line(words: &Words, lang: Lang, p: &Progress) -> String {
    let e = &p.escalation;
    let rule = &e.rule;
    e.baseline.value().map_or_else(
        || {
            let (needs, needs_text) = counted(lang, rule.baseline_min_entries);
            let (days, days_text) = counted(lang, rule.baseline_days);
            let (_, have_text) = counted(lang, e.baseline.window.days_with_entries);
            t_in!(
                words,
                "report-number-baseline-not-yet",
                needs = needs,
                needs_text = needs_text,
                days = days,
                days_text = days_text,
                have_text = have_text
            )
        },
        |b| {
            let (days, days_text) = counted(lang, rule.baseline_days);
            let pain = crate::analysis::reasons::pain(lang, b);
            match e.baseline.source {
                crate::analysis::BaselineSource::FirstDays => t_in!(
                    words,
                    "report-number-baseline-first",
                    pain = pain,
                    days = days,
                    days_text = days_text
                ),
                crate::analysis::BaselineSource::DaysBefore => t_in!(
                    words,
                    "report-number-baseline-before",
                    pain = pain,
                    days = days,
                    days_text = days_text
                ),
            }
        },
    )
}

/// Worst pain lately against the days it is taken over, or why it is not worked out.
fn current_line(words: &Words, lang: Lang, p: &Progress) -> String {
    let e = &p.escalation;
    let rule = &e.rule;
    e.current.mean.map_or_else(
        || {
            let (needs, needs_text) = counted(lang, rule.current_min_entries);
            let (days, days_text) = counted(lang, rule.current_days);
            let (_, have_text) = counted(lang, e.current.days_with_entries);
            t_in!(
                words,
                "report-number-current-not-yet",
                needs = needs,
                needs_text = needs_text,
                days = days,
                days_text = days_text,
                have_text = have_text
            )
        },
        |c| {
            let (days, days_text) = counted(lang, rule.current_days);
            t_in!(
                words,
                "report-number-current-value",
                pain = crate::analysis::reasons::pain(lang, c),
                days = days,
                days_text = days_text
            )
        },
    )
}

/// The PSFS change, or why it is not worked out.
fn psfs_line(words: &Words, lang: Lang, p: &Progress) -> String {
    let e = &p.escalation;
    let ps = &e.psfs;
    match (ps.baseline.value(), ps.current.mean, ps.change) {
        (Some(b), Some(c), Some(change)) => t_in!(
            words,
            "report-number-psfs-value",
            start = format::decimal(lang, b, 1),
            lately = format::decimal(lang, c, 1),
            change = signed(lang, change, 1, "points"),
            important = points(lang, e.rule.psfs_important_change)
        ),
        (None, _, _) => {
            let (days, days_text) = counted(lang, e.rule.baseline_days);
            t_in!(
                words,
                "report-number-psfs-no-start",
                days = days,
                days_text = days_text
            )
        }
        _ => {
            let (days, days_text) = counted(lang, e.rule.current_days);
            t_in!(
                words,
                "report-number-psfs-no-lately",
                days = days,
                days_text = days_text
            )
        }
    }
}

/// Sitting tolerance at the start and lately, or why not.
fn sitting_line(words: &Words, lang: Lang, p: &Progress) -> String {
    let st = &p.sitting;
    let mins = |v: f64| {
        t_in!(
            words,
            "report-minutes",
            minutes = format::decimal(lang, v, 0)
        )
    };
    match (st.baseline.value(), st.current.mean) {
        (Some(b), Some(c)) => t_in!(
            words,
            "report-number-sitting-both",
            start = mins(b),
            lately = mins(c),
            change = signed(lang, c - b, 0, "min")
        ),
        (Some(b), None) => t_in!(words, "report-number-sitting-start-only", start = mins(b)),
        (None, Some(c)) => t_in!(words, "report-number-sitting-lately-only", lately = mins(c)),
        (None, None) => t_in!(words, "report-number-sitting-none"),
    }
}

/// The report's heading line: programme, start, side, dates covered, time of export.
#[must_use]
pub fn meta_line(data: &Prepared, c: &ReportContext<'_>, lang: Lang) -> String {
    t_in!(
        Words::for_language(lang),
        "report-meta",
        programme = c.programme.name.as_str(),
        start = day(lang, c.profile.start_date),
        side = c.profile.affected_side.name_in(Words::for_language(lang)),
        first = day(lang, c.first),
        last = day(lang, c.on),
        exported = day(lang, data.options.exported_at.date_naive()),
        time = data.options.exported_at.format("%H:%M").to_string()
    )
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
fn x_ticks(lang: Lang, first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, String)> {
    if (last - first).num_days() <= 62 {
        // Up to two months: a tick each week, labelled with its day.
        return first
            .iter_weeks()
            .take_while(|d| *d <= last)
            .map(|d| (d, format::day_month(lang, d)))
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
                    format::short_month_year(lang, d)
                } else {
                    format::short_month(lang, d)
                }
            } else if n <= 48 {
                match d.month() {
                    1 => d.year().to_string(),
                    4 | 7 | 10 => format::short_month(lang, d),
                    _ => String::new(),
                }
            } else if d.month() == 1 && (n <= 84 || d.year() % 2 == 0) {
                d.year().to_string()
            } else {
                String::new()
            };
            (d, label)
        })
        .collect()
}

/// Where a period's point goes: the middle day of the part of `from..=to` the chart covers.
fn point_day(s: &Series, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    let (a, b) = s.shown(from, to)?;
    Some(a + Duration::days((b - a).num_days() / 2))
}

/// How a chart's values are grouped, as its title's message chooses its word ("weekly").
fn grouping(period: Period) -> &'static str {
    match period {
        Period::Day => "day",
        Period::Week => "week",
        Period::Month => "month",
        Period::Quarter => "quarter",
        Period::Year => "year",
    }
}

fn pain_chart(words: &Words, lang: Lang, p: &Progress, s: &Series) -> Chart {
    let points = s
        .pain_means
        .iter()
        .filter_map(|m| Some((point_day(s, m.from, m.to)?, m.mean)))
        .collect();
    let mut lines = Vec::new();
    if let Some(b) = p.escalation.baseline.value() {
        let rule = &p.escalation.rule;
        let target = crate::analysis::pain::target(b, rule);
        lines.push((
            b,
            t_in!(
                words,
                "report-chart-start",
                value = format::decimal(lang, b, 1)
            ),
            Tone::Plain,
        ));
        lines.push((
            target,
            t_in!(
                words,
                "report-chart-target",
                value = format::decimal(lang, target, 1)
            ),
            Tone::Good,
        ));
    }
    let marks = s
        .injections
        .iter()
        .map(|i| {
            (
                i.date,
                i.side.map_or_else(
                    || t_in!(words, "report-chart-injection"),
                    |s| {
                        t_in!(
                            words,
                            "report-chart-injection-side",
                            side = s.name_in(words)
                        )
                    },
                ),
            )
        })
        .collect();
    Chart {
        title: t_in!(words, "report-chart-pain", period = grouping(s.period)),
        first: s.first,
        last: s.last,
        period: s.period,
        y_max: 10.0,
        y_ticks: (0..=5)
            .map(|i| (f64::from(i * 2), format::count(lang, i64::from(i * 2))))
            .collect(),
        x_ticks: x_ticks(lang, s.first, s.last),
        points,
        lines,
        marks,
        bands: s.flare_runs(),
    }
}

fn adherence_chart(words: &Words, lang: Lang, p: &Progress, s: &Series) -> Chart {
    let points = s
        .adherence
        .iter()
        .filter_map(|a| Some((point_day(s, a.from, a.to)?, a.pct?)))
        .collect();
    let threshold = p.escalation.rule.adherence_min_pct;
    Chart {
        title: t_in!(
            words,
            "report-chart-sessions",
            period = grouping(s.bar_period)
        ),
        first: s.first,
        last: s.last,
        period: s.bar_period,
        y_max: 100.0,
        y_ticks: (0..=4)
            .map(|i| (f64::from(i * 25), format::count(lang, i64::from(i * 25))))
            .collect(),
        x_ticks: x_ticks(lang, s.first, s.last),
        points,
        lines: vec![(
            threshold,
            t_in!(
                words,
                "report-chart-threshold",
                value = format::decimal(lang, threshold, 0)
            ),
            Tone::Caution,
        )],
        marks: Vec::new(),
        bands: Vec::new(),
    }
}

/// The last four programme weeks up to the day assessed: sessions, lights, worst pain and
/// the dose of each exercise.
fn recent_table(
    words: &Words,
    lang: Lang,
    p: &Progress,
    data: &Prepared,
    first: NaiveDate,
    on: NaiveDate,
) -> RecentTable {
    let mut weeks: Vec<_> = p
        .adherence
        .weeks
        .iter()
        .filter(|words| words.to >= first && words.from <= on)
        .collect();
    weeks.drain(..weeks.len().saturating_sub(RECENT_WEEKS));
    if weeks.is_empty() {
        return RecentTable::default();
    }
    let headings = weeks
        .iter()
        .map(|wk| {
            t_in!(
                words,
                "report-recent-week",
                week = format::count(lang, i64::from(wk.week)),
                from = format::day_month(lang, wk.from),
                to = format::day_month(lang, wk.to)
            )
        })
        .collect();
    let mut rows = Vec::new();
    rows.push((
        t_in!(words, "report-recent-sessions"),
        weeks
            .iter()
            .map(|wk| {
                format!(
                    "{} / {}",
                    format::count(lang, i64::from(wk.done)),
                    format::decimal(lang, wk.prescribed, 1)
                )
            })
            .collect(),
    ));
    rows.push((
        t_in!(words, "report-recent-lights"),
        weeks
            .iter()
            .map(|wk| lights_cell(words, lang, p, wk))
            .collect(),
    ));
    rows.push((
        t_in!(words, "report-recent-pain"),
        weeks
            .iter()
            .map(|wk| pain_cell(words, lang, p, wk))
            .collect(),
    ));
    rows.extend(dose_rows(words, lang, p, data, &weeks));
    RecentTable {
        weeks: headings,
        rows,
    }
}

/// A week's session lights counted by colour; a light still waiting for its next-morning
/// score is counted as provisional, not as a final colour.
fn lights_cell(
    words: &Words,
    lang: Lang,
    p: &Progress,
    week: &crate::analysis::WeekAdherence,
) -> String {
    let (mut green, mut amber, mut red, mut provisional) = (0, 0, 0, 0);
    for l in p
        .lights
        .iter()
        .filter(|l| l.date >= week.from && l.date <= week.to)
    {
        match l.light.light {
            _ if l.light.provisional => provisional += 1,
            Light::Green => green += 1,
            Light::Amber => amber += 1,
            Light::Red => red += 1,
        }
    }
    let parts: Vec<String> = [
        (green, Some(Light::Green)),
        (amber, Some(Light::Amber)),
        (red, Some(Light::Red)),
        (provisional, None),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, light)| lights_part(words, lang, light, n))
    .collect();
    if parts.is_empty() {
        t_in!(words, "report-lights-none")
    } else {
        parts.join(", ")
    }
}

/// One part of a week's lights cell: "2 green", or for `None` "1 provisional".
pub(crate) fn lights_part(words: &Words, lang: Lang, light: Option<Light>, n: u32) -> String {
    let (count, count_text) = counted(lang, n);
    match light {
        Some(Light::Green) => t_in!(
            words,
            "report-lights-green",
            count = count,
            count_text = count_text
        ),
        Some(Light::Amber) => t_in!(
            words,
            "report-lights-amber",
            count = count,
            count_text = count_text
        ),
        Some(Light::Red) => t_in!(
            words,
            "report-lights-red",
            count = count,
            count_text = count_text
        ),
        None => t_in!(
            words,
            "report-lights-provisional",
            count = count,
            count_text = count_text
        ),
    }
}

/// A week's mean and highest worst pain.
fn pain_cell(
    words: &Words,
    lang: Lang,
    p: &Progress,
    week: &crate::analysis::WeekAdherence,
) -> String {
    let days: Vec<f64> = p
        .daily_worst
        .iter()
        .filter(|d| d.date >= week.from && d.date <= week.to)
        .map(|d| d.value)
        .collect();
    if days.is_empty() {
        t_in!(words, "report-recent-no-entries")
    } else {
        let mean = days.iter().sum::<f64>() / days.len() as f64;
        let top = days.iter().copied().fold(0.0, f64::max);
        format!(
            "{} ({})",
            format::decimal(lang, mean, 1),
            format::decimal(lang, top, 0)
        )
    }
}

/// A row per exercise done in these weeks: the dose of each week.
fn dose_rows(
    words: &Words,
    lang: Lang,
    p: &Progress,
    data: &Prepared,
    weeks: &[&crate::analysis::WeekAdherence],
) -> Vec<(String, Vec<String>)> {
    let mut rows = Vec::new();
    for ex in &p.exercises {
        let one_sided = data
            .programme
            .as_ref()
            .and_then(|prog| prog.exercise(&ex.id))
            .is_some_and(|e| e.one_sided);
        let doses: Vec<Option<String>> = weeks
            .iter()
            .map(|wk| {
                ex.weeks.iter().find(|v| v.week == wk.week).map(|v| {
                    let sides = if one_sided { 2.0 } else { 1.0 };
                    let sets = f64::from(v.sets) / f64::from(v.sessions.max(1)) / sides;
                    let each = if v.reps > 0 {
                        format::decimal(lang, f64::from(v.reps) / f64::from(v.sets.max(1)), 0)
                    } else {
                        t_in!(
                            words,
                            "report-dose-seconds",
                            seconds = format::decimal(
                                lang,
                                f64::from(v.hold_secs) / f64::from(v.sets.max(1)),
                                0
                            )
                        )
                    };
                    t_in!(
                        words,
                        "report-dose",
                        level = format::count(lang, i64::from(v.max_level)),
                        sets = format::decimal(lang, sets, 0),
                        each = each,
                        sided = if one_sided { "yes" } else { "no" },
                        load = v
                            .max_load_kg
                            .map_or_else(|| "none".to_owned(), |kg| format::decimal(lang, kg, 1))
                    )
                })
            })
            .collect();
        if doses.iter().any(Option::is_some) {
            let name = data
                .programme
                .as_ref()
                .and_then(|prog| prog.exercise(&ex.id))
                .map_or(ex.name.as_str(), |e| e.name.as_str());
            let cells = doses
                .into_iter()
                .map(|d| d.unwrap_or_else(|| t_in!(words, "report-dose-not-done")))
                .collect();
            rows.push((name.to_owned(), cells));
        }
    }
    rows
}

/// " Note: “…”", or nothing for an empty note.
fn note_words(words: &Words, n: &str) -> String {
    if n.is_empty() {
        String::new()
    } else {
        format!(" {}", t_in!(words, "report-note", note = n))
    }
}

/// A warning sign logged: what, how urgent, and whether it still stands.
fn red_flag_item(
    words: &Words,
    lang: Lang,
    e: &crate::model::Event,
    list: &[crate::model::RedFlagSign],
    standing: &[(NaiveDate, chrono::NaiveTime)],
) -> String {
    let what: Vec<String> = list
        .iter()
        .map(|s| {
            format!(
                "{} ({})",
                s.clinician_label_in(words),
                s.urgency().clinician_advice_in(words)
            )
        })
        .collect();
    let state = if standing.contains(&(e.date, e.time)) {
        t_in!(words, "report-warning-standing")
    } else {
        t_in!(words, "report-warning-seen")
    };
    let item = t_in!(
        words,
        "report-warning-item",
        date = day(lang, e.date),
        time = e.time.format("%H:%M").to_string(),
        signs = what.join("; "),
        state = state
    );
    format!("{item}{}", note_words(words, &e.note))
}

/// An injection logged: side, guidance, and worst pain before and after it.
fn injection_item(
    words: &Words,
    lang: Lang,
    p: &Progress,
    e: &crate::model::Event,
    side: Option<crate::model::Side>,
    guidance: Option<crate::model::Guidance>,
) -> String {
    let effect = p
        .injections
        .iter()
        .find(|i| i.date == e.date)
        .and_then(|i| Some((i, i.improvement?)))
        .map(|(i, change)| {
            // The days compared, so an old injection is never read against today's pain.
            t_in!(
                words,
                "report-injection-effect",
                before =
                    crate::analysis::reasons::pain(lang, i.baseline.value().unwrap_or_default()),
                after = crate::analysis::reasons::pain(lang, i.current.mean.unwrap_or_default()),
                until = day(lang, i.current.to),
                change = crate::analysis::reasons::change_words(lang, &change)
            )
        })
        .unwrap_or_default();
    let item = t_in!(
        words,
        "report-injection-item",
        date = day(lang, e.date),
        side = side.map_or_else(
            || t_in!(words, "report-injection-no-side"),
            |s| t_in!(words, "report-injection-side", side = s.name_in(words))
        ),
        guidance = guidance.map_or(String::new(), |g| format!(", {}", g.words_in(words))),
        effect = effect
    );
    format!("{item}{}", note_words(words, &e.note))
}

/// The events and ratings in the range, newest last, each list capped.
fn sections(
    words: &Words,
    lang: Lang,
    p: &Progress,
    data: &Prepared,
    first: NaiveDate,
) -> Vec<Section> {
    let standing: Vec<_> = p
        .escalation
        .red_flags
        .iter()
        .map(|f| (f.date, f.time))
        .collect();
    let mut signs = Vec::new();
    let mut injections = Vec::new();
    let mut medication = Vec::new();
    let mut visits = Vec::new();
    let mut levels = Vec::new();
    let dated = |e: &crate::model::Event| {
        format!(
            "{}{}",
            t_in!(words, "report-dated-item", date = day(lang, e.date)),
            note_words(words, &e.note)
        )
    };
    for e in data.journal.events() {
        match &e.kind {
            EventKind::RedFlag { signs: list } => {
                signs.push(red_flag_item(words, lang, e, list, &standing));
            }
            EventKind::Injection { side, guidance } => {
                injections.push(injection_item(words, lang, p, e, *side, *guidance));
            }
            EventKind::MedicationChange => medication.push(dated(e)),
            EventKind::ClinicianVisit => visits.push(dated(e)),
            EventKind::LevelChange {
                exercise_id,
                from,
                to,
            } => {
                let name = data.exercise_name(exercise_id);
                levels.push(t_in!(
                    words,
                    "report-level-item",
                    date = day(lang, e.date),
                    exercise = if name.is_empty() { exercise_id } else { name },
                    from = format::count(lang, i64::from(*from)),
                    to = format::count(lang, i64::from(*to))
                ));
            }
        }
    }
    let flares = flare_items(words, lang, p, first);
    let psfs = psfs_items(words, lang, data);
    vec![
        Section::of(
            words,
            lang,
            t_in!(words, "report-section-warning-signs"),
            signs,
        ),
        Section::of(
            words,
            lang,
            t_in!(words, "report-section-injections"),
            injections,
        ),
        Section::of(
            words,
            lang,
            t_in!(words, "report-section-medication"),
            medication,
        ),
        Section::of(words, lang, t_in!(words, "report-section-visits"), visits),
        Section::of(words, lang, t_in!(words, "report-section-levels"), levels),
        Section::of(words, lang, t_in!(words, "report-section-flares"), flares),
        Section::of(words, lang, t_in!(words, "report-section-psfs"), psfs),
    ]
}

/// The runs of flare days from `first`: one day, or the first and last and how many.
fn flare_items(words: &Words, lang: Lang, p: &Progress, first: NaiveDate) -> Vec<String> {
    series::runs(p.flare_days.iter().copied().filter(|d| *d >= first))
        .into_iter()
        .map(|(a, b)| {
            let (n, n_text) = counted(lang, (b - a).num_days() + 1);
            if n == 1 {
                t_in!(words, "report-flare-day", date = day(lang, a))
            } else {
                t_in!(
                    words,
                    "report-flare-run",
                    from = day(lang, a),
                    to = day(lang, b),
                    days = n,
                    days_text = n_text
                )
            }
        })
        .collect()
}

/// The PSFS ratings: the day, the mean and each activity's score.
fn psfs_items(words: &Words, lang: Lang, data: &Prepared) -> Vec<String> {
    data.journal
        .psfs()
        .filter_map(|r| {
            let mean = r.mean()?;
            let scores: Vec<String> = r
                .scores
                .iter()
                .map(|s| {
                    format!(
                        "{} {}",
                        s.activity,
                        format::count(lang, i64::from(s.score.get()))
                    )
                })
                .collect();
            Some(t_in!(
                words,
                "report-psfs-item",
                date = day(lang, r.date),
                mean = format::decimal(lang, mean, 1),
                scores = scores.join(", ")
            ))
        })
        .collect()
}

/// The patient's notes from `since`, oldest first (the newest [`NOTES_IN_APPENDIX`] of
/// them), and how many notes in the range were left out. None when pseudonymised.
fn notes(words: &Words, lang: Lang, data: &Prepared, since: NaiveDate) -> (Vec<String>, usize) {
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
                t_in!(
                    words,
                    "report-note-diary",
                    date = day(lang, d.date),
                    note = d.note.trim()
                ),
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
                        t_in!(
                            words,
                            "report-note-session",
                            date = day(lang, s.date),
                            note = s.note.trim()
                        ),
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

/// Writes the report as of the last day of the export's range (or its last entry), in the
/// app's current language.
pub fn write(data: &Prepared, out: &mut dyn Write) -> io::Result<()> {
    write_in(data, i18n::language(), out)
}

/// Writes the report as [`write`] does, in `lang` (the clinician's).
pub fn write_in(data: &Prepared, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let r = report_in(data, lang)?;
    out.write_all(html(&r).as_bytes())
}

#[cfg(test)]
mod tests;
