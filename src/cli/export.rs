//! `rehab-tracker export`: writes the journal for a physiotherapist. Reads the data folder
//! without locking or changing it; writes only the output.

use super::{ExportArgs, Failure, Output};
use crate::export::{self, DateRange, ExportInput, ExportOptions, Format};
use crate::storage::Store;
use std::path::{Path, PathBuf};

pub(super) fn run(dir: &Path, args: &ExportArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let range = DateRange {
        from: args.from,
        to: args.to,
    };
    if range.is_reversed() {
        return Err(Failure::BadInput(crate::t!("cli-export-reversed")));
    }
    let loaded = load(dir, &args.out)?;
    let input = ExportInput {
        profile: loaded.profile.as_ref(),
        programme: loaded.programme.as_ref().map(|r| &r.programme),
        earlier_programmes: loaded
            .programme
            .as_ref()
            .map_or(&[], |r| r.earlier.as_slice()),
        journal: &loaded.journal,
    };
    let options = ExportOptions {
        range,
        pseudonymise: args.pseudonymise,
        fhir_bundle: args.fhir_bundle.into(),
        ..ExportOptions::now()
    };
    let encrypt_to = args
        .encrypt_to
        .as_deref()
        .map(|given| {
            recipient(
                given,
                loaded.programme.as_ref().and_then(|r| r.clinician.as_ref()),
            )
        })
        .transpose()?;
    let prepared = export::prepare(&input, &options);
    let format = Format::from(args.format);
    let written = match &encrypt_to {
        Some((to, _)) => {
            export::write_encrypted_with(format, &prepared, &args.out, to, &mut |_| {})
        }
        None => export::write_to_path(format, &prepared, &args.out),
    }
    .map_err(|e| Failure::Failed(e.to_string()))?;
    tell(
        out,
        args,
        format,
        &prepared,
        written.files.len(),
        written.bytes,
        encrypt_to.as_ref(),
    );
    Ok(())
}

/// The data folder's record, once it is sure the export can be whole and lands outside it.
fn load(dir: &Path, out: &Path) -> Result<crate::storage::Loaded, Failure> {
    if !dir.is_dir() {
        return Err(Failure::Failed(crate::t!(
            "cli-export-no-data-folder",
            dir = dir.display().to_string()
        )));
    }
    if is_inside(out, dir) {
        return Err(Failure::BadInput(crate::t!(
            "cli-export-inside-data-folder",
            out = out.display().to_string(),
            dir = dir.display().to_string()
        )));
    }
    let loaded = Store::new(dir).load();
    super::follow_settings(loaded.settings.as_ref());
    if let Some(problem) = loaded.problems.first() {
        return Err(Failure::Failed(crate::t!(
            "cli-export-unreadable",
            problem = problem.message()
        )));
    }
    if loaded.profile.is_none() && loaded.journal.months().is_empty() {
        return Err(Failure::Failed(crate::t!(
            "cli-export-empty",
            dir = dir.display().to_string()
        )));
    }
    Ok(loaded)
}

/// What was written, where, and how to open or check it.
fn tell(
    out: &mut Output<'_>,
    args: &ExportArgs,
    format: Format,
    prepared: &export::Prepared,
    files: usize,
    bytes: u64,
    encrypt_to: Option<&(crate::handoff::Recipient, String)>,
) {
    let (sessions, diary, events, psfs) = prepared.counts();
    if format == Format::Sheet {
        out.line(&crate::t!(
            "cli-export-sheet-written",
            out = args.out.display().to_string(),
            bytes = bytes
        ));
    } else {
        out.line(&crate::t!(
            "cli-export-written",
            sessions = sessions,
            diary = diary,
            events = events,
            psfs = psfs,
            out = args.out.display().to_string(),
            files = files,
            bytes = bytes
        ));
    }
    if args.pseudonymise {
        out.line(&crate::t!(
            "cli-export-pseudonymised",
            patient = prepared.patient_label.as_str()
        ));
    }
    if let Some((to, who)) = encrypt_to {
        out.line(&crate::t!(
            "cli-export-encrypted",
            who = who.as_str(),
            key = to.to_string(),
            out = args.out.display().to_string()
        ));
    }
    if format == Format::Bundle
        && encrypt_to.is_none()
        && let Some(sum) = std::fs::read(&args.out)
            .ok()
            .and_then(|b| export::bundle::checksum_of(&b))
    {
        out.line(&crate::t!(
            "cli-export-checksum",
            sum = sum,
            out = args.out.display().to_string()
        ));
    }
}

/// The recipient `--encrypt-to` names, and who it is in words: `pinned` (the clinician the
/// programme record pinned), an `age1…` key, or a file holding one.
fn recipient(
    given: &str,
    pinned: Option<&crate::model::Clinician>,
) -> Result<(crate::handoff::Recipient, String), Failure> {
    if given == "pinned" {
        let Some(c) = pinned else {
            return Err(Failure::BadInput(crate::t!("cli-export-nobody-pinned")));
        };
        let to = c
            .recipient
            .parse()
            .map_err(|e: crate::handoff::encrypt::BadKey| {
                Failure::Failed(crate::t!(
                    "cli-export-pinned-key-unusable",
                    error = e.to_string()
                ))
            })?;
        return Ok((to, c.name.clone()));
    }
    if given.starts_with("age1") {
        let to = given
            .parse()
            .map_err(|e: crate::handoff::encrypt::BadKey| Failure::BadInput(e.to_string()))?;
        return Ok((to, crate::t!("cli-export-key-holder")));
    }
    let path = Path::new(given);
    let bytes = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file() && m.len() <= 64 * 1024)
        .and_then(|_| std::fs::read(path).ok())
        .ok_or_else(|| Failure::BadInput(crate::t!("cli-export-bad-recipient", given = given)))?;
    let to = std::str::from_utf8(&bytes)
        .ok()
        .and_then(|t| crate::handoff::Recipient::from_file(t).ok())
        .ok_or_else(|| Failure::BadInput(crate::t!("cli-export-no-key-in-file", file = given)))?;
    Ok((to, crate::t!("cli-export-key-file-holder", file = given)))
}

/// Whether `path` (which may not exist yet) is `dir` or inside it.
fn is_inside(path: &Path, dir: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else {
        return false;
    };
    let absolute = if path.is_absolute() {
        path.to_owned()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(path),
            Err(_) => return false,
        }
    };
    // Resolve the deepest part that exists; the rest is appended as written.
    let mut existing = absolute.as_path();
    let mut rest: Vec<&std::ffi::OsStr> = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let full: PathBuf = rest.iter().rev().fold(real, |p, c| p.join(c));
            return full.starts_with(&dir);
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name);
                existing = parent;
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_the_data_folder_are_recognised() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        std::fs::create_dir_all(data.join("journal")).unwrap();
        assert!(is_inside(&data.join("journal/2026-11.ron"), &data));
        assert!(is_inside(&data.join("new/sub/out.json"), &data));
        assert!(is_inside(&data, &data));
        assert!(!is_inside(&tmp.path().join("out.json"), &data));
        assert!(!is_inside(&tmp.path().join("data-export"), &data));
    }
}
