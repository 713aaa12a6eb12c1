//! The programme file a clinician sends a patient: the adjusted programme, who it is for,
//! when it was written and a note.
//!
//! Version 2 is signed: after the first line come the four lines of a minisign signature
//! (each after `// `) of every byte that follows them, and the body names the clinician
//! (their name and both public keys). `minisign -V` verifies it once the lines are split
//! into the two files it reads (docs/security.md shows how).
//!
//! ```text
//! // rehab-tracker programme from your clinician. Open it in the app: Programme from your clinician…
//! // signed with minisign: the four lines below are the signature of every line after them
//! // untrusted comment: signature from a rehab-tracker clinician key
//! // RUQ…(base64)
//! // trusted comment: rehab-tracker programme for AB-1234 from Jane Physio, 2026-11-26T10:00:00+00:00
//! // …(base64)
//! V2((
//!   app_version: "0.1.0",
//!   written_at: "2026-11-26T10:00:00+00:00",
//!   for_patient: "AB-1234",
//!   note: "Three sessions a week, squats held at level 2.",
//!   clinician: (name: "Jane Physio", signing_key: "RW…", recipient: "age1…"),
//!   programme: ( ... ),
//! ))
//! ```
//!
//! Version 1, still read, has a SHA-256 checksum like the export bundle's instead:
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
use crate::handoff::keys::{self, Signer};
use crate::handoff::sign::{PublicKey, Signature, SignatureError};
use crate::model::{Clinician, Programme};
use crate::t;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{self, Write};

/// The newest programme-file format this build writes and reads.
pub const PROGRAMME_FILE_VERSION: u32 = 2;

/// The second line of a signed programme file.
pub const SIGNED_LINE: &str =
    "// signed with minisign: the four lines below are the signature of every line after them";

/// The first line of every programme file.
pub const FIRST_LINE: &str = "// rehab-tracker programme from your clinician. Open it in the app: Programme from your clinician…";

/// The programme file, versioned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProgrammeFileVersion {
    /// Version 1: with a checksum, not signed.
    V1(ClinicianProgramme),
    /// Version 2: signed, naming the clinician.
    V2(SignedProgramme),
}

/// The body of a signed programme file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedProgramme {
    /// The version of the app that wrote it.
    pub app_version: String,
    /// When it was written.
    pub written_at: DateTime<FixedOffset>,
    /// The patient code (or pseudonym) of the export it was made from.
    pub for_patient: String,
    /// A note for the patient.
    pub note: String,
    /// Who signed it: their name and public keys.
    pub clinician: Clinician,
    /// The programme.
    pub programme: Programme,
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
    /// Who signed it, once the signature was checked; `None` for an unsigned file. Never
    /// read from a file's text: only [`read`] sets it.
    #[serde(skip)]
    pub signed_by: Option<Clinician>,
}

/// Writes a signed programme file: the first line, the signature, then the body naming the
/// signer. `file.signed_by` is ignored: the signer's card is what goes in.
pub fn write_signed(
    file: &ClinicianProgramme,
    signer: &Signer,
    w: &mut impl Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    #[serde(rename = "ProgrammeFileVersion")]
    enum Ref {
        V2(SignedProgramme),
    }
    let body_value = SignedProgramme {
        app_version: file.app_version.clone(),
        written_at: file.written_at,
        for_patient: file.for_patient.clone(),
        note: file.note.clone(),
        clinician: signer.clinician.clone(),
        programme: file.programme.clone(),
    };
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(8)
        .indentor("  ".to_owned());
    let mut body =
        ron::ser::to_string_pretty(&Ref::V2(body_value), config).map_err(io::Error::other)?;
    body.push('\n');
    let signature = signer.key().sign(
        body.as_bytes(),
        &format!(
            "rehab-tracker programme for {} from {}, written {}",
            if file.for_patient.is_empty() {
                "(no code)"
            } else {
                &file.for_patient
            },
            signer.clinician.name,
            file.written_at.to_rfc3339()
        ),
    );
    write!(w, "{FIRST_LINE}\n{SIGNED_LINE}\n")?;
    for line in signature.to_lines() {
        writeln!(w, "// {line}")?;
    }
    w.write_all(body.as_bytes())
}

