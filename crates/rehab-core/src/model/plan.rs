//! Which programme was in force on which dates, and what changed between two programmes.
//!
//! The patient's programme changes when they accept a programme from their clinician. The
//! one it replaces is kept, with the last day it was in force, so each period of the journal
//! is judged against the plan that was in force then.

use super::programme::{Dose, EscalationRule, Exercise, PainBands, Programme, ProgrammeError};
use crate::i18n::{self, format};
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A programme that was in force before the current one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlierProgramme {
    /// The last day it was in force.
    pub until: NaiveDate,
    /// The programme.
    pub programme: Programme,
}

/// The programme in force and the ones before it, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeRecord {
    /// The programme in force now.
    pub programme: Programme,
    /// Earlier programmes, oldest first, each with the last day it was in force.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<EarlierProgramme>,
    /// The clinician pinned by the first signed programme the patient took up: later
    /// programmes must carry their signature, and exports can be encrypted to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clinician: Option<Clinician>,
}

/// A clinician as their signed programmes name them: a name and two public keys. Plain
/// text here; `crate::handoff` reads the keys and checks signatures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clinician {
    /// The name the clinician gave (one line), shown to the patient.
    pub name: String,
    /// Their minisign public key (`RW…`): their programmes are signed with its secret half.
    pub signing_key: String,
    /// Their age recipient (`age1…`): exports encrypted to it open only with their identity.
    pub recipient: String,
}

impl ProgrammeRecord {
    /// A record with no earlier programmes.
    #[must_use]
    pub fn new(programme: Programme) -> Self {
        Self {
            programme,
            earlier: Vec::new(),
            clinician: None,
        }
    }

    /// Borrowed view for the analysis.
    #[must_use]
    pub fn view(&self) -> Programmes<'_> {
        Programmes {
            current: &self.programme,
            earlier: &self.earlier,
        }
    }

    /// Checks every programme, and that the earlier ones are in date order.
    pub fn validate(&self) -> Result<(), ProgrammeError> {
        let mut problems = Vec::new();
        if let Err(e) = self.programme.validate() {
            problems.extend(e.0);
        }
        for (i, e) in self.earlier.iter().enumerate() {
            if let Err(err) = e.programme.validate() {
                problems.extend(err.0.into_iter().map(|p| {
                    t!(
                        "core-programme-earlier-problem",
                        until = e.until.to_string(),
                        problem = p
                    )
                }));
            }
            if i > 0 && self.earlier[i - 1].until >= e.until {
                problems.push(t!(
                    "core-programme-earlier-order",
                    until = e.until.to_string(),
                    before = self.earlier[i - 1].until.to_string()
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ProgrammeError(problems))
        }
    }
}

/// Replaces `current` with `new` from the day `from`: the programme it replaces is kept
/// in `earlier` as in force until the day before. A programme that was in force for no
/// day at all (replaced on the day it started) is not kept.
pub fn adopt(
    current: &mut Programme,
    earlier: &mut Vec<EarlierProgramme>,
    new: Programme,
    from: NaiveDate,
) {
    let old = std::mem::replace(current, new);
    let Some(until) = from.pred_opt() else {
        return;
    };
    let started = earlier
        .last()
        .and_then(|e| e.until.succ_opt())
        .unwrap_or(NaiveDate::MIN);
    if started <= until {
        earlier.push(EarlierProgramme {
            until,
            programme: old,
        });
    }
}

/// The programme in force now and the earlier ones, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct Programmes<'a> {
    /// In force now (and on every day after the last earlier one).
    pub current: &'a Programme,
    /// Earlier ones, oldest first.
    pub earlier: &'a [EarlierProgramme],
}

impl<'a> Programmes<'a> {
    /// Only one programme, in force on every day.
    #[must_use]
    pub fn only(current: &'a Programme) -> Self {
        Self {
            current,
            earlier: &[],
        }
    }

