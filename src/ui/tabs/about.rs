//! What the app is and is not, and where the data lives.

use crate::ui::command::{Tab, UiCommand};
use egui::RichText;
use std::path::Path;

/// What the app is and is not, in plain words (shown on first run and in About).
#[must_use]
pub fn what_it_is() -> String {
    crate::t!("settings-what-it-is")
}

/// What the app is not.
#[must_use]
pub fn what_it_is_not() -> String {
    crate::t!("settings-what-it-is-not")
}

/// Keys of the controls themselves, which Help lists after the window's commands.
#[must_use]
pub fn control_keys() -> [(String, String); 5] {
    use crate::t;
    [
        (t!("settings-key-tab"), t!("settings-key-tab-does")),
        (t!("settings-key-space"), t!("settings-key-space-does")),
        (t!("settings-key-digits"), t!("settings-key-digits-does")),
        (t!("settings-key-arrows"), t!("settings-key-arrows-does")),
        (t!("settings-key-enter"), t!("settings-key-enter-does")),
    ]
}

/// The quickest way through a session by keyboard, as Help gives it.
#[must_use]
pub fn keyboard_session(ctx: &egui::Context) -> String {
    let today = Tab::Today.command().shortcut_text(ctx).unwrap_or_default();
    crate::t!("settings-keyboard-session", keys = today)
}

/// Every key Help lists, with what it does: the window's commands with keys, as their
/// tooltips say them, then the keys of the controls.
#[must_use]
pub fn key_list(ctx: &egui::Context) -> Vec<(String, String)> {
    UiCommand::all()
        .filter_map(|command| {
            let keys = command.shortcut_text(ctx)?;
            Some((keys, command.tooltip()))
        })
        .chain(control_keys())
        .collect()
}

/// The About window.
pub fn window(ctx: &egui::Context, open: &mut bool, data_dir: &Path, demo: bool) {
    egui::Window::new(crate::t!("settings-about-title"))
        .max_width(crate::ui::theme::window_max_width(ctx))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .show(ctx, |ui| {
            crate::ui::theme::scroll_within_screen(ui, |ui| {
                ui.label(
                    RichText::new(crate::t!(
                        "settings-version",
                        version = env!("CARGO_PKG_VERSION")
                    ))
                    .weak(),
                );
                ui.label(what_it_is());
                ui.label(what_it_is_not());
                ui.add_space(crate::ui::theme::space::S);
                ui.label(crate::ui::theme::title(crate::t!("settings-your-data")));
                ui.label(crate::t!("settings-data-stays"));
                if demo {
                    ui.label(crate::t!("settings-sample-journal"));
                }
                ui.add(
                    egui::Label::new(crate::t!(
                        "settings-data-folder",
                        folder = data_dir.display().to_string()
                    ))
                    .selectable(true),
                );
                ui.add_space(crate::ui::theme::space::S);
                ui.label(crate::ui::theme::title(crate::t!("settings-keyboard")));
                ui.label(keyboard_session(ctx));
                // What each key does wraps beside the keys, so a longer language keeps the
                // window on the screen.
                let what_width = (ui.available_width() - 220.0).max(160.0);
                egui::Grid::new("shortcuts")
                    .num_columns(2)
                    .striped(true)
                    .max_col_width(what_width)
                    .show(ui, |ui| {
                        for (keys, what) in key_list(ctx) {
                            ui.label(RichText::new(keys).monospace());
                            ui.add(egui::Label::new(what).wrap());
                            ui.end_row();
                        }
                    });
            });
        });
}
