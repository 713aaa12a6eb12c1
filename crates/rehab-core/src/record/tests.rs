//! Every change: applied, undone, redone, with the files it marks; and what is refused.

use super::*;
use crate::model::{
    Ability, DayState, DiaryEntry, EventKind, ExerciseLog, PsfsEntry, PsfsScore, RedFlagSign,
    Session, Side, Symptoms, Units,
};
use chrono::NaiveTime;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn today() -> NaiveDate {
    day(24)
}

fn profile() -> Profile {
    Profile {
        affected_side: Side::Left,
        both_sides: false,
        start_date: day(2),
        units: Units::Kg,
        patient_code: "HIP-7".into(),
        psfs_activities: vec!["Sitting through a film".into()],
        patient_id: None,
    }
}

fn set_up() -> Record {
    let mut r = Record::new(None, None, Journal::new()).unwrap();
    r.apply(Change::SetUp(profile()), today()).unwrap();
    let (unsaved, batch) = r.take_unsaved();
    assert!(
        unsaved.profile && unsaved.programmes,
        "setting up saves both"
    );
    assert!(batch.profile.is_some() && batch.programme.is_some());
    r
}

fn diary(date: NaiveDate, now: i64, worst: i64) -> Entry {
    Entry::Diary(DiaryEntry {
        id: 0,
        date,
        time: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
        pain_now: Pain::new(now).unwrap(),
        worst_24h: Pain::new(worst).unwrap(),
        sitting_mins: None,
        day_state: DayState::Normal,
        symptoms: Symptoms::default(),
        note: String::new(),
    })
}

fn session(date: NaiveDate) -> Entry {
    let programme = Programme::default_programme().unwrap();
    Entry::Session(crate::analysis::schedule::as_prescribed(
        &programme,
        &Journal::new(),
        Side::Left,
        &[],
        Some(Pain::new(2).unwrap()),
        date,
        NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
    ))
}

/// The parts a test compares: what the record holds, not its history.
fn state(r: &Record) -> Diary {
    r.diary().clone()
}

/// Applies `change`, then checks undo gives back the state before and redo the state after,
/// twice over, with the files marked each time.
fn round_trip(r: &mut Record, change: Change) -> Applied {
    let before = state(r);
    let applied = r.apply(change, today()).unwrap();
    let after = state(r);
    assert_ne!(before, after, "the change changed something");
    let _ = r.take_unsaved();
    for _ in 0..2 {
        assert!(r.undo().is_some());
        assert_eq!(state(r), before, "undo puts back the state before");
        assert!(!r.unsaved().is_empty(), "undo marks what it changed");
        let _ = r.take_unsaved();
        assert!(r.redo().is_some());
        assert_eq!(state(r), after, "redo puts back the state after");
        assert!(!r.unsaved().is_empty(), "redo marks what it changed");
        let _ = r.take_unsaved();
    }
    applied
}

#[test]
fn logging_an_entry_of_each_kind_undoes_and_redoes() {
    let mut r = set_up();
    let applied = round_trip(&mut r, Change::Log(diary(day(20), 3, 5)));
    assert_eq!(applied.message, "Saved: diary entry of 20 November.");
    let id = applied.new_id.unwrap();
    assert_eq!(r.journal().diary_on(day(20)).map(|d| d.id), Some(id));
    round_trip(&mut r, Change::Log(session(day(20))));
    round_trip(
        &mut r,
        Change::Log(Entry::Psfs(PsfsEntry {
            id: 0,
            date: day(21),
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            scores: vec![PsfsScore {
                activity: "Sitting through a film".into(),
                score: Ability::new(4).unwrap(),
            }],
        })),
    );
    round_trip(
        &mut r,
        Change::Log(Entry::Event(Event {
            id: 0,
            date: day(22),
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            kind: EventKind::RedFlag {
                signs: vec![RedFlagSign::ConstantNightPain],
            },
            note: String::new(),
        })),
    );
    let counts = r.journal().counts();
    assert_eq!((counts, r.journal().psfs().count()), ((1, 1, 1), 1));
}

