//! The window opens before the journal is read: months arrive newest first, and an entry
//! logged while older months are still being read is saved and shown, and nothing is lost
//! or reordered when they arrive.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Datelike, NaiveDate};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rehab_tracker::storage::Store;
use rehab_tracker::storage::fs::{Fs, RealFs};
use rehab_tracker::ui::RehabApp;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The real file system, except that reading any month file other than the newest waits
/// until the gate opens: the older months stay "still being read" as long as a test likes.
#[derive(Debug)]
struct Gated {
    open: AtomicBool,
    newest: String,
}

impl Gated {
    fn holds_back(&self, path: &Path) -> bool {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        path.parent().and_then(Path::file_name) == Some("journal".as_ref())
            && path.extension() == Some("ron".as_ref())
            && name != self.newest
    }
}

impl Fs for Gated {
    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        RealFs.create_dir_all(path)
    }
    fn write_new_synced(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        RealFs.write_new_synced(path, bytes)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealFs.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        RealFs.sync_dir(dir)
    }
    fn read_capped(&self, path: &Path, max_len: u64) -> io::Result<Vec<u8>> {
        while self.holds_back(path) && !self.open.load(Ordering::SeqCst) {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        RealFs.read_capped(path, max_len)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealFs.remove_file(path)
    }
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        RealFs.list_dir(dir)
    }
    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealFs.hard_link(from, to)
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one story from a long diary still loading to the entry on disk"
)]
fn an_entry_logged_while_the_journal_is_still_being_read_is_saved_and_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // A year of journal up to yesterday: twelve and more month files.
    rehab_tracker::demo::write_journal(dir, 52, 3, today().pred_opt().unwrap(), false).unwrap();
    let before = Store::new(dir).load();
    let (sessions, diary, events) = before.journal.counts();
    assert!(before.journal.months().len() > 12);

    let gate = Arc::new(Gated {
        open: AtomicBool::new(false),
        newest: "2026-11.ron".into(),
    });
    let store = Store::with_fs(dir, Arc::clone(&gate) as Arc<dyn Fs>);
    let app = RehabApp::new(rehab_tracker::ui::open_store(store, false))
        .unwrap()
        .with_clock(|| today().and_hms_opt(20, 0, 0).unwrap());
    let mut h = Harness::builder()
        .with_size([1280.0, 2400.0])
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut RehabApp| app.ui(ui), app);
    // The window is up and usable at once: the month being logged in is read first.
    for _ in 0..200 {
        h.run_steps(3);
        if h.state().record().journal().month(today_month()).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(
        !h.state().record().is_complete(),
        "older months still being read"
    );
    h.get_by_label("Progress").click();
    h.run_steps(3);
    h.get_by_label_contains("Opening your diary");

    // Today's diary entry, written while the rest is still being read.
    h.get_by_label("Diary").click();
    h.run_steps(3);
    h.get_by_label("Pain now: 2").click();
    h.get_by_label("Worst pain in the last 24 hours: 5").click();
    h.run_steps(3);
    h.get_by_label("Save diary entry").click();
    h.run_steps(3);
    assert_eq!(
        h.state()
            .record()
            .journal()
            .diary_on(today())
            .map(|d| d.worst_24h.get()),
        Some(5)
    );
    // A change to a month not read yet waits: it is refused in words, nothing is lost.
    let old = h.state().record().journal().diary().next().map(|d| d.date);
    assert_eq!(old.map(|d| d.month()), Some(11), "only November is read");
    {
        let mut app = h.into_state();
        app.apply(rehab_tracker::ui::Command::log(
            rehab_tracker::model::Entry::Diary(rehab_tracker::model::DiaryEntry {
                id: 0,
                date: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
                time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                pain_now: rehab_tracker::model::Pain::new(1).unwrap(),
                worst_24h: rehab_tracker::model::Pain::new(2).unwrap(),
                sitting_mins: None,
                day_state: rehab_tracker::model::DayState::Normal,
                symptoms: rehab_tracker::model::Symptoms::default(),
                note: String::new(),
            }),
        ));
        h = Harness::builder()
            .with_size([1280.0, 2400.0])
            .with_max_steps(64)
            .build_ui_state(|ui, app: &mut RehabApp| app.ui(ui), app);
    }
    h.run_steps(3);
    h.get_by_label_contains("diary is still opening");

    // The rest arrives: every entry is there, the new one among them, in order.
    gate.open.store(true, Ordering::SeqCst);
    common::settle(&mut h);
    assert!(h.state().record().is_complete());
    let journal = h.state().record().journal();
    assert_eq!(journal.counts(), (sessions, diary + 1, events));
    let dates: Vec<NaiveDate> = journal.diary().map(|d| d.date).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "oldest first");
    assert_eq!(dates.last(), Some(&today()));
    h.get_by_label("History").click();
    common::settle(&mut h);
    h.get_by_label_contains("worst in 24 h 5");
    h.get_by_label("Progress").click();
    common::settle(&mut h);
    assert!(h.query_by_label_contains("Opening your diary").is_none());

    // On disk: the month holds the new entry and every entry it held before.
    let mut app = h.into_state();
    app.save_now().unwrap();
    drop(app);
    let after = Store::new(dir).load();
    assert!(after.problems.is_empty(), "{:?}", after.problems);
    assert_eq!(after.journal.counts(), (sessions, diary + 1, events));
    assert_eq!(
        after.journal.diary_on(today()).map(|d| d.worst_24h.get()),
        Some(5)
    );
    assert!(
        before
            .journal
            .diary()
            .all(|d| after.journal.get(d.id).is_some()),
        "nothing lost"
    );
}

fn today_month() -> rehab_tracker::model::YearMonth {
    rehab_tracker::model::YearMonth::of(today())
}
