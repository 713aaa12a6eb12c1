//! The guided session: one exercise at a time filling the window, in type large enough to
//! read from a mat two metres away. "Set done" (or Space) puts the set in Today's form as
//! "Done as prescribed" would have, the rest counts down big, and at the end the pain during
//! the session is asked once and the session is saved as Today's "Save session" saves it:
//! the same entry, one step for undo. Ending early asks before any set done is dropped.

use super::sets::{SetDraft, is_hold};
use super::{ExerciseDraft, SaveKind, TodayScreen, session_pain};
use crate::analysis::schedule::{easier_sets, sets_to_fill};
use crate::i18n::{self, format};
use crate::model::{Exercise, Side, Units};
use crate::record::Record;
use crate::t;
use crate::ui::a11y::{Urgency, live_label};
use crate::ui::command::Command;
use crate::ui::widgets::{pain_scale, scale_id};
use chrono::NaiveDateTime;
use egui::{Key, Modifiers, RichText};
use std::collections::BTreeMap;

use crate::ui::theme::{self, size, space, text};

/// The exercise's name: about three times the body's 16 points.
const NAME_SIZE: f32 = text::GUIDED_NAME;
/// The level, the dose, the set, the cue: about twice the body's size.
const LINE_SIZE: f32 = text::GUIDED_LINE;
/// A countdown or the reps to do.
const COUNT_SIZE: f32 = text::GUIDED_COUNT;
/// The words on the buttons.
const BUTTON_SIZE: f32 = text::GUIDED_BUTTON;
/// How long the end of a rest or hold stays flashed, in seconds.
const FLASH_SECS: f64 = 4.0;

/// Where the guided session is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    /// Doing the next set of the exercise shown.
    Set,
    /// Resting after a set, since egui's clock read `from`.
    Rest { from: f64, secs: u16 },
    /// Holding, since `from`; the set is logged when it ends.
    Hold { from: f64, secs: u16 },
    /// Every exercise gone through: the pain during the session, then save.
    Pain,
}

/// What a button or key asked for this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    SetDone,
    StartHold,
    SkipRest,
    Easier,
    Skip,
    Back,
    End,
    KeepGoing,
    SaveWhatWasDone,
    Discard,
    Save,
}

/// A guided session under way.
#[derive(Debug, Clone)]
pub struct Guided {
    /// The programme's exercises, in its order.
    order: Vec<String>,
    /// Their names.
    names: Vec<String>,
    /// The exercise shown (`order.len()` once past the last).
    at: usize,
    /// Each exercise's sets as "Done as prescribed" fills them; "Set done" logs the next.
    plan: BTreeMap<String, Vec<SetDraft>>,
    /// Today's form before the session started: "Discard" puts it back.
    before: BTreeMap<String, ExerciseDraft>,
    step: Step,
    /// "End session" was pressed with sets done: the question is shown.
    asking: bool,
    /// What just ended (a rest, a hold), flashed until egui's clock passes the time given.
    flash: Option<(String, f64)>,
    /// Exercises whose sets left were made easier.
    eased: Vec<String>,
    /// The step changed: its first control takes the keyboard's focus once.
    focus: bool,
    /// Why "Save session" did not save.
    problem: Option<String>,
    /// How much larger than its least the type is: larger on a larger window, to read from
    /// further away.
    scale: f32,
}

impl Guided {
    fn new(drafts: &BTreeMap<String, ExerciseDraft>, data: &Record, affected: Side) -> Self {
        let units = data.profile().map_or(Units::Kg, |p| p.units);
        let exercises: Vec<&Exercise> = data
            .programme()
            .enabled()
            .filter(|e| e.current().is_some())
            .collect();
        let plan = exercises
            .iter()
            .map(|e| {
                let sets = sets_to_fill(data.journal(), e, affected)
                    .iter()
                    .map(|s| SetDraft::from_log(s, units))
                    .collect();
                (e.id.clone(), sets)
            })
            .collect();
        let mut guided = Self {
            order: exercises.iter().map(|e| e.id.clone()).collect(),
            names: exercises.iter().map(|e| e.name.clone()).collect(),
            at: 0,
            plan,
            before: drafts.clone(),
            step: Step::Set,
            asking: false,
            flash: None,
            eased: Vec::new(),
            focus: true,
            problem: None,
            scale: 1.0,
        };
        // Exercises already filled in on Today are gone past.
        guided.go_to(0, drafts);
        guided
    }

