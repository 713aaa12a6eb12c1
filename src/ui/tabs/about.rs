//! What the app is and is not, and where the data lives.

use crate::ui::command::{Tab, UiCommand};
use egui::RichText;
use std::path::Path;

/// What the app is and is not, in plain words (shown on first run and in About).
pub const WHAT_IT_IS: &str = "This app is a diary and a plan. It holds the exercise programme your \
physiotherapist set, helps you log your sessions and your pain, and shows you and your clinician \
how things are going against the numbers they chose.";

/// What the app is not.
pub const WHAT_IT_IS_NOT: &str = "It is not a diagnosis and it does not replace care. It never \
decides on a treatment for you: when the plan says it is time to talk about next steps, it tells \
you what your log shows so you can discuss it with your clinician.";

/// Keys of the controls themselves, which Help lists after the window's commands.
pub const CONTROL_KEYS: &[(&str, &str)] = &[
    ("Tab / Shift+Tab", "Move between controls"),
    ("Space or Enter", "Press the button that has the focus"),
    (
        "0 to 9",
        "On a pain row: choose that number (1 then 0 for ten)",
    ),
    ("Arrow keys", "Change a number that has the focus"),
    ("Enter", "On a pain row: move on to the next control"),
];

/// The quickest way through a session by keyboard, as Help gives it.
#[must_use]
pub fn keyboard_session(ctx: &egui::Context) -> String {
    let today = Tab::Today.command().shortcut_text(ctx).unwrap_or_default();
    format!(
        "A whole session by keyboard: open Today ({today}), type the most pain you had during \
         the session (a number from 0 to 10), press Enter to move to \"All done as prescribed\", \
         and Enter again to log it."
    )
}

/// Every key Help lists, with what it does: the window's commands with keys, as their
/// tooltips say them, then the keys of the controls.
#[must_use]
pub fn key_list(ctx: &egui::Context) -> Vec<(String, String)> {
    UiCommand::all()
        .filter_map(|command| {
            let keys = command.shortcut_text(ctx)?;
            Some((keys, command.tooltip().to_owned()))
        })
        .chain(
            CONTROL_KEYS
                .iter()
                .map(|(keys, what)| ((*keys).to_owned(), (*what).to_owned())),
        )
        .collect()
}

/// The About window.
pub fn window(ctx: &egui::Context, open: &mut bool, data_dir: &Path, demo: bool) {
    egui::Window::new("Help and about")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .show(ctx, |ui| crate::ui::theme::scroll_within_screen(ui, |ui| {
            ui.label(RichText::new(format!("Version {}", env!("CARGO_PKG_VERSION"))).weak());
            ui.label(WHAT_IT_IS);
            ui.label(WHAT_IT_IS_NOT);
            ui.add_space(crate::ui::theme::space::S);
            ui.label(crate::ui::theme::title("Your data"));
            ui.label("Everything stays on this computer. Nothing is sent anywhere.");
            if demo {
                ui.label("This window shows a generated sample journal in a temporary folder; it is deleted when the app closes.");
            }
            ui.add(egui::Label::new(format!("Data folder: {}", data_dir.display())).selectable(true));
            ui.add_space(crate::ui::theme::space::S);
            ui.label(crate::ui::theme::title("Keyboard"));
            ui.label(keyboard_session(ctx));
            egui::Grid::new("shortcuts").num_columns(2).striped(true).show(ui, |ui| {
                for (keys, what) in key_list(ctx) {
                    ui.label(RichText::new(keys).monospace());
                    ui.label(what);
                    ui.end_row();
                }
            });
        }));
}
