//! The programme: exercises, their levels and doses, how often, and the numbers the
//! clinician set for pain monitoring and for the escalation rule.

use crate::i18n::{Lang, Words};
use crate::{t, t_in};

mod words;
use chrono::Weekday;
use serde::{Deserialize, Serialize};

/// The whole plan, as the clinician set it (or the default one shipped with the app).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// A short title, such as "Hip strengthening, default plan".
    pub name: String,
    /// Sessions prescribed each week.
    pub sessions_per_week: u8,
    /// The days sessions are due on, such as Monday, Wednesday, Friday.
    pub training_days: Vec<Weekday>,
    /// The pain-monitoring traffic light.
    pub pain_bands: PainBands,
    /// When the log is checked against the plan, and against which numbers.
    pub escalation: EscalationRule,
    /// The exercises, in the order they are done.
    pub exercises: Vec<Exercise>,
}

/// The traffic-light thresholds (after Silbernagel 2007).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PainBands {
    /// Pain during exercise up to this is green ("safe").
    pub safe_max: u8,
    /// Pain during exercise up to this is amber ("acceptable"); above it is red.
    pub acceptable_max: u8,
    /// Next-morning pain this many points above the usual morning pain is amber.
    pub morning_amber_rise: u8,
    /// Next-morning pain this many points (or more) above usual is red.
    pub morning_red_rise: u8,
    /// Days of morning scores the usual morning pain is taken from.
    pub usual_morning_days: u8,
    /// Fewest morning scores needed for a usual value; with fewer, pain during is used.
    pub usual_morning_min_entries: u8,
}

/// The escalation rule's numbers (clinical reference §5). All are the clinician's to change.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationRule {
    /// Baseline: the mean of daily worst pain over this many first days.
    pub baseline_days: u16,
    /// Fewest diary entries in those days for a baseline.
    pub baseline_min_entries: u16,
    /// Current pain: the mean of daily worst pain over this many last days.
    pub current_days: u16,
    /// Fewest diary entries in those days for a current value.
    pub current_min_entries: u16,
    /// An improvement of at least this many points counts as important.
    pub important_change_points: f64,
    /// An improvement of at least this share of the baseline (in %) counts as important.
    pub important_change_pct: f64,
    /// Adherence below this (in %) means the programme was not really tried.
    pub adherence_min_pct: f64,
    /// The week of the check-in.
    pub checkin_week: u16,
    /// The week of the decision point.
    pub decision_week: u16,
    /// A PSFS gain of at least this many points counts as important.
    pub psfs_important_change: f64,
    /// Weekly mean worst pain this many points above baseline counts as worse.
    pub worsening_points: f64,
    /// ... for this many weeks running.
    pub worsening_weeks: u16,
    /// After this many days without any entry the diary counts as gone quiet: the status
    /// says so instead of judging the plan on entries that stopped. Left out of the file
    /// when it is the default ([`DEFAULT_QUIET_DAYS`]), so files stay as before.
    #[serde(
        default = "default_quiet_days",
        skip_serializing_if = "is_default_quiet_days"
    )]
    pub quiet_days: u16,
}

/// Days without an entry after which a diary counts as gone quiet, unless the programme
/// sets another number: one week. With the default current-pain window (the last 14 days,
/// at least 7 of them with an entry), a week without entries is when the current pain can
/// no longer be worked out, so the status could no longer be judged on recent days.
pub const DEFAULT_QUIET_DAYS: u16 = 7;

fn default_quiet_days() -> u16 {
    DEFAULT_QUIET_DAYS
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_default_quiet_days(days: &u16) -> bool {
    *days == DEFAULT_QUIET_DAYS
}

/// One exercise of the programme, with its ladder of levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// A stable identifier, such as `hip_thrust`; logs refer to it.
    pub id: String,
    /// The name shown to the patient.
    pub name: String,
    /// What can be added to make it harder.
    pub load_kind: LoadKind,
    /// Done and logged per side.
    pub one_sided: bool,
    /// Part of the current plan (the clinician may enable a subset).
    pub enabled: bool,
    /// Held at its level by the clinician: no progression is offered.
    pub locked: bool,
    /// The current level, counted from 1.
    pub level: u8,
    /// The levels, easiest first.
    pub levels: Vec<Level>,
    /// How it is drawn, when the app's own drawing for its id does not fit (a new exercise,
    /// or one done like a built-in exercise of another id). Left out of the file when there
    /// is none, so files stay as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<super::picture::PictureRef>,
}

