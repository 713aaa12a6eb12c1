//! Running `rehab-tracker remind` at the reminder times while the window is closed.
//!
//! On Linux with a systemd user session: a timer and a service in
//! `~/.config/systemd/user/`, enabled with `systemctl --user`. The timer fires at each
//! reminder time, one minute after login, and (`Persistent=`) once after a time missed
//! while the computer was off; `remind` itself decides what is due and shows each reminder
//! once a day. Without systemd: an XDG autostart entry in `~/.config/autostart/`, which
//! runs `remind` when the patient logs in.

use crate::i18n::{Lang, Words};
use crate::model::Settings;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The timer's file name.
pub const TIMER: &str = "rehab-tracker-reminders.timer";
/// The service's file name.
pub const SERVICE: &str = "rehab-tracker-reminders.service";
/// The login entry's file name, where there is no systemd.
pub const AUTOSTART: &str = "rehab-tracker-reminders.desktop";

/// How long `systemctl` may take before it is given up on.
const SYSTEMCTL_LIMIT: Duration = Duration::from_secs(10);

/// What runs the reminders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The program (this binary, as installed).
    pub exe: PathBuf,
    /// The data folder, when it is not the usual one.
    pub data_dir: Option<PathBuf>,
}

impl Plan {
    /// The command line that runs `remind`, quoted for systemd's `ExecStart=`.
    #[must_use]
    pub fn command_line(&self) -> String {
        self.command_line_with(quote)
    }

    /// The command line quoted with `quote` for each argument.
    fn command_line_with(&self, quote: fn(&str) -> String) -> String {
        let mut line = quote(&self.exe.to_string_lossy());
        line.push_str(" remind");
        if let Some(dir) = &self.data_dir {
            line.push_str(" --data-dir ");
            line.push_str(&quote(&dir.to_string_lossy()));
        }
        line
    }

    /// The systemd user units, as (file name, content): the service and its timer.
    #[must_use]
    pub fn systemd_units(&self, settings: &Settings) -> Vec<(&'static str, String)> {
        let service = format!(
            "[Unit]\n\
             Description=Rehab tracker: show the reminders that are due\n\
             \n\
             [Service]\n\
             Type=exec\n\
             ExecStart={}\n\
             # Clicking a reminder opens the app; it must outlive this service.\n\
             KillMode=process\n\
             # A reminder waits at most an hour for a click.\n\
             TimeoutStartSec=70min\n",
            self.command_line()
        );
        let mut calendar: Vec<String> = [settings.training_reminder, settings.diary_reminder]
            .iter()
            .filter_map(crate::model::Reminder::time)
            .map(|t| format!("OnCalendar=*-*-* {}\n", t.format("%H:%M:00")))
            .collect();
        calendar.sort();
        calendar.dedup();
        let timer = format!(
            "[Unit]\n\
             Description=Rehab tracker: when to look for reminders\n\
             \n\
             [Timer]\n\
             {}\
             OnStartupSec=1min\n\
             Persistent=true\n\
             AccuracySec=30s\n\
             Unit={SERVICE}\n\
             \n\
             [Install]\n\
             WantedBy=timers.target\n",
            calendar.concat()
        );
        vec![(SERVICE, service), (TIMER, timer)]
    }

    /// The login entry used where there is no systemd, its name and comment in every
    /// language the app speaks (the desktop's settings list it).
    #[must_use]
    pub fn autostart_entry(&self) -> String {
        format!(
            "[Desktop Entry]\n\
             Type=Application\n\
             {}\
             {}\
             Exec={}\n\
             NoDisplay=true\n\
             X-GNOME-Autostart-enabled=true\n",
            in_every_language("Name", |w| crate::t_in!(w, "desktop-autostart-name")),
            in_every_language("Comment", |w| crate::t_in!(w, "desktop-autostart-comment")),
            self.command_line_with(quote_desktop)
        )
    }
}

