//! Logging a session and the diary as a tired patient does: by keyboard alone, with the
//! timer in view, a summary after saving, one diary entry a day.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDateTime;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rehab_tracker::storage::Store;
use rehab_tracker::ui::RehabApp;
use std::path::Path;

use common::week4::{at, set_up, today};

fn window(dir: &Path, now: NaiveDateTime, size: [f32; 2]) -> Harness<'static, RehabApp> {
    common::window_at(dir, now, size)
}

#[test]
fn a_whole_session_done_as_prescribed_takes_at_most_fifteen_keys() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1280.0, 800.0]);
    let mut keys = 0;
    let mut press = |h: &mut Harness<'static, RehabApp>, key: Key| {
        h.key_press(key);
        common::settle(h);
        keys += 1;
    };
    // The pain during the session, then on to "All done as prescribed", then press it.
    press(&mut h, Key::Num3);
    press(&mut h, Key::Enter);
    press(&mut h, Key::Enter);
    assert!(keys <= 15);
    let session = h
        .state()
        .record()
        .journal()
        .session_on(today())
        .cloned()
        .expect("the session is logged");
    assert_eq!(
        session.exercises.len(),
        6,
        "every exercise of the programme"
    );
    assert!(
        session
            .exercises
            .iter()
            .all(|e| e.pain_during.map(rehab_tracker::model::Pain::get) == Some(3))
    );
    // The summary replaces the form: the light, what was done and the next session.
    h.get_by_label_contains("Session saved");
    assert!(h.query_by_label("All done as prescribed").is_none());
    let mut app = h.into_state();
    app.save_now().unwrap();
    let loaded = Store::new(tmp.path()).load();
    assert_eq!(loaded.journal.sessions().count(), 1);
}

#[test]
fn after_saving_the_header_no_longer_says_a_session_is_due() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1280.0, 800.0]);
    h.get_by_label_contains("A session is due today");
    h.get_by_label("Pain during the session: 2").click();
    common::settle(&mut h);
    h.get_by_label("All done as prescribed").click();
    common::settle(&mut h);
    assert!(
        h.query_by_label_contains("A session is due today")
            .is_none()
    );
    assert!(
        h.query_by_label_contains("Save session").is_none(),
        "no blank form to log twice"
    );
}

#[test]
fn a_session_without_a_pain_score_is_held_back_with_a_word() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1280.0, 800.0]);
    h.get_by_label("All done as prescribed").click();
    common::settle(&mut h);
    assert!(h.state().record().journal().session_on(today()).is_none());
    h.get_by_label_contains("No pain score for");
    h.get_by_label("Save without a pain score").click();
    common::settle(&mut h);
    assert!(h.state().record().journal().session_on(today()).is_some());
}

#[test]
fn the_status_bar_says_a_half_entered_session_is_not_saved() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1280.0, 3000.0]);
    h.get_by_label("All entries saved");
    h.get_by_label("Hip thrust: add a set").click();
    common::settle(&mut h);
    h.get_by_label_contains("Today's session is not saved yet");
    assert!(h.query_by_label("All entries saved").is_none());
}

#[test]
fn a_hold_shows_its_countdown_in_the_bar_at_the_bottom_wherever_the_card_is() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1024.0, 3000.0]);
    let button = h.get_by_label("Side-lying leg raise: start a hold").rect();
    h.get_by_label("Side-lying leg raise: start a hold").click();
    h.run_steps(2);
    let countdown = h.get_by_label_contains("Side-lying leg raise hold:");
    let rect = countdown.rect();
    assert!(
        button.max.y < 3000.0 - 500.0,
        "the card is far from the bottom"
    );
    assert!(
        rect.min.y > 3000.0 - 120.0 && rect.max.y <= 3000.0,
        "the countdown sits in the bar at the bottom of the window: {rect:?}"
    );
}

