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
