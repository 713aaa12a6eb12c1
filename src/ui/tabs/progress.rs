//! Progress: where the patient stands against the plan the clinician set, at a glance, and
//! the charts behind it. Everything is computed when the journal changes (or the day
//! turns), never per frame; long ranges are drawn from weekly means.

use crate::analysis::escalation::Voice;
use crate::analysis::progress::Progress;
use crate::analysis::traffic_light::Light;
use crate::record::Record;
use chrono::{Duration, NaiveDate};
use egui::RichText;
use egui_plot::{Bar, BarChart, HLine, Legend, Line, Plot, PlotPoint, PlotPoints, Points, VLine};

/// The span of the charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Span {
    /// The last 4 weeks.
    FourWeeks,
    /// The last 12 weeks.
    #[default]
    TwelveWeeks,
    /// Everything.
    All,
}

impl Span {
    const ALL: [(Self, &'static str); 3] = [
        (Self::FourWeeks, "4 weeks"),
        (Self::TwelveWeeks, "12 weeks"),
        (Self::All, "Everything"),
    ];

    fn days(self) -> Option<i64> {
        match self {
            Self::FourWeeks => Some(28),
            Self::TwelveWeeks => Some(84),
            Self::All => None,
        }
    }
}

/// Beyond this many days on screen, daily series are drawn as weekly means.
const DAILY_LIMIT_DAYS: i64 = 400;

/// The chart series, in days since the programme start, for one span.
#[derive(Debug, Default)]
struct Series {
    x_min: f64,
    x_max: f64,
    weekly: bool,
    pain: Vec<PlotPoint>,
    pain_mean: Vec<PlotPoint>,
    sitting: Vec<PlotPoint>,
    sitting_mean: Vec<PlotPoint>,
    adherence: Vec<(f64, f64)>,
    lights: [Vec<PlotPoint>; 3],
    levels: Vec<(String, Vec<PlotPoint>)>,
    psfs: Vec<PlotPoint>,
    injections: Vec<f64>,
    /// First days of programmes taken up from the clinician.
    programme_changes: Vec<f64>,
    flares: Vec<PlotPoint>,
}

#[derive(Debug)]
struct Cache {
    /// The analysis the series were made from: they are made again only when a newer one
    /// arrives (a change to the record brings one), never in the frame of the change.
    generation: u64,
    today: NaiveDate,
    span: Span,
    series: Series,
}

/// The Progress screen's state.
#[derive(Debug, Default)]
pub struct ProgressScreen {
    span: Span,
    cache: Option<Cache>,
    /// Whose words the status is in: the patient's, or the clinician's in the review window.
    voice: Voice,
    /// The reasons in that voice, kept until the analysis changes.
    reasons: Option<(ReasonsKey, Voice, Vec<String>)>,
}

/// What the reasons are worked out from: the record's version, the analysis's generation and
/// the day.
type ReasonsKey = (u64, u64, NaiveDate);

fn x_of(start: NaiveDate, date: NaiveDate) -> f64 {
    (date - start).num_days() as f64
}

impl ProgressScreen {
    /// The screen as the review window shows it: the status in the clinician's words.
    #[must_use]
    pub fn for_clinician() -> Self {
        Self {
            voice: Voice::Clinician,
            ..Self::default()
        }
    }

    fn refresh(&mut self, data: &Record, progress: &Progress, generation: u64, today: NaiveDate) {
        let Some(profile) = data.profile() else {
            return;
        };
        if self
            .cache
            .as_ref()
            .is_some_and(|c| c.generation == generation && c.today == today && c.span == self.span)
        {
            return;
        }
        let series = build_series(progress, data, profile.start_date, today, self.span);
        self.cache = Some(Cache {
            generation,
            today,
            span: self.span,
            series,
        });
    }

