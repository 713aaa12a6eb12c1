//! Following the desktop's light or dark preference until the patient chooses one.
//!
//! eframe learns no system theme on Linux, so egui's "follow the system" falls back to dark
//! there. The desktop's preference is read from the XDG desktop portal (`dark-light`) on a
//! thread of its own, first once and then on every change, and handed to egui as the theme
//! to use while the preference is [`egui::ThemePreference::System`]. A choice made in
//! Settings (or with the top bar's button) then stays, kept with the window's state.

use std::sync::mpsc::{self, Receiver, Sender};

/// The desktop's light or dark preference, as it arrives.
pub struct DesktopTheme {
    changes: Receiver<egui::Theme>,
}

impl DesktopTheme {
    /// Starts reading the desktop's preference on its own thread; `ctx` is woken on each
    /// change. Where there is no portal (no desktop, another system), nothing arrives and
    /// egui's own default stays.
    #[must_use]
    pub fn watch(ctx: &egui::Context) -> Self {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("desktop-theme".into())
            .spawn(move || follow(&tx, &ctx));
        if let Err(e) = spawned {
            log::warn!("could not start following the desktop's theme: {e}");
        }
        Self { changes: rx }
    }

    /// Themes handed in by the caller (tests).
    #[must_use]
    pub fn from_channel(changes: Receiver<egui::Theme>) -> Self {
        Self { changes }
    }

    /// Takes in what arrived since the last frame: egui uses it while the patient has not
    /// chosen a theme. Costs a channel poll when nothing changed.
    pub fn apply(&self, ctx: &egui::Context) {
        if let Some(theme) = self.changes.try_iter().last() {
            ctx.options_mut(|o| o.fallback_theme = theme);
        }
    }
}

/// Reads the preference, then waits for changes, sending each one.
fn follow(tx: &Sender<egui::Theme>, ctx: &egui::Context) {
    let send = |mode: dark_light::Mode| {
        let theme = match mode {
            dark_light::Mode::Dark => egui::Theme::Dark,
            // "No preference" is light on the desktops that offer the choice.
            dark_light::Mode::Light | dark_light::Mode::Unspecified => egui::Theme::Light,
        };
        let sent = tx.send(theme).is_ok();
        ctx.request_repaint();
        sent
    };
    match dark_light::detect() {
        Ok(mode) => {
            if !send(mode) {
                return;
            }
        }
        Err(e) => {
            log::info!("the desktop's light or dark preference could not be read: {e}");
            return;
        }
    }
    match dark_light::subscribe() {
        Ok(watcher) => {
            for mode in watcher.iter() {
                if !send(mode) {
                    break;
                }
            }
        }
        Err(e) => log::info!("changes of the desktop's theme will not be followed: {e}"),
    }
}

/// The choices Settings offers, with their words.
#[must_use]
pub fn choices() -> [(egui::ThemePreference, String); 3] {
    [
        (
            egui::ThemePreference::System,
            crate::t!("settings-colours-follow"),
        ),
        (
            egui::ThemePreference::Light,
            crate::t!("settings-colours-light"),
        ),
        (
            egui::ThemePreference::Dark,
            crate::t!("settings-colours-dark"),
        ),
    ]
}
