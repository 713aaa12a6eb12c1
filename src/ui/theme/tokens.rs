//! The design tokens: every size, radius and colour the screens use, named for what it is
//! for. Screens take them from here (through [`super`]) rather than writing numbers, so the
//! app keeps one look and one change restyles every screen.

use egui::Color32;

/// The spacing scale, in points: gaps between things, and inside cards.
pub mod space {
    /// Between a label and what it labels, or icon and word.
    pub const XS: f32 = 4.0;
    /// Between items in a row or a column.
    pub const S: f32 = 8.0;
    /// Between groups of items inside a card.
    pub const M: f32 = 12.0;
    /// Inside a card, and between sections of a screen.
    pub const L: f32 = 16.0;
    /// Before a new part of a screen or a dialog.
    pub const XL: f32 = 24.0;
}

/// Room inside frames (cards, menus, windows), in whole points as egui's margins take them.
pub mod inset {
    /// Inside a card, at its sides.
    pub const CARD_X: i8 = 16;
    /// Inside a card, above and below: less than at the sides, so a card of a line or two
    /// stays compact.
    pub const CARD_Y: i8 = 12;
    /// Inside a menu.
    pub const MENU: i8 = 8;
    /// Inside a window over the app.
    pub const WINDOW: i8 = 16;
    /// The coloured bar at the left of a card with a tone.
    pub const TONE_BAR: i8 = 5;
    /// Inside the window's top bar and status bar, at their ends.
    pub const BAR_X: i8 = 8;
    /// Inside the window's top bar and status bar, above and below.
    pub const BAR_Y: i8 = 3;
}

/// The type scale, in points. The guided session's sizes are for reading from a mat across
/// the room, and are multiplied by its own zoom.
pub mod text {
    /// Notes under a control ("0 = no pain").
    pub const SMALL: f32 = 13.0;
    /// Running text.
    pub const BODY: f32 = 16.0;
    /// Words on buttons.
    pub const BUTTON: f32 = 16.0;
    /// File paths and codes.
    pub const MONO: f32 = 15.0;
    /// A card's first line: an exercise's name, a question, a dialog's question.
    pub const TITLE: f32 = 19.0;
    /// A screen's heading, and a status to see at a glance.
    pub const HEADING: f32 = 24.0;
    /// The guided session: the exercise's name.
    pub const GUIDED_NAME: f32 = 44.0;
    /// The guided session: its lines of text.
    pub const GUIDED_LINE: f32 = 30.0;
    /// The guided session: the count of a hold or a rest.
    pub const GUIDED_COUNT: f32 = 88.0;
    /// The guided session: the words on its buttons.
    pub const GUIDED_BUTTON: f32 = 26.0;
    /// Today's first card: the one thing to do now, and the summary of a session saved.
    pub const HEADLINE: f32 = 21.0;
    /// The value chosen on a 0-10 bar, large beside it.
    pub const SCALE_VALUE: f32 = 30.0;
}

/// Sizes of controls and of parts of screens, in points.
pub mod size {
    use egui::{Vec2, vec2};

    /// The one primary action of Today's first card: the largest target on the screen.
    pub const PRIMARY_BUTTON: Vec2 = vec2(260.0, 46.0);
    /// A button that logs or saves a whole session.
    pub const ACTION_BUTTON: Vec2 = vec2(220.0, 36.0);
    /// The guided session's primary button, before its zoom.
    pub const GUIDED_PRIMARY_BUTTON: Vec2 = vec2(260.0, 72.0);
    /// The guided session's controls, before its zoom.
    pub const GUIDED_CONTROL_HEIGHT: f32 = 56.0;
    /// The narrowest a card in a row of cards gets before the cards go into one column.
    pub const CARD_MIN_WIDTH: f32 = 540.0;
    /// From this window width on, a side card sits beside the screen's main column.
    pub const WIDE_MIN_WIDTH: f32 = 1500.0;
    /// The width of a card beside the main column.
    pub const SIDE_CARD_WIDTH: f32 = 380.0;
    /// The diameter of a day's mark in a week at a glance.
    pub const DAY_MARK: f32 = 26.0;
    /// The width of a day (its mark and its name) in a week at a glance.
    pub const DAY_WIDTH: f32 = 44.0;
    /// The width of a countdown's bar.
    pub const COUNTDOWN_WIDTH: f32 = 160.0;
    /// The height of a countdown's bar.
    pub const COUNTDOWN_HEIGHT: f32 = 12.0;
}

