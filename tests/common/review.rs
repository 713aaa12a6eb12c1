//! A folder of patients' export bundles, good and bad, for the review tests.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use rehab_tracker::demo::{Demo, generate};
use rehab_tracker::export::{self, DateRange, ExportOptions, Format};
use rehab_tracker::model::{Event, EventKind, RedFlagSign};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The last day of every sample journal.
pub fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// Writes a demo as a bundle named `name` in `dir`, exported at `exported_at`.
pub fn write_bundle(dir: &Path, name: &str, demo: &Demo, exported_at: &str) -> PathBuf {
    let prepared = export::prepare(
        &demo.export_input(),
        &ExportOptions {
            range: DateRange::ALL,
            pseudonymise: false,
            exported_at: at(exported_at),
            ..ExportOptions::now()
        },
    );
    let path = dir.join(name);
    export::write_to_path(Format::Bundle, &prepared, &path).unwrap();
    path
}

/// A demo journal of `weeks` ending on [`end`], with this patient code.
pub fn patient(weeks: u32, seed: u64, code: &str) -> Demo {
    let mut demo = generate(weeks, end(), seed).unwrap();
    demo.profile.patient_code = code.into();
    demo
}

/// `demo` given the patient identifier of `of`: an export of the same patient.
pub fn same_patient(mut demo: Demo, of: &Demo) -> Demo {
    demo.profile.patient_id.clone_from(&of.profile.patient_id);
    demo
}

/// The same, with a warning sign logged three days before the end.
pub fn with_red_flag(mut demo: Demo) -> Demo {
    let date = end() - chrono::Duration::days(3);
    let id = demo.journal.next_id(date);
    demo.journal.add_event(Event {
        id,
        date,
        time: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
        kind: EventKind::RedFlag {
            signs: vec![RedFlagSign::SaddleNumbness],
        },
        note: String::new(),
    });
    demo
}

/// What the folder holds.
pub struct Folder {
    /// Bundles that load: patient code and file.
    pub good: Vec<(&'static str, PathBuf)>,
    /// Files that must be listed as failures, with a word their reason contains.
    pub bad: Vec<(PathBuf, &'static str)>,
}

/// A folder of three patients (one with an older export too), a damaged bundle, a bundle
/// from a newer version, a hostile file, and a text file that is not looked at.
pub fn caseload_folder(dir: &Path) -> Folder {
    let improving = patient(16, 1, "AB-101");
    let flagged = with_red_flag(patient(16, 2, "CD-202"));
    let early = patient(4, 3, "EF-303");
    let good = vec![
        (
            "AB-101",
            write_bundle(
                dir,
                "ab-101.bundle.ron",
                &improving,
                "2026-11-24T18:00:00+00:00",
            ),
        ),
        (
            "AB-101",
            write_bundle(
                dir,
                "ab-101-older.bundle.ron",
                &same_patient(patient(10, 1, "AB-101"), &improving),
                "2026-10-01T18:00:00+00:00",
            ),
        ),
        (
            "CD-202",
            write_bundle(
                dir,
                "cd-202.bundle.ron",
                &flagged,
                "2026-11-24T19:00:00+00:00",
            ),
        ),
        (
            "EF-303",
            write_bundle(
                dir,
                "ef-303.bundle.ron",
                &early,
                "2026-11-24T20:00:00+00:00",
            ),
        ),
    ];
    // A bundle changed after export: one digit in its body altered.
    let mut damaged = std::fs::read(&good[0].1).unwrap();
    let text = String::from_utf8(damaged.clone()).unwrap();
    let at = text.find("worst_24h: ").unwrap() + "worst_24h: ".len();
    damaged[at] = if damaged[at] == b'1' { b'2' } else { b'1' };
    let damaged_path = dir.join("gh-404.bundle.ron");
    std::fs::write(&damaged_path, damaged).unwrap();
    // From a newer version of the app.
    let newer_path = dir.join("newer.bundle.ron");
    write_with_checksum(&newer_path, "V9((app_version: \"9.0.0\"))\n");
    // Hostile: deep nesting with a matching checksum, so the parser itself must refuse it.
    let hostile_path = dir.join("hostile.ron");
    write_with_checksum(
        &hostile_path,
        &format!("V1({}{})\n", "[".repeat(50_000), "]".repeat(50_000)),
    );
    std::fs::write(dir.join("readme.txt"), "not a bundle").unwrap();
    Folder {
        good,
        bad: vec![
            (damaged_path, "checksum"),
            (newer_path, "newer version"),
            (hostile_path, "damaged"),
        ],
    }
}

/// A file with the bundle's header lines and a checksum that matches `body`.
fn write_with_checksum(path: &Path, body: &str) {
    let text = format!(
        "{}\n{}{}\n{body}",
        export::bundle::FIRST_LINE,
        export::bundle::CHECKSUM_PREFIX,
        hex(&Sha256::digest(body.as_bytes()))
    );
    std::fs::write(path, text).unwrap();
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The review window, empty, drawn once, tall enough to show the whole caseload.
pub fn review_window() -> egui_kittest::Harness<'static, rehab_tracker::ui::review::ReviewApp> {
    let mut h = egui_kittest::Harness::builder()
        .with_size([1400.0, 2400.0])
        .with_max_steps(32)
        .build_ui_state(
            |ui, app: &mut rehab_tracker::ui::review::ReviewApp| app.ui(ui),
            rehab_tracker::ui::review::ReviewApp::new(&[]),
        );
    h.run();
    h
}

/// Draws the review window until it has finished reading files (at most five seconds).
pub fn settle_review(h: &mut egui_kittest::Harness<'_, rehab_tracker::ui::review::ReviewApp>) {
    for _ in 0..500 {
        h.step();
        if !h.state().screen().is_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
}
