//! `rehab-tracker remind`: shows the reminders that are due now as one desktop notification.
//! Run by the systemd user timer the app sets up (see `desktop::schedule`), or by hand.
//!
//! It reads only the profile, the programme, the settings and this month's journal file, and
//! never writes to them. So that a reminder comes once a day however often it runs, it keeps
//! a small note of what it showed today, `reminders-sent.ron`, in the data folder: it holds
//! no health data, travels with the folder (a second data folder has its own reminders), and
//! a lost note costs at most one repeated reminder.

use super::{Failure, Output, RemindArgs};
use crate::analysis::reminders::{self, Sent};
use crate::desktop::notify::{self, Message, Response};
use crate::model::{ProgrammeRecord, YearMonth};
use crate::storage::Store;
use crate::storage::schema::{self, Versioned};
use chrono::Local;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The note of reminders shown today.
pub const SENT_FILE: &str = "reminders-sent.ron";

/// The note's file format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum SentFile {
    V1(Sent),
}

impl Versioned for SentFile {
    const NEWEST: u32 = 1;
}

pub(super) fn run(
    dir: &Path,
    given_dir: Option<&Path>,
    args: &RemindArgs,
    out: &mut Output<'_>,
) -> Result<(), Failure> {
    let now = args.at.unwrap_or_else(|| Local::now().naive_local());
    let today = now.date();
    let loaded = Store::new(dir).load_month_and_settings(YearMonth::of(today));
    // The notification speaks the patient's language, whatever the timer's session says.
    super::follow_settings(loaded.settings.as_ref());
    // Run by hand, it is the one place to hear that the timer is broken: the timer cannot
    // run a program that is gone.
    if let Some(missing) = crate::desktop::schedule::config_dir()
        .and_then(|c| crate::desktop::schedule::missing_program(&c))
    {
        out.error(&missing);
    }
    if let Some(problem) = loaded.problems.first() {
        return Err(Failure::Failed(crate::t!(
            "cli-remind-unreadable",
            problem = problem.message()
        )));
    }
    let settings = loaded.settings.unwrap_or_default();
    let programme = match loaded.programme {
        Some(p) => p,
        None => ProgrammeRecord::new(
            crate::model::Programme::default_programme()
                .map_err(|e| Failure::Failed(e.to_string()))?,
        ),
    };
    let due = reminders::due(
        &settings,
        loaded.profile.as_ref(),
        programme.view(),
        &loaded.journal,
        now,
    );
    let sent_path = dir.join(SENT_FILE);
    let sent = read_sent(&sent_path);
    let new = sent.not_yet_shown(&due, today);
    let Some(message) = Message::for_due(&new) else {
        out.line(&if due.is_empty() {
            crate::t!("cli-remind-nothing-due")
        } else {
            crate::t!("cli-remind-nothing-new")
        });
        return Ok(());
    };
    if args.print_only {
        out.line(&message.summary);
        out.line(&message.body);
        return Ok(());
    }
    let exe = std::env::current_exe().ok();
    let open_dir = given_dir.map(Path::to_path_buf);
    let shown = notify::show(&message, move || open_app(exe, open_dir))
        .map_err(|e| Failure::Failed(e.to_string()))?;
    out.line(&crate::t!(
        "cli-remind-shown",
        summary = message.summary.as_str()
    ));
    if args.at.is_some() && !args.note_shown {
        // A try-out at a chosen time must not take the place of the day's real reminder.
        out.line(&crate::t!("cli-remind-try-out"));
    } else {
        note_shown(dir, &sent_path, sent.after_showing(&new, today), out);
    }
    if args.wait_for_click > 0 {
        match shown.wait(Duration::from_secs(args.wait_for_click)) {
            Response::Clicked => out.line(&crate::t!("cli-remind-opened")),
            Response::Closed | Response::StillShowing => {}
        }
    }
    Ok(())
}

/// Keeps the note of what was shown today.
fn note_shown(dir: &Path, sent_path: &Path, note: Sent, out: &mut Output<'_>) {
    if let Err(e) = schema::encode(&SentFile::V1(note))
        .map_err(|e| e.to_string())
        .and_then(|text| {
            Store::new(dir)
                .write_atomic(sent_path, text.as_bytes())
                .map_err(|e| e.to_string())
        })
    {
        // The reminder was shown; at worst it comes once more.
        out.error(&crate::t!("cli-remind-not-noted", error = e));
    }
}

/// The note of reminders shown; an unreadable or missing note counts as none shown.
fn read_sent(path: &Path) -> Sent {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| schema::decode::<SentFile>(&bytes).ok())
        .map(|SentFile::V1(s)| s)
        .unwrap_or_default()
}

/// Opens the app (on Today, where it always opens) on the same data folder.
fn open_app(exe: Option<PathBuf>, data_dir: Option<PathBuf>) {
    let Some(exe) = exe else {
        log::warn!("could not find the app's own program to open it");
        return;
    };
    let mut command = std::process::Command::new(exe);
    if let Some(dir) = data_dir {
        command.arg("--data-dir").arg(dir);
    }
    command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    if let Err(e) = command.spawn() {
        log::warn!("could not open the app from a reminder: {e}");
    }
}