    /// How many sets the exercise has in the form.
    fn done(drafts: &BTreeMap<String, ExerciseDraft>, id: &str) -> usize {
        drafts.get(id).map_or(0, |d| d.sets.len())
    }

    fn planned(&self, id: &str) -> usize {
        self.plan.get(id).map_or(0, Vec::len)
    }

    /// Shows the first exercise from `from` on with sets left to do, or the pain question.
    fn go_to(&mut self, from: usize, drafts: &BTreeMap<String, ExerciseDraft>) {
        let next = (from..self.order.len()).find(|&i| {
            self.order
                .get(i)
                .is_some_and(|id| Self::done(drafts, id) < self.planned(id))
        });
        self.at = next.unwrap_or(self.order.len());
        self.step = if next.is_some() {
            Step::Set
        } else {
            Step::Pain
        };
        self.focus = true;
    }

    /// The number of the set to do next of the exercise shown, and of its sets.
    fn set_numbers(&self, drafts: &BTreeMap<String, ExerciseDraft>) -> Option<(usize, usize)> {
        let id = self.order.get(self.at)?;
        let done = Self::done(drafts, id);
        Some((done + 1, self.planned(id).max(done + 1)))
    }

    /// "Set 2 of 3" for the exercise shown.
    fn set_words(&self, drafts: &BTreeMap<String, ExerciseDraft>) -> Option<String> {
        let (set, sets) = self.set_numbers(drafts)?;
        Some(t!("today-guided-set", set = set, sets = sets))
    }

    /// The next set the exercise shown is to do.
    fn next_set(&self, drafts: &BTreeMap<String, ExerciseDraft>) -> Option<SetDraft> {
        let id = self.order.get(self.at)?;
        let plan = self.plan.get(id)?;
        plan.get(Self::done(drafts, id))
            .or_else(|| plan.last())
            .copied()
    }

    /// "Hip thrust, set 2 of 3" for the exercise shown.
    fn name_and_set(&self, drafts: &BTreeMap<String, ExerciseDraft>) -> Option<String> {
        let (set, sets) = self.set_numbers(drafts)?;
        let name = self.names.get(self.at)?;
        Some(t!(
            "today-guided-name-and-set",
            name = name.as_str(),
            set = set,
            sets = sets
        ))
    }

    fn exercise<'a>(&self, data: &'a Record) -> Option<&'a Exercise> {
        self.order
            .get(self.at)
            .and_then(|id| data.programme().exercise(id))
    }
}

impl TodayScreen {
    /// Whether the guided session fills the window.
    #[must_use]
    pub fn is_guided(&self) -> bool {
        self.guided.is_some()
    }

    /// Opens the guided session on the next frame Today is drawn.
    pub fn start_guided(&mut self) {
        self.start_guided = true;
    }

