//! The pictures of the exercises as geometry: a [`Picture`] (two poses of a line figure and
//! what is around it) becomes a list of [`Mark`]s, lines and circles in a box 1 wide and 1
//! high with `y` going down, mirrored for the patient's affected side. The window draws the
//! marks with its painter, the printed programme sheet as SVG ([`svg`]); neither adds a line
//! of its own, so both show the same drawing.
//!
//! Between the two poses the hips, ankles and angles move along an easing curve at the
//! picture's [`crate::model::Tempo`], and each knee is placed where the thigh and shin, at
//! their lengths, meet: the feet stay planted and the limbs keep their length.

mod builtin;
pub mod svg;

pub use builtin::builtin;

use crate::model::{
    BandAt, Exercise, Picture, PictureRef, Pose, Prop, Side, Target, View, WeightAt,
};

/// Thigh, hip joint to knee (a figure about 0.8 tall, in proportion after Drillis and
/// Contini's segment lengths).
pub const THIGH: f32 = 0.196;
/// Shin, knee to ankle.
pub const SHIN: f32 = 0.197;
/// Trunk, hip joints to the base of the neck.
pub const TRUNK: f32 = 0.232;
const NECK: f32 = 0.03;
const HEAD_RADIUS: f32 = 0.05;
const UPPER_ARM: f32 = 0.15;
const FOREARM: f32 = 0.16;
/// Foot, heel to toe.
pub const FOOT: f32 = 0.12;
const HEEL_BEHIND_ANKLE: f32 = 0.03;
const ANKLE_HEIGHT: f32 = 0.03;
/// Half the distance between the hip joints, seen from the front.
const HIP_HALF: f32 = 0.045;
const SHOULDER_HALF: f32 = 0.075;
/// The margin around the drawing inside its box.
const MARGIN: f32 = 0.04;
/// A lying leg this close to its full length is drawn straight.
const STRAIGHT_ENOUGH: f32 = 0.92;
/// Lying, how much of a step towards the viewer is drawn as a step down (seen from a little
/// above).
const TOWARDS_VIEWER: f32 = 0.6;
/// How much larger a figure lying down is drawn.
const LYING_ZOOM: f32 = 1.2;
/// How high a foot that moves along the floor is lifted halfway.
const STEP_LIFT: f32 = 0.05;

/// A point in the picture's box: `x` from the left, `y` from the top, both 0 to 1.
pub type Point = [f32; 2];

/// What a line or circle stands for, so a renderer can pick its colour and width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ink {
    /// The body, and the limbs on the near side.
    Body,
    /// The limbs on the far side (drawn lighter in a side view).
    Far,
    /// The floor.
    Floor,
    /// A box, step, bench or wall.
    Prop,
    /// A loop band.
    Band,
    /// A weight.
    Weight,
    /// The start position, drawn faintly under the end one in a still picture.
    Ghost,
}

/// One line or circle of a picture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    /// A straight line.
    Line {
        /// From.
        from: Point,
        /// To.
        to: Point,
        /// What it is.
        ink: Ink,
    },
    /// A circle (the head, a weight).
    Circle {
        /// Its centre.
        centre: Point,
        /// Its radius, in the box's units.
        radius: f32,
        /// Filled or outlined.
        filled: bool,
        /// What it is.
        ink: Ink,
    },
}

impl Mark {
    /// The same mark with another ink.
    #[must_use]
    pub fn with_ink(self, new: Ink) -> Self {
        match self {
            Self::Line { from, to, .. } => Self::Line { from, to, ink: new },
            Self::Circle {
                centre,
                radius,
                filled,
                ..
            } => Self::Circle {
                centre,
                radius,
                filled,
                ink: new,
            },
        }
    }

    /// What it is.
    #[must_use]
    pub fn ink(&self) -> Ink {
        match self {
            Self::Line { ink, .. } | Self::Circle { ink, .. } => *ink,
        }
    }
}