    /// Draws the screen from the analysis as of `today` (worked out once per change, by the
    /// caller); `generation` tells one analysis from the next.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        progress: &Progress,
        generation: u64,
        today: NaiveDate,
    ) {
        self.refresh(data, progress, generation, today);
        let Some(profile) = data.profile() else {
            return;
        };
        let Some(cache) = self.cache.take() else {
            return;
        };
        let voice = self.voice;
        let key = (data.version(), generation, today);
        if self
            .reasons
            .as_ref()
            .is_none_or(|(k, v, _)| *k != key || *v != voice)
        {
            self.reasons = Some((key, voice, progress.reasons_in(voice)));
        }
        let reasons = self
            .reasons
            .as_ref()
            .map_or(&[][..], |(_, _, r)| r.as_slice());
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(crate::ui::theme::MAX_TEXT_WIDTH + 200.0);
                status_card_ui(ui, progress, data, voice, reasons);
                ui.add_space(crate::ui::theme::SECTION_GAP);
                ui.horizontal(|ui| {
                    ui.label("Show:");
                    for (span, name) in Span::ALL {
                        if ui.selectable_label(self.span == span, name).clicked() {
                            self.span = span;
                        }
                    }
                    if cache.series.weekly {
                        ui.label(RichText::new("(weekly means)").weak());
                    }
                });
                charts_ui(ui, &cache, progress, profile.start_date);
            });
        self.cache = Some(cache);
    }
}

fn status_card_ui(
    ui: &mut egui::Ui,
    p: &Progress,
    data: &Record,
    voice: Voice,
    reasons: &[String],
) {
    let status = p.status();
    let dark = ui.visuals().dark_mode;
    // The decision-point statuses stand out too, in amber.
    let colour =
        crate::ui::theme::tone_colour(crate::export::report::status_tone(status.status), dark)
            .unwrap_or_else(|| ui.visuals().strong_text_color());
    // The rule the status was worked out by: the one in force on the day assessed.
    let rule = &p.escalation.rule;
    egui::Frame::group(ui.style()).stroke(egui::Stroke::new(2.0, colour)).inner_margin(14.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(status.status.headline_in(voice)).size(24.0).strong().color(colour));
        ui.label(status.status.meaning_in(voice));
        ui.add_space(6.0);
        egui::Grid::new("status_numbers").num_columns(2).spacing([24.0, 4.0]).show(ui, |ui| {
            ui.label("Week");
            if status.week == 0 {
                ui.label("The programme has not started yet");
            } else if status.week <= u32::from(status.decision_week) {
                ui.label(format!("{} of {} (check-in at week {})", status.week, status.decision_week, rule.checkin_week));
            } else {
                ui.label(format!("{} (the decision point was week {})", status.week, status.decision_week));
            }
            ui.end_row();
            ui.label("Sessions done");
            ui.label(format!(
                "{:.0} % of those prescribed (the programme asks for at least {:.0} %)",
                status.adherence_pct, rule.adherence_min_pct
            ));
            ui.end_row();
            ui.label("Worst pain, at the start");
            ui.label(status.baseline_pain.map_or_else(|| "not enough diary entries yet".to_owned(), |b| format!("{b:.1} out of 10")));
            ui.end_row();
            ui.label("Worst pain, lately");
            ui.label(status.current_pain.map_or_else(|| "not enough diary entries yet".to_owned(), |c| format!("{c:.1} out of 10")));
            ui.end_row();
            ui.label("Change");
            ui.label(match (status.improvement_points, status.improvement_pct) {
                (Some(points), Some(pct)) => format!("{points:+.1} points ({pct:+.0} %); positive is better"),
                (Some(points), None) => format!("{points:+.1} points; positive is better"),
                _ => "not known yet".to_owned(),
            });
            ui.end_row();
            ui.label("Target");
            ui.label(format!(
                "{} points better, or {:.0} % better, by week {}",
                rule.important_change_points, rule.important_change_pct, rule.decision_week
            ));
            ui.end_row();
            if let Some(psfs) = status.psfs_change {
                ui.label("Activity scores");
                ui.label(format!("{psfs:+.1} points (target {:+.1})", rule.psfs_important_change));
                ui.end_row();
            }
        });
        if !reasons.is_empty() {
            ui.add_space(6.0);
            for reason in reasons {
                ui.label(format!("•  {reason}"));
            }
        }
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!(
                "The thresholds come from the programme the clinician set (\"{}\"). A summary of the diary, not a diagnosis.",
                data.programme().name
            ))
            .small()
            .weak(),
        );
    });
}

