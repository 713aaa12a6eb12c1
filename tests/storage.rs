//! The journal store: round trips, saving only what changed, and never damaging a file.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// The figures (kills, faults, inputs, times) are printed for the record.
#![allow(clippy::print_stderr)]

use chrono::{NaiveDate, NaiveTime};
use rehab_tracker::model::{
    DayState, DiaryEntry, Journal, Pain, Profile, ProgrammeRecord, Side, Symptoms, Units, YearMonth,
};
use rehab_tracker::storage::fs::FaultyFs;
use rehab_tracker::storage::{InstanceLock, SaveBatch, Store};
use std::sync::Arc;

mod common;

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
            both_sides: false,
            start_date: day(2026, 1, 1),
            units: Units::Kg,
            patient_code: "P-7".into(),
            psfs_activities: Vec::new(),
            patient_id: None,
        }),
        programme: Some(ProgrammeRecord::new(
            rehab_tracker::model::Programme::default_programme().unwrap(),
        )),
        settings: None,
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
        programme: Some(ProgrammeRecord::new(demo.programme.clone())),
        settings: None,
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
    assert_eq!(loaded.programme, Some(ProgrammeRecord::new(demo.programme)));
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
        months: vec![(ym, journal.shared_month(ym).unwrap())],
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

/// Every file under `dir`, with its path relative to it.
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                found.push(p);
            }
        }
    }
    found.sort();
    found
}