#[test]
fn replace_delete_and_next_morning_undo_and_redo() {
    let mut r = set_up();
    let id = r
        .apply(Change::Log(diary(day(20), 3, 5)), today())
        .unwrap()
        .new_id
        .unwrap();
    let Entry::Diary(mut d) = r.journal().get(id).unwrap().to_owned_entry() else {
        panic!("a diary entry")
    };
    d.worst_24h = Pain::new(8).unwrap();
    round_trip(&mut r, Change::Replace(Entry::Diary(d)));
    assert_eq!(r.journal().diary_on(day(20)).unwrap().worst_24h.get(), 8);
    let session_id = r
        .apply(Change::Log(session(day(20))), today())
        .unwrap()
        .new_id
        .unwrap();
    round_trip(
        &mut r,
        Change::SetNextMorning {
            session_id,
            pain: Pain::new(1).unwrap(),
        },
    );
    round_trip(&mut r, Change::Delete(id));
    assert!(r.journal().get(id).is_none());
}

#[test]
fn profile_level_and_programme_changes_undo_and_redo() {
    let mut r = set_up();
    let mut p = profile();
    p.units = Units::Lb;
    p.patient_code = "HIP-8".into();
    round_trip(&mut r, Change::UpdateProfile(p));
    assert_eq!(r.profile().map(|p| p.units), Some(Units::Lb));
    assert!(
        r.profile().is_some_and(|p| p.patient_id.is_some()),
        "set up with an identifier, kept by a change"
    );

    let mut settings = *r.settings();
    settings.training_reminder.on = true;
    round_trip(&mut r, Change::UpdateSettings(settings));
    assert!(r.settings().training_reminder.on);
    let (unsaved, batch) = r.take_unsaved();
    assert!(!unsaved.settings, "saved already by the round trip's takes");
    assert!(batch.settings.is_none());

    let at = today().and_hms_opt(18, 0, 0).unwrap();
    let applied = round_trip(
        &mut r,
        Change::ChangeLevel {
            exercise_id: "hip_thrust".into(),
            to: 2,
            at,
        },
    );
    assert_eq!(r.programme().exercise("hip_thrust").unwrap().level, 2);
    let event = r.journal().get(applied.new_id.unwrap()).unwrap();
    assert!(matches!(
        event,
        crate::model::EntryRef::Event(Event {
            kind: EventKind::LevelChange { from: 1, to: 2, .. },
            ..
        })
    ));

    let mut next = r.programme().clone();
    next.name = "Adjusted by the clinic".into();
    next.sessions_per_week = 4;
    round_trip(
        &mut r,
        Change::AdoptProgramme {
            programme: Box::new(next),
            from: today(),
            pin: None,
        },
    );
    assert_eq!(r.programme().sessions_per_week, 4);
    assert_eq!(r.programme_record().earlier.len(), 1);
    assert_eq!(r.programmes().in_force(day(20)).sessions_per_week, 3);
}

#[test]
fn a_new_change_clears_redo_and_undo_keeps_a_hundred_steps() {
    let mut r = set_up();
    r.apply(Change::Log(diary(day(1), 1, 2)), today()).unwrap();
    r.undo();
    assert!(r.can_redo());
    r.apply(Change::Log(diary(day(2), 1, 2)), today()).unwrap();
    assert!(!r.can_redo(), "a new change starts a new line of history");
    for back in 3..=(3 + UNDO_DEPTH as u64) {
        let date = day(1) - chrono::Days::new(back);
        r.apply(Change::Log(diary(date, 1, 2)), today()).unwrap();
    }
    let mut undone = 0;
    while r.undo().is_some() {
        undone += 1;
    }
    assert_eq!(undone, UNDO_DEPTH);
    assert_eq!(r.undo(), None);
}

