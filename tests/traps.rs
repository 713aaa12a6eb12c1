//! The traps a patient falls into in the real window: undo that takes back more than they
//! just did, an edit lost on a mistake, a question out of sight, one fact in two forms.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rehab_tracker::ui::RehabApp;
use std::path::Path;

use common::week4::{at, set_up, today};

/// Today's diary entry as the window's record holds it.
fn todays_diary(h: &Harness<'static, RehabApp>) -> rehab_tracker::model::DiaryEntry {
    h.state()
        .record()
        .journal()
        .diary_on(today())
        .cloned()
        .expect("today's diary entry")
}

fn sessions_today(h: &Harness<'static, RehabApp>) -> usize {
    h.state()
        .record()
        .journal()
        .sessions()
        .filter(|s| s.date == today())
        .count()
}

/// Logs hip thrusts done as prescribed at this pain during, through the window.
fn log_hip_thrust(h: &mut Harness<'static, RehabApp>, pain: u8) {
    h.get_by_label("Hip thrust: done as prescribed").click();
    common::settle(h);
    h.get_by_label(&format!("Pain during Hip thrust: {pain}"))
        .click();
    common::settle(h);
    h.get_by_label("Save session").click();
    common::settle(h);
}

#[test]
fn undo_after_the_easier_dose_takes_back_the_dose_not_the_saved_session() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    log_hip_thrust(&mut h, 8);
    assert_eq!(sessions_today(&h), 1);
    h.get_by_label("Log another session today").click();
    common::settle(&mut h);
    h.get_by_label("Use the easier dose").click();
    common::settle(&mut h);
    assert!(
        h.state().today_unsaved().is_some(),
        "the dose is in the form"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert_eq!(sessions_today(&h), 1, "the saved session is still there");
    h.get_by_label_contains("Undone: the easier dose.");
    assert_eq!(h.state().today_unsaved(), None, "the form is as it was");
    // Redo fills it in again; the session is untouched.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    common::settle(&mut h);
    h.get_by_label_contains("Done again: the easier dose.");
    assert!(h.state().today_unsaved().is_some());
    assert_eq!(sessions_today(&h), 1);
}

#[test]
fn reset_to_prescribed_is_undone_by_name_and_gives_the_typed_sets_back() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    h.get_by_label("Hip thrust: done as prescribed").click();
    common::settle(&mut h);
    h.get_by_label("Hip thrust set 1: reps")
        .set_value_accesskit(14.0);
    common::settle(&mut h);
    let typed = h.get_by_label("Hip thrust set 1: reps").value();
    // The button says what it does now: its name follows its words.
    h.get_by_label("Hip thrust: reset to prescribed").click();
    common::settle(&mut h);
    assert_ne!(h.get_by_label("Hip thrust set 1: reps").value(), typed);
    h.get_by_label_contains("Done: Hip thrust reset to prescribed.");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    h.get_by_label_contains("Undone: Hip thrust reset to prescribed.");
    assert_eq!(h.get_by_label("Hip thrust set 1: reps").value(), typed);
}

#[test]
fn ctrl_z_in_a_note_is_the_note_s_own_undo() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    log_hip_thrust(&mut h, 2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    common::settle(&mut h);
    h.get_by_label("Note (optional)").focus();
    common::settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert_eq!(sessions_today(&h), 1, "typing in a note undid the session");
}

/// Today's diary entry, written through the Diary tab.
fn write_diary(h: &mut Harness<'static, RehabApp>, now: u8, worst: u8) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    common::settle(h);
    h.get_by_label(&format!("Pain now: {now}")).click();
    h.get_by_label(&format!("Worst pain in the last 24 hours: {worst}"))
        .click();
    common::settle(h);
    h.get_by_label("Save diary entry").click();
    common::settle(h);
}

/// The window at 1024 by 640 with History's editor open on today's diary entry (pain now
/// 3, worst 5).
fn editing_a_diary_entry(dir: &Path) -> Harness<'static, RehabApp> {
    set_up(dir);
    let args = [
        "log",
        "diary",
        "--date",
        "2026-11-23",
        "--now",
        "3",
        "--worst",
        "5",
    ];
    let o = common::run(dir, &args);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let mut h = common::window_at(dir, at(18, 0), [1024.0, 640.0]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    common::settle(&mut h);
    h.get_by_label_contains("Edit Mon 23 Nov 2026").click();
    common::settle(&mut h);
    h
}

