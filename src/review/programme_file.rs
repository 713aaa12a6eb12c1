//! The programme file a clinician sends a patient: the adjusted programme, who it is for,
//! when it was written and a note, with a SHA-256 checksum like the export bundle's.
//!
//! ```text
//! // rehab-tracker programme from your clinician. Open it in the app: Programme from your clinician…
//! // sha256 of the lines below: 3f1c…(64 hexadecimal digits)
//! V1((
//!   app_version: "0.1.0",
//!   written_at: "2026-11-26T10:00:00+00:00",
//!   for_patient: "AB-1234",
//!   note: "Three sessions a week, squats held at level 2.",
//!   programme: ( ... ),
//! ))
//! ```

use crate::export::bundle::split_checksummed;
use crate::export::hex;
use crate::model::Programme;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{self, Write};

/// The newest programme-file format this build writes and reads.
pub const PROGRAMME_FILE_VERSION: u32 = 1;

/// The first line of every programme file.
pub const FIRST_LINE: &str = "// rehab-tracker programme from your clinician. Open it in the app: Programme from your clinician…";

/// The programme file, versioned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProgrammeFileVersion {
    /// Version 1.
    V1(ClinicianProgramme),
}

/// A programme from a clinician.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicianProgramme {
    /// The version of the app that wrote it.
    pub app_version: String,
    /// When it was written.
    pub written_at: DateTime<FixedOffset>,
    /// The patient code (or pseudonym) of the export it was made from.
    pub for_patient: String,
    /// A note for the patient.
    pub note: String,
    /// The programme.
    pub programme: Programme,
}

/// Writes a programme file: the header with its checksum, then the body.
pub fn write(file: &ClinicianProgramme, w: &mut impl Write) -> io::Result<()> {
    #[derive(Serialize)]
    #[serde(rename = "ProgrammeFileVersion")]
    enum Ref<'a> {
        V1(&'a ClinicianProgramme),
    }
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(8)
        .indentor("  ".to_owned());
    let mut body = ron::ser::to_string_pretty(&Ref::V1(file), config).map_err(io::Error::other)?;
    body.push('\n');
    let digest = Sha256::digest(body.as_bytes());
    write!(
        w,
        "{FIRST_LINE}\n{}{}\n{body}",
        crate::export::bundle::CHECKSUM_PREFIX,
        hex(&digest)
    )
}

/// Why a programme file cannot be taken in, in words a patient can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProgrammeFileError {
    /// Not text.
    #[error("this is not a programme file: it holds bytes that are not text")]
    NotText,
    /// An export bundle, not a programme.
    #[error(
        "this is an export of a diary, not a programme: ask your clinician for the programme file they saved for you"
    )]
    IsBundle,
    /// The two header lines are missing or damaged.
    #[error(
        "this is not a programme file from rehab-tracker, or its first lines were damaged: ask your clinician to send it again"
    )]
    NoChecksum,
    /// Written by a newer version of the app.
    #[error(
        "it was written by a newer version of rehab-tracker (programme format {0}); update the app to open it"
    )]
    NewerVersion(u32),
    /// The content is not what was written.
    #[error(
        "it was changed or damaged after your clinician saved it (its checksum does not match): ask them to send it again"
    )]
    ChecksumMismatch,
    /// The checksum matches but the content is not usable.
    #[error(
        "its content is damaged or not in the expected form ({0}): ask your clinician to send it again"
    )]
    Damaged(String),
}

/// Reads and verifies a programme file's bytes.
pub fn read(bytes: &[u8]) -> Result<ClinicianProgramme, ProgrammeFileError> {
    if crate::export::bundle::looks_like_bundle(bytes) {
        return Err(ProgrammeFileError::IsBundle);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ProgrammeFileError::NotText)?;
    let newer = |body: &str| {
        crate::storage::schema::peek_version(body).filter(|v| *v > PROGRAMME_FILE_VERSION)
    };
    let Some((expected, body)) = split_checksummed(FIRST_LINE, text) else {
        return Err(newer(text).map_or(
            ProgrammeFileError::NoChecksum,
            ProgrammeFileError::NewerVersion,
        ));
    };
    if let Some(v) = newer(body) {
        return Err(ProgrammeFileError::NewerVersion(v));
    }
    if !hex(&Sha256::digest(body.as_bytes())).eq_ignore_ascii_case(expected) {
        return Err(ProgrammeFileError::ChecksumMismatch);
    }
    let file: ProgrammeFileVersion = ron::Options::default().from_str(body).map_err(|e| {
        ProgrammeFileError::Damaged(crate::storage::schema::shorten(&e.to_string()))
    })?;
    let ProgrammeFileVersion::V1(programme) = file;
    programme.programme.validate().map_err(|e| {
        ProgrammeFileError::Damaged(crate::storage::schema::shorten(&e.to_string()))
    })?;
    Ok(programme)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ClinicianProgramme {
        let mut programme = Programme::default_programme().unwrap();
        programme.sessions_per_week = 4;
        ClinicianProgramme {
            app_version: "0.1.0".into(),
            written_at: DateTime::parse_from_rfc3339("2026-11-26T10:00:00+00:00").unwrap(),
            for_patient: "AB-1234".into(),
            note: "Four sessions a week from now on.".into(),
            programme,
        }
    }

    #[test]
    fn a_programme_file_round_trips_and_any_changed_byte_is_caught() {
        let mut bytes = Vec::new();
        write(&sample(), &mut bytes).unwrap();
        assert_eq!(read(&bytes).unwrap(), sample());
        let text = String::from_utf8(bytes.clone()).unwrap();
        let at = text.find("sessions_per_week: 4").unwrap() + "sessions_per_week: ".len();
        let mut changed = bytes.clone();
        changed[at] = b'9';
        assert_eq!(read(&changed), Err(ProgrammeFileError::ChecksumMismatch));
    }

    #[test]
    fn other_files_are_refused_with_a_reason() {
        assert_eq!(read(b"\xff\xfe"), Err(ProgrammeFileError::NotText));
        assert_eq!(read(b"V1(())"), Err(ProgrammeFileError::NoChecksum));
        assert_eq!(read(b"V7(())"), Err(ProgrammeFileError::NewerVersion(7)));
        assert_eq!(
            read(crate::export::bundle::FIRST_LINE.as_bytes()),
            Err(ProgrammeFileError::IsBundle)
        );
        // A programme that does not hold together, with a matching checksum.
        let mut bad = sample();
        bad.programme.sessions_per_week = 0;
        let mut bytes = Vec::new();
        write(&bad, &mut bytes).unwrap();
        assert!(matches!(read(&bytes), Err(ProgrammeFileError::Damaged(_))));
    }
}
