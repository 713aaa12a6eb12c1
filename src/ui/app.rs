//! The app shell: the record, the tabs, the top bar, the status bar and the windows. Screens
//! read the record and emit commands; every change to the patient's data goes through
//! [`Record::apply`], and saving through [`Saving`].

use super::assessment::Assessment;
use super::command::{CLINICIAN_MENU_FOLD, Command, Place, Tab, UiCommand, Window, clinician_menu};
use super::loading::JournalLoader;
use super::review::ReviewScreen;
use super::saving::{SaveState, Saving};
use super::tabs::{
    about,
    diary::DiaryScreen,
    history::HistoryScreen,
    next_morning::NextMorningPrompt,
    progress::ProgressScreen,
    settings::{ScheduleTarget, SettingsWindow},
    setup::SetupScreen,
    today::TodayScreen,
    warning_signs,
};
use super::theme::{self, icons};
use crate::model::{Settings, YearMonth};
use crate::record::{Change, Record};
use crate::storage::{InstanceLock, Loaded, Saver, Store};
use crate::t;
use chrono::{Local, NaiveDate, NaiveDateTime};
use egui::RichText;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// What the window opens on.
pub struct Startup {
    /// The data folder.
    pub store: Store,
    /// What was read from it: the profile, the programme, the settings (the journal's
    /// months are read once the window is up).
    pub loaded: Loaded,
    /// The month files still to read, oldest first.
    pub months: Vec<(YearMonth, PathBuf)>,
    /// The single-writer lock, if it was taken.
    pub lock: Option<Arc<InstanceLock>>,
    /// Why the app must not write, if it must not (another copy is running, ...).
    pub read_only_reason: Option<String>,
    /// A sample journal in a temporary folder.
    pub demo: bool,
}

/// Whose step Ctrl+Z takes back next: the record's or Today's form's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    Record,
    TodayForm,
}

/// A line in the status bar after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Notice {
    text: String,
    /// The change was refused.
    refused: bool,
}

/// The rehab-tracker window.
pub struct RehabApp {
    record: Record,
    saving: Saving,
    read_only: Vec<String>,
    /// Damaged files put back from their last good copy at start, until dismissed.
    notices: Vec<String>,
    _lock: Option<Arc<InstanceLock>>,
    /// The journal's months being read, newest first.
    loading: Option<JournalLoader>,
    demo: bool,
    tab: Tab,
    today_screen: TodayScreen,
    diary_screen: DiaryScreen,
    history_screen: HistoryScreen,
    progress_screen: ProgressScreen,
    setup_screen: SetupScreen,
    next_morning: NextMorningPrompt,
    assessment: Assessment,
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
    notice: Option<Notice>,
    /// Counts the notices, one per change, undo or redo.
    notice_seq: u64,
    /// A window over the app was closed: the tab shown takes the keyboard's focus, so it
    /// is not lost with the window's controls.
    focus_tab: bool,
    /// An entry was deleted with the button that had the focus: the status bar's Undo,
    /// beside the word of what was deleted, takes it.
    focus_undo: bool,
    /// What the patient did, newest last, and what they undid: undo and redo take the
    /// latest, whether a saved change or a button's change to a form.
    done: Vec<Done>,
    undone: Vec<Done>,
    /// The window was asked to close over a form not saved: what is not saved, asked first.
    closing_over: Option<String>,
    /// "Close anyway" was chosen.
    close_anyway: bool,
    commands: Vec<Command>,
    ctx_slot: Arc<OnceLock<egui::Context>>,
    /// The desktop's light or dark preference, followed until the patient chooses.
    desktop_theme: Option<super::desktop_theme::DesktopTheme>,
    clock: Box<dyn Fn() -> NaiveDateTime>,
}

