//! What a screen reader is given, read from the same accessibility tree (AccessKit) the
//! window hands to AT-SPI: each control's role, name and value, tabs with their selected
//! state, the window's name, messages that speak when they appear (live), and where the
//! focus goes when the control that had it is gone. The whole session through the real
//! AT-SPI bus is `tests/screen_reader.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::Key;
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};
use rehab_tracker::model::{Pain, RedFlagSign};
use rehab_tracker::ui::RehabApp;
use std::path::Path;

use common::week4::{at, set_up, today};

fn window(dir: &Path) -> Harness<'static, RehabApp> {
    common::window_at(dir, at(18, 0), [1280.0, 3000.0])
}

/// The name the window gives itself (the root of the tree, the frame AT-SPI shows).
fn window_name(h: &Harness<'static, RehabApp>) -> String {
    h.root().accesskit_node().label().unwrap_or_default()
}

/// The label of the control with the keyboard's focus.
fn focused(h: &Harness<'static, RehabApp>) -> Option<String> {
    h.root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .find(AccessKitNode::is_focused)
        .map(|n| {
            if n.role() == Role::Label {
                n.value().unwrap_or_default()
            } else {
                n.label().unwrap_or_default()
            }
        })
}

#[test]
fn each_pain_scale_is_one_slider_holding_its_value() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    let name = "Pain during the session (0 to 10)";
    {
        let scale = h.get_by_label(name).accesskit_node();
        assert_eq!(scale.role(), Role::Slider);
        assert!(
            scale
                .description()
                .is_some_and(|d| d.starts_with("Not given yet")),
            "no score given yet: {:?}",
            scale.description()
        );
        assert_eq!(scale.min_numeric_value(), Some(0.0));
        assert_eq!(scale.max_numeric_value(), Some(10.0));
        assert!(scale.is_focused(), "the keyboard starts on it");
    }
    h.key_press(Key::Num6);
    common::settle(&mut h);
    assert_eq!(
        h.get_by_label(name).accesskit_node().numeric_value(),
        Some(6.0)
    );
    h.key_press(Key::ArrowRight);
    common::settle(&mut h);
    assert_eq!(
        h.get_by_label(name).accesskit_node().numeric_value(),
        Some(7.0)
    );
    // A screen reader sets it as it sets any slider.
    h.get_by_label(name).set_value_accesskit(2.0);
    common::settle(&mut h);
    assert_eq!(
        h.get_by_label(name).accesskit_node().numeric_value(),
        Some(2.0)
    );
    // Each exercise's scale is one too.
    let squat = h
        .get_by_label("Pain during Single-leg squat (0 to 10)")
        .accesskit_node();
    assert_eq!(squat.role(), Role::Slider);
    assert_eq!(squat.max_numeric_value(), Some(10.0));
}

#[test]
fn the_window_is_named_after_the_app_and_the_screen_and_its_tabs_are_tabs() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    assert_eq!(window_name(&h), "Rehab tracker: Today");
    let tab = |h: &Harness<'static, RehabApp>, name: &str| {
        let tabs: Vec<_> = h
            .query_all_by_label(name)
            .map(|n| n.accesskit_node())
            .filter(|n| n.role() == Role::Tab)
            .collect();
        assert_eq!(tabs.len(), 1, "one tab named {name}");
        tabs[0].is_selected() == Some(true)
    };
    assert!(tab(&h, "Today"));
    assert!(!tab(&h, "Diary"));
    h.get_by_label("Diary").click();
    common::settle(&mut h);
    assert_eq!(window_name(&h), "Rehab tracker: Diary");
    assert!(tab(&h, "Diary"));
    assert!(!tab(&h, "Today"));
    for (name, screen) in [("History", "History"), ("Progress", "Progress")] {
        h.get_by_label(name).click();
        common::settle(&mut h);
        assert_eq!(window_name(&h), format!("Rehab tracker: {screen}"));
        assert!(tab(&h, name));
    }
}

#[test]
fn saving_is_said_once_and_the_focus_moves_to_what_happened() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    h.key_press(Key::Num3);
    common::settle(&mut h);
    h.get_by_label("All done as prescribed").click();
    common::settle(&mut h);
    assert!(h.state().record().journal().session_on(today()).is_some());
    // The status bar's word is a live region: said once, politely, wherever the focus is.
    let notice = h.get_by_label_contains("Saved: ");
    assert_eq!(notice.accesskit_node().live(), Live::Polite);
    // The button that had the focus is gone: the summary's heading has it.
    let focus = focused(&h).expect("something has the focus");
    assert!(focus.starts_with("Session saved at 18:00"), "{focus}");
}

