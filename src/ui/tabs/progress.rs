//! Progress: where the patient stands against the plan the clinician set, at a glance, and
//! the charts behind it. Everything is computed when the journal changes (or the day
//! turns, or another span or month is chosen), never per frame; long spans are drawn from
//! the means of weeks, months, quarters or years ([`crate::analysis::periods`]).

use crate::analysis::calendar::{self, CalendarDay};
use crate::analysis::escalation::Voice;
use crate::analysis::periods::{self, Period};
use crate::analysis::progress::Progress;
use crate::analysis::reasons;
use crate::analysis::series::{self, SeriesInput};
use crate::analysis::traffic_light::Light;
use crate::i18n::{self, Lang, format};
use crate::model::YearMonth;
use crate::record::Record;
use crate::t;
use crate::ui::charts::{self, DateAxis, LegendEntry, Swatch, x_of};
use crate::ui::theme::{ChartColour, chart_colour};
use crate::ui::widgets::OpenAtTop;
use crate::ui::words::capitalise;
use chrono::{Duration, NaiveDate};
use egui::RichText;
use egui_plot::{Bar, BarChart, HLine, Line, Plot, PlotPoint, PlotPoints, Points, VLine};

/// The span of the charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Span {
    /// The last 4 weeks.
    FourWeeks,
    /// The last 12 weeks.
    #[default]
    TwelveWeeks,
    /// The last year.
    Year,
    /// Since the programme started.
    All,
}

impl Span {
    const ALL: [Self; 4] = [Self::FourWeeks, Self::TwelveWeeks, Self::Year, Self::All];

    /// The span's name on its button.
    fn name(self) -> String {
        match self {
            Self::FourWeeks => t!("progress-span-four-weeks"),
            Self::TwelveWeeks => t!("progress-span-twelve-weeks"),
            Self::Year => t!("progress-span-year"),
            Self::All => t!("progress-span-all"),
        }
    }

    fn days(self) -> Option<i64> {
        match self {
            Self::FourWeeks => Some(28),
            Self::TwelveWeeks => Some(84),
            Self::Year => Some(365),
            Self::All => None,
        }
    }

    /// The spans worth offering when the programme has run `days` days: those shorter
    /// than it (a longer one would only add empty days before the start), and everything.
    fn offered(days: i64) -> impl Iterator<Item = Self> {
        Self::ALL
            .into_iter()
            .filter(move |s| s.days().is_none_or(|d| d < days))
    }

    /// The span shown: the one chosen if it is offered, else everything.
    fn shown(self, days: i64) -> Self {
        if Self::offered(days).any(|s| s == self) {
            self
        } else {
            Self::All
        }
    }
}

/// The shortest span a chart shows, so the first days of a programme are not stretched
/// across the whole width.
const MIN_CHART_DAYS: f64 = 7.0;

/// A hover label for each point of each named series of a chart.
type HoverLabels = Vec<(String, Vec<String>)>;

/// One bar of sessions done.
#[derive(Debug, Clone)]
struct SessionBar {
    x: f64,
    width: f64,
    pct: f64,
    meets: bool,
    label: String,
}

/// One exercise's level, in runs of consecutive weeks drawn as steps.
#[derive(Debug, Clone)]
struct LevelSeries {
    name: String,
    runs: Vec<Vec<PlotPoint>>,
}

/// The chart series, in days since the programme start, for one span.
#[derive(Debug, Default)]
struct Series {
    x_min: f64,
    x_max: f64,
    /// How pain and sitting are averaged: `Day` for a rolling mean under daily dots.
    period: Period,
    /// How sessions are added up.
    bar_period: Period,
    /// Whether each day's value is drawn.
    daily: bool,
    pain: Vec<PlotPoint>,
    pain_mean: Vec<PlotPoint>,
    pain_hover: HoverLabels,
    sitting: Vec<PlotPoint>,
    sitting_mean: Vec<PlotPoint>,
    sitting_top: f64,
    sitting_hover: HoverLabels,
    bars: Vec<SessionBar>,
    lights: [Vec<PlotPoint>; 3],
    lights_hover: HoverLabels,
    levels: Vec<LevelSeries>,
    level_top: f64,
    psfs: Vec<PlotPoint>,
    psfs_hover: HoverLabels,
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
    /// The language of the hover labels and series names.
    lang: Lang,
    series: Series,
}

/// The calendar's month, worked out when the analysis, the day or the month changes.
#[derive(Debug)]
struct CalendarCache {
    key: (u64, NaiveDate, YearMonth),
    days: Vec<CalendarDay>,
}

/// The Progress screen's state.
#[derive(Debug, Default)]
pub struct ProgressScreen {
    span: Span,
    cache: Option<Cache>,
    /// The month the calendar shows; the current month until another is chosen.
    month: Option<YearMonth>,
    calendar: Option<CalendarCache>,
    /// Whose words the status is in: the patient's, or the clinician's in the review window.
    voice: Voice,
    /// The reasons in that voice and language, kept until the analysis changes.
    reasons: Option<(ReasonsKey, Voice, Vec<String>)>,
    /// Drawn since it was opened: until then it opens at its top, the status first.
    shown: bool,
}

/// The widest the charts get, so a wide window shows more days rather than empty space.
const CHARTS_MAX_WIDTH: f32 = 1700.0;

/// What the reasons are worked out from: the record's version, the analysis's generation,
/// the day and the language.
type ReasonsKey = (u64, u64, NaiveDate, Lang);

impl ProgressScreen {
    /// The screen as the review window shows it: the status in the clinician's words.
    #[must_use]
    pub fn for_clinician() -> Self {
        Self {
            voice: Voice::Clinician,
            ..Self::default()
        }
    }

    /// The next time it is drawn, the screen opens at its top.
    pub fn open_at_top(&mut self) {
        self.shown = false;
    }