    /// The programme in force on `date`.
    #[must_use]
    pub fn in_force(&self, date: NaiveDate) -> &'a Programme {
        self.earlier
            .iter()
            .find(|e| date <= e.until)
            .map_or(self.current, |e| &e.programme)
    }

    /// The first day of each programme after the first, with the programme.
    pub fn changes(&self) -> impl Iterator<Item = (NaiveDate, &'a Programme)> {
        let programmes = self
            .earlier
            .iter()
            .skip(1)
            .map(|e| &e.programme)
            .chain(std::iter::once(self.current));
        self.earlier
            .iter()
            .filter_map(|e| e.until.succ_opt())
            .zip(programmes)
    }
}

/// What changed from `old` to `new`, one line each, in plain words, in the current language.
#[must_use]
pub fn changes(old: &Programme, new: &Programme) -> Vec<String> {
    let mut out = Vec::new();
    if old.name != new.name {
        out.push(t!("core-change-name", name = new.name.as_str()));
    }
    if old.sessions_per_week != new.sessions_per_week {
        out.push(t!(
            "core-change-sessions",
            from = old.sessions_per_week,
            to = new.sessions_per_week
        ));
    }
    if old.training_days != new.training_days {
        let days: Vec<String> = new.training_days.iter().map(|d| day_name(*d)).collect();
        out.push(t!("core-change-days", days = days.join(", ")));
    }
    band_changes(old.pain_bands, new.pain_bands, &mut out);
    rule_changes(&old.escalation, &new.escalation, &mut out);
    for ex in &new.exercises {
        match old.exercise(&ex.id) {
            None if ex.enabled => out.push(t!("core-change-new-exercise", name = ex.name.as_str())),
            None => out.push(t!("core-change-new-exercise-off", name = ex.name.as_str())),
            Some(before) => exercise_changes(before, ex, &mut out),
        }
    }
    for ex in &old.exercises {
        if new.exercise(&ex.id).is_none() {
            out.push(t!("core-change-exercise-removed", name = ex.name.as_str()));
        }
    }
    out
}

/// A weekday's name in the current language.
fn day_name(day: chrono::Weekday) -> String {
    // 5 January 2026 is a Monday.
    NaiveDate::from_ymd_opt(2026, 1, 5)
        .and_then(|monday| {
            monday.checked_add_days(chrono::Days::new(u64::from(day.num_days_from_monday())))
        })
        .map_or_else(|| day.to_string(), |d| format::weekday(i18n::language(), d))
}

fn number(v: f64) -> String {
    format::decimal(i18n::language(), v, 1)
}

/// "What: from 3 to 4."
fn from_to(what: &str, from: &impl ToString, to: &impl ToString) -> String {
    t!(
        "core-change-from-to",
        what = what,
        from = from.to_string(),
        to = to.to_string()
    )
}

fn band_changes(old: PainBands, new: PainBands, out: &mut Vec<String>) {
    let pairs: [(String, u8, u8); 6] = [
        (t!("core-change-safe-max"), old.safe_max, new.safe_max),
        (
            t!("core-change-acceptable-max"),
            old.acceptable_max,
            new.acceptable_max,
        ),
        (
            t!("core-change-morning-amber"),
            old.morning_amber_rise,
            new.morning_amber_rise,
        ),
        (
            t!("core-change-morning-red"),
            old.morning_red_rise,
            new.morning_red_rise,
        ),
        (
            t!("core-change-usual-morning-days"),
            old.usual_morning_days,
            new.usual_morning_days,
        ),
        (
            t!("core-change-usual-morning-min"),
            old.usual_morning_min_entries,
            new.usual_morning_min_entries,
        ),
    ];
    for (what, a, b) in pairs {
        if a != b {
            out.push(from_to(&what, &a, &b));
        }
    }
}

