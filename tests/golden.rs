//! Golden files: a data folder written by format version 1 must load, with exactly these
//! values, in every later version of the app. Never edit the files under `tests/golden/v1`;
//! a new format version adds its own folder beside them (`v2-programme`: the programme file
//! at version 2, with an earlier programme; `v1-settings`: the settings file at version 1;
//! `bundles/v3.bundle.ron`: an export bundle of format 3, from the release before format 4;
//! `v5-programme`: the programme file at version 5, its exercises carrying pictures). A
//! bundle of every format the reader takes is read in `tests/golden_bundles.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// `.map(|p| p.get())` reads more plainly in assertions than the method paths.
#![allow(clippy::redundant_closure_for_method_calls)]

mod common;

use chrono::Weekday;
use common::model::{day, hms};
use rehab_tracker::model::{
    Amount, BandStrength, DayState, EventKind, Guidance, Load, Side, Target, Units, YearMonth,
};
use rehab_tracker::storage::Store;
use std::path::PathBuf;

fn golden(version: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(version)
}

fn ym(year: i32, month: u32) -> YearMonth {
    YearMonth { year, month }
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "every value of the version 1 folder pinned, file by file"
)]
fn version_1_folder_loads_with_exact_values() {
    let loaded = Store::new(golden("v1")).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.files_read, 4);
    assert!(loaded.restored.is_empty() && loaded.kept_unreadable.is_empty());

    let p = loaded.profile.expect("profile");
    assert_eq!(p.affected_side, Side::Right);
    assert_eq!(p.start_date, day(2026, 1, 5));
    assert_eq!(p.units, Units::Lb);
    assert_eq!(p.patient_code, "P-042");

    let prog = loaded.programme.expect("programme").programme;
    assert_eq!(prog.name, "Golden plan");
    assert_eq!(prog.sessions_per_week, 3);
    assert_eq!(
        prog.training_days,
        [Weekday::Mon, Weekday::Wed, Weekday::Fri]
    );
    assert_eq!(prog.pain_bands.safe_max, 2);
    assert_eq!(prog.pain_bands.acceptable_max, 5);
    assert_eq!(prog.pain_bands.morning_amber_rise, 1);
    assert_eq!(prog.pain_bands.morning_red_rise, 2);
    assert_eq!(prog.escalation.baseline_days, 7);
    assert!((prog.escalation.important_change_pct - 30.0).abs() < f64::EPSILON);
    assert_eq!(prog.escalation.decision_week, 12);
    assert_eq!(prog.exercises.len(), 2);
    let thrust = &prog.exercises[0];
    assert_eq!(thrust.id, "hip_thrust");
    assert!(!thrust.one_sided && thrust.enabled && !thrust.locked);
    assert_eq!(thrust.level, 2);
    assert_eq!(thrust.levels.len(), 2);
    assert_eq!(thrust.levels[1].name, "Single-leg bridge");
    assert_eq!(
        thrust.levels[1].dose.target,
        Target::Reps { min: 8, max: 12 }
    );
    let clam = &prog.exercises[1];
    assert_eq!(clam.id, "side_plank");
    assert!(clam.one_sided && clam.locked);
    assert_eq!(
        clam.levels[0].dose.target,
        Target::HoldSecs { min: 10, max: 30 }
    );

    let j = &loaded.journal;
    assert_eq!(j.months().len(), 2);
    assert_eq!(j.counts(), (2, 5, 3));

    // January: two sessions, every kind of set and load.
    let jan = j.month(ym(2026, 1)).unwrap();
    let s = &jan.sessions[0];
    assert_eq!((s.id, s.date, s.time), (1, day(2026, 1, 5), hms(18, 5, 0)));
    assert_eq!(s.next_morning_pain.map(|p| p.get()), Some(3));
    assert_eq!(s.effort.map(|e| e.get()), Some(6));
    assert_eq!(s.note, "First session — felt \"ok\"\nsecond line");
    assert_eq!(s.exercises.len(), 2);
    let e0 = &s.exercises[0];
    assert_eq!((e0.exercise_id.as_str(), e0.level), ("hip_thrust", 2));
    assert_eq!(e0.pain_during.map(|p| p.get()), Some(2));
    assert_eq!(e0.effort.map(|p| p.get()), Some(7));
    assert_eq!(e0.note, "slow lowering");
    assert_eq!(e0.sets.len(), 3);
    assert_eq!(e0.sets[0].side, None);
    assert!(matches!(e0.sets[0].amount, Amount::Reps(r) if r.get() == 12));
    assert!(matches!(e0.sets[0].load, Load::Bodyweight));
    assert!(matches!(e0.sets[1].load, Load::Kg(kg) if (kg.kg() - 12.5).abs() < 1e-9));
    assert!(matches!(
        e0.sets[2].load,
        Load::Band(b) if b.strength == BandStrength::Heavy && b.doubled
    ));
    let e1 = &s.exercises[1];
    assert_eq!(e1.sets[0].side, Some(Side::Right));
    assert_eq!(e1.sets[1].side, Some(Side::Left));
    assert!(matches!(e1.sets[0].amount, Amount::HoldSecs(h) if h.get() == 30));
    assert!(matches!(
        e1.sets[1].load,
        Load::Band(b) if b.strength == BandStrength::ExtraLight && !b.doubled
    ));
    assert_eq!(e1.pain_during, None);
    assert_eq!(e1.effort, None);
    let s2 = &jan.sessions[1];
    assert_eq!((s2.id, s2.date), (4, day(2026, 1, 7)));
    assert_eq!(s2.next_morning_pain, None);
    assert_eq!(s2.note, "");
    assert!(matches!(s2.exercises[0].sets[0].amount, Amount::Reps(r) if r.get() == 0));
    assert!(matches!(s2.exercises[0].sets[0].load, Load::Kg(kg) if (kg.kg() - 500.0).abs() < 1e-9));

    // Diary: every day state, every symptom, with and without sitting time, extremes.
    let states: Vec<DayState> = j.diary().map(|d| d.day_state).collect();
    assert_eq!(
        states,
        [
            DayState::Normal,
            DayState::Flare,
            DayState::RestAdvised,
            DayState::Away,
            DayState::Normal
        ]
    );
    let d0 = &jan.diary[0];
    assert_eq!(
        (d0.id, d0.date, d0.time),
        (2, day(2026, 1, 5), hms(8, 0, 0))
    );
    assert_eq!((d0.pain_now.get(), d0.worst_24h.get()), (3, 5));
    assert_eq!(d0.sitting_mins.map(|m| m.get()), Some(45));
    assert!(d0.symptoms.snapping && d0.symptoms.buttock);
    assert!(!d0.symptoms.hip && !d0.symptoms.groin && !d0.symptoms.back_of_thigh);
    assert_eq!(d0.note, "morning");
    let d1 = &jan.diary[1];
    assert_eq!((d1.pain_now.get(), d1.worst_24h.get()), (10, 10));
    assert_eq!(d1.sitting_mins.map(|m| m.get()), Some(0));
    assert!(d1.symptoms.hip && d1.symptoms.groin && d1.symptoms.back_of_thigh);
    let d2 = &jan.diary[2];
    assert_eq!((d2.pain_now.get(), d2.worst_24h.get()), (0, 0));
    assert_eq!(d2.sitting_mins.map(|m| m.get()), Some(1440));
    assert_eq!(d2.symptoms, rehab_tracker::model::Symptoms::default());

    // Events: each kind, injection with and without side and guidance.
    let events: Vec<&EventKind> = j.events().map(|e| &e.kind).collect();
    assert_eq!(
        events,
        [
            &EventKind::Injection {
                side: Some(Side::Right),
                guidance: Some(Guidance::Ultrasound)
            },
            &EventKind::ClinicianVisit,
            &EventKind::MedicationChange,
        ]
    );
    let feb = j.month(ym(2026, 2)).unwrap();
    assert_eq!(feb.events[0].note, "CT not needed");
    assert_eq!(feb.events[0].id, 7);
    assert_eq!(feb.events[0].time, hms(11, 15, 30));
    assert_eq!(feb.diary[1].note, "ünïcode ✓ and a tab\there");
}

