//! The app's own drawings of the exercises of the default programme, three levels each: the
//! pose data (hips, ankles and angles, see [`crate::model::picture`]) of each level's start
//! and end positions, drawn for the left side.

use crate::model::{BandAt, Picture, Pose, Prop, Tempo, View, WeightAt};

/// Standing hip height with the knees straight but not locked.
const STAND: f32 = 0.42;
/// The ankle's height above a flat foot.
const ANKLE: f32 = 0.03;
/// A foot flat on the floor.
const FLAT: f32 = 90.0;
/// A back foot on its toes, heel raised.
const TOES: f32 = 55.0;
/// Arms hanging by the sides.
const HANGING: (f32, f32) = (4.0, 6.0);

/// A pose with the head in line with the trunk.
fn pose(
    hip: (f32, f32),
    trunk: f32,
    near_ankle: (f32, f32),
    far_ankle: (f32, f32),
    feet: (f32, f32),
    near_arm: (f32, f32),
    far_arm: (f32, f32),
) -> Pose {
    Pose {
        hip,
        trunk,
        head: trunk,
        near_ankle,
        far_ankle,
        near_foot: feet.0,
        far_foot: feet.1,
        near_arm,
        far_arm,
        roll: 0.0,
    }
}

fn picture(view: View, start: Pose, end: Pose) -> Picture {
    Picture {
        view,
        start,
        end,
        props: Vec::new(),
        band: None,
        weight: None,
        tempo: Tempo::default(),
    }
}

/// The height of the spine lying on the floor (the back's thickness).
const LYING_SPINE: f32 = 0.07;
/// Where the shoulders rest on the floor in a bridge.
const BRIDGE_NECK_X: f32 = 0.24;
/// How steeply the line from the shoulders through the hips to the knees rises at the top
/// of a bridge with the shins upright: the knee is a shin's length above the ankle, the
/// shoulders a back's thickness above the floor.
const BRIDGE_RISE: f32 = 21.5;

/// The bridge and hip thrust rise in two seconds, pause at the top, lower in three.
const LIFT: Tempo = Tempo {
    out_secs: 2.0,
    hold_secs: 1.0,
    back_secs: 3.0,
    rest_secs: 0.5,
};

/// The side-lying leg raise, seen from the front and a little above: lying on the left side
/// with the head resting on the lower arm, along the floor past the head and folded back, the
/// lower knee bent forward for balance, the top leg straight and in line with the body.
/// Level 1 lifts it a little and holds it there, the top hand resting on the hip; level 2
/// rolls the body slightly forward (the top hip ahead of the lower one, the top hand on
/// the floor in front) and raises it higher, heel leading; level 3 adds an ankle weight.
fn side_lying(level: usize) -> Picture {
    let rolled = level >= 1;
    // Rolled forward, the pelvis sinks a little so the lower hip stays on the floor.
    let (hip, roll) = if rolled {
        ((0.49, 0.1), 30.0)
    } else {
        ((0.49, 0.115), 0.0)
    };
    // Rolled, the lower shoulder comes up off the floor a little: the arm runs level from
    // it and the head rests on it without tilting down.
    let (lower_arm, head) = if rolled {
        ((-86.0, 95.0), -90.0)
    } else {
        ((-94.0, 97.0), -80.0)
    };
    let top_arm = if rolled { (104.0, 62.0) } else { (100.0, 60.0) };
    let lying = |raise: f32, foot: f32| {
        let mut p = pose(
            hip,
            -90.0,
            (0.0, 0.0),
            // The lower leg, knee bent and coming forward.
            (hip.0 + 0.345, 0.06),
            (foot, 100.0),
            top_arm,
            // The lower arm along the floor past the head, the forearm folded back under it.
            lower_arm,
        );
        p.roll = roll;
        p.head = head;
        // The top leg straight from its hip, `raise` degrees above the line of the body.
        let top_hip = super::joints(View::Lying, &p).hips[0];
        let r = (90.0 + raise).to_radians();
        let length = (super::THIGH + super::SHIN) * 0.999;
        p.near_ankle = (top_hip.0 + r.sin() * length, top_hip.1 - r.cos() * length);
        p
    };
    // Level 1 lifts the leg a little (and holds it), level 2 and 3 raise it further. The
    // toes point at the viewer (forward, not up) as the heel leads.
    let (lift, resting_foot) = if rolled { (32.0, 12.0) } else { (18.0, 20.0) };
    let mut p = picture(View::Lying, lying(-6.0, resting_foot), lying(lift, 8.0));
    p.tempo = Tempo {
        out_secs: 2.0,
        hold_secs: 0.5,
        back_secs: 2.5,
        rest_secs: 0.5,
    };
    if level == 2 {
        p.weight = Some(WeightAt::NearAnkle);
    }
    p
}

/// The drawing of a built-in exercise (by its id) at a level (counted from 0).
#[must_use]
pub fn builtin(id: &str, level: usize) -> Option<Picture> {
    match id {
        "single_leg_squat" => single_leg_squat(level),
        "crab_walk" => crab_walk(level),
        "side_leg_raise" => side_leg_raise(level),
        "lunge" => lunge(level),
        "hip_thrust" => hip_thrust(level),
        "bulgarian_split_squat" => bulgarian_split_squat(level),
        "squat" => squat(level),
        _ => None,
    }
}

