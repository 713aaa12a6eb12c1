//! The daily diary: pain now, worst in 24 hours, sitting tolerance, how the day was.

use crate::model::{
    Ability, DayState, DiaryEntry, Entry, Event, EventKind, Guidance, Pain, Profile, PsfsEntry,
    PsfsScore, Side, SittingMins, Symptoms,
};
use crate::record::{Change, Record};
use crate::ui::app::Command;
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
    symptoms: Symptoms,
    note: String,
    message: Option<String>,
    psfs: PsfsForm,
    event: EventForm,
}

/// The weekly activity scores.
#[derive(Debug, Default)]
struct PsfsForm {
    activities: [String; 3],
    scores: [Option<u8>; 3],
    editing_activities: bool,
    message: Option<String>,
}

/// The kinds of event a patient adds by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EventChoice {
    Injection,
    ClinicianVisit,
    MedicationChange,
}

/// Adding an event.
#[derive(Debug)]
struct EventForm {
    kind: EventChoice,
    date_text: String,
    side: Option<Side>,
    guidance: Option<Guidance>,
    note: String,
    message: Option<String>,
}

impl Default for EventForm {
    fn default() -> Self {
        Self {
            kind: EventChoice::ClinicianVisit,
            date_text: String::new(),
            side: None,
            guidance: None,
            note: String::new(),
            message: None,
        }
    }
}

impl Default for DiaryScreen {
    fn default() -> Self {
        Self {
            pain_now: None,
            worst: None,
            sitting_mins: 30,
            sitting_known: true,
            day_state: DayState::Normal,
            symptoms: Symptoms::default(),
            note: String::new(),
            message: None,
            psfs: PsfsForm::default(),
            event: EventForm::default(),
        }
    }
}

impl DiaryScreen {
    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
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
                ui.separator();
                if let Some(profile) = data.profile() {
                    ui.add_enabled_ui(can_write, |ui| {
                        self.psfs.ui(ui, data, profile, now, commands);
                    });
                }
                ui.add_space(crate::ui::theme::SECTION_GAP);
                ui.separator();
                ui.add_enabled_ui(can_write, |ui| self.event.ui(ui, now, commands));
                ui.add_space(crate::ui::theme::SECTION_GAP);
                let todays: Vec<&DiaryEntry> = data
                    .journal()
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
        ui.label(RichText::new("Where did you feel it?").strong());
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(&mut self.symptoms.buttock, "Buttock");
            ui.checkbox(&mut self.symptoms.hip, "Hip");
            ui.checkbox(&mut self.symptoms.groin, "Groin");
            ui.checkbox(&mut self.symptoms.back_of_thigh, "Back of the thigh");
            ui.checkbox(&mut self.symptoms.snapping, "A snap or clunk in the hip");
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
                symptoms: self.symptoms,
                note: self.note.trim().to_owned(),
            };
            commands.push(Command::log(Entry::Diary(entry)));
            *self = Self {
                message: Some(format!("Saved at {}.", now.format("%H:%M"))),
                sitting_mins: self.sitting_mins,
                psfs: std::mem::take(&mut self.psfs),
                event: std::mem::take(&mut self.event),
                ..Self::default()
            };
        }
    }
}

