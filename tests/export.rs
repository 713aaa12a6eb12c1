//! The exports: the bundle round-trips and tells damage, the CSV parses back, the FHIR bundle
//! validates against R4, pseudonymising removes notes, and the date range filters.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

mod common;

use chrono::NaiveDate;
use common::{run, stderr, stdout};
use rehab_tracker::export::{self, DateRange, ExportOptions, Format, bundle, csv::Table, fhir};
use std::collections::HashMap;
use std::path::Path;

const END: &str = "2026-11-24";

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A demo data folder of 16 weeks, with a note holding a comma, quotes and a line break, and
/// an injection, a red flag, a level change and a PSFS rating added.
fn demo_folder(dir: &Path) {
    let o = run(
        dir,
        &[
            "demo",
            "--weeks",
            "16",
            "--out",
            dir.to_str().unwrap(),
            "--end",
            END,
            "--seed",
            "1",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(
        dir,
        &[
            "log",
            "event",
            "--date",
            "2026-11-20",
            "--kind",
            "injection",
            "--side",
            "right",
            "--note",
            "=Dr \"K\", ultrasound\nsecond line",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// Extra entries the command line cannot log: written into the journal through the library.
fn with_extras(demo: &mut rehab_tracker::demo::Demo) {
    use rehab_tracker::model::{
        Ability, Event, EventKind, PsfsEntry, PsfsScore, RedFlagSign, Side,
    };
    let t = chrono::NaiveTime::from_hms_opt(9, 15, 0).unwrap();
    let id = demo.journal.next_id(day("2026-10-01"));
    demo.journal.add_event(Event {
        id,
        date: day("2026-10-01"),
        time: t,
        kind: EventKind::RedFlag {
            signs: vec![RedFlagSign::ConstantNightPain, RedFlagSign::SaddleNumbness],
        },
        note: "night pain, numb".into(),
    });
    let id = demo.journal.next_id(day("2026-10-02"));
    demo.journal.add_event(Event {
        id,
        date: day("2026-10-02"),
        time: t,
        kind: EventKind::LevelChange {
            exercise_id: "hip_thrust".into(),
            from: 2,
            to: 3,
        },
        note: String::new(),
    });
    let id = demo.journal.next_id(day("2026-10-03"));
    demo.journal.add_event(Event {
        id,
        date: day("2026-10-03"),
        time: t,
        kind: EventKind::Injection {
            side: Some(Side::Right),
            guidance: Some(rehab_tracker::model::Guidance::Ultrasound),
        },
        note: String::new(),
    });
    let id = demo.journal.next_id(day("2026-10-05"));
    demo.journal.add_event(Event {
        id,
        date: day("2026-10-05"),
        time: t,
        kind: EventKind::MedicationChange,
        note: "stopped naproxen".into(),
    });
    let id = demo.journal.next_id(day("2026-10-04"));
    demo.journal.add_psfs(PsfsEntry {
        id,
        date: day("2026-10-04"),
        time: t,
        scores: vec![
            PsfsScore {
                activity: "Sitting through a film, with friends".into(),
                score: Ability::new(4).unwrap(),
            },
            PsfsScore {
                activity: "Driving".into(),
                score: Ability::new(7).unwrap(),
            },
        ],
    });
}

fn demo_with_extras() -> rehab_tracker::demo::Demo {
    let mut demo = rehab_tracker::demo::generate(16, end(), 1).unwrap();
    with_extras(&mut demo);
    demo.profile.patient_code = "Jane Q. Patient".into();
    demo
}

fn prepared(demo: &rehab_tracker::demo::Demo, options: &ExportOptions) -> export::Prepared {
    export::prepare(&demo.export_input(), options)
}

fn fixed_options() -> ExportOptions {
    ExportOptions {
        exported_at: chrono::DateTime::parse_from_rfc3339("2026-11-25T08:00:00+01:00").unwrap(),
        ..ExportOptions::now()
    }
}

// ---------------------------------------------------------------------------------------
// Bundle

#[test]
fn the_bundle_round_trips_exactly() {
    let demo = demo_with_extras();
    let data = prepared(&demo, &fixed_options());
    let mut bytes = Vec::new();
    bundle::write(&data, &mut bytes).unwrap();
    let read = bundle::read(&bytes).unwrap();
    assert_eq!(read.profile.as_ref(), Some(&demo.profile));
    assert_eq!(read.programme.as_ref(), Some(&demo.programme));
    assert_eq!(read.journal(), demo.journal);
    assert_eq!(read.exported_at, fixed_options().exported_at);
    assert_eq!(read.app_version, env!("CARGO_PKG_VERSION"));
    assert!(!read.pseudonymised);
    // Written again, it is the same file, byte for byte.
    let mut again = Vec::new();
    bundle::write_bundle(&read, &mut again).unwrap();
    assert_eq!(again, bytes);
}

#[test]
fn changing_any_one_byte_is_detected() {
    let demo = rehab_tracker::demo::generate(8, end(), 5).unwrap();
    let data = prepared(&demo, &fixed_options());
    let mut bytes = Vec::new();
    bundle::write(&data, &mut bytes).unwrap();
    assert!(bundle::read(&bytes).is_ok());
    // Every position in the header, and a spread through the body.
    let positions = (0..200)
        .chain((200..bytes.len()).step_by(97))
        .chain([bytes.len() - 1]);
    for at in positions {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x01;
        assert!(
            bundle::read(&damaged).is_err(),
            "a change at byte {at} went unnoticed"
        );
    }
    // Cut short, or one byte added.
    assert!(bundle::read(&bytes[..bytes.len() - 1]).is_err());
    let mut longer = bytes.clone();
    longer.push(b' ');
    assert!(matches!(
        bundle::read(&longer),
        Err(bundle::BundleError::ChecksumMismatch { .. })
    ));
}

#[test]
fn check_verifies_a_bundle_and_names_the_damage() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    demo_folder(&data);
    let file = tmp.path().join("out.bundle.ron");
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "bundle",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Checksum (SHA-256)"), "{}", stdout(&o));

    let o = run(&data, &["check", file.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["sound"], true);
    assert!(report["sessions"].as_u64().unwrap() > 30);
    assert_eq!(report["bundle"]["sha256"].as_str().unwrap().len(), 64);

    // The checksum the header shows is the one of the lines below it.
    let text = std::fs::read_to_string(&file).unwrap();
    let body = text.splitn(3, '\n').nth(2).unwrap();
    let sum = bundle::checksum_of(text.as_bytes()).unwrap();
    assert_eq!(report["bundle"]["sha256"], sum.as_str());
    assert!(!body.is_empty());

    // One byte changed: exit 1, and the reason.
    let tampered = text.replacen("worst_24h: 6", "worst_24h: 5", 1);
    assert_ne!(tampered, text);
    std::fs::write(&file, &tampered).unwrap();
    let o = run(&data, &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("does not match its checksum"),
        "{}",
        stdout(&o)
    );

    // A newer format is named as such, not as damage.
    let newer = text.replacen("\nV6((", "\nV7((", 1);
    assert_ne!(newer, text);
    std::fs::write(&file, newer).unwrap();
    let o = run(&data, &["check", file.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("newer version"), "{}", stdout(&o));

    // Cut in half.
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    let o = run(&data, &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));

    // Its two header lines lost, under a name that does not say bundle: named as such, not
    // as a file from a newer version.
    let headless = file.with_file_name("export.ron");
    std::fs::write(&headless, body).unwrap();
    let o = run(&data, &["check", headless.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("first two lines (the bundle's title and its checksum) are missing"),
        "{}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("newer version"), "{}", stdout(&o));
}

// ---------------------------------------------------------------------------------------
// CSV

fn read_csv(path: &Path) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(export::csv::BOM.as_bytes()),
        "{} starts with a byte-order mark",
        path.display()
    );
    let mut reader = ::csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), header.len(), "{r:?}");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "each table read back with pandas in turn, as a physio would open them"
)]
fn the_csv_tables_parse_back_with_the_right_rows_and_values() {
    let demo = demo_with_extras();
    let data = prepared(&demo, &fixed_options());
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("csv");
    let written = export::write_to_path(Format::Csv, &data, &out).unwrap();
    assert_eq!(written.files.len(), Table::ALL.len());

    // Every table names its patient on every row, and its booleans are never empty.
    for table in Table::ALL {
        let (header, rows) = read_csv(&out.join(table.file_name()));
        assert_eq!(header[0], "patient");
        assert!(
            rows.iter().all(|r| r["patient"] == "Jane Q. Patient"),
            "{}",
            table.file_name()
        );
        for column in [
            "light_provisional",
            "pain_building",
            "band_doubled",
            "red_flag_urgent",
            "snapping",
        ] {
            if header.iter().any(|h| h == column) {
                assert!(
                    rows.iter()
                        .all(|r| r[column] == "true" || r[column] == "false"),
                    "{}: {column}",
                    table.file_name()
                );
            }
        }
    }
    // The verdict and the plan: one row of status with its numbers, one row per exercise.
    let (header, status) = read_csv(&out.join("status.csv"));
    assert_eq!(header, Table::Status.columns());
    assert_eq!(status.len(), 1);
    let stated = data.progress.as_ref().unwrap().status();
    assert_eq!(status[0]["status"], stated.status.code());
    assert_eq!(status[0]["programme_week"], stated.week.to_string());
    assert_eq!(status[0]["as_of"], data.as_of.to_string());
    assert!(status[0]["quiet"] == "true" || status[0]["quiet"] == "false");
    let (header, plan) = read_csv(&out.join("programme.csv"));
    assert_eq!(header, Table::Programme.columns());
    assert_eq!(plan.len(), demo.programme.exercises.len());
    for (row, ex) in plan.iter().zip(&demo.programme.exercises) {
        assert_eq!(row["exercise_id"], ex.id);
        assert_eq!(row["level"], ex.level.to_string());
        assert_eq!(row["in_force"], "true");
    }
    let (header, sessions) = read_csv(&out.join("sessions.csv"));
    assert_eq!(header, Table::Sessions.columns());
    let all: Vec<_> = demo.journal.sessions().collect();
    assert_eq!(sessions.len(), all.len());
    for (row, s) in sessions.iter().zip(&all) {
        assert_eq!(row["session_id"], s.id.to_string());
        assert_eq!(row["date"], s.date.format("%Y-%m-%d").to_string());
        assert_eq!(
            row["pain_during_max"],
            s.max_pain_during().unwrap().to_string()
        );
        assert_eq!(
            row["next_morning_pain"],
            s.next_morning_pain
                .map(|p| p.to_string())
                .unwrap_or_default()
        );
        assert!(["green", "amber", "red"].contains(&row["light"].as_str()));
        assert_eq!(
            row["light_provisional"],
            if s.next_morning_pain.is_some() {
                "false"
            } else {
                "true"
            }
        );
    }

    let (_, sets) = read_csv(&out.join("sets.csv"));
    let set_count: usize = all
        .iter()
        .flat_map(|s| &s.exercises)
        .map(|e| e.sets.len())
        .sum();
    assert_eq!(sets.len(), set_count);
    assert!(sets.iter().all(|r| !r["exercise_name"].is_empty()));
    assert!(
        sets.iter()
            .any(|r| r["load"] == "kg" && r["load_kg"] == "4")
    );
    assert!(sets.iter().any(|r| r["side"] == "right"));

    let (_, diary) = read_csv(&out.join("diary.csv"));
    assert_eq!(diary.len(), demo.journal.diary().count());
    for (row, d) in diary.iter().zip(demo.journal.diary()) {
        assert_eq!(row["worst_24h"], d.worst_24h.to_string());
        assert_eq!(row["pain_now"], d.pain_now.to_string());
        assert_eq!(row["note"], d.note);
    }
    assert!(diary.iter().any(|r| r["day_state"] == "flare"));

    let (_, events) = read_csv(&out.join("events.csv"));
    assert_eq!(events.len(), demo.journal.events().count());
    let red = events.iter().find(|r| r["kind"] == "red_flag").unwrap();
    assert_eq!(red["red_flag_signs"], "constant_night_pain;saddle_numbness");
    assert_eq!(red["red_flag_urgent"], "true");
    let level = events.iter().find(|r| r["kind"] == "level_change").unwrap();
    assert_eq!(
        (
            level["exercise_id"].as_str(),
            level["level_from"].as_str(),
            level["level_to"].as_str()
        ),
        ("hip_thrust", "2", "3")
    );
    let injection = events.iter().find(|r| r["kind"] == "injection").unwrap();
    assert_eq!(
        (injection["side"].as_str(), injection["guidance"].as_str()),
        ("right", "ultrasound")
    );

    let medication = events
        .iter()
        .find(|r| r["kind"] == "medication_change")
        .unwrap();
    assert_eq!(medication["red_flag_urgent"], "false");
    assert_eq!(medication["level_from"], "");

    let (_, psfs) = read_csv(&out.join("psfs.csv"));
    assert_eq!(psfs.len(), 2);
    assert_eq!(psfs[0]["activity"], "Sitting through a film, with friends");
    assert_eq!(psfs[1]["score"], "7");
}

#[test]
fn notes_with_commas_quotes_line_breaks_and_formulas_survive_the_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    demo_folder(&data);
    let out = tmp.path().join("csv");
    let o = run(
        &data,
        &["export", "--format", "csv", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (_, events) = read_csv(&out.join("events.csv"));
    let injection = events.iter().find(|r| r["kind"] == "injection").unwrap();
    // The leading '=' is kept from being run as a formula.
    assert_eq!(injection["note"], "'=Dr \"K\", ultrasound\nsecond line");
    assert_eq!(injection["date"], "2026-11-20");
    // Exporting again into the same folder replaces the files.
    let o = run(
        &data,
        &["export", "--format", "csv", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(
        names.len(),
        Table::ALL.len(),
        "no temporary files left: {names:?}"
    );
}

#[test]
fn pandas_and_the_csv_module_read_the_tables_as_documented() {
    for code in ["Jane Q. Patient", ""] {
        let mut demo = demo_with_extras();
        demo.profile.patient_code = code.into();
        let data = prepared(&demo, &fixed_options());
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("csv");
        export::write_to_path(Format::Csv, &data, &out).unwrap();
        // A diary without a code is named by its pseudonym.
        let name = if code.is_empty() {
            export::pseudonym(Some(&demo.profile))
        } else {
            code.to_owned()
        };
        assert_eq!(data.patient_label, name);
        let Some(o) = common::tools::python(
            "read_csv.py",
            &[&out, Path::new(&name)],
            "reading the CSV with pandas (pip install pandas)",
        ) else {
            return;
        };
        assert!(o.status.success(), "{}", common::tools::said(&o));
        let read: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(
            read["sessions"]["rows"],
            demo.journal.sessions().count(),
            "{read}"
        );
        assert_eq!(read["events"]["rows"], demo.journal.events().count());
        assert_eq!(read["diary"]["dtypes"]["snapping"], "bool");
        assert_eq!(read["sessions"]["dtypes"]["next_morning_pain"], "Int64");
        assert_eq!(read["events"]["patients"][0], name.as_str());
    }
}

#[test]
fn the_csv_reader_fails_on_a_blank_boolean_so_its_check_means_something() {
    let demo = demo_with_extras();
    let data = prepared(&demo, &fixed_options());
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("csv");
    export::write_to_path(Format::Csv, &data, &out).unwrap();
    let path = out.join("events.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen(",false,", ",,", 1)).unwrap();
    if let Some(o) = common::tools::python(
        "read_csv.py",
        &[&out, Path::new("Jane Q. Patient")],
        "reading the CSV with pandas (pip install pandas)",
    ) {
        assert_eq!(o.status.code(), Some(1), "{}", common::tools::said(&o));
        assert!(common::tools::said(&o).contains("not bool"));
    }
}

// ---------------------------------------------------------------------------------------
// FHIR

fn observations(bundle: &serde_json::Value) -> Vec<&serde_json::Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "Observation")
        .collect()
}

fn has_code(obs: &serde_json::Value, system: &str, code: &str) -> bool {
    obs["code"]["coding"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["system"] == system && c["code"] == code)
}

fn resources<'a>(bundle: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "every resource kind of one bundle checked against its codes, in one pass"
)]
fn the_fhir_bundle_has_the_right_codes() {
    let demo = demo_with_extras();
    let data = prepared(&demo, &fixed_options());
    let b = fhir::bundle(&data);
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "transaction", "a transaction by default");
    assert_eq!(b["timestamp"], "2026-11-25T08:00:00+01:00");
    // Each entry is a PUT of its resource at its own id.
    for e in b["entry"].as_array().unwrap() {
        let r = &e["resource"];
        assert_eq!(e["request"]["method"], "PUT");
        assert_eq!(
            e["request"]["url"],
            format!(
                "{}/{}",
                r["resourceType"].as_str().unwrap(),
                r["id"].as_str().unwrap()
            )
        );
        assert_eq!(
            e["fullUrl"],
            format!("urn:uuid:{}", r["id"].as_str().unwrap())
        );
    }
    let patients = resources(&b, "Patient");
    assert_eq!(patients.len(), 1);
    let patient = patients[0];
    assert!(patient.get("name").is_none());
    let id = demo.profile.patient_id.as_ref().unwrap();
    assert_eq!(patient["identifier"][0]["system"], fhir::URI_SYSTEM);
    assert_eq!(patient["identifier"][0]["value"], format!("urn:uuid:{id}"));
    assert_eq!(patient["identifier"][1]["value"], "Jane Q. Patient");
    let patient_ref = format!("urn:uuid:{}", patient["id"].as_str().unwrap());

    let obs = observations(&b);
    let pain: Vec<_> = obs
        .iter()
        .filter(|o| has_code(o, fhir::LOINC, "72514-3"))
        .collect();
    let diary = demo.journal.diary().count();
    let sessions = demo.journal.sessions().count();
    let mornings = demo
        .journal
        .sessions()
        .filter(|s| s.next_morning_pain.is_some())
        .count();
    assert_eq!(pain.len(), 2 * diary + sessions + mornings);
    for o in &pain {
        assert_eq!(o["category"][0]["coding"][0]["code"], "survey");
        assert!(o["valueInteger"].as_u64().unwrap() <= 10);
        assert_eq!(o["code"]["coding"][0]["display"], fhir::LOINC_PAIN_DISPLAY);
        assert_eq!(o["subject"]["reference"], patient_ref.as_str());
    }
    let worst = demo.journal.diary().next().unwrap();
    let first_worst = pain
        .iter()
        .find(|o| has_code(o, fhir::CODE_SYSTEM, "pain-worst-24h"))
        .unwrap();
    assert_eq!(first_worst["valueInteger"], worst.worst_24h.get());

    let lights: Vec<_> = obs
        .iter()
        .filter(|o| has_code(o, fhir::CODE_SYSTEM, "session-traffic-light"))
        .collect();
    assert_eq!(lights.len(), sessions);
    assert_eq!(
        lights
            .iter()
            .filter(|o| o["status"] == "preliminary")
            .count(),
        sessions - mornings,
        "a light without next-morning pain is preliminary"
    );

    let psfs: Vec<_> = obs
        .iter()
        .filter(|o| has_code(o, fhir::CODE_SYSTEM, "psfs"))
        .collect();
    assert_eq!(psfs.len(), 1);
    assert_eq!(psfs[0]["valueQuantity"]["value"], 5.5);
    assert_eq!(
        psfs[0]["component"][0]["code"]["text"],
        "Sitting through a film, with friends"
    );
    assert_eq!(psfs[0]["component"][1]["valueInteger"], 7);

    // The warning signs: one Observation per sign, with its tier.
    let signs: Vec<_> = obs
        .iter()
        .filter(|o| has_code(o, fhir::CODE_SYSTEM, "warning-sign"))
        .collect();
    assert_eq!(signs.len(), 2);
    let urgency = |o: &serde_json::Value| {
        o["component"][0]["valueCodeableConcept"]["coding"][0]["code"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        signs[0]["valueCodeableConcept"]["coding"][0]["code"],
        "constant_night_pain"
    );
    assert_eq!(urgency(signs[0]), "soon");
    assert_eq!(
        signs[1]["valueCodeableConcept"]["coding"][0]["code"],
        "saddle_numbness"
    );
    assert_eq!(urgency(signs[1]), "today");
    // Medication changes.
    assert_eq!(
        obs.iter()
            .filter(|o| has_code(o, fhir::CODE_SYSTEM, "medication-change"))
            .count(),
        1
    );
    // Injections: a Procedure with its body site and side.
    let procedures = resources(&b, "Procedure");
    assert_eq!(procedures.len(), 1, "the injection");
    let right = &procedures[0]["bodySite"][0];
    assert_eq!(right["coding"][0]["system"], fhir::SNOMED);
    assert_eq!(right["coding"][0]["code"], "723980000");
    assert_eq!(right["text"], "Right buttock");
    assert_eq!(procedures[0]["status"], "completed");
    assert!(
        procedures[0]["code"]["text"]
            .as_str()
            .unwrap()
            .contains("ultrasound")
    );
    // Clinician visits: Encounters.
    let visits = demo
        .journal
        .events()
        .filter(|e| matches!(e.kind, rehab_tracker::model::EventKind::ClinicianVisit))
        .count();
    let encounters = resources(&b, "Encounter");
    assert_eq!(encounters.len(), visits);
    assert_eq!(encounters[0]["status"], "finished");
    assert_eq!(encounters[0]["class"]["code"], "AMB");
    assert_eq!(encounters[0]["subject"]["reference"], patient_ref.as_str());

    // The patient's notes go with what they are about, in `note` (a pseudonymised export
    // holds none: pseudonymising_removes_the_code_and_every_note_from_every_format).
    let noted: Vec<String> = b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["resource"]["note"].as_array())
        .flatten()
        .map(|n| n["text"].as_str().unwrap().to_owned())
        .collect();
    let text = serde_json::to_string(&b).unwrap();
    for note in [
        "night pain, numb",
        "Long car journey",
        "stopped naproxen",
        "second line",
    ] {
        if text.contains(note) {
            assert!(noted.iter().any(|n| n.contains(note)), "{note}: {noted:?}");
        }
    }
    assert!(
        noted.iter().any(|n| n.contains("stopped naproxen")),
        "the medication change's note: {noted:?}"
    );
}

/// Every resource's `Type/id`.
fn ids(bundle: &serde_json::Value) -> std::collections::BTreeSet<String> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{}/{}",
                e["resource"]["resourceType"].as_str().unwrap(),
                e["resource"]["id"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_second_export_updates_the_same_resources_and_two_patients_never_share_an_id() {
    let demo = demo_with_extras();
    let first = fhir::bundle(&prepared(&demo, &fixed_options()));
    let later = ExportOptions {
        exported_at: chrono::DateTime::parse_from_rfc3339("2026-12-02T09:30:00+01:00").unwrap(),
        ..fixed_options()
    };
    let second = fhir::bundle(&prepared(&demo, &later));
    // The same entries, the same ids. An injection's effect is measured over the last days
    // up to the export's day, so it is written only while those days hold enough entries:
    // that Observation may come or go, and no other.
    let changed: Vec<String> = ids(&second)
        .symmetric_difference(&ids(&first))
        .cloned()
        .collect();
    for id in &changed {
        let resource = first["entry"]
            .as_array()
            .unwrap()
            .iter()
            .chain(second["entry"].as_array().unwrap())
            .map(|e| &e["resource"])
            .find(|r| {
                format!(
                    "{}/{}",
                    r["resourceType"].as_str().unwrap(),
                    r["id"].as_str().unwrap()
                ) == *id
            })
            .unwrap();
        assert_eq!(
            resource["code"]["coding"][0]["code"], "injection-effect",
            "{resource}"
        );
    }
    assert_eq!(ids(&first).len(), first["entry"].as_array().unwrap().len());
    // A second export with one entry more: every earlier id stays, one is added.
    let mut grown = demo.clone();
    let id = grown.journal.next_id(end());
    grown.journal.add_event(rehab_tracker::model::Event {
        id,
        date: end(),
        time: chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
        kind: rehab_tracker::model::EventKind::MedicationChange,
        note: String::new(),
    });
    let third = fhir::bundle(&prepared(&grown, &later));
    assert!(ids(&third).is_superset(&ids(&second)));
    assert_eq!(ids(&third).len(), ids(&second).len() + 1);

    // Two patients who gave no code and started the same day: different random
    // identifiers, so no id in common (the code system aside, which all share).
    let mut a = demo.clone();
    a.profile.patient_code = String::new();
    a.profile.patient_id = rehab_tracker::model::PatientId::random();
    let mut b = a.clone();
    b.profile.patient_id = rehab_tracker::model::PatientId::random();
    let (ia, ib) = (
        ids(&fhir::bundle(&prepared(&a, &fixed_options()))),
        ids(&fhir::bundle(&prepared(&b, &fixed_options()))),
    );
    let shared: Vec<_> = ia.intersection(&ib).collect();
    assert_eq!(shared.len(), 1, "{shared:?}");
    assert!(shared[0].starts_with("CodeSystem/"));
    // Pseudonymised exports get ids of their own, stable too, not the named export's.
    let pseudo = ExportOptions {
        pseudonymise: true,
        ..fixed_options()
    };
    let p1 = ids(&fhir::bundle(&prepared(&demo, &pseudo)));
    assert_eq!(p1, ids(&fhir::bundle(&prepared(&demo, &pseudo))));
    assert_eq!(p1.intersection(&ids(&first)).count(), 1);
}

#[test]
fn a_collection_is_written_on_request() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    demo_folder(&data);
    let file = tmp.path().join("collection.json");
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "fhir",
            "--fhir-bundle",
            "collection",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let b: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(b["type"], "collection");
    assert!(
        b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e.get("request").is_none())
    );
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "fhir",
            "--fhir-bundle",
            "batch",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "an unknown type is refused");
}

