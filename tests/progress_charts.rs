//! The Progress screen's charts and calendar, driven through the real window: what is
//! painted where (legends beside the charts, bar colours, axis labels, hover labels) and
//! what a screen reader finds (each chart by name, each calendar day in words).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{NaiveDate, NaiveTime};
use common::journal::{Diary, day};
use egui::epaint::{ClippedShape, Shape};
use egui::{Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rehab_tracker::model::{
    Amount, DayState, DiaryEntry, ExerciseLog, Load, Pain, Reps, Session, SetLog, SittingMins,
    Symptoms,
};
use rehab_tracker::ui::RehabApp;
use std::path::Path;

/// The window on `dir` as of day `on` (of the test journals), on Progress.
fn progress_on(dir: &Path, on: NaiveDate) -> Harness<'static, RehabApp> {
    let mut h = common::window_at(dir, on.and_hms_opt(12, 0, 0).unwrap(), [1200.0, 3000.0]);
    h.get_by_label("Progress").click();
    common::settle(&mut h);
    h
}

/// Every shape painted in the last frame, nested ones taken out, with its clip rectangle.
fn shapes(h: &Harness<'_, RehabApp>) -> Vec<(Rect, Shape)> {
    fn flatten(clip: Rect, shape: &Shape, out: &mut Vec<(Rect, Shape)>) {
        if let Shape::Vec(inner) = shape {
            for s in inner {
                flatten(clip, s, out);
            }
        } else {
            out.push((clip, shape.clone()));
        }
    }
    let mut out = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &h.output().shapes
    {
        flatten(*clip_rect, shape, &mut out);
    }
    out
}

/// The texts painted in the last frame: words, where they are, and their clip rectangle.
fn texts(h: &Harness<'_, RehabApp>) -> Vec<(String, Rect, Rect)> {
    shapes(h)
        .into_iter()
        .filter_map(|(clip, s)| match s {
            Shape::Text(t) => Some((
                t.galley.text().to_owned(),
                t.galley.rect.translate(t.pos.to_vec2()),
                clip,
            )),
            _ => None,
        })
        .collect()
}

/// Where the chart named `name` is ("Chart: sessions done").
fn chart(h: &Harness<'_, RehabApp>, name: &str) -> Rect {
    h.get_by_label(&format!("Chart: {name}")).rect()
}

/// The labels of a chart's time axis: the texts just under it.
fn x_axis_labels(h: &Harness<'_, RehabApp>, chart: Rect) -> Vec<(String, Rect, Rect)> {
    texts(h)
        .into_iter()
        .filter(|(_, r, _)| {
            r.center().y > chart.bottom()
                && r.center().y < chart.bottom() + 30.0
                && r.center().x > chart.left() - 10.0
                && r.center().x < chart.right() + 10.0
        })
        .collect()
}

/// The labels of a chart's value axis: the texts just left of it.
fn y_axis_labels(h: &Harness<'_, RehabApp>, chart: Rect) -> Vec<String> {
    texts(h)
        .into_iter()
        .filter(|(_, r, _)| {
            r.center().x < chart.left()
                && r.center().x > chart.left() - 60.0
                && r.center().y >= chart.top()
                && r.center().y <= chart.bottom()
        })
        .map(|(t, _, _)| t)
        .collect()
}

fn session(d: &mut Diary, offset: i64, level: u8) {
    let date = day(offset);
    let id = d.journal.next_id(date);
    d.journal.add_session(Session {
        id,
        date,
        time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
        exercises: vec![ExerciseLog {
            exercise_id: "hip_thrust".into(),
            level,
            sets: vec![SetLog {
                side: None,
                amount: Amount::Reps(Reps::new(12).unwrap()),
                load: Load::Bodyweight,
            }],
            pain_during: Some(Pain::new(2).unwrap()),
            effort: None,
            note: String::new(),
        }],
        next_morning_pain: None,
        effort: None,
        note: String::new(),
    });
}

fn diary(d: &mut Diary, offset: i64, worst: u8, sitting: Option<u16>, state: DayState) {
    let date = day(offset);
    let id = d.journal.next_id(date);
    d.journal.add_diary(DiaryEntry {
        id,
        date,
        time: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
        pain_now: Pain::new(i64::from(worst) - 1).unwrap(),
        worst_24h: Pain::new(i64::from(worst)).unwrap(),
        sitting_mins: sitting.map(|m| SittingMins::new(i64::from(m)).unwrap()),
        day_state: state,
        symptoms: Symptoms::default(),
        note: String::new(),
    });
}

/// Five weeks: three sessions a week, level 1 for two weeks then level 2; a diary every
/// day with sitting from 20 to 88 minutes.
fn five_weeks(dir: &Path) {
    let mut d = Diary::default();
    for w in 0..5 {
        for offset in [7 * w, 7 * w + 2, 7 * w + 4] {
            session(&mut d, offset, if w < 2 { 1 } else { 2 });
        }
    }
    for offset in 0..35 {
        let sitting = 20 + 2 * u16::try_from(offset).unwrap();
        diary(&mut d, offset, 6, Some(sitting), DayState::Normal);
    }
    d.write(dir);
}

