#![allow(clippy::unwrap_used, clippy::float_cmp)]

use super::*;
use crate::model::{Programme, Tempo};

fn programme() -> Programme {
    Programme::default_programme().unwrap()
}

/// Every level of every exercise of the default programme, with its picture.
fn all() -> Vec<(String, u8, Picture)> {
    let mut out = Vec::new();
    for e in &programme().exercises {
        for level in 1..=u8::try_from(e.levels.len()).unwrap() {
            let p = of(e, level).unwrap_or_else(|| panic!("{} level {level} has no picture", e.id));
            out.push((e.id.clone(), level, p));
        }
    }
    out
}

#[test]
fn every_exercise_of_the_default_programme_has_a_picture_at_every_level() {
    let all = all();
    assert_eq!(all.len(), programme().exercises.len() * 3);
    // Levels differ: no two levels of one exercise share a drawing.
    for pair in all.windows(2) {
        if pair[0].0 == pair[1].0 {
            assert_ne!(
                pair[0].2, pair[1].2,
                "{} levels {} and {}",
                pair[0].0, pair[0].1, pair[1].1
            );
        }
    }
}

#[test]
fn an_exercise_without_a_drawing_has_none_and_one_can_be_named_or_carried() {
    let mut e = programme().exercises[0].clone();
    e.id = "clinic_step_up".into();
    assert_eq!(of(&e, 1), None);
    e.picture = Some(PictureRef::Builtin("lunge".into()));
    assert_eq!(of(&e, 2), builtin("lunge", 1));
    let drawn = builtin("squat", 0).unwrap();
    e.picture = Some(PictureRef::Drawn(vec![drawn.clone()]));
    // A level beyond the last one drawn uses the last.
    assert_eq!(of(&e, 3), Some(drawn));
}

#[test]
fn a_hold_is_drawn_held_for_the_dose_and_reps_move_at_their_tempo() {
    let p = programme();
    let raise = p.exercise("side_leg_raise").unwrap();
    let held = of(raise, 1).unwrap();
    assert_eq!(
        held.tempo.hold_secs, 5.0,
        "the level's dose is a hold of 5-10 s"
    );
    let t = held.tempo;
    assert_eq!(phase_at(&t, 0.0), 0.0);
    assert_eq!(phase_at(&t, f64::from(t.out_secs + 4.9)), 1.0, "still held");
    assert!(phase_at(&t, f64::from(t.out_secs + t.hold_secs + t.back_secs * 0.5)) < 1.0);
    assert_eq!(phase_at(&t, f64::from(t.cycle_secs())), 0.0, "repeats");
    let d = Tempo::default();
    for i in 0..100 {
        let s = phase_at(&d, f64::from(i) * 0.07);
        assert!((0.0..=1.0).contains(&s));
    }
    // Slow to start: a tenth of the way out in time is well under a tenth of the way.
    assert!(phase_at(&d, f64::from(d.out_secs) * 0.1) < 0.02);
}

#[test]
fn the_motion_starts_and_ends_exactly_on_the_two_poses() {
    for (id, level, p) in all() {
        assert_eq!(blend(&p.start, &p.end, 0.0), p.start, "{id} {level}");
        assert_eq!(blend(&p.start, &p.end, 1.0), p.end, "{id} {level}");
        assert_eq!(marks_at(&p, 0.0, false), marks(&p, &p.start, false));
        assert_eq!(marks_at(&p, 1.0, true), marks(&p, &p.end, true));
    }
}

