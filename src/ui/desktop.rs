//! Handing a file or folder to the desktop's own programs (a PDF viewer, a spreadsheet, the
//! file manager).

use std::path::Path;
use std::time::Duration;

/// How long each of the desktop's openers (xdg-open, gio, kde-open, ...) is given to say it
/// could not: one still running then has handed the file on.
const LAUNCHER_TIMEOUT: Duration = Duration::from_secs(3);

/// A way to open a file or folder (tests pass their own).
pub type Opener = fn(&Path) -> Result<(), String>;

/// Opens `path` with the program the desktop uses for it, trying each of the desktop's
/// openers in turn; the program runs on its own and is not waited for. Blocks for up to a
/// few seconds per opener, so call it off the UI thread. A patient-readable reason when
/// none could open it.
pub fn open(path: &Path) -> Result<(), String> {
    open::that_detached_with_timeout(path, LAUNCHER_TIMEOUT).map_err(|e| {
        log::warn!("could not open {}: {e}", path.display());
        could_not_open(path)
    })
}

/// Why a file or folder could not be opened, and where to find it instead.
#[must_use]
pub fn could_not_open(path: &Path) -> String {
    if path.is_dir() {
        crate::t!(
            "settings-no-file-manager",
            folder = path.display().to_string()
        )
    } else {
        crate::t!("settings-no-program", file = path.display().to_string())
    }
}

/// Whether the desktop asks for less motion (GNOME's "Animations" switched off, read once
/// as the window opens). `false` where it cannot be told.
#[must_use]
pub fn wants_reduced_motion() -> bool {
    if !cfg!(target_os = "linux") {
        return false;
    }
    std::process::Command::new("gsettings")
        .args(["get", "org.gnome.desktop.interface", "enable-animations"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == "false")
}
