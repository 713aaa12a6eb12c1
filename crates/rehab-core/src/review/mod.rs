//! Reviewing patients' exports: many bundles opened read-only into a caseload, the most
//! urgent first, and the programme file a clinician sends back to a patient. Nothing here
//! ever writes into a patient's file.

pub mod caseload;
pub mod programme_file;

pub use caseload::{CaseRow, Caseload, FileFailure, Patient, SortBy};
pub use programme_file::{ClinicianProgramme, ProgrammeFileError};
