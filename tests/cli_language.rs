//! The command line speaks the desktop's language (`LANG`), or the one `--lang` or
//! `REHAB_LANG` names: its sentences, its errors and its summaries, with plurals as each
//! language makes them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

/// The binary with a clean locale: only what the test sets.
fn rehab(dir: &Path) -> Command {
    common::with_clean_locale(dir)
}

/// `log diary` on this day, worst pain 5, pain now 3.
fn diary_on(date: &str) -> [&str; 8] {
    ["log", "diary", "--date", date, "--worst", "5", "--now", "3"]
}

fn run(dir: &Path, env: Option<(&str, &str)>, args: &[&str]) -> Output {
    let mut c = rehab(dir);
    if let Some((k, v)) = env {
        c.env(k, v);
    }
    c.args(args).output().unwrap()
}

fn set_up(dir: &Path) {
    let o = run(
        dir,
        None,
        &["init", "--start", "2026-11-02", "--affected-side", "right"],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
}

const FRENCH: Option<(&str, &str)> = Some(("LANG", "fr_FR.UTF-8"));

#[test]
fn status_speaks_french_with_a_french_desktop_and_german_when_asked() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let status = ["status", "--on", "2026-12-04"];

    let english = common::stdout(&run(tmp.path(), None, &status));
    assert!(english.starts_with("Status on 2026-12-04: "), "{english}");
    assert!(english.contains("\nWhy:\n"), "{english}");

    let o = run(tmp.path(), FRENCH, &status);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let french = common::stdout(&o);
    assert!(french.starts_with("Bilan au 2026-12-04 : "), "{french}");
    for said in [
        "Semaine 5 sur ",
        "\nPourquoi :\n",
        "Ces seuils sont ceux de votre soignant, tirés du fichier de programme (programme.ron) :",
        "- douleur de départ : la moyenne de la douleur la plus forte de chaque jour",
        "- contactez votre soignant si la douleur moyenne de la semaine",
        "Ce n’est ni un diagnostic ni un substitut aux soins.",
    ] {
        assert!(french.contains(said), "{said:?} in {french}");
    }
    for english_line in ["Status on", "Why:", "These thresholds", "not a diagnosis"] {
        assert!(
            !french.contains(english_line),
            "{english_line:?} in {french}"
        );
    }
    // The same lines, one for one.
    assert_eq!(french.lines().count(), english.lines().count());

    // --lang overrides the desktop's language.
    let o = rehab(tmp.path())
        .env("LANG", "fr_FR.UTF-8")
        .args(["--lang", "de"])
        .args(status)
        .output()
        .unwrap();
    let german = common::stdout(&o);
    assert!(german.starts_with("Stand am 2026-12-04: "), "{german}");
    assert!(german.contains("Es ist keine Diagnose"), "{german}");
}

#[test]
fn logging_says_what_was_saved_in_french_with_french_plurals() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let diary = diary_on("2026-12-04");
    let o = run(tmp.path(), FRENCH, &diary);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert_eq!(
        common::stdout(&o),
        "Entrée du journal du 2026-12-04 enregistrée.\n"
    );
    let o = run(tmp.path(), FRENCH, &diary);
    assert_eq!(
        common::stdout(&o),
        "Entrée du journal du 2026-12-04 mise à jour.\n"
    );

    let psfs = |activities: &[&str]| {
        let mut args = vec!["log", "psfs", "--date", "2026-12-04"];
        for a in activities {
            args.extend(["--activity", a, "--score", "4"]);
        }
        common::stdout(&run(tmp.path(), FRENCH, &args))
    };
    assert_eq!(
        psfs(&["Marcher"]),
        "Scores d’activité (PSFS) du 2026-12-04 enregistrés : 1 activité.\n"
    );
    assert_eq!(
        psfs(&["Marcher", "S’asseoir"]),
        "Scores d’activité (PSFS) du 2026-12-04 enregistrés : 2 activités.\n"
    );
    // English chooses its own plural too: no "1 activities".
    let o = run(
        tmp.path(),
        None,
        &[
            "log",
            "psfs",
            "--date",
            "2026-12-04",
            "--activity",
            "Walking",
            "--score",
            "4",
        ],
    );
    assert_eq!(
        common::stdout(&o),
        "Saved the activity scores (PSFS) of 2026-12-04: 1 activity.\n"
    );

    let o = run(
        tmp.path(),
        Some(("REHAB_LANG", "es")),
        &["log", "session", "--date", "2026-12-04", "--as-prescribed"],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let said = common::stdout(&o);
    assert!(
        said.starts_with("Sesión del 2026-12-04 guardada: ")
            && said.ends_with(" ejercicios según lo prescrito.\n"),
        "{said}"
    );
}

