//! The words in every language: each id the code uses exists, every language has exactly
//! English's messages and uses only the variables English passes, dates and numbers are
//! written as each language writes them, and the language can be chosen and switched.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use rehab_tracker::i18n::{self, Lang, Words, format};
use rehab_tracker::{t, t_in};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// The tests that switch the process's current language take turns.
static CURRENT: Mutex<()> = Mutex::new(());

/// One message: its attributes and the variables its value and attributes use.
#[derive(Debug, Default)]
struct Message {
    file: String,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expr_vars(expression, out);
        }
    }
}

/// Every language's messages by id, read from the files the binary embeds; a file that
/// does not parse fails the test with its errors.
fn messages() -> BTreeMap<String, BTreeMap<String, Message>> {
    let mut all: BTreeMap<String, BTreeMap<String, Message>> = BTreeMap::new();
    for (path, text) in i18n::sources() {
        let (lang, file) = path.split_once('/').unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("i18n/{path} does not parse: {errors:?}"));
        let prefix = format!("{}-", file.trim_end_matches(".ftl"));
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_owned();
                    assert!(
                        id.starts_with(&prefix),
                        "i18n/{path}: {id} does not start with {prefix}"
                    );
                    let mut message = Message {
                        file: file.to_owned(),
                        ..Message::default()
                    };
                    if let Some(value) = &m.value {
                        pattern_vars(value, &mut message.variables);
                    }
                    for a in &m.attributes {
                        message.attributes.insert(a.id.name.to_owned());
                        pattern_vars(&a.value, &mut message.variables);
                    }
                    let previous = all
                        .entry(lang.to_owned())
                        .or_default()
                        .insert(id.clone(), message);
                    assert!(previous.is_none(), "i18n/{lang}: {id} is there twice");
                }
                Entry::Term(_)
                | Entry::Comment(_)
                | Entry::GroupComment(_)
                | Entry::ResourceComment(_) => {}
                Entry::Junk { content } => {
                    panic!("i18n/{path} has text Fluent cannot read: {content}")
                }
            }
        }
        all.entry(lang.to_owned()).or_default();
    }
    all
}

/// The `.rs` files under a folder.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The ids in `t!("id"…)` and `t_in!(words, "id"…)` calls in a source text.
fn ids_used(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (at, _) in source
        .match_indices("t!(")
        .chain(source.match_indices("t_in!("))
    {
        // `t!(` is also the end of `t_in!(`'s neighbours only by name: skip other macros
        // ending in `t!` (`print!`, `assert!`…).
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &source[at..];
        let args = &rest[rest.find('(').unwrap() + 1..];
        let args = if rest.starts_with("t_in!") {
            // The words come first: skip to the first comma outside brackets.
            let mut depth = 0;
            let Some(comma) = args.char_indices().find_map(|(i, c)| {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth -= 1,
                    ',' if depth == 0 => return Some(i),
                    _ => {}
                }
                None
            }) else {
                continue;
            };
            &args[comma + 1..]
        } else {
            args
        };
        let args = args.trim_start();
        if let Some(literal) = args.strip_prefix('"') {
            ids.push(literal[..literal.find('"').unwrap()].to_owned());
        } else if !args.starts_with(')') && !args.starts_with('$') {
            panic!(
                "a message id that is not a literal: {}",
                &rest[..rest.len().min(60)]
            );
        }
    }
    ids
}

#[test]
fn the_id_scanner_finds_both_macros_and_skips_others() {
    let source =
        r#"t!("a-one"); t_in!(Words::for_language(l), "a-two", n = 1); assert!(x); print!("no");"#;
    assert_eq!(ids_used(source), ["a-one", "a-two"]);
}

#[test]
fn every_id_the_code_uses_is_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for krate in std::fs::read_dir(root.join("crates")).unwrap() {
        rust_files(&krate.unwrap().path().join("src"), &mut files);
    }
    let all = messages();
    let english = &all["en"];
    let mut used = 0;
    let mut missing = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for id in ids_used(&source) {
            used += 1;
            if !english.contains_key(&id) {
                missing.push(format!("{id} ({})", file.display()));
            }
        }
    }
    assert!(
        used >= 4,
        "only {used} ids found: the scanner is not reading the code"
    );
    assert!(
        missing.is_empty(),
        "ids used but not in i18n/en: {missing:#?}"
    );
}

