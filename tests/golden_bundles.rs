//! Golden export bundles: one of every format the reader still takes (1 to 6), each read into
//! exactly the journal it holds, opened by the review, called sound by `check`, and written
//! again by this version without losing anything. Never edit these files.
//!
//! - `bundles/v1.bundle.ron`: the sample journal's example bundle as the first release with
//!   bundles wrote it (docs/examples/demo.bundle.ron at 626a72d, pseudonymised).
//! - `bundles/v2.bundle.ron`: that bundle with an earlier programme in force until
//!   2026-09-01, in the layout format 2 added (`earlier_programmes` after `programme`, as
//!   written from 21d4b3e on); the checksum made again.
//! - `bundles/v3.bundle.ron`: written by the release before format 4 (tests/golden.rs).
//! - `bundles/v4.bundle.ron`: the example bundle as the release that added format 4 wrote
//!   it (docs/examples/demo.bundle.ron at 65027aa).
//! - `bundles/v5.bundle.ron`: that bundle with its first exercise carrying its own drawing,
//!   in the layout of the golden version 5 programme file; the checksum made again.
//! - `bundles/v6.bundle.ron`: the example bundle as the release that added format 6 wrote
//!   it (docs/examples/demo.bundle.ron made by docs/examples/README.md): its summary states
//!   findings, not sentences.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::model::{day, hms};
use rehab_tracker::analysis::{Voice, reasons};
use rehab_tracker::export::bundle::{self, Bundle};
use rehab_tracker::model::{Amount, EventKind, Load, Side};
use rehab_tracker::review::{self, caseload};
use std::path::PathBuf;

fn golden_bundle(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/golden/bundles/v{version}.bundle.ron"))
}

/// What a golden bundle must read as.
struct Expected {
    version: u32,
    patient_code: &'static str,
    first_session_id: u64,
    events: usize,
    psfs: usize,
    summary: bool,
}

/// Reads a golden bundle, checks it is of its version and holds exactly the journal
/// expected, and that the review opens it and `check` calls it sound.
fn read_golden(e: &Expected) -> Bundle {
    let path = golden_bundle(e.version);
    let bytes = std::fs::read(&path).unwrap();
    let tag = format!("\nV{}((", e.version);
    assert!(
        String::from_utf8_lossy(&bytes).contains(&tag),
        "not format {}",
        e.version
    );
    let b = bundle::read(&bytes).unwrap_or_else(|err| panic!("v{}: {err}", e.version));
    assert!(b.problems().is_empty(), "{:?}", b.problems());

    let profile = b.profile.as_ref().unwrap();
    assert_eq!(profile.patient_code, e.patient_code);
    assert_eq!(profile.start_date, day(2026, 8, 5));
    assert_eq!(profile.affected_side, Side::Right);
    assert!(b.pseudonymised);
    let programme = b.programme.as_ref().unwrap();
    assert_eq!(programme.name, "Hip strengthening: default home programme");
    assert_eq!(programme.sessions_per_week, 3);
    assert_eq!(b.summary.is_some(), e.summary);

    let journal = b.journal();
    let months: Vec<String> = journal.months().keys().map(ToString::to_string).collect();
    assert_eq!(months, ["2026-08", "2026-09", "2026-10", "2026-11"]);
    assert_eq!(journal.sessions().count(), 45);
    assert_eq!(journal.diary().count(), 105);
    let events: usize = journal.months().values().map(|m| m.events.len()).sum();
    let psfs: usize = journal.months().values().map(|m| m.psfs.len()).sum();
    assert_eq!((events, psfs), (e.events, e.psfs));
    let sets: usize = journal
        .sessions()
        .flat_map(|s| &s.exercises)
        .map(|x| x.sets.len())
        .sum();
    assert_eq!(sets, 1238);
    let last = journal.sessions().next_back().unwrap();
    assert_eq!(last.date, day(2026, 11, 23));

    let first = journal.sessions().next().unwrap();
    assert_eq!(
        (first.id, first.date, first.time),
        (e.first_session_id, day(2026, 8, 5), hms(18, 30, 0))
    );
    let squat = &first.exercises[0];
    assert_eq!(
        (squat.exercise_id.as_str(), squat.level),
        ("single_leg_squat", 1)
    );
    assert_eq!(
        squat.pain_during.map(rehab_tracker::model::Pain::get),
        Some(5)
    );
    assert_eq!(squat.sets.len(), 4);
    assert_eq!(squat.sets[1].side, Some(Side::Left));
    assert!(matches!(squat.sets[1].amount, Amount::Reps(r) if r.get() == 12));
    assert_eq!(squat.sets[1].load, Load::Bodyweight);
    let first_event = journal
        .months()
        .values()
        .flat_map(|m| &m.events)
        .next()
        .unwrap();
    assert_eq!(
        (first_event.date, &first_event.kind),
        (day(2026, 8, 5), &EventKind::ClinicianVisit)
    );

    let (patient, sha) = caseload::open_patient(&path).unwrap();
    let row = caseload::row_of(&path, &patient, sha);
    assert_eq!(row.patient_code, e.patient_code);
    assert_eq!(row.last_entry, Some(day(2026, 11, 24)));
    let report = rehab_tracker::cli::check_path(&path);
    assert!(report.sound, "{report:?}");
    b
}