/// A desktop entry's key in English (`Name=…`), then in each other language the app speaks
/// (`Name[de]=…`), one line each.
fn in_every_language(key: &str, text: impl Fn(&Words) -> String) -> String {
    Lang::SHIPPED
        .into_iter()
        .map(|lang| {
            // A value is one line.
            let value = text(Words::for_language(lang)).replace(['\n', '\r'], " ");
            if lang == Lang::En {
                format!("{key}={value}\n")
            } else {
                format!("{key}[{}]={value}\n", lang.code())
            }
        })
        .collect()
}

/// How reminders were set up, or taken away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A systemd user timer runs them at their times.
    Timer,
    /// Only at login: this computer has no systemd user session. The reason is kept.
    AtLogin(String),
    /// Nothing runs them any more.
    Removed,
}

impl Outcome {
    /// Whether the reminders will come as the patient asked: at their times, or not at all.
    /// Coming only at login is a failure to show as one.
    #[must_use]
    pub fn as_asked(&self) -> bool {
        !matches!(self, Self::AtLogin(_))
    }

    /// What it means, in plain words, for the Settings window.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            Self::Timer => crate::t!("desktop-reminders-set-up"),
            Self::AtLogin(_) => crate::t!("desktop-reminders-at-login"),
            Self::Removed => crate::t!("desktop-reminders-removed"),
        }
    }

    /// What the system said, for whoever helps with the computer (shown folded away).
    #[must_use]
    pub fn details(&self) -> Option<&str> {
        match self {
            Self::AtLogin(why) => Some(why),
            Self::Timer | Self::Removed => None,
        }
    }
}

/// Where a program is that should not be what a timer runs, as words: it is in a temporary
/// folder, cargo's build folder or the folder a portable download was unpacked into, which
/// move or go away.
#[must_use]
pub fn passing_place(exe: &Path, temp: &Path) -> Option<String> {
    if exe.starts_with(temp) {
        return Some(crate::t!("desktop-place-temporary"));
    }
    let names: Vec<String> = exe
        .parent()
        .into_iter()
        .flat_map(Path::components)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let built = names.windows(2).any(|pair| {
        pair[0] == "target" && (pair[1] == "debug" || pair[1] == "release" || pair[1].contains('-'))
    });
    if built {
        return Some(crate::t!("desktop-place-built"));
    }
    let unpacked = names
        .last()
        .is_some_and(|n| n.starts_with("rehab-tracker-") && n.ends_with("-linux"));
    if unpacked {
        return Some(crate::t!("desktop-place-unpacked"));
    }
    None
}

/// The program the timer runs: this one when it is installed, else a `rehab-tracker` on
/// `PATH` that is; refused in words when there is none, rather than a timer that stops
/// without a word when the folder moves.
pub fn stable_program(
    running: &Path,
    path_var: Option<&std::ffi::OsStr>,
    temp: &Path,
) -> Result<PathBuf, String> {
    let Some(why) = passing_place(running, temp) else {
        return Ok(running.to_path_buf());
    };
    let name = running
        .file_name()
        .unwrap_or_else(|| std::ffi::OsStr::new("rehab-tracker"));
    let installed = path_var
        .into_iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(name))
        .find(|p| is_program(p) && passing_place(p, temp).is_none());
    installed.ok_or_else(|| {
        crate::t!(
            "desktop-program-passing",
            folder = running.parent().unwrap_or(running).display().to_string(),
            place = why
        )
    })
}

