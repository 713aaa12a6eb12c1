//! The reasons behind a status, in plain words, with the numbers and the programme's
//! thresholds (clinical reference §7: a summary of the plan the clinician set, never advice
//! to have a particular treatment).

use super::adherence::Adherence;
use super::escalation::{Escalation, InjectionEffect, StatusKind, Voice};
use super::pain::{BaselineSource, Improvement};
use crate::model::Urgency;

/// A number with up to `decimals` decimals, without trailing zeros: 2, 2.5, 5.57.
#[must_use]
pub fn num(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    if text == "-0" { "0".to_owned() } else { text }
}

/// A pain score or mean: up to 2 decimals.
#[must_use]
pub fn pain(value: f64) -> String {
    num(value, 2)
}

/// A percentage: up to 1 decimal, with the sign.
#[must_use]
pub fn pct(value: f64) -> String {
    format!("{} %", num(value, 1))
}

/// A change with its sign: "+2.5 points", "-3 min", "0 min".
#[must_use]
pub fn signed(value: f64, decimals: usize, unit: &str) -> String {
    let n = num(value, decimals);
    if n == "0" || n.starts_with('-') {
        format!("{n} {unit}")
    } else {
        format!("+{n} {unit}")
    }
}

/// A day in words, as patient text writes it: "Friday 4 December 2026".
#[must_use]
pub fn day_words(date: chrono::NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// Sessions since the start against those due, the same words on every screen and in the
/// report: "47 % of the sessions due so far (1 of 2.1: the week in progress counts only
/// its days gone)". The week in progress is pro-rated, so "1 of 3 this week" and this
/// figure differ early in a week; the words say why.
#[must_use]
pub fn adherence_words(a: &Adherence) -> String {
    match a.pct {
        None => "none due yet".to_owned(),
        Some(p) => {
            let part_week = a.weeks.last().is_some_and(|w| {
                (w.prescribed - f64::from(a.sessions_per_week)).abs() > f64::EPSILON
            });
            let why = if part_week {
                ": the week in progress counts only its days gone"
            } else {
                ""
            };
            format!(
                "{} of the sessions due so far ({} of {}{why})",
                pct(p),
                num(a.counted, 1),
                num(a.prescribed, 1)
            )
        }
    }
}

/// This week's sessions against the week's prescription: "1 of 3 sessions this week".
#[must_use]
pub fn week_words(done: u32, per_week: u8) -> String {
    let noun = if per_week == 1 { "session" } else { "sessions" };
    format!("{done} of {per_week} {noun} this week")
}

/// "2.5 points (31 %) better", or "worse", or "no change".
#[must_use]
pub fn change_words(i: &Improvement) -> String {
    let share = i
        .pct
        .map(|p| format!(" ({})", pct(p.abs())))
        .unwrap_or_default();
    if num(i.points.abs(), 2) == "0" {
        "no change".to_owned()
    } else if i.points > 0.0 {
        format!("{}{share} better", points(i.points))
    } else {
        format!("{}{share} worse", points(-i.points))
    }
}

/// "1 point", "2 points", "1.5 points".
#[must_use]
pub fn points(value: f64) -> String {
    let n = num(value, 2);
    if n == "1" {
        "1 point".to_owned()
    } else {
        format!("{n} points")
    }
}

fn target(e: &Escalation) -> String {
    format!(
        "at least {} or {} better (set in your programme)",
        points(e.rule.important_change_points),
        pct(e.rule.important_change_pct)
    )
}

fn baseline_words(e: &Escalation) -> &'static str {
    match e.baseline.source {
        BaselineSource::FirstDays => "in your first days on the programme",
        BaselineSource::DaysBefore => "in the days before the programme",
    }
}

