//! Small reusable widgets.

use crate::analysis::SessionLight;
use egui::{RichText, Ui};

/// A row of buttons 0 to 10, each named for screen readers ("{name}: 4"); returns true when
/// one was pressed. The one 0-10 row: pain, activity scores and effort use it.
pub fn zero_to_ten(ui: &mut Ui, name: &str, value: &mut Option<u8>) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for n in 0..=10u8 {
            let button =
                egui::Button::selectable(*value == Some(n), RichText::new(n.to_string()).strong())
                    .frame_when_inactive(true)
                    .min_size(egui::vec2(30.0, 28.0));
            if ui
                .add(button)
                .accessible_name(format!("{name}: {n}"))
                .clicked()
            {
                *value = Some(n);
                changed = true;
            }
        }
    });
    changed
}

/// A 0-10 pain scale as a row of buttons, with its anchors written out. `None` until chosen.
/// Every button is named for screen readers ("{name}: 4").
pub fn pain_scale(ui: &mut Ui, name: &str, value: &mut Option<u8>) -> egui::Response {
    let inner = ui.vertical(|ui| {
        let changed = zero_to_ten(ui, name, value);
        ui.label(
            RichText::new("0 = no pain, 10 = worst pain imaginable")
                .small()
                .weak(),
        );
        changed
    });
    let mut response = inner.response;
    if inner.inner {
        response.mark_changed();
    }
    response
}

/// A 0-10 ability score (PSFS) as a row of buttons, with its anchors written out.
pub fn score_scale(ui: &mut Ui, name: &str, value: &mut Option<u8>) {
    zero_to_ten(ui, name, value);
    ui.label(
        RichText::new("0 = unable to do it, 10 = as well as before the problem")
            .small()
            .weak(),
    );
}

/// A session's traffic light: a coloured dot and the word, and "provisional" until the
/// next-morning score is in.
pub fn light_badge(ui: &mut Ui, light: &SessionLight) {
    let dark = ui.visuals().dark_mode;
    let colour = super::theme::light_colour(light.light, dark);
    let mut text = light.light.word().to_owned();
    if light.provisional {
        text.push_str(" (provisional)");
    }
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let size = ui.text_style_height(&egui::TextStyle::Body);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        ui.painter()
            .circle_filled(rect.center(), size * 0.35, colour);
        ui.label(RichText::new(text).color(colour).strong())
            .on_hover_text(format!("{}: {}", light.light.word(), light.light.meaning()));
    });
}

/// The outcome of a background task, in words: green when done, orange when it failed.
pub fn outcome_label(ui: &mut Ui, outcome: Option<&Result<String, String>>) {
    let dark = ui.visuals().dark_mode;
    match outcome {
        Some(Ok(m)) => {
            ui.label(egui::RichText::new(m).color(crate::ui::theme::ok_colour(dark)));
        }
        Some(Err(m)) => {
            ui.label(egui::RichText::new(m).color(crate::ui::theme::warning_colour(dark)));
        }
        None => {}
    }
}