/// The single-leg squat at a level.
fn single_leg_squat(level: usize) -> Option<Picture> {
    let p = match level {
        0 => {
            let mut p = picture(
                View::Side,
                pose(
                    (0.45, STAND),
                    172.0,
                    (0.47, ANKLE),
                    (0.56, 0.1),
                    (FLAT, 80.0),
                    (112.0, 84.0),
                    (112.0, 84.0),
                ),
                pose(
                    (0.3, 0.29),
                    140.0,
                    (0.47, ANKLE),
                    (0.62, 0.09),
                    (FLAT, 85.0),
                    (94.0, 88.0),
                    (94.0, 88.0),
                ),
            );
            p.props = vec![
                Prop::Block {
                    x: 0.12,
                    width: 0.22,
                    height: 0.22,
                },
                Prop::Wall { x: 0.76 },
            ];
            p
        }
        1 => {
            let mut p = builtin("single_leg_squat", 0)?;
            p.props.retain(|prop| matches!(prop, Prop::Block { .. }));
            p.start.near_arm = HANGING;
            p.start.far_arm = HANGING;
            p.end.near_arm = (80.0, 90.0);
            p.end.far_arm = (80.0, 90.0);
            p
        }
        2 => {
            let mut p = picture(
                View::Side,
                pose(
                    (0.46, 0.49),
                    176.0,
                    (0.47, 0.1),
                    (0.6, 0.14),
                    (FLAT, 80.0),
                    HANGING,
                    HANGING,
                ),
                pose(
                    (0.385, 0.375),
                    152.0,
                    (0.47, 0.1),
                    (0.585, ANKLE + 0.01),
                    (FLAT, 100.0),
                    (60.0, 80.0),
                    (60.0, 80.0),
                ),
            );
            p.props = vec![Prop::Block {
                x: 0.3,
                width: 0.26,
                height: 0.07,
            }];
            p
        }
        _ => return None,
    };
    Some(p)
}

/// The crab walk at a level.
fn crab_walk(level: usize) -> Option<Picture> {
    let p = match level {
        0..=2 => {
            let mut p = picture(
                View::Front,
                pose(
                    (0.45, 0.4),
                    180.0,
                    (0.52, ANKLE),
                    (0.38, ANKLE),
                    (0.0, 0.0),
                    (14.0, 8.0),
                    (-14.0, -8.0),
                ),
                pose(
                    (0.52, 0.4),
                    180.0,
                    (0.68, ANKLE),
                    (0.38, ANKLE),
                    (0.0, 0.0),
                    (14.0, 8.0),
                    (-14.0, -8.0),
                ),
            );
            p.band = Some(match level {
                0 => BandAt::AboveKnees,
                1 => BandAt::Ankles,
                _ => BandAt::Feet,
            });
            p.tempo = Tempo {
                out_secs: 1.2,
                hold_secs: 0.3,
                back_secs: 1.2,
                rest_secs: 0.3,
            };
            p
        }
        _ => return None,
    };
    Some(p)
}

/// The side-lying leg raise at a level.
fn side_leg_raise(level: usize) -> Option<Picture> {
    let p = match level {
        0..=2 => side_lying(level),
        _ => return None,
    };
    Some(p)
}

/// The lunge at a level.
fn lunge(level: usize) -> Option<Picture> {
    let p = match level {
        0 => picture(
            View::Side,
            pose(
                (0.48, 0.4),
                180.0,
                (0.6, ANKLE),
                (0.36, 0.075),
                (FLAT, TOES),
                HANGING,
                HANGING,
            ),
            pose(
                (0.48, 0.24),
                178.0,
                (0.6, ANKLE),
                (0.36, 0.075),
                (FLAT, TOES),
                HANGING,
                HANGING,
            ),
        ),
        1 => picture(
            View::Side,
            pose(
                (0.57, STAND),
                180.0,
                (0.58, ANKLE),
                (0.56, ANKLE),
                (FLAT, FLAT),
                HANGING,
                HANGING,
            ),
            pose(
                (0.47, 0.24),
                176.0,
                (0.58, ANKLE),
                (0.34, 0.075),
                (FLAT, TOES),
                HANGING,
                HANGING,
            ),
        ),
        2 => picture(
            View::Side,
            pose(
                (0.4, STAND),
                180.0,
                (0.41, ANKLE),
                (0.39, ANKLE),
                (FLAT, FLAT),
                HANGING,
                HANGING,
            ),
            pose(
                (0.52, 0.24),
                176.0,
                (0.66, ANKLE),
                (0.39, 0.075),
                (FLAT, TOES),
                HANGING,
                HANGING,
            ),
        ),
        _ => return None,
    };
    Some(p)
}

