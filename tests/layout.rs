//! The layout as a patient sees it at 1024x640, 1280x800 and 1920x1080: the 0-10 control
//! one joined bar big enough to hit, Today's first thing at the top, this week beside the
//! session on a wide screen and under the first card on a narrow one, History's buttons
//! at the right edge.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDateTime;
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rehab_tracker::ui::RehabApp;
use std::path::Path;

use common::week4::{at, set_up};

fn window(dir: &Path, now: NaiveDateTime, size: [f32; 2]) -> Harness<'static, RehabApp> {
    common::window_at(dir, now, size)
}

fn rect_of(h: &Harness<'static, RehabApp>, label: &str) -> Rect {
    h.get_by_label(label).rect()
}

/// The primary button of the first card and the week's count, at a window size.
fn start_and_week(size: [f32; 2]) -> (Rect, Rect) {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let h = window(tmp.path(), at(18, 0), size);
    h.get_by_label("A session is due today.");
    (
        rect_of(&h, "Start the session"),
        rect_of(&h, "0 of 3 sessions this week."),
    )
}

#[test]
fn on_a_wide_screen_this_week_sits_beside_the_session() {
    let (start, week) = start_and_week([1920.0, 1080.0]);
    assert!(
        week.left() > start.right() + 200.0,
        "this week is to the right of the session: {start:?} {week:?}"
    );
    assert!(
        week.top() < start.bottom(),
        "and at the same height, not under it: {start:?} {week:?}"
    );
    assert!(
        week.right() > 1920.0 - 450.0,
        "in the right-hand column: {week:?}"
    );
}

#[test]
fn on_a_small_screen_this_week_comes_under_the_first_card() {
    for size in [[1024.0, 640.0], [1280.0, 800.0]] {
        let (start, week) = start_and_week(size);
        assert!(
            week.top() > start.bottom(),
            "at {size:?} under the first card: {start:?} {week:?}"
        );
        assert!(
            week.right() <= size[0] && start.right() <= size[0],
            "at {size:?} nothing is cut off: {start:?} {week:?}"
        );
        // The first thing to do is in view without scrolling.
        assert!(start.bottom() < size[1] - 100.0, "{size:?} {start:?}");
    }
}

#[test]
fn the_first_card_offers_the_next_set_once_sets_are_being_filled_in() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    assert!(h.query_by_label("Log the next set").is_none());
    h.get_by_label("Hip thrust: add a set").click();
    common::settle(&mut h);
    // Under way: the start gives way to the next set, the first exercise not done.
    assert!(h.query_by_label("A session is due today.").is_none());
    h.get_by_label_contains("Next: Single-leg squat, set 1 of");
    h.get_by_label_contains("Today's session is not saved yet (1 exercise filled in)");
    h.get_by_label("Log the next set").click();
    common::settle(&mut h);
    h.get_by_label_contains("Next: Single-leg squat, set 2 of");
    h.get_by_label_contains("Today's session is not saved yet (2 exercises filled in)");
    assert!(h.state().record().journal().sessions().next().is_none());
}

#[test]
fn a_rest_day_says_so_and_names_the_next_session() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    // Tuesday 24 November: the default programme trains Monday, Wednesday and Friday.
    let tuesday = at(18, 0) + chrono::Duration::days(1);
    let h = window(tmp.path(), tuesday, [1280.0, 800.0]);
    h.get_by_label("Rest day. Next session: Wednesday.");
    assert!(
        h.query_by_label_contains("A session is due today")
            .is_none()
    );
}

#[test]
fn the_pain_control_is_one_joined_bar_of_eleven_named_segments_big_enough_to_hit() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    for size in [[1024.0, 640.0], [1920.0, 1080.0]] {
        let h = window(tmp.path(), at(18, 0), size);
        let segments: Vec<Rect> = (0..=10)
            .map(|n| rect_of(&h, &format!("Pain during the session: {n}")))
            .collect();
        for (n, s) in segments.iter().enumerate() {
            assert!(s.height() >= 32.0, "{size:?} segment {n}: {s:?}");
            assert!(s.width() >= 28.0, "{size:?} segment {n}: {s:?}");
        }
        for pair in segments.windows(2) {
            assert!(
                (pair[1].left() - pair[0].right()).abs() < 0.5
                    && (pair[1].top() - pair[0].top()).abs() < 0.5,
                "{size:?}: joined, in one row: {pair:?}"
            );
        }
        assert!(segments[10].right() <= size[0]);
    }
}

#[test]
fn the_pain_control_keeps_its_keys_and_its_clicks() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1024.0, 640.0]);
    let name = "Pain during the session (0 to 10)";
    let value =
        |h: &Harness<'static, RehabApp>| h.get_by_label(name).accesskit_node().numeric_value();
    assert!(h.get_by_label(name).accesskit_node().is_focused());
    // "1" then "0" is ten; the arrows move it.
    h.key_press(Key::Num1);
    h.key_press(Key::Num0);
    common::settle(&mut h);
    assert_eq!(value(&h), Some(10.0));
    h.key_press(Key::ArrowLeft);
    common::settle(&mut h);
    assert_eq!(value(&h), Some(9.0));
    // A click on a segment sets it too.
    h.get_by_label("Pain during the session: 4").click();
    common::settle(&mut h);
    assert_eq!(value(&h), Some(4.0));
    // Enter goes on to "All done as prescribed".
    h.get_by_label(name).focus();
    common::settle(&mut h);
    h.key_press(Key::Enter);
    common::settle(&mut h);
    assert!(!h.get_by_label(name).accesskit_node().is_focused());
    assert_eq!(value(&h), Some(4.0));
}

#[test]
fn history_rows_take_the_width_with_their_buttons_at_the_right_edge() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1920.0, 1080.0]);
    h.get_by_label("Pain during the session: 2").click();
    common::settle(&mut h);
    h.get_by_label("All done as prescribed").click();
    common::settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num3);
    common::settle(&mut h);
    let edit = h.get_by_label_contains("Edit Mon 23 Nov 2026").rect();
    let delete = h.get_by_label_contains("Delete Mon 23 Nov 2026").rect();
    assert!(
        delete.right() > 1920.0 - 60.0,
        "Delete ends at the right edge: {delete:?}"
    );
    assert!(
        edit.right() <= delete.left() && edit.left() > 1920.0 - 200.0,
        "Edit just before it: {edit:?}"
    );
}

#[test]
fn with_every_exercise_filled_in_the_first_card_goes_to_saving() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = window(tmp.path(), at(18, 0), [1280.0, 800.0]);
    let names: Vec<String> = h
        .query_all_by_label_contains(": done as prescribed")
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(names.len() >= 4, "{names:?}");
    for name in &names {
        // Below the fold: pressed as a screen reader presses it.
        h.get_by_label(name).click_accesskit();
        common::settle(&mut h);
    }
    // Back at the top, where the first card is.
    h.key_press(Key::Home);
    common::settle(&mut h);
    h.get_by_label("Every exercise is filled in.");
    assert!(h.query_by_label("Log the next set").is_none());
    h.get_by_label("Go to saving").click_accesskit();
    common::settle(&mut h);
    let save = h.get_by_label_contains("Save session");
    assert!(
        save.accesskit_node().is_focused(),
        "the save button has the focus"
    );
    assert!(
        save.rect().bottom() <= 800.0 && save.rect().top() >= 0.0,
        "and is in view: {:?}",
        save.rect()
    );
}