#[test]
fn the_golden_folder_is_sound_to_check_and_loading_writes_nothing() {
    let report = rehab_tracker::cli::check_path(&golden("v1"));
    assert!(report.sound, "{report:?}");
    assert_eq!(
        (report.sessions, report.diary_entries, report.events),
        (2, 5, 3)
    );
    assert!(!golden("v1").join("generations").exists());
}

#[test]
fn version_2_programme_file_loads_with_its_earlier_programme() {
    let loaded = Store::new(golden("v2-programme")).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let record = loaded.programme.expect("programme");
    assert_eq!(record.programme.name, "Golden plan");
    assert_eq!(record.programme.sessions_per_week, 3);
    assert_eq!(record.earlier.len(), 1);
    assert_eq!(record.earlier[0].until, day(2026, 1, 11));
    assert_eq!(record.earlier[0].programme.name, "Golden plan, first weeks");
    assert_eq!(record.earlier[0].programme.sessions_per_week, 2);
    let view = record.view();
    assert_eq!(view.in_force(day(2026, 1, 11)).sessions_per_week, 2);
    assert_eq!(view.in_force(day(2026, 1, 12)).sessions_per_week, 3);
}

#[test]
fn version_2_profile_loads_with_its_patient_identifier() {
    let loaded = Store::new(golden("v2-profile")).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let p = loaded.profile.expect("profile");
    assert_eq!(p.affected_side, Side::Left);
    assert_eq!(p.start_date, day(2026, 3, 2));
    assert_eq!(p.units, Units::Kg);
    assert_eq!(p.patient_code, "");
    assert_eq!(p.psfs_activities, ["Sitting through a film"]);
    assert_eq!(
        p.patient_id.as_ref().map(|id| id.as_str()),
        Some("3b2f7c1e-9a4d-4e8b-b1c2-0d5e6f7a8b9c")
    );
}