impl RehabApp {
    /// Builds the app from what was loaded. Fails only if the built-in programme is broken.
    pub fn new(startup: Startup) -> Result<Self, crate::model::ProgrammeError> {
        let Startup {
            store,
            loaded,
            months,
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
        let mut record = Record::from_loaded(loaded)?;
        record.expect_months(months.iter().map(|(ym, _)| *ym));
        let loading = JournalLoader::new(store.clone(), months, lock.clone());
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
                    read_only.push(t!("app-could-not-start-saving", error = e.to_string()));
                    None
                }
            }
        } else {
            None
        };
        let mut app = Self {
            record,
            saving: Saving::new(store, saver),
            read_only,
            notices,
            _lock: lock,
            loading,
            demo,
            tab: Tab::Today,
            today_screen: TodayScreen::default(),
            diary_screen: DiaryScreen::default(),
            history_screen: HistoryScreen::default(),
            progress_screen: ProgressScreen::default(),
            setup_screen: SetupScreen::new(Local::now().date_naive()),
            next_morning: NextMorningPrompt::default(),
            assessment: Assessment::default(),
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
            notice: None,
            notice_seq: 0,
            focus_tab: false,
            focus_undo: false,
            done: Vec::new(),
            undone: Vec::new(),
            closing_over: None,
            close_anyway: false,
            commands: Vec::new(),
            ctx_slot,
            desktop_theme: None,
            clock: Box::new(|| Local::now().naive_local()),
        };
        app.saving.flush(&mut app.record);
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

    /// Follows the desktop's light or dark preference while the patient has not chosen one.
    #[must_use]
    pub fn with_desktop_theme(mut self, theme: super::desktop_theme::DesktopTheme) -> Self {
        self.desktop_theme = Some(theme);
        self
    }

    /// Opens exported files and folders with `opener` instead of the desktop's programs
    /// (tests).
    #[must_use]
    pub fn with_opener(mut self, opener: super::desktop::Opener) -> Self {
        self.export_window.set_opener(opener);
        self
    }

    /// Plays the chime at the end of a rest or a hold with `sound` instead of the desktop's
    /// sound player (tests).
    #[must_use]
    pub fn with_sound(mut self, sound: crate::desktop::sound::Sound) -> Self {
        self.today_screen.set_sound(sound);
        self
    }

    /// Sets up reminders to come while the window is closed, here (`None`: never, as for
    /// the sample journal). When reminders are on, the timer is put in line at once, so it
    /// follows the app if it moved.
    #[must_use]
    pub fn with_reminder_schedule(mut self, target: Option<ScheduleTarget>) -> Self {
        self.reminder_target = target;
        let settings = *self.record.settings();
        if settings.any_reminder_on() && self.read_only.is_empty() {
            self.settings_window
                .schedule(settings, self.reminder_target.as_ref());
        }
        self
    }

    /// The settings in use.
    #[must_use]
    pub fn settings(&self) -> &Settings {
        self.record.settings()
    }

    /// Whether a background task of a window is still running (an export, a file being
    /// read, files under review): tests step frames until it is done.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.loading.is_some()
            || self.assessment.is_busy()
            || self.export_window.is_busy()
            || self.import_window.is_busy()
            || self.settings_window.is_busy()
            || self.review.as_ref().is_some_and(ReviewScreen::is_busy)
    }

    /// The review screen, when open.
    #[must_use]
    pub fn review(&self) -> Option<&ReviewScreen> {
        self.review.as_ref()
    }

    /// The patient's record as the screens see it.
    #[must_use]
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// Where saving stands.
    #[must_use]
    pub fn save_state(&self) -> SaveState {
        if self.read_only.is_empty() {
            self.saving.state(&self.record)
        } else {
            SaveState::ReadOnly
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

    /// Whether the guided session fills the window.
    #[must_use]
    pub fn guided(&self) -> bool {
        self.review.is_none() && self.tab == Tab::Today && self.today_screen.is_guided()
    }

    fn today(&self) -> NaiveDate {
        (self.clock)().date()
    }

    fn can_write(&self) -> bool {
        self.read_only.is_empty()
    }

    /// Draws one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.begin_frame(&ctx);
        // The guided session fills the window: no top bar over it.
        if !self.guided() {
            egui::Panel::top("top_bar")
                .frame(theme::bar_frame(ui))
                .show(ui, |ui| self.top_bar_ui(ui));
        }
        egui::Panel::bottom("status_bar")
            .frame(theme::bar_frame(ui))
            .show(ui, |ui| self.status_bar_ui(ui));
        if let Some(review) = &mut self.review {
            egui::CentralPanel::default().show(ui, |ui| review.ui(ui));
            self.apply_commands();
            super::a11y::end_frame(&ctx, &self.window_name());
            return;
        }
        let now = (self.clock)();
        let window_before = self.open_window();
        self.assessment
            .refresh(&self.record, now.date(), Some(&ctx));
        egui::CentralPanel::default().show(ui, |ui| self.screen_ui(ui, now));
        self.windows_ui(&ctx, now);
        self.apply_commands();
        if window_before.is_some()
            && self.open_window().is_none()
            && self.record.profile().is_some()
        {
            self.focus_tab = true;
            ctx.request_repaint();
        }
        super::a11y::end_frame(&ctx, &self.window_name());
    }

    /// Before anything is drawn: the theme, the months read since the last frame, saving,
    /// the keys pressed, and the question before closing over a form not saved.
    fn begin_frame(&mut self, ctx: &egui::Context) {
        let _ = self.ctx_slot.set(ctx.clone());
        if theme::apply(ctx) {
            // Larger and smaller text are commands of the window, with the other keys.
            ctx.options_mut(|options| options.zoom_with_keyboard = false);
        }
        if let Some(desktop) = &self.desktop_theme {
            desktop.apply(ctx);
        }
        self.take_read_months(ctx);
        // The pain controls colour their segments by the programme's own bands.
        super::widgets::set_pain_bands(ctx, self.record.programme().pain_bands);
        if self.can_write() {
            self.saving.tick(&mut self.record, ctx);
        }
        self.shortcuts(ctx);
        self.close_guard(ctx);
    }

    /// The middle of the window: the banners, then set-up or the tab shown.
    fn screen_ui(&mut self, ui: &mut egui::Ui, now: NaiveDateTime) {
        let today = now.date();
        let can_write = self.can_write();
        self.read_only_banner_ui(ui);
        self.notices_ui(ui);
        let record = &self.record;
        if record.profile().is_none() {
            self.setup_screen.ui(ui, can_write, &mut self.commands);
            return;
        }
        let assessment = &self.assessment;
        let commands = &mut self.commands;
        match self.tab {
            Tab::Today => {
                self.today_screen
                    .ui(ui, record, assessment, now, can_write, commands);
            }
            Tab::Diary => self.diary_screen.ui(ui, record, now, can_write, commands),
            Tab::History => {
                let lights = assessment.progress().map(|p| &p.lights);
                self.history_screen
                    .ui(ui, record, lights, today, can_write, commands);
            }
            Tab::Progress => match assessment.progress() {
                Some(progress) => {
                    let generation = assessment.generation();
                    self.progress_screen
                        .ui(ui, record, progress, generation, today);
                }
                None => opening_ui(ui, record),
            },
        }
    }

    /// The window open over the app, if any; with none, the next-morning question.
    fn windows_ui(&mut self, ctx: &egui::Context, now: NaiveDateTime) {
        let today = now.date();
        let can_write = self.can_write();
        if self.show_export {
            self.export_window
                .window(ctx, &mut self.show_export, &self.record, today);
        }
        if self.show_import {
            self.import_window.window(
                ctx,
                &mut self.show_import,
                &self.record,
                today,
                can_write,
                &mut self.commands,
            );
        }
        if self.show_settings {
            self.settings_window.window(
                ctx,
                &mut self.show_settings,
                &self.record,
                today,
                self.demo,
                can_write,
                self.today_screen.sound(),
                &mut self.commands,
            );
        }
        if self.show_about {
            about::window(
                ctx,
                &mut self.show_about,
                self.saving.store().dir(),
                self.demo,
            );
        }
        if self.show_warning_signs {
            self.warning_screen.window(
                ctx,
                &mut self.show_warning_signs,
                now,
                can_write,
                &mut self.commands,
            );
        } else if self.record.profile().is_some() && can_write {
            self.next_morning
                .ui(ctx, &self.record, today, &mut self.commands);
        }
    }

    /// The window's name for a screen reader: the app and the screen shown.
    fn window_name(&self) -> String {
        let screen = if self.review.is_some() {
            t!("app-window-review")
        } else if self.record.profile().is_none() {
            t!("app-window-setup")
        } else if self.guided() {
            t!("app-window-guided")
        } else {
            self.tab.name()
        };
        t!("app-window-name", screen = screen)
    }

    /// Closing the window over a form filled in and not saved asks first: saved entries are
    /// on disk, but a form is not an entry yet.
    fn close_guard(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.close_anyway
            && let Some(text) = self.unsaved_form()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.closing_over = Some(text);
        }
        let Some(text) = self.closing_over.clone() else {
            return;
        };
        egui::Modal::new(egui::Id::unique("close over unsaved")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.label(theme::title(t!("app-close-title")));
            ui.label(t!("app-close-lost", unsaved = text));
            ui.horizontal_wrapped(|ui| {
                if ui.button(t!("app-close-go-back")).clicked() {
                    self.closing_over = None;
                }
                if ui.button(t!("app-close-without")).clicked() {
                    self.closing_over = None;
                    self.close_anyway = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
        });
    }

    /// Takes in the months read since the last frame; a month that could not be read stops
    /// all saving, as at start.
    fn take_read_months(&mut self, ctx: &egui::Context) {
        let Some(loader) = &mut self.loading else {
            return;
        };
        // The first frame is painted before the window shows; reading starts after it.
        for read in loader.take(ctx.cumulative_frame_nr() > 0) {
            let unreadable = !read.problems.is_empty();
            self.read_only.extend(
                read.problems
                    .iter()
                    .map(crate::storage::FileProblem::message),
            );
            self.notices
                .extend(read.restored.iter().map(crate::storage::Restored::message));
            self.record
                .add_read_month(read.month, read.content.filter(|_| !unreadable));
        }
        if loader.is_done() {
            if let Some(e) = loader.failed() {
                self.read_only
                    .push(t!("app-part-unreadable", error = e.to_string()));
                self.record.give_up_reading();
            }
            self.loading = None;
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(15));
        }
    }

    fn close_windows(&mut self) {
        self.show_export = false;
        self.show_import = false;
        self.show_settings = false;
        self.show_about = false;
        self.show_warning_signs = false;
    }

    /// The screen shown.
    #[must_use]
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The window open over the app, if any.
    #[must_use]
    pub fn open_window(&self) -> Option<Window> {
        [
            (self.show_export, Window::Export),
            (self.show_import, Window::Import),
            (self.show_settings, Window::Settings),
            (self.show_about, Window::Help),
            (self.show_warning_signs, Window::WarningSigns),
        ]
        .into_iter()
        .find_map(|(open, window)| open.then_some(window))
    }

    /// Whether `command` can be asked for now, by its control or its keys. The tabs' keys
    /// work from anywhere; Undo and Redo say so when there is nothing to take back.
    fn available(&self, command: UiCommand, dark: bool) -> bool {
        let patient = self.record.profile().is_some();
        match command {
            UiCommand::ShowToday
            | UiCommand::ShowDiary
            | UiCommand::ShowHistory
            | UiCommand::ShowProgress
            | UiCommand::WarningSigns
            | UiCommand::Help
            | UiCommand::OpenReview
            | UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::ZoomIn
            | UiCommand::ZoomOut
            | UiCommand::ZoomReset => true,
            UiCommand::CloseReview => self.review.is_some(),
            UiCommand::Settings | UiCommand::Export | UiCommand::ImportProgramme => patient,
            UiCommand::DarkTheme => !dark,
            UiCommand::LightTheme => dark,
            UiCommand::CloseWindow => self.open_window().is_some(),
            UiCommand::StartSession => patient && self.can_write() && self.review.is_none(),
        }
    }

    /// Carries out one of the window's commands, from its control or its keys.
    fn run(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::ShowToday
            | UiCommand::ShowDiary
            | UiCommand::ShowHistory
            | UiCommand::ShowProgress => {
                if let Some(tab) = command.tab() {
                    self.commands.push(Command::ShowTab(tab));
                }
            }
            UiCommand::CloseReview => self.review = None,
            UiCommand::OpenReview => {
                self.review.get_or_insert_with(ReviewScreen::new);
            }
            UiCommand::WarningSigns => self
                .commands
                .push(Command::OpenWindow(Window::WarningSigns)),
            UiCommand::Help => self.commands.push(Command::OpenWindow(Window::Help)),
            UiCommand::Settings => {
                self.settings_window.reset();
                self.commands.push(Command::OpenWindow(Window::Settings));
            }
            UiCommand::Export => self.commands.push(Command::OpenWindow(Window::Export)),
            UiCommand::ImportProgramme => self.commands.push(Command::OpenWindow(Window::Import)),
            UiCommand::DarkTheme => ctx.set_theme(egui::Theme::Dark),
            UiCommand::LightTheme => ctx.set_theme(egui::Theme::Light),
            UiCommand::Undo => self.commands.push(Command::Undo),
            UiCommand::Redo => self.commands.push(Command::Redo),
            UiCommand::CloseWindow => self.commands.push(Command::CloseWindows),
            UiCommand::StartSession => {
                self.commands.push(Command::ShowTab(Tab::Today));
                self.today_screen.start_guided();
            }
            UiCommand::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            UiCommand::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            UiCommand::ZoomReset => ctx.set_zoom_factor(1.0),
        }
    }

    /// The commands whose keys were pressed this frame.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        let dark = ctx.theme() == egui::Theme::Dark;
        while let Some(command) = UiCommand::take_pressed(ctx, |c| self.available(c, dark)) {
            self.run(ctx, command);
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        let mut two_rows = false;
        // Icons carry part of the meaning here, so the bar's buttons are a little tighter
        // than elsewhere and the bar keeps to one row in a narrow window.
        ui.spacing_mut().button_padding.x = theme::space::S;
        ui.horizontal(|ui| {
            ui.label(theme::title(t!("app-title")));
            if self.demo {
                ui.label(RichText::new(t!("app-sample-data")).italics().weak())
                    .on_hover_text(t!("app-sample-data-tooltip"));
            }
            ui.separator();
            self.top_bar_left(ui);
            // The buttons on the right share the row, the less-used ones folded into "More"
            // when the window is narrow; with very large text they go on a row of their own,
            // so nothing overlaps.
            let room = ui.available_width() - 16.0;
            two_rows = !self.top_bar_right(ui, room, false);
        });
        if two_rows {
            let room = ui.available_width();
            self.top_bar_right(ui, room, true);
        }
    }

    /// The tabs; while patients' exports are reviewed, the way back instead.
    fn top_bar_left(&mut self, ui: &mut egui::Ui) {
        let place = if self.review.is_some() {
            Place::Review
        } else if self.record.profile().is_some() {
            Place::Tab
        } else {
            return;
        };
        for command in UiCommand::all().filter(|c| c.place() == place) {
            match command.tab() {
                Some(tab) => self.tab_button(ui, tab),
                None => {
                    if command_button(ui, command, command.label()).clicked() {
                        self.run(ui.ctx(), command);
                    }
                }
            }
        }
    }

    /// A tab of the top bar: selected when its screen is shown.
    fn tab_button(&mut self, ui: &mut egui::Ui, tab: Tab) {
        let command = tab.command();
        let selected = self.tab == tab;
        let response = match command.icon() {
            Some(icon) => theme::icon_tab(ui, icon, &command.label(), selected),
            None => ui.selectable_label(selected, command.label()),
        }
        .on_hover_text(command.hover_text(ui.ctx()));
        super::a11y::tab(&response, selected);
        if selected && std::mem::take(&mut self.focus_tab) {
            response.request_focus();
        }
        if response.clicked() {
            self.run(ui.ctx(), command);
        }
    }

    /// The buttons on the right of the top bar, in `room` pixels if they fit there (folding
    /// the less-used ones into "More" as needed); `false` when even Warning signs and "More"
    /// do not fit.
    fn top_bar_right(&mut self, ui: &mut egui::Ui, room: f32, must_fit: bool) -> bool {
        let items = self.bar_items(ui.visuals().dark_mode);
        let limit = match bar_fold_limit(ui, &items, room) {
            Some(limit) => limit,
            None if must_fit => u8::MAX,
            None => return false,
        };
        let folds = |item: &&BarItem| item.fold() <= limit;
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if items.iter().any(|item| folds(&item)) {
                let more = ui.menu_button(
                    (theme::icon_text(icons::ICON_MORE_HORIZ), t!("app-more")),
                    |ui| {
                        for &item in items.iter().filter(folds) {
                            self.bar_item_ui(ui, item, true);
                        }
                    },
                );
                theme::name_control(&more.response, &t!("app-more"))
                    .on_hover_text(t!("app-more-tooltip"));
            }
            for &item in items.iter().rev().filter(|item| !folds(item)) {
                self.bar_item_ui(ui, item, false);
            }
            let warning = theme::warning_colour(ui.visuals().dark_mode);
            for command in UiCommand::all().filter(|c| c.place() == Place::BarAlways) {
                let text = RichText::new(command.label()).color(warning);
                if command_button_in(ui, command, text, Some(warning)).clicked() {
                    self.run(ui.ctx(), command);
                }
            }
        });
        true
    }

    /// What the right of the top bar holds now besides Warning signs, left to right, in the
    /// command table's order.
    fn bar_items(&self, dark: bool) -> Vec<BarItem> {
        let mut items = Vec::new();
        for command in UiCommand::all().filter(|&c| self.available(c, dark)) {
            let item = match command.place() {
                Place::Bar { .. } => BarItem::Button(command),
                Place::ClinicianMenu => BarItem::ClinicianMenu,
                _ => continue,
            };
            if !items.contains(&item) {
                items.push(item);
            }
        }
        items
    }

    /// One of the top bar's buttons or its clinician menu, in the bar or in "More".
    fn bar_item_ui(&mut self, ui: &mut egui::Ui, item: BarItem, in_menu: bool) {
        match item {
            BarItem::ClinicianMenu => {
                let menu = ui.menu_button(
                    (theme::icon_text(icons::ICON_STETHOSCOPE), clinician_menu()),
                    |ui| self.clinician_menu(ui),
                );
                theme::name_control(&menu.response, &clinician_menu());
            }
            BarItem::Button(command) => {
                if command_button(ui, command, command.label()).clicked() {
                    self.run(ui.ctx(), command);
                    if in_menu {
                        ui.close();
                    }
                }
            }
        }
    }

    /// The clinician's menu: a programme from them, or reviewing patients' exports.
    fn clinician_menu(&mut self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        let entries: Vec<UiCommand> = UiCommand::all()
            .filter(|&c| c.place() == Place::ClinicianMenu && self.available(c, dark))
            .collect();
        for command in entries {
            if command_button(ui, command, command.label()).clicked() {
                self.run(ui.ctx(), command);
                ui.close();
            }
        }
    }

    fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        if let Some(notice) = self.notice.clone() {
            ui.horizontal_wrapped(|ui| {
                // Said to a screen reader once, wherever the focus is: a refusal at once.
                ui.push_id(("notice", self.notice_seq), |ui| {
                    if notice.refused {
                        super::a11y::live_label(
                            ui,
                            RichText::new(t!("app-not-saved", reason = notice.text.as_str()))
                                .color(theme::warning_colour(dark)),
                            super::a11y::Urgency::Assertive,
                        );
                    } else {
                        super::a11y::live_label(ui, notice.text, super::a11y::Urgency::Polite);
                    }
                });
                if self.can_undo() {
                    let tooltip = match self.next_undo() {
                        Some(what) => t!("app-undo-what", what = what),
                        None => t!("app-undo-last"),
                    };
                    let tooltip = UiCommand::Undo.with_keys(ui.ctx(), &tooltip);
                    let undo = command_control(ui, UiCommand::Undo, UiCommand::Undo.label(), None)
                        .on_hover_text(tooltip);
                    if std::mem::take(&mut self.focus_undo) && !notice.refused {
                        undo.request_focus();
                    }
                    if undo.clicked() {
                        self.run(ui.ctx(), UiCommand::Undo);
                    }
                }
                if self.can_redo() {
                    let tooltip = match self.next_redo() {
                        Some(what) => t!("app-redo-what", what = what),
                        None => t!("app-redo-last"),
                    };
                    let tooltip = UiCommand::Redo.with_keys(ui.ctx(), &tooltip);
                    let redo = command_control(ui, UiCommand::Redo, UiCommand::Redo.label(), None)
                        .on_hover_text(tooltip);
                    if redo.clicked() {
                        self.run(ui.ctx(), UiCommand::Redo);
                    }
                }
            });
        }
        ui.horizontal_wrapped(|ui| match self.save_state() {
            SaveState::Saved => match self.unsaved_form() {
                Some(text) => {
                    ui.label(RichText::new(text).color(theme::warning_colour(dark)));
                }
                None => {
                    ui.label(RichText::new(t!("app-all-saved")).color(theme::ok_colour(dark)));
                }
            },
            SaveState::Saving => {
                ui.label(t!("app-saving"));
            }
            SaveState::Failed(e) => {
                ui.label(
                    RichText::new(t!("app-not-saved-yet", error = e.clone()))
                        .color(theme::warning_colour(dark)),
                );
                if ui.button(t!("app-try-again")).clicked() {
                    self.commands.push(Command::RetrySave);
                }
            }
            SaveState::ReadOnly => {
                ui.label(
                    RichText::new(t!("app-read-only-status")).color(theme::warning_colour(dark)),
                );
            }
        });
    }

    /// What is filled in on Today and not saved yet, in a few words.
    #[must_use]
    pub fn today_unsaved(&self) -> Option<String> {
        self.today_screen.unsaved()
    }

    /// A form with something typed and not saved yet, in words for the status bar: saved
    /// entries are all on disk, but this one is not an entry yet.
    fn unsaved_form(&self) -> Option<String> {
        self.today_screen
            .unsaved()
            .or_else(|| self.diary_screen.unsaved())
            .or_else(|| self.history_screen.unsaved())
    }

    fn notices_ui(&mut self, ui: &mut egui::Ui) {
        if self.notices.is_empty() {
            return;
        }
        let colour = theme::warning_colour(ui.visuals().dark_mode);
        theme::tone_card(ui, theme::Tone::Warning, |ui| {
            ui.label(theme::title(t!("app-repaired-title")).color(colour));
            for notice in &self.notices {
                ui.label(notice);
            }
            if ui.button(t!("app-got-it")).clicked() {
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
        theme::tone_card(ui, theme::Tone::Warning, |ui| {
            ui.label(theme::title(t!("app-read-only-title")).color(colour));
            for reason in &self.read_only {
                ui.label(reason);
            }
            // The folder is named here whatever the reason, so the words always point at
            // something on screen.
            ui.label(t!(
                "app-read-only-body",
                folder = self.saving.store().dir().display().to_string()
            ));
        });
        ui.add_space(theme::SECTION_GAP);
    }

    fn apply_commands(&mut self) {
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply(command);
        }
        if self.can_write() {
            self.saving.flush(&mut self.record);
        }
    }

    /// Applies one command. Changes to the record go through [`Record::apply`], the one
    /// place the patient's data changes; nothing is changed while the app is read-only.
    pub fn apply(&mut self, command: Command) {
        let writes = matches!(command, Command::Change(_) | Command::Undo | Command::Redo);
        if writes && !self.can_write() {
            return;
        }
        let settings_before = *self.record.settings();
        self.apply_inner(command);
        if writes {
            // Each notice is a new object in the status bar, so it is announced even when
            // its words are the same as the last one's.
            self.notice_seq += 1;
        }
        // Reminders come while the window is closed: a change of settings (made, undone or
        // redone) puts the timer in line with them.
        // The chime alone changes at once and leaves a reminder being chosen as it is.
        let settings = *self.record.settings();
        let reminders = |s: Settings| (s.training_reminder, s.diary_reminder);
        if reminders(settings) != reminders(settings_before) {
            self.settings_window.reset();
            self.settings_window
                .schedule(settings, self.reminder_target.as_ref());
        } else if settings.sound != settings_before.sound {
            self.settings_window.sound_saved(settings.sound);
        }
        // A language chosen (or the choice undone) speaks from the next frame on.
        if settings.language != settings_before.language {
            crate::i18n::set_language(
                settings
                    .language
                    .unwrap_or_else(crate::i18n::Lang::from_desktop),
            );
            self.settings_window.language_saved(settings.language);
        }
    }

    fn apply_inner(&mut self, command: Command) {
        match command {
            Command::ShowTab(tab) => {
                if tab != self.tab {
                    match tab {
                        Tab::Progress => self.progress_screen.open_at_top(),
                        Tab::History => self.history_screen.open_at_top(),
                        Tab::Today | Tab::Diary => {}
                    }
                }
                self.tab = tab;
            }
            Command::RetrySave => self.saving.retry_now(&mut self.record),
            Command::SkipNextMorning(id) => self.next_morning.skip(id),
            Command::OpenWindow(window) => {
                self.close_windows();
                match window {
                    Window::Export => self.show_export = true,
                    Window::Import => self.show_import = true,
                    Window::Settings => self.show_settings = true,
                    Window::Help => self.show_about = true,
                    Window::WarningSigns => self.show_warning_signs = true,
                }
            }
            Command::CloseWindows => self.close_windows(),
            Command::Change(change) => {
                let setting_up = matches!(change, Change::SetUp(_));
                self.focus_undo = matches!(change, Change::Delete(_));
                let version = self.record.version();
                self.notice = Some(match self.record.apply(change, self.today()) {
                    Ok(applied) => {
                        if setting_up {
                            self.tab = Tab::Today;
                        }
                        if self.record.version() != version {
                            self.done.push(Done::Record);
                            self.undone.clear();
                            self.today_screen.forget_form_redo();
                        }
                        Notice {
                            text: applied.message,
                            refused: false,
                        }
                    }
                    Err(e) => Notice {
                        text: super::words::capitalise(&e.to_string()),
                        refused: true,
                    },
                });
            }
            Command::FormEdit { what, change } => {
                let mut text = t!("app-done", what = what.as_str());
                if let Some(change) = change {
                    let version = self.record.version();
                    match self.record.apply(change, self.today()) {
                        Ok(_) if self.record.version() != version => {}
                        Ok(_) => self.today_screen.form_step_without_record(),
                        Err(e) => {
                            self.today_screen.form_step_without_record();
                            text = t!(
                                "app-done-not-saved",
                                done = text,
                                reason = super::words::capitalise(&e.to_string())
                            );
                        }
                    }
                }
                self.done.push(Done::TodayForm);
                self.undone.clear();
                self.notice = Some(Notice {
                    text,
                    refused: false,
                });
            }
            Command::Undo => {
                let text = self.undo().unwrap_or_else(|| t!("app-nothing-to-undo"));
                self.notice = Some(Notice {
                    text,
                    refused: false,
                });
            }
            Command::Redo => {
                let text = self.redo().unwrap_or_else(|| t!("app-nothing-to-redo"));
                self.notice = Some(Notice {
                    text,
                    refused: false,
                });
            }
        }
    }

    /// Whether there is something the patient did to take back.
    fn can_undo(&self) -> bool {
        self.record.can_undo() || self.today_screen.can_undo_form()
    }

    fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// What the next undo takes back, in a few words, as the status bar's Undo says it.
    fn next_undo(&self) -> Option<&str> {
        // Steps of a form saved since are gone: the record's change is next then.
        let form = self.today_screen.next_form_steps().0;
        match self.done.last() {
            Some(Done::TodayForm) if form.is_some() => form,
            _ => self.record.next_undo(),
        }
    }

    /// What the next redo does again.
    fn next_redo(&self) -> Option<&str> {
        match self.undone.last()? {
            Done::TodayForm => self.today_screen.next_form_steps().1,
            Done::Record => self.record.next_redo(),
        }
    }

    /// Takes back the latest thing the patient did: a button's change to Today's form (a
    /// form saved since is gone with its steps) or a change to the record.
    fn undo(&mut self) -> Option<String> {
        loop {
            match self.done.pop() {
                Some(Done::TodayForm) => {
                    let Some((what, with_record)) = self.today_screen.undo_form() else {
                        continue;
                    };
                    if with_record {
                        self.record.undo();
                    }
                    self.undone.push(Done::TodayForm);
                    return Some(t!("app-undone", what = what));
                }
                Some(Done::Record) | None => {
                    let text = self.record.undo()?;
                    self.undone.push(Done::Record);
                    return Some(text);
                }
            }
        }
    }

    /// Does again the latest thing undone.
    fn redo(&mut self) -> Option<String> {
        match self.undone.pop()? {
            Done::TodayForm => {
                let (what, with_record) = self.today_screen.redo_form()?;
                if with_record {
                    self.record.redo();
                }
                self.done.push(Done::TodayForm);
                Some(t!("app-done-again", what = what))
            }
            Done::Record => {
                let text = self.record.redo()?;
                self.done.push(Done::Record);
                Some(text)
            }
        }
    }

    /// Waits until every change is on disk, or the save fails. For closing the window and
    /// for tests; never called inside a frame.
    pub fn save_now(&mut self) -> Result<(), String> {
        if !self.can_write() {
            return Ok(());
        }
        self.saving.save_now(&mut self.record)
    }
}

/// What a screen that needs the whole diary shows while it is still being read.
fn opening_ui(ui: &mut egui::Ui, record: &Record) {
    ui.horizontal(|ui| {
        ui.spinner();
        let left = record.months_to_read();
        ui.label(if left > 0 {
            t!(
                "app-opening-months",
                count = left,
                count_text = crate::i18n::format::count(
                    crate::i18n::language(),
                    i64::try_from(left).unwrap_or(i64::MAX)
                )
            )
        } else {
            t!("app-working-out-progress")
        });
    });
}

/// What the right of the top bar holds besides Warning signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BarItem {
    /// A command's button.
    Button(UiCommand),
    /// The clinician's menu.
    ClinicianMenu,
}

