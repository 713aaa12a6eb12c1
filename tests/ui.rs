//! The real window's UI, driven through its accessible labels (the ones a screen reader reads).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rehab_tracker::model::{Amount, EventKind, Pain, RedFlagSign, Reps, Side};
use rehab_tracker::storage::Store;
use rehab_tracker::ui::{RehabApp, SaveState};
use std::path::Path;

fn noon(date: NaiveDate) -> chrono::NaiveDateTime {
    date.and_hms_opt(12, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The window on `dir` at noon, its chime silent.
fn app_on(dir: &Path) -> RehabApp {
    RehabApp::new(rehab_tracker::ui::open(dir, false))
        .unwrap()
        .with_clock(|| noon(today()))
        .with_sound(rehab_tracker::desktop::sound::Sound::with_player(
            std::sync::Arc::new(|_| {}),
        ))
}

fn harness(app: RehabApp) -> Harness<'static, RehabApp> {
    Harness::builder()
        .with_size([1100.0, 3000.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut RehabApp| app.ui(ui), app)
}

fn set_up_profile(dir: &Path) {
    let o = common::run(
        dir,
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success());
}

#[test]
fn first_run_asks_the_side_start_and_units_then_shows_today() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label_contains("not a diagnosis");
    h.get_by_label("Right").click();
    h.get_by_label("Pounds (lb)").click();
    h.run();
    h.get_by_label("Start my programme").click();
    h.run();
    // Today's session: the six exercises at level 1.
    h.get_by_label_contains("Week 1 of 12");
    for name in [
        "Single-leg squat",
        "Crab walk with band",
        "Side-lying leg raise",
        "Lunge",
        "Hip thrust",
        "Bulgarian split squat",
    ] {
        h.get_by_label(&format!("{name}: done as prescribed"));
    }
    assert!(
        h.query_by_label("Squat: done as prescribed").is_none(),
        "plain squat is off by default"
    );
    let mut app = h.into_state();
    app.save_now().unwrap();
    let loaded = Store::new(tmp.path()).load();
    let profile = loaded.profile.unwrap();
    assert_eq!(profile.affected_side, Side::Right);
    assert_eq!(profile.units, rehab_tracker::model::Units::Lb);
    assert_eq!(profile.start_date, today());
    assert!(
        loaded.programme.is_some(),
        "the programme is saved with the profile"
    );
}

#[test]
fn first_run_without_a_side_explains_what_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("Start my programme").click();
    h.run();
    h.get_by_label("Please choose which side hurts.");
    assert!(h.state().record().profile().is_none());
}

#[test]
fn a_set_logged_through_the_ui_is_saved() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("Hip thrust: done as prescribed").click();
    h.run();
    // Change the first set's reps from the prescribed 12 to 14.
    h.get_by_label("Hip thrust set 1: reps")
        .set_value_accesskit(14.0);
    h.run();
    h.get_by_label("Pain during Hip thrust: 2").click();
    h.run();
    // The save button is at the end of the page, below the exercise cards.
    h.get_by_label("Save session").scroll_to_me();
    h.run();
    h.get_by_label("Save session").click();
    h.run();
    h.get_by_label_contains("Session saved at 12:00");
    let mut app = h.into_state();
    app.save_now().unwrap();
    assert_eq!(app.save_state(), SaveState::Saved);

    let loaded = Store::new(tmp.path()).load();
    let sessions: Vec<_> = loaded.journal.sessions().collect();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].date, today());
    assert_eq!(
        sessions[0].exercises.len(),
        1,
        "only the exercise filled in"
    );
    let thrust = &sessions[0].exercises[0];
    assert_eq!(thrust.exercise_id, "hip_thrust");
    assert_eq!(
        thrust.pain_during.map(rehab_tracker::model::Pain::get),
        Some(2)
    );
    let reps: Vec<Amount> = thrust.sets.iter().map(|s| s.amount).collect();
    assert_eq!(
        reps,
        [
            Amount::Reps(Reps::new(14).unwrap()),
            Amount::Reps(Reps::new(12).unwrap())
        ]
    );
}

