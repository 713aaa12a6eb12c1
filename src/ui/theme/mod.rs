//! The design system: the tokens (sizes, radii, colours, in [`tokens`]), the style egui
//! draws every widget with in the light and the dark theme, and the few shapes every screen
//! shares (a card, a card with a tone, a button with an icon).

pub mod tokens;

use crate::analysis::Light;
use egui::{Color32, CornerRadius, FontId, Margin, RichText, Stroke, TextStyle};
pub use tokens::{
    Palette, Tone, inset, palette, radius, scale, size, space, stroke, text, tone_colour,
};

/// Sets the look of both themes and the icon font, once for each context: large enough text
/// to read when tired, soft surfaces, rounded controls with generous padding, and a clear ring
/// round the control that has the keyboard focus. `true` when it was set now.
#[must_use = "the caller sets what goes with the theme the first time"]
pub fn apply(ctx: &egui::Context) -> bool {
    let applied = egui::Id::unique("rehab-tracker theme applied");
    if ctx.data(|d| d.get_temp::<bool>(applied)).is_some() {
        return false;
    }
    ctx.data_mut(|d| d.insert_temp(applied, true));
    egui_material_icons::initialize(ctx);
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        ctx.style_mut_of(theme, |style| {
            style.visuals = visuals(theme == egui::Theme::Dark);
        });
    }
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(text::HEADING)),
            (TextStyle::Body, FontId::proportional(text::BODY)),
            (TextStyle::Monospace, FontId::monospace(text::MONO)),
            (TextStyle::Button, FontId::proportional(text::BUTTON)),
            (TextStyle::Small, FontId::proportional(text::SMALL)),
            (title_style(), FontId::proportional(text::TITLE)),
            (guided_style(), FontId::proportional(text::GUIDED_LINE)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(space::S, space::S);
        style.spacing.button_padding = egui::vec2(space::M, 5.0);
        style.spacing.interact_size.y = 30.0;
        style.spacing.menu_margin = Margin::same(inset::MENU);
        style.spacing.window_margin = Margin::same(inset::WINDOW);
        // Plain text is read, not clicked: a screen reader offers no "click" on it. Text to
        // copy (the data folder's path) is made selectable where it is shown.
        style.interaction.selectable_labels = false;
    });
    true
}

/// The text style of a card's first line ([`text::TITLE`]).
#[must_use]
pub fn title_style() -> TextStyle {
    TextStyle::Name("Title".into())
}

/// The text style of the guided session's lines ([`text::GUIDED_LINE`]), read from across
/// the room.
#[must_use]
pub fn guided_style() -> TextStyle {
    TextStyle::Name("Guided".into())
}

/// The full set of egui's colours and shapes for one theme, from the tokens.
#[must_use]
pub fn visuals(dark_mode: bool) -> egui::Visuals {
    let p = palette(dark_mode);
    let mut v = if dark_mode {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    let widget = CornerRadius::same(radius::WIDGET);
    let text_stroke = Stroke::new(1.0, p.text);
    v.override_text_color = None;
    v.weak_text_color = Some(p.weak_text);
    v.panel_fill = p.surface;
    v.window_fill = p.card;
    v.window_stroke = Stroke::new(stroke::HAIRLINE, p.border);
    v.window_corner_radius = CornerRadius::same(radius::WINDOW);
    v.menu_corner_radius = CornerRadius::same(radius::WIDGET);
    v.window_shadow = egui::Shadow {
        offset: [0, 6],
        blur: 24,
        spread: 0,
        color: Color32::from_black_alpha(if dark_mode { 110 } else { 40 }),
    };
    v.popup_shadow = egui::Shadow {
        offset: [0, 4],
        blur: 12,
        spread: 0,
        color: Color32::from_black_alpha(if dark_mode { 90 } else { 30 }),
    };
    v.extreme_bg_color = p.field;
    v.text_edit_bg_color = Some(p.field);
    v.faint_bg_color = p.card;
    v.code_bg_color = p.button;
    v.hyperlink_color = p.link;
    v.warn_fg_color = tone_colour(Tone::Warning, dark_mode);
    v.error_fg_color = tone_colour(Tone::Danger, dark_mode);
    v.selection.bg_fill = p.accent_soft;
    // The text of what is selected, and the edge of a field being typed in.
    v.selection.stroke = Stroke::new(stroke::FOCUS, p.on_accent_soft);

    let w = &mut v.widgets;
    w.noninteractive.bg_fill = p.card;
    w.noninteractive.weak_bg_fill = p.card;
    w.noninteractive.bg_stroke = Stroke::new(stroke::HAIRLINE, p.border);
    w.noninteractive.fg_stroke = text_stroke;
    w.noninteractive.corner_radius = widget;

    w.inactive.bg_fill = p.button;
    w.inactive.weak_bg_fill = p.button;
    w.inactive.bg_stroke = Stroke::new(stroke::HAIRLINE, p.control_edge);
    w.inactive.fg_stroke = text_stroke;
    w.inactive.corner_radius = widget;

    w.hovered.bg_fill = p.button_hover;
    w.hovered.weak_bg_fill = p.button_hover;
    w.hovered.bg_stroke = Stroke::new(stroke::HAIRLINE, p.control_edge);
    w.hovered.fg_stroke = text_stroke;
    w.hovered.corner_radius = widget;
    w.hovered.expansion = 0.0;

    // egui draws a control with the keyboard focus as "active": the focus ring is its edge.
    w.active.bg_fill = p.button_active;
    w.active.weak_bg_fill = p.button_active;
    w.active.bg_stroke = Stroke::new(stroke::FOCUS, p.focus);
    w.active.fg_stroke = text_stroke;
    w.active.corner_radius = widget;
    w.active.expansion = 0.0;

    w.open.bg_fill = p.button_hover;
    w.open.weak_bg_fill = p.button_hover;
    w.open.bg_stroke = Stroke::new(stroke::HAIRLINE, p.border);
    w.open.fg_stroke = text_stroke;
    w.open.corner_radius = widget;
    v
}

/// The window's top bar and status bar: raised like a card above the screen between them.
pub fn bar_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .inner_margin(Margin::symmetric(inset::BAR_X, inset::BAR_Y))
        .fill(palette(ui.visuals().dark_mode).card)
}

