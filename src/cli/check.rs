//! `rehab-tracker check`: is a data folder, or one file, sound?

use super::{CheckArgs, Failure, Output};
use crate::handoff::Identity;
use crate::model::YearMonth;
use crate::storage::Store;
use crate::storage::fs::{Fs, RealFs};
use crate::storage::schema::{Decoded, FileKind, MAX_FILE_BYTES, decode_file};
use crate::storage::store::plain_io;
use serde::Serialize;
use std::path::Path;

/// What `check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// No problems.
    pub sound: bool,
    /// Files read.
    pub files: usize,
    /// Sessions found.
    pub sessions: usize,
    /// Diary entries found.
    pub diary_entries: usize,
    /// Events found.
    pub events: usize,
    /// Every problem, in plain words.
    pub problems: Vec<String>,
    /// Things worth knowing that are not problems, such as damaged files the app set aside
    /// after putting back a good copy.
    pub notes: Vec<String>,
    /// For an export bundle: what it says about itself (only once its checksum matched).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bundle: Option<BundleSummary>,
}

/// What a sound export bundle says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BundleSummary {
    /// The SHA-256 checksum of its content, which matched.
    pub sha256: String,
    /// The version of the app that wrote it.
    pub app_version: String,
    /// When it was exported (RFC 3339).
    pub exported_at: String,
    /// The first day asked for, if limited.
    pub from: Option<String>,
    /// The last day asked for, if limited.
    pub to: Option<String>,
    /// Whether the patient code was replaced and notes left out.
    pub pseudonymised: bool,
    /// PSFS ratings found.
    pub psfs: usize,
}

/// Checks a data folder or one file. Never writes anything. An encrypted file is not
/// sound: its content cannot be checked without the identity ([`check_path_with`]).
#[must_use]
pub fn check_path(path: &Path) -> CheckReport {
    check_path_with(path, None)
}

/// As [`check_path`], opening an encrypted file (`.age`) with the clinician's identity and
/// checking what it holds.
#[must_use]
pub fn check_path_with(path: &Path, identity: Option<&Identity>) -> CheckReport {
    let mut report = CheckReport::default();
    if path.is_dir() {
        let loaded = Store::new(path).load();
        report.files = loaded.files_read;
        (report.sessions, report.diary_entries, report.events) = loaded.journal.counts();
        report.problems = loaded
            .problems
            .iter()
            .map(crate::storage::FileProblem::message)
            .collect();
        report.notes = loaded
            .kept_unreadable
            .iter()
            .map(|p| crate::t!("cli-check-set-aside", path = p.display().to_string()))
            .collect();
    } else {
        check_file(path, identity, &mut report);
    }
    report.sound = report.problems.is_empty();
    report
}

fn check_file(path: &Path, identity: Option<&Identity>, report: &mut CheckReport) {
    let bytes = match RealFs.read_capped(path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => {
            report.problems.push(crate::t!(
                "cli-check-unreadable",
                path = path.display().to_string(),
                error = plain_io(&e)
            ));
            return;
        }
    };
    report.files = 1;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if crate::handoff::encrypt::is_encrypted(&bytes) {
        let Some(identity) = identity else {
            report.problems.push(crate::t!(
                "cli-check-encrypted-no-identity",
                path = path.display().to_string()
            ));
            return;
        };
        match crate::handoff::encrypt::decrypt(&bytes, identity, MAX_FILE_BYTES) {
            Ok(plain) => {
                report.notes.push(crate::t!(
                    "cli-check-encrypted-opened",
                    path = path.display().to_string()
                ));
                let inner = name.strip_suffix(".age").unwrap_or(name);
                check_bytes(path, inner, &plain, report);
            }
            Err(e) => report.problems.push(crate::t!(
                "cli-check-encrypted-failed",
                path = path.display().to_string(),
                error = e.to_string()
            )),
        }
        return;
    }
    check_bytes(path, name, &bytes, report);
}

/// Whether the bytes are a tar archive (an encrypted CSV export holds one).
fn is_tar(bytes: &[u8]) -> bool {
    bytes.get(257..262) == Some(b"ustar")
}