/// The picture of an exercise at a level (counted from 1), with its tempo set to the
/// level's dose where that prescribes one (a hold of 5 seconds is drawn held 5 seconds).
/// `None` for an exercise with no drawing: one the clinician added without a picture.
#[must_use]
pub fn of(exercise: &Exercise, level: u8) -> Option<Picture> {
    let index = usize::from(level.max(1)) - 1;
    let mut picture = match &exercise.picture {
        None => builtin(&exercise.id, index)?,
        Some(PictureRef::Builtin(id)) => builtin(id, index)?,
        Some(PictureRef::Drawn(drawn)) => drawn.get(index).or_else(|| drawn.last())?.clone(),
    };
    let dose = exercise
        .levels
        .get(index)
        .or_else(|| exercise.levels.last());
    if let Some(Target::HoldSecs { min, .. }) = dose.map(|l| l.dose.target) {
        picture.tempo.hold_secs = f32::from(min);
    }
    Some(picture)
}

/// The picture's text alternative, from the exercise's own words: its name, the level, and
/// the cue.
#[must_use]
pub fn describe(exercise: &Exercise, level: u8) -> String {
    let index = usize::from(level.max(1)) - 1;
    exercise
        .levels
        .get(index)
        .or_else(|| exercise.levels.last())
        .map_or_else(
            || {
                crate::t!(
                    "core-picture-alt-no-level",
                    exercise = exercise.name.as_str()
                )
            },
            |l| {
                crate::t!(
                    "core-picture-alt",
                    exercise = exercise.name.as_str(),
                    level = l.name.as_str(),
                    cue = l.cue.as_str()
                )
            },
        )
}

/// How far from the start pose to the end one the figure is `secs` into its movement,
/// eased (slow to start, slow to stop): 0 at the start, 1 at the end, repeating every
/// [`crate::model::Tempo::cycle_secs`].
#[must_use]
pub fn phase_at(tempo: &crate::model::Tempo, secs: f64) -> f32 {
    let cycle = f64::from(tempo.cycle_secs());
    if cycle <= 0.0 || !secs.is_finite() {
        return 0.0;
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a time within one repetition, a few seconds"
    )]
    let t = secs.rem_euclid(cycle) as f32;
    let out = tempo.out_secs.max(0.0);
    let hold = tempo.hold_secs.max(0.0);
    let back = tempo.back_secs.max(0.0);
    if t < out {
        ease(t / out)
    } else if t < out + hold {
        1.0
    } else if t < out + hold + back {
        1.0 - ease((t - out - hold) / back)
    } else {
        0.0
    }
}

/// The easing curve: a cubic, slow at both ends, from 0 to 1.
#[must_use]
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// The pose `s` of the way from `a` to `b` (0 gives `a`, 1 gives `b`). A foot that moves
/// along the floor is lifted on the way, as in a step.
#[must_use]
pub fn blend(a: &Pose, b: &Pose, s: f32) -> Pose {
    if s <= 0.0 {
        return *a;
    }
    if s >= 1.0 {
        return *b;
    }
    let mix = |from: f32, to: f32| from + (to - from) * s;
    let mix2 = |from: (f32, f32), to: (f32, f32)| (mix(from.0, to.0), mix(from.1, to.1));
    let lift = (std::f32::consts::PI * s).sin() * STEP_LIFT;
    let step = |from: (f32, f32), to: (f32, f32)| {
        let (x, height) = mix2(from, to);
        if (from.0 - to.0).abs() > 0.01 && from.1.max(to.1) < 0.1 {
            (x, height + lift)
        } else {
            (x, height)
        }
    };
    Pose {
        hip: mix2(a.hip, b.hip),
        trunk: mix(a.trunk, b.trunk),
        head: mix(a.head, b.head),
        near_ankle: step(a.near_ankle, b.near_ankle),
        far_ankle: step(a.far_ankle, b.far_ankle),
        near_foot: mix(a.near_foot, b.near_foot),
        far_foot: mix(a.far_foot, b.far_foot),
        near_arm: mix2(a.near_arm, b.near_arm),
        far_arm: mix2(a.far_arm, b.far_arm),
        roll: mix(a.roll, b.roll),
    }
}