    fn refresh(&mut self, data: &Record, progress: &Progress, generation: u64, today: NaiveDate) {
        let Some(profile) = data.profile() else {
            return;
        };
        let start = profile.start_date;
        let span = self.span.shown(programme_days(start, today));
        let lang = i18n::language();
        if !self.cache.as_ref().is_some_and(|c| {
            c.generation == generation && c.today == today && c.span == span && c.lang == lang
        }) {
            let series = build_series(progress, data, start, today, span);
            self.cache = Some(Cache {
                generation,
                today,
                span,
                lang,
                series,
            });
        }
        let month = self.month.unwrap_or_else(|| YearMonth::of(today));
        let key = (generation, today, month);
        if self.calendar.as_ref().is_none_or(|c| c.key != key) {
            let days = calendar::month(
                data.journal(),
                data.programmes(),
                &progress.adherence,
                start,
                month,
                today,
            );
            self.calendar = Some(CalendarCache { key, days });
        }
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
        let start = profile.start_date;
        let Some(cache) = self.cache.take() else {
            return;
        };
        let voice = self.voice;
        let key = (data.version(), generation, today, i18n::language());
        if self
            .reasons
            .as_ref()
            .is_none_or(|(k, v, _)| *k != key || *v != voice)
        {
            self.reasons = Some((key, voice, progress.reasons_in(key.3, voice)));
        }
        let reasons = self
            .reasons
            .as_ref()
            .map_or(&[][..], |(_, _, r)| r.as_slice());
        let days = programme_days(start, today);
        let first = !std::mem::replace(&mut self.shown, true);
        egui::ScrollArea::vertical()
            .id_salt("progress")
            .auto_shrink([false, false])
            .at_top_if(first)
            .show(ui, |ui| {
                // The charts use a wide window's width; the status card stays a readable
                // column.
                ui.set_max_width(ui.available_width().min(CHARTS_MAX_WIDTH));
                ui.scope(|ui| {
                    // Never wider than the window: nothing is cut at its right edge.
                    ui.set_max_width(
                        ui.available_width()
                            .min(crate::ui::theme::MAX_TEXT_WIDTH + 200.0),
                    );
                    status_card_ui(ui, progress, data, voice, reasons);
                });
                ui.add_space(crate::ui::theme::SECTION_GAP);
                ui.horizontal_wrapped(|ui| {
                    let offered: Vec<_> = Span::offered(days).collect();
                    if offered.len() > 1 {
                        ui.label(t!("progress-show"));
                        for span in offered {
                            if ui
                                .selectable_label(cache.span == span, span.name())
                                .clicked()
                            {
                                self.span = span;
                            }
                        }
                    } else {
                        ui.label(t!(
                            "progress-since-start-on",
                            date = format::long_date(i18n::language(), start)
                        ));
                    }
                    if cache.series.period != Period::Day {
                        ui.label(
                            RichText::new(t!(
                                "progress-means-of-each",
                                period = period_key(cache.series.period)
                            ))
                            .weak(),
                        );
                    }
                });
                let month = self.month.unwrap_or_else(|| YearMonth::of(today));
                let calendar_days = self.calendar.as_ref().map_or(&[][..], |c| &c.days[..]);
                let can_go = [month > YearMonth::of(start), month < YearMonth::of(today)];
                let moved = charts_ui(
                    ui,
                    &cache,
                    progress,
                    start,
                    &CalendarView {
                        month,
                        days: calendar_days,
                        can_go,
                    },
                );
                match moved {
                    Some(crate::ui::calendar::Move::Previous) => {
                        self.month = Some(month.previous());
                    }
                    Some(crate::ui::calendar::Move::Next) => self.month = Some(month.next()),
                    None => {}
                }
            });
        self.cache = Some(cache);
    }
}

/// Days from the programme's first day to `today`, both counted.
fn programme_days(start: NaiveDate, today: NaiveDate) -> i64 {
    (today - start).num_days() + 1
}

/// The calendar beside the sessions chart.
struct CalendarView<'a> {
    month: YearMonth,
    days: &'a [CalendarDay],
    can_go: [bool; 2],
}

#[expect(
    clippy::too_many_lines,
    reason = "one card, read top to bottom: headline, numbers, reasons, rule"
)]
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
    let tone = crate::ui::theme::urgency_tone(status.status.urgency());
    let colour = tone.map_or_else(
        || ui.visuals().strong_text_color(),
        |tone| crate::ui::theme::tone_colour(tone, dark),
    );
    // The rule the status was worked out by: the one in force on the day assessed.
    let rule = &p.escalation.rule;
    crate::ui::theme::card_of(ui, tone, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(status.status.headline_in(crate::i18n::language(), voice))
                .size(crate::ui::theme::text::HEADING)
                .strong()
                .color(colour),
        );
        ui.label(status.status.meaning_in(crate::i18n::language(), voice));
        ui.add_space(crate::ui::theme::space::S);
        // The values wrap in what is left beside the names.
        let values_width = (ui.available_width() - 200.0).max(160.0);
        egui::Grid::new("status_numbers")
            .num_columns(2)
            .spacing([crate::ui::theme::space::XL, crate::ui::theme::space::XS])
            .max_col_width(values_width)
            .show(ui, |ui| {
                let lang = i18n::language();
                ui.label(t!("progress-status-week"));
                if status.week == 0 {
                    ui.label(t!("progress-status-week-not-started"));
                } else if status.week <= u32::from(status.decision_week) {
                    ui.label(t!(
                        "progress-status-week-of",
                        week = format::count(lang, i64::from(status.week)),
                        decision_week = format::count(lang, i64::from(status.decision_week)),
                        checkin_week = format::count(lang, i64::from(rule.checkin_week))
                    ));
                } else {
                    ui.label(t!(
                        "progress-status-week-after",
                        week = format::count(lang, i64::from(status.week)),
                        decision_week = format::count(lang, i64::from(status.decision_week))
                    ));
                }
                ui.end_row();
                ui.label(t!("progress-status-sessions"));
                ui.label(t!(
                    "progress-status-sessions-value",
                    done = reasons::adherence_words(lang, &p.adherence),
                    minimum = format::decimal(lang, rule.adherence_min_pct, 1)
                ));
                ui.end_row();
                ui.label(t!("progress-status-this-week"));
                ui.label(capitalise(&this_week_words(p)));
                ui.end_row();
                ui.label(t!("progress-status-pain-start"));
                ui.label(status.baseline_pain.map_or_else(
                    || t!("progress-status-pain-unknown"),
                    |b| t!("progress-out-of-ten", score = format::decimal(lang, b, 2)),
                ));
                ui.end_row();
                ui.label(t!("progress-status-pain-lately"));
                ui.label(status.current_pain.map_or_else(
                    || t!("progress-status-pain-unknown"),
                    |c| t!("progress-out-of-ten", score = format::decimal(lang, c, 2)),
                ));
                ui.end_row();
                ui.label(t!("progress-status-change"));
                ui.label(p.escalation.improvement.as_ref().map_or_else(
                    || t!("progress-status-change-unknown"),
                    |i| reasons::change_words(lang, i),
                ));
                ui.end_row();
                ui.label(t!("progress-status-target"));
                ui.label(t!(
                    "progress-status-target-value",
                    points = rule.important_change_points,
                    points_text = format::decimal(lang, rule.important_change_points, 2),
                    pct = format::decimal(lang, rule.important_change_pct, 1),
                    week = format::count(lang, i64::from(rule.decision_week))
                ));
                ui.end_row();
                if let Some(psfs) = status.psfs_change {
                    ui.label(t!("progress-status-activity"));
                    ui.label(t!(
                        "progress-status-activity-value",
                        change = signed_points(lang, psfs),
                        target = signed_points(lang, rule.psfs_important_change)
                    ));
                    ui.end_row();
                }
            });
        if !reasons.is_empty() {
            ui.add_space(crate::ui::theme::space::S);
            for reason in reasons {
                ui.label(format!("•  {reason}"));
            }
        }
        ui.add_space(crate::ui::theme::space::XS);
        ui.label(
            RichText::new(t!(
                "progress-status-framing",
                programme = data.programme().name.as_str()
            ))
            .small()
            .weak(),
        );
    });
}

