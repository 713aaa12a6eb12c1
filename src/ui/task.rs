//! Work a window does on another thread (an export, reading a file, saving a programme,
//! opening patients' bundles), so a frame never waits for it. One type for every such job:
//! it starts the thread, carries its progress, wakes the window when there is news, and turns
//! a thread that died into a message in words.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// What a running job can report and be asked: its steps, whether to stop, and (for a
/// job that streams) what it has so far.
#[derive(Debug)]
pub struct Job<M = ()> {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    wake: Option<egui::Context>,
    messages: Option<Sender<M>>,
}

impl<M> Clone for Job<M> {
    fn clone(&self) -> Self {
        Self {
            done: Arc::clone(&self.done),
            total: Arc::clone(&self.total),
            cancel: Arc::clone(&self.cancel),
            wake: self.wake.clone(),
            messages: self.messages.clone(),
        }
    }
}

impl<M> Job<M> {
    fn new(wake: Option<&egui::Context>, messages: Option<Sender<M>>) -> Self {
        Self {
            done: Arc::default(),
            total: Arc::default(),
            cancel: Arc::default(),
            wake: wake.cloned(),
            messages,
        }
    }

    fn wake(&self) {
        if let Some(ctx) = &self.wake {
            ctx.request_repaint();
        }
    }

    /// Steps done out of `total`; the window redraws to show it.
    pub fn set(&self, done: usize, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(done, Ordering::Relaxed);
        self.wake();
    }

    /// Hands over part of the result before the end (a job that streams); the window takes
    /// it in on its next frame.
    pub fn send(&self, message: M) {
        if let Some(tx) = &self.messages {
            let _ = tx.send(message);
        }
        self.wake();
    }

    /// The counter of steps done, for work that counts on several threads.
    #[must_use]
    pub fn counter(&self) -> &AtomicUsize {
        &self.done
    }

    /// Whether the window asked the job to stop.
    #[must_use]
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The flag a job checks to stop early.
    #[must_use]
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel
    }
}

/// A job running on its own thread, whose result is a `T`; one that streams hands over
/// `M`s as it goes.
#[derive(Debug)]
pub struct Task<T, M = ()> {
    what: String,
    rx: Option<Receiver<T>>,
    messages: Option<Receiver<M>>,
    job: Job<M>,
    failed_to_start: Option<String>,
}

impl<T: Send + 'static> Task<T> {
    /// Starts `work` on a thread named `name`. `what` names the job in messages ("the
    /// export"); `wake` redraws the window when the job reports or ends.
    pub fn spawn(
        name: &str,
        what: &str,
        wake: Option<&egui::Context>,
        work: impl FnOnce(&Job) -> T + Send + 'static,
    ) -> Self {
        Self::start(name, what, Job::new(wake, None), None, work)
    }
}

impl<T: Send + 'static, M: Send + 'static> Task<T, M> {
    /// As [`Task::spawn`], for work that hands over parts of its result as it goes
    /// ([`Job::send`], taken with [`Self::messages`]).
    pub fn spawn_streaming(
        name: &str,
        what: &str,
        wake: Option<&egui::Context>,
        work: impl FnOnce(&Job<M>) -> T + Send + 'static,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        Self::start(name, what, Job::new(wake, Some(tx)), Some(rx), work)
    }

    fn start(
        name: &str,
        what: &str,
        job: Job<M>,
        messages: Option<Receiver<M>>,
        work: impl FnOnce(&Job<M>) -> T + Send + 'static,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let thread_job = job.clone();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let result = work(&thread_job);
                // Drop the sender of messages first, so everything sent is seen before the end.
                let wake = thread_job.wake.clone();
                drop(thread_job);
                let _ = tx.send(result);
                if let Some(ctx) = &wake {
                    ctx.request_repaint();
                }
            });
        let (rx, failed_to_start) = match spawned {
            Ok(_) => (Some(rx), None),
            Err(e) => (
                None,
                Some(crate::t!(
                    "settings-task-could-not-start",
                    what = what,
                    error = e.to_string()
                )),
            ),
        };
        Self {
            what: what.to_owned(),
            rx,
            messages,
            job,
            failed_to_start,
        }
    }

    /// What the job has handed over since the last call.
    #[must_use]
    pub fn messages(&self) -> Vec<M> {
        self.messages
            .as_ref()
            .map(|rx| rx.try_iter().collect())
            .unwrap_or_default()
    }

    /// The result once the job has ended: `Ok` with what it returned, or `Err` in words when
    /// it could not start or stopped unexpectedly. `None` while it runs (and after the
    /// result was taken).
    pub fn poll(&mut self) -> Option<Result<T, String>> {
        if let Some(e) = self.failed_to_start.take() {
            return Some(Err(e));
        }
        let rx = self.rx.as_ref()?;
        match rx.try_recv() {
            Ok(result) => {
                self.rx = None;
                Some(Ok(result))
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.rx = None;
                let what = super::words::capitalise(&self.what);
                Some(Err(crate::t!("settings-task-stopped", what = what)))
            }
        }
    }

    /// Whether the job is still running (or its result not yet taken).
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.rx.is_some() || self.failed_to_start.is_some()
    }

    /// Steps done and the total, as the job last reported them.
    #[must_use]
    pub fn steps(&self) -> (usize, usize) {
        (
            self.job.done.load(Ordering::Relaxed),
            self.job.total.load(Ordering::Relaxed),
        )
    }

    /// Asks the job to stop early; it returns what it has.
    pub fn cancel(&self) {
        self.job.cancel.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn wait<T: Send + 'static>(task: &mut Task<T>) -> Result<T, String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(result) = task.poll() {
                return result;
            }
            assert!(Instant::now() < deadline, "the task did not end");
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn a_task_returns_its_result_and_reports_progress() {
        let mut task = Task::spawn("test", "the sum", None, |p| {
            p.set(1, 2);
            (1..=10).sum::<u32>()
        });
        assert_eq!(wait(&mut task), Ok(55));
        assert_eq!(task.steps(), (1, 2));
        assert!(!task.is_running());
        assert_eq!(task.poll(), None, "the result is given once");
    }

    #[test]
    fn a_task_that_dies_says_so_in_words() {
        let mut task: Task<u32> = Task::spawn("test", "the export", None, |_| {
            std::panic::panic_any("boom");
        });
        assert_eq!(
            wait(&mut task),
            Err("The export stopped unexpectedly.".to_owned())
        );
    }

    #[test]
    fn a_streaming_task_hands_over_everything_before_its_end() {
        let mut task: Task<usize, u32> = Task::spawn_streaming("test", "the count", None, |job| {
            for n in 0..50 {
                job.send(n);
            }
            50
        });
        let mut got = Vec::new();
        let end = loop {
            got.extend(task.messages());
            if let Some(result) = task.poll() {
                got.extend(task.messages());
                break result;
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        assert_eq!(end, Ok(50));
        assert_eq!(got, (0..50).collect::<Vec<u32>>());
    }

    #[test]
    fn a_task_can_be_asked_to_stop() {
        let mut task = Task::spawn("test", "the count", None, |p| {
            let mut n = 0_u64;
            while !p.cancelled() {
                n += 1;
                std::thread::sleep(Duration::from_millis(1));
            }
            n
        });
        task.cancel();
        assert!(wait(&mut task).is_ok());
    }
}
