//! `rehab-tracker remind` against a real notification server: dunst, on a private D-Bus
//! session bus, under Xvfb. Which notifications arrived, with their text, is read back from
//! dunst's history (`busctl ... NotificationListHistory`). The timer files are checked with
//! `systemd-analyze verify`, the login entry with `desktop-file-validate`.
//!
//! Without the tools these tests print a note and skip; with `CI=true` they fail, since
//! `.ci/run` installs them (dunst, dbus, xvfb, systemd, desktop-file-utils).
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(clippy::print_stdout)]

mod common;

use rehab_tracker::model::Settings;
use rehab_tracker::storage::{SaveBatch, Store};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Whether every program is there; if not, skips with a note (fails in CI).
fn have(programs: &[&str]) -> bool {
    let missing: Vec<&str> = programs
        .iter()
        .copied()
        .filter(|p| {
            Command::new("sh")
                .args(["-c", &format!("command -v {p}")])
                .stdout(Stdio::null())
                .status()
                .map_or(true, |s| !s.success())
        })
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        !in_ci(),
        "{} missing in CI; .ci/run installs them",
        missing.join(", ")
    );
    println!(
        "SKIPPED: {} not installed (apt-get install dunst dbus xvfb systemd desktop-file-utils)",
        missing.join(", ")
    );
    false
}

/// A private D-Bus session bus with no service activation, so nothing starts by itself.
const BUS_CONFIG: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

/// One desktop at a time: each is a display server, a bus and a notification server, and the
/// tests read what one server showed.
static ONE_DESKTOP: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Xvfb, a private bus and (optionally) dunst; all ended when dropped.
struct Desktop {
    children: Vec<Child>,
    display: String,
    bus: String,
    _dir: tempfile::TempDir,
    _turn: std::sync::MutexGuard<'static, ()>,
}

impl Desktop {
    fn start(with_dunst: bool) -> Self {
        let turn = ONE_DESKTOP
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let dir = tempfile::tempdir().unwrap();
        let mut children = Vec::new();
        // Xvfb picks a free display itself and prints its number (-displayfd 1); -noreset
        // keeps it from starting over each time its last client leaves.
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1024x768x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut number = String::new();
        BufReader::new(xvfb.stdout.take().unwrap())
            .read_line(&mut number)
            .unwrap();
        children.push(xvfb);
        let n = number.trim().to_owned();
        assert!(
            n.parse::<u32>().is_ok(),
            "Xvfb did not say its display: {number:?}"
        );
        let display = format!(":{n}");
        let config = dir.path().join("bus.conf");
        std::fs::write(&config, BUS_CONFIG).unwrap();
        let mut bus = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut address = String::new();
        BufReader::new(bus.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        children.push(bus);
        let mut desktop = Self {
            children,
            display,
            bus: address.trim().to_owned(),
            _dir: dir,
            _turn: turn,
        };
        wait_until(Duration::from_secs(10), || {
            Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
        });
        if with_dunst {
            let dunst = Command::new("dunst")
                .args(["-config", "/dev/null"])
                .env("DISPLAY", &desktop.display)
                .env("DBUS_SESSION_BUS_ADDRESS", &desktop.bus)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            desktop.children.push(dunst);
            assert!(
                wait_until(Duration::from_secs(10), || desktop
                    .busctl(&["org.dunstproject.cmd0", "Ping"])
                    .status
                    .success()),
                "dunst did not come up on the private bus"
            );
        }
        desktop
    }

    /// Calls a method of the notification server on the private bus.
    fn busctl(&self, method: &[&str]) -> Output {
        Command::new("busctl")
            .args([
                "--user",
                "--json=short",
                "--no-pager",
                "call",
                "org.freedesktop.Notifications",
                "/org/freedesktop/Notifications",
            ])
            .args(method)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .output()
            .unwrap()
    }

    /// Every notification dunst has shown and closed, oldest first: (app, title, text).
    fn history(&self) -> Vec<(String, String, String)> {
        let o = self.busctl(&["org.dunstproject.cmd0", "NotificationCloseAll"]);
        assert!(o.status.success(), "{}", common::stderr(&o));
        std::thread::sleep(Duration::from_millis(300));
        let o = self.busctl(&["org.dunstproject.cmd0", "NotificationListHistory"]);
        assert!(o.status.success(), "{}", common::stderr(&o));
        let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let field = |n: &serde_json::Value, k: &str| n[k]["data"].as_str().unwrap().to_owned();
        let mut list: Vec<(i64, (String, String, String))> = json["data"][0]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| {
                (
                    n["id"]["data"].as_i64().unwrap(),
                    (field(n, "appname"), field(n, "summary"), field(n, "body")),
                )
            })
            .collect();
        list.sort_by_key(|(id, _)| *id);
        list.into_iter().map(|(_, n)| n).collect()
    }

