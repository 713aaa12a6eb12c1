//! The journal store: where files live, how they are read, and how they are saved.

use super::fs::{Fs, RealFs, TooLarge};
use crate::t;
// Where the app's callers have always found it; it lives with the file system below.
pub use super::fs::plain_io;
use super::generations::{self, GENERATIONS_DIR};
use super::lock::InstanceLock;
use super::schema::{
    self, DecodeError, Decoded, FileKind, JournalMonthFileRef, MAX_FILE_BYTES, ProfileFile,
    ProgrammeFile, SettingsFile,
};
use crate::model::{Journal, Month, Profile, ProgrammeRecord, Settings, YearMonth};
use chrono::{Local, NaiveDateTime, TimeZone, Utc};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The profile file's name.
pub const PROFILE_FILE: &str = "profile.ron";
/// The programme file's name.
pub const PROGRAMME_FILE: &str = "programme.ron";
/// The settings file's name.
pub const SETTINGS_FILE: &str = "settings.ron";
/// The folder of month files.
pub const JOURNAL_DIR: &str = "journal";

/// A save or read that failed, in words a patient can act on.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The operating system refused.
    Io {
        /// "save" or "read".
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: io::Error,
    },
    /// The file there was written by a newer version of the app; it is never overwritten.
    NewerVersion {
        /// The file.
        path: PathBuf,
    },
    /// Turning the data into text failed (should not happen with valid data).
    Encode {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// In the current language.
impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Io {
                action: "read",
                path,
                source,
            } => t!(
                "core-storage-could-not-read",
                path = path.display().to_string(),
                reason = plain_io(source)
            ),
            Self::Io { path, source, .. } => t!(
                "core-storage-could-not-save",
                path = path.display().to_string(),
                reason = plain_io(source)
            ),
            Self::NewerVersion { path } => {
                t!("core-storage-newer", path = path.display().to_string())
            }
            Self::Encode { path, reason } => t!(
                "core-storage-encode",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
        };
        f.write_str(&text)
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
        t!(
            "core-file-unreadable",
            path = self.path.display().to_string(),
            reason = self.reason.as_str()
        )
    }
}

/// A damaged file that was replaced by its last good copy. The damaged file is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The file.
    pub path: PathBuf,
    /// Where the damaged file was kept.
    pub kept_as: PathBuf,
    /// When the copy put back was kept (UTC): the file held it until then.
    pub copy_time: Option<NaiveDateTime>,
    /// What was wrong with the damaged file, in plain words.
    pub reason: String,
}

impl Restored {
    /// The message shown to the patient.
    #[must_use]
    pub fn message(&self) -> String {
        t!(
            "core-file-restored",
            path = self.path.display().to_string(),
            reason = self.reason.as_str(),
            time = local_time_text(self.copy_time),
            kept_as = self.kept_as.display().to_string()
        )
    }
}

/// What was found in the data directory.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The profile, if set up.
    pub profile: Option<Profile>,
    /// The programme in force and the earlier ones, if one was saved.
    pub programme: Option<ProgrammeRecord>,
    /// The settings, if saved (the defaults apply until then).
    pub settings: Option<Settings>,
    /// Every month that could be read.
    pub journal: Journal,
    /// Files that could not be read. While there are any, nothing is saved.
    pub problems: Vec<FileProblem>,
    /// Files read.
    pub files_read: usize,
    /// Damaged files put back from a good copy by this load (only [`Store::load_and_repair`]).
    pub restored: Vec<Restored>,
    /// Damaged files kept aside by repairs, now or earlier (`<name>.unreadable-<time>`).
    pub kept_unreadable: Vec<PathBuf>,
}

/// Files to write in one save: only the ones that changed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveBatch {
    /// A new profile.
    pub profile: Option<Profile>,
    /// A new programme (or a new history of programmes).
    pub programme: Option<ProgrammeRecord>,
    /// New settings.
    pub settings: Option<Settings>,
    /// Changed months (shared with the journal: a batch copies no month).
    pub months: Vec<(YearMonth, Arc<Month>)>,
}

impl SaveBatch {
    /// Whether there is nothing to write.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.profile.is_none()
            && self.programme.is_none()
            && self.settings.is_none()
            && self.months.is_empty()
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
    /// `problems` and left untouched. Never writes: `check` and a read-only window use this.
    #[must_use]
    pub fn load(&self) -> Loaded {
        self.load_inner(false)
    }