/// Written again by this version, the bundle reads back the same, in the oldest format that
/// holds it.
fn written_again_reads_the_same(b: &Bundle, version: u32) {
    let mut again = Vec::new();
    bundle::write_bundle(b, &mut again).unwrap();
    let text = String::from_utf8_lossy(&again);
    assert!(text.contains(&format!("\nV{version}((")), "{text:.300}");
    assert_eq!(&bundle::read(&again).unwrap(), b);
}

#[test]
fn a_version_1_bundle_reads_as_the_journal_it_holds() {
    let b = read_golden(&Expected {
        version: 1,
        patient_code: "P-902f88e633",
        first_session_id: 1,
        events: 3,
        psfs: 0,
        summary: false,
    });
    assert!(b.earlier_programmes.is_empty());
    assert_eq!(b.profile.as_ref().unwrap().patient_id, None);
    assert_eq!(b.to, None);
    written_again_reads_the_same(&b, 1);
}

#[test]
fn a_version_2_bundle_reads_with_its_earlier_programme() {
    let b = read_golden(&Expected {
        version: 2,
        patient_code: "P-902f88e633",
        first_session_id: 1,
        events: 3,
        psfs: 0,
        summary: false,
    });
    let [earlier] = b.earlier_programmes.as_slice() else {
        panic!("{:?}", b.earlier_programmes.len())
    };
    assert_eq!(earlier.until, day(2026, 9, 1));
    assert_eq!(earlier.programme.name, "Hip strengthening: first weeks");
    assert_eq!(earlier.programme.sessions_per_week, 2);
    assert_eq!(
        earlier.programme.exercises.len(),
        b.programme.as_ref().unwrap().exercises.len()
    );
    written_again_reads_the_same(&b, 2);
}

#[test]
fn a_version_3_bundle_reads_as_the_journal_it_holds() {
    // Also read and reviewed in tests/golden.rs; here against the same journal checks as
    // the others, from its own release (not pseudonymised, so its code is the demo's).
    let bytes = std::fs::read(golden_bundle(3)).unwrap();
    let b = bundle::read(&bytes).unwrap();
    assert_eq!(b.profile.as_ref().unwrap().patient_code, "DEMO-0001");
    let journal = b.journal();
    assert_eq!(journal.sessions().count(), 45);
    assert_eq!(journal.diary().count(), 105);
    let events: usize = journal.months().values().map(|m| m.events.len()).sum();
    assert_eq!(events, 8);
}

#[test]
fn a_version_4_bundle_reads_with_its_summary() {
    let b = read_golden(&Expected {
        version: 4,
        patient_code: "P-95d8644b9a",
        first_session_id: 25_500_319_745,
        events: 7,
        psfs: 16,
        summary: true,
    });
    assert_eq!(b.to, Some(day(2026, 11, 24)));
    let summary = b.summary.as_ref().unwrap();
    assert_eq!(summary.as_of, day(2026, 11, 24));
    assert_eq!(summary.status.week, 16);
    assert!(summary.status.engagement.is_some());
    assert!(
        !b.programme.as_ref().unwrap().carries_pictures(),
        "format 4 carries no pictures"
    );
    written_again_reads_the_same(&b, 4);
    the_review_shows_the_stored_sentences(&b, 4);
}

/// The review shows the reasons a bundle before format 6 stores exactly as written, for the
/// clinician and for the patient, and not sentences worded again from the diary.
fn the_review_shows_the_stored_sentences(b: &Bundle, version: u32) {
    let summary = b.summary.as_ref().unwrap();
    assert!(summary.status.findings.is_empty());
    let clinician = &summary.clinician_reasons;
    let patient = &summary.status.reasons;
    assert!(!clinician.is_empty() && !patient.is_empty());
    assert_ne!(clinician, patient);
    // Each sentence is in the file as written.
    let text = std::fs::read_to_string(golden_bundle(version)).unwrap();
    for sentence in clinician.iter().chain(patient) {
        let escaped = sentence.replace('\'', "\\'");
        assert!(text.contains(&escaped), "{sentence}");
    }
    assert_eq!(
        review::reasons_of(b, rehab_tracker::i18n::Lang::En, Voice::Clinician).as_ref(),
        Some(clinician)
    );
    assert_eq!(
        review::reasons_of(b, rehab_tracker::i18n::Lang::En, Voice::Patient).as_ref(),
        Some(patient)
    );
    let (patient_file, _) = caseload::open_patient(&golden_bundle(version)).unwrap();
    let progress = patient_file.progress(rehab_tracker::i18n::Lang::En);
    assert_eq!(
        &progress.reasons_in(rehab_tracker::i18n::Lang::En, Voice::Clinician),
        clinician
    );
    assert_eq!(
        &progress.reasons_in(rehab_tracker::i18n::Lang::En, Voice::Patient),
        patient
    );
}

