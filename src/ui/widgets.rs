//! Small reusable widgets.

use crate::analysis::SessionLight;
use crate::analysis::traffic_light::pain_during_light;
use crate::model::PainBands;
use crate::ui::theme::scale::{
    FAINT as SCALE_FAINT, HEIGHT as SCALE_HEIGHT, RADIUS as SCALE_RADIUS, SEGMENT_MAX_WIDTH,
    SEGMENT_MIN_WIDTH, VALUE_WIDTH as SCALE_VALUE_WIDTH,
};
use crate::ui::theme::text::SCALE_VALUE as SCALE_VALUE_SIZE;
use egui::{RichText, Ui};

/// How soon after a "1" a "0" makes ten, in seconds.
const TEN_AFTER_ONE_SECS: f64 = 1.5;

/// What colours a 0-10 bar's segments.
#[derive(Debug, Clone, Copy)]
enum Tint {
    /// Pain: each segment in the colour of the traffic light it falls in.
    Pain,
    /// Higher is better, or neither (activity scores, effort): one neutral accent.
    Neutral,
}

/// The id the programme's pain bands are kept under for the pain control.
fn bands_id() -> egui::Id {
    egui::Id::unique("zero_to_ten_pain_bands")
}

/// Tells the pain controls the clinician's pain bands, so their segments take the traffic
/// light's colours. Call once a frame, before the screens; until then pain is drawn in the
/// neutral accent.
pub fn set_pain_bands(ctx: &egui::Context, bands: PainBands) {
    ctx.data_mut(|d| d.insert_temp(bands_id(), bands));
}

/// The id of the 0-10 row named `name`: one stop in the keyboard's order, so a screen can
/// give it the focus.
#[must_use]
pub fn scale_id(name: &str) -> egui::Id {
    egui::Id::unique(("zero_to_ten", name))
}

/// The id of segment `n` of the row named `name`, for its click and its name.
fn segment_id(name: &str, n: u8) -> egui::Id {
    scale_id(name).with(n)
}

/// A 0-10 control: one joined bar of eleven segments, each named for screen readers
/// ("{name}: 4"), with the chosen value large beside it; returns true when the value
/// changed. The one 0-10 control: pain, activity scores and effort use it. Drawn in a
/// neutral accent; [`pain_scale`] tints it along the traffic light.
///
/// The row is one stop for the keyboard (Tab reaches it once, not eleven times): with the
/// focus on it, a number key sets the value ("1" then "0" is ten), the left and right
/// arrows move it, and Enter moves on to the next control.
pub fn zero_to_ten(ui: &mut Ui, name: &str, value: &mut Option<u8>) -> bool {
    scale_ui(ui, name, value, Tint::Neutral, None)
}

/// The 0-10 control, coloured by `tint`, with `anchors` (what 0 and 10 mean) beside the
/// value.
fn scale_ui(
    ui: &mut Ui,
    name: &str,
    value: &mut Option<u8>,
    tint: Tint,
    anchors: Option<(&str, &str)>,
) -> bool {
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
    let colours = SegmentColours::new(ui, tint);
    let room = ui.available_width();
    let beside = room - SCALE_VALUE_WIDTH - ui.spacing().item_spacing.x >= 11.0 * SEGMENT_MIN_WIDTH;
    let bar_width = if beside {
        room - SCALE_VALUE_WIDTH - ui.spacing().item_spacing.x
    } else {
        room
    }
    .min(11.0 * SEGMENT_MAX_WIDTH);
    let add = |ui: &mut Ui| {
        let (bar, _) =
            ui.allocate_exact_size(egui::vec2(bar_width, SCALE_HEIGHT), egui::Sense::hover());
        let changed = segments_ui(ui, name, bar, value, &colours);
        value_ui(ui, *value, &colours, anchors);
        (bar, changed)
    };
    let row = if beside {
        ui.horizontal(add)
    } else {
        ui.vertical(add)
    };
    changed |= row.inner.1;
    let bar = row.inner.0;
    let rect = row.response.rect;
    // The segments take clicks; the row takes the keyboard's focus.
    let response = ui.interact(rect, id, egui::Sense::FOCUSABLE);
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Slider,
            enabled,
            crate::t!("app-scale-name", name = name),
        )
    });
    // One control with its value: what a screen reader says when the row has the focus,
    // and again when a key changes it.
    crate::ui::a11y::slider(
        ui.ctx(),
        id,
        *value,
        10,
        &if value.is_some() {
            crate::t!("app-scale-keys")
        } else {
            crate::t!("app-scale-keys-not-given")
        },
    );
    if response.has_focus() {
        let ring = ui.visuals().selection.stroke.color;
        ui.painter().rect_stroke(
            bar.expand(3.0),
            f32::from(SCALE_RADIUS) + 3.0,
            egui::Stroke::new(2.5, ring),
            egui::StrokeKind::Outside,
        );
    }
    changed
}

/// The colours of a 0-10 bar, worked out once a frame.
struct SegmentColours {
    /// Each segment's full colour, 0 to 10.
    full: [egui::Color32; 11],
    text: egui::Color32,
    gap: egui::Color32,
}