fn pain_line(e: &Escalation) -> String {
    match (e.baseline.value(), e.current.mean, e.improvement) {
        (Some(b), Some(c), Some(i)) => format!(
            "Worst pain: on average {} {}, {} over the last {} days: {}. The target is {}.",
            pain(b),
            baseline_words(e),
            pain(c),
            e.rule.current_days,
            change_words(&i),
            target(e)
        ),
        _ => format!(
            "There are not enough diary entries yet to compare pain. Your programme needs {} days with an entry in the first {} days (or in the {} days before the start; {} so far) and {} in the last {} days ({} so far).",
            e.rule.baseline_min_entries,
            e.rule.baseline_days,
            e.rule.baseline_days,
            e.baseline.window.days_with_entries,
            e.rule.current_min_entries,
            e.rule.current_days,
            e.current.days_with_entries
        ),
    }
}

/// A number of sessions as people count them: whole, "about 6" when rest-advised or away
/// days left part of a week out (the figure behind the percentage keeps its fraction).
fn sessions_count(value: f64) -> String {
    let whole = value.round();
    if (value - whole).abs() < 0.05 {
        num(whole, 0)
    } else {
        format!("about {}", num(whole, 0))
    }
}

fn adherence_line(e: &Escalation, a: &Adherence) -> String {
    match a.pct {
        Some(p) => format!(
            "Sessions: {} of those prescribed so far ({} done, {} prescribed, not counting rest-advised or away days). Your programme asks for at least {}.",
            pct(p),
            a.done,
            sessions_count(a.prescribed),
            pct(e.rule.adherence_min_pct)
        ),
        None => {
            "No sessions have been prescribed yet (rest-advised and away days are not counted)."
                .to_owned()
        }
    }
}

fn psfs_line(e: &Escalation) -> Option<String> {
    let c = e.psfs.change?;
    let verb = if c >= 0.0 { "rose" } else { "fell" };
    Some(format!(
        "Your activity scores (PSFS) {verb} by {}; your programme counts {} as an important change.",
        points(c.abs()),
        points(e.rule.psfs_important_change)
    ))
}

/// The days an injection's current pain is taken from: "over the last 14 days", or, once
/// the measuring window after it has closed, "in the 14 days to 2026-03-01".
fn injection_window_words(e: &Escalation, inj: &InjectionEffect) -> String {
    let days = (inj.current.to - inj.current.from).num_days() + 1;
    if inj.current.to >= e.on {
        format!("over the last {days} days")
    } else {
        format!("in the {days} days to {}", inj.current.to)
    }
}

/// "Nothing logged since 2026-10-20 (35 days); ..." for a diary gone quiet, in `voice`.
fn quiet_line(e: &Escalation, voice: Voice) -> String {
    let g = &e.engagement;
    let since = match (g.last_entry, voice) {
        (Some(d), Voice::Patient) => format!("Nothing has been logged since {d}"),
        (Some(d), Voice::Clinician) => format!("No entry since {d}"),
        (None, Voice::Patient) => "Nothing has been logged since the programme started".into(),
        (None, Voice::Clinician) => "No entry since the programme started".into(),
    };
    match voice {
        Voice::Patient => format!(
            "{since}: {} days. Your programme counts {} days without an entry as the diary gone quiet, so it is not judged on entries that stopped.",
            g.days_without_entries, g.quiet_after_days
        ),
        Voice::Clinician => format!(
            "{since}: {} days without any entry (the programme counts {} as gone quiet).",
            g.days_without_entries, g.quiet_after_days
        ),
    }
}

fn injection_line(e: &Escalation) -> Option<String> {
    let inj = e.injection?;
    Some(
        match (inj.baseline.value(), inj.current.mean, inj.improvement) {
            (Some(b), Some(c), Some(i)) => format!(
                "Since the injection on {}: worst pain {} in the {} days before it, {} {}: {}.",
                day_words(inj.date),
                pain(b),
                e.rule.baseline_days,
                pain(c),
                injection_window_words(e, &inj),
                change_words(&i)
            ),
            _ => format!(
                "An injection was logged on {}. Its effect is measured once there are {} diary entries in the {} days before it and {} after it.",
                day_words(inj.date),
                e.rule.baseline_min_entries,
                e.rule.baseline_days,
                e.rule.current_min_entries
            ),
        },
    )
}

