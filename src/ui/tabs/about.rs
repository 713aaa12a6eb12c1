//! What the app is and is not, and where the data lives.

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

/// The keyboard shortcuts, as listed in Help.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl+1", "Today"),
    ("Ctrl+2", "Diary"),
    ("Ctrl+3", "History"),
    ("Ctrl+4", "Progress"),
    ("Ctrl+Z", "Undo the last change"),
    ("Ctrl+Y or Ctrl+Shift+Z", "Redo what was undone"),
    ("Ctrl+Plus / Ctrl+Minus", "Larger or smaller text"),
    ("Ctrl+0", "Text back to normal size"),
    ("Tab / Shift+Tab", "Move between controls"),
    ("Space or Enter", "Press the button that has the focus"),
    ("Arrow keys", "Change a number that has the focus"),
    ("F1", "This window"),
];

/// The About window.
pub fn window(ctx: &egui::Context, open: &mut bool, data_dir: &Path, demo: bool) {
    egui::Window::new("Help and about")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .max_height(crate::ui::theme::window_max_height(ctx))
        .vscroll(true)
        .show(ctx, |ui| {
            ui.label(RichText::new(format!("Version {}", env!("CARGO_PKG_VERSION"))).weak());
            ui.label(WHAT_IT_IS);
            ui.label(WHAT_IT_IS_NOT);
            ui.add_space(8.0);
            ui.label(RichText::new("Your data").strong());
            ui.label("Everything stays on this computer. Nothing is sent anywhere.");
            if demo {
                ui.label("This window shows a generated sample journal in a temporary folder; it is deleted when the app closes.");
            }
            ui.label(format!("Data folder: {}", data_dir.display()));
            ui.add_space(8.0);
            ui.label(RichText::new("Keyboard").strong());
            egui::Grid::new("shortcuts").num_columns(2).striped(true).show(ui, |ui| {
                for (keys, what) in SHORTCUTS {
                    ui.label(RichText::new(*keys).monospace());
                    ui.label(*what);
                    ui.end_row();
                }
            });
        });
}