/// Both validators on a file: each must pass it (when it ran).
fn assert_valid(file: &Path) {
    for o in common::tools::validate_fhir(file).into_iter().flatten() {
        assert!(
            o.status.success(),
            "the FHIR bundle does not validate against R4:\n{}",
            common::tools::said(&o)
        );
    }
}

#[test]
fn the_fhir_bundle_validates_against_r4_with_both_validators() {
    let tmp = tempfile::tempdir().unwrap();
    for kind in [fhir::BundleType::Transaction, fhir::BundleType::Collection] {
        for pseudonymise in [false, true] {
            let demo = demo_with_extras();
            let data = prepared(
                &demo,
                &ExportOptions {
                    pseudonymise,
                    fhir_bundle: kind,
                    ..fixed_options()
                },
            );
            let file = tmp
                .path()
                .join(format!("fhir-{kind:?}-{pseudonymise}.json"));
            export::write_to_path(Format::Fhir, &data, &file).unwrap();
            assert_valid(&file);
        }
    }
}

/// A change that breaks a FHIR bundle.
type Damage = Box<dyn Fn(&mut serde_json::Value)>;

#[test]
fn each_validator_rejects_broken_bundles_so_neither_passes_vacuously() {
    let demo = demo_with_extras();
    let data = prepared(&demo, &fixed_options());
    let good = fhir::bundle(&data);
    let tmp = tempfile::tempdir().unwrap();
    let observation = good["entry"]
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e["resource"]["resourceType"] == "Observation")
        .unwrap();
    let broken: [(&str, Damage); 4] = [
        (
            "a bundle type that does not exist",
            Box::new(|b| b["type"] = "nonsense".into()),
        ),
        (
            "a date with month 13 and day 45",
            Box::new(move |b| {
                b["entry"][observation]["resource"]["effectiveDateTime"] = "2026-13-45".into();
            }),
        ),
        (
            "a number given as text",
            Box::new(move |b| {
                b["entry"][observation]["resource"]["valueInteger"] = "seven".into();
            }),
        ),
        (
            "a request method that does not exist",
            Box::new(|b| b["entry"][1]["request"]["method"] = "PUTT".into()),
        ),
    ];
    for (what, damage) in broken {
        let mut bad = good.clone();
        damage(&mut bad);
        let file = tmp.path().join("bad.json");
        std::fs::write(&file, serde_json::to_vec(&bad).unwrap()).unwrap();
        for (validator, o) in ["fhir.resources", "npm fhir"]
            .into_iter()
            .zip(common::tools::validate_fhir(&file))
        {
            let Some(o) = o else { continue };
            assert_eq!(
                o.status.code(),
                Some(1),
                "{validator} accepted {what}:\n{}",
                common::tools::said(&o)
            );
        }
    }
    // And the untouched bundle passes both.
    let file = tmp.path().join("good.json");
    std::fs::write(&file, serde_json::to_vec(&good).unwrap()).unwrap();
    assert_valid(&file);
}

