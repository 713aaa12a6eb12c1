//! CSV tables: one row per set, session, diary entry, event and PSFS activity score, the
//! status against the programme's rule (one row), and the programme (a row per exercise).
//!
//! UTF-8 with a byte-order mark (so a double-click opens it right in Excel), comma-separated,
//! a header row, LF line ends, and fields quoted by RFC 4180 when they hold a comma, a quote
//! or a line break. Every table starts with the `patient` column (the code or pseudonym), so
//! two patients' tables cannot be mixed up. Dates are ISO 8601 (`2026-11-24`), times
//! `18:30:00`, booleans always `true` or `false` (never empty), and a missing number is an
//! empty field. Every column is described in `docs/export-format.md`.

use super::Prepared;
use crate::model::{Amount, BandStrength, DayState, EventKind, Guidance, Load, SetLog, Side};
use std::io::{self, Write};

/// The UTF-8 byte-order mark that starts each file.
pub const BOM: &str = "\u{feff}";

/// One CSV table of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    /// `sets.csv`: a row per set.
    Sets,
    /// `sessions.csv`: a row per session, with its traffic light.
    Sessions,
    /// `diary.csv`: a row per diary entry.
    Diary,
    /// `events.csv`: a row per event.
    Events,
    /// `psfs.csv`: a row per activity of each PSFS rating.
    Psfs,
    /// `status.csv`: one row, where the whole diary stands against the programme's rule as
    /// of the export's last day, with its numbers.
    Status,
    /// `programme.csv`: a row per exercise of each programme in force (the current one and
    /// those before it), with its level, dose and schedule.
    Programme,
}

/// The columns of `sets.csv`.
const SETS_COLUMNS: &[&str] = &[
    "patient",
    "session_id",
    "date",
    "time",
    "exercise_id",
    "exercise_name",
    "level",
    "set_number",
    "side",
    "reps",
    "hold_secs",
    "load",
    "load_kg",
    "band_strength",
    "band_colour",
    "band_doubled",
    "exercise_pain_during",
    "exercise_effort",
    "exercise_note",
];

/// The columns of `sessions.csv`.
const SESSIONS_COLUMNS: &[&str] = &[
    "patient",
    "session_id",
    "date",
    "time",
    "programme_week",
    "exercises",
    "sets",
    "pain_during_max",
    "next_morning_pain",
    "usual_morning_pain",
    "light",
    "light_provisional",
    "pain_building",
    "effort",
    "note",
];

/// The columns of `diary.csv`.
const DIARY_COLUMNS: &[&str] = &[
    "patient",
    "entry_id",
    "date",
    "time",
    "programme_week",
    "pain_now",
    "worst_24h",
    "sitting_mins",
    "day_state",
    "snapping",
    "pain_buttock",
    "pain_hip",
    "pain_groin",
    "pain_back_of_thigh",
    "note",
];

/// The columns of `events.csv`.
const EVENTS_COLUMNS: &[&str] = &[
    "patient",
    "event_id",
    "date",
    "time",
    "programme_week",
    "kind",
    "side",
    "guidance",
    "red_flag_signs",
    "red_flag_urgent",
    "exercise_id",
    "level_from",
    "level_to",
    "note",
];

/// The columns of `psfs.csv`.
const PSFS_COLUMNS: &[&str] = &[
    "patient",
    "entry_id",
    "date",
    "time",
    "programme_week",
    "activity_number",
    "activity",
    "score",
];

/// The columns of `status.csv`.
const STATUS_COLUMNS: &[&str] = &[
    "patient",
    "as_of",
    "programme_week",
    "decision_week",
    "status",
    "adherence_pct",
    "adherence_min_pct",
    "baseline_pain",
    "current_pain",
    "improvement_points",
    "improvement_pct",
    "important_change_points",
    "important_change_pct",
    "psfs_change",
    "last_entry",
    "days_without_entries",
    "quiet_after_days",
    "quiet",
    "injection_date",
    "injection_pain_before",
    "injection_pain_after",
    "injection_change_points",
    "injection_measured_to",
];