#[test]
fn legends_sit_beside_the_charts_never_over_them_or_a_title() {
    let tmp = tempfile::tempdir().unwrap();
    five_weeks(tmp.path());
    let h = progress_on(tmp.path(), day(34));
    let lights = chart(&h, "session traffic lights");
    let green = h.get_by_label("Green").rect();
    assert!(
        !green.intersects(lights),
        "the lights' legend {green:?} is outside the chart {lights:?}"
    );
    let levels = chart(&h, "level of each exercise");
    let title = h.get_by_label("Level of each exercise").rect();
    let entries: Vec<Rect> = h
        .query_all_by_label("Hip thrust")
        .map(|n| n.rect())
        .collect();
    assert!(!entries.is_empty(), "the levels' legend names the exercise");
    for entry in entries {
        assert!(!entry.intersects(levels), "{entry:?} over {levels:?}");
        assert!(
            !entry.intersects(title),
            "{entry:?} over the title {title:?}"
        );
    }
    // The newest lights, at the right-hand end, have nothing painted over them but the
    // lights themselves.
    let newest = Rect::from_min_max(
        Pos2::new(lights.right() - 60.0, lights.top()),
        lights.right_bottom(),
    );
    let over: Vec<String> = texts(&h)
        .into_iter()
        .filter(|(_, r, _)| r.intersects(newest))
        .map(|(t, _, _)| t)
        .collect();
    assert!(over.is_empty(), "{over:?} painted over the newest lights");
}

#[test]
fn levels_are_drawn_as_clean_steps_not_filled_bands() {
    let tmp = tempfile::tempdir().unwrap();
    five_weeks(tmp.path());
    let h = progress_on(tmp.path(), day(34));
    let levels = chart(&h, "level of each exercise");
    let inside: Vec<Shape> = shapes(&h)
        .into_iter()
        .filter(|(_, s)| levels.contains_rect(s.visual_bounding_rect().shrink(1.0)))
        .map(|(_, s)| s)
        .collect();
    assert!(
        !inside
            .iter()
            .any(|s| matches!(s, Shape::Band(_) | Shape::Mesh(_))),
        "no filled shapes in the levels chart"
    );
    assert!(
        inside
            .iter()
            .any(|s| matches!(s, Shape::Path(_) | Shape::LineSegment { .. })),
        "the levels are lines"
    );
}

#[test]
fn the_sitting_chart_labels_its_minutes() {
    let tmp = tempfile::tempdir().unwrap();
    five_weeks(tmp.path());
    let h = progress_on(tmp.path(), day(34));
    let labels = y_axis_labels(&h, chart(&h, "minutes of sitting"));
    let numbers: Vec<u32> = labels.iter().filter_map(|l| l.parse().ok()).collect();
    assert!(numbers.len() >= 3, "{labels:?}");
    assert!(
        numbers.contains(&0) && numbers.iter().any(|n| *n >= 60),
        "{labels:?}"
    );
    let pain = y_axis_labels(&h, chart(&h, "worst pain"));
    assert!(
        pain.contains(&"10".to_owned()) && pain.len() >= 4,
        "{pain:?}"
    );
}

#[test]
fn weeks_with_every_session_done_are_green_bars_named_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    five_weeks(tmp.path());
    let h = progress_on(tmp.path(), day(34));
    let sessions = chart(&h, "sessions done");
    let ok = rehab_tracker::ui::theme::ok_colour(h.ctx.global_style().visuals.dark_mode);
    let bars: Vec<egui::Color32> = shapes(&h)
        .into_iter()
        .filter_map(|(_, s)| match s {
            Shape::Rect(r)
                if sessions.contains_rect(r.rect)
                    && r.rect.height() > 20.0
                    && r.rect.width() < sessions.width() / 4.0 =>
            {
                Some(r.fill)
            }
            _ => None,
        })
        .collect();
    assert_eq!(bars.len(), 5, "a bar a week: {bars:?}");
    assert!(bars.iter().all(|c| *c == ok), "{bars:?} are all {ok:?}");
    assert!(
        h.query_by_label_contains("Since the start: 100 % of the sessions due so far")
            .is_some()
    );
    // Hovering a bar names the week and its sessions.
    let mut h = h;
    h.hover_at(Pos2::new(
        sessions.left() + sessions.width() * 0.5,
        sessions.bottom() - 20.0,
    ));
    common::settle(&mut h);
    let hover: Vec<String> = texts(&h)
        .into_iter()
        .map(|(t, _, _)| t)
        .filter(|t| t.contains("sessions"))
        .collect();
    assert!(
        hover
            .iter()
            .any(|t| t.contains("3 of 3 sessions (100 %), at or above the 70 %")),
        "{hover:?}"
    );
}