/// "5", "4.6": pain and scores out of 10, whole when whole, in the language's digits.
fn score(v: f64) -> String {
    format::decimal(i18n::language(), v.clamp(0.0, 10.0), 1)
}

/// A change in points with its sign: "+2.5 points", "-1 point", "0 points".
fn signed_points(lang: Lang, value: f64) -> String {
    let text = format::decimal(lang, value, 2);
    let text = if value > 0.0 && text != format::decimal(lang, 0.0, 2) {
        format!("+{text}")
    } else {
        text
    };
    t!(
        "progress-points-signed",
        points = value.abs(),
        points_text = text
    )
}

fn build_series(
    p: &Progress,
    data: &Record,
    start: NaiveDate,
    today: NaiveDate,
    span: Span,
) -> Series {
    // Never before the programme started.
    let first = span
        .days()
        .map_or(start, |d| today - Duration::days(d - 1))
        .max(start)
        .min(today);
    let x_min = x_of(start, first);
    let x_max = (x_of(start, today) + 1.0).max(x_min + MIN_CHART_DAYS);
    let span_days = (today - first).num_days() + 1;
    let changes: Vec<NaiveDate> = data.programmes().changes().map(|(d, _)| d).collect();
    let data = series::series(
        &SeriesInput {
            progress: p,
            journal: data.journal(),
            start,
            programme_changes: &changes,
        },
        first,
        today,
        Period::for_span_days(span_days),
    );
    let daily = span_days <= periods::WEEKLY_UP_TO_DAYS;
    let mut s = Series {
        x_min,
        x_max,
        period: data.period,
        bar_period: data.bar_period,
        daily,
        ..Series::default()
    };
    pain_and_sitting(&mut s, &data);
    session_bars(&mut s, &data, p.escalation.rule.adherence_min_pct);
    if daily {
        session_lights(&mut s, &data);
    }
    levels(&mut s, &data);
    let mut psfs_labels = Vec::new();
    for (date, mean) in &data.psfs {
        s.psfs.push(PlotPoint::new(x_of(start, *date), *mean));
        psfs_labels.push(t!(
            "progress-hover-activity-mean",
            date = day_words(*date),
            score = score(*mean)
        ));
    }
    s.psfs_hover = vec![
        (t!("progress-series-activity-mean"), psfs_labels.clone()),
        (t!("progress-series-rating"), psfs_labels),
    ];
    s.injections = data
        .injections
        .iter()
        .map(|i| x_of(start, i.date))
        .collect();
    s.programme_changes = data
        .programme_changes
        .iter()
        .map(|d| x_of(start, *d))
        .collect();
    s
}

/// A day as the hover labels say it: "Monday, 2 November 2026".
fn day_words(d: NaiveDate) -> String {
    format::long_date(i18n::language(), d)
}

/// Minutes in the language's digits, whole.
fn minutes(v: f64) -> String {
    format::decimal(i18n::language(), v, 0)
}

/// Where a period's point goes on the chart: the middle of its days shown.
fn middle_x(data: &series::Series, from: NaiveDate, to: NaiveDate) -> Option<f64> {
    let (a, b) = data.shown(from, to)?;
    Some(periods::middle_days(data.start, a, b))
}