#[test]
fn a_diary_entry_through_the_ui_is_saved() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("Diary").click();
    h.run();
    h.get_by_label("Pain now: 3").click();
    h.get_by_label("Worst pain in the last 24 hours: 6").click();
    h.run();
    h.get_by_label("Sitting time in minutes")
        .set_value_accesskit(45.0);
    h.get_by_label("Flare-up").click();
    h.run();
    h.get_by_label("Save diary entry").click();
    h.run();
    h.get_by_label_contains("Today's diary is done");
    let mut app = h.into_state();
    app.save_now().unwrap();
    let loaded = Store::new(tmp.path()).load();
    let d = loaded.journal.diary().next().unwrap();
    assert_eq!((d.pain_now.get(), d.worst_24h.get()), (3, 6));
    assert_eq!(
        d.sitting_mins.map(rehab_tracker::model::SittingMins::get),
        Some(45)
    );
    assert_eq!(d.day_state, rehab_tracker::model::DayState::Flare);
}

#[test]
fn a_damaged_file_opens_the_app_read_only_and_names_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    std::fs::create_dir_all(tmp.path().join("journal")).unwrap();
    let month = tmp.path().join("journal/2026-10.ron");
    std::fs::write(&month, "V1((diary: [(id: 1, date: \"2026-10-0").unwrap();
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("The app is open read-only");
    h.get_by_label_contains("2026-10.ron could not be read");
    assert_eq!(h.state().save_state(), SaveState::ReadOnly);
    assert!(h.query_by_label("Hip thrust: done as prescribed").is_some());
    drop(h);
    assert_eq!(
        std::fs::read_to_string(&month).unwrap(),
        "V1((diary: [(id: 1, date: \"2026-10-0"
    );
}

#[test]
fn a_read_only_banner_names_the_folder_and_the_lock_file_and_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let folder = tmp.path().display().to_string();
    // Another copy holds the folder.
    let held = rehab_tracker::storage::InstanceLock::acquire(tmp.path(), std::time::Duration::ZERO)
        .unwrap();
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("The app is open read-only");
    h.get_by_label_contains(&format!("open on the data folder {folder}"));
    h.get_by_label_contains(&format!(
        "Your data is in the folder {folder}. Close the app"
    ));
    assert!(h.query_by_label_contains("file names above").is_none());
    drop(h);
    drop(held);
    // The lock file cannot be opened: a folder is in its place.
    let lock = tmp.path().join(rehab_tracker::storage::lock::LOCK_FILE);
    std::fs::remove_file(&lock).unwrap();
    std::fs::create_dir(&lock).unwrap();
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("The app is open read-only");
    h.get_by_label_contains(&format!("Could not open the lock file {}", lock.display()));
    h.get_by_label_contains(&format!("Your data is in the folder {folder}"));
}

#[test]
fn a_restored_file_is_announced_in_the_window_and_saving_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    // A second `init` replaces the profile, so a generation of it is kept; then damage it.
    set_up_profile(tmp.path());
    let profile = tmp.path().join("profile.ron");
    std::fs::write(&profile, "V1((affected_side: Lef").unwrap();
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("A damaged file was repaired");
    h.get_by_label_contains("profile.ron could not be read");
    assert_eq!(h.state().notices().len(), 1);
    assert!(h.state().read_only_reasons().is_empty());
    assert_ne!(h.state().save_state(), SaveState::ReadOnly);
    h.get_by_label("Got it").click();
    h.run();
    assert!(h.state().notices().is_empty());
    assert!(h.query_by_label("A damaged file was repaired").is_none());
    drop(h);
    let kept: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("profile.ron.unreadable-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged profile is kept");
    assert!(Store::new(tmp.path()).load().problems.is_empty());
}