    /// Runs `remind`, then closes what it showed: dunst folds a notification identical to
    /// one on screen into it, and each one should reach the history on its own.
    fn remind(&self, dir: &Path, at: &str) -> Output {
        self.remind_with(dir, at, true)
    }

    /// [`Self::remind`]; `as_timer` notes what was shown, as the timer's own run does, and
    /// without it `--at` is a try-out.
    fn remind_with(&self, dir: &Path, at: &str, as_timer: bool) -> Output {
        let o = remind_on_bus(dir, at, &self.bus, &self.display, as_timer);
        let closed = self.busctl(&["org.dunstproject.cmd0", "NotificationCloseAll"]);
        assert!(closed.status.success(), "{}", common::stderr(&closed));
        std::thread::sleep(Duration::from_millis(200));
        o
    }
}

impl Drop for Desktop {
    /// Ends each child with SIGTERM first, so that Xvfb removes its lock file and socket
    /// from /tmp; SIGKILL only for one still running a few seconds later.
    fn drop(&mut self) {
        for child in self.children.iter_mut().rev() {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let ended = wait_until(Duration::from_secs(3), || {
                matches!(child.try_wait(), Ok(Some(_)))
            });
            if !ended {
                let _ = child.kill();
            }
            let _ = child.wait();
        }
    }
}

fn remind_on_bus(dir: &Path, at: &str, bus: &str, display: &str, as_timer: bool) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rehab-tracker"))
        .arg("--data-dir")
        .arg(dir)
        .args(["remind", "--wait-for-click", "0", "--at", at])
        .args(as_timer.then_some("--note-shown"))
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .env("DISPLAY", display)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

