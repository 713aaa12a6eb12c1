//! What each headless command does.

use super::{
    AffectedSideArg, Command, DayStateArg, DemoArgs, DiaryArgs, EventArgs, EventKindArg, Failure,
    InitArgs, LogCommand, Output, PsfsArgs, SessionArgs, UnitsArg, WarningSignArgs, today,
};
use crate::analysis::schedule::{as_prescribed, last_sets};
use crate::model::{
    DayState, DiaryEntry, Entry, Event, EventKind, Profile, Programme, PsfsEntry, PsfsScore,
    RedFlagSign, Symptoms, Units, YearMonth, check_date,
};
use crate::record::{Applied, Change, ChangeError, Record};
use crate::storage::{InstanceLock, Loaded, Store};
use chrono::{Local, NaiveDate, NaiveTime, Timelike};
use std::path::Path;
use std::time::Duration;

/// How long a command waits for another copy of the app to let go of the data folder.
const LOCK_WAIT: Duration = Duration::from_secs(3);

pub(super) fn run(
    command: Command,
    data_dir: Option<std::path::PathBuf>,
    out: &mut Output<'_>,
) -> Result<(), Failure> {
    match command {
        Command::Check(args) => super::check::run(&args, out),
        Command::Demo(args) => demo(&args, out),
        Command::Status(args) => {
            let dir = crate::storage::paths::data_dir(data_dir).map_err(Failure::Failed)?;
            super::status::run(&dir, &args, out)
        }
        Command::Review(args) => super::review::run(&args, out),
        Command::Clinician(command) => super::clinician::run(&command, out),
        Command::Remind(args) => {
            let dir = crate::storage::paths::data_dir(data_dir.clone()).map_err(Failure::Failed)?;
            super::remind::run(&dir, data_dir.as_deref(), &args, out)
        }
        Command::Export(args) => {
            let dir = crate::storage::paths::data_dir(data_dir).map_err(Failure::Failed)?;
            super::export::run(&dir, &args, out)
        }
        Command::Init(args) => {
            let dir = crate::storage::paths::data_dir(data_dir).map_err(Failure::Failed)?;
            init(&dir, &args, out)
        }
        Command::Log(what) => {
            let dir = crate::storage::paths::data_dir(data_dir).map_err(Failure::Failed)?;
            match what {
                LogCommand::Diary(args) => log_diary(&dir, &args, out),
                LogCommand::Session(args) => log_session(&dir, &args, out),
                LogCommand::Event(args) => log_event(&dir, &args, out),
                LogCommand::Psfs(args) => log_psfs(&dir, &args, out),
                LogCommand::WarningSign(args) => log_warning_sign(&dir, &args, out),
            }
        }
    }
}

fn now_time() -> NaiveTime {
    let t = Local::now().time();
    t.with_nanosecond(0).unwrap_or(t)
}

/// The data folder, locked, and its record, ready for a change.
struct Open {
    store: Store,
    record: Record,
    _lock: InstanceLock,
}

/// The months of the journal a change needs read first: what it changes, and what it must
/// check. A command reads no more, so it costs the same with ten years as with one month.
#[derive(Debug, Clone, Copy)]
enum Needs {
    /// The profile and programme only.
    Nothing,
    /// The month of this day (where the entry goes; its diary entry, if any).
    Month(NaiveDate),
    /// The month of this day, and as many newer-to-older months as it takes to find the last
    /// sets of every exercise of the programme in force that day (what "as prescribed" fills).
    LastSets(NaiveDate),
}

fn open_for_writing(dir: &Path, needs: Needs, out: &mut Output<'_>) -> Result<Open, Failure> {
    let lock = InstanceLock::acquire(dir, LOCK_WAIT).map_err(|e| Failure::Failed(e.to_string()))?;
    let store = Store::new(dir);
    let _ = store.remove_leftover_temp_files_shallow();
    let (mut loaded, months) = store.open_files(Some(&lock));
    super::follow_settings(loaded.settings.as_ref());
    let read = |ym: YearMonth, loaded: &mut Loaded| {
        if let Some((_, path)) = months.iter().find(|(m, _)| *m == ym)
            && let Some(month) = store.read_month(ym, path, Some(&lock), loaded)
        {
            loaded.journal.add_month(ym, month);
        }
    };
    match needs {
        Needs::Nothing => {}
        Needs::Month(date) => read(YearMonth::of(date), &mut loaded),
        Needs::LastSets(date) => {
            let own = YearMonth::of(date);
            read(own, &mut loaded);
            let programme = loaded
                .programme
                .as_ref()
                .map(|r| r.view().in_force(date).clone())
                .map_or_else(Programme::default_programme, Ok)
                .map_err(|e| Failure::Failed(e.to_string()))?;
            for (ym, _) in months.iter().rev().filter(|(ym, _)| *ym != own) {
                let found_all = programme
                    .enabled()
                    .all(|ex| last_sets(&loaded.journal, ex).is_some());
                if found_all {
                    break;
                }
                read(*ym, &mut loaded);
            }
        }
    }
    for restored in &loaded.restored {
        out.error(&restored.message());
    }
    if let Some(problem) = loaded.problems.first() {
        return Err(Failure::Failed(crate::t!(
            "cli-nothing-changed-unreadable-file",
            problem = problem.message()
        )));
    }
    let record = Record::from_loaded(loaded).map_err(|e| Failure::Failed(e.to_string()))?;
    Ok(Open {
        store,
        record,
        _lock: lock,
    })
}