/// The 0-10 bar (pain, effort, activity scores).
pub mod scale {
    /// How tall the bar is: big enough for a tired finger or an unsteady mouse.
    pub const HEIGHT: f32 = 38.0;
    /// The narrowest a segment of the bar gets while the value fits beside the bar.
    pub const SEGMENT_MIN_WIDTH: f32 = 30.0;
    /// The widest a segment gets on a wide screen: the bar stays one glance long.
    pub const SEGMENT_MAX_WIDTH: f32 = 50.0;
    /// The rounding of the bar's two ends.
    pub const RADIUS: u8 = 10;
    /// Room kept beside the bar for the value and its anchor words.
    pub const VALUE_WIDTH: f32 = 240.0;
    /// How strongly a segment not reached by the value shows its colour.
    pub const FAINT: f32 = 0.22;
}

/// Corner radii, in points.
pub mod radius {
    /// Buttons, fields, checkboxes.
    pub const WIDGET: u8 = 8;
    /// Cards.
    pub const CARD: u8 = 12;
    /// Windows over the app, and menus.
    pub const WINDOW: u8 = 14;
}

/// Line widths, in points.
pub mod stroke {
    /// A card's edge, a separator.
    pub const HAIRLINE: f32 = 1.0;
    /// The ring round the control that has the keyboard focus.
    pub const FOCUS: f32 = 2.0;
    /// A drawn mark: a tick, a day's ring, the line under today.
    pub const MARK: f32 = 2.0;
}

/// The colours of one theme, light or dark. Every pair a reader reads (text on a surface)
/// has a contrast of at least 4.5:1, which the tests check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The window's background.
    pub surface: Color32,
    /// A card, a window over the app, a menu: a surface raised above the background.
    pub card: Color32,
    /// A field to type in.
    pub field: Color32,
    /// A button at rest.
    pub button: Color32,
    /// A button under the pointer.
    pub button_hover: Color32,
    /// A button pressed, or holding the keyboard focus.
    pub button_active: Color32,
    /// A card's edge, a separator.
    pub border: Color32,
    /// The edge of a control at rest (a checkbox's box, a button), strong enough to find
    /// the control by (3:1 on the surfaces).
    pub control_edge: Color32,
    /// Text.
    pub text: Color32,
    /// Text of less importance: hints, units, "last time".
    pub weak_text: Color32,
    /// The fill of the one primary action of a screen.
    pub accent: Color32,
    /// Text on the accent fill.
    pub on_accent: Color32,
    /// The fill of what is selected (the tab shown).
    pub accent_soft: Color32,
    /// Text on the soft accent fill.
    pub on_accent_soft: Color32,
    /// Links.
    pub link: Color32,
    /// The ring round the control with the keyboard focus.
    pub focus: Color32,
    /// The exercise pictures: the near side of the body.
    pub figure: Color32,
    /// The exercise pictures: the far side of the body.
    pub figure_far: Color32,
    /// The exercise pictures: the floor, the box, the bench.
    pub figure_ghost: Color32,
    /// The exercise pictures: the resistance band.
    pub figure_band: Color32,
}