fn is_program(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// The program the timer set up earlier runs, read from its service file; `None` when
/// there is no such file or it names none.
#[must_use]
pub fn installed_program(config: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(config.join("systemd").join("user").join(SERVICE)).ok()?;
    let line = text.lines().find_map(|l| l.strip_prefix("ExecStart="))?;
    unquote_first(line).map(PathBuf::from)
}

/// When the timer set up earlier runs a program that is no longer there (the app moved or
/// was removed), what that means, in words; `None` when all is well or there is no timer.
#[must_use]
pub fn missing_program(config: &Path) -> Option<String> {
    let program = installed_program(config)?;
    (!program.exists()).then(|| {
        crate::t!(
            "desktop-timer-program-gone",
            program = program.display().to_string()
        )
    })
}

/// Runs `systemctl --user` with these arguments (tests pass their own).
pub type Systemctl<'a> = &'a dyn Fn(&[&str]) -> Result<(), String>;

/// The real `systemctl --user`, given up on after ten seconds.
pub fn real_systemctl(args: &[&str]) -> Result<(), String> {
    let mut all = vec!["--user"];
    all.extend_from_slice(args);
    match super::run_with_limit("systemctl", &all, SYSTEMCTL_LIMIT)? {
        (true, _) => Ok(()),
        (false, err) if err.is_empty() => {
            Err(crate::t!("desktop-systemctl-failed", args = args.join(" ")))
        }
        (false, err) => Err(crate::t!(
            "desktop-systemctl-said",
            args = args.join(" "),
            said = crate::storage::schema::shorten(&err)
        )),
    }
}

/// The user's configuration folder (`~/.config` on Linux).
#[must_use]
pub fn config_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.config_dir().to_path_buf())
}

/// Puts the schedule in line with the settings: with any reminder on, writes the units
/// under `config/systemd/user/` and enables the timer (or, where systemd cannot be reached,
/// writes the login entry instead); with none on, disables and removes them. Never panics;
/// the error is a sentence saying what went wrong.
pub fn apply(
    config: &Path,
    plan: &Plan,
    settings: &Settings,
    systemctl: Systemctl<'_>,
) -> Result<Outcome, String> {
    let unit_dir = config.join("systemd").join("user");
    let autostart = config.join("autostart").join(AUTOSTART);
    if !settings.any_reminder_on() {
        // Each step is tried; a missing file or an absent systemd is not a failure.
        let _ = systemctl(&["disable", "--now", TIMER]);
        for name in [TIMER, SERVICE] {
            remove_if_present(&unit_dir.join(name))?;
        }
        let _ = systemctl(&["daemon-reload"]);
        remove_if_present(&autostart)?;
        return Ok(Outcome::Removed);
    }
    let store = crate::storage::Store::new(config);
    for (name, text) in plan.systemd_units(settings) {
        store
            .write_atomic(&unit_dir.join(name), text.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    let enabled = systemctl(&["daemon-reload"])
        .and_then(|()| systemctl(&["enable", "--now", TIMER]))
        // A timer that was running keeps its old times until it is restarted.
        .and_then(|()| systemctl(&["restart", TIMER]));
    match enabled {
        Ok(()) => {
            remove_if_present(&autostart)?;
            Ok(Outcome::Timer)
        }
        Err(why) => {
            store
                .write_atomic(&autostart, plan.autostart_entry().as_bytes())
                .map_err(|e| e.to_string())?;
            Ok(Outcome::AtLogin(crate::t!(
                "desktop-timer-not-switched-on",
                why = why
            )))
        }
    }
}

fn remove_if_present(path: &Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(crate::t!(
            "desktop-could-not-remove",
            path = path.display().to_string(),
            error = crate::storage::store::plain_io(&e)
        )),
    }
}

/// The first argument of an `ExecStart=` line written by [`quote`], unquoted.
fn unquote_first(line: &str) -> Option<String> {
    let mut chars = line.trim_start().chars();
    if chars.next()? != '"' {
        return line.split_whitespace().next().map(str::to_owned);
    }
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => out.push(chars.next()?),
            '%' | '$' => {
                chars.next();
                out.push(c);
            }
            c => out.push(c),
        }
    }
    None
}

