//! Builders of model values, one function per type, so a field added to the model needs one
//! fix here and nowhere else in the tests.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use chrono::{NaiveDate, NaiveTime};
use rehab_tracker::model::{
    Amount, Band, BandStrength, DayState, DiaryEntry, Effort, EntryId, Event, EventKind,
    ExerciseLog, Guidance, HoldSecs, Load, LoadKg, Pain, Profile, Reps, Session, SetLog, Side,
    SittingMins, Symptoms, Units,
};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn hms(h: u32, m: u32, s: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, s).unwrap()
}

pub fn pain(v: i64) -> Pain {
    Pain::new(v).unwrap()
}

pub fn profile(side: Side, start: NaiveDate, units: Units, code: &str) -> Profile {
    Profile {
        affected_side: side,
        both_sides: false,
        start_date: start,
        units,
        patient_code: code.into(),
        psfs_activities: Vec::new(),
        patient_id: None,
    }
}

pub fn set(side: Option<Side>, amount: Amount, load: Load) -> SetLog {
    SetLog { side, amount, load }
}

pub fn reps(n: i64) -> Amount {
    Amount::Reps(Reps::new(n).unwrap())
}

pub fn hold(s: i64) -> Amount {
    Amount::HoldSecs(HoldSecs::new(s).unwrap())
}

pub fn kg(v: f64) -> Load {
    Load::Kg(LoadKg::new(v).unwrap())
}

pub fn band(strength: BandStrength, doubled: bool) -> Load {
    Load::Band(Band { strength, doubled })
}

pub fn exercise_log(
    id: &str,
    level: u8,
    sets: Vec<SetLog>,
    pain_during: Option<Pain>,
    effort: Option<Effort>,
    note: &str,
) -> ExerciseLog {
    ExerciseLog {
        exercise_id: id.into(),
        level,
        sets,
        pain_during,
        effort,
        note: note.into(),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn session(
    id: EntryId,
    date: NaiveDate,
    time: NaiveTime,
    exercises: Vec<ExerciseLog>,
    next_morning_pain: Option<Pain>,
    effort: Option<Effort>,
    note: &str,
) -> Session {
    Session {
        id,
        date,
        time,
        exercises,
        next_morning_pain,
        effort,
        note: note.into(),
    }
}

pub fn symptoms(flags: [bool; 5]) -> Symptoms {
    let [snapping, buttock, hip, groin, back_of_thigh] = flags;
    Symptoms {
        snapping,
        buttock,
        hip,
        groin,
        back_of_thigh,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn diary(
    id: EntryId,
    date: NaiveDate,
    time: NaiveTime,
    now: Pain,
    worst: Pain,
    sitting: Option<SittingMins>,
    day_state: DayState,
    symptoms: Symptoms,
    note: &str,
) -> DiaryEntry {
    DiaryEntry {
        id,
        date,
        time,
        pain_now: now,
        worst_24h: worst,
        sitting_mins: sitting,
        day_state,
        symptoms,
        note: note.into(),
    }
}

pub fn event(id: EntryId, date: NaiveDate, time: NaiveTime, kind: EventKind, note: &str) -> Event {
    Event {
        id,
        date,
        time,
        kind,
        note: note.into(),
    }
}

pub fn injection(side: Option<Side>, guidance: Option<Guidance>) -> EventKind {
    EventKind::Injection { side, guidance }
}

/// A plain diary entry: id, date and worst pain; the rest simple.
pub fn simple_diary(id: EntryId, date: NaiveDate, worst: i64) -> DiaryEntry {
    diary(
        id,
        date,
        hms(9, 30, 0),
        pain(worst / 2),
        pain(worst),
        None,
        DayState::Normal,
        Symptoms::default(),
        "a note with \"quotes\" and ünïcode",
    )
}
