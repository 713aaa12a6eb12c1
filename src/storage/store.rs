//! The journal store: where files live, how they are read, and how they are saved.

use super::fs::{Fs, RealFs, TooLarge};
use super::schema::{
    self, DecodeError, JournalMonthFile, MAX_FILE_BYTES, ProfileFile, ProgrammeFile,
};
use crate::model::{Journal, Month, Profile, Programme, YearMonth};
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The profile file's name.
pub const PROFILE_FILE: &str = "profile.ron";
/// The programme file's name.
pub const PROGRAMME_FILE: &str = "programme.ron";
/// The folder of month files.
pub const JOURNAL_DIR: &str = "journal";

/// A save or read that failed, in words a patient can act on.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The operating system refused.
    #[error("Could not {action} {}: {}", .path.display(), plain_io(.source))]
    Io {
        /// "save" or "read".
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Turning the data into text failed (should not happen with valid data).
    #[error("Could not prepare {} for saving: {reason}", .path.display())]
    Encode {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// What an I/O error means, in plain words.
#[must_use]
pub fn plain_io(e: &io::Error) -> String {
    if let Some(too_large) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<TooLarge>())
    {
        return too_large.to_string();
    }
    match e.kind() {
        io::ErrorKind::StorageFull => {
            "the disk is full. Free some space and the app will try again".into()
        }
        io::ErrorKind::PermissionDenied => {
            "the app is not allowed to write there. Check the folder's permissions".into()
        }
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        io::ErrorKind::NotFound => "the file or its folder is missing".into(),
        _ => format!("the system reported: {e}"),
    }
}

/// A file that could not be used, kept as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// The file.
    pub path: PathBuf,
    /// Why, in plain words.
    pub reason: String,
    /// Written by a newer version of the app.
    pub newer_version: bool,
}

impl FileProblem {
    /// The message shown to the patient.
    #[must_use]
    pub fn message(&self) -> String {
        format!(
            "The file {} could not be read: {}.",
            self.path.display(),
            self.reason
        )
    }
}

/// What was found in the data directory.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The profile, if set up.
    pub profile: Option<Profile>,
    /// The programme in force, if one was saved.
    pub programme: Option<Programme>,
    /// Every month that could be read.
    pub journal: Journal,
    /// Files that could not be read. While there are any, nothing is saved.
    pub problems: Vec<FileProblem>,
    /// Files read.
    pub files_read: usize,
}

/// Files to write in one save: only the ones that changed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveBatch {
    /// A new profile.
    pub profile: Option<Profile>,
    /// A new programme.
    pub programme: Option<Programme>,
    /// Changed months.
    pub months: Vec<(YearMonth, Month)>,
}

impl SaveBatch {
    /// Whether there is nothing to write.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.profile.is_none() && self.programme.is_none() && self.months.is_empty()
    }
}