/// The hip thrust at a level.
fn hip_thrust(level: usize) -> Option<Picture> {
    let p = match level {
        0 | 1 => {
            let arms = (84.0, 88.0);
            // The shoulders stay on the floor; at the top the hips are in line with the
            // shoulders and knees (rising at BRIDGE_RISE degrees) and the knees are over the
            // ankles, shins upright.
            let rise = BRIDGE_RISE.to_radians();
            let top = (
                BRIDGE_NECK_X + super::TRUNK * rise.cos(),
                LYING_SPINE + super::TRUNK * rise.sin(),
            );
            let ankle = (
                BRIDGE_NECK_X + (super::TRUNK + super::THIGH) * rise.cos(),
                ANKLE,
            );
            let mut p = picture(
                View::Side,
                pose(
                    (BRIDGE_NECK_X + super::TRUNK, LYING_SPINE),
                    -90.0,
                    ankle,
                    ankle,
                    (FLAT, FLAT),
                    arms,
                    arms,
                ),
                pose(
                    top,
                    -90.0 + BRIDGE_RISE,
                    ankle,
                    ankle,
                    (FLAT, FLAT),
                    arms,
                    arms,
                ),
            );
            p.start.head = -92.0;
            p.end.head = -100.0;
            if level == 1 {
                // One leg held out straight, in line with the other thigh at the top.
                let leg = (super::THIGH + super::SHIN) * 0.99;
                let at = |hip: (f32, f32), degrees: f32| {
                    let r = f32::to_radians(degrees);
                    (hip.0 + leg * r.cos(), hip.1 + leg * r.sin())
                };
                p.start.far_ankle = at(p.start.hip, 30.0);
                p.end.far_ankle = at(top, BRIDGE_RISE);
                p.start.far_foot = 110.0;
                p.end.far_foot = 110.0;
            }
            p.tempo = LIFT;
            p
        }
        2 => {
            // Hands resting on the hips, where a weight would go later.
            let arms = (100.0, 88.0);
            let mut p = picture(
                View::Side,
                pose(
                    (0.4, 0.07),
                    -133.0,
                    (0.659, ANKLE),
                    (0.659, ANKLE),
                    (FLAT, FLAT),
                    (60.0, 60.0),
                    (60.0, 60.0),
                ),
                pose(
                    (0.462, 0.22),
                    -90.0,
                    (0.659, ANKLE),
                    (0.659, ANKLE),
                    (FLAT, FLAT),
                    arms,
                    arms,
                ),
            );
            p.start.head = -150.0;
            p.end.head = -115.0;
            p.props = vec![Prop::Block {
                x: 0.02,
                width: 0.22,
                height: 0.19,
            }];
            p.tempo = LIFT;
            p
        }
        _ => return None,
    };
    Some(p)
}

/// The Bulgarian split squat at a level.
fn bulgarian_split_squat(level: usize) -> Option<Picture> {
    let p = match level {
        0 => picture(
            View::Side,
            pose(
                (0.48, 0.39),
                174.0,
                (0.62, ANKLE),
                (0.33, 0.075),
                (FLAT, TOES),
                HANGING,
                HANGING,
            ),
            pose(
                (0.47, 0.23),
                168.0,
                (0.62, ANKLE),
                (0.33, 0.075),
                (FLAT, TOES),
                HANGING,
                HANGING,
            ),
        ),
        1 | 2 => {
            let arms = if level == 2 { (0.0, 0.0) } else { HANGING };
            let mut p = picture(
                View::Side,
                pose(
                    (0.5, 0.4),
                    174.0,
                    (0.62, ANKLE),
                    (0.24, 0.175),
                    (FLAT, -95.0),
                    arms,
                    arms,
                ),
                pose(
                    (0.48, 0.24),
                    166.0,
                    (0.62, ANKLE),
                    (0.24, 0.175),
                    (FLAT, -95.0),
                    arms,
                    arms,
                ),
            );
            p.props = vec![Prop::Block {
                x: 0.06,
                width: 0.2,
                height: 0.15,
            }];
            if level == 2 {
                p.weight = Some(WeightAt::Hands);
            }
            p
        }
        _ => return None,
    };
    Some(p)
}

/// The squat at a level.
fn squat(level: usize) -> Option<Picture> {
    let p = match level {
        0..=2 => {
            let (start_arms, end_arms) = if level == 2 {
                ((25.0, 140.0), (35.0, 140.0))
            } else {
                (HANGING, (88.0, 90.0))
            };
            let mut p = picture(
                View::Side,
                pose(
                    (0.47, STAND),
                    178.0,
                    (0.5, ANKLE),
                    (0.5, ANKLE),
                    (FLAT, FLAT),
                    start_arms,
                    start_arms,
                ),
                pose(
                    (0.34, 0.29),
                    145.0,
                    (0.5, ANKLE),
                    (0.5, ANKLE),
                    (FLAT, FLAT),
                    end_arms,
                    end_arms,
                ),
            );
            if level == 0 {
                p.props = vec![Prop::Block {
                    x: 0.14,
                    width: 0.22,
                    height: 0.22,
                }];
            }
            if level == 2 {
                p.weight = Some(WeightAt::Chest);
            }
            p
        }
        _ => return None,
    };
    Some(p)
}