/// The dark theme's colours: soft charcoal rather than black, text off-white.
pub const DARK: Palette = Palette {
    surface: Color32::from_rgb(0x1b, 0x1e, 0x23),
    card: Color32::from_rgb(0x25, 0x2a, 0x31),
    field: Color32::from_rgb(0x15, 0x18, 0x1c),
    button: Color32::from_rgb(0x2e, 0x34, 0x3c),
    button_hover: Color32::from_rgb(0x39, 0x40, 0x4a),
    button_active: Color32::from_rgb(0x42, 0x4a, 0x55),
    border: Color32::from_rgb(0x34, 0x3a, 0x43),
    control_edge: Color32::from_rgb(0x73, 0x7c, 0x88),
    text: Color32::from_rgb(0xe8, 0xea, 0xed),
    weak_text: Color32::from_rgb(0xa8, 0xb0, 0xba),
    accent: Color32::from_rgb(0x2a, 0x64, 0xc4),
    on_accent: Color32::WHITE,
    accent_soft: Color32::from_rgb(0x2a, 0x46, 0x70),
    on_accent_soft: Color32::from_rgb(0xd6, 0xe5, 0xff),
    link: Color32::from_rgb(0x8c, 0xb8, 0xff),
    focus: Color32::from_rgb(0x8c, 0xb8, 0xff),
    figure: Color32::from_gray(235),
    figure_far: Color32::from_gray(140),
    figure_ghost: Color32::from_gray(80),
    figure_band: Color32::from_rgb(0xf2, 0x6d, 0x6d),
};

/// The light theme's colours: a pale grey background with white cards.
pub const LIGHT: Palette = Palette {
    surface: Color32::from_rgb(0xf3, 0xf4, 0xf6),
    card: Color32::WHITE,
    field: Color32::WHITE,
    button: Color32::from_rgb(0xe4, 0xe8, 0xee),
    button_hover: Color32::from_rgb(0xd9, 0xdf, 0xe7),
    button_active: Color32::from_rgb(0xcd, 0xd5, 0xdf),
    border: Color32::from_rgb(0xd5, 0xda, 0xe1),
    control_edge: Color32::from_rgb(0x84, 0x8d, 0x99),
    text: Color32::from_rgb(0x1d, 0x21, 0x26),
    weak_text: Color32::from_rgb(0x56, 0x5f, 0x6a),
    accent: Color32::from_rgb(0x1f, 0x5f, 0xbf),
    on_accent: Color32::WHITE,
    accent_soft: Color32::from_rgb(0xdb, 0xe7, 0xfb),
    on_accent_soft: Color32::from_rgb(0x1a, 0x4f, 0xa8),
    link: Color32::from_rgb(0x1f, 0x5f, 0xbf),
    focus: Color32::from_rgb(0x1a, 0x56, 0xc4),
    figure: Color32::from_rgb(0x1f, 0x29, 0x33),
    figure_far: Color32::from_rgb(0x8a, 0x96, 0xa3),
    figure_ghost: Color32::from_rgb(0xc5, 0xcc, 0xd3),
    figure_band: Color32::from_rgb(0xd6, 0x45, 0x45),
};

/// The palette of the light or the dark theme.
#[must_use]
pub fn palette(dark_mode: bool) -> &'static Palette {
    if dark_mode { &DARK } else { &LIGHT }
}

/// What a coloured word or card says by its colour: always paired with words, so nobody
/// depends on telling the colours apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Good news: saved, improving, a green light.
    Good,
    /// Something to keep an eye on: an amber light, something due.
    Caution,
    /// A warning: contact soon, a form that cannot be saved yet, read-only.
    Warning,
    /// Act today: a red light, same-day care.
    Danger,
}

impl Tone {
    /// Every tone.
    pub const ALL: [Self; 4] = [Self::Good, Self::Caution, Self::Warning, Self::Danger];
}