#[test]
fn a_mirrored_picture_is_the_reflection_of_the_left_one() {
    assert!(mirrored_for(Side::Right) && !mirrored_for(Side::Left));
    for (id, _, p) in all() {
        let left = marks_at(&p, 0.4, false);
        let right = marks_at(&p, 0.4, true);
        assert_eq!(left.len(), right.len());
        let flip = |q: Point| [1.0 - q[0], q[1]];
        let close = |a: Point, b: Point| (a[0] - b[0]).abs() < 1e-5 && (a[1] - b[1]).abs() < 1e-5;
        let mut moved = false;
        for (l, r) in left.iter().zip(&right) {
            match (*l, *r) {
                (
                    Mark::Line { from, to, ink },
                    Mark::Line {
                        from: f2,
                        to: t2,
                        ink: i2,
                    },
                ) => {
                    assert!(
                        close(flip(from), f2) && close(flip(to), t2) && ink == i2,
                        "{id}"
                    );
                    moved |= !close(from, f2);
                }
                (
                    Mark::Circle { centre, radius, .. },
                    Mark::Circle {
                        centre: c2,
                        radius: r2,
                        ..
                    },
                ) => assert!(close(flip(centre), c2) && radius == r2, "{id}"),
                _ => panic!("{id}: the marks differ in kind"),
            }
        }
        assert!(moved, "{id}: mirroring changed nothing");
    }
}

#[test]
fn every_pose_is_within_reach_and_nothing_goes_through_the_floor() {
    for (id, level, p) in all() {
        for pose in [&p.start, &p.end, &blend(&p.start, &p.end, 0.5)] {
            let j = joints(p.view, pose);
            for i in 0..2 {
                let asked = [pose.near_ankle, pose.far_ankle][i];
                assert!(
                    distance(j.hips[i], asked) <= THIGH + SHIN + 1e-3,
                    "{id} {level}: leg {i} cannot reach its ankle ({:.3})",
                    distance(j.hips[i], asked)
                );
                // Each leg keeps its length as it moves.
                assert!(
                    (distance(j.hips[i], j.knees[i]) - THIGH).abs() < 1e-3 || p.view != View::Side
                );
                assert!(
                    (distance(j.knees[i], j.ankles[i]) - SHIN).abs() < 1e-3 || p.view != View::Side
                );
                for point in [j.heels[i], j.toes[i], j.knees[i], j.hands[i]] {
                    assert!(
                        point.1 > -0.006,
                        "{id} {level}: {point:?} is under the floor"
                    );
                }
            }
            assert!(
                j.head.1 - 0.05 > -0.006,
                "{id} {level}: the head is under the floor"
            );
        }
    }
}

#[test]
fn the_working_knee_stays_over_the_foot_at_the_bottom_of_every_squat_and_lunge() {
    for (id, level, p) in all() {
        if !matches!(
            id.as_str(),
            "single_leg_squat" | "squat" | "lunge" | "bulgarian_split_squat"
        ) {
            continue;
        }
        let j = joints(p.view, &p.end);
        let (heel, toe, knee) = (j.heels[0].0, j.toes[0].0, j.knees[0].0);
        assert!(
            heel <= knee && knee <= toe + 0.005,
            "{id} {level}: the knee at x {knee:.3} is not over the foot ({heel:.3} to {toe:.3})"
        );
        // And the knee is bent: it is in front of the line from hip to ankle.
        assert!(knee > j.ankles[0].0.min(j.hips[0].0), "{id} {level}");
    }
}

#[test]
fn seen_from_the_front_the_pelvis_stays_level_and_the_band_joins_the_legs() {
    for level in 0..3 {
        let p = builtin("crab_walk", level).unwrap();
        for s in [0.0, 0.5, 1.0] {
            let j = joints(p.view, &blend(&p.start, &p.end, s));
            assert!((j.hips[0].1 - j.hips[1].1).abs() < 1e-6, "the pelvis tilts");
        }
        let bands: Vec<_> = marks(&p, &p.end, false)
            .into_iter()
            .filter(|m| m.ink() == Ink::Band)
            .collect();
        assert_eq!(bands.len(), 1);
    }
    // The band goes down the legs with the level: above the knees, the ankles, the feet.
    let heights: Vec<f32> = (0..3)
        .map(|level| {
            let p = builtin("crab_walk", level).unwrap();
            match marks(&p, &p.start, false)
                .into_iter()
                .find(|m| m.ink() == Ink::Band)
                .unwrap()
            {
                Mark::Line { from, .. } => from[1],
                Mark::Circle { .. } => unreachable!(),
            }
        })
        .collect();
    assert!(
        heights[0] < heights[1] && heights[1] < heights[2],
        "{heights:?}"
    );
}

