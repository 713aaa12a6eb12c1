//! One month of days as the calendar beside adherence shows them: a session done, a rest
//! day, a day left out of adherence (rest advised, unwell or away), a training day missed,
//! a training day to come.
//!
//! Read from the one adherence computation ([`super::adherence`]): a day is left out exactly
//! when adherence leaves it out ([`leaves_day_out`]), and a training day with no session is
//! missed only when its programme week fell short of the sessions it prescribed (adherence
//! counts sessions a week, not set days), so a session moved from Monday to Tuesday leaves
//! Monday a rest day.

use super::adherence::{Adherence, leaves_day_out};
use crate::i18n::{Lang, Words, format};
use crate::model::{DayState, Journal, Programmes, YearMonth};
use crate::t_in;
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

/// What a day of the calendar was, or is planned to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayKind {
    /// Before the programme started.
    BeforeStart,
    /// At least one session logged.
    Done,
    /// The clinician advised rest: left out of adherence.
    RestAdvised,
    /// Unwell or away: left out of adherence.
    Away,
    /// A training day with no session, in a week short of its sessions.
    Missed,
    /// No session planned (or the week's sessions were done on other days).
    Rest,
    /// A training day to come, today included.
    Due,
    /// A day to come with no session planned.
    Later,
}

impl DayKind {
    /// Every kind, in the order a key to the calendar lists them.
    pub const ALL: [Self; 8] = [
        Self::Done,
        Self::Missed,
        Self::Due,
        Self::Rest,
        Self::RestAdvised,
        Self::Away,
        Self::Later,
        Self::BeforeStart,
    ];

    /// The words for the day in `lang`, as in "Thursday, 12 November 2026: session done".
    #[must_use]
    pub fn words(self, lang: Lang) -> String {
        let words = Words::for_language(lang);
        match self {
            Self::BeforeStart => t_in!(words, "analysis-day-before-start"),
            Self::Done => t_in!(words, "analysis-day-done"),
            Self::RestAdvised => t_in!(words, "analysis-day-rest-advised"),
            Self::Away => t_in!(words, "analysis-day-away"),
            Self::Missed => t_in!(words, "analysis-day-missed"),
            Self::Rest | Self::Later => t_in!(words, "analysis-day-rest"),
            Self::Due => t_in!(words, "analysis-day-due"),
        }
    }
}

/// One day of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDay {
    /// The day.
    pub date: NaiveDate,
    /// What it was.
    pub kind: DayKind,
    /// Whether it is the day assessed (today).
    pub today: bool,
}

impl CalendarDay {
    /// What a screen reader says, in `lang`: "Thursday, 12 November 2026: session done",
    /// "Monday, 30 November 2026, today: training day".
    #[must_use]
    pub fn label(&self, lang: Lang) -> String {
        let words = Words::for_language(lang);
        let (date, what) = (format::long_date(lang, self.date), self.kind.words(lang));
        if self.today {
            t_in!(words, "analysis-calendar-today", date = date, what = what)
        } else {
            t_in!(words, "analysis-calendar-day", date = date, what = what)
        }
    }
}