#[test]
fn history_lists_entries_newest_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("d");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rehab-tracker"))
        .args([
            "demo",
            "--weeks",
            "4",
            "--out",
            dir.to_str().unwrap(),
            "--end",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut h = harness(app_on(&dir));
    h.run();
    h.get_by_label("History").click();
    h.run();
    let (s, d, e) = h.state().record().journal().counts();
    assert_eq!(e, 1, "one event: said in the singular");
    h.get_by_label(&format!(
        "{s} sessions, {d} diary entries, 1 event. Newest first."
    ));
    // The newest day (a Monday) is at the top: its entries are laid out.
    assert!(h.query_all_by_label_contains("Mon 23 Nov 2026").count() >= 1);
}

/// Clicks by label and lets the UI settle: one user action.
fn act(h: &mut Harness<'static, RehabApp>, label: &str, actions: &mut u32) {
    h.get_by_label(label).click();
    h.run();
    *actions += 1;
}

#[test]
fn a_full_session_done_as_prescribed_takes_two_actions() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    let mut actions = 0;
    act(&mut h, "Pain during the session: 2", &mut actions);
    act(&mut h, "All done as prescribed", &mut actions);
    assert_eq!(actions, 2);
    let mut app = h.into_state();
    app.save_now().unwrap();
    let loaded = Store::new(tmp.path()).load();
    let session = loaded.journal.sessions().next().unwrap();
    assert_eq!(session.exercises.len(), 6);
    assert!(
        session
            .exercises
            .iter()
            .all(|e| e.pain_during.map(Pain::get) == Some(2) && !e.sets.is_empty())
    );
    // Level 1 of the hold exercise logs seconds, not reps.
    let raise = session
        .exercises
        .iter()
        .find(|e| e.exercise_id == "side_leg_raise")
        .unwrap();
    assert!(matches!(raise.sets[0].amount, Amount::HoldSecs(_)));
}

#[test]
fn done_as_prescribed_keeps_typed_sets_and_undoes_and_redoes() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    // The patient did the hip thrust differently: one set only (two are prescribed).
    h.get_by_label("Hip thrust: add a set").click();
    h.run();
    h.get_by_label("Pain during Hip thrust: 4").click();
    h.get_by_label("Pain during the session: 2").click();
    h.run();
    h.get_by_label("All done as prescribed").click();
    h.run();
    let session = h
        .state()
        .record()
        .journal()
        .sessions()
        .next()
        .cloned()
        .unwrap();
    let thrust = session
        .exercises
        .iter()
        .find(|e| e.exercise_id == "hip_thrust")
        .unwrap();
    assert_eq!(thrust.sets.len(), 1, "the typed set is kept");
    assert_eq!(thrust.pain_during.map(Pain::get), Some(4));
    assert_eq!(session.exercises.len(), 6, "the others as prescribed");
    // Ctrl+Z takes the whole session back; Ctrl+Y does it again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().record().journal().sessions().count(), 0);
    h.get_by_label_contains("Undone: the new session of");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(h.state().record().journal().sessions().count(), 1);
    h.get_by_label("Undo").click();
    h.run();
    h.get_by_label("Redo").click();
    h.run();
    assert_eq!(
        h.state().record().journal().sessions().next().cloned(),
        Some(session)
    );
}

#[test]
fn a_diary_entry_takes_under_five_actions() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    let mut actions = 0;
    act(&mut h, "Diary", &mut actions);
    act(&mut h, "Pain now: 2", &mut actions);
    act(&mut h, "Worst pain in the last 24 hours: 4", &mut actions);
    act(&mut h, "Save diary entry", &mut actions);
    assert!(actions < 5);
    assert_eq!(h.state().record().journal().diary().count(), 1);
}

#[test]
fn the_morning_after_a_session_the_app_asks_for_the_pain_once() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let o = common::run(
        tmp.path(),
        &[
            "log",
            "session",
            "--as-prescribed",
            "--pain-during",
            "3",
            "--date",
            "2026-11-22",
        ],
    );
    assert!(o.status.success());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label_contains("How much pain did you have when you got up this morning?");
    h.get_by_label("Pain this morning: 1").click();
    h.run();
    h.get_by_label("Save morning pain").click();
    h.run();
    assert!(
        h.query_by_label_contains("How much pain did you have when you got up this morning?")
            .is_none(),
        "asked once"
    );
    // With D = 3 and M = 1 and no earlier mornings, the light is final and green.
    h.get_by_label("History").click();
    h.run();
    h.get_by_label("Green");
    let mut app = h.into_state();
    app.save_now().unwrap();
    let loaded = Store::new(tmp.path()).load();
    assert_eq!(
        loaded
            .journal
            .sessions()
            .next()
            .unwrap()
            .next_morning_pain
            .map(Pain::get),
        Some(1)
    );
}

