//! "Programme from your clinician…": the patient opens the programme file their clinician
//! saved, sees each change in plain words, and takes it up or declines it. The file is read
//! on a background thread. A signed programme shows who signed it; one not from the clinician
//! the app knows (another key, or no signature) needs the patient to confirm a warning.

use crate::handoff::Trust;
use crate::model::plan::changes;
use crate::record::{Change, Record};
use crate::review::programme_file::{self, ClinicianProgramme};
use crate::storage::fs::{Fs, RealFs};
use crate::storage::schema::MAX_FILE_BYTES;
use crate::t;
use crate::ui::command::Command;
use crate::ui::file_picker::{FilePicker, PickKind};
use crate::ui::task::Task;
use chrono::NaiveDate;
use egui::RichText;

/// A programme file read and compared with the patient's programme.
struct Offer {
    file: ClinicianProgramme,
    changes: Vec<String>,
    other_patient: Option<String>,
    /// Who signed it, against the clinician pinned.
    trust: Trust,
    /// The patient ticked that they checked a programme whose signer needs it.
    trust_confirmed: bool,
    /// For a file made for another patient: the patient has said it is theirs all the same.
    confirmed: bool,
}

/// The window's state.
pub struct ImportWindow {
    picker: FilePicker,
    reading: Option<Task<Result<ClinicianProgramme, String>>>,
    offer: Option<Offer>,
    message: Option<Result<String, String>>,
}

impl Default for ImportWindow {
    fn default() -> Self {
        Self {
            picker: FilePicker::new(PickKind::OpenFiles, t!("settings-import-dialog-title")),
            reading: None,
            offer: None,
            message: None,
        }
    }
}

impl ImportWindow {
    /// Whether a file is being read (tests wait for it).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.reading.is_some()
    }

    /// Draws the window; a programme taken up is in force from `today`.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        open: &mut bool,
        data: &Record,
        today: NaiveDate,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        self.poll(data);
        let mut close = false;
        egui::Window::new(t!("settings-import-title"))
            .max_width(crate::ui::theme::window_max_width(ctx))
            .open(open)
            .collapsible(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                ui.label(t!("settings-import-intro"));
                ui.label(t!("settings-import-file"));
                if self.picker.ui(ui, &t!("settings-import-file-name")) {
                    self.start_reading(ctx);
                }
                if ui
                    .add_enabled(
                        self.reading.is_none(),
                        egui::Button::new(t!("settings-import-open")),
                    )
                    .clicked()
                {
                    self.start_reading(ctx);
                }
                if self.reading.is_some() {
                    ui.spinner();
                }
                if let Some(offer) = &mut self.offer {
                    match offer_ui(ui, offer, data, today, can_write, commands) {
                        Choice::Took => {
                            close = true;
                            self.message = Some(Ok(t!("settings-import-taken-up")));
                        }
                        Choice::Declined => {
                            close = true;
                            self.message = Some(Ok(t!("settings-import-declined")));
                        }
                        Choice::None => {}
                    }
                }
                crate::ui::widgets::outcome_label(ui, self.message.as_ref());
            });
        if close {
            self.offer = None;
        }
    }

    fn start_reading(&mut self, ctx: &egui::Context) {
        let Some(path) = self.picker.paths().into_iter().next() else {
            self.message = Some(Err(t!("settings-import-no-path")));
            return;
        };
        self.offer = None;
        self.message = None;
        self.reading = Some(Task::spawn(
            "read-programme",
            &t!("settings-import-task-reading"),
            Some(ctx),
            move |_| {
                RealFs
                    .read_capped(&path, MAX_FILE_BYTES)
                    .map_err(|e| {
                        t!(
                            "settings-import-unreadable",
                            file = path.display().to_string(),
                            error = crate::storage::store::plain_io(&e)
                        )
                    })
                    .and_then(|bytes| {
                        programme_file::read(&bytes).map_err(|e| {
                            let mut text = e.to_string();
                            if let Some(first) = text.get_mut(0..1) {
                                first.make_ascii_uppercase();
                            }
                            format!("{text}.")
                        })
                    })
            },
        ));
    }

    fn poll(&mut self, data: &Record) {
        let Some(result) = self.reading.as_mut().and_then(Task::poll) else {
            return;
        };
        self.reading = None;
        match result.and_then(|r| r) {
            Ok(file) => {
                // The code the clinician saw: the patient code, or the pseudonym an export
                // carries when pseudonymised or when the diary has no code.
                let other_patient = data.profile().and_then(|p| {
                    // A file that names no patient is not flagged as someone else's.
                    let own = file.for_patient.trim().is_empty()
                        || crate::export::names_patient(p, &file.for_patient);
                    (!own).then(|| file.for_patient.clone())
                });
                self.offer = Some(Offer {
                    changes: changes(data.programme(), &file.programme),
                    other_patient,
                    trust: Trust::of(
                        file.signed_by.as_ref(),
                        data.programme_record().clinician.as_ref(),
                    ),
                    trust_confirmed: false,
                    confirmed: false,
                    file,
                });
            }
            Err(e) => self.message = Some(Err(e)),
        }
    }
}

