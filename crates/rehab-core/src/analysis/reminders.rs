//! Which reminders are due now: one pure function the `remind` command and the Settings
//! window's description both rest on. No I/O here.

use crate::i18n::{Lang, Words, format};
use crate::model::{DayState, Journal, Profile, Programmes, Reminder, Settings};
use crate::t_in;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// A kind of reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ReminderKind {
    /// Time for the exercises, on a training day.
    Training,
    /// Time to write the day's diary entry.
    Diary,
}

impl ReminderKind {
    /// Both kinds, in the order they are shown.
    pub const ALL: [Self; 2] = [Self::Training, Self::Diary];

    /// The notification's title, in `lang`.
    #[must_use]
    pub fn title(self, lang: Lang) -> String {
        let words = Words::for_language(lang);
        match self {
            Self::Training => t_in!(words, "analysis-reminder-training-title"),
            Self::Diary => t_in!(words, "analysis-reminder-diary-title"),
        }
    }

    /// The notification's text, in `lang`.
    #[must_use]
    pub fn body(self, lang: Lang) -> String {
        let words = Words::for_language(lang);
        match self {
            Self::Training => t_in!(words, "analysis-reminder-training-body"),
            Self::Diary => t_in!(words, "analysis-reminder-diary-body"),
        }
    }

    /// This kind's setting.
    #[must_use]
    pub fn setting(self, settings: &Settings) -> Reminder {
        match self {
            Self::Training => settings.training_reminder,
            Self::Diary => settings.diary_reminder,
        }
    }
}

/// A reminder that is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    /// Which one.
    pub kind: ReminderKind,
    /// The time it was set for today.
    pub at: NaiveTime,
}

/// The reminders due at `now` (local time): each one that is on and whose time today has
/// come, unless it is not needed today.
///
/// The training reminder is left out when there is no profile yet, before the programme
/// starts, when today is not a training day of the programme in force today, when a session
/// is logged today, or when today's diary marks the day as rest advised or away. The diary
/// reminder is left out when there is no profile yet, or when today's diary entry is written
/// (which includes a day marked away).
#[must_use]
pub fn due(
    settings: &Settings,
    profile: Option<&Profile>,
    programmes: Programmes<'_>,
    journal: &Journal,
    now: NaiveDateTime,
) -> Vec<Due> {
    let Some(profile) = profile else {
        return Vec::new();
    };
    let today = now.date();
    let diary_today: Vec<DayState> = journal
        .month(crate::model::YearMonth::of(today))
        .map(|m| {
            m.diary
                .iter()
                .filter(|d| d.date == today)
                .map(|d| d.day_state)
                .collect()
        })
        .unwrap_or_default();
    let needed = |kind: ReminderKind| match kind {
        ReminderKind::Training => {
            today >= profile.start_date
                && programmes.in_force(today).is_training_day(today.weekday())
                && journal.session_on(today).is_none()
                && !diary_today
                    .iter()
                    .any(|s| matches!(s, DayState::RestAdvised | DayState::Away))
        }
        // A day marked away is marked in a diary entry, so it is covered here too.
        ReminderKind::Diary => diary_today.is_empty(),
    };
    ReminderKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let at = kind.setting(settings).time()?;
            (now.time() >= at && needed(kind)).then_some(Due { kind, at })
        })
        .collect()
}

/// The reminders already shown on one day, so a reminder comes once a day however often
/// `remind` runs. Kept in the data folder as `reminders-sent.ron`; not patient data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sent {
    /// The day.
    pub date: Option<NaiveDate>,
    /// What was shown that day.
    pub kinds: Vec<ReminderKind>,
}

impl Sent {
    /// The due reminders not shown yet today.
    #[must_use]
    pub fn not_yet_shown(&self, due: &[Due], today: NaiveDate) -> Vec<Due> {
        due.iter()
            .filter(|d| self.date != Some(today) || !self.kinds.contains(&d.kind))
            .copied()
            .collect()
    }

    /// The note after showing `shown` today.
    #[must_use]
    pub fn after_showing(&self, shown: &[Due], today: NaiveDate) -> Self {
        let mut kinds = if self.date == Some(today) {
            self.kinds.clone()
        } else {
            Vec::new()
        };
        for d in shown {
            if !kinds.contains(&d.kind) {
                kinds.push(d.kind);
            }
        }
        kinds.sort();
        Self {
            date: Some(today),
            kinds,
        }
    }
}

