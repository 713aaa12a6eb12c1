//! The analysis of the record as of today ([`crate::analysis::progress`]: the status,
//! adherence, each session's light), worked out once per change on another thread, so the
//! frame in which a change lands stays cheap with years of history. Every screen reads the
//! one result; until a newer one is ready they show the last.

use crate::analysis::Progress;
use crate::record::Record;
use crate::ui::task::Task;
use chrono::NaiveDate;
use std::sync::Arc;

/// What the analysis is worked out for: the record's version and the day.
type Key = (u64, NaiveDate);

/// The analysis the screens show, and the one being worked out.
#[derive(Debug, Default)]
pub struct Assessment {
    current: Option<(Key, Arc<Progress>)>,
    running: Option<(Key, Task<Option<Progress>>)>,
    generation: u64,
}

impl Assessment {
    /// Takes in a finished analysis and starts one for the record as it is now, when that
    /// is not the one shown or under way. Nothing is worked out until the whole journal is
    /// read.
    pub fn refresh(&mut self, record: &Record, today: NaiveDate, ctx: Option<&egui::Context>) {
        if let Some((key, task)) = &mut self.running
            && let Some(result) = task.poll()
        {
            let key = *key;
            self.running = None;
            match result {
                Ok(Some(progress)) => {
                    self.current = Some((key, Arc::new(progress)));
                    self.generation += 1;
                }
                Ok(None) => {}
                Err(e) => log::error!("{e}"),
            }
        }
        let key = (record.version(), today);
        let shown = self.current.as_ref().map(|(k, _)| *k);
        let under_way = self.running.as_ref().map(|(k, _)| *k);
        // Nothing to work out before set-up, and nothing until the whole journal is read.
        if record.profile().is_none()
            || !record.is_complete()
            || shown == Some(key)
            || under_way.is_some()
        {
            return;
        }
        // A copy of the diary shares its months: it costs a pointer per month.
        let diary = record.diary().clone();
        let task = Task::spawn(
            "analysis",
            &crate::t!("settings-task-progress"),
            ctx,
            move |_| {
                diary.profile().map(|p| {
                    crate::analysis::progress(p, diary.programmes(), diary.journal(), today)
                })
            },
        );
        self.running = Some((key, task));
    }

    /// The last analysis worked out, if any yet.
    #[must_use]
    pub fn progress(&self) -> Option<&Progress> {
        self.current.as_ref().map(|(_, p)| p.as_ref())
    }

    /// Goes up each time a newer analysis arrives, so screens keep what they draw from it.
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether an analysis is being worked out.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }
}
