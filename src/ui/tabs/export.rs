//! Export for the physiotherapist: choose a format and a range, preview the report, and
//! write the file on a background thread with its progress shown, so the window never
//! blocks. Once a clinician is pinned, the export is encrypted for them unless the patient
//! unticks it.

use crate::export::{
    DateRange, ExportOptions, Format, prepare, steps, write_encrypted_with, write_to_path_with,
};
use crate::record::{Diary, Record};
use crate::t;
use crate::ui::file_picker::{FilePicker, PickKind};
use crate::ui::report_preview::ReportOutline;
use crate::ui::task::Task;
use chrono::NaiveDate;
use egui::RichText;

/// The preview's key: it is worked out again only when one of these changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PreviewKey {
    version: u64,
    range: DateRange,
    pseudonymise: bool,
}

/// The Export window's state.
pub struct ExportWindow {
    /// The formats ticked, in [`Format::ALL`]'s order.
    formats: [bool; Format::ALL.len()],
    pseudonymise: bool,
    /// Encrypt for the pinned clinician (used only when one is pinned).
    encrypt: bool,
    from_text: String,
    to_text: String,
    picker: FilePicker,
    picked_for: Option<(Vec<Format>, bool)>,
    /// The day the window was last drawn on (the app's clock), for the names of exports.
    today: NaiveDate,
    running: Option<Task<Result<String, String>>>,
    /// The files the export under way (or the last one) writes.
    written: Vec<std::path::PathBuf>,
    /// The desktop's program being asked to open the file or its folder.
    opening: Option<Task<Result<String, String>>>,
    /// Whether it opened, or why it could not, in words.
    open_outcome: Option<Result<String, String>>,
    /// How files and folders are opened (tests pass their own).
    opener: crate::ui::desktop::Opener,
    message: Option<Result<String, String>>,
    show_preview: bool,
    preview: Option<(PreviewKey, Result<ReportOutline, String>)>,
    preview_job: Option<(PreviewKey, Task<Result<ReportOutline, String>>)>,
}