#[test]
fn an_edit_the_record_refuses_keeps_its_window_and_says_why_at_the_field() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = editing_a_diary_entry(tmp.path());
    // The date is picked on the same calendar as elsewhere, not typed.
    h.get_by_label("Entry date: Monday, 23 November 2026");
    h.get_by_label("Edit pain now: 8").click();
    common::settle(&mut h);
    h.get_by_label("Save changes").click();
    common::settle(&mut h);
    let error = h.get_by_label_contains("is more than the worst pain");
    // A screen reader says it at once, wherever the focus is.
    assert_eq!(
        error.accesskit_node().live(),
        egui::accesskit::Live::Assertive
    );
    let worst = h.get_by_label("Edit worst pain: 5").rect();
    assert!(
        error.rect().min.y > worst.min.y && error.rect().max.y <= 640.0,
        "said under the pain scales and on screen: {:?} {worst:?}",
        error.rect()
    );
    // Still open, with the 8 typed; the record unchanged.
    h.get_by_label("Edit pain now: 8");
    h.get_by_label("Save changes");
    let diary = todays_diary(&h);
    assert_eq!(diary.pain_now.get(), 3);
    // Put right, it saves.
    h.get_by_label("Edit worst pain: 9").click();
    common::settle(&mut h);
    h.get_by_label("Save changes").click();
    common::settle(&mut h);
    assert!(
        h.query_by_label("Save changes").is_none(),
        "the window closed"
    );
    let diary = todays_diary(&h);
    assert_eq!((diary.pain_now.get(), diary.worst_24h.get()), (8, 9));
}

#[test]
fn changing_a_saved_diary_day_says_it_is_unsaved_and_moves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 800.0]);
    write_diary(&mut h, 3, 5);
    h.get_by_label_contains("Today's diary is done");
    let before = h.get_by_label("Save changes").rect();
    h.get_by_label("Pain now: 4").click();
    common::settle(&mut h);
    h.get_by_label_contains("Changes to today's diary not saved yet");
    let after = h.get_by_label("Save changes").rect();
    assert!(
        (after.min.y - before.min.y).abs() < 1.0,
        "\"Save changes\" moved from {before:?} to {after:?}"
    );
    // Another day is not shown over the change unasked.
    h.get_by_label("Diary day: a day earlier").click();
    common::settle(&mut h);
    h.get_by_label_contains("is not saved.");
    h.get_by_label("Stay on 23 Nov").click();
    common::settle(&mut h);
    h.get_by_label("Save changes").click();
    common::settle(&mut h);
    let diary = todays_diary(&h);
    assert_eq!(diary.pain_now.get(), 4);
    h.get_by_label_contains("Today's diary is done");
}

#[test]
fn ten_years_of_history_go_to_the_end_the_start_and_a_month() {
    use common::journal::{Diary, day};
    let tmp = tempfile::tempdir().unwrap();
    let mut diary = Diary::default();
    diary.worst(0, &[4; 3650]);
    diary.write(tmp.path());
    let noon = day(3650).and_hms_opt(12, 0, 0).unwrap();
    let mut h = common::window_at(tmp.path(), noon, [1024.0, 640.0]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    common::settle(&mut h);
    let row = |d: NaiveDate| format!("Edit {} 20:00", d.format("%a %-d %b %Y"));
    let on_screen = |h: &Harness<'static, RehabApp>, d: NaiveDate| {
        h.query_by_label(&row(d))
            .is_some_and(|n| n.rect().min.y >= 0.0 && n.rect().max.y <= 640.0)
    };
    assert!(on_screen(&h, day(3649)), "opens on the newest");
    h.key_press(Key::End);
    common::settle(&mut h);
    assert!(on_screen(&h, day(0)), "End goes to the oldest");
    h.key_press(Key::Home);
    common::settle(&mut h);
    assert!(on_screen(&h, day(3649)), "Home goes back to the newest");
    h.get_by_label("Go to a month").click();
    common::settle(&mut h);
    h.get_by_label("October 2035").click();
    common::settle(&mut h);
    let october_31 = NaiveDate::from_ymd_opt(2035, 10, 31).unwrap();
    assert!(on_screen(&h, october_31), "the month's last day is in view");
}

