//! The eframe window: app shell, one file per screen, the window's commands, small widgets,
//! and the theme.

pub mod a11y;
pub mod app;
pub mod assessment;
pub mod calendar;
pub mod charts;
pub mod command;
pub mod date_picker;
pub mod desktop;
pub mod desktop_theme;
pub mod file_picker;
mod loading;
pub mod picture;
pub mod report_preview;
pub mod review;
pub mod saving;
pub mod tabs;
pub mod task;
pub mod theme;
pub mod widgets;
pub mod words;

pub use app::{RehabApp, Startup};
pub use command::{Command, Tab, UiCommand, Window};
pub use saving::SaveState;

use crate::storage::{InstanceLock, LockError, Store};
use anyhow::Context as _;
use std::path::PathBuf;
use std::time::Duration;

/// The window icon.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/256x256/rehab-tracker.png");

/// Weeks of sample data behind `--demo`.
const DEMO_WEEKS: u32 = 16;

/// Opens the data folder (locking it, reading it) and runs the window until it is closed.
pub fn run(data_dir: Option<PathBuf>, demo: bool) -> anyhow::Result<()> {
    // Kept alive until the window closes; the sample folder is deleted then.
    let mut demo_dir = None;
    let dir = if demo {
        let temp = tempfile::Builder::new()
            .prefix("rehab-tracker-demo-")
            .tempdir()
            .context("could not make a temporary folder for the sample journal")?;
        let today = chrono::Local::now().date_naive();
        crate::demo::write_journal(temp.path(), DEMO_WEEKS, 1, today, true)
            .map_err(anyhow::Error::msg)?;
        let path = temp.path().to_path_buf();
        demo_dir = Some(temp);
        path
    } else {
        crate::storage::paths::data_dir(data_dir.clone()).map_err(anyhow::Error::msg)?
    };
    let startup = open(&dir, demo);
    let app = RehabApp::new(startup)
        .context("the built-in programme could not be read")?
        .with_reminder_schedule(if demo {
            None
        } else {
            reminder_target(data_dir)
        });
    crate::i18n::follow_settings(app.settings().language);

    let mut viewport = egui::ViewportBuilder::default()
        .with_title(crate::t!("app-title"))
        .with_app_id("rehab-tracker")
        .with_inner_size([1100.0, 820.0])
        .with_min_inner_size([560.0, 420.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => log::warn!("could not read the window icon: {e}"),
    }
    let options = native_options(viewport, &dir);
    let result = eframe::run_native(
        "rehab-tracker",
        options,
        Box::new(|cc| {
            picture::follow_desktop_motion(&cc.egui_ctx);
            Ok(Box::new(app.with_desktop_theme(
                desktop_theme::DesktopTheme::watch(&cc.egui_ctx),
            )))
        }),
    );
    drop(demo_dir);
    result.map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}

/// The window's options. What the window remembers (its size, the theme chosen, the
/// clinician's identity file) is kept in `app.ron` in the data folder: with `--data-dir`
/// or `--demo`, nothing is written to the usual folder in the home folder.
#[must_use]
pub fn native_options(
    viewport: egui::ViewportBuilder,
    dir: &std::path::Path,
) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport,
        persistence_path: Some(dir.join(WINDOW_STATE_FILE)),
        ..Default::default()
    }
}

/// The file the window keeps what it remembers in, in the data folder.
pub const WINDOW_STATE_FILE: &str = "app.ron";

/// Where the reminders' timer goes: the installed program (this one, or the one on `PATH`
/// when this one runs from a build or temporary folder), the data folder if it is not the
/// usual one, and the user's configuration folder. `None` where there is none to be found.
fn reminder_target(data_dir: Option<PathBuf>) -> Option<tabs::settings::ScheduleTarget> {
    let exe = std::env::current_exe().ok()?;
    let config_dir = crate::desktop::schedule::config_dir()?;
    let program = crate::desktop::schedule::stable_program(
        &exe,
        std::env::var_os("PATH").as_deref(),
        &std::env::temp_dir(),
    );
    Some(tabs::settings::ScheduleTarget {
        config_dir,
        plan: program.map(|exe| crate::desktop::schedule::Plan {
            exe,
            data_dir: data_dir.and_then(|d| std::path::absolute(d).ok()),
        }),
        systemctl: crate::desktop::schedule::real_systemctl,
    })
}

