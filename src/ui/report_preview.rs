//! The clinician's report, shown in the window: the same [`Report`] the HTML file is drawn
//! from (worked out once, by `export::report`), drawn natively.

use crate::export::Prepared;
use crate::export::report::{self, Chart, Report, Tone};
use egui::{Color32, RichText};
use egui_plot::{GridMark, HLine, Line, Plot, PlotPoints, VLine};

/// Everything the preview shows, worked out once.
#[derive(Debug, Clone)]
pub struct ReportOutline {
    report: Report,
}

/// The colour of one of the report's lines (a target, a threshold), or none for plain.
fn colour(tone: Tone, dark: bool) -> Option<Color32> {
    use crate::ui::theme::{light_colour, ok_colour};
    match tone {
        Tone::Plain => None,
        Tone::Good => Some(ok_colour(dark)),
        Tone::Caution => Some(light_colour(crate::analysis::Light::Amber, dark)),
    }
}

impl ReportOutline {
    /// The outline of the report of `data`, or why there is none.
    pub fn of(data: &Prepared) -> Result<Self, String> {
        Ok(Self {
            report: report::report(data).map_err(|e| e.to_string())?,
        })
    }

    /// The report drawn (tests read it).
    #[must_use]
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Draws the preview (in a scroll area of its own).
    pub fn ui(&self, ui: &mut egui::Ui, id: &str) {
        let dark = ui.visuals().dark_mode;
        let r = &self.report;
        egui::ScrollArea::vertical()
            .id_salt(id)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&r.title).heading());
                    ui.label(RichText::new(&r.patient).heading().strong());
                });
                ui.label(RichText::new(&r.meta).weak());
                ui.add_space(crate::ui::theme::space::S);
                let tone = crate::ui::theme::urgency_tone(r.status.urgency());
                let status_colour = tone.map(|tone| crate::ui::theme::tone_colour(tone, dark));
                crate::ui::theme::card_of(ui, tone, |ui| {
                    let mut headline = crate::ui::theme::title(r.headline.as_str());
                    if let Some(c) = status_colour {
                        headline = headline.color(c);
                    }
                    ui.label(headline);
                    ui.label(&r.meaning);
                    for reason in &r.reasons {
                        ui.label(format!("- {reason}"));
                    }
                });
                // Cells wrap within the preview's width, so a long value (in any language)
                // never widens the window past the screen.
                let values_width = (ui.available_width() - 200.0).max(120.0);
                egui::Grid::new((id, "numbers"))
                    .num_columns(2)
                    .max_col_width(values_width)
                    .show(ui, |ui| {
                        for (k, v) in &r.numbers {
                            ui.add(egui::Label::new(RichText::new(k).strong()).wrap());
                            ui.add(egui::Label::new(v).wrap());
                            ui.end_row();
                        }
                    });
                for (i, chart) in [&r.pain_chart, &r.adherence_chart].into_iter().enumerate() {
                    ui.add_space(crate::ui::theme::space::S);
                    ui.label(RichText::new(&chart.title).strong());
                    chart_ui(ui, (id, "chart", i), chart, dark);
                }
                if !r.recent.weeks.is_empty() {
                    section(ui, &r.recent_heading());
                    #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
                    let column = ui.available_width() / (r.recent.weeks.len() + 1) as f32;
                    egui::Grid::new((id, "recent"))
                        .num_columns(r.recent.weeks.len() + 1)
                        .max_col_width(column.max(60.0))
                        .striped(true)
                        .show(ui, |ui| {
                            ui.label("");
                            for w in &r.recent.weeks {
                                ui.add(egui::Label::new(RichText::new(w).strong()).wrap());
                            }
                            ui.end_row();
                            for (name, cells) in &r.recent.rows {
                                ui.add(egui::Label::new(RichText::new(name).strong()).wrap());
                                for c in cells {
                                    ui.add(egui::Label::new(c).wrap());
                                }
                                ui.end_row();
                            }
                        });
                }
                for s in &r.sections {
                    section(ui, &s.title);
                    if s.items.is_empty() {
                        ui.label(&s.empty);
                    }
                    if let Some(line) = s.earlier_line() {
                        ui.label(RichText::new(line).weak());
                    }
                    for item in &s.items {
                        ui.label(format!("- {item}"));
                    }
                }
                if !r.notes.is_empty() || r.notes_left_out > 0 {
                    section(ui, &r.notes_heading());
                    if let Some(line) = r.notes_earlier_line() {
                        ui.label(RichText::new(line).weak());
                    }
                    for n in &r.notes {
                        ui.label(format!("- {n}"));
                    }
                }
                ui.add_space(crate::ui::theme::space::S);
                ui.label(RichText::new(&r.footer).weak().small());
            });
    }
}

/// A fixed chart: days since the chart's first day on x, with its month ticks.
fn chart_ui(ui: &mut egui::Ui, id: impl egui::AsIdSalt, chart: &Chart, dark: bool) {
    let day = |d: chrono::NaiveDate| (d - chart.first).num_days() as f64;
    let span = day(chart.last).max(1.0);
    let ticks: Vec<(f64, String)> = chart
        .x_ticks
        .iter()
        .map(|(d, label)| (day(*d), label.clone()))
        .collect();
    let marks: Vec<GridMark> = ticks
        .iter()
        .map(|(x, label)| GridMark {
            value: *x,
            step_size: if label.is_empty() { 30.0 } else { 90.0 },
        })
        .collect();
    let labels = ticks.clone();
    Plot::new(id)
        .height(130.0)
        .include_x(0.0)
        .include_x(span)
        .include_y(0.0)
        .include_y(chart.y_max)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .x_grid_spacer(move |_| marks.clone())
        .x_axis_formatter(move |mark, _| {
            labels
                .iter()
                .find(|(x, _)| (*x - mark.value).abs() < 0.5)
                .map(|(_, l)| l.clone())
                .unwrap_or_default()
        })
        .show(ui, |plot| {
            plot.line(Line::new(
                chart.title.clone(),
                PlotPoints::from(
                    chart
                        .points
                        .iter()
                        .map(|(d, v)| [day(*d), *v])
                        .collect::<Vec<_>>(),
                ),
            ));
            for (v, label, tone) in &chart.lines {
                let mut line = HLine::new(label.clone(), *v);
                if let Some(c) = colour(*tone, dark) {
                    line = line.color(c);
                }
                plot.hline(line);
            }
            for (d, label) in &chart.marks {
                plot.vline(VLine::new(label.clone(), day(*d)));
            }
        });
}

fn section(ui: &mut egui::Ui, title: &str) {
    crate::ui::theme::section_title_ui(ui, title);
}
