//! Review: a folder of patients' bundles opened read-only, the caseload, the programme
//! editor and the patient taking the programme up, through the library, the command line
//! and the real window.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::review::{caseload_folder, end};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rehab_tracker::analysis::StatusKind;
use rehab_tracker::review::caseload::{self, SortBy};
use rehab_tracker::review::programme_file;
use rehab_tracker::storage::Store;
use rehab_tracker::ui::RehabApp;
use rehab_tracker::ui::review::ReviewApp;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize};

fn sha_of_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.display().to_string(), std::fs::read(&p).unwrap())
        })
        .collect();
    all.sort();
    all
}

#[test]
fn a_folder_loads_the_good_bundles_most_urgent_first_and_lists_the_bad_with_reasons() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = caseload_folder(tmp.path());
    let before = sha_of_files(tmp.path());
    let (files, failures) = caseload::files_in(&[tmp.path().to_owned()]);
    assert!(failures.is_empty());
    assert_eq!(files.len(), 7, "the .txt file is not looked at: {files:?}");
    let done = AtomicUsize::new(0);
    let c = caseload::load(&files, 2, &done, &AtomicBool::new(false));
    assert_eq!(done.into_inner(), 7);
    assert_eq!(c.rows.len(), folder.good.len());
    assert_eq!(c.failures.len(), folder.bad.len());
    for (path, word) in &folder.bad {
        let f = c.failures.iter().find(|f| &f.path == path).unwrap();
        assert!(f.reason.contains(word), "{}: {}", path.display(), f.reason);
    }
    // The warning sign first, the improving patient last.
    assert_eq!(c.rows[0].patient_code, "CD-202");
    assert_eq!(c.rows[0].status, StatusKind::SeekCareNow);
    assert_eq!(c.rows[0].red_flags, 1);
    let last = c.rows.last().unwrap();
    assert_eq!(last.status, StatusKind::Improving);
    let early = c.rows.iter().find(|r| r.patient_code == "EF-303").unwrap();
    assert_eq!(early.status, StatusKind::KeepGoing);
    assert_eq!(early.week, 4);
    assert_eq!(early.last_entry, Some(end()));
    assert_eq!(
        early.quiet_days(),
        Some(0),
        "exported the day of its last entry"
    );
    // The older export of AB-101 says a newer one is in the list; the newer one does not.
    let older = c
        .rows
        .iter()
        .find(|r| r.path.ends_with("ab-101-older.bundle.ron"))
        .unwrap();
    assert!(
        older.notes.iter().any(|n| n.contains("newer export")),
        "{:?}",
        older.notes
    );
    let newer = c
        .rows
        .iter()
        .find(|r| r.path.ends_with("ab-101.bundle.ron"))
        .unwrap();
    assert!(newer.notes.is_empty(), "{:?}", newer.notes);
    assert!(newer.improvement.is_some_and(|c| c > 0.0), "pain went down");
    // Stopped before it starts: nothing read, nothing listed.
    let stopped = AtomicUsize::new(0);
    let c = caseload::load(&files, 2, &stopped, &AtomicBool::new(true));
    assert_eq!(
        (c.rows.len(), c.failures.len(), stopped.into_inner()),
        (0, 0, 0)
    );
    // Nothing in the folder was written to.
    assert_eq!(sha_of_files(tmp.path()), before);
}

#[test]
fn sorting_by_each_column_orders_the_rows_and_again_reverses() {
    let tmp = tempfile::tempdir().unwrap();
    caseload_folder(tmp.path());
    let (files, _) = caseload::files_in(&[tmp.path().to_owned()]);
    let mut rows = caseload::load(&files, 1, &AtomicUsize::new(0), &AtomicBool::new(false)).rows;
    caseload::sort(&mut rows, SortBy::Week, true);
    let weeks: Vec<u32> = rows.iter().map(|r| r.week).collect();
    assert!(weeks.windows(2).all(|w| w[0] <= w[1]), "{weeks:?}");
    caseload::sort(&mut rows, SortBy::Week, false);
    let weeks: Vec<u32> = rows.iter().map(|r| r.week).collect();
    assert!(weeks.windows(2).all(|w| w[0] >= w[1]), "{weeks:?}");
    caseload::sort(&mut rows, SortBy::Improvement, true);
    let gains: Vec<f64> = rows.iter().map(|r| r.improvement.unwrap()).collect();
    assert!(gains.windows(2).all(|w| w[0] <= w[1]), "{gains:?}");
    caseload::sort(&mut rows, SortBy::Patient, true);
    let codes: Vec<&str> = rows.iter().map(|r| r.patient_code.as_str()).collect();
    assert_eq!(codes, ["AB-101", "AB-101", "CD-202", "EF-303"]);
    assert!(caseload::matches(&rows[2], "cd-2"));
    assert!(caseload::matches(&rows[2], "warning"));
    assert!(!caseload::matches(&rows[2], "EF"));
}

