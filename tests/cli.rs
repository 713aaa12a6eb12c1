//! The headless commands, run as a user would run them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{run, stderr, stdout, today};
use rehab_tracker::storage::Store;

fn init(dir: &std::path::Path) {
    let o = run(
        dir,
        &[
            "init",
            "--start",
            "2026-01-05",
            "--affected-side",
            "right",
            "--units",
            "lb",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn init_then_log_a_diary_entry_and_a_session_survive_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let o = run(
        dir,
        &[
            "log",
            "diary",
            "--worst",
            "6",
            "--now",
            "4",
            "--sitting-mins",
            "25",
            "--note",
            "long drive",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(
        dir,
        &[
            "log",
            "session",
            "--as-prescribed",
            "--pain-during",
            "3",
            "--next-morning",
            "2",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("6 exercises"), "{}", stdout(&o));

    // A fresh read of the folder, as the next start of the app does.
    let loaded = Store::new(dir).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let profile = loaded.profile.unwrap();
    assert_eq!(profile.units, rehab_tracker::model::Units::Lb);
    assert_eq!(profile.affected_side, rehab_tracker::model::Side::Right);
    let diary: Vec<_> = loaded.journal.diary().collect();
    assert_eq!(diary.len(), 1);
    assert_eq!((diary[0].worst_24h.get(), diary[0].pain_now.get()), (6, 4));
    assert_eq!(
        diary[0]
            .sitting_mins
            .map(rehab_tracker::model::SittingMins::get),
        Some(25)
    );
    assert_eq!(diary[0].note, "long drive");
    assert_eq!(diary[0].date, today());
    let session = loaded.journal.sessions().next().unwrap();
    assert_eq!(session.exercises.len(), 6);
    assert_eq!(
        session
            .next_morning_pain
            .map(rehab_tracker::model::Pain::get),
        Some(2)
    );
    // One-sided exercises log the affected side first.
    let squat = &session.exercises[0];
    assert_eq!(squat.sets[0].side, Some(rehab_tracker::model::Side::Right));
}

#[test]
fn a_second_diary_entry_for_a_day_changes_the_first() {
    let tmp = tempfile::tempdir().unwrap();
    for (worst, said) in [("3", "Saved"), ("5", "Updated")] {
        let o = run(
            tmp.path(),
            &[
                "log",
                "diary",
                "--worst",
                worst,
                "--now",
                "2",
                "--date",
                "2026-03-02",
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).starts_with(said), "{}", stdout(&o));
    }
    let loaded = Store::new(tmp.path()).load();
    let worst: Vec<u8> = loaded.journal.diary().map(|d| d.worst_24h.get()).collect();
    assert_eq!(worst, [5], "one entry a day, edited in place");
    assert!(tmp.path().join("journal/2026-03.ron").exists());
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one command line per kind of entry, read as one list"
)]
fn every_kind_of_entry_can_be_logged_headless() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let o = run(
        dir,
        &[
            "init",
            "--start",
            "2026-01-05",
            "--affected-side",
            "left",
            "--patient-code",
            "HIP-42",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("patient code HIP-42"), "{}", stdout(&o));
    let o = run(
        dir,
        &[
            "log",
            "psfs",
            "--date",
            "2026-01-06",
            "--activity",
            "Sitting through a film",
            "--score",
            "4",
            "--activity",
            "Walking the dog",
            "--score",
            "6",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(
        dir,
        &[
            "log",
            "warning-sign",
            "--date",
            "2026-01-07",
            "--sign",
            "constant-night-pain",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&rehab_tracker::model::Urgency::Soon.advice()),
        "{}",
        stdout(&o)
    );
    let o = run(
        dir,
        &[
            "log",
            "event",
            "--date",
            "2026-01-08",
            "--kind",
            "injection",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // Unequal activities and scores, and an unknown sign, are refused with exit 2.
    let o = run(
        dir,
        &[
            "log",
            "psfs",
            "--activity",
            "Stairs",
            "--activity",
            "Car",
            "--score",
            "3",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = run(dir, &["log", "warning-sign", "--sign", "headache"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));

    let loaded = Store::new(dir).load();
    assert_eq!(loaded.profile.unwrap().patient_code, "HIP-42");
    let psfs: Vec<(String, u8)> = loaded
        .journal
        .psfs()
        .flat_map(|p| p.scores.iter().map(|s| (s.activity.clone(), s.score.get())))
        .collect();
    assert_eq!(
        psfs,
        [
            ("Sitting through a film".to_owned(), 4),
            ("Walking the dog".to_owned(), 6)
        ]
    );
    let kinds: Vec<rehab_tracker::model::EventKind> =
        loaded.journal.events().map(|e| e.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            rehab_tracker::model::EventKind::RedFlag {
                signs: vec![rehab_tracker::model::RedFlagSign::ConstantNightPain]
            },
            // An injection is on the affected side unless said otherwise.
            rehab_tracker::model::EventKind::Injection {
                side: Some(rehab_tracker::model::Side::Left),
                guidance: None
            }
        ]
    );
    let status = run(dir, &["status", "--on", "2026-01-09", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&status)).unwrap();
    assert_eq!(v["status"], "contact_clinician_soon");
}

#[test]
fn out_of_range_values_are_refused_with_exit_2_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let cases: [&[&str]; 6] = [
        &["log", "diary", "--worst", "11", "--now", "2"],
        // Pain now above the worst of the last 24 hours, which includes now.
        &["log", "diary", "--worst", "3", "--now", "7"],
        &["log", "diary", "--worst", "-1", "--now", "2"],
        &[
            "log",
            "diary",
            "--worst",
            "4",
            "--now",
            "2",
            "--sitting-mins",
            "-5",
        ],
        &[
            "log",
            "diary",
            "--worst",
            "4",
            "--now",
            "2",
            "--date",
            "2999-01-01",
        ],
        &["log", "session", "--as-prescribed", "--pain-during", "12"],
    ];
    for args in cases {
        let o = run(dir, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty());
    }
    let o = run(dir, &["log", "diary", "--worst", "11", "--now", "2"]);
    assert!(
        stderr(&o).contains("a pain score must be a whole number from 0 to 10"),
        "{}",
        stderr(&o)
    );
    let o = run(
        dir,
        &[
            "log",
            "diary",
            "--worst",
            "4",
            "--now",
            "2",
            "--date",
            "2999-01-01",
        ],
    );
    assert!(
        stderr(&o).contains("no later than tomorrow"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join("journal").exists(), "nothing was written");
}

#[test]
fn a_session_needs_a_profile_first() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(tmp.path(), &["log", "session", "--as-prescribed"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("init"), "{}", stderr(&o));
}

#[test]
fn a_damaged_month_is_reported_kept_and_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let o = run(
        dir,
        &[
            "log",
            "diary",
            "--worst",
            "5",
            "--now",
            "3",
            "--date",
            "2026-02-10",
        ],
    );
    assert!(o.status.success());
    let month = dir.join("journal/2026-02.ron");
    let mut damaged = std::fs::read(&month).unwrap();
    damaged.truncate(damaged.len() / 2);
    std::fs::write(&month, &damaged).unwrap();

    let o = run(dir, &["check", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("2026-02.ron"), "{}", stdout(&o));

    // Logging into that month is refused while its file is damaged.
    let o = run(
        dir,
        &[
            "log",
            "diary",
            "--worst",
            "5",
            "--now",
            "3",
            "--date",
            "2026-02-11",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("could not be read"), "{}", stderr(&o));
    // Another month is written on its own: `log` reads only the month it changes.
    let o = run(
        dir,
        &[
            "log",
            "diary",
            "--worst",
            "5",
            "--now",
            "3",
            "--date",
            "2026-03-01",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.join("journal/2026-03.ron").exists());
    assert_eq!(
        std::fs::read(&month).unwrap(),
        damaged,
        "the damaged file is kept as it was"
    );
}

#[test]
fn check_reports_json_for_a_folder_and_for_single_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let o = run(
        &dir,
        &[
            "demo",
            "--weeks",
            "8",
            "--out",
            dir.to_str().unwrap(),
            "--seed",
            "3",
            "--end",
            "2026-06-30",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&dir, &["check", dir.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["sound"], true);
    assert!(v["sessions"].as_u64().unwrap() > 15);
    assert!(v["diary_entries"].as_u64().unwrap() > 40);
    assert_eq!(v["problems"].as_array().unwrap().len(), 0);

    let one = dir.join("journal/2026-06.ron");
    let o = run(&dir, &["check", one.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["files"], 1);

    // Pain 11 in a file is reported, not clamped.
    let text = std::fs::read_to_string(&one).unwrap();
    let at = text.find("worst_24h: ").unwrap() + "worst_24h: ".len();
    let end = at + text[at..].find(',').unwrap();
    let bad = format!("{}11{}", &text[..at], &text[end..]);
    let bad_path = tmp.path().join("2026-06.ron");
    std::fs::write(&bad_path, bad).unwrap();
    let o = run(&dir, &["check", bad_path.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["sound"], false);
    let problem = v["problems"][0].as_str().unwrap();
    assert!(problem.contains("from 0 to 10"), "{problem}");
}

#[test]
fn demo_is_the_same_for_the_same_seed_and_refuses_a_folder_with_data() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    for dir in [&a, &b] {
        let o = run(
            dir,
            &[
                "demo",
                "--weeks",
                "16",
                "--out",
                dir.to_str().unwrap(),
                "--seed",
                "9",
                "--end",
                "2026-11-24",
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let files = |d: &std::path::Path| {
        let mut names: Vec<_> = std::fs::read_dir(d.join("journal"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| std::fs::read(p).unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(files(&a), files(&b));
    assert_eq!(
        files(&a).len(),
        4,
        "16 weeks ending 24 November span August to November"
    );
    let o = run(&a, &["demo", "--out", a.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already holds a journal"));
}

#[test]
fn a_second_writer_waits_then_says_another_copy_is_running() {
    let tmp = tempfile::tempdir().unwrap();
    let _held =
        rehab_tracker::storage::InstanceLock::acquire(tmp.path(), std::time::Duration::ZERO)
            .unwrap();
    let o = run(tmp.path(), &["log", "diary", "--worst", "3", "--now", "2"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Another copy"), "{}", stderr(&o));
    // It names the folder, so the patient knows which copy to close.
    assert!(
        stderr(&o).contains(&tmp.path().display().to_string()),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_lock_file_that_cannot_be_opened_is_named_with_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    // Something in the way of the lock file: a folder where the file should be.
    let lock = tmp.path().join(rehab_tracker::storage::lock::LOCK_FILE);
    std::fs::create_dir(&lock).unwrap();
    let o = run(tmp.path(), &["log", "diary", "--worst", "3", "--now", "2"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&lock.display().to_string()), "{err}");
    assert!(err.contains("--data-dir"), "{err}");
}

#[test]
fn init_takes_both_sides_as_the_window_does() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(
        tmp.path(),
        &["init", "--start", "2026-11-02", "--affected-side", "both"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("affected side both"), "{}", stdout(&o));
    let profile = Store::new(tmp.path()).load().profile.unwrap();
    assert!(profile.both_sides);
    assert_eq!(profile.affected_side, rehab_tracker::model::Side::Left);
    // Changing to one side takes "both" away.
    let o = run(
        tmp.path(),
        &["init", "--start", "2026-11-02", "--affected-side", "right"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let profile = Store::new(tmp.path()).load().profile.unwrap();
    assert!(!profile.both_sides);
    assert_eq!(profile.affected_side, rehab_tracker::model::Side::Right);
}

#[test]
fn every_command_has_help() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["--help"][..],
        &["init", "--help"],
        &["log", "diary", "--help"],
        &["log", "session", "--help"],
        &["log", "event", "--help"],
        &["demo", "--help"],
        &["check", "--help"],
    ] {
        let o = run(tmp.path(), args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(stdout(&o).contains("Usage"), "{args:?}");
    }
}

#[test]
fn the_manual_page_names_every_command_and_option_of_the_program() {
    use clap::CommandFactory;
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/rehab-tracker.1"
    ))
    .unwrap()
    .replace("\\-", "-");
    let cli = rehab_tracker::cli::Cli::command();
    for sub in cli.get_subcommands() {
        assert!(
            page.contains(&format!(".B {}", sub.get_name())),
            "the manual page lacks the command {}",
            sub.get_name()
        );
    }
    for arg in cli.get_arguments() {
        if let Some(long) = arg.get_long() {
            assert!(
                page.contains(&format!("--{long}")),
                "the manual page lacks --{long}"
            );
        }
    }
    assert!(page.contains(&format!("rehab-tracker {}", env!("CARGO_PKG_VERSION"))));
}
