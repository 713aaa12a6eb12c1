//! What the Progress charts share: time axes marked on calendar days, months and years
//! (never a label cut off at an edge), value axes with a few round numbers, hover labels
//! only over data, a legend drawn beside a chart rather than over it, and an accessible
//! name for each chart.

use chrono::{Datelike, Duration, Months, NaiveDate};
use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, Vec2, WidgetInfo, vec2};
use egui_plot::{GridInput, GridMark, HoverPosition};
use std::ops::RangeInclusive;

use crate::i18n::{self, format};
use crate::t;

/// Days in a mean month and year, the step sizes of month and year marks.
const MONTH_DAYS: f64 = 30.436_875;
const YEAR_DAYS: f64 = 365.242_5;

/// The day `x` days after `start` (charts keep x in days; bounded, so the cast is exact).
#[expect(
    clippy::cast_possible_truncation,
    reason = "clamped to a span of about ±270 years first"
)]
#[must_use]
pub fn day_at(start: NaiveDate, x: f64) -> Option<NaiveDate> {
    if !x.is_finite() {
        return None;
    }
    start.checked_add_signed(Duration::days(x.floor().clamp(-100_000.0, 100_000.0) as i64))
}

/// Days from `start` to `date`, the x of a chart.
#[must_use]
pub fn x_of(start: NaiveDate, date: NaiveDate) -> f64 {
    (date - start).num_days() as f64
}

/// One step of a time axis: how far apart its labelled marks are.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Days(i64),
    Months(u32),
    Years(i32),
}

impl Step {
    const ALL: [Self; 12] = [
        Self::Days(1),
        Self::Days(7),
        Self::Days(14),
        Self::Months(1),
        Self::Months(2),
        Self::Months(3),
        Self::Months(6),
        Self::Years(1),
        Self::Years(2),
        Self::Years(5),
        Self::Years(10),
        Self::Years(50),
    ];

    fn days(self) -> f64 {
        match self {
            Self::Days(n) => n as f64,
            Self::Months(n) => f64::from(n) * MONTH_DAYS,
            Self::Years(n) => f64::from(n) * YEAR_DAYS,
        }
    }

    /// The room its labels need, in points: "12 Nov", "November 2026", "2026" at body size
    /// (a month as long as "septiembre de 2026").
    fn room(self) -> f32 {
        match self {
            Self::Days(_) => 72.0,
            Self::Months(_) => 136.0,
            Self::Years(_) => 60.0,
        }
    }
}

/// A time axis in days after `start`, for a chart `width` points wide showing `days` days:
/// marks on programme weeks, months or years, each labelled, as many as fit.
#[derive(Debug, Clone, Copy)]
pub struct DateAxis {
    /// The programme's first day (x = 0).
    pub start: NaiveDate,
    /// Points per day on screen.
    pub points_per_day: f64,
}

impl DateAxis {
    /// The axis for a chart of `width_points` showing `span_days` days.
    #[must_use]
    pub fn new(start: NaiveDate, width_points: f32, span_days: f64) -> Self {
        Self {
            start,
            points_per_day: f64::from(width_points.max(50.0)) / span_days.max(1.0),
        }
    }

    fn step(&self) -> Step {
        Step::ALL
            .into_iter()
            .find(|s| s.days() * self.points_per_day >= f64::from(s.room()))
            .unwrap_or(Step::Years(100))
    }

    /// The marks between the visible bounds.
    #[must_use]
    pub fn marks(&self, input: &GridInput) -> Vec<GridMark> {
        let (lo, hi) = input.bounds;
        let (Some(first), Some(last)) = (day_at(self.start, lo), day_at(self.start, hi)) else {
            return Vec::new();
        };
        let step = self.step();
        let step_size = step.days();
        let mut out = Vec::new();
        let mut push = |d: NaiveDate| {
            let value = x_of(self.start, d);
            if value >= lo && value <= hi {
                out.push(GridMark { value, step_size });
            }
        };
        match step {
            Step::Days(n) => {
                // Programme weeks (or fortnights) from the start; single days when zoomed in.
                let from = (first - self.start).num_days().div_euclid(n) * n;
                let mut d = self.start + Duration::days(from);
                while d <= last {
                    push(d);
                    d += Duration::days(n);
                }
            }
            Step::Months(n) => {
                let mut d = NaiveDate::from_ymd_opt(first.year(), 1, 1).unwrap_or(first);
                while d <= last {
                    push(d);
                    let Some(next) = d.checked_add_months(Months::new(n)) else {
                        break;
                    };
                    d = next;
                }
            }
            Step::Years(n) => {
                let year = first.year().div_euclid(n) * n;
                let mut y = year;
                while let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
                    if d > last {
                        break;
                    }
                    push(d);
                    y += n;
                }
            }
        }
        out
    }

    /// A mark's label, or nothing when the label would be cut off at either edge.
    #[must_use]
    pub fn label(&self, mark: GridMark, range: &RangeInclusive<f64>) -> String {
        let Some(date) = day_at(self.start, mark.value.round()) else {
            return String::new();
        };
        let lang = i18n::language();
        let text = if mark.step_size < 28.0 {
            format::day_month(lang, date)
        } else if mark.step_size < 365.0 {
            format::month_year(lang, date)
        } else {
            date.format("%Y").to_string()
        };
        // Body text is about 9 points a character at most: keep half of it inside the chart.
        let half = text.chars().count() as f64 * 4.5 + 2.0;
        let from_left = (mark.value - range.start()) * self.points_per_day;
        let from_right = (range.end() - mark.value) * self.points_per_day;
        if from_left < half || from_right < half {
            return String::new();
        }
        text
    }
}

