//! What a change must satisfy before it touches the record, in words a patient can act on.
//! The window and the commands refuse the same things, through the same checks.

use crate::model::{Entry, EntryId, EventKind, Journal, Profile, check_date};
use chrono::NaiveDate;

/// The most activities a patient rates on the PSFS.
pub const MAX_PSFS_ACTIVITIES: usize = 3;

/// The longest patient code.
pub const MAX_PATIENT_CODE_CHARS: usize = 40;

/// Why a change was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    /// A value is out of range or does not fit with the others.
    #[error("{0}")]
    Invalid(String),
    /// The entry to change is not in the journal (it was deleted meanwhile).
    #[error("that entry is no longer in your diary (number {0})")]
    NotFound(EntryId),
    /// There is no profile yet.
    #[error("the app is not set up yet: give your start date and affected side first")]
    NoProfile,
    /// The month the change is in has not been read from its file yet (the window reads the
    /// journal in the background when it opens, newest month first).
    #[error("your diary is still opening ({0} is not read yet): try again in a moment")]
    StillOpening(crate::model::YearMonth),
    /// The day already has a diary entry; it is changed in place rather than added twice.
    #[error("there is already a diary entry for {date}: change that one instead")]
    DiaryDayTaken {
        /// The day.
        date: NaiveDate,
        /// The entry that day.
        existing: EntryId,
    },
}

impl ChangeError {
    /// Whether the change was refused because of a value the user gave (the commands exit
    /// with 2 then), rather than the state of the diary.
    #[must_use]
    pub fn is_bad_input(&self) -> bool {
        matches!(self, Self::Invalid(_))
    }
}

fn invalid(text: impl Into<String>) -> ChangeError {
    ChangeError::Invalid(text.into())
}

/// Checks a profile.
pub fn profile(p: &Profile, today: NaiveDate) -> Result<(), ChangeError> {
    // The programme may start up to a year ahead (set up before the first appointment), not
    // later: a start years away is a typing slip.
    if let Some(limit) = today.checked_add_days(chrono::Days::new(366))
        && p.start_date > limit
    {
        return Err(invalid(format!(
            "the start date {} is more than a year away",
            p.start_date
        )));
    }
    if p.patient_code.chars().count() > MAX_PATIENT_CODE_CHARS {
        return Err(invalid(format!(
            "the patient code can be at most {MAX_PATIENT_CODE_CHARS} characters"
        )));
    }
    if p.patient_code.chars().any(char::is_control) {
        return Err(invalid("the patient code cannot hold line breaks or tabs"));
    }
    if p.psfs_activities.len() > MAX_PSFS_ACTIVITIES {
        return Err(invalid(format!(
            "at most {MAX_PSFS_ACTIVITIES} activities can be rated"
        )));
    }
    if p.psfs_activities.iter().any(|a| a.trim().is_empty()) {
        return Err(invalid("an activity to rate needs a name"));
    }
    Ok(())
}

/// Checks an entry of any kind.
pub fn entry(e: &Entry, today: NaiveDate) -> Result<(), ChangeError> {
    check_date(e.date(), today).map_err(|err| invalid(err.to_string()))?;
    match e {
        Entry::Diary(d) => {
            if d.pain_now > d.worst_24h {
                return Err(invalid(format!(
                    "pain now ({}) is more than the worst pain in the last 24 hours ({}); the worst includes now",
                    d.pain_now, d.worst_24h
                )));
            }
        }
        Entry::Session(s) => {
            if s.exercises.is_empty() {
                return Err(invalid("a session needs at least one exercise"));
            }
            if let Some(ex) = s.exercises.iter().find(|x| x.sets.is_empty()) {
                return Err(invalid(format!(
                    "{} has no sets: add a set or leave the exercise out",
                    ex.exercise_id
                )));
            }
        }
        Entry::Event(ev) => {
            if let EventKind::RedFlag { signs } = &ev.kind
                && signs.is_empty()
            {
                return Err(invalid("tick at least one warning sign"));
            }
        }
        Entry::Psfs(p) => {
            if p.scores.is_empty() {
                return Err(invalid("rate at least one activity"));
            }
            if p.scores.len() > MAX_PSFS_ACTIVITIES {
                return Err(invalid(format!(
                    "at most {MAX_PSFS_ACTIVITIES} activities can be rated"
                )));
            }
            if p.scores.iter().any(|s| s.activity.trim().is_empty()) {
                return Err(invalid("each activity rated needs a name"));
            }
        }
    }
    Ok(())
}

/// A day holds one diary entry: a new one (`replacing` is `None`), or one moved onto a day
/// that already has another, is refused, naming the entry to change instead.
pub fn one_diary_entry_a_day(
    journal: &Journal,
    entry: &Entry,
    replacing: Option<EntryId>,
) -> Result<(), ChangeError> {
    if let Entry::Diary(d) = entry
        && let Some(other) = journal.diary_on(d.date)
        && Some(other.id) != replacing
    {
        return Err(ChangeError::DiaryDayTaken {
            date: d.date,
            existing: other.id,
        });
    }
    Ok(())
}