#[test]
fn a_see_a_doctor_soon_sign_says_the_same_on_every_screen() {
    use rehab_tracker::analysis::StatusKind;
    use rehab_tracker::model::Urgency;
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("Warning signs").click();
    h.run();
    h.get_by_label(&RedFlagSign::ConstantNightPain.label())
        .click();
    h.run();
    h.get_by_label("Record what I ticked").click();
    h.run();
    // The Warning signs page: an appointment soon, not help today.
    h.get_by_label(&Urgency::Soon.advice());
    assert!(h.query_by_label(&Urgency::Today.advice()).is_none());
    // Today's banner and the Progress card: contact your clinician soon, naming the sign.
    let mut app = h.into_state();
    app.apply(rehab_tracker::ui::Command::ShowTab(
        rehab_tracker::ui::Tab::Today,
    ));
    let mut h = harness(app);
    h.run();
    let soon = StatusKind::ContactClinicianSoon.headline(rehab_tracker::i18n::Lang::En);
    h.get_by_label(&soon);
    assert!(
        h.query_by_label(&StatusKind::SeekCareNow.headline(rehab_tracker::i18n::Lang::En))
            .is_none()
    );
    h.get_by_label_contains(&format!(
        "You logged a warning sign on Monday, 23 November 2026: {}",
        RedFlagSign::ConstantNightPain.label()
    ));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
    h.run();
    h.get_by_label(&soon);
    let mut app = h.into_state();
    app.save_now().unwrap();
    // And the command line.
    let o = common::run(tmp.path(), &["status", "--on", "2026-11-23", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&common::stdout(&o)).unwrap();
    assert_eq!(v["status"], "contact_clinician_soon");
}

#[test]
fn ticking_a_warning_sign_shows_urgent_advice_and_records_it() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("Warning signs").click();
    h.run();
    h.get_by_label("New trouble passing urine or stools, or holding them in")
        .click();
    h.run();
    h.get_by_label("Record what I ticked").click();
    h.run();
    assert!(h.query_all_by_label_contains("Get help today").count() >= 1);
    h.get_by_label_contains("has been saved in your diary");
    let mut app = h.into_state();
    app.save_now().unwrap();
    let loaded = Store::new(tmp.path()).load();
    let event = loaded.journal.events().next().unwrap();
    assert_eq!(
        event.kind,
        EventKind::RedFlag {
            signs: vec![RedFlagSign::BladderOrBowel]
        }
    );
}

/// A profile and one diary entry (worst 6, on Friday 20 November), with History open.
fn history_with_one_diary_entry(dir: &Path) -> Harness<'static, RehabApp> {
    set_up_profile(dir);
    let o = common::run(
        dir,
        &[
            "log",
            "diary",
            "--worst",
            "6",
            "--now",
            "4",
            "--date",
            "2026-11-20",
        ],
    );
    assert!(o.status.success());
    let mut h = harness(app_on(dir));
    h.run();
    h.get_by_label("History").click();
    h.run();
    h
}

#[test]
fn an_edit_in_history_and_its_undo() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = history_with_one_diary_entry(tmp.path());
    h.query_all_by_label_contains("Edit Fri 20 Nov 2026")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_label("Edit worst pain: 5").click();
    h.run();
    h.get_by_label("Save changes").click();
    h.run();
    h.get_by_label_contains("worst in 24 h 5");
    assert_eq!(
        h.state()
            .record()
            .journal()
            .diary()
            .next()
            .unwrap()
            .worst_24h
            .get(),
        5
    );
    // Ctrl+Z takes it back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.get_by_label_contains("worst in 24 h 6");
    let mut app = h.into_state();
    app.save_now().unwrap();
    assert_eq!(
        Store::new(tmp.path())
            .load()
            .journal
            .diary()
            .next()
            .unwrap()
            .worst_24h
            .get(),
        6
    );
}

#[test]
fn delete_then_undo_puts_the_entry_back() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = history_with_one_diary_entry(tmp.path());
    h.query_all_by_label_contains("Delete Fri 20 Nov 2026")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().record().journal().diary().count(), 0);
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(h.state().record().journal().diary().count(), 1);
}

