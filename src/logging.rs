//! Log lines to stderr and to `rehab-tracker.log` in the data folder. Log lines name files
//! and counts, never health data (no pain scores, notes or dates of entries).

use log::{LevelFilter, Log, Metadata, Record};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;
use std::sync::mpsc::{self, Sender};

/// The log file's name in the data folder.
pub const LOG_FILE: &str = "rehab-tracker.log";

/// Keeps the log file under this size: past it, the old log is renamed to `.old`.
const MAX_LOG_BYTES: u64 = 1024 * 1024;

struct Logger {
    level: LevelFilter,
    file: Mutex<Option<Sender<String>>>,
}

impl Log for Logger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= self.level
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format!(
            "{} {:<5} {}: {}",
            chrono::Local::now().format("%Y-%m-%dT%H:%M:%S"),
            record.level(),
            record.target(),
            record.args()
        );
        let _ = writeln!(std::io::stderr().lock(), "{line}");
        if let Ok(guard) = self.file.lock()
            && let Some(tx) = guard.as_ref()
        {
            // Written by a thread of its own, so logging never blocks the window.
            let _ = tx.send(line);
        }
    }

    fn flush(&self) {}
}

/// Starts logging. `RUST_LOG=debug` (or warn, error, ...) changes the level; info by default.
/// With a data folder, lines also go to its log file.
pub fn init(data_dir: Option<&Path>) {
    let level = std::env::var("RUST_LOG")
        .ok()
        .and_then(|v| v.parse::<LevelFilter>().ok())
        .unwrap_or(LevelFilter::Info);
    let file = data_dir.and_then(|dir| start_file_writer(&dir.join(LOG_FILE)));
    let logger = Logger {
        level,
        file: Mutex::new(file),
    };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(level);
    }
}

fn start_file_writer(path: &Path) -> Option<Sender<String>> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_LOG_BYTES) {
        let _ = std::fs::rename(path, path.with_extension("log.old"));
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).ok()?;
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::Builder::new()
        .name("log-writer".into())
        .spawn(move || {
            for line in rx {
                let _ = writeln!(file, "{line}");
            }
        })
        .ok()?;
    Some(tx)
}
