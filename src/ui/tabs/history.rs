//! History: every entry, newest first. Only the rows on screen are laid out, and the row
//! index is rebuilt only when the journal changes, so ten years scroll as smoothly as a week.

use crate::analysis::traffic_light::{SessionLight, daily_worst, morning_scores, session_light};
use crate::model::{DiaryEntry, EntryRef, Event, Journal, Session, YearMonth};
use crate::ui::app::Data;
use chrono::NaiveDate;
use egui::RichText;
use std::fmt::Write as _;

/// Which list an entry is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Session,
    Diary,
    Event,
}

/// One row: where to find its entry.
#[derive(Debug, Clone, Copy)]
struct Row {
    month: YearMonth,
    kind: Kind,
    index: usize,
    light: Option<SessionLight>,
}

/// The History screen's state.
#[derive(Debug, Default)]
pub struct HistoryScreen {
    rows: Vec<Row>,
    built_for: u64,
}

impl HistoryScreen {
    fn rebuild(&mut self, data: &Data) {
        let journal = &data.journal;
        let mornings = morning_scores(journal);
        let worst = daily_worst(journal);
        self.rows.clear();
        for (ym, _) in journal.months().iter().rev() {
            for entry in journal.entries_newest_first(*ym) {
                let month = journal.month(*ym);
                let (kind, index, light) = match entry {
                    EntryRef::Session(s) => (
                        Kind::Session,
                        position(month.map(|m| m.sessions.as_slice()), |x| x.id == s.id),
                        session_light(s, &data.programme.pain_bands, &mornings, &worst),
                    ),
                    EntryRef::Diary(d) => (
                        Kind::Diary,
                        position(month.map(|m| m.diary.as_slice()), |x| x.id == d.id),
                        None,
                    ),
                    EntryRef::Event(e) => (
                        Kind::Event,
                        position(month.map(|m| m.events.as_slice()), |x| x.id == e.id),
                        None,
                    ),
                };
                self.rows.push(Row {
                    month: *ym,
                    kind,
                    index,
                    light,
                });
            }
        }
        self.built_for = data.version;
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &Data, _today: NaiveDate) {
        if self.built_for != data.version {
            self.rebuild(data);
        }
        ui.heading("History");
        let (s, d, e) = data.journal.counts();
        ui.label(
            RichText::new(format!(
                "{s} sessions, {d} diary entries, {e} events. Newest first."
            ))
            .weak(),
        );
        ui.add_space(6.0);
        if self.rows.is_empty() {
            ui.label("Nothing logged yet. Your sessions and diary entries will appear here.");
            return;
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, self.rows.len(), |ui, range| {
                for row in &self.rows[range] {
                    ui.horizontal(|ui| {
                        ui.set_height(row_height);
                        row_ui(ui, &data.journal, row);
                    });
                }
            });
    }
}

fn position<T>(items: Option<&[T]>, pred: impl Fn(&T) -> bool) -> usize {
    items
        .and_then(|items| items.iter().position(pred))
        .unwrap_or(usize::MAX)
}

fn row_ui(ui: &mut egui::Ui, journal: &Journal, row: &Row) {
    let Some(month) = journal.month(row.month) else {
        return;
    };
    match row.kind {
        Kind::Session => {
            if let Some(s) = month.sessions.get(row.index) {
                ui.label(RichText::new(date_text(s.date, s.time)).monospace());
                ui.label(session_summary(s));
                if let Some(light) = &row.light {
                    crate::ui::widgets::light_badge(ui, light);
                }
            }
        }
        Kind::Diary => {
            if let Some(d) = month.diary.get(row.index) {
                ui.label(RichText::new(date_text(d.date, d.time)).monospace());
                ui.label(diary_summary(d));
            }
        }
        Kind::Event => {
            if let Some(e) = month.events.get(row.index) {
                ui.label(RichText::new(date_text(e.date, e.time)).monospace());
                ui.label(event_summary(e));
            }
        }
    }
}

fn date_text(date: NaiveDate, time: chrono::NaiveTime) -> String {
    format!("{} {}", date.format("%a %d %b %Y"), time.format("%H:%M"))
}

fn session_summary(s: &Session) -> String {
    let sets: usize = s.exercises.iter().map(|e| e.sets.len()).sum();
    let mut text = format!("Session: {} exercises, {sets} sets", s.exercises.len());
    if let Some(p) = s.max_pain_during() {
        let _ = write!(text, ", pain during up to {p}");
    }
    if let Some(m) = s.next_morning_pain {
        let _ = write!(text, ", next morning {m}");
    }
    text
}

/// A diary entry in one line.
#[must_use]
pub fn diary_summary(d: &DiaryEntry) -> String {
    let mut text = format!(
        "Diary: pain now {}, worst in 24 h {}",
        d.pain_now, d.worst_24h
    );
    if let Some(m) = d.sitting_mins {
        let _ = write!(text, ", sitting {m} min");
    }
    if d.day_state != crate::model::DayState::Normal {
        let _ = write!(text, ", {}", d.day_state.label().to_lowercase());
    }
    if !d.note.is_empty() {
        let _ = write!(text, " · “{}”", d.note);
    }
    text
}

fn event_summary(e: &Event) -> String {
    let mut text = e.kind.label().to_owned();
    if let crate::model::EventKind::Injection {
        side: Some(side), ..
    } = e.kind
    {
        let _ = write!(text, ", {} side", side.word());
    }
    if !e.note.is_empty() {
        let _ = write!(text, " · {}", e.note);
    }
    text
}