#[test]
fn a_hold_timer_logs_the_hold_as_a_set_when_it_ends() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("Side-lying leg raise: start a hold").click();
    h.run_steps(2);
    h.get_by_label_contains("Side-lying leg raise hold:");
    // Five seconds of frames later the hold is over and logged.
    for _ in 0..60 {
        h.step();
    }
    h.run();
    // The rest after it starts by itself, saying the set was logged, with no "Time's up"
    // left beside the new countdown.
    // The words above the countdown, and the name of its bar, both keep what just ended.
    let said: Vec<egui::accesskit::Role> = h
        .query_all_by_label_contains("Side-lying leg raise set 1 logged (")
        .map(|n| n.accesskit_node().role())
        .collect();
    assert!(
        said.contains(&egui::accesskit::Role::Label),
        "no words say the set was logged: {said:?}"
    );
    assert!(h.query_by_label_contains("Time's up").is_none());
    h.get_by_label("Side-lying leg raise set 1, left: seconds");
}

#[test]
fn an_idle_window_asks_for_no_repaints_and_a_running_timer_does() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    for tab in ["Diary", "History", "Today"] {
        h.get_by_label(tab).click();
        h.run();
        h.step();
        assert_eq!(
            repaint_delay(&h),
            std::time::Duration::MAX,
            "{tab} repaints while nothing changes"
        );
    }
    h.get_by_label("Rest 30 seconds").click();
    h.run_steps(2);
    assert!(
        repaint_delay(&h) <= std::time::Duration::from_millis(100),
        "a running timer keeps its countdown moving"
    );
}

fn repaint_delay(h: &Harness<'static, RehabApp>) -> std::time::Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(std::time::Duration::ZERO, |v| v.repaint_delay)
}

fn wait_idle(h: &mut Harness<'static, RehabApp>) {
    for _ in 0..200 {
        h.step();
        if !h.state().is_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
}

/// A set-up diary with the Export window open.
fn export_window() -> (tempfile::TempDir, Harness<'static, RehabApp>) {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let mut h = harness(app_on(tmp.path()));
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    (tmp, h)
}

#[test]
fn the_export_window_writes_a_report_without_blocking() {
    let (tmp, mut h) = export_window();
    // The report's preview is worked out on its own thread and shown in the window.
    wait_idle(&mut h);
    h.get_by_label("Home exercise programme: clinician report");
    h.get_by_label("Last four weeks");
    h.get_by_label_contains("covers 02/11/2026 to");
    // A new range or pseudonymising works the preview out again.
    h.get_by_label("Export from date")
        .set_text_value_accesskit("2026-11-09");
    h.get_by_label("Leave out my name and my notes (use a code instead)")
        .click();
    h.run();
    wait_idle(&mut h);
    h.get_by_label_contains("covers 09/11/2026 to");
    h.get_by_label_contains("Patient P-");
    let out = tmp.path().join("report.html");
    h.get_by_label("Export path")
        .set_text_value_accesskit(out.to_str().unwrap());
    h.run();
    h.get_by_label("Export").click();
    // The export runs on its own thread; the window keeps drawing until it is done.
    for _ in 0..200 {
        h.step();
        if h.query_by_label_contains("Saved ").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.get_by_label_contains("Saved ");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("Home exercise programme: clinician report"));
    // Then the file, or the folder it is in, opens from here.
    h.run();
    h.get_by_label("Open the file");
    h.get_by_label("Open the folder");
}

#[test]
fn opening_the_folder_after_an_export_says_where_it_is_when_nothing_can_open_it() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    // A desktop with no file manager: the opener says so, as xdg-open's "no method".
    let app =
        app_on(tmp.path()).with_opener(|p| Err(rehab_tracker::ui::desktop::could_not_open(p)));
    let mut h = harness(app);
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let out = tmp.path().join("exports");
    std::fs::create_dir_all(&out).unwrap();
    h.get_by_label("Export path")
        .set_text_value_accesskit(out.join("report.html").to_str().unwrap());
    h.run();
    h.get_by_label("Export").click();
    wait_idle(&mut h);
    h.get_by_label_contains("Saved ");
    h.get_by_label("Open the folder").click();
    h.run();
    wait_idle(&mut h);
    h.get_by_label_contains(&format!(
        "no file manager set up to open the folder {}",
        out.display()
    ));

    // Where it opens, the window says what it asked for.
    let app = app_on(tmp.path()).with_opener(|_| Ok(()));
    let mut h = harness(app);
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    h.get_by_label("Export path")
        .set_text_value_accesskit(out.join("report.html").to_str().unwrap());
    h.run();
    h.get_by_label("Export").click();
    wait_idle(&mut h);
    h.get_by_label("Open the file").click();
    h.run();
    wait_idle(&mut h);
    h.get_by_label_contains("Asked your computer to open the file");
}

