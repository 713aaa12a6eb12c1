//! Saving the record from the window: the files a change touched go to the background saver
//! (one save at a time, so files are written in order); a failed save keeps the changes in
//! memory, says why, and tries again by itself.

use crate::record::{Record, Unsaved};
use crate::storage::{Saver, Store};
use std::time::{Duration, Instant};

/// How long after a failed save the app tries again by itself.
pub const RETRY_AFTER: Duration = Duration::from_secs(10);

/// Where saving stands, for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is on disk.
    Saved,
    /// A save is under way.
    Saving,
    /// The last save failed; the entries are kept in memory and saving is retried.
    Failed(String),
    /// Nothing is saved: the data folder is read-only for this session.
    ReadOnly,
}

/// The window's saving: the saver thread, the save in flight, the last error.
#[derive(Debug)]
pub struct Saving {
    store: Store,
    saver: Option<Saver>,
    in_flight: Option<(u64, Unsaved)>,
    error: Option<String>,
    retry_at: Option<Instant>,
}

impl Saving {
    /// Saving to `store`, through `saver` (`None` when the window must not write).
    #[must_use]
    pub fn new(store: Store, saver: Option<Saver>) -> Self {
        Self {
            store,
            saver,
            in_flight: None,
            error: None,
            retry_at: None,
        }
    }

    /// The data folder.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Whether the window can save at all.
    #[must_use]
    pub fn can_save(&self) -> bool {
        self.saver.is_some()
    }

    /// Where saving stands.
    #[must_use]
    pub fn state(&self, record: &Record) -> SaveState {
        if self.saver.is_none() {
            SaveState::ReadOnly
        } else if let Some(e) = &self.error {
            SaveState::Failed(e.clone())
        } else if self.in_flight.is_some() || !record.unsaved().is_empty() {
            SaveState::Saving
        } else {
            SaveState::Saved
        }
    }

    /// Once a frame: takes in finished saves, starts the next one, and asks for a redraw
    /// when a retry is due.
    pub fn tick(&mut self, record: &mut Record, ctx: &egui::Context) {
        self.poll(record);
        if let Some(at) = self.retry_at {
            let now = Instant::now();
            if now >= at {
                self.retry_at = None;
            } else {
                ctx.request_repaint_after(at - now);
            }
        }
        self.flush(record);
    }

    /// Tries a failed save again now.
    pub fn retry_now(&mut self, record: &mut Record) {
        self.retry_at = None;
        self.flush(record);
    }

    /// Hands the changed files to the saver, unless a save is under way or a retry is not
    /// due yet.
    pub fn flush(&mut self, record: &mut Record) {
        if self.in_flight.is_some() || self.retry_at.is_some() || record.unsaved().is_empty() {
            return;
        }
        let Some(saver) = self.saver.as_mut() else {
            return;
        };
        let (unsaved, batch) = record.take_unsaved();
        if let Some(ticket) = saver.submit(batch) {
            self.in_flight = Some((ticket, unsaved));
        } else {
            record.mark_unsaved(unsaved);
            self.error = Some(crate::t!("settings-saving-stopped"));
        }
    }

    fn poll(&mut self, record: &mut Record) {
        let Some(saver) = self.saver.as_ref() else {
            return;
        };
        while let Some(outcome) = saver.poll() {
            let Some((ticket, unsaved)) = self.in_flight.take() else {
                continue;
            };
            debug_assert_eq!(ticket, outcome.ticket);
            match outcome.result {
                Ok(_) => self.error = None,
                Err(e) => {
                    record.mark_unsaved(unsaved);
                    self.error = Some(e.to_string());
                    self.retry_at = Some(Instant::now() + RETRY_AFTER);
                }
            }
        }
    }

    /// Waits until every change is on disk, or the save fails. For closing the window and
    /// for tests; never called inside a frame.
    pub fn save_now(&mut self, record: &mut Record) -> Result<(), String> {
        if self.saver.is_none() {
            return Ok(());
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.in_flight.is_some() && Instant::now() < deadline {
            self.poll(record);
            std::thread::sleep(Duration::from_millis(5));
        }
        if record.unsaved().is_empty() {
            return self.error.clone().map_or(Ok(()), Err);
        }
        let (unsaved, batch) = record.take_unsaved();
        match self.store.save(&batch) {
            Ok(_) => {
                self.error = None;
                Ok(())
            }
            Err(e) => {
                record.mark_unsaved(unsaved);
                self.error = Some(e.to_string());
                Err(e.to_string())
            }
        }
    }
}
