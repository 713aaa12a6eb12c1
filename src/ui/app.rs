//! The app shell: the record, the tabs, the top bar, the status bar and the windows. Screens
//! read the record and emit commands; every change to the patient's data goes through
//! [`Record::apply`], and saving through [`Saving`].

use super::assessment::Assessment;
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
use super::theme;
use crate::model::{Entry, EntryId, Settings, YearMonth};
use crate::record::{Change, Record};
use crate::storage::{InstanceLock, Loaded, Saver, Store};
use chrono::{Local, NaiveDate, NaiveDateTime};
use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// Undo.
pub const UNDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);

/// Redo (Ctrl+Y; Ctrl+Shift+Z works too).
pub const REDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

const REDO_SHORTCUT_SHIFT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);

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

/// Everything a screen may ask the app to do. Screens never change the record themselves.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A change to the patient's record.
    Change(Change),
    /// Take back the last change.
    Undo,
    /// Do again the last change taken back.
    Redo,
    /// Switch screens.
    ShowTab(Tab),
    /// Try a failed save again now.
    RetrySave,
    /// Not now: the next-morning question is not asked again today.
    SkipNextMorning(EntryId),
    /// Open one of the windows over the app, closing any other: they never stack.
    OpenWindow(Window),
    /// Close the window over the app (Escape).
    CloseWindows,
    /// A button changed Today's form (and maybe the record with `change`): one step for
    /// undo and redo, named `what` ("the easier dose").
    FormEdit {
        /// In a few words: "Hip thrust reset to prescribed".
        what: String,
        /// The change to the record the same button made.
        change: Option<Change>,
    },
}

/// Whose step Ctrl+Z takes back next: the record's or Today's form's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    Record,
    TodayForm,
}

/// The windows over the app; one is open at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Export for the physiotherapist.
    Export,
    /// A programme from the clinician.
    Import,
    /// Reminders.
    Settings,
    /// Help and about.
    Help,
    /// Warning signs.
    WarningSigns,
}

/// The top bar's button for the warning signs; it never folds into "More".
const WARNING_SIGNS: &str = "Warning signs";
/// The top bar's menu of the buttons that do not fit in a narrow window.
const MORE: &str = "More";

/// The top bar's buttons besides Warning signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BarButton {
    Help,
    Settings,
    Export,
    Clinician,
    Theme,
}

impl BarButton {
    /// The order they fold into "More" when the bar is short of room: the least used first.
    const FOLD_ORDER: [Self; 5] = [
        Self::Theme,
        Self::Clinician,
        Self::Settings,
        Self::Export,
        Self::Help,
    ];

    /// The button's words (also its accessible name).
    fn label(self, dark: bool) -> &'static str {
        match self {
            Self::Help => "Help",
            Self::Settings => "Settings",
            Self::Export => "Export…",
            Self::Clinician => "Clinician",
            Self::Theme if dark => "Light theme",
            Self::Theme => "Dark theme",
        }
    }
}

impl Command {
    /// A new entry of any kind (the record gives it its id).
    #[must_use]
    pub fn log(entry: Entry) -> Self {
        Self::Change(Change::Log(entry))
    }
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
    styled: bool,
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
                    read_only.push(format!("The app could not start saving: {e}"));
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
            styled: false,
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

    fn today(&self) -> NaiveDate {
        (self.clock)().date()
    }

    fn can_write(&self) -> bool {
        self.read_only.is_empty()
    }