/// Clicks a control after bringing it into view, as a patient scrolls to it.
fn click_in_view(h: &mut Harness<'static, RehabApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    common::settle(h);
    h.get_by_label(label).click();
    common::settle(h);
}

#[test]
fn the_missing_pain_question_comes_into_view_and_follows_the_scores() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let size = [1024.0, 640.0];
    let mut h = common::window_at(tmp.path(), at(18, 0), size);
    click_in_view(&mut h, "Hip thrust: done as prescribed");
    click_in_view(&mut h, "Lunge: done as prescribed");
    click_in_view(&mut h, "Save session");
    let question = h.get_by_label_contains("No pain score for");
    assert!(
        question
            .value()
            .unwrap_or_default()
            .contains("Lunge and Hip thrust"),
        "{:?}",
        question.value()
    );
    // Above the timer bar at the bottom.
    let bottom = size[1] - 40.0;
    assert!(question.rect().max.y <= bottom, "{:?}", question.rect());
    let anyway = h.get_by_label("Save without a pain score").rect();
    assert!(anyway.max.y <= bottom && anyway.min.y >= 0.0, "{anyway:?}");
    // A score for one: the question names only the other.
    click_in_view(&mut h, "Pain during Lunge: 2");
    let question = h.get_by_label_contains("No pain score for");
    assert!(
        !question.value().unwrap_or_default().contains("Lunge"),
        "{:?}",
        question.value()
    );
    click_in_view(&mut h, "Pain during Hip thrust: 3");
    assert!(h.query_by_label_contains("No pain score for").is_none());
}

#[test]
fn today_opens_at_its_top_when_shown_again() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [800.0, 600.0]);
    let date = |h: &Harness<'static, RehabApp>| h.get_by_label("Monday, 23 November 2026").rect();
    let top = date(&h).min.y;
    assert!(top >= 0.0, "the date is in view at first");
    click_in_view(&mut h, "Hip thrust: done as prescribed");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    common::settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    common::settle(&mut h);
    assert!(
        (date(&h).min.y - top).abs() < 1.0,
        "the date line moved from {top} to {:?}",
        date(&h)
    );
}

#[test]
fn progress_opens_at_its_top_with_the_status_in_view() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [800.0, 600.0]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    common::settle(&mut h);
    let status = h.get_by_label("Sessions done").rect();
    h.get_by_label("Sessions done").scroll_to_me();
    // Scroll down, away and back: the status card is in view again.
    h.event(egui::Event::PointerMoved(egui::pos2(400.0, 400.0)));
    for _ in 0..10 {
        h.event(egui::Event::MouseWheel {
            source: egui::MouseWheelSource::Wheel,
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
        });
        h.run_steps(2);
    }
    assert!(h.get_by_label("Sessions done").rect().min.y < status.min.y - 100.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    common::settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    common::settle(&mut h);
    let again = h.get_by_label("Sessions done").rect();
    assert!(
        (again.min.y - status.min.y).abs() < 1.0,
        "{again:?} {status:?}"
    );
}

#[test]
fn the_side_question_stops_complaining_once_a_side_is_chosen() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = common::window_at(tmp.path(), at(9, 0), [1024.0, 900.0]);
    h.get_by_label("Start my programme").click();
    common::settle(&mut h);
    h.get_by_label("Please choose which side hurts.");
    h.get_by_label("Left").click();
    common::settle(&mut h);
    assert!(
        h.query_by_label("Please choose which side hurts.")
            .is_none()
    );
}

