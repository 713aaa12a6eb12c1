//! Writing an export to disk crash-safely: each file goes to a temporary file beside it,
//! flushed to disk, then renamed over the target, so the target is never half written. A new
//! CSV folder is built under a temporary name and renamed into place as a whole.

use super::{Format, Prepared, bundle, csv, fhir};
use crate::storage::fs::{Fs, RealFs, parent_of, temp_beside, write_atomic, write_atomic_streamed};
use crate::storage::store::plain_io;
use crate::t;
use std::io;
use std::path::{Path, PathBuf};

/// An export that could not be written, in plain words.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target is a folder where a file is wanted, or the other way round (in words).
    WrongKind(String),
    /// The system refused.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: io::Error,
    },
}

/// In the current language.
impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::WrongKind(text) => f.write_str(text),
            Self::Io { path, source } => f.write_str(&t!(
                "core-export-could-not-write",
                path = path.display().to_string(),
                reason = plain_io(source)
            )),
        }
    }
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// Every file written, in order.
    pub files: Vec<PathBuf>,
    /// Bytes written in all.
    pub bytes: u64,
}

/// Writes one format to `out`: a folder for CSV (created if missing), a file otherwise.
pub fn write_to_path(format: Format, data: &Prepared, out: &Path) -> Result<Written, ExportError> {
    write_to_path_with(format, data, out, &mut |_| {})
}

/// How many steps [`write_to_path_with`] reports for a format.
#[must_use]
pub fn steps(format: Format) -> usize {
    if format.is_folder() {
        csv::Table::ALL.len() + 1
    } else {
        2
    }
}

/// As [`write_to_path`], calling `step` with the number of steps done (out of
/// [`steps`]) as each table is encoded and as the files are written, for a progress bar.
pub fn write_to_path_with(
    format: Format,
    data: &Prepared,
    out: &Path,
    step: &mut dyn FnMut(usize),
) -> Result<Written, ExportError> {
    let io_err = |path: &Path| {
        let path = path.to_owned();
        move |source| ExportError::Io { path, source }
    };
    if format.is_folder() {
        if out.is_file() {
            return Err(ExportError::WrongKind(t!(
                "core-export-is-a-file",
                path = out.display().to_string()
            )));
        }
        let files = encode(format, data, step).map_err(io_err(out))?;
        let bytes = files.iter().map(|(_, b)| b.len() as u64).sum();
        let written = if out.is_dir() {
            let mut written = Vec::new();
            for (name, content) in &files {
                let path = out.join(name);
                write_file(&path, content).map_err(io_err(&path))?;
                written.push(path);
            }
            written
        } else {
            write_new_folder(out, &files).map_err(io_err(out))?
        };
        step(steps(format));
        Ok(Written {
            files: written,
            bytes,
        })
    } else if format == Format::Fhir {
        // Written straight into the file, one resource at a time: a FHIR Bundle of years of
        // diary is the largest export, and is never held whole in memory.
        refuse_folder(format, out)?;
        let bytes =
            write_atomic_streamed(out, |mut w| fhir::write(data, &mut w)).map_err(io_err(out))?;
        step(steps(format));
        Ok(Written {
            files: vec![out.to_owned()],
            bytes,
        })
    } else {
        refuse_folder(format, out)?;
        let files = encode(format, data, step).map_err(io_err(out))?;
        let bytes: &[u8] = files.first().map_or(&[], |(_, b)| b.as_slice());
        write_file(out, bytes).map_err(io_err(out))?;
        step(steps(format));
        Ok(Written {
            files: vec![out.to_owned()],
            bytes: bytes.len() as u64,
        })
    }
}

/// As [`write_to_path_with`], but encrypted to `to` in the age format: one file at `out`
/// whatever the format, so a CSV export becomes one encrypted tar archive of its folder
/// (one attachment to send, opened with `age -d -i identity.txt FILE | tar -x`).
pub fn write_encrypted_with(
    format: Format,
    data: &Prepared,
    out: &Path,
    to: &crate::handoff::Recipient,
    step: &mut dyn FnMut(usize),
) -> Result<Written, ExportError> {
    let io_err = |source| ExportError::Io {
        path: out.to_owned(),
        source,
    };
    refuse_folder(format, out)?;
    let files = encode(format, data, step).map_err(io_err)?;
    let plain = if format.is_folder() {
        let day = data.options.exported_at.date_naive();
        let entries: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
        crate::handoff::archive::tar(
            &format.default_name(day),
            &entries,
            data.options.exported_at.timestamp(),
        )
        .map_err(|e| io_err(io::Error::other(e)))?
    } else {
        files.into_iter().next().map(|(_, b)| b).unwrap_or_default()
    };
    let sealed = crate::handoff::encrypt::encrypt(&plain, to).map_err(io_err)?;
    write_file(out, &sealed).map_err(io_err)?;
    step(steps(format));
    Ok(Written {
        files: vec![out.to_owned()],
        bytes: sealed.len() as u64,
    })
}

/// A one-file export cannot replace a folder.
fn refuse_folder(format: Format, out: &Path) -> Result<(), ExportError> {
    if out.is_dir() {
        return Err(ExportError::WrongKind(t!(
            "core-export-is-a-folder",
            path = out.display().to_string(),
            example = out
                .join(format.default_name(chrono::Local::now().date_naive()))
                .display()
                .to_string()
        )));
    }
    Ok(())
}

/// The files of one format, encoded in memory: one per table for CSV (calling `step` after
/// each), one for the others (calling `step(1)`).
fn encode(
    format: Format,
    data: &Prepared,
    step: &mut dyn FnMut(usize),
) -> io::Result<Vec<(&'static str, Vec<u8>)>> {
    if format.is_folder() {
        return csv::Table::ALL
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut bytes = Vec::new();
                let done = csv::write_table(*t, data, &mut bytes).map(|()| (t.file_name(), bytes));
                step(i + 1);
                done
            })
            .collect();
    }
    let mut bytes = Vec::new();
    match format {
        Format::Bundle => bundle::write(data, &mut bytes),
        Format::Fhir => fhir::write(data, &mut bytes),
        Format::Report => super::report::write(data, &mut bytes),
        Format::Sheet => super::sheet::write(data, &mut bytes),
        Format::Csv => Ok(()),
    }?;
    step(1);
    Ok(vec![("", bytes)])
}

/// One file, crash-safely, with the storage's one crash-safe write
/// ([`crate::storage::fs::write_atomic`]). The folder must exist; its permissions are left
/// as they are.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic(&RealFs, path, bytes)
}

/// A new folder of files, built under a temporary name and renamed into place whole.
fn write_new_folder(out: &Path, files: &[(&str, Vec<u8>)]) -> io::Result<Vec<PathBuf>> {
    let fs = RealFs;
    let temp = temp_beside(out);
    let result = (|| {
        fs.create_dir_all(&temp)?;
        for (name, content) in files {
            fs.write_new_synced(&temp.join(name), content)?;
        }
        fs.sync_dir(&temp)?;
        fs.rename(&temp, out)?;
        fs.sync_dir(parent_of(out))
    })();
    if let Err(e) = result {
        for (name, _) in files {
            let _ = fs.remove_file(&temp.join(name));
        }
        let _ = std::fs::remove_dir(&temp);
        return Err(e);
    }
    Ok(files.iter().map(|(name, _)| out.join(name)).collect())
}