fn generation_count(dir: &std::path::Path) -> usize {
    let g = dir.join("generations");
    if g.exists() { files_under(&g).len() } else { 0 }
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
    // Count the operations of one full save over existing files (reading the old version,
    // keeping it as a generation, writing, renaming, flushing, pruning), then fail each one.
    let count_dir = tmp.path().join("count");
    Store::new(&count_dir).save(&batch).unwrap();
    let counter = Arc::new(FaultyFs::new(0, false));
    Store::with_fs(&count_dir, counter.clone())
        .save(&batch)
        .unwrap();
    let ops = counter.operations();
    assert!(ops >= 24, "a save over three files takes {ops} operations");
    let mut faults = 0;
    for persistent in [false, true] {
        for k in 1..=ops {
            let fs = Arc::new(FaultyFs::new(k, persistent));
            let store = Store::with_fs(tmp.path(), fs.clone());
            let result = store.save(&batch);
            faults += 1;
            // Whatever failed, every file on disk is either the old version or the new one.
            let on_disk = Store::new(tmp.path()).load();
            assert!(on_disk.problems.is_empty(), "k={k}: {:?}", on_disk.problems);
            assert!(
                on_disk.journal == good || on_disk.journal == journal,
                "k={k}"
            );
            match &result {
                Ok(_) => assert_eq!(on_disk.journal, journal, "k={k}"),
                // The error is reported, in plain words.
                Err(e) => assert!(e.to_string().contains("the disk is full"), "k={k}: {e}"),
            }
            // Heal and save again: it works.
            fs.heal();
            store.save(&batch).unwrap();
            assert_eq!(
                Store::new(tmp.path()).load().journal,
                journal,
                "k={k}: the retry saved"
            );
            // Put the old state back for the next round.
            Store::new(tmp.path()).save(&all_months(&good)).unwrap();
        }
    }
    // A persistent fault can stop the clean-up of a temporary file too; the next start
    // removes it, and then none is left.
    let _ = Store::new(tmp.path()).remove_leftover_temp_files();
    let leftovers: Vec<_> = files_under(tmp.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Pruning kept the generations in bounds however many saves there were.
    let gens = std::fs::read_dir(tmp.path().join("generations/journal/2026-01.ron"))
        .unwrap()
        .count();
    assert!((1..=6).contains(&gens), "{gens} generations");
    eprintln!(
        "save fault loop: {ops} operations per save, {faults} faults injected (once and persistent)"
    );
}

/// A folder with a good January saved twice (so a generation of it is kept), then damaged.
fn damaged_with_a_good_generation(dir: &std::path::Path) -> (Journal, Journal, Vec<u8>) {
    let store = Store::new(dir);
    let mut first = Journal::new();
    first.add_diary(entry(1, day(2026, 1, 3), 5));
    store.save(&all_months(&first)).unwrap();
    let mut second = first.clone();
    second.add_diary(entry(2, day(2026, 1, 4), 6));
    store.save(&all_months(&second)).unwrap();
    let jan = store.month_path(YearMonth {
        year: 2026,
        month: 1,
    });
    let mut bad = std::fs::read(&jan).unwrap();
    bad.truncate(bad.len() / 2);
    std::fs::write(&jan, &bad).unwrap();
    (first, second, bad)
}

fn lock(dir: &std::path::Path) -> InstanceLock {
    InstanceLock::acquire(dir, std::time::Duration::from_secs(5)).unwrap()
}

#[test]
fn a_damaged_file_is_set_aside_and_its_last_good_copy_put_back() {
    let tmp = tempfile::tempdir().unwrap();
    let (first, _second, bad) = damaged_with_a_good_generation(tmp.path());
    let store = Store::new(tmp.path());
    let jan = store.month_path(YearMonth {
        year: 2026,
        month: 1,
    });

    // Reading without the lock (check, a read-only window) changes nothing, but says a
    // good copy exists.
    let looked = store.load();
    assert_eq!(looked.problems.len(), 1);
    assert!(
        looked.problems[0].message().contains("A good copy from"),
        "{}",
        looked.problems[0].message()
    );
    assert_eq!(std::fs::read(&jan).unwrap(), bad);

    let lock = lock(tmp.path());
    let loaded = store.load_and_repair(&lock);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.journal, first, "the newest good generation is back");
    assert_eq!(loaded.restored.len(), 1);
    let r = &loaded.restored[0];
    assert_eq!(r.path, jan);
    let kept = r
        .kept_as
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(kept.starts_with("2026-01.ron.unreadable-"), "{kept}");
    assert_eq!(
        std::fs::read(&r.kept_as).unwrap(),
        bad,
        "the damaged file is kept"
    );
    let msg = r.message();
    for words in [
        "could not be read",
        "put back",
        "may be missing",
        "not deleted",
        &kept,
    ] {
        assert!(msg.contains(words), "{words}: {msg}");
    }
    assert_eq!(loaded.kept_unreadable, vec![r.kept_as.clone()]);

    // Damaged again: the first damaged file is never overwritten; a second name is used.
    std::fs::write(&jan, b"V1((diary: [").unwrap();
    let again = store.load_and_repair(&lock);
    assert_eq!(again.restored.len(), 1);
    assert_ne!(again.restored[0].kept_as, r.kept_as);
    assert_eq!(std::fs::read(&r.kept_as).unwrap(), bad);
    assert_eq!(again.kept_unreadable.len(), 2);
    assert_eq!(again.journal, first);

    // `check` reports the set-aside files.
    let report = rehab_tracker::cli::check_path(tmp.path());
    assert!(report.sound, "{report:?}");
    assert_eq!(report.notes.len(), 2, "{report:?}");
}

#[test]
fn a_damaged_file_with_no_good_copy_is_left_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    let mut j = Journal::new();
    j.add_diary(entry(1, day(2026, 1, 3), 5));
    store.save(&all_months(&j)).unwrap();
    let jan = store.month_path(YearMonth {
        year: 2026,
        month: 1,
    });
    std::fs::write(&jan, b"V1((diary: [").unwrap();
    let loaded = store.load_and_repair(&lock(tmp.path()));
    assert_eq!(loaded.problems.len(), 1);
    assert!(loaded.restored.is_empty());
    assert_eq!(std::fs::read(&jan).unwrap(), b"V1((diary: [");
}

#[test]
fn a_file_from_a_newer_version_is_never_replaced_by_a_restore_or_a_save() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, second, _) = damaged_with_a_good_generation(tmp.path());
    let store = Store::new(tmp.path());
    let jan = store.month_path(YearMonth {
        year: 2026,
        month: 1,
    });
    let newer = b"V2((diary: [], moods: [(id: 9)]))";
    std::fs::write(&jan, newer).unwrap();
    let loaded = store.load_and_repair(&lock(tmp.path()));
    assert!(loaded.restored.is_empty());
    assert_eq!(loaded.problems.len(), 1);
    assert!(loaded.problems[0].newer_version);
    assert_eq!(std::fs::read(&jan).unwrap(), newer);
    let err = store.save(&all_months(&second)).unwrap_err();
    assert!(err.to_string().contains("newer version"), "{err}");
    assert_eq!(std::fs::read(&jan).unwrap(), newer);
}