/// The columns of `programme.csv`.
const PROGRAMME_COLUMNS: &[&str] = &[
    "patient",
    "programme",
    "in_force",
    "in_force_from",
    "in_force_until",
    "sessions_per_week",
    "training_days",
    "exercise_id",
    "exercise_name",
    "enabled",
    "held",
    "one_sided",
    "level",
    "levels",
    "level_name",
    "sets_min",
    "sets_max",
    "target",
    "target_min",
    "target_max",
];

impl Table {
    /// Every table, in the order written.
    pub const ALL: [Self; 7] = [
        Self::Sessions,
        Self::Sets,
        Self::Diary,
        Self::Events,
        Self::Psfs,
        Self::Status,
        Self::Programme,
    ];

    /// The file name.
    #[must_use]
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Sets => "sets.csv",
            Self::Sessions => "sessions.csv",
            Self::Diary => "diary.csv",
            Self::Events => "events.csv",
            Self::Psfs => "psfs.csv",
            Self::Status => "status.csv",
            Self::Programme => "programme.csv",
        }
    }

    /// The header row.
    #[must_use]
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Self::Sets => SETS_COLUMNS,
            Self::Sessions => SESSIONS_COLUMNS,
            Self::Diary => DIARY_COLUMNS,
            Self::Events => EVENTS_COLUMNS,
            Self::Psfs => PSFS_COLUMNS,
            Self::Status => STATUS_COLUMNS,
            Self::Programme => PROGRAMME_COLUMNS,
        }
    }
}

/// Writes one table, header first.
pub fn write_table(table: Table, data: &Prepared, w: &mut impl Write) -> io::Result<()> {
    w.write_all(BOM.as_bytes())?;
    let mut out = Writer::new(w);
    out.row(table.columns().iter().copied().map(Cell::from))?;
    out.patient = Some(data.patient_label.clone());
    match table {
        Table::Sets => write_sets(data, &mut out),
        Table::Sessions => write_sessions(data, &mut out),
        Table::Diary => write_diary(data, &mut out),
        Table::Events => write_events(data, &mut out),
        Table::Psfs => write_psfs(data, &mut out),
        Table::Status => write_status(data, &mut out),
        Table::Programme => write_programme(data, &mut out),
    }?;
    out.csv.flush()
}

/// One field: plain (numbers, codes, dates) or free text typed by a person.
enum Cell<'a> {
    Plain(String),
    Str(&'a str),
    Text(&'a str),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(s: &'a str) -> Self {
        Self::Str(s)
    }
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "called with small Copy values: ids, scores, dates"
)]
fn num(value: impl ToString) -> Cell<'static> {
    Cell::Plain(value.to_string())
}

fn opt(value: Option<impl ToString>) -> Cell<'static> {
    Cell::Plain(value.map(|v| v.to_string()).unwrap_or_default())
}

fn flag(value: bool) -> Cell<'static> {
    Cell::Str(if value { "true" } else { "false" })
}

/// The rows of one table, through the `csv` crate: comma-separated, LF line ends, a field
/// quoted (quotes doubled) only when it holds a comma, a quote or a line break.
struct Writer<'w, W: Write> {
    csv: csv::Writer<&'w mut W>,
    /// Written as the first field of every row after the header.
    patient: Option<String>,
}

impl<'w, W: Write> Writer<'w, W> {
    fn new(w: &'w mut W) -> Self {
        Self {
            csv: csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .quote_style(csv::QuoteStyle::Necessary)
                .from_writer(w),
            patient: None,
        }
    }

    fn row<'c>(&mut self, cells: impl IntoIterator<Item = Cell<'c>>) -> io::Result<()> {
        if let Some(patient) = &self.patient {
            self.csv.write_field(as_text(patient).as_ref())?;
        }
        for cell in cells {
            match cell {
                Cell::Plain(s) => self.csv.write_field(s)?,
                Cell::Str(s) => self.csv.write_field(s)?,
                Cell::Text(s) => self.csv.write_field(as_text(s).as_ref())?,
            }
        }
        self.csv.write_record(None::<&[u8]>)?;
        Ok(())
    }
}