#[test]
fn the_diary_takes_one_entry_a_day_and_refuses_pain_now_above_the_worst() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 23), [1280.0, 800.0]);
    h.get_by_label("Diary").click();
    common::settle(&mut h);
    h.get_by_label("Good evening");
    h.get_by_label("Pain now: 7").click();
    h.get_by_label("Worst pain in the last 24 hours: 3").click();
    common::settle(&mut h);
    h.get_by_label("Save diary entry").click();
    common::settle(&mut h);
    assert!(h.state().record().journal().diary_on(today()).is_none());
    h.get_by_label_contains("the worst includes now");
    h.get_by_label("Worst pain in the last 24 hours: 8").click();
    common::settle(&mut h);
    h.get_by_label("Save diary entry").click();
    common::settle(&mut h);
    h.get_by_label_contains("Today's diary is done");
    // Changed in place: still one entry that day.
    h.get_by_label("Pain now: 5").click();
    common::settle(&mut h);
    h.get_by_label("Save changes").click();
    common::settle(&mut h);
    let journal = h.state().record().journal();
    assert_eq!(journal.diary().filter(|d| d.date == today()).count(), 1);
    assert_eq!(journal.diary_on(today()).map(|d| d.pain_now.get()), Some(5));
}

#[test]
fn each_tab_opens_at_its_own_scroll_position() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1024.0, 640.0]);
    h.get_by_label("Diary").click();
    common::settle(&mut h);
    let top = h.get_by_label("Pain now: 0").rect().min.y;
    h.get_by_label("Today").click();
    common::settle(&mut h);
    // Scroll Today down, then back to the diary: it is where it was, at the top.
    h.event(egui::Event::PointerMoved(egui::pos2(500.0, 400.0)));
    for _ in 0..10 {
        h.event(egui::Event::MouseWheel {
            source: egui::MouseWheelSource::Wheel,
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
        });
        h.run_steps(2);
    }
    h.get_by_label("Diary").click();
    common::settle(&mut h);
    let now = h.get_by_label("Pain now: 0").rect().min.y;
    assert!(
        (now - top).abs() < 1.0,
        "the diary moved from {top} to {now}"
    );
}

#[test]
fn escape_closes_help() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1024.0, 640.0]);
    h.get_by_label("Help").click();
    common::settle(&mut h);
    assert_eq!(
        h.state().open_window(),
        Some(rehab_tracker::ui::Window::Help)
    );
    h.key_press(Key::Escape);
    common::settle(&mut h);
    assert_eq!(h.state().open_window(), None);
}

#[test]
fn the_top_bar_keeps_one_row_from_800_px_up_and_nothing_overlaps() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let buttons = [
        "Warning signs",
        "Help",
        "Settings",
        "Export…",
        "Clinician",
        "Light theme",
        "Dark theme",
        "More",
    ];
    for (size, all_shown) in [
        ([800.0, 600.0], false),
        ([1024.0, 640.0], false),
        ([1920.0, 1080.0], true),
    ] {
        let mut h = window(tmp.path(), at(18, 0), size);
        common::settle(&mut h);
        let mut rects: Vec<(&str, egui::Rect)> = ["Today", "Diary", "History", "Progress"]
            .into_iter()
            .chain(buttons)
            .filter_map(|name| h.query_by_label(name).map(|node| (name, node.rect())))
            .collect();
        let names: Vec<&str> = rects.iter().map(|(name, _)| *name).collect();
        assert!(names.contains(&"Warning signs"), "{size:?}: {names:?}");
        assert_eq!(names.contains(&"More"), !all_shown, "{size:?}: {names:?}");
        let top = rects[0].1.min.y;
        for (name, rect) in &rects {
            assert!(
                (rect.min.y - top).abs() < 1.0,
                "{size:?}: {name} at {rect:?}, the tabs at y {top}"
            );
            assert!(rect.max.x <= size[0], "{size:?}: {name} at {rect:?}");
        }
        rects.sort_by(|a, b| a.1.min.x.total_cmp(&b.1.min.x));
        for pair in rects.windows(2) {
            assert!(
                pair[0].1.max.x <= pair[1].1.min.x,
                "{size:?}: {pair:?} overlap"
            );
        }
        drop(h);
    }
}