/// The kind of load an exercise takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoadKind {
    /// Body weight, optionally with a dumbbell, barbell or ankle weight (logged in kg).
    Weight,
    /// A resistance band.
    Band,
}

/// One step of an exercise's ladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// A short name, such as "Supported sit-to-box".
    pub name: String,
    /// How to do it, in plain words.
    pub instructions: String,
    /// The one thing to keep in mind.
    pub cue: String,
    /// How much.
    pub dose: Dose,
}

/// Sets and what each set holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dose {
    /// Fewest sets.
    pub sets_min: u8,
    /// Most sets.
    pub sets_max: u8,
    /// What one set is.
    pub target: Target,
}

/// What one set of an exercise is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// Repetitions, from `min` to `max`.
    Reps {
        /// Fewest.
        min: u16,
        /// Most.
        max: u16,
    },
    /// One isometric hold of `min` to `max` seconds.
    HoldSecs {
        /// Shortest.
        min: u16,
        /// Longest.
        max: u16,
    },
}

impl Dose {
    /// The dose in a few words in the current language, such as "3 sets of 12 to 15 reps"
    /// or "3 to 5 holds of 5 to 10 seconds".
    #[must_use]
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::current())
    }

    /// The dose in a few words in these words' language.
    #[must_use]
    pub fn describe_in(&self, words: &Words) -> String {
        let (sets_min, sets_max) = (u16::from(self.sets_min), u16::from(self.sets_max));
        let sets = range_text(words, sets_min, sets_max);
        match self.target {
            Target::Reps { min, max } => t_in!(
                words,
                "core-dose-reps",
                sets = sets,
                sets_max = sets_max,
                reps = range_text(words, min, max),
                reps_max = max
            ),
            Target::HoldSecs { min, max } => t_in!(
                words,
                "core-dose-holds",
                sets = sets,
                sets_max = sets_max,
                secs = range_text(words, min, max),
                secs_max = max
            ),
        }
    }

    /// The dose in English whatever the language, for the FHIR export's text (language-neutral).
    #[must_use]
    pub fn describe_neutral(&self) -> String {
        self.describe_in(Words::for_language(crate::i18n::Lang::En))
    }
}

/// "12" or "12 to 15".
fn range_text(words: &Words, min: u16, max: u16) -> String {
    if min == max {
        min.to_string()
    } else {
        t_in!(
            words,
            "core-range",
            min = min.to_string(),
            max = max.to_string()
        )
    }
}

/// The default programme shipped with the app (`data/programme.ron`), as text.
pub const DEFAULT_PROGRAMME_RON: &str = include_str!("../../../../data/programme.ron");

impl Exercise {
    /// The current level, clamped to the ladder (validation keeps it in range).
    #[must_use]
    pub fn current(&self) -> Option<&Level> {
        let index = usize::from(self.level.max(1)) - 1;
        self.levels.get(index).or_else(|| self.levels.last())
    }
}

impl Programme {
    /// The default programme of the clinical reference, in the current language: the
    /// programme a new patient starts with (set-up copies it into their own file).
    pub fn default_programme() -> Result<Self, ProgrammeError> {
        Self::default_programme_in(crate::i18n::language())
    }

    /// The default programme with its words (title, exercise names, each level's name,
    /// instructions and cue) in this language. English is `data/programme.ron` as written;
    /// the other languages change only those words, never an id, number, dose or picture.
    pub fn default_programme_in(lang: Lang) -> Result<Self, ProgrammeError> {
        let mut programme: Self = ron::from_str(DEFAULT_PROGRAMME_RON).map_err(|e| {
            ProgrammeError(vec![t!(
                "core-programme-builtin-broken",
                error = e.to_string()
            )])
        })?;
        if lang != Lang::En {
            words::translate(&mut programme, Words::for_language(lang));
        }
        programme.validate()?;
        Ok(programme)
    }

    /// The exercise with this id.
    #[must_use]
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// Whether an exercise carries a picture of its own ([`Exercise::picture`]): a file
    /// holding one is written in a newer version, which older versions of the app refuse
    /// as newer rather than as damaged.
    #[must_use]
    pub fn carries_pictures(&self) -> bool {
        self.exercises.iter().any(|e| e.picture.is_some())
    }

