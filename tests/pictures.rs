//! The exercise pictures in the window: on Today's cards and in the clinician's programme
//! editor, each an image a screen reader describes with the exercise's own words, still
//! unless movement is switched on.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::{NodeT, Queryable};
use rehab_tracker::model::Programme;

fn set_up(dir: &std::path::Path, side: &str) {
    let o = common::run(
        dir,
        &["init", "--start", "2026-11-02", "--affected-side", side],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
}

fn at() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

#[test]
fn every_card_on_today_shows_its_picture_described_by_its_cue() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path(), "left");
    let h = common::window_at(tmp.path(), at(), [1100.0, 4000.0]);
    let programme = Programme::default_programme().unwrap();
    let images: Vec<String> = h
        .get_all_by_role(egui::accesskit::Role::Image)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    let enabled: Vec<_> = programme.enabled().collect();
    assert_eq!(images.len(), enabled.len(), "{images:#?}");
    for exercise in enabled {
        let level = exercise.current().unwrap();
        let expected = rehab_tracker::picture::describe(exercise, exercise.level);
        assert!(
            expected.contains(&level.cue) && expected.contains(&exercise.name),
            "{expected}"
        );
        assert!(
            images.contains(&expected),
            "no picture described as {expected:?} in {images:#?}"
        );
    }
}

#[test]
fn pictures_stay_still_unless_movement_is_on_and_then_ask_for_frames() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path(), "right");
    let mut h = common::window_at(tmp.path(), at(), [1100.0, 1400.0]);
    // Still: the window settles, asking for no more frames.
    h.run();
    assert!(
        !h.ctx.has_requested_repaint(),
        "a still window keeps drawing"
    );
    rehab_tracker::ui::picture::set_moving(&h.ctx, true);
    h.step();
    assert!(
        h.ctx.has_requested_repaint(),
        "moving pictures on screen ask for the next frame"
    );
    rehab_tracker::ui::picture::set_moving(&h.ctx, false);
    h.step();
    h.step();
    assert!(!h.ctx.has_requested_repaint());
}
