//! Today: the session due, each exercise at its level with its dose, and logging it set by set.

use crate::analysis::schedule::{next_due, sets_to_fill};
use crate::analysis::traffic_light::{daily_worst, morning_scores, session_light};
use crate::model::{
    Amount, Band, BandStrength, Exercise, ExerciseLog, HoldSecs, Load, LoadKg, LoadKind, Pain,
    Reps, Session, SetLog, Side, Target, Units,
};
use crate::ui::app::{Command, Data};
use crate::ui::widgets::{light_badge, pain_scale};
use chrono::{NaiveDateTime, Timelike};
use egui::RichText;
use std::collections::BTreeMap;

/// One set being entered.
#[derive(Debug, Clone, Copy, PartialEq)]
struct SetDraft {
    side: Option<Side>,
    /// Reps, or seconds for a hold.
    amount: u16,
    /// Added weight in the patient's units; 0 is body weight.
    weight: f64,
    band: Band,
}

/// One exercise being entered.
#[derive(Debug, Clone, Default, PartialEq)]
struct ExerciseDraft {
    sets: Vec<SetDraft>,
    pain_during: Option<u8>,
}

/// The Today screen's state: the session being entered.
#[derive(Debug, Default)]
pub struct TodayScreen {
    drafts: BTreeMap<String, ExerciseDraft>,
    message: Option<String>,
}

impl SetDraft {
    fn from_log(set: &SetLog, units: Units) -> Self {
        let (weight, band) = match set.load {
            Load::Bodyweight => (0.0, default_band()),
            Load::Kg(kg) => (
                (units.from_kg(kg.kg()) * 10.0).round() / 10.0,
                default_band(),
            ),
            Load::Band(b) => (0.0, b),
        };
        let amount = match set.amount {
            Amount::Reps(r) => r.get(),
            Amount::HoldSecs(s) => s.get(),
        };
        Self {
            side: set.side,
            amount,
            weight,
            band,
        }
    }

    fn to_log(self, exercise: &Exercise, units: Units) -> Result<SetLog, String> {
        let is_hold = matches!(
            exercise.current().map(|l| l.dose.target),
            Some(Target::HoldSecs { .. })
        );
        let amount = if is_hold {
            Amount::HoldSecs(HoldSecs::new(i64::from(self.amount)).map_err(|e| e.to_string())?)
        } else {
            Amount::Reps(Reps::new(i64::from(self.amount)).map_err(|e| e.to_string())?)
        };
        let load = match exercise.load_kind {
            LoadKind::Band => Load::Band(self.band),
            LoadKind::Weight if self.weight <= 0.0 => Load::Bodyweight,
            LoadKind::Weight => {
                Load::Kg(LoadKg::new(units.to_kg(self.weight)).map_err(|e| e.to_string())?)
            }
        };
        Ok(SetLog {
            side: self.side,
            amount,
            load,
        })
    }
}

fn default_band() -> Band {
    Band {
        strength: BandStrength::Light,
        doubled: false,
    }
}

