//! Today: the session due, each exercise at its level with its dose and what was done last
//! time, logging it set by set or all at once, the rest and hold timer pinned to the bottom,
//! and once the session is saved, a short summary in place of the form.

mod first;
pub(crate) use first::weekday_short;
mod guided;
pub mod sets;
mod summary;
pub mod timer;

use crate::analysis::escalation::StatusUrgency;
use crate::analysis::schedule::{as_prescribed, describe_sets, easier_sets, sets_to_fill};
use crate::analysis::suggestions::{Suggestion, suggest};
use crate::analysis::traffic_light::SessionLight;
use crate::analysis::{Progress, Status};
use crate::i18n::{self, format};
use crate::model::{
    Effort, Entry, EntryId, EventKind, Exercise, ExerciseLog, Pain, Session, SetLog, Side, Target,
    Units,
};
use crate::record::{Change, Record};
use crate::t;
use crate::ui::assessment::Assessment;
use crate::ui::command::{Command, UiCommand};
use crate::ui::theme;
use crate::ui::widgets::{keep_focus_in_view, light_badge, pain_scale, scale_id};
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use egui::RichText;
use sets::{SetDraft, default_band, is_hold, set_row_ui};
use std::collections::BTreeMap;
use timer::{Ended, TimerBar};

/// The name of the session's pain row (its buttons are "{name}: 3"), in the current
/// language.
#[must_use]
pub fn session_pain() -> String {
    t!("today-session-pain")
}

/// The narrowest an exercise card gets before the cards go into one column.
const CARD_MIN_WIDTH: f32 = theme::size::CARD_MIN_WIDTH;
/// From this window width on, this week's card sits beside the session rather than above it.
const WIDE_MIN_WIDTH: f32 = theme::size::WIDE_MIN_WIDTH;
/// The width of this week's card beside the session.
const WEEK_CARD_WIDTH: f32 = theme::size::SIDE_CARD_WIDTH;

/// One exercise being entered.
#[derive(Debug, Clone, Default, PartialEq)]
struct ExerciseDraft {
    sets: Vec<SetDraft>,
    pain_during: Option<u8>,
}

/// The last time an exercise was done, for its card.
#[derive(Debug, Clone)]
struct LastTime {
    date: NaiveDate,
    level: u8,
    sets: String,
    pain: Option<Pain>,
    light: Option<SessionLight>,
}

/// What the screen shows that depends on the whole journal; rebuilt only when it changes.
#[derive(Debug, Default)]
struct Cache {
    /// The record's version, the analysis's generation and the day it was built for.
    key: Option<(u64, u64, NaiveDate, crate::i18n::Lang)>,
    /// Today's sessions, newest last.
    today: Vec<Session>,
    today_light: Option<SessionLight>,
    suggestions: BTreeMap<String, Suggestion>,
    last_time: BTreeMap<String, LastTime>,
    /// The newest session, when its light is red: the easier dose is offered once for it.
    red_session: Option<EntryId>,
    done_this_week: usize,
    /// The days of the programme week, each with whether a session was logged on it.
    week_days: Vec<(NaiveDate, bool)>,
    recent_injection: Option<NaiveDate>,
    injections_last_year: usize,
    /// The status, when a warning sign or worsening pain puts it above the plan.
    alert: Option<Status>,
}

/// Which button asked to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SaveKind {
    /// "All done as prescribed": every exercise.
    AllDone,
    /// "Save session": the exercises filled in.
    Filled,
}

/// A save held back until the patient says: exercises without a pain score, or (with
/// `without_sets`) pain scores given for exercises with no sets, which a session cannot keep.
#[derive(Debug, Clone)]
struct HeldBack {
    kind: SaveKind,
    /// The exercises' ids and names.
    names: Vec<(String, String)>,
    /// Pain scores given for exercises with no sets, rather than exercises without a score.
    without_sets: bool,
    /// Just asked: the question is scrolled into view once.
    show: bool,
}

/// What one button changes in the form, for undo and redo.
#[derive(Debug, Clone, Default, PartialEq)]
struct FormState {
    drafts: BTreeMap<String, ExerciseDraft>,
    eased: Vec<EntryId>,
    eased_note: Option<String>,
}

/// A change to the form made by one button ("Use the easier dose", "Reset to prescribed",
/// a set removed): Ctrl+Z takes it back before anything saved earlier.
#[derive(Debug, Clone)]
struct FormStep {
    /// In a few words, for "Undone: …".
    what: String,
    before: FormState,
    after: FormState,
    /// The same button changed the record too (levels down): undone and redone with it.
    with_record: bool,
}

