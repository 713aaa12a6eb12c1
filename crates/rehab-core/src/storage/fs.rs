//! The file operations storage uses, behind one seam so tests can make any of them fail.

use crate::t;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Every file operation storage performs. [`RealFs`] is the real one; [`FaultyFs`] fails on
/// demand so tests can prove that no single failure loses or damages data.
pub trait Fs: Send + Sync + fmt::Debug {
    /// Creates a directory and its parents, private to the user (0700 on Unix).
    fn create_dir_all(&self, path: &Path) -> io::Result<()>;
    /// Creates a new file (0600 on Unix), writes all of `bytes` and flushes it to disk.
    fn write_new_synced(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Renames a file, replacing the target.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Flushes a directory's entries to disk, so a rename survives a power cut.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Reads a whole file, refusing one larger than `max_len` bytes before reading it.
    fn read_capped(&self, path: &Path, max_len: u64) -> io::Result<Vec<u8>>;
    /// Removes a file.
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// The entries of a directory.
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>>;
    /// Gives the file at `from` a second name, `to`, and makes it private to the user (0600
    /// on Unix). Fails if `to` exists: it never replaces a file. Used to keep a file's
    /// previous version, since a later rename over `from` leaves the file under `to` intact.
    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()>;
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A temporary name beside `path` (`.NAME.tmp-PID-N`), unique within this process; files so
/// named are left only by a write cut short, and are removed at the next start.
#[must_use]
pub fn temp_beside(path: &Path) -> PathBuf {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    path.with_file_name(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

/// The folder a path is in (`.` for a bare name).
#[must_use]
pub fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes one file crash-safely: a new private file beside it (0600), flushed to disk,
/// renamed over the old one, then the folder flushed, so the file is either old or new,
/// never half written. The one crash-safe write: the data files and every export use it.
/// The folder must exist.
pub fn write_atomic(fs: &dyn Fs, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = temp_beside(path);
    if let Err(e) = fs.write_new_synced(&temp, bytes) {
        let _ = fs.remove_file(&temp);
        return Err(e);
    }
    if let Err(e) = fs.rename(&temp, path) {
        let _ = fs.remove_file(&temp);
        return Err(e);
    }
    fs.sync_dir(parent_of(path))
}

/// As [`write_atomic`], for a file too large to hold in memory: `content` writes it
/// into the new private file (buffered), which is then flushed to disk and renamed over the
/// old one, the folder flushed. Returns the bytes written. On any failure the new file is
/// removed and the old one left as it was.
pub fn write_atomic_streamed(
    path: &Path,
    content: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<u64> {
    /// Counts what goes through.
    struct Counting<W> {
        inner: W,
        bytes: u64,
    }
    impl<W: Write> Write for Counting<W> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = self.inner.write(buf)?;
            self.bytes += n as u64;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }
    let temp = temp_beside(path);
    let result = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut out = Counting {
            inner: io::BufWriter::with_capacity(256 * 1024, options.open(&temp)?),
            bytes: 0,
        };
        content(&mut out)?;
        let bytes = out.bytes;
        let file = out
            .inner
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        RealFs.sync_dir(parent_of(path))?;
        Ok(bytes)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealFs;

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
        io::ErrorKind::StorageFull => t!("core-io-disk-full"),
        io::ErrorKind::PermissionDenied => t!("core-io-permission"),
        io::ErrorKind::ReadOnlyFilesystem => t!("core-io-read-only"),
        io::ErrorKind::NotFound => t!("core-io-missing"),
        _ => t!("core-io-other", reason = e.to_string()),
    }
}

/// Raised by [`Fs::read_capped`] for a file over the size limit.
#[derive(Debug, thiserror::Error)]
pub struct TooLarge {
    /// Its size.
    pub size: u64,
    /// The limit.
    pub max: u64,
}

/// In the current language.
impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "core-io-too-large",
            size = self.size.to_string(),
            max = self.max.to_string()
        ))
    }
}

impl Fs for RealFs {
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(path)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(path, fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }

    fn write_new_synced(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            File::open(dir)?.sync_all()
        }
        #[cfg(not(unix))]
        {
            let _ = dir;
            Ok(())
        }
    }

    fn read_capped(&self, path: &Path, max_len: u64) -> io::Result<Vec<u8>> {
        let file = File::open(path)?;
        let size = file.metadata()?.len();
        if size > max_len {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                TooLarge { size, max: max_len },
            ));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        // Read one byte past the cap, in case the file grew since it was measured.
        file.take(max_len + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > max_len {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                TooLarge {
                    size: bytes.len() as u64,
                    max: max_len,
                },
            ));
        }
        Ok(bytes)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        let mut paths = Vec::new();
        for entry in fs::read_dir(dir)? {
            paths.push(entry?.path());
        }
        paths.sort();
        Ok(paths)
    }

    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::hard_link(from, to)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Err(e) = fs::set_permissions(to, fs::Permissions::from_mode(0o600)) {
                // Not kept private: take the second name away again, so callers can copy.
                let _ = fs::remove_file(to);
                return Err(e);
            }
        }
        Ok(())
    }
}

/// A file system that fails its `k`-th operation (counting from 1), once or from then on.
/// For tests of what a failure at every step of a save does.
#[derive(Debug)]
pub struct FaultyFs {
    inner: RealFs,
    count: AtomicU64,
    fail_at: AtomicU64,
    persistent: bool,
}

impl FaultyFs {
    /// Fails operation number `fail_at` (0 never fails); with `persistent`, every one after too.
    #[must_use]
    pub fn new(fail_at: u64, persistent: bool) -> Self {
        Self {
            inner: RealFs,
            count: AtomicU64::new(0),
            fail_at: AtomicU64::new(fail_at),
            persistent,
        }
    }

    /// Operations performed (or refused) so far.
    #[must_use]
    pub fn operations(&self) -> u64 {
        self.count.load(Ordering::SeqCst)
    }

    /// Stops failing.
    pub fn heal(&self) {
        self.fail_at.store(0, Ordering::SeqCst);
    }

    fn check(&self) -> io::Result<()> {
        let n = self.count.fetch_add(1, Ordering::SeqCst) + 1;
        let at = self.fail_at.load(Ordering::SeqCst);
        if at != 0 && (n == at || (self.persistent && n > at)) {
            Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "injected fault: no space left",
            ))
        } else {
            Ok(())
        }
    }
}

impl Fs for FaultyFs {
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        self.check()?;
        self.inner.create_dir_all(path)
    }
    fn write_new_synced(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.check()?;
        self.inner.write_new_synced(path, bytes)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check()?;
        self.inner.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check()?;
        self.inner.sync_dir(dir)
    }
    fn read_capped(&self, path: &Path, max_len: u64) -> io::Result<Vec<u8>> {
        self.check()?;
        self.inner.read_capped(path, max_len)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.check()?;
        self.inner.remove_file(path)
    }
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        self.check()?;
        self.inner.list_dir(dir)
    }
    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check()?;
        self.inner.hard_link(from, to)
    }
}