impl BarItem {
    /// The words on it.
    fn label(self) -> String {
        match self {
            Self::Button(command) => command.label(),
            Self::ClinicianMenu => clinician_menu(),
        }
    }

    /// Whether an icon is drawn before its words.
    fn has_icon(self) -> bool {
        match self {
            Self::Button(command) => command.icon().is_some(),
            Self::ClinicianMenu => true,
        }
    }

    /// The order it folds into "More" in, the least used first.
    fn fold(self) -> u8 {
        match self {
            Self::Button(command) => match command.place() {
                Place::Bar { fold } => fold,
                _ => u8::MAX,
            },
            Self::ClinicianMenu => CLINICIAN_MENU_FOLD,
        }
    }
}

/// The fold order up to which the top bar's `items` go into "More" for the rest to fit in
/// `room` pixels (0: none folds); `None` when they cannot fit at all.
fn bar_fold_limit(ui: &egui::Ui, items: &[BarItem], room: f32) -> Option<u8> {
    let gap = ui.spacing().item_spacing.x;
    let width = |text: &str, icon: bool| {
        super::widgets::button_width(ui, text) + if icon { theme::icon_width(ui) } else { 0.0 }
    };
    let always: f32 = UiCommand::all()
        .filter(|c| c.place() == Place::BarAlways)
        .map(|c| width(&c.label(), c.icon().is_some()))
        .sum();
    let mut limits: Vec<u8> = items.iter().map(|item| item.fold()).collect();
    limits.sort_unstable();
    std::iter::once(0).chain(limits).find(|&limit| {
        let mut total = always;
        if items.iter().any(|item| item.fold() <= limit) {
            total += width(&t!("app-more"), true);
        }
        for item in items.iter().filter(|item| item.fold() > limit) {
            total += width(&item.label(), item.has_icon());
        }
        total - gap <= room
    })
}