    /// Reads the profile, the programme, the settings and one month only, never writing:
    /// what `remind` needs to decide what is due today, whatever the size of the journal.
    #[must_use]
    pub fn load_month_and_settings(&self, month: YearMonth) -> Loaded {
        let (mut loaded, _) = self.open_inner(false);
        let path = self.month_path(month);
        if let Some(m) = self.read_month_inner(month, &path, false, &mut loaded) {
            loaded.journal.add_month(month, m);
        }
        loaded
    }

    /// Reads everything, and puts back the newest good generation of any damaged file (the
    /// damaged one is kept as `<name>.unreadable-<time>`); each repair is listed in
    /// `restored`. A file from a newer version of the app, or one the system will not let us
    /// read, is never replaced. Takes the lock as proof that no other copy is writing.
    #[must_use]
    pub fn load_and_repair(&self, _lock: &InstanceLock) -> Loaded {
        self.load_inner(true)
    }

    fn load_inner(&self, repair: bool) -> Loaded {
        let (mut loaded, months) = self.open_inner(repair);
        for (ym, path) in months {
            if let Some(month) = self.read_month_inner(ym, &path, repair, &mut loaded) {
                loaded.journal.add_month(ym, month);
            }
        }
        self.list_kept_unreadable(&mut loaded);
        loaded
    }

    /// Reads the profile and the programme and lists the month files, oldest first, without
    /// reading them: the start of a load that reads months as they are needed (a command
    /// that changes one month; the window, newest month first). With the lock, a damaged
    /// file is put back from its last good copy, as [`Self::load_and_repair`] does.
    #[must_use]
    pub fn open_files(&self, lock: Option<&InstanceLock>) -> (Loaded, Vec<(YearMonth, PathBuf)>) {
        self.open_inner(lock.is_some())
    }

    /// Reads one month's file (listed by [`Self::open_files`]); a problem goes into
    /// `loaded`, and with the lock a damaged file is put back from its last good copy.
    pub fn read_month(
        &self,
        ym: YearMonth,
        path: &Path,
        lock: Option<&InstanceLock>,
        loaded: &mut Loaded,
    ) -> Option<Month> {
        self.read_month_inner(ym, path, lock.is_some(), loaded)
    }

    /// Lists the damaged files kept aside by repairs, now or earlier, into `loaded`.
    pub fn list_kept_unreadable(&self, loaded: &mut Loaded) {
        loaded.kept_unreadable.clear();
        for dir in [self.dir.clone(), self.dir.join(JOURNAL_DIR)] {
            if let Ok(entries) = self.fs.list_dir(&dir) {
                loaded
                    .kept_unreadable
                    .extend(entries.into_iter().filter(|p| is_unreadable_copy(p)));
            }
        }
    }

    fn open_inner(&self, repair: bool) -> (Loaded, Vec<(YearMonth, PathBuf)>) {
        let mut loaded = Loaded::default();
        let profile_path = self.dir.join(PROFILE_FILE);
        if let Some(Decoded::Profile(p)) =
            self.read_checked(&profile_path, FileKind::Profile, repair, &mut loaded)
        {
            loaded.profile = Some(p);
        }
        let programme_path = self.dir.join(PROGRAMME_FILE);
        if let Some(Decoded::Programme(p)) =
            self.read_checked(&programme_path, FileKind::Programme, repair, &mut loaded)
        {
            loaded.programme = Some(p);
        }
        let settings_path = self.dir.join(SETTINGS_FILE);
        if let Some(Decoded::Settings(s)) =
            self.read_checked(&settings_path, FileKind::Settings, repair, &mut loaded)
        {
            loaded.settings = Some(s);
        }
        let months = self.month_files(&mut loaded);
        (loaded, months)
    }

    fn read_month_inner(
        &self,
        ym: YearMonth,
        path: &Path,
        repair: bool,
        loaded: &mut Loaded,
    ) -> Option<Month> {
        match self.read_checked(path, FileKind::Month(ym), repair, loaded) {
            Some(Decoded::Month(m)) => Some(m),
            _ => None,
        }
    }