/// What the patient chose.
enum Choice {
    None,
    Took,
    Declined,
}

/// Shows what the programme changes and the two choices.
fn offer_ui(
    ui: &mut egui::Ui,
    offer: &mut Offer,
    data: &Record,
    today: NaiveDate,
    can_write: bool,
    commands: &mut Vec<Command>,
) -> Choice {
    let dark = ui.visuals().dark_mode;
    ui.separator();
    ui.label(
        RichText::new(t!(
            "settings-import-offer",
            programme = offer.file.programme.name.as_str(),
            date = crate::i18n::format::long_date(
                crate::i18n::language(),
                offer.file.written_at.date_naive()
            )
        ))
        .strong(),
    );
    if let Some(other) = &offer.other_patient {
        ui.label(
            RichText::new(t!(
                "settings-import-other-patient",
                patient = other.as_str()
            ))
            .strong()
            .color(crate::ui::theme::warning_colour(dark)),
        );
        ui.checkbox(&mut offer.confirmed, t!("settings-import-confirm-for-me"));
    }
    trust_ui(ui, offer);
    if !offer.file.note.is_empty() {
        ui.label(t!("settings-import-note", note = offer.file.note.as_str()));
    }
    if offer.changes.is_empty() {
        ui.label(t!("settings-import-same"));
        return Choice::None;
    }
    ui.label(t!("settings-import-changes"));
    egui::ScrollArea::vertical()
        .id_salt("offer_changes")
        .max_height(220.0)
        .show(ui, |ui| {
            for c in &offer.changes {
                ui.label(format!("- {c}"));
            }
        });
    ui.label(RichText::new(t!("settings-import-applies-from-today")).weak());
    let same = *data.programme() == offer.file.programme;
    let for_me = offer.other_patient.is_none() || offer.confirmed;
    let allowed = !offer.trust.needs_confirmation() || offer.trust_confirmed;
    let mut choice = Choice::None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                can_write && !same && for_me && allowed,
                crate::ui::theme::primary_button(ui, &t!("settings-import-take-up")),
            )
            .on_disabled_hover_text(if for_me {
                t!("settings-import-nothing-to-take-up")
            } else {
                t!("settings-import-tick-first")
            })
            .clicked()
        {
            commands.push(Command::Change(Change::AdoptProgramme {
                programme: Box::new(offer.file.programme.clone()),
                from: today,
                pin: offer.trust.pins().cloned().map(Box::new),
            }));
            choice = Choice::Took;
        }
        if ui
            .button(t!("settings-import-decline"))
            .on_hover_text(t!("settings-import-decline-tooltip"))
            .clicked()
        {
            choice = Choice::Declined;
        }
    });
    choice
}

/// Who signed the programme, and the warning with its check box when it is not from the
/// clinician the app knows.
fn trust_ui(ui: &mut egui::Ui, offer: &mut Offer) {
    let dark = ui.visuals().dark_mode;
    let warning = crate::ui::theme::warning_colour(dark);
    match &offer.trust {
        Trust::FirstSigned(c) => {
            ui.label(
                RichText::new(t!("settings-import-signed-by", clinician = c.name.as_str()))
                    .color(crate::ui::theme::ok_colour(dark)),
            );
            ui.label(t!("settings-import-will-pin", clinician = c.name.as_str()));
        }
        Trust::SameClinician(c) => {
            ui.label(
                RichText::new(t!(
                    "settings-import-signed-same",
                    clinician = c.name.as_str()
                ))
                .color(crate::ui::theme::ok_colour(dark)),
            );
        }
        Trust::OtherClinician { pinned, signer } => {
            let (pinned, signer) = (pinned.name.clone(), signer.name.clone());
            crate::ui::theme::tone_card(ui, crate::ui::theme::Tone::Warning, |ui| {
                ui.label(
                    crate::ui::theme::title(t!("settings-import-other-clinician-title"))
                        .color(warning),
                );
                ui.label(t!(
                    "settings-import-other-clinician",
                    signer = signer.as_str(),
                    pinned = pinned.as_str()
                ));
                ui.checkbox(
                    &mut offer.trust_confirmed,
                    t!("settings-import-confirm-other", signer = signer.as_str()),
                );
            });
        }
        Trust::UnsignedWhilePinned(pinned) => {
            let pinned = pinned.name.clone();
            crate::ui::theme::tone_card(ui, crate::ui::theme::Tone::Warning, |ui| {
                ui.label(
                    crate::ui::theme::title(t!("settings-import-unsigned-title")).color(warning),
                );
                ui.label(t!(
                    "settings-import-unsigned-pinned",
                    pinned = pinned.as_str()
                ));
                ui.checkbox(
                    &mut offer.trust_confirmed,
                    t!("settings-import-confirm-unsigned"),
                );
            });
        }
        Trust::Unsigned => {
            ui.label(RichText::new(t!("settings-import-unsigned")).weak());
        }
    }
}