impl Open {
    /// Applies a change through the record (the window's path too) and saves the files it
    /// touched before returning: a command reports success only once the entry is on disk.
    fn commit(&mut self, change: Change) -> Result<Applied, Failure> {
        let applied = self
            .record
            .apply(change, today())
            .map_err(|e| change_failure(&e))?;
        let (_, batch) = self.record.take_unsaved();
        self.store
            .save(&batch)
            .map_err(|e| Failure::Failed(crate::t!("cli-save-failed", error = e.to_string())))?;
        Ok(applied)
    }

    fn profile(&self) -> Result<Profile, Failure> {
        self.record
            .profile()
            .cloned()
            .ok_or_else(|| Failure::Failed(crate::t!("cli-no-profile")))
    }
}

fn change_failure(e: &ChangeError) -> Failure {
    if e.is_bad_input() {
        Failure::BadInput(e.to_string())
    } else {
        Failure::Failed(e.to_string())
    }
}

fn checked_date(date: Option<NaiveDate>) -> Result<NaiveDate, Failure> {
    let today = today();
    let date = date.unwrap_or(today);
    check_date(date, today).map_err(|e| Failure::BadInput(e.to_string()))?;
    Ok(date)
}

fn init(dir: &Path, args: &InitArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let mut open = open_for_writing(dir, Needs::Nothing, out)?;
    let existing = open.record.profile().cloned();
    let existed = existing.is_some();
    let (side, both_sides) = args.sides();
    let mut profile = existing.unwrap_or(Profile {
        affected_side: side,
        both_sides,
        start_date: args.start,
        units: Units::Kg,
        patient_code: String::new(),
        psfs_activities: Vec::new(),
        patient_id: None,
    });
    profile.affected_side = side;
    profile.both_sides = both_sides;
    profile.start_date = args.start;
    profile.units = if args.units == UnitsArg::Lb {
        Units::Lb
    } else {
        Units::Kg
    };
    if let Some(code) = &args.patient_code {
        code.trim().clone_into(&mut profile.patient_code);
    }
    open.commit(if existed {
        Change::UpdateProfile(profile)
    } else {
        Change::SetUp(profile)
    })?;
    let side = crate::t!("cli-affected-side", side = args.affected_side_code());
    let code = args.patient_code.as_deref().map(str::trim);
    out.line(&crate::t!(
        "cli-profile-saved",
        updated = yes_no(existed),
        dir = dir.display().to_string(),
        start = args.start.to_string(),
        side = side,
        has_code = yes_no(code.is_some()),
        code = code.unwrap_or_default()
    ));
    Ok(())
}

impl InitArgs {
    /// The side one-sided exercises start on, and whether both sides hurt. With both, the
    /// left comes first, as in the window's set-up.
    fn sides(&self) -> (crate::model::Side, bool) {
        match self.affected_side {
            AffectedSideArg::Left => (crate::model::Side::Left, false),
            AffectedSideArg::Right => (crate::model::Side::Right, false),
            AffectedSideArg::Both => (crate::model::Side::Left, true),
        }
    }

    /// The side as `cli-affected-side` selects it: `left`, `right` or `both`.
    fn affected_side_code(&self) -> &'static str {
        match self.affected_side {
            AffectedSideArg::Left => "left",
            AffectedSideArg::Right => "right",
            AffectedSideArg::Both => "both",
        }
    }
}

/// A yes-or-no choice for a message's selector.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