/// Marks on a value axis at round steps (1, 2 or 5 times a power of ten), no more than
/// `most` of them, so each is labelled.
#[must_use]
pub fn value_marks(input: &GridInput, most: u32) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let mut step = 10f64.powf((span / f64::from(most.max(1))).log10().floor());
    for factor in [1.0, 2.0, 5.0, 10.0, 20.0] {
        if span / (step * factor) <= f64::from(most) {
            step *= factor;
            break;
        }
    }
    let mut out = Vec::new();
    let mut v = (lo / step).ceil() * step;
    while v <= hi + step * 1e-9 {
        out.push(GridMark {
            value: v,
            step_size: step,
        });
        v += step;
    }
    out
}

/// A value axis label: whole numbers, or one decimal for steps below one.
#[must_use]
pub fn value_label(mark: GridMark, _range: &RangeInclusive<f64>) -> String {
    let v = if mark.value.abs() < 1e-9 {
        0.0
    } else {
        mark.value
    };
    // Whole numbers, or one decimal for steps below one.
    format::decimal(i18n::language(), v, u8::from(mark.step_size < 1.0))
}

/// The hover label of a chart: over a data point, the label prepared for it (`labels`
/// by series name and point index), or `other` for a series without prepared labels (a
/// line across the chart, say); nothing over empty space.
pub fn hover_label<'a>(
    labels: &'a [(String, Vec<String>)],
    other: impl Fn(&str, egui_plot::PlotPoint) -> Option<String> + 'a,
) -> impl Fn(&HoverPosition<'_>) -> Option<String> + 'a {
    move |pos| match pos {
        HoverPosition::NearDataPoint {
            plot_name,
            index,
            position,
        } => match labels.iter().find(|(name, _)| name == plot_name) {
            Some((_, l)) => l.get(*index).cloned(),
            None => other(plot_name, *position),
        },
        HoverPosition::Elsewhere { .. } => None,
    }
}

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// A round dot.
    Dot,
    /// A diamond.
    Diamond,
    /// A square.
    Square,
    /// A triangle pointing down.
    Down,
    /// A solid line.
    Line,
    /// A dashed line.
    Dashed,
    /// A dotted upright line.
    Upright,
    /// A filled bar.
    Bar,
    /// An outlined bar.
    HollowBar,
}

/// One legend entry: its mark, colour and words.
#[derive(Debug, Clone)]
pub struct LegendEntry {
    /// The mark.
    pub swatch: Swatch,
    /// Its colour.
    pub colour: Color32,
    /// What it stands for.
    pub words: String,
}

impl LegendEntry {
    /// An entry.
    #[must_use]
    pub fn new(swatch: Swatch, colour: Color32, words: impl Into<String>) -> Self {
        Self {
            swatch,
            colour,
            words: words.into(),
        }
    }
}

/// A legend drawn as a row of marks and words (wrapping), outside the chart, so it never
/// covers the newest values or a title.
pub fn legend_ui(ui: &mut egui::Ui, entries: &[LegendEntry]) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = vec2(6.0, 2.0);
        for e in entries {
            // Each entry wraps as a whole: its mark stays with its words, and an entry that
            // does not fit the row starts the next one rather than running off the edge.
            let words = egui::WidgetText::from(RichText::new(&e.words).small()).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Small,
            );
            let needed = 22.0 + ui.spacing().item_spacing.x + words.size().x;
            if needed > ui.available_size_before_wrap().x
                && ui.cursor().min.x > ui.max_rect().min.x + 1.0
            {
                ui.end_row();
            }
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(22.0, 16.0), Sense::hover());
                swatch_ui(ui.painter(), e.swatch, rect, e.colour);
                ui.label(words);
            });
            ui.add_space(crate::ui::theme::space::S);
        }
    });
}