#[test]
fn a_pain_score_for_an_exercise_with_no_sets_is_never_dropped_without_asking() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    h.get_by_label("Single-leg squat: done as prescribed")
        .click();
    common::settle(&mut h);
    h.get_by_label("Pain during Single-leg squat: 4").click();
    common::settle(&mut h);
    // The button says what it does now, on screen and to a screen reader alike.
    h.get_by_label("Single-leg squat: reset to prescribed");
    h.get_by_label("Pain during Side-lying leg raise: 7")
        .click();
    common::settle(&mut h);
    // The status line does not count the score as an exercise filled in.
    h.get_by_label(
        "Today's session is not saved yet (1 exercise filled in; a pain score but no sets for 1 exercise).",
    );
    h.get_by_label_contains("Save session").click();
    common::settle(&mut h);
    assert!(
        h.state().record().journal().session_on(today()).is_none(),
        "not saved while the score would be lost"
    );
    let asked = h.get_by_label_contains("Side-lying leg raise: a pain score but no sets");
    assert_eq!(asked.accesskit_node().live(), Live::Assertive);
    // Its sets filled in, the score is kept with the session.
    h.get_by_label("Side-lying leg raise: done as prescribed")
        .click();
    common::settle(&mut h);
    h.get_by_label_contains("Save session").click();
    common::settle(&mut h);
    let session = h
        .state()
        .record()
        .journal()
        .session_on(today())
        .cloned()
        .expect("the session is saved");
    let raise = session
        .exercises
        .iter()
        .find(|e| e.exercise_id == "side_leg_raise")
        .expect("the leg raise is in the session");
    assert_eq!(raise.pain_during.map(Pain::get), Some(7));
}

#[test]
fn a_pain_score_without_sets_is_left_out_only_when_the_patient_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    for button in [
        "Single-leg squat: done as prescribed",
        "Pain during Single-leg squat: 4",
        "Pain during Side-lying leg raise: 7",
    ] {
        h.get_by_label(button).click();
        common::settle(&mut h);
    }
    common::settle(&mut h);
    h.get_by_label_contains("Save session").click();
    common::settle(&mut h);
    assert!(h.state().record().journal().session_on(today()).is_none());
    h.get_by_label("Save without that pain score").click();
    common::settle(&mut h);
    let session = h
        .state()
        .record()
        .journal()
        .session_on(today())
        .cloned()
        .expect("saved once the patient said so");
    let ids: Vec<&str> = session
        .exercises
        .iter()
        .map(|e| e.exercise_id.as_str())
        .collect();
    assert_eq!(ids, ["single_leg_squat"]);
}

#[test]
fn the_rest_timer_has_a_name_and_a_real_range_and_its_countdown_is_not_live() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    h.get_by_label("Rest 60 seconds").click();
    h.run();
    let bar = h
        .get_by_label("Time gone: Rest of 1 minute")
        .accesskit_node();
    assert_eq!(bar.role(), Role::ProgressIndicator);
    assert_eq!(bar.min_numeric_value(), Some(0.0));
    assert_eq!(bar.max_numeric_value(), Some(60.0));
    let value = bar.numeric_value().expect("a value");
    assert!((0.0..=60.0).contains(&value), "{value}");
    let countdown = h.get_by_label_contains("s left");
    assert_eq!(countdown.accesskit_node().role(), Role::Label);
    assert_eq!(countdown.accesskit_node().live(), Live::Off);
}

#[test]
fn errors_and_urgent_advice_speak_when_they_appear() {
    // First run: the missing side.
    let tmp = tempfile::tempdir().unwrap();
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 1600.0]);
    assert_eq!(window_name(&h), "Rehab tracker: set-up");
    // Each choice is heard with its question.
    let group = h
        .get_by_label("Right")
        .accesskit_node()
        .parent()
        .expect("in a group");
    assert_eq!(group.role(), Role::RadioGroup);
    assert_eq!(group.label().as_deref(), Some("Which side hurts?"));
    h.get_by_label("Start my programme").click();
    common::settle(&mut h);
    let error = h.get_by_label("Please choose which side hurts.");
    assert_eq!(error.accesskit_node().live(), Live::Assertive);

    // A warning sign recorded: the advice is said at once.
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    h.get_by_label("Warning signs").click();
    common::settle(&mut h);
    h.get_by_label(&RedFlagSign::BladderOrBowel.label()).click();
    common::settle(&mut h);
    h.get_by_label("Record what I ticked").click();
    common::settle(&mut h);
    // The button pressed is gone: the advice has the keyboard's focus, and is said at once.
    let advice = h
        .root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .find(AccessKitNode::is_focused)
        .expect("something has the focus");
    assert_eq!(advice.role(), Role::Label);
    assert!(
        advice.value().unwrap_or_default().starts_with("Get help"),
        "{:?}",
        advice.value()
    );
    assert_eq!(advice.live(), Live::Assertive);
}