#[test]
fn every_language_has_exactly_englishs_messages_files_and_variables() {
    let all = messages();
    assert_eq!(all.keys().collect::<Vec<_>>(), ["de", "en", "es", "fr"]);
    let english = &all["en"];
    let files = |lang: &str| -> BTreeSet<String> {
        i18n::sources()
            .into_iter()
            .filter_map(|(p, _)| p.strip_prefix(&format!("{lang}/")).map(str::to_owned))
            .collect()
    };
    for (lang, messages) in &all {
        assert_eq!(files(lang), files("en"), "{lang}'s files");
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !messages.contains_key(*id))
            .collect();
        let extra: Vec<_> = messages
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has {extra:?}, which English has not"
        );
        for (id, m) in messages {
            let en = &english[id];
            assert_eq!(
                m.file, en.file,
                "{lang}: {id} is in another file than English's"
            );
            assert_eq!(m.attributes, en.attributes, "{lang}: {id}'s attributes");
            let unknown: Vec<_> = m.variables.difference(&en.variables).collect();
            assert!(
                unknown.is_empty(),
                "{lang}: {id} uses {unknown:?}, which English never passes"
            );
        }
    }
}

#[test]
fn a_translation_that_uses_a_variable_english_does_not_pass_is_caught() {
    let mut vars = BTreeSet::new();
    let r = fluent_syntax::parser::parse("x = { $n ->\n    [one] { $kg }\n   *[other] { $d }\n}\n")
        .unwrap();
    let Entry::Message(m) = &r.body[0] else {
        panic!()
    };
    pattern_vars(m.value.as_ref().unwrap(), &mut vars);
    assert_eq!(vars, BTreeSet::from(["d".into(), "kg".into(), "n".into()]));
}

#[test]
fn dates_and_numbers_are_written_as_each_language_writes_them() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let cases = [
        (
            Lang::En,
            "Friday, 4 December 2026",
            "Friday",
            "December 2026",
            "2.5",
            "1,234.5",
            "85%",
        ),
        (
            Lang::De,
            "Freitag, 4. Dezember 2026",
            "Freitag",
            "Dezember 2026",
            "2,5",
            "1.234,5",
            "85\u{a0}%",
        ),
        (
            Lang::Fr,
            "vendredi 4 décembre 2026",
            "vendredi",
            "décembre 2026",
            "2,5",
            "1\u{202f}234,5",
            "85\u{202f}%",
        ),
        (
            Lang::Es,
            "viernes, 4 de diciembre de 2026",
            "viernes",
            "diciembre de 2026",
            "2,5",
            "1234,5",
            "85\u{a0}%",
        ),
    ];
    for (lang, long, weekday, month, small, large, pct) in cases {
        assert_eq!(format::long_date(lang, day), long, "{lang}");
        assert_eq!(format::weekday(lang, day), weekday, "{lang}");
        assert_eq!(format::month_year(lang, day), month, "{lang}");
        assert_eq!(format::decimal(lang, 2.5, 1), small, "{lang}");
        assert_eq!(
            format::decimal(lang, 2.50, 2),
            small,
            "{lang}: trailing zeros dropped"
        );
        assert_eq!(format::decimal(lang, 1234.5, 1), large, "{lang}");
        assert_eq!(format::percent(lang, 85.0, 0), pct, "{lang}");
    }
    assert_eq!(format::decimal(Lang::De, 2.345, 1), "2,3");
    assert_eq!(format::decimal(Lang::En, 3.0, 1), "3");
    assert_eq!(format::short_date(Lang::De, day), "04.12.26");
    assert_eq!(format::day_month(Lang::En, day), "4 Dec");
    assert_eq!(format::day_month(Lang::De, day), "4. Dez.");
    assert_eq!(format::count(Lang::De, 12_345), "12.345");
}

