//! Export for the physiotherapist: choose a format and a range, write the file on a
//! background thread, so the window never blocks.

use crate::export::{DateRange, ExportInput, ExportOptions, Format, prepare, write_to_path};
use crate::ui::app::Data;
use chrono::NaiveDate;
use egui::RichText;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};

/// The Export window's state.
#[derive(Debug)]
pub struct ExportWindow {
    format: Format,
    pseudonymise: bool,
    from_text: String,
    to_text: String,
    path_text: String,
    running: Option<Receiver<Result<String, String>>>,
    message: Option<Result<String, String>>,
}

impl Default for ExportWindow {
    fn default() -> Self {
        Self {
            format: Format::Report,
            pseudonymise: false,
            from_text: String::new(),
            to_text: String::new(),
            path_text: String::new(),
            running: None,
            message: None,
        }
    }
}

fn parse_day(text: &str) -> Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            format!("'{text}' is not a date: write it as year-month-day, such as 2026-11-24.")
        })
}

impl ExportWindow {
    /// Whether an export is being written.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    fn default_path(&self, today: NaiveDate) -> String {
        let dir = directories::UserDirs::new()
            .and_then(|u| {
                u.document_dir()
                    .map(std::path::Path::to_path_buf)
                    .or_else(|| Some(u.home_dir().to_path_buf()))
            })
            .unwrap_or_default();
        dir.join(self.format.default_name(today))
            .display()
            .to_string()
    }

    /// Draws the window.
    pub fn window(&mut self, ctx: &egui::Context, open: &mut bool, data: &Data, today: NaiveDate) {
        if let Some(rx) = &self.running {
            match rx.try_recv() {
                Ok(result) => {
                    self.message = Some(result);
                    self.running = None;
                }
                Err(mpsc::TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                }
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.message = Some(Err("The export stopped unexpectedly.".into()));
                    self.running = None;
                }
            }
        }
        if self.path_text.is_empty() {
            self.path_text = self.default_path(today);
        }
        egui::Window::new("Export for your physiotherapist").open(open).collapsible(false).default_width(560.0).show(ctx, |ui| {
            ui.label("Choose what to send. Everything is written to a file on this computer; nothing is sent anywhere.");
            for format in Format::ALL {
                if ui.radio_value(&mut self.format, format, format.label()).clicked() {
                    self.path_text = self.default_path(today);
                }
            }
            ui.checkbox(&mut self.pseudonymise, "Leave out my name and my notes (use a code instead)");
            ui.horizontal(|ui| {
                ui.label("From");
                ui.add(egui::TextEdit::singleline(&mut self.from_text).hint_text("the start").desired_width(110.0)).accessible_name("Export from date");
                ui.label("to");
                ui.add(egui::TextEdit::singleline(&mut self.to_text).hint_text("today").desired_width(110.0)).accessible_name("Export to date");
            });
            ui.label(if self.format.is_folder() { "Folder to write into" } else { "File to write" });
            ui.add(egui::TextEdit::singleline(&mut self.path_text).desired_width(f32::INFINITY)).accessible_name("Export path");
            let busy = self.running.is_some();
            if ui.add_enabled(!busy, egui::Button::new(RichText::new("Export").strong())).clicked() {
                self.start(data);
            }
            if busy {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Exporting…");
                });
            }
            match &self.message {
                Some(Ok(m)) => {
                    ui.label(RichText::new(m).color(crate::ui::theme::ok_colour(ui.visuals().dark_mode)));
                }
                Some(Err(m)) => {
                    ui.label(RichText::new(m).color(crate::ui::theme::warning_colour(ui.visuals().dark_mode)));
                }
                None => {}
            }
        });
    }

    fn start(&mut self, data: &Data) {
        let range = match (parse_day(&self.from_text), parse_day(&self.to_text)) {
            (Ok(from), Ok(to)) => DateRange { from, to },
            (Err(e), _) | (_, Err(e)) => {
                self.message = Some(Err(e));
                return;
            }
        };
        if range.is_reversed() {
            self.message = Some(Err("The first day is after the last day.".into()));
            return;
        }
        let options = ExportOptions {
            range,
            pseudonymise: self.pseudonymise,
            ..ExportOptions::now()
        };
        // Copying out the data is quick; filtering, charts and writing happen on the thread.
        let (profile, programme, journal) = (
            data.profile.clone(),
            data.programme.clone(),
            data.journal.clone(),
        );
        let earlier = data.earlier_programmes.clone();
        let (format, path) = (self.format, PathBuf::from(self.path_text.trim()));
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let prepared = prepare(
                    &ExportInput {
                        profile: profile.as_ref(),
                        programme: Some(&programme),
                        earlier_programmes: &earlier,
                        journal: &journal,
                    },
                    &options,
                );
                let result = write_to_path(format, &prepared, &path)
                    .map(|w| format!("Saved {} ({} bytes).", path.display(), w.bytes))
                    .map_err(|e| format!("Could not export: {e}"));
                let _ = tx.send(result);
            });
        match spawned {
            Ok(_) => {
                self.running = Some(rx);
                self.message = None;
            }
            Err(e) => self.message = Some(Err(format!("Could not start the export: {e}"))),
        }
    }
}