#[test]
fn several_formats_are_exported_at_once_into_one_folder() {
    let (tmp, mut h) = export_window();
    h.get_by_label("Complete bundle (reopens in the app)")
        .click();
    h.get_by_label("CSV tables (spreadsheet)").click();
    h.run();
    h.get_by_label_contains("each export under its usual name");
    let out = tmp.path().join("for the physio");
    h.get_by_label("Export path")
        .set_text_value_accesskit(out.to_str().unwrap());
    h.run();
    h.get_by_label("Export").click();
    wait_idle(&mut h);
    h.get_by_label_contains("Saved ");
    let day = today();
    assert!(
        out.join(format!("rehab-tracker-{day}-report.html"))
            .is_file()
    );
    assert!(
        out.join(format!("rehab-tracker-{day}.bundle.ron"))
            .is_file()
    );
    assert!(
        out.join(format!("rehab-tracker-{day}-csv"))
            .join("sessions.csv")
            .is_file()
    );
    assert!(!out.join(format!("rehab-tracker-{day}.fhir.json")).exists());
    // Nothing ticked: the window says so.
    for name in [
        "One-page report (web page, prints on A4)",
        "Complete bundle (reopens in the app)",
        "CSV tables (spreadsheet)",
    ] {
        h.get_by_label(name).click();
    }
    h.run();
    h.get_by_label("Export").click();
    h.run();
    h.get_by_label("Tick at least one kind of export.");
}

/// Switches the training reminder on in Settings and saves, then waits for the timer.
fn switch_training_reminder_on(h: &mut Harness<'static, RehabApp>) {
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Remind me on training days").click();
    h.run();
    h.get_by_label("Save reminders").click();
    h.run();
    wait_idle(h);
}

#[test]
fn a_timer_that_could_not_be_switched_on_is_shown_as_a_failure_with_the_details_folded() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let config = tempfile::tempdir().unwrap();
    let target = rehab_tracker::ui::tabs::settings::ScheduleTarget {
        config_dir: config.path().to_path_buf(),
        plan: Ok(rehab_tracker::desktop::schedule::Plan {
            exe: "/usr/bin/rehab-tracker".into(),
            data_dir: None,
        }),
        systemctl: |_| {
            Err(
                "systemctl --user daemon-reload said: Failed to connect to bus: No medium found"
                    .into(),
            )
        },
    };
    let mut h = harness(app_on(tmp.path()).with_reminder_schedule(Some(target)));
    h.run();
    switch_training_reminder_on(&mut h);
    h.get_by_label_contains("could not be set to come at their times");
    h.get_by_label_contains("For now they come only when you log in");
    assert!(
        h.query_by_label(
            "Reminders are set up: they come at their times even when the app is closed."
        )
        .is_none()
    );
    // What systemctl said is there for whoever helps, folded away.
    assert!(h.query_by_label_contains("No medium found").is_none());
    h.get_by_label("Details").click();
    h.run();
    h.get_by_label_contains("No medium found");
}

