//! A patient who cannot see the screen logs a session: the real window under a virtual
//! display with the accessibility bus on, driven through AT-SPI, as Orca (the GNOME screen
//! reader) drives it (`tests/support/atspi_session.py`). The window has a name, every
//! focusable object has one, the pain scale reads the score typed, saving is announced, and
//! the journal then holds the session with that pain.
//!
//! Needs Xvfb, dbus, at-spi2-core, python3-pyatspi and xdotool from Debian; skips with a note
//! without them, except in CI (`CI=true`), where `.ci/run` installs them and it fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use rehab_tracker::model::Pain;
use rehab_tracker::storage::Store;
use std::path::Path;
use std::process::Command;

#[test]
fn a_whole_session_is_logged_through_the_accessibility_bus_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let today = common::today();
    let start = (today - chrono::Duration::days(14)).to_string();
    let o = common::run(
        tmp.path(),
        &["init", "--start", &start, "--affected-side", "left"],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/atspi_session.py");
    // Debian's Python: it sees the Debian accessibility modules.
    let python = if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let run = Command::new(python)
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_rehab-tracker"))
        .arg(tmp.path())
        .output();
    let out = match run {
        Ok(out) => out,
        Err(e) => {
            assert!(
                !common::tools::in_ci(),
                "the screen-reader test cannot run in CI: python3 could not be run ({e}). .ci/run installs it."
            );
            println!("SKIPPED the screen-reader test: python3 could not be run ({e}).");
            return;
        }
    };
    let said = common::tools::said(&out);
    if out.status.code() == Some(77) {
        assert!(
            !common::tools::in_ci(),
            "the screen-reader test cannot run in CI: {said}. .ci/run installs it."
        );
        println!("SKIPPED the screen-reader test: {said}");
        return;
    }
    println!("{said}");
    assert!(out.status.success(), "through AT-SPI:\n{said}");

    let loaded = Store::new(tmp.path()).load();
    let session = loaded
        .journal
        .session_on(today)
        .expect("the journal holds today's session");
    assert!(!session.exercises.is_empty());
    assert!(
        session
            .exercises
            .iter()
            .all(|e| e.pain_during.map(Pain::get) == Some(6)),
        "every exercise with the pain given by key: {:?}",
        session
            .exercises
            .iter()
            .map(|e| e.pain_during)
            .collect::<Vec<_>>()
    );
}