#[test]
fn weights_are_drawn_only_where_the_level_has_one() {
    for (id, level, p) in all() {
        let weights = marks(&p, &p.end, false)
            .iter()
            .filter(|m| m.ink() == Ink::Weight)
            .count();
        let expected = matches!(
            (id.as_str(), level),
            ("side_leg_raise" | "bulgarian_split_squat" | "squat", 3)
        );
        assert_eq!(weights > 0, expected, "{id} {level}");
    }
}

#[test]
fn a_still_picture_shows_both_positions() {
    let p = builtin("hip_thrust", 0).unwrap();
    let still = still_marks(&p, false);
    assert!(still.iter().any(|m| m.ink() == Ink::Ghost));
    let end = marks(&p, &p.end, false);
    assert!(end.iter().all(|m| still.contains(m)));
}

#[test]
fn a_programme_file_carries_a_drawing_and_an_old_one_reads_without() {
    let mut p = programme();
    let plain = ron::to_string(&p).unwrap();
    assert!(
        !plain.contains("picture"),
        "no picture field when there is none"
    );
    let back: Programme = ron::from_str(&plain).unwrap();
    assert!(back.exercises.iter().all(|e| e.picture.is_none()));
    p.exercises[0].picture = Some(PictureRef::Drawn(vec![builtin("lunge", 0).unwrap()]));
    p.exercises[1].picture = Some(PictureRef::Builtin("squat".into()));
    let text = ron::to_string(&p).unwrap();
    let back: Programme = ron::from_str(&text).unwrap();
    assert_eq!(back, p);
    assert!(p.problems().is_empty());
    // A drawing with a number it cannot be drawn with is a problem of the programme.
    let mut bad = builtin("lunge", 0).unwrap();
    bad.start.trunk = f32::NAN;
    p.exercises[0].picture = Some(PictureRef::Drawn(vec![bad]));
    assert_eq!(p.problems().len(), 1, "{:?}", p.problems());
    assert!(all().iter().all(|(_, _, p)| p.is_sane()));
}

#[test]
fn the_description_comes_from_the_level_and_its_cue() {
    let p = programme();
    let e = p.exercise("single_leg_squat").unwrap();
    let text = describe(e, 1);
    assert!(text.contains("Single-leg squat") && text.contains("Supported sit to box"));
    assert!(text.contains("Keep your knee in line with your middle toes"));
}

#[test]
fn the_svg_has_both_positions_and_a_title() {
    let p = builtin("lunge", 2).unwrap();
    let svg = svg::panels(&p, false, 100.0, "Lunge & <more>");
    assert!(svg.contains("<title>Lunge &amp; &lt;more&gt;</title>"));
    let lines = svg.matches("<line").count();
    assert_eq!(
        lines,
        2 * marks(&p, &p.start, false)
            .iter()
            .filter(|m| matches!(m, Mark::Line { .. }))
            .count()
    );
}

