//! The daily diary: pain now, worst in 24 hours, sitting tolerance, how the day was. One
//! entry a day, changed in place: the day's entry, once saved, comes back into the form, and
//! what the record would refuse is said at the field before saving.

use crate::i18n::{self, format};
use crate::model::{
    Ability, DayState, DiaryEntry, Entry, EntryId, Event, EventKind, Guidance, Pain, Profile,
    PsfsEntry, PsfsScore, Side, SittingMins, Symptoms,
};
use crate::record::{Change, ChangeError, Record};
use crate::t;
use crate::ui::command::Command;
use crate::ui::date_picker::date_picker;
use crate::ui::widgets::{keep_focus_in_view, pain_scale};
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use egui::RichText;

/// The narrowest the diary's two columns get before they go one under the other.
const COLUMN_MIN_WIDTH: f32 = 520.0;

/// What the diary form holds.
#[derive(Debug, Clone, PartialEq)]
struct DiaryForm {
    pain_now: Option<u8>,
    worst: Option<u8>,
    sitting_mins: u16,
    sitting_known: bool,
    day_state: DayState,
    symptoms: Symptoms,
    note: String,
}

impl Default for DiaryForm {
    fn default() -> Self {
        Self {
            pain_now: None,
            worst: None,
            sitting_mins: 30,
            sitting_known: true,
            day_state: DayState::Normal,
            symptoms: Symptoms::default(),
            note: String::new(),
        }
    }
}

impl DiaryForm {
    fn of(entry: &DiaryEntry) -> Self {
        Self {
            pain_now: Some(entry.pain_now.get()),
            worst: Some(entry.worst_24h.get()),
            sitting_mins: entry.sitting_mins.map_or(30, SittingMins::get),
            sitting_known: entry.sitting_mins.is_some(),
            day_state: entry.day_state,
            symptoms: entry.symptoms,
            note: entry.note.clone(),
        }
    }

    /// The entry the form holds, once both pain scores are chosen.
    fn entry(&self, id: EntryId, date: NaiveDate, time: chrono::NaiveTime) -> Option<DiaryEntry> {
        let pain = |v: Option<u8>| v.and_then(|p| Pain::new(i64::from(p)).ok());
        Some(DiaryEntry {
            id,
            date,
            time,
            pain_now: pain(self.pain_now)?,
            worst_24h: pain(self.worst)?,
            sitting_mins: if self.sitting_known {
                SittingMins::new(i64::from(self.sitting_mins)).ok()
            } else {
                None
            },
            day_state: self.day_state,
            symptoms: self.symptoms,
            note: self.note.trim().to_owned(),
        })
    }
}

/// The day's entry the form was filled from.
#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    version: u64,
    day: NaiveDate,
    /// The entry of that day, changed in place.
    entry: Option<(EntryId, chrono::NaiveTime)>,
    /// The form as filled in from the record: what counts as not changed.
    form: DiaryForm,
}

/// The diary form.
#[derive(Debug, Default)]
pub struct DiaryScreen {
    /// The day written about; `None` follows the clock.
    day: Option<NaiveDate>,
    form: DiaryForm,
    loaded: Option<Loaded>,
    /// Pain now was filled in from this morning's answer.
    from_morning: Option<u8>,
    message: Option<String>,
    /// Another day was picked while the form has changes not saved: asked first.
    leaving_for: Option<NaiveDate>,
    /// The question was just asked: it is scrolled into view once.
    show_leaving: bool,
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
    /// `None` is today.
    date: Option<NaiveDate>,
    side: Option<Side>,
    /// The side was set to the affected side, or by the patient.
    side_given: bool,
    guidance: Option<Guidance>,
    note: String,
    message: Option<String>,
}

impl Default for EventForm {
    fn default() -> Self {
        Self {
            kind: EventChoice::ClinicianVisit,
            date: None,
            side: None,
            side_given: false,
            guidance: None,
            note: String::new(),
            message: None,
        }
    }
}

impl DiaryScreen {
    /// What is typed and not saved yet, in a few words for the status bar.
    #[must_use]
    pub fn unsaved(&self) -> Option<String> {
        let loaded = self.loaded.as_ref()?;
        if loaded.form == self.form {
            return None;
        }
        let day = format::day_month(i18n::language(), loaded.day);
        Some(if loaded.entry.is_some() {
            t!("diary-unsaved-change", day = day)
        } else {
            t!("diary-unsaved-new", day = day)
        })
    }

    /// Shows another day; with changes not saved, asks first.
    fn go_to(&mut self, day: NaiveDate, today: NaiveDate, changed: bool) {
        if changed {
            self.leaving_for = Some(day);
            self.show_leaving = true;
        } else {
            self.day = (day != today).then_some(day);
            self.leaving_for = None;
        }
        self.message = None;
    }

