//! The window's commands come from one table: each key does what the command's button does,
//! and Help lists each key in the words its tooltip uses.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rehab_tracker::model::{DayState, DiaryEntry, Entry, Pain, Symptoms};
use rehab_tracker::ui::command::Place;
use rehab_tracker::ui::{Command, RehabApp, Tab, UiCommand, Window};
use tempfile::TempDir;

use common::week4::{at, set_up, today};

/// Wide enough that no button folds into "More".
const WIDE: [f32; 2] = [1920.0, 1080.0];

/// What a command changes that the patient sees.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    tab: Tab,
    window: Option<Window>,
    review: bool,
    diary_entries: usize,
    dark: bool,
    /// Text size, in tenths.
    zoom_tenths: i32,
    /// The guided session fills the window.
    guided: bool,
}

fn seen(h: &Harness<'static, RehabApp>) -> Seen {
    let app = h.state();
    Seen {
        tab: app.tab(),
        window: app.open_window(),
        review: app.review().is_some(),
        diary_entries: app.record().journal().diary().count(),
        dark: h.ctx.theme() == egui::Theme::Dark,
        #[allow(clippy::cast_possible_truncation)]
        zoom_tenths: (h.ctx.zoom_factor() * 10.0).round() as i32,
        guided: app.guided(),
    }
}

fn diary_entry() -> Command {
    Command::log(Entry::Diary(DiaryEntry {
        id: 0,
        date: today(),
        time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        pain_now: Pain::new(1).unwrap(),
        worst_24h: Pain::new(2).unwrap(),
        sitting_mins: None,
        day_state: DayState::Normal,
        symptoms: Symptoms::default(),
        note: String::new(),
    }))
}

/// A window on a data folder of its own (what one window saves, the next must not read),
/// set up so that `command` has something to do: another tab shown, a window open to close,
/// a change to undo, dark colours to leave.
fn window_for(command: UiCommand) -> (TempDir, Harness<'static, RehabApp>) {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut h = common::window_at(tmp.path(), at(18, 0), WIDE);
    h.ctx.set_theme(egui::Theme::Light);
    let before: Vec<Command> = match command {
        UiCommand::ShowToday => vec![Command::ShowTab(Tab::Diary)],
        UiCommand::CloseWindow => vec![Command::OpenWindow(Window::Help)],
        UiCommand::Undo => vec![diary_entry()],
        UiCommand::Redo => vec![diary_entry(), Command::Undo],
        _ => Vec::new(),
    };
    for c in before {
        h.state_mut().apply(c);
    }
    match command {
        UiCommand::LightTheme => h.ctx.set_theme(egui::Theme::Dark),
        UiCommand::ZoomReset => h.ctx.set_zoom_factor(1.5),
        UiCommand::CloseReview => {
            press_button(&mut h, UiCommand::OpenReview);
        }
        _ => {}
    }
    common::settle(&mut h);
    (tmp, h)
}

/// Presses `command`'s button where the window draws it.
fn press_button(h: &mut Harness<'static, RehabApp>, command: UiCommand) {
    if command.place() == Place::ClinicianMenu {
        h.get_by_label(&rehab_tracker::ui::command::clinician_menu())
            .click();
        h.run();
    }
    let label = command.accessible_label();
    h.query_by_label(&label)
        .unwrap_or_else(|| panic!("no button {label:?} for {command:?}"))
        .click();
    common::settle(h);
}

/// What each command with keys does, said apart from the table: a wrong row fails here.
fn expected(command: UiCommand, before: &Seen) -> Seen {
    let mut after = before.clone();
    match command {
        UiCommand::ShowToday => after.tab = Tab::Today,
        UiCommand::ShowDiary => after.tab = Tab::Diary,
        UiCommand::ShowHistory => after.tab = Tab::History,
        UiCommand::ShowProgress => after.tab = Tab::Progress,
        UiCommand::Help => after.window = Some(Window::Help),
        UiCommand::CloseWindow => after.window = None,
        UiCommand::Undo => after.diary_entries -= 1,
        UiCommand::Redo => after.diary_entries += 1,
        UiCommand::ZoomIn => after.zoom_tenths += 1,
        UiCommand::ZoomOut => after.zoom_tenths -= 1,
        UiCommand::ZoomReset => after.zoom_tenths = 10,
        UiCommand::StartSession => after.guided = true,
        other => panic!("{other:?} has keys now: say here what they do"),
    }
    after
}

