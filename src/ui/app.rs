//! The app shell: owns the journal and the screens' state, applies the commands the screens
//! emit, and hands changed files to the background saver.

use super::review::ReviewScreen;
use super::tabs::{
    about,
    diary::DiaryScreen,
    history::HistoryScreen,
    progress::ProgressScreen,
    settings::{ScheduleTarget, SettingsWindow},
    setup::SetupScreen,
    today::TodayScreen,
    warning_signs,
};
use super::theme;
use crate::model::{
    EarlierProgramme, Entry, EntryId, Event, EventKind, Journal, Pain, Profile, Programme,
    ProgrammeRecord, Settings, YearMonth,
};
use crate::storage::{InstanceLock, Loaded, SaveBatch, Saver, Store};
use chrono::{Local, NaiveDate, NaiveDateTime, Timelike};
use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Undo.
pub const UNDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);

/// How long after a failed save the app tries again by itself.
const RETRY_AFTER: Duration = Duration::from_secs(10);

/// What the window opens on.
pub struct Startup {
    /// The data folder.
    pub store: Store,
    /// What was read from it.
    pub loaded: Loaded,
    /// The single-writer lock, if it was taken.
    pub lock: Option<InstanceLock>,
    /// Why the app must not write, if it must not (another copy is running, ...).
    pub read_only_reason: Option<String>,
    /// A sample journal in a temporary folder.
    pub demo: bool,
}

/// The screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Today's session.
    Today,
    /// The daily diary.
    Diary,
    /// Every entry, newest first.
    History,
    /// Where the patient stands against the plan.
    Progress,
}

impl Tab {
    const ALL: [(Self, &'static str, Key); 4] = [
        (Self::Today, "Today", Key::Num1),
        (Self::Diary, "Diary", Key::Num2),
        (Self::History, "History", Key::Num3),
        (Self::Progress, "Progress", Key::Num4),
    ];
}

/// Everything a screen may ask the app to do. Screens never change the journal themselves.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// First-run answers.
    CompleteSetup(Profile),
    /// A changed profile (PSFS activities, units).
    UpdateProfile(Profile),
    /// A new entry of any kind; the app gives it its id.
    Log(Entry),
    /// An edited entry, replacing the one with the same id.
    Replace(Entry),
    /// Delete an entry.
    Delete(EntryId),
    /// The next-morning pain of a session.
    SetNextMorning {
        /// The session.
        session_id: EntryId,
        /// The score.
        pain: Pain,
    },
    /// Not now: the next-morning question is not asked again today.
    SkipNextMorning(EntryId),
    /// Move an exercise to another level (the patient accepted a suggestion).
    ChangeLevel {
        /// The exercise.
        exercise_id: String,
        /// The new level.
        to: u8,
    },
    /// Take up a programme from the clinician from today; the one it replaces is kept as
    /// in force until yesterday.
    AdoptProgramme(Box<Programme>),
    /// New reminder settings.
    UpdateSettings(Settings),
    /// Undo the last change.
    Undo,
    /// Switch screens.
    ShowTab(Tab),
    /// Try a failed save again now.
    RetrySave,
}

/// How to take back one change.
#[derive(Debug, Clone, PartialEq)]
enum UndoStep {
    /// Remove an entry that was added.
    Remove(EntryId),
    /// Put back an entry that was deleted or changed (replacing any with its id).
    Restore(Entry),
    /// Move an exercise back to a level, and remove the level-change event.
    Level {
        exercise_id: String,
        to: u8,
        event_id: EntryId,
    },
    /// Put back the programmes as they were before one was taken up.
    Programmes {
        programme: Box<Programme>,
        earlier: Vec<EarlierProgramme>,
    },
    /// Put back the settings as they were.
    Settings(Settings),
}

/// How many changes can be undone.
const UNDO_DEPTH: usize = 100;

