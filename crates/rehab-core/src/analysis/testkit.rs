//! Small helpers that build hand-computed journals for the analysis tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::model::{
    Amount, DayState, DiaryEntry, Event, EventKind, ExerciseLog, Journal, Load, LoadKg, Pain,
    Profile, Programme, Reps, Session, SetLog, Side, SittingMins, Symptoms, Units,
};
use chrono::{Duration, NaiveDate, NaiveTime};

/// The programme start of every test journal: Monday 2 March 2026.
pub fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

/// The day `offset` days after the start (day 0 is the start).
pub fn day(offset: i64) -> NaiveDate {
    start() + Duration::days(offset)
}

/// The profile of the test journals.
pub fn profile() -> Profile {
    Profile {
        affected_side: Side::Left,
        both_sides: false,
        start_date: start(),
        units: Units::Kg,
        patient_code: String::new(),
        psfs_activities: Vec::new(),
        patient_id: None,
    }
}

/// The default programme.
pub fn programme() -> Programme {
    Programme::default_programme().unwrap()
}

/// Builds a journal entry by entry.
#[derive(Default)]
pub struct JournalBuilder {
    /// The journal built so far.
    pub journal: Journal,
}

impl JournalBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// A diary entry on day `offset` with this worst pain.
    pub fn diary(&mut self, offset: i64, worst: u8) -> &mut Self {
        self.diary_full(offset, worst, DayState::Normal, None, 20)
    }

    /// A diary entry with a day state.
    pub fn diary_state(&mut self, offset: i64, worst: u8, state: DayState) -> &mut Self {
        self.diary_full(offset, worst, state, None, 20)
    }

    /// Diary entries with these worst values, one a day from day `first`.
    pub fn diary_run(&mut self, first: i64, worst: &[u8]) -> &mut Self {
        for (v, i) in worst.iter().zip(0..) {
            self.diary(first + i, *v);
        }
        self
    }

    /// Every field a test varies.
    pub fn diary_full(
        &mut self,
        offset: i64,
        worst: u8,
        state: DayState,
        sitting: Option<u16>,
        hour: u32,
    ) -> &mut Self {
        let id = self.journal.next_id(day(offset));
        self.journal.add_diary(DiaryEntry {
            id,
            date: day(offset),
            time: NaiveTime::from_hms_opt(hour, 0, 0).unwrap(),
            pain_now: Pain::new(i64::from(worst.saturating_sub(1))).unwrap(),
            worst_24h: Pain::new(i64::from(worst)).unwrap(),
            sitting_mins: sitting.map(|m| SittingMins::new(i64::from(m)).unwrap()),
            day_state: state,
            symptoms: Symptoms::default(),
            note: String::new(),
        });
        self
    }

    /// A session on day `offset`: one hip thrust at level 1, 2 sets of 12 body weight.
    pub fn session(&mut self, offset: i64, during: u8, morning: Option<u8>) -> &mut Self {
        self.session_with(offset, during, morning, "hip_thrust", 1, None)
    }

    /// A session of one exercise at a level, with an optional load.
    pub fn session_with(
        &mut self,
        offset: i64,
        during: u8,
        morning: Option<u8>,
        exercise: &str,
        level: u8,
        kg: Option<f64>,
    ) -> &mut Self {
        let id = self.journal.next_id(day(offset));
        let load = kg.map_or(Load::Bodyweight, |k| Load::Kg(LoadKg::new(k).unwrap()));
        let set = SetLog {
            side: None,
            amount: Amount::Reps(Reps::new(12).unwrap()),
            load,
        };
        self.journal.add_session(Session {
            id,
            date: day(offset),
            time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            exercises: vec![ExerciseLog {
                exercise_id: exercise.into(),
                level,
                sets: vec![set, set],
                pain_during: Some(Pain::new(i64::from(during)).unwrap()),
                effort: None,
                note: String::new(),
            }],
            next_morning_pain: morning.map(|m| Pain::new(i64::from(m)).unwrap()),
            effort: None,
            note: String::new(),
        });
        self
    }

    /// Sessions on these days.
    pub fn sessions(&mut self, offsets: impl IntoIterator<Item = i64>) -> &mut Self {
        for offset in offsets {
            self.session(offset, 2, None);
        }
        self
    }

    /// An event on day `offset` at `hour`.
    pub fn event(&mut self, offset: i64, hour: u32, kind: EventKind) -> &mut Self {
        let id = self.journal.next_id(day(offset));
        self.journal.add_event(Event {
            id,
            date: day(offset),
            time: NaiveTime::from_hms_opt(hour, 0, 0).unwrap(),
            kind,
            note: String::new(),
        });
        self
    }

    /// An injection on day `offset`.
    pub fn injection(&mut self, offset: i64) -> &mut Self {
        self.event(
            offset,
            10,
            EventKind::Injection {
                side: Some(Side::Left),
                guidance: None,
            },
        )
    }
}