/// The signed part of a signed programme file: its four signature lines and the body they
/// sign, or `None` when the file is not laid out as a signed one.
#[must_use]
pub fn split_signed(text: &str) -> Option<([&str; 4], &str)> {
    let rest = text.strip_prefix(FIRST_LINE)?.strip_prefix('\n')?;
    let mut rest = rest.strip_prefix(SIGNED_LINE)?.strip_prefix('\n')?;
    let mut lines = [""; 4];
    for line in &mut lines {
        let (l, after) = rest.split_once('\n')?;
        *line = l.strip_prefix("// ")?;
        rest = after;
    }
    Some((lines, rest))
}

/// Writes an unsigned (version 1) programme file: the header with its checksum, then the body.
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
    NotText,
    /// An export bundle, not a programme.
    IsBundle,
    /// The two header lines are missing or damaged.
    NoChecksum,
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// The content is not what was written.
    ChecksumMismatch,
    /// The checksum matches but the content is not usable.
    Damaged(String),
    /// The signature lines cannot be read.
    SignatureDamaged(String),
    /// The signature does not hold: the file was changed after it was signed, or signed
    /// with another key than the one it names.
    Tampered(String),
}

/// In the current language.
impl std::fmt::Display for ProgrammeFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NotText => t!("core-programme-file-not-text"),
            Self::IsBundle => t!("core-programme-file-is-bundle"),
            Self::NoChecksum => t!("core-programme-file-no-checksum"),
            Self::NewerVersion(found) => {
                t!("core-programme-file-newer", found = found.to_string())
            }
            Self::ChecksumMismatch => t!("core-programme-file-checksum"),
            Self::Damaged(why) => t!("core-programme-file-damaged", why = why.as_str()),
            Self::SignatureDamaged(why) => {
                t!("core-programme-file-signature-damaged", why = why.as_str())
            }
            Self::Tampered(why) => t!("core-programme-file-tampered", why = why.as_str()),
        };
        f.write_str(&text)
    }
}

/// Reads and verifies a programme file's bytes: a signed one's signature against the key it
/// names (the caller compares that key with the pinned one), an unsigned one's checksum.
pub fn read(bytes: &[u8]) -> Result<ClinicianProgramme, ProgrammeFileError> {
    if crate::export::bundle::looks_like_bundle(bytes) {
        return Err(ProgrammeFileError::IsBundle);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ProgrammeFileError::NotText)?;
    let newer = |body: &str| {
        crate::storage::schema::peek_version(body).filter(|v| *v > PROGRAMME_FILE_VERSION)
    };
    if let Some((lines, body)) = split_signed(text) {
        if let Some(v) = newer(body) {
            return Err(ProgrammeFileError::NewerVersion(v));
        }
        return read_signed(lines, body);
    }
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
    let ProgrammeFileVersion::V1(programme) = parse(body)? else {
        return Err(ProgrammeFileError::Damaged(t!(
            "core-programme-file-unsigned"
        )));
    };
    check_programme(&programme.programme)?;
    Ok(programme)
}

fn parse(body: &str) -> Result<ProgrammeFileVersion, ProgrammeFileError> {
    ron::Options::default()
        .from_str(body)
        .map_err(|e| ProgrammeFileError::Damaged(crate::storage::schema::shorten(&e.to_string())))
}

fn check_programme(programme: &Programme) -> Result<(), ProgrammeFileError> {
    programme
        .validate()
        .map_err(|e| ProgrammeFileError::Damaged(crate::storage::schema::shorten(&e.to_string())))
}

/// Why a signature does not hold, worded once: the reason a damaged signature gives stands
/// alone in the message, not inside the signature error's own words.
fn signature_error(e: &SignatureError) -> ProgrammeFileError {
    match e {
        SignatureError::Malformed(reason) => {
            ProgrammeFileError::SignatureDamaged((*reason).to_owned())
        }
        SignatureError::OtherKey { .. }
        | SignatureError::ContentChanged
        | SignatureError::CommentChanged => ProgrammeFileError::Tampered(e.to_string()),
    }
}