/// A tone's colour, chosen to read as text on every surface of its theme.
#[must_use]
pub fn tone_colour(tone: Tone, dark_mode: bool) -> Color32 {
    match (tone, dark_mode) {
        (Tone::Good, false) => Color32::from_rgb(0x1a, 0x7a, 0x38),
        (Tone::Good, true) => Color32::from_rgb(0x5c, 0xd6, 0x7f),
        (Tone::Caution, false) => Color32::from_rgb(0x8f, 0x55, 0x00),
        (Tone::Caution, true) => Color32::from_rgb(0xf5, 0xb4, 0x41),
        (Tone::Warning, false) => Color32::from_rgb(0xa3, 0x3b, 0x00),
        (Tone::Warning, true) => Color32::from_rgb(0xff, 0x9e, 0x64),
        (Tone::Danger, false) => Color32::from_rgb(0xb3, 0x1b, 0x1b),
        (Tone::Danger, true) => Color32::from_rgb(0xff, 0x7b, 0x72),
    }
}

/// The contrast ratio of two colours as WCAG 2 defines it, from 1 (the same) to 21 (black
/// on white). Text needs 4.5 to meet level AA.
#[must_use]
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: Color32) -> f32 {
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of text and background a reader meets, named for the failure message.
    fn pairs(dark: bool) -> Vec<(String, Color32, Color32)> {
        let p = palette(dark);
        let mut pairs = Vec::new();
        let backgrounds = [("surface", p.surface), ("card", p.card), ("field", p.field)];
        let mut texts = vec![
            ("text", p.text),
            ("weak text", p.weak_text),
            ("link", p.link),
        ];
        for tone in Tone::ALL {
            texts.push((
                match tone {
                    Tone::Good => "good",
                    Tone::Caution => "caution",
                    Tone::Warning => "warning",
                    Tone::Danger => "danger",
                },
                tone_colour(tone, dark),
            ));
        }
        for (bg_name, bg) in backgrounds {
            for (fg_name, fg) in &texts {
                pairs.push((format!("{fg_name} on {bg_name}"), *fg, bg));
            }
        }
        for (bg_name, bg) in [
            ("button", p.button),
            ("hovered button", p.button_hover),
            ("pressed button", p.button_active),
        ] {
            pairs.push((format!("text on {bg_name}"), p.text, bg));
        }
        // The warning signs' button has its words in the warning tone.
        pairs.push((
            "warning on button".to_owned(),
            tone_colour(Tone::Warning, dark),
            p.button,
        ));
        pairs.push(("on accent".to_owned(), p.on_accent, p.accent));
        pairs.push(("selected tab".to_owned(), p.on_accent_soft, p.accent_soft));
        pairs
    }

    #[test]
    fn every_text_reads_on_its_background_in_both_themes() {
        let mut failures = Vec::new();
        for dark in [false, true] {
            for (name, fg, bg) in pairs(dark) {
                let ratio = contrast_ratio(fg, bg);
                if ratio < 4.5 {
                    failures.push(format!("{name} (dark {dark}): {ratio:.2}"));
                }
            }
        }
        assert!(failures.is_empty(), "below 4.5:1: {failures:?}");
    }

    #[test]
    fn a_checkbox_or_button_at_rest_can_be_found_by_its_edge() {
        // WCAG 1.4.11: 3:1 for what identifies a control.
        for dark in [false, true] {
            let p = palette(dark);
            for bg in [p.surface, p.card] {
                let ratio = contrast_ratio(p.control_edge, bg);
                assert!(ratio >= 3.0, "dark {dark}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn the_focus_ring_stands_out_from_the_button_it_surrounds() {
        // WCAG asks 3:1 for the parts of a control that show its state.
        for dark in [false, true] {
            let p = palette(dark);
            for bg in [p.surface, p.card, p.button_active] {
                assert!(contrast_ratio(p.focus, bg) >= 3.0, "dark {dark}");
            }
        }
    }

    #[test]
    fn contrast_ratio_matches_known_values() {
        let ratio = contrast_ratio(Color32::BLACK, Color32::WHITE);
        assert!((ratio - 21.0).abs() < 0.01, "{ratio}");
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
        // #767676 on white is the lightest grey that meets AA: 4.54.
        let grey = contrast_ratio(Color32::from_gray(0x76), Color32::WHITE);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }
}
