//! An exercise's picture in the window: the marks of [`crate::picture`] drawn with egui's
//! painter, moving between the start and end positions at the level's tempo, or still (the
//! end position over a faint start one) when moving pictures are switched off. Screens add
//! one call; the text alternative comes from the exercise's cue.

use crate::model::{Exercise, Side};
use crate::picture::{self, Ink, Mark};
use egui::{Color32, Pos2, Rect, Stroke, Vec2};

/// The side of the square a picture takes on an exercise card.
pub const CARD_SIZE: f32 = 112.0;

fn moving_id() -> egui::Id {
    egui::Id::unique("exercise_pictures_move")
}

/// Whether the pictures move. Off until the window switches it on (so tests, which draw
/// frames without a clock, see still pictures), and off when the patient asks for less
/// motion in Settings.
#[must_use]
pub fn moving(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(moving_id()))
        .unwrap_or(false)
}

/// Switches the pictures' movement on or off for this window.
pub fn set_moving(ctx: &egui::Context, on: bool) {
    ctx.data_mut(|d| d.insert_temp(moving_id(), on));
}

/// Lets the pictures move unless the desktop asks for reduced motion. The desktop is asked
/// on a thread of its own (a `gsettings` call), so the first frame never waits for it; the
/// pictures stay still until it answers.
pub fn follow_desktop_motion(ctx: &egui::Context) {
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("reduced-motion".into())
        .spawn(move || {
            set_moving(&ctx, !crate::ui::desktop::wants_reduced_motion());
            ctx.request_repaint();
        });
    if let Err(e) = spawned {
        log::warn!("could not ask the desktop about reduced motion: {e}");
    }
}

/// The checkbox that switches movement off, for Settings.
pub fn motion_setting_ui(ui: &mut egui::Ui) {
    let mut still = !moving(ui.ctx());
    if ui
        .checkbox(&mut still, crate::t!("app-pictures-still"))
        .on_hover_text(crate::t!("app-pictures-still-tooltip"))
        .changed()
    {
        set_moving(ui.ctx(), !still);
    }
}

/// The colour and width (in the picture's units) of each ink, on this theme.
fn style(ink: Ink, dark: bool) -> (Color32, f32) {
    let p = super::theme::palette(dark);
    let (body, far, ghost, band) = (p.figure, p.figure_far, p.figure_ghost, p.figure_band);
    match ink {
        Ink::Body => (body, 0.026),
        Ink::Far => (far, 0.024),
        Ink::Floor => (far, 0.012),
        Ink::Prop => (far, 0.016),
        Ink::Band => (band, 0.026),
        Ink::Weight => (body, 0.016),
        Ink::Ghost => (ghost, 0.02),
    }
}

/// Draws an exercise at a level (counted from 1), mirrored for `side`, in a square of
/// `size` points; nothing when the exercise has no picture. The picture is announced to a
/// screen reader as an image described by [`picture::describe`].
pub fn exercise(
    ui: &mut egui::Ui,
    exercise: &Exercise,
    level: u8,
    side: Side,
    square: f32,
) -> Option<egui::Response> {
    let drawing = picture::of(exercise, level)?;
    let description = picture::describe(exercise, level);
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(square), egui::Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, &description)
    });
    if ui.is_rect_visible(rect) {
        let mirror = picture::mirrored_for(side);
        let marks = if moving(ui.ctx()) {
            let phase = picture::phase_at(&drawing.tempo, ui.input(|i| i.time));
            // Thirty frames a second while a picture is on screen, none when it is not.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(33));
            picture::marks_at(&drawing, phase, mirror)
        } else {
            picture::still_marks(&drawing, mirror)
        };
        paint(ui.painter(), rect, &marks, ui.visuals().dark_mode);
    }
    Some(response)
}

/// Paints marks into `rect`.
pub fn paint(painter: &egui::Painter, rect: Rect, marks: &[Mark], dark: bool) {
    let size = rect.width().min(rect.height());
    let at = |p: [f32; 2]| Pos2::new(rect.left() + p[0] * size, rect.top() + p[1] * size);
    for mark in marks {
        match *mark {
            Mark::Line { from, to, ink } => {
                let (colour, width) = style(ink, dark);
                let stroke = Stroke::new(width * size, colour);
                painter.line_segment([at(from), at(to)], stroke);
                // Round joints: a dot at each end.
                painter.circle_filled(at(from), width * size * 0.5, colour);
                painter.circle_filled(at(to), width * size * 0.5, colour);
            }
            Mark::Circle {
                centre,
                radius,
                filled,
                ink,
            } => {
                let (colour, width) = style(ink, dark);
                if filled {
                    painter.circle_filled(at(centre), radius * size, colour);
                } else {
                    painter.circle_stroke(
                        at(centre),
                        radius * size,
                        Stroke::new(width * size, colour),
                    );
                }
            }
        }
    }
}

/// The exercise's picture at its current level, with `text` beside it (below it when the
/// space is too narrow for both).
pub fn beside(
    ui: &mut egui::Ui,
    exercise_shown: &Exercise,
    side: Side,
    text: impl FnOnce(&mut egui::Ui),
) {
    let has_picture = picture::of(exercise_shown, exercise_shown.level).is_some();
    if !has_picture || ui.available_width() < CARD_SIZE * 3.0 {
        exercise(ui, exercise_shown, exercise_shown.level, side, CARD_SIZE);
        text(ui);
        return;
    }
    ui.horizontal_top(|ui| {
        exercise(ui, exercise_shown, exercise_shown.level, side, CARD_SIZE);
        ui.vertical(|ui| {
            ui.set_max_width(ui.available_width());
            text(ui);
        });
    });
}
