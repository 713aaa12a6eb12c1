//! The Progress screen's status card, for every status, driven through the real UI; each
//! agrees with `rehab-tracker status --json` on the same journal and day.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::journal::{Diary, day, status_json, twelve_weeks};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rehab_tracker::analysis::StatusKind;
use rehab_tracker::model::{Entry, Event, EventKind, RedFlagSign};
use rehab_tracker::ui::{Command, RehabApp};
use std::path::Path;

/// Opens the window on `dir` as of day `on`, shows Progress, and returns the headline it shows.
fn headline_on(dir: &Path, on: i64) -> (String, Harness<'static, RehabApp>) {
    let date = day(on);
    let mut h = common::window_at(dir, date.and_hms_opt(12, 0, 0).unwrap(), [1200.0, 2400.0]);
    h.get_by_label("Progress").click();
    h.run();
    let shown = StatusKind::ALL
        .iter()
        .find(|k| {
            h.query_by_label(&k.headline(rehab_tracker::i18n::Lang::En))
                .is_some()
        })
        .map(|k| k.code().to_owned())
        .unwrap_or_default();
    (shown, h)
}

fn check(dir: &Path, on: i64, expected: &str) {
    let json = status_json(dir, on);
    assert_eq!(json["status"], expected, "status --json: {json}");
    let (shown, _h) = headline_on(dir, on);
    assert_eq!(shown, expected, "the Progress screen");
}

#[test]
fn keep_going_before_the_decision_point() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6; 20]).three_a_week(3);
    d.write(tmp.path());
    check(tmp.path(), 20, "keep_going");
}

#[test]
fn improving_at_the_decision_point() {
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 5, &[4; 14]).write(tmp.path());
    check(tmp.path(), 83, "improving");
}

#[test]
fn discuss_next_steps_when_the_programme_was_done_and_pain_did_not_change() {
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 6, &[6; 14]).write(tmp.path());
    check(tmp.path(), 83, "discuss_next_steps");
    let (_, h) = headline_on(tmp.path(), 83);
    assert!(
        h.query_all_by_label_contains("including whether an injection review is appropriate")
            .count()
            >= 1
    );
}

#[test]
fn review_the_plan_when_too_few_sessions_were_done() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6; 84]).sessions((0..12).map(|w| 7 * w));
    d.write(tmp.path());
    check(tmp.path(), 83, "review_plan");
}

#[test]
fn contact_your_clinician_when_pain_builds_above_the_start() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[3; 14]).worst(14, &[6; 14]).three_a_week(4);
    d.write(tmp.path());
    check(tmp.path(), 27, "contact_clinician_soon");
}

#[test]
fn a_red_flag_recorded_in_the_window_puts_seek_care_now_on_top() {
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 5, &[4; 14]).write(tmp.path());
    // Record the warning sign through the app, as a patient does.
    let (_, mut h) = headline_on(tmp.path(), 83);
    let date = day(83);
    h.state_mut().apply(Command::log(Entry::Event(Event {
        id: 0,
        date,
        time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        kind: EventKind::RedFlag {
            signs: vec![RedFlagSign::SaddleNumbness],
        },
        note: String::new(),
    })));
    common::settle(&mut h);
    h.get_by_label(&StatusKind::SeekCareNow.headline(rehab_tracker::i18n::Lang::En));
    let mut app = h.into_state();
    app.save_now().unwrap();
    drop(app);
    assert_eq!(status_json(tmp.path(), 83)["status"], "seek_care_now");
}