fn build_series(
    p: &Progress,
    data: &Record,
    start: NaiveDate,
    today: NaiveDate,
    span: Span,
) -> Series {
    let first = span
        .days()
        .map_or(start, |d| today - Duration::days(d - 1))
        .min(today);
    let x_min = x_of(start, first);
    let x_max = x_of(start, today) + 1.0;
    let in_span = |date: NaiveDate| date >= first && date <= today;
    let weekly = x_max - x_min > DAILY_LIMIT_DAYS as f64;
    let mut s = Series {
        x_min,
        x_max,
        weekly,
        ..Series::default()
    };
    let mid_week = |from: NaiveDate| x_of(start, from) + 3.5;
    if weekly {
        s.pain_mean = p
            .weekly_pain
            .iter()
            .filter(|w| in_span(w.to))
            .filter_map(|w| Some(PlotPoint::new(mid_week(w.from), w.mean?)))
            .collect();
        s.sitting_mean = p
            .sitting
            .weekly
            .iter()
            .filter(|w| in_span(w.to))
            .filter_map(|w| Some(PlotPoint::new(mid_week(w.from), w.mean?)))
            .collect();
    } else {
        for d in p.daily_worst.iter().filter(|d| in_span(d.date)) {
            s.pain.push(PlotPoint::new(x_of(start, d.date), d.value));
            s.pain_mean
                .push(PlotPoint::new(x_of(start, d.date), d.rolling_mean));
        }
        for d in p.sitting.daily.iter().filter(|d| in_span(d.date)) {
            s.sitting.push(PlotPoint::new(x_of(start, d.date), d.value));
            s.sitting_mean
                .push(PlotPoint::new(x_of(start, d.date), d.rolling_mean));
        }
    }
    s.adherence = p
        .adherence
        .weeks
        .iter()
        .filter(|w| in_span(w.to))
        .filter_map(|w| Some((mid_week(w.from), w.pct?)))
        .collect();
    if !weekly {
        for l in p.lights.iter().filter(|l| in_span(l.date)) {
            let i = match l.light.light {
                Light::Green => 0,
                Light::Amber => 1,
                Light::Red => 2,
            };
            s.lights[i].push(PlotPoint::new(x_of(start, l.date), 0.0));
        }
    }
    for ex in &p.exercises {
        let mut points = Vec::new();
        for w in ex
            .weeks
            .iter()
            .filter(|w| in_span(w.from) && w.max_level > 0)
        {
            points.push(PlotPoint::new(x_of(start, w.from), f64::from(w.max_level)));
            points.push(PlotPoint::new(
                x_of(start, w.from) + 7.0,
                f64::from(w.max_level),
            ));
        }
        if !points.is_empty() {
            s.levels.push((ex.name.clone(), points));
        }
    }
    s.psfs = data
        .journal()
        .psfs()
        .filter(|r| in_span(r.date))
        .filter_map(|r| Some(PlotPoint::new(x_of(start, r.date), r.mean()?)))
        .collect();
    s.injections = p
        .injections
        .iter()
        .filter(|i| in_span(i.date))
        .map(|i| x_of(start, i.date))
        .collect();
    s.programme_changes = data
        .programmes()
        .changes()
        .filter(|(d, _)| in_span(*d))
        .map(|(d, _)| x_of(start, d))
        .collect();
    s.flares = p
        .flare_days
        .iter()
        .filter(|d| in_span(**d))
        .map(|d| PlotPoint::new(x_of(start, *d), 10.0))
        .collect();
    s
}

/// The day `x` days after `start` (charts keep x in days; bounded, so the cast is exact).
#[expect(
    clippy::cast_possible_truncation,
    reason = "clamped to a span of about ±270 years first"
)]
fn day_at(start: NaiveDate, x: f64) -> Option<NaiveDate> {
    start.checked_add_signed(Duration::days(x.floor().clamp(-100_000.0, 100_000.0) as i64))
}

