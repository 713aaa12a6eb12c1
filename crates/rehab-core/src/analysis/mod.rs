//! Pure functions from a journal to numbers: traffic lights, the schedule, baselines,
//! adherence, trends and the escalation status. No user interface here.
//!
//! The Progress screen calls [`progress`] (with [`escalation_inputs`]) when the journal
//! changes, and draws from the [`Progress`] it returns; `status` prints its [`Status`].

pub mod adherence;
pub mod calendar;
pub mod escalation;
pub mod exercises;
pub mod findings;
pub mod pain;
pub mod periods;
pub mod progress;
pub mod reasons;
pub mod reminders;
pub mod schedule;
pub mod series;
pub mod suggestions;
#[cfg(test)]
pub(crate) mod testkit;
pub mod traffic_light;

pub use adherence::{Adherence, WeekAdherence};
pub use escalation::{
    Escalation, EscalationInputs, InjectionEffect, PsfsChange, PsfsRating, RedFlag, Status,
    StatusKind, StatusUrgency, Voice, Worsening, escalation_inputs,
};
pub use exercises::{ExerciseProgress, LevelChange, WeekVolume};
pub use findings::Finding;
pub use pain::{Baseline, BaselineSource, DailyPoint, Improvement, WeekMean, WindowMean};
pub use progress::{
    DatedLight, Progress, SessionLights, SittingTrend, Stated, progress, progress_with,
    session_lights,
};
pub use schedule::{due_on, prescribed_sets};
pub use traffic_light::{Light, SessionLight};