#[test]
fn a_version_1_profile_gets_a_patient_identifier_when_first_opened_for_writing() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["profile.ron", "programme.ron"] {
        std::fs::copy(golden("v1").join(name), tmp.path().join(name)).unwrap();
    }
    // Read-only opening (check, export, status) leaves the file as it is.
    let read = Store::new(tmp.path()).load();
    assert_eq!(read.profile.unwrap().patient_id, None);
    assert!(
        std::fs::read_to_string(tmp.path().join("profile.ron"))
            .unwrap()
            .starts_with("V1(")
    );
    // Opening it as the app does gives it one, saved as version 2 with every other value
    // unchanged; the version 1 file is kept as an earlier copy.
    let mut app =
        rehab_tracker::ui::RehabApp::new(rehab_tracker::ui::open(tmp.path(), false)).unwrap();
    app.save_now().unwrap();
    drop(app);
    let p = Store::new(tmp.path()).load().profile.unwrap();
    let id = p.patient_id.clone().expect("an identifier");
    assert_eq!((p.patient_code.as_str(), p.units), ("P-042", Units::Lb));
    let text = std::fs::read_to_string(tmp.path().join("profile.ron")).unwrap();
    assert!(text.starts_with("V2("), "{text}");
    assert!(text.contains(id.as_str()));
    // A log command keeps it.
    let o = common::run(tmp.path(), &["log", "diary", "--worst", "4", "--now", "3"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let again = Store::new(tmp.path()).load().profile.unwrap();
    assert_eq!(again.patient_id, Some(id));
    assert!(tmp.path().join("generations").exists());
}

#[test]
fn version_1_settings_file_loads_with_exact_values() {
    let loaded = Store::new(golden("v1-settings")).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let s = loaded.settings.expect("settings");
    assert!(s.training_reminder.on);
    assert_eq!(s.training_reminder.at, hms(7, 45, 0));
    assert!(!s.diary_reminder.on);
    assert_eq!(s.diary_reminder.at, hms(21, 15, 0));
    // Written before the chime existed: the chime is on.
    assert!(s.sound);
    let report = rehab_tracker::cli::check_path(&golden("v1-settings/settings.ron"));
    assert!(report.sound, "{report:?}");
}

#[test]
fn a_version_3_bundle_from_the_previous_release_is_read_reviewed_and_checked() {
    use rehab_tracker::analysis::StatusKind;
    use rehab_tracker::export::bundle;
    use rehab_tracker::review::caseload;
    // Written by the release before bundle format 4 (`demo --weeks 16 --every-kind`, an
    // injection logged on 2026-10-01, `export --format bundle --to 2026-11-24`). Never edit.
    let path = golden("bundles").join("v3.bundle.ron");
    let bytes = std::fs::read(&path).unwrap();
    assert!(String::from_utf8_lossy(&bytes).contains("\nV3(("));
    let b = bundle::read(&bytes).unwrap();
    let summary = b.summary.as_ref().unwrap();
    assert_eq!(summary.status.status, StatusKind::Improving);
    assert_eq!(summary.status.week, 16);
    // Written before these were kept: absent, not made up.
    assert_eq!(summary.status.engagement, None);
    assert_eq!(summary.status.injection, None);
    assert_eq!(b.to, Some(day(2026, 11, 24)));
    // The review states the bundle's status, and works out what it did not carry from the
    // diary it holds.
    let (patient, sha) = caseload::open_patient(&path).unwrap();
    let row = caseload::row_of(&path, &patient, sha);
    assert_eq!(row.patient_code, "DEMO-0001");
    assert_eq!(row.status, StatusKind::Improving);
    assert_eq!(row.last_entry, Some(day(2026, 11, 24)));
    assert_eq!(row.engagement.days_without_entries, 0);
    assert!(!row.engagement.quiet);
    assert_eq!(row.injection.unwrap().date, day(2026, 10, 1));
    assert!(
        !row.notes.iter().any(|n| n.contains("Only part")),
        "{:?}",
        row.notes
    );
    // Written again by this version: format 4, read back the same.
    let mut again = Vec::new();
    bundle::write_bundle(&b, &mut again).unwrap();
    assert!(String::from_utf8_lossy(&again).contains("\nV4(("));
    assert_eq!(bundle::read(&again).unwrap(), b);
    // `check` calls it sound.
    let o = common::run(path.parent().unwrap(), &["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stdout(&o));
}

#[test]
fn version_5_programme_file_loads_with_the_pictures_its_exercises_carry() {
    let loaded = Store::new(golden("v5-programme")).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let record = loaded.programme.expect("programme");
    let p = &record.programme;
    let bridge = p.exercise("hip_thrust").unwrap();
    assert_eq!(
        bridge.picture,
        Some(rehab_tracker::model::PictureRef::Builtin(
            "hip_thrust".into()
        ))
    );
    assert_eq!(
        rehab_tracker::picture::of(bridge, 2),
        rehab_tracker::picture::builtin("hip_thrust", 1)
    );
    // An exercise the app has no drawing of, drawn from the poses the file carries, held
    // for its dose.
    let plank = p.exercise("side_plank").unwrap();
    let drawn = rehab_tracker::picture::of(plank, 1).expect("the carried drawing");
    assert_eq!(drawn.view, rehab_tracker::model::View::Front);
    assert!((drawn.start.hip.1 - 0.07).abs() < 1e-6 && (drawn.end.hip.1 - 0.17).abs() < 1e-6);
    assert!((drawn.tempo.hold_secs - 10.0).abs() < 1e-6);
    assert!(!rehab_tracker::picture::marks(&drawn, &drawn.end, false).is_empty());
}

#[test]
fn a_pinned_clinician_whose_key_is_damaged_is_named_by_check() {
    // Storage reads the programme record as data; the hand-off reads the keys it pins, and
    // `check` names a key that cannot be used.
    let sound = golden("v3-programme/programme.ron");
    let report = rehab_tracker::cli::check_path(&sound);
    assert!(report.sound, "{report:?}");
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(&sound).unwrap();
    let damaged = text.replace("RWSGTdWmcW8TShbg", "RWSGTdWmcW8TSh!!");
    assert_ne!(damaged, text);
    let path = tmp.path().join("programme.ron");
    std::fs::write(&path, damaged).unwrap();
    let report = rehab_tracker::cli::check_path(&path);
    assert!(!report.sound);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("pins a clinician whose keys cannot be used")
                && p.contains("signing key")),
        "{:?}",
        report.problems
    );
}
