//! How an exercise is drawn: a line figure in two poses (where a repetition starts and where
//! it turns), the things around it (a box, a step, a bench, a wall, a band, a weight) and the
//! pace it moves between the two. Plain data: the geometry that turns it into lines lives in
//! [`crate::picture`], and the window and the printed sheet draw those same lines.
//!
//! Coordinates are in a box 1 wide and 1 high, with `y` measured up from the floor (`y = 0`).
//! Angles are in degrees, measured from straight down, turning towards the way the figure
//! faces: 0 points down, 90 forward, 180 up, -90 backwards. Every picture is drawn for the
//! left side (a side view faces right, so the near leg is the left one); the geometry
//! mirrors it for a patient whose right side is affected.

use serde::{Deserialize, Serialize};

/// Where an exercise's picture comes from. An exercise without one is drawn with the app's
/// own drawing for its id, if there is one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PictureRef {
    /// The app's own drawing of a built-in exercise, by that exercise's id (such as
    /// `hip_thrust`), at the same level: for an exercise the clinician renamed or added
    /// that is done like a built-in one.
    Builtin(String),
    /// Drawings the programme carries, one per level, easiest first; a level beyond the
    /// last one drawn uses the last.
    Drawn(Vec<Picture>),
}

/// One level's drawing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    /// Seen from the side (squats, lunges, bridges) or from the front (side steps, a leg
    /// raised lying on the side).
    pub view: View,
    /// Where each repetition starts.
    pub start: Pose,
    /// Where it turns (or, for a hold, the position held).
    pub end: Pose,
    /// Boxes, steps, benches and walls, drawn as they are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    /// Where a loop band sits, if the level uses one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<BandAt>,
    /// Where a weight is held, if the level uses one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<WeightAt>,
    /// How long each part of a repetition takes.
    #[serde(default)]
    pub tempo: Tempo,
}

/// Which way the figure is seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// From the side: the figure faces right, its left (near) side towards the viewer.
    Side,
    /// From the front: legs and arms spread left and right.
    Front,
    /// From the front and a little above, for a figure lying on its side: the near (top)
    /// side up, hips and shoulders spread as from the front and turned towards the viewer
    /// by the pose's roll, and a bent knee coming forward, towards the viewer, so it is
    /// drawn below the line from its hip to its ankle.
    Lying,
}

/// A pose of the line figure: where the hips and ankles are, and the angle of everything
/// else. The knees follow from the hips and the ankles (each leg keeps its length), so the
/// feet stay planted as the figure moves.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pose {
    /// The middle of the pelvis (between the hip joints).
    pub hip: (f32, f32),
    /// The trunk, from the hips to the base of the neck: 180 is upright.
    pub trunk: f32,
    /// The head, from the base of the neck: usually the trunk's angle.
    pub head: f32,
    /// The ankle of the near leg (the leg that works, on the affected side).
    pub near_ankle: (f32, f32),
    /// The ankle of the far leg.
    pub far_ankle: (f32, f32),
    /// The near foot, heel to toe: 90 is flat on the floor.
    pub near_foot: f32,
    /// The far foot, heel to toe.
    pub far_foot: f32,
    /// The near arm: upper arm, then forearm.
    pub near_arm: (f32, f32),
    /// The far arm: upper arm, then forearm.
    pub far_arm: (f32, f32),
    /// How far the body is turned forward about its length, in degrees (a figure lying on
    /// its side rolled towards its front); drawn in the [`View::Lying`] view, 0 otherwise.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub roll: f32,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_zero(v: &f32) -> bool {
    // Exactly zero, as written by default.
    v.to_bits() == 0
}

/// Something drawn around the figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Prop {
    /// A box, chair seat, step or bench, as a block standing on the floor.
    Block {
        /// Its left edge.
        x: f32,
        /// How wide.
        width: f32,
        /// How high its top is.
        height: f32,
    },
    /// A wall (or worktop) to hold on to, standing at `x`.
    Wall {
        /// Where.
        x: f32,
    },
}

/// Where a loop band sits on both legs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BandAt {
    /// Just above the knees.
    AboveKnees,
    /// Around the ankles.
    Ankles,
    /// Around the front of the feet.
    Feet,
}

/// Where a weight is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WeightAt {
    /// Strapped around the near ankle.
    NearAnkle,
    /// A dumbbell in each hand.
    Hands,
    /// One weight held at the chest.
    Chest,
}

/// How long, in seconds, each part of a repetition takes: from the start to the turn, held
/// there, back, and a pause before the next.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tempo {
    /// From the start position to the end one.
    pub out_secs: f32,
    /// Held at the end position.
    pub hold_secs: f32,
    /// Back to the start.
    pub back_secs: f32,
    /// Still at the start before the next.
    pub rest_secs: f32,
}

impl Default for Tempo {
    /// Three seconds out ("count three"), a short pause, two back, a short rest.
    fn default() -> Self {
        Self {
            out_secs: 3.0,
            hold_secs: 0.5,
            back_secs: 2.0,
            rest_secs: 0.5,
        }
    }
}

impl Tempo {
    /// One whole repetition.
    #[must_use]
    pub fn cycle_secs(&self) -> f32 {
        self.out_secs + self.hold_secs + self.back_secs + self.rest_secs
    }
}

impl Picture {
    /// Whether every number is one the drawing can use: positions within two boxes of the
    /// picture, angles within two turns, times from 0 to 10 minutes.
    #[must_use]
    pub fn is_sane(&self) -> bool {
        let place = |v: f32| v.is_finite() && (-2.0..=3.0).contains(&v);
        let angle = |v: f32| v.is_finite() && v.abs() <= 720.0;
        let point = |p: (f32, f32)| place(p.0) && place(p.1);
        let pose = |p: &Pose| {
            point(p.hip)
                && point(p.near_ankle)
                && point(p.far_ankle)
                && [p.trunk, p.head, p.near_foot, p.far_foot, p.roll]
                    .into_iter()
                    .all(angle)
                && [p.near_arm.0, p.near_arm.1, p.far_arm.0, p.far_arm.1]
                    .into_iter()
                    .all(angle)
        };
        let props = self.props.iter().all(|prop| match *prop {
            Prop::Block { x, width, height } => place(x) && place(width) && place(height),
            Prop::Wall { x } => place(x),
        });
        let t = self.tempo;
        let times = [t.out_secs, t.hold_secs, t.back_secs, t.rest_secs]
            .into_iter()
            .all(|v| v.is_finite() && (0.0..=600.0).contains(&v));
        pose(&self.start) && pose(&self.end) && props && times && t.cycle_secs() > 0.0
    }
}
