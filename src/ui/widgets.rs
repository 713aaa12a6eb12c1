//! Small reusable widgets.

use crate::analysis::SessionLight;
use egui::{RichText, Ui};

/// How soon after a "1" a "0" makes ten, in seconds.
const TEN_AFTER_ONE_SECS: f64 = 1.5;

/// The id of the 0-10 row named `name`: one stop in the keyboard's order, so a screen can
/// give it the focus.
#[must_use]
pub fn scale_id(name: &str) -> egui::Id {
    egui::Id::unique(("zero_to_ten", name))
}

/// A row of buttons 0 to 10, each named for screen readers ("{name}: 4"); returns true when
/// the value changed. The one 0-10 row: pain, activity scores and effort use it.
///
/// The row is one stop for the keyboard (Tab reaches it once, not eleven times): with the
/// focus on it, a number key sets the value ("1" then "0" is ten), the left and right
/// arrows move it, and Enter moves on to the next control.
pub fn zero_to_ten(ui: &mut Ui, name: &str, value: &mut Option<u8>) -> bool {
    let id = scale_id(name);
    let mut changed = false;
    if ui.is_enabled() && ui.memory(|m| m.has_focus(id)) {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    ..Default::default()
                },
            );
        });
        changed |= scale_keys(ui, id, value);
    }
    // A screen reader sets the scale as it sets a slider.
    if ui.is_enabled()
        && let Some(v) = crate::ui::a11y::slider_request(ui, id, *value, 10)
    {
        *value = Some(v);
        changed = true;
    }
    let row = ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for n in 0..=10u8 {
            // The buttons take clicks; the row takes the keyboard's focus.
            let button =
                egui::Button::selectable(*value == Some(n), RichText::new(n.to_string()).strong())
                    .frame_when_inactive(true)
                    .sense(egui::Sense::CLICK)
                    .min_size(egui::vec2(30.0, 28.0));
            if ui
                .add(button)
                .accessible_name(format!("{name}: {n}"))
                .clicked()
                && *value != Some(n)
            {
                *value = Some(n);
                changed = true;
            }
        }
    });
    let rect = row.response.rect;
    let response = ui.interact(rect, id, egui::Sense::FOCUSABLE);
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Slider, enabled, format!("{name} (0 to 10)"))
    });
    // One control with its value: what a screen reader says when the row has the focus,
    // and again when a key changes it.
    crate::ui::a11y::slider(
        ui.ctx(),
        id,
        *value,
        10,
        if value.is_some() {
            "A number key sets it, the arrow keys move it, Enter goes on."
        } else {
            "Not given yet. A number key sets it, the arrow keys move it, Enter goes on."
        },
    );
    if response.has_focus() {
        ui.painter().rect_stroke(
            rect.expand(3.0),
            4.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
    }
    changed
}

/// The keys of a focused 0-10 row.
fn scale_keys(ui: &Ui, id: egui::Id, value: &mut Option<u8>) -> bool {
    let before = *value;
    let now = ui.input(|i| i.time);
    let one_at: Option<f64> = ui.data(|d| d.get_temp(id));
    let enter = ui.input_mut(|input| {
        for (key, n) in DIGIT_KEYS {
            if input.consume_key(egui::Modifiers::NONE, key) {
                let ten = n == 0 && one_at.is_some_and(|t| now - t <= TEN_AFTER_ONE_SECS);
                *value = Some(if ten { 10 } else { n });
            }
        }
        if input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowLeft) {
            *value = Some(value.map_or(0, |v| v.saturating_sub(1)));
        }
        if input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowRight) {
            *value = Some(value.map_or(0, |v| (v + 1).min(10)));
        }
        input.consume_key(egui::Modifiers::NONE, egui::Key::Enter)
    });
    if enter {
        // Before the row registers for focus this frame, so the next control gets it.
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::Next));
    }
    if *value == Some(1) && *value != before {
        ui.data_mut(|d| d.insert_temp(id, now));
    } else if *value != before {
        ui.data_mut(|d| d.remove::<f64>(id));
    }
    *value != before
}

const DIGIT_KEYS: [(egui::Key, u8); 10] = [
    (egui::Key::Num0, 0),
    (egui::Key::Num1, 1),
    (egui::Key::Num2, 2),
    (egui::Key::Num3, 3),
    (egui::Key::Num4, 4),
    (egui::Key::Num5, 5),
    (egui::Key::Num6, 6),
    (egui::Key::Num7, 7),
    (egui::Key::Num8, 8),
    (egui::Key::Num9, 9),
];

/// Scrolls the enclosing scroll area to the control that has just been given the keyboard's
/// focus, if it is out of view. Call at the end of a scroll area's contents.
pub fn keep_focus_in_view(ui: &Ui) {
    let ctx = ui.ctx();
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    if response.layer_id != ui.layer_id() || !response.gained_focus() {
        return;
    }
    let view = ui.clip_rect();
    if !view.contains_rect(response.rect) && ui.min_rect().intersects(response.rect) {
        ui.scroll_to_rect(response.rect.expand(24.0), None);
    }
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
    // Said to a screen reader when it appears: a task ends while the focus is elsewhere.
    match outcome {
        Some(Ok(m)) => {
            crate::ui::a11y::live_label(
                ui,
                egui::RichText::new(m).color(crate::ui::theme::ok_colour(dark)),
                crate::ui::a11y::Urgency::Polite,
            );
        }
        Some(Err(m)) => {
            crate::ui::a11y::live_label(
                ui,
                egui::RichText::new(m).color(crate::ui::theme::warning_colour(dark)),
                crate::ui::a11y::Urgency::Assertive,
            );
        }
        None => {}
    }
}

/// A scroll area that opens at its top when asked: a screen shown again starts at its top.
pub trait OpenAtTop {
    /// At the top this frame when `top`, where it was otherwise.
    #[must_use]
    fn at_top_if(self, top: bool) -> Self;
}

impl OpenAtTop for egui::ScrollArea {
    fn at_top_if(self, top: bool) -> Self {
        if top {
            self.vertical_scroll_offset(0.0)
        } else {
            self
        }
    }
}

/// The width a button with `text` takes, with the spacing after it: for laying out a row
/// before its buttons are drawn.
#[must_use]
pub fn button_width(ui: &Ui, text: &str) -> f32 {
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    galley.size().x + 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x
}
