//! The core of rehab-tracker: everything that is not the window.
//!
//! - [`model`]: the programme, the journal, the profile and settings, as plain data.
//! - [`record`]: every change to the journal, checked and applied in one place.
//! - [`storage`]: crash-safe, versioned files on disk.
//! - [`analysis`]: adherence, pain, the traffic light, escalation and progress, as findings
//!   with their numbers.
//! - [`export`]: CSV, the report, FHIR, the bundle and the programme sheet.
//! - [`handoff`]: encryption and signatures between patient and clinician.
//! - [`review`]: the clinician's caseload and programme files.
//! - [`picture`]: how each exercise is drawn, as geometry.
//! - [`demo`]: the sample patient and caseload.
//! - [`i18n`]: the words in the patient's or clinician's language, dates and numbers as
//!   each language writes them.
//!
//! Imports run one way, down these layers (a module imports only those in lower layers;
//! tests/architecture.rs reads the source and fails on any other import, or any ring):
//!
//! ```text
//! review, demo
//! export                       (reads the record, the analysis, the pictures; writes through
//!                               storage, seals through the hand-off)
//! record, handoff              (the one way the journal changes; keys, signatures, age)
//! picture, analysis, storage   (each over the model only)
//! model
//! i18n
//! ```
//!
//! This crate names no window crate; the app (`rehab-tracker`) reads its data and emits its
//! commands.

pub mod analysis;
pub mod demo;
pub mod export;
pub mod handoff;
pub mod i18n;
pub mod model;
pub mod picture;
pub mod record;
pub mod review;
pub mod storage;
