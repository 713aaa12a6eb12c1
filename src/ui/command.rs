//! What the window can be asked to do. It sits below the screens and the shell: the screens
//! emit [`Command`]s naming a [`Tab`] or a [`Window`], and the shell carries them out.
//!
//! [`UiCommand`] lists the window's own actions (the tabs, Help, Export, Undo, ...) with one
//! table of their words, keys and place. The top bar, its "More" menu, the keyboard and Help
//! are all drawn from that table, so a key is never shown as one thing and bound to another.

use crate::model::{Entry, EntryId};
use crate::record::Change;
use crate::t;
use egui::{Key, KeyboardShortcut, Modifiers};

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
    /// Every screen, in the top bar's order.
    pub const ALL: [Self; 4] = [Self::Today, Self::Diary, Self::History, Self::Progress];

    /// The command that shows this screen; its name and key are in the command table.
    #[must_use]
    pub fn command(self) -> UiCommand {
        match self {
            Self::Today => UiCommand::ShowToday,
            Self::Diary => UiCommand::ShowDiary,
            Self::History => UiCommand::ShowHistory,
            Self::Progress => UiCommand::ShowProgress,
        }
    }

    /// The screen's name, as its tab says it.
    #[must_use]
    pub fn name(self) -> String {
        self.command().label()
    }
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

impl Command {
    /// A new entry of any kind (the record gives it its id).
    #[must_use]
    pub fn log(entry: Entry) -> Self {
        Self::Change(Change::Log(entry))
    }
}

/// Where a [`UiCommand`]'s control is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A tab at the left of the top bar.
    Tab,
    /// At the left of the top bar instead of the tabs, while patients' exports are reviewed.
    Review,
    /// The first button at the right of the top bar; it never folds into "More".
    BarAlways,
    /// A button at the right of the top bar, in the table's order. When the window is
    /// narrow the buttons fold into "More", `fold` 1 first (the least used).
    Bar {
        /// The order it folds into "More" in.
        fold: u8,
    },
    /// An entry of the top bar's clinician menu ([`clinician_menu`]), which sits among the
    /// bar's buttons where its first entry is in the table.
    ClinicianMenu,
    /// A button in the status bar, after a change.
    StatusBar,
    /// A button on Today.
    Today,
    /// No button: keys only.
    Keys,
}

/// The name of the top bar's menu of what a clinician gave or does.
#[must_use]
pub fn clinician_menu() -> String {
    t!("app-menu-clinician")
}

/// The order the clinician menu folds into "More" in, among [`Place::Bar`]'s `fold`.
pub const CLINICIAN_MENU_FOLD: u8 = 2;

/// Every action of the window a patient or a clinician can ask for by a control or a key.
/// Each has its row in the command table (`TABLE`), in this order: a new command takes a
/// row there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiCommand {
    /// Show Today.
    ShowToday,
    /// Show the diary.
    ShowDiary,
    /// Show History.
    ShowHistory,
    /// Show Progress.
    ShowProgress,
    /// Back from reviewing patients' exports to the patient's own diary.
    CloseReview,
    /// The warning signs.
    WarningSigns,
    /// Help and about.
    Help,
    /// Reminders and colours.
    Settings,
    /// Export for the physiotherapist.
    Export,
    /// Open a programme file from the clinician.
    ImportProgramme,
    /// Review patients' exports.
    OpenReview,
    /// Switch to dark colours.
    DarkTheme,
    /// Switch to light colours.
    LightTheme,
    /// Take back the last change.
    Undo,
    /// Do again what was undone.
    Redo,
    /// Today's session guided one exercise at a time, filling the window.
    StartSession,
    /// Close the window over the app.
    CloseWindow,
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Text back to its normal size.
    ZoomReset,
}

/// One row of the command table. Its words are in [`UiCommand::label`] and
/// [`UiCommand::tooltip`], in the current language.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// The command this row describes.
    pub command: UiCommand,
    /// Its keys, the one to show first; none for a control without a key.
    pub shortcuts: &'static [KeyboardShortcut],
    /// Whether its keys work while text is being typed (a text has its own undo).
    pub while_typing: bool,
    /// Where its control is drawn.
    pub place: Place,
}