#[test]
fn in_week_three_the_charts_start_at_the_programme_start() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6; 17]).three_a_week(3);
    d.write(tmp.path());
    let h = progress_on(tmp.path(), day(16));
    assert!(h.query_by_label("12 weeks").is_none());
    assert!(h.query_by_label("4 weeks").is_none());
    h.get_by_label("Since the programme started on Monday, 2 March 2026");
    let labels = x_axis_labels(&h, chart(&h, "worst pain"));
    assert!(!labels.is_empty());
    for (text, _, _) in &labels {
        assert!(
            !text.contains("Feb") && !text.contains("Jan") && !text.contains("Dec"),
            "{text} is before the start"
        );
    }
    // Later, the spans shorter than the programme are offered.
    let h = progress_on(tmp.path(), day(100));
    h.get_by_label("4 weeks");
    h.get_by_label("12 weeks");
    assert!(h.query_by_label("1 year").is_none());
}

#[test]
fn ten_years_of_sessions_are_grouped_by_quarter_and_no_axis_label_is_cut() {
    let tmp = tempfile::tempdir().unwrap();
    let end = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    rehab_tracker::demo::write_journal(tmp.path(), 520, 1, end, false).unwrap();
    let mut h = progress_on(tmp.path(), end);
    h.get_by_label("Since the start").click();
    common::settle(&mut h);
    h.get_by_label("Sessions done each quarter, in % of those prescribed");
    let sessions = chart(&h, "sessions done");
    let bars = shapes(&h)
        .into_iter()
        .filter(|(_, s)| matches!(s, Shape::Rect(r) if sessions.contains_rect(r.rect) && r.rect.height() > 5.0 && r.rect.width() < sessions.width() / 4.0))
        .count();
    assert!((38..=42).contains(&bars), "{bars} bars for ten years");
    for name in ["sessions done", "worst pain", "minutes of sitting"] {
        let chart = chart(&h, name);
        let labels = x_axis_labels(&h, chart);
        assert!(labels.len() >= 4, "{name}: {labels:?}");
        for (text, rect, clip) in labels {
            assert!(
                clip.contains_rect(rect) && rect.left() >= chart.left() - 1.0,
                "{name}: {text} at {rect:?} is cut off ({clip:?}, chart {chart:?})"
            );
        }
    }
}

#[test]
fn hovering_empty_space_shows_nothing_and_a_point_shows_its_day() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6; 21]).three_a_week(3);
    d.write(tmp.path());
    let mut h = progress_on(tmp.path(), day(20));
    let pain = chart(&h, "worst pain");
    // Top right: no data near.
    h.hover_at(Pos2::new(pain.right() - 4.0, pain.top() + 4.0));
    common::settle(&mut h);
    let shown: Vec<String> = texts(&h)
        .into_iter()
        .filter(|(_, r, _)| r.intersects(pain))
        .map(|(t, _, _)| t)
        .filter(|t| t.contains("10"))
        .collect();
    assert!(shown.is_empty(), "{shown:?}");
    // On the line of 6s, halfway along.
    let y = pain.top() + pain.height() * (10.5 - 6.0) / 11.0;
    h.hover_at(Pos2::new(pain.center().x, y));
    common::settle(&mut h);
    // Over the chart (the status card above says "6 out of 10" too).
    let shown: Vec<String> = texts(&h)
        .into_iter()
        .filter(|(_, r, _)| r.intersects(pain))
        .map(|(t, _, _)| t)
        .filter(|t| t.contains("6 out of 10"))
        .collect();
    assert!(!shown.is_empty(), "a label over the data");
    assert!(shown.iter().all(|t| t.contains("2026")), "{shown:?}");
}

#[test]
fn the_calendar_says_each_day_in_words_and_moves_by_month() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    // Week 1 done; week 2 only Monday, Wednesday rest advised; weeks 3-5 done.
    for offset in [0, 2, 4, 7, 14, 16, 18, 21, 23, 25, 28, 30, 32] {
        session(&mut d, offset, 1);
    }
    diary(&mut d, 9, 5, None, DayState::RestAdvised);
    d.write(tmp.path());
    let mut h = progress_on(tmp.path(), day(35)); // Monday 6 April
    h.get_by_label("Monday, 6 April 2026, today: training day");
    h.get_by_label("Wednesday, 8 April 2026: training day");
    h.get_by_label("Tuesday, 7 April 2026: rest day");
    assert!(h.get_by_label("Next month").accesskit_node().is_disabled());
    h.get_by_label("Previous month").click();
    common::settle(&mut h);
    h.get_by_label("Monday, 2 March 2026: session done");
    h.get_by_label("Wednesday, 11 March 2026: rest advised by the clinician, not counted");
    h.get_by_label("Friday, 13 March 2026: training day missed");
    h.get_by_label("Sunday, 1 March 2026: before the programme started");
    h.get_by_label("Tuesday, 31 March 2026: rest day");
    assert!(
        h.get_by_label("Previous month")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label("Next month").click();
    common::settle(&mut h);
    h.get_by_label("Monday, 6 April 2026, today: training day");
}