fn rule_changes(old: &EscalationRule, new: &EscalationRule, out: &mut Vec<String>) {
    let whole: [(String, u16, u16); 8] = [
        (
            t!("core-change-baseline-days"),
            old.baseline_days,
            new.baseline_days,
        ),
        (
            t!("core-change-baseline-min"),
            old.baseline_min_entries,
            new.baseline_min_entries,
        ),
        (
            t!("core-change-current-days"),
            old.current_days,
            new.current_days,
        ),
        (
            t!("core-change-current-min"),
            old.current_min_entries,
            new.current_min_entries,
        ),
        (
            t!("core-change-checkin-week"),
            old.checkin_week,
            new.checkin_week,
        ),
        (
            t!("core-change-decision-week"),
            old.decision_week,
            new.decision_week,
        ),
        (
            t!("core-change-worsening-weeks"),
            old.worsening_weeks,
            new.worsening_weeks,
        ),
        (t!("core-change-quiet-days"), old.quiet_days, new.quiet_days),
    ];
    for (what, a, b) in whole {
        if a != b {
            out.push(from_to(&what, &a, &b));
        }
    }
    let points = |v: f64| t!("core-change-points", points = v, points_text = number(v));
    let pct = |v: f64| format::percent(i18n::language(), v, 1);
    let parts: [(String, String, String, bool); 5] = [
        (
            t!("core-change-important-points"),
            points(old.important_change_points),
            points(new.important_change_points),
            (old.important_change_points - new.important_change_points).abs() > f64::EPSILON,
        ),
        (
            t!("core-change-important-pct"),
            pct(old.important_change_pct),
            pct(new.important_change_pct),
            (old.important_change_pct - new.important_change_pct).abs() > f64::EPSILON,
        ),
        (
            t!("core-change-adherence"),
            pct(old.adherence_min_pct),
            pct(new.adherence_min_pct),
            (old.adherence_min_pct - new.adherence_min_pct).abs() > f64::EPSILON,
        ),
        (
            t!("core-change-psfs"),
            points(old.psfs_important_change),
            points(new.psfs_important_change),
            (old.psfs_important_change - new.psfs_important_change).abs() > f64::EPSILON,
        ),
        (
            t!("core-change-worsening-points"),
            points(old.worsening_points),
            points(new.worsening_points),
            (old.worsening_points - new.worsening_points).abs() > f64::EPSILON,
        ),
    ];
    for (what, a, b, changed) in parts {
        if changed {
            out.push(from_to(&what, &a, &b));
        }
    }
}