#[test]
fn a_red_session_is_not_praised_in_green_and_eases_only_what_hurt() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    h.get_by_label("Lunge: done as prescribed").click();
    common::settle(&mut h);
    h.get_by_label("Pain during Lunge: 1").click();
    log_hip_thrust(&mut h, 8);
    let heading = h.get_by_label_contains("Session saved at 18:00");
    assert!(
        !heading.value().unwrap_or_default().contains("Well done"),
        "{:?}",
        heading.value()
    );
    h.get_by_label("Log another session today").click();
    common::settle(&mut h);
    let offer = h.get_by_label_contains("An easier dose this time may help");
    let offer = offer.value().unwrap_or_default();
    assert!(offer.contains("Hip thrust"), "{offer}");
    assert!(
        !offer.contains("Lunge") && !offer.contains("every exercise"),
        "{offer}"
    );
}

#[test]
fn this_week_and_adherence_read_the_same_on_today_progress_and_the_report() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    log_hip_thrust(&mut h, 2);
    let week = "1 of 3 sessions this week";
    h.get_by_label_contains(week);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    common::settle(&mut h);
    assert!(h.query_all_by_label_contains(week).next().is_some());
    let since = h
        .query_all_by_label_contains("of the sessions due so far")
        .next()
        .and_then(|n| n.value())
        .unwrap_or_default();
    let since = since
        .split(" (the programme asks")
        .next()
        .unwrap()
        .to_owned();
    assert!(
        since.contains("the week in progress counts only its days gone"),
        "{since}"
    );
    let mut app = h.into_state();
    app.save_now().unwrap();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.html");
    let o = common::run(
        tmp.path(),
        &[
            "export",
            "--format",
            "report",
            "--to",
            "2026-11-23",
            "--out",
            report.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains(&since), "the report says {since:?} too");
}

#[test]
fn contact_soon_is_one_colour_on_today_and_progress_and_not_same_day_red() {
    use rehab_tracker::analysis::escalation::StatusKind;
    use rehab_tracker::model::RedFlagSign;
    assert_ne!(
        StatusKind::ContactClinicianSoon.urgency(),
        StatusKind::SeekCareNow.urgency(),
        "the report and the caseload draw them apart"
    );
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    h.get_by_label("Warning signs").click();
    common::settle(&mut h);
    h.get_by_label(&RedFlagSign::ConstantNightPain.label())
        .click();
    common::settle(&mut h);
    h.get_by_label("Record what I ticked").click();
    common::settle(&mut h);
    h.key_press(Key::Escape);
    common::settle(&mut h);
    let headline = StatusKind::ContactClinicianSoon.headline(rehab_tracker::i18n::Lang::En);
    let colour_of = |h: &Harness<'static, RehabApp>| -> Vec<egui::Color32> {
        painted_texts(h)
            .into_iter()
            .filter(|(t, _)| *t == headline)
            .map(|(_, c)| c)
            .collect()
    };
    let today = colour_of(&h);
    assert!(!today.is_empty(), "Today shows {headline}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    common::settle(&mut h);
    let progress = colour_of(&h);
    assert_eq!(today[0], progress[0], "one colour on Today and Progress");
    let red = rehab_tracker::ui::theme::light_colour(
        rehab_tracker::analysis::Light::Red,
        h.ctx.global_style().visuals.dark_mode,
    );
    assert_ne!(progress[0], red, "not the red of same-day care");
}

#[test]
fn every_exercise_of_the_programme_has_its_own_level_colour() {
    use rehab_tracker::ui::theme::{SERIES_COLOURS, series_colour};
    let programme = rehab_tracker::model::Programme::default_programme().unwrap();
    let n = programme.exercises.len();
    assert!(n <= SERIES_COLOURS, "{n} exercises");
    for dark in [false, true] {
        let colours: std::collections::HashSet<egui::Color32> =
            (0..n).map(|i| series_colour(i, dark)).collect();
        assert_eq!(colours.len(), n, "dark: {dark}");
    }
}

#[test]
fn the_diary_form_stays_in_its_column_beside_the_activity_scores() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    for width in [1280.0, 1400.0] {
        let mut h = common::window_at(tmp.path(), at(18, 0), [width, 800.0]);
        h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
        common::settle(&mut h);
        let right = h.get_by_label("Weekly activity scores").rect().min.x;
        assert!(right > width / 3.0, "two columns at {width}");
        for control in ["Save diary entry", "Note (optional)"] {
            let r = h.get_by_label(control).rect();
            assert!(
                r.max.x <= right,
                "{control} at {r:?} runs past {right} at {width}"
            );
        }
    }
}

