//! The window in the pseudo-locale (`en-XA`: every letter of a translated message accented,
//! each message about 40 % longer). On every screen, every word a person reads or a screen
//! reader says came through Fluent: a plain English word left over is a string that skipped
//! translation. The words the patient's own files hold (notes, a clinician's exercise names)
//! are theirs and stay as written. The layouts hold at 1024×640 in the pseudo-locale and in
//! German: nothing runs past the window's right edge.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use rehab_tracker::i18n::{self, Lang};
use rehab_tracker::ui::RehabApp;
use rehab_tracker::ui::command::{Command, Tab, Window};

const SMALL: [f32; 2] = [1024.0, 640.0];

/// The window's language is the process's: one test at a time here.
static ONE_LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Twelve weeks of a demo patient, with every kind of entry, ending on [`end`].
fn demo(dir: &Path) {
    let o = common::run(
        dir,
        &[
            "demo",
            "--weeks",
            "12",
            "--every-kind",
            "--seed",
            "3",
            "--end",
            "2026-11-23",
            "--out",
            dir.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
}

/// The strings of the patient's files, longest first: what they (or their clinician) wrote,
/// shown as written in any language.
fn their_words(dir: &Path) -> Vec<String> {
    let mut strings = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (i, quoted) in text.split('"').enumerate() {
            if i % 2 == 1 && quoted.len() >= 3 {
                strings.insert(quoted.to_owned());
            }
        }
    }
    let mut strings: Vec<String> = strings.into_iter().collect();
    strings.sort_by_key(|s| std::cmp::Reverse(s.len()));
    strings
}

/// Unit symbols written alike in every language the app speaks (SI's "kg", and "lb").
const SYMBOLS: [&str; 2] = ["kg", "lb"];

/// `text` without the patient's own strings in it, file paths (the data folder, a file to
/// write) and unit symbols.
fn without_theirs(text: &str, theirs: &[String]) -> String {
    let mut rest: String = text
        .split(' ')
        .filter(|w| {
            !w.starts_with('/')
                && !SYMBOLS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
        .collect::<Vec<_>>()
        .join(" ");
    for s in theirs {
        if rest.contains(s.as_str()) {
            rest = rest.replace(s.as_str(), " ");
        }
    }
    rest
}

/// The words of `text` written in plain ASCII letters only, two letters or more: in the
/// pseudo-locale every letter of a translated word is accented.
fn ascii_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .collect()
}

/// The names egui itself gives a window's close button and resize edges: the toolkit's own
/// English, which the app cannot word (left for the toolkit to translate).
const TOOLKIT_OWN: [&str; 9] = [
    "Close window",
    "Resize window right edge",
    "Resize window left edge",
    "Resize window bottom edge",
    "Resize window top edge",
    "Resize window bottom-right corner",
    "Resize window top-right corner",
    "Resize window bottom-left corner",
    "Resize window top-left corner",
];

/// What a person reads or hears on the screen now: every node's label and value.
fn texts(h: &Harness<'static, RehabApp>) -> Vec<String> {
    h.root()
        .children_recursive()
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|t| !t.trim().is_empty() && !TOOLKIT_OWN.contains(&t.as_str()))
        .collect()
}

/// Each screen of the patient's window, reached by commands (never by words, which are the
/// pseudo-locale's here), with its name for the failure message.
fn screens() -> Vec<(&'static str, Vec<Command>)> {
    let tab = |t| vec![Command::CloseWindows, Command::ShowTab(t)];
    let window = |w| {
        vec![
            Command::CloseWindows,
            Command::ShowTab(Tab::Today),
            Command::OpenWindow(w),
        ]
    };
    vec![
        ("Today", tab(Tab::Today)),
        ("Diary", tab(Tab::Diary)),
        ("History", tab(Tab::History)),
        ("Progress", tab(Tab::Progress)),
        ("Help", window(Window::Help)),
        ("Settings", window(Window::Settings)),
        ("Export", window(Window::Export)),
        ("Programme from your clinician", window(Window::Import)),
        ("Warning signs", window(Window::WarningSigns)),
    ]
}

/// Opens each screen in `lang` at `size`, calling `check` with its name and the harness.
fn each_screen(
    lang: Lang,
    size: [f32; 2],
    mut check: impl FnMut(&str, &Harness<'static, RehabApp>, &[String]),
) {
    let _one = ONE_LANGUAGE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let theirs = their_words(tmp.path());
    i18n::set_language(lang);
    let mut h = common::window_at(tmp.path(), end().and_hms_opt(18, 0, 0).unwrap(), size);
    for (name, commands) in screens() {
        for c in commands {
            h.state_mut().apply(c);
        }
        common::settle(&mut h);
        check(name, &h, &theirs);
    }
    // The guided session, by its key.
    h.state_mut().apply(Command::CloseWindows);
    h.state_mut().apply(Command::ShowTab(Tab::Today));
    common::settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::G);
    common::settle(&mut h);
    check("Guided session", &h, &theirs);
    i18n::set_language(Lang::En);
}

#[test]
fn every_word_on_every_screen_is_translated_in_the_pseudo_locale() {
    let mut left = Vec::new();
    each_screen(Lang::Pseudo, SMALL, |screen, h, theirs| {
        for text in texts(h) {
            let english = ascii_words(&without_theirs(&text, theirs));
            if !english.is_empty() {
                left.push(format!("{screen}: {text:?} (plain: {})", english.join(" ")));
            }
        }
    });
    left.sort();
    left.dedup();
    assert!(
        left.is_empty(),
        "{} texts skipped translation:\n{}",
        left.len(),
        left.join("\n")
    );
}

/// Nothing a person reads runs past the window's right edge at 1024×640 in `lang`.
fn layout_holds(lang: Lang) {
    let mut over = Vec::new();
    each_screen(lang, SMALL, |screen, h, _| {
        let right = h.ctx.content_rect().right() + 1.0;
        for node in h.root().children_recursive() {
            let ak = node.accesskit_node();
            let Some(rect) = ak.bounding_box() else {
                continue;
            };
            let text = ak.label().or(ak.value()).unwrap_or_default();
            if TOOLKIT_OWN.contains(&text.as_str()) {
                continue;
            }
            if rect.x1 > f64::from(right) && rect.x0 < f64::from(right) && !text.is_empty() {
                over.push(format!("{screen}: {text:?} ends at {:.0}", rect.x1));
            }
        }
    });
    over.sort();
    over.dedup();
    assert!(
        over.is_empty(),
        "{} texts run past the right edge in {}:\n{}",
        over.len(),
        lang.code(),
        over.join("\n")
    );
}

#[test]
fn the_layouts_hold_at_1024_in_the_pseudo_locale() {
    layout_holds(Lang::Pseudo);
}

#[test]
fn the_layouts_hold_at_1024_in_german() {
    layout_holds(Lang::De);
}