/// Text typed by a person, as written. A cell starting with one of these is run as a
/// formula by spreadsheets; a leading apostrophe keeps it text (OWASP "CSV injection").
fn as_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

fn side_word(side: Option<Side>) -> &'static str {
    side.map_or("", Side::word)
}

fn band_words(strength: BandStrength) -> (&'static str, &'static str) {
    match strength {
        BandStrength::ExtraLight => ("extra_light", "yellow"),
        BandStrength::Light => ("light", "red"),
        BandStrength::Medium => ("medium", "green"),
        BandStrength::Heavy => ("heavy", "blue"),
        BandStrength::ExtraHeavy => ("extra_heavy", "black"),
    }
}

fn set_cells(set: &SetLog) -> [Cell<'static>; 8] {
    let (reps, hold) = match set.amount {
        Amount::Reps(r) => (num(r), Cell::Str("")),
        Amount::HoldSecs(h) => (Cell::Str(""), num(h)),
    };
    let (load, kg, strength, colour, doubled) = match set.load {
        Load::Bodyweight => ("bodyweight", Cell::Str(""), "", "", flag(false)),
        Load::Kg(kg) => ("kg", num(kg.kg()), "", "", flag(false)),
        Load::Band(band) => {
            let (strength, colour) = band_words(band.strength);
            ("band", Cell::Str(""), strength, colour, flag(band.doubled))
        }
    };
    [
        Cell::Str(side_word(set.side)),
        reps,
        hold,
        Cell::Str(load),
        kg,
        Cell::Str(strength),
        Cell::Str(colour),
        doubled,
    ]
}

fn write_sets<W: Write>(data: &Prepared, out: &mut Writer<'_, W>) -> io::Result<()> {
    for s in data.journal.sessions() {
        for e in &s.exercises {
            for (i, set) in e.sets.iter().enumerate() {
                let head = [
                    num(s.id),
                    num(s.date),
                    num(s.time),
                    Cell::Str(&e.exercise_id),
                    Cell::Text(data.exercise_name(&e.exercise_id)),
                    num(e.level),
                    num(i + 1),
                ];
                let tail = [opt(e.pain_during), opt(e.effort), Cell::Text(&e.note)];
                out.row(head.into_iter().chain(set_cells(set)).chain(tail))?;
            }
        }
    }
    Ok(())
}

fn write_sessions<W: Write>(data: &Prepared, out: &mut Writer<'_, W>) -> io::Result<()> {
    for s in data.journal.sessions() {
        let light = data.lights.get(&s.id);
        let sets: usize = s.exercises.iter().map(|e| e.sets.len()).sum();
        out.row([
            num(s.id),
            num(s.date),
            num(s.time),
            opt(data.week_of(s.date)),
            num(s.exercises.len()),
            num(sets),
            opt(s.max_pain_during()),
            opt(s.next_morning_pain),
            opt(light.map(|l| l.usual_morning)),
            Cell::Str(light.map_or("", |l| match l.light {
                crate::analysis::Light::Green => "green",
                crate::analysis::Light::Amber => "amber",
                crate::analysis::Light::Red => "red",
            })),
            flag(light.is_some_and(|l| l.provisional)),
            flag(light.is_some_and(|l| l.building_week_on_week)),
            opt(s.effort),
            Cell::Text(&s.note),
        ])?;
    }
    Ok(())
}

fn day_state_word(state: DayState) -> &'static str {
    match state {
        DayState::Normal => "normal",
        DayState::Flare => "flare",
        DayState::RestAdvised => "rest_advised",
        DayState::Away => "away",
    }
}

fn write_diary<W: Write>(data: &Prepared, out: &mut Writer<'_, W>) -> io::Result<()> {
    for d in data.journal.diary() {
        out.row([
            num(d.id),
            num(d.date),
            num(d.time),
            opt(data.week_of(d.date)),
            num(d.pain_now),
            num(d.worst_24h),
            opt(d.sitting_mins),
            Cell::Str(day_state_word(d.day_state)),
            flag(d.symptoms.snapping),
            flag(d.symptoms.buttock),
            flag(d.symptoms.hip),
            flag(d.symptoms.groin),
            flag(d.symptoms.back_of_thigh),
            Cell::Text(&d.note),
        ])?;
    }
    Ok(())
}

