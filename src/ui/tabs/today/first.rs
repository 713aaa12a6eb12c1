//! The top of Today: the one thing to do now (start the session, log the next set, rest,
//! or done for today) with one primary button, and this week's sessions at a glance.

use super::TodayScreen;
use crate::analysis::schedule::{next_due, prescribed_sets};
use crate::model::{Exercise, Side, Units};
use crate::record::Record;
use crate::ui::words::count;
use chrono::{Datelike, NaiveDate};
use egui::RichText;

/// The size of the first card's one primary button: the largest target on the screen.
const PRIMARY_BUTTON_SIZE: egui::Vec2 = egui::vec2(260.0, 46.0);
/// The text size of the first card's headline and its button.
const FIRST_HEADLINE_SIZE: f32 = 21.0;
/// The diameter of a day's mark in this week's card.
const DAY_MARK_SIZE: f32 = 26.0;
/// The width of a day (its mark and its name) in this week's card.
const DAY_WIDTH: f32 = 44.0;

/// What the first card asks of the patient now.
enum FirstThing<'a> {
    /// Sets are being filled in: the next set to log, if one is left.
    UnderWay {
        next: Option<(&'a Exercise, usize, usize)>,
        filled: usize,
        of: usize,
    },
    /// A session is due (or wanted): start it.
    Start { headline: String },
    /// Not a training day.
    Rest { next: Option<NaiveDate> },
}