#[test]
fn a_version_5_bundle_reads_with_the_picture_its_exercise_carries() {
    let b = read_golden(&Expected {
        version: 5,
        patient_code: "P-95d8644b9a",
        first_session_id: 25_500_319_745,
        events: 7,
        psfs: 16,
        summary: true,
    });
    let programme = b.programme.as_ref().unwrap();
    assert!(programme.carries_pictures());
    let with_picture: Vec<&str> = programme
        .exercises
        .iter()
        .filter(|x| x.picture.is_some())
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(with_picture, ["single_leg_squat"]);
    written_again_reads_the_same(&b, 5);
    the_review_shows_the_stored_sentences(&b, 5);
}

#[test]
fn a_version_3_bundle_shows_its_stored_sentences_in_the_review() {
    let b = bundle::read(&std::fs::read(golden_bundle(3)).unwrap()).unwrap();
    the_review_shows_the_stored_sentences(&b, 3);
}

#[test]
fn bundles_without_a_summary_state_no_reasons_and_the_review_works_them_out() {
    for version in [1, 2] {
        let b = bundle::read(&std::fs::read(golden_bundle(version)).unwrap()).unwrap();
        assert_eq!(
            review::reasons_of(&b, rehab_tracker::i18n::Lang::En, Voice::Clinician),
            None
        );
        let (patient, _) = caseload::open_patient(&golden_bundle(version)).unwrap();
        let progress = patient.progress(rehab_tracker::i18n::Lang::En);
        assert_eq!(
            progress.reasons_in(rehab_tracker::i18n::Lang::En, Voice::Clinician),
            reasons::clinician(rehab_tracker::i18n::Lang::En, &progress.status().findings)
        );
    }
}

#[test]
fn a_version_6_bundle_holds_findings_the_review_words() {
    let b = read_golden(&Expected {
        version: 6,
        patient_code: "P-95d8644b9a",
        first_session_id: 25_500_319_745,
        events: 7,
        psfs: 16,
        summary: true,
    });
    let text = std::fs::read_to_string(golden_bundle(6)).unwrap();
    assert!(!text.contains("reasons:"), "format 6 holds no sentences");
    let summary = b.summary.as_ref().unwrap();
    assert_eq!(summary.as_of, day(2026, 11, 24));
    assert_eq!(summary.status.week, 16);
    let findings = &summary.status.findings;
    assert!(findings.len() >= 3, "{findings:?}");
    assert!(summary.status.reasons.is_empty() && summary.clinician_reasons.is_empty());
    // The review words the findings, in each voice.
    let clinician = reasons::clinician(rehab_tracker::i18n::Lang::En, findings);
    let patient = reasons::patient(rehab_tracker::i18n::Lang::En, findings);
    assert_eq!(clinician.len(), findings.len());
    assert_ne!(clinician, patient);
    assert_eq!(
        review::reasons_of(&b, rehab_tracker::i18n::Lang::En, Voice::Clinician),
        Some(clinician.clone())
    );
    assert_eq!(
        review::reasons_of(&b, rehab_tracker::i18n::Lang::En, Voice::Patient),
        Some(patient.clone())
    );
    let (patient_file, _) = caseload::open_patient(&golden_bundle(6)).unwrap();
    let progress = patient_file.progress(rehab_tracker::i18n::Lang::En);
    assert_eq!(
        progress.reasons_in(rehab_tracker::i18n::Lang::En, Voice::Clinician),
        clinician
    );
    assert_eq!(
        progress.reasons_in(rehab_tracker::i18n::Lang::En, Voice::Patient),
        patient
    );
    assert_eq!(&progress.status().findings, findings);
    written_again_reads_the_same(&b, 6);
    // Written again, it is the same file, byte for byte.
    let mut again = Vec::new();
    bundle::write_bundle(&b, &mut again).unwrap();
    assert_eq!(again, text.as_bytes());
}

#[test]
fn an_app_that_reads_up_to_format_6_refuses_a_newer_bundle_by_name() {
    let text = std::fs::read_to_string(golden_bundle(6)).unwrap();
    let newer = text.replacen("\nV6((", "\nV7((", 1);
    let err = bundle::read(newer.as_bytes()).unwrap_err();
    assert_eq!(err, bundle::BundleError::NewerVersion(7));
    assert!(
        err.to_string()
            .contains("written by a newer version of rehab-tracker (bundle format 7); this version reads up to format 6"),
        "{err}"
    );
}