impl TodayScreen {
    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Data,
        now: NaiveDateTime,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        let Some(profile) = &data.profile else { return };
        let today = now.date();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.set_max_width(crate::ui::theme::MAX_TEXT_WIDTH);
            let week = profile.week_of(today);
            let decision = data.programme.escalation.decision_week;
            ui.heading(today.format("%A %-d %B").to_string());
            let due = data.programme.is_training_day(chrono::Datelike::weekday(&today));
            ui.horizontal_wrapped(|ui| {
                if week == 0 {
                    ui.label(format!("Your programme starts on {}.", profile.start_date.format("%A %-d %B")));
                } else {
                    ui.label(format!("Week {week} of {decision}."));
                }
                if due {
                    ui.label(RichText::new("A session is due today.").strong());
                } else if let Some(next) = today.succ_opt().and_then(|d| next_due(&data.programme, d)) {
                    ui.label(format!("Rest day. Next session: {}.", next.format("%A")));
                }
                let days: Vec<String> = data.programme.training_days.iter().map(|d| format!("{d}")).collect();
                ui.label(RichText::new(format!("({} sessions a week: {})", data.programme.sessions_per_week, days.join(", "))).weak());
            });
            if let Some(done) = data.journal.session_on(today) {
                let mornings = morning_scores(&data.journal);
                let worst = daily_worst(&data.journal);
                ui.horizontal(|ui| {
                    ui.label(format!("Session logged today at {}.", done.time.format("%H:%M")));
                    if let Some(light) = session_light(done, &data.programme.pain_bands, &mornings, &worst) {
                        light_badge(ui, &light);
                    }
                });
            }
            if let Some(message) = &self.message {
                ui.label(RichText::new(message).color(crate::ui::theme::ok_colour(ui.visuals().dark_mode)));
            }
            ui.add_space(8.0);
            ui.add_enabled_ui(can_write, |ui| {
                if ui
                    .button("All done as prescribed")
                    .on_hover_text("Fill in every exercise at its prescribed dose (or what you did last time); then change anything that was different")
                    .clicked()
                {
                    for ex in data.programme.enabled() {
                        self.fill(ex, data, profile.affected_side, profile.units);
                    }
                    self.message = None;
                }
                for exercise in data.programme.enabled() {
                    ui.add_space(crate::ui::theme::SECTION_GAP);
                    self.exercise_ui(ui, exercise, data, profile.affected_side, profile.units);
                }
                ui.add_space(crate::ui::theme::SECTION_GAP);
                self.save_ui(ui, data, now, profile.units, commands);
            });
        });
    }

    fn fill(&mut self, exercise: &Exercise, data: &Data, affected: Side, units: Units) {
        let draft = self.drafts.entry(exercise.id.clone()).or_default();
        draft.sets = sets_to_fill(&data.journal, exercise, affected)
            .iter()
            .map(|s| SetDraft::from_log(s, units))
            .collect();
    }

    fn exercise_ui(
        &mut self,
        ui: &mut egui::Ui,
        exercise: &Exercise,
        data: &Data,
        affected: Side,
        units: Units,
    ) {
        let Some(level) = exercise.current() else {
            return;
        };
        egui::Frame::group(ui.style())
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&exercise.name).strong().size(19.0));
                    ui.label(
                        RichText::new(format!(
                            "Level {} of {}: {}",
                            exercise.level,
                            exercise.levels.len(),
                            level.name
                        ))
                        .weak(),
                    );
                });
                let per_side = if exercise.one_sided {
                    ", each side"
                } else {
                    ""
                };
                ui.label(RichText::new(format!("{}{per_side}", level.dose.describe())).strong());
                ui.label(&level.instructions);
                ui.label(RichText::new(format!("Remember: {}", level.cue)).italics());

                let is_hold = matches!(level.dose.target, Target::HoldSecs { .. });
                let draft_is_empty = self
                    .drafts
                    .get(&exercise.id)
                    .is_none_or(|d| d.sets.is_empty());
                ui.horizontal(|ui| {
                    if ui
                        .button(if draft_is_empty {
                            "Done as prescribed"
                        } else {
                            "Reset to prescribed"
                        })
                        .accessible_name(format!("{}: done as prescribed", exercise.name))
                        .clicked()
                    {
                        self.fill(exercise, data, affected, units);
                        self.message = None;
                    }
                    let draft = self.drafts.entry(exercise.id.clone()).or_default();
                    if ui
                        .button("Add a set")
                        .accessible_name(format!("{}: add a set", exercise.name))
                        .clicked()
                    {
                        let template = draft.sets.last().copied().unwrap_or_else(|| {
                            let prescribed = sets_to_fill(&data.journal, exercise, affected);
                            prescribed.first().map_or(
                                SetDraft {
                                    side: None,
                                    amount: 10,
                                    weight: 0.0,
                                    band: default_band(),
                                },
                                |s| SetDraft::from_log(s, units),
                            )
                        });
                        let side = template.side.map(|s| {
                            if exercise.one_sided && draft.sets.len() % 2 == 1 {
                                s.other()
                            } else {
                                s
                            }
                        });
                        draft.sets.push(SetDraft {
                            side: side.or(exercise.one_sided.then_some(affected)),
                            ..template
                        });
                    }
                });

                let draft = self.drafts.entry(exercise.id.clone()).or_default();
                let mut remove = None;
                for (i, set) in draft.sets.iter_mut().enumerate() {
                    let n = i + 1;
                    let side = set
                        .side
                        .map(|s| format!(", {}", s.word()))
                        .unwrap_or_default();
                    let name = format!("{} set {n}{side}", exercise.name);
                    ui.horizontal(|ui| {
                        ui.label(format!("Set {n}{side}"));
                        let (suffix, max) = if is_hold {
                            (" seconds", HoldSecs::MAX)
                        } else {
                            (" reps", Reps::MAX)
                        };
                        ui.add(
                            egui::DragValue::new(&mut set.amount)
                                .range(0..=max)
                                .suffix(suffix)
                                .speed(0.2),
                        )
                        .accessible_name(format!("{name}: {}", suffix.trim()));
                        match exercise.load_kind {
                            LoadKind::Weight => {
                                let max = units.from_kg(LoadKg::MAX);
                                let unit = units.suffix();
                                ui.add(
                                    egui::DragValue::new(&mut set.weight)
                                        .range(0.0..=max)
                                        .speed(0.25)
                                        .custom_formatter(move |v, _| {
                                            if v <= 0.0 {
                                                "body weight".into()
                                            } else {
                                                format!("+{v:.1} {unit}")
                                            }
                                        }),
                                )
                                .accessible_name(format!("{name}: added weight in {unit}"));
                            }
                            LoadKind::Band => {
                                egui::ComboBox::from_id_salt(format!("band-{}-{i}", exercise.id))
                                    .selected_text(set.band.strength.label())
                                    .show_ui(ui, |ui| {
                                        for strength in BandStrength::ALL {
                                            ui.selectable_value(
                                                &mut set.band.strength,
                                                strength,
                                                strength.label(),
                                            );
                                        }
                                    })
                                    .response
                                    .accessible_name(format!("{name}: band"));
                                ui.checkbox(&mut set.band.doubled, "doubled")
                                    .accessible_name(format!("{name}: band doubled"));
                            }
                        }
                        if ui
                            .small_button("Remove")
                            .on_hover_text("Remove this set")
                            .accessible_name(format!("{name}: remove"))
                            .clicked()
                        {
                            remove = Some(i);
                        }
                    });
                }
                if let Some(i) = remove {
                    draft.sets.remove(i);
                }
                ui.label(format!("Pain during {}", exercise.name.to_lowercase()));
                pain_scale(
                    ui,
                    &format!("Pain during {}", exercise.name),
                    &mut draft.pain_during,
                );
            });
    }

    fn save_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Data,
        now: NaiveDateTime,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        let ready: Vec<&Exercise> = data
            .programme
            .enabled()
            .filter(|e| self.drafts.get(&e.id).is_some_and(|d| !d.sets.is_empty()))
            .collect();
        let text = match ready.len() {
            0 => "Save session".to_owned(),
            1 => "Save session (1 exercise)".to_owned(),
            n => format!("Save session ({n} exercises)"),
        };
        let button = ui.add_enabled(
            !ready.is_empty(),
            egui::Button::new(RichText::new(text).strong()).min_size(egui::vec2(200.0, 36.0)),
        );
        let button = button.accessible_name("Save session");
        if ready.is_empty() {
            ui.label(RichText::new("Fill in at least one exercise to save the session.").weak());
        }
        if !button.clicked() {
            return;
        }
        let mut exercises = Vec::new();
        for exercise in ready {
            let Some(draft) = self.drafts.get(&exercise.id) else {
                continue;
            };
            let sets: Result<Vec<SetLog>, String> = draft
                .sets
                .iter()
                .map(|s| s.to_log(exercise, units))
                .collect();
            match sets {
                Ok(sets) => exercises.push(ExerciseLog {
                    exercise_id: exercise.id.clone(),
                    level: exercise.level,
                    sets,
                    pain_during: draft.pain_during.and_then(|p| Pain::new(i64::from(p)).ok()),
                    effort: None,
                    note: String::new(),
                }),
                Err(e) => {
                    self.message = Some(format!("{}: {e}", exercise.name));
                    return;
                }
            }
        }
        let time = now.time().with_nanosecond(0).unwrap_or(now.time());
        commands.push(Command::LogSession(Session {
            id: 0,
            date: now.date(),
            time,
            exercises,
            next_morning_pain: None,
            effort: None,
            note: String::new(),
        }));
        self.drafts.clear();
        self.message = Some(format!(
            "Session saved at {}. Well done.",
            time.format("%H:%M")
        ));
    }
}