/// The Today screen's state: the session being entered.
#[derive(Debug, Default)]
pub struct TodayScreen {
    /// Form changes made by buttons, the newest last, and those undone.
    form_undo: Vec<FormStep>,
    form_redo: Vec<FormStep>,
    drafts: BTreeMap<String, ExerciseDraft>,
    /// Pain during the session, for every exercise not given its own.
    session_pain: Option<u8>,
    effort: Option<u8>,
    note: String,
    /// Why the last press did not save, shown beside the button pressed.
    problem: Option<(SaveKind, String)>,
    held_back: Option<HeldBack>,
    /// Exercises whose pain score, given without sets, the patient agreed to leave out.
    leave_out: Vec<String>,
    timer: TimerBar,
    /// The chime at the end of a rest or a hold.
    sound: crate::desktop::sound::Sound,
    declined: Vec<(String, Suggestion)>,
    /// Red sessions whose easier dose was taken or turned down.
    eased: Vec<EntryId>,
    eased_note: Option<String>,
    /// The patient asked to log another session today: the form shows under the summary.
    another: bool,
    /// Saved from this screen at this time: the summary says so.
    just_saved: Option<NaiveTime>,
    /// Scroll to the top on the next frame, where the summary is.
    to_top: bool,
    /// Give the summary's heading the keyboard's focus once it shows: the form that had
    /// it is gone, and the heading says what happened.
    focus_summary: bool,
    /// The pass this screen was last drawn in, to tell when it is shown again.
    last_pass: Option<u64>,
    /// Until this pass, the focus given when the screen opens does not scroll it.
    quiet_focus_until: u64,
    /// The red session whose easier dose was given the keyboard focus.
    ease_focused: Option<EntryId>,
    /// egui's clock at this frame, which the timer counts in.
    clock_secs: f64,
    cache: Cache,
    /// The time of the frame being drawn.
    now: NaiveDateTime,
    /// The guided session, when it fills the window.
    guided: Option<guided::Guided>,
    /// "Start the session" was asked for: the guided session opens on the next frame.
    start_guided: bool,
    /// "Go to saving" was pressed: the save button is scrolled to and given the focus.
    to_save: bool,
}

impl TodayScreen {
    /// Plays the chime with `sound` (the app gives its own; tests one that counts).
    pub fn set_sound(&mut self, sound: crate::desktop::sound::Sound) {
        self.sound = sound;
    }

    /// The chime, for Settings to say why it is not heard.
    #[must_use]
    pub fn sound(&self) -> &crate::desktop::sound::Sound {
        &self.sound
    }

    /// What is typed and not saved yet, in a few words for the status bar; `None` when the
    /// form is empty.
    #[must_use]
    pub fn unsaved(&self) -> Option<String> {
        let exercises = self.drafts.values().filter(|d| !d.sets.is_empty()).count();
        // A pain score without sets is not an exercise filled in: saving would ask about it.
        let pain_only = self
            .drafts
            .values()
            .filter(|d| d.sets.is_empty() && d.pain_during.is_some())
            .count();
        if exercises > 0 || pain_only > 0 {
            let mut parts = Vec::new();
            if exercises > 0 {
                parts.push(t!("today-unsaved-filled", count = exercises));
            }
            if pain_only > 0 {
                parts.push(t!("today-unsaved-pain-only", count = pain_only));
            }
            Some(t!("today-unsaved-parts", parts = parts.join("; ")))
        } else if self.session_pain.is_some() || self.effort.is_some() || !self.note.is_empty() {
            Some(t!("today-unsaved"))
        } else {
            None
        }
    }

    fn form_state(&self) -> FormState {
        FormState {
            drafts: self.drafts.clone(),
            eased: self.eased.clone(),
            eased_note: self.eased_note.clone(),
        }
    }

    fn put_form_state(&mut self, state: FormState) {
        self.drafts = state.drafts;
        self.eased = state.eased;
        self.eased_note = state.eased_note;
        self.problem = None;
    }

    /// Keeps what a button just changed in the form as a step Ctrl+Z takes back, and tells
    /// the app (with the change to the record the button made, if any).
    fn form_step(
        &mut self,
        what: String,
        before: FormState,
        change: Option<Change>,
        commands: &mut Vec<Command>,
    ) {
        let after = self.form_state();
        if after == before && change.is_none() {
            return;
        }
        self.form_undo.push(FormStep {
            what: what.clone(),
            before,
            after,
            with_record: change.is_some(),
        });
        self.form_redo.clear();
        commands.push(Command::FormEdit { what, change });
    }

    /// The record refused the change the last form step made with it: it is the form's
    /// alone.
    pub fn form_step_without_record(&mut self) {
        if let Some(step) = self.form_undo.last_mut() {
            step.with_record = false;
        }
    }

    /// Whether a change made by a button to the form can be taken back.
    #[must_use]
    pub fn can_undo_form(&self) -> bool {
        !self.form_undo.is_empty()
    }

    /// What the next form undo and redo act on, in a few words.
    #[must_use]
    pub fn next_form_steps(&self) -> (Option<&str>, Option<&str>) {
        (
            self.form_undo.last().map(|s| s.what.as_str()),
            self.form_redo.last().map(|s| s.what.as_str()),
        )
    }

    /// Takes back the last change a button made to the form: what it was, and whether the
    /// record's last change goes with it.
    pub fn undo_form(&mut self) -> Option<(String, bool)> {
        let step = self.form_undo.pop()?;
        self.put_form_state(step.before.clone());
        let done = (step.what.clone(), step.with_record);
        self.form_redo.push(step);
        Some(done)
    }

    /// Makes again the last form change undone.
    pub fn redo_form(&mut self) -> Option<(String, bool)> {
        let step = self.form_redo.pop()?;
        self.put_form_state(step.after.clone());
        let done = (step.what.clone(), step.with_record);
        self.form_undo.push(step);
        Some(done)
    }

    /// A change to the record was made: what was undone in the form is not redone.
    pub fn forget_form_redo(&mut self) {
        self.form_redo.clear();
    }