/// Pain and sitting: each day's value when each day is drawn, and the means (a rolling
/// mean when grouped by day), with their hover labels; and the flare days.
fn pain_and_sitting(s: &mut Series, data: &series::Series) {
    let start = data.start;
    let period = data.period;
    let mean_name = mean_name(period);
    let mut pain_labels = Vec::new();
    let mut pain_mean_labels = Vec::new();
    let mut sitting_labels = Vec::new();
    let mut sitting_mean_labels = Vec::new();
    if s.daily {
        for d in &data.pain {
            s.pain.push(PlotPoint::new(x_of(start, d.date), d.value));
            pain_labels.push(t!(
                "progress-hover-pain",
                date = day_words(d.date),
                score = score(d.value)
            ));
        }
        for d in &data.sitting {
            s.sitting.push(PlotPoint::new(x_of(start, d.date), d.value));
            sitting_labels.push(t!(
                "progress-hover-sitting",
                date = day_words(d.date),
                minutes = minutes(d.value)
            ));
        }
    }
    if period == Period::Day {
        for d in &data.pain {
            s.pain_mean
                .push(PlotPoint::new(x_of(start, d.date), d.rolling_mean));
            pain_mean_labels.push(t!(
                "progress-hover-pain-rolling",
                date = day_words(d.date),
                score = score(d.rolling_mean)
            ));
        }
        for d in &data.sitting {
            s.sitting_mean
                .push(PlotPoint::new(x_of(start, d.date), d.rolling_mean));
            sitting_mean_labels.push(t!(
                "progress-hover-sitting-rolling",
                date = day_words(d.date),
                minutes = minutes(d.rolling_mean)
            ));
        }
    } else {
        for m in &data.pain_means {
            let Some(x) = middle_x(data, m.from, m.to) else {
                continue;
            };
            s.pain_mean.push(PlotPoint::new(x, m.mean));
            pain_mean_labels.push(t!(
                "progress-hover-pain-period",
                period = period.name(i18n::language(), start, m.from),
                score = score(m.mean),
                days = m.days,
                days_text = format::count(i18n::language(), i64::from(m.days))
            ));
        }
        for m in &data.sitting_means {
            let Some(x) = middle_x(data, m.from, m.to) else {
                continue;
            };
            s.sitting_mean.push(PlotPoint::new(x, m.mean));
            sitting_mean_labels.push(t!(
                "progress-hover-sitting-period",
                period = period.name(i18n::language(), start, m.from),
                minutes = minutes(m.mean),
                days = m.days,
                days_text = format::count(i18n::language(), i64::from(m.days))
            ));
        }
    }
    s.sitting_top = s
        .sitting
        .iter()
        .chain(&s.sitting_mean)
        .map(|p| p.y)
        .fold(30.0, f64::max);
    s.flares = data
        .flare_days
        .iter()
        .map(|d| PlotPoint::new(x_of(start, *d), 10.0))
        .collect();
    let flare_labels = data
        .flare_days
        .iter()
        .map(|d| t!("progress-hover-flare", date = day_words(*d)))
        .collect();
    s.pain_hover = vec![
        (t!("progress-series-pain"), pain_labels),
        (mean_name.clone(), pain_mean_labels),
        (t!("progress-series-flare"), flare_labels),
    ];
    s.sitting_hover = vec![
        (t!("progress-series-sitting"), sitting_labels),
        (mean_name, sitting_mean_labels),
    ];
}

/// Sessions done, by period, coloured by whether they meet the programme's minimum.
fn session_bars(s: &mut Series, data: &series::Series, minimum_pct: f64) {
    let (start, bar_period) = (data.start, data.bar_period);
    for b in &data.adherence {
        let Some(pct) = b.pct else { continue };
        let (from, to) = bar_period.range(start, b.from);
        let Some((from, to)) = data.shown(from, to) else {
            continue;
        };
        let width_days = ((to - from).num_days() + 1) as f64;
        let meets = crate::analysis::adherence::meets_minimum(b.pct, minimum_pct);
        let lang = i18n::language();
        s.bars.push(SessionBar {
            x: periods::middle_days(start, from, to),
            width: (width_days * 0.8).max(0.8),
            pct: pct.clamp(0.0, 100.0),
            meets,
            label: t!(
                "progress-hover-sessions",
                period = bar_period.name(i18n::language(), start, b.from),
                done = format::count(lang, i64::from(b.done)),
                prescribed = b.prescribed,
                prescribed_text = format::decimal(lang, b.prescribed, 1),
                so_far = if b.in_progress { "yes" } else { "no" },
                pct = format::decimal(lang, pct, 0),
                meets = if meets { "yes" } else { "no" },
                minimum = format::decimal(lang, minimum_pct, 0)
            ),
        });
    }
}

/// Each session's traffic light, when each day is drawn.
fn session_lights(s: &mut Series, data: &series::Series) {
    let mut labels: [Vec<String>; 3] = Default::default();
    for l in &data.lights {
        let i = match l.light.light {
            Light::Green => 0,
            Light::Amber => 1,
            Light::Red => 2,
        };
        s.lights[i].push(PlotPoint::new(x_of(data.start, l.date), 0.0));
        labels[i].push(t!(
            "progress-hover-light",
            date = day_words(l.date),
            light = light_key(l.light.light)
        ));
    }
    s.lights_hover = [Light::Green, Light::Amber, Light::Red]
        .into_iter()
        .zip(labels)
        .map(|(light, l)| (light_name(light), l))
        .collect();
}

/// Levels: a step a week, runs of consecutive weeks joined, gaps left open; lines at the
/// same level side by side rather than on top of each other.
fn levels(s: &mut Series, data: &series::Series) {
    let (x_min, x_max) = (s.x_min, s.x_max);
    for ex in &data.levels {
        let mut runs: Vec<Vec<PlotPoint>> = Vec::new();
        let mut last_to: Option<f64> = None;
        for (week_from, level) in &ex.weeks {
            let from = x_of(data.start, *week_from).max(x_min);
            let to = (x_of(data.start, *week_from) + 7.0).min(x_max);
            if to <= x_min || from >= x_max {
                continue;
            }
            let level = f64::from(*level);
            s.level_top = s.level_top.max(level);
            match runs.last_mut() {
                Some(run) if last_to == Some(from) => {
                    run.push(PlotPoint::new(from, level));
                    run.push(PlotPoint::new(to, level));
                }
                _ => runs.push(vec![PlotPoint::new(from, level), PlotPoint::new(to, level)]),
            }
            last_to = Some(to);
        }
        if !runs.is_empty() {
            s.levels.push(LevelSeries {
                name: ex.name.clone(),
                runs,
            });
        }
    }
    // Each exercise a step apart, all within a third of a level around it.
    let n = s.levels.len() as f64;
    let step = (0.36 / n).min(0.06);
    for (i, series) in s.levels.iter_mut().enumerate() {
        let offset = (i as f64 - (n - 1.0) / 2.0) * step;
        for point in series.runs.iter_mut().flatten() {
            point.y += offset;
        }
    }
}

