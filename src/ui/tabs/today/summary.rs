//! Once today's session is saved: a short summary in place of the form (its light, what was
//! done, the next session), at the top of the screen where the patient looks, so there is
//! no blank form inviting a second log.

use super::TodayScreen;
use crate::analysis::schedule::{describe_sets, next_due};
use crate::model::Units;
use crate::record::Record;
use crate::ui::command::{Command, Tab};
use crate::ui::widgets::light_badge;
use chrono::NaiveDate;
use egui::RichText;
use std::fmt::Write as _;

impl TodayScreen {
    /// The colour of "today's session is done": its light's, so a red session is never
    /// shown in the green of good news; green until it has a light.
    pub(super) fn done_colour(&self, dark: bool) -> egui::Color32 {
        self.cache.today_light.map_or_else(
            || crate::ui::theme::ok_colour(dark),
            |l| crate::ui::theme::light_colour(l.light, dark),
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
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(2.0, ok))
            .inner_margin(14.0)
            .show(ui, |ui| {
                ui.set_max_width(crate::ui::theme::MAX_TEXT_WIDTH);
                ui.set_width(ui.available_width());
                let heading = if self.just_saved == Some(session.time) && red {
                    format!("Session saved at {}.", session.time.format("%H:%M"))
                } else if self.just_saved == Some(session.time) {
                    format!(
                        "Session saved at {}. Well done.",
                        session.time.format("%H:%M")
                    )
                } else {
                    format!(
                        "Today's session is done (logged at {}).",
                        session.time.format("%H:%M")
                    )
                };
                // Just saved: the form that had the focus is gone, so the heading takes it
                // and a screen reader says what happened.
                let heading = ui.add(
                    egui::Label::new(RichText::new(heading).size(20.0).strong().color(ok))
                        .selectable(false)
                        .sense(egui::Sense::FOCUSABLE),
                );
                if std::mem::take(&mut self.focus_summary) {
                    heading.request_focus();
                }
                light_ui(ui, self.cache.today_light.as_ref(), session);
                what_was_done_ui(ui, session, data, units);
                ui.add_space(6.0);
                if let Some(next) = today.succ_opt().and_then(|d| next_due(data.programme(), d)) {
                    ui.label(
                        RichText::new(format!("Next session: {}.", next.format("%A %-d %B")))
                            .strong(),
                    );
                }
                ui.horizontal_wrapped(|ui| {
                    if !self.another
                        && ui
                            .button("Log another session today")
                            .on_hover_text("Only for a second session: this one is already saved")
                            .clicked()
                    {
                        log_another = true;
                    }
                    if ui
                        .button("See it in History")
                        .on_hover_text("Change or delete it there")
                        .clicked()
                    {
                        commands.push(Command::ShowTab(Tab::History));
                    }
                });
            });
        if log_another {
            self.another = true;
        }
        ui.add_space(crate::ui::theme::SECTION_GAP);
    }
}

/// What was done in a session: each exercise's level, sets and pain.
fn what_was_done_ui(
    ui: &mut egui::Ui,
    session: &crate::model::Session,
    data: &Record,
    units: Units,
) {
    ui.add_space(6.0);
    ui.label(RichText::new("What you did").strong());
    for log in &session.exercises {
        let name = data
            .programme()
            .exercise(&log.exercise_id)
            .map_or(log.exercise_id.as_str(), |e| e.name.as_str());
        let mut line = format!(
            "{name} (level {}): {}",
            log.level,
            describe_sets(crate::i18n::language(), &log.sets, units)
        );
        if let Some(pain) = log.pain_during {
            let _ = write!(line, ", pain {pain}");
        }
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
                ui.label("Its traffic light:");
                light_badge(ui, light);
                ui.label(light.light.meaning(crate::i18n::language()));
            });
            if light.provisional {
                ui.label(
                    RichText::new(
                        "This is from the pain during the session. Tomorrow morning the app asks how it settled, and the light is final then.",
                    )
                    .weak(),
                );
            }
        }
        None if session.max_pain_during().is_none() => {
            ui.label(
                RichText::new(
                    "No traffic light: the session has no pain score. You can add one in History.",
                )
                .weak(),
            );
        }
        None => {
            ui.label(RichText::new("Working out its traffic light…").weak());
        }
    }
}