#[test]
fn a_mistyped_value_is_refused_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let bad_date = diary_on("4.12.2026");
    let o = rehab(tmp.path())
        .args(["--lang", "fr"])
        .args(bad_date)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        common::stderr(&o)
            .contains("« 4.12.2026 » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ"),
        "{}",
        common::stderr(&o)
    );
    // After the command too, and from the desktop's locale.
    let o = rehab(tmp.path())
        .env("LANG", "de_DE.UTF-8")
        .args(bad_date)
        .output()
        .unwrap();
    assert!(
        common::stderr(&o).contains("„4.12.2026“ ist kein Datum"),
        "{}",
        common::stderr(&o)
    );
    // A mistake found by the command itself.
    let o = rehab(tmp.path())
        .args([
            "log",
            "event",
            "--date",
            "2026-12-04",
            "--kind",
            "clinician-visit",
            "--side",
            "left",
            "--lang=es",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        common::stderr(&o),
        "rehab-tracker: --side solo va con --kind injection\n"
    );
}

#[test]
fn check_counts_in_the_language_and_with_its_plurals() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let o = run(tmp.path(), None, &diary_on("2026-12-04"));
    assert!(o.status.success(), "{}", common::stderr(&o));
    let dir = tmp.path().to_str().unwrap();
    let english = common::stdout(&run(tmp.path(), None, &["check", dir]));
    assert!(
        english.contains(": 3 files, 0 sessions, 1 diary entry, 0 events.\n"),
        "{english}"
    );
    assert!(english.ends_with("Sound.\n"), "{english}");
    let german = common::stdout(&run(
        tmp.path(),
        Some(("LANG", "de_AT.UTF-8")),
        &["check", dir],
    ));
    assert!(
        german.contains(": 3 Dateien, 0 Einheiten, 1 Tagebucheintrag, 0 Ereignisse.\n"),
        "{german}"
    );
    assert!(german.ends_with("In Ordnung.\n"), "{german}");
}

#[test]
fn reminders_speak_the_language_chosen_in_settings_whatever_the_timers_locale() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let mut settings = rehab_tracker::model::Settings::default();
    settings.training_reminder.on = true;
    settings.diary_reminder.on = true;
    settings.language = Some(rehab_tracker::i18n::Lang::Es);
    rehab_tracker::storage::Store::new(tmp.path())
        .save(&rehab_tracker::storage::SaveBatch {
            settings: Some(settings),
            ..rehab_tracker::storage::SaveBatch::default()
        })
        .unwrap();
    let config = tempfile::tempdir().unwrap();
    let remind = |at: &str| {
        rehab(tmp.path())
            .env("LANG", "de_DE.UTF-8")
            .env("XDG_CONFIG_HOME", config.path())
            .args(["remind", "--print-only", "--at", at])
            .output()
            .unwrap()
    };
    // Monday 23 November, a training day: early, nothing; late, both in one notification.
    assert_eq!(
        common::stdout(&remind("2026-11-23T08:00")),
        "Ahora no hay nada pendiente.\n"
    );
    assert_eq!(
        common::stdout(&remind("2026-11-23T21:00")),
        "Sus ejercicios y su diario\n\
         Hoy es día de entrenamiento: registre su sesión cuando la haya hecho.\n\
         Y un minuto para el diario de hoy: ¿cómo ha estado su dolor?\n"
    );
    // A timer left running a program that is gone is reported in the language too.
    let units = config.path().join("systemd/user");
    std::fs::create_dir_all(&units).unwrap();
    std::fs::write(
        units.join(rehab_tracker::desktop::schedule::SERVICE),
        "[Service]\nExecStart=\"/home/ana/build/rehab-tracker\" remind\n",
    )
    .unwrap();
    let err = common::stderr(&remind("2026-11-23T08:00"));
    assert!(
        err.contains(
            "El temporizador de los recordatorios ejecuta /home/ana/build/rehab-tracker, que ya no existe"
        ),
        "{err}"
    );
}

#[test]
fn a_command_speaks_the_language_chosen_in_settings_unless_told_another() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let settings = rehab_tracker::model::Settings {
        language: Some(rehab_tracker::i18n::Lang::De),
        ..rehab_tracker::model::Settings::default()
    };
    rehab_tracker::storage::Store::new(tmp.path())
        .save(&rehab_tracker::storage::SaveBatch {
            settings: Some(settings),
            ..rehab_tracker::storage::SaveBatch::default()
        })
        .unwrap();
    let status = ["status", "--on", "2026-12-04"];
    let german = common::stdout(&run(tmp.path(), FRENCH, &status));
    assert!(german.starts_with("Stand am 2026-12-04: "), "{german}");
    let saved = common::stdout(&run(tmp.path(), FRENCH, &diary_on("2026-12-04")));
    assert_eq!(saved, "Tagebucheintrag für den 2026-12-04 gespeichert.\n");
    let o = rehab(tmp.path())
        .env("LANG", "de_DE.UTF-8")
        .args(["--lang", "fr"])
        .args(status)
        .output()
        .unwrap();
    let french = common::stdout(&o);
    assert!(french.starts_with("Bilan au 2026-12-04 : "), "{french}");
}