// ---------------------------------------------------------------------------------------
// Pseudonymise and the date range

#[test]
fn pseudonymising_removes_the_code_and_every_note_from_every_format() {
    let demo = demo_with_extras();
    let options = ExportOptions {
        pseudonymise: true,
        ..fixed_options()
    };
    let data = prepared(&demo, &options);
    let tmp = tempfile::tempdir().unwrap();
    let mut all_text = String::new();
    for format in Format::ALL {
        let out = tmp.path().join(format.default_name(end()));
        let written = export::write_to_path(format, &data, &out).unwrap();
        for f in written.files {
            all_text.push_str(&std::fs::read_to_string(f).unwrap());
        }
    }
    for secret in ["Jane Q. Patient", "night pain, numb", "Long car journey"] {
        assert!(!all_text.contains(secret), "{secret} is in the export");
    }
    assert!(all_text.contains(&data.patient_label));
    assert!(all_text.contains("PSEUDED"));
    // The bundle says it is pseudonymised, and still holds every entry.
    let b =
        bundle::read(&std::fs::read(tmp.path().join(Format::Bundle.default_name(end()))).unwrap())
            .unwrap();
    assert!(b.pseudonymised);
    assert_eq!(b.journal().counts(), demo.journal.counts());
    assert!(b.journal().diary().all(|d| d.note.is_empty()));
}