const fn command_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn plain_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

/// A row with the fields most rows share: no key.
const fn row(command: UiCommand, place: Place) -> Spec {
    Spec {
        command,
        shortcuts: &[],
        while_typing: true,
        place,
    }
}

/// A row with keys.
const fn keyed(command: UiCommand, shortcuts: &'static [KeyboardShortcut], place: Place) -> Spec {
    Spec {
        shortcuts,
        ..row(command, place)
    }
}

/// The one table of the window's commands, in [`UiCommand`]'s order (checked when
/// compiling): their keys and places.
const TABLE: [Spec; 20] = {
    use UiCommand as C;
    use egui::gui_zoom::kb_shortcuts as zoom;
    [
        keyed(C::ShowToday, &[command_key(Key::Num1)], Place::Tab),
        keyed(C::ShowDiary, &[command_key(Key::Num2)], Place::Tab),
        keyed(C::ShowHistory, &[command_key(Key::Num3)], Place::Tab),
        keyed(C::ShowProgress, &[command_key(Key::Num4)], Place::Tab),
        row(C::CloseReview, Place::Review),
        row(C::WarningSigns, Place::BarAlways),
        keyed(C::Help, &[plain_key(Key::F1)], Place::Bar { fold: 5 }),
        row(C::Settings, Place::Bar { fold: 3 }),
        row(C::Export, Place::Bar { fold: 4 }),
        row(C::ImportProgramme, Place::ClinicianMenu),
        row(C::OpenReview, Place::ClinicianMenu),
        row(C::DarkTheme, Place::Bar { fold: 1 }),
        row(C::LightTheme, Place::Bar { fold: 1 }),
        Spec {
            while_typing: false,
            ..keyed(C::Undo, &[command_key(Key::Z)], Place::StatusBar)
        },
        Spec {
            while_typing: false,
            ..keyed(
                C::Redo,
                &[
                    command_key(Key::Y),
                    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
                ],
                Place::StatusBar,
            )
        },
        Spec {
            while_typing: false,
            ..keyed(C::StartSession, &[command_key(Key::G)], Place::Today)
        },
        keyed(C::CloseWindow, &[plain_key(Key::Escape)], Place::Keys),
        keyed(
            C::ZoomIn,
            &[zoom::ZOOM_IN, zoom::ZOOM_IN_SECONDARY],
            Place::Keys,
        ),
        keyed(C::ZoomOut, &[zoom::ZOOM_OUT], Place::Keys),
        keyed(C::ZoomReset, &[zoom::ZOOM_RESET], Place::Keys),
    ]
};

// The table is in the enum's order, so a command's row is found by its number; its last
// row is the last command's.
const _: () = {
    assert!(
        UiCommand::ZoomReset as usize == TABLE.len() - 1,
        "a command has no row"
    );
    let mut i = 0;
    while i < TABLE.len() {
        assert!(
            TABLE[i].command as usize == i,
            "the command table is out of order"
        );
        i += 1;
    }
};

impl UiCommand {
    /// Every command, in the table's order.
    pub fn all() -> impl Iterator<Item = Self> {
        TABLE.iter().map(|spec| spec.command)
    }