/// What the reminder settings will do, in one plain line each in `lang`, such as "A
/// reminder at 18:00 on Monday, Wednesday, Friday unless you have logged your session."
#[must_use]
pub fn describe(
    lang: Lang,
    settings: &Settings,
    programmes: Programmes<'_>,
    today: NaiveDate,
) -> Vec<String> {
    let words = Words::for_language(lang);
    let mut lines = Vec::new();
    if let Some(at) = settings.training_reminder.time() {
        let days = &programmes.in_force(today).training_days;
        let days = if days.is_empty() {
            t_in!(words, "analysis-reminder-no-training-days")
        } else {
            let mut sorted: Vec<Weekday> = days.clone();
            sorted.sort_by_key(Weekday::num_days_from_monday);
            // Each weekday's name as the language writes it, from a day that falls on it.
            let monday =
                today - chrono::Days::new(u64::from(today.weekday().num_days_from_monday()));
            sorted
                .iter()
                .map(|d| {
                    let on = monday + chrono::Days::new(u64::from(d.num_days_from_monday()));
                    format::weekday(lang, on)
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        lines.push(t_in!(
            words,
            "analysis-reminder-training",
            time = at.format("%H:%M").to_string(),
            days = days
        ));
    }
    if let Some(at) = settings.diary_reminder.time() {
        lines.push(t_in!(
            words,
            "analysis-reminder-diary",
            time = at.format("%H:%M").to_string()
        ));
    }
    if lines.is_empty() {
        lines.push(t_in!(words, "analysis-reminder-none"));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testkit::{JournalBuilder, day, profile, programme};
    use crate::model::{EarlierProgramme, Programme};

    fn at(offset: i64, hour: u32, minute: u32) -> NaiveDateTime {
        day(offset).and_hms_opt(hour, minute, 0).unwrap()
    }

    fn both_on() -> Settings {
        let mut s = Settings::default();
        s.training_reminder.on = true;
        s.diary_reminder.on = true;
        s
    }

    fn kinds(d: &[Due]) -> Vec<ReminderKind> {
        d.iter().map(|d| d.kind).collect()
    }

    // Day 0 of the test journals is Monday 2 March 2026; the default programme trains on
    // Monday, Wednesday and Friday.
    #[test]
    fn nothing_is_due_while_reminders_are_off_or_before_their_time() {
        let p = programme();
        let j = JournalBuilder::new().journal;
        let prof = profile();
        let view = Programmes::only(&p);
        assert!(due(&Settings::default(), Some(&prof), view, &j, at(0, 23, 0)).is_empty());
        assert!(due(&both_on(), Some(&prof), view, &j, at(0, 17, 59)).is_empty());
        assert_eq!(
            due(&both_on(), Some(&prof), view, &j, at(0, 18, 0)),
            [Due {
                kind: ReminderKind::Training,
                at: NaiveTime::from_hms_opt(18, 0, 0).unwrap()
            }]
        );
        assert_eq!(
            kinds(&due(&both_on(), Some(&prof), view, &j, at(0, 20, 30))),
            [ReminderKind::Training, ReminderKind::Diary]
        );
        assert!(due(&both_on(), None, view, &j, at(0, 21, 0)).is_empty());
    }

    #[test]
    fn training_is_due_only_on_training_days_of_the_programme_in_force() {
        let p = programme();
        let j = JournalBuilder::new().journal;
        let prof = profile();
        // Tuesday: diary only.
        assert_eq!(
            kinds(&due(
                &both_on(),
                Some(&prof),
                Programmes::only(&p),
                &j,
                at(1, 21, 0)
            )),
            [ReminderKind::Diary]
        );
        // Before the programme starts: no training reminder.
        assert_eq!(
            kinds(&due(
                &both_on(),
                Some(&prof),
                Programmes::only(&p),
                &j,
                at(-7, 21, 0)
            )),
            [ReminderKind::Diary]
        );
        // A programme training on Tuesdays from day 1; the one before it trained on Monday.
        let mut tuesdays = p.clone();
        tuesdays.training_days = vec![Weekday::Tue];
        let earlier = [EarlierProgramme {
            until: day(0),
            programme: p.clone(),
        }];
        let view = Programmes {
            current: &tuesdays,
            earlier: &earlier,
        };
        assert_eq!(
            kinds(&due(&both_on(), Some(&prof), view, &j, at(0, 19, 0))),
            [ReminderKind::Training]
        );
        assert_eq!(
            kinds(&due(&both_on(), Some(&prof), view, &j, at(1, 19, 0))),
            [ReminderKind::Training]
        );
        assert!(due(&both_on(), Some(&prof), view, &j, at(2, 19, 0)).is_empty());
    }

    #[test]
    fn a_logged_session_or_a_rest_or_away_day_skips_the_training_reminder() {
        let p = programme();
        let prof = profile();
        let view = Programmes::only(&p);
        let mut b = JournalBuilder::new();
        b.session(0, 2, None);
        assert!(due(&both_on(), Some(&prof), view, &b.journal, at(0, 19, 0)).is_empty());
        for state in [DayState::RestAdvised, DayState::Away] {
            let mut b = JournalBuilder::new();
            b.diary_full(2, 4, state, None, 9);
            assert!(
                due(&both_on(), Some(&prof), view, &b.journal, at(2, 22, 0)).is_empty(),
                "{state:?}"
            );
        }
        // A flare-up does not: the patient may still train gently. The diary is written.
        let mut b = JournalBuilder::new();
        b.diary_full(2, 7, DayState::Flare, None, 9);
        assert_eq!(
            kinds(&due(
                &both_on(),
                Some(&prof),
                view,
                &b.journal,
                at(2, 22, 0)
            )),
            [ReminderKind::Training]
        );
        // Yesterday's session and diary count for nothing today.
        let mut b = JournalBuilder::new();
        b.session(0, 2, None).diary(0, 3);
        assert_eq!(
            kinds(&due(
                &both_on(),
                Some(&prof),
                view,
                &b.journal,
                at(2, 22, 0)
            )),
            [ReminderKind::Training, ReminderKind::Diary]
        );
    }

    #[test]
    fn a_diary_entry_today_skips_the_diary_reminder() {
        let p: Programme = programme();
        let prof = profile();
        let mut b = JournalBuilder::new();
        b.diary_full(1, 3, DayState::Normal, None, 8);
        assert!(
            due(
                &both_on(),
                Some(&prof),
                Programmes::only(&p),
                &b.journal,
                at(1, 22, 0)
            )
            .is_empty()
        );
    }

    #[test]
    fn each_reminder_is_shown_once_a_day() {
        let p = programme();
        let prof = profile();
        let j = JournalBuilder::new().journal;
        let view = Programmes::only(&p);
        let now = at(0, 18, 30);
        let first = due(&both_on(), Some(&prof), view, &j, now);
        let sent = Sent::default();
        assert_eq!(sent.not_yet_shown(&first, now.date()), first);
        let sent = sent.after_showing(&first, now.date());
        assert!(sent.not_yet_shown(&first, now.date()).is_empty());
        // Later that evening only the diary reminder is new.
        let later = due(&both_on(), Some(&prof), view, &j, at(0, 21, 0));
        let new = sent.not_yet_shown(&later, now.date());
        assert_eq!(kinds(&new), [ReminderKind::Diary]);
        let sent = sent.after_showing(&new, now.date());
        assert_eq!(sent.kinds, [ReminderKind::Training, ReminderKind::Diary]);
        // The next training day starts afresh.
        let wednesday = due(&both_on(), Some(&prof), view, &j, at(2, 18, 0));
        assert_eq!(sent.not_yet_shown(&wednesday, day(2)), wednesday);
        assert_eq!(
            sent.after_showing(&wednesday, day(2)).kinds,
            [ReminderKind::Training]
        );
    }

    #[test]
    fn the_settings_are_described_in_plain_words() {
        let p = programme();
        let view = Programmes::only(&p);
        assert_eq!(
            describe(Lang::En, &Settings::default(), view, day(0)),
            ["No reminders: the app will not remind you."]
        );
        assert_eq!(
            describe(Lang::En, &both_on(), view, day(0)),
            [
                "A reminder at 18:00 on Monday, Wednesday, Friday unless you have logged your session, or your diary says rest or away.",
                "A reminder at 20:30 every day unless you have written that day's diary entry."
            ]
        );
    }
}
