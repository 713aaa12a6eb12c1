//! The next-morning question: the day after a session, how much pain there is this morning,
//! which tells whether the session settled overnight (clinical reference §3).

use crate::model::{EntryId, Pain};
use crate::record::{Change, Record};
use crate::ui::command::Command;
use chrono::NaiveDate;
use egui::RichText;

/// The question's state: the sessions not asked about again today, and the score chosen.
#[derive(Debug, Default)]
pub struct NextMorningPrompt {
    skipped: Vec<EntryId>,
    choice: Option<u8>,
}

impl NextMorningPrompt {
    /// Not asked again about this session while the app is open.
    pub fn skip(&mut self, session_id: EntryId) {
        self.skipped.push(session_id);
    }

    /// Asks once, the day after a session, how the pain is this morning.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        record: &Record,
        today: NaiveDate,
        commands: &mut Vec<Command>,
    ) {
        let Some(yesterday) = today.pred_opt() else {
            return;
        };
        let Some(session) = record.journal().session_on(yesterday) else {
            return;
        };
        if session.next_morning_pain.is_some() || self.skipped.contains(&session.id) {
            return;
        }
        let session_id = session.id;
        let modal = egui::Modal::new(egui::Id::unique("next_morning")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(crate::t!("settings-morning-title"));
            ui.label(crate::t!("settings-morning-question"));
            ui.label(RichText::new(crate::t!("settings-morning-hint")).weak());
            crate::ui::widgets::pain_scale(
                ui,
                &crate::t!("settings-morning-pain"),
                &mut self.choice,
            );
            ui.horizontal(|ui| {
                let save = ui.add_enabled(
                    self.choice.is_some(),
                    egui::Button::new(crate::t!("settings-morning-save")),
                );
                if save.clicked()
                    && let Some(pain) = self.choice.and_then(|p| Pain::new(i64::from(p)).ok())
                {
                    commands.push(Command::Change(Change::SetNextMorning { session_id, pain }));
                    self.choice = None;
                }
                if ui.button(crate::t!("settings-morning-not-now")).clicked() {
                    commands.push(Command::SkipNextMorning(session_id));
                }
            });
        });
        if modal.should_close() {
            commands.push(Command::SkipNextMorning(session_id));
        }
    }
}