impl Default for ExportWindow {
    fn default() -> Self {
        Self {
            formats: [true, false, false, false, false],
            pseudonymise: false,
            encrypt: true,
            from_text: String::new(),
            to_text: String::new(),
            picker: FilePicker::new(PickKind::SaveFile, t!("settings-export-save-title")),
            picked_for: None,
            today: NaiveDate::default(),
            running: None,
            written: Vec::new(),
            opening: None,
            open_outcome: None,
            opener: crate::ui::desktop::open,
            message: None,
            show_preview: true,
            preview: None,
            preview_job: None,
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
        .map_err(|_| t!("settings-export-not-a-date", text = text))
}

/// The usual name of an export, encrypted or not.
fn name_of(format: Format, today: NaiveDate, encrypt: bool) -> String {
    if encrypt {
        format.encrypted_name(today)
    } else {
        format.default_name(today)
    }
}

impl ExportWindow {
    /// Whether the export will be encrypted: a clinician is pinned and the box is ticked.
    fn encrypting(&self, data: &Record) -> bool {
        self.encrypt && data.programme_record().clinician.is_some()
    }

    /// Whether an export or its preview is being worked out, or a file being opened.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.running.is_some() || self.preview_job.is_some() || self.opening.is_some()
    }

    /// Opens files and folders with `opener` instead of the desktop's programs (tests).
    pub fn set_opener(&mut self, opener: crate::ui::desktop::Opener) {
        self.opener = opener;
    }

    /// The formats ticked.
    fn chosen(&self) -> Vec<Format> {
        Format::ALL
            .into_iter()
            .zip(self.formats)
            .filter_map(|(f, on)| on.then_some(f))
            .collect()
    }

    /// Where one format goes by default; several go into the Documents folder.
    fn default_path(chosen: &[Format], today: NaiveDate, encrypt: bool) -> String {
        let dir = crate::ui::file_picker::documents_dir();
        match chosen {
            [one] => dir.join(name_of(*one, today, encrypt)),
            _ => dir,
        }
        .display()
        .to_string()
    }

    fn range(&self) -> Result<DateRange, String> {
        let range = match (parse_day(&self.from_text), parse_day(&self.to_text)) {
            (Ok(from), Ok(to)) => DateRange { from, to },
            (Err(e), _) | (_, Err(e)) => return Err(e),
        };
        if range.is_reversed() {
            return Err(t!("settings-export-reversed"));
        }
        Ok(range)
    }

    fn poll(&mut self) {
        if let Some(result) = self.running.as_mut().and_then(Task::poll) {
            self.message = Some(result.and_then(|r| r));
            self.running = None;
        }
        if let Some((key, job)) = &mut self.preview_job
            && let Some(result) = job.poll()
        {
            self.preview = Some((*key, result.and_then(|r| r)));
            self.preview_job = None;
        }
        if let Some(result) = self.opening.as_mut().and_then(Task::poll) {
            self.open_outcome = Some(result.and_then(|r| r));
            self.opening = None;
        }
    }

    /// Starts working out the preview if what it shows has changed.
    fn refresh_preview(&mut self, ctx: &egui::Context, data: &Record) {
        let Ok(range) = self.range() else { return };
        let key = PreviewKey {
            version: data.version(),
            range,
            pseudonymise: self.pseudonymise,
        };
        let current = self.preview.as_ref().map(|(k, _)| *k);
        let pending = self.preview_job.as_ref().map(|(k, _)| *k);
        if current == Some(key) || pending == Some(key) {
            return;
        }
        // A copy of the diary shares its months: it costs a pointer per month.
        let diary: Diary = data.diary().clone();
        let options = ExportOptions {
            range,
            pseudonymise: self.pseudonymise,
            ..ExportOptions::now()
        };
        let job = Task::spawn(
            "export-preview",
            &t!("settings-export-task-preview"),
            Some(ctx),
            move |_| ReportOutline::of(&prepare(&diary.export_input(), &options)),
        );
        self.preview_job = Some((key, job));
    }

    /// Draws the window.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        open: &mut bool,
        data: &Record,
        today: NaiveDate,
    ) {
        self.poll();
        self.today = today;
        let chosen = self.chosen();
        let encrypt = self.encrypting(data);
        let key = (chosen, encrypt);
        if self.picked_for.as_ref() != Some(&key) {
            self.picker.text = Self::default_path(&key.0, today, encrypt);
            self.picker.set_kind(match key.0.as_slice() {
                [one] if encrypt || !one.is_folder() => PickKind::SaveFile,
                _ => PickKind::Folder,
            });
            self.picked_for = Some(key);
        }
        if self.show_preview {
            self.refresh_preview(ctx, data);
        }
        egui::Window::new(t!("settings-export-title"))
            .max_width(crate::ui::theme::window_max_width(ctx))
            .open(open)
            .collapsible(false)
            .default_width(1040.0_f32.min(crate::ui::theme::window_max_width(ctx)))
            .default_height(660.0)
            .show(ctx, |ui| {
                let height = ui.available_height().max(480.0);
                let down = egui::Layout::top_down(egui::Align::Min);
                ui.horizontal_top(|ui| {
                    ui.allocate_ui_with_layout(egui::vec2(420.0, height), down, |ui| {
                        ui.set_max_width(420.0);
                        self.form_ui(ui, data);
                    });
                    ui.separator();
                    ui.allocate_ui_with_layout(
                        egui::vec2(ui.available_width(), height),
                        down,
                        |ui| self.preview_ui(ui),
                    );
                });
            });
    }