fn write_events<W: Write>(data: &Prepared, out: &mut Writer<'_, W>) -> io::Result<()> {
    for e in data.journal.events() {
        let empty = || Cell::Str("");
        let not_urgent = || flag(false);
        let (kind, side, guidance, signs, urgent, exercise, from, to) = match &e.kind {
            EventKind::Injection { side, guidance } => (
                "injection",
                Cell::Str(side_word(*side)),
                Cell::Str(match guidance {
                    None => "",
                    Some(Guidance::Ultrasound) => "ultrasound",
                    Some(Guidance::Ct) => "ct",
                    Some(Guidance::Other) => "other",
                }),
                empty(),
                not_urgent(),
                empty(),
                empty(),
                empty(),
            ),
            EventKind::ClinicianVisit => (
                "clinician_visit",
                empty(),
                empty(),
                empty(),
                not_urgent(),
                empty(),
                empty(),
                empty(),
            ),
            EventKind::MedicationChange => (
                "medication_change",
                empty(),
                empty(),
                empty(),
                not_urgent(),
                empty(),
                empty(),
                empty(),
            ),
            EventKind::RedFlag { signs } => (
                "red_flag",
                empty(),
                empty(),
                Cell::Plain(signs.iter().map(|s| s.code()).collect::<Vec<_>>().join(";")),
                flag(
                    signs
                        .iter()
                        .any(|s| s.urgency() == crate::model::Urgency::Today),
                ),
                empty(),
                empty(),
                empty(),
            ),
            EventKind::LevelChange {
                exercise_id,
                from,
                to,
            } => (
                "level_change",
                empty(),
                empty(),
                empty(),
                not_urgent(),
                Cell::Str(exercise_id),
                num(from),
                num(to),
            ),
        };
        out.row([
            num(e.id),
            num(e.date),
            num(e.time),
            opt(data.week_of(e.date)),
            Cell::Str(kind),
            side,
            guidance,
            signs,
            urgent,
            exercise,
            from,
            to,
            Cell::Text(&e.note),
        ])?;
    }
    Ok(())
}

fn write_psfs<W: Write>(data: &Prepared, out: &mut Writer<'_, W>) -> io::Result<()> {
    for p in data.journal.psfs() {
        for (i, score) in p.scores.iter().enumerate() {
            out.row([
                num(p.id),
                num(p.date),
                num(p.time),
                opt(data.week_of(p.date)),
                num(i + 1),
                Cell::Text(&score.activity),
                num(score.score),
            ])?;
        }
    }
    Ok(())
}

/// A number with two decimals at most.
fn dec(value: Option<f64>) -> Cell<'static> {
    opt(value.map(|v| (v * 100.0).round() / 100.0))
}

fn write_status<W: Write>(data: &Prepared, out: &mut Writer<'_, W>) -> io::Result<()> {
    let Some(p) = data.progress.as_ref() else {
        return Ok(());
    };
    let s = p.status();
    let rule = &p.escalation.rule;
    let g = s.engagement.as_ref();
    let inj = s.injection.as_ref();
    out.row([
        num(data.as_of),
        num(s.week),
        num(s.decision_week),
        Cell::Str(s.status.code()),
        dec(Some(s.adherence_pct)),
        dec(Some(rule.adherence_min_pct)),
        dec(s.baseline_pain),
        dec(s.current_pain),
        dec(s.improvement_points),
        dec(s.improvement_pct),
        dec(Some(rule.important_change_points)),
        dec(Some(rule.important_change_pct)),
        dec(s.psfs_change),
        opt(g.and_then(|g| g.last_entry)),
        opt(g.map(|g| g.days_without_entries)),
        opt(g.map(|g| g.quiet_after_days)),
        flag(g.is_some_and(|g| g.quiet)),
        opt(inj.map(|i| i.date)),
        dec(inj.and_then(|i| i.before)),
        dec(inj.and_then(|i| i.now)),
        dec(inj.and_then(|i| i.change_points)),
        opt(inj.map(|i| i.now_to)),
    ])
}