#[test]
fn help_is_in_the_language_asked_for_and_unchanged_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let help = |env: Option<(&str, &str)>, args: &[&str]| {
        let o = run(tmp.path(), env, args);
        assert!(o.status.success(), "{}", common::stderr(&o));
        common::stdout(&o)
    };

    let english = help(None, &["--help"]);
    for line in [
        "Private diary and plan for a home hip-strengthening programme\n",
        "  log        Log a diary entry, a session or an event\n",
        "\nUsage: rehab-tracker [OPTIONS] [COMMAND]\n",
        "\nCommands:\n",
        "\nOptions:\n",
        "  -h, --help            Print help\n",
        "  -V, --version         Print version\n",
        "      --lang <LANG>     Speak this language (en, de, fr, es), whatever the desktop's or the settings' is\n",
        "      --demo            Open the window on a generated sample journal in a temporary folder; real data is never touched\n",
    ] {
        assert!(english.contains(line), "{line:?} in {english}");
    }
    let english_log = help(None, &["log", "diary", "--help"]);
    for line in [
        "A diary entry: pain now, worst pain in the last 24 hours, sitting tolerance\n",
        "          Worst pain in the last 24 hours, 0-10\n",
        "          Minutes you can sit before pain makes you move, 0-1440\n",
        "          Print help (see a summary with '-h')\n",
        "          - rest-advised: Rest advised by the clinician\n",
    ] {
        assert!(english_log.contains(line), "{line:?} in {english_log}");
    }

    let german = help(None, &["--lang", "de", "--help"]);
    for said in [
        "Privates Tagebuch und Plan für ein Hüft-Kräftigungsprogramm zu Hause\n",
        "  log        Einen Tagebucheintrag, eine Trainingseinheit oder ein Ereignis festhalten\n",
        "      --data-dir <DIR>  Diesen Datenordner statt des üblichen verwenden",
        "      --demo            Das Fenster mit einem erzeugten Beispieltagebuch",
        "\nAufruf: rehab-tracker [OPTIONS] [COMMAND]\n",
        "\nBefehle:\n",
        "\nOptionen:\n",
        "  -h, --help            Hilfe anzeigen\n",
    ] {
        assert!(german.contains(said), "{said:?} in {german}");
    }
    for english_text in [
        "Private diary",
        "Log a diary entry",
        "Use this data folder",
        "Usage:",
        "Options:",
        "Commands:",
        "Print",
    ] {
        assert!(
            !german.contains(english_text),
            "{english_text:?} in {german}"
        );
    }
    // The same lines, one for one.
    assert_eq!(german.lines().count(), english.lines().count());

    let french = help(None, &["--lang", "fr", "log", "--help"]);
    for said in [
        "Noter une entrée du journal, une séance ou un événement\n",
        "  warning-sign  Les signes d’alerte que vous avez maintenant ; indique quoi faire\n",
        "      --lang <LANG>     Parler cette langue (en, de, fr, es), quelle que soit celle du bureau ou des réglages\n",
        "\nCommandes :\n",
        "  help          Afficher ce message ou l’aide des commandes indiquées\n",
    ] {
        assert!(french.contains(said), "{said:?} in {french}");
    }

    // A French desktop gives French help without --lang; the options of a command too.
    let diary = help(FRENCH, &["log", "diary", "--help"]);
    for said in [
        "          Douleur la plus forte des dernières 24 heures, 0-10\n",
        "          Le jour (YYYY-MM-DD) ; aujourd’hui s’il est omis\n",
        "          - rest-advised: Repos conseillé par le soignant\n",
    ] {
        assert!(diary.contains(said), "{said:?} in {diary}");
    }
}

#[test]
fn a_command_with_an_argument_heads_it_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(tmp.path(), None, &["--lang", "es", "check", "--help"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let spanish = common::stdout(&o);
    let arguments = spanish.find("\nArgumentos:\n  <PATH>  Una carpeta de datos");
    let options = spanish.find("\nOpciones:\n");
    assert!(arguments.is_some() && options.is_some(), "{spanish}");
    assert!(arguments < options, "{spanish}");
    assert!(spanish.contains("\nUso: rehab-tracker check "), "{spanish}");
}
