//! One desktop notification through the freedesktop notification protocol on the session
//! D-Bus, never waiting longer than a few seconds for the server to answer.

use crate::analysis::reminders::{Due, ReminderKind};
use std::sync::mpsc;
use std::time::Duration;

/// How long the notification server has to take the notification.
pub const ANSWER_LIMIT: Duration = Duration::from_secs(5);

/// What a notification holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The title.
    pub summary: String,
    /// The text.
    pub body: String,
}

impl Message {
    /// One notification for the reminders due: one reminder's own words, or, for both at
    /// once, one title and both texts.
    #[must_use]
    pub fn for_due(due: &[Due]) -> Option<Self> {
        match due {
            [] => None,
            [one] => Some(Self {
                summary: one.kind.title(crate::i18n::language()),
                body: one.kind.body(crate::i18n::language()),
            }),
            several => Some(Self {
                summary: crate::t!("desktop-reminder-both-title"),
                body: several
                    .iter()
                    .map(|d| match d.kind {
                        ReminderKind::Training => crate::t!("desktop-reminder-both-training"),
                        ReminderKind::Diary => crate::t!("desktop-reminder-both-diary"),
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            }),
        }
    }
}

/// Why a notification could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyError {
    /// No server took it: no desktop session, or nothing that shows notifications. The
    /// reason, in words.
    NoServer(String),
    /// The server did not answer in time.
    NoAnswer,
    /// This platform has no notifications in this version.
    Unsupported,
}

impl std::fmt::Display for NotifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::NoServer(why) => crate::t!("desktop-notify-no-server", reason = why.as_str()),
            Self::NoAnswer => {
                crate::t!("desktop-notify-no-answer", seconds = ANSWER_LIMIT.as_secs())
            }
            Self::Unsupported => crate::t!("desktop-notify-unsupported"),
        })
    }
}

impl std::error::Error for NotifyError {}

/// What happened after the notification was shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    /// The patient clicked it (its default action).
    Clicked,
    /// It was dismissed or it expired.
    Closed,
    /// Still showing when we stopped waiting.
    StillShowing,
}

/// A notification the server has taken.
#[derive(Debug)]
pub struct Shown {
    done: mpsc::Receiver<Response>,
}

impl Shown {
    /// Waits up to `limit` for a click or for the notification to close.
    #[must_use]
    pub fn wait(self, limit: Duration) -> Response {
        self.done
            .recv_timeout(limit)
            .unwrap_or(Response::StillShowing)
    }
}

/// Shows the notification and returns once the server has taken it, waiting at most
/// [`ANSWER_LIMIT`]. `on_click` runs if it is clicked while [`Shown::wait`] waits.
pub fn show(
    message: &Message,
    on_click: impl FnOnce() + Send + 'static,
) -> Result<Shown, NotifyError> {
    let (shown_tx, shown_rx) = mpsc::channel::<Result<(), String>>();
    let (done_tx, done_rx) = mpsc::channel::<Response>();
    let message = message.clone();
    // The D-Bus call runs on its own thread, so a server that never answers cannot hold up
    // the command: past the limit, the thread is left behind and the process exits.
    std::thread::Builder::new()
        .name("notification".into())
        .spawn(move || deliver(&message, &shown_tx, &done_tx, on_click))
        .map_err(|e| NotifyError::NoServer(e.to_string()))?;
    match shown_rx.recv_timeout(ANSWER_LIMIT) {
        Ok(Ok(())) => Ok(Shown { done: done_rx }),
        Ok(Err(reason)) => Err(classify(&reason)),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(NotifyError::NoAnswer),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(NotifyError::NoServer(crate::t!(
            "desktop-notify-thread-stopped"
        ))),
    }
}

/// A D-Bus failure in words.
fn classify(reason: &str) -> NotifyError {
    if reason == "unsupported" {
        return NotifyError::Unsupported;
    }
    let plain = if reason.contains("DBUS_SESSION_BUS_ADDRESS")
        || reason.contains("No such file")
        || reason.contains("Connection refused")
        || reason.contains("Address")
    {
        crate::t!("desktop-notify-no-session")
    } else if reason.contains("ServiceUnknown") || reason.contains("not provided by any") {
        crate::t!("desktop-notify-nothing-shows")
    } else {
        reason.to_owned()
    };
    NotifyError::NoServer(crate::storage::schema::shorten(&plain))
}

#[cfg(all(unix, not(target_os = "macos")))]
fn deliver(
    message: &Message,
    shown: &mpsc::Sender<Result<(), String>>,
    done: &mpsc::Sender<Response>,
    on_click: impl FnOnce(),
) {
    let result = notify_rust::Notification::new()
        .appname(&crate::t!("desktop-entry-name"))
        .summary(&message.summary)
        .body(&message.body)
        .icon("rehab-tracker")
        .hint(notify_rust::Hint::DesktopEntry("rehab-tracker".into()))
        .action("default", &crate::t!("desktop-notify-open-app"))
        .show();
    let handle = match result {
        Ok(handle) => {
            let _ = shown.send(Ok(()));
            handle
        }
        Err(e) => {
            let _ = shown.send(Err(e.to_string()));
            return;
        }
    };
    let mut response = Response::Closed;
    handle.wait_for_action(|action| {
        if action == "default" {
            response = Response::Clicked;
        }
    });
    if response == Response::Clicked {
        on_click();
    }
    let _ = done.send(response);
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn deliver(
    _message: &Message,
    shown: &mpsc::Sender<Result<(), String>>,
    _done: &mpsc::Sender<Response>,
    _on_click: impl FnOnce(),
) {
    let _ = shown.send(Err("unsupported".into()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn due(kind: ReminderKind) -> Due {
        Due {
            kind,
            at: NaiveTime::MIN,
        }
    }

    #[test]
    fn one_reminder_keeps_its_words_and_two_make_one_notification() {
        assert_eq!(Message::for_due(&[]), None);
        let one = Message::for_due(&[due(ReminderKind::Diary)]).unwrap();
        assert_eq!(one.summary, "Your diary for today");
        let both =
            Message::for_due(&[due(ReminderKind::Training), due(ReminderKind::Diary)]).unwrap();
        assert_eq!(both.body.lines().count(), 2);
    }

    #[test]
    fn bus_failures_are_put_in_plain_words() {
        assert_eq!(
            classify(
                "org.freedesktop.DBus.Error.ServiceUnknown: The name is not provided by any .service files"
            ),
            NotifyError::NoServer("nothing on this desktop shows notifications".into())
        );
        assert!(
            classify("I/O error: No such file or directory")
                .to_string()
                .contains("no desktop session")
        );
    }
}
