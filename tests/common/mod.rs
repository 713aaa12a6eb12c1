//! Helpers shared by the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

pub mod journal;
pub mod review;
pub mod tools;
pub mod week4;

use std::path::Path;
use std::process::{Command, Output};

/// Runs the real binary with `--data-dir DIR` and the given arguments.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rehab-tracker"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("RUST_LOG", "warn")
        // The words the tests read are English's, whatever the machine's locale.
        .env("REHAB_LANG", "en")
        .output()
        .expect("the binary runs")
}

/// The real binary with `--data-dir DIR` and no locale but what the test sets: no
/// `REHAB_LANG`, `LANGUAGE`, `LC_ALL`, `LC_MESSAGES` or `LANG` from the machine.
pub fn with_clean_locale(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rehab-tracker"));
    c.arg("--data-dir").arg(dir).env("RUST_LOG", "warn");
    for var in ["REHAB_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(var);
    }
    c
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Today, as the binary sees it.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
pub mod model;

/// The real window on `dir`, its clock stopped at `at`, drawn once, its chime silent; a next-morning question
/// that would cover the screen is answered "not now".
pub fn window_at(
    dir: &Path,
    at: chrono::NaiveDateTime,
    size: [f32; 2],
) -> egui_kittest::Harness<'static, rehab_tracker::ui::RehabApp> {
    // Silent: a test run plays nothing through the machine's speakers.
    let silent = rehab_tracker::desktop::sound::Sound::with_player(std::sync::Arc::new(|_| {}));
    window_with(dir, at, size, silent)
}

/// [`window_at`], playing the chime with `sound`.
pub fn window_with(
    dir: &Path,
    at: chrono::NaiveDateTime,
    size: [f32; 2],
    sound: rehab_tracker::desktop::sound::Sound,
) -> egui_kittest::Harness<'static, rehab_tracker::ui::RehabApp> {
    use egui_kittest::kittest::Queryable;
    let app = rehab_tracker::ui::RehabApp::new(rehab_tracker::ui::open(dir, false))
        .unwrap()
        .with_clock(move || at)
        .with_sound(sound);
    let mut h = egui_kittest::Harness::builder()
        .with_size(size)
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut rehab_tracker::ui::RehabApp| app.ui(ui), app);
    settle(&mut h);
    if let Some(not_now) = h.query_by_label("Not now") {
        not_now.click();
        settle(&mut h);
    }
    h
}

/// Runs frames until the window has nothing left to do: the journal read, the analysis
/// worked out, background tasks ended (they run on real threads, so this waits for them).
pub fn settle(h: &mut egui_kittest::Harness<'static, rehab_tracker::ui::RehabApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        h.run();
        if !h.state().is_busy() {
            h.run();
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the window did not settle in 30 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}