#[test]
fn an_explicit_language_is_used_whatever_the_current_one_is() {
    let _turn = CURRENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::Fr);
    let german = Words::for_language(Lang::De);
    assert_eq!(t_in!(german, "settings-language"), "Sprache");
    let kg = t_in!(
        german,
        "core-load-kg",
        kg = 2.5,
        kg_text = format::decimal(Lang::De, 2.5, 1)
    );
    assert_eq!(kg, "2,5 kg");
    assert_eq!(t!("settings-language"), "Langue");
    i18n::set_language(Lang::En);
}

#[test]
fn switching_language_at_run_time_changes_the_words() {
    let _turn = CURRENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    assert_eq!(t!("settings-language"), "Language");
    for (lang, word) in [
        (Lang::De, "Sprache"),
        (Lang::Fr, "Langue"),
        (Lang::Es, "Idioma"),
    ] {
        i18n::set_language(lang);
        assert_eq!(i18n::language(), lang);
        assert_eq!(t!("settings-language"), word);
    }
    // Arguments go in without Fluent's invisible isolation marks, after every switch.
    let line = t!(
        "cli-event-saved",
        event = "Injection",
        date = "vendredi 4 décembre 2026"
    );
    assert_eq!(line, "Guardado: Injection el vendredi 4 décembre 2026.");
    i18n::set_language(Lang::En);
    assert_eq!(t!("settings-language"), "Language");
}

/// The window's shell (every control of the command table, its words and its tooltip), the
/// first-run questions and the warning signs speak the chosen language, not English.
#[test]
fn the_shell_the_first_run_and_the_warning_signs_speak_the_chosen_language() {
    use egui_kittest::kittest::Queryable;
    use rehab_tracker::ui::UiCommand;
    let _turn = CURRENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    let english: Vec<(String, String)> =
        UiCommand::all().map(|c| (c.label(), c.tooltip())).collect();
    assert_eq!(english[0].0, "Today");
    for lang in [Lang::De, Lang::Fr, Lang::Es] {
        i18n::set_language(lang);
        for (command, (label, tooltip)) in UiCommand::all().zip(&english) {
            assert_ne!(&command.label(), label, "{command:?} in {lang}");
            assert_ne!(&command.tooltip(), tooltip, "{command:?} in {lang}");
        }
    }
    i18n::set_language(Lang::De);
    let tmp = tempfile::tempdir().unwrap();
    let at = NaiveDate::from_ymd_opt(2026, 12, 4)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    let mut h = common::window_at(tmp.path(), at, [1100.0, 1200.0]);
    h.get_by_label("Willkommen");
    h.get_by_label("Welche Seite schmerzt?");
    assert!(h.query_by_label("Welcome").is_none());
    h.get_by_label("Mein Programm beginnen").click();
    common::settle(&mut h);
    h.get_by_label("Bitte wählen Sie, welche Seite schmerzt.");
    h.get_by_label("Warnzeichen").click();
    common::settle(&mut h);
    h.get_by_label("Nach einer Kortisonspritze");
    assert!(h.query_by_label("Record what I ticked").is_none());
    i18n::set_language(Lang::En);
}

#[test]
fn the_pseudo_locale_accents_and_lengthens_text_and_keeps_placeables() {
    let pseudo = Words::for_language(Lang::Pseudo);
    let english = Words::for_language(Lang::En);
    let line = t_in!(
        pseudo,
        "cli-event-saved",
        event = "Injection",
        date = "2026-12-04"
    );
    assert!(
        line.contains("Injection") && line.contains("2026-12-04"),
        "{line}"
    );
    assert!(line.starts_with("Šåѵéð"), "{line}");
    assert!(!line.contains("Saved"), "{line}");
    for id in [
        "settings-language",
        "settings-language-follow",
        "settings-language-hint",
    ] {
        let (p, e) = (pseudo.get(id), english.get(id));
        let (p_len, e_len) = (p.chars().count(), e.chars().count());
        assert!(
            p_len * 10 >= e_len * 13,
            "{id}: {p:?} is not about 40 % longer than {e:?}"
        );
        assert!(
            !p.contains(&e[..e.len().min(4)]),
            "{p:?} still reads as English"
        );
    }
    assert_eq!(Lang::negotiate(&["en-XA"]), Lang::Pseudo);
    assert!(
        !Lang::SHIPPED.contains(&Lang::Pseudo),
        "not offered in Settings"
    );
}