    /// The exercises the patient does now.
    pub fn enabled(&self) -> impl Iterator<Item = &Exercise> {
        self.exercises.iter().filter(|e| e.enabled)
    }

    /// Whether a session is due on this day of the week.
    #[must_use]
    pub fn is_training_day(&self, day: Weekday) -> bool {
        self.training_days.contains(&day)
    }

    /// Checks the programme makes sense, listing every problem found.
    pub fn validate(&self) -> Result<(), ProgrammeError> {
        let problems: Vec<String> = self.problems().into_iter().map(|p| p.text).collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ProgrammeError(problems))
        }
    }

    /// Every problem, each with the part of the programme it is in, so an editor can show
    /// it at the field to change. [`Self::validate`] lists the same.
    #[must_use]
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.band_problems(&mut problems);
        self.rule_problems(&mut problems);
        self.exercise_problems(&mut problems);
        problems
    }

    /// Problems with the sessions a week and the pain bands.
    fn band_problems(&self, out: &mut Vec<Problem>) {
        let mut push = |at: ProblemAt, text: String| out.push(Problem { at, text });
        if self.sessions_per_week == 0 || self.sessions_per_week > 14 {
            push(
                ProblemAt::SessionsPerWeek,
                t!(
                    "core-programme-sessions-range",
                    given = self.sessions_per_week.to_string()
                ),
            );
        }
        let b = &self.pain_bands;
        if b.safe_max > b.acceptable_max || b.acceptable_max > 10 {
            push(ProblemAt::PainDuring, t!("core-programme-bands-rise"));
        }
        if b.morning_amber_rise == 0 || b.morning_amber_rise >= b.morning_red_rise {
            push(ProblemAt::MorningRise, t!("core-programme-morning-rise"));
        }
        if b.usual_morning_days == 0 || b.usual_morning_min_entries > b.usual_morning_days {
            push(ProblemAt::UsualMorning, t!("core-programme-usual-morning"));
        }
    }

    /// Problems with the escalation rule: its windows, weeks and thresholds.
    fn rule_problems(&self, out: &mut Vec<Problem>) {
        let mut push = |at: ProblemAt, text: String| out.push(Problem { at, text });
        let e = &self.escalation;
        if e.baseline_days == 0 || e.baseline_min_entries > e.baseline_days {
            push(
                ProblemAt::StartingPain,
                t!("core-programme-starting-entries"),
            );
        }
        if e.current_days == 0 || e.current_min_entries > e.current_days {
            push(ProblemAt::CurrentPain, t!("core-programme-current-entries"));
        }
        if e.quiet_days == 0 {
            push(ProblemAt::Thresholds, t!("core-programme-quiet-days"));
        }
        if e.checkin_week > e.decision_week || e.decision_week == 0 {
            push(ProblemAt::Weeks, t!("core-programme-weeks"));
        }
        let bad = |v: f64| !v.is_finite() || v < 0.0;
        if bad(e.important_change_points) {
            push(ProblemAt::Thresholds, t!("core-programme-threshold-points"));
        }
        if bad(e.important_change_pct) {
            push(ProblemAt::Thresholds, t!("core-programme-threshold-pct"));
        }
        if bad(e.adherence_min_pct) {
            push(
                ProblemAt::Thresholds,
                t!("core-programme-threshold-adherence"),
            );
        }
        if bad(e.psfs_important_change) {
            push(ProblemAt::Thresholds, t!("core-programme-threshold-psfs"));
        }
        if bad(e.worsening_points) {
            push(
                ProblemAt::Thresholds,
                t!("core-programme-threshold-worsening"),
            );
        }
    }

    /// Problems with the exercises: ids, levels, doses and pictures.
    fn exercise_problems(&self, out: &mut Vec<Problem>) {
        let mut push = |at: ProblemAt, text: String| out.push(Problem { at, text });
        let mut seen = std::collections::HashSet::new();
        for ex in &self.exercises {
            let at = || ProblemAt::Exercise(ex.id.clone());
            if !seen.insert(ex.id.as_str()) {
                push(at(), t!("core-programme-id-twice", id = ex.id.as_str()));
            }
            if ex.levels.is_empty() {
                push(
                    at(),
                    t!("core-programme-no-levels", name = ex.name.as_str()),
                );
            } else if ex.level == 0 || usize::from(ex.level) > ex.levels.len() {
                push(
                    at(),
                    t!(
                        "core-programme-level-out",
                        name = ex.name.as_str(),
                        level = ex.level,
                        levels = ex.levels.len()
                    ),
                );
            }
            if let Some(super::picture::PictureRef::Drawn(drawn)) = &ex.picture
                && !drawn.iter().all(super::picture::Picture::is_sane)
            {
                push(
                    at(),
                    t!("core-programme-picture-bad", name = ex.name.as_str()),
                );
            }
            for level in &ex.levels {
                let d = level.dose;
                let (lo, hi) = match d.target {
                    Target::Reps { min, max } | Target::HoldSecs { min, max } => (min, max),
                };
                if d.sets_min == 0 || d.sets_min > d.sets_max || lo > hi || hi == 0 {
                    push(
                        at(),
                        t!(
                            "core-programme-dose-bad",
                            name = ex.name.as_str(),
                            level = level.name.as_str()
                        ),
                    );
                }
            }
        }
    }
}