#[test]
fn a_fault_at_any_step_of_a_restore_loses_nothing_and_the_next_start_restores() {
    let tmp = tempfile::tempdir().unwrap();
    let (first, _, bad) = damaged_with_a_good_generation(tmp.path());
    let pristine = tmp.path().join("pristine");
    copy_dir(tmp.path(), &pristine);
    let counter = Arc::new(FaultyFs::new(0, false));
    let probe = tmp.path().join("probe");
    copy_dir(&pristine, &probe);
    let _ = Store::with_fs(&probe, counter.clone()).load_and_repair(&lock(&probe));
    let ops = counter.operations();
    assert!(ops >= 10, "{ops}");
    let mut faults = 0;
    for persistent in [false, true] {
        for k in 1..=ops {
            let dir = tmp.path().join(format!("run-{persistent}-{k}"));
            copy_dir(&pristine, &dir);
            let fs = Arc::new(FaultyFs::new(k, persistent));
            let l = lock(&dir);
            let loaded = Store::with_fs(&dir, fs.clone()).load_and_repair(&l);
            faults += 1;
            // The damaged bytes still exist, at the file's own name or set aside.
            let kept = files_under(&dir).into_iter().any(|p| {
                !p.starts_with(dir.join("generations")) && std::fs::read(&p).unwrap() == bad
            });
            let restored_ok = loaded.restored.len() == 1 && loaded.journal == first;
            assert!(kept || restored_ok, "k={k}: the damaged file is gone");
            if restored_ok {
                assert!(kept, "k={k}: restored but the damaged file is not kept");
            } else {
                // Either the month is reported, or a read failed and it is reported as such.
                assert!(!loaded.problems.is_empty(), "k={k}: nothing reported");
            }
            // Next start, fault gone: the folder is whole.
            fs.heal();
            let _ = Store::new(&dir).remove_leftover_temp_files();
            let next = Store::new(&dir).load_and_repair(&l);
            assert!(next.problems.is_empty(), "k={k}: {:?}", next.problems);
            assert_eq!(next.journal, first, "k={k}");
            assert!(
                !files_under(&dir)
                    .iter()
                    .any(|p| p.to_string_lossy().contains(".tmp-"))
            );
            drop(l);
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }
    eprintln!("restore fault loop: {ops} operations per restoring start, {faults} faults injected");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let name = e.file_name();
        let n = name.to_string_lossy();
        if n == "pristine" || n == "probe" || n.starts_with("run-") {
            continue;
        }
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(&name));
        } else {
            std::fs::copy(e.path(), to.join(&name)).unwrap();
        }
    }
}

#[test]
fn generations_are_kept_and_pruned_to_five_plus_one_a_day() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    let mut j = Journal::new();
    let before = generation_count(tmp.path());
    assert_eq!(before, 0);
    for i in 1..=12 {
        j.add_diary(entry(i, day(2026, 1, 3), 5));
        store.save(&all_months(&j)).unwrap();
    }
    let jan_gens = tmp.path().join("generations/journal/2026-01.ron");
    let names: Vec<String> = std::fs::read_dir(&jan_gens)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // 11 replacements today: the newest 5 are kept (today's newest among them).
    assert_eq!(names.len(), 5, "{names:?}");
    // Old generations of other days: one a day for 30 days stays, older ones go.
    let now = chrono::Utc::now();
    for days_ago in [1i64, 1, 2, 29, 31, 45] {
        let t = now - chrono::Duration::days(days_ago);
        let name = rehab_tracker::storage::generations::generation_name(
            t,
            &format!("old-{days_ago}-{}", names.len()),
        );
        std::fs::write(jan_gens.join(&name), b"old").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    j.add_diary(entry(13, day(2026, 1, 3), 5));
    store.save(&all_months(&j)).unwrap();
    let left: Vec<String> = std::fs::read_dir(&jan_gens)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let old_left = left.iter().filter(|n| n.contains("-old-")).count();
    // Days 1, 2 and 29 keep one each; the second of day 1 and days 31, 45 are pruned.
    assert_eq!(old_left, 3, "{left:?}");
    assert!(
        !left
            .iter()
            .any(|n| n.contains("-old-45-") || n.contains("-old-31-"))
    );
    assert_eq!(left.len(), 5 + 3);
    // Every generation kept reads as a sound file of the month.
    for n in left.iter().filter(|n| !n.contains("-old-")) {
        let report = rehab_tracker::cli::check_path(&jan_gens.join(n));
        assert!(report.sound, "{n}: {report:?}");
    }
}