#[test]
fn refused_changes_leave_the_record_as_it_was() {
    let mut r = set_up();
    let before = state(&r);
    let version = r.version();
    // Pain now above the worst of the last 24 hours.
    let err = r
        .apply(Change::Log(diary(day(20), 7, 3)), today())
        .unwrap_err();
    assert!(err.is_bad_input());
    assert!(err.to_string().contains("pain now (7)"), "{err}");
    // A date after tomorrow.
    assert!(r.apply(Change::Log(diary(day(26), 1, 2)), today()).is_err());
    // Two diary entries for one day.
    r.apply(Change::Log(diary(day(20), 1, 2)), today()).unwrap();
    let taken = r
        .apply(Change::Log(diary(day(20), 2, 3)), today())
        .unwrap_err();
    assert!(matches!(taken, ChangeError::DiaryDayTaken { .. }));
    let after_one = state(&r);
    // An entry that is not there.
    assert_eq!(
        r.apply(Change::Delete(9999), today()),
        Err(ChangeError::NotFound(9999))
    );
    // A session without exercises, and one with an exercise without sets.
    let Entry::Session(mut s) = session(day(20)) else {
        unreachable!()
    };
    s.exercises[0].sets.clear();
    assert!(
        r.apply(Change::Log(Entry::Session(s.clone())), today())
            .is_err()
    );
    s.exercises.clear();
    assert!(r.apply(Change::Log(Entry::Session(s)), today()).is_err());
    // A level out of range, a programme that does not hold together.
    assert!(
        r.apply(
            Change::ChangeLevel {
                exercise_id: "hip_thrust".into(),
                to: 9,
                at: today().and_hms_opt(9, 0, 0).unwrap(),
            },
            today()
        )
        .is_err()
    );
    let mut broken = r.programme().clone();
    broken.sessions_per_week = 0;
    assert!(
        r.apply(
            Change::AdoptProgramme {
                programme: Box::new(broken),
                from: today(),
                pin: None,
            },
            today()
        )
        .is_err()
    );
    // A profile with four activities.
    let mut p = profile();
    p.psfs_activities = vec!["a".into(), "b".into(), "c".into(), "d".into()];
    assert!(r.apply(Change::UpdateProfile(p), today()).is_err());
    assert_eq!(state(&r), after_one);
    assert_ne!(before, after_one);
    assert!(r.version() > version);
}

#[test]
fn only_the_months_touched_are_saved() {
    let mut r = set_up();
    r.apply(Change::Log(diary(day(20), 1, 2)), today()).unwrap();
    r.apply(
        Change::Log(diary(NaiveDate::from_ymd_opt(2026, 10, 30).unwrap(), 1, 2)),
        today(),
    )
    .unwrap();
    let (unsaved, batch) = r.take_unsaved();
    assert!(!unsaved.profile && !unsaved.programmes);
    assert_eq!(batch.months.len(), 2);
    assert!(r.take_unsaved().1.is_empty(), "taken once");
    // Moving an entry to another month marks both.
    let id = r.journal().diary_on(day(20)).unwrap().id;
    let Entry::Diary(mut d) = r.journal().get(id).unwrap().to_owned_entry() else {
        unreachable!()
    };
    d.date = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
    r.apply(Change::Replace(Entry::Diary(d)), today()).unwrap();
    let (unsaved, batch) = r.take_unsaved();
    assert_eq!(unsaved.months.len(), 2);
    let emptied = batch
        .months
        .iter()
        .find(|(ym, _)| ym.month == 11)
        .map(|(_, m)| m.is_empty());
    assert_eq!(emptied, Some(true), "the month it left is saved empty");
    // A failed save gives its marks back.
    r.mark_unsaved(unsaved);
    assert_eq!(r.unsaved().months.len(), 2);
}

#[test]
fn done_as_prescribed_logs_one_undoable_session_keeping_typed_sets() {
    use crate::model::{Amount, Load, LoadKg, Reps, SetLog};
    let mut r = set_up();
    let typed = SetLog {
        side: None,
        amount: Amount::Reps(Reps::new(10).unwrap()),
        load: Load::Kg(LoadKg::new(5.0).unwrap()),
    };
    let given = [ExerciseLog {
        exercise_id: "hip_thrust".into(),
        level: 1,
        sets: vec![typed],
        pain_during: None,
        effort: None,
        note: String::new(),
    }];
    let s: Session = crate::analysis::schedule::as_prescribed(
        r.programme(),
        r.journal(),
        Side::Left,
        &given,
        Some(Pain::new(3).unwrap()),
        today(),
        NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
    );
    let applied = round_trip(&mut r, Change::Log(Entry::Session(s)));
    let saved = r.journal().session_on(today()).unwrap();
    assert_eq!(Some(saved.id), applied.new_id);
    let thrust = saved
        .exercises
        .iter()
        .find(|e| e.exercise_id == "hip_thrust")
        .unwrap();
    assert_eq!(thrust.sets, vec![typed]);
    assert_eq!(
        r.undo().as_deref(),
        Some("Undone: the new session of 24 November.")
    );
    assert!(r.journal().session_on(today()).is_none());
}
