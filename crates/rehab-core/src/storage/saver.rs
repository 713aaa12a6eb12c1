//! Saving off the user-interface thread: batches go to a worker thread, outcomes come back.

use super::store::{SaveBatch, StorageError, Store};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

/// How one submitted save went.
#[derive(Debug)]
pub struct SaveOutcome {
    /// The ticket `submit` returned.
    pub ticket: u64,
    /// Files written, or why it failed.
    pub result: Result<usize, StorageError>,
}

/// A worker thread that writes save batches in the order they were submitted.
/// Dropping it waits for the saves already submitted to finish.
#[derive(Debug)]
pub struct Saver {
    tx: Option<Sender<(u64, SaveBatch)>>,
    rx: Receiver<SaveOutcome>,
    worker: Option<JoinHandle<()>>,
    next_ticket: u64,
}

impl Saver {
    /// Starts the worker. `wake` is called after each save, so a window can redraw.
    pub fn spawn(store: Store, wake: impl Fn() + Send + 'static) -> std::io::Result<Self> {
        let (tx, jobs) = mpsc::channel::<(u64, SaveBatch)>();
        let (done, rx) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .name("saver".into())
            .spawn(move || {
                for (ticket, batch) in jobs {
                    let result = store.save(&batch);
                    match &result {
                        Ok(n) => log::info!("saved {n} file(s)"),
                        Err(e) => log::warn!("save failed: {e}"),
                    }
                    if done.send(SaveOutcome { ticket, result }).is_err() {
                        break;
                    }
                    wake();
                }
            })?;
        Ok(Self {
            tx: Some(tx),
            rx,
            worker: Some(worker),
            next_ticket: 0,
        })
    }

    /// Queues a save; returns its ticket, or `None` if the worker has stopped.
    pub fn submit(&mut self, batch: SaveBatch) -> Option<u64> {
        self.next_ticket += 1;
        let ticket = self.next_ticket;
        self.tx.as_ref()?.send((ticket, batch)).ok()?;
        Some(ticket)
    }

    /// A finished save, if one is waiting.
    #[must_use]
    pub fn poll(&self) -> Option<SaveOutcome> {
        self.rx.try_recv().ok()
    }

    /// Waits for every submitted save to finish, and returns their outcomes.
    #[must_use]
    pub fn finish(mut self) -> Vec<SaveOutcome> {
        self.shutdown();
        self.rx.try_iter().collect()
    }

    fn shutdown(&mut self) {
        self.tx = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.shutdown();
    }
}
