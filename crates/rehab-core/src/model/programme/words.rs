//! The built-in programme's words in each language (`i18n/*/programme.ftl`). Every id is
//! written out, so the check in `tests/i18n.rs` finds each one the code uses.

use super::Programme;
use crate::i18n::Words;
use crate::t_in;

/// An exercise's name in these words, when the built-in programme has an exercise of this id.
fn exercise_name(words: &Words, id: &str) -> Option<String> {
    Some(match id {
        "single_leg_squat" => t_in!(words, "programme-single-leg-squat-name"),
        "crab_walk" => t_in!(words, "programme-crab-walk-name"),
        "side_leg_raise" => t_in!(words, "programme-side-leg-raise-name"),
        "lunge" => t_in!(words, "programme-lunge-name"),
        "hip_thrust" => t_in!(words, "programme-hip-thrust-name"),
        "bulgarian_split_squat" => t_in!(words, "programme-bulgarian-split-squat-name"),
        "squat" => t_in!(words, "programme-squat-name"),
        _ => return None,
    })
}

/// A level's name, instructions and cue in these words, by exercise id and level (from 1).
#[expect(
    clippy::too_many_lines,
    reason = "one arm per level of the built-in programme, each id written out for the id check"
)]
fn level_words(words: &Words, id: &str, level: usize) -> Option<[String; 3]> {
    Some(match (id, level) {
        ("single_leg_squat", 1) => [
            t_in!(words, "programme-single-leg-squat-1-name"),
            t_in!(words, "programme-single-leg-squat-1-instructions"),
            t_in!(words, "programme-single-leg-squat-1-cue"),
        ],
        ("single_leg_squat", 2) => [
            t_in!(words, "programme-single-leg-squat-2-name"),
            t_in!(words, "programme-single-leg-squat-2-instructions"),
            t_in!(words, "programme-single-leg-squat-2-cue"),
        ],
        ("single_leg_squat", 3) => [
            t_in!(words, "programme-single-leg-squat-3-name"),
            t_in!(words, "programme-single-leg-squat-3-instructions"),
            t_in!(words, "programme-single-leg-squat-3-cue"),
        ],
        ("crab_walk", 1) => [
            t_in!(words, "programme-crab-walk-1-name"),
            t_in!(words, "programme-crab-walk-1-instructions"),
            t_in!(words, "programme-crab-walk-1-cue"),
        ],
        ("crab_walk", 2) => [
            t_in!(words, "programme-crab-walk-2-name"),
            t_in!(words, "programme-crab-walk-2-instructions"),
            t_in!(words, "programme-crab-walk-2-cue"),
        ],
        ("crab_walk", 3) => [
            t_in!(words, "programme-crab-walk-3-name"),
            t_in!(words, "programme-crab-walk-3-instructions"),
            t_in!(words, "programme-crab-walk-3-cue"),
        ],
        ("side_leg_raise", 1) => [
            t_in!(words, "programme-side-leg-raise-1-name"),
            t_in!(words, "programme-side-leg-raise-1-instructions"),
            t_in!(words, "programme-side-leg-raise-1-cue"),
        ],
        ("side_leg_raise", 2) => [
            t_in!(words, "programme-side-leg-raise-2-name"),
            t_in!(words, "programme-side-leg-raise-2-instructions"),
            t_in!(words, "programme-side-leg-raise-2-cue"),
        ],
        ("side_leg_raise", 3) => [
            t_in!(words, "programme-side-leg-raise-3-name"),
            t_in!(words, "programme-side-leg-raise-3-instructions"),
            t_in!(words, "programme-side-leg-raise-3-cue"),
        ],
        ("lunge", 1) => [
            t_in!(words, "programme-lunge-1-name"),
            t_in!(words, "programme-lunge-1-instructions"),
            t_in!(words, "programme-lunge-1-cue"),
        ],
        ("lunge", 2) => [
            t_in!(words, "programme-lunge-2-name"),
            t_in!(words, "programme-lunge-2-instructions"),
            t_in!(words, "programme-lunge-2-cue"),
        ],
        ("lunge", 3) => [
            t_in!(words, "programme-lunge-3-name"),
            t_in!(words, "programme-lunge-3-instructions"),
            t_in!(words, "programme-lunge-3-cue"),
        ],
        ("hip_thrust", 1) => [
            t_in!(words, "programme-hip-thrust-1-name"),
            t_in!(words, "programme-hip-thrust-1-instructions"),
            t_in!(words, "programme-hip-thrust-1-cue"),
        ],
        ("hip_thrust", 2) => [
            t_in!(words, "programme-hip-thrust-2-name"),
            t_in!(words, "programme-hip-thrust-2-instructions"),
            t_in!(words, "programme-hip-thrust-2-cue"),
        ],
        ("hip_thrust", 3) => [
            t_in!(words, "programme-hip-thrust-3-name"),
            t_in!(words, "programme-hip-thrust-3-instructions"),
            t_in!(words, "programme-hip-thrust-3-cue"),
        ],
        ("bulgarian_split_squat", 1) => [
            t_in!(words, "programme-bulgarian-split-squat-1-name"),
            t_in!(words, "programme-bulgarian-split-squat-1-instructions"),
            t_in!(words, "programme-bulgarian-split-squat-1-cue"),
        ],
        ("bulgarian_split_squat", 2) => [
            t_in!(words, "programme-bulgarian-split-squat-2-name"),
            t_in!(words, "programme-bulgarian-split-squat-2-instructions"),
            t_in!(words, "programme-bulgarian-split-squat-2-cue"),
        ],
        ("bulgarian_split_squat", 3) => [
            t_in!(words, "programme-bulgarian-split-squat-3-name"),
            t_in!(words, "programme-bulgarian-split-squat-3-instructions"),
            t_in!(words, "programme-bulgarian-split-squat-3-cue"),
        ],
        ("squat", 1) => [
            t_in!(words, "programme-squat-1-name"),
            t_in!(words, "programme-squat-1-instructions"),
            t_in!(words, "programme-squat-1-cue"),
        ],
        ("squat", 2) => [
            t_in!(words, "programme-squat-2-name"),
            t_in!(words, "programme-squat-2-instructions"),
            t_in!(words, "programme-squat-2-cue"),
        ],
        ("squat", 3) => [
            t_in!(words, "programme-squat-3-name"),
            t_in!(words, "programme-squat-3-instructions"),
            t_in!(words, "programme-squat-3-cue"),
        ],
        _ => return None,
    })
}

/// Puts the built-in programme's words in these words' language: the title, the exercise
/// names and each level's name, instructions and cue. Ids, numbers and doses stay as they
/// are; an exercise or level the words do not know keeps the text of `data/programme.ron`.
pub(super) fn translate(programme: &mut Programme, words: &Words) {
    programme.name = t_in!(words, "programme-name");
    for exercise in &mut programme.exercises {
        if let Some(name) = exercise_name(words, &exercise.id) {
            exercise.name = name;
        }
        for (index, level) in exercise.levels.iter_mut().enumerate() {
            if let Some([name, instructions, cue]) = level_words(words, &exercise.id, index + 1) {
                level.name = name;
                level.instructions = instructions;
                level.cue = cue;
            }
        }
    }
}