/// The patient's data as the screens read it.
#[derive(Debug, Clone)]
pub struct Data {
    /// The profile; `None` until first-run setup is done.
    pub profile: Option<Profile>,
    /// The programme in force.
    pub programme: Programme,
    /// The programmes in force before it, oldest first, each with its last day.
    pub earlier_programmes: Vec<EarlierProgramme>,
    /// The journal.
    pub journal: Journal,
    /// Goes up on every change, so screens can cache what they compute.
    pub version: u64,
}

impl Data {
    /// The programme in force and the earlier ones, for the analysis.
    #[must_use]
    pub fn programmes(&self) -> crate::model::Programmes<'_> {
        crate::model::Programmes {
            current: &self.programme,
            earlier: &self.earlier_programmes,
        }
    }
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Dirty {
    profile: bool,
    programme: bool,
    settings: bool,
    months: BTreeSet<YearMonth>,
}

impl Dirty {
    fn is_empty(&self) -> bool {
        !self.profile && !self.programme && !self.settings && self.months.is_empty()
    }

    fn merge(&mut self, other: Self) {
        self.profile |= other.profile;
        self.programme |= other.programme;
        self.settings |= other.settings;
        self.months.extend(other.months);
    }
}

/// The state of saving, for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is on disk.
    Saved,
    /// A save is under way.
    Saving,
    /// The last save failed; the entries are kept in memory and saving is retried.
    Failed(String),
    /// Nothing is saved: the data folder is read-only for this session.
    ReadOnly,
}

/// The rehab-tracker window.
pub struct RehabApp {
    data: Data,
    settings: Settings,
    store: Store,
    saver: Option<Saver>,
    dirty: Dirty,
    in_flight: Option<(u64, Dirty)>,
    save_error: Option<String>,
    retry_at: Option<Instant>,
    read_only: Vec<String>,
    /// Damaged files put back from their last good copy at start, until dismissed.
    notices: Vec<String>,
    _lock: Option<InstanceLock>,
    demo: bool,
    tab: Tab,
    today_screen: TodayScreen,
    diary_screen: DiaryScreen,
    history_screen: HistoryScreen,
    progress_screen: ProgressScreen,
    setup_screen: SetupScreen,
    show_about: bool,
    show_warning_signs: bool,
    show_export: bool,
    export_window: super::tabs::export::ExportWindow,
    show_import: bool,
    import_window: super::tabs::import_programme::ImportWindow,
    show_settings: bool,
    settings_window: SettingsWindow,
    reminder_target: Option<ScheduleTarget>,
    review: Option<ReviewScreen>,
    warning_screen: warning_signs::WarningSigns,
    undo: Vec<UndoStep>,
    notice: Option<String>,
    skipped_next_morning: Vec<EntryId>,
    next_morning_choice: Option<u8>,
    commands: Vec<Command>,
    ctx_slot: Arc<OnceLock<egui::Context>>,
    styled: bool,
    clock: Box<dyn Fn() -> NaiveDateTime>,
}