/// Quotes one argument for a desktop entry's `Exec=` line: in double quotes, with `"`,
/// `` ` ``, `$` and `\` escaped by a backslash, that backslash written twice (the key's own
/// escaping comes first), and `%` doubled.
fn quote_desktop(arg: &str) -> String {
    let mut out = String::with_capacity(arg.len() + 2);
    out.push('"');
    for c in arg.chars() {
        match c {
            '"' | '`' | '$' => {
                out.push_str("\\\\");
                out.push(c);
            }
            '\\' => out.push_str("\\\\\\\\"),
            '%' => out.push_str("%%"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Quotes one argument for an `ExecStart=` line: in double quotes, with `\`, `"`, `%` and
/// `$` escaped so systemd passes it through unchanged.
fn quote(arg: &str) -> String {
    let mut out = String::with_capacity(arg.len() + 2);
    out.push('"');
    for c in arg.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '%' => out.push_str("%%"),
            '$' => out.push_str("$$"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    fn plan() -> Plan {
        Plan {
            exe: PathBuf::from("/usr/bin/rehab-tracker"),
            data_dir: Some(PathBuf::from("/home/ann/My \"rehab\" 100%")),
        }
    }

    fn on() -> Settings {
        let mut s = Settings::default();
        s.training_reminder.on = true;
        s.diary_reminder.on = true;
        s
    }

    #[test]
    fn the_timer_fires_at_each_reminder_time_and_the_service_runs_remind() {
        let units = plan().systemd_units(&on());
        assert_eq!(units[0].0, SERVICE);
        assert!(units[0].1.contains(
            "ExecStart=\"/usr/bin/rehab-tracker\" remind --data-dir \"/home/ann/My \\\"rehab\\\" 100%%\"\n"
        ));
        let timer = &units[1].1;
        assert!(timer.contains("OnCalendar=*-*-* 18:00:00\nOnCalendar=*-*-* 20:30:00\n"));
        assert!(timer.contains("Persistent=true"));
        let mut one = Settings::default();
        one.diary_reminder.on = true;
        let units = plan().systemd_units(&one);
        assert_eq!(units[1].1.matches("OnCalendar=").count(), 1);
    }

    #[test]
    fn switching_on_enables_the_timer_and_switching_off_removes_it() {
        let config = tempfile::tempdir().unwrap();
        let calls = RefCell::new(Vec::new());
        let ok = |args: &[&str]| {
            calls.borrow_mut().push(args.join(" "));
            Ok(())
        };
        assert_eq!(
            apply(config.path(), &plan(), &on(), &ok),
            Ok(Outcome::Timer)
        );
        let unit_dir = config.path().join("systemd/user");
        assert!(unit_dir.join(TIMER).exists() && unit_dir.join(SERVICE).exists());
        assert_eq!(
            calls.take(),
            [
                "daemon-reload",
                "enable --now rehab-tracker-reminders.timer",
                "restart rehab-tracker-reminders.timer"
            ]
        );
        assert_eq!(
            apply(config.path(), &plan(), &Settings::default(), &ok),
            Ok(Outcome::Removed)
        );
        assert!(!unit_dir.join(TIMER).exists() && !unit_dir.join(SERVICE).exists());
        assert_eq!(
            calls.take(),
            [
                "disable --now rehab-tracker-reminders.timer",
                "daemon-reload"
            ]
        );
    }

    #[test]
    fn a_program_in_a_build_or_temporary_folder_is_not_what_the_timer_runs() {
        let temp = Path::new("/tmp");
        let installed = Path::new("/usr/bin/rehab-tracker");
        assert_eq!(stable_program(installed, None, temp), Ok(installed.into()));
        for passing in [
            "/home/ann/src/rehab/target/debug/rehab-tracker",
            "/home/ann/src/rehab/target/x86_64-unknown-linux-gnu/release/rehab-tracker",
            "/tmp/.tmpAb12/rehab-tracker",
            "/home/ann/Downloads/rehab-tracker-0.1.0-x86_64-linux/rehab-tracker",
        ] {
            let why = stable_program(Path::new(passing), None, temp).unwrap_err();
            assert!(why.contains("Install the app"), "{why}");
            assert!(
                why.contains(&Path::new(passing).parent().unwrap().display().to_string()),
                "{why}"
            );
        }
        // The copy installed on PATH is used instead, and a built one on PATH is not. (The
        // test's folder stands for an installed one: here, the temporary folder is elsewhere.)
        let temp = Path::new("/elsewhere");
        let bin = tempfile::tempdir().unwrap();
        let program_in = |dir: &Path| {
            std::fs::create_dir_all(dir).unwrap();
            let program = dir.join("rehab-tracker");
            std::fs::write(&program, "#!/bin/sh\n").unwrap();
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
            }
            program
        };
        let on_path = program_in(&bin.path().join("bin"));
        let built_on_path = program_in(&bin.path().join("src/target/debug"));
        let built = Path::new("/home/ann/src/rehab/target/debug/rehab-tracker");
        let path_var = |dirs: &[&Path]| std::env::join_paths(dirs).unwrap();
        let both = path_var(&[
            Path::new("/nonexistent"),
            built_on_path.parent().unwrap(),
            on_path.parent().unwrap(),
        ]);
        assert_eq!(stable_program(built, Some(&both), temp), Ok(on_path));
        let only_built = path_var(&[built_on_path.parent().unwrap()]);
        assert!(stable_program(built, Some(&only_built), temp).is_err());
    }

    #[test]
    fn the_timer_names_its_program_and_a_missing_one_is_noticed() {
        let config = tempfile::tempdir().unwrap();
        assert_eq!(missing_program(config.path()), None);
        let gone = Plan {
            exe: PathBuf::from("/nowhere/My \"rehab\" 100% $x/rehab-tracker"),
            data_dir: None,
        };
        apply(config.path(), &gone, &on(), &|_| Ok(())).unwrap();
        assert_eq!(installed_program(config.path()), Some(gone.exe.clone()));
        let said = missing_program(config.path()).unwrap();
        assert!(
            said.contains("/nowhere/My \"rehab\" 100% $x/rehab-tracker, which is no longer there"),
            "{said}"
        );
        let here = Plan {
            exe: std::env::current_exe().unwrap(),
            data_dir: None,
        };
        apply(config.path(), &here, &on(), &|_| Ok(())).unwrap();
        assert_eq!(missing_program(config.path()), None);
    }

    #[test]
    fn without_systemd_a_login_entry_is_written_and_the_reason_given() {
        let config = tempfile::tempdir().unwrap();
        let absent = |_: &[&str]| Err("systemctl is not installed".to_owned());
        let outcome = apply(config.path(), &plan(), &on(), &absent).unwrap();
        assert_eq!(
            outcome,
            Outcome::AtLogin(
                "the timer could not be switched on (systemctl is not installed)".into()
            )
        );
        assert!(outcome.message().contains("when you log in"));
        assert!(!outcome.as_asked());
        assert!(!outcome.message().contains("systemctl"));
        assert_eq!(
            outcome.details(),
            Some("the timer could not be switched on (systemctl is not installed)")
        );
        let entry =
            std::fs::read_to_string(config.path().join("autostart").join(AUTOSTART)).unwrap();
        assert!(entry.contains("Exec=\"/usr/bin/rehab-tracker\" remind --data-dir"));
        // Named in every language, whatever the current one is.
        assert!(
            entry.contains("\nName=Rehab tracker reminders\n"),
            "{entry}"
        );
        assert!(
            entry.contains("\nName[de]=Erinnerungen von Rehab tracker\n"),
            "{entry}"
        );
        assert!(
            entry.contains("\nComment[fr]=Affiche à l’ouverture de session"),
            "{entry}"
        );
        assert_eq!(
            apply(config.path(), &plan(), &Settings::default(), &absent),
            Ok(Outcome::Removed)
        );
        assert!(!config.path().join("autostart").join(AUTOSTART).exists());
    }
}