/// A programme that does not make sense, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ProgrammeError(pub Vec<String>);

/// "the programme has problems: …", in the current language.
impl std::fmt::Display for ProgrammeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!("core-programme-problems", problems = self.0.join("; ")))
    }
}

/// Where in a programme a problem is: the field, or group of fields, to change.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProblemAt {
    /// Sessions a week.
    SessionsPerWeek,
    /// The pain-during limits of the traffic light.
    PainDuring,
    /// The next-morning rises of the traffic light.
    MorningRise,
    /// The usual morning pain's days and entries.
    UsualMorning,
    /// The starting pain's days and entries.
    StartingPain,
    /// The current pain's days and entries.
    CurrentPain,
    /// The check-in and decision weeks.
    Weeks,
    /// The rule's thresholds.
    Thresholds,
    /// One exercise, by its id.
    Exercise(String),
}

/// One problem with a programme, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub at: ProblemAt,
    /// What, in words (lower case, no full stop).
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_programme_parses_and_has_the_six_exercises_at_level_1() {
        let p = Programme::default_programme().unwrap();
        let ids: Vec<&str> = p.exercises.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "single_leg_squat",
                "crab_walk",
                "side_leg_raise",
                "lunge",
                "hip_thrust",
                "bulgarian_split_squat",
                "squat"
            ]
        );
        let enabled: Vec<&Exercise> = p.enabled().collect();
        assert_eq!(enabled.len(), 6, "plain squat is in the library but off");
        assert!(enabled.iter().all(|e| e.level == 1 && e.levels.len() == 3));
        assert_eq!(p.sessions_per_week, 3);
        assert_eq!((p.pain_bands.safe_max, p.pain_bands.acceptable_max), (3, 5));
        assert_eq!(
            (p.escalation.checkin_week, p.escalation.decision_week),
            (6, 12)
        );
        assert!((p.escalation.adherence_min_pct - 70.0).abs() < f64::EPSILON);
        // Level 1 is 2-3 sets of 12-15, the side-lying raise is an isometric hold.
        let squat = p.exercise("single_leg_squat").unwrap().current().unwrap();
        assert_eq!(squat.dose.describe(), "2 to 3 sets of 12 to 15 reps");
        let raise = p.exercise("side_leg_raise").unwrap().current().unwrap();
        assert_eq!(raise.dose.target, Target::HoldSecs { min: 5, max: 10 });
    }

    #[test]
    fn windows_need_no_more_entries_than_days() {
        let mut p = Programme::default_programme().unwrap();
        p.escalation.baseline_min_entries = p.escalation.baseline_days + 1;
        p.escalation.current_days = 0;
        p.pain_bands.usual_morning_min_entries = 30;
        let err = p.validate().unwrap_err();
        assert_eq!(err.0.len(), 3, "{err}");
        assert!(err.to_string().contains("starting pain"), "{err}");
    }

    #[test]
    fn validate_lists_every_problem() {
        let mut p = Programme::default_programme().unwrap();
        p.sessions_per_week = 0;
        p.exercises[0].level = 9;
        p.exercises[1].id = p.exercises[0].id.clone();
        let err = p.validate().unwrap_err();
        assert_eq!(err.0.len(), 3, "{err}");
    }
}