/// The binary with a clean locale: only what the test sets.
fn rehab(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rehab-tracker"));
    c.arg("--data-dir").arg(dir).env("RUST_LOG", "warn");
    for var in ["REHAB_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(var);
    }
    c
}

#[test]
fn the_command_line_speaks_french_when_asked_or_when_the_desktop_does() {
    let tmp = tempfile::tempdir().unwrap();
    let o = rehab(tmp.path())
        .args([
            "init",
            "--start",
            "2026-11-02",
            "--affected-side",
            "right",
            "--units",
            "kg",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let log = [
        "log",
        "event",
        "--date",
        "2026-12-04",
        "--kind",
        "clinician-visit",
    ];

    let english = rehab(tmp.path()).args(log).output().unwrap();
    assert!(english.status.success(), "{}", common::stderr(&english));
    let english = common::stdout(&english);
    assert!(
        english.starts_with("Saved: ") && english.contains("Friday, 4 December 2026"),
        "{english}"
    );

    let flag = rehab(tmp.path())
        .arg("--lang")
        .arg("fr")
        .args(log)
        .output()
        .unwrap();
    let flag = common::stdout(&flag);
    assert!(
        flag.starts_with("Enregistré : ") && flag.contains("vendredi 4 décembre 2026"),
        "{flag}"
    );
    assert!(!flag.contains('\u{2068}'), "no isolation marks: {flag:?}");

    let env = rehab(tmp.path())
        .env("LANG", "fr_FR.UTF-8")
        .args(log)
        .output()
        .unwrap();
    assert_eq!(common::stdout(&env), flag);

    let german = rehab(tmp.path())
        .env("REHAB_LANG", "de")
        .args(log)
        .output()
        .unwrap();
    assert!(common::stdout(&german).contains("am Freitag, 4. Dezember 2026"));
}

#[test]
fn choosing_a_language_in_settings_saves_it_and_changes_the_words_at_once() {
    use egui_kittest::kittest::Queryable;
    let _turn = CURRENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    let tmp = tempfile::tempdir().unwrap();
    let o = rehab(tmp.path())
        .args(["init", "--start", "2026-11-02", "--affected-side", "left"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let app = rehab_tracker::ui::RehabApp::new(rehab_tracker::ui::open(tmp.path(), false))
        .unwrap()
        .with_clock(|| {
            NaiveDate::from_ymd_opt(2026, 12, 4)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap()
        })
        .with_sound(rehab_tracker::desktop::sound::Sound::with_player(
            std::sync::Arc::new(|_| {}),
        ));
    let mut h = egui_kittest::Harness::builder()
        .with_size([1100.0, 3000.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut rehab_tracker::ui::RehabApp| app.ui(ui), app);
    h.run();
    h.get_by_label("Settings").click();
    h.run();
    let combo = |h: &egui_kittest::Harness<'_, _>, label: &str| {
        h.query_all_by_role_and_label(egui::accesskit::Role::ComboBox, label)
            .count()
    };
    assert_eq!(combo(&h, "Language"), 1, "the choice is labelled");
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Language")
        .click();
    h.run();
    // Every language is offered in its own name, with no pseudo-locale.
    for name in [
        "English",
        "Deutsch",
        "Français",
        "Español",
        "Follow the desktop’s language",
    ] {
        assert!(h.query_by_label(name).is_some(), "{name} is offered");
    }
    assert!(h.query_by_label(Lang::Pseudo.own_name()).is_none());
    h.get_by_label("Deutsch").click();
    h.run();
    assert_eq!(h.state().settings().language, Some(Lang::De));
    assert_eq!(i18n::language(), Lang::De);
    // The next frame speaks German.
    h.run();
    assert!(h.query_by_label("Language").is_none());
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Sprache")
        .click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    h.run();
    assert_eq!(h.state().settings().language, Some(Lang::En));
    assert_eq!(combo(&h, "Language"), 1);
    let mut app = h.into_state();
    app.save_now().unwrap();
    let saved = rehab_tracker::storage::Store::new(tmp.path())
        .load()
        .settings
        .unwrap();
    assert_eq!(saved.language, Some(Lang::En));
}
