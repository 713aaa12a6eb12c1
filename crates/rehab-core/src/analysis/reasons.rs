//! The reasons behind a status, in plain words, with the numbers and the programme's
//! thresholds (clinical reference §7: a summary of the plan the clinician set, never advice
//! to have a particular treatment): the words of the [`Finding`]s the analysis returns, in
//! the patient's voice ([`patient`]) or the clinician's ([`clinician`]). Each finding is
//! worded in one function, both voices side by side. The analysis never calls these: the
//! screens, the commands and the exports do. Also the numbers and days in words every
//! surface shares.

use super::adherence::Adherence;
use super::escalation::{Status, Voice};
use super::findings::{DecisionWeek, Finding};
use super::pain::{BaselineSource, Improvement};
use super::progress::Progress;
use crate::model::{RedFlagSign, Urgency};
use chrono::NaiveDate;

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

/// The reasons `findings` give, in the patient's words, most important first.
#[must_use]
pub fn patient(findings: &[Finding]) -> Vec<String> {
    render(findings, Voice::Patient)
}

/// The reasons `findings` give, in the clinician's words (third person), most important
/// first.
#[must_use]
pub fn clinician(findings: &[Finding]) -> Vec<String> {
    render(findings, Voice::Clinician)
}

/// The reasons `findings` give, in `voice`: each finding in its own words, in order.
#[must_use]
pub fn render(findings: &[Finding], voice: Voice) -> Vec<String> {
    findings.iter().flat_map(|f| lines(f, voice)).collect()
}

/// The patient's reasons for `status`: as a saved status states them (a bundle read back),
/// or else worded from its findings.
#[must_use]
pub fn patient_reasons(status: &Status) -> Vec<String> {
    if status.reasons.is_empty() {
        patient(&status.findings)
    } else {
        status.reasons.clone()
    }
}

/// `status` as a file states it (`status --json`, an export bundle): with its reasons in
/// the patient's words.
#[must_use]
pub fn worded(status: &Status) -> Status {
    Status {
        reasons: patient_reasons(status),
        ..status.clone()
    }
}

impl Progress {
    /// The reasons for the status, in `voice`: as stated by whoever saw the whole diary
    /// ([`Progress::restate`]), or else worded from the status's findings.
    #[must_use]
    pub fn reasons_in(&self, voice: Voice) -> Vec<String> {
        match (voice, &self.stated_clinician_reasons) {
            (Voice::Patient, _) => patient_reasons(self.status()),
            (Voice::Clinician, Some(stated)) => stated.clone(),
            (Voice::Clinician, None) => clinician(&self.status().findings),
        }
    }
}

/// A day as `voice` writes it: "Friday 4 December 2026" for the patient, 2026-12-04 for the
/// clinician.
fn date_in(date: NaiveDate, voice: Voice) -> String {
    match voice {
        Voice::Patient => day_words(date),
        Voice::Clinician => date.to_string(),
    }
}

/// "After 12 weeks", or "By week 16 (the decision point was the end of week 12)".
fn after_words(at: DecisionWeek) -> String {
    let dw = at.decision_week;
    if at.week > u32::from(dw) {
        format!(
            "By week {} (the decision point was the end of week {dw})",
            at.week
        )
    } else {
        format!("After {dw} weeks")
    }
}

/// The lines one finding gives in `voice` (one, except where noted at the finding's words).
fn lines(f: &Finding, voice: Voice) -> Vec<String> {
    match f {
        Finding::WarningSign { date, sign } => vec![warning_sign(*date, *sign, voice)],
        Finding::WarningSignsHeld => vec![warning_signs_held(voice)],
        Finding::Worsening { .. } => worsening(f, voice),
        Finding::Quiet {
            last_entry,
            days,
            quiet_after_days,
        } => vec![quiet(*last_entry, *days, *quiet_after_days, voice)],
        Finding::NotStarted { .. }
        | Finding::BeforeDecision { .. }
        | Finding::DecisionTooFewEntries { .. }
        | Finding::CheckIn { .. } => vec![programme_week(f, voice)],
        Finding::Sessions {
            pct,
            done,
            prescribed,
            min_pct,
        } => vec![sessions(*pct, *done, *prescribed, *min_pct, voice)],
        Finding::Pain { .. } | Finding::PainTooFewEntries { .. } => vec![pain_line(f, voice)],
        Finding::TooFewSessions { .. }
        | Finding::ChangeNotReached { .. }
        | Finding::ChangeReached { .. } => vec![decision(f, voice)],
        Finding::NextStepsDue => next_steps_due(voice).into_iter().collect(),
        Finding::Psfs {
            change,
            important_change,
        } => vec![psfs(*change, *important_change, voice)],
        Finding::Injection { .. } | Finding::InjectionNotMeasured { .. } => {
            vec![injection(f, voice)]
        }
    }
}

