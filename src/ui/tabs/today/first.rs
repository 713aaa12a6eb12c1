//! The top of Today: the one thing to do now (start the session, log the next set, rest,
//! or done for today) with one primary button, and this week's sessions at a glance.

use super::TodayScreen;
use crate::analysis::schedule::{next_due, prescribed_sets};
use crate::i18n::{self, format};
use crate::model::{Exercise, Side, Units};
use crate::record::Record;
use crate::t;
use chrono::{Datelike, NaiveDate};
use egui::RichText;

use crate::ui::theme::{self, size, space, stroke, text};

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
        theme::card(ui, |ui| {
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
                                Some(super::next_side(sets, affected))
                            } else {
                                None
                            };
                            if let Some(side) = side {
                                t!(
                                    "today-first-next-set-side",
                                    name = exercise.name.as_str(),
                                    set = set,
                                    sets = sets,
                                    side = super::side_word(side)
                                )
                            } else {
                                t!(
                                    "today-first-next-set",
                                    name = exercise.name.as_str(),
                                    set = set,
                                    sets = sets
                                )
                            }
                        }
                        None => t!("today-first-all-filled"),
                    };
                    headline_ui(ui, headline);
                    ui.label(t!("today-first-filled", count = filled, of = of));
                    ui.add_space(space::S);
                    if let Some((exercise, _, _)) = next {
                        if primary_button(ui, &t!("today-first-log-next-set"))
                            .on_hover_text(t!("today-first-log-next-set-hover"))
                            .clicked()
                        {
                            self.add_set(exercise, data, affected, units);
                            self.after_set();
                        }
                    } else if primary_button(ui, &t!("today-first-go-to-saving"))
                        .on_hover_text(t!("today-first-go-to-saving-hover"))
                        .clicked()
                    {
                        self.to_save = true;
                    }
                }
                FirstThing::Start { headline } => {
                    headline_ui(ui, headline);
                    ui.label(t!(
                        "today-first-start-hint",
                        count = data.programme().enabled().count()
                    ));
                    ui.add_space(space::S);
                    self.start_button_ui(ui, true);
                }
                FirstThing::Rest { next } => {
                    let headline = next.map_or_else(
                        || t!("today-first-rest-day"),
                        |d| {
                            t!(
                                "today-first-rest-day-next",
                                day = format::weekday(i18n::language(), d)
                            )
                        },
                    );
                    headline_ui(ui, headline);
                    ui.label(
                        RichText::new(t!("today-first-rest-day-hint"))
                            .color(ui.visuals().weak_text_color()),
                    );
                    ui.add_space(space::S);
                    // Not pressed by mistake on a rest day: an ordinary button.
                    self.start_button_ui(ui, false);
                }
            }
        });
        ui.add_space(theme::SECTION_GAP);
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
                headline: t!("today-first-second-session"),
            }
        } else if due && week > 0 && self.cache.done_this_week >= per_week {
            FirstThing::Start {
                headline: t!("today-first-extra-session"),
            }
        } else if due {
            FirstThing::Start {
                headline: t!("today-first-session-due"),
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
        theme::card(ui, |ui| {
            ui.set_width(ui.available_width());
            if profile.week_of(today) == 0 {
                ui.label(theme::title(t!("today-week-title")));
                ui.label(t!("today-week-not-started"));
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
                .map(|(d, _)| format::weekday(i18n::language(), *d))
                .collect();
            let logged = if logged.is_empty() {
                t!("today-week-none-logged")
            } else {
                let logged: Vec<&str> = logged.iter().map(String::as_str).collect();
                t!("today-week-logged-on", days = super::join_names(&logged))
            };
            let days: Vec<String> = programme
                .training_days
                .iter()
                .map(|d| weekday_short(*d))
                .collect();
            let asks = t!(
                "today-week-asks",
                count = programme.sessions_per_week,
                days = days.join(", ")
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
                    ui.label(theme::title(format!("{week}.")));
                    ui.add_space(space::M);
                    marks(ui);
                });
            } else {
                ui.label(theme::title(format!("{week}.")));
                marks(ui);
                ui.label(RichText::new(logged.clone()).weak());
                ui.label(RichText::new(asks.clone()).weak());
            }
        });
    }
}

/// The first card's headline: what to do now, large.
fn headline_ui(ui: &mut egui::Ui, text: String) {
    ui.label(RichText::new(text).strong().size(text::HEADLINE));
}

/// The one primary button of the first card: large and filled in the accent colour.
fn primary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(primary(ui, text))
}

/// A primary button, for [`primary_button`] and the start of the session: the screen's
/// primary action, at the first card's size.
pub(super) fn primary(ui: &egui::Ui, words: &str) -> egui::Button<'static> {
    theme::primary_button(ui, words).min_size(size::PRIMARY_BUTTON)
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
        egui::vec2(size::DAY_WIDTH, size::DAY_MARK + 22.0),
        egui::Sense::hover(),
    );
    let visuals = ui.visuals();
    let painter = ui.painter();
    let centre = egui::pos2(rect.center().x, rect.top() + size::DAY_MARK / 2.0);
    let radius = size::DAY_MARK / 2.0 - 1.0;
    let ok = theme::ok_colour(dark);
    if mark == DayMark::Logged {
        painter.circle_filled(centre, radius, ok);
        // A tick, drawn: the fonts have no check mark. In the card's colour, as if cut out.
        let tick = theme::palette(dark).card;
        let r = radius * 0.5;
        painter.line(
            vec![
                centre + egui::vec2(-r, 0.0),
                centre + egui::vec2(-r * 0.3, r * 0.7),
                centre + egui::vec2(r, -r * 0.6),
            ],
            egui::Stroke::new(stroke::MARK, tick),
        );
    } else if mark == DayMark::Due {
        painter.circle_stroke(
            centre,
            radius - 1.0,
            egui::Stroke::new(stroke::MARK, visuals.text_color()),
        );
    } else {
        painter.circle_filled(centre, 3.0, visuals.weak_text_color());
    }
    let name = weekday_short(date.weekday());
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
        rect.top() + size::DAY_MARK + 4.0,
    );
    ui.painter().galley(at, galley, visuals.text_color());
    if today {
        ui.painter().hline(
            (rect.center().x - 12.0)..=(rect.center().x + 12.0),
            rect.bottom() - 1.0,
            egui::Stroke::new(stroke::MARK, theme::palette(dark).accent),
        );
    }
}

/// A weekday's short name ("Mon"), as this week's card writes the days.
pub(crate) fn weekday_short(day: chrono::Weekday) -> String {
    let day = match day {
        chrono::Weekday::Mon => "mon",
        chrono::Weekday::Tue => "tue",
        chrono::Weekday::Wed => "wed",
        chrono::Weekday::Thu => "thu",
        chrono::Weekday::Fri => "fri",
        chrono::Weekday::Sat => "sat",
        chrono::Weekday::Sun => "sun",
    };
    t!("today-weekday-short", day = day)
}
