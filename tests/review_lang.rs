//! The review window in the clinician's language: the caseload, a patient and the programme
//! editor speak German, then French, with dates and counts as each language writes them.
//! One test in its own binary, because it switches the process's current language.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::review::{caseload_folder, review_window, settle_review};
use egui_kittest::kittest::Queryable;
use rehab_tracker::i18n::{self, Lang, format};

#[test]
fn the_review_window_speaks_the_clinicians_language() {
    let tmp = tempfile::tempdir().unwrap();
    caseload_folder(tmp.path());

    i18n::set_language(Lang::De);
    let mut h = review_window();
    h.get_by_label("Exporte der Patienten durchsehen");
    h.get_by_label("Ihre Schlüssel");
    h.get_by_label("Pakete oder Ordner zur Durchsicht")
        .set_text_value_accesskit(tmp.path().to_str().unwrap());
    h.run();
    h.get_by_label("Zur Durchsicht öffnen").click();
    settle_review(&mut h);
    h.get_by_label_contains("3 Dateien konnten nicht geöffnet werden");
    h.get_by_label_contains("4 Patienten; ");
    h.get_by_label("Nach Letzter Eintrag sortieren");
    assert!(h.query_by_label("Sort by Patient").is_none());
    let as_of = h
        .state()
        .screen()
        .caseload()
        .rows
        .iter()
        .find(|r| r.patient_code == "CD-202")
        .unwrap()
        .as_of;
    h.get_by_label("Patient CD-202 öffnen").click();
    settle_review(&mut h);
    h.get_by_label("Patient CD-202");
    let date = format::long_date(Lang::De, as_of);
    assert!(date.contains(". "), "a German date: {date}");
    h.get_by_label(&format!("Stand {date} · nur lesen"));
    h.get_by_label("Programm anpassen").click();
    h.run();
    h.get_by_label("Eskalationsregel");
    h.get_by_label("Wenigste Tagebucheinträge für einen aktuellen Schmerz");
    h.get_by_label("Wenigste Tagebucheinträge für einen aktuellen Schmerz:");
    h.get_by_label("Montag");
    h.get_by_label("Noch keine Änderungen.");
    h.get_by_label("Zurück zu allen Patienten").click();
    h.run();

    // French puts a no-break space before a colon.
    i18n::set_language(Lang::Fr);
    let mut h = review_window();
    h.get_by_label("Revoir les exports des patients");
    h.get_by_label("Exports ou dossier à revoir")
        .set_text_value_accesskit(tmp.path().to_str().unwrap());
    h.run();
    h.get_by_label("Ouvrir pour la revue").click();
    settle_review(&mut h);
    h.get_by_label_contains("3 fichiers n’ont pas pu être ouverts");
    h.get_by_label("Ouvrir le patient CD-202").click();
    settle_review(&mut h);
    h.get_by_label("Ajuster le programme").click();
    h.run();
    h.get_by_label("Semaine de décision\u{a0}:");
    h.get_by_label("lundi");
    i18n::set_language(Lang::En);
}