/// A button for `command` showing its icon and `text` (its words, maybe coloured), with its
/// tooltip and keys and its accessible name.
fn command_button(
    ui: &mut egui::Ui,
    command: UiCommand,
    text: impl Into<egui::WidgetText>,
) -> egui::Response {
    command_button_in(ui, command, text, None)
}

/// A [`command_button`] whose icon is drawn in `icon_colour` (the colour of its words).
fn command_button_in(
    ui: &mut egui::Ui,
    command: UiCommand,
    text: impl Into<egui::WidgetText>,
    icon_colour: Option<egui::Color32>,
) -> egui::Response {
    command_control(ui, command, text, icon_colour).on_hover_text(command.hover_text(ui.ctx()))
}

/// The control of a [`command_button_in`], without its tooltip, for a caller that words its
/// own ("Take back the diary entry").
fn command_control(
    ui: &mut egui::Ui,
    command: UiCommand,
    text: impl Into<egui::WidgetText>,
    icon_colour: Option<egui::Color32>,
) -> egui::Response {
    match command.icon() {
        Some(icon) => {
            let mut icon = theme::icon_text(icon);
            if let Some(colour) = icon_colour {
                icon = icon.color(colour);
            }
            let response = ui.add(egui::Button::new((icon, text.into())));
            theme::name_control(&response, &command.accessible_label())
        }
        None => ui.button(text),
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
