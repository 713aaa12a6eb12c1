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
            picker: FilePicker::new(
                PickKind::OpenFiles,
                "Open the programme from your clinician",
            ),
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
        egui::Window::new("Programme from your clinician")
            .open(open)
            .collapsible(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                ui.label("Your clinician can send you an adjusted programme as a file. Open it here to see what it changes; nothing changes unless you take it up.");
                ui.label("Programme file");
                if self.picker.ui(ui, "Programme file to open") {
                    self.start_reading(ctx);
                }
                if ui
                    .add_enabled(self.reading.is_none(), egui::Button::new("Open"))
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
                            self.message = Some(Ok("Your programme was changed. You can undo this with Ctrl+Z.".into()));
                        }
                        Choice::Declined => {
                            close = true;
                            self.message = Some(Ok("Declined: your programme is unchanged.".into()));
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
            self.message = Some(Err("Give the programme file's name, or choose it.".into()));
            return;
        };
        self.offer = None;
        self.message = None;
        self.reading = Some(Task::spawn(
            "read-programme",
            "reading the file",
            Some(ctx),
            move |_| {
                RealFs
                    .read_capped(&path, MAX_FILE_BYTES)
                    .map_err(|e| {
                        format!(
                            "{} could not be read: {}",
                            path.display(),
                            crate::storage::store::plain_io(&e)
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
        RichText::new(format!(
            "\"{}\", saved by your clinician on {}",
            offer.file.programme.name,
            offer.file.written_at.format("%Y-%m-%d")
        ))
        .strong(),
    );
    if let Some(other) = &offer.other_patient {
        ui.label(
            RichText::new(format!(
                "This file was made for patient {other}, not for you. Check with your clinician before taking it up."
            ))
            .strong()
            .color(crate::ui::theme::warning_colour(dark)),
        );
        ui.checkbox(
            &mut offer.confirmed,
            "My clinician told me this programme is for me",
        );
    }
    trust_ui(ui, offer);
    if !offer.file.note.is_empty() {
        ui.label(format!("Note from your clinician: {}", offer.file.note));
    }
    if offer.changes.is_empty() {
        ui.label("It is the same as the programme you have now: there is nothing to take up.");
        return Choice::None;
    }
    ui.label("What it changes:");
    egui::ScrollArea::vertical()
        .id_salt("offer_changes")
        .max_height(220.0)
        .show(ui, |ui| {
            for c in &offer.changes {
                ui.label(format!("- {c}"));
            }
        });
    ui.label(
        RichText::new("If you take it up, it applies from today. Your earlier days are still judged by the programme you had then.")
            .weak(),
    );
    let same = *data.programme() == offer.file.programme;
    let for_me = offer.other_patient.is_none() || offer.confirmed;
    let allowed = !offer.trust.needs_confirmation() || offer.trust_confirmed;
    let mut choice = Choice::None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                can_write && !same && for_me && allowed,
                crate::ui::theme::primary_button(ui, "Take up this programme"),
            )
            .on_disabled_hover_text(if for_me {
                "Nothing to take up"
            } else {
                "First tick that your clinician told you this programme is for you"
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
            .button("Decline")
            .on_hover_text("Keep your programme as it is")
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
                RichText::new(format!("Signed by {}.", c.name))
                    .color(crate::ui::theme::ok_colour(dark)),
            );
            ui.label(format!(
                "If you take it up, the app remembers {} as your clinician: later programmes must be signed by them, and your exports can be locked so only they can open them.",
                c.name
            ));
        }
        Trust::SameClinician(c) => {
            ui.label(
                RichText::new(format!(
                    "Signed by {}, your clinician: the signature matches.",
                    c.name
                ))
                .color(crate::ui::theme::ok_colour(dark)),
            );
        }
        Trust::OtherClinician { pinned, signer } => {
            let (pinned, signer) = (pinned.name.clone(), signer.name.clone());
            crate::ui::theme::tone_card(ui, crate::ui::theme::Tone::Warning, |ui| {
                ui.label(crate::ui::theme::title("Not from your usual clinician").color(warning));
                ui.label(format!(
                        "This programme is signed by \"{signer}\", with a different key from {pinned}, the clinician whose programmes you took up before. It may not come from your clinician. Check with {pinned} before you take it up."
                    ));
                ui.checkbox(
                    &mut offer.trust_confirmed,
                    format!("I have checked: take it up, and make {signer} my clinician"),
                );
            });
        }
        Trust::UnsignedWhilePinned(pinned) => {
            let pinned = pinned.name.clone();
            crate::ui::theme::tone_card(ui, crate::ui::theme::Tone::Warning, |ui| {
                ui.label(crate::ui::theme::title("This programme is not signed").color(warning));
                ui.label(format!(
                        "Programmes from {pinned} are signed, and this one is not, so the app cannot tell who wrote it. Check with {pinned} before you take it up."
                    ));
                ui.checkbox(
                    &mut offer.trust_confirmed,
                    "I have checked with my clinician: take it up anyway",
                );
            });
        }
        Trust::Unsigned => {
            ui.label(
                RichText::new("This programme is not signed, so the app cannot tell who wrote it.")
                    .weak(),
            );
        }
    }
}
