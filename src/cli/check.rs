//! `rehab-tracker check`: is a data folder, or one file, sound?

use super::{CheckArgs, Failure, Output};
use crate::model::YearMonth;
use crate::storage::Store;
use crate::storage::fs::{Fs, RealFs};
use crate::storage::schema::{
    JournalMonthFile, MAX_FILE_BYTES, ProfileFile, ProgrammeFile, decode,
};
use crate::storage::store::plain_io;
use serde::Serialize;
use std::path::Path;

/// What `check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// No problems.
    pub sound: bool,
    /// Files read.
    pub files: usize,
    /// Sessions found.
    pub sessions: usize,
    /// Diary entries found.
    pub diary_entries: usize,
    /// Events found.
    pub events: usize,
    /// Every problem, in plain words.
    pub problems: Vec<String>,
}

/// Checks a data folder or one file. Never writes anything.
#[must_use]
pub fn check_path(path: &Path) -> CheckReport {
    let mut report = CheckReport::default();
    if path.is_dir() {
        let loaded = Store::new(path).load();
        report.files = loaded.files_read;
        (report.sessions, report.diary_entries, report.events) = loaded.journal.counts();
        report.problems = loaded
            .problems
            .iter()
            .map(crate::storage::FileProblem::message)
            .collect();
    } else {
        check_file(path, &mut report);
    }
    report.sound = report.problems.is_empty();
    report
}

fn check_file(path: &Path, report: &mut CheckReport) {
    let bytes = match RealFs.read_capped(path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => {
            report.problems.push(format!(
                "The file {} could not be read: {}.",
                path.display(),
                plain_io(&e)
            ));
            return;
        }
    };
    report.files = 1;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let month = name.strip_suffix(".ron").and_then(YearMonth::parse);
    let result = if name == crate::storage::store::PROFILE_FILE {
        decode::<ProfileFile>(&bytes).map(|_| ())
    } else if name == crate::storage::store::PROGRAMME_FILE {
        decode::<ProgrammeFile>(&bytes)
            .map_err(|e| e.to_string())
            .and_then(|p| p.into_current().validate().map_err(|e| e.to_string()))
            .map_err(crate::storage::schema::DecodeError::Invalid)
    } else {
        // A month file, or one renamed: try the journal first, then the others.
        match decode::<JournalMonthFile>(&bytes) {
            Ok(file) => {
                let m = file.into_current();
                report.sessions = m.sessions.len();
                report.diary_entries = m.diary.len();
                report.events = m.events.len();
                if let Some(ym) = month {
                    for p in m.problems(ym) {
                        report.problems.push(format!("{}: {p}.", path.display()));
                    }
                }
                Ok(())
            }
            Err(e) if month.is_some() => Err(e),
            Err(e) => decode::<ProfileFile>(&bytes)
                .map(|_| ())
                .or_else(|_| decode::<ProgrammeFile>(&bytes).map(|_| ()))
                .map_err(|_| e),
        }
    };
    if let Err(e) = result {
        report.problems.push(format!(
            "The file {} could not be read: {e}.",
            path.display()
        ));
    }
}

pub(super) fn run(args: &CheckArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    if !args.path.exists() {
        return Err(Failure::Failed(format!(
            "{} does not exist",
            args.path.display()
        )));
    }
    let report = check_path(&args.path);
    if args.json {
        let json = serde_json::to_string(&report).map_err(|e| Failure::Failed(e.to_string()))?;
        out.line(&json);
    } else {
        out.line(&format!(
            "{}: {} file(s), {} session(s), {} diary entries, {} event(s).",
            args.path.display(),
            report.files,
            report.sessions,
            report.diary_entries,
            report.events
        ));
        for p in &report.problems {
            out.line(&format!("Problem: {p}"));
        }
        out.line(if report.sound { "Sound." } else { "Not sound." });
    }
    if report.sound {
        Ok(())
    } else {
        Err(Failure::Failed(format!(
            "{} problem(s) found",
            report.problems.len()
        )))
    }
}