#[test]
fn a_copy_in_a_build_folder_refuses_to_set_the_timer_and_names_a_timer_left_broken() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let config = tempfile::tempdir().unwrap();
    // A timer set up earlier from a copy that has since moved.
    let units = config.path().join("systemd/user");
    std::fs::create_dir_all(&units).unwrap();
    std::fs::write(
        units.join(rehab_tracker::desktop::schedule::SERVICE),
        "[Service]\nExecStart=\"/home/ann/old/rehab-tracker\" remind\n",
    )
    .unwrap();
    let refusal = rehab_tracker::desktop::schedule::stable_program(
        std::path::Path::new("/home/ann/src/rehab/target/debug/rehab-tracker"),
        None,
        std::path::Path::new("/tmp"),
    );
    let target = rehab_tracker::ui::tabs::settings::ScheduleTarget {
        config_dir: config.path().to_path_buf(),
        plan: refusal.map(|exe| rehab_tracker::desktop::schedule::Plan {
            exe,
            data_dir: None,
        }),
        systemctl: |_| Ok(()),
    };
    let mut h = harness(app_on(tmp.path()).with_reminder_schedule(Some(target)));
    h.run();
    switch_training_reminder_on(&mut h);
    h.get_by_label_contains("the reminders could not be set up: this copy of the app runs from /home/ann/src/rehab/target/debug");
    h.get_by_label_contains("runs /home/ann/old/rehab-tracker, which is no longer there");
    // Nothing was pointed at the build folder.
    assert!(
        std::fs::read_to_string(units.join(rehab_tracker::desktop::schedule::SERVICE))
            .unwrap()
            .contains("/home/ann/old/rehab-tracker")
    );
}

#[test]
fn reminders_are_switched_on_in_settings_saved_set_up_and_undone() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let config = tempfile::tempdir().unwrap();
    let target = rehab_tracker::ui::tabs::settings::ScheduleTarget {
        config_dir: config.path().to_path_buf(),
        plan: Ok(rehab_tracker::desktop::schedule::Plan {
            exe: "/usr/bin/rehab-tracker".into(),
            data_dir: Some(tmp.path().to_path_buf()),
        }),
        systemctl: |_| Ok(()),
    };
    let app = app_on(tmp.path()).with_reminder_schedule(Some(target));
    let mut h = harness(app);
    h.run();
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("No reminders: the app will not remind you.");
    h.get_by_label("Remind me on training days").click();
    h.run();
    h.get_by_label("Training reminder: 15 minutes later")
        .click();
    h.run();
    h.get_by_label(
        "A reminder at 18:15 on Monday, Wednesday, Friday unless you have logged your session, or your diary says rest or away.",
    );
    h.get_by_label("Save reminders").click();
    h.run();
    for _ in 0..200 {
        if !h.state().is_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h.run();
    h.get_by_label("Reminders are set up: they come at their times even when the app is closed.");
    let timer = config
        .path()
        .join("systemd/user/rehab-tracker-reminders.timer");
    assert!(
        std::fs::read_to_string(&timer)
            .unwrap()
            .contains("OnCalendar=*-*-* 18:15:00")
    );
    let mut app = h.into_state();
    app.save_now().unwrap();
    let saved = Store::new(tmp.path()).load().settings.unwrap();
    assert!(saved.training_reminder.on && !saved.diary_reminder.on);
    assert_eq!(saved.training_reminder.at.to_string(), "18:15:00");

    // Undo puts the old settings back, on disk and in the timer.
    app.apply(rehab_tracker::ui::Command::Undo);
    app.save_now().unwrap();
    assert_eq!(
        Store::new(tmp.path()).load().settings.unwrap(),
        rehab_tracker::model::Settings::default()
    );
    for _ in 0..200 {
        if !timer.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!timer.exists(), "switching reminders off removes the timer");
}

#[test]
fn the_theme_follows_the_desktop_until_one_is_chosen_in_settings() {
    let tmp = tempfile::tempdir().unwrap();
    set_up_profile(tmp.path());
    let (desktop, changes) = std::sync::mpsc::channel();
    let app = app_on(tmp.path())
        .with_desktop_theme(rehab_tracker::ui::desktop_theme::DesktopTheme::from_channel(changes));
    let mut h = harness(app);
    // The harness picks dark for itself; a patient starts with no choice made.
    h.ctx.set_theme(egui::ThemePreference::System);
    desktop.send(egui::Theme::Light).unwrap();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    desktop.send(egui::Theme::Dark).unwrap();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    // A choice in Settings stays whatever the desktop does, until "Follow the desktop".
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Light").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    desktop.send(egui::Theme::Dark).unwrap();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light, "a choice made stays");
    h.get_by_label("Follow the desktop").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}

#[test]
fn the_window_keeps_what_it_remembers_in_the_data_folder() {
    let dir = Path::new("/data/my rehab");
    let options = rehab_tracker::ui::native_options(egui::ViewportBuilder::default(), dir);
    assert_eq!(options.persistence_path, Some(dir.join("app.ron")));
}
