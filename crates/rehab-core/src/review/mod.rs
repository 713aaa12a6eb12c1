//! Reviewing patients' exports: many bundles opened read-only into a caseload, the most
//! urgent first, and the programme file a clinician sends back to a patient. Nothing here
//! ever writes into a patient's file.

pub mod caseload;
pub mod programme_file;

pub use caseload::{CaseRow, Caseload, FileFailure, Patient, SortBy};
pub use programme_file::{ClinicianProgramme, ProgrammeFileError};

use crate::analysis::{Voice, reasons};
use crate::export::bundle::{Bundle, StatedReasons};
use crate::i18n::Lang;

/// The reasons for the status a bundle states, in `voice` and `lang`, as the review shows them: a
/// bundle's findings (version 6 on) worded by this app, or the sentences an older bundle
/// holds exactly as written. `None` for a bundle without a summary, whose status the review
/// works out from the diary it holds. The one place the review words a bundle's reasons.
#[must_use]
pub fn reasons_of(bundle: &Bundle, lang: Lang, voice: Voice) -> Option<Vec<String>> {
    Some(match bundle.summary.as_ref()?.reasons(voice) {
        StatedReasons::Findings(findings) => reasons::render(lang, findings, voice),
        StatedReasons::Worded(sentences) => sentences.to_vec(),
    })
}