    /// Starts the guided session when asked, and draws it; false when it is not shown.
    #[expect(
        clippy::too_many_arguments,
        reason = "the save needs what the form needs"
    )]
    pub(super) fn guided_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        can_write: bool,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) -> bool {
        if std::mem::take(&mut self.start_guided) && can_write && self.guided.is_none() {
            self.guided = Some(Guided::new(&self.drafts, data, affected));
        }
        if !can_write {
            self.guided = None;
        }
        let Some(mut guided) = self.guided.take() else {
            return false;
        };
        let time = ui.input(|i| i.time);
        guided.scale = (ui.ctx().content_rect().height() / 640.0).clamp(1.0, 1.5);
        let ended = self.guided_tick(&mut guided, ui.ctx(), time);
        if ended.is_some() && data.settings().sound {
            self.sound.chime();
        }
        let mut actions = ended.unwrap_or_default();
        actions.extend(guided_keys(ui, &guided));
        ui.scope(|ui| {
            big_style(ui.style_mut(), guided.scale);
            egui::Panel::bottom("guided_buttons")
                .show_separator_line(true)
                .show(ui, |ui| {
                    ui.add_space(space::S);
                    guided_buttons(ui, &mut guided, data, &mut actions);
                    ui.add_space(space::S);
                });
            egui::CentralPanel::default().show(ui, |ui| {
                self.guided_content(ui, &mut guided, data, time, &mut actions);
            });
        });
        let mut keep = true;
        for action in actions {
            keep &= self.guided_act(
                action,
                &mut guided,
                data,
                now,
                time,
                affected,
                units,
                commands,
            );
        }
        if keep {
            self.guided = Some(guided);
        }
        true
    }

    /// Moves the rest or hold on; a hold that ended is a set done. `Some` when a rest or a
    /// hold ended this frame.
    fn guided_tick(
        &self,
        guided: &mut Guided,
        ctx: &egui::Context,
        time: f64,
    ) -> Option<Vec<Action>> {
        if guided
            .flash
            .as_ref()
            .is_some_and(|(_, until)| time > *until)
        {
            guided.flash = None;
        }
        match guided.step {
            Step::Rest { from, secs } | Step::Hold { from, secs }
                if time - from < f64::from(secs) =>
            {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                None
            }
            Step::Rest { .. } => {
                let words = guided.name_and_set(&self.drafts).map_or_else(
                    || t!("today-guided-rest-over"),
                    |next| t!("today-guided-rest-over-next", next = next),
                );
                guided.flash = Some((words, time + FLASH_SECS));
                guided.step = Step::Set;
                guided.focus = true;
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(FLASH_SECS));
                Some(Vec::new())
            }
            Step::Hold { .. } => {
                guided.flash = Some((t!("today-guided-hold-over"), time + FLASH_SECS));
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(FLASH_SECS));
                Some(vec![Action::SetDone])
            }
            Step::Set | Step::Pain => None,
        }
    }

    /// Carries out one action; false when the guided session closes.
    #[expect(
        clippy::too_many_arguments,
        reason = "the save needs what the form needs"
    )]
    fn guided_act(
        &mut self,
        action: Action,
        guided: &mut Guided,
        data: &Record,
        now: NaiveDateTime,
        time: f64,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) -> bool {
        match action {
            Action::SetDone => self.guided_set_done(guided, time),
            Action::StartHold => {
                if let Some(set) = guided.next_set(&self.drafts) {
                    guided.step = Step::Hold {
                        from: time,
                        secs: set.amount,
                    };
                    guided.focus = true;
                }
            }
            Action::SkipRest => {
                guided.step = Step::Set;
                guided.focus = true;
            }
            Action::Easier => self.guided_easier(guided, data, affected, units),
            Action::Skip => guided.go_to(guided.at + 1, &self.drafts),
            Action::Back => {
                guided.at = guided.at.min(guided.order.len()).saturating_sub(1);
                guided.step = Step::Set;
                guided.focus = true;
            }
            Action::End => {
                if self.drafts == guided.before {
                    return false;
                }
                guided.asking = true;
                guided.focus = true;
            }
            Action::KeepGoing => {
                guided.asking = false;
                guided.focus = true;
            }
            Action::SaveWhatWasDone => {
                guided.asking = false;
                guided.at = guided.order.len();
                guided.step = Step::Pain;
                guided.focus = true;
            }
            Action::Discard => {
                self.drafts = guided.before.clone();
                return false;
            }
            Action::Save => return !self.guided_save(guided, data, now, affected, units, commands),
        }
        true
    }

    /// Puts the next set in the form, as "Done as prescribed" fills it, and moves on: to a
    /// rest, or after the last set to the pain question.
    fn guided_set_done(&mut self, guided: &mut Guided, time: f64) {
        let Some(set) = guided.next_set(&self.drafts) else {
            return;
        };
        let Some(id) = guided.order.get(guided.at).cloned() else {
            return;
        };
        let draft = self.drafts.entry(id.clone()).or_default();
        draft.sets.push(set);
        let done = draft.sets.len();
        self.problem = None;
        if done >= guided.planned(&id) {
            guided.go_to(guided.at + 1, &self.drafts);
        }
        if guided.step != Step::Pain {
            guided.step = Step::Rest {
                from: time,
                secs: self.timer.rest_secs(),
            };
            guided.focus = true;
        }
    }

    /// The sets left of the exercise shown, a quarter fewer reps or a shorter hold: the
    /// easier dose Today offers after a red session.
    fn guided_easier(&self, guided: &mut Guided, data: &Record, affected: Side, units: Units) {
        let Some(exercise) = guided.exercise(data) else {
            return;
        };
        let done = Guided::done(&self.drafts, &exercise.id);
        let easier: Vec<SetDraft> = easier_sets(data.journal(), exercise, affected)
            .iter()
            .map(|s| SetDraft::from_log(s, units))
            .collect();
        if let Some(plan) = guided.plan.get_mut(&exercise.id) {
            for (i, set) in plan.iter_mut().enumerate().skip(done) {
                if let Some(e) = easier.get(i) {
                    *set = *e;
                }
            }
        }
        guided.eased.push(exercise.id.clone());
    }

    /// Saves the session as Today's "Save session" does; true when it was saved, or when
    /// Today's form has a question of its own to ask first (the guided session gives way).
    fn guided_save(
        &mut self,
        guided: &mut Guided,
        data: &Record,
        now: NaiveDateTime,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) -> bool {
        if self.session_pain.is_none() {
            guided.problem = Some(t!("today-guided-pain-first"));
            return false;
        }
        self.held_back = None;
        self.try_save(
            SaveKind::Filled,
            false,
            data,
            now,
            affected,
            units,
            commands,
        );
        if self.held_back.is_some() {
            return true;
        }
        match self.problem.take() {
            Some((_, problem)) => {
                guided.problem = Some(problem);
                false
            }
            None => true,
        }
    }
}

