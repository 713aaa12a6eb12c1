//! One writer at a time: a lock on `rehab-tracker.lock` in the data directory.
//!
//! The lock lives in a file of its own, apart from the data files, because a save swaps the
//! data files away by renaming. The operating system drops the lock when the process ends,
//! so a copy that was killed never blocks the next one.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

/// The lock file's name.
pub const LOCK_FILE: &str = "rehab-tracker.lock";

/// Held while this process may write to the data directory.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

/// Why the lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another copy holds it.
    #[error("Another copy of rehab-tracker is using this data folder. Close it and try again.")]
    Busy,
    /// The lock file could not be opened.
    #[error("Could not open the lock file in the data folder: {0}")]
    Io(#[from] std::io::Error),
}

impl InstanceLock {
    /// Takes the lock, waiting up to `wait` for another copy to let go.
    pub fn acquire(dir: &Path, wait: Duration) -> Result<Self, LockError> {
        super::fs::Fs::create_dir_all(&super::fs::RealFs, dir)?;
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(dir.join(LOCK_FILE))?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => return Err(LockError::Busy),
                Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
            }
        }
    }
}