#[test]
fn review_summary_prints_the_table_and_names_every_bad_file() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = caseload_folder(tmp.path());
    let o = common::run(
        tmp.path(),
        &["review", "--summary", tmp.path().to_str().unwrap()],
    );
    let out = common::stdout(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a bad file makes the exit code 1\n{out}"
    );
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("Patient"), "{out}");
    assert!(lines[1].starts_with("CD-202"), "most urgent first:\n{out}");
    assert!(
        lines[1].contains("Warning sign: same-day care advised"),
        "{out}"
    );
    for (path, _) in &folder.bad {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(
            out.lines()
                .any(|l| l.starts_with("Could not open") && l.contains(name)),
            "{name} missing:\n{out}"
        );
    }
    assert!(common::stderr(&o).contains("3 of 7 files could not be opened"));

    let o = common::run(
        tmp.path(),
        &[
            "review",
            "--summary",
            "--json",
            tmp.path().to_str().unwrap(),
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 4);
    assert_eq!(json["failures"].as_array().unwrap().len(), 3);
    assert_eq!(json["rows"][0]["status"], "seek_care_now");
    assert_eq!(json["rows"][0]["patient_code"], "CD-202");

    // Only good files: exit 0.
    let good = folder.good[0].1.to_str().unwrap().to_owned();
    let o = common::run(tmp.path(), &["review", "--summary", &good]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    // Nothing named: a usage error.
    let o = common::run(tmp.path(), &["review", "--summary"]);
    assert_eq!(o.status.code(), Some(2));
}

/// The name of the programme in force in the patient's app.
fn data_name(p: &Harness<'_, RehabApp>) -> String {
    p.state().record().programme().name.clone()
}

fn wait<S>(h: &mut Harness<'_, S>, busy: impl Fn(&S) -> bool) {
    for _ in 0..500 {
        h.step();
        if !busy(h.state()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
}

fn patient_harness(app: RehabApp) -> Harness<'static, RehabApp> {
    Harness::builder()
        .with_size([1400.0, 2400.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut RehabApp| app.ui(ui), app)
}

/// The patient's window with a programme file opened through "Programme from your clinician…".
fn open_programme_file(app: RehabApp, file: &Path) -> Harness<'static, RehabApp> {
    let mut p = patient_harness(app);
    p.run();
    p.get_by_label("Clinician").click();
    p.run();
    p.get_by_label("Programme from your clinician…").click();
    p.run();
    p.get_by_label("Programme file to open")
        .set_text_value_accesskit(file.to_str().unwrap());
    p.run();
    p.get_by_label("Open").click();
    wait(&mut p, RehabApp::is_busy);
    p
}

fn review_harness(dir: &Path) -> Harness<'static, ReviewApp> {
    let app = ReviewApp::new(&[]);
    let mut h = Harness::builder()
        .with_size([1400.0, 2400.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut ReviewApp| app.ui(ui), app);
    h.run();
    h.get_by_label("Bundles or folder to review")
        .set_text_value_accesskit(dir.to_str().unwrap());
    h.run();
    h.get_by_label("Open for review").click();
    wait(&mut h, |a| a.screen().is_busy());
    h
}

#[test]
fn the_review_window_triages_a_folder_sorts_and_opens_a_patient_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    caseload_folder(tmp.path());
    let before = sha_of_files(tmp.path());
    let mut h = review_harness(tmp.path());
    h.get_by_label_contains("3 files could not be opened");
    h.get_by_label_contains("its content does not match its checksum");
    h.get_by_label_contains("newer version of rehab-tracker");
    // The checksums are details, behind a toggle.
    assert!(h.query_by_label_contains("SHA-256").is_none());
    h.get_all_by_label("Details").next().unwrap().click();
    h.run();
    h.get_by_label_contains("SHA-256 in the header:");
    let codes = |h: &Harness<'_, ReviewApp>| -> Vec<String> {
        h.state()
            .screen()
            .caseload()
            .rows
            .iter()
            .map(|r| r.patient_code.clone())
            .collect()
    };
    assert_eq!(codes(&h)[0], "CD-202", "most urgent first");
    h.get_by_label("Sort by Patient").click();
    h.run();
    assert_eq!(codes(&h), ["AB-101", "AB-101", "CD-202", "EF-303"]);
    h.get_by_label("Sort by Patient").click();
    h.run();
    assert_eq!(codes(&h), ["EF-303", "CD-202", "AB-101", "AB-101"]);
    h.get_by_label("Sort by Status").click();
    h.run();
    assert_eq!(codes(&h)[0], "CD-202");
    // Filtering keeps only the matching rows on screen.
    h.get_by_label("Filter patients")
        .set_text_value_accesskit("EF");
    h.run();
    assert!(h.query_by_label("Open patient CD-202").is_none());
    h.get_by_label("Filter patients")
        .set_text_value_accesskit("");
    h.run();

    h.get_by_label("Open patient CD-202").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label("Patient CD-202");
    // Progress first: the status card, in the clinician's words.
    h.get_by_label_contains("Warning sign: same-day care advised");
    h.get_by_label_contains("The patient logged a warning sign");
    assert!(h.query_by_label_contains("Seek care now").is_none());
    h.get_by_label("History").click();
    h.run();
    h.get_by_label_contains("sessions,");
    // Read-only: no Edit or Delete at all, not even greyed.
    assert!(h.query_by_label_contains("Edit ").is_none());
    assert!(h.query_by_label_contains("Delete ").is_none());
    h.get_by_label("Report").click();
    h.run();
    h.get_by_label("Home exercise programme: clinician report");
    assert!(
        h.get_all_by_label("Patient CD-202").count() >= 2,
        "the heading and the report"
    );
    h.get_by_label("Last four weeks");
    let report = tmp.path().join("printed").join("cd-202.html");
    std::fs::create_dir(report.parent().unwrap()).unwrap();
    h.get_by_label("Report file path")
        .set_text_value_accesskit(report.to_str().unwrap());
    h.run();
    h.get_by_label("Save report").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label_contains("Saved ");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("Patient CD-202"));
    assert!(html.contains("Warning sign: same-day care advised"));
    assert!(!html.contains("Seek care now"));
    std::fs::remove_dir_all(report.parent().unwrap()).unwrap();
    h.get_by_label("Back to all patients").click();
    h.run();
    h.get_by_label("Open patient EF-303");
    assert_eq!(sha_of_files(tmp.path()), before, "nothing was written");
}

