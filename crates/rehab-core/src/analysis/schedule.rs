//! What is due when, and what a prescribed session holds.

use crate::i18n::{Lang, Words};
use crate::model::{
    Amount, Band, BandStrength, Exercise, ExerciseLog, HoldSecs, Journal, Load, LoadKind, Pain,
    Programme, Reps, Session, SetLog, Side, Target, Units,
};
use crate::t_in;
use chrono::{Datelike, NaiveDate, NaiveTime};
use std::fmt::Write as _;

/// Whether a session is due on `date`.
#[must_use]
pub fn due_on(programme: &Programme, date: NaiveDate) -> bool {
    programme.is_training_day(date.weekday())
}

/// The next day on or after `from` when a session is due, within two weeks.
#[must_use]
pub fn next_due(programme: &Programme, from: NaiveDate) -> Option<NaiveDate> {
    from.iter_days().take(14).find(|d| due_on(programme, *d))
}

/// The sets of the exercise's current prescription: the lower end of the dose, the
/// affected side first for one-sided exercises, body weight or a light band.
#[must_use]
pub fn prescribed_sets(exercise: &Exercise, affected: Side) -> Vec<SetLog> {
    let Some(level) = exercise.current() else {
        return Vec::new();
    };
    let amount = match level.dose.target {
        Target::Reps { min, .. } => Reps::new(i64::from(min)).map(Amount::Reps),
        Target::HoldSecs { min, .. } => HoldSecs::new(i64::from(min)).map(Amount::HoldSecs),
    };
    let Ok(amount) = amount else {
        return Vec::new();
    };
    let load = match exercise.load_kind {
        LoadKind::Weight => Load::Bodyweight,
        LoadKind::Band => Load::Band(Band {
            strength: BandStrength::Light,
            doubled: false,
        }),
    };
    let sides: &[Option<Side>] = if exercise.one_sided {
        &[Some(affected), Some(affected.other())]
    } else {
        &[None]
    };
    (0..level.dose.sets_min)
        .flat_map(|_| {
            sides.iter().map(move |side| SetLog {
                side: *side,
                amount,
                load,
            })
        })
        .collect()
}

/// The sets last logged for this exercise at its current level, to carry forward.
#[must_use]
pub fn last_sets(journal: &Journal, exercise: &Exercise) -> Option<Vec<SetLog>> {
    journal.sessions().rev().find_map(|s| {
        s.exercises
            .iter()
            .find(|e| {
                e.exercise_id == exercise.id && e.level == exercise.level && !e.sets.is_empty()
            })
            .map(|e| e.sets.clone())
    })
}

/// What "done as prescribed" fills in: the last sets at this level if there are any,
/// otherwise the prescription.
#[must_use]
pub fn sets_to_fill(journal: &Journal, exercise: &Exercise, affected: Side) -> Vec<SetLog> {
    last_sets(journal, exercise).unwrap_or_else(|| prescribed_sets(exercise, affected))
}

/// The easier dose offered after a red session for an exercise that cannot go down a level:
/// the sets [`sets_to_fill`] gives, each a quarter shorter (12 reps become 9, a 10-second
/// hold 8 seconds), at least one less and never below one, at the same load.
#[must_use]
pub fn easier_sets(journal: &Journal, exercise: &Exercise, affected: Side) -> Vec<SetLog> {
    let shorter = |n: u16| n.saturating_sub((n / 4).max(1)).max(1);
    sets_to_fill(journal, exercise, affected)
        .into_iter()
        .map(|set| {
            let amount = match set.amount {
                Amount::Reps(r) => {
                    Reps::new(i64::from(shorter(r.get()))).map_or(set.amount, Amount::Reps)
                }
                Amount::HoldSecs(h) => {
                    HoldSecs::new(i64::from(shorter(h.get()))).map_or(set.amount, Amount::HoldSecs)
                }
            };
            SetLog { amount, ..set }
        })
        .collect()
}