impl RehabApp {
    /// Builds the app from what was loaded. Fails only if the built-in programme is broken.
    pub fn new(startup: Startup) -> Result<Self, crate::model::ProgrammeError> {
        let Startup {
            store,
            loaded,
            lock,
            read_only_reason,
            demo,
        } = startup;
        let mut read_only: Vec<String> = loaded
            .problems
            .iter()
            .map(crate::storage::FileProblem::message)
            .collect();
        if let Some(reason) = read_only_reason {
            read_only.insert(0, reason);
        }
        let notices: Vec<String> = loaded
            .restored
            .iter()
            .map(crate::storage::Restored::message)
            .collect();
        let mut dirty = Dirty::default();
        let record = if let Some(p) = loaded.programme {
            p
        } else {
            dirty.programme = loaded.profile.is_some();
            ProgrammeRecord::new(Programme::default_programme()?)
        };
        let ctx_slot: Arc<OnceLock<egui::Context>> = Arc::new(OnceLock::new());
        let wake_slot = Arc::clone(&ctx_slot);
        let saver = if read_only.is_empty() {
            match Saver::spawn(store.clone(), move || {
                if let Some(ctx) = wake_slot.get() {
                    ctx.request_repaint();
                }
            }) {
                Ok(saver) => Some(saver),
                Err(e) => {
                    read_only.push(format!("The app could not start saving: {e}"));
                    None
                }
            }
        } else {
            None
        };
        let start_tab = Tab::Today;
        let mut app = Self {
            data: Data {
                profile: loaded.profile,
                programme: record.programme,
                earlier_programmes: record.earlier,
                journal: loaded.journal,
                version: 1,
            },
            settings: loaded.settings.unwrap_or_default(),
            store,
            saver,
            dirty,
            in_flight: None,
            save_error: None,
            retry_at: None,
            read_only,
            notices,
            _lock: lock,
            demo,
            tab: start_tab,
            today_screen: TodayScreen::default(),
            diary_screen: DiaryScreen::default(),
            history_screen: HistoryScreen::default(),
            progress_screen: ProgressScreen::default(),
            setup_screen: SetupScreen::new(Local::now().date_naive()),
            show_about: false,
            show_warning_signs: false,
            show_export: false,
            export_window: super::tabs::export::ExportWindow::default(),
            show_import: false,
            import_window: super::tabs::import_programme::ImportWindow::default(),
            show_settings: false,
            settings_window: SettingsWindow::default(),
            reminder_target: None,
            review: None,
            warning_screen: warning_signs::WarningSigns::default(),
            undo: Vec::new(),
            notice: None,
            skipped_next_morning: Vec::new(),
            next_morning_choice: None,
            commands: Vec::new(),
            ctx_slot,
            styled: false,
            clock: Box::new(|| Local::now().naive_local()),
        };
        app.flush();
        Ok(app)
    }

    /// Pins the clock (tests and screenshots).
    #[must_use]
    pub fn with_clock(mut self, clock: impl Fn() -> NaiveDateTime + 'static) -> Self {
        let today = clock().date();
        self.setup_screen = SetupScreen::new(today);
        self.clock = Box::new(clock);
        self
    }

    /// Sets up reminders to come while the window is closed, here (`None`: never, as for
    /// the sample journal). When reminders are on, the timer is put in line at once, so it
    /// follows the app if it moved.
    #[must_use]
    pub fn with_reminder_schedule(mut self, target: Option<ScheduleTarget>) -> Self {
        self.reminder_target = target;
        if self.settings.any_reminder_on() && self.read_only.is_empty() {
            self.settings_window
                .schedule(self.settings, self.reminder_target.as_ref());
        }
        self
    }

    /// The settings in use.
    #[must_use]
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Whether a background task of a window is still running (an export, a file being
    /// read, files under review): tests step frames until it is done.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.export_window.is_busy()
            || self.import_window.is_busy()
            || self.settings_window.is_busy()
            || self.review.as_ref().is_some_and(ReviewScreen::is_busy)
    }

    /// The review screen, when open.
    #[must_use]
    pub fn review(&self) -> Option<&ReviewScreen> {
        self.review.as_ref()
    }

    /// The data as the screens see it.
    #[must_use]
    pub fn data(&self) -> &Data {
        &self.data
    }

    /// Where saving stands.
    #[must_use]
    pub fn save_state(&self) -> SaveState {
        if !self.read_only.is_empty() {
            SaveState::ReadOnly
        } else if let Some(e) = &self.save_error {
            SaveState::Failed(e.clone())
        } else if self.in_flight.is_some() || !self.dirty.is_empty() {
            SaveState::Saving
        } else {
            SaveState::Saved
        }
    }

    /// Repairs made when the data was opened, shown until dismissed.
    #[must_use]
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// Why nothing is saved, if so.
    #[must_use]
    pub fn read_only_reasons(&self) -> &[String] {
        &self.read_only
    }