/// The data directory and how to read and write it.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    fs: Arc<dyn Fs>,
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Store {
    /// A store in `dir`, using the real file system.
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self::with_fs(dir, Arc::new(RealFs))
    }

    /// A store using the given file operations (tests pass a failing one).
    #[must_use]
    pub fn with_fs(dir: impl Into<PathBuf>, fs: Arc<dyn Fs>) -> Self {
        Self {
            dir: dir.into(),
            fs,
        }
    }

    /// The data directory.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of a month's file.
    #[must_use]
    pub fn month_path(&self, ym: YearMonth) -> PathBuf {
        self.dir.join(JOURNAL_DIR).join(format!("{ym}.ron"))
    }

    /// Reads everything in the data directory. A file that can't be read is listed in
    /// `problems` and left untouched.
    #[must_use]
    pub fn load(&self) -> Loaded {
        let mut loaded = Loaded::default();
        let profile_path = self.dir.join(PROFILE_FILE);
        if let Some(file) = self.read_file::<ProfileFile>(&profile_path, &mut loaded) {
            loaded.profile = Some(file.into_current());
        }
        let programme_path = self.dir.join(PROGRAMME_FILE);
        if let Some(file) = self.read_file::<ProgrammeFile>(&programme_path, &mut loaded) {
            let programme = file.into_current();
            match programme.validate() {
                Ok(()) => loaded.programme = Some(programme),
                Err(e) => loaded.problems.push(FileProblem {
                    path: programme_path,
                    reason: e.to_string(),
                    newer_version: false,
                }),
            }
        }
        let mut months = BTreeMap::new();
        for (ym, path) in self.month_files(&mut loaded.problems) {
            if let Some(file) = self.read_file::<JournalMonthFile>(&path, &mut loaded) {
                let month = file.into_current();
                let problems = month.problems(ym);
                if problems.is_empty() {
                    months.insert(ym, month);
                } else {
                    loaded.problems.push(FileProblem {
                        path,
                        reason: problems.join("; "),
                        newer_version: false,
                    });
                }
            }
        }
        loaded.journal = Journal::from_months(months);
        loaded
    }

    /// The month files in the journal folder, oldest first.
    fn month_files(&self, problems: &mut Vec<FileProblem>) -> Vec<(YearMonth, PathBuf)> {
        let dir = self.dir.join(JOURNAL_DIR);
        let entries = match self.fs.list_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => {
                problems.push(FileProblem {
                    reason: plain_io(&e),
                    path: dir,
                    newer_version: false,
                });
                return Vec::new();
            }
        };
        let mut files: Vec<(YearMonth, PathBuf)> = entries
            .into_iter()
            .filter_map(|path| {
                let name = path.file_name()?.to_str()?;
                let ym = YearMonth::parse(name.strip_suffix(".ron")?)?;
                Some((ym, path))
            })
            .collect();
        files.sort();
        files
    }

    /// Reads and decodes one file; a missing file is `None` with no problem.
    fn read_file<T: for<'de> serde::Deserialize<'de>>(
        &self,
        path: &Path,
        loaded: &mut Loaded,
    ) -> Option<T> {
        let bytes = match self.fs.read_capped(path, MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(e) => {
                loaded.problems.push(FileProblem {
                    path: path.to_owned(),
                    reason: plain_io(&e),
                    newer_version: false,
                });
                return None;
            }
        };
        loaded.files_read += 1;
        match schema::decode::<T>(&bytes) {
            Ok(value) => Some(value),
            Err(e) => {
                loaded.problems.push(FileProblem {
                    path: path.to_owned(),
                    newer_version: matches!(e, DecodeError::NewerVersion(_)),
                    reason: e.to_string(),
                });
                None
            }
        }
    }

    /// Writes the changed files, each crash-safely. Stops at the first failure; files
    /// already on disk are never left damaged.
    pub fn save(&self, batch: &SaveBatch) -> Result<usize, StorageError> {
        let mut written = 0;
        if let Some(profile) = &batch.profile {
            let text = encode(
                &ProfileFile::V1(profile.clone()),
                &self.dir.join(PROFILE_FILE),
            )?;
            self.write_atomic(&self.dir.join(PROFILE_FILE), text.as_bytes())?;
            written += 1;
        }
        if let Some(programme) = &batch.programme {
            let path = self.dir.join(PROGRAMME_FILE);
            let text = encode(&ProgrammeFile::V1(programme.clone()), &path)?;
            self.write_atomic(&path, text.as_bytes())?;
            written += 1;
        }
        for (ym, month) in &batch.months {
            let path = self.month_path(*ym);
            let text = encode(&JournalMonthFile::V1(month.clone()), &path)?;
            self.write_atomic(&path, text.as_bytes())?;
            written += 1;
        }
        Ok(written)
    }

    /// Writes one file crash-safely: a temporary file beside it, flushed to disk, renamed
    /// over the old one, and the folder flushed, so the file is either old or new, never half.
    pub fn write_atomic(&self, path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
        let io_err = |source| StorageError::Io {
            action: "save",
            path: path.to_owned(),
            source,
        };
        let dir = path.parent().unwrap_or(&self.dir);
        self.fs.create_dir_all(dir).map_err(io_err)?;
        if dir != self.dir {
            self.fs.create_dir_all(&self.dir).map_err(io_err)?;
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
        let temp = dir.join(format!(
            ".{name}.tmp-{}-{}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        if let Err(e) = self.fs.write_new_synced(&temp, bytes) {
            let _ = self.fs.remove_file(&temp);
            return Err(io_err(e));
        }
        if let Err(e) = self.fs.rename(&temp, path) {
            let _ = self.fs.remove_file(&temp);
            return Err(io_err(e));
        }
        self.fs.sync_dir(dir).map_err(io_err)
    }

    /// Removes temporary files left by a save that was cut short. Only call while holding
    /// the data directory's lock, so no other copy of the app is mid-save.
    #[must_use = "the count says whether an interrupted save was cleaned up"]
    pub fn remove_leftover_temp_files(&self) -> usize {
        let mut removed = 0;
        for dir in [self.dir.clone(), self.dir.join(JOURNAL_DIR)] {
            let Ok(entries) = self.fs.list_dir(&dir) else {
                continue;
            };
            for path in entries {
                let is_temp = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.') && n.contains(".tmp-"));
                if is_temp && self.fs.remove_file(&path).is_ok() {
                    removed += 1;
                }
            }
        }
        removed
    }
}

fn encode<T: serde::Serialize>(value: &T, path: &Path) -> Result<String, StorageError> {
    schema::encode(value).map_err(|e| StorageError::Encode {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}