    fn refresh(
        &mut self,
        record: &Record,
        progress: Option<&Progress>,
        generation: u64,
        today: NaiveDate,
    ) {
        let lang = crate::i18n::language();
        let key = (record.version(), generation, today, lang);
        if self.cache.key == Some(key) {
            return;
        }
        let journal = record.journal();
        let lights = progress.map(|p| &p.lights);
        let light_of = |id: EntryId| lights.and_then(|l| l.get(id)).copied();
        let todays: Vec<Session> = journal
            .month(crate::model::YearMonth::of(today))
            .map(|m| {
                m.sessions
                    .iter()
                    .filter(|s| s.date == today)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let today_light = todays.last().and_then(|s| light_of(s.id));
        let suggestions = lights.map_or_else(BTreeMap::new, |lights| {
            record
                .programme()
                .enabled()
                .filter_map(|e| {
                    suggest(journal, e, lights, &record.programme().pain_bands)
                        .map(|s| (e.id.clone(), s))
                })
                .collect()
        });
        let units = record.profile().map_or(Units::Kg, |p| p.units);
        let last_time = record
            .programme()
            .enabled()
            .filter_map(|exercise| {
                journal.sessions().rev().find_map(|s| {
                    let log = s
                        .exercises
                        .iter()
                        .find(|e| e.exercise_id == exercise.id && !e.sets.is_empty())?;
                    Some((
                        exercise.id.clone(),
                        LastTime {
                            date: s.date,
                            level: log.level,
                            sets: describe_sets(lang, &log.sets, units),
                            pain: log.pain_during,
                            light: light_of(s.id),
                        },
                    ))
                })
            })
            .collect();
        let red_session = journal.sessions().next_back().and_then(|s| {
            (light_of(s.id).map(|l| l.light) == Some(crate::analysis::Light::Red)).then_some(s.id)
        });
        let week_days = record.profile().map_or_else(Vec::new, |profile| {
            crate::analysis::adherence::this_week_days(journal, profile.start_date, today)
        });
        let done_this_week = record.profile().map_or(0, |profile| {
            let done =
                crate::analysis::adherence::done_this_week(journal, profile.start_date, today);
            usize::try_from(done).unwrap_or(usize::MAX)
        });
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
        let alert = progress.and_then(|p| {
            let status = p.status();
            status.status.urgency().is_urgent().then(|| status.clone())
        });
        // Its reasons worded once, not in every frame.
        let alert = alert.map(|status| crate::analysis::reasons::worded(lang, &status));
        self.cache = Cache {
            key: Some(key),
            today: todays,
            today_light,
            suggestions,
            last_time,
            red_session,
            done_this_week,
            week_days,
            recent_injection,
            injections_last_year: injections.len(),
            alert,
        };
    }

    /// Draws the screen; `assessment` holds the analysis as of today, once it is worked out.
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
        self.clock_secs = ui.input(|i| i.time);
        self.refresh(data, assessment.progress(), assessment.generation(), today);
        if let Some(ended) = self.timer.tick(ui.ctx()) {
            if data.settings().sound {
                self.sound.chime();
            }
            self.timer_ended(ended, data, profile.affected_side);
        }
        let pass = ui.ctx().cumulative_pass_nr();
        let shown_again = self.last_pass.is_none_or(|last| pass > last + 1);
        self.last_pass = Some(pass);
        if shown_again {
            // Shown again, the screen opens at its top, the date in view, and the focus put
            // on the first question does not scroll it away.
            self.to_top = true;
            self.quiet_focus_until = pass + 3;
        }

        if self.guided_ui(
            ui,
            data,
            now,
            can_write,
            profile.affected_side,
            profile.units,
            commands,
        ) {
            return;
        }
        if can_write {
            egui::Panel::bottom("today_timer")
                .show_separator_line(true)
                .show(ui, |ui| self.timer.ui(ui));
        }
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("today")
            .auto_shrink([false, false]);
        if std::mem::take(&mut self.to_top) {
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        scroll.show(ui, |ui| {
            Self::header_ui(ui, data, today);
            self.notices_ui(ui);
            ui.add_space(theme::space::S);
            let wide = ui.ctx().content_rect().width() >= WIDE_MIN_WIDTH;
            if wide {
                // The session on the left, this week beside it, both from the top.
                let gap = theme::SECTION_GAP;
                let left = (ui.available_width() - WEEK_CARD_WIDTH - gap).max(CARD_MIN_WIDTH);
                ui.horizontal_top(|ui| {
                    ui.spacing_mut().item_spacing.x = gap;
                    ui.allocate_ui_with_layout(
                        egui::vec2(left, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(left);
                            self.session_ui(ui, data, now, can_write, shown_again, false, commands);
                        },
                    );
                    ui.allocate_ui_with_layout(
                        egui::vec2(WEEK_CARD_WIDTH, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(WEEK_CARD_WIDTH);
                            self.week_ui(ui, data, today, false);
                        },
                    );
                });
            } else {
                self.session_ui(ui, data, now, can_write, shown_again, true, commands);
            }
            if pass > self.quiet_focus_until {
                keep_focus_in_view(ui);
            }
        });
    }

    /// The session: the first thing to do (or the summary of the session done), then the
    /// offer of an easier dose, "Did everything as prescribed?", the exercises and saving.
    /// With `week_here`, this week's card comes after the first card.
    #[expect(
        clippy::too_many_arguments,
        reason = "what the screen was given, passed on to its main column"
    )]
    fn session_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        can_write: bool,
        shown_again: bool,
        week_here: bool,
        commands: &mut Vec<Command>,
    ) {
        let Some(profile) = data.profile() else {
            return;
        };
        let today = now.date();
        let (affected, units) = (profile.affected_side, profile.units);
        ui.add_enabled_ui(can_write, |ui| {
            let done_today = !self.cache.today.is_empty();
            if done_today {
                self.summary_ui(ui, data, today, commands);
            }
            if done_today && !self.another {
                if week_here {
                    self.week_ui(ui, data, today, true);
                }
                return;
            }
            self.first_thing_ui(ui, data, today, affected, units);
            if week_here {
                self.week_ui(ui, data, today, true);
                ui.add_space(theme::SECTION_GAP);
            }
            let ease = self.ease_off_ui(ui, data, affected, units, commands);
            self.all_done_ui(ui, data, now, affected, units, commands);
            if shown_again && can_write && ui.memory(|m| m.focused().is_none()) {
                // The keyboard starts on the session's pain: a number, then Enter twice;
                // after a red session, on the offer of an easier dose above it.
                let first = ease.unwrap_or_else(|| scale_id(&session_pain()));
                ui.memory_mut(|m| m.request_focus(first));
            }
            // The offer comes once the analysis is in, after the screen opened (and
            // after the morning's question): the keyboard moves to it if it is still
            // where the screen put it.
            if let Some(id) = ease
                && can_write
                && self.ease_focused != self.cache.red_session
                && ui.memory(|m| m.top_modal_layer().is_none())
            {
                self.ease_focused = self.cache.red_session;
                let untouched = ui.memory(|m| {
                    m.focused()
                        .is_none_or(|f| f == scale_id(&session_pain()) || f == id)
                });
                if untouched {
                    ui.memory_mut(|m| m.request_focus(id));
                }
            }
            ui.add_space(theme::SECTION_GAP);
            self.cards_ui(ui, data, affected, units, commands);
            ui.add_space(theme::SECTION_GAP);
            self.save_ui(ui, data, now, units, commands);
        });
    }

    fn timer_ended(&mut self, ended: Ended, data: &Record, affected: Side) {
        let Ended::Hold { exercise_id, secs } = ended else {
            return;
        };
        let Some(exercise) = data.programme().exercise(&exercise_id) else {
            return;
        };
        let name = exercise.name.clone();
        let one_sided = exercise.one_sided;
        let draft = self.drafts.entry(exercise_id).or_default();
        let side = one_sided.then(|| next_side(&draft.sets, affected));
        draft.sets.push(SetDraft {
            side,
            amount: secs,
            weight: 0.0,
            band: default_band(),
        });
        let n = draft.sets.len();
        let logged = t!("today-hold-logged", name = name, set = n, secs = secs);
        if self.timer.rest_after_set && !self.timer.is_running() {
            // The rest's countdown says the set was logged; no "time's up" beside it.
            self.timer.start_rest_after(&logged, self.clock_secs);
        } else {
            self.timer
                .set_finished(t!("today-hold-times-up", logged = logged.as_str()));
        }
    }

    /// A set was done: the rest starts by itself if the patient wants it to.
    fn after_set(&mut self) {
        if self.timer.rest_after_set && !self.timer.is_running() {
            self.timer.start_rest(self.clock_secs);
        }
    }

    /// "Start the session": the guided session, one exercise at a time; the first card's
    /// primary button when a session is due, an ordinary one on a rest day.
    fn start_button_ui(&mut self, ui: &mut egui::Ui, primary: bool) {
        let command = UiCommand::StartSession;
        let button = if primary {
            first::primary(ui, &command.label())
        } else {
            egui::Button::new(RichText::new(command.label()).strong())
                .min_size(theme::size::ACTION_BUTTON)
        };
        let button = ui.add(button).on_hover_text(command.hover_text(ui.ctx()));
        if button.clicked() {
            self.start_guided = true;
        }
    }

    fn header_ui(ui: &mut egui::Ui, data: &Record, today: NaiveDate) {
        let Some(profile) = data.profile() else {
            return;
        };
        let week = profile.week_of(today);
        let decision = data.programme().escalation.decision_week;
        ui.horizontal_wrapped(|ui| {
            let lang = i18n::language();
            ui.heading(format::long_date(lang, today));
            if week == 0 {
                ui.label(t!(
                    "today-header-starts-on",
                    date = format::long_date(lang, profile.start_date)
                ));
            } else if week <= u32::from(decision) {
                ui.label(t!("today-header-week-of", week = week, decision = decision));
            } else {
                ui.label(t!(
                    "today-header-week-past-decision",
                    week = week,
                    decision = decision
                ));
            }
        });
    }

    fn notices_ui(&self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        if let Some(status) = &self.cache.alert {
            // The status's colour as Progress, the report and the caseload draw it.
            let tone = theme::urgency_tone(status.status.urgency()).unwrap_or(theme::Tone::Warning);
            let colour = theme::tone_colour(tone, dark);
            theme::tone_card(ui, tone, |ui| {
                ui.set_max_width(theme::MAX_TEXT_WIDTH);
                let urgency = if status.status.urgency() == StatusUrgency::SameDay {
                    crate::ui::a11y::Urgency::Assertive
                } else {
                    crate::ui::a11y::Urgency::Polite
                };
                crate::ui::a11y::live_label(
                    ui,
                    RichText::new(status.status.headline(crate::i18n::language()))
                        .strong()
                        .color(colour),
                    urgency,
                );
                ui.label(status.status.meaning(crate::i18n::language()));
                if let Some(first) = status.reasons.first() {
                    ui.label(first);
                }
            });
        }
        if let Some(date) = self.cache.recent_injection {
            ui.add_space(theme::space::S);
            theme::card(ui, |ui| {
                ui.set_max_width(theme::MAX_TEXT_WIDTH);
                ui.label(theme::title(t!(
                    "today-injection-title",
                    date = format::long_date(i18n::language(), date)
                )));
                ui.label(t!("today-injection-advice"));
                ui.label(
                    RichText::new(t!(
                        "today-injection-count",
                        count = self.cache.injections_last_year
                    ))
                    .weak(),
                );
            });
        }
    }

    /// After a red session: one offer of an easier dose for the whole session, with one
    /// button that sets it up (a level down where there is one, fewer reps otherwise).
    /// Returns the id of "Use the easier dose" when it is offered.
    fn ease_off_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) -> Option<egui::Id> {
        if let Some(note) = &self.eased_note {
            ui.label(RichText::new(note).color(theme::ok_colour(ui.visuals().dark_mode)));
        }
        let red = self.cache.red_session?;
        if self.eased.contains(&red) {
            return None;
        }
        let mut down = Vec::new();
        let mut fewer = Vec::new();
        for exercise in data.programme().enabled() {
            match self.cache.suggestions.get(&exercise.id) {
                Some(Suggestion::LevelDown { to }) => down.push((exercise, *to)),
                Some(Suggestion::FewerReps) => fewer.push(exercise),
                _ => {}
            }
        }
        if down.is_empty() && fewer.is_empty() {
            return None;
        }
        let tone = theme::light_tone(crate::analysis::Light::Red);
        let colour = theme::tone_colour(tone, ui.visuals().dark_mode);
        let mut plan = Vec::new();
        if !down.is_empty() {
            let names: Vec<&str> = down.iter().map(|(e, _)| e.name.as_str()).collect();
            plan.push(t!("today-ease-back-one-level", names = join_names(&names)));
        }
        if !fewer.is_empty() {
            plan.push(
                if down.is_empty() && fewer.len() == data.programme().enabled().count() {
                    t!("today-ease-fewer-every")
                } else {
                    let names: Vec<&str> = fewer.iter().map(|e| e.name.as_str()).collect();
                    t!("today-ease-fewer", names = join_names(&names))
                },
            );
        }
        let mut ease_id = None;
        theme::tone_card(ui, tone, |ui| {
            ui.set_max_width(theme::MAX_TEXT_WIDTH);
            ui.label(RichText::new(t!("today-ease-title")).strong().color(colour));
            ui.label(t!("today-ease-plan", plan = plan.join("; ")));
            ui.horizontal_wrapped(|ui| {
                let button = ui
                    .button(RichText::new(t!("today-ease-use")).strong())
                    .on_hover_text(t!("today-ease-use-hover"));
                ease_id = Some(button.id);
                if button.clicked() {
                    let before = self.form_state();
                    let moves: Vec<(String, u8)> =
                        down.iter().map(|(e, to)| (e.id.clone(), *to)).collect();
                    let change = (!moves.is_empty()).then_some(Change::ChangeLevels {
                        moves,
                        at: self.now,
                    });
                    for exercise in &fewer {
                        let draft = self.drafts.entry(exercise.id.clone()).or_default();
                        draft.sets = easier_sets(data.journal(), exercise, affected)
                            .iter()
                            .map(|s| SetDraft::from_log(s, units))
                            .collect();
                    }
                    self.eased.push(red);
                    self.eased_note = Some(if fewer.is_empty() {
                        t!("today-ease-done-levels")
                    } else {
                        t!("today-ease-done-filled")
                    });
                    self.form_step(t!("today-ease-step"), before, change, commands);
                }
                if ui.button(t!("today-ease-not-this-time")).clicked() {
                    self.eased.push(red);
                }
            });
        });
        ui.add_space(theme::SECTION_GAP);
        ease_id
    }

    fn fill(&mut self, exercise: &Exercise, data: &Record, affected: Side, units: Units) {
        let draft = self.drafts.entry(exercise.id.clone()).or_default();
        draft.sets = sets_to_fill(data.journal(), exercise, affected)
            .iter()
            .map(|s| SetDraft::from_log(s, units))
            .collect();
    }

    /// The exercise cards, in as many columns as the width takes.
    fn cards_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        let exercises: Vec<&Exercise> = data.programme().enabled().collect();
        let gap = ui.spacing().item_spacing.x;
        let fit = ((ui.available_width() + gap) / (CARD_MIN_WIDTH + gap)).floor();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a small whole number of columns"
        )]
        let columns = (fit.max(1.0) as usize)
            .clamp(1, 3)
            .min(exercises.len().max(1));
        if columns == 1 {
            for exercise in exercises {
                ui.scope(|ui| {
                    ui.set_max_width(theme::MAX_TEXT_WIDTH.max(CARD_MIN_WIDTH));
                    self.exercise_ui(ui, exercise, data, affected, units, commands);
                });
                ui.add_space(theme::SECTION_GAP);
            }
            return;
        }
        // Down the first column, then the next: the reading order and the keyboard's.
        let per_column = exercises.len().div_ceil(columns);
        ui.columns(columns, |cols| {
            for (i, exercise) in exercises.iter().enumerate() {
                if let Some(col) = cols.get_mut(i / per_column) {
                    self.exercise_ui(col, exercise, data, affected, units, commands);
                    col.add_space(theme::SECTION_GAP);
                }
            }
        });
    }

    /// An exercise's buttons: fill in as prescribed (or reset), add a set, start a hold.
    #[expect(
        clippy::too_many_arguments,
        reason = "the exercise card's parts, each a borrow of its own"
    )]
    fn fill_buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        exercise: &Exercise,
        level: &crate::model::Level,
        data: &Record,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        let hold = is_hold(exercise);
        let draft_is_empty = self
            .drafts
            .get(&exercise.id)
            .is_none_or(|d| d.sets.is_empty());
        ui.horizontal_wrapped(|ui| {
            let name = exercise.name.as_str();
            let (fill, fill_name) = if draft_is_empty {
                (
                    t!("today-card-done-as-prescribed"),
                    t!("today-card-done-as-prescribed-name", name = name),
                )
            } else {
                (
                    t!("today-card-reset"),
                    t!("today-card-reset-name", name = name),
                )
            };
            if ui
                .button(fill)
                .on_hover_text(t!("today-card-fill-hover"))
                .accessible_name(fill_name)
                .clicked()
            {
                let before = self.form_state();
                self.fill(exercise, data, affected, units);
                self.problem = None;
                let what = if draft_is_empty {
                    t!("today-card-filled-step", name = name)
                } else {
                    t!("today-card-reset-step", name = name)
                };
                self.form_step(what, before, None, commands);
            }
            if ui
                .button(t!("today-card-add-set"))
                .on_hover_text(t!("today-card-add-set-hover"))
                .accessible_name(t!("today-card-add-set-name", name = name))
                .clicked()
            {
                self.add_set(exercise, data, affected, units);
                self.after_set();
            }
            if hold
                && let Target::HoldSecs { min, .. } = level.dose.target
                && ui
                    .button(t!("today-card-start-hold", secs = min))
                    .on_hover_text(t!("today-card-start-hold-hover"))
                    .accessible_name(t!("today-card-start-hold-name", name = name))
                    .clicked()
            {
                let now = ui.input(|i| i.time);
                self.timer
                    .start_hold(&exercise.name, &exercise.id, min, now);
            }
        });
    }

    /// An exercise's sets as logged so far, each changeable or removable.
    fn sets_ui(
        &mut self,
        ui: &mut egui::Ui,
        exercise: &Exercise,
        hold: bool,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        let draft = self.drafts.entry(exercise.id.clone()).or_default();
        let mut remove = None;
        for (i, set) in draft.sets.iter_mut().enumerate() {
            let n = i + 1;
            ui.horizontal_wrapped(|ui| {
                ui.label(t!("today-card-set", set = n));
                let name = if let Some(side) = set.side {
                    t!(
                        "today-card-set-name-side",
                        name = exercise.name.as_str(),
                        set = n,
                        side = side_word(side)
                    )
                } else {
                    t!(
                        "today-card-set-name",
                        name = exercise.name.as_str(),
                        set = n
                    )
                };
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
            let before = self.form_state();
            if let Some(draft) = self.drafts.get_mut(&exercise.id) {
                draft.sets.remove(i);
            }
            let what = t!(
                "today-card-set-removed",
                name = exercise.name.as_str(),
                set = i + 1
            );
            self.form_step(what, before, None, commands);
        }
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
        let dark = ui.visuals().dark_mode;
        theme::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(theme::title(&exercise.name));
                let words = if exercise.locked {
                    t!(
                        "today-card-level-locked",
                        level = exercise.level,
                        levels = exercise.levels.len(),
                        name = level.name.as_str()
                    )
                } else {
                    level_words(exercise, level)
                };
                ui.label(RichText::new(words).weak());
            });
            ui.label(RichText::new(dose_words(exercise, level)).strong());
            self.last_time_ui(ui, exercise);
            crate::ui::picture::beside(ui, exercise, affected, |ui| {
                ui.label(&level.instructions);
                ui.label(
                    RichText::new(t!("today-card-remember", cue = level.cue.as_str())).italics(),
                );
            });
            self.suggestion_ui(ui, exercise, commands);

            let hold = is_hold(exercise);
            self.fill_buttons_ui(ui, exercise, level, data, affected, units, commands);
            self.sets_ui(ui, exercise, hold, units, commands);
            let draft = self.drafts.entry(exercise.id.clone()).or_default();
            ui.label(t!(
                "today-card-pain-during",
                name = exercise.name.to_lowercase()
            ));
            pain_scale(
                ui,
                &t!("today-card-pain-during", name = exercise.name.as_str()),
                &mut draft.pain_during,
            );
            let missing = self.held_back.as_ref().is_some_and(|h| {
                !h.without_sets && h.names.iter().any(|(id, _)| *id == exercise.id)
            }) && draft.pain_during.is_none()
                && self.session_pain.is_none();
            if missing {
                // Not live: the word at the button pressed names every such exercise.
                ui.label(
                    RichText::new(t!("today-card-no-pain-score"))
                        .color(theme::warning_colour(dark)),
                );
            }
        });
    }

    fn last_time_ui(&self, ui: &mut egui::Ui, exercise: &Exercise) {
        let Some(last) = self.cache.last_time.get(&exercise.id) else {
            ui.label(RichText::new(t!("today-card-first-time")).weak());
            return;
        };
        ui.horizontal_wrapped(|ui| {
            let date = format::day_month(i18n::language(), last.date);
            let sets = last.sets.as_str();
            let text = match (last.level == exercise.level, last.pain) {
                (true, None) => t!("today-card-last-time", date = date, sets = sets),
                (true, Some(pain)) => t!(
                    "today-card-last-time-pain",
                    date = date,
                    sets = sets,
                    pain = pain.get()
                ),
                (false, None) => t!(
                    "today-card-last-time-level",
                    date = date,
                    level = last.level,
                    sets = sets
                ),
                (false, Some(pain)) => t!(
                    "today-card-last-time-level-pain",
                    date = date,
                    level = last.level,
                    sets = sets,
                    pain = pain.get()
                ),
            };
            ui.label(RichText::new(text).weak());
            if let Some(light) = &last.light {
                light_badge(ui, light);
            }
        });
    }

    fn add_set(&mut self, exercise: &Exercise, data: &Record, affected: Side, units: Units) {
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
        let side = exercise.one_sided.then(|| next_side(&draft.sets, affected));
        draft.sets.push(SetDraft { side, ..template });
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
        // Easing off is offered once for the whole session, above the cards.
        if matches!(
            suggestion,
            Suggestion::LevelDown { .. } | Suggestion::FewerReps
        ) || self.declined.contains(&(exercise.id.clone(), suggestion))
        {
            return;
        }
        theme::tone_card(ui, theme::Tone::Good, |ui| {
            ui.label(suggestion.text(crate::i18n::language(), exercise));
            ui.horizontal(|ui| {
                let accept = match suggestion {
                    Suggestion::NextLevel { to } => Some((
                        t!("today-card-move-to-level", level = to),
                        t!(
                            "today-card-move-to-level-name",
                            name = exercise.name.as_str(),
                            level = to
                        ),
                        to,
                    )),
                    Suggestion::LevelDown { .. } | Suggestion::MoreLoad | Suggestion::FewerReps => {
                        None
                    }
                };
                if let Some((text, text_name, to)) = &accept
                    && ui
                        .button(text.as_str())
                        .accessible_name(text_name.as_str())
                        .clicked()
                {
                    commands.push(Command::Change(Change::ChangeLevel {
                        exercise_id: exercise.id.clone(),
                        to: *to,
                        at: self.now,
                    }));
                }
                let name = exercise.name.as_str();
                let (decline, decline_name) = if accept.is_some() {
                    (
                        t!("today-card-not-yet"),
                        t!("today-card-not-yet-name", name = name),
                    )
                } else {
                    (t!("today-card-ok"), t!("today-card-ok-name", name = name))
                };
                if ui.button(decline).accessible_name(decline_name).clicked() {
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
        theme::card(ui, |ui| {
            ui.set_max_width(theme::MAX_TEXT_WIDTH);
            ui.set_width(ui.available_width());
            let title = if self.cache.today.is_empty() {
                t!("today-all-done-title")
            } else {
                t!("today-all-done-another")
            };
            ui.label(theme::title(title));
            ui.label(t!("today-all-done-hint"));
            pain_scale(ui, &session_pain(), &mut self.session_pain);
            let button = ui
                .add(
                    egui::Button::new(RichText::new(t!("today-all-done")).strong())
                        .min_size(theme::size::ACTION_BUTTON),
                )
                .on_hover_text(t!("today-all-done-hover"));
            self.problem_ui(ui, SaveKind::AllDone, commands, data, now, affected, units);
            if button.clicked() {
                self.held_back = None;
                self.try_save(
                    SaveKind::AllDone,
                    false,
                    data,
                    now,
                    affected,
                    units,
                    commands,
                );
            }
        });
    }

    /// Why the last press of this button did not save, and for missing pain scores, a way
    /// to save anyway.
    #[expect(
        clippy::too_many_arguments,
        reason = "the save needs what the form needs"
    )]
    fn problem_ui(
        &mut self,
        ui: &mut egui::Ui,
        kind: SaveKind,
        commands: &mut Vec<Command>,
        data: &Record,
        now: NaiveDateTime,
        affected: Side,
        units: Units,
    ) {
        let warn = theme::warning_colour(ui.visuals().dark_mode);
        if let Some((k, text)) = &self.problem
            && *k == kind
        {
            crate::ui::a11y::live_label(
                ui,
                RichText::new(text).color(warn),
                crate::ui::a11y::Urgency::Assertive,
            );
        }
        let Some(held) = self.held_back.as_mut().filter(|h| h.kind == kind) else {
            return;
        };
        // The question names only the exercises it is still about, and goes once none is
        // left.
        let drafts = &self.drafts;
        let session_pain = self.session_pain;
        let without_sets = held.without_sets;
        held.names.retain(|(id, _)| {
            if without_sets {
                drafts
                    .get(id)
                    .is_some_and(|d| d.sets.is_empty() && d.pain_during.is_some())
            } else {
                session_pain.is_none() && drafts.get(id).is_none_or(|d| d.pain_during.is_none())
            }
        });
        if held.names.is_empty() {
            self.held_back = None;
            return;
        }
        let show = std::mem::take(&mut held.show);
        let names: Vec<&str> = held.names.iter().map(|(_, n)| n.as_str()).collect();
        if without_sets {
            let text = t!(
                "today-held-no-sets",
                names = join_names(&names),
                count = names.len()
            );
            let left_out: Vec<String> = held.names.iter().map(|(_, n)| n.clone()).collect();
            let question = crate::ui::a11y::live_label(
                ui,
                RichText::new(text).color(warn),
                crate::ui::a11y::Urgency::Assertive,
            );
            let button = ui.button(t!("today-held-save-without-that"));
            if show {
                question.union(button.clone()).scroll_to_me(None);
            }
            if button.clicked() {
                self.held_back = None;
                self.leave_out.extend(left_out);
                self.try_save(kind, false, data, now, affected, units, commands);
            }
            return;
        }
        let question = crate::ui::a11y::live_label(
            ui,
            RichText::new(t!(
                "today-held-no-pain",
                names = join_names(&names),
                count = names.len()
            ))
            .color(warn),
            crate::ui::a11y::Urgency::Assertive,
        );
        let button = ui.button(t!("today-held-save-without"));
        if show {
            question.union(button.clone()).scroll_to_me(None);
        }
        if button.clicked() {
            self.held_back = None;
            self.try_save(kind, true, data, now, affected, units, commands);
        }
    }

    /// Saves the session, unless a value is out of range or (without `anyway`) an exercise
    /// has no pain score: then says so where the patient pressed.
    #[expect(
        clippy::too_many_arguments,
        reason = "the save needs what the form needs"
    )]
    fn try_save(
        &mut self,
        kind: SaveKind,
        anyway: bool,
        data: &Record,
        now: NaiveDateTime,
        affected: Side,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        let given = match self.typed(data, units) {
            Ok(given) => given,
            Err(e) => {
                self.problem = Some((kind, e));
                return;
            }
        };
        let session_pain = self.session_pain.and_then(|p| Pain::new(i64::from(p)).ok());
        if kind == SaveKind::Filled {
            // A pain score given for an exercise with no sets cannot be kept with the
            // session: it is never dropped without asking.
            let dropped: Vec<(String, String)> = given
                .iter()
                .filter(|g| g.sets.is_empty() && g.pain_during.is_some())
                .filter_map(|g| data.programme().exercise(&g.exercise_id))
                .filter(|e| !self.leave_out.contains(&e.name))
                .map(|e| (e.id.clone(), e.name.clone()))
                .collect();
            if !dropped.is_empty() {
                self.problem = None;
                self.held_back = Some(HeldBack {
                    kind,
                    names: dropped,
                    without_sets: true,
                    show: true,
                });
                return;
            }
        }
        let time = now.time().with_nanosecond(0).unwrap_or(now.time());
        let mut session = match kind {
            SaveKind::AllDone => as_prescribed(
                data.programme(),
                data.journal(),
                affected,
                &given,
                session_pain,
                now.date(),
                time,
            ),
            SaveKind::Filled => Session {
                id: 0,
                date: now.date(),
                time,
                exercises: given
                    .into_iter()
                    .filter(|g| !g.sets.is_empty())
                    .map(|mut g| {
                        g.pain_during = g.pain_during.or(session_pain);
                        g
                    })
                    .collect(),
                next_morning_pain: None,
                effort: None,
                note: String::new(),
            },
        };
        if session.exercises.is_empty() {
            self.problem = Some((kind, t!("today-save-nothing")));
            return;
        }
        let without: Vec<(String, String)> = session
            .exercises
            .iter()
            .filter(|e| e.pain_during.is_none())
            .filter_map(|e| data.programme().exercise(&e.exercise_id))
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect();
        if !without.is_empty() && !anyway {
            self.problem = None;
            self.held_back = Some(HeldBack {
                kind,
                names: without,
                without_sets: false,
                show: true,
            });
            return;
        }
        session.effort = self.effort.and_then(|e| Effort::new(i64::from(e)).ok());
        self.note.trim().clone_into(&mut session.note);
        commands.push(Command::log(Entry::Session(session)));
        self.clear_form(time);
    }

    fn clear_form(&mut self, time: NaiveTime) {
        self.drafts.clear();
        self.session_pain = None;
        self.effort = None;
        self.note.clear();
        self.problem = None;
        self.held_back = None;
        self.leave_out.clear();
        self.eased_note = None;
        self.another = false;
        self.form_undo.clear();
        self.form_redo.clear();
        self.just_saved = Some(time);
        self.to_top = true;
        self.focus_summary = true;
    }

    fn save_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        units: Units,
        commands: &mut Vec<Command>,
    ) {
        ui.scope(|ui| {
            ui.set_max_width(theme::MAX_TEXT_WIDTH);
            let ready = data
                .programme()
                .enabled()
                .filter(|e| self.drafts.get(&e.id).is_some_and(|d| !d.sets.is_empty()))
                .count();
            egui::CollapsingHeader::new(t!("today-save-effort-and-note"))
                .id_salt("today effort and note")
                .show(ui, |ui| {
                    ui.label(t!("today-save-effort-question"));
                    crate::ui::widgets::zero_to_ten(ui, &t!("today-save-effort"), &mut self.effort);
                    ui.label(t!("today-save-note"));
                    ui.add(
                        egui::TextEdit::multiline(&mut self.note)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(t!("today-save-note-name"));
                });
            let text = match ready {
                0 => t!("today-save"),
                n => t!("today-save-count", count = n),
            };
            let button = ui
                .add_enabled(
                    ready > 0,
                    egui::Button::new(RichText::new(text).strong())
                        .min_size(theme::size::ACTION_BUTTON),
                )
                .accessible_name(t!("today-save"));
            if std::mem::take(&mut self.to_save) {
                button.scroll_to_me(Some(egui::Align::Center));
                button.request_focus();
            }
            if ready == 0 {
                ui.label(RichText::new(t!("today-save-some-hint")).weak());
            }
            let affected = data.profile().map_or(Side::Left, |p| p.affected_side);
            self.problem_ui(ui, SaveKind::Filled, commands, data, now, affected, units);
            if button.clicked() {
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
            }
        });
    }
}