/// The name of the mean line for a grouping.
fn mean_name(period: Period) -> String {
    t!("progress-series-mean", period = period_key(period))
}

/// The key a message chooses its words for a grouping by.
fn period_key(period: Period) -> &'static str {
    match period {
        Period::Day => "day",
        Period::Week => "week",
        Period::Month => "month",
        Period::Quarter => "quarter",
        Period::Year => "year",
    }
}

/// The key a message chooses a traffic light's word by.
fn light_key(light: Light) -> &'static str {
    match light {
        Light::Green => "green",
        Light::Amber => "amber",
        Light::Red => "red",
    }
}

/// A traffic light's name in the chart's legend and hover: "Green".
fn light_name(light: Light) -> String {
    t!("progress-light-name", light = light_key(light))
}

/// Room the value axis takes on the left of every chart, so charts line up.
const Y_AXIS_POINTS: f32 = 40.0;
/// Room the calendar takes beside the sessions chart: the month in its card.
const CALENDAR_POINTS: f32 = crate::ui::calendar::WIDTH
    + 2.0 * (crate::ui::theme::inset::CARD_X as f32 + crate::ui::theme::stroke::HAIRLINE);

/// A chart of `cache`'s span, `width` by `height` points, its time axis in dates.
fn plot<'a>(id: &'a str, cache: &Cache, start: NaiveDate, width: f32, height: f32) -> Plot<'a> {
    let s = &cache.series;
    let axis = DateAxis::new(start, width - Y_AXIS_POINTS, s.x_max - s.x_min + 1.0);
    Plot::new((id, cache.span))
        .width(width)
        .height(height)
        // Half a day each side, so the first and last day's marks are not cut in half.
        .default_x_bounds(s.x_min - 0.5, s.x_max + 0.5)
        .x_grid_spacer(move |input| axis.marks(&input))
        .x_axis_formatter(move |mark, range| axis.label(mark, range))
        .y_grid_spacer(|input| charts::value_marks(&input, 6))
        .y_axis_formatter(charts::value_label)
        .y_axis_min_width(Y_AXIS_POINTS)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}

/// A chart's title, and the words under it.
fn title_ui(ui: &mut egui::Ui, title: &str) {
    crate::ui::theme::section_title_ui(ui, title);
}

/// The check-in and decision lines, injections and new programmes, drawn on the charts of
/// pain and sitting alike.
struct Markers {
    /// The milestones on the chart: where, and their names.
    milestones: Vec<(f64, String)>,
    milestone: egui::Color32,
    injection: egui::Color32,
    new_programme: egui::Color32,
}

impl Markers {
    fn new(s: &Series, rule: &crate::model::EscalationRule, dark: bool) -> Self {
        let lang = i18n::language();
        let milestones = [
            (rule.checkin_week, "checkin"),
            (rule.decision_week, "decision"),
        ]
        .into_iter()
        .map(|(week, which)| {
            (
                f64::from(week) * 7.0,
                t!(
                    "progress-milestone",
                    which = which,
                    week = format::count(lang, i64::from(week))
                ),
            )
        })
        .filter(|(x, _)| *x >= s.x_min && *x <= s.x_max)
        .collect();
        Self {
            milestones,
            milestone: chart_colour(ChartColour::Milestone, dark),
            injection: chart_colour(ChartColour::Injection, dark),
            new_programme: chart_colour(ChartColour::NewProgramme, dark),
        }
    }

    fn legend(&self, s: &Series, entries: &mut Vec<LegendEntry>) {
        for (_, name) in &self.milestones {
            entries.push(LegendEntry::new(
                Swatch::Upright,
                self.milestone,
                name.clone(),
            ));
        }
        if !s.injections.is_empty() {
            entries.push(LegendEntry::new(
                Swatch::Line,
                self.injection,
                t!("progress-legend-injection"),
            ));
        }
        if !s.programme_changes.is_empty() {
            entries.push(LegendEntry::new(
                Swatch::Upright,
                self.new_programme,
                t!("progress-legend-new-programme"),
            ));
        }
    }

    fn draw(&self, s: &Series, plot_ui: &mut egui_plot::PlotUi<'_>) {
        for (x, name) in &self.milestones {
            plot_ui.vline(
                VLine::new(name.as_str(), *x)
                    .color(self.milestone)
                    .style(egui_plot::LineStyle::dashed_loose()),
            );
        }
        for x in &s.injections {
            plot_ui.vline(
                VLine::new(t!("progress-series-injection"), *x)
                    .color(self.injection)
                    .width(2.0),
            );
        }
        for x in &s.programme_changes {
            plot_ui.vline(
                VLine::new(t!("progress-series-new-programme"), *x)
                    .color(self.new_programme)
                    .style(egui_plot::LineStyle::dotted_loose()),
            );
        }
    }
}

/// What every chart is drawn with.
struct ChartsView<'a> {
    cache: &'a Cache,
    p: &'a Progress,
    start: NaiveDate,
    width: f32,
    dark: bool,
    markers: Markers,
}

fn charts_ui(
    ui: &mut egui::Ui,
    cache: &Cache,
    p: &Progress,
    start: NaiveDate,
    calendar_view: &CalendarView<'_>,
) -> Option<crate::ui::calendar::Move> {
    let dark = ui.visuals().dark_mode;
    let v = ChartsView {
        cache,
        p,
        start,
        width: ui.available_width(),
        dark,
        markers: Markers::new(&cache.series, &p.escalation.rule, dark),
    };
    pain_chart_ui(ui, &v);
    lights_chart_ui(ui, &v);
    let moved = sessions_ui(ui, &v, calendar_view);
    sitting_chart_ui(ui, &v);
    levels_chart_ui(ui, &v);
    psfs_chart_ui(ui, &v);
    moved
}