/// The buttons along the bottom: the primary one first and largest.
fn guided_buttons(
    ui: &mut egui::Ui,
    guided: &mut Guided,
    data: &Record,
    actions: &mut Vec<Action>,
) {
    if guided.asking {
        return;
    }
    // The pain question takes the focus itself.
    let focus = guided.step != Step::Pain && std::mem::take(&mut guided.focus);
    ui.horizontal_wrapped(|ui| {
        let primary = match guided.step {
            Step::Set | Step::Hold { .. } => Some((
                t!("today-guided-set-done"),
                t!("today-guided-set-done-hover"),
                Action::SetDone,
            )),
            Step::Rest { .. } => Some((
                t!("today-guided-skip-rest"),
                t!("today-guided-skip-rest-hover"),
                Action::SkipRest,
            )),
            Step::Pain => None,
        };
        if let Some((text, hover, action)) = primary {
            let button = primary_button(ui, &text, guided.scale).on_hover_text(hover);
            if focus {
                button.request_focus();
            }
            if button.clicked() {
                actions.push(action);
            }
        }
        let hold = guided.exercise(data).is_some_and(is_hold);
        if guided.step == Step::Set && hold && ui.button(t!("today-guided-time-hold")).clicked() {
            actions.push(Action::StartHold);
        }
        let id = guided.order.get(guided.at);
        let can_ease = guided.step == Step::Set && id.is_some_and(|id| !guided.eased.contains(id));
        if can_ease
            && ui
                .button(t!("today-guided-easier"))
                .on_hover_text(t!("today-guided-easier-hover"))
                .clicked()
        {
            actions.push(Action::Easier);
        }
        if !matches!(guided.step, Step::Pain)
            && ui.button(t!("today-guided-skip-exercise")).clicked()
        {
            actions.push(Action::Skip);
        }
        let back = ui.add_enabled(guided.at > 0, egui::Button::new(t!("today-guided-back")));
        if back.on_hover_text(t!("today-guided-back-hover")).clicked() {
            actions.push(Action::Back);
        }
        if ui
            .button(t!("today-guided-end"))
            .on_hover_text(t!("today-guided-end-hover"))
            .clicked()
        {
            actions.push(Action::End);
        }
    });
}

