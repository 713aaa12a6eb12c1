//! `rehab-tracker status`, run as a user would run it, on journals written to temporary
//! folders. The programme starts on Monday 2 March 2026 (day 0); with the default programme
//! the decision point is day 83, Sunday 24 May 2026, the last day of week 12.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::journal::{Diary, date_arg, status_json, twelve_weeks};
use common::{run, stderr, stdout};
use rehab_tracker::model::DayState;
use serde_json::Value;
use std::path::Path;

fn near(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-9)
}

#[test]
fn unchanged_pain_with_the_programme_done_is_discuss_next_steps_from_the_decision_day() {
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 6, &[6; 14]).write(tmp.path());
    let v = status_json(tmp.path(), 83);
    assert_eq!(v["status"], "discuss_next_steps", "{v}");
    assert_eq!(
        (v["week"].as_u64(), v["decision_week"].as_u64()),
        (Some(12), Some(12))
    );
    assert!(near(&v["adherence_pct"], 100.0));
    assert!(near(&v["baseline_pain"], 6.0) && near(&v["current_pain"], 6.0));
    assert!(near(&v["improvement_points"], 0.0) && near(&v["improvement_pct"], 0.0));
    assert!(v["psfs_change"].is_null());
    assert!(!v["reasons"].as_array().unwrap().is_empty());
    // What the rule found, as data: the decision point reached, the pain, next steps due.
    let found: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["finding"].as_str())
        .collect();
    assert_eq!(
        found,
        ["change_not_reached", "pain", "next_steps_due"],
        "{v}"
    );
    assert_eq!(v.as_object().unwrap().len(), 13, "{v}");
    assert_eq!(v["engagement"]["days_without_entries"], 0, "{v}");
    assert_eq!(v["engagement"]["quiet"], false, "{v}");
    assert!(v["injection"].is_null(), "{v}");
    // The day before, it is still "keep going".
    assert_eq!(status_json(tmp.path(), 82)["status"], "keep_going");
}

#[test]
fn exactly_two_points_better_is_improving() {
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(8, 7, &[6; 14]).write(tmp.path());
    let v = status_json(tmp.path(), 83);
    assert_eq!(v["status"], "improving", "{v}");
    assert!(near(&v["improvement_points"], 2.0) && near(&v["improvement_pct"], 25.0));
}

#[test]
fn one_session_a_week_of_three_is_a_plan_review() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6; 84]).sessions((0..12).map(|w| 7 * w));
    d.write(tmp.path());
    let v = status_json(tmp.path(), 83);
    assert_eq!(v["status"], "review_plan", "{v}");
    assert!(near(&v["adherence_pct"], 100.0 / 3.0));
}

#[test]
fn seventy_percent_with_away_weeks_left_out_is_enough() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6; 70]);
    for offset in 70..84 {
        d.entry(offset, 6, DayState::Away);
    }
    // 21 sessions of the 30 prescribed in weeks 1-10; weeks 11-12 away.
    d.three_a_week(7);
    d.write(tmp.path());
    let v = status_json(tmp.path(), 83);
    assert!(near(&v["adherence_pct"], 70.0), "{v}");
    assert_eq!(v["status"], "discuss_next_steps");
}

#[test]
fn early_weeks_and_too_few_entries_keep_going_with_nulls() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6, 6, 6]).three_a_week(2);
    d.write(tmp.path());
    let v = status_json(tmp.path(), 10);
    assert_eq!(v["status"], "keep_going");
    assert_eq!(v["week"], 2);
    assert!(v["baseline_pain"].is_null() && v["current_pain"].is_null());
    assert!(v["improvement_points"].is_null() && v["improvement_pct"].is_null());
    // Week 1: 3 of 3. Week 2 so far (4 days): 3 x 4/7 prescribed, 2 done, capped at 12/7.
    assert!(near(&v["adherence_pct"], 100.0), "{v}");
}

#[test]
fn pain_two_points_above_baseline_two_weeks_running_is_contact_your_clinician() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[4; 21]).worst(21, &[6; 14]).three_a_week(5);
    d.write(tmp.path());
    let v = status_json(tmp.path(), 34);
    assert_eq!(v["status"], "contact_clinician_soon", "{v}");
    assert!(near(&v["baseline_pain"], 4.0));
}

#[test]
fn the_summary_reads_as_the_plan_the_clinician_set() {
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 6, &[6; 14]).write(tmp.path());
    let o = run(tmp.path(), &["status", "--on", &date_arg(83)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("Status on 2026-05-24: Discuss next steps with your clinician"));
    assert!(text.contains("Week 12 of 12"), "{text}");
    assert!(
        text.contains("from the programme file (programme.ron)"),
        "{text}"
    );
    assert!(text.contains("at least 2 points or 30 %"), "{text}");
    assert!(text.contains("at least 70 %"), "{text}");
    assert!(text.contains("not a diagnosis"), "{text}");
    assert!(!text.to_lowercase().contains("you need an injection"));
}

#[test]
fn status_never_writes_and_takes_no_lock() {
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 6, &[6; 14]).write(tmp.path());
    let listing = |dir: &Path| {
        let mut all: Vec<(String, std::time::SystemTime)> = walk(dir)
            .into_iter()
            .map(|p| {
                let modified = std::fs::metadata(&p).unwrap().modified().unwrap();
                (p.display().to_string(), modified)
            })
            .collect();
        all.sort();
        all
    };
    let before = listing(tmp.path());
    let v = status_json(tmp.path(), 83);
    assert_eq!(v["status"], "discuss_next_steps");
    assert_eq!(listing(tmp.path()), before);
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        }
        out.push(path);
    }
    out
}