    /// Draws one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let _ = self.ctx_slot.set(ctx.clone());
        if !self.styled {
            theme::apply(&ctx);
            self.styled = true;
        }
        if let Some(desktop) = &self.desktop_theme {
            desktop.apply(&ctx);
        }
        self.take_read_months(&ctx);
        if self.can_write() {
            self.saving.tick(&mut self.record, &ctx);
        }
        self.shortcuts(&ctx);
        self.close_guard(&ctx);

        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        if let Some(review) = &mut self.review {
            egui::CentralPanel::default().show(ui, |ui| review.ui(ui));
            self.apply_commands();
            super::a11y::end_frame(&ctx, &self.window_name());
            return;
        }
        let now = (self.clock)();
        let today = now.date();
        let can_write = self.can_write();
        let window_before = self.open_window();
        self.assessment.refresh(&self.record, today, Some(&ctx));
        egui::CentralPanel::default().show(ui, |ui| {
            self.read_only_banner_ui(ui);
            self.notices_ui(ui);
            let record = &self.record;
            if record.profile().is_none() {
                self.setup_screen.ui(ui, can_write, &mut self.commands);
                return;
            }
            let assessment = &self.assessment;
            match self.tab {
                Tab::Today => {
                    self.today_screen.ui(
                        ui,
                        record,
                        assessment,
                        now,
                        can_write,
                        &mut self.commands,
                    );
                }
                Tab::Diary => {
                    self.diary_screen
                        .ui(ui, record, now, can_write, &mut self.commands);
                }
                Tab::History => {
                    self.history_screen.ui(
                        ui,
                        record,
                        assessment.progress().map(|p| &p.lights),
                        today,
                        can_write,
                        &mut self.commands,
                    );
                }
                Tab::Progress => match assessment.progress() {
                    Some(progress) => {
                        self.progress_screen.ui(
                            ui,
                            record,
                            progress,
                            assessment.generation(),
                            today,
                        );
                    }
                    None => opening_ui(ui, record),
                },
            }
        });
        if self.show_export {
            self.export_window
                .window(&ctx, &mut self.show_export, &self.record, today);
        }
        if self.show_import {
            self.import_window.window(
                &ctx,
                &mut self.show_import,
                &self.record,
                today,
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
                &self.record,
                today,
                self.demo,
                can_write,
                &mut self.commands,
            );
        }
        if self.show_about {
            about::window(
                &ctx,
                &mut self.show_about,
                self.saving.store().dir(),
                self.demo,
            );
        }
        if self.show_warning_signs {
            self.warning_screen.window(
                &ctx,
                &mut self.show_warning_signs,
                now,
                can_write,
                &mut self.commands,
            );
        } else if self.record.profile().is_some() && can_write {
            self.next_morning
                .ui(&ctx, &self.record, today, &mut self.commands);
        }
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

