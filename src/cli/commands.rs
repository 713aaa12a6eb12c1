//! What each headless command does.

use super::{
    Command, DayStateArg, DemoArgs, DiaryArgs, EventArgs, EventKindArg, Failure, InitArgs,
    LogCommand, Output, SessionArgs, UnitsArg,
};
use crate::analysis::schedule::sets_to_fill;
use crate::model::{
    DayState, DiaryEntry, Event, EventKind, ExerciseLog, Journal, Profile, Programme,
    ProgrammeRecord, Session, Symptoms, Units, check_date,
};
use crate::storage::{InstanceLock, Loaded, SaveBatch, Store};
use chrono::{Local, NaiveDate, NaiveTime, Timelike};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a command waits for another copy of the app to let go of the data folder.
const LOCK_WAIT: Duration = Duration::from_secs(3);

pub(super) fn run(
    command: Command,
    data_dir: Option<PathBuf>,
    out: &mut Output<'_>,
) -> Result<(), Failure> {
    match command {
        Command::Check(args) => super::check::run(&args, out),
        Command::Demo(args) => demo(&args, out),
        Command::Status(args) => {
            let dir = super::resolve_data_dir(data_dir).map_err(Failure::Failed)?;
            super::status::run(&dir, &args, out)
        }
        Command::Review(args) => super::review::run(&args, out),
        Command::Remind(args) => {
            let dir = super::resolve_data_dir(data_dir.clone()).map_err(Failure::Failed)?;
            super::remind::run(&dir, data_dir.as_deref(), &args, out)
        }
        Command::Export(args) => {
            let dir = super::resolve_data_dir(data_dir).map_err(Failure::Failed)?;
            super::export::run(&dir, &args, out)
        }
        Command::Init(args) => {
            let dir = super::resolve_data_dir(data_dir).map_err(Failure::Failed)?;
            init(&dir, &args, out)
        }
        Command::Log(what) => {
            let dir = super::resolve_data_dir(data_dir).map_err(Failure::Failed)?;
            match what {
                LogCommand::Diary(args) => log_diary(&dir, &args, out),
                LogCommand::Session(args) => log_session(&dir, &args, out),
                LogCommand::Event(args) => log_event(&dir, &args, out),
            }
        }
    }
}

fn now_time() -> NaiveTime {
    let t = Local::now().time();
    t.with_nanosecond(0).unwrap_or(t)
}

pub(super) fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// The data folder, locked and loaded, ready for a change.
struct Open {
    store: Store,
    loaded: Loaded,
    _lock: InstanceLock,
}

fn open_for_writing(dir: &Path, out: &mut Output<'_>) -> Result<Open, Failure> {
    let lock = InstanceLock::acquire(dir, LOCK_WAIT).map_err(|e| Failure::Failed(e.to_string()))?;
    let store = Store::new(dir);
    let _ = store.remove_leftover_temp_files();
    let loaded = store.load_and_repair(&lock);
    for restored in &loaded.restored {
        out.error(&restored.message());
    }
    if let Some(problem) = loaded.problems.first() {
        return Err(Failure::Failed(format!(
            "{} Nothing was changed: the app does not write to a data folder with a file it cannot read, so that file is never overwritten.",
            problem.message()
        )));
    }
    Ok(Open {
        store,
        loaded,
        _lock: lock,
    })
}

fn save(store: &Store, batch: &SaveBatch) -> Result<(), Failure> {
    store.save(batch).map(|_| ()).map_err(|e| {
        Failure::Failed(format!(
            "{e}. Nothing was lost from what was already saved."
        ))
    })
}

fn checked_date(date: Option<NaiveDate>) -> Result<NaiveDate, Failure> {
    let today = today();
    let date = date.unwrap_or(today);
    check_date(date, today).map_err(|e| Failure::BadInput(e.to_string()))?;
    Ok(date)
}