impl PsfsForm {
    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        profile: &Profile,
        now: NaiveDateTime,
        commands: &mut Vec<Command>,
    ) {
        ui.label(RichText::new("Weekly activity scores").strong());
        ui.label(
            RichText::new(
                "Up to three everyday activities your hip makes hard, scored once a week: 0 means you can't do it, \
                 10 means you can do it as well as before the problem.",
            )
            .weak(),
        );
        if profile.psfs_activities.is_empty() || self.editing_activities {
            if !self.editing_activities {
                self.editing_activities = true;
            }
            for (i, activity) in self.activities.iter_mut().enumerate() {
                ui.add(
                    egui::TextEdit::singleline(activity)
                        .hint_text(
                            [
                                "for example: sitting through a film",
                                "for example: walking to the shops",
                                "for example: getting in and out of the car",
                            ][i],
                        )
                        .desired_width(360.0),
                )
                .accessible_name(format!("Activity {}", i + 1));
            }
            let named: Vec<String> = self
                .activities
                .iter()
                .map(|a| a.trim().to_owned())
                .filter(|a| !a.is_empty())
                .collect();
            if ui
                .add_enabled(!named.is_empty(), egui::Button::new("Save activities"))
                .clicked()
            {
                let mut profile = profile.clone();
                profile.psfs_activities = named;
                commands.push(Command::Change(Change::UpdateProfile(profile)));
                self.editing_activities = false;
            }
            return;
        }
        let week_ago = now.date() - chrono::Duration::days(6);
        if let Some(last) = data
            .journal()
            .psfs()
            .next_back()
            .filter(|p| p.date >= week_ago)
        {
            let scores: Vec<String> = last
                .scores
                .iter()
                .map(|s| format!("{} {}", s.activity, s.score))
                .collect();
            ui.label(format!(
                "Scored this week on {}: {}.",
                last.date.format("%A %-d %B"),
                scores.join(", ")
            ));
        } else {
            for (i, activity) in profile.psfs_activities.iter().enumerate().take(3) {
                ui.label(activity);
                if let Some(score) = self.scores.get_mut(i) {
                    crate::ui::widgets::score_scale(ui, &format!("Score for {activity}"), score);
                }
            }
            let n = profile.psfs_activities.len().min(3);
            let ready = self.scores.iter().take(n).all(Option::is_some);
            if ui
                .add_enabled(ready, egui::Button::new("Save scores"))
                .clicked()
            {
                let scores = profile
                    .psfs_activities
                    .iter()
                    .zip(self.scores.iter())
                    .filter_map(|(activity, score)| {
                        Some(PsfsScore {
                            activity: activity.clone(),
                            score: Ability::new(i64::from((*score)?)).ok()?,
                        })
                    })
                    .collect();
                commands.push(Command::log(Entry::Psfs(PsfsEntry {
                    id: 0,
                    date: now.date(),
                    time: now.time().with_nanosecond(0).unwrap_or(now.time()),
                    scores,
                })));
                self.scores = [None; 3];
                self.message = Some("Scores saved.".into());
            }
        }
        if let Some(m) = &self.message {
            ui.label(RichText::new(m).color(crate::ui::theme::ok_colour(ui.visuals().dark_mode)));
        }
        if ui.small_button("Change the activities").clicked() {
            self.activities = std::array::from_fn(|i| {
                profile.psfs_activities.get(i).cloned().unwrap_or_default()
            });
            self.editing_activities = true;
        }
    }
}

impl EventForm {
    fn ui(&mut self, ui: &mut egui::Ui, now: NaiveDateTime, commands: &mut Vec<Command>) {
        ui.label(RichText::new("Add an event").strong());
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut self.kind,
                EventChoice::ClinicianVisit,
                "Clinician visit",
            );
            ui.radio_value(&mut self.kind, EventChoice::Injection, "Injection");
            ui.radio_value(
                &mut self.kind,
                EventChoice::MedicationChange,
                "Medication change",
            );
        });
        ui.horizontal(|ui| {
            ui.label("Date (year-month-day, empty for today)");
            ui.add(
                egui::TextEdit::singleline(&mut self.date_text)
                    .desired_width(120.0)
                    .hint_text(now.date().format("%Y-%m-%d").to_string()),
            )
            .accessible_name("Event date");
        });
        if self.kind == EventChoice::Injection {
            ui.horizontal_wrapped(|ui| {
                ui.label("Side:");
                ui.radio_value(&mut self.side, Some(Side::Left), "Left side");
                ui.radio_value(&mut self.side, Some(Side::Right), "Right side");
                ui.label("Guided by:");
                ui.radio_value(&mut self.guidance, Some(Guidance::Ultrasound), "Ultrasound");
                ui.radio_value(&mut self.guidance, Some(Guidance::Ct), "CT");
                ui.radio_value(
                    &mut self.guidance,
                    Some(Guidance::Other),
                    "Other or not sure",
                );
            });
        }
        ui.add(
            egui::TextEdit::singleline(&mut self.note)
                .hint_text("note (optional)")
                .desired_width(360.0),
        )
        .accessible_name("Event note");
        if ui.button("Save event").clicked() {
            let date = if self.date_text.trim().is_empty() {
                Ok(now.date())
            } else {
                chrono::NaiveDate::parse_from_str(self.date_text.trim(), "%Y-%m-%d")
                    .map_err(|_| {
                        "Please write the date as year-month-day, such as 2026-11-24.".to_owned()
                    })
                    .and_then(|d| {
                        crate::model::check_date(d, now.date())
                            .map(|()| d)
                            .map_err(|_| "The date can't be later than tomorrow.".to_owned())
                    })
            };
            match date {
                Ok(date) => {
                    let kind = match self.kind {
                        EventChoice::Injection => EventKind::Injection {
                            side: self.side,
                            guidance: self.guidance,
                        },
                        EventChoice::ClinicianVisit => EventKind::ClinicianVisit,
                        EventChoice::MedicationChange => EventKind::MedicationChange,
                    };
                    commands.push(Command::log(Entry::Event(Event {
                        id: 0,
                        date,
                        time: now.time().with_nanosecond(0).unwrap_or(now.time()),
                        kind,
                        note: self.note.trim().to_owned(),
                    })));
                    *self = Self {
                        message: Some("Event saved.".into()),
                        ..Self::default()
                    };
                }
                Err(e) => self.message = Some(e),
            }
        }
        if let Some(m) = &self.message {
            ui.label(m);
        }
    }
}