/// "After 12 weeks", or "By week 16 (the decision point was the end of week 12)".
fn after_words(e: &Escalation) -> String {
    let dw = e.rule.decision_week;
    if e.status.week > u32::from(dw) {
        format!(
            "By week {} (the decision point was the end of week {dw})",
            e.status.week
        )
    } else {
        format!("After {dw} weeks")
    }
}

/// One line per warning sign still standing, the most urgent first, and what lifts it.
fn warning_sign_lines(e: &Escalation, out: &mut Vec<String>) {
    if e.red_flags.is_empty() {
        return;
    }
    for urgency in Urgency::ALL {
        for f in e.red_flags.iter().filter(|f| f.urgency() == urgency) {
            let what = f.what();
            out.push(match urgency {
                Urgency::Today => format!(
                    "You logged a warning sign on {}: {what}. This needs medical help today: the Warning signs page says whom to contact.",
                    day_words(f.date)
                ),
                Urgency::Soon => format!(
                    "You logged a warning sign on {}: {what}. See your doctor about it soon, before your next planned review.",
                    day_words(f.date)
                ),
            });
        }
    }
    out.push(
        "This stays at the top until a clinician visit is logged after the warning sign."
            .to_owned(),
    );
}

/// Pain well above the start for weeks running: the weeks, the limit and the rule.
fn worsening_lines(e: &Escalation, out: &mut Vec<String>) {
    let limit = e.worsening.limit.unwrap_or_default();
    let weeks: Vec<String> = e
        .worsening
        .windows
        .iter()
        .rev()
        .map(|w| {
            format!(
                "{} in the 7 days to {}",
                pain(w.mean.unwrap_or_default()),
                day_words(w.to)
            )
        })
        .collect();
    out.push(format!(
        "Your average worst pain was {}: at or above {}, which is your starting level of {} plus the {} set in your programme.",
        weeks.join(", then "),
        pain(limit),
        pain(e.baseline.value().unwrap_or_default()),
        points(e.rule.worsening_points)
    ));
    out.push(format!(
        "Your programme asks you to contact your clinician soon when pain stays this high for {} weeks running.",
        e.rule.worsening_weeks
    ));
}

/// The reasons for the status of `e`, most important first.
#[must_use]
pub fn reasons(e: &Escalation, a: &Adherence) -> Vec<String> {
    let s = &e.status;
    let dw = e.rule.decision_week;
    let mut out = Vec::new();
    match s.status {
        StatusKind::SeekCareNow => {
            warning_sign_lines(e, &mut out);
        }
        StatusKind::ContactClinicianSoon => {
            warning_sign_lines(e, &mut out);
            if e.worsening.running {
                worsening_lines(e, &mut out);
            }
        }
        StatusKind::NoRecentEntries => {
            out.push(quiet_line(e, Voice::Patient));
            out.push(adherence_line(e, a));
            out.push(pain_line(e));
        }
        StatusKind::KeepGoing => {
            if e.decision_reached {
                out.push(format!(
                    "Week {} of the programme: the decision point set in your programme (the end of week {dw}) has been reached, but the diary does not yet hold enough entries to compare pain against it.",
                    s.week
                ));
            } else if s.week == 0 {
                out.push(format!(
                    "The programme has not started yet. Your diary is compared with the plan's targets at the end of week {dw} ({}).",
                    day_words(e.decision_date)
                ));
            } else {
                out.push(format!(
                    "Week {} of {dw}: your diary is compared with the plan's targets at the end of week {dw} ({}), as set in your programme.",
                    s.week,
                    day_words(e.decision_date)
                ));
            }
            if e.at_checkin {
                out.push(format!(
                    "This is the week-{} check-in set in your programme: a good time to show this summary to your clinician.",
                    e.rule.checkin_week
                ));
            }
            out.push(adherence_line(e, a));
            out.push(pain_line(e));
        }
        StatusKind::ReviewPlan => {
            out.push(format!(
                "{}, {} of the prescribed sessions were done, below the {} your programme sets. By the plan's own terms it has not yet been fully tried, so the diary cannot show whether it works.",
                after_words(e),
                pct(a.pct.unwrap_or(0.0)),
                pct(e.rule.adherence_min_pct)
            ));
            out.push(adherence_line(e, a));
            out.push(pain_line(e));
        }
        StatusKind::DiscussNextSteps => {
            out.push(format!(
                "{}, with {} of the prescribed sessions done, your log shows worst pain has not changed by the amount agreed in your programme.",
                after_words(e),
                pct(a.pct.unwrap_or(0.0))
            ));
            out.push(pain_line(e));
            if let Some(line) = psfs_line(e) {
                out.push(line);
            }
            out.push("Your programme says this is the time to discuss next steps with your clinician, including whether an injection review is appropriate.".to_owned());
        }
        StatusKind::Improving => {
            out.push(format!(
                "{}, with {} of the prescribed sessions done, your log shows the change agreed in your programme.",
                after_words(e),
                pct(a.pct.unwrap_or(0.0))
            ));
            out.push(pain_line(e));
            if let Some(line) = psfs_line(e) {
                out.push(line);
            }
        }
    }
    if e.engagement.quiet && s.status != StatusKind::NoRecentEntries {
        out.push(quiet_line(e, Voice::Patient));
    }
    if s.status != StatusKind::SeekCareNow
        && let Some(line) = injection_line(e)
    {
        out.push(line);
    }
    out
}