    /// The window's name for a screen reader: the app and the screen shown.
    fn window_name(&self) -> String {
        let screen = if self.review.is_some() {
            "review"
        } else if self.record.profile().is_none() {
            "set-up"
        } else {
            Tab::ALL
                .iter()
                .find(|(tab, _, _)| *tab == self.tab)
                .map_or("", |(_, name, _)| name)
        };
        format!("Rehab tracker: {screen}")
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
            ui.label(RichText::new("Close the app?").strong().size(18.0));
            ui.label(format!("{text} It is lost if the app closes now."));
            ui.horizontal_wrapped(|ui| {
                if ui.button("Go back to it").clicked() {
                    self.closing_over = None;
                }
                if ui.button("Close without it").clicked() {
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
                self.read_only.push(format!(
                    "Part of your diary could not be read ({e}). Nothing will be saved until the app is opened again."
                ));
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

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let text_focused = ctx.text_edit_focused();
        ctx.input_mut(|input| {
            for (tab, _, key) in Tab::ALL {
                if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)) {
                    self.commands.push(Command::ShowTab(tab));
                }
            }
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::NONE, Key::F1)) {
                self.commands.push(Command::OpenWindow(Window::Help));
            }
            if self.open_window().is_some()
                && input.consume_shortcut(&KeyboardShortcut::new(Modifiers::NONE, Key::Escape))
            {
                self.commands.push(Command::CloseWindows);
            }
            // A text being typed has its own undo.
            if text_focused {
                return;
            }
            // Shift+Z first: the plain Ctrl+Z shortcut would match it too.
            if input.consume_shortcut(&REDO_SHORTCUT_SHIFT)
                || input.consume_shortcut(&REDO_SHORTCUT)
            {
                self.commands.push(Command::Redo);
            }
            if input.consume_shortcut(&UNDO_SHORTCUT) {
                self.commands.push(Command::Undo);
            }
        });
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        let mut two_rows = false;
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
            } else if self.record.profile().is_some() {
                for (tab, name, key) in Tab::ALL {
                    let shortcut = ui
                        .ctx()
                        .format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key));
                    let response = ui
                        .selectable_label(self.tab == tab, name)
                        .on_hover_text(format!("{name} ({shortcut})"));
                    super::a11y::tab(&response, self.tab == tab);
                    if self.tab == tab && std::mem::take(&mut self.focus_tab) {
                        response.request_focus();
                    }
                    if response.clicked() {
                        self.commands.push(Command::ShowTab(tab));
                    }
                }
            }
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

    /// The buttons on the right of the top bar, in `room` pixels if they fit there (folding
    /// the less-used ones into "More" as needed); `false` when even Warning signs and "More"
    /// do not fit.
    fn top_bar_right(&mut self, ui: &mut egui::Ui, room: f32, must_fit: bool) -> bool {
        let shown = self.bar_buttons();
        let folded = match Self::bar_folded(ui, &shown, room) {
            Some(folded) => folded,
            None if must_fit => shown.len(),
            None => return false,
        };
        let folds = |button: &BarButton| BarButton::FOLD_ORDER[..folded].contains(button);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if folded > 0 {
                ui.menu_button(MORE, |ui| {
                    for &button in shown.iter().filter(|b| folds(b)) {
                        self.bar_button(ui, button, true);
                    }
                })
                .response
                .on_hover_text("Help, export, settings, the clinician's menu and colours");
            }
            for &button in shown.iter().rev().filter(|b| !folds(b)) {
                self.bar_button(ui, button, false);
            }
            let warn =
                RichText::new(WARNING_SIGNS).color(theme::warning_colour(ui.visuals().dark_mode));
            if ui
                .button(warn)
                .on_hover_text("When to get help quickly")
                .clicked()
            {
                self.commands
                    .push(Command::OpenWindow(Window::WarningSigns));
            }
        });
        true
    }

    /// The top bar's buttons besides Warning signs, left to right.
    fn bar_buttons(&self) -> Vec<BarButton> {
        let patient = self.record.profile().is_some();
        [
            (BarButton::Help, true),
            (BarButton::Settings, patient),
            (BarButton::Export, patient),
            (BarButton::Clinician, true),
            (BarButton::Theme, true),
        ]
        .into_iter()
        .filter_map(|(button, shown)| shown.then_some(button))
        .collect()
    }

    /// How many of [`BarButton::FOLD_ORDER`] go into "More" for the buttons to fit in `room`
    /// pixels; `None` when they cannot fit at all.
    fn bar_folded(ui: &egui::Ui, shown: &[BarButton], room: f32) -> Option<usize> {
        let gap = ui.spacing().item_spacing.x;
        let width = |text: &str| super::widgets::button_width(ui, text);
        let dark = ui.visuals().dark_mode;
        (0..=BarButton::FOLD_ORDER.len()).find(|&folded| {
            let folds = &BarButton::FOLD_ORDER[..folded];
            let mut total = width(WARNING_SIGNS);
            if shown.iter().any(|b| folds.contains(b)) {
                total += width(MORE);
            }
            for button in shown.iter().filter(|b| !folds.contains(b)) {
                total += width(button.label(dark));
            }
            total - gap <= room
        })
    }

    /// One of the top bar's buttons, in the bar or in its "More" menu.
    fn bar_button(&mut self, ui: &mut egui::Ui, button: BarButton, in_menu: bool) {
        let label = button.label(ui.visuals().dark_mode);
        let clicked = match button {
            BarButton::Clinician => {
                ui.menu_button(label, |ui| self.clinician_menu(ui));
                false
            }
            BarButton::Theme => ui
                .button(label)
                .on_hover_text("Switch between light and dark colours")
                .clicked(),
            BarButton::Export => ui
                .button(label)
                .on_hover_text("Write a report or your data for your physiotherapist")
                .clicked(),
            BarButton::Settings => ui
                .button(label)
                .on_hover_text(
                    "Reminders for your training days and your diary; light or dark colours",
                )
                .clicked(),
            BarButton::Help => ui
                .button(label)
                .on_hover_text("What this app is, where your data is kept, keyboard shortcuts (F1)")
                .clicked(),
        };
        if !clicked {
            return;
        }
        match button {
            BarButton::Clinician => {}
            BarButton::Theme => {
                let theme = if ui.visuals().dark_mode {
                    egui::Theme::Light
                } else {
                    egui::Theme::Dark
                };
                ui.ctx().set_theme(theme);
            }
            BarButton::Export => self.commands.push(Command::OpenWindow(Window::Export)),
            BarButton::Settings => {
                self.settings_window.reset();
                self.commands.push(Command::OpenWindow(Window::Settings));
            }
            BarButton::Help => self.commands.push(Command::OpenWindow(Window::Help)),
        }
        if in_menu {
            ui.close();
        }
    }

    /// The clinician's menu: a programme from them, or reviewing patients' exports.
    fn clinician_menu(&mut self, ui: &mut egui::Ui) {
        if self.record.profile().is_some()
            && ui
                .button("Programme from your clinician…")
                .on_hover_text("Open a programme file your clinician saved for you")
                .clicked()
        {
            self.commands.push(Command::OpenWindow(Window::Import));
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
                            RichText::new(format!("Not saved: {}", notice.text))
                                .color(theme::warning_colour(dark)),
                            super::a11y::Urgency::Assertive,
                        );
                    } else {
                        super::a11y::live_label(ui, notice.text, super::a11y::Urgency::Polite);
                    }
                });
                if self.can_undo() {
                    let shortcut = ui.ctx().format_shortcut(&UNDO_SHORTCUT);
                    let what = self.next_undo().unwrap_or("the last change").to_owned();
                    let undo = ui
                        .button("Undo")
                        .on_hover_text(format!("Take back {what} ({shortcut})"));
                    if std::mem::take(&mut self.focus_undo) && !notice.refused {
                        undo.request_focus();
                    }
                    if undo.clicked() {
                        self.commands.push(Command::Undo);
                    }
                }
                if self.can_redo() {
                    let shortcut = ui.ctx().format_shortcut(&REDO_SHORTCUT);
                    let what = self.next_redo().unwrap_or("what was undone").to_owned();
                    if ui
                        .button("Redo")
                        .on_hover_text(format!("Do again {what} ({shortcut})"))
                        .clicked()
                    {
                        self.commands.push(Command::Redo);
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
                    ui.label(RichText::new("All entries saved").color(theme::ok_colour(dark)));
                }
            },
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
            // The folder is named here whatever the reason, so the words always point at
            // something on screen.
            ui.label(format!(
                "Nothing will be saved until this is sorted out, and no file has been changed or deleted. \
                 Your data is in the folder {}. Close the app, sort out what is said above (or show this \
                 message to your physiotherapist or whoever helps you with your computer), then open the app again.",
                self.saving.store().dir().display()
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
        let settings = *self.record.settings();
        if settings != settings_before {
            self.settings_window.reset();
            self.settings_window
                .schedule(settings, self.reminder_target.as_ref());
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
                let mut text = format!("Done: {what}.");
                if let Some(change) = change {
                    let version = self.record.version();
                    match self.record.apply(change, self.today()) {
                        Ok(_) if self.record.version() != version => {}
                        Ok(_) => self.today_screen.form_step_without_record(),
                        Err(e) => {
                            self.today_screen.form_step_without_record();
                            text = format!(
                                "{text} Not saved: {}",
                                super::words::capitalise(&e.to_string())
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
                let text = self.undo().unwrap_or_else(|| "Nothing to undo.".to_owned());
                self.notice = Some(Notice {
                    text,
                    refused: false,
                });
            }
            Command::Redo => {
                let text = self.redo().unwrap_or_else(|| "Nothing to redo.".to_owned());
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
                    return Some(format!("Undone: {what}."));
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
                Some(format!("Done again: {what}."))
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
            format!("Opening your diary: {left} more months to read…")
        } else {
            "Working out your progress…".to_owned()
        });
    });
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