#[test]
fn the_keyboard_focus_stays_above_the_timer_bar() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    let bar = h.get_by_label_contains("Rest timer").rect().min.y;
    for _ in 0..60 {
        h.key_press(Key::Tab);
        common::settle(&mut h);
        let Some(id) = h.ctx.memory(egui::Memory::focused) else {
            continue;
        };
        let Some(r) = h.ctx.read_response(id) else {
            continue;
        };
        // Whole, not cut by the edge of the scrolling page above the bar.
        assert!(
            (r.interact_rect.height() - r.rect.height()).abs() < 1.0,
            "focused {:?} is cut at {:?} (the timer bar starts at {bar})",
            r.rect,
            r.interact_rect
        );
    }
}

#[test]
fn an_edit_in_history_is_shown_unsaved_and_not_thrown_away_unasked() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = editing_a_diary_entry(tmp.path());
    h.get_by_label("Edit worst pain: 6").click();
    common::settle(&mut h);
    h.get_by_label("The change to the diary entry of 23 November is not saved yet.");
    h.get_by_label("Cancel").click();
    common::settle(&mut h);
    h.get_by_label("Your changes to this entry are not saved.");
    h.get_by_label("Keep editing").click();
    common::settle(&mut h);
    h.get_by_label("Save changes").click();
    common::settle(&mut h);
    let diary = todays_diary(&h);
    assert_eq!(diary.worst_24h.get(), 6, "the change kept and saved");
}

#[test]
fn a_patient_s_page_in_review_opens_at_its_top() {
    use rehab_tracker::ui::review::ReviewApp;
    let tmp = tempfile::tempdir().unwrap();
    common::review::caseload_folder(tmp.path());
    let mut h = Harness::builder()
        .with_size([1024.0, 2400.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut ReviewApp| app.ui(ui), ReviewApp::new(&[]));
    let settle = common::review::settle_review;
    h.run();
    h.get_by_label("Bundles or folder to review")
        .set_text_value_accesskit(tmp.path().to_str().unwrap());
    h.run();
    h.get_by_label("Open for review").click();
    settle(&mut h);
    for code in ["EF-303", "CD-202"] {
        // The list in a tall window, the patient's page in a small one.
        h.set_size(egui::vec2(1024.0, 2400.0));
        settle(&mut h);
        h.get_by_label(&format!("Open patient {code}")).click();
        h.step();
        h.set_size(egui::vec2(1024.0, 640.0));
        for _ in 0..300 {
            h.step();
            if h.query_by_label("Sessions done").is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        h.run_steps(6);
        let top = h.get_by_label("Sessions done").rect().min.y;
        assert!(top > 0.0 && top < 640.0, "{code}: the status at {top}");
        let wheel = |h: &mut Harness<'static, ReviewApp>, dy: f32| {
            h.event(egui::Event::PointerMoved(egui::pos2(500.0, 400.0)));
            for _ in 0..10 {
                h.event(egui::Event::MouseWheel {
                    source: egui::MouseWheelSource::Wheel,
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, dy),
                    modifiers: Modifiers::NONE,
                    phase: egui::TouchPhase::Move,
                });
                h.run_steps(2);
            }
        };
        // At the top: scrolling up moves nothing.
        wheel(&mut h, 300.0);
        let after = h.get_by_label("Sessions done").rect().min.y;
        assert!(
            (after - top).abs() < 1.0,
            "{code} opened scrolled down: {top} then {after}"
        );
        // Read down the page, then back to the list.
        wheel(&mut h, -300.0);
        h.get_by_label("Back to all patients").click();
        settle(&mut h);
    }
}

#[test]
fn closing_the_window_over_a_form_not_saved_asks_first() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), [1280.0, 2400.0]);
    h.get_by_label("Hip thrust: done as prescribed").click();
    common::settle(&mut h);
    let close = |h: &mut Harness<'static, RehabApp>| -> bool {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.step();
        let cancelled = h
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose));
        h.run();
        cancelled
    };
    assert!(close(&mut h), "the close is held back");
    h.get_by_label_contains("It is lost if the app closes now.");
    h.get_by_label("Go back to it").click();
    common::settle(&mut h);
    assert!(
        h.state().today_unsaved().is_some(),
        "the form is still there"
    );
    // Saved, it closes without a question.
    h.get_by_label("Pain during Hip thrust: 2").click();
    common::settle(&mut h);
    h.get_by_label("Save session").click();
    common::settle(&mut h);
    assert!(!close(&mut h));
}