    fn form_ui(&mut self, ui: &mut egui::Ui, data: &Record) {
        ui.label(t!("settings-export-intro"));
        for (format, on) in Format::ALL.into_iter().zip(&mut self.formats) {
            ui.checkbox(on, format.label());
        }
        ui.checkbox(&mut self.pseudonymise, t!("settings-export-pseudonymise"));
        if let Some(c) = &data.programme_record().clinician {
            ui.checkbox(
                &mut self.encrypt,
                t!("settings-export-lock", clinician = c.name.as_str()),
            )
            .on_hover_text(t!("settings-export-lock-tooltip"));
        } else {
            ui.label(RichText::new(t!("settings-export-lock-later")).weak());
        }
        ui.horizontal(|ui| {
            ui.label(t!("settings-export-from"));
            ui.add(
                egui::TextEdit::singleline(&mut self.from_text)
                    .hint_text(t!("settings-export-from-hint"))
                    .desired_width(110.0),
            )
            .accessible_name(t!("settings-export-from-name"));
            ui.label(t!("settings-export-to"));
            ui.add(
                egui::TextEdit::singleline(&mut self.to_text)
                    .hint_text(t!("settings-export-to-hint"))
                    .desired_width(110.0),
            )
            .accessible_name(t!("settings-export-to-name"));
        });
        let chosen = self.chosen();
        let encrypt = self.encrypting(data);
        ui.label(match chosen.as_slice() {
            [one] if encrypt || !one.is_folder() => t!("settings-export-file"),
            [_] => t!("settings-export-folder"),
            _ => t!("settings-export-folder-several"),
        });
        self.picker.ui(ui, &t!("settings-export-path"));
        let busy = self.running.is_some();
        if ui
            .add_enabled(
                !busy,
                crate::ui::theme::primary_button(ui, &t!("settings-export-button")),
            )
            .clicked()
        {
            self.start(ui.ctx(), data);
        }
        if let Some(task) = &self.running {
            let (done, total) = task.steps();
            let fraction = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            let what = if done == 0 {
                t!("settings-export-gathering")
            } else if done + 1 < total {
                t!("settings-export-writing")
            } else {
                t!("settings-export-saving")
            };
            ui.add(egui::ProgressBar::new(fraction).text(what));
        }
        crate::ui::widgets::outcome_label(ui, self.message.as_ref());
        if matches!(self.message, Some(Ok(_))) && !self.written.is_empty() {
            self.open_ui(ui);
        }
    }

    /// After an export: open the file (one file) or the folder it is in, with the desktop's
    /// own programs, on a background thread; says whether it worked, or where to look.
    fn open_ui(&mut self, ui: &mut egui::Ui) {
        let mut open = None;
        ui.horizontal_wrapped(|ui| {
            let idle = self.opening.is_none();
            if let [file] = self.written.as_slice()
                && ui
                    .add_enabled(idle, egui::Button::new(t!("settings-export-open-file")))
                    .on_hover_text(t!("settings-export-open-file-tooltip"))
                    .clicked()
            {
                open = Some((file.clone(), false));
            }
            let folder = self.written.first().and_then(|f| f.parent());
            if let Some(folder) = folder
                && ui
                    .add_enabled(idle, egui::Button::new(t!("settings-export-open-folder")))
                    .on_hover_text(folder.display().to_string())
                    .clicked()
            {
                open = Some((folder.to_path_buf(), true));
            }
        });
        if let Some((path, is_folder)) = open {
            let opener = self.opener;
            self.open_outcome = None;
            self.opening = Some(Task::spawn(
                "open-export",
                &t!("settings-export-task-open"),
                Some(ui.ctx()),
                move |_| {
                    opener(&path).map(|()| {
                        let path = path.display().to_string();
                        if is_folder {
                            t!("settings-export-opened-folder", path = path)
                        } else {
                            t!("settings-export-opened-file", path = path)
                        }
                    })
                },
            ));
        }
        if self.opening.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("settings-export-opening"));
            });
        }
        crate::ui::widgets::outcome_label(ui, self.open_outcome.as_ref());
    }

    fn preview_ui(&mut self, ui: &mut egui::Ui) {
        ui.checkbox(&mut self.show_preview, t!("settings-export-show-preview"));
        if self.show_preview {
            match (&self.preview, &self.preview_job) {
                (_, Some(_)) if self.preview.is_none() => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t!("settings-export-preparing-preview"));
                    });
                }
                (Some((_, Ok(outline))), _) => outline.ui(ui, "export_preview"),
                (Some((_, Err(e))), _) => {
                    ui.label(t!("settings-export-no-preview", error = e.as_str()));
                }
                _ => {}
            }
        }
    }

    /// Whom the export is locked for: the pinned clinician, unless the patient unticked the
    /// lock; an error in words when their key cannot be used.
    fn encryption_target(
        &self,
        data: &Record,
    ) -> Result<Option<(crate::handoff::Recipient, String)>, String> {
        if !self.encrypting(data) {
            return Ok(None);
        }
        data.programme_record()
            .clinician
            .as_ref()
            .map(|c| {
                c.recipient
                    .parse::<crate::handoff::Recipient>()
                    .map(|r| (r, c.name.clone()))
                    .map_err(|e| t!("settings-export-bad-key", error = e.to_string()))
            })
            .transpose()
    }

    fn start(&mut self, ctx: &egui::Context, data: &Record) {
        let range = match self.range() {
            Ok(range) => range,
            Err(e) => {
                self.message = Some(Err(e));
                return;
            }
        };
        let Some(path) = self.picker.paths().into_iter().next() else {
            self.message = Some(Err(t!("settings-export-no-path")));
            return;
        };
        let chosen = self.chosen();
        if chosen.is_empty() {
            self.message = Some(Err(t!("settings-export-none-ticked")));
            return;
        }
        let today = self.today;
        let encrypt_to = match self.encryption_target(data) {
            Ok(to) => to,
            Err(e) => {
                self.message = Some(Err(e));
                return;
            }
        };
        let encrypt = encrypt_to.is_some();
        // One format goes where the field says; several go into that folder, each under its
        // usual name.
        let targets: Vec<(Format, std::path::PathBuf)> = match chosen.as_slice() {
            [one] => vec![(*one, path)],
            several => several
                .iter()
                .map(|f| (*f, path.join(name_of(*f, today, encrypt))))
                .collect(),
        };
        let options = ExportOptions {
            range,
            pseudonymise: self.pseudonymise,
            ..ExportOptions::now()
        };
        // A copy of the diary shares its months; filtering, charts and writing happen on the
        // thread.
        let diary: Diary = data.diary().clone();
        let total = targets.iter().map(|(f, _)| steps(*f)).sum::<usize>() + 1;
        self.message = None;
        self.open_outcome = None;
        self.written = targets.iter().map(|(_, p)| p.clone()).collect();
        self.running = Some(Task::spawn(
            "export",
            &t!("settings-export-task-export"),
            Some(ctx),
            move |progress| {
                write_all(
                    progress,
                    total,
                    &targets,
                    &diary,
                    &options,
                    encrypt_to.as_ref(),
                )
            },
        ));
    }
}

