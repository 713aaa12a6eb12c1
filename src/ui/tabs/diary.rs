//! The daily diary: pain now, worst in 24 hours, sitting tolerance, how the day was.

use crate::model::{DayState, DiaryEntry, Pain, SittingMins, Symptoms};
use crate::ui::app::{Command, Data};
use crate::ui::widgets::pain_scale;
use chrono::{NaiveDateTime, Timelike};
use egui::RichText;

/// The diary form.
#[derive(Debug)]
pub struct DiaryScreen {
    pain_now: Option<u8>,
    worst: Option<u8>,
    sitting_mins: u16,
    sitting_known: bool,
    day_state: DayState,
    note: String,
    message: Option<String>,
}

impl Default for DiaryScreen {
    fn default() -> Self {
        Self {
            pain_now: None,
            worst: None,
            sitting_mins: 30,
            sitting_known: true,
            day_state: DayState::Normal,
            note: String::new(),
            message: None,
        }
    }
}

impl DiaryScreen {
    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Data,
        now: NaiveDateTime,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(crate::ui::theme::MAX_TEXT_WIDTH);
                ui.heading(format!("Diary for {}", now.date().format("%A %-d %B")));
                ui.add_enabled_ui(can_write, |ui| self.form_ui(ui, now, commands));
                ui.add_space(crate::ui::theme::SECTION_GAP);
                let todays: Vec<&DiaryEntry> = data
                    .journal
                    .month(crate::model::YearMonth::of(now.date()))
                    .map(|m| m.diary.iter().filter(|d| d.date == now.date()).collect())
                    .unwrap_or_default();
                if !todays.is_empty() {
                    ui.label(RichText::new("Today's entries").strong());
                    for d in todays {
                        ui.label(super::history::diary_summary(d));
                    }
                }
            });
    }

    fn form_ui(&mut self, ui: &mut egui::Ui, now: NaiveDateTime, commands: &mut Vec<Command>) {
        ui.label(RichText::new("Pain right now").strong());
        pain_scale(ui, "Pain now", &mut self.pain_now);
        ui.add_space(6.0);
        ui.label(RichText::new("Worst pain in the last 24 hours").strong());
        pain_scale(ui, "Worst pain in the last 24 hours", &mut self.worst);
        ui.add_space(6.0);
        ui.label(RichText::new("How long can you sit before the pain makes you move?").strong());
        ui.horizontal(|ui| {
            ui.add_enabled(
                self.sitting_known,
                egui::DragValue::new(&mut self.sitting_mins)
                    .range(0..=SittingMins::MAX)
                    .suffix(" minutes"),
            )
            .accessible_name("Sitting time in minutes");
            let mut not_measured = !self.sitting_known;
            if ui
                .checkbox(&mut not_measured, "I didn't notice today")
                .changed()
            {
                self.sitting_known = !not_measured;
            }
        });
        ui.add_space(6.0);
        ui.label(RichText::new("How was the day?").strong());
        ui.horizontal_wrapped(|ui| {
            for state in DayState::ALL {
                ui.radio_value(&mut self.day_state, state, state.label());
            }
        });
        ui.add_space(6.0);
        let note_label = ui.label("Note (optional)");
        ui.add(
            egui::TextEdit::multiline(&mut self.note)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(note_label.id);
        ui.add_space(6.0);

        let ready = self.pain_now.is_some() && self.worst.is_some();
        let save = ui.add_enabled(
            ready,
            egui::Button::new(RichText::new("Save diary entry").strong())
                .min_size(egui::vec2(180.0, 34.0)),
        );
        if !ready {
            ui.label(RichText::new("Choose both pain scores to save.").weak());
        }
        if let Some(message) = &self.message {
            ui.label(
                RichText::new(message).color(crate::ui::theme::ok_colour(ui.visuals().dark_mode)),
            );
        }
        if save.clicked()
            && let (Some(now_score), Some(worst)) = (self.pain_now, self.worst)
        {
            let entry = DiaryEntry {
                id: 0,
                date: now.date(),
                time: now.time().with_nanosecond(0).unwrap_or(now.time()),
                pain_now: Pain::new(i64::from(now_score)).unwrap_or_default(),
                worst_24h: Pain::new(i64::from(worst)).unwrap_or_default(),
                sitting_mins: if self.sitting_known {
                    SittingMins::new(i64::from(self.sitting_mins)).ok()
                } else {
                    None
                },
                day_state: self.day_state,
                symptoms: Symptoms::default(),
                note: self.note.trim().to_owned(),
            };
            commands.push(Command::LogDiary(entry));
            *self = Self {
                message: Some(format!("Saved at {}.", now.format("%H:%M"))),
                sitting_mins: self.sitting_mins,
                ..Self::default()
            };
        }
    }
}