    fn today(&self) -> NaiveDate {
        (self.clock)().date()
    }

    /// Draws one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let _ = self.ctx_slot.set(ctx.clone());
        if !self.styled {
            theme::apply(&ctx);
            self.styled = true;
        }
        self.poll_saves();
        if let Some(at) = self.retry_at {
            let now = Instant::now();
            if now >= at {
                self.retry_at = None;
                self.flush();
            } else {
                ctx.request_repaint_after(at - now);
            }
        }
        self.shortcuts(&ctx);

        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        if let Some(review) = &mut self.review {
            egui::CentralPanel::default().show(ui, |ui| review.ui(ui));
            self.apply_commands();
            return;
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.read_only_banner_ui(ui);
            self.notices_ui(ui);
            let can_write = self.read_only.is_empty();
            let today = self.today();
            let now = (self.clock)();
            match (&self.data.profile, self.tab) {
                (None, _) => self.setup_screen.ui(ui, can_write, &mut self.commands),
                (Some(_), Tab::Today) => {
                    self.today_screen
                        .ui(ui, &self.data, now, can_write, &mut self.commands);
                }
                (Some(_), Tab::Diary) => {
                    self.diary_screen
                        .ui(ui, &self.data, now, can_write, &mut self.commands);
                }
                (Some(_), Tab::History) => {
                    self.history_screen
                        .ui(ui, &self.data, today, can_write, &mut self.commands);
                }
                (Some(_), Tab::Progress) => self.progress_screen.ui(ui, &self.data, today),
            }
        });
        if self.show_export {
            let today = self.today();
            self.export_window
                .window(&ctx, &mut self.show_export, &self.data, today);
        }
        if self.show_import {
            let can_write = self.read_only.is_empty();
            self.import_window.window(
                &ctx,
                &mut self.show_import,
                &self.data,
                can_write,
                &mut self.commands,
            );
        }
        if self.show_settings {
            let can_write = self.read_only.is_empty();
            let today = self.today();
            self.settings_window.window(
                &ctx,
                &mut self.show_settings,
                &self.settings,
                &self.data,
                today,
                self.demo,
                can_write,
                &mut self.commands,
            );
        }
        if self.show_about {
            about::window(&ctx, &mut self.show_about, self.store.dir(), self.demo);
        }
        if self.show_warning_signs {
            let can_write = self.read_only.is_empty();
            self.warning_screen.window(
                &ctx,
                &mut self.show_warning_signs,
                (self.clock)(),
                can_write,
                &mut self.commands,
            );
        } else if self.data.profile.is_some() {
            self.next_morning_prompt(&ctx);
        }
        self.apply_commands();
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        ctx.input_mut(|input| {
            for (tab, _, key) in Tab::ALL {
                if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)) {
                    self.commands.push(Command::ShowTab(tab));
                }
            }
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::NONE, Key::F1)) {
                self.show_about = true;
            }
            if input.consume_shortcut(&UNDO_SHORTCUT) {
                self.commands.push(Command::Undo);
            }
        });
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading("Rehab tracker");
            if self.demo {
                ui.label(RichText::new("Sample data").italics().weak())
                    .on_hover_text(
                        "A generated journal in a temporary folder. Your own data is not touched.",
                    );
            }
            ui.separator();
            if self.review.is_some() {
                if ui
                    .button("Close review")
                    .on_hover_text("Back to your own diary")
                    .clicked()
                {
                    self.review = None;
                }
            } else if self.data.profile.is_some() {
                for (tab, name, key) in Tab::ALL {
                    let shortcut = ui
                        .ctx()
                        .format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key));
                    if ui
                        .selectable_label(self.tab == tab, name)
                        .on_hover_text(format!("{name} ({shortcut})"))
                        .clicked()
                    {
                        self.commands.push(Command::ShowTab(tab));
                    }
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let dark = ui.visuals().dark_mode;
                let (label, theme) = if dark {
                    ("Light theme", egui::Theme::Light)
                } else {
                    ("Dark theme", egui::Theme::Dark)
                };
                if ui
                    .button(label)
                    .on_hover_text("Switch between light and dark colours")
                    .clicked()
                {
                    ui.ctx().set_theme(theme);
                }
                ui.menu_button("Clinician", |ui| {
                    if self.data.profile.is_some()
                        && ui
                            .button("Programme from your clinician…")
                            .on_hover_text("Open a programme file your clinician saved for you")
                            .clicked()
                    {
                        self.show_import = true;
                        ui.close();
                    }
                    if ui
                        .button("Open for review…")
                        .on_hover_text("For clinicians: open patients' exports, read-only")
                        .clicked()
                    {
                        self.review.get_or_insert_with(ReviewScreen::new);
                        ui.close();
                    }
                });
                if self.data.profile.is_some()
                    && ui
                        .button("Export…")
                        .on_hover_text("Write a report or your data for your physiotherapist")
                        .clicked()
                {
                    self.show_export = true;
                }
                if self.data.profile.is_some()
                    && ui
                        .button("Settings")
                        .on_hover_text("Reminders for your training days and your diary")
                        .clicked()
                {
                    self.settings_window.reset();
                    self.show_settings = true;
                }
                if ui
                    .button("Help")
                    .on_hover_text(
                        "What this app is, where your data is kept, keyboard shortcuts (F1)",
                    )
                    .clicked()
                {
                    self.show_about = true;
                }
                let warn = RichText::new("Warning signs")
                    .color(theme::warning_colour(ui.visuals().dark_mode));
                if ui
                    .button(warn)
                    .on_hover_text("When to get help quickly")
                    .clicked()
                {
                    self.show_warning_signs = true;
                }
            });
        });
    }

    fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        if let Some(notice) = self.notice.clone() {
            ui.horizontal(|ui| {
                ui.label(notice);
                if !self.undo.is_empty() {
                    let shortcut = ui.ctx().format_shortcut(&UNDO_SHORTCUT);
                    if ui
                        .button("Undo")
                        .on_hover_text(format!("Take back the last change ({shortcut})"))
                        .clicked()
                    {
                        self.commands.push(Command::Undo);
                    }
                }
            });
        }
        ui.horizontal(|ui| match self.save_state() {
            SaveState::Saved => {
                ui.label(RichText::new("All entries saved").color(theme::ok_colour(dark)));
            }
            SaveState::Saving => {
                ui.label("Saving…");
            }
            SaveState::Failed(e) => {
                ui.label(
                    RichText::new(format!(
                        "Not saved yet: {e}. Your entries are kept while the app is open, and it will try again."
                    ))
                    .color(theme::warning_colour(dark)),
                );
                if ui.button("Try again now").clicked() {
                    self.commands.push(Command::RetrySave);
                }
            }
            SaveState::ReadOnly => {
                ui.label(RichText::new("Read-only: nothing is being saved").color(theme::warning_colour(dark)));
            }
        });
    }

    fn notices_ui(&mut self, ui: &mut egui::Ui) {
        if self.notices.is_empty() {
            return;
        }
        let colour = theme::warning_colour(ui.visuals().dark_mode);
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(2.0, colour))
            .show(ui, |ui| {
                ui.label(
                    RichText::new("A damaged file was repaired")
                        .strong()
                        .color(colour),
                );
                for notice in &self.notices {
                    ui.label(notice);
                }
                if ui.button("Got it").clicked() {
                    self.notices.clear();
                }
            });
        ui.add_space(theme::SECTION_GAP);
    }

    fn read_only_banner_ui(&self, ui: &mut egui::Ui) {
        if self.read_only.is_empty() {
            return;
        }
        let colour = theme::warning_colour(ui.visuals().dark_mode);
        egui::Frame::group(ui.style()).stroke(egui::Stroke::new(2.0, colour)).show(ui, |ui| {
            ui.label(RichText::new("The app is open read-only").strong().color(colour));
            for reason in &self.read_only {
                ui.label(reason);
            }
            ui.label(
                "Nothing will be saved until this is sorted out, and no file has been changed or deleted. \
                 Your physiotherapist or whoever helps you with your computer can use the file names above.",
            );
        });
        ui.add_space(theme::SECTION_GAP);
    }

    fn apply_commands(&mut self) {
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply(command);
        }
        self.flush();
    }

    /// Applies one command: the only place the journal changes.
    pub fn apply(&mut self, command: Command) {
        let writes = !matches!(
            command,
            Command::ShowTab(_) | Command::RetrySave | Command::SkipNextMorning(_)
        );
        if writes && !self.read_only.is_empty() {
            return;
        }
        match command {
            Command::ShowTab(tab) => self.tab = tab,
            Command::RetrySave => {
                self.retry_at = None;
                self.flush();
            }
            Command::SkipNextMorning(id) => self.skipped_next_morning.push(id),
            Command::CompleteSetup(profile) => {
                self.data.profile = Some(profile);
                self.dirty.profile = true;
                self.dirty.programme = true;
                self.tab = Tab::Today;
                self.changed();
            }
            Command::UpdateProfile(profile) => {
                self.data.profile = Some(profile);
                self.dirty.profile = true;
                self.changed();
            }
            Command::Log(mut entry) => {
                let id = self.data.journal.next_id();
                set_id(&mut entry, id);
                self.notice = Some(format!("Saved: {}.", describe(&entry)));
                self.insert(entry);
                self.push_undo(UndoStep::Remove(id));
            }
            Command::Replace(entry) => {
                if let Some(old) = self.take(entry.id()) {
                    self.notice = Some(format!("Changed: {}.", describe(&entry)));
                    self.insert(entry);
                    self.push_undo(UndoStep::Restore(old));
                }
            }
            Command::Delete(id) => {
                if let Some(old) = self.take(id) {
                    self.notice = Some(format!("Deleted: {}.", describe(&old)));
                    self.push_undo(UndoStep::Restore(old));
                }
            }
            Command::SetNextMorning { session_id, pain } => {
                if let Some(Entry::Session(mut session)) = self
                    .data
                    .journal
                    .get(session_id)
                    .map(|e| e.to_owned_entry())
                {
                    session.next_morning_pain = Some(pain);
                    self.apply(Command::Replace(Entry::Session(session)));
                    self.notice = Some(format!("Saved this morning's pain: {pain}."));
                }
            }
            Command::ChangeLevel { exercise_id, to } => self.change_level(&exercise_id, to),
            Command::AdoptProgramme(programme) => self.adopt_programme(*programme),
            Command::UpdateSettings(settings) => {
                self.push_undo(UndoStep::Settings(self.settings));
                self.set_settings(settings);
                self.notice = Some("Saved your reminder settings.".into());
            }
            Command::Undo => self.undo(),
        }
    }

    fn adopt_programme(&mut self, programme: Programme) {
        if programme.validate().is_err() {
            return;
        }
        self.push_undo(UndoStep::Programmes {
            programme: Box::new(self.data.programme.clone()),
            earlier: self.data.earlier_programmes.clone(),
        });
        let name = programme.name.clone();
        let today = self.today();
        crate::model::adopt(
            &mut self.data.programme,
            &mut self.data.earlier_programmes,
            programme,
            today,
        );
        self.dirty.programme = true;
        self.notice = Some(format!(
            "Your programme is now \"{name}\", from today. Earlier days are still judged by the programme you had then."
        ));
        self.changed();
    }

    /// New settings: saved, and the reminders' timer put in line with them.
    fn set_settings(&mut self, settings: Settings) {
        self.settings = settings;
        self.dirty.settings = true;
        self.settings_window.reset();
        self.settings_window
            .schedule(settings, self.reminder_target.as_ref());
        self.changed();
    }

    fn insert(&mut self, entry: Entry) {
        let ym = self.data.journal.insert(entry);
        self.dirty.months.insert(ym);
        self.changed();
    }

    fn take(&mut self, id: EntryId) -> Option<Entry> {
        let (ym, entry) = self.data.journal.remove(id)?;
        self.dirty.months.insert(ym);
        self.changed();
        Some(entry)
    }

    fn push_undo(&mut self, step: UndoStep) {
        if self.undo.len() == UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(step);
    }

    fn change_level(&mut self, exercise_id: &str, to: u8) {
        let Some(exercise) = self
            .data
            .programme
            .exercises
            .iter_mut()
            .find(|e| e.id == exercise_id)
        else {
            return;
        };
        if to == 0 || usize::from(to) > exercise.levels.len() || to == exercise.level {
            return;
        }
        let from = exercise.level;
        exercise.level = to;
        let name = exercise.name.clone();
        self.dirty.programme = true;
        let now = (self.clock)();
        let event_id = self.data.journal.next_id();
        self.insert(Entry::Event(Event {
            id: event_id,
            date: now.date(),
            time: now.time().with_nanosecond(0).unwrap_or(now.time()),
            kind: EventKind::LevelChange {
                exercise_id: exercise_id.to_owned(),
                from,
                to,
            },
            note: String::new(),
        }));
        self.notice = Some(format!("{name} is now at level {to}."));
        self.push_undo(UndoStep::Level {
            exercise_id: exercise_id.to_owned(),
            to: from,
            event_id,
        });
    }

    fn undo(&mut self) {
        let Some(step) = self.undo.pop() else {
            self.notice = Some("Nothing to undo.".into());
            return;
        };
        match step {
            UndoStep::Remove(id) => {
                let _ = self.take(id);
            }
            UndoStep::Restore(entry) => {
                let _ = self.take(entry.id());
                self.insert(entry);
            }
            UndoStep::Settings(settings) => self.set_settings(settings),
            UndoStep::Programmes { programme, earlier } => {
                self.data.programme = *programme;
                self.data.earlier_programmes = earlier;
                self.dirty.programme = true;
                self.changed();
            }
            UndoStep::Level {
                exercise_id,
                to,
                event_id,
            } => {
                if let Some(exercise) = self
                    .data
                    .programme
                    .exercises
                    .iter_mut()
                    .find(|e| e.id == exercise_id)
                {
                    exercise.level = to;
                    self.dirty.programme = true;
                }
                let _ = self.take(event_id);
            }
        }
        self.notice = Some("Undone.".into());
    }

    /// Asks once, the day after a session, how the pain is this morning.
    fn next_morning_prompt(&mut self, ctx: &egui::Context) {
        let today = self.today();
        let Some(yesterday) = today.pred_opt() else {
            return;
        };
        let Some(session) = self.data.journal.session_on(yesterday) else {
            return;
        };
        if session.next_morning_pain.is_some()
            || self.skipped_next_morning.contains(&session.id)
            || !self.read_only.is_empty()
        {
            return;
        }
        let session_id = session.id;
        let modal = egui::Modal::new(egui::Id::unique("next_morning")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Good morning");
            ui.label("You did your exercises yesterday. How much pain do you have this morning?");
            ui.label(
                RichText::new("This tells the app whether yesterday's session settled overnight.")
                    .weak(),
            );
            super::widgets::pain_scale(ui, "Pain this morning", &mut self.next_morning_choice);
            ui.horizontal(|ui| {
                let save = ui.add_enabled(
                    self.next_morning_choice.is_some(),
                    egui::Button::new("Save morning pain"),
                );
                if save.clicked()
                    && let Some(pain) = self
                        .next_morning_choice
                        .and_then(|p| Pain::new(i64::from(p)).ok())
                {
                    self.commands
                        .push(Command::SetNextMorning { session_id, pain });
                    self.next_morning_choice = None;
                }
                if ui.button("Not now").clicked() {
                    self.commands.push(Command::SkipNextMorning(session_id));
                }
            });
        });
        if modal.should_close() {
            self.commands.push(Command::SkipNextMorning(session_id));
        }
    }

    fn changed(&mut self) {
        self.data.version += 1;
    }

    /// Hands the changed files to the saver, unless a save is already under way.
    fn flush(&mut self) {
        if self.in_flight.is_some() || self.dirty.is_empty() || !self.read_only.is_empty() {
            return;
        }
        let Some(saver) = self.saver.as_mut() else {
            return;
        };
        let dirty = std::mem::take(&mut self.dirty);
        let batch = batch_for(&self.data, &self.settings, &dirty);
        if let Some(ticket) = saver.submit(batch) {
            self.in_flight = Some((ticket, dirty));
        } else {
            self.dirty.merge(dirty);
            self.save_error =
                Some("saving stopped working; close the app and open it again".into());
        }
    }

    fn poll_saves(&mut self) {
        let Some(saver) = self.saver.as_ref() else {
            return;
        };
        while let Some(outcome) = saver.poll() {
            let Some((ticket, dirty)) = self.in_flight.take() else {
                continue;
            };
            debug_assert_eq!(ticket, outcome.ticket);
            match outcome.result {
                Ok(_) => self.save_error = None,
                Err(e) => {
                    self.dirty.merge(dirty);
                    self.save_error = Some(e.to_string());
                    self.retry_at = Some(Instant::now() + RETRY_AFTER);
                }
            }
        }
        if self.retry_at.is_none() {
            self.flush();
        }
    }

    /// Waits until every change is on disk, or the save fails. For closing the window and
    /// for tests; never called inside a frame.
    pub fn save_now(&mut self) -> Result<(), String> {
        if !self.read_only.is_empty() {
            return Ok(());
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.in_flight.is_some() && Instant::now() < deadline {
            self.poll_saves();
            std::thread::sleep(Duration::from_millis(5));
        }
        if self.dirty.is_empty() {
            return self.save_error.clone().map_or(Ok(()), Err);
        }
        let dirty = std::mem::take(&mut self.dirty);
        let batch = batch_for(&self.data, &self.settings, &dirty);
        match self.store.save(&batch) {
            Ok(_) => {
                self.save_error = None;
                Ok(())
            }
            Err(e) => {
                self.dirty.merge(dirty);
                self.save_error = Some(e.to_string());
                Err(e.to_string())
            }
        }
    }
}