/// Where the joints of a pose are, in the picture's own coordinates (`y` up from the
/// floor, not mirrored).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Joints {
    /// The middle of the pelvis.
    pub pelvis: (f32, f32),
    /// The near and far hip joints (the same point seen from the side).
    pub hips: [(f32, f32); 2],
    /// The knees, near then far.
    pub knees: [(f32, f32); 2],
    /// The ankles as drawn (a pose asking for an ankle out of reach gets the nearest one
    /// the leg reaches).
    pub ankles: [(f32, f32); 2],
    /// The heels.
    pub heels: [(f32, f32); 2],
    /// The toes.
    pub toes: [(f32, f32); 2],
    /// The base of the neck.
    pub neck: (f32, f32),
    /// The shoulders, near then far.
    pub shoulders: [(f32, f32); 2],
    /// The elbows.
    pub elbows: [(f32, f32); 2],
    /// The hands.
    pub hands: [(f32, f32); 2],
    /// The centre of the head.
    pub head: (f32, f32),
}

/// The unit vector at `degrees` (0 down, 90 forward, 180 up).
fn dir(degrees: f32) -> (f32, f32) {
    let r = degrees.to_radians();
    (r.sin(), -r.cos())
}

fn add(p: (f32, f32), v: (f32, f32), k: f32) -> (f32, f32) {
    (p.0 + v.0 * k, p.1 + v.1 * k)
}

fn distance(p: (f32, f32), q: (f32, f32)) -> f32 {
    (q.0 - p.0).hypot(q.1 - p.1)
}

/// The knee of a leg from `hip` to `ankle`, and the ankle it reaches. Seen from the side the
/// knee bends forward (to the left of the line from hip to ankle, turning anticlockwise);
/// seen from the front it lies on that line, the leg foreshortened; lying, seen from the
/// front and a little above, it comes towards the viewer (to the right of the line, below
/// it for a leg pointing to the feet), and a leg nearly straight is drawn straight, so a
/// straight leg stays straight as its ankle moves between two poses.
fn knee(view: View, hip: (f32, f32), ankle: (f32, f32)) -> ((f32, f32), (f32, f32)) {
    let full = THIGH + SHIN;
    let d = distance(hip, ankle);
    if d < 1e-6 {
        return (add(hip, (0.0, -1.0), THIGH), add(hip, (0.0, -1.0), full));
    }
    let u = ((ankle.0 - hip.0) / d, (ankle.1 - hip.1) / d);
    let straight = match view {
        View::Lying => full * STRAIGHT_ENOUGH,
        View::Side | View::Front => full,
    };
    if d >= straight {
        return (add(hip, u, THIGH), add(hip, u, full));
    }
    let bent = |towards: f32| {
        let d = d.max((THIGH - SHIN).abs() + 1e-4);
        let a = (THIGH * THIGH - SHIN * SHIN + d * d) / (2.0 * d);
        let h = (THIGH * THIGH - a * a).max(0.0).sqrt();
        let along = add(hip, u, a);
        (add(along, (-u.1 * towards, u.0 * towards), h), ankle)
    };
    match view {
        View::Front => (add(hip, u, d * THIGH / full), ankle),
        View::Side => bent(1.0),
        View::Lying => bent(-TOWARDS_VIEWER),
    }
}