impl TodayScreen {
    /// The first card: what to do now, in large words, with the one primary button. Shown
    /// when today's session is not yet done (or another is being logged); the summary of a
    /// session done takes its place otherwise.
    pub(super) fn first_thing_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        today: NaiveDate,
        affected: Side,
        units: Units,
    ) {
        let thing = self.first_thing(data, today, affected);
        let accent = ui.visuals().selection.bg_fill;
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(2.0, accent))
            .inner_margin(14.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                match thing {
                    FirstThing::UnderWay { next, filled, of } => {
                        let headline = match next {
                            Some((exercise, set, sets)) => {
                                // A one-sided exercise's sets take turns, the affected side first.
                                let side = if exercise.one_sided {
                                    let sets = self
                                        .drafts
                                        .get(&exercise.id)
                                        .map_or(&[][..], |d| d.sets.as_slice());
                                    format!(" ({} side)", super::next_side(sets, affected).word())
                                } else {
                                    String::new()
                                };
                                format!("Next: {}, set {set} of {sets}{side}", exercise.name)
                            }
                            None => "Every exercise is filled in.".to_owned(),
                        };
                        headline_ui(ui, headline);
                        ui.label(format!(
                            "{} of {of} filled in. Save the session at the end of the page when you have finished.",
                            count(filled, "exercise", "exercises")
                        ));
                        ui.add_space(6.0);
                        if let Some((exercise, _, _)) = next {
                            if primary_button(ui, "Log the next set")
                                .on_hover_text("Adds the next set like the last one; the rest timer starts if it is set to")
                                .clicked()
                            {
                                self.add_set(exercise, data, affected, units);
                                self.after_set();
                            }
                        } else if primary_button(ui, "Go to saving")
                            .on_hover_text("Takes you to the session's save button at the end of the page")
                            .clicked()
                        {
                            self.to_save = true;
                        }
                    }
                    FirstThing::Start { headline } => {
                        headline_ui(ui, headline);
                        ui.label(format!(
                            "{}, one at a time with the timer. Or fill in what you did below.",
                            count(data.programme().enabled().count(), "exercise", "exercises")
                        ));
                        ui.add_space(6.0);
                        self.start_button_ui(ui, true);
                    }
                    FirstThing::Rest { next } => {
                        let headline = next.map_or_else(
                            || "Rest day.".to_owned(),
                            |d| format!("Rest day. Next session: {}.", d.format("%A")),
                        );
                        headline_ui(ui, headline);
                        ui.label(
                            RichText::new("Rest lets the muscles recover and grow stronger. A session can still be logged if you did one.")
                                .color(ui.visuals().weak_text_color()),
                        );
                        ui.add_space(6.0);
                        // Not pressed by mistake on a rest day: an ordinary button.
                        self.start_button_ui(ui, false);
                    }
                }
            });
        ui.add_space(crate::ui::theme::SECTION_GAP);
    }

    fn first_thing<'a>(
        &self,
        data: &'a Record,
        today: NaiveDate,
        affected: Side,
    ) -> FirstThing<'a> {
        let programme = data.programme();
        let enabled: Vec<&Exercise> = programme.enabled().collect();
        let filled = enabled
            .iter()
            .filter(|e| self.drafts.get(&e.id).is_some_and(|d| !d.sets.is_empty()))
            .count();
        if filled > 0 {
            // The first exercise, in the programme's order, with fewer sets than prescribed.
            let next = enabled.iter().find_map(|e| {
                let done = self.drafts.get(&e.id).map_or(0, |d| d.sets.len());
                let sets = prescribed_sets(e, affected).len();
                (done < sets).then_some((*e, done + 1, sets))
            });
            return FirstThing::UnderWay {
                next,
                filled,
                of: enabled.len(),
            };
        }
        let due = programme.is_training_day(today.weekday());
        let week = data.profile().map_or(0, |p| p.week_of(today));
        let per_week = usize::from(programme.sessions_per_week);
        if !self.cache.today.is_empty() {
            FirstThing::Start {
                headline: "A second session today.".to_owned(),
            }
        } else if due && week > 0 && self.cache.done_this_week >= per_week {
            FirstThing::Start {
                headline: "This week's sessions are done: today's is an extra.".to_owned(),
            }
        } else if due {
            FirstThing::Start {
                headline: "A session is due today.".to_owned(),
            }
        } else {
            FirstThing::Rest {
                next: today.succ_opt().and_then(|d| next_due(programme, d)),
            }
        }
    }

    /// This week at a glance: the sessions done against those asked for, in the words
    /// Progress and the report use, and each day of the programme week marked. `compact`
    /// (above the session on a narrower window) keeps it to one or two rows.
    pub(super) fn week_ui(
        &self,
        ui: &mut egui::Ui,
        data: &Record,
        today: NaiveDate,
        compact: bool,
    ) {
        let Some(profile) = data.profile() else {
            return;
        };
        let programme = data.programme();
        let margin = if compact { 10.0 } else { 14.0 };
        egui::Frame::group(ui.style())
            .inner_margin(margin)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                if profile.week_of(today) == 0 {
                    ui.label(RichText::new("This week").strong().size(19.0));
                    ui.label("Sessions are counted from the programme's first day.");
                    return;
                }
                let done = u32::try_from(self.cache.done_this_week).unwrap_or(u32::MAX);
                // The same words as Progress and the report's.
                let week = crate::ui::words::capitalise(&crate::analysis::reasons::week_words(
                    crate::i18n::language(),
                    done,
                    programme.sessions_per_week,
                ));
                let logged: Vec<String> = self
                    .cache
                    .week_days
                    .iter()
                    .filter(|(_, logged)| *logged)
                    .map(|(d, _)| d.format("%A").to_string())
                    .collect();
                let logged = if logged.is_empty() {
                    "No session logged yet this week.".to_owned()
                } else {
                    let logged: Vec<&str> = logged.iter().map(String::as_str).collect();
                    format!("Logged on {}.", super::join_names(&logged))
                };
                let days: Vec<String> = programme
                    .training_days
                    .iter()
                    .map(|d| format!("{d}"))
                    .collect();
                let asks = format!(
                    "The programme asks for {} a week: {}.",
                    count(
                        usize::from(programme.sessions_per_week),
                        "session",
                        "sessions"
                    ),
                    days.join(", ")
                );
                let marks = |ui: &mut egui::Ui| {
                    let row = ui.horizontal(|ui| {
                        ui.spacing_mut().item_spacing.x = 2.0;
                        for (date, logged) in &self.cache.week_days {
                            let mark = if *logged {
                                DayMark::Logged
                            } else if programme.is_training_day(date.weekday()) {
                                DayMark::Due
                            } else {
                                DayMark::Other
                            };
                            day_ui(ui, *date, mark, *date == today);
                        }
                    });
                    // The marks in words for a screen reader, when they are not written
                    // out below them.
                    if compact {
                        let words = format!("{logged} {asks}");
                        let enabled = ui.is_enabled();
                        row.response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Label, enabled, &words)
                        });
                    }
                };
                if compact {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(format!("{week}.")).strong().size(19.0));
                        ui.add_space(12.0);
                        marks(ui);
                    });
                } else {
                    ui.label(RichText::new(format!("{week}.")).strong().size(19.0));
                    marks(ui);
                    ui.label(RichText::new(logged.clone()).weak());
                    ui.label(RichText::new(asks.clone()).weak());
                }
            });
    }
}

