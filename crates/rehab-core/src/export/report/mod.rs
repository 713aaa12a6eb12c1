//! The clinician's one-page report: one self-contained HTML file (inline SVG charts, a print
//! stylesheet for one A4 page), readable in a minute, in the third person. [`Report`] holds
//! everything it shows, worked out once; [`html`] draws it as HTML ([`write`] saves it) and
//! the window's preview (`ui::report_preview`) draws the same [`Report`] natively. Its charts
//! are drawn from [`crate::analysis::series`], as the Progress screen's are.

mod html;

pub use self::html::html;

use super::Prepared;
use crate::analysis::periods::Period;
use crate::analysis::reasons::{adherence_words, num, pain, points, signed};
use crate::analysis::series::{self, Series, SeriesInput};
use crate::analysis::{Light, Progress, StatusKind, Voice};
use crate::model::{EventKind, Profile, Programme};
use chrono::{Datelike, Duration, NaiveDate};
use std::io::{self, Write};

/// The language the report's words are in: the current one (the clinician's, on the
/// clinician's machine).
fn lang() -> crate::i18n::Lang {
    crate::i18n::language()
}

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
    pub headline: String,
    /// What it means, in the clinician's words.
    pub meaning: String,
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
        title: "Home exercise programme: clinician report".to_owned(),
        patient,
        name: data.patient_label.clone(),
        meta: meta_line(data, &c),
        status: s.status,
        stated: s.clone(),
        as_of: on,
        headline: s.status.headline_in(lang(), Voice::Clinician),
        meaning: s.status.meaning_in(lang(), Voice::Clinician),
        reasons: p.reasons_in(lang(), Voice::Clinician),
        numbers: key_numbers(p),
        pain_chart: pain_chart(p, &series),
        adherence_chart: adherence_chart(p, &series),
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
                adherence_words(lang(), &p.adherence),
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
                        pain(lang(), b),
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
                |c| format!("{} / 10 (last {} days)", pain(lang(), c), rule.current_days),
            ),
        ),
        (
            "Change",
            match e.improvement {
                Some(i) => format!(
                    "{}; target {} or {} %",
                    crate::analysis::reasons::change_words(lang(), &i),
                    points(lang(), rule.important_change_points),
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
            signed(lang(), change, 1, "points"),
            points(lang(), e.rule.psfs_important_change)
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
            signed(lang(), c - b, 0, "min")
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

/// Where a period's point goes: the middle day of the part of `from..=to` the chart covers.
fn point_day(s: &Series, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    let (a, b) = s.shown(from, to)?;
    Some(a + Duration::days((b - a).num_days() / 2))
}

/// "weekly" or "monthly": how a chart's values are grouped, for its title.
fn grouping_word(period: Period) -> &'static str {
    match period {
        Period::Day => "daily",
        Period::Week => "weekly",
        Period::Month => "monthly",
        Period::Quarter => "quarterly",
        Period::Year => "yearly",
    }
}

fn pain_chart(p: &Progress, s: &Series) -> Chart {
    let points = s
        .pain_means
        .iter()
        .filter_map(|m| Some((point_day(s, m.from, m.to)?, m.mean)))
        .collect();
    let mut lines = Vec::new();
    if let Some(b) = p.escalation.baseline.value() {
        let rule = &p.escalation.rule;
        let target = crate::analysis::pain::target(b, rule);
        lines.push((b, format!("start {}", num(b, 1)), Tone::Plain));
        lines.push((target, format!("target {}", num(target, 1)), Tone::Good));
    }
    let marks = s
        .injections
        .iter()
        .map(|i| {
            (
                i.date,
                format!(
                    "injection{}",
                    i.side.map_or(String::new(), |s| format!(" {}", s.word()))
                ),
            )
        })
        .collect();
    Chart {
        title: format!("Worst pain, {} mean (0-10)", grouping_word(s.period)),
        first: s.first,
        last: s.last,
        period: s.period,
        y_max: 10.0,
        y_ticks: (0..=5)
            .map(|i| (f64::from(i * 2), (i * 2).to_string()))
            .collect(),
        x_ticks: x_ticks(s.first, s.last),
        points,
        lines,
        marks,
        bands: s.flare_runs(),
    }
}

fn adherence_chart(p: &Progress, s: &Series) -> Chart {
    let points = s
        .adherence
        .iter()
        .filter_map(|a| Some((point_day(s, a.from, a.to)?, a.pct?)))
        .collect();
    let threshold = p.escalation.rule.adherence_min_pct;
    Chart {
        title: format!(
            "Sessions done, % of prescribed ({})",
            grouping_word(s.bar_period)
        ),
        first: s.first,
        last: s.last,
        period: s.bar_period,
        y_max: 100.0,
        y_ticks: (0..=4)
            .map(|i| (f64::from(i * 25), format!("{}", i * 25)))
            .collect(),
        x_ticks: x_ticks(s.first, s.last),
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
        weeks.iter().map(|w| lights_cell(p, w)).collect(),
    ));
    rows.push((
        "Worst pain, mean (max)".to_owned(),
        weeks.iter().map(|w| pain_cell(p, w)).collect(),
    ));
    rows.extend(dose_rows(p, data, &weeks));
    RecentTable {
        weeks: headings,
        rows,
    }
}

/// A week's session lights counted by colour; a light still waiting for its next-morning
/// score is counted as provisional, not as a final colour.
fn lights_cell(p: &Progress, w: &crate::analysis::WeekAdherence) -> String {
    let (mut green, mut amber, mut red, mut provisional) = (0, 0, 0, 0);
    for l in p
        .lights
        .iter()
        .filter(|l| l.date >= w.from && l.date <= w.to)
    {
        match l.light.light {
            _ if l.light.provisional => provisional += 1,
            Light::Green => green += 1,
            Light::Amber => amber += 1,
            Light::Red => red += 1,
        }
    }
    let parts: Vec<String> = [
        (green, "green"),
        (amber, "amber"),
        (red, "red"),
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
}

/// A week's mean and highest worst pain.
fn pain_cell(p: &Progress, w: &crate::analysis::WeekAdherence) -> String {
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
}

/// A row per exercise done in these weeks: the dose of each week.
fn dose_rows(
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
    rows
}

/// " Note: “…”", or nothing for an empty note.
fn note_words(n: &str) -> String {
    if n.is_empty() {
        String::new()
    } else {
        format!(" Note: \u{201c}{n}\u{201d}")
    }
}

/// A warning sign logged: what, how urgent, and whether it still stands.
fn red_flag_item(
    e: &crate::model::Event,
    list: &[crate::model::RedFlagSign],
    standing: &[(NaiveDate, chrono::NaiveTime)],
) -> String {
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
    format!(
        "{} {}: {}; {state}.{}",
        e.date,
        e.time.format("%H:%M"),
        what.join("; "),
        note_words(&e.note)
    )
}

/// An injection logged: side, guidance, and worst pain before and after it.
fn injection_item(
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
            format!(
                "; worst pain {} before, {} by {}: {}",
                pain(lang(), i.baseline.value().unwrap_or_default()),
                pain(lang(), i.current.mean.unwrap_or_default()),
                i.current.to,
                crate::analysis::reasons::change_words(lang(), &change)
            )
        })
        .unwrap_or_default();
    format!(
        "{}: {}{}{effect}.{}",
        e.date,
        side.map_or_else(
            || "side not given".to_owned(),
            |s| format!("{} side", s.word())
        ),
        guidance.map_or(String::new(), |g| format!(", {}", g.words())),
        note_words(&e.note)
    )
}

/// The events and ratings in the range, newest last, each list capped.
fn sections(p: &Progress, data: &Prepared, first: NaiveDate) -> Vec<Section> {
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
    for e in data.journal.events() {
        match &e.kind {
            EventKind::RedFlag { signs: list } => {
                signs.push(red_flag_item(e, list, &standing));
            }
            EventKind::Injection { side, guidance } => {
                injections.push(injection_item(p, e, *side, *guidance));
            }
            EventKind::MedicationChange => {
                medication.push(format!("{}.{}", e.date, note_words(&e.note)));
            }
            EventKind::ClinicianVisit => {
                visits.push(format!("{}.{}", e.date, note_words(&e.note)));
            }
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
    let flares: Vec<String> = series::runs(p.flare_days.iter().copied().filter(|d| *d >= first))
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

/// Writes the report as of the last day of the export's range (or its last entry).
pub fn write(data: &Prepared, out: &mut dyn Write) -> io::Result<()> {
    let r = report(data)?;
    out.write_all(html(&r).as_bytes())
}

#[cfg(test)]
mod tests;