#[test]
fn no_profile_or_a_damaged_file_fails_with_a_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(tmp.path(), &["status", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no profile"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());

    twelve_weeks(6, 6, &[6; 14]).write(tmp.path());
    let month = tmp.path().join("journal").join("2026-04.ron");
    std::fs::write(&month, "V1((sessions: [oops").unwrap();
    let o = run(tmp.path(), &["status", "--on", &date_arg(83), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("2026-04.ron"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());

    let o = run(tmp.path(), &["status", "--on", "24/05/2026"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn the_sixteen_week_demo_journal_reads_sensibly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let o = run(
        &dir,
        &[
            "demo",
            "--weeks",
            "16",
            "--out",
            dir.to_str().unwrap(),
            "--end",
            "2026-11-24",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&dir, &["status", "--on", "2026-11-24", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    // Sixteen weeks ending on the day assessed: week 16, past the decision point, pain
    // easing from about 6.5 to about 3.5 with most sessions done.
    assert_eq!(v["week"], 16, "{v}");
    assert_eq!(v["status"], "improving", "{v}");
    let base = v["baseline_pain"].as_f64().unwrap();
    let now = v["current_pain"].as_f64().unwrap();
    assert!((5.5..=7.5).contains(&base), "{v}");
    assert!((2.5..=4.5).contains(&now), "{v}");
    assert!(v["improvement_points"].as_f64().unwrap() >= 2.0, "{v}");
    let adherence = v["adherence_pct"].as_f64().unwrap();
    assert!((70.0..=100.0).contains(&adherence), "{v}");
    // In the flare of week 7 it was still "keep going": the flare lasted under two weeks.
    let o = run(&dir, &["status", "--on", "2026-09-20", "--json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["status"], "keep_going", "{v}");
}

#[test]
fn a_diary_that_went_quiet_says_so_and_is_not_judged_on_entries_that_stopped() {
    let tmp = tempfile::tempdir().unwrap();
    // Sixteen weeks improving, then nothing.
    let mut d = Diary::default();
    d.worst(0, &[7; 7]).worst(7, &[4; 105]).three_a_week(16);
    d.write(tmp.path());
    assert_eq!(status_json(tmp.path(), 111)["status"], "improving");
    // Ten days after the last entry: not silently "keep going", but gone quiet, with the
    // last entry and the days since.
    let v = status_json(tmp.path(), 121);
    assert_eq!(v["status"], "no_recent_entries", "{v}");
    assert_eq!(v["engagement"]["last_entry"], date_arg(111), "{v}");
    assert_eq!(v["engagement"]["days_without_entries"], 10, "{v}");
    assert_eq!(v["engagement"]["quiet"], true, "{v}");
    assert!(v["reasons"][0].as_str().unwrap().contains("10 days"), "{v}");
    // Week 15, about half the sessions done, last entry a month before: not "no decision
    // due" but the quiet diary, first.
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    d.worst(0, &[6; 75])
        .sessions((0..11).flat_map(|w| [7 * w, 7 * w + 4]));
    d.write(tmp.path());
    let v = status_json(tmp.path(), 104);
    assert_eq!(v["week"], 15, "{v}");
    assert_eq!(v["status"], "no_recent_entries", "{v}");
    assert_eq!(v["engagement"]["days_without_entries"], 30, "{v}");
    // A diary kept every day is never quiet.
    let tmp = tempfile::tempdir().unwrap();
    twelve_weeks(6, 6, &[6; 14]).write(tmp.path());
    assert_eq!(status_json(tmp.path(), 83)["engagement"]["quiet"], false);
}

#[test]
fn the_injection_effect_is_data_measured_within_twelve_weeks_of_it() {
    use rehab_tracker::model::{Event, EventKind};
    let tmp = tempfile::tempdir().unwrap();
    let mut d = Diary::default();
    // Worst pain 7 before the injection on day 30, 3 after it, for 300 days.
    d.worst(0, &[7; 30]).worst(30, &[3; 270]).three_a_week(42);
    let id = d.journal.next_id(common::journal::day(30));
    d.journal.add_event(Event {
        id,
        date: common::journal::day(30),
        time: chrono::NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
        kind: EventKind::Injection {
            side: Some(rehab_tracker::model::Side::Left),
            guidance: None,
        },
        note: String::new(),
    });
    d.write(tmp.path());
    let v = status_json(tmp.path(), 299);
    let inj = &v["injection"];
    assert_eq!(inj["date"], date_arg(30), "{v}");
    assert!(near(&inj["before"], 7.0) && near(&inj["now"], 3.0), "{inj}");
    assert!(near(&inj["change_points"], 4.0), "{inj}");
    assert_eq!(inj["meets_target"], true);
    // Measured over the last days up to twelve weeks after it, never against the pain of
    // the day assessed, eight months on.
    assert_eq!(inj["now_to"], date_arg(30 + 84), "{inj}");
    assert_eq!(inj["now_from"], date_arg(30 + 84 - 13), "{inj}");
    let why = v["reasons"].to_string();
    assert!(
        why.contains(&format!("in the 14 days to {}", date_arg(114))),
        "{why}"
    );
}
