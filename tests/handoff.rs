//! The hand-off between patient and clinician: the clinician's keys, signed programmes and
//! the pin, encrypted exports, and review opening them; through the command line, the real
//! windows, and the tools a clinic has (Debian's `age` and `minisign`).
#![allow(clippy::unwrap_used, clippy::expect_used)]
// A test that skips for want of a tool says so.
#![allow(clippy::print_stderr)]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rehab_tracker::handoff::keys::{self, IDENTITY_FILE, RECIPIENT_FILE, SIGNING_PUBLIC_FILE};
use rehab_tracker::handoff::{self, Trust};
use rehab_tracker::model::Clinician;
use rehab_tracker::review::programme_file::{self, ClinicianProgramme};
use rehab_tracker::storage::Store;
use rehab_tracker::ui::RehabApp;
use std::path::{Path, PathBuf};

/// Makes keys with the real command; returns the key folder.
fn keygen(dir: &Path, name: &str) -> PathBuf {
    let keys = dir.join(format!("keys-{}", name.replace(' ', "-")));
    let o = common::run(
        dir,
        &[
            "clinician",
            "keygen",
            "--out",
            keys.to_str().unwrap(),
            "--name",
            name,
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    keys
}

/// A patient's data folder: set up, with a programme signed by the clinician of `keys`
/// taken up (so that clinician is pinned), written through the storage.
fn patient_with_pin(dir: &Path, keys_dir: &Path) -> Clinician {
    let o = common::run(
        dir,
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let store = Store::new(dir);
    let mut record = store.load().programme.unwrap();
    let clinician = keys::read_card(&keys_dir.join(keys::CARD_FILE)).unwrap();
    record.clinician = Some(clinician.clone());
    let lock =
        rehab_tracker::storage::InstanceLock::acquire(dir, std::time::Duration::from_secs(2))
            .unwrap();
    store
        .save(&rehab_tracker::storage::SaveBatch {
            profile: None,
            programme: Some(record),
            settings: None,
            months: Vec::new(),
        })
        .unwrap();
    drop(lock);
    clinician
}

/// A programme file for this patient, signed with the keys in `keys_dir` (or unsigned).
fn programme_file_from(keys_dir: Option<&Path>, out: &Path, sessions: u8) {
    let mut programme = rehab_tracker::model::Programme::default_programme().unwrap();
    programme.sessions_per_week = sessions;
    let file = ClinicianProgramme {
        app_version: "0.1.0".into(),
        written_at: chrono::DateTime::parse_from_rfc3339("2026-11-26T10:00:00+00:00").unwrap(),
        for_patient: String::new(),
        note: "A new plan.".into(),
        programme,
        signed_by: None,
    };
    let mut bytes = Vec::new();
    match keys_dir {
        Some(k) => {
            programme_file::write_signed(&file, &keys::read_signer(k).unwrap(), &mut bytes)
                .unwrap();
        }
        None => programme_file::write(&file, &mut bytes).unwrap(),
    }
    std::fs::write(out, bytes).unwrap();
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Whether a tool from Debian is here: in CI (where `.ci/run` installs it) its absence fails
/// the test; elsewhere the test is skipped with a note.
fn tool(name: &str) -> bool {
    let found = std::process::Command::new(name)
        .arg("--version")
        .output()
        .is_ok()
        || std::process::Command::new(name).arg("-v").output().is_ok();
    assert!(
        found || !in_ci(),
        "`{name}` is missing in CI: .ci/run installs it from Debian (apt-get install {name})"
    );
    if !found {
        eprintln!("skipped: `{name}` is not installed here (apt-get install {name})");
    }
    found
}

#[test]
fn keygen_writes_private_keys_prints_no_secret_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("clinic keys");
    let o = common::run(
        tmp.path(),
        &[
            "clinician",
            "keygen",
            "--out",
            dir.to_str().unwrap(),
            "--name",
            "Jane Physio, Hip Clinic",
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let out = common::stdout(&o);
    let identity = std::fs::read_to_string(dir.join(IDENTITY_FILE)).unwrap();
    let secret_line = identity
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .unwrap();
    let signing = std::fs::read_to_string(dir.join(keys::SIGNING_KEY_FILE)).unwrap();
    let signing_line = signing.lines().nth(1).unwrap();
    assert!(!out.contains(secret_line) && !out.contains("AGE-SECRET-KEY"));
    assert!(!out.contains(signing_line));
    let recipient = std::fs::read_to_string(dir.join(RECIPIENT_FILE)).unwrap();
    let recipient = handoff::Recipient::from_file(&recipient).unwrap();
    assert!(out.contains(&recipient.to_string()), "{out}");
    assert!(out.contains("Jane Physio, Hip Clinic"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in std::fs::read_dir(&dir).unwrap() {
            let meta = f.unwrap().metadata().unwrap();
            assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        }
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
    // Again into the same folder: refused, nothing replaced.
    let o = common::run(
        tmp.path(),
        &["clinician", "keygen", "--out", dir.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(common::stderr(&o).contains("never overwritten"));
    assert_eq!(
        std::fs::read_to_string(dir.join(IDENTITY_FILE)).unwrap(),
        identity
    );
    // A name on two lines is a value out of range.
    let o = common::run(
        tmp.path(),
        &[
            "clinician",
            "keygen",
            "--out",
            tmp.path().join("other").to_str().unwrap(),
            "--name",
            "two\nlines",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn an_export_encrypted_on_the_command_line_opens_only_with_the_identity() {
    let tmp = tempfile::tempdir().unwrap();
    let keys_dir = keygen(tmp.path(), "Jane Physio");
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    // Without a pinned clinician, `pinned` is refused in words.
    let o = common::run(
        &data,
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success());
    let out = tmp.path().join("export.bundle.ron.age");
    let o = common::run(
        &data,
        &[
            "export",
            "--format",
            "bundle",
            "--out",
            out.to_str().unwrap(),
            "--encrypt-to",
            "pinned",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(common::stderr(&o).contains("no clinician is pinned yet"));
    assert!(!out.exists());
    // With the recipient file the clinic handed out.
    let o = common::run(
        &data,
        &[
            "export",
            "--format",
            "bundle",
            "--out",
            out.to_str().unwrap(),
            "--encrypt-to",
            keys_dir.join(RECIPIENT_FILE).to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let sealed = std::fs::read(&out).unwrap();
    assert!(handoff::encrypt::is_encrypted(&sealed));
    let identity = keys::read_identity(&keys_dir.join(IDENTITY_FILE)).unwrap();
    let plain = handoff::encrypt::decrypt(&sealed, &identity, 1 << 26).unwrap();
    rehab_tracker::export::bundle::read(&plain).unwrap();
    // `check` says what it is without pretending to check its content.
    let o = common::run(&data, &["check", out.to_str().unwrap()]);
    assert!(common::stdout(&o).contains("is encrypted (age format)"));
    // A key given as text, and garbage.
    let o = common::run(
        &data,
        &[
            "export",
            "--format",
            "report",
            "--out",
            tmp.path().join("r.html.age").to_str().unwrap(),
            "--encrypt-to",
            &identity.recipient().to_string(),
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let o = common::run(
        &data,
        &[
            "export",
            "--format",
            "report",
            "--out",
            tmp.path().join("x.age").to_str().unwrap(),
            "--encrypt-to",
            "age1garbage",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(common::stderr(&o).contains("is not an age public key"));
    assert!(!tmp.path().join("x.age").exists());
}

#[test]
fn the_pinned_clinician_is_used_for_every_format_and_the_age_command_opens_them() {
    let tmp = tempfile::tempdir().unwrap();
    let keys_dir = keygen(tmp.path(), "Jane Physio");
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    patient_with_pin(&data, &keys_dir);
    let o = common::run(&data, &["log", "diary", "--worst", "5", "--now", "3"]);
    assert!(o.status.success());
    let identity = keys::read_identity(&keys_dir.join(IDENTITY_FILE)).unwrap();
    for format in ["bundle", "csv", "report", "fhir"] {
        let out = tmp.path().join(format!("export-{format}.age"));
        let o = common::run(
            &data,
            &[
                "export",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
                "--encrypt-to",
                "pinned",
            ],
        );
        assert!(o.status.success(), "{format}: {}", common::stderr(&o));
        assert!(common::stdout(&o).contains("Encrypted for Jane Physio"));
        let plain =
            handoff::encrypt::decrypt(&std::fs::read(&out).unwrap(), &identity, 1 << 26).unwrap();
        match format {
            "bundle" => {
                rehab_tracker::export::bundle::read(&plain).unwrap();
            }
            "report" => assert!(String::from_utf8_lossy(&plain).contains("<html")),
            "fhir" => assert!(String::from_utf8_lossy(&plain).contains("\"resourceType\"")),
            _ => assert_eq!(&plain[257..262], b"ustar", "a tar archive"),
        }
    }
    if !tool("age") {
        return;
    }
    // The clinic's own tool: `age -d -i identity.txt`.
    let sealed = tmp.path().join("export-bundle.age");
    let o = std::process::Command::new("age")
        .args(["-d", "-i"])
        .arg(keys_dir.join(IDENTITY_FILE))
        .arg(&sealed)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let bundle = rehab_tracker::export::bundle::read(&o.stdout).unwrap();
    assert_eq!(bundle.journal().counts().1, 1, "the diary entry is in it");
    // The CSV archive: `age -d … | tar -x` gives the folder of tables.
    let archive = tmp.path().join("csv.tar");
    let o = std::process::Command::new("age")
        .args(["-d", "-i"])
        .arg(keys_dir.join(IDENTITY_FILE))
        .arg("-o")
        .arg(&archive)
        .arg(tmp.path().join("export-csv.age"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let unpacked = tmp.path().join("unpacked");
    std::fs::create_dir(&unpacked).unwrap();
    let o = std::process::Command::new("tar")
        .arg("-xf")
        .arg(&archive)
        .arg("-C")
        .arg(&unpacked)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let folder = std::fs::read_dir(&unpacked)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let diary = std::fs::read_to_string(folder.join("diary.csv")).unwrap();
    assert_eq!(diary.lines().count(), 2, "{diary}");
    // Another clinic's identity does not open it.
    let other = keygen(tmp.path(), "Other Clinic");
    let o = std::process::Command::new("age")
        .args(["-d", "-i"])
        .arg(other.join(IDENTITY_FILE))
        .arg(&sealed)
        .output()
        .unwrap();
    assert!(!o.status.success());
}

#[test]
fn the_minisign_command_verifies_a_signed_programme_and_signs_with_the_apps_key() {
    let tmp = tempfile::tempdir().unwrap();
    let keys_dir = keygen(tmp.path(), "Jane Physio");
    let file = tmp.path().join("programme.ron");
    programme_file_from(Some(&keys_dir), &file, 4);
    // `check` names who signed it.
    let o = common::run(tmp.path(), &["check", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stdout(&o));
    assert!(
        common::stdout(&o).contains("signed by Jane Physio (signing key "),
        "{}",
        common::stdout(&o)
    );
    if !tool("minisign") {
        return;
    }
    // The file split as docs/security.md says: the signature lines into a .minisig file,
    // the body into the message.
    let text = std::fs::read_to_string(&file).unwrap();
    let (lines, body) = programme_file::split_signed(&text).unwrap();
    let message = tmp.path().join("body.ron");
    let sig = tmp.path().join("body.ron.minisig");
    std::fs::write(&message, body).unwrap();
    std::fs::write(&sig, format!("{}\n", lines.join("\n"))).unwrap();
    let verify = |message: &Path| {
        std::process::Command::new("minisign")
            .arg("-V")
            .arg("-p")
            .arg(keys_dir.join(SIGNING_PUBLIC_FILE))
            .arg("-m")
            .arg(message)
            .arg("-x")
            .arg(&sig)
            .output()
            .unwrap()
    };
    let o = verify(&message);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(
        common::stdout(&o).contains("rehab-tracker programme for (no code) from Jane Physio"),
        "{}",
        common::stdout(&o)
    );
    // A changed programme fails the same check.
    std::fs::write(
        &message,
        body.replace("sessions_per_week: 4", "sessions_per_week: 5"),
    )
    .unwrap();
    assert!(!verify(&message).status.success());
    // The app's secret key works with `minisign -S -W`, and the app checks what it signed.
    let other = tmp.path().join("note.txt");
    std::fs::write(&other, "signed by the command").unwrap();
    let o = std::process::Command::new("minisign")
        .args(["-S", "-W", "-s"])
        .arg(keys_dir.join(keys::SIGNING_KEY_FILE))
        .arg("-m")
        .arg(&other)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", common::stderr(&o));
    let sig_text = std::fs::read_to_string(tmp.path().join("note.txt.minisig")).unwrap();
    let sig_lines: Vec<&str> = sig_text.lines().collect();
    let signature = handoff::sign::Signature::from_lines(&sig_lines).unwrap();
    let public = handoff::sign::PublicKey::from_file(
        &std::fs::read_to_string(keys_dir.join(SIGNING_PUBLIC_FILE)).unwrap(),
    )
    .unwrap();
    signature.verify(&public, b"signed by the command").unwrap();
}

#[test]
fn review_summary_opens_encrypted_bundles_with_the_identity_and_names_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let keys_dir = keygen(tmp.path(), "Jane Physio");
    let other = keygen(tmp.path(), "Other Clinic");
    let folder = tmp.path().join("inbox");
    std::fs::create_dir(&folder).unwrap();
    let to = |k: &Path| {
        keys::read_identity(&k.join(IDENTITY_FILE))
            .unwrap()
            .recipient()
    };
    let demo = common::review::patient(8, 1, "AB-101");
    let prepared = rehab_tracker::export::prepare(
        &demo.export_input(),
        &rehab_tracker::export::ExportOptions::now(),
    );
    let format = rehab_tracker::export::Format::Bundle;
    let ours = folder.join("ab-101.bundle.ron.age");
    rehab_tracker::export::write_encrypted_with(
        format,
        &prepared,
        &ours,
        &to(&keys_dir),
        &mut |_| {},
    )
    .unwrap();
    let theirs = folder.join("for-another-clinic.bundle.ron.age");
    rehab_tracker::export::write_encrypted_with(
        format,
        &prepared,
        &theirs,
        &to(&other),
        &mut |_| {},
    )
    .unwrap();
    let mut cut = std::fs::read(&ours).unwrap();
    cut.truncate(cut.len() - 40);
    std::fs::write(folder.join("cut-short.bundle.ron.age"), cut).unwrap();
    let mut flipped = std::fs::read(&ours).unwrap();
    let last = flipped.len() - 5;
    flipped[last] ^= 0x10;
    std::fs::write(folder.join("altered.bundle.ron.age"), flipped).unwrap();

    let summary = |identity: Option<&Path>| {
        let mut args = vec!["review", "--summary"];
        if let Some(i) = identity {
            args.extend(["--identity", i.to_str().unwrap()]);
        }
        args.push(folder.to_str().unwrap());
        common::run(tmp.path(), &args)
    };
    let o = summary(Some(&keys_dir.join(IDENTITY_FILE)));
    let out = common::stdout(&o);
    assert_eq!(o.status.code(), Some(1), "three files cannot be opened");
    assert!(out.contains("AB-101"), "{out}");
    assert!(
        out.contains("for-another-clinic.bundle.ron.age: it is encrypted for another key"),
        "{out}"
    );
    assert!(
        out.contains("cut-short.bundle.ron.age: it is encrypted, but it was cut short or changed"),
        "{out}"
    );
    assert!(
        out.contains("altered.bundle.ron.age: it is encrypted, but it was cut short or changed"),
        "{out}"
    );
    // Without an identity: each is listed, with how to give one.
    let o = summary(None);
    let out = common::stdout(&o);
    assert!(
        out.contains("No bundle could be opened: the 4 files below could not be read."),
        "{out}"
    );
    assert!(out.contains("Give it with --identity FILE"), "{out}");
    // An identity others can read: refused before anything is opened.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let exposed = keys_dir.join(IDENTITY_FILE);
        std::fs::set_permissions(&exposed, std::fs::Permissions::from_mode(0o644)).unwrap();
        let o = summary(Some(&exposed));
        assert_eq!(o.status.code(), Some(1));
        let err = common::stderr(&o);
        assert!(
            err.contains("can be read by other people") && err.contains("chmod 600"),
            "{err}"
        );
        assert!(common::stdout(&o).is_empty());
    }
}

#[test]
fn the_programme_file_of_each_version_reads_with_exact_values() {
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/programme-files");
    let v1 = programme_file::read(&std::fs::read(golden.join("v1.ron")).unwrap()).unwrap();
    assert_eq!(v1.for_patient, "AB-1234");
    assert_eq!(v1.note, "Four sessions a week from now on.");
    assert_eq!(v1.programme.sessions_per_week, 4);
    assert_eq!(v1.signed_by, None);
    let v2 = programme_file::read(&std::fs::read(golden.join("v2-signed.ron")).unwrap()).unwrap();
    assert_eq!(v2.for_patient, "AB-1234");
    assert_eq!(v2.programme.sessions_per_week, 4);
    assert_eq!(v2.written_at.to_rfc3339(), "2026-11-26T10:00:00+00:00");
    let signer = v2.signed_by.unwrap();
    assert_eq!(signer.name, "Jane Physio, Hip Clinic");
    assert_eq!(signer.signing_key, GOLDEN_SIGNING_KEY);
    assert_eq!(signer.recipient, GOLDEN_RECIPIENT);
    // The programme record of version 3, with the pinned clinician, loads as written.
    let loaded =
        Store::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v3-programme"))
            .load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let record = loaded.programme.unwrap();
    assert_eq!(record.earlier.len(), 1);
    let pinned = record.clinician.unwrap();
    assert_eq!(pinned.name, "Jane Physio, Hip Clinic");
    assert_eq!(pinned.signing_key, GOLDEN_SIGNING_KEY);
}

#[test]
fn a_flipped_bit_anywhere_a_signed_programme_is_signed_is_refused() {
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/programme-files");
    let bytes = std::fs::read(golden.join("v2-signed.ron")).unwrap();
    let original = programme_file::read(&bytes).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // Only the untrusted comment (line 3) is outside the signature, as in minisign.
    let line3 = text.match_indices('\n').nth(1).unwrap().0 + 1;
    let line4 = text.match_indices('\n').nth(2).unwrap().0 + 1;
    let mut accepted_outside = 0;
    for n in (0..bytes.len() * 8).step_by(7) {
        let mut b = bytes.clone();
        b[n / 8] ^= 1 << (n % 8);
        if let Ok(read) = programme_file::read(&b) {
            assert!(
                (line3..line4).contains(&(n / 8)),
                "byte {} is signed, yet a flipped bit there was accepted",
                n / 8
            );
            assert_eq!(read, original);
            accepted_outside += 1;
        }
    }
    assert!(accepted_outside > 0, "the untrusted comment is free text");
}

/// The public keys in the golden files (their secret halves were thrown away).
const GOLDEN_SIGNING_KEY: &str = include_str!("golden/programme-files/signing-key.txt");
const GOLDEN_RECIPIENT: &str = include_str!("golden/programme-files/recipient.txt");

// ---- The windows ----

fn wait<T>(h: &mut Harness<'static, T>, busy: impl Fn(&T) -> bool) {
    for _ in 0..400 {
        h.step();
        if !busy(h.state()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
}

fn patient_app(dir: &Path) -> Harness<'static, RehabApp> {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let app = RehabApp::new(rehab_tracker::ui::open(dir, false))
        .unwrap()
        .with_clock(move || today.and_hms_opt(12, 0, 0).unwrap());
    let mut h = Harness::builder()
        .with_size([1400.0, 2400.0])
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut RehabApp| app.ui(ui), app);
    h.run();
    h
}

fn open_programme(h: &mut Harness<'static, RehabApp>, file: &Path) {
    h.get_by_label("Clinician").click();
    h.run();
    h.get_by_label("Programme from your clinician…").click();
    h.run();
    h.get_by_label("Programme file to open")
        .set_text_value_accesskit(file.to_str().unwrap());
    h.run();
    h.get_by_label("Open").click();
    wait(h, RehabApp::is_busy);
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one story: the first programme, a second clinician, the patient confirming"
)]
fn the_first_signed_programme_pins_its_clinician_and_others_need_the_patient_to_confirm() {
    let tmp = tempfile::tempdir().unwrap();
    let jane = keygen(tmp.path(), "Jane Physio");
    let mallory = keygen(tmp.path(), "Mallory");
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let o = common::run(
        &data,
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success());
    let first = tmp.path().join("first.ron");
    programme_file_from(Some(&jane), &first, 4);
    let mut h = patient_app(&data);
    open_programme(&mut h, &first);
    h.get_by_label("Signed by Jane Physio.");
    h.get_by_label_contains("the app remembers Jane Physio as your clinician");
    h.get_by_label("Take up this programme").click();
    h.run();
    assert_eq!(h.state().record().programme().sessions_per_week, 4);
    assert_eq!(
        h.state()
            .record()
            .programme_record()
            .clinician
            .as_ref()
            .map(|c| c.name.as_str()),
        Some("Jane Physio")
    );

    // Signed with another key: a warning, and the button waits for the patient's tick.
    let forged = tmp.path().join("forged.ron");
    programme_file_from(Some(&mallory), &forged, 5);
    open_programme(&mut h, &forged);
    h.get_by_label("Not from your usual clinician");
    h.get_by_label_contains("signed by \"Mallory\", with a different key from Jane Physio");
    assert!(
        h.get_by_label("Take up this programme")
            .accesskit_node()
            .is_disabled()
    );
    // Unsigned, while Jane is pinned: the same.
    let unsigned = tmp.path().join("unsigned.ron");
    programme_file_from(None, &unsigned, 6);
    open_programme(&mut h, &unsigned);
    h.get_by_label("This programme is not signed");
    assert!(
        h.get_by_label("Take up this programme")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label("I have checked with my clinician: take it up anyway")
        .click();
    h.run();
    h.get_by_label("Take up this programme").click();
    h.run();
    assert_eq!(h.state().record().programme().sessions_per_week, 6);
    assert_eq!(
        h.state()
            .record()
            .programme_record()
            .clinician
            .as_ref()
            .map(|c| c.name.as_str()),
        Some("Jane Physio"),
        "an unsigned programme leaves the pin as it is"
    );
    // Confirmed: Mallory's programme taken up pins Mallory; one undo takes back both.
    open_programme(&mut h, &forged);
    h.get_by_label("I have checked: take it up, and make Mallory my clinician")
        .click();
    h.run();
    h.get_by_label("Take up this programme").click();
    h.run();
    assert_eq!(h.state().record().programme().sessions_per_week, 5);
    assert_eq!(
        h.state()
            .record()
            .programme_record()
            .clinician
            .as_ref()
            .map(|c| c.name.as_str()),
        Some("Mallory")
    );
    let mut app = h.into_state();
    app.save_now().unwrap();
    let on_disk = std::fs::read_to_string(data.join("programme.ron")).unwrap();
    assert!(on_disk.starts_with("V3("), "{on_disk:.20}");
    assert_eq!(
        Store::new(&data)
            .load()
            .programme
            .unwrap()
            .clinician
            .unwrap()
            .name,
        "Mallory"
    );
    app.apply(rehab_tracker::ui::Command::Undo);
    assert_eq!(app.record().programme().sessions_per_week, 6);
    assert_eq!(
        app.record()
            .programme_record()
            .clinician
            .as_ref()
            .unwrap()
            .name,
        "Jane Physio"
    );
    app.save_now().unwrap();
    assert_eq!(
        Store::new(&data)
            .load()
            .programme
            .unwrap()
            .clinician
            .unwrap()
            .name,
        "Jane Physio"
    );
}

#[test]
fn a_tampered_programme_is_refused_outright_and_nothing_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let jane = keygen(tmp.path(), "Jane Physio");
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    patient_with_pin(&data, &jane);
    let file = tmp.path().join("p.ron");
    programme_file_from(Some(&jane), &file, 4);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("sessions_per_week: 4", "sessions_per_week: 7"),
    )
    .unwrap();
    let before = std::fs::read(data.join("programme.ron")).unwrap();
    let mut h = patient_app(&data);
    open_programme(&mut h, &file);
    h.get_by_label_contains("It was changed after it was signed");
    assert!(h.query_by_label("Take up this programme").is_none());
    assert_eq!(h.state().record().programme().sessions_per_week, 3);
    drop(h);
    assert_eq!(std::fs::read(data.join("programme.ron")).unwrap(), before);
    let o = common::run(&data, &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(common::stdout(&o).contains("changed after it was signed"));
    // The trust decision itself.
    let card = keys::read_card(&jane.join(keys::CARD_FILE)).unwrap();
    assert_eq!(
        Trust::of(Some(&card), Some(&card)),
        Trust::SameClinician(card.clone())
    );
}

#[test]
fn the_export_window_locks_exports_for_the_pinned_clinician_unless_unticked() {
    let tmp = tempfile::tempdir().unwrap();
    let jane = keygen(tmp.path(), "Jane Physio");
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    patient_with_pin(&data, &jane);
    let mut h = patient_app(&data);
    h.get_by_label("Export…").click();
    h.run();
    let tick = "Lock it so only Jane Physio can open it";
    assert_eq!(
        h.get_by_label(tick).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True),
        "on by default"
    );
    let path = h.get_by_label("Export path").value().unwrap_or_default();
    assert!(path.ends_with("-report.html.age"), "{path}");
    let out = tmp.path().join("locked.html.age");
    h.get_by_label("Export path")
        .set_text_value_accesskit(out.to_str().unwrap());
    h.run();
    h.get_by_label("Export").click();
    wait(&mut h, RehabApp::is_busy);
    h.get_by_label_contains("Locked: only Jane Physio can open it.");
    let identity = keys::read_identity(&jane.join(IDENTITY_FILE)).unwrap();
    let plain =
        handoff::encrypt::decrypt(&std::fs::read(&out).unwrap(), &identity, 1 << 26).unwrap();
    assert!(String::from_utf8_lossy(&plain).contains("clinician report"));
    // Unticked: a plain file under its usual name.
    h.get_by_label(tick).click();
    h.run();
    let path = h.get_by_label("Export path").value().unwrap_or_default();
    assert!(path.ends_with("-report.html"), "{path}");
    let plain_out = tmp.path().join("plain.html");
    h.get_by_label("Export path")
        .set_text_value_accesskit(plain_out.to_str().unwrap());
    h.run();
    h.get_by_label("Export").click();
    wait(&mut h, RehabApp::is_busy);
    let html = std::fs::read_to_string(&plain_out).unwrap();
    assert!(html.contains("clinician report"));
}

#[test]
fn review_asks_for_the_identity_once_opens_encrypted_bundles_and_signs_programmes() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("inbox");
    std::fs::create_dir(&folder).unwrap();
    let mut h = common::review::review_window();
    // Keys made in the window.
    let keys_dir = tmp.path().join("my keys");
    h.get_by_label("Clinician name")
        .set_text_value_accesskit("Jane Physio");
    h.get_by_label("Folder for new keys")
        .set_text_value_accesskit(keys_dir.to_str().unwrap());
    h.run();
    h.get_by_label("Make my keys").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label_contains("Made the keys of Jane Physio");
    let identity_path = keys_dir.join(IDENTITY_FILE);
    assert_eq!(h.state().screen().identity(), Some(identity_path.as_path()));
    // The path is remembered in the window's memory (saved with its settings), not the key.
    let remembered = h
        .ctx
        .data_mut(|d| d.get_persisted::<String>(egui::Id::unique("review_identity_path")));
    assert_eq!(remembered.as_deref(), identity_path.to_str());

    let demo = common::review::patient(8, 1, "AB-101");
    let prepared = rehab_tracker::export::prepare(
        &demo.export_input(),
        &rehab_tracker::export::ExportOptions::now(),
    );
    let to = keys::read_identity(&identity_path).unwrap().recipient();
    rehab_tracker::export::write_encrypted_with(
        rehab_tracker::export::Format::Bundle,
        &prepared,
        &folder.join("ab-101.bundle.ron.age"),
        &to,
        &mut |_| {},
    )
    .unwrap();
    let elsewhere = handoff::Identity::generate().recipient();
    rehab_tracker::export::write_encrypted_with(
        rehab_tracker::export::Format::Bundle,
        &prepared,
        &folder.join("wrong-clinic.bundle.ron.age"),
        &elsewhere,
        &mut |_| {},
    )
    .unwrap();
    h.get_by_label("Bundles or folder to review")
        .set_text_value_accesskit(folder.to_str().unwrap());
    h.run();
    h.get_by_label("Open for review").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label("Open patient AB-101");
    h.get_by_label_contains("wrong-clinic.bundle.ron.age: it is encrypted for another key");

    // A programme saved for this patient is signed with the keys beside the identity.
    h.get_by_label("Open patient AB-101").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label("Adjust programme").click();
    h.run();
    h.get_by_label_contains("Signed with your key in");
    h.get_by_label("Sessions a week").set_value_accesskit(4.0);
    h.run();
    let out = tmp.path().join("programme-AB-101.ron");
    h.get_by_label("Programme file path")
        .set_text_value_accesskit(out.to_str().unwrap());
    h.run();
    h.get_by_label("Save programme file").click();
    wait(&mut h, |a| a.screen().is_busy());
    h.get_by_label_contains(&format!("Saved {}, signed by Jane Physio", out.display()));
    let file = programme_file::read(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(file.signed_by.unwrap().name, "Jane Physio");
    assert_eq!(file.programme.sessions_per_week, 4);

    // A new window finds the path again, and refuses an identity others can read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&identity_path, std::fs::Permissions::from_mode(0o644)).unwrap();
        h.get_by_label("Back to all patients").click();
        h.run();
        h.get_by_label("Open for review").click();
        wait(&mut h, |a| a.screen().is_busy());
        h.get_by_label_contains("Your identity file could not be used");
        h.get_by_label_contains("chmod 600");
        assert!(h.query_by_label("Open patient AB-101").is_none());
    }
}