/// Where every joint of `pose` is.
#[must_use]
pub fn joints(view: View, pose: &Pose) -> Joints {
    let trunk = dir(pose.trunk);
    // Clockwise from the trunk: the near side, seen from the front.
    let side = (trunk.1, -trunk.0);
    let (hip_half, shoulder_half) = match view {
        View::Side => (0.0, 0.0),
        View::Front | View::Lying => (HIP_HALF, SHOULDER_HALF),
    };
    // Lying, the body rolled forward turns its near side towards the viewer: seen from a
    // little above, down the picture and closer to the middle of the body.
    let side = match view {
        View::Lying => {
            let r = pose.roll.to_radians();
            (
                side.0 * r.cos(),
                side.1 * r.cos() - r.sin() * TOWARDS_VIEWER,
            )
        }
        View::Side | View::Front => side,
    };
    let pelvis = pose.hip;
    let hips = [add(pelvis, side, hip_half), add(pelvis, side, -hip_half)];
    let (near_knee, near_ankle) = knee(view, hips[0], pose.near_ankle);
    let (far_knee, far_ankle) = knee(view, hips[1], pose.far_ankle);
    let foot = |ankle: (f32, f32), angle: f32| match view {
        View::Side => {
            let along = dir(angle);
            // The foot lies below its ankle, whichever way it points.
            let below = if angle >= 0.0 {
                angle - 90.0
            } else {
                angle + 90.0
            };
            let heel = add(
                add(ankle, along, -HEEL_BEHIND_ANKLE),
                dir(below),
                ANKLE_HEIGHT,
            );
            (heel, add(heel, along, FOOT))
        }
        // Seen from the front the toes point at the viewer: the foot is a short line across
        // the end of the leg, below the ankle in the direction `angle` (0 when standing).
        View::Front => {
            let sole = add(ankle, dir(angle), ANKLE_HEIGHT);
            let across = dir(angle + 90.0);
            (
                add(sole, across, -FOOT * 0.22),
                add(sole, across, FOOT * 0.22),
            )
        }
        // Lying, the foot goes from the heel at the end of the leg towards the toes at
        // `angle` (0, down the picture, is pointing at the viewer), foreshortened.
        View::Lying => (ankle, add(ankle, dir(angle), FOOT * 0.5)),
    };
    let (near_heel, near_toe) = foot(near_ankle, pose.near_foot);
    let (far_heel, far_toe) = foot(far_ankle, pose.far_foot);
    let neck = add(pelvis, trunk, TRUNK);
    let shoulders = [
        add(neck, side, shoulder_half),
        add(neck, side, -shoulder_half),
    ];
    let arm = |shoulder: (f32, f32), (upper, fore): (f32, f32)| {
        let elbow = add(shoulder, dir(upper), UPPER_ARM);
        (elbow, add(elbow, dir(fore), FOREARM))
    };
    let (near_elbow, near_hand) = arm(shoulders[0], pose.near_arm);
    let (far_elbow, far_hand) = arm(shoulders[1], pose.far_arm);
    Joints {
        pelvis,
        hips,
        knees: [near_knee, far_knee],
        ankles: [near_ankle, far_ankle],
        heels: [near_heel, far_heel],
        toes: [near_toe, far_toe],
        neck,
        shoulders,
        elbows: [near_elbow, far_elbow],
        hands: [near_hand, far_hand],
        head: add(neck, dir(pose.head), NECK + HEAD_RADIUS),
    }
}

/// Places a point of the picture's coordinates in the box: inside the margin, `y` turned
/// to go down, and mirrored left to right when `mirror` is set.
fn place(p: (f32, f32), mirror: bool) -> Point {
    let x = if mirror { 1.0 - p.0 } else { p.0 };
    [
        MARGIN + x * (1.0 - 2.0 * MARGIN),
        1.0 - MARGIN - p.1 * (1.0 - 2.0 * MARGIN),
    ]
}

/// Whether a picture for the left side is mirrored for a patient: for a right side, yes.
#[must_use]
pub fn mirrored_for(side: Side) -> bool {
    side == Side::Right
}