#[test]
fn every_key_does_what_its_command_says_and_what_its_button_does() {
    let mut with_keys = 0;
    for command in UiCommand::all() {
        for shortcut in command.shortcuts() {
            with_keys += 1;
            let (_tmp, mut h) = window_for(command);
            let before = seen(&h);
            h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
            common::settle(&mut h);
            let by_key = seen(&h);
            assert_ne!(by_key, before, "{command:?}: {shortcut:?} did nothing");
            assert_eq!(
                by_key,
                expected(command, &before),
                "{command:?}: {shortcut:?}"
            );
            drop(h);
            if command.place() == Place::Keys {
                continue;
            }
            let (_tmp, mut h) = window_for(command);
            press_button(&mut h, command);
            assert_eq!(seen(&h), by_key, "{command:?}: the button and {shortcut:?}");
        }
    }
    // Four tabs, Help, Undo, Redo twice, the guided session, Escape, larger text twice,
    // smaller, normal.
    assert_eq!(with_keys, 14);
}

#[test]
fn every_button_does_what_its_command_says() {
    for (command, check) in [
        (UiCommand::WarningSigns, Some(Window::WarningSigns)),
        (UiCommand::Settings, Some(Window::Settings)),
        (UiCommand::Export, Some(Window::Export)),
        (UiCommand::ImportProgramme, Some(Window::Import)),
    ] {
        let (_tmp, mut h) = window_for(command);
        press_button(&mut h, command);
        assert_eq!(h.state().open_window(), check, "{command:?}");
    }
    let (_tmp, mut h) = window_for(UiCommand::OpenReview);
    press_button(&mut h, UiCommand::OpenReview);
    assert!(h.state().review().is_some());
    press_button(&mut h, UiCommand::CloseReview);
    assert!(h.state().review().is_none());
    let (_tmp, mut h) = window_for(UiCommand::DarkTheme);
    press_button(&mut h, UiCommand::DarkTheme);
    assert!(seen(&h).dark);
    press_button(&mut h, UiCommand::LightTheme);
    assert!(!seen(&h).dark);
}

#[test]
fn help_lists_every_key_as_the_tooltips_say_it() {
    let (_tmp, mut h) = window_for(UiCommand::Redo);
    h.key_press(egui::Key::F1);
    common::settle(&mut h);
    assert_eq!(h.state().open_window(), Some(Window::Help));
    let ctx = h.ctx.clone();
    let listed = UiCommand::all().filter_map(|c| Some((c, c.shortcut_text(&ctx)?)));
    let mut count = 0;
    for (command, keys) in listed {
        count += 1;
        assert!(
            h.query_all_by_label(&keys).next().is_some(),
            "Help does not list {keys} for {command:?}"
        );
        assert!(
            h.query_all_by_label(&command.tooltip()).next().is_some(),
            "Help does not say what {keys} does"
        );
    }
    assert_eq!(count, 12, "every command with keys");
    // The tooltip of each button with keys names the same keys.
    for command in UiCommand::all().filter(|c| c.place() != Place::Keys) {
        let Some(keys) = command.shortcut_text(&ctx) else {
            continue;
        };
        let (_tmp, mut h) = window_for(command);
        let label = command.accessible_label();
        h.query_by_label(&label)
            .unwrap_or_else(|| panic!("no button {label:?} for {command:?}"))
            .hover();
        for _ in 0..4 {
            h.step();
        }
        assert!(
            h.query_by_label_contains(&format!("({keys})")).is_some(),
            "the tooltip of {command:?} does not say {keys}"
        );
    }
}