/// The reasons for the status of `e`, in `voice`: the same facts, worded for the patient
/// ([`reasons`]) or for the clinician reading a report or the review window.
#[must_use]
pub fn reasons_in(e: &Escalation, a: &Adherence, voice: Voice) -> Vec<String> {
    match voice {
        Voice::Patient => reasons(e, a),
        Voice::Clinician => clinician_reasons(e, a),
    }
}

fn clinician_target(e: &Escalation) -> String {
    format!(
        "at least {} or {} better (the programme's target)",
        points(e.rule.important_change_points),
        pct(e.rule.important_change_pct)
    )
}

fn clinician_pain_line(e: &Escalation) -> String {
    match (e.baseline.value(), e.current.mean, e.improvement) {
        (Some(b), Some(c), Some(i)) => format!(
            "Worst pain: mean {} {}, {} over the last {} days: {}. Target: {}.",
            pain(b),
            match e.baseline.source {
                BaselineSource::FirstDays => "in the first days of the programme",
                BaselineSource::DaysBefore => "in the days before the programme",
            },
            pain(c),
            e.rule.current_days,
            change_words(&i),
            clinician_target(e)
        ),
        _ => format!(
            "Too few diary entries to compare pain: the programme needs {} days with an entry in the first {} days (or the {} days before the start; {} logged) and {} in the last {} days ({} logged).",
            e.rule.baseline_min_entries,
            e.rule.baseline_days,
            e.rule.baseline_days,
            e.baseline.window.days_with_entries,
            e.rule.current_min_entries,
            e.rule.current_days,
            e.current.days_with_entries
        ),
    }
}

fn clinician_adherence_line(e: &Escalation, a: &Adherence) -> String {
    match a.pct {
        Some(p) => format!(
            "Sessions: {} of those prescribed ({} done of {} prescribed, rest-advised and away days left out). The programme sets at least {}.",
            pct(p),
            a.done,
            sessions_count(a.prescribed),
            pct(e.rule.adherence_min_pct)
        ),
        None => "No sessions prescribed yet (rest-advised and away days are left out).".to_owned(),
    }
}

fn clinician_psfs_line(e: &Escalation) -> Option<String> {
    let c = e.psfs.change?;
    Some(format!(
        "PSFS mean {} by {} (important change in the programme: {}).",
        if c >= 0.0 { "rose" } else { "fell" },
        points(c.abs()),
        points(e.rule.psfs_important_change)
    ))
}