fn warning_sign(date: NaiveDate, sign: RedFlagSign, voice: Voice) -> String {
    let on = date_in(date, voice);
    match (voice, sign.urgency()) {
        (Voice::Patient, Urgency::Today) => format!(
            "You logged a warning sign on {on}: {}. This needs medical help today: the Warning signs page says whom to contact.",
            sign.label()
        ),
        (Voice::Patient, Urgency::Soon) => format!(
            "You logged a warning sign on {on}: {}. See your doctor about it soon, before your next planned review.",
            sign.label()
        ),
        (Voice::Clinician, urgency) => format!(
            "Warning sign logged on {on}: {} ({}).",
            sign.clinician_label(),
            urgency.clinician_advice()
        ),
    }
}

fn warning_signs_held(voice: Voice) -> String {
    match voice {
        Voice::Patient => {
            "This stays at the top until a clinician visit is logged after the warning sign."
        }
        Voice::Clinician => {
            "It stays at the top of the status until a clinician visit is logged after it."
        }
    }
    .to_owned()
}

/// Pain well above the start for weeks running: the weeks, the limit and the rule (two
/// lines for the patient: what the diary shows, then what the programme asks).
fn worsening(f: &Finding, voice: Voice) -> Vec<String> {
    let Finding::Worsening {
        windows,
        limit,
        baseline,
        points: rise,
        weeks,
    } = f
    else {
        return Vec::new();
    };
    let means = windows
        .iter()
        .map(|w| format!("{} in the 7 days to {}", pain(w.mean), date_in(w.to, voice)))
        .collect::<Vec<_>>()
        .join(", then ");
    match voice {
        Voice::Patient => vec![
            format!(
                "Your average worst pain was {means}: at or above {}, which is your starting level of {} plus the {} set in your programme.",
                pain(*limit),
                pain(*baseline),
                points(*rise)
            ),
            format!(
                "Your programme asks you to contact your clinician soon when pain stays this high for {weeks} weeks running."
            ),
        ],
        Voice::Clinician => vec![format!(
            "Mean worst pain {means}: at or above {} (baseline {} plus the {} the programme sets), {weeks} weeks running.",
            pain(*limit),
            pain(*baseline),
            points(*rise)
        )],
    }
}

/// "Nothing logged since 2026-10-20 (35 days); ..." for a diary gone quiet.
fn quiet(last_entry: Option<NaiveDate>, days: u32, quiet_after: u16, voice: Voice) -> String {
    let since = match (last_entry, voice) {
        (Some(d), Voice::Patient) => format!("Nothing has been logged since {d}"),
        (Some(d), Voice::Clinician) => format!("No entry since {d}"),
        (None, Voice::Patient) => "Nothing has been logged since the programme started".into(),
        (None, Voice::Clinician) => "No entry since the programme started".into(),
    };
    match voice {
        Voice::Patient => format!(
            "{since}: {days} days. Your programme counts {quiet_after} days without an entry as the diary gone quiet, so it is not judged on entries that stopped."
        ),
        Voice::Clinician => format!(
            "{since}: {days} days without any entry (the programme counts {quiet_after} as gone quiet)."
        ),
    }
}