#[test]
fn a_programme_edited_in_review_is_saved_and_taken_up_by_the_patient() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = caseload_folder(tmp.path());
    let mut h = review_harness(tmp.path());
    h.get_by_label("Open patient EF-303").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label("Adjust programme").click();
    h.run();
    h.get_by_label("Crab walk with band on").click();
    h.run();
    h.get_by_label("Sessions a week").set_value_accesskit(4.0);
    h.run();
    h.get_by_label_contains("Crab walk with band: switched off.");
    h.get_by_label_contains("Sessions a week: from 3 to 4.");
    h.get_by_label("Lunge held at its level").click();
    h.get_by_label("Escalation rule").scroll_to_me();
    h.get_by_label("Decision week").set_value_accesskit(10.0);
    h.run();
    h.get_by_label_contains("Lunge: held at its level");
    h.get_by_label_contains("Decision week: from 12 to 10.");
    let out = tmp.path().join("sent").join("programme-EF-303.ron");
    std::fs::create_dir(out.parent().unwrap()).unwrap();
    h.get_by_label("Note for the patient")
        .set_text_value_accesskit("Four a week; crab walks off for now.");
    h.get_by_label("Programme file path")
        .set_text_value_accesskit(out.to_str().unwrap());
    h.run();
    h.get_by_label("Save programme file").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label_contains("Give this file to the patient");
    let file = programme_file::read(&std::fs::read(&out).unwrap()).unwrap();
    let o = common::run(tmp.path(), &["check", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stdout(&o));
    assert!(common::stdout(&o).contains("programme file from a clinician, for patient EF-303"));
    assert_eq!(file.for_patient, "EF-303");
    assert_eq!(file.note, "Four a week; crab walks off for now.");
    assert_eq!(file.programme.sessions_per_week, 4);
    assert!(!file.programme.exercise("crab_walk").unwrap().enabled);

    // The patient: a data folder holding EF-303's diary, from the same bundle.
    let patient_dir = tempfile::tempdir().unwrap();
    let demo = common::review::patient(4, 3, "EF-303");
    let o = common::run(
        patient_dir.path(),
        &[
            "init",
            "--start",
            &demo.profile.start_date.to_string(),
            "--affected-side",
            "left",
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let today = end();
    let app = RehabApp::new(rehab_tracker::ui::open(patient_dir.path(), false))
        .unwrap()
        .with_clock(move || today.and_hms_opt(12, 0, 0).unwrap());
    let mut p = open_programme_file(app, &out);
    p.get_by_label_contains("Crab walk with band: switched off.");
    p.get_by_label("Note from your clinician: Four a week; crab walks off for now.");
    // Made from a bundle with another code than this diary's (it has none): the patient is
    // warned, and takes it up only after saying it is theirs all the same.
    p.get_by_label_contains("made for patient EF-303, not for you");
    assert!(
        p.get_by_label("Take up this programme")
            .accesskit_node()
            .is_disabled()
    );
    p.get_by_label("My clinician told me this programme is for me")
        .click();
    p.run();
    p.get_by_label("Take up this programme").click();
    p.run();
    let record = p.state().record();
    assert_eq!(record.programme().sessions_per_week, 4);
    assert!(!record.programme().exercise("crab_walk").unwrap().enabled);
    let earlier = &record.programme_record().earlier;
    assert_eq!(earlier.len(), 1);
    assert_eq!(earlier[0].until, today.pred_opt().unwrap());
    assert_eq!(earlier[0].programme.sessions_per_week, 3);
    // History says from which day the new programme is in force.
    // (The import window still covers the tabs: its shortcut opens History.)
    p.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    p.run();
    // The adjusted programme has a name of its own, which the screens now show.
    let adjusted = format!(
        "Hip strengthening: default home programme (adjusted {})",
        common::today()
    );
    assert_eq!(data_name(&p), adjusted);
    p.get_by_label_contains(&format!(
        "From {}: programme from the clinician, \"{adjusted}\" (4 sessions a week).",
        rehab_tracker::i18n::format::long_date(rehab_tracker::i18n::Lang::En, today)
    ));
    let mut app = p.into_state();
    app.save_now().unwrap();
    let record = Store::new(patient_dir.path()).load().programme.unwrap();
    assert_eq!(record.programme.sessions_per_week, 4);
    assert_eq!(record.earlier.len(), 1);
    // Undo takes it back, on disk too.
    app.apply(rehab_tracker::ui::Command::Undo);
    assert_eq!(app.record().programme().sessions_per_week, 3);
    assert!(app.record().programme_record().earlier.is_empty());
    app.save_now().unwrap();
    let record = Store::new(patient_dir.path()).load().programme.unwrap();
    assert_eq!(record.programme.sessions_per_week, 3);
    assert!(record.earlier.is_empty());
    let _ = folder;
}

#[test]
fn a_damaged_programme_file_is_refused_in_words_and_nothing_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let o = common::run(
        tmp.path(),
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success());
    let bad = tmp.path().join("programme.from-clinic.ron");
    std::fs::write(
        &bad,
        format!(
            "{}\n// sha256 of the lines below: {}\nV1(())\n",
            programme_file::FIRST_LINE,
            "0".repeat(64)
        ),
    )
    .unwrap();
    let app = RehabApp::new(rehab_tracker::ui::open(tmp.path(), false)).unwrap();
    let before = app.record().programme().clone();
    let p = open_programme_file(app, &bad);
    p.get_by_label_contains("changed or damaged after your clinician saved it");
    let o = common::run(tmp.path(), &["check", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::stdout(&o).contains("cannot be taken in"),
        "{}",
        common::stdout(&o)
    );
    assert!(p.query_by_label("Take up this programme").is_none());
    assert_eq!(p.state().record().programme().clone(), before);
}

#[test]
fn the_sample_caseload_gives_every_status_and_one_damaged_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("caseload");
    let o = common::run(
        tmp.path(),
        &["demo", "--caseload", "--out", dir.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(common::stdout(&o).contains("9 export bundles"));
    let o = common::run(
        tmp.path(),
        &["review", "--summary", "--json", dir.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let statuses: Vec<&str> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "seek_care_now",
            "contact_clinician_soon",
            "no_recent_entries",
            "discuss_next_steps",
            "review_plan",
            "keep_going",
            "improving",
            "improving"
        ]
    );
    // The patient who stopped logging a month ago is ranked with those needing attention,
    // right after the warning signs and worse pain, with the days in the row.
    let quiet = &json["rows"][2];
    assert_eq!(quiet["engagement"]["days_without_entries"], 30);
    assert_eq!(quiet["engagement"]["quiet"], true);
    assert_eq!(quiet["week"], 15);
    let rows: Vec<caseload::CaseRow> = {
        let (files, _) = caseload::files_in(std::slice::from_ref(&dir));
        caseload::load(&files, 2, &AtomicUsize::new(0), &AtomicBool::new(false)).rows
    };
    let attention: Vec<StatusKind> = caseload::visible(&rows, "", true)
        .into_iter()
        .map(|i| rows[i].status)
        .collect();
    assert!(
        attention.contains(&StatusKind::NoRecentEntries),
        "{attention:?}"
    );
    let text = common::stdout(&common::run(
        tmp.path(),
        &["review", "--summary", dir.to_str().unwrap()],
    ));
    let line = text
        .lines()
        .find(|l| l.contains("No recent entries"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("30 days (quiet)"), "{text}");
    assert_eq!(json["failures"].as_array().unwrap().len(), 1);
    assert!(
        json["failures"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("checksum")
    );
}

#[test]
fn the_patient_app_opens_exports_for_review_and_goes_back_to_the_diary() {
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    caseload_folder(exports.path());
    let app = RehabApp::new(rehab_tracker::ui::open(data.path(), false)).unwrap();
    let mut h = patient_harness(app);
    h.run();
    h.get_by_label("Clinician").click();
    h.run();
    h.get_by_label("Open for review…").click();
    h.run();
    h.get_by_label("Bundles or folder to review")
        .set_text_value_accesskit(exports.path().to_str().unwrap());
    h.run();
    h.get_by_label("Open for review").click();
    wait(&mut h, RehabApp::is_busy);
    assert_eq!(h.state().review().unwrap().caseload().rows.len(), 4);
    h.get_by_label("Open patient EF-303");
    h.get_by_label("Close review").click();
    h.run();
    assert!(h.state().review().is_none());
    // Back on the diary's first-run screen; the diary folder holds nothing from the review.
    h.get_by_label("Start my programme");
    assert!(!data.path().join("journal").exists());
}

#[test]
fn a_diary_without_a_code_is_named_by_its_pseudonym_in_every_export() {
    let tmp = tempfile::tempdir().unwrap();
    let mut demo = common::review::patient(6, 9, "");
    demo.profile.patient_code.clear();
    let plain = common::review::write_bundle(
        tmp.path(),
        "plain.bundle.ron",
        &demo,
        "2026-11-24T10:00:00+00:00",
    );
    let (patient, sha) = caseload::open_patient(&plain).unwrap();
    let row = caseload::row_of(&plain, &patient, sha);
    let expected = rehab_tracker::export::pseudonym(Some(&demo.profile));
    assert_eq!(row.patient_code, expected);
    assert!(row.patient_code.starts_with("P-"));
}

#[test]
fn every_flipped_bit_of_a_programme_file_or_bundle_is_refused_or_changes_nothing() {
    use rehab_tracker::export::bundle;
    use rehab_tracker::review::ClinicianProgramme;
    let file = ClinicianProgramme {
        app_version: "0.1.0".into(),
        written_at: chrono::DateTime::parse_from_rfc3339("2026-11-26T10:00:00+00:00").unwrap(),
        for_patient: "EF-303".into(),
        note: "Hold the squat at level 2.".into(),
        programme: rehab_tracker::model::Programme::default_programme().unwrap(),
        signed_by: None,
    };
    let mut bytes = Vec::new();
    programme_file::write(&file, &mut bytes).unwrap();
    let (mut refused, mut same) = (0, 0);
    for byte in 0..bytes.len() {
        for bit in 0..8 {
            let mut b = bytes.clone();
            b[byte] ^= 1 << bit;
            match programme_file::read(&b) {
                Err(_) => refused += 1,
                // Only a change the checksum does not cover: the case of a hex digit.
                Ok(read) => {
                    assert_eq!(read, file, "byte {byte} bit {bit}");
                    same += 1;
                }
            }
        }
    }
    assert!(
        same <= 64,
        "only the checksum's letters may change case: {same}"
    );
    assert!(refused > bytes.len() * 8 - 65);

    // A bundle: every 5th bit (it is larger), through the reader the review uses.
    let tmp = tempfile::tempdir().unwrap();
    let path = common::review::write_bundle(
        tmp.path(),
        "b.bundle.ron",
        &common::review::patient(3, 4, "GH-1"),
        "2026-11-24T10:00:00+00:00",
    );
    let bytes = std::fs::read(&path).unwrap();
    let original = bundle::read(&bytes).unwrap();
    for n in (0..bytes.len() * 8).step_by(5) {
        let mut b = bytes.clone();
        b[n / 8] ^= 1 << (n % 8);
        if let Ok(read) = bundle::read(&b) {
            assert_eq!(read, original, "bit {n}");
        }
    }
}

#[test]
fn the_attention_filter_shows_exactly_those_needing_attention_whatever_the_sort() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("caseload");
    let files = rehab_tracker::demo::write_caseload(&dir, end()).unwrap();
    assert!(files.len() >= 7);
    let mut h = review_harness(&dir);
    let rows = h.state().screen().caseload().rows.clone();
    let needing: std::collections::BTreeSet<String> = rows
        .iter()
        .filter(|r| r.needs_attention())
        .map(|r| r.patient_code.clone())
        .collect();
    let others: Vec<String> = rows
        .iter()
        .filter(|r| !r.needs_attention())
        .map(|r| r.patient_code.clone())
        .collect();
    assert_eq!(
        needing.len(),
        5,
        "every status needing attention is in the sample"
    );
    assert!(!others.is_empty());
    h.get_by_label("Only those needing attention").click();
    h.run();
    for column in [
        "Patient",
        "Week",
        "Status",
        "Adherence",
        "Improvement",
        "Last entry",
        "Warning signs",
    ] {
        for _direction in 0..2 {
            h.get_by_label(&format!("Sort by {column}")).click();
            h.run();
            for code in &needing {
                assert!(
                    h.query_by_label(&format!("Open patient {code}")).is_some(),
                    "sorted by {column}: {code} is hidden"
                );
            }
            for code in &others {
                assert!(
                    h.query_by_label(&format!("Open patient {code}")).is_none(),
                    "sorted by {column}: {code} is shown"
                );
            }
        }
    }
    // The filter off: everyone again.
    h.get_by_label("Only those needing attention").click();
    h.run();
    for r in &rows {
        assert!(
            h.get_all_by_label(&format!("Open patient {}", r.patient_code))
                .next()
                .is_some()
        );
    }
    // The decision-point statuses are shown as needing attention, not grey.
    h.get_by_label("Decision point: change not reached");
    h.get_by_label("Decision point: too few sessions");
}

#[test]
fn a_complete_export_is_never_called_older_than_a_range_limited_one() {
    use rehab_tracker::export::{self, DateRange, ExportOptions, Format};
    let tmp = tempfile::tempdir().unwrap();
    let demo = common::review::patient(16, 1, "AB-101");
    let complete = common::review::write_bundle(
        tmp.path(),
        "complete.bundle.ron",
        &demo,
        "2026-11-24T18:00:00+00:00",
    );
    // The September days alone, exported the next day.
    let september = tmp.path().join("september.bundle.ron");
    let data = export::prepare(
        &demo.export_input(),
        &ExportOptions {
            range: DateRange {
                from: chrono::NaiveDate::from_ymd_opt(2026, 9, 1),
                to: chrono::NaiveDate::from_ymd_opt(2026, 9, 30),
            },
            exported_at: chrono::DateTime::parse_from_rfc3339("2026-11-25T09:00:00+00:00").unwrap(),
            ..ExportOptions::now()
        },
    );
    export::write_to_path(Format::Bundle, &data, &september).unwrap();
    let loaded = caseload::load(
        &[complete.clone(), september.clone()],
        1,
        &std::sync::atomic::AtomicUsize::new(0),
        &std::sync::atomic::AtomicBool::new(false),
    );
    let row = |path: &Path| loaded.rows.iter().find(|r| r.path == path).unwrap();
    assert!(
        !row(&complete).notes.iter().any(|n| n.contains("newer")),
        "{:?}",
        row(&complete).notes
    );
    let notes = row(&september).notes.join(" ");
    assert!(
        notes.contains("A newer export of this patient is in the list: complete.bundle.ron holds the whole diary to 2026-11-24; this one 2026-09-01 to 2026-09-30."),
        "{notes}"
    );
    // Two exports of the same days: the later one is the newer.
    let again = common::review::write_bundle(
        tmp.path(),
        "again.bundle.ron",
        &demo,
        "2026-11-26T18:00:00+00:00",
    );
    let loaded = caseload::load(
        &[complete.clone(), again.clone()],
        1,
        &std::sync::atomic::AtomicUsize::new(0),
        &std::sync::atomic::AtomicBool::new(false),
    );
    let complete_row = loaded.rows.iter().find(|r| r.path == complete).unwrap();
    assert!(complete_row.notes.join(" ").contains("again.bundle.ron"));
}

#[test]
fn a_problem_in_the_programme_editor_is_shown_at_its_field() {
    let tmp = tempfile::tempdir().unwrap();
    caseload_folder(tmp.path());
    let mut h = review_harness(tmp.path());
    h.get_by_label("Open patient EF-303").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label("Adjust programme").click();
    h.run();
    h.get_by_label("Escalation rule").scroll_to_me();
    h.get_by_label("Fewest diary entries for a current pain")
        .set_value_accesskit(30.0);
    h.run();
    let field = h
        .get_by_label("Fewest diary entries for a current pain")
        .rect();
    let problem = h
        .get_by_label(
            "Cannot be saved: the fewest diary entries for a current pain cannot be more than its days.",
        )
        .rect();
    // Right under the field, not at the foot of the page.
    assert!(
        problem.top() >= field.bottom() - 1.0,
        "{field:?} {problem:?}"
    );
    assert!(
        problem.top() - field.bottom() < 40.0,
        "{field:?} {problem:?}"
    );
    // Said at once to a screen reader, whose user cannot see the field turn orange.
    assert_eq!(
        h.get_by_label_contains("Cannot be saved yet: one thing to put right")
            .accesskit_node()
            .live(),
        egui::accesskit::Live::Assertive
    );
    assert!(
        h.get_by_label("Save programme file")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn two_installs_alike_are_two_patients_in_codes_fhir_and_the_review() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("inbox");
    std::fs::create_dir(&folder).unwrap();
    let mut codes = Vec::new();
    let mut identifiers = Vec::new();
    for who in ["one", "two"] {
        // Same start, same side, no code: only the random identifier tells them apart.
        let data = tmp.path().join(who);
        std::fs::create_dir(&data).unwrap();
        let o = common::run(
            &data,
            &["init", "--start", "2026-09-01", "--affected-side", "left"],
        );
        assert!(o.status.success(), "{}", common::stderr(&o));
        for day in ["2026-09-01", "2026-09-02"] {
            let o = common::run(
                &data,
                &["log", "diary", "--date", day, "--worst", "5", "--now", "3"],
            );
            assert!(o.status.success(), "{}", common::stderr(&o));
        }
        let bundle = folder.join(format!("{who}.bundle.ron"));
        let fhir = tmp.path().join(format!("{who}.fhir.json"));
        for (format, out) in [("bundle", &bundle), ("fhir", &fhir)] {
            let o = common::run(
                &data,
                &[
                    "export",
                    "--format",
                    format,
                    "--out",
                    out.to_str().unwrap(),
                    "--to",
                    "2026-09-02",
                ],
            );
            assert!(o.status.success(), "{}", common::stderr(&o));
        }
        let (patient, _) = caseload::open_patient(&bundle).unwrap();
        codes.push(rehab_tracker::export::patient_name(Some(&patient.profile)));
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&fhir).unwrap()).unwrap();
        let patient = json["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .find(|r| r["resourceType"] == "Patient")
            .unwrap()
            .clone();
        identifiers.push((patient["id"].clone(), patient["identifier"].clone()));
    }
    assert!(codes.iter().all(|c| c.starts_with("P-")), "{codes:?}");
    assert_ne!(codes[0], codes[1], "the codes shown differ");
    assert_ne!(identifiers[0].0, identifiers[1].0, "the Patient ids differ");
    let values = |i: usize| -> Vec<String> {
        identifiers[i]
            .1
            .as_array()
            .unwrap()
            .iter()
            .map(|id| id["value"].as_str().unwrap().to_owned())
            .collect()
    };
    for value in values(0) {
        assert!(!values(1).contains(&value), "{value} is in both");
    }
    // The review lists two patients, neither read as an older export of the other.
    let o = common::run(
        tmp.path(),
        &["review", "--summary", "--json", folder.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_ne!(rows[0]["patient_code"], rows[1]["patient_code"]);
    assert_ne!(rows[0]["patient_id"], rows[1]["patient_id"]);
    for r in rows {
        let notes = r["notes"].to_string();
        // Neither is taken for an export of the other, nor for part of a diary: each was
        // exported `--to` its last day.
        for word in ["later export", "newer export", "same code", "Only part"] {
            assert!(!notes.contains(word), "{notes}");
        }
    }
}

#[test]
fn two_patients_who_typed_the_same_code_are_kept_apart_and_told_so() {
    let tmp = tempfile::tempdir().unwrap();
    let one = common::review::patient(16, 1, "HIP-1");
    let two = common::review::patient(16, 2, "HIP-1");
    assert_ne!(one.profile.patient_id, two.profile.patient_id);
    let a = common::review::write_bundle(
        tmp.path(),
        "a.bundle.ron",
        &one,
        "2026-11-24T18:00:00+00:00",
    );
    let b = common::review::write_bundle(
        tmp.path(),
        "b.bundle.ron",
        &two,
        "2026-11-24T19:00:00+00:00",
    );
    let loaded = caseload::load(&[a, b], 1, &AtomicUsize::new(0), &AtomicBool::new(false));
    assert_eq!(loaded.rows.len(), 2);
    for r in &loaded.rows {
        let notes = r.notes.join(" ");
        assert!(!notes.contains("later export"), "{notes}");
        assert!(
            notes.contains("Another patient uses the same code HIP-1"),
            "{notes}"
        );
    }
}

#[test]
fn a_damaged_encrypted_bundle_is_named_with_its_reason_and_review_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    let o = common::run(
        tmp.path(),
        &["clinician", "keygen", "--out", keys.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let recipient: rehab_tracker::handoff::Recipient =
        rehab_tracker::handoff::Recipient::from_file(
            &std::fs::read_to_string(keys.join("recipient.txt")).unwrap(),
        )
        .unwrap();
    let folder = tmp.path().join("inbox");
    std::fs::create_dir(&folder).unwrap();
    let demo = common::review::patient(16, 1, "AB-101");
    let data = rehab_tracker::export::prepare(
        &demo.export_input(),
        &rehab_tracker::export::ExportOptions::now(),
    );
    let sound = folder.join("sound.bundle.ron.age");
    rehab_tracker::export::write_encrypted_with(
        rehab_tracker::export::Format::Bundle,
        &data,
        &sound,
        &recipient,
        &mut |_| {},
    )
    .unwrap();
    // A byte of the encrypted payload flipped.
    let mut bytes = std::fs::read(&sound).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 1;
    let damaged = folder.join("damaged.bundle.ron.age");
    std::fs::write(&damaged, bytes).unwrap();
    let identity = keys.join("identity.txt");
    for args in [
        vec![
            "review",
            "--summary",
            "--identity",
            identity.to_str().unwrap(),
            folder.to_str().unwrap(),
        ],
        vec![
            "review",
            "--summary",
            "--identity",
            identity.to_str().unwrap(),
            damaged.to_str().unwrap(),
        ],
        vec!["review", "--summary", folder.to_str().unwrap()],
    ] {
        let o = common::run(tmp.path(), &args);
        let out = common::stdout(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}\n{out}");
        let line = out
            .lines()
            .find(|l| l.starts_with("Could not open") && l.contains("damaged.bundle.ron.age"))
            .unwrap_or_else(|| panic!("{args:?}\n{out}"));
        assert!(
            line.len() > "Could not open damaged.bundle.ron.age: ".len() + 20,
            "{line}"
        );
    }
    // `check` never calls an encrypted file it could not open sound; with the identity it
    // checks what the sound one holds and names the damage of the other.
    let o = common::run(tmp.path(), &["check", sound.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!common::stdout(&o).contains("Sound."));
    let o = common::run(
        tmp.path(),
        &[
            "check",
            "--identity",
            identity.to_str().unwrap(),
            sound.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", common::stdout(&o));
    assert!(common::stdout(&o).contains("checksum matches"));
    let o = common::run(
        tmp.path(),
        &[
            "check",
            "--identity",
            identity.to_str().unwrap(),
            damaged.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        common::stdout(&o).contains("could not be opened"),
        "{}",
        common::stdout(&o)
    );
}

#[test]
fn the_programme_editor_shows_each_picture_at_its_level_and_saves_the_sheet_to_print() {
    let tmp = tempfile::tempdir().unwrap();
    caseload_folder(tmp.path());
    let mut h = review_harness(tmp.path());
    h.get_by_label("Open patient EF-303").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label("Adjust programme").click();
    h.run();
    let pictures = |h: &Harness<'_, ReviewApp>| -> Vec<String> {
        h.get_all_by_role(egui::accesskit::Role::Image)
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect()
    };
    let shown = pictures(&h);
    assert_eq!(shown.len(), 7, "every exercise, on or off: {shown:#?}");
    assert!(shown.iter().any(|l| l.starts_with("Drawing of Lunge,")));
    // The sheet of the programme as edited, beside the programme file.
    h.get_by_label("Crab walk with band on").click();
    h.run();
    let out = tmp.path().join("sent").join("programme-EF-303.ron");
    std::fs::create_dir(out.parent().unwrap()).unwrap();
    h.get_by_label("Programme file path")
        .set_text_value_accesskit(out.to_str().unwrap());
    h.run();
    h.get_by_label("Save programme sheet to print").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label_contains("open it in a browser to print it");
    let sheet = std::fs::read_to_string(out.with_extension("html")).unwrap();
    assert!(sheet.contains("EF-303") && sheet.contains("<svg"));
    assert!(sheet.contains("Bulgarian split squat"));
    assert!(
        !sheet.contains("Crab walk with band"),
        "the exercise switched off in the editor is not on the sheet"
    );
}

fn golden_bundle(version: u32) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/golden/bundles/v{version}.bundle.ron"))
}

#[test]
fn the_review_window_shows_an_older_bundles_sentences_as_written_and_words_a_newer_ones_findings() {
    use rehab_tracker::analysis::reasons;
    use rehab_tracker::export::bundle;
    // A format 4 bundle stating sentences no version of the app words: shown as written.
    let older = tempfile::tempdir().unwrap();
    let mut b = bundle::read(&std::fs::read(golden_bundle(4)).unwrap()).unwrap();
    let summary = b.summary.as_mut().unwrap();
    summary.clinician_reasons[0] = "A sentence only this file holds, for the clinician.".into();
    summary.status.reasons[0] = "A sentence only this file holds, for the patient.".into();
    let mut bytes = Vec::new();
    bundle::write_bundle(&b, &mut bytes).unwrap();
    assert!(String::from_utf8_lossy(&bytes).contains("\nV4(("));
    std::fs::write(older.path().join("older.bundle.ron"), &bytes).unwrap();
    let mut h = review_harness(older.path());
    h.get_by_label("Open patient P-95d8644b9a").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label_contains("A sentence only this file holds, for the clinician.");
    assert!(h.query_by_label_contains("for the patient.").is_none());

    // A format 6 bundle: its findings in this app's clinician's words.
    let newer = tempfile::tempdir().unwrap();
    std::fs::copy(golden_bundle(6), newer.path().join("newer.bundle.ron")).unwrap();
    let b = bundle::read(&std::fs::read(golden_bundle(6)).unwrap()).unwrap();
    let worded = reasons::clinician(
        rehab_tracker::i18n::Lang::En,
        &b.summary.as_ref().unwrap().status.findings,
    );
    assert!(!worded.is_empty());
    let mut h = review_harness(newer.path());
    h.get_by_label("Open patient P-95d8644b9a").click();
    wait(&mut h, |a| a.screen().is_busy());
    for sentence in &worded {
        h.get_by_label_contains(sentence);
    }
    for sentence in reasons::patient(
        rehab_tracker::i18n::Lang::En,
        &b.summary.as_ref().unwrap().status.findings,
    ) {
        assert!(h.query_by_label_contains(&sentence).is_none(), "{sentence}");
    }
}
