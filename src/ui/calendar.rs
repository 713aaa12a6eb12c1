//! The month calendar beside adherence: each day a number and a mark (a tick for a session
//! done, a cross for a training day missed, a ring for a training day to come, a bar for a
//! day left out of adherence), with the day's words for screen readers and on hover. The
//! days come from [`crate::analysis::calendar::month`], worked out when the data changes.

use crate::analysis::calendar::{CalendarDay, DayKind};
use crate::i18n::{self, format};
use crate::model::YearMonth;
use crate::t;
use chrono::Datelike;
use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, Vec2, WidgetInfo, vec2};

/// The size of one day's cell.
const CELL: Vec2 = vec2(36.0, 40.0);
/// Space between cells.
const GAP: f32 = 2.0;
/// The width of a month: seven days and the gaps between them.
pub const WIDTH: f32 = 7.0 * CELL.x + 6.0 * GAP;

/// What the patient asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Show the month before.
    Previous,
    /// Show the month after.
    Next,
}

/// Draws `days` (one month, first to last) with its heading, the buttons to move by a
/// month (`can_go` says which months there are to see) and a key. Returns the move asked
/// for, if any.
pub fn month_ui(
    ui: &mut egui::Ui,
    month: YearMonth,
    days: &[CalendarDay],
    can_go: [bool; 2],
) -> Option<Move> {
    let mut asked = None;
    let width = WIDTH;
    ui.vertical(|ui| {
        ui.set_width(width);
        let title = days.first().map_or_else(
            || month.to_string(),
            |d| format::month_year(i18n::language(), d.date),
        );
        ui.vertical_centered(|ui| ui.label(RichText::new(title).strong()));
        ui.spacing_mut().item_spacing = vec2(GAP, GAP);
        ui.horizontal(|ui| {
            for name in weekday_initials() {
                let (rect, _) = ui.allocate_exact_size(vec2(CELL.x, 16.0), Sense::hover());
                ui.painter().text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    name,
                    egui::FontId::proportional(crate::ui::theme::text::SMALL),
                    ui.visuals().weak_text_color(),
                );
            }
        });
        let lead = days
            .first()
            .map_or(0, |d| d.date.weekday().num_days_from_monday());
        let mut row: Vec<Option<&CalendarDay>> = (0..lead).map(|_| None).collect();
        let mut rows = Vec::new();
        for day in days {
            row.push(Some(day));
            if row.len() == 7 {
                rows.push(std::mem::take(&mut row));
            }
        }
        if !row.is_empty() {
            rows.push(row);
        }
        for row in rows {
            ui.horizontal(|ui| {
                for day in row {
                    match day {
                        Some(day) => day_ui(ui, *day),
                        None => {
                            ui.allocate_exact_size(CELL, Sense::hover());
                        }
                    }
                }
            });
        }
        ui.add_space(crate::ui::theme::space::XS);
        ui.spacing_mut().item_spacing = vec2(super::theme::space::S, super::theme::space::XS);
        ui.horizontal(|ui| {
            let small = |text: String| RichText::new(text).small();
            if ui
                .add_enabled(
                    can_go[0],
                    egui::Button::new(small(t!("progress-calendar-previous"))),
                )
                .clicked()
            {
                asked = Some(Move::Previous);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add_enabled(
                        can_go[1],
                        egui::Button::new(small(t!("progress-calendar-next"))),
                    )
                    .clicked()
                {
                    asked = Some(Move::Next);
                }
            });
        });
        key_ui(ui);
    });
    asked
}

