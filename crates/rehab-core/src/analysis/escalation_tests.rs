//! The escalation rule on hand-computed journals: every branch and its edges.
//!
//! The programme starts on day 0 (Monday 2 March 2026); with the default programme the
//! decision point is day 83, the last day of week 12.

use super::*;
use crate::analysis::progress::{Progress, progress_with};
use crate::analysis::testkit::{JournalBuilder, day, profile, programme};
use crate::model::{DayState, Programme, Programmes, RedFlagSign};

const DECISION_DAY: i64 = 83;

fn at(j: &JournalBuilder, inputs: &EscalationInputs, offset: i64) -> Progress {
    progress_with(
        &profile(),
        Programmes::only(&programme()),
        &j.journal,
        inputs,
        day(offset),
    )
}

/// The status as `status --json` states it: with its reasons in the patient's words.
fn stated(p: &Progress) -> Status {
    crate::analysis::reasons::worded(crate::i18n::Lang::En, p.status())
}

fn status_at(j: &JournalBuilder, offset: i64) -> Status {
    stated(&at(j, &EscalationInputs::default(), offset))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

/// Twelve weeks to day 83: 3 sessions a week (days 0, 2, 4 of each week), a diary entry
/// every day: `base` in week 1, `mid` on days 7-69, then `recent` on days 70-83.
fn twelve_weeks(base: u8, mid: u8, recent: &[u8; 14]) -> JournalBuilder {
    let mut j = JournalBuilder::new();
    j.diary_run(0, &[base; 7]);
    j.diary_run(7, &[mid; 63]);
    j.diary_run(70, recent);
    j.sessions((0..12).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4]));
    j
}

/// `first` days of `a` then the rest of `b`, 14 in all.
fn recent(first: usize, a: u8, b: u8) -> [u8; 14] {
    let mut r = [b; 14];
    for v in r.iter_mut().take(first) {
        *v = a;
    }
    r
}

#[test]
fn the_decision_point_is_the_last_day_of_week_twelve() {
    let mut j = twelve_weeks(6, 6, &[6; 14]);
    assert_eq!(decision_date(day(0), &programme().escalation), day(83));
    let before = status_at(&j, DECISION_DAY - 1);
    assert_eq!(before.status, StatusKind::KeepGoing);
    assert_eq!(before.week, 12);
    assert!(
        before.reasons[0].starts_with("Week 12 of 12"),
        "{:?}",
        before.reasons
    );
    let on = status_at(&j, DECISION_DAY);
    assert_eq!(on.status, StatusKind::DiscussNextSteps);
    assert_eq!((on.week, on.decision_week), (12, 12));
    assert!(close(on.baseline_pain, 6.0) && close(on.current_pain, 6.0));
    assert!(close(on.improvement_points, 0.0) && close(on.improvement_pct, 0.0));
    assert!((on.adherence_pct - 100.0).abs() < 1e-9);
    assert!(
        on.reasons
            .iter()
            .any(|r| r.contains("including whether an injection review is appropriate")),
        "{:?}",
        on.reasons
    );
    // It still applies weeks later, while the diary is kept...
    j.diary_run(84, &[6; 20])
        .sessions((12..15).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4]));
    assert_eq!(
        status_at(&j, DECISION_DAY + 20).status,
        StatusKind::DiscussNextSteps
    );
    // ... and with no entries for the last 20 days the diary has gone quiet: it is not
    // judged on entries that stopped, and says so.
    let quiet = status_at(&j, DECISION_DAY + 40);
    assert_eq!(quiet.status, StatusKind::NoRecentEntries);
    let g = quiet.engagement.unwrap();
    assert_eq!((g.days_without_entries, g.quiet), (20, true));
    assert!(quiet.reasons[0].contains("20 days"), "{:?}", quiet.reasons);
}

