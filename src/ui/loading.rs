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

/// The months being read on another thread.
#[derive(Debug)]
pub struct JournalLoader {
    task: Task<(), MonthRead>,
    done: bool,
    failed: Option<String>,
}

impl JournalLoader {
    /// Starts reading `months` (oldest first, as listed), newest first; with the lock, a
    /// damaged month is put back from its last good copy. `None` when there is nothing to read.
    #[must_use]
    pub fn start(
        store: Store,
        months: Vec<(YearMonth, PathBuf)>,
        lock: Option<Arc<InstanceLock>>,
    ) -> Option<Self> {
        if months.is_empty() {
            return None;
        }
        let task = Task::spawn_streaming("journal", "reading your diary", None, move |job| {
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
        });
        Some(Self {
            task,
            done: false,
            failed: None,
        })
    }

    /// The months read since the last call.
    pub fn take(&mut self) -> Vec<MonthRead> {
        let mut read = self.task.messages();
        if let Some(end) = self.task.poll() {
            read.extend(self.task.messages());
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