/// Worst pain: each day's dots, the mean line, the start and target lines, flare-ups.
fn pain_chart_ui(ui: &mut egui::Ui, v: &ChartsView<'_>) {
    let (s, dark) = (&v.cache.series, v.dark);
    let rule = &v.p.escalation.rule;
    let pain_colour = chart_colour(ChartColour::Pain, dark);
    title_ui(ui, &t!("progress-pain-title"));
    let baseline = v.p.escalation.baseline.value();
    let target = baseline.map(|b| crate::analysis::pain::target(b, rule));
    let start_colour = ui.visuals().text_color();
    let ok = crate::ui::theme::ok_colour(dark);
    let warning = crate::ui::theme::warning_colour(dark);
    let mut legend = Vec::new();
    if !s.pain.is_empty() {
        legend.push(LegendEntry::new(
            Swatch::Dot,
            pain_colour.gamma_multiply(0.6),
            t!("progress-legend-pain-daily"),
        ));
    }
    legend.push(LegendEntry::new(
        Swatch::Line,
        pain_colour,
        t!("progress-legend-mean", period = period_key(s.period)),
    ));
    let lang = i18n::language();
    if let (Some(b), Some(t)) = (baseline, target) {
        legend.push(LegendEntry::new(
            Swatch::Dashed,
            start_colour,
            t!(
                "progress-legend-pain-start",
                score = format::decimal(lang, b, 1)
            ),
        ));
        legend.push(LegendEntry::new(
            Swatch::Line,
            ok,
            t!(
                "progress-legend-pain-target",
                score = format::decimal(lang, t, 1)
            ),
        ));
    }
    if !s.flares.is_empty() {
        legend.push(LegendEntry::new(
            Swatch::Down,
            warning,
            t!("progress-legend-flare"),
        ));
    }
    v.markers.legend(s, &mut legend);
    charts::legend_ui(ui, &legend);
    let response = plot("pain", v.cache, v.start, v.width, 220.0)
        .include_y(0.0)
        .include_y(10.0)
        .label_formatter(charts::hover_label(&s.pain_hover, |name, _| {
            Some(name.to_owned())
        }))
        .show(ui, |plot_ui| {
            daily_and_mean(
                plot_ui,
                s,
                (&t!("progress-series-pain"), &s.pain),
                &s.pain_mean,
                pain_colour,
            );
            if let (Some(b), Some(t)) = (baseline, target) {
                plot_ui.hline(
                    HLine::new(
                        t!(
                            "progress-series-pain-start",
                            score = format::decimal(lang, b, 1)
                        ),
                        b,
                    )
                    .color(start_colour)
                    .style(egui_plot::LineStyle::dashed_dense()),
                );
                plot_ui.hline(
                    HLine::new(
                        t!(
                            "progress-series-pain-target",
                            score = format::decimal(lang, t, 1)
                        ),
                        t,
                    )
                    .color(ok),
                );
            }
            if !s.flares.is_empty() {
                plot_ui.points(
                    Points::new(t!("progress-series-flare"), PlotPoints::Borrowed(&s.flares))
                        .shape(egui_plot::MarkerShape::Down)
                        .radius(5.0)
                        .color(warning),
                );
            }
            v.markers.draw(s, plot_ui);
        });
    charts::name_chart(&response.response, &t!("progress-chart-pain"));
}

/// Each day's values as dots (when there are any), and their mean as a line (with a dot
/// per period when grouped).
fn daily_and_mean<'a>(
    plot_ui: &mut egui_plot::PlotUi<'a>,
    s: &Series,
    (name, daily): (&str, &'a [PlotPoint]),
    mean: &'a [PlotPoint],
    colour: egui::Color32,
) {
    let mean_name = mean_name(s.period);
    if !daily.is_empty() {
        plot_ui.points(
            Points::new(name.to_owned(), PlotPoints::Borrowed(daily))
                .radius(2.5)
                .color(colour.gamma_multiply(0.6)),
        );
    }
    plot_ui.line(
        Line::new(mean_name.as_str(), PlotPoints::Borrowed(mean))
            .color(colour)
            .width(2.5),
    );
    if s.period != Period::Day {
        plot_ui.points(
            Points::new(mean_name, PlotPoints::Borrowed(mean))
                .color(colour)
                .radius(3.5),
        );
    }
}

