//! The journal store: round trips, saving only what changed, and never damaging a file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveTime};
use rehab_tracker::model::{
    DayState, DiaryEntry, Journal, Pain, Profile, Side, Symptoms, Units, YearMonth,
};
use rehab_tracker::storage::fs::FaultyFs;
use rehab_tracker::storage::{SaveBatch, Store};
use std::sync::Arc;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn entry(id: u64, date: NaiveDate, worst: i64) -> DiaryEntry {
    DiaryEntry {
        id,
        date,
        time: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        pain_now: Pain::new(worst / 2).unwrap(),
        worst_24h: Pain::new(worst).unwrap(),
        sitting_mins: None,
        day_state: DayState::Normal,
        symptoms: Symptoms::default(),
        note: "a note with \"quotes\" and ünïcode".into(),
    }
}

fn all_months(journal: &Journal) -> SaveBatch {
    SaveBatch {
        profile: Some(Profile {
            affected_side: Side::Left,
            start_date: day(2026, 1, 1),
            units: Units::Kg,
            patient_code: "P-7".into(),
            psfs_activities: Vec::new(),
        }),
        programme: Some(rehab_tracker::model::Programme::default_programme().unwrap()),
        months: journal
            .months()
            .iter()
            .map(|(ym, m)| (*ym, m.clone()))
            .collect(),
    }
}

#[test]
fn a_demo_journal_saves_and_loads_back_identical() {
    let demo = rehab_tracker::demo::generate(30, day(2026, 11, 24), 5).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    let batch = SaveBatch {
        profile: Some(demo.profile.clone()),
        programme: Some(demo.programme.clone()),
        months: demo
            .journal
            .months()
            .iter()
            .map(|(ym, m)| (*ym, m.clone()))
            .collect(),
    };
    assert_eq!(store.save(&batch).unwrap(), 2 + demo.journal.months().len());
    let loaded = store.load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.journal, demo.journal);
    assert_eq!(loaded.profile, Some(demo.profile));
    assert_eq!(loaded.programme, Some(demo.programme));
}

#[cfg(unix)]
#[test]
fn a_save_rewrites_only_the_month_that_changed() {
    use std::os::unix::fs::MetadataExt;
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    let mut journal = Journal::new();
    journal.add_diary(entry(1, day(2026, 1, 3), 5));
    journal.add_diary(entry(2, day(2026, 2, 3), 5));
    journal.add_diary(entry(3, day(2026, 3, 3), 5));
    store.save(&all_months(&journal)).unwrap();
    let inode = |ym: YearMonth| std::fs::metadata(store.month_path(ym)).unwrap().ino();
    let jan = YearMonth {
        year: 2026,
        month: 1,
    };
    let feb = YearMonth {
        year: 2026,
        month: 2,
    };
    let before = (inode(jan), inode(feb));

    let ym = journal.add_diary(entry(4, day(2026, 2, 20), 4));
    let batch = SaveBatch {
        months: vec![(ym, journal.month(ym).unwrap().clone())],
        ..SaveBatch::default()
    };
    assert_eq!(store.save(&batch).unwrap(), 1);
    assert_eq!(inode(jan), before.0, "January was not rewritten");
    assert_ne!(inode(feb), before.1, "February was replaced by a new file");
    assert_eq!(store.load().journal, journal);
}

#[cfg(unix)]
#[test]
fn files_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = Store::new(&dir);
    let mut journal = Journal::new();
    journal.add_diary(entry(1, day(2026, 1, 3), 5));
    store.save(&all_months(&journal)).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("journal")), 0o700);
    for f in ["profile.ron", "programme.ron", "journal/2026-01.ron"] {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
    }
}

#[test]
fn an_unreadable_file_is_listed_and_left_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    let mut journal = Journal::new();
    journal.add_diary(entry(1, day(2026, 1, 3), 5));
    journal.add_diary(entry(2, day(2026, 2, 3), 5));
    store.save(&all_months(&journal)).unwrap();
    let feb = store.month_path(YearMonth {
        year: 2026,
        month: 2,
    });
    std::fs::write(&feb, b"V1((diary: [ (id: 2, date: \"2026-02-03\"").unwrap();

    let loaded = store.load();
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].path, feb);
    assert!(
        loaded.problems[0].message().contains("damaged"),
        "{}",
        loaded.problems[0].message()
    );
    assert_eq!(loaded.journal.diary().count(), 1, "January still loads");
    assert_eq!(
        std::fs::read(&feb).unwrap(),
        b"V1((diary: [ (id: 2, date: \"2026-02-03\""
    );
}

#[test]
fn a_file_from_a_newer_version_is_named_as_such() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    std::fs::create_dir_all(tmp.path().join("journal")).unwrap();
    std::fs::write(
        tmp.path().join("journal/2027-01.ron"),
        "V2((diary: [], mood: []))",
    )
    .unwrap();
    let loaded = store.load();
    assert_eq!(loaded.problems.len(), 1);
    assert!(loaded.problems[0].newer_version);
    assert!(loaded.problems[0].message().contains("newer version"));
}

#[test]
fn a_fault_at_any_step_of_a_save_leaves_the_old_file_intact_and_the_next_save_works() {
    let tmp = tempfile::tempdir().unwrap();
    let mut journal = Journal::new();
    journal.add_diary(entry(1, day(2026, 1, 3), 5));
    Store::new(tmp.path()).save(&all_months(&journal)).unwrap();
    let good = Store::new(tmp.path()).load().journal;

    journal.add_diary(entry(2, day(2026, 1, 9), 7));
    let batch = all_months(&journal);
    // Count the operations of one full save, then fail each one in turn.
    let counter = Arc::new(FaultyFs::new(0, false));
    Store::with_fs(tmp.path().join("count"), counter.clone())
        .save(&batch)
        .unwrap();
    let ops = counter.operations();
    assert!(ops >= 12, "a save of three files takes {ops} operations");
    for persistent in [false, true] {
        for k in 1..=ops {
            let fs = Arc::new(FaultyFs::new(k, persistent));
            let store = Store::with_fs(tmp.path(), fs.clone());
            let result = store.save(&batch);
            // Whatever failed, every file on disk is either the old version or the new one.
            let on_disk = Store::new(tmp.path()).load();
            assert!(on_disk.problems.is_empty(), "k={k}: {:?}", on_disk.problems);
            assert!(
                on_disk.journal == good || on_disk.journal == journal,
                "k={k}"
            );
            if result.is_ok() {
                assert_eq!(on_disk.journal, journal);
            }
            // Put the old state back for the next round, then heal and save again.
            fs.heal();
            store.save(&batch).unwrap();
            assert_eq!(
                Store::new(tmp.path()).load().journal,
                journal,
                "k={k}: the retry saved"
            );
            Store::new(tmp.path()).save(&all_months(&good)).unwrap();
        }
    }
    // A persistent fault can stop the clean-up of a temporary file too; the next start
    // removes it, and then none is left.
    let _ = Store::new(tmp.path()).remove_leftover_temp_files();
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path().join("journal"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn leftover_temp_files_are_removed_on_the_next_start() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("journal")).unwrap();
    std::fs::write(tmp.path().join("journal/.2026-01.ron.tmp-1-1"), "V1((di").unwrap();
    std::fs::write(tmp.path().join(".profile.ron.tmp-1-2"), "V1((").unwrap();
    let store = Store::new(tmp.path());
    assert_eq!(store.remove_leftover_temp_files(), 2);
    assert!(store.load().problems.is_empty());
}
