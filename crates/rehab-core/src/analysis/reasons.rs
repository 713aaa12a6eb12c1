//! The reasons behind a status, in plain words, with the numbers and the programme's
//! thresholds (clinical reference §7: a summary of the plan the clinician set, never advice
//! to have a particular treatment): the words of the [`Finding`]s the analysis returns, in
//! the patient's voice ([`patient`]) or the clinician's ([`clinician`]), in the language
//! the caller asks for (`analysis-` messages). Each finding is worded in one function, both
//! voices side by side. The analysis never calls these: the screens, the commands and the
//! exports do. Also the numbers and days in words every surface shares.

use super::adherence::Adherence;
use super::escalation::{Status, Voice};
use super::findings::{DecisionWeek, Finding};
use super::pain::{BaselineSource, Improvement};
use super::progress::Progress;
use crate::i18n::{Lang, Words, format};
use crate::model::{RedFlagSign, Urgency};
use crate::t_in;
use chrono::NaiveDate;

/// A number with up to `decimals` decimals, without trailing zeros, language-neutral
/// (`.` decimals): 2, 2.5, 5.57. For files and logs; words a person reads use [`num_in`].
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

/// A number with up to `decimals` decimals, without trailing zeros, as `lang` writes it:
/// 2.5, "2,5".
#[must_use]
pub fn num_in(lang: Lang, value: f64, decimals: u8) -> String {
    format::decimal(lang, value, decimals)
}

/// A pain score or mean: up to 2 decimals.
#[must_use]
pub fn pain(lang: Lang, value: f64) -> String {
    num_in(lang, value, 2)
}

/// A percentage: up to 1 decimal, with the sign: "70 %", "70 %" (with a no-break space).
#[must_use]
pub fn pct(lang: Lang, value: f64) -> String {
    t_in!(
        Words::for_language(lang),
        "analysis-percent",
        number = num_in(lang, value, 1)
    )
}

/// A change with its sign and a unit the caller words: "+2.5 points", "-3 min", "0 min".
#[must_use]
pub fn signed(lang: Lang, value: f64, decimals: u8, unit: &str) -> String {
    let n = num_in(lang, value.abs(), decimals);
    let sign = if n == num_in(lang, 0.0, 0) {
        ""
    } else if value < 0.0 {
        "-"
    } else {
        "+"
    };
    format!("{sign}{n} {unit}")
}

/// A day in words, as patient text writes it: "Friday, 4 December 2026",
/// "Freitag, 4. Dezember 2026".
#[must_use]
pub fn day_words(lang: Lang, date: NaiveDate) -> String {
    format::long_date(lang, date)
}

/// Sessions since the start against those due, the same words on every screen and in the
/// report: "47 % of the sessions due so far (1 of 2.1: the week in progress counts only
/// its days gone)". The week in progress is pro-rated, so "1 of 3 this week" and this
/// figure differ early in a week; the words say why.
#[must_use]
pub fn adherence_words(lang: Lang, a: &Adherence) -> String {
    let words = Words::for_language(lang);
    match a.pct {
        None => t_in!(words, "analysis-adherence-none"),
        Some(p) => {
            let part_week = a.weeks.last().is_some_and(|w| {
                (w.prescribed - f64::from(a.sessions_per_week)).abs() > f64::EPSILON
            });
            let (pct, counted, prescribed) = (
                pct(lang, p),
                num_in(lang, a.counted, 1),
                num_in(lang, a.prescribed, 1),
            );
            if part_week {
                t_in!(
                    words,
                    "analysis-adherence-part-week",
                    pct = pct,
                    counted = counted,
                    prescribed = prescribed
                )
            } else {
                t_in!(
                    words,
                    "analysis-adherence",
                    pct = pct,
                    counted = counted,
                    prescribed = prescribed
                )
            }
        }
    }
}

/// This week's sessions against the week's prescription: "1 of 3 sessions this week".
#[must_use]
pub fn week_words(lang: Lang, done: u32, per_week: u8) -> String {
    t_in!(
        Words::for_language(lang),
        "analysis-week-sessions",
        done = done,
        per_week = per_week
    )
}

/// "2.5 points (31 %) better", or "worse", or "no change".
#[must_use]
pub fn change_words(lang: Lang, i: &Improvement) -> String {
    let words = Words::for_language(lang);
    if num(i.points.abs(), 2) == "0" {
        return t_in!(words, "analysis-change-none");
    }
    let by = points(lang, i.points.abs());
    match (i.points > 0.0, i.pct.map(|p| pct(lang, p.abs()))) {
        (true, None) => t_in!(words, "analysis-change-better", points = by),
        (true, Some(share)) => {
            t_in!(
                words,
                "analysis-change-better-share",
                points = by,
                share = share
            )
        }
        (false, None) => t_in!(words, "analysis-change-worse", points = by),
        (false, Some(share)) => {
            t_in!(
                words,
                "analysis-change-worse-share",
                points = by,
                share = share
            )
        }
    }
}