#[test]
fn an_improvement_of_exactly_two_points_is_improving_and_just_under_is_not() {
    // Baseline 8, current 6: 2 points, 25 %.
    let j = twelve_weeks(8, 7, &[6; 14]);
    let s = status_at(&j, DECISION_DAY);
    assert_eq!(s.status, StatusKind::Improving, "{:?}", s.reasons);
    assert!(close(s.improvement_points, 2.0) && close(s.improvement_pct, 25.0));
    // One day of 7 among the 14: current 85/14, 1.93 points, 24.1 %.
    let j = twelve_weeks(8, 7, &recent(1, 7, 6));
    let s = status_at(&j, DECISION_DAY);
    assert_eq!(s.status, StatusKind::DiscussNextSteps);
    assert!(close(s.improvement_points, 8.0 - 85.0 / 14.0));
}

#[test]
fn an_improvement_of_exactly_thirty_percent_is_improving_and_just_under_is_not() {
    // Baseline 5, current 3.5 (7 days of 3, 7 of 4): 1.5 points, 30 %.
    let j = twelve_weeks(5, 5, &recent(7, 3, 4));
    let s = status_at(&j, DECISION_DAY);
    assert!(close(s.improvement_pct, 30.0) && close(s.improvement_points, 1.5));
    assert_eq!(s.status, StatusKind::Improving, "{:?}", s.reasons);
    // 6 days of 3, 8 of 4: current 50/14, 28.6 %.
    let j = twelve_weeks(5, 5, &recent(6, 3, 4));
    let s = status_at(&j, DECISION_DAY);
    assert_eq!(s.status, StatusKind::DiscussNextSteps);
    assert!(close(s.improvement_pct, (5.0 - 50.0 / 14.0) / 5.0 * 100.0));
}

/// Ten normal weeks (30 sessions prescribed), then weeks 11 and 12 away (none
/// prescribed), with `sessions` sessions done in the first weeks.
fn with_adherence(sessions: usize) -> JournalBuilder {
    let mut j = JournalBuilder::new();
    j.diary_run(0, &[6; 70]);
    for offset in 70..84 {
        j.diary_state(offset, 6, DayState::Away);
    }
    j.sessions(
        (0..10)
            .flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4])
            .take(sessions),
    );
    j
}

