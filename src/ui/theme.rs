//! Colours, text sizes and spacing, in one place.

use crate::analysis::Light;
use egui::{Color32, FontId, TextStyle};

/// Makes text large enough to read when tired, and spacing generous enough to hit.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(24.0)),
            (TextStyle::Body, FontId::proportional(16.0)),
            (TextStyle::Monospace, FontId::monospace(15.0)),
            (TextStyle::Button, FontId::proportional(16.0)),
            (TextStyle::Small, FontId::proportional(13.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
        // Plain text is read, not clicked: a screen reader offers no "click" on it. Text to
        // copy (the data folder's path) is made selectable where it is shown.
        style.interaction.selectable_labels = false;
    });
}

/// A traffic light's colour, chosen to read in light and dark mode. It is always shown
/// with its word, so nobody depends on telling the colours apart.
#[must_use]
pub fn light_colour(light: Light, dark_mode: bool) -> Color32 {
    match (light, dark_mode) {
        (Light::Green, false) => Color32::from_rgb(0x1b, 0x7f, 0x3b),
        (Light::Green, true) => Color32::from_rgb(0x5c, 0xd6, 0x7f),
        (Light::Amber, false) => Color32::from_rgb(0x9a, 0x5b, 0x00),
        (Light::Amber, true) => Color32::from_rgb(0xf5, 0xb4, 0x41),
        (Light::Red, false) => Color32::from_rgb(0xb3, 0x1b, 0x1b),
        (Light::Red, true) => Color32::from_rgb(0xff, 0x7b, 0x72),
    }
}

/// The colour of a warning that blocks saving.
#[must_use]
pub fn warning_colour(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xff, 0x9e, 0x64)
    } else {
        Color32::from_rgb(0xa3, 0x3b, 0x00)
    }
}

/// The colour of good news ("saved").
#[must_use]
pub fn ok_colour(dark_mode: bool) -> Color32 {
    light_colour(Light::Green, dark_mode)
}

/// The colour of a status by how urgent it is, or none for plain text: red for same-day
/// care, orange for contact soon, amber for something due, green for improving.
#[must_use]
pub fn urgency_colour(urgency: crate::analysis::StatusUrgency, dark_mode: bool) -> Option<Color32> {
    use crate::analysis::StatusUrgency as U;
    match urgency {
        U::OnTrack => None,
        U::Improving => Some(ok_colour(dark_mode)),
        U::NeedsAttention => Some(light_colour(Light::Amber, dark_mode)),
        U::Soon => Some(warning_colour(dark_mode)),
        U::SameDay => Some(light_colour(Light::Red, dark_mode)),
    }
}

/// Space between sections.
pub const SECTION_GAP: f32 = 14.0;

/// The widest the reading column gets, so lines stay readable on a wide screen.
pub const MAX_TEXT_WIDTH: f32 = 760.0;

/// A window's contents, scrolling once they are taller than the screen less room for the
/// window's title bar and a margin, so the end of a window is never off screen. Contents that
/// fit are laid out as they are.
pub fn scroll_within_screen(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let max = (ui.ctx().content_rect().height() - 110.0).max(200.0);
    let id = ui.scope_id().with("content_height");
    let last: Option<f32> = ui.data(|d| d.get_temp(id));
    let height = if last.is_some_and(|h| h > max) {
        egui::ScrollArea::vertical()
            .max_height(max)
            .show(ui, add)
            .content_size
            .y
    } else {
        let top = ui.cursor().min.y;
        add(ui);
        ui.min_rect().max.y - top
    };
    ui.data_mut(|d| d.insert_temp(id, height));
}

/// What a chart colour stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartColour {
    /// Pain, and the first of several series.
    Pain,
    /// Sitting tolerance.
    Sitting,
    /// Activity scores.
    Activity,
    /// An injection.
    Injection,
    /// A new programme from the clinician.
    NewProgramme,
    /// The check-in and the decision point.
    Milestone,
}

/// A chart colour, from a palette colour-blind readers can tell apart (Okabe and Ito),
/// lightened for dark mode. Charts always pair it with a shape and words.
#[must_use]
pub fn chart_colour(what: ChartColour, dark_mode: bool) -> Color32 {
    let (light, dark) = match what {
        ChartColour::Pain => ((0x00, 0x5a, 0x9c), (0x6c, 0xb4, 0xee)),
        ChartColour::Sitting => ((0x00, 0x7a, 0x5c), (0x4c, 0xc9, 0xa4)),
        ChartColour::Activity => ((0x9c, 0x4f, 0x00), (0xf0, 0xa8, 0x3c)),
        ChartColour::Injection => ((0x9b, 0x3f, 0x7f), (0xe0, 0x8f, 0xc6)),
        ChartColour::NewProgramme => ((0x2b, 0x6f, 0x80), (0x6e, 0xc4, 0xd6)),
        ChartColour::Milestone => ((0x55, 0x55, 0x55), (0xaa, 0xaa, 0xaa)),
    };
    let (r, g, b) = if dark_mode { dark } else { light };
    Color32::from_rgb(r, g, b)
}

/// How many series colours there are before they repeat.
pub const SERIES_COLOURS: usize = 8;

/// The colour of the `i`th of several series (the exercises' levels), from the same
/// palette.
#[must_use]
pub fn series_colour(i: usize, dark_mode: bool) -> Color32 {
    // As many colours as a programme has exercises, so no two share one.
    const LIGHT: [(u8, u8, u8); SERIES_COLOURS] = [
        (0x00, 0x5a, 0x9c),
        (0xb8, 0x5c, 0x00),
        (0x00, 0x7a, 0x5c),
        (0x9b, 0x3f, 0x7f),
        (0x55, 0x6b, 0x2f),
        (0x8a, 0x6d, 0x00),
        (0x5e, 0x3c, 0x99),
        (0x4d, 0x4d, 0x4d),
    ];
    const DARK: [(u8, u8, u8); SERIES_COLOURS] = [
        (0x6c, 0xb4, 0xee),
        (0xf0, 0xa8, 0x3c),
        (0x4c, 0xc9, 0xa4),
        (0xe0, 0x8f, 0xc6),
        (0xa8, 0xd8, 0x60),
        (0xf0, 0xe4, 0x42),
        (0xb3, 0x9d, 0xe8),
        (0xcc, 0xcc, 0xcc),
    ];
    let (r, g, b) = if dark_mode { DARK } else { LIGHT }[i % LIGHT.len()];
    Color32::from_rgb(r, g, b)
}