/// "1 point", "2 points", "1.5 points".
#[must_use]
pub fn points(lang: Lang, value: f64) -> String {
    // The plural form follows the number as shown (1.001 shows, and reads, as "1 point").
    let shown = (value * 100.0).round() / 100.0;
    t_in!(
        Words::for_language(lang),
        "analysis-points",
        value = shown,
        value_text = num_in(lang, value, 2)
    )
}

/// A number of sessions as people count them: whole, "about 6" when rest-advised or away
/// days left part of a week out (the figure behind the percentage keeps its fraction).
fn sessions_count(lang: Lang, value: f64) -> String {
    let whole = value.round();
    let count = num_in(lang, whole, 0);
    if (value - whole).abs() < 0.05 {
        count
    } else {
        t_in!(
            Words::for_language(lang),
            "analysis-sessions-about",
            count = count
        )
    }
}

/// The reasons `findings` give, in the patient's words, most important first.
#[must_use]
pub fn patient(lang: Lang, findings: &[Finding]) -> Vec<String> {
    render(lang, findings, Voice::Patient)
}

/// The reasons `findings` give, in the clinician's words (third person), most important
/// first.
#[must_use]
pub fn clinician(lang: Lang, findings: &[Finding]) -> Vec<String> {
    render(lang, findings, Voice::Clinician)
}

/// The reasons `findings` give, in `voice` and `lang`: each finding in its own words, in
/// order.
#[must_use]
pub fn render(lang: Lang, findings: &[Finding], voice: Voice) -> Vec<String> {
    let w = Wording { lang, voice };
    findings.iter().flat_map(|f| w.lines(f)).collect()
}

/// The patient's reasons for `status`: as a saved status states them (a bundle read back),
/// or else worded from its findings in `lang`.
#[must_use]
pub fn patient_reasons(lang: Lang, status: &Status) -> Vec<String> {
    if status.reasons.is_empty() {
        patient(lang, &status.findings)
    } else {
        status.reasons.clone()
    }
}

/// `status` with its reasons in the patient's words in `lang`. Files (`status --json`, an
/// export bundle) state them in English, as files are language-neutral.
#[must_use]
pub fn worded(lang: Lang, status: &Status) -> Status {
    Status {
        reasons: patient_reasons(lang, status),
        ..status.clone()
    }
}

impl Progress {
    /// The reasons for the status, in `voice` and `lang`: as stated by whoever saw the whole
    /// diary ([`Progress::restate`]), or else worded from the status's findings.
    #[must_use]
    pub fn reasons_in(&self, lang: Lang, voice: Voice) -> Vec<String> {
        match (voice, &self.stated_clinician_reasons) {
            (Voice::Patient, _) => patient_reasons(lang, self.status()),
            (Voice::Clinician, Some(stated)) => stated.clone(),
            (Voice::Clinician, None) => clinician(lang, &self.status().findings),
        }
    }
}

/// The language and voice a finding is worded in.
#[derive(Clone, Copy)]
struct Wording {
    lang: Lang,
    voice: Voice,
}