/// The first card's headline: what to do now, large.
fn headline_ui(ui: &mut egui::Ui, text: String) {
    ui.label(RichText::new(text).strong().size(FIRST_HEADLINE_SIZE));
}

/// The one primary button of the first card: large and filled in the accent colour.
fn primary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(primary(ui, text))
}

/// A primary button, for [`primary_button`] and the start of the session.
pub(super) fn primary(ui: &egui::Ui, text: &str) -> egui::Button<'static> {
    let visuals = ui.visuals();
    egui::Button::new(
        RichText::new(text.to_owned())
            .strong()
            .size(FIRST_HEADLINE_SIZE - 2.0)
            .color(visuals.selection.stroke.color),
    )
    .fill(visuals.selection.bg_fill)
    .min_size(PRIMARY_BUTTON_SIZE)
}

/// How a day of the week is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayMark {
    /// A session was logged on it.
    Logged,
    /// A training day without a session (yet).
    Due,
    /// Any other day.
    Other,
}

/// One day of the week: its name and a mark, filled with a tick when a session was logged,
/// a ring on a training day, a dot on another day; today's name in bold.
fn day_ui(ui: &mut egui::Ui, date: NaiveDate, mark: DayMark, today: bool) {
    let dark = ui.visuals().dark_mode;
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(DAY_WIDTH, DAY_MARK_SIZE + 22.0),
        egui::Sense::hover(),
    );
    let visuals = ui.visuals();
    let painter = ui.painter();
    let centre = egui::pos2(rect.center().x, rect.top() + DAY_MARK_SIZE / 2.0);
    let radius = DAY_MARK_SIZE / 2.0 - 1.0;
    let ok = crate::ui::theme::ok_colour(dark);
    if mark == DayMark::Logged {
        painter.circle_filled(centre, radius, ok);
        // A tick, drawn: the fonts have no check mark.
        let tick = if dark {
            egui::Color32::BLACK
        } else {
            egui::Color32::WHITE
        };
        let r = radius * 0.5;
        painter.line(
            vec![
                centre + egui::vec2(-r, 0.0),
                centre + egui::vec2(-r * 0.3, r * 0.7),
                centre + egui::vec2(r, -r * 0.6),
            ],
            egui::Stroke::new(2.5, tick),
        );
    } else if mark == DayMark::Due {
        painter.circle_stroke(
            centre,
            radius - 1.0,
            egui::Stroke::new(2.0, visuals.text_color()),
        );
    } else {
        painter.circle_filled(centre, 3.0, visuals.weak_text_color());
    }
    let name = date.format("%a").to_string();
    let text = if today {
        RichText::new(name)
            .strong()
            .color(visuals.strong_text_color())
    } else {
        RichText::new(name).color(visuals.weak_text_color())
    };
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Small,
    );
    let at = egui::pos2(
        rect.center().x - galley.size().x / 2.0,
        rect.top() + DAY_MARK_SIZE + 4.0,
    );
    ui.painter().galley(at, galley, visuals.text_color());
    if today {
        ui.painter().hline(
            (rect.center().x - 12.0)..=(rect.center().x + 12.0),
            rect.bottom() - 1.0,
            egui::Stroke::new(2.0, visuals.selection.bg_fill),
        );
    }
}
