//! The app shell: owns the journal and the screens' state, applies the commands the screens
//! emit, and hands changed files to the background saver.

use super::tabs::{
    about, diary::DiaryScreen, history::HistoryScreen, setup::SetupScreen, today::TodayScreen,
    warning_signs,
};
use super::theme;
use crate::model::{DiaryEntry, Journal, Profile, Programme, Session, YearMonth};
use crate::storage::{InstanceLock, Loaded, SaveBatch, Saver, Store};
use chrono::{Local, NaiveDate, NaiveDateTime};
use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

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
}

impl Tab {
    const ALL: [(Self, &'static str, Key); 3] = [
        (Self::Today, "Today", Key::Num1),
        (Self::Diary, "Diary", Key::Num2),
        (Self::History, "History", Key::Num3),
    ];
}

/// Everything a screen may ask the app to do. Screens never change the journal themselves.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// First-run answers.
    CompleteSetup(Profile),
    /// A finished session.
    LogSession(Session),
    /// A diary entry.
    LogDiary(DiaryEntry),
    /// Switch screens.
    ShowTab(Tab),
    /// Try a failed save again now.
    RetrySave,
}

/// The patient's data as the screens read it.
#[derive(Debug, Clone)]
pub struct Data {
    /// The profile; `None` until first-run setup is done.
    pub profile: Option<Profile>,
    /// The programme in force.
    pub programme: Programme,
    /// The journal.
    pub journal: Journal,
    /// Goes up on every change, so screens can cache what they compute.
    pub version: u64,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Dirty {
    profile: bool,
    programme: bool,
    months: BTreeSet<YearMonth>,
}

impl Dirty {
    fn is_empty(&self) -> bool {
        !self.profile && !self.programme && self.months.is_empty()
    }

    fn merge(&mut self, other: Self) {
        self.profile |= other.profile;
        self.programme |= other.programme;
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
    setup_screen: SetupScreen,
    show_about: bool,
    show_warning_signs: bool,
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
        let programme = if let Some(p) = loaded.programme {
            p
        } else {
            dirty.programme = loaded.profile.is_some();
            Programme::default_programme()?
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
                programme,
                journal: loaded.journal,
                version: 1,
            },
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
            setup_screen: SetupScreen::new(Local::now().date_naive()),
            show_about: false,
            show_warning_signs: false,
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
                (Some(_), Tab::History) => self.history_screen.ui(ui, &self.data, today),
            }
        });
        if self.show_about {
            about::window(&ctx, &mut self.show_about, self.store.dir(), self.demo);
        }
        if self.show_warning_signs {
            warning_signs::window(&ctx, &mut self.show_warning_signs);
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
            if self.data.profile.is_some() {
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
                if ui
                    .button("About")
                    .on_hover_text("What this app is, where your data is kept (F1)")
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
        match command {
            Command::ShowTab(tab) => self.tab = tab,
            Command::RetrySave => {
                self.retry_at = None;
                self.flush();
            }
            Command::CompleteSetup(profile) => {
                if !self.read_only.is_empty() {
                    return;
                }
                self.data.profile = Some(profile);
                self.dirty.profile = true;
                self.dirty.programme = true;
                self.tab = Tab::Today;
                self.changed();
            }
            Command::LogSession(mut session) => {
                if !self.read_only.is_empty() {
                    return;
                }
                session.id = self.data.journal.next_id();
                let ym = self.data.journal.add_session(session);
                self.dirty.months.insert(ym);
                self.changed();
            }
            Command::LogDiary(mut entry) => {
                if !self.read_only.is_empty() {
                    return;
                }
                entry.id = self.data.journal.next_id();
                let ym = self.data.journal.add_diary(entry);
                self.dirty.months.insert(ym);
                self.changed();
            }
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
        let batch = batch_for(&self.data, &dirty);
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
        let batch = batch_for(&self.data, &dirty);
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

fn batch_for(data: &Data, dirty: &Dirty) -> SaveBatch {
    SaveBatch {
        profile: if dirty.profile {
            data.profile.clone()
        } else {
            None
        },
        programme: dirty.programme.then(|| data.programme.clone()),
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
