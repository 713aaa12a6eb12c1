//! Settings: the training-day and diary reminders, the chime at the end of a rest, the
//! language, and light or dark colours. The patient
//! switches each reminder on, picks its time with large steps, reads in one plain line what
//! will happen, and saves. Setting up the timer that shows reminders while the window is
//! closed runs on a background thread.

use crate::analysis::reminders;
use crate::desktop::schedule::{self, Plan};
use crate::desktop::sound::Sound;
use crate::i18n::Lang;
use crate::model::{Reminder, Settings};
use crate::record::{Change, Record};
use crate::ui::command::Command;
use crate::ui::task::Task;
use chrono::{NaiveDate, NaiveTime, Timelike};
use egui::RichText;
use std::path::PathBuf;

/// Where the reminders' timer goes, and how systemd is reached.
#[derive(Clone)]
pub struct ScheduleTarget {
    /// The user's configuration folder (`~/.config`).
    pub config_dir: PathBuf,
    /// The program and data folder the timer runs, or why this copy of the app cannot be
    /// what a timer runs (it is in a build or temporary folder and nothing is installed).
    pub plan: Result<Plan, String>,
    /// `systemctl --user` (tests pass their own).
    pub systemctl: fn(&[&str]) -> Result<(), String>,
}

/// The window's state.
#[derive(Default)]
pub struct SettingsWindow {
    /// What the patient is choosing; `None` until the window is first drawn.
    draft: Option<Settings>,
    scheduling: Option<Task<Result<ScheduleNote, String>>>,
    schedule_message: Option<ScheduleNote>,
}

/// How setting up the reminders went, for the window: a failure is worded and coloured as
/// one, and what the system said is folded away under "Details".
#[derive(Debug, Clone, PartialEq, Eq)]
struct ScheduleNote {
    /// The reminders will come as asked.
    ok: bool,
    /// What it means, in plain words.
    text: String,
    /// What the system said, if anything.
    details: Option<String>,
}

impl ScheduleNote {
    fn failed(text: String) -> Self {
        Self {
            ok: false,
            text,
            details: None,
        }
    }
}

/// Puts the timer in line with `settings` (on the background thread); a copy of the app
/// that cannot be what a timer runs is refused, and a timer left pointing at a program that
/// is gone is named.
fn schedule_now(target: &ScheduleTarget, settings: &Settings) -> Result<ScheduleNote, String> {
    let plan = match &target.plan {
        Ok(plan) => plan,
        Err(why) if settings.any_reminder_on() => {
            let mut text = crate::t!("settings-reminders-not-set-up", reason = why.as_str());
            if let Some(missing) = schedule::missing_program(&target.config_dir) {
                text.push(' ');
                text.push_str(&missing);
            }
            return Ok(ScheduleNote::failed(text));
        }
        // Switching off needs no program: the timer and the login entry are only removed.
        Err(_) => &Plan {
            exe: PathBuf::new(),
            data_dir: None,
        },
    };
    let outcome = schedule::apply(&target.config_dir, plan, settings, &target.systemctl)?;
    Ok(ScheduleNote {
        ok: outcome.as_asked(),
        text: outcome.message(),
        details: outcome.details().map(str::to_owned),
    })
}