/// Where the programme stands before a decision can be made: its week and the decision
/// point, or the check-in.
fn programme_week(f: &Finding, voice: Voice) -> String {
    match (f, voice) {
        (
            Finding::DecisionTooFewEntries {
                week,
                decision_week: dw,
            },
            Voice::Patient,
        ) => format!(
            "Week {week} of the programme: the decision point set in your programme (the end of week {dw}) has been reached, but the diary does not yet hold enough entries to compare pain against it."
        ),
        (
            Finding::DecisionTooFewEntries {
                week,
                decision_week: dw,
            },
            Voice::Clinician,
        ) => format!(
            "Week {week}: the decision point (end of week {dw}) has passed, but the diary holds too few entries to compare pain."
        ),
        (
            Finding::NotStarted {
                decision_week: dw,
                decision_date,
            },
            _,
        ) => match voice {
            Voice::Patient => format!(
                "The programme has not started yet. Your diary is compared with the plan's targets at the end of week {dw} ({}).",
                day_words(*decision_date)
            ),
            Voice::Clinician => format!(
                "The programme has not started yet; the decision point is the end of week {dw} ({decision_date})."
            ),
        },
        (
            Finding::BeforeDecision {
                week,
                decision_week: dw,
                decision_date,
            },
            _,
        ) => match voice {
            Voice::Patient => format!(
                "Week {week} of {dw}: your diary is compared with the plan's targets at the end of week {dw} ({}), as set in your programme.",
                day_words(*decision_date)
            ),
            Voice::Clinician => format!(
                "Week {week} of {dw}; the decision point is the end of week {dw} ({decision_date})."
            ),
        },
        (Finding::CheckIn { week }, Voice::Patient) => format!(
            "This is the week-{week} check-in set in your programme: a good time to show this summary to your clinician."
        ),
        (Finding::CheckIn { week }, Voice::Clinician) => {
            format!("This is the week-{week} check-in the programme sets.")
        }
        _ => String::new(),
    }
}

fn sessions(pct_done: Option<f64>, done: u32, prescribed: f64, min: f64, voice: Voice) -> String {
    let Some(p) = pct_done else {
        return match voice {
            Voice::Patient => {
                "No sessions have been prescribed yet (rest-advised and away days are not counted)."
            }
            Voice::Clinician => {
                "No sessions prescribed yet (rest-advised and away days are left out)."
            }
        }
        .to_owned();
    };
    let (p, prescribed, min) = (pct(p), sessions_count(prescribed), pct(min));
    match voice {
        Voice::Patient => format!(
            "Sessions: {p} of those prescribed so far ({done} done, {prescribed} prescribed, not counting rest-advised or away days). Your programme asks for at least {min}."
        ),
        Voice::Clinician => format!(
            "Sessions: {p} of those prescribed ({done} done of {prescribed} prescribed, rest-advised and away days left out). The programme sets at least {min}."
        ),
    }
}

fn pain_line(f: &Finding, voice: Voice) -> String {
    match f {
        Finding::Pain {
            baseline,
            source,
            current,
            current_days,
            change,
            target_points,
            target_pct,
        } => {
            let (b, c, change) = (pain(*baseline), pain(*current), change_words(change));
            let target = format!(
                "at least {} or {} better",
                points(*target_points),
                pct(*target_pct)
            );
            let from = match (voice, source) {
                (Voice::Patient, BaselineSource::FirstDays) => {
                    "in your first days on the programme"
                }
                (Voice::Clinician, BaselineSource::FirstDays) => {
                    "in the first days of the programme"
                }
                (_, BaselineSource::DaysBefore) => "in the days before the programme",
            };
            match voice {
                Voice::Patient => format!(
                    "Worst pain: on average {b} {from}, {c} over the last {current_days} days: {change}. The target is {target} (set in your programme)."
                ),
                Voice::Clinician => format!(
                    "Worst pain: mean {b} {from}, {c} over the last {current_days} days: {change}. Target: {target} (the programme's target)."
                ),
            }
        }
        Finding::PainTooFewEntries {
            baseline_min_entries: bn,
            baseline_days: bd,
            baseline_logged: bl,
            current_min_entries: cn,
            current_days: cd,
            current_logged: cl,
        } => match voice {
            Voice::Patient => format!(
                "There are not enough diary entries yet to compare pain. Your programme needs {bn} days with an entry in the first {bd} days (or in the {bd} days before the start; {bl} so far) and {cn} in the last {cd} days ({cl} so far)."
            ),
            Voice::Clinician => format!(
                "Too few diary entries to compare pain: the programme needs {bn} days with an entry in the first {bd} days (or the {bd} days before the start; {bl} logged) and {cn} in the last {cd} days ({cl} logged)."
            ),
        },
        _ => String::new(),
    }
}