#[test]
fn the_diary_scales_are_sliders_and_an_error_at_a_field_is_said_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    h.get_by_label("Diary").click();
    common::settle(&mut h);
    let now = h.get_by_label("Pain now (0 to 10)").accesskit_node();
    assert_eq!(now.role(), Role::Slider);
    assert_eq!(now.max_numeric_value(), Some(10.0));
    h.get_by_label("Pain now: 7").click();
    common::settle(&mut h);
    h.get_by_label("Worst pain in the last 24 hours: 3").click();
    common::settle(&mut h);
    assert_eq!(
        h.get_by_label("Pain now (0 to 10)")
            .accesskit_node()
            .numeric_value(),
        Some(7.0)
    );
    // Pain now above the worst: said at once, at the field.
    let refused = h.get_by_label_contains("the worst includes now");
    assert_eq!(refused.accesskit_node().live(), Live::Assertive);
}

#[test]
fn a_deleted_entry_is_said_and_the_focus_goes_to_undo() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let o = common::run(
        tmp.path(),
        &[
            "log",
            "diary",
            "--worst",
            "5",
            "--now",
            "3",
            "--date",
            "2026-11-20",
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let mut h = window(tmp.path());
    h.get_by_label("History").click();
    common::settle(&mut h);
    h.get_by_label_contains("Delete Fri 20 Nov 2026").click();
    common::settle(&mut h);
    let said = h.get_by_label_contains("Deleted: ");
    assert_eq!(said.accesskit_node().live(), Live::Polite);
    assert_eq!(focused(&h).as_deref(), Some("Undo"));
}

#[test]
fn closing_a_window_gives_the_focus_to_the_tab_shown() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    h.key_press(Key::F1);
    common::settle(&mut h);
    h.get_by_label("Help and about");
    h.key_press(Key::Escape);
    common::settle(&mut h);
    assert!(h.query_by_label("Help and about").is_none());
    assert_eq!(focused(&h).as_deref(), Some("Today"));
}

#[test]
fn an_export_written_is_said_when_it_is_done() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path());
    h.get_by_label("Export…").click();
    common::settle(&mut h);
    let out = tmp.path().join("for the physio.html");
    h.get_by_label("Export path")
        .set_text_value_accesskit(out.to_str().unwrap());
    common::settle(&mut h);
    h.get_by_label("Export").click();
    common::settle(&mut h);
    let said = h.get_by_label_contains("Saved ");
    assert_eq!(said.accesskit_node().live(), Live::Polite);
}

#[test]
fn the_programme_editor_says_when_its_file_is_written() {
    use rehab_tracker::ui::review::ReviewApp;
    let tmp = tempfile::tempdir().unwrap();
    common::review::caseload_folder(tmp.path());
    let mut h = Harness::builder()
        .with_size([1400.0, 2400.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut ReviewApp| app.ui(ui), ReviewApp::new(&[]));
    // Steps while a task runs (its spinner repaints), then settles.
    let wait = |h: &mut Harness<'static, ReviewApp>| {
        for _ in 0..500 {
            h.step();
            if !h.state().screen().is_busy() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        h.run();
    };
    h.run();
    assert_eq!(
        h.root().accesskit_node().label().unwrap_or_default(),
        "Rehab tracker: review"
    );
    h.get_by_label("Bundles or folder to review")
        .set_text_value_accesskit(tmp.path().to_str().unwrap());
    h.run();
    h.get_by_label("Open for review").click();
    wait(&mut h);
    h.get_by_label("Open patient EF-303").click();
    wait(&mut h);
    h.get_by_label("Adjust programme").click();
    h.run();
    h.get_by_label("Sessions a week").set_value_accesskit(4.0);
    h.run();
    let out = tmp.path().join("programme-EF-303.ron");
    h.get_by_label("Programme file path")
        .set_text_value_accesskit(out.to_str().unwrap());
    h.run();
    h.get_by_label("Save programme file").click();
    wait(&mut h);
    let said = h.get_by_label_contains("Give this file to the patient");
    assert_eq!(said.accesskit_node().live(), Live::Polite);
}