impl SettingsWindow {
    /// Whether the timer is being set up (tests wait for it).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.scheduling.is_some()
    }

    /// Forgets the draft, so the window shows the saved settings next time it opens.
    pub fn reset(&mut self) {
        self.draft = None;
    }

    /// A language was chosen (or that was undone): a reminder being chosen is kept, and the
    /// window shows the language as saved.
    pub fn language_saved(&mut self, language: Option<Lang>) {
        if let Some(draft) = &mut self.draft {
            draft.language = language;
        }
    }

    /// The chime was switched on or off (or that was undone): a reminder being chosen is
    /// kept, and the window shows the chime as saved.
    pub fn sound_saved(&mut self, on: bool) {
        if let Some(draft) = &mut self.draft {
            draft.sound = on;
        }
    }

    /// Puts the timer in line with `settings` on a background thread; `None` (the sample
    /// journal, tests) sets nothing up.
    pub fn schedule(&mut self, settings: Settings, target: Option<&ScheduleTarget>) {
        let Some(target) = target.cloned() else {
            return;
        };
        self.schedule_message = None;
        self.scheduling = Some(Task::spawn(
            "reminder-timer",
            &crate::t!("settings-task-reminders"),
            None,
            move |_| {
                let result = schedule_now(&target, &settings);
                match &result {
                    Err(e) => log::warn!("could not set up the reminders' timer: {e}"),
                    Ok(note) if !note.ok => log::warn!(
                        "the reminders' timer is not as asked: {} {}",
                        note.text,
                        note.details.as_deref().unwrap_or_default()
                    ),
                    Ok(_) => {}
                }
                result
            },
        ));
    }

    fn poll(&mut self) {
        if let Some(result) = self.scheduling.as_mut().and_then(Task::poll) {
            self.schedule_message = Some(result.and_then(|r| r).unwrap_or_else(|e| {
                ScheduleNote::failed(crate::t!("settings-reminders-not-set-up", reason = e))
            }));
            self.scheduling = None;
        }
    }

    /// Draws the window.
    #[allow(clippy::too_many_arguments)]
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        open: &mut bool,
        data: &Record,
        today: NaiveDate,
        demo: bool,
        can_write: bool,
        sound: &Sound,
        commands: &mut Vec<Command>,
    ) {
        self.poll();
        if self.scheduling.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(200));
        }
        let saved = data.settings();
        let mut draft = self.draft.unwrap_or(*saved);
        egui::Window::new(crate::t!("settings-title"))
            .max_width(crate::ui::theme::window_max_width(ctx))
            .open(open)
            .collapsible(false)
            .resizable(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                crate::ui::theme::scroll_within_screen(ui, |ui| {
                    ui.label(crate::ui::theme::title(crate::t!("settings-reminders")));
                    ui.label(crate::t!("settings-reminders-intro"));
                    ui.add_space(crate::ui::theme::space::S);
                    reminder_ui(
                        ui,
                        &crate::t!("settings-remind-training"),
                        &crate::t!("settings-training-reminder"),
                        &mut draft.training_reminder,
                    );
                    ui.add_space(crate::ui::theme::space::S);
                    reminder_ui(
                        ui,
                        &crate::t!("settings-remind-diary"),
                        &crate::t!("settings-diary-reminder"),
                        &mut draft.diary_reminder,
                    );
                    ui.add_space(crate::ui::theme::space::M);
                    ui.label(RichText::new(crate::t!("settings-what-will-happen")).strong());
                    for line in reminders::describe(
                        crate::i18n::language(),
                        &draft,
                        data.programmes(),
                        today,
                    ) {
                        ui.label(line);
                    }
                    if demo {
                        ui.label(RichText::new(crate::t!("settings-sample-no-reminders")).weak());
                    }
                    ui.add_space(crate::ui::theme::space::M);
                    let changed = draft != *saved;
                    ui.horizontal(|ui| {
                        if ui
                            .add_enabled(
                                can_write && changed,
                                crate::ui::theme::primary_button(
                                    ui,
                                    &crate::t!("settings-save-reminders"),
                                ),
                            )
                            .clicked()
                        {
                            commands.push(Command::Change(Change::UpdateSettings(draft)));
                        }
                        if changed {
                            if ui.button(crate::t!("settings-put-back")).clicked() {
                                draft = *saved;
                            }
                            ui.label(RichText::new(crate::t!("settings-not-saved-yet")).weak());
                        }
                    });
                    if self.scheduling.is_some() {
                        ui.label(crate::t!("settings-setting-up-reminders"));
                    }
                    if let Some(note) = &self.schedule_message {
                        note_ui(ui, note);
                    }
                    ui.add_space(crate::ui::theme::SECTION_GAP);
                    sound_ui(ui, saved, &mut draft, sound, can_write, commands);
                    ui.add_space(crate::ui::theme::SECTION_GAP);
                    language_ui(ui, saved, &mut draft, can_write, commands);
                    ui.add_space(crate::ui::theme::SECTION_GAP);
                    colours_ui(ui);
                    ui.add_space(crate::ui::theme::SECTION_GAP);
                    ui.label(crate::ui::theme::title(crate::t!(
                        "settings-exercise-pictures"
                    )));
                    crate::ui::picture::motion_setting_ui(ui);
                });
            });
        self.draft = Some(draft);
    }
}

/// The chime at the end of a rest or a hold: saved as soon as it is switched, and why it is
/// not heard when no sound player worked.
fn sound_ui(
    ui: &mut egui::Ui,
    saved: &Settings,
    draft: &mut Settings,
    sound: &Sound,
    can_write: bool,
    commands: &mut Vec<Command>,
) {
    ui.label(crate::ui::theme::title(crate::t!("settings-sound")));
    let mut on = saved.sound;
    let response = ui.add_enabled(
        can_write,
        egui::Checkbox::new(&mut on, crate::t!("settings-sound-play")),
    );
    if response.changed() {
        draft.sound = on;
        commands.push(Command::Change(Change::UpdateSettings(Settings {
            sound: on,
            ..*saved
        })));
    }
    ui.label(RichText::new(crate::t!("settings-sound-hint")).weak());
    if let Some(problem) = sound.problem().filter(|_| saved.sound) {
        crate::ui::widgets::outcome_label(ui, Some(&Err(problem)));
    }
}

