//! Once today's session is saved: a short summary in place of the form (its light, what was
//! done, the next session), at the top of the screen where the patient looks, so there is
//! no blank form inviting a second log.

use super::TodayScreen;
use crate::analysis::schedule::{describe_sets, next_due};
use crate::i18n::{self, format};
use crate::model::Units;
use crate::record::Record;
use crate::t;
use crate::ui::command::{Command, Tab};
use crate::ui::theme;
use crate::ui::widgets::light_badge;
use chrono::NaiveDate;
use egui::RichText;

impl TodayScreen {
    /// The colour of "today's session is done": its light's, so a red session is never
    /// shown in the green of good news; green until it has a light.
    pub(super) fn done_colour(&self, dark: bool) -> egui::Color32 {
        self.cache.today_light.map_or_else(
            || theme::ok_colour(dark),
            |l| theme::light_colour(l.light, dark),
        )
    }

    /// The summary of today's newest session.
    pub(super) fn summary_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        today: NaiveDate,
        commands: &mut Vec<Command>,
    ) {
        let Some(session) = self.cache.today.last() else {
            return;
        };
        let dark = ui.visuals().dark_mode;
        let ok = self.done_colour(dark);
        let red = self
            .cache
            .today_light
            .is_some_and(|l| l.light == crate::analysis::Light::Red);
        let units = data.profile().map_or(Units::Kg, |p| p.units);
        let mut log_another = false;
        let tone = self
            .cache
            .today_light
            .map_or(theme::Tone::Good, |l| theme::light_tone(l.light));
        theme::tone_card(ui, tone, |ui| {
            ui.set_max_width(theme::MAX_TEXT_WIDTH);
            ui.set_width(ui.available_width());
            let time = session.time.format("%H:%M").to_string();
            let heading = if self.just_saved == Some(session.time) && red {
                t!("today-summary-saved", time = time)
            } else if self.just_saved == Some(session.time) {
                t!("today-summary-saved-well-done", time = time)
            } else {
                t!("today-summary-done", time = time)
            };
            // Just saved: the form that had the focus is gone, so the heading takes it
            // and a screen reader says what happened.
            let heading = ui.add(
                egui::Label::new(
                    RichText::new(heading)
                        .size(theme::text::HEADLINE)
                        .strong()
                        .color(ok),
                )
                .selectable(false)
                .sense(egui::Sense::FOCUSABLE),
            );
            if std::mem::take(&mut self.focus_summary) {
                heading.request_focus();
            }
            light_ui(ui, self.cache.today_light.as_ref(), session);
            what_was_done_ui(ui, session, data, units);
            ui.add_space(theme::space::S);
            if let Some(next) = today.succ_opt().and_then(|d| next_due(data.programme(), d)) {
                ui.label(
                    RichText::new(t!(
                        "today-summary-next",
                        date = format::long_date(i18n::language(), next)
                    ))
                    .strong(),
                );
            }
            ui.horizontal_wrapped(|ui| {
                if !self.another
                    && ui
                        .button(t!("today-summary-log-another"))
                        .on_hover_text(t!("today-summary-log-another-hover"))
                        .clicked()
                {
                    log_another = true;
                }
                if ui
                    .button(t!("today-summary-see-in-history"))
                    .on_hover_text(t!("today-summary-see-in-history-hover"))
                    .clicked()
                {
                    commands.push(Command::ShowTab(Tab::History));
                }
            });
        });
        if log_another {
            self.another = true;
        }
        ui.add_space(theme::SECTION_GAP);
    }
}

/// What was done in a session: each exercise's level, sets and pain.
fn what_was_done_ui(
    ui: &mut egui::Ui,
    session: &crate::model::Session,
    data: &Record,
    units: Units,
) {
    ui.add_space(theme::space::S);
    ui.label(RichText::new(t!("today-summary-what-you-did")).strong());
    for log in &session.exercises {
        let name = data
            .programme()
            .exercise(&log.exercise_id)
            .map_or(log.exercise_id.as_str(), |e| e.name.as_str());
        let sets = describe_sets(crate::i18n::language(), &log.sets, units);
        let line = if let Some(pain) = log.pain_during {
            t!(
                "today-summary-exercise-pain",
                name = name,
                level = log.level,
                sets = sets,
                pain = pain.get()
            )
        } else {
            t!(
                "today-summary-exercise",
                name = name,
                level = log.level,
                sets = sets
            )
        };
        ui.label(format!("•  {line}"));
    }
}

/// The saved session's traffic light, or why it has none yet.
fn light_ui(
    ui: &mut egui::Ui,
    light: Option<&crate::analysis::SessionLight>,
    session: &crate::model::Session,
) {
    match light {
        Some(light) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(t!("today-summary-light"));
                light_badge(ui, light);
                ui.label(light.light.meaning(crate::i18n::language()));
            });
            if light.provisional {
                ui.label(RichText::new(t!("today-summary-light-provisional")).weak());
            }
        }
        None if session.max_pain_during().is_none() => {
            ui.label(RichText::new(t!("today-summary-no-light")).weak());
        }
        None => {
            ui.label(RichText::new(t!("today-summary-light-pending")).weak());
        }
    }
}