/// A card: a raised surface with soft corners and a faint edge, the one way a screen groups
/// what belongs together. Its first line should say what it is about.
pub fn card<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> egui::InnerResponse<R> {
    card_frame(ui).show(ui, add)
}

/// The room inside a card.
const CARD_MARGIN: Margin = Margin::symmetric(inset::CARD_X, inset::CARD_Y);

/// The frame of a [`card`], for a screen that must set something more on it (its size).
pub fn card_frame(ui: &egui::Ui) -> egui::Frame {
    let p = palette(ui.visuals().dark_mode);
    egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(stroke::HAIRLINE, p.border))
        .corner_radius(CornerRadius::same(radius::CARD))
        .inner_margin(CARD_MARGIN)
}

/// A card that says something by its tone (a warning, a status): a bar of the tone's colour
/// down its left edge; its words say the same, so nobody depends on the colour.
pub fn tone_card<R>(
    ui: &mut egui::Ui,
    tone: Tone,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    let frame = card_frame(ui).inner_margin(Margin {
        left: CARD_MARGIN.left + inset::TONE_BAR,
        ..CARD_MARGIN
    });
    let response = frame.show(ui, add);
    let rect = response.response.rect;
    let bar = egui::Rect::from_min_max(
        rect.min,
        egui::pos2(rect.min.x + f32::from(inset::TONE_BAR), rect.max.y),
    );
    let round = radius::CARD;
    ui.painter().rect_filled(
        bar,
        CornerRadius {
            nw: round,
            sw: round,
            ne: 0,
            se: 0,
        },
        tone_colour(tone, ui.visuals().dark_mode),
    );
    response
}

/// A [`tone_card`] when there is a tone, a plain [`card`] when there is none (a status that
/// is on track).
pub fn card_of<R>(
    ui: &mut egui::Ui,
    tone: Option<Tone>,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    match tone {
        Some(tone) => tone_card(ui, tone, add),
        None => card(ui, add),
    }
}

/// The title of a part of a screen (a chart, a table), with room above it.
pub fn section_title_ui(ui: &mut egui::Ui, words: &str) {
    ui.add_space(space::S);
    ui.label(title(words));
}

/// A card's first line, in the title size: what the card is about.
#[must_use]
pub fn title(words: impl Into<String>) -> RichText {
    RichText::new(words).size(text::TITLE).strong()
}

/// An icon from the icon font, for a button or a label beside its words.
pub use egui_material_icons::icons;

/// A button with an icon before its words. Its accessible name is `name` alone, so a screen
/// reader (and the tests) meet the same name as before the icon.
pub fn icon_button(
    ui: &mut egui::Ui,
    icon: egui_material_icons::MaterialIcon,
    words: impl Into<egui::WidgetText>,
    name: &str,
) -> egui::Response {
    let response = ui.add(egui::Button::new((icon_text(icon), words.into())));
    name_control(&response, name)
}

/// The top bar's tab: an icon and the tab's name, selected while its screen is shown.
pub fn icon_tab(
    ui: &mut egui::Ui,
    icon: egui_material_icons::MaterialIcon,
    name: &str,
    selected: bool,
) -> egui::Response {
    let response = ui.add(egui::Button::selectable(selected, (icon_text(icon), name)));
    name_control(&response, name)
}

/// The one primary action of a screen, in the accent colour.
pub fn primary_button<'a>(ui: &egui::Ui, words: &str) -> egui::Button<'a> {
    let p = palette(ui.visuals().dark_mode);
    egui::Button::new(RichText::new(words).strong().color(p.on_accent)).fill(p.accent)
}