    /// This command's row of the table.
    #[must_use]
    pub fn spec(self) -> &'static Spec {
        &TABLE[self as usize]
    }

    /// The words on its control.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::ShowToday => t!("app-command-today"),
            Self::ShowDiary => t!("app-command-diary"),
            Self::ShowHistory => t!("app-command-history"),
            Self::ShowProgress => t!("app-command-progress"),
            Self::CloseReview => t!("app-command-close-review"),
            Self::WarningSigns => t!("app-command-warning-signs"),
            Self::Help => t!("app-command-help"),
            Self::Settings => t!("app-command-settings"),
            Self::Export => t!("app-command-export"),
            Self::ImportProgramme => t!("app-command-import-programme"),
            Self::OpenReview => t!("app-command-open-review"),
            Self::DarkTheme => t!("app-command-dark-theme"),
            Self::LightTheme => t!("app-command-light-theme"),
            Self::Undo => t!("app-command-undo"),
            Self::Redo => t!("app-command-redo"),
            Self::StartSession => t!("app-command-start-session"),
            Self::CloseWindow => t!("app-command-close-window"),
            Self::ZoomIn => t!("app-command-zoom-in"),
            Self::ZoomOut => t!("app-command-zoom-out"),
            Self::ZoomReset => t!("app-command-zoom-reset"),
        }
    }

    /// The icon drawn before its words in the top bar and on its buttons, if it has one.
    #[must_use]
    pub fn icon(self) -> Option<egui_material_icons::MaterialIcon> {
        use egui_material_icons::icons as i;
        Some(match self {
            Self::ShowToday => i::ICON_TODAY,
            Self::ShowDiary => i::ICON_EDIT_NOTE,
            Self::ShowHistory => i::ICON_HISTORY,
            Self::ShowProgress => i::ICON_TRENDING_UP,
            Self::CloseReview => i::ICON_ARROW_BACK,
            Self::WarningSigns => i::ICON_WARNING,
            Self::Help => i::ICON_HELP,
            Self::Settings => i::ICON_SETTINGS,
            Self::Export => i::ICON_IOS_SHARE,
            Self::DarkTheme => i::ICON_DARK_MODE,
            Self::LightTheme => i::ICON_LIGHT_MODE,
            Self::Undo => i::ICON_UNDO,
            Self::Redo => i::ICON_REDO,
            Self::StartSession => i::ICON_PLAY_ARROW,
            Self::ImportProgramme
            | Self::OpenReview
            | Self::CloseWindow
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset => return None,
        })
    }

    /// What a screen reader calls its control (and tests find it by): its words.
    #[must_use]
    pub fn accessible_label(self) -> String {
        self.label()
    }

    /// What it does, without its keys.
    #[must_use]
    pub fn tooltip(self) -> String {
        match self {
            Self::ShowToday => t!("app-command-today-tooltip"),
            Self::ShowDiary => t!("app-command-diary-tooltip"),
            Self::ShowHistory => t!("app-command-history-tooltip"),
            Self::ShowProgress => t!("app-command-progress-tooltip"),
            Self::CloseReview => t!("app-command-close-review-tooltip"),
            Self::WarningSigns => t!("app-command-warning-signs-tooltip"),
            Self::Help => t!("app-command-help-tooltip"),
            Self::Settings => t!("app-command-settings-tooltip"),
            Self::Export => t!("app-command-export-tooltip"),
            Self::ImportProgramme => t!("app-command-import-programme-tooltip"),
            Self::OpenReview => t!("app-command-open-review-tooltip"),
            Self::DarkTheme => t!("app-command-dark-theme-tooltip"),
            Self::LightTheme => t!("app-command-light-theme-tooltip"),
            Self::Undo => t!("app-command-undo-tooltip"),
            Self::Redo => t!("app-command-redo-tooltip"),
            Self::StartSession => t!("app-command-start-session-tooltip"),
            Self::CloseWindow => t!("app-command-close-window-tooltip"),
            Self::ZoomIn => t!("app-command-zoom-in-tooltip"),
            Self::ZoomOut => t!("app-command-zoom-out-tooltip"),
            Self::ZoomReset => t!("app-command-zoom-reset-tooltip"),
        }
    }

    /// Where its control is drawn.
    #[must_use]
    pub fn place(self) -> Place {
        self.spec().place
    }

    /// Its keys, the one to show first.
    #[must_use]
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        self.spec().shortcuts
    }

    /// Its keys as this computer names them ("Ctrl+Y or Ctrl+Shift+Z"), as tooltips and
    /// Help show them; `None` without a key.
    #[must_use]
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        let keys: Vec<String> = self
            .shortcuts()
            .iter()
            .map(|shortcut| shortcut_words(ctx, *shortcut))
            .collect();
        let mut keys = keys.into_iter();
        let first = keys.next()?;
        Some(keys.fold(first, |all, next| t!("app-keys-or", keys = all, key = next)))
    }

    /// `what` with the command's keys after it in brackets, when it has keys: a tooltip.
    #[must_use]
    pub fn with_keys(self, ctx: &egui::Context, what: &str) -> String {
        match self.shortcut_text(ctx) {
            Some(keys) => t!("app-with-keys", what = what, keys = keys),
            None => what.to_owned(),
        }
    }

    /// Its tooltip, with its keys.
    #[must_use]
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        self.with_keys(ctx, &self.tooltip())
    }

    /// The screen it shows, for the tabs' commands.
    #[must_use]
    pub fn tab(self) -> Option<Tab> {
        Tab::ALL.into_iter().find(|tab| tab.command() == self)
    }

    /// The command whose key was pressed this frame, among those `active` allows, taking the
    /// key press so nothing else acts on it. Keys with Shift or Alt are tried first: egui
    /// matches Ctrl+Shift+Z to Ctrl+Z too.
    pub fn take_pressed(ctx: &egui::Context, active: impl Fn(Self) -> bool) -> Option<Self> {
        let typing = ctx.text_edit_focused();
        let mut keys: Vec<(KeyboardShortcut, Self)> = Self::all()
            .filter(|&command| active(command) && (command.spec().while_typing || !typing))
            .flat_map(|command| {
                command
                    .shortcuts()
                    .iter()
                    .map(move |&shortcut| (shortcut, command))
            })
            .collect();
        keys.sort_by_key(|(shortcut, _)| {
            std::cmp::Reverse(u8::from(shortcut.modifiers.shift) + u8::from(shortcut.modifiers.alt))
        });
        ctx.input_mut(|input| {
            keys.into_iter().find_map(|(shortcut, command)| {
                input.consume_shortcut(&shortcut).then_some(command)
            })
        })
    }
}

