//! "Your keys" in the review window: the clinician chooses their identity file once (its
//! path is remembered, the key itself never copied), or makes a new key pair. Encrypted
//! exports open with the identity; programmes are signed with the signing key beside it.

use crate::handoff::keys::{self, IDENTITY_FILE};
use crate::t;
use crate::ui::file_picker::{FilePicker, PickKind};
use egui::RichText;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Where the identity file's path is remembered between runs (egui's persisted memory,
/// which eframe saves with the window's settings).
fn memory_id() -> egui::Id {
    egui::Id::unique("review_identity_path")
}

/// The keys panel's state.
pub struct KeysPanel {
    identity: Option<PathBuf>,
    restored: bool,
    picker: FilePicker,
    folder: FilePicker,
    name: String,
    making: Option<Receiver<Result<(PathBuf, String), String>>>,
    message: Option<Result<String, String>>,
}

impl Default for KeysPanel {
    fn default() -> Self {
        let mut folder = FilePicker::new(PickKind::Folder, t!("review-keys-folder-title"));
        folder.text = crate::ui::file_picker::documents_dir()
            .join("rehab-tracker-keys")
            .display()
            .to_string();
        Self {
            identity: None,
            restored: false,
            picker: FilePicker::new(PickKind::OpenFiles, t!("review-keys-identity-title")),
            folder,
            name: String::new(),
            making: None,
            message: None,
        }
    }
}

impl KeysPanel {
    /// The identity file chosen, if any.
    #[must_use]
    pub fn identity(&self) -> Option<&Path> {
        self.identity.as_deref()
    }

    /// The folder of the signing key: the identity file's.
    #[must_use]
    pub fn signing_folder(&self) -> Option<PathBuf> {
        self.identity.as_deref().map(keys::folder_of)
    }

    /// Whether keys are being made (tests wait for it).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.making.is_some()
    }

    fn set_identity(&mut self, ctx: &egui::Context, path: PathBuf) {
        ctx.data_mut(|d| d.insert_persisted(memory_id(), path.display().to_string()));
        self.picker.text = path.display().to_string();
        self.identity = Some(path);
    }

    /// Draws the panel; true when the identity file changed (the caseload is read again).
    pub fn ui(&mut self, ui: &mut egui::Ui) -> bool {
        let ctx = ui.ctx().clone();
        let mut changed = false;
        if !self.restored {
            self.restored = true;
            if let Some(text) = ctx.data_mut(|d| d.get_persisted::<String>(memory_id())) {
                self.picker.text.clone_from(&text);
                self.identity = Some(PathBuf::from(text));
            }
        }
        if let Some(rx) = &self.making {
            match rx.try_recv() {
                Ok(Ok((identity, text))) => {
                    self.making = None;
                    self.message = Some(Ok(text));
                    self.set_identity(&ctx, identity);
                    changed = true;
                }
                Ok(Err(e)) => {
                    self.making = None;
                    self.message = Some(Err(e));
                }
                Err(TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                }
                Err(TryRecvError::Disconnected) => {
                    self.making = None;
                    self.message = Some(Err(t!("review-keys-stopped")));
                }
            }
        }
        let open = self.identity.is_none();
        egui::CollapsingHeader::new(RichText::new(t!("review-keys-heading")).strong())
            .id_salt("review_keys")
            .default_open(open)
            .show(ui, |ui| {
                match &self.identity {
                    Some(path) => {
                        ui.label(t!("review-keys-chosen", path = path.display().to_string()))
                    }
                    None => ui.label(t!("review-keys-none")),
                };
                ui.label(t!("review-keys-identity"));
                if self.picker.ui(ui, &t!("review-keys-identity-name")) {
                    changed |= self.use_picked(&ctx);
                }
                if ui.button(t!("review-keys-use")).clicked() {
                    changed |= self.use_picked(&ctx);
                }
                ui.add_space(crate::ui::theme::space::S);
                ui.label(t!("review-keys-make-intro"));
                ui.horizontal(|ui| {
                    ui.label(t!("review-keys-your-name"));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.name)
                            .hint_text(t!("review-keys-name-hint"))
                            .desired_width(260.0),
                    )
                    .accessible_name(t!("review-keys-name-name"));
                });
                ui.label(t!("review-keys-folder"));
                self.folder.ui(ui, &t!("review-keys-folder-name"));
                if ui
                    .add_enabled(
                        self.making.is_none(),
                        egui::Button::new(t!("review-keys-make")),
                    )
                    .clicked()
                {
                    self.start_making();
                }
                crate::ui::widgets::outcome_label(ui, self.message.as_ref());
            });
        changed
    }

    fn use_picked(&mut self, ctx: &egui::Context) -> bool {
        let Some(path) = self.picker.paths().into_iter().next() else {
            self.message = Some(Err(t!("review-keys-identity-missing")));
            return false;
        };
        self.message = None;
        self.set_identity(ctx, path);
        true
    }

    fn start_making(&mut self) {
        let Some(dir) = self.folder.paths().into_iter().next() else {
            self.message = Some(Err(t!("review-keys-folder-missing")));
            return;
        };
        let name = self.name.trim().to_owned();
        if let Err(e) = keys::check_name(&name) {
            self.message = Some(Err(t!("review-keys-name-first", error = e)));
            return;
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("make-keys".into())
            .spawn(move || {
                let created =
                    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
                let result = keys::generate(&dir, Some(&name), &created)
                    .map(|made| {
                        (
                            dir.join(IDENTITY_FILE),
                            t!(
                                "review-keys-made",
                                name = made.clinician.name.as_str(),
                                folder = dir.display().to_string()
                            ),
                        )
                    })
                    .map_err(|e| t!("review-keys-not-made", error = e.to_string()));
                let _ = tx.send(result);
            });
        match spawned {
            Ok(_) => {
                self.making = Some(rx);
                self.message = None;
            }
            Err(e) => {
                self.message = Some(Err(t!("review-keys-not-started", error = e.to_string())));
            }
        }
    }
}
