//! The guided session, driven by keys alone as a patient on a mat does: it logs exactly what
//! "All done as prescribed" on Today logs, Ctrl+Z takes it back in one step, and ending it
//! part way asks before anything done is dropped.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rehab_tracker::model::{ExerciseLog, Session};
use rehab_tracker::ui::RehabApp;

use common::week4::{at, guided_by_keys, press, set_up, start_guided, today};

/// The sessions logged today.
fn logged(h: &Harness<'static, RehabApp>) -> Vec<Session> {
    h.state()
        .record()
        .journal()
        .sessions()
        .filter(|s| s.date == today())
        .cloned()
        .collect()
}

/// What a session says was done: exercises, levels, sets (side, reps or seconds, load) and
/// pain, with the time it was logged.
fn done(session: &Session) -> (chrono::NaiveTime, Vec<ExerciseLog>) {
    (session.time, session.exercises.clone())
}

/// Today's "All done as prescribed" by keys: pain 3, Enter, Enter.
fn all_done_on_today() -> Session {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 800.0]);
    press(&mut h, Key::Num3);
    press(&mut h, Key::Enter);
    press(&mut h, Key::Enter);
    let sessions = logged(&h);
    assert_eq!(sessions.len(), 1);
    sessions[0].clone()
}

#[test]
fn a_whole_guided_session_by_keys_logs_what_all_done_as_prescribed_logs() {
    let expected = all_done_on_today();
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    let sets = guided_by_keys(&mut h, Key::Num3);
    assert!(!h.state().guided(), "the guided session closes once saved");
    let sessions = logged(&h);
    assert_eq!(sessions.len(), 1, "one session");
    let got = &sessions[0];
    let expected_sets: usize = expected.exercises.iter().map(|e| e.sets.len()).sum();
    assert_eq!(sets, expected_sets, "one Space for each set prescribed");
    assert_eq!(done(got), done(&expected));
    assert!(
        got.exercises
            .iter()
            .all(|e| e.pain_during.map(rehab_tracker::model::Pain::get) == Some(3))
    );
    h.get_by_label_contains("Session saved");
}

#[test]
fn ctrl_z_after_a_guided_session_takes_it_back_in_one_step() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    guided_by_keys(&mut h, Key::Num2);
    assert_eq!(logged(&h).len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert!(logged(&h).is_empty(), "Ctrl+Z removes the whole session");
    h.get_by_label_contains("Undone:");
}

#[test]
fn escape_part_way_asks_and_keep_going_loses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    start_guided(&mut h);
    h.get_by_label("Set 1 of 4");
    press(&mut h, Key::Space);
    h.get_by_label("Skip rest");
    press(&mut h, Key::Space);
    h.get_by_label("Set 2 of 4");
    press(&mut h, Key::Escape);
    h.get_by_label("End the session? You have done 1 set.");
    assert!(h.state().guided(), "nothing closes without an answer");
    // "Keep going" has the focus: Enter goes back to where the patient was.
    press(&mut h, Key::Enter);
    assert!(h.query_by_label_contains("End the session?").is_none());
    h.get_by_label("Set 2 of 4");
    assert!(h.state().today_unsaved().is_some(), "the set done is kept");
    press(&mut h, Key::Space);
    press(&mut h, Key::Escape);
    h.get_by_label("End the session? You have done 2 sets.");
    h.get_by_label("Save what I did").click();
    common::settle(&mut h);
    press(&mut h, Key::Num4);
    press(&mut h, Key::Enter);
    press(&mut h, Key::Enter);
    let sessions = logged(&h);
    assert_eq!(sessions.len(), 1);
    let exercises = &sessions[0].exercises;
    assert_eq!(exercises.len(), 1, "only the exercise done");
    assert_eq!(exercises[0].sets.len(), 2);
}

#[test]
fn discard_drops_only_the_sets_done_in_the_guided_session() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    start_guided(&mut h);
    press(&mut h, Key::Space);
    press(&mut h, Key::Escape);
    h.get_by_label("Discard").click();
    common::settle(&mut h);
    assert!(!h.state().guided());
    assert_eq!(h.state().today_unsaved(), None);
    assert!(logged(&h).is_empty());
    // With nothing done, ending asks nothing.
    start_guided(&mut h);
    press(&mut h, Key::Escape);
    assert!(!h.state().guided());
}

#[test]
fn a_rest_counts_down_big_and_its_end_is_shown_big() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    start_guided(&mut h);
    press(&mut h, Key::Space);
    h.get_by_label("Rest");
    h.get_by_label("Next: Single-leg squat, set 2 of 4");
    assert!(h.query_by_label("Set done").is_none());
    // The rest of a minute, at a quarter of a second a frame.
    h.run_steps(4 * 60 + 2);
    h.get_by_label("Rest over. Next: Single-leg squat, set 2 of 4.");
    h.get_by_label("Set 2 of 4");
    h.get_by_label("Set done");
    // The flash goes after a few seconds; the set stays.
    h.run_steps(4 * 5);
    assert!(h.query_by_label_contains("Rest over").is_none());
    h.get_by_label("Set 2 of 4");
}