/// Opens the review window on these bundles and folders. It reads no diary and takes no
/// lock: a clinician can run it beside their own copy of the app.
/// With `demo`, the window opens on a generated sample caseload in a temporary folder.
pub fn run_review(paths: &[PathBuf], demo: bool) -> anyhow::Result<()> {
    crate::logging::init(None);
    let mut demo_dir = None;
    let app = if demo {
        let temp = tempfile::Builder::new()
            .prefix("rehab-tracker-caseload-")
            .tempdir()
            .context("could not make a temporary folder for the sample caseload")?;
        crate::demo::write_caseload(temp.path(), chrono::Local::now().date_naive())
            .map_err(anyhow::Error::msg)?;
        let app = review::ReviewApp::new(&[temp.path().to_path_buf()]);
        demo_dir = Some(temp);
        app
    } else {
        review::ReviewApp::new(paths)
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(crate::t!(
            "app-window-name",
            screen = crate::t!("app-window-review")
        ))
        .with_app_id("rehab-tracker")
        .with_inner_size([1200.0, 820.0])
        .with_min_inner_size([640.0, 420.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    // The sample caseload's window remembers nothing outside its temporary folder.
    let options = match &demo_dir {
        Some(temp) => native_options(viewport, temp.path()),
        None => eframe::NativeOptions {
            viewport,
            ..Default::default()
        },
    };
    let result = eframe::run_native(
        "rehab-tracker-review",
        options,
        Box::new(|cc| {
            picture::follow_desktop_motion(&cc.egui_ctx);
            Ok(Box::new(app.with_desktop_theme(
                desktop_theme::DesktopTheme::watch(&cc.egui_ctx),
            )))
        }),
    );
    drop(demo_dir);
    result.map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}

/// Locks and reads the data folder. Never fails: what goes wrong becomes a read-only reason.
#[must_use]
pub fn open(dir: &std::path::Path, demo: bool) -> Startup {
    open_store(Store::new(dir), demo)
}

/// [`open`], with the store given (tests pass one whose file operations they control).
#[must_use]
pub fn open_store(store: Store, demo: bool) -> Startup {
    let dir = store.dir().to_path_buf();
    let dir = dir.as_path();
    crate::logging::init(Some(dir));
    let (lock, read_only_reason) = match InstanceLock::acquire(dir, Duration::from_secs(1)) {
        Ok(lock) => (Some(lock), None),
        Err(LockError::Busy { dir }) => (
            None,
            Some(crate::t!(
                "settings-another-copy-open",
                folder = dir.display().to_string()
            )),
        ),
        Err(e) => (
            None,
            Some(crate::t!("settings-lock-failed", error = e.to_string())),
        ),
    };
    if lock.is_some() {
        // Here only where the next save writes; the earlier copies' folders, which grow with
        // the history, once the journal is read.
        let removed = store.remove_leftover_temp_files_shallow();
        if removed > 0 {
            log::info!("removed {removed} temporary file(s) left by an interrupted save");
        }
    }
    // The profile, the programme and the list of months now; the months themselves are read
    // on another thread once the window is up, newest first. Only the copy holding the lock
    // may put back a damaged file's last good copy.
    let (loaded, months) = store.open_files(lock.as_ref());
    log::info!(
        "opened the data folder: {} file(s) read, {} month(s) to read, {} problem(s)",
        loaded.files_read,
        months.len(),
        loaded.problems.len()
    );
    Startup {
        store,
        loaded,
        months,
        lock: lock.map(std::sync::Arc::new),
        read_only_reason,
        demo,
    }
}