/// An icon as text, sized to sit beside body text.
#[must_use]
pub fn icon_text(icon: egui_material_icons::MaterialIcon) -> RichText {
    icon.rich_text().size(text::TITLE)
}

/// The width an icon adds to a button, with the gap after it: for laying out a row before
/// its buttons are drawn.
#[must_use]
pub fn icon_width(ui: &egui::Ui) -> f32 {
    let galley = egui::WidgetText::from(icon_text(icons::ICON_HELP)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        TextStyle::Button,
    );
    galley.size().x + ui.spacing().icon_spacing
}

/// Names a button for a screen reader (and the tests) by `name` alone, not its icon's
/// glyph and its words together.
#[expect(
    clippy::must_use_candidate,
    reason = "naming is the point; the response is returned for chaining"
)]
pub fn name_control(response: &egui::Response, name: &str) -> egui::Response {
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, response.enabled(), name));
    response.clone()
}

/// A traffic light's tone.
#[must_use]
pub fn light_tone(light: Light) -> Tone {
    match light {
        Light::Green => Tone::Good,
        Light::Amber => Tone::Caution,
        Light::Red => Tone::Danger,
    }
}

/// A traffic light's colour, chosen to read in light and dark mode. It is always shown
/// with its word, so nobody depends on telling the colours apart.
#[must_use]
pub fn light_colour(light: Light, dark_mode: bool) -> Color32 {
    tone_colour(light_tone(light), dark_mode)
}

/// The colour of a warning that blocks saving.
#[must_use]
pub fn warning_colour(dark_mode: bool) -> Color32 {
    tone_colour(Tone::Warning, dark_mode)
}

/// The colour of good news ("saved").
#[must_use]
pub fn ok_colour(dark_mode: bool) -> Color32 {
    tone_colour(Tone::Good, dark_mode)
}

/// The tone of a status by how urgent it is, or none for plain text: danger for same-day
/// care, warning for contact soon, caution for something due, good for improving.
#[must_use]
pub fn urgency_tone(urgency: crate::analysis::StatusUrgency) -> Option<Tone> {
    use crate::analysis::StatusUrgency as U;
    match urgency {
        U::OnTrack => None,
        U::Improving => Some(Tone::Good),
        U::NeedsAttention => Some(Tone::Caution),
        U::Soon => Some(Tone::Warning),
        U::SameDay => Some(Tone::Danger),
    }
}

/// The tone of a warning sign's tier, as [`urgency_tone`] gives a status of the same
/// urgency: danger for help today, warning for an appointment soon.
#[must_use]
pub fn sign_tone(urgency: crate::model::Urgency) -> Tone {
    match urgency {
        crate::model::Urgency::Today => Tone::Danger,
        crate::model::Urgency::Soon => Tone::Warning,
    }
}

/// The colour of a status by how urgent it is, or none for plain text; see [`urgency_tone`].
#[must_use]
pub fn urgency_colour(urgency: crate::analysis::StatusUrgency, dark_mode: bool) -> Option<Color32> {
    urgency_tone(urgency).map(|tone| tone_colour(tone, dark_mode))
}

/// Space between sections.
pub const SECTION_GAP: f32 = space::L;

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

/// The widest a window may be: the screen less a margin each side, so a window (and its
/// longest line, in any language) never runs off a small screen.
#[must_use]
pub fn window_max_width(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().width() - 2.0 * f32::from(tokens::inset::WINDOW)).max(320.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_styles_both_themes_from_the_tokens_with_a_focus_ring() {
        let ctx = egui::Context::default();
        assert!(apply(&ctx));
        assert!(!apply(&ctx), "the second time is a no-op");
        for (theme, dark) in [(egui::Theme::Dark, true), (egui::Theme::Light, false)] {
            let style = ctx.style_of(theme);
            let p = palette(dark);
            let v = &style.visuals;
            assert_eq!(v.dark_mode, dark);
            assert_eq!(v.panel_fill, p.surface, "{theme:?}");
            assert_eq!(v.window_fill, p.card, "{theme:?}");
            assert_eq!(v.weak_text_color, Some(p.weak_text), "{theme:?}");
            // egui draws the control with the keyboard focus in its "active" look.
            assert_eq!(
                v.widgets.active.bg_stroke,
                Stroke::new(stroke::FOCUS, p.focus),
                "{theme:?}"
            );
            assert_eq!(
                v.widgets.inactive.corner_radius,
                CornerRadius::same(radius::WIDGET)
            );
            assert_eq!(
                style.text_styles.get(&TextStyle::Body),
                Some(&FontId::proportional(text::BODY))
            );
            assert_eq!(
                style.text_styles.get(&guided_style()),
                Some(&FontId::proportional(text::GUIDED_LINE))
            );
        }
    }
}