fn wait_until(limit: Duration, mut ok: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// A patient whose programme started on Monday 2 November 2026 (training Monday, Wednesday,
/// Friday), with both reminders on: training at 18:00, diary at 20:30.
fn patient() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let o = common::run(
        tmp.path(),
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let mut settings = Settings::default();
    settings.training_reminder.on = true;
    settings.diary_reminder.on = true;
    Store::new(tmp.path())
        .save(&SaveBatch {
            settings: Some(settings),
            ..SaveBatch::default()
        })
        .unwrap();
    tmp
}

fn log(dir: &Path, args: &[&str]) {
    let o = common::run(dir, args);
    assert!(o.status.success(), "{}", common::stderr(&o));
}

const TRAINING: (&str, &str) = (
    "Time for your exercises",
    "Today is a training day in your programme. Open the app to log your session when you have done it.",
);
const DIARY: (&str, &str) = (
    "Your diary for today",
    "How was your pain today? Writing it down takes a minute and helps you and your physiotherapist see how things are going.",
);

#[test]
fn exactly_the_due_reminders_arrive_once_each_with_their_text() {
    if !have(&["Xvfb", "dbus-daemon", "dunst", "busctl"]) {
        return;
    }
    let desktop = Desktop::start(true);
    let tmp = patient();
    let dir = tmp.path();
    let shown = |o: &Output| {
        assert!(o.status.success(), "{}", common::stderr(o));
        common::stdout(o)
    };
    // Monday 23 November, a training day: nothing before six, then training, once.
    assert_eq!(
        shown(&desktop.remind(dir, "2026-11-23T17:59")),
        "Nothing is due now.\n"
    );
    assert!(
        shown(&desktop.remind(dir, "2026-11-23T18:05")).contains("Shown: Time for your exercises")
    );
    assert!(shown(&desktop.remind(dir, "2026-11-23T18:20")).contains("shown already"));
    // The evening: only the diary is new.
    assert!(
        shown(&desktop.remind(dir, "2026-11-23T20:45")).contains("Shown: Your diary for today")
    );
    assert!(shown(&desktop.remind(dir, "2026-11-23T22:00")).contains("shown already"));
    // Wednesday: the session is logged, so only the diary reminder comes.
    log(
        dir,
        &["log", "session", "--as-prescribed", "--date", "2026-11-25"],
    );
    assert!(
        shown(&desktop.remind(dir, "2026-11-25T21:00")).contains("Shown: Your diary for today")
    );
    // Friday, marked away in the diary: nothing.
    log(
        dir,
        &[
            "log",
            "diary",
            "--worst",
            "4",
            "--now",
            "2",
            "--day-state",
            "away",
            "--date",
            "2026-11-27",
        ],
    );
    assert_eq!(
        shown(&desktop.remind(dir, "2026-11-27T21:00")),
        "Nothing is due now.\n"
    );
    // Saturday, no training: the diary only, and both at once on the next Monday.
    assert!(shown(&desktop.remind(dir, "2026-11-28T21:00")).contains("Your diary for today"));
    assert!(
        shown(&desktop.remind(dir, "2026-11-30T21:00")).contains("Your exercises and your diary")
    );

    let app = || "Rehab tracker".to_owned();
    let n = |(title, body): (&str, &str)| (app(), title.to_owned(), body.to_owned());
    assert_eq!(
        desktop.history(),
        [
            n(TRAINING),
            n(DIARY),
            n(DIARY),
            n(DIARY),
            n((
                "Your exercises and your diary",
                "Today is a training day: log your session when you have done it.\nAnd a minute for today's diary: how was your pain?"
            )),
        ]
    );
}

#[test]
fn a_try_out_at_a_chosen_time_does_not_take_the_place_of_the_real_reminder() {
    if !have(&["Xvfb", "dbus-daemon", "dunst", "busctl"]) {
        return;
    }
    let desktop = Desktop::start(true);
    let tmp = patient();
    let dir = tmp.path();
    let tried = desktop.remind_with(dir, "2026-11-23T18:05", false);
    assert!(tried.status.success(), "{}", common::stderr(&tried));
    let said = common::stdout(&tried);
    assert!(said.contains("Shown: Time for your exercises"), "{said}");
    assert!(said.contains("try-out"), "{said}");
    assert!(!dir.join("reminders-sent.ron").exists());
    // The timer's run that day still shows it, once.
    let real = common::stdout(&desktop.remind(dir, "2026-11-23T18:10"));
    assert!(real.contains("Shown: Time for your exercises"), "{real}");
    assert!(common::stdout(&desktop.remind(dir, "2026-11-23T18:20")).contains("shown already"));
    assert_eq!(desktop.history().len(), 2);
}

#[test]
fn without_a_notification_server_remind_says_so_and_exits_1_at_once() {
    if !have(&["Xvfb", "dbus-daemon"]) {
        return;
    }
    let tmp = patient();
    // A bus with nothing on it that shows notifications.
    let desktop = Desktop::start(false);
    let started = Instant::now();
    let o = remind_on_bus(
        tmp.path(),
        "2026-11-23T18:05",
        &desktop.bus,
        &desktop.display,
        true,
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(o.status.code(), Some(1));
    let err = common::stderr(&o);
    assert!(err.contains("no notification could be shown"), "{err}");
    assert!(
        err.contains("nothing on this desktop shows notifications"),
        "{err}"
    );
    // No bus at all.
    let started = Instant::now();
    let o = remind_on_bus(
        tmp.path(),
        "2026-11-23T18:05",
        "unix:path=/nonexistent/bus",
        ":0",
        true,
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(common::stderr(&o).contains("no notification could be shown"));
    // Nothing was noted as shown: the reminder comes once a server is there.
    assert!(!tmp.path().join("reminders-sent.ron").exists());
}

#[test]
fn nothing_is_due_for_a_folder_that_is_not_set_up() {
    let tmp = tempfile::tempdir().unwrap();
    let o = common::run(tmp.path(), &["remind", "--at", "2026-11-23T21:00"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert_eq!(common::stdout(&o), "Nothing is due now.\n");
    assert!(
        std::fs::read_dir(tmp.path()).unwrap().next().is_none(),
        "remind writes nothing when nothing is due"
    );
}

#[test]
fn the_timer_and_service_pass_systemd_analyze_verify() {
    if !have(&["systemd-analyze"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let plan = rehab_tracker::desktop::schedule::Plan {
        exe: PathBuf::from(env!("CARGO_BIN_EXE_rehab-tracker")),
        data_dir: Some(tmp.path().join("my data")),
    };
    let mut settings = Settings::default();
    settings.training_reminder.on = true;
    settings.diary_reminder.on = true;
    let mut paths = Vec::new();
    for (name, text) in plan.systemd_units(&settings) {
        let path = tmp.path().join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    let o = Command::new("systemd-analyze")
        .arg("verify")
        .args(&paths)
        .env("SYSTEMD_LOG_LEVEL", "notice")
        .output()
        .unwrap();
    let err = common::stderr(&o);
    // Only lines about our two files count: verify also reports on the host's own units.
    let ours: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("rehab-tracker-reminders"))
        .collect();
    assert!(o.status.success() && ours.is_empty(), "{err}");
}

#[test]
fn the_login_entry_passes_desktop_file_validate_with_awkward_folder_names() {
    if !have(&["desktop-file-validate"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let plan = rehab_tracker::desktop::schedule::Plan {
        exe: PathBuf::from("/usr/bin/rehab-tracker"),
        data_dir: Some(tmp.path().join("my $HOME \"rehab\" 100% `x` back\\slash")),
    };
    let mut settings = Settings::default();
    settings.diary_reminder.on = true;
    // Without systemd, the login entry is written.
    let outcome = rehab_tracker::desktop::schedule::apply(&config, &plan, &settings, &|_| {
        Err("systemctl is not installed".to_owned())
    })
    .unwrap();
    assert!(!outcome.as_asked());
    let entry = config
        .join("autostart")
        .join(rehab_tracker::desktop::schedule::AUTOSTART);
    let o = Command::new("desktop-file-validate")
        .arg(&entry)
        .output()
        .unwrap();
    assert!(
        o.status.success() && o.stdout.is_empty(),
        "{}{}\n{}",
        common::stdout(&o),
        common::stderr(&o),
        std::fs::read_to_string(&entry).unwrap()
    );
}

#[test]
fn remind_run_by_hand_says_when_the_timer_runs_a_program_that_is_gone() {
    let tmp = patient();
    let config = tempfile::tempdir().unwrap();
    let units = config.path().join("systemd/user");
    std::fs::create_dir_all(&units).unwrap();
    std::fs::write(
        units.join(rehab_tracker::desktop::schedule::SERVICE),
        "[Service]\nExecStart=\"/home/ann/build/target/debug/rehab-tracker\" remind\n",
    )
    .unwrap();
    let remind = || {
        Command::new(env!("CARGO_BIN_EXE_rehab-tracker"))
            .arg("--data-dir")
            .arg(tmp.path())
            .args(["remind", "--print-only", "--at", "2026-11-23T18:05"])
            .env("XDG_CONFIG_HOME", config.path())
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let o = remind();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let err = common::stderr(&o);
    assert!(
        err.contains("runs /home/ann/build/target/debug/rehab-tracker, which is no longer there"),
        "{err}"
    );
    assert!(common::stdout(&o).contains("Time for your exercises"));
    // A timer that runs a program that is there: nothing said.
    std::fs::write(
        units.join(rehab_tracker::desktop::schedule::SERVICE),
        format!(
            "[Service]\nExecStart=\"{}\" remind\n",
            env!("CARGO_BIN_EXE_rehab-tracker")
        ),
    )
    .unwrap();
    let o = remind();
    assert!(common::stderr(&o).is_empty(), "{}", common::stderr(&o));
}