    /// The month files in the journal folder, oldest first.
    fn month_files(&self, loaded: &mut Loaded) -> Vec<(YearMonth, PathBuf)> {
        let dir = self.dir.join(JOURNAL_DIR);
        let entries = match self.fs.list_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => {
                loaded.problems.push(FileProblem {
                    reason: plain_io(&e),
                    path: dir,
                    newer_version: false,
                });
                return Vec::new();
            }
        };
        let mut files = Vec::new();
        for path in entries {
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if let Some(ym) = name.strip_suffix(".ron").and_then(YearMonth::parse) {
                files.push((ym, path));
            }
        }
        files.sort();
        files
    }

    /// Reads, decodes and checks one file; a missing file is `None` with no problem. With
    /// `repair`, a damaged file is replaced by its newest good generation.
    fn read_checked(
        &self,
        path: &Path,
        kind: FileKind,
        repair: bool,
        loaded: &mut Loaded,
    ) -> Option<Decoded> {
        let (mut problem, damaged) = match self.fs.read_capped(path, MAX_FILE_BYTES) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(e) => (
                FileProblem {
                    path: path.to_owned(),
                    reason: plain_io(&e),
                    newer_version: false,
                },
                is_too_large(&e),
            ),
            Ok(bytes) => {
                loaded.files_read += 1;
                match schema::decode_file(kind, &bytes) {
                    Ok(decoded) => return Some(decoded),
                    Err(e) => {
                        let newer = matches!(e, DecodeError::NewerVersion { .. });
                        (
                            FileProblem {
                                path: path.to_owned(),
                                reason: e.to_string(),
                                newer_version: newer,
                            },
                            !newer,
                        )
                    }
                }
            }
        };
        if damaged && repair {
            match self.restore(path, kind) {
                Ok(Some((decoded, from, kept_as))) => {
                    log::warn!(
                        "{} was damaged; put back its generation {} and kept the damaged file as {}",
                        path.display(),
                        from.display(),
                        kept_as.display()
                    );
                    loaded.restored.push(Restored {
                        path: path.to_owned(),
                        kept_as,
                        copy_time: generation_time_of(&from),
                        reason: problem.reason,
                    });
                    return Some(decoded);
                }
                Ok(None) => {}
                Err(e) => {
                    problem.reason = t!(
                        "core-file-restore-failed",
                        reason = problem.reason.as_str(),
                        error = e.to_string()
                    );
                }
            }
        } else if damaged && let Some((from, _, _)) = self.newest_good_generation(path, kind) {
            problem.reason = t!(
                "core-file-good-copy-kept",
                reason = problem.reason.as_str(),
                time = local_time_text(generation_time_of(&from))
            );
        }
        loaded.problems.push(problem);
        None
    }

    /// Puts back the newest good generation of a damaged file. Returns what was read, the
    /// generation used, and where the damaged file was kept; `None` if there is no good one.
    fn restore(
        &self,
        path: &Path,
        kind: FileKind,
    ) -> Result<Option<(Decoded, PathBuf, PathBuf)>, StorageError> {
        let Some((from, bytes, decoded)) = self.newest_good_generation(path, kind) else {
            return Ok(None);
        };
        let kept_as = self.replace(path, kind, &bytes)?;
        match kept_as {
            Some(kept_as) => Ok(Some((decoded, from, kept_as))),
            // The file was sound or gone by the time it was replaced: nothing was damaged.
            None => Ok(Some((decoded, from.clone(), from))),
        }
    }

    /// The generations of a file, newest first.
    fn generations(&self, path: &Path) -> Vec<PathBuf> {
        let Ok(entries) = self.fs.list_dir(&self.generation_dir(path)) else {
            return Vec::new();
        };
        let mut gens: Vec<PathBuf> = entries
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .and_then(generations::generation_time)
                    .is_some()
            })
            .collect();
        gens.sort();
        gens.reverse();
        gens
    }

    /// The newest generation of a file that reads and checks as good.
    fn newest_good_generation(
        &self,
        path: &Path,
        kind: FileKind,
    ) -> Option<(PathBuf, Vec<u8>, Decoded)> {
        self.generations(path).into_iter().find_map(|g| {
            let bytes = self.fs.read_capped(&g, MAX_FILE_BYTES).ok()?;
            let decoded = schema::decode_file(kind, &bytes).ok()?;
            Some((g, bytes, decoded))
        })
    }

    /// Where the generations of a file are kept.
    #[must_use]
    pub fn generation_dir(&self, path: &Path) -> PathBuf {
        let rel = path.strip_prefix(&self.dir).ok().map_or_else(
            || PathBuf::from(path.file_name().unwrap_or_default()),
            Path::to_path_buf,
        );
        self.dir.join(GENERATIONS_DIR).join(rel)
    }

    /// Writes the changed files, each crash-safely, keeping the version each replaces as a
    /// generation. Stops at the first failure; files already on disk are never left damaged.
    pub fn save(&self, batch: &SaveBatch) -> Result<usize, StorageError> {
        let mut written = 0;
        if let Some(profile) = &batch.profile {
            let path = self.dir.join(PROFILE_FILE);
            let text = encode(&ProfileFile::of(profile.clone()), &path)?;
            self.replace(&path, FileKind::Profile, text.as_bytes())?;
            written += 1;
        }
        if let Some(programme) = &batch.programme {
            let path = self.dir.join(PROGRAMME_FILE);
            let text = encode(&ProgrammeFile::of(programme.clone()), &path)?;
            self.replace(&path, FileKind::Programme, text.as_bytes())?;
            written += 1;
        }
        if let Some(settings) = &batch.settings {
            let path = self.dir.join(SETTINGS_FILE);
            let text = encode(&SettingsFile::V1(*settings), &path)?;
            self.replace(&path, FileKind::Settings, text.as_bytes())?;
            written += 1;
        }
        for (ym, month) in &batch.months {
            let path = self.month_path(*ym);
            let text = encode(&JournalMonthFileRef::V1(month), &path)?;
            self.replace(&path, FileKind::Month(*ym), text.as_bytes())?;
            written += 1;
        }
        Ok(written)
    }

    /// Replaces one file with `bytes`. First the file there now is looked at: a good one is
    /// kept as a generation, a damaged one as `<name>.unreadable-<time>`, and one from a newer
    /// version of the app is never replaced. Then the new content is written crash-safely,
    /// and old generations are pruned. Returns where a damaged file was kept, if there was one.
    fn replace(
        &self,
        path: &Path,
        kind: FileKind,
        bytes: &[u8],
    ) -> Result<Option<PathBuf>, StorageError> {
        let io_err = |source| StorageError::Io {
            action: "save",
            path: path.to_owned(),
            source,
        };
        let mut kept_unreadable = None;
        let mut kept_generation = false;
        match self.fs.read_capped(path, MAX_FILE_BYTES) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) if is_too_large(&e) => {
                kept_unreadable = Some(self.keep_unreadable(path, None).map_err(io_err)?);
            }
            Err(e) => return Err(io_err(e)),
            Ok(old) => match schema::decode_file(kind, &old) {
                Ok(_) => {
                    self.keep_generation(path, &old).map_err(io_err)?;
                    kept_generation = true;
                }
                Err(DecodeError::NewerVersion { .. }) => {
                    return Err(StorageError::NewerVersion {
                        path: path.to_owned(),
                    });
                }
                Err(e) => {
                    log::warn!("{} was damaged before a save: {e}", path.display());
                    kept_unreadable = Some(self.keep_unreadable(path, Some(&old)).map_err(io_err)?);
                }
            },
        }
        self.write_atomic(path, bytes)?;
        if kept_generation {
            self.prune_generations(path);
        }
        Ok(kept_unreadable)
    }

    /// Keeps the current file (whose content is `old`) as a new generation.
    fn keep_generation(&self, path: &Path, old: &[u8]) -> io::Result<()> {
        let dir = self.generation_dir(path);
        self.fs.create_dir_all(&dir)?;
        let unique = format!(
            "{}-{}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let target = dir.join(generations::generation_name(Utc::now(), &unique));
        if let Err(link_error) = self.fs.hard_link(path, &target) {
            // No hard links on this file system (or a passing failure): copy instead.
            log::info!("could not link a generation ({link_error}); copying instead");
            return self.write_atomic(&target, old).map_err(|e| match e {
                StorageError::Io { source, .. } => source,
                other => io::Error::other(other.to_string()),
            });
        }
        self.fs.sync_dir(&dir)
    }

    /// Keeps a damaged file under a new name beside it, never replacing any file.
    fn keep_unreadable(&self, path: &Path, old: Option<&[u8]>) -> io::Result<PathBuf> {
        let dir = path.parent().unwrap_or(&self.dir);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
        let now = Utc::now();
        for attempt in 1..=1000 {
            let target = dir.join(generations::unreadable_name(name, now, attempt));
            match self.fs.hard_link(path, &target) {
                Ok(()) => {
                    self.fs.sync_dir(dir)?;
                    return Ok(target);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    // No hard links here: copy, if we have the bytes and the name is free.
                    let Some(old) = old else { return Err(e) };
                    if self.fs.list_dir(dir)?.contains(&target) {
                        continue;
                    }
                    self.write_atomic(&target, old).map_err(|_| e)?;
                    return Ok(target);
                }
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            t!("core-file-too-many-unreadable"),
        ))
    }

    /// Deletes generations of a file that are no longer kept. A failure here loses nothing, so
    /// it is logged, not reported.
    fn prune_generations(&self, path: &Path) {
        let dir = self.generation_dir(path);
        let entries = match self.fs.list_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                log::warn!("could not list generations in {}: {e}", dir.display());
                return;
            }
        };
        let names: Vec<String> = entries
            .iter()
            .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
            .collect();
        for name in generations::to_prune(&names, Utc::now()) {
            if let Err(e) = self.fs.remove_file(&dir.join(&name)) {
                log::warn!("could not prune generation {name}: {e}");
            }
        }
    }

    /// Writes one file crash-safely ([`super::fs::write_atomic`]), making its folder (and
    /// the data folder) first if need be.
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
        super::fs::write_atomic(self.fs.as_ref(), path, bytes).map_err(io_err)
    }

    /// Removes temporary files left by a save that was cut short, in the data folder, the
    /// journal and the generations. Only call while holding the data directory's lock, so no
    /// other copy of the app is mid-save.
    #[must_use = "the count says whether an interrupted save was cleaned up"]
    pub fn remove_leftover_temp_files(&self) -> usize {
        self.remove_temp_files(true)
    }

    /// As [`Self::remove_leftover_temp_files`], in the data folder and the journal only (not
    /// the earlier copies, whose folders grow with the history): for a command that changes
    /// one file and should cost the same with ten years as with one month.
    #[must_use = "the count says whether an interrupted save was cleaned up"]
    pub fn remove_leftover_temp_files_shallow(&self) -> usize {
        self.remove_temp_files(false)
    }

    fn remove_temp_files(&self, with_generations: bool) -> usize {
        let mut removed = 0;
        let mut dirs = vec![(self.dir.clone(), 0), (self.dir.join(JOURNAL_DIR), 0)];
        if with_generations {
            dirs.push((self.dir.join(GENERATIONS_DIR), 1));
        }
        while let Some((dir, depth)) = dirs.pop() {
            let Ok(entries) = self.fs.list_dir(&dir) else {
                continue;
            };
            for path in entries {
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if name.starts_with('.') && name.contains(".tmp-") {
                    if self.fs.remove_file(&path).is_ok() {
                        removed += 1;
                    }
                } else if depth > 0 && depth < 4 && generations::generation_time(name).is_none() {
                    // A folder of generations (profile.ron/, journal/, 2026-11.ron/).
                    dirs.push((path, depth + 1));
                }
            }
        }
        removed
    }
}

/// Whether a path is a damaged file kept aside by a repair.
fn is_unreadable_copy(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.contains(generations::UNREADABLE_MARK))
}

/// Whether an I/O error is the size cap refusing a file.
fn is_too_large(e: &io::Error) -> bool {
    e.get_ref()
        .is_some_and(<dyn std::error::Error + Send + Sync>::is::<TooLarge>)
}

/// When a generation was kept, from its file name.
fn generation_time_of(path: &Path) -> Option<NaiveDateTime> {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(generations::generation_time)
}

/// A UTC time as the patient's local time, such as `2026-11-24 10:15`.
#[must_use]
pub fn local_time_text(utc: Option<NaiveDateTime>) -> String {
    utc.map_or_else(
        || t!("core-file-earlier-save"),
        |t| {
            Utc.from_utc_datetime(&t)
                .with_timezone(&Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}

fn encode<T: serde::Serialize>(value: &T, path: &Path) -> Result<String, StorageError> {
    schema::encode(value).map_err(|e| StorageError::Encode {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}
