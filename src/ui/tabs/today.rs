//! Today: the session due, each exercise at its level with its dose, logging it set by set,
//! a rest and hold timer, and the suggestions to move up or ease off.

use crate::analysis::escalation::StatusKind;
use crate::analysis::schedule::{as_prescribed, next_due, sets_to_fill};
use crate::analysis::suggestions::{Suggestion, suggest};
use crate::analysis::traffic_light::SessionLight;
use crate::analysis::{Progress, SessionLights, Status};
use crate::model::{
    Amount, Band, BandStrength, Effort, Entry, EventKind, Exercise, ExerciseLog, HoldSecs, Load,
    LoadKg, LoadKind, Pain, Reps, Session, SetLog, Side, Target, Units,
};
use crate::record::{Change, Record};
use crate::ui::app::Command;
use crate::ui::assessment::Assessment;
use crate::ui::widgets::{light_badge, pain_scale};
use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};
use egui::RichText;
use std::collections::BTreeMap;

/// One set being entered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SetDraft {
    /// The side, for one-sided exercises.
    pub side: Option<Side>,
    /// Reps, or seconds for a hold.
    pub amount: u16,
    /// Added weight in the patient's units; 0 is body weight.
    pub weight: f64,
    /// The band, for band exercises.
    pub band: Band,
}

/// One exercise being entered.
#[derive(Debug, Clone, Default, PartialEq)]
struct ExerciseDraft {
    sets: Vec<SetDraft>,
    pain_during: Option<u8>,
}

/// A countdown: rest between sets, or one isometric hold.
#[derive(Debug, Clone)]
struct Timer {
    label: String,
    secs: u16,
    started_at: f64,
    /// For a hold: the exercise whose set it fills in when it ends.
    hold_for: Option<String>,
}

/// What the screen shows that depends on the whole journal; rebuilt only when it changes.
#[derive(Debug, Default)]
struct Cache {
    version: u64,
    /// The analysis it was worked out from ([`Assessment::generation`]).
    generation: u64,
    date: Option<NaiveDate>,
    today_light: Option<SessionLight>,
    suggestions: BTreeMap<String, Suggestion>,
    recent_injection: Option<NaiveDate>,
    injections_last_year: usize,
    /// The status, when a warning sign or worsening pain puts it above the plan.
    alert: Option<Status>,
}

/// The Today screen's state: the session being entered.
#[derive(Debug, Default)]
pub struct TodayScreen {
    drafts: BTreeMap<String, ExerciseDraft>,
    /// Pain during the session, for every exercise not given its own.
    session_pain: Option<u8>,
    effort: Option<u8>,
    note: String,
    message: Option<String>,
    timer: Option<Timer>,
    finished_timer: Option<String>,
    declined: Vec<(String, Suggestion)>,
    cache: Cache,
    /// The time of the frame being drawn.
    now: NaiveDateTime,
}

