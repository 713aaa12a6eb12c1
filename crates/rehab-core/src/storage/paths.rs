//! Where the data lives by default.

use std::path::PathBuf;

/// The platform's data directory for the app, such as `~/.local/share/rehab-tracker` on
/// Linux, or `None` when the system has no home directory.
#[must_use]
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "rehab-tracker", "rehab-tracker")
        .map(|dirs| dirs.data_dir().to_path_buf())
}

/// The data folder to use: the one given, or the platform's.
pub fn data_dir(given: Option<PathBuf>) -> Result<PathBuf, String> {
    given
        .or_else(default_data_dir)
        .ok_or_else(|| crate::t!("core-no-data-folder"))
}