#[test]
fn the_date_range_keeps_only_its_days() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    demo_folder(&data);
    let out = tmp.path().join("csv");
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            out.to_str().unwrap(),
            "--from",
            "2026-09-01",
            "--to",
            "2026-09-30",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let demo = rehab_tracker::demo::generate(16, end(), 1).unwrap();
    let range = DateRange {
        from: Some(day("2026-09-01")),
        to: Some(day("2026-09-30")),
    };
    for (file, expected) in [
        (
            "sessions.csv",
            demo.journal
                .sessions()
                .filter(|s| range.contains(s.date))
                .count(),
        ),
        (
            "diary.csv",
            demo.journal
                .diary()
                .filter(|d| range.contains(d.date))
                .count(),
        ),
        (
            "events.csv",
            demo.journal
                .events()
                .filter(|e| range.contains(e.date))
                .count(),
        ),
    ] {
        let (_, rows) = read_csv(&out.join(file));
        assert_eq!(rows.len(), expected, "{file}");
        assert!(
            rows.iter()
                .all(|r| r["date"].as_str() >= "2026-09-01" && r["date"].as_str() <= "2026-09-30"),
            "{file}"
        );
    }
    // The light of the first September session still uses August's mornings.
    let (_, sessions) = read_csv(&out.join("sessions.csv"));
    assert!(!sessions[0]["usual_morning_pain"].is_empty());

    let fhir_file = tmp.path().join("september.json");
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "fhir",
            "--out",
            fhir_file.to_str().unwrap(),
            "--from",
            "2026-09-01",
            "--to",
            "2026-09-30",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let b: serde_json::Value = serde_json::from_slice(&std::fs::read(&fhir_file).unwrap()).unwrap();
    for o in observations(&b) {
        let when = o["effectiveDateTime"].as_str().unwrap();
        // Next-morning pain of the 30th is dated 1 October.
        assert!(
            ("2026-09-01".."2026-10-02").contains(&&when[..10]),
            "{when}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// The command's refusals

#[test]
fn export_refuses_bad_ranges_and_paths_inside_the_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    demo_folder(&data);
    let before = std::fs::read(data.join("journal/2026-11.ron")).unwrap();
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "bundle",
            "--out",
            data.join("journal/2026-11.ron").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("inside the data folder"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read(data.join("journal/2026-11.ron")).unwrap(),
        before
    );

    let out = tmp.path().join("x.json");
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "fhir",
            "--out",
            out.to_str().unwrap(),
            "--from",
            "2026-10-01",
            "--to",
            "2026-09-01",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!out.exists());

    // A folder where a file is wanted.
    let o = run(
        &data,
        &[
            "export",
            "--format",
            "fhir",
            "--out",
            tmp.path().to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("is a folder"), "{}", stderr(&o));

    // An empty folder has nothing to export.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = run(
        &empty,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            tmp.path().join("c").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing to export"), "{}", stderr(&o));
}

/// Ten years of diary, exported in every format: prints the time each takes (run with
/// `cargo test --release --test export ten_years -- --nocapture`). No timing is asserted.
#[test]
fn ten_years_export_in_every_format() {
    let demo = rehab_tracker::demo::generate(520, end(), 1).unwrap();
    let options = fixed_options();
    let start = std::time::Instant::now();
    let data = prepared(&demo, &options);
    println!("prepare: {:?}", start.elapsed());
    let tmp = tempfile::tempdir().unwrap();
    for format in Format::ALL {
        let start = std::time::Instant::now();
        let out = tmp.path().join(format.default_name(end()));
        let written = export::write_to_path(format, &data, &out).unwrap();
        println!(
            "{format:?}: {:?}, {} bytes in {} file(s)",
            start.elapsed(),
            written.bytes,
            written.files.len()
        );
        assert!(written.bytes < rehab_tracker::storage::schema::MAX_FILE_BYTES);
    }
    let bytes = std::fs::read(tmp.path().join(Format::Bundle.default_name(end()))).unwrap();
    let start = std::time::Instant::now();
    let b = bundle::read(&bytes).unwrap();
    println!("bundle read and verified: {:?}", start.elapsed());
    assert_eq!(b.journal(), demo.journal);
}

#[test]
fn writing_reports_each_step_in_order_for_the_progress_bar() {
    let demo = demo_with_extras();
    let data = prepared(&demo, &fixed_options());
    let tmp = tempfile::tempdir().unwrap();
    for (format, name) in [
        (Format::Csv, "tables"),
        (Format::Bundle, "b.bundle.ron"),
        (Format::Report, "r.html"),
    ] {
        let mut seen = Vec::new();
        export::write_to_path_with(format, &data, &tmp.path().join(name), &mut |d| seen.push(d))
            .unwrap();
        let expected: Vec<usize> = (1..=export::steps(format)).collect();
        assert_eq!(seen, expected, "{format:?}");
    }
    assert_eq!(export::steps(Format::Csv), Table::ALL.len() + 1);
}

#[test]
fn a_fhir_engine_loads_sixteen_weeks_and_ten_years_and_finds_the_plan_the_status_and_an_injection_effect()
 {
    let tmp = tempfile::tempdir().unwrap();
    for (weeks, injection) in [(16, "2026-09-20"), (520, "")] {
        let data = tmp.path().join(format!("w{weeks}"));
        let o = run(
            tmp.path(),
            &[
                "demo",
                "--weeks",
                &weeks.to_string(),
                "--every-kind",
                "--end",
                &end().to_string(),
                "--out",
                data.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        // Sixteen weeks are too short for the sample's injection (after half a year): one
        // is logged five weeks before the end, so its effect can be measured.
        if !injection.is_empty() {
            let o = run(
                &data,
                &[
                    "log",
                    "event",
                    "--kind",
                    "injection",
                    "--side",
                    "right",
                    "--date",
                    injection,
                ],
            );
            assert!(o.status.success(), "{}", stderr(&o));
        }
        let file = tmp.path().join(format!("w{weeks}.fhir.json"));
        let o = run(
            &data,
            &[
                "export",
                "--format",
                "fhir",
                "--out",
                file.to_str().unwrap(),
                "--to",
                &end().to_string(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let Some(o) = common::tools::node(
            "load_fhir_medplum.js",
            &[&file],
            "loading the FHIR export into Medplum's FHIR engine (npm ci --prefix tests/support)",
        ) else {
            continue;
        };
        let said = common::tools::said(&o);
        assert!(o.status.success(), "{weeks} weeks: {said}");
        let m: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(m["validation_errors"], 0, "{said}");
        let entries = m["entries"].as_u64().unwrap();
        assert_eq!(
            m["responses"]["200"].as_u64().unwrap_or(0)
                + m["responses"]["201"].as_u64().unwrap_or(0),
            entries,
            "{said}"
        );
        assert_eq!(m["care_plans"], 1, "{said}");
        assert_eq!(m["care_plan_activities"], 6, "{said}");
        assert!(m["status"].is_string(), "{said}");
        assert!(m["status_components"].as_u64().unwrap() >= 5, "{said}");
        assert!(m["injection_effects"].as_u64().unwrap() >= 1, "{said}");
        assert_eq!(m["second_load_all_200"], true, "{said}");
        #[allow(clippy::print_stdout)]
        {
            println!("{weeks} weeks in Medplum's FHIR engine: {said}");
        }
    }
}