impl TodayScreen {
    /// The middle of the window: the question before ending, the exercise, the rest or the
    /// pain, with what just ended flashed above.
    fn guided_content(
        &mut self,
        ui: &mut egui::Ui,
        guided: &mut Guided,
        data: &Record,
        time: f64,
        actions: &mut Vec<Action>,
    ) {
        if guided.asking {
            self.guided_ask_ui(ui, guided, actions);
            return;
        }
        if let Some((text, _)) = &guided.flash {
            // What just ended, in the card of good news: the tone's bar and words in its
            // colour on the card, as Today's summary shows a session saved.
            let colour = theme::ok_colour(ui.visuals().dark_mode);
            theme::tone_card(ui, theme::Tone::Good, |ui| {
                ui.set_width(ui.available_width());
                ui.push_id(("guided_flash", text.as_str()), |ui| {
                    live_label(
                        ui,
                        RichText::new(text)
                            .size(guided.scale * LINE_SIZE)
                            .strong()
                            .color(colour),
                        Urgency::Polite,
                    );
                });
            });
        }
        match guided.step {
            Step::Set => self.guided_exercise_ui(ui, guided, data, None),
            Step::Hold { from, secs } => {
                let left = countdown_left(time, from, secs);
                self.guided_exercise_ui(ui, guided, data, Some((left, secs)));
            }
            Step::Rest { from, secs } => self.guided_rest_ui(ui, guided, time, from, secs),
            Step::Pain => self.guided_pain_ui(ui, guided, actions),
        }
    }

    /// One exercise: its name, level and dose, the picture large, the set and its target,
    /// the cue; with `hold`, the seconds left of a hold and its length.
    fn guided_exercise_ui(
        &self,
        ui: &mut egui::Ui,
        guided: &Guided,
        data: &Record,
        hold: Option<(f64, u16)>,
    ) {
        let Some(exercise) = guided.exercise(data) else {
            return;
        };
        let Some(level) = exercise.current() else {
            return;
        };
        let set = guided.next_set(&self.drafts);
        ui.push_id(("guided_name", guided.at), |ui| {
            live_label(
                ui,
                RichText::new(&exercise.name)
                    .size(guided.scale * NAME_SIZE)
                    .strong(),
                Urgency::Polite,
            );
        });
        ui.label(
            RichText::new(format!(
                "{} · {}",
                super::level_words(exercise, level),
                super::dose_words(exercise, level)
            ))
            .size(guided.scale * LINE_SIZE * 0.8),
        );
        let side = set.and_then(|s| s.side);
        let square = (ui.available_height() - 8.0)
            .min(ui.available_width() * 0.45)
            .max(80.0);
        let affected = data.profile().map_or(Side::Left, |p| p.affected_side);
        ui.horizontal_top(|ui| {
            crate::ui::picture::exercise(
                ui,
                exercise,
                exercise.level,
                side.unwrap_or(affected),
                square,
            );
            ui.vertical(|ui| {
                if let Some(words) = guided.set_words(&self.drafts) {
                    let done = Guided::done(&self.drafts, &exercise.id);
                    ui.push_id(("guided_set", guided.at, done), |ui| {
                        live_label(
                            ui,
                            RichText::new(words).size(guided.scale * LINE_SIZE).strong(),
                            Urgency::Polite,
                        );
                    });
                }
                let target = match (hold, set) {
                    (Some((left, _)), _) => seconds_words(left),
                    (None, Some(set)) if is_hold(exercise) => t!(
                        "today-guided-hold-secs",
                        secs = format::count(i18n::language(), i64::from(set.amount))
                    ),
                    (None, Some(set)) => t!(
                        "today-guided-reps",
                        count = set.amount,
                        count_text = format::count(i18n::language(), i64::from(set.amount))
                    ),
                    (None, None) => String::new(),
                };
                ui.label(
                    RichText::new(target)
                        .size(guided.scale * COUNT_SIZE)
                        .strong(),
                );
                if let Some(side) = side {
                    ui.label(
                        RichText::new(match side {
                            Side::Left => t!("today-guided-left-side"),
                            Side::Right => t!("today-guided-right-side"),
                        })
                        .size(guided.scale * LINE_SIZE),
                    );
                }
                if guided.eased.contains(&exercise.id) {
                    ui.label(
                        RichText::new(t!("today-guided-easier-dose"))
                            .size(guided.scale * LINE_SIZE * 0.8)
                            .weak(),
                    );
                }
                ui.label(
                    RichText::new(&level.cue)
                        .size(guided.scale * LINE_SIZE * 0.8)
                        .italics(),
                );
            });
        });
    }