fn clinician_injection_line(e: &Escalation) -> Option<String> {
    let inj = e.injection?;
    Some(
        match (inj.baseline.value(), inj.current.mean, inj.improvement) {
            (Some(b), Some(c), Some(i)) => format!(
                "Since the injection on {}: worst pain {} in the {} days before, {} {}: {}.",
                inj.date,
                pain(b),
                e.rule.baseline_days,
                pain(c),
                injection_window_words(e, &inj),
                change_words(&i)
            ),
            _ => format!(
                "Injection logged on {}; its effect is measured once there are {} diary entries in the {} days before it and {} after it.",
                inj.date,
                e.rule.baseline_min_entries,
                e.rule.baseline_days,
                e.rule.current_min_entries
            ),
        },
    )
}

/// The signs of a warning-sign entry in the clinician's words (the entry names them in
/// the patient's).
/// Each warning sign still standing, with the day it was logged.
fn clinician_sign_lines(e: &Escalation, out: &mut Vec<String>) {
    for f in &e.red_flags {
        out.push(format!(
            "Warning sign logged on {}: {} ({}).",
            f.date,
            f.sign.clinician_label(),
            f.urgency().clinician_advice()
        ));
    }
    if !e.red_flags.is_empty() {
        out.push(
            "It stays at the top of the status until a clinician visit is logged after it."
                .to_owned(),
        );
    }
}