/// Every day of month `month`, first to last, as of `on`. `adherence` is the programme's
/// adherence as of `on` ([`super::Progress::adherence`]), its weeks counted from `start`.
#[must_use]
pub fn month(
    journal: &Journal,
    programmes: Programmes<'_>,
    adherence: &Adherence,
    start: NaiveDate,
    month: YearMonth,
    on: NaiveDate,
) -> Vec<CalendarDay> {
    let Some(first) = month.first_day() else {
        return Vec::new();
    };
    let entries = journal.month(month);
    let sessions: BTreeSet<NaiveDate> = entries
        .iter()
        .flat_map(|m| m.sessions.iter().map(|s| s.date))
        .collect();
    // Rest advised wins over away when a day has both.
    let mut left_out: BTreeMap<NaiveDate, DayState> = BTreeMap::new();
    for e in entries
        .iter()
        .flat_map(|m| m.diary.iter())
        .filter(|e| leaves_day_out(e.day_state))
    {
        let state = left_out.entry(e.date).or_insert(e.day_state);
        if e.day_state == DayState::RestAdvised {
            *state = DayState::RestAdvised;
        }
    }
    let week_short = |d: NaiveDate| {
        let index = usize::try_from((d - start).num_days() / 7).unwrap_or(usize::MAX);
        adherence
            .weeks
            .get(index)
            .is_some_and(|w| w.counted + super::pain::TOLERANCE < w.prescribed)
    };
    first
        .iter_days()
        .take_while(|d| d.month() == month.month)
        .map(|date| {
            let training = programmes.in_force(date).is_training_day(date.weekday());
            let kind = if sessions.contains(&date) {
                DayKind::Done
            } else if date < start {
                DayKind::BeforeStart
            } else if let Some(state) = left_out.get(&date) {
                if *state == DayState::RestAdvised {
                    DayKind::RestAdvised
                } else {
                    DayKind::Away
                }
            } else if date >= on {
                if training {
                    DayKind::Due
                } else {
                    DayKind::Later
                }
            } else if training && week_short(date) {
                DayKind::Missed
            } else {
                DayKind::Rest
            };
            CalendarDay {
                date,
                kind,
                today: date == on,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::adherence::adherence;
    use crate::model::{DiaryEntry, Pain, Programme, Session};
    use chrono::NaiveTime;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn session(j: &mut Journal, date: NaiveDate) {
        let id = j.next_id(date);
        j.add_session(Session {
            id,
            date,
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            exercises: Vec::new(),
            next_morning_pain: None,
            effort: None,
            note: String::new(),
        });
    }

    #[test]
    fn days_are_done_missed_moved_left_out_and_due() {
        // Mondays, Wednesdays and Fridays; the programme starts on Monday 2 November.
        let programme = Programme::default_programme().unwrap();
        let start = d(2);
        let on = d(18); // a Wednesday
        let mut j = Journal::new();
        // Week 1: Monday and Wednesday done, Friday missed.
        session(&mut j, d(2));
        session(&mut j, d(4));
        // Week 2: Monday moved to Tuesday; Wednesday rest advised; Friday and Saturday done.
        session(&mut j, d(10));
        session(&mut j, d(13));
        session(&mut j, d(14));
        let id = j.next_id(d(11));
        j.add_diary(DiaryEntry {
            id,
            date: d(11),
            time: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
            pain_now: Pain::new(3).unwrap(),
            worst_24h: Pain::new(4).unwrap(),
            sitting_mins: None,
            day_state: DayState::RestAdvised,
            symptoms: crate::model::Symptoms::default(),
            note: String::new(),
        });
        let a = adherence(&j, start, 3, on);
        let days = month(
            &j,
            Programmes::only(&programme),
            &a,
            start,
            YearMonth::of(on),
            on,
        );
        assert_eq!(days.len(), 30);
        let kind = |n: u32| days[n as usize - 1].kind;
        assert_eq!(kind(1), DayKind::BeforeStart);
        assert_eq!(kind(2), DayKind::Done);
        assert_eq!(kind(3), DayKind::Rest);
        assert_eq!(kind(6), DayKind::Missed);
        assert_eq!(kind(9), DayKind::Rest, "made up on the Tuesday");
        assert_eq!(kind(10), DayKind::Done);
        assert_eq!(kind(11), DayKind::RestAdvised);
        assert_eq!(kind(16), DayKind::Missed, "week 3 is short so far");
        assert_eq!(kind(18), DayKind::Due);
        assert!(days[17].today);
        assert_eq!(kind(19), DayKind::Later);
        assert_eq!(kind(20), DayKind::Due);
    }

    #[test]
    fn labels_name_the_day_and_what_it_was() {
        let day = CalendarDay {
            date: d(12),
            kind: DayKind::Done,
            today: false,
        };
        assert_eq!(
            day.label(Lang::En),
            "Thursday, 12 November 2026: session done"
        );
        let day = CalendarDay {
            date: d(30),
            kind: DayKind::Due,
            today: true,
        };
        assert_eq!(
            day.label(Lang::En),
            "Monday, 30 November 2026, today: training day"
        );
        assert_eq!(
            day.label(Lang::Fr),
            "lundi 30 novembre 2026, aujourd’hui : jour d’entraînement"
        );
    }

    #[test]
    fn missed_days_agree_with_the_weeks_adherence_counts_short() {
        let programme = Programme::default_programme().unwrap();
        let start = d(2);
        let on = d(30);
        let mut j = Journal::new();
        // Weeks 1 and 3 done in full (Mon, Wed, Fri), weeks 2 and 4 one session each.
        for day in [2, 4, 6, 9, 16, 18, 20, 23] {
            session(&mut j, d(day));
        }
        let a = adherence(&j, start, 3, on);
        let days = month(
            &j,
            Programmes::only(&programme),
            &a,
            start,
            YearMonth::of(on),
            on,
        );
        for w in a.weeks.iter().filter(|w| w.to < on) {
            let missed = days
                .iter()
                .filter(|x| x.date >= w.from && x.date <= w.to && x.kind == DayKind::Missed)
                .count();
            let short = w.counted < w.prescribed;
            assert_eq!(missed > 0, short, "week {}: {missed} missed", w.week);
            let done = days
                .iter()
                .filter(|x| x.date >= w.from && x.date <= w.to && x.kind == DayKind::Done)
                .count();
            assert_eq!(done, w.done as usize, "week {}", w.week);
        }
        assert_eq!(
            days[30 - 1].kind,
            DayKind::Due,
            "today, Monday 30, not yet done"
        );
    }

    #[test]
    fn months_before_the_start_and_to_come_and_of_31_days() {
        let programme = Programme::default_programme().unwrap();
        let start = d(2);
        let on = d(18);
        let j = Journal::new();
        let a = adherence(&j, start, 3, on);
        let cal = |ym: YearMonth| month(&j, Programmes::only(&programme), &a, start, ym, on);
        let october = cal(YearMonth::of(on).previous());
        assert_eq!(october.len(), 31);
        assert!(october.iter().all(|x| x.kind == DayKind::BeforeStart));
        let december = cal(YearMonth::of(on).next());
        assert_eq!(december.len(), 31);
        assert!(
            december
                .iter()
                .all(|x| matches!(x.kind, DayKind::Due | DayKind::Later))
        );
        // Tuesday 1 December is a rest day, Wednesday 2 a training day.
        assert_eq!(december[0].kind, DayKind::Later);
        assert_eq!(december[1].kind, DayKind::Due);
        assert_eq!(
            YearMonth::of(d(1)).next().next(),
            YearMonth {
                year: 2027,
                month: 1
            }
        );
    }
}
