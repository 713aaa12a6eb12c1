//! The core's words in the patient's language: what a change did and what undo takes back,
//! why a change was refused, values out of range, and the warning signs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveTime};
use rehab_tracker::i18n::{self, Lang, Words};
use rehab_tracker::model::{
    DayState, DiaryEntry, Entry, Journal, Pain, Profile, RedFlagSign, Side, Symptoms, Units,
    Urgency,
};
use rehab_tracker::record::{Change, Record};
use std::sync::Mutex;

/// The tests that switch the process's current language take turns.
static CURRENT: Mutex<()> = Mutex::new(());

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn set_up() -> Record {
    let mut r = Record::new(None, None, Journal::new()).unwrap();
    let profile = Profile {
        affected_side: Side::Left,
        both_sides: false,
        start_date: day(11, 2),
        units: Units::Kg,
        patient_code: "HIP-7".into(),
        psfs_activities: vec!["Sitting through a film".into()],
        patient_id: None,
    };
    r.apply(Change::SetUp(profile), day(12, 4)).unwrap();
    r
}

fn diary(now: i64, worst: i64) -> Entry {
    Entry::Diary(DiaryEntry {
        id: 0,
        date: day(12, 4),
        time: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
        pain_now: Pain::new(now).unwrap(),
        worst_24h: Pain::new(worst).unwrap(),
        sitting_mins: None,
        day_state: DayState::Normal,
        symptoms: Symptoms::default(),
        note: String::new(),
    })
}

/// Logs a diary entry, undoes it, and tries one that does not add up, in a language.
fn story(lang: Lang) -> [String; 4] {
    i18n::set_language(lang);
    let mut r = set_up();
    let saved = r
        .apply(Change::Log(diary(3, 5)), day(12, 4))
        .unwrap()
        .message;
    let undone = r.undo().unwrap();
    let refused = r
        .apply(Change::Log(diary(7, 5)), day(12, 4))
        .unwrap_err()
        .to_string();
    let range = Pain::new(11).unwrap_err().to_string();
    i18n::set_language(Lang::En);
    [saved, undone, refused, range]
}

#[test]
fn english_changes_read_as_they_always_did() {
    let _turn = CURRENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    assert_eq!(
        story(Lang::En),
        [
            "Saved: diary entry of 4 December.",
            "Undone: the new diary entry of 4 December.",
            "pain now (7) is more than the worst pain in the last 24 hours (5); the worst includes now",
            "a pain score must be a whole number from 0 to 10, but it was 11",
        ]
    );
}

#[test]
fn changes_undo_and_refusals_speak_the_patients_language() {
    let _turn = CURRENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    assert_eq!(
        story(Lang::Fr),
        [
            "Enregistré : entrée du journal du 4 décembre.",
            "Annulé : nouvel ajout (entrée du journal du 4 décembre).",
            "la douleur actuelle (7) dépasse la pire douleur des dernières 24 heures (5) ; la pire inclut maintenant",
            "une note de douleur doit être un nombre entier de 0 à 10, mais c’était 11",
        ]
    );
    let [saved, undone, ..] = story(Lang::De);
    assert_eq!(saved, "Gespeichert: Tagebucheintrag vom 4. Dezember.");
    assert!(undone.starts_with("Rückgängig gemacht: "), "{undone}");
    let [saved, ..] = story(Lang::Es);
    assert_eq!(saved, "Guardado: entrada del diario del 4 de diciembre.");
}

#[test]
fn warning_signs_and_their_advice_are_in_every_language_and_never_english_elsewhere() {
    let english = Words::for_language(Lang::En);
    for lang in [Lang::De, Lang::Fr, Lang::Es] {
        let words = Words::for_language(lang);
        for sign in RedFlagSign::ALL {
            let (theirs, ours) = (sign.label_in(words), sign.label_in(english));
            assert!(!theirs.is_empty() && theirs != ours, "{lang}: {sign:?}");
            assert_ne!(
                sign.clinician_label_in(words),
                sign.clinician_label(),
                "{lang}: {sign:?}"
            );
        }
        for urgency in Urgency::ALL {
            assert_ne!(urgency.advice_in(words), urgency.advice_in(english));
        }
    }
    assert_eq!(
        Urgency::Today.advice_in(Words::for_language(Lang::Fr)),
        "Faites-vous aider aujourd’hui : appelez la ligne d’urgence de votre médecin ou les \
         services d’urgence, ou rendez-vous aux urgences."
    );
    // The FHIR code system's display stays English whatever the language.
    assert_eq!(
        RedFlagSign::SaddleNumbness.clinician_label(),
        "Saddle numbness"
    );
}

#[test]
fn doses_programme_changes_and_file_errors_follow_the_language() {
    use rehab_tracker::export::bundle::BundleError;
    use rehab_tracker::model::{Programme, plan::changes};
    use rehab_tracker::review::programme_file::ProgrammeFileError;
    let _turn = CURRENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let old = Programme::default_programme().unwrap();
    let mut new = old.clone();
    new.sessions_per_week = 4;
    new.exercises[1].enabled = false;
    let squat = old.exercises[0].levels[0].dose;
    let render = |lang: Lang| {
        i18n::set_language(lang);
        let out = (
            squat.describe(),
            changes(&old, &new),
            BundleError::NotText.to_string(),
            ProgrammeFileError::IsBundle.to_string(),
        );
        i18n::set_language(Lang::En);
        out
    };
    let (dose, lines, bundle, programme) = render(Lang::En);
    assert_eq!(dose, squat.describe_neutral());
    assert!(
        dose.contains(" sets of ") && dose.ends_with(" reps"),
        "{dose}"
    );
    assert_eq!(lines[0], "Sessions a week: from 3 to 4.");
    assert!(lines[1].ends_with(": switched off."), "{lines:?}");
    assert_eq!(
        bundle,
        "it is not a bundle: it holds bytes that are not text"
    );
    assert!(programme.starts_with("this is an export of a diary"));

    let (dose, lines, bundle, programme) = render(Lang::Fr);
    assert!(
        dose.contains(" séries de ") && dose.ends_with(" répétitions"),
        "{dose}"
    );
    assert_eq!(lines[0], "Séances par semaine : de 3 à 4.");
    assert!(lines[1].ends_with(" : désactivé."), "{lines:?}");
    assert!(
        bundle.starts_with("ce n’est pas un dossier d’export"),
        "{bundle}"
    );
    assert!(
        programme.starts_with("c’est un export de journal"),
        "{programme}"
    );
    // The FHIR export's text stays English whatever the language.
    i18n::set_language(Lang::Fr);
    let neutral = squat.describe_neutral();
    i18n::set_language(Lang::En);
    assert_eq!(neutral, dose_in_english(squat));
}

fn dose_in_english(dose: rehab_tracker::model::Dose) -> String {
    dose.describe_in(Words::for_language(Lang::En))
}
