//! The patient's settings: when the app reminds them, whether it chimes, and in which
//! language it speaks. Not part of the journal or any export.

use crate::i18n::Lang;
use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

/// One reminder: on or off, and the time of day it comes. The time is kept while it is off,
/// so switching it back on brings back the time chosen before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reminder {
    /// Whether it comes at all.
    pub on: bool,
    /// The time of day (local), to the minute.
    pub at: NaiveTime,
}

impl Reminder {
    /// A reminder that is off, with this time ready for when it is switched on.
    #[must_use]
    pub fn off_at(hour: u32, minute: u32) -> Self {
        Self {
            on: false,
            at: NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN),
        }
    }

    /// The time when on, `None` when off.
    #[must_use]
    pub fn time(&self) -> Option<NaiveTime> {
        self.on.then_some(self.at)
    }
}

/// What the patient chose in Settings. The reminders are off until switched on; the chime
/// at the end of a rest is on until switched off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// On training days, unless the session is logged already.
    #[serde(default = "default_training")]
    pub training_reminder: Reminder,
    /// Every evening, unless the day's diary entry is written already.
    #[serde(default = "default_diary")]
    pub diary_reminder: Reminder,
    /// A short chime when a rest or a timed hold ends, for a patient not looking at the
    /// screen. On unless switched off; files written before it existed read as on.
    #[serde(default = "default_sound")]
    pub sound: bool,
    /// The language the window speaks; `None` follows the desktop's. Files written before
    /// it existed read as `None`; a language this version does not speak reads as `None`
    /// too, so the rest of the file still loads.
    #[serde(default, deserialize_with = "crate::i18n::lenient_language")]
    pub language: Option<Lang>,
}

fn default_sound() -> bool {
    true
}

fn default_training() -> Reminder {
    Reminder::off_at(18, 0)
}

fn default_diary() -> Reminder {
    Reminder::off_at(20, 30)
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            training_reminder: default_training(),
            diary_reminder: default_diary(),
            sound: default_sound(),
            language: None,
        }
    }
}

impl Settings {
    /// Whether any reminder is on (so something must run when the window is closed).
    #[must_use]
    pub fn any_reminder_on(&self) -> bool {
        self.training_reminder.on || self.diary_reminder.on
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminders_are_off_until_switched_on_and_keep_their_time() {
        let s = Settings::default();
        assert!(!s.any_reminder_on());
        assert_eq!(s.training_reminder.time(), None);
        let mut on = s.training_reminder;
        on.on = true;
        assert_eq!(on.time(), NaiveTime::from_hms_opt(18, 0, 0));
    }
}