#[test]
fn after_a_red_session_the_keyboard_starts_on_the_easier_dose() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let args = [
        "log",
        "session",
        "--date",
        "2026-11-22",
        "--as-prescribed",
        "--pain-during",
        "8",
    ];
    let o = common::run(tmp.path(), &args);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let mut h = common::window_at(tmp.path(), at(18, 0), [1024.0, 640.0]);
    h.get_by_label("Use the easier dose");
    h.key_press(Key::Enter);
    common::settle(&mut h);
    h.get_by_label_contains("Easier dose filled in below");
    assert!(h.state().today_unsaved().is_some(), "the dose is filled in");
}

#[test]
fn chart_legends_wrap_inside_a_small_window() {
    use common::journal::{day, twelve_weeks};
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 5, &[4; 14]).write(tmp.path());
    for width in [800.0, 1024.0] {
        let noon = day(90).and_hms_opt(12, 0, 0).unwrap();
        let mut h = common::window_at(tmp.path(), noon, [width, 4000.0]);
        h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
        common::settle(&mut h);
        for node in h.query_all_by_label_contains("Decision point (end of week 12)") {
            assert!(node.rect().max.x <= width, "{:?} at {width}", node.rect());
        }
    }
}

/// Every text painted in the last frame, with the colour of its first part.
fn painted_texts(h: &Harness<'static, RehabApp>) -> Vec<(String, egui::Color32)> {
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        let mut stack = vec![clipped.shape.clone()];
        while let Some(shape) = stack.pop() {
            match shape {
                egui::Shape::Vec(inner) => stack.extend(inner),
                egui::Shape::Text(t) => out.push((
                    t.galley.text().to_owned(),
                    t.galley
                        .job
                        .sections
                        .first()
                        .map_or(t.fallback_color, |s| s.format.color),
                )),
                _ => {}
            }
        }
    }
    out
}

/// Whether a text holds a date written as year-month-day.
fn has_iso_date(text: &str) -> bool {
    text.as_bytes().windows(10).any(|w| {
        w.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
    })
}

#[test]
fn patient_screens_write_days_in_words() {
    use common::journal::{day, twelve_weeks};
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 5, &[4; 14]).write(tmp.path());
    let noon = day(40).and_hms_opt(12, 0, 0).unwrap();
    let mut h = common::window_at(tmp.path(), noon, [1280.0, 4000.0]);
    for key in [Key::Num1, Key::Num2, Key::Num3, Key::Num4] {
        h.key_press_modifiers(Modifiers::COMMAND, key);
        common::settle(&mut h);
        let texts = painted_texts(&h);
        assert!(texts.len() > 10, "{key:?} painted {texts:?}");
        let iso: Vec<&String> = texts
            .iter()
            .map(|(t, _)| t)
            .filter(|t| has_iso_date(t))
            .collect();
        assert!(iso.is_empty(), "{key:?}: {iso:?}");
    }
}

#[test]
fn the_caseload_table_stays_on_screen_in_a_small_window() {
    use rehab_tracker::ui::review::ReviewApp;
    let tmp = tempfile::tempdir().unwrap();
    common::review::caseload_folder(tmp.path());
    let mut h = Harness::builder()
        .with_size([1024.0, 640.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut ReviewApp| app.ui(ui), ReviewApp::new(&[]));
    h.run();
    h.get_by_label("Bundles or folder to review")
        .set_text_value_accesskit(tmp.path().to_str().unwrap());
    h.run();
    h.get_by_label("Open for review").click();
    for _ in 0..500 {
        h.step();
        if !h.state().screen().is_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
    let first = h
        .query_all_by_label_contains("Open patient")
        .next()
        .expect("a patient's row is laid out")
        .rect();
    assert!(first.max.y <= 640.0, "{first:?}");
}
