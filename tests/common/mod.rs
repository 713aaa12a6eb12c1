//! Helpers shared by the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

pub mod journal;
pub mod review;
pub mod tools;

use std::path::Path;
use std::process::{Command, Output};

/// Runs the real binary with `--data-dir DIR` and the given arguments.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rehab-tracker"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
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