/// One day: its number, its mark, and its words for a screen reader and on hover.
fn day_ui(ui: &mut egui::Ui, day: CalendarDay) {
    let (rect, response) = ui.allocate_exact_size(CELL, Sense::hover());
    let label = day.label(crate::i18n::language());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, label.clone()));
    let response = response.on_hover_text(&label);
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    let colour = kind_colour(day.kind, visuals);
    if let Some(fill) = match day.kind {
        DayKind::Done | DayKind::Missed => Some(colour.gamma_multiply(0.18)),
        _ => None,
    } {
        painter.rect_filled(rect, 4.0, fill);
    }
    if day.today {
        painter.rect_stroke(
            rect.shrink(1.0),
            4.0,
            Stroke::new(2.0, visuals.strong_text_color()),
            egui::StrokeKind::Inside,
        );
    } else if response.hovered() {
        painter.rect_stroke(
            rect.shrink(1.0),
            4.0,
            visuals.widgets.hovered.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let number_colour = match day.kind {
        DayKind::BeforeStart | DayKind::Later | DayKind::Rest => visuals.weak_text_color(),
        _ => visuals.text_color(),
    };
    painter.text(
        Pos2::new(rect.center().x, rect.top() + 11.0),
        egui::Align2::CENTER_CENTER,
        day.date.day().to_string(),
        egui::FontId::proportional(crate::ui::theme::text::SMALL),
        number_colour,
    );
    let mark = Rect::from_center_size(
        Pos2::new(rect.center().x, rect.bottom() - 11.0),
        Vec2::splat(12.0),
    );
    mark_ui(&painter, day.kind, mark, colour);
}

/// The colour of a kind of day (always with its mark and words).
fn kind_colour(kind: DayKind, visuals: &egui::Visuals) -> Color32 {
    let dark = visuals.dark_mode;
    match kind {
        DayKind::Done => crate::ui::theme::ok_colour(dark),
        DayKind::Missed => crate::ui::theme::light_colour(crate::analysis::Light::Red, dark),
        DayKind::Due => visuals.strong_text_color(),
        _ => visuals.weak_text_color(),
    }
}

/// A kind of day's mark, in `rect`: its shape tells it apart without colour.
fn mark_ui(painter: &egui::Painter, kind: DayKind, rect: Rect, colour: Color32) {
    let stroke = Stroke::new(2.0, colour);
    let c = rect.center();
    let r = rect.width() / 2.0;
    match kind {
        DayKind::Done => {
            painter.line(
                vec![
                    Pos2::new(c.x - r, c.y),
                    Pos2::new(c.x - r * 0.3, c.y + r * 0.7),
                    Pos2::new(c.x + r, c.y - r * 0.7),
                ],
                stroke,
            );
        }
        DayKind::Missed => {
            let d = r * 0.75;
            painter.line_segment([c + vec2(-d, -d), c + vec2(d, d)], stroke);
            painter.line_segment([c + vec2(-d, d), c + vec2(d, -d)], stroke);
        }
        DayKind::Due => {
            painter.circle_stroke(c, r * 0.7, Stroke::new(1.5, colour));
        }
        DayKind::RestAdvised => {
            // Two short bars, as "pause".
            for dx in [-r * 0.35, r * 0.35] {
                painter.line_segment(
                    [c + vec2(dx, -r * 0.6), c + vec2(dx, r * 0.6)],
                    Stroke::new(2.0, colour),
                );
            }
        }
        DayKind::Away => {
            painter.line_segment([c + vec2(-r * 0.7, 0.0), c + vec2(r * 0.7, 0.0)], stroke);
        }
        DayKind::Rest | DayKind::Later | DayKind::BeforeStart => {}
    }
}

/// The key: each mark with its words.
fn key_ui(ui: &mut egui::Ui) {
    let entries = [
        (DayKind::Done, t!("progress-calendar-key-done")),
        (DayKind::Missed, t!("progress-calendar-key-missed")),
        (DayKind::Due, t!("progress-calendar-key-due")),
        (
            DayKind::RestAdvised,
            t!("progress-calendar-key-rest-advised"),
        ),
        (DayKind::Away, t!("progress-calendar-key-away")),
    ];
    for (kind, words) in entries {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(16.0), Sense::hover());
            let colour = kind_colour(kind, ui.visuals());
            mark_ui(ui.painter(), kind, rect.shrink(2.0), colour);
            ui.label(RichText::new(words).small());
        });
    }
    ui.label(
        RichText::new(t!("progress-calendar-key-none"))
            .small()
            .weak(),
    );
}

/// The days of the week over a month, a letter or two each, Monday first: "Mo", "Di", "L".
#[must_use]
pub fn weekday_initials() -> [String; 7] {
    [
        t!("progress-weekday-mo"),
        t!("progress-weekday-tu"),
        t!("progress-weekday-we"),
        t!("progress-weekday-th"),
        t!("progress-weekday-fr"),
        t!("progress-weekday-sa"),
        t!("progress-weekday-su"),
    ]
}