/// The language the window speaks: saved as soon as it is chosen, the words change on the
/// next frame. Each language is named in itself, so a patient finds theirs whatever the
/// window speaks now.
fn language_ui(
    ui: &mut egui::Ui,
    saved: &Settings,
    draft: &mut Settings,
    can_write: bool,
    commands: &mut Vec<Command>,
) {
    let label = crate::t!("settings-language");
    ui.heading(&label);
    let follow = crate::t!("settings-language-follow");
    let name =
        |choice: Option<Lang>| choice.map_or_else(|| follow.clone(), |l| l.own_name().to_owned());
    let mut chosen = saved.language;
    ui.add_enabled_ui(can_write, |ui| {
        egui::ComboBox::from_id_salt("settings-language")
            .selected_text(name(chosen))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, name(None));
                for lang in Lang::SHIPPED {
                    ui.selectable_value(&mut chosen, Some(lang), name(Some(lang)));
                }
            })
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
    });
    if chosen != saved.language {
        draft.language = chosen;
        commands.push(Command::Change(Change::UpdateSettings(Settings {
            language: chosen,
            ..*saved
        })));
    }
    ui.label(RichText::new(crate::t!("settings-language-hint")).weak());
}

/// Light or dark colours: the desktop's choice until the patient makes one. It applies at
/// once and is kept with the window's state, not in the diary.
fn colours_ui(ui: &mut egui::Ui) {
    ui.label(crate::ui::theme::title(crate::t!("settings-colours")));
    let current = ui.ctx().options(|o| o.theme_preference);
    ui.horizontal_wrapped(|ui| {
        for (choice, words) in crate::ui::desktop_theme::choices() {
            if ui.radio(current == choice, words).clicked() {
                ui.ctx().set_theme(choice);
            }
        }
    });
    ui.label(RichText::new(crate::t!("settings-colours-hint")).weak());
}

/// How setting up went: good news in the good colour; a failure in the warning colour,
/// with what the system said folded away.
fn note_ui(ui: &mut egui::Ui, note: &ScheduleNote) {
    let result = if note.ok {
        Ok(note.text.clone())
    } else {
        Err(note.text.clone())
    };
    crate::ui::widgets::outcome_label(ui, Some(&result));
    if let Some(details) = &note.details {
        egui::CollapsingHeader::new(crate::t!("settings-details"))
            .id_salt("reminder_details")
            .default_open(false)
            .show(ui, |ui| {
                ui.label(RichText::new(details).weak());
            });
    }
}

/// One reminder: a check box, and its time with steps of a quarter and a whole hour.
fn reminder_ui(ui: &mut egui::Ui, label: &str, name: &str, reminder: &mut Reminder) {
    ui.checkbox(&mut reminder.on, RichText::new(label).strong());
    ui.add_enabled_ui(reminder.on, |ui| {
        ui.horizontal(|ui| {
            ui.add_space(crate::ui::theme::space::XL);
            ui.label(crate::t!("settings-reminder-at"));
            ui.label(
                RichText::new(reminder.at.format("%H:%M").to_string())
                    .size(crate::ui::theme::text::HEADING)
                    .strong(),
            )
            .on_hover_text(crate::t!("settings-reminder-time", reminder = name));
            for (text, minutes, words) in [
                (
                    crate::t!("settings-hour-earlier"),
                    -60,
                    crate::t!("settings-hour-earlier-name"),
                ),
                (
                    crate::t!("settings-quarter-earlier"),
                    -15,
                    crate::t!("settings-quarter-earlier-name"),
                ),
                (
                    crate::t!("settings-quarter-later"),
                    15,
                    crate::t!("settings-quarter-later-name"),
                ),
                (
                    crate::t!("settings-hour-later"),
                    60,
                    crate::t!("settings-hour-later-name"),
                ),
            ] {
                let button = egui::Button::new(text).min_size(egui::vec2(72.0, 32.0));
                if ui
                    .add(button)
                    .accessible_name(crate::t!(
                        "settings-step-name",
                        reminder = name,
                        step = words
                    ))
                    .clicked()
                {
                    reminder.at = step(reminder.at, minutes);
                }
            }
        });
    });
}

/// A time moved by `minutes` (round the clock), kept on the quarter hour.
fn step(at: NaiveTime, minutes: i64) -> NaiveTime {
    let now = i64::from(at.hour() * 60 + at.minute());
    let quarter = now - now.rem_euclid(15);
    let moved = if minutes.abs() == 15 && quarter != now && minutes > 0 {
        quarter + 15
    } else if minutes.abs() == 15 && quarter != now {
        quarter
    } else {
        now + minutes
    };
    let total = u32::try_from(moved.rem_euclid(24 * 60)).unwrap_or(0);
    NaiveTime::from_hms_opt(total / 60, total % 60, 0).unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn steps_go_round_the_clock_and_land_on_quarter_hours() {
        assert_eq!(step(t(18, 0), 15), t(18, 15));
        assert_eq!(step(t(18, 0), -60), t(17, 0));
        assert_eq!(step(t(23, 45), 15), t(0, 0));
        assert_eq!(step(t(0, 30), -60), t(23, 30));
        assert_eq!(step(t(18, 7), 15), t(18, 15));
        assert_eq!(step(t(18, 7), -15), t(18, 0));
    }
}