    /// The question before another day is shown over changes not saved.
    fn leave_ui(
        &mut self,
        ui: &mut egui::Ui,
        day: NaiveDate,
        to: Option<NaiveDate>,
        changed: bool,
        warn: egui::Color32,
    ) {
        if !changed {
            self.day = to;
            self.leaving_for = None;
            return;
        }
        let response = crate::ui::theme::tone_card(ui, crate::ui::theme::Tone::Warning, |ui| {
            ui.label(
                RichText::new(t!(
                    "diary-leave-question",
                    date = format::long_date(i18n::language(), day)
                ))
                .strong()
                .color(warn),
            );
            ui.horizontal_wrapped(|ui| {
                if ui.button(t!("diary-leave-go")).clicked() {
                    self.loaded = None;
                    self.form = DiaryForm::default();
                    self.day = to;
                    self.leaving_for = None;
                }
                if ui
                    .button(t!(
                        "diary-leave-stay",
                        day = format::day_month(i18n::language(), day)
                    ))
                    .clicked()
                {
                    self.leaving_for = None;
                }
            });
        })
        .response;
        if std::mem::take(&mut self.show_leaving) {
            response.scroll_to_me(None);
        }
    }

    /// Fills the form from the record when the day or the record changed, unless the
    /// patient has typed something not saved yet.
    fn load(&mut self, data: &Record, today: NaiveDate) {
        let day = self.day.unwrap_or(today);
        let version = data.version();
        if self
            .loaded
            .as_ref()
            .is_some_and(|l| l.version == version && l.day == day)
        {
            return;
        }
        let typed = self
            .loaded
            .as_ref()
            .is_some_and(|l| l.form != self.form && (l.day == day || l.version == version));
        let existing = data.journal().diary_on(day);
        if typed {
            // Keep what was typed; it is saved in place of the day's entry if there is one.
            if let Some(loaded) = &mut self.loaded {
                loaded.version = version;
                loaded.day = day;
                loaded.entry = existing.map(|e| (e.id, e.time));
            }
            return;
        }
        self.from_morning = None;
        self.form = if let Some(entry) = existing {
            DiaryForm::of(entry)
        } else {
            let mut form = DiaryForm {
                sitting_mins: self.form.sitting_mins,
                ..DiaryForm::default()
            };
            // This morning's answer to "how did yesterday's session settle?".
            if day == today
                && let Some(morning) = today
                    .pred_opt()
                    .and_then(|y| data.journal().session_on(y))
                    .and_then(|s| s.next_morning_pain)
            {
                form.pain_now = Some(morning.get());
                self.from_morning = Some(morning.get());
            }
            form
        };
        self.loaded = Some(Loaded {
            version,
            day,
            entry: existing.map(|e| (e.id, e.time)),
            form: self.form.clone(),
        });
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        let today = now.date();
        self.load(data, today);
        egui::ScrollArea::vertical()
            .id_salt("diary")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(crate::ui::words::greeting(now.time()));
                let two_columns = ui.available_width() >= 2.0 * COLUMN_MIN_WIDTH + 40.0;
                if two_columns {
                    ui.columns(2, |cols| {
                        if let [left, right] = cols {
                            left.set_max_width(
                                left.available_width().min(crate::ui::theme::MAX_TEXT_WIDTH),
                            );
                            left.add_enabled_ui(can_write, |ui| {
                                self.form_ui(ui, data, now, commands);
                            });
                            self.others_ui(right, data, now, can_write, commands);
                        }
                    });
                } else {
                    ui.scope(|ui| {
                        ui.set_max_width(crate::ui::theme::MAX_TEXT_WIDTH);
                        ui.add_enabled_ui(can_write, |ui| self.form_ui(ui, data, now, commands));
                        ui.add_space(crate::ui::theme::SECTION_GAP);
                        ui.separator();
                        self.others_ui(ui, data, now, can_write, commands);
                    });
                }
                keep_focus_in_view(ui);
            });
    }

    /// The weekly scores and the events.
    fn others_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        if let Some(profile) = data.profile() {
            ui.add_enabled_ui(can_write, |ui| {
                self.psfs.ui(ui, data, profile, now, commands);
            });
        }
        ui.add_space(crate::ui::theme::SECTION_GAP);
        ui.separator();
        let affected = data
            .profile()
            .filter(|p| !p.both_sides)
            .map(|p| p.affected_side);
        let start = data.profile().map(|p| p.start_date);
        ui.add_enabled_ui(can_write, |ui| {
            self.event.ui(ui, now, affected, start, commands);
        });
    }

    fn form_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        now: NaiveDateTime,
        commands: &mut Vec<Command>,
    ) {
        let today = now.date();
        let dark = ui.visuals().dark_mode;
        let warn = crate::ui::theme::warning_colour(dark);
        let ok = crate::ui::theme::ok_colour(dark);
        let Some(loaded) = self.loaded.clone() else {
            return;
        };
        let day = loaded.day;
        let changed = loaded.form != self.form;
        let first = data
            .profile()
            .map_or(today, |p| p.start_date.min(today))
            .min(day);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!("diary-for")).size(crate::ui::theme::text::TITLE));
            let mut chosen = day;
            if date_picker(ui, &t!("diary-day"), &mut chosen, &(first..=today)) {
                self.go_to(chosen, today, changed);
            }
            if day != today && ui.button(t!("diary-back-to-today")).clicked() {
                self.go_to(today, today, changed);
            }
        });
        if let Some(to) = self.leaving_for {
            self.leave_ui(ui, day, (to != today).then_some(to), changed, warn);
        }
        let time = loaded.entry.map_or_else(
            || now.time().with_nanosecond(0).unwrap_or(now.time()),
            |(_, t)| t,
        );
        let entry = self
            .form
            .entry(loaded.entry.map_or(0, |(id, _)| id), day, time);
        let check = entry.as_ref().map(|e| {
            data.check_entry(
                &Entry::Diary(e.clone()),
                loaded.entry.map(|(id, _)| id),
                today,
            )
        });
        if let Some(Err(ChangeError::DiaryDayTaken { date, .. })) = &check {
            ui.label(
                RichText::new(t!(
                    "diary-day-taken",
                    date = format::long_date(i18n::language(), *date)
                ))
                .color(warn),
            );
            if ui.button(t!("diary-show-that-entry")).clicked() {
                self.loaded = None;
                self.form = DiaryForm::default();
            }
        }
        if let Some((_, saved_at)) = loaded.entry {
            saved_box_ui(ui, day, today, saved_at, changed, (warn, ok));
        }
        self.fields_ui(ui, check.as_ref(), warn);
        let valid = matches!(check, Some(Ok(())));
        let (text, ready) = if loaded.entry.is_some() {
            (t!("diary-save-changes"), valid && changed)
        } else {
            (t!("diary-save-entry"), valid)
        };
        let save = ui.add_enabled(
            ready,
            crate::ui::theme::primary_button(ui, &text).min_size(egui::vec2(180.0, 34.0)),
        );
        if entry.is_none() {
            ui.label(RichText::new(t!("diary-choose-both-scores")).weak());
        }
        if let Some(message) = &self.message {
            ui.label(RichText::new(message).color(ok));
        }
        if save.clicked()
            && let Some(entry) = entry
        {
            commands.push(Command::Change(match loaded.entry {
                Some(_) => Change::Replace(Entry::Diary(entry)),
                None => Change::Log(Entry::Diary(entry)),
            }));
            self.message = None;
            // Filled in again from the record once the change is in.
            if let Some(loaded) = &mut self.loaded {
                loaded.form = self.form.clone();
            }
        }
    }

    /// The diary's questions: pain now and at worst, sitting, where, the day, a note; a
    /// problem with the scores is said under them.
    fn fields_ui(
        &mut self,
        ui: &mut egui::Ui,
        check: Option<&Result<(), ChangeError>>,
        warn: egui::Color32,
    ) {
        ui.add_space(crate::ui::theme::space::XS);
        ui.label(RichText::new(t!("diary-pain-now-question")).strong());
        pain_scale(ui, &t!("diary-pain-now-scale"), &mut self.form.pain_now);
        if let Some(morning) = self.from_morning
            && self.form.pain_now == Some(morning)
        {
            ui.label(
                RichText::new(t!(
                    "diary-pain-from-morning",
                    score = format::count(i18n::language(), i64::from(morning))
                ))
                .weak(),
            );
        }
        ui.add_space(crate::ui::theme::space::XS);
        let worst = t!("diary-worst-pain");
        ui.label(RichText::new(&worst).strong());
        pain_scale(ui, &worst, &mut self.form.worst);
        if let Some(Err(e)) = check
            && !matches!(e, ChangeError::DiaryDayTaken { .. })
        {
            crate::ui::a11y::live_label(
                ui,
                RichText::new(crate::ui::words::capitalise(&e.to_string())).color(warn),
                crate::ui::a11y::Urgency::Assertive,
            );
        }
        ui.add_space(crate::ui::theme::space::XS);
        ui.label(RichText::new(t!("diary-sitting-question")).strong());
        ui.horizontal(|ui| {
            ui.add_enabled(
                self.form.sitting_known,
                egui::DragValue::new(&mut self.form.sitting_mins)
                    .range(0..=SittingMins::MAX)
                    .suffix(t!("diary-sitting-suffix")),
            )
            .accessible_name(t!("diary-sitting-name"));
            let mut not_measured = !self.form.sitting_known;
            if ui
                .checkbox(&mut not_measured, t!("diary-sitting-not-noticed"))
                .changed()
            {
                self.form.sitting_known = !not_measured;
            }
        });
        ui.add_space(crate::ui::theme::space::XS);
        ui.label(RichText::new(t!("diary-where-question")).strong());
        ui.horizontal_wrapped(|ui| {
            let s = &mut self.form.symptoms;
            ui.checkbox(&mut s.buttock, t!("diary-where-buttock"));
            ui.checkbox(&mut s.hip, t!("diary-where-hip"));
            ui.checkbox(&mut s.groin, t!("diary-where-groin"));
            ui.checkbox(&mut s.back_of_thigh, t!("diary-where-back-of-thigh"));
            ui.checkbox(&mut s.snapping, t!("diary-where-snapping"));
        });
        ui.add_space(crate::ui::theme::space::XS);
        ui.label(RichText::new(t!("diary-day-question")).strong());
        ui.horizontal_wrapped(|ui| {
            for state in DayState::ALL {
                ui.radio_value(&mut self.form.day_state, state, state.label());
            }
        });
        ui.add_space(crate::ui::theme::space::XS);
        let note_label = ui.label(t!("diary-note"));
        ui.add(
            egui::TextEdit::multiline(&mut self.form.note)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(note_label.id);
        ui.add_space(crate::ui::theme::space::XS);
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
        ui.label(RichText::new(t!("diary-activity-title")).strong());
        ui.label(RichText::new(t!("diary-activity-explained")).weak());
        if profile.psfs_activities.is_empty() || self.editing_activities {
            if !self.editing_activities {
                self.editing_activities = true;
            }
            self.activities_ui(ui, profile, commands);
            return;
        }
        let week_ago = now.date() - chrono::Duration::days(6);
        if let Some(last) = data
            .journal()
            .psfs()
            .next_back()
            .filter(|p| p.date >= week_ago)
        {
            let lang = i18n::language();
            let scores: Vec<String> = last
                .scores
                .iter()
                .map(|s| {
                    t!(
                        "diary-activity-score",
                        activity = s.activity.as_str(),
                        score = format::count(lang, i64::from(s.score.get()))
                    )
                })
                .collect();
            ui.label(t!(
                "diary-activity-scored",
                date = format::long_date(lang, last.date),
                scores = scores.join(t!("diary-list-separator").as_str())
            ));
        } else {
            self.scores_ui(ui, profile, now, commands);
        }
        if let Some(m) = &self.message {
            ui.label(RichText::new(m).color(crate::ui::theme::ok_colour(ui.visuals().dark_mode)));
        }
        if ui.small_button(t!("diary-activity-change")).clicked() {
            self.activities = std::array::from_fn(|i| {
                profile.psfs_activities.get(i).cloned().unwrap_or_default()
            });
            self.editing_activities = true;
        }
    }

    /// Naming up to three activities, saved to the profile.
    fn activities_ui(&mut self, ui: &mut egui::Ui, profile: &Profile, commands: &mut Vec<Command>) {
        let hints = [
            t!("diary-activity-hint-film"),
            t!("diary-activity-hint-shops"),
            t!("diary-activity-hint-car"),
        ];
        for ((number, activity), hint) in (1i64..).zip(self.activities.iter_mut()).zip(hints) {
            ui.add(
                egui::TextEdit::singleline(activity)
                    .hint_text(hint)
                    .desired_width(360.0),
            )
            .accessible_name(t!(
                "diary-activity-name",
                number = format::count(i18n::language(), number)
            ));
        }
        let named: Vec<String> = self
            .activities
            .iter()
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect();
        if ui
            .add_enabled(
                !named.is_empty(),
                egui::Button::new(t!("diary-activity-save-activities")),
            )
            .clicked()
        {
            let mut profile = profile.clone();
            profile.psfs_activities = named;
            commands.push(Command::Change(Change::UpdateProfile(profile)));
            self.editing_activities = false;
        }
    }

    /// This week's scores for each activity, logged together.
    fn scores_ui(
        &mut self,
        ui: &mut egui::Ui,
        profile: &Profile,
        now: NaiveDateTime,
        commands: &mut Vec<Command>,
    ) {
        for (i, activity) in profile.psfs_activities.iter().enumerate().take(3) {
            ui.label(activity);
            if let Some(score) = self.scores.get_mut(i) {
                crate::ui::widgets::score_scale(
                    ui,
                    &t!("diary-activity-score-for", activity = activity.as_str()),
                    score,
                );
            }
        }
        let n = profile.psfs_activities.len().min(3);
        let ready = self.scores.iter().take(n).all(Option::is_some);
        if ui
            .add_enabled(ready, egui::Button::new(t!("diary-activity-save-scores")))
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
            self.message = Some(t!("diary-activity-saved"));
        }
    }
}