/// At or after the decision point: what the log shows against the programme.
fn decision(f: &Finding, voice: Voice) -> String {
    match (f, voice) {
        (
            Finding::TooFewSessions {
                at,
                pct: done,
                min_pct,
            },
            _,
        ) => {
            let (after, done, min) = (after_words(*at), pct(*done), pct(*min_pct));
            match voice {
                Voice::Patient => format!(
                    "{after}, {done} of the prescribed sessions were done, below the {min} your programme sets. By the plan's own terms it has not yet been fully tried, so the diary cannot show whether it works."
                ),
                Voice::Clinician => format!(
                    "{after}, {done} of the prescribed sessions were done, below the {min} the programme sets: by its own terms the plan has not been fully tried."
                ),
            }
        }
        (Finding::ChangeNotReached { at, pct: done }, Voice::Patient) => format!(
            "{}, with {} of the prescribed sessions done, your log shows worst pain has not changed by the amount agreed in your programme.",
            after_words(*at),
            pct(*done)
        ),
        (Finding::ChangeNotReached { at, pct: done }, Voice::Clinician) => format!(
            "{}, with {} of the prescribed sessions done, worst pain has not changed by the amount set in the programme.",
            after_words(*at),
            pct(*done)
        ),
        (Finding::ChangeReached { at, pct: done }, Voice::Patient) => format!(
            "{}, with {} of the prescribed sessions done, your log shows the change agreed in your programme.",
            after_words(*at),
            pct(*done)
        ),
        (Finding::ChangeReached { at, pct: done }, Voice::Clinician) => format!(
            "{}, with {} of the prescribed sessions done, the patient's log shows the change set in the programme.",
            after_words(*at),
            pct(*done)
        ),
        _ => String::new(),
    }
}

/// The patient is told the programme's next step; the clinician's wording of the status
/// ([`super::escalation::StatusKind::meaning_in`]) already says it, so the clinician's reasons do not repeat it.
fn next_steps_due(voice: Voice) -> Option<String> {
    match voice {
        Voice::Patient => Some("Your programme says this is the time to discuss next steps with your clinician, including whether an injection review is appropriate.".to_owned()),
        Voice::Clinician => None,
    }
}

fn psfs(change: f64, important: f64, voice: Voice) -> String {
    let verb = if change >= 0.0 { "rose" } else { "fell" };
    let (by, important) = (points(change.abs()), points(important));
    match voice {
        Voice::Patient => format!(
            "Your activity scores (PSFS) {verb} by {by}; your programme counts {important} as an important change."
        ),
        Voice::Clinician => {
            format!("PSFS mean {verb} by {by} (important change in the programme: {important}).")
        }
    }
}