/// A key combination in the reader's words ("Ctrl+Shift+Z", "Strg+Umschalt+Z"), in the order
/// egui writes them: egui's own names are English only. A Mac keeps its symbols.
fn shortcut_words(ctx: &egui::Context, shortcut: KeyboardShortcut) -> String {
    if ctx.os() == egui::os::OperatingSystem::Mac {
        return ctx.format_shortcut(&shortcut);
    }
    let m = shortcut.modifiers;
    let mut parts = Vec::new();
    if m.ctrl || m.command {
        parts.push(t!("app-key-ctrl"));
    }
    if m.alt {
        parts.push(t!("app-key-alt"));
    }
    if m.shift {
        parts.push(t!("app-key-shift"));
    }
    parts.push(match shortcut.logical_key {
        Key::Plus => t!("app-key-plus"),
        Key::Minus => t!("app-key-minus"),
        Key::Equals => t!("app-key-equals"),
        Key::Escape => t!("app-key-escape"),
        other => other.name().to_owned(),
    });
    parts.join("+")
}

#[cfg(test)]
mod tests {
    use super::{Tab, UiCommand};

    #[test]
    fn no_two_commands_share_a_key() {
        let keys: Vec<_> = UiCommand::all()
            .flat_map(|c| c.shortcuts().iter().map(move |k| (*k, c)))
            .collect();
        for (i, (a, first)) in keys.iter().enumerate() {
            for (b, second) in &keys[i + 1..] {
                assert!(a != b, "{first:?} and {second:?} share {a:?}");
            }
        }
    }

    #[test]
    fn every_tab_has_its_own_command_and_the_command_leads_back_to_it() {
        for tab in Tab::ALL {
            assert_eq!(tab.command().tab(), Some(tab));
        }
        let tabs = UiCommand::all().filter_map(UiCommand::tab).count();
        assert_eq!(tabs, Tab::ALL.len());
    }

    #[test]
    fn redo_lists_ctrl_y_first_and_ctrl_shift_z_too() {
        let ctx = egui::Context::default();
        assert_eq!(
            UiCommand::Redo.shortcut_text(&ctx).as_deref(),
            Some("Ctrl+Y or Ctrl+Shift+Z")
        );
        assert_eq!(
            UiCommand::Undo.hover_text(&ctx),
            "Take back the last change (Ctrl+Z)"
        );
        assert_eq!(UiCommand::Export.shortcut_text(&ctx), None);
    }
}
