//! Handing a file or folder to the desktop's own programs (a PDF viewer, a spreadsheet, the
//! file manager).

use std::path::Path;

/// Opens `path` with the program the desktop uses for it; the program runs on its own and is
/// not waited for. A patient-readable reason when it cannot be started.
pub fn open(path: &Path) -> Result<(), String> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(drop)
        .map_err(|e| {
            format!(
                "Could not open {} ({e}). It is saved there: open it from your file manager.",
                path.display()
            )
        })
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