impl SetDraft {
    /// A logged set, ready to edit.
    #[must_use]
    pub fn from_log(set: &SetLog, units: Units) -> Self {
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

    /// Back to a set for the journal; says why if a value is out of range.
    pub fn to_log(
        self,
        exercise: &Exercise,
        is_hold: bool,
        units: Units,
    ) -> Result<SetLog, String> {
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

fn is_hold(exercise: &Exercise) -> bool {
    matches!(
        exercise.current().map(|l| l.dose.target),
        Some(Target::HoldSecs { .. })
    )
}

/// One set's controls: reps or seconds, the load, and a remove button. Every control is
/// named for screen readers as "{name}: ...". Returns true when "Remove" was pressed.
pub fn set_row_ui(
    ui: &mut egui::Ui,
    name: &str,
    id: &str,
    set: &mut SetDraft,
    exercise: &Exercise,
    hold: bool,
    units: Units,
) -> bool {
    let (suffix, max) = if hold {
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
            .on_hover_text(format!("Weight added, in {unit}; 0 is body weight only"))
            .accessible_name(format!("{name}: added weight in {unit}"));
        }
        LoadKind::Band => {
            egui::ComboBox::from_id_salt(format!("band-{id}"))
                .selected_text(set.band.strength.label())
                .show_ui(ui, |ui| {
                    for strength in BandStrength::ALL {
                        ui.selectable_value(&mut set.band.strength, strength, strength.label());
                    }
                })
                .response
                .accessible_name(format!("{name}: band"));
            ui.checkbox(&mut set.band.doubled, "doubled")
                .accessible_name(format!("{name}: band doubled"));
        }
    }
    ui.small_button("Remove")
        .on_hover_text("Remove this set")
        .accessible_name(format!("{name}: remove"))
        .clicked()
}

impl TodayScreen {
    fn refresh(&mut self, record: &Record, assessment: &Assessment, today: NaiveDate) {
        if self.cache.version == record.version()
            && self.cache.generation == assessment.generation()
            && self.cache.date == Some(today)
        {
            return;
        }
        let journal = record.journal();
        let no_lights = SessionLights::default();
        let lights = assessment.progress().map_or(&no_lights, |p| &p.lights);
        let today_light = journal
            .session_on(today)
            .and_then(|s| lights.get(s.id))
            .copied();
        let suggestions = record
            .programme()
            .enabled()
            .filter_map(|e| suggest(journal, e, lights).map(|s| (e.id.clone(), s)))
            .collect();
        let year_ago = today - Duration::days(365);
        let injections: Vec<NaiveDate> = journal
            .events()
            .rev()
            .take_while(|e| e.date > year_ago)
            .filter(|e| matches!(e.kind, EventKind::Injection { .. }))
            .map(|e| e.date)
            .collect();
        let recent_injection = injections
            .iter()
            .copied()
            .find(|d| *d <= today && *d > today - Duration::days(7));
        let alert = assessment
            .progress()
            .map(Progress::status)
            .filter(|s| {
                matches!(
                    s.status,
                    StatusKind::SeekCareNow | StatusKind::ContactClinicianSoon
                )
            })
            .cloned();
        self.cache = Cache {
            version: record.version(),
            generation: assessment.generation(),
            date: Some(today),
            today_light,
            suggestions,
            recent_injection,
            injections_last_year: injections.len(),
            alert,
        };
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        assessment: &Assessment,
        now: NaiveDateTime,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        let Some(profile) = data.profile() else {
            return;
        };
        let today = now.date();
        self.now = now;
        self.refresh(data, assessment, today);
        self.tick_timer(ui, data, profile.units);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(crate::ui::theme::MAX_TEXT_WIDTH);
                self.header_ui(ui, data, today);
                self.notices_ui(ui);
                ui.add_space(8.0);
                ui.add_enabled_ui(can_write, |ui| {
                    self.timer_ui(ui);
                    ui.add_space(6.0);
                    self.all_done_ui(
                        ui,
                        data,
                        now,
                        profile.affected_side,
                        profile.units,
                        commands,
                    );
                    for exercise in data.programme().enabled() {
                        ui.add_space(crate::ui::theme::SECTION_GAP);
                        self.exercise_ui(
                            ui,
                            exercise,
                            data,
                            profile.affected_side,
                            profile.units,
                            commands,
                        );
                    }
                    ui.add_space(crate::ui::theme::SECTION_GAP);
                    self.save_ui(ui, data, now, profile.units, commands);
                });
            });
    }

