//! The app's place on the desktop: desktop notifications, and the systemd user timer (or
//! login entry) that runs `rehab-tracker remind` while the window is closed. No user
//! interface here; every failure comes back as words a patient can act on.

pub mod notify;
pub mod schedule;
pub mod sound;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs a program and waits at most `limit` for it; returns its exit status and what it
/// printed on stderr, or why it could not run. A program that does not finish in time is
/// ended. Used for `systemctl`, which can hang when the user's session is half set up.
pub(crate) fn run_with_limit(
    program: &str,
    args: &[&str],
    limit: Duration,
) -> Result<(bool, String), String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                crate::t!("desktop-program-missing", program = program)
            } else {
                crate::t!(
                    "desktop-program-not-started",
                    program = program,
                    error = e.to_string()
                )
            }
        })?;
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let mut err = String::new();
                if let Some(mut stderr) = child.stderr.take() {
                    let _ = std::io::Read::read_to_string(&mut stderr, &mut err);
                }
                return Ok((status.success(), err.trim().to_owned()));
            }
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(crate::t!(
                    "desktop-program-no-answer",
                    program = program,
                    seconds = limit.as_secs()
                ));
            }
            Err(e) => {
                return Err(crate::t!(
                    "desktop-program-not-waited-for",
                    program = program,
                    error = e.to_string()
                ));
            }
        }
    }
}