/// The sessions' traffic lights, when each day is drawn.
fn lights_chart_ui(ui: &mut egui::Ui, v: &ChartsView<'_>) {
    let (s, dark) = (&v.cache.series, v.dark);
    if !s.daily || s.lights.iter().all(Vec::is_empty) {
        return;
    }
    title_ui(ui, &t!("progress-lights-title"));
    let lights = [Light::Green, Light::Amber, Light::Red];
    let legend: Vec<LegendEntry> = lights
        .into_iter()
        .zip([Swatch::Dot, Swatch::Diamond, Swatch::Square])
        .map(|(light, swatch)| {
            LegendEntry::new(
                swatch,
                crate::ui::theme::light_colour(light, dark),
                light_name(light),
            )
        })
        .collect();
    charts::legend_ui(ui, &legend);
    let response = plot("lights", v.cache, v.start, v.width, 64.0)
        .include_y(-1.0)
        .include_y(1.0)
        .show_axes([true, false])
        .show_grid(false)
        .label_formatter(charts::hover_label(&s.lights_hover, |_, _| None))
        .show(ui, |plot_ui| {
            for (i, light) in lights.into_iter().enumerate() {
                if !s.lights[i].is_empty() {
                    plot_ui.points(
                        Points::new(light_name(light), PlotPoints::Borrowed(&s.lights[i]))
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
    charts::name_chart(&response.response, &t!("progress-chart-lights"));
}

/// Sessions done, with the month calendar beside (or under, when narrow); returns the
/// calendar's move to another month, if any.
fn sessions_ui(
    ui: &mut egui::Ui,
    v: &ChartsView<'_>,
    calendar_view: &CalendarView<'_>,
) -> Option<crate::ui::calendar::Move> {
    let s = &v.cache.series;
    title_ui(
        ui,
        &t!("progress-sessions-title", period = period_key(s.bar_period)),
    );
    ui.add(egui::Label::new(adherence_words(v.p)).wrap());
    let side_by_side = v.width >= 640.0;
    let chart_width = if side_by_side {
        v.width - CALENDAR_POINTS - 16.0
    } else {
        v.width
    };
    let mut moved = None;
    let mut calendar = |ui: &mut egui::Ui| {
        crate::ui::theme::card(ui, |ui| {
            moved = crate::ui::calendar::month_ui(
                ui,
                calendar_view.month,
                calendar_view.days,
                calendar_view.can_go,
            );
        });
    };
    if side_by_side {
        ui.horizontal_top(|ui| {
            sessions_chart_ui(ui, v, chart_width);
            ui.add_space(crate::ui::theme::space::S);
            calendar(ui);
        });
    } else {
        sessions_chart_ui(ui, v, v.width);
        calendar(ui);
    }
    moved
}

/// The bars of sessions done, against the minimum the programme asks.
fn sessions_chart_ui(ui: &mut egui::Ui, v: &ChartsView<'_>, chart_width: f32) {
    let (s, dark) = (&v.cache.series, v.dark);
    let minimum = v.p.escalation.rule.adherence_min_pct;
    let met_colour = crate::ui::theme::ok_colour(dark);
    let short_colour = crate::ui::theme::light_colour(Light::Amber, dark);
    let milestone = v.markers.milestone;
    let minimum_text = format::decimal(i18n::language(), minimum, 0);
    ui.vertical(|ui| {
        ui.set_width(chart_width);
        charts::legend_ui(
            ui,
            &[
                LegendEntry::new(
                    Swatch::Bar,
                    met_colour,
                    t!(
                        "progress-legend-sessions-met",
                        minimum = minimum_text.as_str()
                    ),
                ),
                LegendEntry::new(
                    Swatch::HollowBar,
                    short_colour,
                    t!("progress-legend-sessions-short"),
                ),
                LegendEntry::new(
                    Swatch::Dashed,
                    milestone,
                    t!("progress-legend-sessions-minimum"),
                ),
            ],
        );
        let response = plot("adherence", v.cache, v.start, chart_width, 180.0)
            .include_y(0.0)
            .include_y(100.0)
            .label_formatter(|pos| match pos {
                egui_plot::HoverPosition::NearDataPoint { plot_name, .. } => {
                    Some((*plot_name).to_owned())
                }
                egui_plot::HoverPosition::Elsewhere { .. } => None,
            })
            .show(ui, |plot_ui| {
                let bars = s
                    .bars
                    .iter()
                    .map(|b| {
                        let bar = Bar::new(b.x, b.pct).width(b.width).name(&b.label);
                        if b.meets {
                            bar.fill(met_colour)
                                .stroke(egui::Stroke::new(1.0, met_colour))
                        } else {
                            bar.fill(short_colour.gamma_multiply(0.25))
                                .stroke(egui::Stroke::new(1.5, short_colour))
                        }
                    })
                    .collect();
                plot_ui.bar_chart(
                    BarChart::new(t!("progress-series-sessions"), bars)
                        .element_formatter(Box::new(|bar, _| bar.name.clone())),
                );
                plot_ui.hline(
                    HLine::new(
                        t!(
                            "progress-series-sessions-minimum",
                            minimum = minimum_text.as_str()
                        ),
                        minimum,
                    )
                    .color(milestone)
                    .style(egui_plot::LineStyle::dashed_dense()),
                );
            });
        charts::name_chart(&response.response, &t!("progress-chart-sessions"));
    });
}

/// Minutes of sitting: each day's dots and the mean line.
fn sitting_chart_ui(ui: &mut egui::Ui, v: &ChartsView<'_>) {
    let s = &v.cache.series;
    title_ui(ui, &t!("progress-sitting-title"));
    let sitting_colour = chart_colour(ChartColour::Sitting, v.dark);
    let mut legend = Vec::new();
    if !s.sitting.is_empty() {
        legend.push(LegendEntry::new(
            Swatch::Dot,
            sitting_colour.gamma_multiply(0.6),
            t!("progress-legend-each-day"),
        ));
    }
    legend.push(LegendEntry::new(
        Swatch::Line,
        sitting_colour,
        t!("progress-legend-mean", period = period_key(s.period)),
    ));
    v.markers.legend(s, &mut legend);
    charts::legend_ui(ui, &legend);
    let response = plot("sitting", v.cache, v.start, v.width, 170.0)
        .include_y(0.0)
        .include_y(s.sitting_top)
        .label_formatter(charts::hover_label(&s.sitting_hover, |name, _| {
            Some(name.to_owned())
        }))
        .show(ui, |plot_ui| {
            daily_and_mean(
                plot_ui,
                s,
                (&t!("progress-series-sitting"), &s.sitting),
                &s.sitting_mean,
                sitting_colour,
            );
            v.markers.draw(s, plot_ui);
        });
    charts::name_chart(&response.response, &t!("progress-chart-sitting"));
}

/// Each exercise's level, a step a week.
fn levels_chart_ui(ui: &mut egui::Ui, v: &ChartsView<'_>) {
    let (s, dark) = (&v.cache.series, v.dark);
    if s.levels.is_empty() {
        return;
    }
    title_ui(ui, &t!("progress-levels-title"));
    let legend: Vec<LegendEntry> = s
        .levels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            LegendEntry::new(
                Swatch::Line,
                crate::ui::theme::series_colour(i, dark),
                l.name.clone(),
            )
        })
        .collect();
    charts::legend_ui(ui, &legend);
    let response = plot("levels", v.cache, v.start, v.width, 170.0)
        .include_y(0.5)
        .include_y(s.level_top.max(3.0) + 0.5)
        .y_grid_spacer(|input| charts::value_marks(&input, 6))
        .label_formatter(|pos| match pos {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(t!(
                "progress-hover-level",
                exercise = *plot_name,
                level = format::decimal(i18n::language(), position.y.round(), 0)
            )),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (i, level) in s.levels.iter().enumerate() {
                let colour = crate::ui::theme::series_colour(i, dark);
                for run in &level.runs {
                    plot_ui.line(
                        Line::new(level.name.as_str(), PlotPoints::Borrowed(run))
                            .color(colour)
                            .width(2.0)
                            .allow_band(false),
                    );
                }
            }
        });
    charts::name_chart(&response.response, &t!("progress-chart-levels"));
}

/// The mean of each PSFS rating.
fn psfs_chart_ui(ui: &mut egui::Ui, v: &ChartsView<'_>) {
    let s = &v.cache.series;
    if s.psfs.is_empty() {
        return;
    }
    title_ui(ui, &t!("progress-activity-title"));
    let colour = chart_colour(ChartColour::Activity, v.dark);
    charts::legend_ui(
        ui,
        &[LegendEntry::new(
            Swatch::Dot,
            colour,
            t!("progress-legend-activity"),
        )],
    );
    let response = plot("psfs", v.cache, v.start, v.width, 150.0)
        .include_y(0.0)
        .include_y(10.0)
        .label_formatter(charts::hover_label(&s.psfs_hover, |name, _| {
            Some(name.to_owned())
        }))
        .show(ui, |plot_ui| {
            plot_ui.line(
                Line::new(
                    t!("progress-series-activity-mean"),
                    PlotPoints::Borrowed(&s.psfs),
                )
                .color(colour)
                .width(2.5),
            );
            plot_ui.points(
                Points::new(t!("progress-series-rating"), PlotPoints::Borrowed(&s.psfs))
                    .color(colour)
                    .radius(3.5),
            );
        });
    charts::name_chart(&response.response, &t!("progress-chart-activity"));
}

/// Adherence in words, from the one computation: overall, and this week so far.
fn adherence_words(p: &Progress) -> String {
    let a = &p.adherence;
    let since_start = t!(
        "progress-adherence-since-start",
        done = reasons::adherence_words(i18n::language(), a),
        minimum = format::decimal(i18n::language(), p.escalation.rule.adherence_min_pct, 1)
    );
    if a.weeks.is_empty() {
        since_start
    } else {
        t!(
            "progress-adherence-with-week",
            since_start = since_start,
            this_week = capitalise(&this_week_words(p))
        )
    }
}

/// This week's sessions so far, as Today's header says them.
fn this_week_words(p: &Progress) -> String {
    let a = &p.adherence;
    reasons::week_words(
        crate::i18n::language(),
        a.weeks.last().map_or(0, |w| w.done),
        a.sessions_per_week,
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::export::{self, ExportOptions};
    use crate::model::ProgrammeRecord;

    /// A bar's hover label, in each language: its plural and both its choices.
    #[test]
    fn a_bar_of_sessions_is_said_in_each_language_with_its_plural_and_choices() {
        use crate::i18n::Words;
        let say = |lang, prescribed: f64, so_far: &str, meets: &str| {
            crate::t_in!(
                Words::for_language(lang),
                "progress-hover-sessions",
                period = "P",
                done = "1",
                prescribed = prescribed,
                prescribed_text = "X",
                so_far = so_far,
                pct = "33",
                meets = meets,
                minimum = "70"
            )
        };
        assert_eq!(
            say(Lang::En, 3.0, "yes", "no"),
            "P: 1 of X sessions so far (33 %), below the 70 % the programme asks"
        );
        assert_eq!(
            say(Lang::En, 1.0, "no", "yes"),
            "P: 1 of X session (33 %), at or above the 70 % the programme asks"
        );
        assert_eq!(
            say(Lang::De, 3.0, "yes", "no"),
            "P: 1 von X Einheiten bisher (33\u{a0}%), unter den 70\u{a0}%, die das Programm verlangt"
        );
        assert_eq!(
            say(Lang::Fr, 1.0, "no", "yes"),
            "P\u{a0}: 1 sur X séance (33\u{202f}%), au niveau ou au-dessus des 70\u{202f}% que demande le programme"
        );
        assert_eq!(
            say(Lang::Es, 2.6, "no", "no"),
            "P: 1 de X sesiones (33\u{a0}%), por debajo del 70\u{a0}% que pide el programa"
        );
    }

    /// The screen's charts and the report's, for a half-year demo diary (weekly on both).
    #[test]
    fn the_screen_and_the_report_draw_the_same_weekly_means() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut demo = crate::demo::generate(26, end, 3).unwrap();
        crate::demo::add_examples(&mut demo);
        let options = ExportOptions {
            range: export::DateRange {
                from: None,
                to: Some(end),
            },
            ..ExportOptions::now()
        };
        let data = export::prepare(&demo.export_input(), &options);
        let report = export::report::report(&data).unwrap();
        let on = report.as_of;
        assert_eq!(on, end);
        let record = Record::new(
            Some(demo.profile.clone()),
            Some(ProgrammeRecord::new(demo.programme.clone())),
            demo.journal.clone(),
        )
        .unwrap();
        let start = demo.profile.start_date;
        let p = crate::analysis::progress(&demo.profile, record.programmes(), record.journal(), on);
        let s = build_series(&p, &record, start, on, Span::All);
        assert_eq!(s.period, Period::Week);
        assert_eq!(report.pain_chart.period, Period::Week);

        let screen: Vec<f64> = s.pain_mean.iter().map(|pt| pt.y).collect();
        let printed: Vec<f64> = report.pain_chart.points.iter().map(|(_, v)| *v).collect();
        assert!(screen.len() > 20, "{} weeks of pain", screen.len());
        assert_eq!(screen.len(), printed.len());
        for (a, b) in screen.iter().zip(&printed) {
            assert!((a - b).abs() < 1e-9, "screen {a}, report {b}");
        }
        // The same weeks: each point within half a day of the other.
        for (pt, (d, _)) in s.pain_mean.iter().zip(&report.pain_chart.points) {
            assert!((pt.x - x_of(start, *d)).abs() <= 0.5, "{} and {d}", pt.x);
        }

        let bars: Vec<f64> = s.bars.iter().map(|b| b.pct).collect();
        let printed: Vec<f64> = report
            .adherence_chart
            .points
            .iter()
            .map(|(_, v)| v.clamp(0.0, 100.0))
            .collect();
        assert_eq!(bars.len(), printed.len());
        assert!(bars.iter().any(|b| *b < 100.0), "some weeks fall short");
        for (a, b) in bars.iter().zip(&printed) {
            assert!((a - b).abs() < 1e-9, "screen {a} %, report {b} %");
        }
    }
}
