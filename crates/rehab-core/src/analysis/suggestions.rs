//! Progression and regression suggestions (clinical reference §2). The patient accepts or
//! declines; an exercise the clinician locked is never moved.

use super::progress::SessionLights;
use super::traffic_light::Light;
use crate::i18n::{Lang, Words};
use crate::model::{Amount, Exercise, Journal, Session, Target};
use crate::t_in;

/// What the app offers for one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestion {
    /// Two green sessions running at the top of the range: the next level.
    NextLevel {
        /// The level offered.
        to: u8,
    },
    /// Two green sessions at the top of the top level: a little more load (2-10 %).
    MoreLoad,
    /// The last session was red: one level down.
    LevelDown {
        /// The level offered.
        to: u8,
    },
    /// The last session was red at level 1: fewer reps or a shorter hold.
    FewerReps,
}

impl Suggestion {
    /// The offer, in plain words, in `lang`.
    #[must_use]
    pub fn text(self, lang: Lang, exercise: &Exercise) -> String {
        let words = Words::for_language(lang);
        // The level's name as the programme gives it, mid-sentence: lower-case, except in
        // German, whose nouns keep their capital.
        let level_name = |to: u8| {
            exercise
                .levels
                .get(usize::from(to.saturating_sub(1)))
                .map(|l| match lang {
                    Lang::De => l.name.clone(),
                    _ => l.name.to_lowercase(),
                })
        };
        match self {
            Self::NextLevel { to } => {
                if let Some(name) = level_name(to) {
                    t_in!(
                        words,
                        "analysis-suggest-next-level-named",
                        level = to,
                        name = name
                    )
                } else {
                    t_in!(words, "analysis-suggest-next-level", level = to)
                }
            }
            Self::MoreLoad => t_in!(words, "analysis-suggest-more-load"),
            Self::LevelDown { to } => {
                if let Some(name) = level_name(to) {
                    t_in!(
                        words,
                        "analysis-suggest-level-down-named",
                        level = to,
                        name = name
                    )
                } else {
                    t_in!(words, "analysis-suggest-level-down", level = to)
                }
            }
            Self::FewerReps => t_in!(words, "analysis-suggest-fewer-reps"),
        }
    }
}

/// Whether every set of this exercise in the session reached the top of the dose range.
fn at_top_of_range(session: &Session, exercise: &Exercise) -> bool {
    let Some(level) = exercise.current() else {
        return false;
    };
    let Some(log) = session
        .exercises
        .iter()
        .find(|e| e.exercise_id == exercise.id && e.level == exercise.level)
    else {
        return false;
    };
    let enough_sets =
        log.sets.len() >= usize::from(level.dose.sets_min) * if exercise.one_sided { 2 } else { 1 };
    enough_sets
        && log
            .sets
            .iter()
            .all(|set| match (set.amount, level.dose.target) {
                (Amount::Reps(r), Target::Reps { max, .. }) => r.get() >= max,
                (Amount::HoldSecs(s), Target::HoldSecs { max, .. }) => s.get() >= max,
                _ => false,
            })
}

