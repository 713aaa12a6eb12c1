//! The one-page report, shown in the window: the same sections and numbers as the HTML
//! file, worked out once from the same functions and drawn natively.

use crate::analysis::StatusKind;
use crate::export::Prepared;
use crate::export::report;
use egui::RichText;
use egui_plot::{HLine, Line, Plot, PlotPoints};

/// Everything the preview shows, worked out once.
#[derive(Debug, Clone)]
pub struct ReportOutline {
    title: String,
    meta: String,
    status: StatusKind,
    rows: Vec<(&'static str, String)>,
    reasons: Vec<String>,
    weekly_pain: Vec<[f64; 2]>,
    baseline: Option<f64>,
    target: Option<f64>,
    lights: (usize, usize, usize),
    weekly_adherence: Vec<[f64; 2]>,
    adherence_threshold: f64,
    levels: Vec<(String, u8)>,
    sitting: String,
    red_flags: Vec<String>,
    injections: Vec<String>,
    injections_12_months: usize,
    notes: Vec<String>,
}

impl ReportOutline {
    /// The outline of the report of `data`, or why there is none.
    pub fn of(data: &Prepared) -> Result<Self, String> {
        let c = report::context(data).map_err(|e| e.to_string())?;
        let p = &c.progress;
        let s = p.status();
        let rule = &p.escalation.rule;
        let baseline = p.escalation.baseline.value();
        let target = baseline.map(|b| {
            (b - rule.important_change_points).max(b * (1.0 - rule.important_change_pct / 100.0))
        });
        let week_x = |from: chrono::NaiveDate| (from - c.first).num_days() as f64 / 7.0 + 1.0;
        Ok(Self {
            title: format!("Home programme report: {}", data.patient_label),
            meta: report::meta_line(data, &c),
            status: s.status,
            rows: report::status_rows(p),
            reasons: s.reasons.clone(),
            weekly_pain: p
                .weekly_pain
                .iter()
                .filter(|w| w.to >= c.first && w.from <= c.on)
                .filter_map(|w| Some([week_x(w.from), w.mean?]))
                .collect(),
            baseline,
            target,
            lights: report::light_counts(p, c.first),
            weekly_adherence: p
                .adherence
                .weeks
                .iter()
                .filter(|w| w.to >= c.first && w.from <= c.on)
                .filter_map(|w| Some([week_x(w.from), w.pct?]))
                .collect(),
            adherence_threshold: rule.adherence_min_pct,
            levels: report::levels(p),
            sitting: report::sitting_line(p),
            red_flags: report::red_flag_lines(data),
            injections: report::injection_lines(p),
            injections_12_months: p.injections_last_12_months,
            notes: report::note_lines(data),
        })
    }

    /// Draws the preview (in a scroll area of its own).
    pub fn ui(&self, ui: &mut egui::Ui, id: &str) {
        let dark = ui.visuals().dark_mode;
        egui::ScrollArea::vertical()
            .id_salt(id)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.label(RichText::new(&self.title).heading());
                ui.label(RichText::new(&self.meta).weak());
                ui.add_space(6.0);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    let colour = match self.status {
                        StatusKind::SeekCareNow | StatusKind::ContactClinicianSoon => {
                            Some(crate::ui::theme::warning_colour(dark))
                        }
                        StatusKind::Improving => Some(crate::ui::theme::ok_colour(dark)),
                        _ => None,
                    };
                    let mut headline = RichText::new(self.status.headline()).strong().size(18.0);
                    if let Some(c) = colour {
                        headline = headline.color(c);
                    }
                    ui.label(headline);
                    ui.label(self.status.meaning());
                    egui::Grid::new((id, "status"))
                        .num_columns(2)
                        .show(ui, |ui| {
                            for (k, v) in &self.rows {
                                ui.label(RichText::new(*k).strong());
                                ui.label(v);
                                ui.end_row();
                            }
                        });
                    for r in &self.reasons {
                        ui.label(format!("- {r}"));
                    }
                });
                ui.add_space(6.0);
                ui.label(RichText::new("Worst pain, weekly mean (0-10)").strong());
                small_plot((id, "pain"), 120.0, 10.0).show(ui, |plot| {
                    plot.line(Line::new(
                        "Weekly mean worst pain",
                        PlotPoints::from(self.weekly_pain.clone()),
                    ));
                    if let Some(b) = self.baseline {
                        plot.hline(HLine::new(format!("Baseline {b:.1}"), b));
                    }
                    if let Some(t) = self.target {
                        plot.hline(
                            HLine::new(format!("Target {t:.1}"), t)
                                .color(crate::ui::theme::ok_colour(dark)),
                        );
                    }
                });
                let (g, a, r) = self.lights;
                ui.label(format!(
                    "Session traffic lights: {g} green, {a} amber, {r} red."
                ));
                ui.label(RichText::new("Sessions done per week (% of prescribed)").strong());
                small_plot((id, "adherence"), 100.0, 100.0).show(ui, |plot| {
                    plot.line(Line::new(
                        "Adherence per week",
                        PlotPoints::from(self.weekly_adherence.clone()),
                    ));
                    plot.hline(HLine::new(
                        format!("Threshold {:.0} %", self.adherence_threshold),
                        self.adherence_threshold,
                    ));
                });
                section(ui, "Levels reached");
                for (name, level) in &self.levels {
                    ui.label(format!("{name}: level {level}"));
                }
                section(ui, "Sitting tolerance");
                ui.label(&self.sitting);
                section(ui, "Red flags");
                list(ui, &self.red_flags, "None recorded.");
                section(ui, "Injections");
                list(ui, &self.injections, "None recorded.");
                ui.label(
                    RichText::new(format!(
                        "{} in the last 12 months.",
                        self.injections_12_months
                    ))
                    .weak(),
                );
                if !self.notes.is_empty() {
                    section(ui, "The patient's notes");
                    list(ui, &self.notes, "");
                }
            });
    }
}

/// A fixed chart of weeks against 0 to `y_max`, as in the printed report.
fn small_plot<'a>(id: impl egui::AsIdSalt, height: f32, y_max: f64) -> Plot<'a> {
    Plot::new(id)
        .height(height)
        .include_y(0.0)
        .include_y(y_max)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .x_axis_label("week")
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(6.0);
    ui.label(RichText::new(title).strong());
}

fn list(ui: &mut egui::Ui, items: &[String], empty: &str) {
    if items.is_empty() {
        ui.label(empty);
    }
    for item in items {
        ui.label(format!("- {item}"));
    }
}
