//! The built-in home programme in the patient's language: English is `data/programme.ron`
//! as written, German, French and Spanish change every word a patient reads and nothing
//! else, and set-up (here the sample journal) writes the programme in the chosen language.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use rehab_tracker::i18n::{self, Lang, Words};
use rehab_tracker::model::Programme;
use rehab_tracker::model::programme::DEFAULT_PROGRAMME_RON;

/// Every text field a patient reads, with the id of its message in `programme.ftl`.
fn texts(p: &Programme) -> Vec<(String, &str)> {
    let mut out = vec![("programme-name".to_owned(), p.name.as_str())];
    for ex in &p.exercises {
        let stem = format!("programme-{}", ex.id.replace('_', "-"));
        out.push((format!("{stem}-name"), ex.name.as_str()));
        for (i, level) in ex.levels.iter().enumerate() {
            let n = i + 1;
            out.push((format!("{stem}-{n}-name"), level.name.as_str()));
            out.push((
                format!("{stem}-{n}-instructions"),
                level.instructions.as_str(),
            ));
            out.push((format!("{stem}-{n}-cue"), level.cue.as_str()));
        }
    }
    out
}

/// The programme with every text field taken from another: what is left is ids, numbers,
/// doses and pictures.
fn with_words_of(p: &Programme, words_from: &Programme) -> Programme {
    let mut p = p.clone();
    p.name.clone_from(&words_from.name);
    for (ex, from) in p.exercises.iter_mut().zip(&words_from.exercises) {
        ex.name.clone_from(&from.name);
        for (level, from) in ex.levels.iter_mut().zip(&from.levels) {
            level.name.clone_from(&from.name);
            level.instructions.clone_from(&from.instructions);
            level.cue.clone_from(&from.cue);
        }
    }
    p
}

#[test]
fn english_is_the_programme_file_exactly_and_its_messages_say_the_same() {
    let file: Programme = ron::from_str(DEFAULT_PROGRAMME_RON).unwrap();
    let english = Programme::default_programme_in(Lang::En).unwrap();
    assert_eq!(english, file);
    let words = Words::for_language(Lang::En);
    let fields = texts(&file);
    assert_eq!(fields.len(), 1 + 7 * (1 + 3 * 3), "the programme's shape");
    for (id, text) in fields {
        assert_eq!(words.get(&id), text, "i18n/en/programme.ftl: {id}");
    }
}

#[test]
fn every_word_is_translated_and_nothing_else_changes() {
    let english = Programme::default_programme_in(Lang::En).unwrap();
    let english_texts = texts(&english);
    for lang in [Lang::De, Lang::Fr, Lang::Es] {
        let translated = Programme::default_programme_in(lang).unwrap();
        translated.validate().unwrap();
        assert_eq!(
            with_words_of(&translated, &english),
            english,
            "{lang}: only words change"
        );
        let words = Words::for_language(lang);
        let translated_texts = texts(&translated);
        assert_eq!(translated_texts.len(), english_texts.len());
        for ((id, text), (_, en)) in translated_texts.iter().zip(&english_texts) {
            assert_ne!(text, en, "{lang}: {id} is still English");
            assert!(!text.contains("programme-"), "{lang}: {id} is missing");
            assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
            // Each field is its own message, not a neighbour's.
            assert_eq!(&words.get(id), text, "{lang}: {id}");
        }
    }
}

#[test]
fn the_default_programme_follows_the_current_language() {
    i18n::set_language(Lang::De);
    let german = Programme::default_programme();
    i18n::set_language(Lang::En);
    let german = german.unwrap();
    assert_eq!(german, Programme::default_programme_in(Lang::De).unwrap());
    assert_eq!(
        german.exercise("single_leg_squat").unwrap().name,
        "Einbeinige Kniebeuge"
    );
}

#[test]
fn the_sample_journal_in_german_writes_the_programme_in_german() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("demo");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_rehab-tracker"))
        .args([
            "--lang",
            "de",
            "demo",
            "--weeks",
            "2",
            "--end",
            "2026-12-04",
            "--out",
        ])
        .arg(&out)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let text = std::fs::read_to_string(out.join("programme.ron")).unwrap();
    for name in [
        "Einbeinige Kniebeuge",
        "Seitwärtsgehen mit Band",
        "Hüftheben",
    ] {
        assert!(text.contains(name), "{name} in {text}");
    }
    assert!(!text.contains("Single-leg squat"), "{text}");
    let loaded = rehab_tracker::storage::Store::new(&out).load();
    let record = loaded.programme.unwrap();
    let german = Programme::default_programme_in(Lang::De).unwrap();
    let names = |p: &Programme| {
        p.exercises
            .iter()
            .map(|e| e.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(record.view().current), names(&german));
}