    /// The rest: the seconds left, big, and what comes next.
    fn guided_rest_ui(&self, ui: &mut egui::Ui, guided: &Guided, time: f64, from: f64, secs: u16) {
        let left = countdown_left(time, from, secs);
        // Centred, a little down from the top: read from across the room on a wide screen.
        ui.vertical_centered(|ui| {
            ui.add_space((ui.available_height() * 0.08).min(60.0));
            ui.push_id(("guided_rest", from.to_bits()), |ui| {
                live_label(
                    ui,
                    RichText::new(t!("today-guided-rest"))
                        .size(guided.scale * NAME_SIZE)
                        .strong(),
                    Urgency::Polite,
                );
            });
            ui.label(
                RichText::new(seconds_words(left))
                    .size(guided.scale * COUNT_SIZE * 1.5)
                    .strong(),
            );
            let fraction = (left / f64::from(secs.max(1))).clamp(0.0, 1.0);
            #[expect(clippy::cast_possible_truncation, reason = "a fraction from 0 to 1")]
            let bar = ui.add(
                egui::ProgressBar::new(1.0 - fraction as f32)
                    .desired_width(ui.available_width().min(600.0))
                    .desired_height(18.0),
            );
            crate::ui::a11y::progress(
                &bar,
                &t!("today-guided-rest-time-gone"),
                (f64::from(secs) - left).max(0.0),
                f64::from(secs),
            );
            if let Some(next) = guided.name_and_set(&self.drafts) {
                ui.label(
                    RichText::new(t!("today-guided-next", next = next))
                        .size(guided.scale * LINE_SIZE),
                );
            }
        });
    }

    /// The end: the pain during the session, asked once, then "Save session".
    fn guided_pain_ui(
        &mut self,
        ui: &mut egui::Ui,
        guided: &mut Guided,
        actions: &mut Vec<Action>,
    ) {
        let sets: usize = self.drafts.values().map(|d| d.sets.len()).sum();
        let exercises = self.drafts.values().filter(|d| !d.sets.is_empty()).count();
        live_label(
            ui,
            RichText::new(t!("today-guided-session-done"))
                .size(guided.scale * NAME_SIZE)
                .strong(),
            Urgency::Polite,
        );
        ui.label(
            RichText::new(t!(
                "today-guided-done-counts",
                exercises = exercises,
                sets = sets
            ))
            .size(guided.scale * LINE_SIZE * 0.8),
        );
        ui.label(RichText::new(t!("today-guided-pain-question")).size(guided.scale * LINE_SIZE));
        if std::mem::take(&mut guided.focus) {
            ui.memory_mut(|m| m.request_focus(scale_id(&session_pain())));
        }
        pain_scale(ui, &session_pain(), &mut self.session_pain);
        let save = primary_button(ui, &t!("today-save"), guided.scale);
        if save.clicked() {
            actions.push(Action::Save);
        }
        if let Some(problem) = &guided.problem {
            live_label(
                ui,
                RichText::new(problem)
                    .size(guided.scale * LINE_SIZE * 0.8)
                    .color(theme::warning_colour(ui.visuals().dark_mode)),
                Urgency::Assertive,
            );
        }
    }

