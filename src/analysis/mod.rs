//! Pure functions from a journal to numbers: traffic lights, the schedule, and (as they
//! grow) baselines, adherence and the escalation status. No user interface here.

pub mod schedule;
pub mod suggestions;
pub mod traffic_light;

pub use schedule::{due_on, prescribed_sets};
pub use traffic_light::{Light, SessionLight};