fn date_axis(
    start: NaiveDate,
    span_days: f64,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let Some(date) = day_at(start, mark.value.round()) else {
            return String::new();
        };
        if span_days > 400.0 {
            date.format("%b %Y").to_string()
        } else {
            date.format("%-d %b").to_string()
        }
    }
}

fn hover(
    start: NaiveDate,
    unit: &'static str,
) -> impl Fn(&egui_plot::HoverPosition<'_>) -> Option<String> {
    move |pos| {
        let (name, p) = match pos {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => (*plot_name, *position),
            egui_plot::HoverPosition::Elsewhere { position } => ("", *position),
        };
        let date = day_at(start, p.x)?;
        let head = if name.is_empty() {
            String::new()
        } else {
            format!("{name}\n")
        };
        Some(format!(
            "{head}{}: {:.1}{unit}",
            date.format("%a %-d %b %Y"),
            p.y
        ))
    }
}

fn plot<'a>(
    id: &'a str,
    cache: &Cache,
    start: NaiveDate,
    height: f32,
    unit: &'static str,
) -> Plot<'a> {
    let span = cache.series.x_max - cache.series.x_min;
    Plot::new((id, cache.span))
        .height(height)
        .default_x_bounds(cache.series.x_min, cache.series.x_max)
        .x_axis_formatter(date_axis(start, span))
        .label_formatter(hover(start, unit))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
}