#[test]
fn adherence_of_exactly_seventy_percent_is_enough_and_just_under_is_not() {
    let s = status_at(&with_adherence(21), DECISION_DAY);
    assert!((s.adherence_pct - 70.0).abs() < 1e-9, "{}", s.adherence_pct);
    assert_eq!(s.status, StatusKind::DiscussNextSteps);
    let s = status_at(&with_adherence(20), DECISION_DAY);
    assert!((s.adherence_pct - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(s.status, StatusKind::ReviewPlan);
    assert!(
        s.reasons[0].contains("below the 70 % your programme sets"),
        "{:?}",
        s.reasons
    );
    assert!(
        !s.reasons.iter().any(|r| r.contains("injection")),
        "no injection prompt when the plan was not tried: {:?}",
        s.reasons
    );
}

#[test]
fn low_adherence_with_improved_pain_is_still_a_plan_review() {
    // Rule 4 comes before rule 6: the plan was not tried, whatever the pain did.
    let mut j = JournalBuilder::new();
    j.diary_run(0, &[8; 7]).diary_run(7, &[3; 77]);
    j.sessions((0..12).map(|w| 7 * w));
    let s = status_at(&j, DECISION_DAY);
    assert!((s.adherence_pct - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(s.status, StatusKind::ReviewPlan);
}

#[test]
fn the_numbers_come_from_the_programme() {
    let j = twelve_weeks(6, 6, &[5; 14]);
    let s = status_at(&j, DECISION_DAY);
    assert_eq!(s.status, StatusKind::DiscussNextSteps);
    let mut p: Programme = programme();
    p.escalation.important_change_points = 1.0;
    p.escalation.decision_week = 10;
    let s = stated(&progress_with(
        &profile(),
        Programmes::only(&p),
        &j.journal,
        &EscalationInputs::default(),
        day(69),
    ));
    assert_eq!(s.decision_week, 10);
    // On day 69 (end of week 10), current pain is 6 (days 56-69): no change yet.
    assert_eq!(s.status, StatusKind::DiscussNextSteps);
    let s = stated(&progress_with(
        &profile(),
        Programmes::only(&p),
        &j.journal,
        &EscalationInputs::default(),
        day(83),
    ));
    assert_eq!(s.status, StatusKind::Improving, "{:?}", s.reasons);
    assert!(
        s.reasons
            .iter()
            .any(|r| r.contains("at least 1 point or 30 %"))
    );
}

#[test]
fn too_few_entries_keep_going_even_at_the_decision_point() {
    // Six entries in the last 14 days: one short of the 7 needed.
    let mut j = JournalBuilder::new();
    j.diary_run(0, &[6; 70]).diary_run(78, &[6; 6]);
    j.sessions((0..12).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4]));
    let s = status_at(&j, DECISION_DAY);
    assert_eq!(s.status, StatusKind::KeepGoing);
    assert_eq!(s.current_pain, None);
    assert_eq!(s.improvement_points, None);
    assert!(
        s.reasons
            .iter()
            .any(|r| r.contains("not enough diary entries"))
    );
    // The seventh makes it a decision.
    j.diary(77, 6);
    assert_eq!(
        status_at(&j, DECISION_DAY).status,
        StatusKind::DiscussNextSteps
    );
}

#[test]
fn three_baseline_entries_are_too_few_unless_the_week_before_has_four() {
    let mut j = JournalBuilder::new();
    j.diary_run(0, &[7, 7, 7]).diary_run(7, &[4; 77]);
    j.sessions((0..12).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4]));
    let s = status_at(&j, DECISION_DAY);
    assert_eq!((s.status, s.baseline_pain), (StatusKind::KeepGoing, None));
    // Four entries in the 7 days before the start give the baseline instead.
    j.diary_run(-7, &[8, 8, 7, 7]);
    let p = at(&j, &EscalationInputs::default(), DECISION_DAY);
    assert_eq!(
        p.escalation.baseline.source,
        crate::analysis::pain::BaselineSource::DaysBefore
    );
    assert!(close(p.status().baseline_pain, 7.5));
    assert_eq!(p.status().status, StatusKind::Improving);
}

/// Baseline 4 (days 0-20), then days 21-34 (weeks 4 and 5) at 6, exactly baseline + 2,
/// except day 21 at `day_21`.
fn worsening_journal(day_21: u8) -> JournalBuilder {
    let mut j = JournalBuilder::new();
    j.diary_run(0, &[4; 21])
        .diary(21, day_21)
        .diary_run(22, &[6; 13]);
    j.sessions((0..5).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4]));
    j
}

#[test]
fn two_weeks_running_at_baseline_plus_two_is_contact_your_clinician_at_any_week() {
    let j = worsening_journal(6);
    let s = status_at(&j, 34);
    assert_eq!(
        s.status,
        StatusKind::ContactClinicianSoon,
        "{:?}",
        s.reasons
    );
    assert_eq!(s.week, 5);
    assert!(s.reasons[0].contains("at or above 6"), "{:?}", s.reasons);
    // One week of it is not enough.
    assert_eq!(status_at(&j, 27).status, StatusKind::KeepGoing);
    // A 5 in the older week brings its mean to 41/7, under 6.
    let p = at(&worsening_journal(5), &EscalationInputs::default(), 34);
    assert_eq!(p.status().status, StatusKind::KeepGoing);
    assert!(close(p.escalation.worsening.windows[1].mean, 41.0 / 7.0));
    assert!(close(p.escalation.worsening.windows[0].mean, 6.0));
}

#[test]
fn worsening_comes_before_the_decision_rules() {
    let j = twelve_weeks(4, 4, &[7; 14]);
    let s = status_at(&j, DECISION_DAY);
    assert_eq!(s.status, StatusKind::ContactClinicianSoon);
    assert!(close(s.improvement_points, -3.0));
}