fn exercise_changes(old: &Exercise, new: &Exercise, out: &mut Vec<String>) {
    let name = new.name.as_str();
    if old.name != new.name {
        out.push(t!(
            "core-change-renamed",
            old = old.name.as_str(),
            name = name
        ));
    }
    if old.enabled != new.enabled {
        out.push(if new.enabled {
            t!("core-change-switched-on", name = name)
        } else {
            t!("core-change-switched-off", name = name)
        });
    }
    if old.level != new.level {
        out.push(new.current().map_or_else(
            || {
                t!(
                    "core-change-level",
                    name = name,
                    from = old.level,
                    to = new.level
                )
            },
            |level| {
                t!(
                    "core-change-level-named",
                    name = name,
                    from = old.level,
                    to = new.level,
                    level = level.name.as_str()
                )
            },
        ));
    }
    if old.locked != new.locked {
        out.push(if new.locked {
            t!("core-change-held", name = name)
        } else {
            t!("core-change-free", name = name)
        });
    }
    for (i, level) in new.levels.iter().enumerate() {
        let before: Option<Dose> = old.levels.get(i).map(|l| l.dose);
        if before != Some(level.dose) {
            out.push(t!(
                "core-change-dose",
                name = name,
                number = i + 1,
                level = level.name.as_str(),
                dose = level.dose.describe()
            ));
        } else if old.levels.get(i).is_some_and(|l| l != level) {
            out.push(t!(
                "core-change-wording",
                name = name,
                number = i + 1,
                level = level.name.as_str()
            ));
        }
    }
    if new.levels.len() < old.levels.len() {
        out.push(t!(
            "core-change-fewer-levels",
            name = name,
            count = new.levels.len(),
            before = old.levels.len()
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Target;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    #[test]
    fn in_force_picks_the_programme_of_each_day() {
        let first = Programme::default_programme().unwrap();
        let mut second = first.clone();
        second.sessions_per_week = 4;
        let mut third = first.clone();
        third.sessions_per_week = 5;
        let mut current = first.clone();
        let mut earlier = Vec::new();
        adopt(&mut current, &mut earlier, second.clone(), day(10));
        adopt(&mut current, &mut earlier, third.clone(), day(20));
        let p = Programmes {
            current: &current,
            earlier: &earlier,
        };
        assert_eq!(p.in_force(day(1)).sessions_per_week, 3);
        assert_eq!(p.in_force(day(9)).sessions_per_week, 3);
        assert_eq!(p.in_force(day(10)).sessions_per_week, 4);
        assert_eq!(p.in_force(day(19)).sessions_per_week, 4);
        assert_eq!(p.in_force(day(20)).sessions_per_week, 5);
        assert_eq!(p.in_force(day(31)).sessions_per_week, 5);
        let starts: Vec<(NaiveDate, u8)> = p
            .changes()
            .map(|(d, prog)| (d, prog.sessions_per_week))
            .collect();
        assert_eq!(starts, [(day(10), 4), (day(20), 5)]);
        let record = ProgrammeRecord {
            programme: current,
            earlier,
            clinician: None,
        };
        assert!(record.validate().is_ok());
    }

    #[test]
    fn a_programme_replaced_on_its_first_day_is_not_kept() {
        let first = Programme::default_programme().unwrap();
        let mut current = first.clone();
        let mut earlier = Vec::new();
        adopt(&mut current, &mut earlier, first.clone(), day(10));
        let mut again = first.clone();
        again.sessions_per_week = 2;
        adopt(&mut current, &mut earlier, again, day(10));
        assert_eq!(earlier.len(), 1);
        assert_eq!(earlier[0].until, day(9));
        assert_eq!(current.sessions_per_week, 2);
    }

    #[test]
    fn earlier_programmes_out_of_order_are_a_problem() {
        let p = Programme::default_programme().unwrap();
        let record = ProgrammeRecord {
            programme: p.clone(),
            earlier: vec![
                EarlierProgramme {
                    until: day(20),
                    programme: p.clone(),
                },
                EarlierProgramme {
                    until: day(10),
                    programme: p,
                },
            ],
            clinician: None,
        };
        let err = record.validate().unwrap_err();
        assert!(err.to_string().contains("date order"), "{err}");
    }

    #[test]
    fn changes_name_each_difference_in_plain_words() {
        let old = Programme::default_programme().unwrap();
        assert!(changes(&old, &old).is_empty());
        let mut new = old.clone();
        new.sessions_per_week = 4;
        new.pain_bands.acceptable_max = 4;
        new.escalation.decision_week = 10;
        new.escalation.important_change_pct = 25.0;
        new.exercises[0].level = 2;
        new.exercises[1].enabled = false;
        new.exercises[2].locked = true;
        new.exercises[3].levels[0].dose.target = Target::Reps { min: 8, max: 10 };
        let lines = changes(&old, &new);
        let text = lines.join("\n");
        assert_eq!(lines.len(), 8, "{text}");
        assert!(text.contains("Sessions a week: from 3 to 4."), "{text}");
        assert!(text.contains("acceptable (amber): from 5 to 4."), "{text}");
        assert!(text.contains("Decision week: from 12 to 10."), "{text}");
        assert!(text.contains("from 30% to 25%."), "{text}");
        assert!(
            text.contains("Single-leg squat: level 1 to level 2 (Unsupported to box)."),
            "{text}"
        );
        assert!(
            text.contains("Crab walk with band: switched off."),
            "{text}"
        );
        assert!(text.contains("held at its level"), "{text}");
        assert!(text.contains("8 to 10 reps"), "{text}");
    }
}