impl SegmentColours {
    fn new(ui: &Ui, tint: Tint) -> Self {
        let bands: Option<PainBands> = match tint {
            Tint::Pain => ui.data(|d| d.get_temp(bands_id())),
            Tint::Neutral => None,
        };
        Self {
            full: segment_colours(
                bands.as_ref(),
                ui.visuals().selection.bg_fill,
                ui.visuals().dark_mode,
            ),
            text: ui.visuals().text_color(),
            gap: ui.visuals().panel_fill,
        }
    }

    fn full(&self, n: u8) -> egui::Color32 {
        self.full[usize::from(n.min(10))]
    }
}

/// The full colour of each segment, 0 to 10: the traffic light's colour of that pain by
/// `bands`, or `accent` throughout without them.
fn segment_colours(
    bands: Option<&PainBands>,
    accent: egui::Color32,
    dark: bool,
) -> [egui::Color32; 11] {
    let mut full = [accent; 11];
    if let Some(bands) = bands {
        for (n, colour) in (0u8..).zip(full.iter_mut()) {
            *colour = super::theme::light_colour(pain_during_light(n, bands), dark);
        }
    }
    full
}

/// Black or white, whichever reads on `fill`.
fn text_on(fill: egui::Color32) -> egui::Color32 {
    if fill.intensity() > 0.5 {
        egui::Color32::BLACK
    } else {
        egui::Color32::WHITE
    }
}

/// The eleven segments in `bar`: filled up to the value, each clickable and named.
fn segments_ui(
    ui: &mut Ui,
    name: &str,
    bar: egui::Rect,
    value: &mut Option<u8>,
    colours: &SegmentColours,
) -> bool {
    let mut changed = false;
    let width = bar.width() / 11.0;
    let enabled = ui.is_enabled();
    let font = egui::FontId::proportional(17.0);
    let mut chosen_rect = None;
    for n in 0..=10u8 {
        let left = bar.left() + width * f32::from(n);
        let rect = egui::Rect::from_min_max(
            egui::pos2(left, bar.top()),
            egui::pos2(left + width, bar.bottom()),
        );
        let response = ui
            .interact(rect, segment_id(name, n), egui::Sense::CLICK)
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        let selected = *value == Some(n);
        response.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::Button,
                enabled,
                selected,
                crate::t!(
                    "app-scale-segment",
                    name = name,
                    value = crate::i18n::format::count(crate::i18n::language(), i64::from(n))
                ),
            )
        });
        if response.clicked() && !selected {
            *value = Some(n);
            changed = true;
        }
        let reached = value.is_some_and(|v| n <= v);
        let strong = colours.full(n);
        let fill = if reached {
            strong
        } else if response.hovered() {
            strong.gamma_multiply(SCALE_FAINT * 2.0)
        } else {
            strong.gamma_multiply(SCALE_FAINT)
        };
        let r = SCALE_RADIUS;
        let corners = egui::CornerRadius {
            nw: if n == 0 { r } else { 0 },
            sw: if n == 0 { r } else { 0 },
            ne: if n == 10 { r } else { 0 },
            se: if n == 10 { r } else { 0 },
        };
        let painter = ui.painter();
        painter.rect_filled(rect, corners, fill);
        let text = if reached {
            text_on(strong)
        } else {
            colours.text
        };
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            n.to_string(),
            font.clone(),
            text,
        );
        if n > 0 {
            painter.vline(
                rect.left(),
                rect.y_range(),
                egui::Stroke::new(1.5, colours.gap),
            );
        }
        if selected {
            chosen_rect = Some((rect, corners));
        }
    }
    // The chosen segment stands out from those below it.
    if let Some((rect, corners)) = chosen_rect {
        ui.painter().rect_stroke(
            rect.shrink(1.0),
            corners,
            egui::Stroke::new(2.5, colours.text),
            egui::StrokeKind::Inside,
        );
    }
    changed
}