#[test]
fn a_red_flag_is_on_top_of_everything_until_a_clinician_visit_follows_it() {
    let mut j = twelve_weeks(4, 4, &[7; 14]);
    let flag = RedFlag {
        date: day(80),
        time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        sign: RedFlagSign::SaddleNumbness,
    };
    let inputs = EscalationInputs {
        psfs: Vec::new(),
        red_flags: vec![flag.clone()],
    };
    let p = at(&j, &inputs, DECISION_DAY);
    assert_eq!(p.status().status, StatusKind::SeekCareNow);
    assert!(
        p.reasons_in(crate::i18n::Lang::En, Voice::Patient)[0]
            .contains(&RedFlagSign::SaddleNumbness.label()),
        "{:?}",
        p.reasons_in(crate::i18n::Lang::En, Voice::Patient)
    );
    // Before it was logged, it does not count.
    assert_eq!(at(&j, &inputs, 79).status().status, StatusKind::KeepGoing);
    // A visit earlier the same day does not clear it; one after it does.
    j.event(80, 8, EventKind::ClinicianVisit);
    assert_eq!(
        at(&j, &inputs, DECISION_DAY).status().status,
        StatusKind::SeekCareNow
    );
    j.event(80, 15, EventKind::ClinicianVisit);
    assert_eq!(
        at(&j, &inputs, DECISION_DAY).status().status,
        StatusKind::ContactClinicianSoon
    );
    // Even with a perfect record, a red flag is on top.
    let good = twelve_weeks(8, 5, &[2; 14]);
    assert_eq!(
        at(&good, &inputs, DECISION_DAY).status().status,
        StatusKind::SeekCareNow
    );
    assert_eq!(
        at(&good, &inputs, 20).status().status,
        StatusKind::KeepGoing
    );
}

#[test]
fn a_see_a_doctor_soon_sign_asks_to_contact_the_clinician_and_names_the_sign() {
    let mut j = twelve_weeks(8, 5, &[2; 14]);
    let soon = RedFlag {
        date: day(80),
        time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        sign: RedFlagSign::ConstantNightPain,
    };
    let inputs = EscalationInputs {
        psfs: Vec::new(),
        red_flags: vec![soon.clone()],
    };
    let s = stated(&at(&j, &inputs, DECISION_DAY));
    assert_eq!(
        s.status,
        StatusKind::ContactClinicianSoon,
        "{:?}",
        s.reasons
    );
    assert!(
        s.reasons[0].contains(&RedFlagSign::ConstantNightPain.label()),
        "{:?}",
        s.reasons
    );
    assert!(
        !s.reasons.iter().any(|r| r.contains("today")),
        "{:?}",
        s.reasons
    );
    // With an urgent sign beside it, the urgent tier wins and both are named.
    let urgent = RedFlag {
        sign: RedFlagSign::BladderOrBowel,
        ..soon.clone()
    };
    let both = EscalationInputs {
        psfs: Vec::new(),
        red_flags: vec![soon, urgent],
    };
    let s = stated(&at(&j, &both, DECISION_DAY));
    assert_eq!(s.status, StatusKind::SeekCareNow);
    assert!(s.reasons[0].contains(&RedFlagSign::BladderOrBowel.label()));
    assert!(s.reasons[1].contains(&RedFlagSign::ConstantNightPain.label()));
    // A clinician visit after it lifts it.
    j.event(81, 10, EventKind::ClinicianVisit);
    let s = stated(&at(&j, &inputs, DECISION_DAY));
    assert_eq!(s.status, StatusKind::Improving, "{:?}", s.reasons);
}