fn init(dir: &Path, args: &InitArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    checked_date(Some(args.start))?;
    let open = open_for_writing(dir, out)?;
    let profile = Profile {
        affected_side: args.affected_side.into(),
        start_date: args.start,
        units: if args.units == UnitsArg::Lb {
            Units::Lb
        } else {
            Units::Kg
        },
        ..open.loaded.profile.clone().unwrap_or(Profile {
            affected_side: args.affected_side.into(),
            start_date: args.start,
            units: Units::Kg,
            patient_code: String::new(),
            psfs_activities: Vec::new(),
        })
    };
    let programme = match open.loaded.programme {
        Some(_) => None,
        None => Some(ProgrammeRecord::new(
            Programme::default_programme().map_err(|e| Failure::Failed(e.to_string()))?,
        )),
    };
    let existed = open.loaded.profile.is_some();
    save(
        &open.store,
        &SaveBatch {
            profile: Some(profile),
            programme,
            settings: None,
            months: Vec::new(),
        },
    )?;
    out.line(&format!(
        "{} the profile in {}: programme starts {}, affected side {}.",
        if existed { "Updated" } else { "Created" },
        dir.display(),
        args.start,
        args.affected_side_word()
    ));
    Ok(())
}

impl InitArgs {
    fn affected_side_word(&self) -> &'static str {
        crate::model::Side::from(self.affected_side).word()
    }
}

fn save_month(open: &Open, journal: &Journal, ym: crate::model::YearMonth) -> Result<(), Failure> {
    let month = journal.month(ym).cloned().unwrap_or_default();
    save(
        &open.store,
        &SaveBatch {
            months: vec![(ym, month)],
            ..SaveBatch::default()
        },
    )
}

fn log_diary(dir: &Path, args: &DiaryArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    let mut open = open_for_writing(dir, out)?;
    let mut journal = std::mem::take(&mut open.loaded.journal);
    let entry = DiaryEntry {
        id: journal.next_id(),
        date,
        time: now_time(),
        pain_now: args.now,
        worst_24h: args.worst,
        sitting_mins: args.sitting_mins,
        day_state: match args.day_state {
            DayStateArg::Normal => DayState::Normal,
            DayStateArg::Flare => DayState::Flare,
            DayStateArg::RestAdvised => DayState::RestAdvised,
            DayStateArg::Away => DayState::Away,
        },
        symptoms: Symptoms::default(),
        note: args.note.clone(),
    };
    let ym = journal.add_diary(entry);
    save_month(&open, &journal, ym)?;
    out.line(&format!("Saved the diary entry for {date}."));
    Ok(())
}

fn log_session(dir: &Path, args: &SessionArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    let mut open = open_for_writing(dir, out)?;
    let Some(profile) = open.loaded.profile.clone() else {
        return Err(Failure::Failed(
            "there is no profile yet: run `rehab-tracker init --start YYYY-MM-DD --affected-side left|right` first".into(),
        ));
    };
    let programme = match open.loaded.programme.clone() {
        Some(p) => p.programme,
        None => Programme::default_programme().map_err(|e| Failure::Failed(e.to_string()))?,
    };
    let mut journal = std::mem::take(&mut open.loaded.journal);
    let exercises: Vec<ExerciseLog> = programme
        .enabled()
        .map(|ex| ExerciseLog {
            exercise_id: ex.id.clone(),
            level: ex.level,
            sets: sets_to_fill(&journal, ex, profile.affected_side),
            pain_during: args.pain_during,
            effort: None,
            note: String::new(),
        })
        .collect();
    let count = exercises.len();
    let session = Session {
        id: journal.next_id(),
        date,
        time: now_time(),
        exercises,
        next_morning_pain: args.next_morning,
        effort: None,
        note: String::new(),
    };
    let ym = journal.add_session(session);
    save_month(&open, &journal, ym)?;
    out.line(&format!(
        "Saved the session of {date}: {count} exercises as prescribed."
    ));
    Ok(())
}