fn set_id(entry: &mut Entry, id: EntryId) {
    match entry {
        Entry::Session(s) => s.id = id,
        Entry::Diary(d) => d.id = id,
        Entry::Event(e) => e.id = id,
        Entry::Psfs(p) => p.id = id,
    }
}

/// An entry in a few words, for notices.
fn describe(entry: &Entry) -> String {
    let date = entry.date().format("%-d %B");
    match entry {
        Entry::Session(_) => format!("session of {date}"),
        Entry::Diary(_) => format!("diary entry of {date}"),
        Entry::Event(e) => format!("{} on {date}", e.kind.label().to_lowercase()),
        Entry::Psfs(_) => format!("activity scores of {date}"),
    }
}

fn batch_for(data: &Data, settings: &Settings, dirty: &Dirty) -> SaveBatch {
    SaveBatch {
        profile: if dirty.profile {
            data.profile.clone()
        } else {
            None
        },
        programme: dirty.programme.then(|| ProgrammeRecord {
            programme: data.programme.clone(),
            earlier: data.earlier_programmes.clone(),
        }),
        settings: dirty.settings.then_some(*settings),
        months: dirty
            .months
            .iter()
            .map(|ym| (*ym, data.journal.month(*ym).cloned().unwrap_or_default()))
            .collect(),
    }
}

impl eframe::App for RehabApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        RehabApp::ui(self, ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Err(e) = self.save_now() {
            log::error!("could not save on exit: {e}");
        }
    }
}