fn log_diary(dir: &Path, args: &DiaryArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    let mut open = open_for_writing(dir, Needs::Month(date), out)?;
    let mut entry = DiaryEntry {
        id: 0,
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
    // One entry a day: a second one for the day changes the first, as in the window.
    let updated = if let Some(existing) = open.record.journal().diary_on(date) {
        entry.id = existing.id;
        entry.symptoms = existing.symptoms;
        open.commit(Change::Replace(Entry::Diary(entry)))?;
        true
    } else {
        open.commit(Change::Log(Entry::Diary(entry)))?;
        false
    };
    out.line(&crate::t!(
        "cli-diary-saved",
        updated = yes_no(updated),
        date = date.to_string()
    ));
    Ok(())
}

fn log_session(dir: &Path, args: &SessionArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    let mut open = open_for_writing(dir, Needs::LastSets(date), out)?;
    let profile = open.profile()?;
    let mut session = as_prescribed(
        open.record.programmes().in_force(date),
        open.record.journal(),
        profile.affected_side,
        &[],
        args.pain_during,
        date,
        now_time(),
    );
    session.next_morning_pain = args.next_morning;
    let count = session.exercises.len();
    open.commit(Change::Log(Entry::Session(session)))?;
    out.line(&crate::t!(
        "cli-session-saved",
        date = date.to_string(),
        count = count
    ));
    Ok(())
}

fn log_event(dir: &Path, args: &EventArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    if args.side.is_some() && args.kind != EventKindArg::Injection {
        return Err(Failure::BadInput(crate::t!("cli-side-only-for-injection")));
    }
    let mut open = open_for_writing(dir, Needs::Month(date), out)?;
    let kind = match args.kind {
        EventKindArg::Injection => EventKind::Injection {
            // An injection is on the painful side unless said otherwise.
            side: args
                .side
                .map(Into::into)
                .or_else(|| open.record.profile().map(|p| p.affected_side)),
            guidance: None,
        },
        EventKindArg::ClinicianVisit => EventKind::ClinicianVisit,
        EventKindArg::MedicationChange => EventKind::MedicationChange,
    };
    let label = kind.label();
    open.commit(Change::Log(Entry::Event(Event {
        id: 0,
        date,
        time: now_time(),
        kind,
        note: args.note.clone(),
    })))?;
    let date = crate::i18n::format::long_date(crate::i18n::language(), date);
    out.line(&crate::t!("cli-event-saved", event = label, date = date));
    Ok(())
}

fn log_psfs(dir: &Path, args: &PsfsArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    if args.activity.len() != args.score.len() {
        return Err(Failure::BadInput(crate::t!(
            "cli-psfs-mismatch",
            activities = args.activity.len(),
            scores = args.score.len()
        )));
    }
    let mut open = open_for_writing(dir, Needs::Month(date), out)?;
    let scores: Vec<PsfsScore> = args
        .activity
        .iter()
        .zip(&args.score)
        .map(|(activity, score)| PsfsScore {
            activity: activity.trim().to_owned(),
            score: *score,
        })
        .collect();
    let count = scores.len();
    open.commit(Change::Log(Entry::Psfs(PsfsEntry {
        id: 0,
        date,
        time: now_time(),
        scores,
    })))?;
    out.line(&crate::t!(
        "cli-psfs-saved",
        date = date.to_string(),
        count = count
    ));
    Ok(())
}

fn log_warning_sign(
    dir: &Path,
    args: &WarningSignArgs,
    out: &mut Output<'_>,
) -> Result<(), Failure> {
    let date = checked_date(args.date)?;
    let mut open = open_for_writing(dir, Needs::Month(date), out)?;
    let mut signs: Vec<RedFlagSign> = Vec::new();
    for sign in &args.sign {
        if !signs.contains(sign) {
            signs.push(*sign);
        }
    }
    let most_urgent = signs.iter().map(|s| s.urgency()).min();
    open.commit(Change::Log(Entry::Event(Event {
        id: 0,
        date,
        time: now_time(),
        kind: EventKind::RedFlag {
            signs: signs.clone(),
        },
        note: args.note.clone(),
    })))?;
    out.line(&crate::t!(
        "cli-warning-signs-saved",
        date = date.to_string()
    ));
    for sign in &signs {
        out.line(&format!("- {}", sign.label()));
    }
    if let Some(urgency) = most_urgent {
        out.line(&urgency.advice());
    }
    Ok(())
}

fn demo(args: &DemoArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let end = args.end.unwrap_or_else(today);
    if args.caseload {
        let files = crate::demo::write_caseload(&args.out, end).map_err(Failure::Failed)?;
        out.line(&crate::t!(
            "cli-demo-caseload-written",
            count = files.len(),
            dir = args.out.display().to_string()
        ));
        return Ok(());
    }
    let _lock =
        InstanceLock::acquire(&args.out, LOCK_WAIT).map_err(|e| Failure::Failed(e.to_string()))?;
    let (sessions, diary, events) =
        crate::demo::write_journal(&args.out, args.weeks, args.seed, end, args.every_kind)
            .map_err(Failure::Failed)?;
    out.line(&crate::t!(
        "cli-demo-journal-written",
        weeks = args.weeks,
        dir = args.out.display().to_string(),
        sessions = sessions,
        diary = diary,
        events = events
    ));
    Ok(())
}
