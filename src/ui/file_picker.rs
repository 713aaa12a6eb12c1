//! A path field with a "Choose…" button that opens the desktop's own file dialog (through
//! the XDG desktop portal) on a background thread, so the window never waits for it. Where
//! no dialog is available the field still takes a typed path.

use crate::ui::task::Task;
use std::path::PathBuf;

/// The user's Documents folder (or home folder), where files are offered to be saved.
#[must_use]
pub fn documents_dir() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .map(std::path::Path::to_path_buf)
                .or_else(|| Some(u.home_dir().to_path_buf()))
        })
        .unwrap_or_default()
}

/// A patient code made safe for a file name (letters, digits and dashes kept).
#[must_use]
pub fn safe_name(code: &str) -> String {
    code.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// What the dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickKind {
    /// Choose a file to write.
    SaveFile,
    /// Choose a folder to write into or read from.
    Folder,
    /// Choose one or more files to open.
    OpenFiles,
}

/// A path field and its dialog.
#[derive(Debug)]
pub struct FilePicker {
    /// The path as typed or chosen (several, one per line, for [`PickKind::OpenFiles`]).
    pub text: String,
    kind: PickKind,
    title: String,
    pending: Option<(Task<Option<Vec<PathBuf>>>, std::time::Instant)>,
    unavailable: bool,
    several: bool,
}

impl FilePicker {
    /// A picker for `kind`, its dialog titled `title`.
    #[must_use]
    pub fn new(kind: PickKind, title: impl Into<String>) -> Self {
        Self {
            text: String::new(),
            kind,
            title: title.into(),
            pending: None,
            unavailable: false,
            several: kind == PickKind::OpenFiles,
        }
    }

    /// Takes several paths, one per line, whatever the dialog picks.
    #[must_use]
    pub fn several(mut self) -> Self {
        self.several = true;
        self
    }

    /// Switches what the dialog picks (a file or a folder).
    pub fn set_kind(&mut self, kind: PickKind) {
        self.kind = kind;
    }

    /// The paths in the field, one per line, blank lines left out.
    #[must_use]
    pub fn paths(&self) -> Vec<PathBuf> {
        self.text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect()
    }

    /// Draws the field (named `label` for screen readers) and the button; returns true
    /// when a path was just chosen in the dialog.
    pub fn ui(&mut self, ui: &mut egui::Ui, label: &str) -> bool {
        let mut chosen = false;
        if let Some((task, opened)) = &mut self.pending
            && let Some(result) = task.poll()
        {
            match result {
                Ok(Some(paths)) => {
                    self.text = paths
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join("\n");
                    chosen = true;
                }
                // Nobody closes a dialog this fast: there was none to show.
                Ok(None) => {
                    self.unavailable = opened.elapsed() < std::time::Duration::from_millis(400);
                }
                Err(_) => self.unavailable = true,
            }
            self.pending = None;
        }
        ui.horizontal(|ui| {
            let button_width = 110.0;
            let width = (ui.available_width() - button_width).max(120.0);
            let edit = if self.several {
                egui::TextEdit::multiline(&mut self.text).desired_rows(1)
            } else {
                egui::TextEdit::singleline(&mut self.text)
            };
            ui.add(edit.desired_width(width)).accessible_name(label);
            let busy = self.pending.is_some();
            if ui
                .add_enabled(!busy, egui::Button::new(crate::t!("settings-file-choose")))
                .on_hover_text(crate::t!("settings-file-choose-tooltip"))
                .clicked()
            {
                self.open_dialog(ui.ctx());
            }
        });
        if self.unavailable {
            ui.label(egui::RichText::new(crate::t!("settings-file-no-dialog")).weak());
        }
        chosen
    }

    fn open_dialog(&mut self, ctx: &egui::Context) {
        let (kind, title) = (self.kind, self.title.clone());
        let current = self.paths().into_iter().next();
        let task = Task::spawn(
            "file-dialog",
            &crate::t!("settings-file-task-dialog"),
            Some(ctx),
            move |_| {
                let mut dialog = rfd::FileDialog::new().set_title(title);
                if let Some(current) = &current {
                    let dir = if current.is_dir() {
                        Some(current.as_path())
                    } else {
                        current.parent()
                    };
                    if let Some(dir) = dir.filter(|d| d.is_dir()) {
                        dialog = dialog.set_directory(dir);
                    }
                    if kind == PickKind::SaveFile
                        && let Some(name) = current.file_name()
                    {
                        dialog = dialog.set_file_name(name.to_string_lossy());
                    }
                }
                match kind {
                    PickKind::SaveFile => dialog.save_file().map(|p| vec![p]),
                    PickKind::Folder => dialog.pick_folder().map(|p| vec![p]),
                    PickKind::OpenFiles => dialog.pick_files(),
                }
            },
        );
        self.pending = Some((task, std::time::Instant::now()));
    }
}