#[test]
fn a_psfs_gain_of_two_makes_unchanged_pain_improving() {
    let j = twelve_weeks(6, 6, &[6; 14]);
    let rating = |offset, scores: &[u8]| PsfsRating {
        date: day(offset),
        scores: scores.to_vec(),
    };
    let mut inputs = EscalationInputs {
        psfs: vec![rating(2, &[2, 3, 4]), rating(78, &[5, 5, 5])],
        red_flags: Vec::new(),
    };
    let s = stated(&at(&j, &inputs, DECISION_DAY));
    assert!(close(s.psfs_change, 2.0));
    assert_eq!(s.status, StatusKind::Improving, "{:?}", s.reasons);
    inputs.psfs[1].scores = vec![5, 5, 4];
    let s = stated(&at(&j, &inputs, DECISION_DAY));
    assert!(close(s.psfs_change, 14.0 / 3.0 - 3.0));
    assert_eq!(s.status, StatusKind::DiscussNextSteps);
    assert!(s.reasons.iter().any(|r| r.contains("PSFS")));
    // A rating outside the last 14 days is not current.
    inputs.psfs[1].date = day(60);
    let s = stated(&at(&j, &inputs, DECISION_DAY));
    assert_eq!(s.psfs_change, None);
}

#[test]
fn an_injection_gets_its_own_baseline_from_the_seven_days_before_it() {
    // Programme: 6 to day 84; injection on day 90; 8 on days 85-90, then 3. Its baseline
    // is days 83-89: (6 + 6 + 5 x 8) / 7.
    let mut j = twelve_weeks(6, 6, &[6; 14]);
    j.diary_run(84, &[6, 8, 8, 8, 8, 8, 8]).injection(90);
    j.diary_run(91, &[3; 14]);
    let p = at(&j, &EscalationInputs::default(), 104);
    let inj = p.escalation.injection.unwrap();
    assert_eq!(inj.date, day(90));
    assert!(close(inj.baseline.value(), 52.0 / 7.0));
    assert!(close(inj.current.mean, 3.0));
    assert_eq!(inj.current.from, day(91));
    assert!(inj.improvement.unwrap().meets_target);
    assert_eq!(p.injections.len(), 1);
    assert_eq!(p.injections_last_12_months, 1);
    assert!(
        p.reasons_in(crate::i18n::Lang::En, Voice::Patient)
            .iter()
            .any(|r| r.contains("Since the injection on"))
    );
    // Six days after it, there is not enough yet.
    let p = at(&j, &EscalationInputs::default(), 96);
    assert_eq!(p.escalation.injection.unwrap().improvement, None);
}

#[test]
fn the_check_in_week_and_the_days_before_the_start_keep_going() {
    let j = twelve_weeks(6, 5, &[5; 14]);
    let p = at(&j, &EscalationInputs::default(), 37);
    assert_eq!(p.status().week, 6);
    assert!(p.escalation.at_checkin);
    assert!(
        p.reasons_in(crate::i18n::Lang::En, Voice::Patient)
            .iter()
            .any(|r| r.contains("week-6 check-in"))
    );
    let s = status_at(&j, -3);
    assert_eq!(
        (s.status, s.week, s.adherence_pct),
        (StatusKind::KeepGoing, 0, 0.0)
    );
    assert!(s.reasons[0].contains("has not started"));
}

#[test]
fn the_status_serialises_to_the_documented_json() {
    let j = twelve_weeks(6, 6, &[6; 14]);
    let s = status_at(&j, DECISION_DAY);
    let v: serde_json::Value = serde_json::to_value(&s).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "adherence_pct",
            "baseline_pain",
            "current_pain",
            "decision_week",
            "engagement",
            "findings",
            "improvement_pct",
            "improvement_points",
            "injection",
            "psfs_change",
            "reasons",
            "status",
            "week"
        ]
    );
    assert_eq!(v["status"], "discuss_next_steps");
    // What was found, as data: the numbers the reasons state.
    let found: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["finding"].as_str().unwrap())
        .collect();
    assert_eq!(found, ["change_not_reached", "pain", "next_steps_due"]);
    assert_eq!(v["findings"][1]["baseline"], 6.0);
    assert_eq!(v["findings"][1]["change"]["points"], 0.0);
    assert!(v["psfs_change"].is_null());
    for kind in StatusKind::ALL {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.code());
    }
}
