//! What a change must satisfy before it touches the record, in words a patient can act on.
//! The window and the commands refuse the same things, through the same checks.

use crate::i18n::{self, format};
use crate::model::{Entry, EntryId, EventKind, Journal, Profile, check_date};
use crate::t;
use chrono::NaiveDate;

/// The most activities a patient rates on the PSFS.
pub const MAX_PSFS_ACTIVITIES: usize = 3;

/// The longest patient code.
pub const MAX_PATIENT_CODE_CHARS: usize = 40;

/// Why a change was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    /// A value is out of range or does not fit with the others (already in words).
    Invalid(String),
    /// The entry to change is not in the journal (it was deleted meanwhile).
    NotFound(EntryId),
    /// There is no profile yet.
    NoProfile,
    /// The month the change is in has not been read from its file yet (the window reads the
    /// journal in the background when it opens, newest month first).
    StillOpening(crate::model::YearMonth),
    /// The day already has a diary entry; it is changed in place rather than added twice.
    DiaryDayTaken {
        /// The day.
        date: NaiveDate,
        /// The entry that day.
        existing: EntryId,
    },
}

/// In the current language.
impl std::fmt::Display for ChangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Invalid(text) => return f.write_str(text),
            Self::NotFound(id) => t!("core-error-entry-gone", number = id.to_string()),
            Self::NoProfile => t!("core-error-no-profile"),
            Self::StillOpening(month) => t!(
                "core-error-still-opening",
                month = month.first_day().map_or_else(
                    || month.to_string(),
                    |day| format::month_year(i18n::language(), day)
                )
            ),
            Self::DiaryDayTaken { date, .. } => t!(
                "core-error-diary-day-taken",
                date = format::long_date(i18n::language(), *date)
            ),
        };
        f.write_str(&text)
    }
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
        return Err(invalid(t!(
            "core-error-start-too-far",
            date = format::long_date(i18n::language(), p.start_date)
        )));
    }
    if p.patient_code.chars().count() > MAX_PATIENT_CODE_CHARS {
        return Err(invalid(t!(
            "core-error-code-too-long",
            count_text = MAX_PATIENT_CODE_CHARS.to_string()
        )));
    }
    if p.patient_code.chars().any(char::is_control) {
        return Err(invalid(t!("core-error-code-control")));
    }
    if p.psfs_activities.len() > MAX_PSFS_ACTIVITIES {
        return Err(invalid(t!(
            "core-error-too-many-activities",
            count_text = MAX_PSFS_ACTIVITIES.to_string()
        )));
    }
    if p.psfs_activities.iter().any(|a| a.trim().is_empty()) {
        return Err(invalid(t!("core-error-activity-unnamed")));
    }
    Ok(())
}

/// Checks an entry of any kind.
pub fn entry(e: &Entry, today: NaiveDate) -> Result<(), ChangeError> {
    check_date(e.date(), today).map_err(|err| invalid(err.to_string()))?;
    match e {
        Entry::Diary(d) => {
            if d.pain_now > d.worst_24h {
                return Err(invalid(t!(
                    "core-error-pain-above-worst",
                    now = d.pain_now.to_string(),
                    worst = d.worst_24h.to_string()
                )));
            }
        }
        Entry::Session(s) => {
            if s.exercises.is_empty() {
                return Err(invalid(t!("core-error-session-empty")));
            }
            if let Some(ex) = s.exercises.iter().find(|x| x.sets.is_empty()) {
                return Err(invalid(t!(
                    "core-error-exercise-no-sets",
                    exercise = ex.exercise_id.as_str()
                )));
            }
        }
        Entry::Event(ev) => {
            if let EventKind::RedFlag { signs } = &ev.kind
                && signs.is_empty()
            {
                return Err(invalid(t!("core-error-no-sign-ticked")));
            }
        }
        Entry::Psfs(p) => {
            if p.scores.is_empty() {
                return Err(invalid(t!("core-error-no-activity-rated")));
            }
            if p.scores.len() > MAX_PSFS_ACTIVITIES {
                return Err(invalid(t!(
                    "core-error-too-many-activities",
                    count_text = MAX_PSFS_ACTIVITIES.to_string()
                )));
            }
            if p.scores.iter().any(|s| s.activity.trim().is_empty()) {
                return Err(invalid(t!("core-error-rated-activity-unnamed")));
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