#[test]
fn the_side_lying_raise_rolls_forward_at_level_2_with_the_top_leg_straight_and_raised() {
    let [one, two, three] = [0, 1, 2].map(|level| builtin("side_leg_raise", level).unwrap());
    assert_ne!(one.end, two.end, "level 2 is drawn the same as level 1");
    assert!(one.end.roll == 0.0 && two.end.roll > 0.0 && three.end.roll == two.end.roll);
    let raise = |p: &Picture| {
        let j = joints(p.view, &p.end);
        (j.ankles[0].1 - j.hips[0].1).atan2(j.ankles[0].0 - j.hips[0].0)
    };
    for (level, p) in [(1, &one), (2, &two), (3, &three)] {
        assert_eq!(p.view, View::Lying);
        for pose in [&p.start, &p.end] {
            let j = joints(p.view, pose);
            // The top leg is straight, in line with the body, towards the feet.
            let top = distance(j.hips[0], j.ankles[0]);
            assert!((top - (THIGH + SHIN)).abs() < 2e-3, "level {level}: {top}");
            assert!(j.ankles[0].0 > j.hips[0].0 && j.neck.0 < j.hips[0].0);
            // The lower knee is bent forward, below the line from its hip to its ankle.
            let (h, k, a) = (j.hips[1], j.knees[1], j.ankles[1]);
            let cross = (a.0 - h.0) * (k.1 - h.1) - (a.1 - h.1) * (k.0 - h.0);
            assert!(cross < -1e-3, "level {level}: the lower knee is straight");
            // The head rests on the lower arm, which reaches past it.
            assert!(j.elbows[1].0 < j.head.0 - HEAD_RADIUS);
            let under = lerp(j.shoulders[1], j.elbows[1], 0.5);
            let gap = j.head.1 - HEAD_RADIUS - under.1;
            assert!(
                (-0.01..0.03).contains(&gap) && (under.0 - j.head.0).abs() < HEAD_RADIUS,
                "level {level}: the head is {gap:.3} above its arm"
            );
        }
        // At the end the top leg is raised above the line of the body.
        assert!(raise(p) > 0.2, "level {level}: raised {:.2} rad", raise(p));
    }
    // Rolled forward the top hip comes towards the viewer, drawn lower and closer to the
    // lower hip, and the leg goes higher than in the level 1 hold.
    let top_hip = |p: &Picture| joints(p.view, &p.end).hips[0].1;
    let spread = |p: &Picture| {
        let j = joints(p.view, &p.end);
        distance(j.hips[0], j.hips[1])
    };
    assert!(top_hip(&two) < top_hip(&one) - 0.02);
    assert!(spread(&two) < spread(&one) * 0.8);
    assert!(raise(&two) > raise(&one) + 0.15);
}

#[test]
fn at_the_top_of_every_bridge_the_hips_are_in_line_and_the_shins_upright() {
    for level in 0..3 {
        let p = builtin("hip_thrust", level).unwrap();
        let j = joints(p.view, &p.end);
        let (shoulders, hips, knee, ankle) = (j.neck, j.pelvis, j.knees[0], j.ankles[0]);
        assert!(
            (knee.0 - ankle.0).abs() < 0.01,
            "level {}: the knee at x {:.3} is not over the ankle at {:.3}",
            level + 1,
            knee.0,
            ankle.0
        );
        // The hips on the line from the shoulders to the knees: not sagging, not arched.
        let along = (knee.0 - shoulders.0, knee.1 - shoulders.1);
        let off = (along.0 * (hips.1 - shoulders.1) - along.1 * (hips.0 - shoulders.0))
            / along.0.hypot(along.1);
        assert!(
            off.abs() < 0.01,
            "level {}: the hips are {off:.3} off the line",
            level + 1
        );
        // The shoulders rest on the floor, or on the bench at level 3.
        let under = p.props.iter().find_map(|prop| match *prop {
            Prop::Block { x, width, height } if (x..=x + width + 0.01).contains(&shoulders.0) => {
                Some(height)
            }
            _ => None,
        });
        assert!(
            shoulders.1 - under.unwrap_or(0.0) < 0.08,
            "level {}",
            level + 1
        );
    }
}

#[test]
fn every_drawing_stays_inside_its_box() {
    for (id, level, p) in all() {
        for pose in [&p.start, &p.end] {
            for mark in marks(&p, pose, false) {
                let (points, r) = match mark {
                    Mark::Line { from, to, .. } => (vec![from, to], 0.0),
                    Mark::Circle { centre, radius, .. } => (vec![centre], radius),
                };
                for q in points {
                    assert!(
                        q.iter().all(|v| (r..=1.0 - r).contains(v)),
                        "{id} {level}: {mark:?} leaves the box"
                    );
                }
            }
        }
    }
}