/// Checks the content of one file, named `name` (for an encrypted file, its name without
/// `.age`).
fn check_bytes(path: &Path, name: &str, bytes: &[u8], report: &mut CheckReport) {
    if crate::export::bundle::looks_like_bundle(bytes)
        || crate::export::bundle::looks_like_headless_bundle(bytes)
        || name.ends_with(".bundle.ron")
    {
        check_bundle(path, bytes, report);
        return;
    }
    if is_tar(bytes) {
        report.notes.push(crate::t!(
            "cli-check-tar",
            path = path.display().to_string(),
            bytes = bytes.len()
        ));
        return;
    }
    if bytes.starts_with(crate::review::programme_file::FIRST_LINE.as_bytes()) {
        match crate::review::programme_file::read(bytes) {
            Ok(file) => report.notes.push(crate::t!(
                "cli-check-programme-file",
                patient = if file.for_patient.is_empty() {
                    crate::t!("cli-check-no-code")
                } else {
                    file.for_patient.clone()
                },
                written = file.written_at.to_rfc3339(),
                signed = file.signed_by.as_ref().map_or_else(
                    || crate::t!("cli-check-unsigned"),
                    |c| crate::t!(
                        "cli-check-signed",
                        name = c.name.as_str(),
                        key = crate::handoff::keys::key_id(c)
                    )
                )
            )),
            Err(e) => report.problems.push(crate::t!(
                "cli-check-programme-refused",
                path = path.display().to_string(),
                error = e.to_string()
            )),
        }
        return;
    }
    // A generation (generations/journal/2026-11.ron/<time>.ron) is read as its file.
    let parent = path
        .parent()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let kind_of = |name: &str| match name {
        crate::storage::store::PROFILE_FILE => Some(FileKind::Profile),
        crate::storage::store::PROGRAMME_FILE => Some(FileKind::Programme),
        crate::storage::store::SETTINGS_FILE => Some(FileKind::Settings),
        _ => name
            .strip_suffix(".ron")
            .and_then(YearMonth::parse)
            .map(FileKind::Month),
    };
    let result = if let Some(kind) = kind_of(name).or_else(|| kind_of(parent)) {
        decode_file(kind, bytes)
    } else {
        // Named otherwise: a month of any date, or the profile, or the programme.
        let any_month = FileKind::Month(YearMonth { year: 0, month: 1 });
        match decode_file(any_month, bytes) {
            Err(crate::storage::schema::DecodeError::Inconsistent(_)) => {
                // Well formed; only the dates do not fit a month it is not named after.
                crate::storage::schema::decode::<crate::storage::schema::JournalMonthFile>(bytes)
                    .map(|f| Decoded::Month(f.into_current()))
            }
            Err(e) => decode_file(FileKind::Profile, bytes)
                .or_else(|_| decode_file(FileKind::Programme, bytes))
                .or_else(|_| decode_file(FileKind::Settings, bytes))
                .map_err(|_| e),
            ok => ok,
        }
    };
    if let Ok(Decoded::Month(m)) = &result {
        report.sessions = m.sessions.len();
        report.diary_entries = m.diary.len();
        report.events = m.events.len();
    }
    // Storage knows no keys: the pinned clinician's are checked here, by the hand-off.
    if let Ok(Decoded::Programme(record)) = &result
        && let Some(pinned) = &record.clinician
        && let Err(e) = crate::handoff::keys::parse_clinician(pinned)
    {
        report.problems.push(crate::t!(
            "cli-check-pinned-keys-unusable",
            path = path.display().to_string(),
            error = e.clone()
        ));
    }
    if let Err(e) = result {
        report.problems.push(crate::t!(
            "cli-check-unreadable",
            path = path.display().to_string(),
            error = e.to_string()
        ));
    }
}

fn check_bundle(path: &Path, bytes: &[u8], report: &mut CheckReport) {
    match crate::export::bundle::read(bytes) {
        Ok(bundle) => {
            let journal = bundle.journal();
            (report.sessions, report.diary_entries, report.events) = journal.counts();
            report.bundle = Some(BundleSummary {
                sha256: crate::export::bundle::checksum_of(bytes).unwrap_or_default(),
                app_version: bundle.app_version.clone(),
                exported_at: bundle.exported_at.to_rfc3339(),
                from: bundle.from.map(|d| d.to_string()),
                to: bundle.to.map(|d| d.to_string()),
                pseudonymised: bundle.pseudonymised,
                psfs: journal.psfs().count(),
            });
        }
        Err(e) => report.problems.push(crate::t!(
            "cli-check-bundle-untrusted",
            path = path.display().to_string(),
            error = e.to_string()
        )),
    }
}

pub(super) fn run(args: &CheckArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    if !args.path.exists() {
        return Err(Failure::Failed(crate::t!(
            "cli-check-missing",
            path = args.path.display().to_string()
        )));
    }
    let identity = args
        .identity
        .as_deref()
        .map(crate::handoff::keys::read_identity)
        .transpose()
        .map_err(|e| Failure::Failed(crate::t!("cli-check-no-identity", error = e.to_string())))?;
    let report = check_path_with(&args.path, identity.as_ref());
    if args.json {
        let json = serde_json::to_string(&report).map_err(|e| Failure::Failed(e.to_string()))?;
        out.line(&json);
    } else {
        out.line(&crate::t!(
            "cli-check-counts",
            path = args.path.display().to_string(),
            files = report.files,
            sessions = report.sessions,
            diary = report.diary_entries,
            events = report.events
        ));
        if let Some(b) = &report.bundle {
            out.line(&crate::t!(
                "cli-check-bundle",
                version = b.app_version.as_str(),
                at = b.exported_at.as_str(),
                pseudonymised = if b.pseudonymised { "yes" } else { "no" },
                sum = b.sha256.as_str()
            ));
        }
        for p in &report.problems {
            out.line(&crate::t!("cli-check-problem", problem = p.as_str()));
        }
        for n in &report.notes {
            out.line(&crate::t!("cli-check-note", note = n.as_str()));
        }
        out.line(&if report.sound {
            crate::t!("cli-check-sound")
        } else {
            crate::t!("cli-check-not-sound")
        });
    }
    if report.sound {
        Ok(())
    } else {
        Err(Failure::Failed(crate::t!(
            "cli-check-problems-found",
            count = report.problems.len()
        )))
    }
}