/// The reasons for the status of `e`, most important first, in the third person.
fn clinician_reasons(e: &Escalation, a: &Adherence) -> Vec<String> {
    let s = &e.status;
    let dw = e.rule.decision_week;
    let mut out = Vec::new();
    match s.status {
        StatusKind::SeekCareNow => clinician_sign_lines(e, &mut out),
        StatusKind::ContactClinicianSoon => {
            clinician_sign_lines(e, &mut out);
            if e.worsening.running {
                let weeks: Vec<String> = e
                    .worsening
                    .windows
                    .iter()
                    .rev()
                    .map(|w| {
                        format!(
                            "{} in the 7 days to {}",
                            pain(w.mean.unwrap_or_default()),
                            w.to
                        )
                    })
                    .collect();
                out.push(format!(
                    "Mean worst pain {}: at or above {} (baseline {} plus the {} the programme sets), {} weeks running.",
                    weeks.join(", then "),
                    pain(e.worsening.limit.unwrap_or_default()),
                    pain(e.baseline.value().unwrap_or_default()),
                    points(e.rule.worsening_points),
                    e.rule.worsening_weeks
                ));
            }
        }
        StatusKind::NoRecentEntries => {
            out.push(quiet_line(e, Voice::Clinician));
            out.push(clinician_adherence_line(e, a));
            out.push(clinician_pain_line(e));
        }
        StatusKind::KeepGoing => {
            if e.decision_reached {
                out.push(format!(
                    "Week {}: the decision point (end of week {dw}) has passed, but the diary holds too few entries to compare pain.",
                    s.week
                ));
            } else if s.week == 0 {
                out.push(format!(
                    "The programme has not started yet; the decision point is the end of week {dw} ({}).",
                    e.decision_date
                ));
            } else {
                out.push(format!(
                    "Week {} of {dw}; the decision point is the end of week {dw} ({}).",
                    s.week, e.decision_date
                ));
            }
            if e.at_checkin {
                out.push(format!(
                    "This is the week-{} check-in the programme sets.",
                    e.rule.checkin_week
                ));
            }
            out.push(clinician_adherence_line(e, a));
            out.push(clinician_pain_line(e));
        }
        StatusKind::ReviewPlan => {
            out.push(format!(
                "{}, {} of the prescribed sessions were done, below the {} the programme sets: by its own terms the plan has not been fully tried.",
                after_words(e),
                pct(a.pct.unwrap_or(0.0)),
                pct(e.rule.adherence_min_pct)
            ));
            out.push(clinician_adherence_line(e, a));
            out.push(clinician_pain_line(e));
        }
        StatusKind::DiscussNextSteps => {
            out.push(format!(
                "{}, with {} of the prescribed sessions done, worst pain has not changed by the amount set in the programme.",
                after_words(e),
                pct(a.pct.unwrap_or(0.0))
            ));
            out.push(clinician_pain_line(e));
            if let Some(line) = clinician_psfs_line(e) {
                out.push(line);
            }
        }
        StatusKind::Improving => {
            out.push(format!(
                "{}, with {} of the prescribed sessions done, the patient's log shows the change set in the programme.",
                after_words(e),
                pct(a.pct.unwrap_or(0.0))
            ));
            out.push(clinician_pain_line(e));
            if let Some(line) = clinician_psfs_line(e) {
                out.push(line);
            }
        }
    }
    if e.engagement.quiet && s.status != StatusKind::NoRecentEntries {
        out.push(quiet_line(e, Voice::Clinician));
    }
    if s.status != StatusKind::SeekCareNow
        && let Some(line) = clinician_injection_line(e)
    {
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_are_counted_whole() {
        assert_eq!(sessions_count(6.0), "6");
        assert_eq!(sessions_count(6.4), "about 6");
        assert_eq!(sessions_count(6.6), "about 7");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(num(2.0, 2), "2");
        assert_eq!(num(2.5, 2), "2.5");
        assert_eq!(num(40.0 / 7.0, 2), "5.71");
        assert_eq!(num(-0.001, 2), "0");
        assert_eq!(pct(70.0), "70 %");
    }

    /// Words that speak to the patient, which no clinician-voiced text may hold.
    const SECOND_PERSON: [&str; 5] = ["You ", "you ", "Your ", "your ", "yourself"];

    #[test]
    fn every_status_has_a_clinician_wording_in_the_third_person() {
        use crate::analysis::testkit::{JournalBuilder, day, profile, programme};
        use crate::analysis::{escalation_inputs, progress_with};
        use crate::model::Programmes;
        for status in StatusKind::ALL {
            for text in [
                status.headline_in(Voice::Clinician),
                status.meaning_in(Voice::Clinician),
            ] {
                assert!(
                    !SECOND_PERSON.iter().any(|w| text.contains(w)),
                    "{status:?}: {text}"
                );
            }
            assert_eq!(status.headline_in(Voice::Patient), status.headline());
            assert_ne!(
                status.headline_in(Voice::Clinician),
                status.headline(),
                "{status:?}"
            );
        }
        // The reasons of a log with a warning sign, an injection and worse pain, on days
        // that give several statuses: the clinician's hold the same numbers, in the third
        // person.
        let mut j = JournalBuilder::new();
        for d in 0..100 {
            j.diary(d, if d < 50 { 5 } else { 8 });
            if d % 2 == 0 {
                j.session(d, 3, Some(2));
            }
        }
        j.injection(60);
        j.event(
            95,
            9,
            crate::model::EventKind::RedFlag {
                signs: vec![crate::model::RedFlagSign::SaddleNumbness],
            },
        );
        let inputs = escalation_inputs(&j.journal);
        let mut seen = std::collections::HashSet::new();
        for on in [3, 40, 80, 96] {
            let p = progress_with(
                &profile(),
                Programmes::only(&programme()),
                &j.journal,
                &inputs,
                day(on),
            );
            seen.insert(p.status().status);
            let clinician = reasons_in(&p.escalation, &p.adherence, Voice::Clinician);
            assert_eq!(
                reasons_in(&p.escalation, &p.adherence, Voice::Patient),
                p.status().reasons
            );
            assert!(!clinician.is_empty());
            for line in &clinician {
                assert!(
                    !SECOND_PERSON.iter().any(|w| line.contains(w)),
                    "{:?}: {line}",
                    p.status().status
                );
            }
            if let Some(b) = p.status().baseline_pain {
                assert!(
                    clinician.iter().any(|l| l.contains(&pain(b))),
                    "{clinician:?}"
                );
            }
        }
        assert!(seen.len() >= 3, "{seen:?}");
    }
}
