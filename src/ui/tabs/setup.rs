//! First run: the few things the app needs, and what it is and is not.

use super::about::{what_it_is, what_it_is_not};
use crate::model::{Profile, Side, Units};
use crate::record::Change;
use crate::ui::command::Command;
use crate::ui::date_picker::date_picker;
use chrono::NaiveDate;
use egui::RichText;

/// What the first-run form says when no side is chosen.
fn no_side() -> String {
    crate::t!("settings-setup-no-side")
}

/// Which side hurts, as the first-run form asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hurts {
    Left,
    Right,
    Both,
}

/// The first-run form.
#[derive(Debug)]
pub struct SetupScreen {
    side: Option<Hurts>,
    start: NaiveDate,
    units: Units,
    error: Option<String>,
    today: NaiveDate,
}

impl SetupScreen {
    /// A blank form; the start date defaults to today.
    #[must_use]
    pub fn new(today: NaiveDate) -> Self {
        Self {
            side: None,
            start: today,
            units: Units::Kg,
            error: None,
            today,
        }
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, can_write: bool, commands: &mut Vec<Command>) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(super::super::theme::MAX_TEXT_WIDTH);
            ui.heading(crate::t!("settings-setup-welcome"));
            ui.label(what_it_is());
            ui.label(what_it_is_not());
            ui.add_space(crate::ui::theme::space::M);
            crate::ui::theme::card(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(crate::ui::theme::title(crate::t!(
                    "settings-setup-three-questions"
                )));

                ui.add_space(crate::ui::theme::space::S);
                let question = ui.label(crate::t!("settings-setup-which-side"));
                crate::ui::a11y::radio_row(ui, &question, |ui| {
                    ui.radio_value(
                        &mut self.side,
                        Some(Hurts::Left),
                        crate::t!("settings-setup-left"),
                    );
                    ui.radio_value(
                        &mut self.side,
                        Some(Hurts::Right),
                        crate::t!("settings-setup-right"),
                    );
                    ui.radio_value(
                        &mut self.side,
                        Some(Hurts::Both),
                        crate::t!("settings-setup-both"),
                    );
                });
                if self.side.is_some() && self.error.as_deref() == Some(no_side().as_str()) {
                    self.error = None;
                }

                ui.add_space(crate::ui::theme::space::S);
                ui.label(crate::t!("settings-setup-start-question"));
                let first = self.today - chrono::Duration::days(2 * 365);
                date_picker(
                    ui,
                    &crate::t!("settings-setup-start-date"),
                    &mut self.start,
                    &(first..=self.today),
                );
                ui.label(
                    RichText::new(crate::t!("settings-setup-baseline-hint"))
                        .small()
                        .weak(),
                );

                ui.add_space(crate::ui::theme::space::S);
                let question = ui.label(crate::t!("settings-setup-units"));
                crate::ui::a11y::radio_row(ui, &question, |ui| {
                    ui.radio_value(&mut self.units, Units::Kg, crate::t!("settings-setup-kg"));
                    ui.radio_value(&mut self.units, Units::Lb, crate::t!("settings-setup-lb"));
                });

                ui.add_space(crate::ui::theme::space::M);
                if let Some(error) = &self.error {
                    crate::ui::a11y::live_label(
                        ui,
                        RichText::new(error)
                            .color(super::super::theme::warning_colour(ui.visuals().dark_mode)),
                        crate::ui::a11y::Urgency::Assertive,
                    );
                }
                let start = ui.add_enabled(
                    can_write,
                    crate::ui::theme::primary_button(ui, &crate::t!("settings-setup-start")),
                );
                if start.clicked() {
                    match self.profile() {
                        Ok(profile) => {
                            self.error = None;
                            commands.push(Command::Change(Change::SetUp(profile)));
                        }
                        Err(e) => self.error = Some(e),
                    }
                }
            });
        });
    }

    fn profile(&self) -> Result<Profile, String> {
        let Some(side) = self.side else {
            return Err(no_side());
        };
        let start = self.start;
        crate::model::check_date(start, self.today)
            .map_err(|_| crate::t!("settings-setup-start-in-future"))?;
        Ok(Profile {
            // With both sides, exercises start on the left.
            affected_side: if side == Hurts::Right {
                Side::Right
            } else {
                Side::Left
            },
            both_sides: side == Hurts::Both,
            start_date: start,
            units: self.units,
            patient_code: String::new(),
            psfs_activities: Vec::new(),
            patient_id: crate::model::PatientId::random(),
        })
    }
}
