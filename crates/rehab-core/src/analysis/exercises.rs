//! Per exercise: the level logged over time and the weekly volume. One pass over the sessions.

use super::pain::week_range;
use crate::model::{Amount, Journal, Load, Programme};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The day an exercise was first logged at a new level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LevelChange {
    /// The day.
    pub date: NaiveDate,
    /// The level logged that day (the highest, if logged twice).
    pub level: u8,
}

/// What one exercise added up to in one programme week.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeekVolume {
    /// The programme week, from 1.
    pub week: u32,
    /// Its first day.
    pub from: NaiveDate,
    /// Sessions that held the exercise.
    pub sessions: u32,
    /// Sets logged.
    pub sets: u32,
    /// Repetitions, all sets and sides together.
    pub reps: u32,
    /// Seconds held, all sets and sides together.
    pub hold_secs: u32,
    /// Reps x added kilograms, summed (0 for body weight and bands).
    pub load_kg_reps: f64,
    /// The heaviest added load, in kg.
    pub max_load_kg: Option<f64>,
    /// The highest level logged that week.
    pub max_level: u8,
}

/// One exercise's progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExerciseProgress {
    /// The programme's id.
    pub id: String,
    /// The name from the programme, or the id when the programme no longer has it.
    pub name: String,
    /// The level it started at, then each change, oldest first.
    pub levels: Vec<LevelChange>,
    /// Weeks in which it was logged, oldest first.
    pub weeks: Vec<WeekVolume>,
}

impl ExerciseProgress {
    /// The last level logged.
    #[must_use]
    pub fn last_level(&self) -> Option<u8> {
        self.levels.last().map(|l| l.level)
    }
}

/// Level progression and weekly volume of every exercise logged from `start` to `on`, in
/// the programme's order (exercises no longer in the programme last, by id).
#[must_use]
pub fn exercise_progress(
    journal: &Journal,
    programme: &Programme,
    start: NaiveDate,
    on: NaiveDate,
) -> Vec<ExerciseProgress> {
    let mut by_id: BTreeMap<&str, ExerciseProgress> = BTreeMap::new();
    for session in journal
        .sessions()
        .filter(|s| s.date >= start && s.date <= on)
    {
        let week = u32::try_from((session.date - start).num_days() / 7 + 1).unwrap_or(u32::MAX);
        for log in &session.exercises {
            let entry = by_id
                .entry(log.exercise_id.as_str())
                .or_insert_with(|| ExerciseProgress {
                    id: log.exercise_id.clone(),
                    name: programme
                        .exercise(&log.exercise_id)
                        .map_or_else(|| log.exercise_id.clone(), |e| e.name.clone()),
                    levels: Vec::new(),
                    weeks: Vec::new(),
                });
            let last = entry.levels.last().copied();
            if let Some(last) = last.filter(|l| l.date == session.date) {
                // Two logs of the exercise on one day: the higher level counts.
                if let Some(l) = entry.levels.last_mut() {
                    l.level = last.level.max(log.level);
                }
            } else if last.is_none_or(|l| l.level != log.level) {
                entry.levels.push(LevelChange {
                    date: session.date,
                    level: log.level,
                });
            }
            if entry.weeks.last().is_none_or(|w| w.week != week) {
                entry.weeks.push(WeekVolume {
                    week,
                    from: week_range(start, week).0,
                    sessions: 0,
                    sets: 0,
                    reps: 0,
                    hold_secs: 0,
                    load_kg_reps: 0.0,
                    max_load_kg: None,
                    max_level: 0,
                });
            }
            if let Some(w) = entry.weeks.last_mut() {
                w.sessions += 1;
                w.max_level = w.max_level.max(log.level);
                for set in &log.sets {
                    w.sets += 1;
                    let reps = match set.amount {
                        Amount::Reps(r) => {
                            w.reps += u32::from(r.get());
                            r.get()
                        }
                        Amount::HoldSecs(s) => {
                            w.hold_secs += u32::from(s.get());
                            0
                        }
                    };
                    if let Load::Kg(kg) = set.load {
                        w.load_kg_reps += kg.kg() * f64::from(reps);
                        w.max_load_kg = Some(w.max_load_kg.map_or(kg.kg(), |m| m.max(kg.kg())));
                    }
                }
            }
        }
    }
    // A level change within a day can leave two entries at the same level in a row.
    for e in by_id.values_mut() {
        e.levels.dedup_by_key(|l| l.level);
    }
    let mut out = Vec::with_capacity(by_id.len());
    for ex in &programme.exercises {
        if let Some(p) = by_id.remove(ex.id.as_str()) {
            out.push(p);
        }
    }
    out.extend(by_id.into_values());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testkit::{JournalBuilder, day, programme, start};

    #[test]
    fn levels_record_each_change_and_volume_adds_up_by_week() {
        let mut j = JournalBuilder::new();
        j.session_with(0, 2, None, "hip_thrust", 1, None)
            .session_with(2, 2, None, "hip_thrust", 1, None)
            .session_with(7, 2, None, "hip_thrust", 2, Some(5.0))
            .session_with(9, 2, None, "hip_thrust", 2, Some(7.5))
            .session_with(9, 2, None, "lunge", 1, None)
            .session_with(30, 2, None, "hip_thrust", 3, None);
        let p = exercise_progress(&j.journal, &programme(), start(), day(20));
        assert_eq!(p.len(), 2);
        // Programme order: the lunge comes before the hip thrust.
        assert_eq!(p[0].id, "lunge");
        let thrust = &p[1];
        assert_eq!(thrust.name, "Hip thrust");
        assert_eq!(
            thrust.levels,
            [
                LevelChange {
                    date: day(0),
                    level: 1
                },
                LevelChange {
                    date: day(7),
                    level: 2
                }
            ]
        );
        assert_eq!(thrust.last_level(), Some(2));
        assert_eq!(thrust.weeks.len(), 2);
        let w1 = thrust.weeks[0];
        assert_eq!((w1.week, w1.sessions, w1.sets, w1.reps), (1, 2, 4, 48));
        assert_eq!(w1.max_load_kg, None);
        let w2 = thrust.weeks[1];
        assert_eq!(w2.max_load_kg, Some(7.5));
        assert!((w2.load_kg_reps - (5.0 * 24.0 + 7.5 * 24.0)).abs() < 1e-9);
        assert_eq!(w2.max_level, 2);
    }
}