    /// "End session" with sets done: keep going, save them, or drop them.
    fn guided_ask_ui(&self, ui: &mut egui::Ui, guided: &mut Guided, actions: &mut Vec<Action>) {
        let sets: usize = self
            .drafts
            .iter()
            .map(|(id, d)| {
                d.sets
                    .len()
                    .saturating_sub(guided.before.get(id).map_or(0, |b| b.sets.len()))
            })
            .sum();
        live_label(
            ui,
            RichText::new(t!("today-guided-end-question", count = sets))
                .size(guided.scale * LINE_SIZE)
                .strong(),
            Urgency::Assertive,
        );
        ui.label(RichText::new(t!("today-guided-end-hint")).size(guided.scale * LINE_SIZE * 0.8));
        ui.horizontal_wrapped(|ui| {
            let keep = ui.button(RichText::new(t!("today-guided-keep-going")).strong());
            if std::mem::take(&mut guided.focus) {
                keep.request_focus();
            }
            if keep.clicked() {
                actions.push(Action::KeepGoing);
            }
            if ui.button(t!("today-guided-save-what-i-did")).clicked() {
                actions.push(Action::SaveWhatWasDone);
            }
            if ui
                .button(t!("today-guided-discard"))
                .on_hover_text(t!("today-guided-discard-hover"))
                .clicked()
            {
                actions.push(Action::Discard);
            }
        });
    }
}

/// The keys of the guided session: Space for its main button, Escape to end.
fn guided_keys(ui: &egui::Ui, guided: &Guided) -> Vec<Action> {
    ui.input_mut(|input| {
        let mut actions = Vec::new();
        if input.consume_key(Modifiers::NONE, Key::Escape) {
            actions.push(if guided.asking {
                Action::KeepGoing
            } else {
                Action::End
            });
        }
        if !guided.asking
            && guided.step != Step::Pain
            && input.consume_key(Modifiers::NONE, Key::Space)
        {
            actions.push(match guided.step {
                Step::Rest { .. } => Action::SkipRest,
                _ => Action::SetDone,
            });
        }
        actions
    })
}

/// The largest button, in the accent colour: the one thing to press next.
fn primary_button(ui: &mut egui::Ui, words: &str, scale: f32) -> egui::Response {
    let button = theme::primary_button(ui, words).min_size(size::GUIDED_PRIMARY_BUTTON * scale);
    ui.add(button)
}

/// Whole seconds left, large: "45 s".
fn seconds_words(left: f64) -> String {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "whole seconds of a short countdown"
    )]
    let secs = left as i64;
    t!(
        "today-guided-seconds",
        secs = format::count(i18n::language(), secs)
    )
}

/// Seconds left of a countdown, whole seconds up.
fn countdown_left(time: f64, from: f64, secs: u16) -> f64 {
    (f64::from(secs) - (time - from)).max(0.0).ceil()
}

/// Larger type and controls for the guided session.
fn big_style(style: &mut egui::Style, scale: f32) {
    for (text_style, font) in &mut style.text_styles {
        if matches!(text_style, egui::TextStyle::Button | egui::TextStyle::Body) {
            font.size = BUTTON_SIZE * scale;
        }
    }
    style.spacing.button_padding = egui::vec2(space::XL - space::XS, space::M);
    style.spacing.interact_size.y = size::GUIDED_CONTROL_HEIGHT * scale;
    style.spacing.item_spacing = egui::vec2(space::M, space::M);
}
