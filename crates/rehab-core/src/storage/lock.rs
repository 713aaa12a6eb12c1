//! One writer at a time: a lock on `rehab-tracker.lock` in the data directory.
//!
//! The lock lives in a file of its own, apart from the data files, because a save swaps the
//! data files away by renaming. The operating system drops the lock when the process ends,
//! so a copy that was killed never blocks the next one.

use crate::t;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The lock file's name.
pub const LOCK_FILE: &str = "rehab-tracker.lock";

/// Held while this process may write to the data directory.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

/// Why the lock was not taken. Each names the data folder and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another copy holds it.
    Busy {
        /// The data folder.
        dir: PathBuf,
    },
    /// The lock file could not be made or opened.
    Io {
        /// The lock file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
}

/// In the current language.
impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Busy { dir } => t!("core-lock-busy", dir = dir.display().to_string()),
            Self::Io { path, source } => t!(
                "core-lock-io",
                path = path.display().to_string(),
                reason = super::fs::plain_io(source),
                dir = path.parent().unwrap_or(path).display().to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl InstanceLock {
    /// Takes the lock, waiting up to `wait` for another copy to let go.
    pub fn acquire(dir: &Path, wait: Duration) -> Result<Self, LockError> {
        let path = dir.join(LOCK_FILE);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        super::fs::Fs::create_dir_all(&super::fs::RealFs, dir).map_err(io)?;
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&path).map_err(io)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(LockError::Busy {
                        dir: dir.to_path_buf(),
                    });
                }
                Err(TryLockError::Error(e)) => return Err(io(e)),
            }
        }
    }
}