/// The marks of `picture` in `pose`, mirrored when `mirror` is set. Drawn in order: the
/// floor and props, the far limbs, the body, the near limbs, the band and weights.
#[must_use]
pub fn marks(picture: &Picture, pose: &Pose, mirror: bool) -> Vec<Mark> {
    let j = joints(picture.view, pose);
    // A figure lying down leaves the top of its box empty: it is drawn larger, from the
    // middle of the floor, and the floor still spans the box.
    let zoom = match picture.view {
        View::Lying => LYING_ZOOM,
        View::Side | View::Front => 1.0,
    };
    let place = |p: (f32, f32)| place(((p.0 - 0.5) * zoom + 0.5, p.1 * zoom), mirror);
    let mut out = Vec::with_capacity(40);
    let mut line = |a: (f32, f32), b: (f32, f32), ink: Ink| {
        out.push(Mark::Line {
            from: place(a),
            to: place(b),
            ink,
        });
    };
    let floor = 0.5 / zoom;
    line((0.5 - floor, 0.0), (0.5 + floor, 0.0), Ink::Floor);
    for prop in &picture.props {
        match *prop {
            Prop::Block { x, width, height } => {
                let (l, r) = (x, x + width);
                line((l, 0.0), (l, height), Ink::Prop);
                line((l, height), (r, height), Ink::Prop);
                line((r, height), (r, 0.0), Ink::Prop);
            }
            Prop::Wall { x } => line((x, 0.0), (x, 0.95), Ink::Prop),
        }
    }
    // Seen from the front both legs are as near as each other.
    // Seen from the front both legs are as near as each other; lying, the lower leg is drawn
    // lighter, under the working one, and the lower arm the head rests on as the body.
    let (far_leg, far_arm) = match picture.view {
        View::Side => (Ink::Far, Ink::Far),
        View::Front => (Ink::Body, Ink::Body),
        View::Lying => (Ink::Far, Ink::Body),
    };
    let limb = |line: &mut dyn FnMut((f32, f32), (f32, f32), Ink), i: usize, leg: Ink, arm: Ink| {
        line(j.hips[i], j.knees[i], leg);
        line(j.knees[i], j.ankles[i], leg);
        line(j.heels[i], j.toes[i], leg);
        if picture.view == View::Side {
            line(j.ankles[i], j.heels[i], leg);
        }
        line(j.shoulders[i], j.elbows[i], arm);
        line(j.elbows[i], j.hands[i], arm);
    };
    limb(&mut line, 1, far_leg, far_arm);
    match picture.view {
        View::Side => line(j.pelvis, j.neck, Ink::Body),
        View::Front => {
            line(j.pelvis, j.neck, Ink::Body);
            line(j.hips[0], j.hips[1], Ink::Body);
            line(j.shoulders[0], j.shoulders[1], Ink::Body);
        }
        // Lying, the trunk is drawn as its outline, which narrows as the body rolls forward.
        View::Lying => {
            line(j.hips[0], j.hips[1], Ink::Body);
            line(j.shoulders[0], j.shoulders[1], Ink::Body);
            line(j.shoulders[0], j.hips[0], Ink::Body);
            line(j.shoulders[1], j.hips[1], Ink::Body);
        }
    }
    limb(&mut line, 0, Ink::Body, Ink::Body);
    if let Some(band) = picture.band {
        let at = |i: usize| match band {
            BandAt::AboveKnees => lerp(j.hips[i], j.knees[i], 0.8),
            BandAt::Ankles => lerp(j.knees[i], j.ankles[i], 0.9),
            BandAt::Feet => lerp(j.heels[i], j.toes[i], 0.5),
        };
        line(at(0), at(1), Ink::Band);
    }
    let mut weights = Vec::new();
    match picture.weight {
        Some(WeightAt::NearAnkle) => weights.push((j.ankles[0], 0.03)),
        Some(WeightAt::Chest) => weights.push((lerp(j.hands[0], j.hands[1], 0.5), 0.035)),
        Some(WeightAt::Hands) => {
            for i in [1, 0] {
                let across = dir(pose_forearm(pose, i) + 90.0);
                let (a, b) = (
                    add(j.hands[i], across, -0.03),
                    add(j.hands[i], across, 0.03),
                );
                line(a, b, Ink::Weight);
                weights.push((a, 0.02));
                weights.push((b, 0.02));
            }
        }
        None => {}
    }
    out.push(Mark::Circle {
        centre: place(j.head),
        radius: HEAD_RADIUS * zoom * (1.0 - 2.0 * MARGIN),
        filled: false,
        ink: Ink::Body,
    });
    for (at, r) in weights {
        out.push(Mark::Circle {
            centre: place(at),
            radius: r * zoom * (1.0 - 2.0 * MARGIN),
            filled: true,
            ink: Ink::Weight,
        });
    }
    out
}

fn pose_forearm(pose: &Pose, i: usize) -> f32 {
    if i == 0 {
        pose.near_arm.1
    } else {
        pose.far_arm.1
    }
}

fn lerp(p: (f32, f32), q: (f32, f32), s: f32) -> (f32, f32) {
    (p.0 + (q.0 - p.0) * s, p.1 + (q.1 - p.1) * s)
}

/// The marks of `picture` `phase` of the way from its start pose to its end one.
#[must_use]
pub fn marks_at(picture: &Picture, phase: f32, mirror: bool) -> Vec<Mark> {
    marks(picture, &blend(&picture.start, &picture.end, phase), mirror)
}

/// A still picture: the end pose over a faint start pose, so both positions show.
#[must_use]
pub fn still_marks(picture: &Picture, mirror: bool) -> Vec<Mark> {
    let mut out: Vec<Mark> = marks(picture, &picture.start, mirror)
        .into_iter()
        .filter(|m| matches!(m.ink(), Ink::Body | Ink::Far))
        .map(|m| m.with_ink(Ink::Ghost))
        .collect();
    out.extend(marks(picture, &picture.end, mirror));
    out
}

#[cfg(test)]
mod tests;