fn log_event(dir: &Path, args: &EventArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    if args.side.is_some() && args.kind != EventKindArg::Injection {
        return Err(Failure::BadInput(
            "--side goes only with --kind injection".into(),
        ));
    }
    let mut open = open_for_writing(dir, out)?;
    let mut journal = std::mem::take(&mut open.loaded.journal);
    let kind = match args.kind {
        EventKindArg::Injection => EventKind::Injection {
            side: args.side.map(Into::into),
            guidance: None,
        },
        EventKindArg::ClinicianVisit => EventKind::ClinicianVisit,
        EventKindArg::MedicationChange => EventKind::MedicationChange,
    };
    let label = kind.label();
    let event = Event {
        id: journal.next_id(),
        date,
        time: now_time(),
        kind,
        note: args.note.clone(),
    };
    let ym = journal.add_event(event);
    save_month(&open, &journal, ym)?;
    out.line(&format!("Saved: {label} on {date}."));
    Ok(())
}

/// Writes a generated journal into a folder that holds no journal yet.
pub fn write_demo(
    dir: &Path,
    weeks: u32,
    seed: u64,
    end: NaiveDate,
) -> Result<(usize, usize, usize), String> {
    let store = Store::new(dir);
    let existing = store.load();
    if existing.profile.is_some()
        || existing.journal.counts() != (0, 0, 0)
        || !existing.problems.is_empty()
    {
        return Err(format!(
            "{} already holds a journal; the sample is written only into a new or empty folder",
            dir.display()
        ));
    }
    let demo = crate::demo::generate(weeks, end, seed).map_err(|e| e.to_string())?;
    let batch = SaveBatch {
        profile: Some(demo.profile),
        programme: Some(ProgrammeRecord::new(demo.programme)),
        settings: None,
        months: demo
            .journal
            .months()
            .iter()
            .map(|(ym, m)| (*ym, m.clone()))
            .collect(),
    };
    store.save(&batch).map_err(|e| e.to_string())?;
    Ok(demo.journal.counts())
}

/// Writes the sample caseload as export bundles into `dir` (created if missing), with one
/// bundle damaged after export, as a physiotherapist might receive them. Returns the files.
pub fn write_demo_caseload(dir: &Path, end: NaiveDate) -> Result<Vec<PathBuf>, String> {
    use crate::export::{self, ExportOptions, Format};
    std::fs::create_dir_all(dir).map_err(|e| {
        format!(
            "{} could not be made: {}",
            dir.display(),
            crate::storage::store::plain_io(&e)
        )
    })?;
    let mut files = Vec::new();
    for demo in crate::demo::caseload(end).map_err(|e| e.to_string())? {
        let prepared = export::prepare(&demo.export_input(), &ExportOptions::now());
        let path = dir.join(format!(
            "{}.bundle.ron",
            demo.profile.patient_code.to_lowercase()
        ));
        export::write_to_path(Format::Bundle, &prepared, &path).map_err(|e| e.to_string())?;
        files.push(path);
    }
    // One export changed after it was written: the review lists it with the reason.
    if let Some(first) = files.first() {
        let mut bytes = std::fs::read(first).map_err(|e| e.to_string())?;
        if let Some(last) = bytes.iter().rposition(u8::is_ascii_digit) {
            bytes[last] = if bytes[last] == b'1' { b'2' } else { b'1' };
        }
        let damaged = dir.join("demo-damaged.bundle.ron");
        export::write_file(&damaged, &bytes).map_err(|e| e.to_string())?;
        files.push(damaged);
    }
    Ok(files)
}

fn demo(args: &DemoArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let end = args.end.unwrap_or_else(today);
    if args.caseload {
        let files = write_demo_caseload(&args.out, end).map_err(Failure::Failed)?;
        out.line(&format!(
            "Wrote a sample caseload of {} export bundles (one of them damaged) to {}. Review it with: rehab-tracker review {}",
            files.len(),
            args.out.display(),
            args.out.display()
        ));
        return Ok(());
    }
    let _lock =
        InstanceLock::acquire(&args.out, LOCK_WAIT).map_err(|e| Failure::Failed(e.to_string()))?;
    let (sessions, diary, events) =
        write_demo(&args.out, args.weeks, args.seed, end).map_err(Failure::Failed)?;
    out.line(&format!(
        "Wrote a sample journal of {} weeks to {}: {sessions} sessions, {diary} diary entries, {events} events.",
        args.weeks,
        args.out.display()
    ));
    Ok(())
}