#[test]
fn a_timed_hold_is_logged_as_its_set_when_it_ends() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    start_guided(&mut h);
    for _ in 0..2 {
        h.get_by_label("Skip exercise").click();
        common::settle(&mut h);
    }
    h.get_by_label("Side-lying leg raise");
    h.get_by_label("Hold 5 s");
    assert_eq!(h.state().today_unsaved(), None, "skipping logs nothing");
    h.get_by_label("Time the hold").click();
    common::settle(&mut h);
    h.get_by_label("5 s");
    // Five seconds at a quarter of a second a frame, and a little more.
    h.run_steps(4 * 5 + 2);
    h.get_by_label("Hold over: set done.");
    h.get_by_label("Rest");
    h.get_by_label("Next: Side-lying leg raise, set 2 of 6");
    assert!(h.state().today_unsaved().is_some(), "the hold is a set");
}

#[test]
fn the_exercise_and_the_set_are_announced_every_button_is_named_and_all_fits_at_1024_by_640() {
    use egui::accesskit::{Live, Role};
    use egui_kittest::kittest::NodeT;
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    start_guided(&mut h);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 640.0));
    for said in ["Single-leg squat", "Set 1 of 4"] {
        let node = h.get_by_label(said);
        assert_eq!(node.accesskit_node().live(), Live::Polite, "{said}");
        assert!(window.contains_rect(node.rect()), "{said} is on screen");
    }
    for button in ["Set done", "Easier", "Skip exercise", "Back", "End session"] {
        let node = h.get_by_label(button);
        assert_eq!(node.accesskit_node().role(), Role::Button, "{button}");
        assert!(window.contains_rect(node.rect()), "{button} is on screen");
    }
    let cue = h.get_by_label("Keep your knee in line with your middle toes and your hips level.");
    assert!(window.contains_rect(cue.rect()), "the cue is on screen");
    press(&mut h, Key::Space);
    assert_eq!(h.get_by_label("Rest").accesskit_node().live(), Live::Polite);
    // The countdown is not said every second.
    let countdown = h
        .query_by_label("60 s")
        .or_else(|| h.query_by_label("59 s"))
        .expect("the rest's seconds");
    assert_eq!(countdown.accesskit_node().live(), Live::Off);
    press(&mut h, Key::Space);
    assert_eq!(
        h.get_by_label("Set 2 of 4").accesskit_node().live(),
        Live::Polite,
        "the next set is said"
    );
}

#[test]
fn easier_shortens_the_sets_left_as_the_easier_dose_on_today_does() {
    use rehab_tracker::analysis::schedule::{easier_sets, sets_to_fill};
    use rehab_tracker::model::Side;
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    let (prescribed, easier) = {
        let record = h.state().record();
        let squat = record.programme().exercise("single_leg_squat").unwrap();
        (
            sets_to_fill(record.journal(), squat, Side::Left),
            easier_sets(record.journal(), squat, Side::Left),
        )
    };
    start_guided(&mut h);
    press(&mut h, Key::Space);
    press(&mut h, Key::Space);
    h.get_by_label("Easier").click();
    common::settle(&mut h);
    h.get_by_label("Easier dose");
    assert!(h.query_by_label("Easier").is_none(), "offered once");
    for _ in 1..prescribed.len() {
        press(&mut h, Key::Space);
        press(&mut h, Key::Space);
    }
    h.get_by_label("Crab walk with band");
    press(&mut h, Key::Escape);
    h.get_by_label("Save what I did").click();
    common::settle(&mut h);
    press(&mut h, Key::Num2);
    press(&mut h, Key::Enter);
    press(&mut h, Key::Enter);
    let sessions = logged(&h);
    assert_eq!(sessions.len(), 1);
    let mut expected = vec![prescribed[0]];
    expected.extend_from_slice(&easier[1..]);
    assert_eq!(sessions[0].exercises[0].sets, expected);
    assert_ne!(expected, prescribed, "the easier dose is shorter");
}

#[test]
fn sets_typed_on_today_first_are_kept_and_the_guided_session_goes_on_from_them() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 3000.0]);
    h.get_by_label("Single-leg squat: add a set").click();
    common::settle(&mut h);
    start_guided(&mut h);
    h.get_by_label("Set 2 of 4");
    // Back from the first exercise goes nowhere; from the second, to the first.
    press(&mut h, Key::Space);
    press(&mut h, Key::Space);
    h.get_by_label("Set 3 of 4");
    h.get_by_label("Skip exercise").click();
    common::settle(&mut h);
    h.get_by_label("Crab walk with band");
    h.get_by_label("Back").click();
    common::settle(&mut h);
    h.get_by_label("Set 3 of 4");
    // Discard drops what the guided session did, never what was typed before it.
    press(&mut h, Key::Escape);
    h.get_by_label("End the session? You have done 1 set.");
    h.get_by_label("Discard").click();
    common::settle(&mut h);
    assert!(!h.state().guided());
    h.get_by_label_contains("Today's session is not saved yet (1 exercise filled in)");
    h.get_by_label("Single-leg squat set 1, left: reps");
    assert!(
        h.query_by_label("Single-leg squat set 2, right: reps")
            .is_none()
    );
}

#[test]
fn save_without_a_pain_score_says_so_and_logs_nothing_yet() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    start_guided(&mut h);
    press(&mut h, Key::Space);
    press(&mut h, Key::Escape);
    h.get_by_label("Save what I did").click();
    common::settle(&mut h);
    h.get_by_label("Save session").click();
    common::settle(&mut h);
    h.get_by_label("Choose the pain during the session first (0 is no pain).");
    assert!(logged(&h).is_empty());
    assert!(h.state().guided());
    h.get_by_label("Pain during the session: 1").click();
    common::settle(&mut h);
    h.get_by_label("Save session").click();
    common::settle(&mut h);
    assert_eq!(logged(&h).len(), 1);
}