/// The sets of one exercise in a few words in `lang`, such as "2 × 12 each side, body
/// weight", "3 × 10, red (light) band" or "12, 12 and 10 reps, +5 kg".
#[must_use]
pub fn describe_sets(lang: Lang, sets: &[SetLog], units: Units) -> String {
    let words = Words::for_language(lang);
    let Some(first) = sets.first() else {
        return t_in!(words, "analysis-sets-none");
    };
    let side_count = |side| sets.iter().filter(|s| s.side == Some(side)).count();
    let each_side = first.side.is_some()
        && side_count(Side::Left) == side_count(Side::Right)
        && side_count(Side::Left) * 2 == sets.len();
    let amount = |a: Amount| match a {
        Amount::Reps(r) => r.get().to_string(),
        Amount::HoldSecs(h) => t_in!(words, "analysis-sets-hold-secs", secs = h.get()),
    };
    let hold = matches!(first.amount, Amount::HoldSecs(_));
    let mut text = if sets.iter().all(|s| s.amount == first.amount) {
        let n = if each_side {
            sets.len() / 2
        } else {
            sets.len()
        };
        let (count, amount) = (u32::try_from(n).unwrap_or(u32::MAX), amount(first.amount));
        match (hold, each_side) {
            (false, false) => t_in!(words, "analysis-sets-same", count = count, amount = amount),
            (false, true) => t_in!(
                words,
                "analysis-sets-same-each-side",
                count = count,
                amount = amount
            ),
            (true, false) => t_in!(
                words,
                "analysis-sets-same-holds",
                count = count,
                amount = amount
            ),
            (true, true) => t_in!(
                words,
                "analysis-sets-same-holds-each-side",
                count = count,
                amount = amount
            ),
        }
    } else {
        let all: Vec<String> = sets.iter().map(|s| amount(s.amount)).collect();
        let listed = and_list(words, &all);
        if hold {
            t_in!(words, "analysis-sets-listed-holds", list = listed)
        } else {
            t_in!(words, "analysis-sets-listed-reps", list = listed)
        }
    };
    let mut loads: Vec<Load> = Vec::new();
    for set in sets {
        if !loads.contains(&set.load) {
            loads.push(set.load);
        }
    }
    let loads: Vec<String> = loads
        .into_iter()
        .map(|l| describe_load(lang, l, units))
        .collect();
    let _ = write!(text, ", {}", and_list(words, &loads));
    text
}

/// Items in a list as `words` writes it: "12", "12 and 10", "12, 12 and 10".
fn and_list(words: &Words, items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => t_in!(
            words,
            "analysis-list-and",
            rest = rest.join(", "),
            last = last.as_str()
        ),
        _ => items.concat(),
    }
}

/// A load in a few words in `lang`: "body weight", "+5 kg", "red (light) band, doubled".
#[must_use]
pub fn describe_load(lang: Lang, load: Load, units: Units) -> String {
    let words = Words::for_language(lang);
    match load {
        Load::Bodyweight => t_in!(words, "analysis-load-body-weight"),
        Load::Kg(kg) => {
            let number = super::reasons::num_in(lang, units.from_kg(kg.kg()), 1);
            format!("+{number} {}", units.suffix())
        }
        Load::Band(band) => {
            let strength = band.strength.label().to_lowercase();
            if band.doubled {
                t_in!(words, "analysis-load-band-doubled", strength = strength)
            } else {
                t_in!(words, "analysis-load-band", strength = strength)
            }
        }
    }
}