#[cfg(unix)]
#[test]
fn every_kind_of_save_leaves_files_0600_and_folders_0700() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    // A first save, a save over it (generations), a restore (a set-aside file and a file put
    // back), and a save by the command line.
    let (_, second, _) = damaged_with_a_good_generation(&dir);
    let jan = dir.join("journal/2026-01.ron");
    std::fs::set_permissions(&jan, std::fs::Permissions::from_mode(0o644)).unwrap();
    let l = lock(&dir);
    let loaded = Store::new(&dir).load_and_repair(&l);
    assert_eq!(loaded.restored.len(), 1);
    Store::new(&dir).save(&all_months(&second)).unwrap();
    drop(l);
    let o = common::run(
        &dir,
        &[
            "log",
            "diary",
            "--worst",
            "4",
            "--now",
            "2",
            "--date",
            "2026-02-01",
        ],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let mut stack = vec![dir.clone()];
    let (mut files, mut dirs) = (0, 0);
    while let Some(d) = stack.pop() {
        assert_eq!(mode(&d), 0o700, "{}", d.display());
        dirs += 1;
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                assert_eq!(mode(&p), 0o600, "{}", p.display());
                files += 1;
            }
        }
    }
    assert!(dirs >= 5 && files >= 8, "{dirs} folders, {files} files");
    assert!(
        files_under(&dir)
            .iter()
            .any(|p| p.to_string_lossy().contains(".unreadable-"))
    );
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

fn settings_with_training_at(hour: u32) -> rehab_tracker::model::Settings {
    let mut s = rehab_tracker::model::Settings::default();
    s.training_reminder.on = true;
    s.training_reminder.at = chrono::NaiveTime::from_hms_opt(hour, 0, 0).unwrap();
    s
}

fn save_settings(store: &Store, settings: rehab_tracker::model::Settings) {
    store
        .save(&SaveBatch {
            settings: Some(settings),
            ..SaveBatch::default()
        })
        .unwrap();
}

#[test]
fn the_settings_file_is_kept_like_the_profile_repaired_and_never_overwritten_when_newer() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    let path = tmp.path().join("settings.ron");
    save_settings(&store, settings_with_training_at(17));
    save_settings(&store, settings_with_training_at(18));
    assert_eq!(store.load().settings, Some(settings_with_training_at(18)));
    assert_eq!(generation_count(tmp.path()), 1);

    // Damaged: reported while read-only, then set aside and the last good copy put back.
    std::fs::write(&path, b"V1((training_reminder: (on: tr").unwrap();
    let looked = store.load();
    assert_eq!(looked.problems.len(), 1);
    assert!(looked.problems[0].message().contains("settings.ron"));
    let loaded = store.load_and_repair(&lock(tmp.path()));
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.settings, Some(settings_with_training_at(17)));
    assert_eq!(loaded.restored.len(), 1);
    assert_eq!(
        std::fs::read(&loaded.restored[0].kept_as).unwrap(),
        b"V1((training_reminder: (on: tr"
    );

    // From a newer version: never replaced, by a repair or a save.
    let newer = b"V2((training_reminder: (on: true), snooze: 10))";
    std::fs::write(&path, newer).unwrap();
    let loaded = store.load_and_repair(&lock(tmp.path()));
    assert!(loaded.problems[0].newer_version);
    assert!(loaded.restored.is_empty());
    let err = store
        .save(&SaveBatch {
            settings: Some(settings_with_training_at(19)),
            ..SaveBatch::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("newer version"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), newer);
}