impl Wording {
    fn words(self) -> &'static Words {
        Words::for_language(self.lang)
    }

    fn patient(self) -> bool {
        self.voice == Voice::Patient
    }

    /// The voice as the messages' `$voice` selector takes it.
    fn key(self) -> &'static str {
        match self.voice {
            Voice::Patient => "patient",
            Voice::Clinician => "clinician",
        }
    }

    /// A day as the voice writes it: "Friday, 4 December 2026" for the patient, 2026-12-04
    /// for the clinician.
    fn date(self, date: NaiveDate) -> String {
        match self.voice {
            Voice::Patient => day_words(self.lang, date),
            Voice::Clinician => date.to_string(),
        }
    }

    fn pain(self, value: f64) -> String {
        pain(self.lang, value)
    }

    fn pct(self, value: f64) -> String {
        pct(self.lang, value)
    }

    fn points(self, value: f64) -> String {
        points(self.lang, value)
    }

    /// "After 12 weeks", or "By week 16 (the decision point was the end of week 12)".
    fn after(self, at: DecisionWeek) -> String {
        let dw = at.decision_week;
        if at.week > u32::from(dw) {
            t_in!(
                self.words(),
                "analysis-by-week",
                week = at.week,
                decision_week = dw
            )
        } else {
            t_in!(self.words(), "analysis-after-weeks", decision_week = dw)
        }
    }

    /// The lines one finding gives (one, except where noted at the finding's words).
    fn lines(self, f: &Finding) -> Vec<String> {
        match f {
            Finding::WarningSign { date, sign } => vec![self.warning_sign(*date, *sign)],
            Finding::WarningSignsHeld => vec![self.warning_signs_held()],
            Finding::Worsening { .. } => self.worsening(f),
            Finding::Quiet {
                last_entry,
                days,
                quiet_after_days,
            } => vec![self.quiet(*last_entry, *days, *quiet_after_days)],
            Finding::NotStarted { .. }
            | Finding::BeforeDecision { .. }
            | Finding::DecisionTooFewEntries { .. }
            | Finding::CheckIn { .. } => vec![self.programme_week(f)],
            Finding::Sessions {
                pct,
                done,
                prescribed,
                min_pct,
            } => vec![self.sessions(*pct, *done, *prescribed, *min_pct)],
            Finding::Pain { .. } | Finding::PainTooFewEntries { .. } => vec![self.pain_line(f)],
            Finding::TooFewSessions { .. }
            | Finding::ChangeNotReached { .. }
            | Finding::ChangeReached { .. } => vec![self.decision(f)],
            Finding::NextStepsDue => self.next_steps_due().into_iter().collect(),
            Finding::Psfs {
                change,
                important_change,
            } => vec![self.psfs(*change, *important_change)],
            Finding::Injection { .. } | Finding::InjectionNotMeasured { .. } => {
                vec![self.injection(f)]
            }
        }
    }

    fn warning_sign(self, date: NaiveDate, sign: RedFlagSign) -> String {
        let (words, on) = (self.words(), self.date(date));
        match (self.voice, sign.urgency()) {
            (Voice::Patient, Urgency::Today) => t_in!(
                words,
                "analysis-warning-sign-today-patient",
                date = on,
                sign = sign.label_in(words)
            ),
            (Voice::Patient, Urgency::Soon) => t_in!(
                words,
                "analysis-warning-sign-soon-patient",
                date = on,
                sign = sign.label_in(words)
            ),
            (Voice::Clinician, urgency) => t_in!(
                words,
                "analysis-warning-sign-clinician",
                date = on,
                sign = sign.clinician_label_in(words),
                advice = urgency.clinician_advice_in(words)
            ),
        }
    }

    fn warning_signs_held(self) -> String {
        t_in!(
            self.words(),
            "analysis-warning-signs-held",
            voice = self.key()
        )
    }

    /// Pain well above the start for weeks running: the weeks, the limit and the rule (two
    /// lines for the patient: what the diary shows, then what the programme asks).
    fn worsening(self, f: &Finding) -> Vec<String> {
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
        let words = self.words();
        let means = windows
            .iter()
            .map(|w| {
                t_in!(
                    words,
                    "analysis-worsening-window",
                    mean = self.pain(w.mean),
                    date = self.date(w.to)
                )
            })
            .reduce(|first, next| {
                t_in!(words, "analysis-worsening-then", first = first, next = next)
            })
            .unwrap_or_default();
        let (limit, baseline, rise) = (self.pain(*limit), self.pain(*baseline), self.points(*rise));
        if self.patient() {
            vec![
                t_in!(
                    words,
                    "analysis-worsening-patient",
                    means = means,
                    limit = limit,
                    baseline = baseline,
                    points = rise
                ),
                t_in!(words, "analysis-worsening-rule-patient", weeks = *weeks),
            ]
        } else {
            vec![t_in!(
                words,
                "analysis-worsening-clinician",
                means = means,
                limit = limit,
                baseline = baseline,
                points = rise,
                weeks = *weeks
            )]
        }
    }

    /// "Nothing logged since 2026-10-20 (35 days); ..." for a diary gone quiet.
    fn quiet(self, last_entry: Option<NaiveDate>, days: u32, quiet_after: u16) -> String {
        let (words, voice) = (self.words(), self.key());
        if let Some(d) = last_entry {
            t_in!(
                words,
                "analysis-quiet",
                voice = voice,
                date = d.to_string(),
                days = days,
                quiet_after = quiet_after
            )
        } else {
            t_in!(
                words,
                "analysis-quiet-never",
                voice = voice,
                days = days,
                quiet_after = quiet_after
            )
        }
    }

    /// Where the programme stands before a decision can be made: its week and the decision
    /// point, or the check-in.
    fn programme_week(self, f: &Finding) -> String {
        let (words, voice) = (self.words(), self.key());
        match f {
            Finding::DecisionTooFewEntries {
                week,
                decision_week: dw,
            } => t_in!(
                words,
                "analysis-decision-too-few-entries",
                voice = voice,
                week = *week,
                decision_week = *dw
            ),
            Finding::NotStarted {
                decision_week: dw,
                decision_date,
            } => t_in!(
                words,
                "analysis-not-started",
                voice = voice,
                decision_week = *dw,
                date = self.date(*decision_date)
            ),
            Finding::BeforeDecision {
                week,
                decision_week: dw,
                decision_date,
            } => t_in!(
                words,
                "analysis-before-decision",
                voice = voice,
                week = *week,
                decision_week = *dw,
                date = self.date(*decision_date)
            ),
            Finding::CheckIn { week } => {
                t_in!(words, "analysis-check-in", voice = voice, week = *week)
            }
            _ => String::new(),
        }
    }

    fn sessions(self, pct_done: Option<f64>, done: u32, prescribed: f64, min: f64) -> String {
        let (words, voice) = (self.words(), self.key());
        let Some(p) = pct_done else {
            return t_in!(words, "analysis-sessions-none", voice = voice);
        };
        t_in!(
            words,
            "analysis-sessions",
            voice = voice,
            pct = self.pct(p),
            done = done,
            prescribed = sessions_count(self.lang, prescribed),
            min = self.pct(min)
        )
    }

    fn pain_line(self, f: &Finding) -> String {
        let (words, voice) = (self.words(), self.key());
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
                let source = match source {
                    BaselineSource::FirstDays => "first-days",
                    BaselineSource::DaysBefore => "days-before",
                };
                t_in!(
                    words,
                    "analysis-pain",
                    voice = voice,
                    baseline = self.pain(*baseline),
                    source = source,
                    current = self.pain(*current),
                    days = *current_days,
                    change = change_words(self.lang, change),
                    target_points = self.points(*target_points),
                    target_pct = self.pct(*target_pct)
                )
            }
            Finding::PainTooFewEntries {
                baseline_min_entries: bn,
                baseline_days: bd,
                baseline_logged: bl,
                current_min_entries: cn,
                current_days: cd,
                current_logged: cl,
            } => t_in!(
                words,
                "analysis-pain-too-few",
                voice = voice,
                baseline_min = *bn,
                baseline_days = *bd,
                baseline_logged = *bl,
                current_min = *cn,
                current_days = *cd,
                current_logged = *cl
            ),
            _ => String::new(),
        }
    }

    /// At or after the decision point: what the log shows against the programme.
    fn decision(self, f: &Finding) -> String {
        let (words, voice) = (self.words(), self.key());
        match f {
            Finding::TooFewSessions {
                at,
                pct: done,
                min_pct,
            } => t_in!(
                words,
                "analysis-too-few-sessions",
                voice = voice,
                after = self.after(*at),
                done = self.pct(*done),
                min = self.pct(*min_pct)
            ),
            Finding::ChangeNotReached { at, pct: done } => t_in!(
                words,
                "analysis-change-not-reached",
                voice = voice,
                after = self.after(*at),
                done = self.pct(*done)
            ),
            Finding::ChangeReached { at, pct: done } => t_in!(
                words,
                "analysis-change-reached",
                voice = voice,
                after = self.after(*at),
                done = self.pct(*done)
            ),
            _ => String::new(),
        }
    }

    /// The patient is told the programme's next step; the clinician's wording of the status
    /// ([`super::escalation::StatusKind::meaning_in`]) already says it, so the clinician's
    /// reasons do not repeat it.
    fn next_steps_due(self) -> Option<String> {
        self.patient()
            .then(|| t_in!(self.words(), "analysis-next-steps-patient"))
    }

    fn psfs(self, change: f64, important: f64) -> String {
        t_in!(
            self.words(),
            "analysis-psfs",
            voice = self.key(),
            direction = if change >= 0.0 { "rose" } else { "fell" },
            by = self.points(change.abs()),
            important = self.points(important)
        )
    }

    fn injection(self, f: &Finding) -> String {
        let (words, voice) = (self.words(), self.key());
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
            } => t_in!(
                words,
                "analysis-injection",
                voice = voice,
                date = self.date(*date),
                before = self.pain(*before),
                before_days = *before_days,
                now = self.pain(*now),
                // The days its current pain is taken from: "over the last 14 days", or,
                // once the measuring window after it has closed, "in the 14 days to
                // 2026-03-01".
                ongoing = if *now_ongoing { "yes" } else { "no" },
                now_days = *now_days,
                now_to = now_to.to_string(),
                change = change_words(self.lang, change)
            ),
            Finding::InjectionNotMeasured {
                date,
                before_min_entries: bn,
                before_days: bd,
                after_min_entries: an,
            } => t_in!(
                words,
                "analysis-injection-not-measured",
                voice = voice,
                date = self.date(*date),
                before_min = *bn,
                before_days = *bd,
                after_min = *an
            ),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::StatusKind;
    use crate::analysis::findings::WeekPain;

    #[test]
    fn sessions_are_counted_whole() {
        assert_eq!(sessions_count(Lang::En, 6.0), "6");
        assert_eq!(sessions_count(Lang::En, 6.4), "about 6");
        assert_eq!(sessions_count(Lang::En, 6.6), "about 7");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(num(2.0, 2), "2");
        assert_eq!(num(2.5, 2), "2.5");
        assert_eq!(num(40.0 / 7.0, 2), "5.71");
        assert_eq!(num(-0.001, 2), "0");
        assert_eq!(pct(Lang::En, 70.0), "70 %");
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
                status.headline_in(Lang::En, Voice::Clinician),
                status.meaning_in(Lang::En, Voice::Clinician),
            ] {
                assert!(
                    !SECOND_PERSON.iter().any(|w| text.contains(w)),
                    "{status:?}: {text}"
                );
            }
            assert_eq!(
                status.headline_in(Lang::En, Voice::Patient),
                status.headline(Lang::En)
            );
            assert_ne!(
                status.headline_in(Lang::En, Voice::Clinician),
                status.headline(Lang::En),
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
            let clinician = p.reasons_in(Lang::En, Voice::Clinician);
            assert_eq!(
                p.reasons_in(Lang::En, Voice::Patient),
                patient(Lang::En, &p.status().findings)
            );
            assert_eq!(
                clinician,
                render(Lang::En, &p.status().findings, Voice::Clinician)
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
                    clinician.iter().any(|l| l.contains(&pain(Lang::En, b))),
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
            let mine = patient(Lang::En, std::slice::from_ref(finding));
            let theirs = clinician(Lang::En, std::slice::from_ref(finding));
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
    fn every_finding_is_worded_in_every_language_with_its_numbers_written_as_there() {
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            for (finding, _) in every_finding() {
                for voice in [Voice::Patient, Voice::Clinician] {
                    let english = render(Lang::En, std::slice::from_ref(&finding), voice);
                    let theirs = render(lang, std::slice::from_ref(&finding), voice);
                    assert_eq!(theirs.len(), english.len(), "{lang} {voice:?} {finding:?}");
                    for (t, e) in theirs.iter().zip(&english) {
                        assert_ne!(t, e, "{lang} {voice:?}: still English");
                        assert!(!t.contains("analysis-"), "{lang}: a missing message: {t}");
                    }
                }
            }
        }
        // Decimals and percentages as each language writes them; the patient's days in full.
        let worsening = &signs()[3].0;
        let de = patient(Lang::De, std::slice::from_ref(worsening));
        assert!(de[0].contains("7,25") && de[0].contains("6,5"), "{de:?}");
        assert!(de[0].contains("Dienstag, 24. November 2026"), "{de:?}");
        let sessions = &measures()[0].0;
        let fr = clinician(Lang::Fr, std::slice::from_ref(sessions));
        assert!(
            fr[0].starts_with("Séances : 75,5\u{202f}% de celles prescrites"),
            "{fr:?}"
        );
        assert!(fr[0].contains("environ 36"), "{fr:?}");
        let es = patient(Lang::Es, std::slice::from_ref(sessions));
        assert!(es[0].contains("75,5\u{a0}%"), "{es:?}");
        assert_eq!(
            StatusKind::SeekCareNow.headline_in(Lang::Fr, Voice::Patient),
            "Consultez sans attendre"
        );
        assert_eq!(points(Lang::Fr, 1.5), "1,5 point");
        assert_eq!(points(Lang::De, 1.5), "1,5 Punkte");
        assert_eq!(points(Lang::En, 1.0), "1 point");
    }

    #[test]
    fn findings_read_back_from_their_json() {
        let all: Vec<Finding> = every_finding().into_iter().map(|(f, _)| f).collect();
        let json = serde_json::to_string(&all).unwrap();
        assert!(json.contains(r#""finding":"warning_sign""#), "{json}");
        let back: Vec<Finding> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, all);
        assert_eq!(patient(Lang::En, &back), patient(Lang::En, &all));
    }
}