/// The export's work on its thread: the folder for several files, the data filtered once,
/// then each format written in turn, its progress counted in `total` steps; what was saved,
/// or why not and what was saved before it.
fn write_all(
    progress: &crate::ui::task::Job,
    total: usize,
    targets: &[(Format, std::path::PathBuf)],
    diary: &Diary,
    options: &ExportOptions,
    encrypt_to: Option<&(crate::handoff::Recipient, String)>,
) -> Result<String, String> {
    progress.set(0, total);
    if targets.len() > 1
        && let Some((_, first)) = targets.first()
        && let Some(dir) = first.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return Err(t!(
            "settings-export-no-folder",
            folder = dir.display().to_string(),
            error = crate::storage::store::plain_io(&e)
        ));
    }
    let prepared = prepare(&diary.export_input(), options);
    let mut done_before = 1;
    progress.set(done_before, total);
    let mut saved = Vec::new();
    for (format, path) in targets {
        let mut step = |done| progress.set(done_before + done, total);
        let result = match encrypt_to {
            Some((to, _)) => write_encrypted_with(*format, &prepared, path, to, &mut step),
            None => write_to_path_with(*format, &prepared, path, &mut step),
        };
        match result {
            Ok(w) => saved.push(t!(
                "settings-export-saved-file",
                path = path.display().to_string(),
                bytes = w.bytes,
                bytes_text = crate::i18n::format::count(
                    crate::i18n::language(),
                    i64::try_from(w.bytes).unwrap_or(i64::MAX)
                )
            )),
            Err(e) => {
                return Err(if saved.is_empty() {
                    t!("settings-export-failed", error = e.to_string())
                } else {
                    t!(
                        "settings-export-failed-after",
                        saved = saved.join(", "),
                        error = e.to_string()
                    )
                });
            }
        }
        done_before += steps(*format);
    }
    let saved = saved.join(", ");
    Ok(if let Some((_, name)) = encrypt_to {
        t!(
            "settings-export-saved-locked",
            saved = saved,
            clinician = name.as_str()
        )
    } else {
        t!("settings-export-saved", saved = saved)
    })
}