fn injection(f: &Finding, voice: Voice) -> String {
    match f {
        Finding::Injection {
            date,
            before,
            before_days,
            now,
            now_days,
            now_to,
            now_ongoing,
            change,
        } => {
            // The days its current pain is taken from: "over the last 14 days", or, once
            // the measuring window after it has closed, "in the 14 days to 2026-03-01".
            let window = if *now_ongoing {
                format!("over the last {now_days} days")
            } else {
                format!("in the {now_days} days to {now_to}")
            };
            let before_it = match voice {
                Voice::Patient => "before it",
                Voice::Clinician => "before",
            };
            format!(
                "Since the injection on {}: worst pain {} in the {before_days} days {before_it}, {} {window}: {}.",
                date_in(*date, voice),
                pain(*before),
                pain(*now),
                change_words(change)
            )
        }
        Finding::InjectionNotMeasured {
            date,
            before_min_entries: bn,
            before_days: bd,
            after_min_entries: an,
        } => match voice {
            Voice::Patient => format!(
                "An injection was logged on {}. Its effect is measured once there are {bn} diary entries in the {bd} days before it and {an} after it.",
                day_words(*date)
            ),
            Voice::Clinician => format!(
                "Injection logged on {date}; its effect is measured once there are {bn} diary entries in the {bd} days before it and {an} after it."
            ),
        },
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::StatusKind;
    use crate::analysis::findings::WeekPain;

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
            let clinician = p.reasons_in(Voice::Clinician);
            assert_eq!(p.reasons_in(Voice::Patient), patient(&p.status().findings));
            assert_eq!(clinician, render(&p.status().findings, Voice::Clinician));
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

    type Listed = Vec<(Finding, &'static [&'static str])>;

    /// A day of 2026.
    fn d(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, month, day).unwrap()
    }

    const CHANGE: Improvement = Improvement {
        points: 2.5,
        pct: Some(31.3),
        meets_target: true,
    };

    const AT: DecisionWeek = DecisionWeek {
        week: 14,
        decision_week: 12,
    };

    /// One of every finding, with numbers its words must state in both voices.
    fn every_finding() -> Listed {
        [signs(), weeks(), measures()].concat()
    }

    /// Warning signs, worsening pain and a diary gone quiet.
    fn signs() -> Listed {
        vec![
            (
                Finding::WarningSign {
                    date: d(11, 20),
                    sign: RedFlagSign::SaddleNumbness,
                },
                &["20"],
            ),
            (
                Finding::WarningSign {
                    date: d(11, 21),
                    sign: RedFlagSign::ConstantNightPain,
                },
                &["21"],
            ),
            (Finding::WarningSignsHeld, &["clinician visit"]),
            (
                Finding::Worsening {
                    windows: vec![
                        WeekPain {
                            to: d(11, 17),
                            mean: 6.5,
                        },
                        WeekPain {
                            to: d(11, 24),
                            mean: 7.25,
                        },
                    ],
                    limit: 6.0,
                    baseline: 4.0,
                    points: 2.0,
                    weeks: 2,
                },
                &[
                    "6.5",
                    "7.25",
                    "at or above 6",
                    "4 plus",
                    "2 points",
                    "2 weeks",
                ],
            ),
            (
                Finding::Quiet {
                    last_entry: Some(d(10, 20)),
                    days: 35,
                    quiet_after_days: 7,
                },
                &["2026-10-20", "35 days", "7"],
            ),
        ]
    }

    /// Where the programme stands, before and at the decision point.
    fn weeks() -> Listed {
        vec![
            (
                Finding::NotStarted {
                    decision_week: 12,
                    decision_date: d(5, 24),
                },
                &["week 12", "24"],
            ),
            (
                Finding::BeforeDecision {
                    week: 5,
                    decision_week: 12,
                    decision_date: d(5, 24),
                },
                &["Week 5 of 12", "24"],
            ),
            (
                Finding::DecisionTooFewEntries {
                    week: 13,
                    decision_week: 12,
                },
                &["Week 13", "week 12"],
            ),
            (Finding::CheckIn { week: 6 }, &["week-6 check-in"]),
            (
                Finding::TooFewSessions {
                    at: AT,
                    pct: 40.0,
                    min_pct: 70.0,
                },
                &["By week 14", "week 12", "40 %", "70 %"],
            ),
            (
                Finding::ChangeNotReached { at: AT, pct: 90.0 },
                &["By week 14", "90 %"],
            ),
            (
                Finding::ChangeReached {
                    at: DecisionWeek { week: 12, ..AT },
                    pct: 90.0,
                },
                &["After 12 weeks", "90 %"],
            ),
            (Finding::NextStepsDue, &[]),
        ]
    }

    /// The measures: sessions, pain, PSFS, an injection.
    fn measures() -> Listed {
        vec![
            (
                Finding::Sessions {
                    pct: Some(75.5),
                    done: 27,
                    prescribed: 35.8,
                    min_pct: 70.0,
                },
                &["75.5 %", "27 done", "about 36 prescribed", "70 %"],
            ),
            (
                Finding::Sessions {
                    pct: None,
                    done: 0,
                    prescribed: 0.0,
                    min_pct: 70.0,
                },
                &["No sessions"],
            ),
            (
                Finding::Pain {
                    baseline: 8.0,
                    source: BaselineSource::DaysBefore,
                    current: 5.5,
                    current_days: 14,
                    change: CHANGE,
                    target_points: 2.0,
                    target_pct: 30.0,
                },
                &[
                    "8 in the days before",
                    "5.5 over the last 14 days",
                    "2.5 points (31.3 %) better",
                    "at least 2 points or 30 %",
                ],
            ),
            (
                Finding::PainTooFewEntries {
                    baseline_min_entries: 5,
                    baseline_days: 7,
                    baseline_logged: 3,
                    current_min_entries: 7,
                    current_days: 14,
                    current_logged: 4,
                },
                &[
                    "5 days",
                    "first 7 days",
                    "3 ",
                    "7 in the last 14 days",
                    "4 ",
                ],
            ),
            (
                Finding::Psfs {
                    change: -1.5,
                    important_change: 2.0,
                },
                &["fell by 1.5 points", "2 points"],
            ),
            (
                Finding::Injection {
                    date: d(3, 1),
                    before: 7.0,
                    before_days: 7,
                    now: 4.5,
                    now_days: 14,
                    now_to: d(5, 24),
                    now_ongoing: false,
                    change: CHANGE,
                },
                &[
                    "worst pain 7 in the 7 days before",
                    "4.5 in the 14 days to 2026-05-24",
                    "2.5 points",
                ],
            ),
            (
                Finding::InjectionNotMeasured {
                    date: d(3, 1),
                    before_min_entries: 5,
                    before_days: 7,
                    after_min_entries: 7,
                },
                &["5 diary entries in the 7 days before it and 7 after it"],
            ),
        ]
    }

    /// Fails to build when a finding is added without being listed in [`every_finding`].
    fn listed(f: &Finding) -> bool {
        match f {
            Finding::WarningSign { .. }
            | Finding::WarningSignsHeld
            | Finding::Worsening { .. }
            | Finding::Quiet { .. }
            | Finding::NotStarted { .. }
            | Finding::BeforeDecision { .. }
            | Finding::DecisionTooFewEntries { .. }
            | Finding::CheckIn { .. }
            | Finding::Sessions { .. }
            | Finding::Pain { .. }
            | Finding::PainTooFewEntries { .. }
            | Finding::TooFewSessions { .. }
            | Finding::ChangeNotReached { .. }
            | Finding::NextStepsDue
            | Finding::ChangeReached { .. }
            | Finding::Psfs { .. }
            | Finding::Injection { .. }
            | Finding::InjectionNotMeasured { .. } => true,
        }
    }

    #[test]
    fn every_finding_is_worded_in_both_voices_with_its_numbers() {
        let all = every_finding();
        let kinds: std::collections::HashSet<_> = all
            .iter()
            .filter(|(f, _)| listed(f))
            .map(|(f, _)| std::mem::discriminant(f))
            .collect();
        assert_eq!(kinds.len(), 18, "every kind of finding is listed");
        for (finding, numbers) in &all {
            let mine = patient(std::slice::from_ref(finding));
            let theirs = clinician(std::slice::from_ref(finding));
            assert!(!mine.is_empty(), "{finding:?}");
            assert!(mine.iter().all(|l| l.ends_with('.')), "{mine:?}");
            assert!(
                theirs
                    .iter()
                    .all(|l| !SECOND_PERSON.iter().any(|w| l.contains(w))),
                "{theirs:?}"
            );
            if *finding == Finding::NextStepsDue {
                // The clinician's wording of the status says it already.
                assert!(theirs.is_empty(), "{theirs:?}");
                continue;
            }
            assert!(!theirs.is_empty(), "{finding:?}");
            assert_ne!(mine, theirs, "{finding:?}");
            for number in *numbers {
                for (voice, text) in [("patient", &mine), ("clinician", &theirs)] {
                    assert!(
                        text.iter().any(|l| l.contains(number)),
                        "{voice}: {number:?} missing from {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn findings_read_back_from_their_json() {
        let all: Vec<Finding> = every_finding().into_iter().map(|(f, _)| f).collect();
        let json = serde_json::to_string(&all).unwrap();
        assert!(json.contains(r#""finding":"warning_sign""#), "{json}");
        let back: Vec<Finding> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, all);
        assert_eq!(patient(&back), patient(&all));
    }
}