/// The suggestion for one exercise from its most recent sessions at its current level, if
/// any, judged by the sessions' lights (see [`super::progress::session_lights`]). After a
/// session red for its pain during, only the exercises that hurt beyond the `bands` are
/// eased; a session red for the next morning or a building week eases every exercise.
#[must_use]
pub fn suggest(
    journal: &Journal,
    exercise: &Exercise,
    lights: &SessionLights,
    bands: &crate::model::PainBands,
) -> Option<Suggestion> {
    if exercise.locked {
        return None;
    }
    let mut recent = journal
        .sessions()
        .rev()
        .filter(|s| {
            s.exercises
                .iter()
                .any(|e| e.exercise_id == exercise.id && e.level == exercise.level)
        })
        .take(2);
    let last = recent.next()?;
    if let Some(light) = lights.get(last.id).filter(|l| l.light == Light::Red) {
        let red_for_pain_during = light.pain_during > bands.acceptable_max;
        let own_pain = last
            .exercises
            .iter()
            .filter(|e| e.exercise_id == exercise.id)
            .filter_map(|e| e.pain_during)
            .map(crate::model::Pain::get)
            .max();
        if red_for_pain_during && own_pain.is_some_and(|p| p <= bands.acceptable_max) {
            return None;
        }
        return Some(if exercise.level > 1 {
            Suggestion::LevelDown {
                to: exercise.level - 1,
            }
        } else {
            Suggestion::FewerReps
        });
    }
    let before = recent.next()?;
    let green_final = |s: &Session| {
        lights
            .get(s.id)
            .is_some_and(|l| l.light == Light::Green && !l.provisional)
    };
    if green_final(last)
        && green_final(before)
        && at_top_of_range(last, exercise)
        && at_top_of_range(before, exercise)
    {
        let top = u8::try_from(exercise.levels.len()).unwrap_or(u8::MAX);
        return Some(if exercise.level < top {
            Suggestion::NextLevel {
                to: exercise.level + 1,
            }
        } else {
            Suggestion::MoreLoad
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::progress::session_lights;
    use crate::model::{ExerciseLog, Load, Pain, Programme, Programmes, Reps, SetLog};
    use chrono::{NaiveDate, NaiveTime};

    /// The suggestion as it stands at the end of April.
    fn offered(j: &Journal, ex: &Exercise, p: &Programme) -> Option<Suggestion> {
        let on = NaiveDate::from_ymd_opt(2026, 4, 30).unwrap();
        suggest(
            j,
            ex,
            &session_lights(j, Programmes::only(p), on),
            &p.pain_bands,
        )
    }

    fn session(id: u64, day: u32, reps: u16, during: i64, morning: Option<i64>) -> Session {
        Session {
            id,
            date: NaiveDate::from_ymd_opt(2026, 4, day).unwrap(),
            time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            exercises: vec![ExerciseLog {
                exercise_id: "hip_thrust".into(),
                level: 1,
                sets: vec![
                    SetLog {
                        side: None,
                        amount: Amount::Reps(Reps::new(i64::from(reps)).unwrap()),
                        load: Load::Bodyweight
                    };
                    2
                ],
                pain_during: Some(Pain::new(during).unwrap()),
                effort: None,
                note: String::new(),
            }],
            next_morning_pain: morning.map(|m| Pain::new(m).unwrap()),
            effort: None,
            note: String::new(),
        }
    }

    fn setup() -> (Programme, Exercise) {
        let p = Programme::default_programme().unwrap();
        let ex = p.exercise("hip_thrust").unwrap().clone();
        (p, ex)
    }

    #[test]
    fn two_final_greens_at_the_top_offer_the_next_level() {
        let (p, ex) = setup();
        let mut j = Journal::new();
        j.add_session(session(1, 6, 15, 2, Some(1)));
        assert_eq!(offered(&j, &ex, &p), None, "one session is not enough");
        j.add_session(session(2, 8, 15, 2, Some(1)));
        assert_eq!(offered(&j, &ex, &p), Some(Suggestion::NextLevel { to: 2 }));
        let mut locked = ex.clone();
        locked.locked = true;
        assert_eq!(
            offered(&j, &locked, &p),
            None,
            "a locked exercise does not move"
        );
    }

    #[test]
    fn below_the_top_or_provisional_offers_nothing() {
        let (p, ex) = setup();
        let mut j = Journal::new();
        j.add_session(session(1, 6, 15, 2, Some(1)));
        j.add_session(session(2, 8, 14, 2, Some(1)));
        assert_eq!(offered(&j, &ex, &p), None);
        let mut j = Journal::new();
        j.add_session(session(1, 6, 15, 2, Some(1)));
        j.add_session(session(2, 8, 15, 2, None));
        assert_eq!(
            offered(&j, &ex, &p),
            None,
            "the last light is still provisional"
        );
    }

    #[test]
    fn a_red_session_offers_easing_off() {
        let (p, mut ex) = setup();
        let mut j = Journal::new();
        j.add_session(session(1, 6, 12, 7, None));
        assert_eq!(offered(&j, &ex, &p), Some(Suggestion::FewerReps));
        ex.level = 2;
        let mut s = session(2, 8, 10, 6, None);
        s.exercises[0].level = 2;
        j.add_session(s);
        assert_eq!(offered(&j, &ex, &p), Some(Suggestion::LevelDown { to: 1 }));
    }

    #[test]
    fn red_for_pain_during_eases_only_the_exercises_that_hurt() {
        let (p, hurt) = setup();
        let calm = p.exercise("side_leg_raise").unwrap().clone();
        let mut s = session(1, 6, 12, 7, None);
        let mut other = s.exercises[0].clone();
        other.exercise_id.clone_from(&calm.id);
        other.pain_during = Some(Pain::new(1).unwrap());
        s.exercises.push(other);
        let mut j = Journal::new();
        j.add_session(s.clone());
        assert_eq!(offered(&j, &hurt, &p), Some(Suggestion::FewerReps));
        assert_eq!(offered(&j, &calm, &p), None, "it did not hurt");
        // Red for the next morning: the whole session eases off.
        let mut j = Journal::new();
        s.exercises[0].pain_during = Some(Pain::new(2).unwrap());
        s.next_morning_pain = Some(Pain::new(9).unwrap());
        j.add_session(s);
        assert_eq!(offered(&j, &calm, &p), Some(Suggestion::FewerReps));
    }
}
