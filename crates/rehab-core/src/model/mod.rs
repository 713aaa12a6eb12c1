//! Plain data and its invariants: programme, profile, journal entries and checked values.
//! No I/O and no user interface here.

pub mod journal;
pub mod picture;
pub mod plan;
pub mod profile;
pub mod programme;
pub mod settings;
pub mod values;

pub use journal::{
    Amount, Band, BandStrength, DayState, DiaryEntry, Entry, EntryId, EntryRef, Event, EventKind,
    ExerciseLog, Guidance, Journal, Load, Month, PsfsEntry, PsfsScore, RedFlagSign, Session,
    SetLog, Symptoms, Urgency, YearMonth, check_date,
};
pub use picture::{BandAt, Picture, PictureRef, Pose, Prop, Tempo, View, WeightAt};
pub use plan::{Clinician, EarlierProgramme, ProgrammeRecord, Programmes, adopt};
pub use profile::{PatientId, Profile, Side, Units};
pub use programme::{
    DEFAULT_QUIET_DAYS, Dose, EscalationRule, Exercise, Level, LoadKind, PainBands, Problem,
    ProblemAt, Programme, ProgrammeError, Target,
};
pub use settings::{Reminder, Settings};
pub use values::{
    Ability, Effort, HoldSecs, LoadKg, OutOfRange, Pain, Quantity, Reps, SittingMins,
};