impl EventForm {
    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        now: NaiveDateTime,
        affected: Option<Side>,
        start: Option<NaiveDate>,
        commands: &mut Vec<Command>,
    ) {
        let today = now.date();
        ui.label(RichText::new(t!("diary-event-title")).strong());
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut self.kind,
                EventChoice::ClinicianVisit,
                t!("diary-event-clinician-visit"),
            );
            ui.radio_value(
                &mut self.kind,
                EventChoice::Injection,
                t!("diary-event-injection"),
            );
            ui.radio_value(
                &mut self.kind,
                EventChoice::MedicationChange,
                t!("diary-event-medication-change"),
            );
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("diary-event-on"));
            let mut date = self.date.unwrap_or(today);
            let first = start.map_or(today, |s| s.min(today)) - chrono::Duration::days(365);
            let range = first.min(date)..=today;
            if date_picker(ui, &t!("diary-event-date"), &mut date, &range) {
                self.date = (date != today).then_some(date);
            }
        });
        if self.kind == EventChoice::Injection {
            if !self.side_given {
                // The injection goes on the side that hurts, unless the patient says otherwise.
                self.side = affected;
                self.side_given = true;
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(t!("diary-event-side"));
                ui.radio_value(
                    &mut self.side,
                    Some(Side::Left),
                    t!("diary-event-side-left"),
                );
                ui.radio_value(
                    &mut self.side,
                    Some(Side::Right),
                    t!("diary-event-side-right"),
                );
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(t!("diary-event-guided-by"));
                ui.radio_value(
                    &mut self.guidance,
                    Some(Guidance::Ultrasound),
                    t!("diary-event-guided-ultrasound"),
                );
                ui.radio_value(
                    &mut self.guidance,
                    Some(Guidance::Ct),
                    t!("diary-event-guided-ct"),
                );
                ui.radio_value(
                    &mut self.guidance,
                    Some(Guidance::Other),
                    t!("diary-event-guided-other"),
                );
            });
        }
        ui.add(
            egui::TextEdit::singleline(&mut self.note)
                .hint_text(t!("diary-event-note-hint"))
                .desired_width(360.0),
        )
        .accessible_name(t!("diary-event-note"));
        if ui.button(t!("diary-event-save")).clicked() {
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
                date: self.date.unwrap_or(today),
                time: now.time().with_nanosecond(0).unwrap_or(now.time()),
                kind,
                note: self.note.trim().to_owned(),
            })));
            *self = Self {
                message: Some(t!("diary-event-saved")),
                ..Self::default()
            };
        }
        if let Some(m) = &self.message {
            ui.label(m);
        }
    }
}