fn read_signed(lines: [&str; 4], body: &str) -> Result<ClinicianProgramme, ProgrammeFileError> {
    let signature = Signature::from_lines(&lines).map_err(|e| signature_error(&e))?;
    let ProgrammeFileVersion::V2(signed) = parse(body)? else {
        return Err(ProgrammeFileError::Damaged(t!(
            "core-programme-file-signed-unsigned"
        )));
    };
    keys::parse_clinician(&signed.clinician).map_err(ProgrammeFileError::Damaged)?;
    let key = PublicKey::from_base64(&signed.clinician.signing_key)
        .map_err(|e| ProgrammeFileError::Damaged(e.to_string()))?;
    signature
        .verify(&key, body.as_bytes())
        .map_err(|e| signature_error(&e))?;
    check_programme(&signed.programme)?;
    Ok(ClinicianProgramme {
        app_version: signed.app_version,
        written_at: signed.written_at,
        for_patient: signed.for_patient,
        note: signed.note,
        programme: signed.programme,
        signed_by: Some(signed.clinician),
    })
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
            signed_by: None,
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

    fn signer(name: &str) -> Signer {
        Signer::new(
            crate::handoff::sign::SecretKey::generate().unwrap(),
            name,
            &crate::handoff::Identity::generate().recipient(),
        )
    }

    /// A signed file's text from its signature lines and body.
    fn envelope(lines: [&str; 4], body: &str) -> String {
        format!(
            "{FIRST_LINE}\n{SIGNED_LINE}\n// {}\n// {}\n// {}\n// {}\n{body}",
            lines[0], lines[1], lines[2], lines[3]
        )
    }

    fn signed(file: &ClinicianProgramme, signer: &Signer) -> String {
        let mut bytes = Vec::new();
        write_signed(file, signer, &mut bytes).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn a_signed_file_names_its_signer_and_any_change_is_refused() {
        let jane = signer("Jane Physio");
        let text = signed(&sample(), &jane);
        assert!(text.starts_with(&format!(
            "{FIRST_LINE}\n{SIGNED_LINE}\n// untrusted comment: "
        )));
        let read_back = read(text.as_bytes()).unwrap();
        assert_eq!(read_back.signed_by.as_ref(), Some(&jane.clinician));
        assert_eq!(
            ClinicianProgramme {
                signed_by: None,
                ..read_back
            },
            sample()
        );
        // One digit of the programme changed.
        let changed = text.replace("sessions_per_week: 4", "sessions_per_week: 5");
        assert!(matches!(
            read(changed.as_bytes()),
            Err(ProgrammeFileError::Tampered(_))
        ));
        // The name changed, to pass as someone else.
        let renamed = text.replace("name: \"Jane Physio\"", "name: \"Dr Other\"");
        assert!(matches!(
            read(renamed.as_bytes()),
            Err(ProgrammeFileError::Tampered(_))
        ));
        // A genuine signature over other bytes: another file's signature lines.
        let mut other = sample();
        other.note = "Another note.".into();
        let other_text = signed(&other, &jane);
        let (other_lines, _) = split_signed(&other_text).unwrap();
        let (_, body) = split_signed(&text).unwrap();
        let spliced = envelope(other_lines, body);
        let err = read(spliced.as_bytes()).unwrap_err();
        assert!(matches!(err, ProgrammeFileError::Tampered(_)), "{err}");
        assert!(
            err.to_string().contains("changed after it was signed"),
            "{err}"
        );
        // The body names Jane's key, the signature is Mallory's.
        let mallory = signer("Mallory");
        let mallory_text = signed(&sample(), &mallory);
        let (mallory_lines, _) = split_signed(&mallory_text).unwrap();
        let forged = envelope(mallory_lines, body);
        let err = read(forged.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("another key"), "{err}");
        // Said in plain words: never a parenthesis inside a parenthesis.
        let depth = |text: &str| {
            text.chars()
                .scan(0i32, |d, c| {
                    *d += match c {
                        '(' => 1,
                        ')' => -1,
                        _ => 0,
                    };
                    Some(*d)
                })
                .max()
                .unwrap_or(0)
        };
        assert!(depth(&err.to_string()) <= 1, "{err}");
        // Garbled signature lines.
        let (lines, _) = split_signed(&text).unwrap();
        let garbled = text.replacen(lines[1], &format!("{}!!", lines[1]), 1);
        let err = read(garbled.as_bytes()).unwrap_err();
        assert!(
            matches!(err, ProgrammeFileError::SignatureDamaged(_)),
            "{err}"
        );
        assert!(depth(&err.to_string()) <= 1, "{err}");
        // Signature lines cut off: neither signed nor checksummed.
        let (_, body) = split_signed(&text).unwrap();
        let stripped = format!("{FIRST_LINE}\n{body}");
        assert_eq!(
            read(stripped.as_bytes()),
            Err(ProgrammeFileError::NoChecksum)
        );
    }

    #[test]
    fn a_newer_signed_file_asks_for_an_update() {
        let text = signed(&sample(), &signer("Jane"));
        let newer = text.replacen("\nV2((", "\nV3((", 1);
        assert_eq!(
            read(newer.as_bytes()),
            Err(ProgrammeFileError::NewerVersion(3))
        );
    }
}