/// Paints a legend mark in `rect`.
fn swatch_ui(painter: &egui::Painter, swatch: Swatch, rect: Rect, colour: Color32) {
    let c = rect.center();
    let r = 5.0;
    match swatch {
        Swatch::Dot => {
            painter.circle_filled(c, r, colour);
        }
        Swatch::Diamond => {
            painter.add(egui::Shape::convex_polygon(
                vec![
                    c + vec2(0.0, -r - 1.0),
                    c + vec2(r + 1.0, 0.0),
                    c + vec2(0.0, r + 1.0),
                    c + vec2(-r - 1.0, 0.0),
                ],
                colour,
                Stroke::NONE,
            ));
        }
        Swatch::Square => {
            painter.rect_filled(Rect::from_center_size(c, Vec2::splat(2.0 * r)), 0.0, colour);
        }
        Swatch::Down => {
            painter.add(egui::Shape::convex_polygon(
                vec![c + vec2(-r, -r), c + vec2(r, -r), c + vec2(0.0, r)],
                colour,
                Stroke::NONE,
            ));
        }
        Swatch::Line => {
            painter.line_segment(
                [Pos2::new(rect.left(), c.y), Pos2::new(rect.right(), c.y)],
                Stroke::new(2.5, colour),
            );
        }
        Swatch::Dashed => {
            for i in 0..3 {
                let x = rect.left() + 8.0 * i as f32;
                painter.line_segment(
                    [
                        Pos2::new(x, c.y),
                        Pos2::new((x + 5.0).min(rect.right()), c.y),
                    ],
                    Stroke::new(2.0, colour),
                );
            }
        }
        Swatch::Upright => {
            for i in 0..4 {
                let y = rect.top() + 4.0 * i as f32;
                painter.line_segment(
                    [Pos2::new(c.x, y), Pos2::new(c.x, y + 2.0)],
                    Stroke::new(2.0, colour),
                );
            }
        }
        Swatch::Bar => {
            painter.rect_filled(
                Rect::from_center_size(c, vec2(10.0, rect.height())),
                0.0,
                colour,
            );
        }
        Swatch::HollowBar => {
            painter.rect_stroke(
                Rect::from_center_size(c, vec2(10.0, rect.height())),
                0.0,
                Stroke::new(1.5, colour),
                egui::StrokeKind::Inside,
            );
        }
    }
}

/// Gives a chart its accessible name ("Chart: worst pain each day"), so a screen reader can
/// find it and a test can find where it is.
pub fn name_chart(response: &egui::Response, name: &str) {
    response.widget_info(|| {
        WidgetInfo::labeled(egui::Role::Figure, true, t!("progress-chart", name = name))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ten_years_are_marked_in_years_and_no_label_is_cut_at_an_edge() {
        let start = d(2016, 12, 5);
        let last = x_of(start, d(2026, 11, 30)) + 1.0;
        let axis = DateAxis::new(start, 700.0, last);
        let marks = axis.marks(&GridInput {
            bounds: (0.0, last),
            base_step_size: 1.0,
        });
        let range = 0.0..=last;
        let labels: Vec<String> = marks.iter().map(|m| axis.label(*m, &range)).collect();
        assert!(
            labels.iter().all(|l| l.is_empty() || l.len() == 4),
            "{labels:?}"
        );
        assert!(labels.contains(&"2020".to_owned()));
        assert!(!labels.iter().any(|l| l.contains("Dec")));
        // A mark right at the left edge has no label.
        let edge = GridMark {
            value: 0.0,
            step_size: YEAR_DAYS,
        };
        assert_eq!(axis.label(edge, &range), "");
    }

    #[test]
    fn four_weeks_are_marked_on_programme_weeks() {
        let start = d(2026, 11, 2);
        let axis = DateAxis::new(start, 700.0, 28.0);
        let marks = axis.marks(&GridInput {
            bounds: (0.0, 28.0),
            base_step_size: 1.0,
        });
        let values: Vec<f64> = marks.iter().map(|m| m.value).collect();
        assert_eq!(values, vec![0.0, 7.0, 14.0, 21.0, 28.0]);
        assert_eq!(axis.label(marks[1], &(0.0..=28.0)), "9 Nov");
    }

    #[test]
    fn value_axes_get_a_few_round_labels() {
        let marks = |lo, hi| {
            value_marks(
                &GridInput {
                    bounds: (lo, hi),
                    base_step_size: 0.1,
                },
                6,
            )
            .iter()
            .map(|m| value_label(*m, &(lo..=hi)))
            .collect::<Vec<_>>()
        };
        assert_eq!(marks(-0.5, 10.5), ["0", "2", "4", "6", "8", "10"]);
        assert_eq!(marks(-4.0, 95.0), ["0", "20", "40", "60", "80"]);
        assert_eq!(marks(-5.0, 105.0), ["0", "20", "40", "60", "80", "100"]);
    }

    #[test]
    fn no_hover_label_over_empty_space() {
        let labels = [(
            "Worst pain".to_owned(),
            vec!["Mon 2 Nov: 5 out of 10".to_owned()],
        )];
        let f = hover_label(&labels, |name, _| Some(name.to_owned()));
        let near = HoverPosition::NearDataPoint {
            plot_name: "Worst pain",
            position: egui_plot::PlotPoint::new(0.0, 5.0),
            index: 0,
        };
        assert_eq!(f(&near).as_deref(), Some("Mon 2 Nov: 5 out of 10"));
        let empty = HoverPosition::Elsewhere {
            position: egui_plot::PlotPoint::new(3.0, 10.1),
        };
        assert_eq!(f(&empty), None);
        let line = HoverPosition::NearDataPoint {
            plot_name: "Target: 3.2 or lower",
            position: egui_plot::PlotPoint::new(0.0, 3.2),
            index: 0,
        };
        assert_eq!(f(&line).as_deref(), Some("Target: 3.2 or lower"));
    }
}