/// The side of the next set of a one-sided exercise: the affected side first, then turn
/// about.
fn next_side(sets: &[SetDraft], affected: Side) -> Side {
    if sets.len().is_multiple_of(2) {
        affected
    } else {
        affected.other()
    }
}

/// "Level 2 of 3: Unsupported to box".
fn level_words(exercise: &Exercise, level: &crate::model::Level) -> String {
    t!(
        "today-card-level",
        level = exercise.level,
        levels = exercise.levels.len(),
        name = level.name.as_str()
    )
}

/// The level's dose, "each side" for a one-sided exercise: "3 sets of 8 to 12 reps, each side".
fn dose_words(exercise: &Exercise, level: &crate::model::Level) -> String {
    if exercise.one_sided {
        t!("today-card-dose-each-side", dose = level.dose.describe())
    } else {
        level.dose.describe()
    }
}

/// "A", "A and B", "A, B and C".
pub(crate) fn join_names(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            t!("today-list-and", first = rest.join(", "), last = *last)
        }
        _ => names.concat(),
    }
}

/// "left" or "right", for a set's side in running text.
pub(crate) fn side_word(side: Side) -> String {
    match side {
        Side::Left => t!("today-side-word", side = "left"),
        Side::Right => t!("today-side-word", side = "right"),
    }
}