#[test]
fn the_buttons_folded_into_more_still_work_and_f1_still_opens_help() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [800.0, 600.0]);
    assert!(h.query_by_label("Settings").is_none(), "folded at 800 px");
    h.get_by_label("More").click();
    h.run();
    h.get_by_label("Settings").click();
    common::settle(&mut h);
    assert_eq!(
        h.state().open_window(),
        Some(rehab_tracker::ui::Window::Settings)
    );
    h.key_press(Key::Escape);
    common::settle(&mut h);
    h.key_press(Key::F1);
    common::settle(&mut h);
    assert_eq!(
        h.state().open_window(),
        Some(rehab_tracker::ui::Window::Help)
    );
    h.key_press(Key::Escape);
    common::settle(&mut h);
    // The clinician's menu opens from within "More".
    h.get_by_label("More").click();
    h.run();
    h.get_by_label("Clinician").click();
    h.run();
    h.get_by_label("Open for review…").click();
    common::settle(&mut h);
    assert!(h.state().review().is_some());
}

#[test]
fn history_rows_take_the_width_with_edit_and_delete_at_the_right_edge() {
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
    // A wide window: the row takes the width, Edit and Delete at its right edge.
    let mut h = window(tmp.path(), at(18, 0), [1920.0, 1080.0]);
    h.get_by_label("History").click();
    common::settle(&mut h);
    let row = h.get_by_label_contains("worst in 24 h 5").rect();
    let delete = h.get_by_label_contains("Delete Fri 20 Nov 2026").rect();
    assert!(
        delete.max.x > 1920.0 - 40.0 && delete.max.x <= 1920.0,
        "Delete ends at {}",
        delete.max.x
    );
    assert!(
        (delete.center().y - row.center().y).abs() < 4.0,
        "{row:?} {delete:?}"
    );
    drop(h);
    // A narrow one: the summary gives way to the buttons rather than running under them.
    for width in [1024.0, 600.0] {
        let mut h = window(tmp.path(), at(18, 0), [width, 640.0]);
        h.get_by_label("History").click();
        common::settle(&mut h);
        let row = h.get_by_label_contains("worst in 24 h 5").rect();
        let edit = h.get_by_label_contains("Edit Fri 20 Nov 2026").rect();
        let delete = h.get_by_label_contains("Delete Fri 20 Nov 2026").rect();
        assert!(delete.max.x <= width, "{width}: {delete:?}");
        assert!(
            row.max.x <= edit.min.x,
            "{width}: {row:?} runs under {edit:?}"
        );
        drop(h);
    }
}

#[test]
fn help_and_warning_signs_end_on_screen_at_1024_by_640() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1024.0, 640.0]);
    h.key_press(Key::F1);
    common::settle(&mut h);
    // The window's end is on screen: its last line scrolls into view rather than off it.
    let window = h.get_by_label("Help and about").rect();
    assert!(window.max.y <= 640.0, "{window:?}");
    h.key_press(Key::Escape);
    common::settle(&mut h);
    h.get_by_label("Warning signs").click();
    common::settle(&mut h);
    for node in h.query_all_by_label("Warning signs") {
        assert!(node.rect().max.y <= 640.0, "{:?}", node.rect());
    }
}

#[test]
fn ctrl_and_a_number_switch_tabs_while_the_pain_row_has_the_focus() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1280.0, 800.0]);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num3);
    common::settle(&mut h);
    assert_eq!(h.state().tab(), rehab_tracker::ui::Tab::History);
    assert!(
        h.state().record().journal().session_on(today()).is_none(),
        "the number did not also set the pain"
    );
}

#[test]
fn first_run_takes_both_sides_and_a_start_date_picked_not_typed() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = window(tmp.path(), at(9, 0), [1024.0, 640.0]);
    h.get_by_label_contains("first week sets your starting pain");
    h.get_by_label("Both sides").click();
    h.get_by_label("Programme start date: a day earlier")
        .click();
    common::settle(&mut h);
    h.get_by_label("Programme start date: Sunday, 22 November 2026");
    h.get_by_label("Start my programme").click();
    common::settle(&mut h);
    let profile = h.state().record().profile().cloned().unwrap();
    assert!(profile.both_sides);
    assert_eq!(profile.start_date, today().pred_opt().unwrap());
    let mut app = h.into_state();
    app.save_now().unwrap();
    drop(app);
    let loaded = Store::new(tmp.path()).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert!(loaded.profile.unwrap().both_sides, "kept on disk");
}

#[test]
fn the_start_date_cannot_be_set_in_the_future() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = window(tmp.path(), at(9, 0), [1024.0, 640.0]);
    h.get_by_label("Programme start date: a day later").click();
    common::settle(&mut h);
    h.get_by_label("Programme start date: Monday, 23 November 2026");
}