/// The chosen value, large and in its colour, with what 0 and 10 mean beside it. The value
/// is painted, not a label: the slider already says it to a screen reader.
fn value_ui(
    ui: &mut Ui,
    value: Option<u8>,
    colours: &SegmentColours,
    anchors: Option<(&str, &str)>,
) {
    ui.horizontal(|ui| {
        let font = egui::FontId::proportional(SCALE_VALUE_SIZE);
        let (text, colour) = match value {
            Some(v) => (v.to_string(), colours.full(v)),
            None => ("–".to_owned(), ui.visuals().weak_text_color()),
        };
        let galley = ui.painter().layout_no_wrap(text, font, colour);
        let size = egui::vec2(galley.size().x.max(SCALE_VALUE_SIZE * 1.1), SCALE_HEIGHT);
        let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
        ui.painter().galley(
            egui::Align2::CENTER_CENTER
                .anchor_size(rect.center(), galley.size())
                .min,
            galley,
            colour,
        );
        if let Some((low, high)) = anchors {
            ui.vertical(|ui| {
                ui.spacing_mut().item_spacing.y = 0.0;
                ui.label(
                    RichText::new(crate::t!("app-scale-low", low = low))
                        .small()
                        .weak(),
                );
                ui.label(
                    RichText::new(crate::t!("app-scale-high", high = high))
                        .small()
                        .weak(),
                );
            });
        }
    });
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

/// A 0-10 pain scale: the bar tinted along the traffic light (green, amber, red by the
/// clinician's pain bands), with its anchors written out. `None` until chosen. Every
/// segment is named for screen readers ("{name}: 4").
pub fn pain_scale(ui: &mut Ui, name: &str, value: &mut Option<u8>) -> egui::Response {
    let inner = ui.vertical(|ui| {
        scale_ui(
            ui,
            name,
            value,
            Tint::Pain,
            Some((&crate::t!("app-pain-low"), &crate::t!("app-pain-high"))),
        )
    });
    let mut response = inner.response;
    if inner.inner {
        response.mark_changed();
    }
    response
}

/// A 0-10 ability score (PSFS), higher is better: the bar in a neutral accent, not the
/// colours of pain, with its anchors written out.
pub fn score_scale(ui: &mut Ui, name: &str, value: &mut Option<u8>) {
    scale_ui(
        ui,
        name,
        value,
        Tint::Neutral,
        Some((&crate::t!("app-score-low"), &crate::t!("app-score-high"))),
    );
}

/// A session's traffic light: a coloured dot and the word, and "provisional" until the
/// next-morning score is in.
pub fn light_badge(ui: &mut Ui, light: &SessionLight) {
    let dark = ui.visuals().dark_mode;
    let colour = super::theme::light_colour(light.light, dark);
    let text = if light.provisional {
        crate::t!(
            "app-light-provisional",
            light = light.light.word(crate::i18n::language())
        )
    } else {
        light.light.word(crate::i18n::language())
    };
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let size = ui.text_style_height(&egui::TextStyle::Body);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        ui.painter()
            .circle_filled(rect.center(), size * 0.35, colour);
        ui.label(RichText::new(text).color(colour).strong())
            .on_hover_text(crate::t!(
                "app-light-tooltip",
                light = light.light.word(crate::i18n::language()),
                meaning = light.light.meaning(crate::i18n::language())
            ));
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

/// A number field that writes and reads its number as the reader's language does ("2,5" in
/// German, French and Spanish; egui's own fields write "2.5"), with up to `max_decimals`.
pub fn local_number(drag: egui::DragValue<'_>, max_decimals: u8) -> egui::DragValue<'_> {
    drag.custom_formatter(move |v, _| {
        crate::i18n::format::decimal(crate::i18n::language(), v, max_decimals)
    })
    .custom_parser(|text| parse_local_number(crate::i18n::language(), text))
}

/// The number in `text` as `lang` writes it, ignoring words and units around it ("+2,5 kg"):
/// `None` when there is none.
#[must_use]
pub fn parse_local_number(lang: crate::i18n::Lang, text: &str) -> Option<f64> {
    let number: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-'))
        .collect();
    let comma_decimals = crate::i18n::format::decimal(lang, 0.5, 1).contains(',');
    let number = if comma_decimals {
        number.replace('.', "").replace(',', ".")
    } else {
        number.replace(',', "")
    };
    number.parse().ok()
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_number_is_read_as_the_language_writes_it() {
        use crate::i18n::Lang;
        assert_eq!(parse_local_number(Lang::De, "+2,5 kg"), Some(2.5));
        assert_eq!(parse_local_number(Lang::De, "1.234,5"), Some(1234.5));
        assert_eq!(parse_local_number(Lang::Fr, "2,5"), Some(2.5));
        assert_eq!(parse_local_number(Lang::En, "+2.5 kg"), Some(2.5));
        assert_eq!(parse_local_number(Lang::En, "1,234.5"), Some(1234.5));
        assert_eq!(parse_local_number(Lang::De, "Körpergewicht"), None);
    }

    use super::*;
    use crate::analysis::Light;
    use crate::ui::theme::light_colour;

    #[test]
    fn pain_segments_follow_the_clinicians_bands_and_scores_stay_neutral() {
        let mut bands = crate::model::Programme::default_programme()
            .unwrap()
            .pain_bands;
        bands.safe_max = 2;
        bands.acceptable_max = 6;
        let accent = egui::Color32::from_rgb(1, 2, 3);
        for dark in [false, true] {
            let pain = segment_colours(Some(&bands), accent, dark);
            assert_eq!(pain[2], light_colour(Light::Green, dark));
            assert_eq!(pain[3], light_colour(Light::Amber, dark));
            assert_eq!(pain[6], light_colour(Light::Amber, dark));
            assert_eq!(pain[7], light_colour(Light::Red, dark));
            assert_eq!(segment_colours(None, accent, dark), [accent; 11]);
        }
    }

    #[test]
    fn the_number_on_a_filled_segment_reads() {
        for light in [Light::Green, Light::Amber, Light::Red] {
            for dark in [false, true] {
                let fill = light_colour(light, dark);
                let text = text_on(fill);
                assert!(
                    (fill.intensity() - text.intensity()).abs() > 0.35,
                    "{light:?} dark {dark}"
                );
            }
        }
    }
}