/// The box over a day's saved diary: done and when, or changed and not saved yet. Changed,
/// it stays where it is and says so, so nothing below it moves.
fn saved_box_ui(
    ui: &mut egui::Ui,
    day: NaiveDate,
    today: NaiveDate,
    saved_at: chrono::NaiveTime,
    changed: bool,
    (warn, ok): (egui::Color32, egui::Color32),
) {
    let colour = if changed { warn } else { ok };
    let tone = if changed {
        crate::ui::theme::Tone::Warning
    } else {
        crate::ui::theme::Tone::Good
    };
    crate::ui::theme::tone_card(ui, tone, |ui| {
        ui.set_width(ui.available_width());
        let lang = i18n::language();
        let date = format::long_date(lang, day);
        let which = if day == today { "today" } else { "other" };
        let (head, body) = if changed {
            (
                t!(
                    "diary-saved-box-changed",
                    which = which,
                    date = date.as_str()
                ),
                t!("diary-saved-box-changed-body"),
            )
        } else {
            (
                t!(
                    "diary-saved-box-done",
                    which = which,
                    date = date.as_str(),
                    time = saved_at.format("%H:%M").to_string()
                ),
                t!("diary-saved-box-done-body"),
            )
        };
        ui.label(crate::ui::theme::title(head).color(colour));
        ui.label(body);
    });
}
