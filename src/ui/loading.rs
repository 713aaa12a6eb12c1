//! Reading the journal's months after the window is up, newest first, so the window shows
//! at once with any length of history and Today and the diary are usable while older months
//! are still being read.

use crate::model::{Month, YearMonth};
use crate::storage::{FileProblem, InstanceLock, Loaded, Restored, Store};
use crate::ui::task::Task;
use std::path::PathBuf;
use std::sync::Arc;

/// One month read (or not).
#[derive(Debug)]
pub struct MonthRead {
    /// Which month.
    pub month: YearMonth,
    /// What it holds; `None` when it could not be read.
    pub content: Option<Month>,
    /// Why it could not be read.
    pub problems: Vec<FileProblem>,
    /// A damaged file put back from its last good copy.
    pub restored: Vec<Restored>,
}

/// What the loader will read once the window is up.
#[derive(Debug)]
struct Pending {
    store: Store,
    months: Vec<(YearMonth, PathBuf)>,
    lock: Option<Arc<InstanceLock>>,
}

/// The months being read on another thread.
#[derive(Debug)]
pub struct JournalLoader {
    /// Waiting for the first frame: nothing competes with the window for the processor
    /// until it shows.
    pending: Option<Pending>,
    task: Option<Task<(), MonthRead>>,
    done: bool,
    failed: Option<String>,
}

impl JournalLoader {
    /// Will read `months` (oldest first, as listed), newest first, from the first call of
    /// [`Self::take`] after the window's first frame; with the lock, a damaged month is put
    /// back from its last good copy, and the temporary files an interrupted save left among
    /// the earlier copies are removed. `None` when there is nothing to read.
    #[must_use]
    pub fn new(
        store: Store,
        months: Vec<(YearMonth, PathBuf)>,
        lock: Option<Arc<InstanceLock>>,
    ) -> Option<Self> {
        if months.is_empty() {
            return None;
        }
        Some(Self {
            pending: Some(Pending {
                store,
                months,
                lock,
            }),
            task: None,
            done: false,
            failed: None,
        })
    }

    fn start(pending: Pending) -> Task<(), MonthRead> {
        let Pending {
            store,
            months,
            lock,
        } = pending;
        Task::spawn_streaming(
            "journal",
            &crate::t!("settings-task-reading"),
            None,
            move |job| {
                for (ym, path) in months.into_iter().rev() {
                    let mut loaded = Loaded::default();
                    let content = store.read_month(ym, &path, lock.as_deref(), &mut loaded);
                    job.send(MonthRead {
                        month: ym,
                        content,
                        problems: loaded.problems,
                        restored: loaded.restored,
                    });
                }
                if lock.is_some() {
                    let removed = store.remove_leftover_temp_files();
                    if removed > 0 {
                        log::info!(
                            "removed {removed} temporary file(s) left by an interrupted save"
                        );
                    }
                }
            },
        )
    }

    /// The months read since the last call. Reading starts at the first call once
    /// `first_frame_shown`.
    pub fn take(&mut self, first_frame_shown: bool) -> Vec<MonthRead> {
        if first_frame_shown && let Some(pending) = self.pending.take() {
            self.task = Some(Self::start(pending));
        }
        let Some(task) = &mut self.task else {
            return Vec::new();
        };
        let mut read = task.messages();
        if let Some(end) = task.poll() {
            read.extend(task.messages());
            if let Err(e) = end {
                log::error!("{e}");
                self.failed = Some(e);
            }
            self.done = true;
        }
        read
    }

    /// Why the reading stopped before every month was read, if it did.
    #[must_use]
    pub fn failed(&self) -> Option<&str> {
        self.failed.as_deref()
    }

    /// Whether every month has been handed over (or the reading stopped).
    #[must_use]
    pub fn is_done(&self) -> bool {
        self.done
    }
}