fn write_programme<W: Write>(data: &Prepared, out: &mut Writer<'_, W>) -> io::Result<()> {
    let Some(current) = data.programme.as_ref() else {
        return Ok(());
    };
    let mut from = data.profile.as_ref().map(|p| p.start_date);
    let mut plans: Vec<(
        &crate::model::Programme,
        Option<chrono::NaiveDate>,
        Option<chrono::NaiveDate>,
    )> = Vec::new();
    for e in &data.earlier_programmes {
        plans.push((&e.programme, from, Some(e.until)));
        from = e.until.succ_opt();
    }
    plans.push((current, from, None));
    for (programme, from, until) in plans {
        let days: Vec<String> = programme
            .training_days
            .iter()
            .map(|d| d.to_string().to_lowercase())
            .collect();
        let days = days.join(" ");
        for ex in &programme.exercises {
            let level = ex.current();
            let (target, lo, hi) = match level.map(|l| l.dose.target) {
                Some(crate::model::Target::Reps { min, max }) => ("reps", Some(min), Some(max)),
                Some(crate::model::Target::HoldSecs { min, max }) => {
                    ("hold_secs", Some(min), Some(max))
                }
                None => ("", None, None),
            };
            out.row([
                Cell::Text(&programme.name),
                flag(until.is_none()),
                opt(from),
                opt(until),
                num(programme.sessions_per_week),
                Cell::Plain(days.clone()),
                Cell::Text(&ex.id),
                Cell::Text(&ex.name),
                flag(ex.enabled),
                flag(ex.locked),
                flag(ex.one_sided),
                num(ex.level),
                num(ex.levels.len()),
                level.map_or(Cell::Str(""), |l| Cell::Text(&l.name)),
                opt(level.map(|l| l.dose.sets_min)),
                opt(level.map(|l| l.dose.sets_max)),
                Cell::Str(target),
                opt(lo),
                opt(hi),
            ])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row of text cells, as written.
    fn row_of(cells: &[&str]) -> String {
        let mut bytes = Vec::new();
        let mut w = Writer::new(&mut bytes);
        w.row(cells.iter().map(|c| Cell::Text(c))).unwrap();
        w.csv.flush().unwrap();
        drop(w);
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(row_of(&["plain", "", "x"]), "plain,,x\n");
        assert_eq!(row_of(&["a,b", "c"]), "\"a,b\",c\n");
        assert_eq!(row_of(&["say \"hi\""]), "\"say \"\"hi\"\"\"\n");
        assert_eq!(
            row_of(&["two\nlines", "cr\rhere"]),
            "\"two\nlines\",\"cr\rhere\"\n"
        );
        // Spaces are part of a field (RFC 4180): kept, and no reason to quote.
        assert_eq!(row_of(&[" padded ", "é ü"]), " padded ,é ü\n");
    }

    #[test]
    fn text_that_looks_like_a_formula_is_kept_as_text() {
        let mut bytes = Vec::new();
        let mut w = Writer::new(&mut bytes);
        w.row([
            Cell::Text("=1+1"),
            Cell::Text("-2 today"),
            Cell::Plain("-1".into()),
        ])
        .unwrap();
        w.csv.flush().unwrap();
        drop(w);
        assert_eq!(String::from_utf8(bytes).unwrap(), "'=1+1,'-2 today,-1\n");
    }

    #[test]
    fn every_row_has_as_many_fields_as_the_header() {
        let end = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = crate::demo::generate(16, end, 3).unwrap();
        let input = demo.export_input();
        let prepared = super::super::prepare(&input, &super::super::ExportOptions::now());
        for table in Table::ALL {
            let mut bytes = Vec::new();
            write_table(table, &prepared, &mut bytes).unwrap();
            let text = String::from_utf8(bytes).unwrap();
            let text = text.strip_prefix(BOM).unwrap();
            // A quoted field may hold a comma; the tests in tests/export.rs parse those.
            for line in text.lines().filter(|l| !l.contains('"')) {
                assert_eq!(
                    line.split(',').count(),
                    table.columns().len(),
                    "{}: {line}",
                    table.file_name()
                );
            }
        }
    }
}