    fn header_ui(&self, ui: &mut egui::Ui, data: &Record, today: NaiveDate) {
        let Some(profile) = data.profile() else {
            return;
        };
        let week = profile.week_of(today);
        let decision = data.programme().escalation.decision_week;
        ui.heading(today.format("%A %-d %B").to_string());
        let due = data
            .programme()
            .is_training_day(chrono::Datelike::weekday(&today));
        ui.horizontal_wrapped(|ui| {
            if week == 0 {
                ui.label(format!(
                    "Your programme starts on {}.",
                    profile.start_date.format("%A %-d %B")
                ));
            } else if week <= u32::from(decision) {
                ui.label(format!("Week {week} of {decision}."));
            } else {
                ui.label(format!(
                    "Week {week}. The decision point was week {decision}."
                ));
            }
            if week > 0 {
                let week_start = profile.start_date + Duration::days(i64::from(week - 1) * 7);
                let done = week_start
                    .iter_days()
                    .take_while(|d| *d <= today)
                    .filter(|d| data.journal().session_on(*d).is_some())
                    .count();
                ui.label(format!(
                    "This week: {done} of {} sessions done.",
                    data.programme().sessions_per_week
                ));
            }
            if due {
                ui.label(RichText::new("A session is due today.").strong());
            } else if let Some(next) = today.succ_opt().and_then(|d| next_due(data.programme(), d))
            {
                ui.label(format!("Rest day. Next session: {}.", next.format("%A")));
            }
            let days: Vec<String> = data
                .programme()
                .training_days
                .iter()
                .map(|d| format!("{d}"))
                .collect();
            ui.label(
                RichText::new(format!(
                    "({} sessions a week: {})",
                    data.programme().sessions_per_week,
                    days.join(", ")
                ))
                .weak(),
            );
        });
        if let Some(done) = data.journal().session_on(today) {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "Session logged today at {}.",
                    done.time.format("%H:%M")
                ));
                if let Some(light) = &self.cache.today_light {
                    light_badge(ui, light);
                    ui.label(RichText::new(light.light.meaning()).weak());
                }
            });
        }
    }

    fn notices_ui(&self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        if let Some(status) = &self.cache.alert {
            let colour = crate::ui::theme::warning_colour(dark);
            egui::Frame::group(ui.style())
                .stroke(egui::Stroke::new(2.0, colour))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(status.status.headline())
                            .strong()
                            .color(colour),
                    );
                    ui.label(status.status.meaning());
                    if let Some(first) = status.reasons.first() {
                        ui.label(first);
                    }
                });
        }
        if let Some(date) = self.cache.recent_injection {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(RichText::new(format!("After your injection on {}", date.format("%A %-d %B"))).strong());
                ui.label(
                    "Pain can flare for up to two days, rarely up to a week. Take it easy for a day or two, then build \
                     back up over the week. Contact the clinic within the first week if the area becomes swollen, red \
                     or warm, or if you have a fever or feel unwell. If you have diabetes, your blood sugar may be \
                     higher for up to a week.",
                );
                ui.label(RichText::new(format!(
                    "Injections logged in the last 12 months: {}. Usually no more than 3 a year are given at one site.",
                    self.cache.injections_last_year
                )).weak());
            });
        }
        if let Some(message) = &self.message {
            ui.label(RichText::new(message).color(crate::ui::theme::ok_colour(dark)));
        }
    }

    fn tick_timer(&mut self, ui: &egui::Ui, data: &Record, units: Units) {
        let Some(timer) = &self.timer else { return };
        let now = ui.input(|i| i.time);
        let remaining = f64::from(timer.secs) - (now - timer.started_at);
        if remaining > 0.0 {
            // Redraw only while a timer runs, ten times a second.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
            return;
        }
        let Some(timer) = self.timer.take() else {
            return;
        };
        self.finished_timer = Some(format!("{} finished.", timer.label));
        if let Some(id) = timer.hold_for
            && let Some(exercise) = data.programme().exercise(&id)
        {
            let draft = self.drafts.entry(id).or_default();
            let side = exercise.one_sided.then(|| {
                let affected = data.profile().map_or(Side::Left, |p| p.affected_side);
                if draft.sets.len().is_multiple_of(2) {
                    affected
                } else {
                    affected.other()
                }
            });
            let _ = units;
            draft.sets.push(SetDraft {
                side,
                amount: timer.secs,
                weight: 0.0,
                band: default_band(),
            });
            self.finished_timer = Some(format!(
                "{} finished: set {} logged.",
                timer.label,
                draft.sets.len()
            ));
        }
    }

    fn timer_ui(&mut self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(timer) = self.timer.clone() {
                let now = ui.input(|i| i.time);
                let remaining = (f64::from(timer.secs) - (now - timer.started_at)).max(0.0);
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!("{}: {:.0} s left", timer.label, remaining.ceil()))
                            .size(22.0)
                            .strong(),
                    );
                    if ui.button("Stop timer").clicked() {
                        self.timer = None;
                    }
                });
                let fraction = (remaining / f64::from(timer.secs.max(1))).clamp(0.0, 1.0);
                #[expect(clippy::cast_possible_truncation, reason = "a fraction from 0 to 1")]
                let fraction = fraction as f32;
                ui.add(egui::ProgressBar::new(1.0 - fraction).desired_height(10.0));
            } else {
                ui.horizontal_wrapped(|ui| {
                    ui.label("Rest timer:");
                    for secs in [30u16, 60, 90, 120] {
                        if ui
                            .button(format!("{secs} s"))
                            .accessible_name(format!("Rest {secs} seconds"))
                            .clicked()
                        {
                            let started_at = ui.input(|i| i.time);
                            self.timer = Some(Timer {
                                label: format!("Rest of {secs} seconds"),
                                secs,
                                started_at,
                                hold_for: None,
                            });
                            self.finished_timer = None;
                        }
                    }
                });
                if let Some(done) = &self.finished_timer {
                    ui.label(
                        RichText::new(format!("Time's up. {done}"))
                            .size(20.0)
                            .strong()
                            .color(crate::ui::theme::ok_colour(dark)),
                    );
                }
            }
        });
    }

    fn fill(&mut self, exercise: &Exercise, data: &Record, affected: Side, units: Units) {
        let draft = self.drafts.entry(exercise.id.clone()).or_default();
        draft.sets = sets_to_fill(data.journal(), exercise, affected)
            .iter()
            .map(|s| SetDraft::from_log(s, units))
            .collect();
    }

    fn exercise_ui(
        &mut self,
        ui: &mut egui::Ui,
        exercise: &Exercise,
        data: &Record,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
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
                    let locked = if exercise.locked {
                        " (held at this level by your clinician)"
                    } else {
                        ""
                    };
                    ui.label(
                        RichText::new(format!(
                            "Level {} of {}: {}{locked}",
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
                self.suggestion_ui(ui, exercise, commands);

                let hold = is_hold(exercise);
                let draft_is_empty = self
                    .drafts
                    .get(&exercise.id)
                    .is_none_or(|d| d.sets.is_empty());
                ui.horizontal_wrapped(|ui| {
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
                    if ui
                        .button("Add a set")
                        .accessible_name(format!("{}: add a set", exercise.name))
                        .clicked()
                    {
                        let draft = self.drafts.entry(exercise.id.clone()).or_default();
                        let template = draft.sets.last().copied().unwrap_or_else(|| {
                            let prescribed = sets_to_fill(data.journal(), exercise, affected);
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
                        let side = exercise.one_sided.then(|| {
                            if draft.sets.len().is_multiple_of(2) {
                                affected
                            } else {
                                affected.other()
                            }
                        });
                        draft.sets.push(SetDraft { side, ..template });
                    }
                    if hold
                        && let Target::HoldSecs { min, .. } = level.dose.target
                        && ui
                            .button(format!("Start a {min}-second hold"))
                            .on_hover_text("Counts down the hold and logs it as a set when it ends")
                            .accessible_name(format!("{}: start a hold", exercise.name))
                            .clicked()
                    {
                        let started_at = ui.input(|i| i.time);
                        self.timer = Some(Timer {
                            label: format!("{} hold", exercise.name),
                            secs: min,
                            started_at,
                            hold_for: Some(exercise.id.clone()),
                        });
                        self.finished_timer = None;
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
                    ui.horizontal(|ui| {
                        ui.label(format!("Set {n}{side}"));
                        let name = format!("{} set {n}{side}", exercise.name);
                        if set_row_ui(
                            ui,
                            &name,
                            &format!("{}-{i}", exercise.id),
                            set,
                            exercise,
                            hold,
                            units,
                        ) {
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

    fn suggestion_ui(
        &mut self,
        ui: &mut egui::Ui,
        exercise: &Exercise,
        commands: &mut Vec<Command>,
    ) {
        let Some(suggestion) = self.cache.suggestions.get(&exercise.id).copied() else {
            return;
        };
        if self.declined.contains(&(exercise.id.clone(), suggestion)) {
            return;
        }
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(suggestion.text(exercise));
            ui.horizontal(|ui| {
                let accept = match suggestion {
                    Suggestion::NextLevel { to } => Some((format!("Move to level {to}"), to)),
                    Suggestion::LevelDown { to } => Some((format!("Go back to level {to}"), to)),
                    Suggestion::MoreLoad | Suggestion::FewerReps => None,
                };
                if let Some((text, to)) = &accept
                    && ui
                        .button(text.as_str())
                        .accessible_name(format!("{}: {}", exercise.name, text.to_lowercase()))
                        .clicked()
                {
                    commands.push(Command::Change(Change::ChangeLevel {
                        exercise_id: exercise.id.clone(),
                        to: *to,
                        at: self.now,
                    }));
                }
                let decline = if accept.is_some() { "Not yet" } else { "OK" };
                if ui
                    .button(decline)
                    .accessible_name(format!("{}: {}", exercise.name, decline.to_lowercase()))
                    .clicked()
                {
                    self.declined.push((exercise.id.clone(), suggestion));
                }
            });
        });
    }

    /// What the patient has filled in so far, exercise by exercise (an exercise with only a
    /// pain score has no sets), or the first value that is out of range.
    fn typed(&self, data: &Record, units: Units) -> Result<Vec<ExerciseLog>, String> {
        let mut exercises = Vec::new();
        for exercise in data.programme().enabled() {
            let Some(draft) = self.drafts.get(&exercise.id) else {
                continue;
            };
            if draft.sets.is_empty() && draft.pain_during.is_none() {
                continue;
            }
            let hold = is_hold(exercise);
            let sets = draft
                .sets
                .iter()
                .map(|s| s.to_log(exercise, hold, units))
                .collect::<Result<Vec<SetLog>, String>>()
                .map_err(|e| format!("{}: {e}", exercise.name))?;
            exercises.push(ExerciseLog {
                exercise_id: exercise.id.clone(),
                level: exercise.level,
                sets,
                pain_during: draft.pain_during.and_then(|p| Pain::new(i64::from(p)).ok()),
                effort: None,
                note: String::new(),
            });
        }
        Ok(exercises)
    }

    /// The session's pain and "All done as prescribed": logs the whole session at once,
    /// keeping whatever was already filled in.
    fn all_done_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Did everything as prescribed?").strong().size(19.0));
            ui.label("Give the most pain you had during the session, then log it in one go. Anything you filled in below is kept as you entered it.");
            pain_scale(ui, "Pain during the session", &mut self.session_pain);
            let button = ui
                .add(
                    egui::Button::new(RichText::new("All done as prescribed").strong())
                        .min_size(egui::vec2(220.0, 36.0)),
                )
                .on_hover_text("Log today's session: every exercise at its prescribed dose (or what you did last time), except what you filled in yourself");
            if !button.clicked() {
                return;
            }
            let given = match self.typed(data, units) {
                Ok(given) => given,
                Err(e) => {
                    self.message = Some(e);
                    return;
                }
            };
            let session_pain = self.session_pain.and_then(|p| Pain::new(i64::from(p)).ok());
            if session_pain.is_none() && given.iter().all(|g| g.pain_during.is_none()) {
                self.message = Some(
                    "Choose the pain during the session first (0 is no pain): it gives the session its traffic light.".into(),
                );
                return;
            }
            let time = now.time().with_nanosecond(0).unwrap_or(now.time());
            let mut session = as_prescribed(
                data.programme(),
                data.journal(),
                affected,
                &given,
                session_pain,
                now.date(),
                time,
            );
            session.effort = self.effort.and_then(|e| Effort::new(i64::from(e)).ok());
            self.note.trim().clone_into(&mut session.note);
            commands.push(Command::log(Entry::Session(session)));
            self.clear_form(time);
        });
    }

    fn clear_form(&mut self, time: chrono::NaiveTime) {
        self.drafts.clear();
        self.session_pain = None;
        self.effort = None;
        self.note.clear();
        self.message = Some(format!(
            "Session saved at {}. Well done.",
            time.format("%H:%M")
        ));
    }

    fn save_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        let ready = data
            .programme()
            .enabled()
            .filter(|e| self.drafts.get(&e.id).is_some_and(|d| !d.sets.is_empty()))
            .count();
        egui::CollapsingHeader::new("Effort and a note (optional)").show(ui, |ui| {
            ui.label("How hard was the session overall? (0 = rest, 10 = as hard as you could go)");
            crate::ui::widgets::zero_to_ten(ui, "Session effort", &mut self.effort);
            ui.label("Note");
            ui.add(
                egui::TextEdit::multiline(&mut self.note)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name("Session note");
        });
        let text = match ready {
            0 => "Save session".to_owned(),
            1 => "Save session (1 exercise)".to_owned(),
            n => format!("Save session ({n} exercises)"),
        };
        let button = ui
            .add_enabled(
                ready > 0,
                egui::Button::new(RichText::new(text).strong()).min_size(egui::vec2(200.0, 36.0)),
            )
            .accessible_name("Save session");
        if ready == 0 {
            ui.label(RichText::new("Fill in at least one exercise to save the session.").weak());
        }
        if !button.clicked() {
            return;
        }
        let exercises: Vec<ExerciseLog> = match self.typed(data, units) {
            Ok(given) => given
                .into_iter()
                .filter(|g| !g.sets.is_empty())
                .map(|mut g| {
                    if g.pain_during.is_none() {
                        g.pain_during =
                            self.session_pain.and_then(|p| Pain::new(i64::from(p)).ok());
                    }
                    g
                })
                .collect(),
            Err(e) => {
                self.message = Some(e);
                return;
            }
        };
        let time = now.time().with_nanosecond(0).unwrap_or(now.time());
        commands.push(Command::log(Entry::Session(Session {
            id: 0,
            date: now.date(),
            time,
            exercises,
            next_morning_pain: None,
            effort: self.effort.and_then(|e| Effort::new(i64::from(e)).ok()),
            note: self.note.trim().to_owned(),
        })));
        self.clear_form(time);
    }
}