fn charts_ui(ui: &mut egui::Ui, cache: &Cache, p: &Progress, start: NaiveDate) {
    let dark = ui.visuals().dark_mode;
    let s = &cache.series;
    let rule = &p.escalation.rule;
    let markers = |plot_ui: &mut egui_plot::PlotUi<'_>| {
        for (week, name) in [
            (rule.checkin_week, "Check-in"),
            (rule.decision_week, "Decision point"),
        ] {
            let x = f64::from(week) * 7.0;
            if x >= s.x_min && x <= s.x_max {
                plot_ui.vline(
                    VLine::new(format!("{name} (week {week})"), x)
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
            }
        }
        for x in &s.injections {
            plot_ui.vline(
                VLine::new("Injection", *x)
                    .color(egui::Color32::from_rgb(0x8e, 0x6c, 0xef))
                    .width(2.0),
            );
        }
        for x in &s.programme_changes {
            plot_ui.vline(
                VLine::new("New programme from the clinician", *x)
                    .color(egui::Color32::from_rgb(0x2b, 0x8a, 0x9e))
                    .style(egui_plot::LineStyle::dotted_loose()),
            );
        }
    };

    ui.label(RichText::new("Worst pain each day").strong());
    let mean_words = if s.weekly {
        "the weekly mean"
    } else {
        "the mean of the last 7 days"
    };
    ui.label(
        RichText::new(format!(
            "Dots: each day's worst pain. Line: {mean_words}. Dashed: the starting level. \
             Green: the target. Arrows: flare-ups. Upright lines: check-in, decision point, \
             injections and new programmes. Hover for the date and value."
        ))
        .small()
        .weak(),
    );
    let baseline = p.escalation.baseline.value();
    let start_colour = ui.visuals().text_color();
    plot("pain", cache, start, 220.0, " / 10")
        .include_y(0.0)
        .include_y(10.0)
        .show(ui, |plot_ui| {
            if !s.pain.is_empty() {
                plot_ui
                    .points(Points::new("Worst pain", PlotPoints::Borrowed(&s.pain)).radius(2.0));
            }
            let mean_name = if s.weekly {
                "Weekly mean"
            } else {
                "7-day mean"
            };
            plot_ui.line(Line::new(mean_name, PlotPoints::Borrowed(&s.pain_mean)).width(2.5));
            if let Some(b) = baseline {
                plot_ui.hline(
                    HLine::new(format!("Start: {b:.1}"), b)
                        .color(start_colour)
                        .style(egui_plot::LineStyle::dashed_dense()),
                );
                let target = (b - rule.important_change_points)
                    .max(b * (1.0 - rule.important_change_pct / 100.0));
                plot_ui.hline(
                    HLine::new(format!("Target: {target:.1} or lower"), target)
                        .color(crate::ui::theme::ok_colour(dark)),
                );
            }
            if !s.flares.is_empty() {
                plot_ui.points(
                    Points::new("Flare-up", PlotPoints::Borrowed(&s.flares))
                        .shape(egui_plot::MarkerShape::Down)
                        .radius(5.0)
                        .color(crate::ui::theme::warning_colour(dark)),
                );
            }
            markers(plot_ui);
        });

    if !s.weekly && s.lights.iter().any(|l| !l.is_empty()) {
        ui.label(RichText::new("Session traffic lights").strong());
        plot("lights", cache, start, 70.0, "")
            .include_y(-1.0)
            .include_y(1.0)
            .show_axes([true, false])
            .show_grid(false)
            .legend(Legend::default())
            .show(ui, |plot_ui| {
                for (i, light) in [Light::Green, Light::Amber, Light::Red]
                    .into_iter()
                    .enumerate()
                {
                    if !s.lights[i].is_empty() {
                        plot_ui.points(
                            Points::new(light.word(), PlotPoints::Borrowed(&s.lights[i]))
                                .radius(5.0)
                                .color(crate::ui::theme::light_colour(light, dark))
                                .shape(match light {
                                    Light::Green => egui_plot::MarkerShape::Circle,
                                    Light::Amber => egui_plot::MarkerShape::Diamond,
                                    Light::Red => egui_plot::MarkerShape::Square,
                                }),
                        );
                    }
                }
            });
    }

    ui.label(RichText::new("Sessions done each week, in % of those prescribed").strong());
    plot("adherence", cache, start, 160.0, " %")
        .include_y(0.0)
        .include_y(100.0)
        .show(ui, |plot_ui| {
            let bars = s
                .adherence
                .iter()
                .map(|(x, pct)| Bar::new(*x, *pct).width(5.0))
                .collect();
            plot_ui.bar_chart(BarChart::new("Sessions done", bars));
            plot_ui.hline(
                HLine::new(
                    format!("Programme asks {:.0} %", rule.adherence_min_pct),
                    rule.adherence_min_pct,
                )
                .style(egui_plot::LineStyle::dashed_dense()),
            );
        });

    ui.label(RichText::new("Minutes of sitting before pain forces a move").strong());
    plot("sitting", cache, start, 160.0, " min")
        .include_y(0.0)
        .show(ui, |plot_ui| {
            if !s.sitting.is_empty() {
                plot_ui
                    .points(Points::new("Sitting", PlotPoints::Borrowed(&s.sitting)).radius(2.0));
            }
            plot_ui.line(
                Line::new(
                    if s.weekly {
                        "Weekly mean"
                    } else {
                        "7-day mean"
                    },
                    PlotPoints::Borrowed(&s.sitting_mean),
                )
                .width(2.5),
            );
            markers(plot_ui);
        });

    if !s.levels.is_empty() {
        ui.label(RichText::new("Level of each exercise").strong());
        plot("levels", cache, start, 160.0, "")
            .legend(Legend::default().position(egui_plot::Corner::LeftBottom))
            .include_y(0.5)
            .include_y(3.5)
            .show(ui, |plot_ui| {
                for (name, points) in &s.levels {
                    plot_ui.line(Line::new(name.as_str(), PlotPoints::Borrowed(points)).width(2.0));
                }
            });
    }

    if !s.psfs.is_empty() {
        ui.label(RichText::new("Activity scores (0 unable, 10 as before)").strong());
        plot("psfs", cache, start, 140.0, " / 10")
            .include_y(0.0)
            .include_y(10.0)
            .show(ui, |plot_ui| {
                plot_ui.line(
                    Line::new("Mean activity score", PlotPoints::Borrowed(&s.psfs)).width(2.5),
                );
                plot_ui.points(Points::new("Rating", PlotPoints::Borrowed(&s.psfs)).radius(3.0));
            });
    }
}