/// A session done as prescribed, on `date` at `time`: every exercise of the programme in
/// force, at its level. An exercise the patient already filled in (in `given`, by exercise
/// id) keeps the sets given, and the pain given; one given without sets, or not given at all,
/// gets the sets [`sets_to_fill`] gives. Pain during an exercise not given its own is
/// `pain_during`, the session's. The id is 0: the record gives the real one.
#[must_use]
pub fn as_prescribed(
    programme: &Programme,
    journal: &Journal,
    affected: Side,
    given: &[ExerciseLog],
    pain_during: Option<Pain>,
    date: NaiveDate,
    time: NaiveTime,
) -> Session {
    let exercises = programme
        .enabled()
        .map(|ex| {
            let typed = given.iter().find(|g| g.exercise_id == ex.id);
            let sets = match typed {
                Some(g) if !g.sets.is_empty() => g.sets.clone(),
                _ => sets_to_fill(journal, ex, affected),
            };
            ExerciseLog {
                exercise_id: ex.id.clone(),
                level: ex.level,
                sets,
                pain_during: typed.and_then(|g| g.pain_during).or(pain_during),
                effort: typed.and_then(|g| g.effort),
                note: typed.map(|g| g.note.clone()).unwrap_or_default(),
            }
        })
        .collect();
    Session {
        id: 0,
        date,
        time,
        exercises,
        next_morning_pain: None,
        effort: None,
        note: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sided_exercises_list_the_affected_side_first() {
        let p = Programme::default_programme().unwrap();
        let squat = p.exercise("single_leg_squat").unwrap();
        let sets = prescribed_sets(squat, Side::Right);
        let sides: Vec<Option<Side>> = sets.iter().map(|s| s.side).collect();
        assert_eq!(
            sides,
            [
                Some(Side::Right),
                Some(Side::Left),
                Some(Side::Right),
                Some(Side::Left)
            ]
        );
        assert!(
            sets.iter()
                .all(|s| s.amount == Amount::Reps(Reps::new(12).unwrap()))
        );
        let crab = p.exercise("crab_walk").unwrap();
        let sets = prescribed_sets(crab, Side::Left);
        assert_eq!(sets.len(), 2);
        assert!(matches!(sets[0].load, Load::Band(_)));
        let raise = p.exercise("side_leg_raise").unwrap();
        assert_eq!(
            prescribed_sets(raise, Side::Left)[0].amount,
            Amount::HoldSecs(HoldSecs::new(5).unwrap())
        );
    }

    #[test]
    fn sets_are_described_as_a_patient_says_them() {
        use crate::model::LoadKg;
        let p = Programme::default_programme().unwrap();
        let squat = p.exercise("single_leg_squat").unwrap();
        assert_eq!(
            describe_sets(Lang::En, &prescribed_sets(squat, Side::Left), Units::Kg),
            "2 × 12 each side, body weight"
        );
        let crab = p.exercise("crab_walk").unwrap();
        assert_eq!(
            describe_sets(Lang::En, &prescribed_sets(crab, Side::Left), Units::Kg),
            "2 × 12, red (light) band"
        );
        let raise = p.exercise("side_leg_raise").unwrap();
        assert_eq!(
            describe_sets(Lang::En, &prescribed_sets(raise, Side::Left), Units::Kg),
            "3 × 5 s holds each side, body weight"
        );
        let set = |reps, kg| SetLog {
            side: None,
            amount: Amount::Reps(Reps::new(reps).unwrap()),
            load: Load::Kg(LoadKg::new(kg).unwrap()),
        };
        assert_eq!(
            describe_sets(
                Lang::En,
                &[set(12, 5.0), set(12, 5.0), set(10, 5.0)],
                Units::Kg
            ),
            "12, 12 and 10 reps, +5 kg"
        );
        assert_eq!(
            describe_sets(Lang::En, &[set(10, 2.5), set(10, 5.0)], Units::Kg),
            "2 × 10, +2.5 kg and +5 kg"
        );
        assert_eq!(
            describe_sets(Lang::En, &[set(10, Units::Lb.to_kg(10.0))], Units::Lb),
            "1 × 10, +10 lb"
        );
    }

    #[test]
    fn the_easier_dose_is_a_quarter_shorter_at_the_same_load() {
        let p = Programme::default_programme().unwrap();
        let journal = Journal::new();
        let squat = p.exercise("single_leg_squat").unwrap();
        let easier = easier_sets(&journal, squat, Side::Left);
        let usual = prescribed_sets(squat, Side::Left);
        assert_eq!(easier.len(), usual.len());
        assert!(easier.iter().zip(&usual).all(|(e, u)| e.load == u.load
            && e.side == u.side
            && e.amount == Amount::Reps(Reps::new(9).unwrap())));
        let raise = p.exercise("side_leg_raise").unwrap();
        assert!(
            easier_sets(&journal, raise, Side::Left)
                .iter()
                .all(|s| s.amount == Amount::HoldSecs(HoldSecs::new(4).unwrap())),
            "a 5-second hold becomes 4 seconds"
        );
    }

    #[test]
    fn monday_wednesday_friday_are_due() {
        let p = Programme::default_programme().unwrap();
        let tuesday = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert!(!due_on(&p, tuesday));
        assert_eq!(next_due(&p, tuesday), NaiveDate::from_ymd_opt(2026, 11, 25));
    }

    #[test]
    fn done_as_prescribed_keeps_what_was_typed() {
        use crate::model::LoadKg;
        let p = Programme::default_programme().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
        let typed_set = SetLog {
            side: None,
            amount: Amount::Reps(Reps::new(10).unwrap()),
            load: Load::Kg(LoadKg::new(5.0).unwrap()),
        };
        let given = [
            ExerciseLog {
                exercise_id: "hip_thrust".into(),
                level: 1,
                sets: vec![typed_set],
                pain_during: Some(Pain::new(4).unwrap()),
                effort: None,
                note: String::new(),
            },
            ExerciseLog {
                exercise_id: "lunge".into(),
                level: 1,
                sets: Vec::new(),
                pain_during: Some(Pain::new(1).unwrap()),
                effort: None,
                note: String::new(),
            },
        ];
        let journal = Journal::new();
        let s = as_prescribed(
            &p,
            &journal,
            Side::Left,
            &given,
            Some(Pain::new(2).unwrap()),
            day,
            noon,
        );
        assert_eq!(s.exercises.len(), p.enabled().count());
        let thrust = s
            .exercises
            .iter()
            .find(|e| e.exercise_id == "hip_thrust")
            .unwrap();
        assert_eq!(thrust.sets, vec![typed_set], "typed sets are kept");
        assert_eq!(thrust.pain_during.map(Pain::get), Some(4));
        let lunge = s
            .exercises
            .iter()
            .find(|e| e.exercise_id == "lunge")
            .unwrap();
        assert_eq!(
            lunge.sets,
            prescribed_sets(p.exercise("lunge").unwrap(), Side::Left)
        );
        assert_eq!(lunge.pain_during.map(Pain::get), Some(1));
        let squat = s
            .exercises
            .iter()
            .find(|e| e.exercise_id == "single_leg_squat")
            .unwrap();
        assert_eq!(
            squat.pain_during.map(Pain::get),
            Some(2),
            "the session's pain"
        );
    }
}
