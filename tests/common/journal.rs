//! Journals written by hand for the tests. The programme starts on Monday 2 March 2026
//! (day 0); with the default programme the decision point is day 83, the last day of week 12.

use super::{run, stderr, stdout};
use chrono::{Duration, NaiveDate, NaiveTime};
use rehab_tracker::model::{
    Amount, DayState, DiaryEntry, ExerciseLog, Journal, Load, Pain, Profile, Programme, Reps,
    Session, SetLog, Side, Symptoms, Units,
};
use rehab_tracker::storage::{SaveBatch, Store};
use serde_json::Value;
use std::path::Path;

pub fn day(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap() + Duration::days(offset)
}

pub fn date_arg(offset: i64) -> String {
    day(offset).format("%Y-%m-%d").to_string()
}

/// A journal being written: diary entries and sessions by day offset.
#[derive(Default)]
pub struct Diary {
    pub journal: Journal,
}

impl Diary {
    pub fn worst(&mut self, first: i64, values: &[u8]) -> &mut Self {
        for (v, i) in values.iter().zip(0..) {
            self.entry(first + i, *v, DayState::Normal);
        }
        self
    }

    pub fn entry(&mut self, offset: i64, worst: u8, state: DayState) -> &mut Self {
        let id = self.journal.next_id(day(offset));
        self.journal.add_diary(DiaryEntry {
            id,
            date: day(offset),
            time: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
            pain_now: Pain::new(i64::from(worst.saturating_sub(1))).unwrap(),
            worst_24h: Pain::new(i64::from(worst)).unwrap(),
            sitting_mins: None,
            day_state: state,
            symptoms: Symptoms::default(),
            note: String::new(),
        });
        self
    }

    pub fn sessions(&mut self, offsets: impl IntoIterator<Item = i64>) -> &mut Self {
        for offset in offsets {
            let id = self.journal.next_id(day(offset));
            self.journal.add_session(Session {
                id,
                date: day(offset),
                time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
                exercises: vec![ExerciseLog {
                    exercise_id: "hip_thrust".into(),
                    level: 1,
                    sets: vec![SetLog {
                        side: None,
                        amount: Amount::Reps(Reps::new(12).unwrap()),
                        load: Load::Bodyweight,
                    }],
                    pain_during: Some(Pain::new(2).unwrap()),
                    effort: None,
                    note: String::new(),
                }],
                next_morning_pain: None,
                effort: None,
                note: String::new(),
            });
        }
        self
    }

    /// Three sessions a week (days 0, 2 and 4 of each) for `weeks` weeks.
    pub fn three_a_week(&mut self, weeks: i64) -> &mut Self {
        self.sessions((0..weeks).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4]))
    }

    pub fn write(&self, dir: &Path) {
        let store = Store::new(dir);
        store
            .save(&SaveBatch {
                profile: Some(Profile {
                    affected_side: Side::Left,
                    both_sides: false,
                    start_date: day(0),
                    units: Units::Kg,
                    patient_code: String::new(),
                    psfs_activities: Vec::new(),
                    patient_id: None,
                }),
                programme: Some(rehab_tracker::model::ProgrammeRecord::new(
                    Programme::default_programme().unwrap(),
                )),
                settings: None,
                months: self
                    .journal
                    .months()
                    .iter()
                    .map(|(ym, m)| (*ym, m.clone()))
                    .collect(),
            })
            .unwrap();
    }
}

/// Twelve weeks to day 83: three sessions a week, a diary every day: `base` in week 1,
/// `mid` on days 7-69, `recent` on days 70-83.
pub fn twelve_weeks(base: u8, mid: u8, recent: &[u8; 14]) -> Diary {
    let mut d = Diary::default();
    d.worst(0, &[base; 7])
        .worst(7, &[mid; 63])
        .worst(70, recent)
        .three_a_week(12);
    d
}

pub fn status_json(dir: &Path, on: i64) -> Value {
    let o = run(dir, &["status", "--on", &date_arg(on), "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert_eq!(text.lines().count(), 1, "one JSON object: {text}");
    serde_json::from_str(&text).unwrap()
}
