//! Which programme was in force on which dates, and what changed between two programmes.
//!
//! The patient's programme changes when they accept a programme from their clinician. The
//! one it replaces is kept, with the last day it was in force, so each period of the journal
//! is judged against the plan that was in force then.

use super::programme::{Dose, EscalationRule, Exercise, PainBands, Programme, ProgrammeError};
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
                problems.extend(
                    err.0
                        .into_iter()
                        .map(|p| format!("the programme in force until {}: {p}", e.until)),
                );
            }
            if i > 0 && self.earlier[i - 1].until >= e.until {
                problems.push(format!(
                    "the earlier programmes are not in date order ({} comes after {})",
                    e.until,
                    self.earlier[i - 1].until
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

/// What changed from `old` to `new`, one line each, in plain words.
#[must_use]
pub fn changes(old: &Programme, new: &Programme) -> Vec<String> {
    let mut out = Vec::new();
    if old.name != new.name {
        out.push(format!("Programme name: now \"{}\".", new.name));
    }
    if old.sessions_per_week != new.sessions_per_week {
        out.push(format!(
            "Sessions a week: from {} to {}.",
            old.sessions_per_week, new.sessions_per_week
        ));
    }
    if old.training_days != new.training_days {
        let days: Vec<String> = new.training_days.iter().map(ToString::to_string).collect();
        out.push(format!("Training days: now {}.", days.join(", ")));
    }
    band_changes(old.pain_bands, new.pain_bands, &mut out);
    rule_changes(&old.escalation, &new.escalation, &mut out);
    for ex in &new.exercises {
        match old.exercise(&ex.id) {
            None => out.push(format!(
                "{}: new exercise{}.",
                ex.name,
                if ex.enabled { "" } else { " (not switched on)" }
            )),
            Some(before) => exercise_changes(before, ex, &mut out),
        }
    }
    for ex in &old.exercises {
        if new.exercise(&ex.id).is_none() {
            out.push(format!("{}: taken out of the programme.", ex.name));
        }
    }
    out
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn band_changes(old: PainBands, new: PainBands, out: &mut Vec<String>) {
    let pairs: [(&str, u8, u8); 6] = [
        (
            "Pain during exercise still counted as safe (green)",
            old.safe_max,
            new.safe_max,
        ),
        (
            "Pain during exercise still counted as acceptable (amber)",
            old.acceptable_max,
            new.acceptable_max,
        ),
        (
            "Rise in next-morning pain that turns a session amber",
            old.morning_amber_rise,
            new.morning_amber_rise,
        ),
        (
            "Rise in next-morning pain that turns a session red",
            old.morning_red_rise,
            new.morning_red_rise,
        ),
        (
            "Days of mornings that make your usual morning pain",
            old.usual_morning_days,
            new.usual_morning_days,
        ),
        (
            "Fewest morning scores for a usual morning pain",
            old.usual_morning_min_entries,
            new.usual_morning_min_entries,
        ),
    ];
    for (what, a, b) in pairs {
        if a != b {
            out.push(format!("{what}: from {a} to {b}."));
        }
    }
}

fn rule_changes(old: &EscalationRule, new: &EscalationRule, out: &mut Vec<String>) {
    let whole: [(&str, u16, u16); 8] = [
        (
            "Days the starting pain is taken from",
            old.baseline_days,
            new.baseline_days,
        ),
        (
            "Fewest diary entries for a starting pain",
            old.baseline_min_entries,
            new.baseline_min_entries,
        ),
        (
            "Days the current pain is taken from",
            old.current_days,
            new.current_days,
        ),
        (
            "Fewest diary entries for a current pain",
            old.current_min_entries,
            new.current_min_entries,
        ),
        ("Check-in week", old.checkin_week, new.checkin_week),
        ("Decision week", old.decision_week, new.decision_week),
        (
            "Weeks running of worse pain that mean getting in touch",
            old.worsening_weeks,
            new.worsening_weeks,
        ),
        (
            "Days without an entry before the diary counts as gone quiet",
            old.quiet_days,
            new.quiet_days,
        ),
    ];
    for (what, a, b) in whole {
        if a != b {
            out.push(format!("{what}: from {a} to {b}."));
        }
    }
    let parts: [(&str, f64, f64, &str); 5] = [
        (
            "Improvement that counts as important",
            old.important_change_points,
            new.important_change_points,
            " points",
        ),
        (
            "Improvement that counts as important, as a share of the start",
            old.important_change_pct,
            new.important_change_pct,
            "%",
        ),
        (
            "Share of sessions needed for the plan to count as tried",
            old.adherence_min_pct,
            new.adherence_min_pct,
            "%",
        ),
        (
            "Gain in the activity scores (PSFS) that counts as important",
            old.psfs_important_change,
            new.psfs_important_change,
            " points",
        ),
        (
            "Rise in weekly pain above the start that counts as worse",
            old.worsening_points,
            new.worsening_points,
            " points",
        ),
    ];
    for (what, a, b, unit) in parts {
        if (a - b).abs() > f64::EPSILON {
            out.push(format!(
                "{what}: from {}{unit} to {}{unit}.",
                number(a),
                number(b)
            ));
        }
    }
}

fn exercise_changes(old: &Exercise, new: &Exercise, out: &mut Vec<String>) {
    let name = &new.name;
    if old.name != new.name {
        out.push(format!("{}: now called {name}.", old.name));
    }
    if old.enabled != new.enabled {
        out.push(if new.enabled {
            format!("{name}: switched on.")
        } else {
            format!("{name}: switched off.")
        });
    }
    if old.level != new.level {
        let level_name = new
            .current()
            .map_or(String::new(), |l| format!(" ({})", l.name));
        out.push(format!(
            "{name}: level {} to level {}{level_name}.",
            old.level, new.level
        ));
    }
    if old.locked != new.locked {
        out.push(if new.locked {
            format!("{name}: held at its level (no moving up for now).")
        } else {
            format!("{name}: free to move up a level again.")
        });
    }
    for (i, level) in new.levels.iter().enumerate() {
        let before: Option<Dose> = old.levels.get(i).map(|l| l.dose);
        if before != Some(level.dose) {
            out.push(format!(
                "{name}, level {} ({}): now {}.",
                i + 1,
                level.name,
                level.dose.describe()
            ));
        } else if old.levels.get(i).is_some_and(|l| l != level) {
            out.push(format!(
                "{name}, level {}: new wording ({}).",
                i + 1,
                level.name
            ));
        }
    }
    if new.levels.len() < old.levels.len() {
        out.push(format!(
            "{name}: now {} levels instead of {}.",
            new.levels.len(),
            old.levels.len()
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
