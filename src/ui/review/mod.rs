//! Review: a clinician opens patients' export bundles read-only, sees the caseload with the
//! most urgent first, opens one patient's Progress, History and report, and adjusts their
//! programme. Files are read on background threads; nothing is ever written into them.

pub mod editor;
pub mod keys;

use crate::analysis::Progress;
use crate::i18n::{self, format};
use crate::model::ProgrammeRecord;
use crate::record::Record;
use crate::review::caseload::{self, CaseRow, Caseload, SortBy, improvement_text, status_label};
use crate::t;
use crate::ui::command::Command;
use crate::ui::file_picker::{FilePicker, PickKind};
use crate::ui::report_preview::ReportOutline;
use crate::ui::tabs::{history::HistoryScreen, progress::ProgressScreen};
use crate::ui::task::Task;
use editor::ProgrammeEditor;
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use std::path::PathBuf;
use std::sync::Arc;

/// A caseload being loaded.
struct LoadJob {
    task: Task<(Caseload, Option<String>)>,
    total: usize,
}

/// One patient, opened.
struct PatientView {
    /// The patient's diary as the bundle holds it.
    record: Record,
    /// Where the patient stands as of the bundle's day.
    assessment: Progress,
    progress: ProgressScreen,
    history: HistoryScreen,
    report: Result<ReportOutline, String>,
    report_file: ReportFile,
    editor: ProgrammeEditor,
}

/// Saving the patient's report as the HTML file the export writes, to print or file.
struct ReportFile {
    prepared: Arc<crate::export::Prepared>,
    picker: FilePicker,
    saving: Option<Task<Result<String, String>>>,
    message: Option<Result<String, String>>,
}

impl ReportFile {
    fn ui(&mut self, ui: &mut egui::Ui) {
        if let Some(result) = self.saving.as_mut().and_then(Task::poll) {
            self.message = Some(result.and_then(|r| r));
            self.saving = None;
        }
        ui.horizontal(|ui| {
            ui.label(t!("review-report-save-hint"));
        });
        self.picker.ui(ui, &t!("review-report-path"));
        if ui
            .add_enabled(
                self.saving.is_none(),
                egui::Button::new(t!("review-report-save")),
            )
            .clicked()
        {
            self.start(ui.ctx());
        }
        crate::ui::widgets::outcome_label(ui, self.message.as_ref());
    }

    fn start(&mut self, ctx: &egui::Context) {
        let Some(path) = self.picker.paths().into_iter().next() else {
            self.message = Some(Err(t!("review-file-name-missing")));
            return;
        };
        let prepared = Arc::clone(&self.prepared);
        self.message = None;
        self.saving = Some(Task::spawn(
            "save-report",
            &t!("review-task-saving-report"),
            Some(ctx),
            move |_| {
                crate::export::write_to_path(crate::export::Format::Report, &prepared, &path)
                    .map(|_| t!("review-report-saved", path = path.display().to_string()))
                    .map_err(|e| t!("review-report-not-saved", error = e.to_string()))
            },
        ));
    }
}

enum PatientState {
    Loading(Task<Result<Box<PatientView>, String>>),
    Ready(Box<PatientView>),
    Failed(String),
}

/// The patient screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatientTab {
    /// Charts and status.
    Progress,
    /// Every entry.
    History,
    /// The one-page report.
    Report,
    /// The programme editor.
    Programme,
}

struct OpenPatient {
    row: CaseRow,
    state: PatientState,
    tab: PatientTab,
}

/// The review screen.
pub struct ReviewScreen {
    picker: FilePicker,
    keys: keys::KeysPanel,
    job: Option<LoadJob>,
    caseload: Caseload,
    loaded_once: bool,
    sort: (SortBy, bool),
    filter: String,
    only_attention: bool,
    open: Option<OpenPatient>,
    message: Option<String>,
    /// Goes up whenever the rows change (a load, a sort), so the filtered list is kept.
    rows_version: u64,
    /// The indices of the rows that pass the filter, and what they were worked out for.
    visible: Option<((String, bool, u64), Vec<usize>)>,
}

impl Default for ReviewScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl ReviewScreen {
    /// An empty review screen.
    #[must_use]
    pub fn new() -> Self {
        Self {
            picker: FilePicker::new(PickKind::Folder, t!("review-caseload-picker-title")).several(),
            keys: keys::KeysPanel::default(),
            job: None,
            caseload: Caseload::default(),
            loaded_once: false,
            sort: (SortBy::Urgency, true),
            filter: String::new(),
            only_attention: false,
            open: None,
            message: None,
            rows_version: 0,
            visible: None,
        }
    }

    /// Starts loading these bundles and folders on a background thread.
    pub fn load(&mut self, paths: &[PathBuf]) {
        self.load_waking(paths, None);
    }

    fn load_waking(&mut self, paths: &[PathBuf], ctx: Option<&egui::Context>) {
        if let Some(job) = self.job.take() {
            job.task.cancel();
        }
        self.picker.text = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join("\n");
        self.open = None;
        self.message = None;
        let (files, failures) = caseload::files_in(paths);
        let total = files.len();
        let identity_path = self.keys.identity().map(std::path::Path::to_path_buf);
        let what = t!("review-task-reading");
        let task = Task::spawn("review-load", &what, ctx, move |progress| {
            let (identity, problem) = match identity_path
                .as_deref()
                .map(crate::handoff::keys::read_identity)
            {
                Some(Ok(identity)) => (Some(identity), None),
                Some(Err(e)) => (
                    None,
                    Some(t!("review-identity-unusable", error = e.to_string())),
                ),
                None => (None, None),
            };
            let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
            let mut loaded = caseload::load_with(
                &files,
                identity.as_ref(),
                workers,
                progress.counter(),
                progress.cancel_flag(),
            );
            let mut all = failures;
            all.append(&mut loaded.failures);
            loaded.failures = all;
            (loaded, problem)
        });
        self.job = Some(LoadJob { task, total });
    }

    /// Whether files are being read (tests wait for it).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
            || self.keys.is_busy()
            || self
                .open
                .as_ref()
                .is_some_and(|o| matches!(o.state, PatientState::Loading(_)))
            || self.open.as_ref().is_some_and(|o| match &o.state {
                PatientState::Ready(v) => v.editor.is_saving() || v.report_file.saving.is_some(),
                _ => false,
            })
    }

    /// The identity file chosen under "Your keys" (tests read it).
    #[must_use]
    pub fn identity(&self) -> Option<&std::path::Path> {
        self.keys.identity()
    }

    /// The caseload as shown (tests read it).
    #[must_use]
    pub fn caseload(&self) -> &Caseload {
        &self.caseload
    }

    /// The programme being edited for the open patient, if any.
    #[must_use]
    pub fn edited_programme(&self) -> Option<&crate::model::Programme> {
        match &self.open.as_ref()?.state {
            PatientState::Ready(v) => Some(v.editor.edited()),
            _ => None,
        }
    }

    fn poll(&mut self, ctx: &egui::Context) {
        if let Some(job) = &mut self.job {
            if let Some(result) = job.task.poll() {
                match result {
                    Ok((caseload, problem)) => {
                        let (done, _) = job.task.steps();
                        if done < job.total {
                            let lang = i18n::language();
                            self.message = Some(t!(
                                "review-load-stopped",
                                total = job.total,
                                done_text = format::count(lang, count(done)),
                                total_text = format::count(lang, count(job.total))
                            ));
                        }
                        if problem.is_some() {
                            self.message = problem;
                        }
                        self.caseload = caseload;
                        self.loaded_once = true;
                        let (by, ascending) = self.sort;
                        caseload::sort(&mut self.caseload.rows, by, ascending);
                        self.rows_version += 1;
                    }
                    Err(e) => self.message = Some(e),
                }
                self.job = None;
            } else {
                // The workers count files as they go: redraw to move the progress bar.
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
        }
        if let Some(open) = &mut self.open
            && let PatientState::Loading(task) = &mut open.state
            && let Some(result) = task.poll()
        {
            open.state = match result.and_then(|r| r) {
                Ok(view) => PatientState::Ready(view),
                Err(e) => PatientState::Failed(e),
            };
        }
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.poll(ui.ctx());
        if self.open.is_some() {
            self.patient_ui(ui);
        } else {
            self.caseload_ui(ui);
        }
    }

    fn caseload_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading(t!("review-caseload-heading"));
        ui.label(t!("review-caseload-intro"));
        // The keys take at most a third of a small window, so the caseload's table keeps
        // room below them.
        let keys_height = (ui.available_height() * 0.3).max(90.0);
        let keys_changed = egui::ScrollArea::vertical()
            .id_salt("review_keys_area")
            .max_height(keys_height)
            .auto_shrink([false, true])
            .show(ui, |ui| self.keys.ui(ui))
            .inner;
        if keys_changed && self.loaded_once && self.job.is_none() {
            // A new identity may open files that could not be opened before.
            let paths = self.picker.paths();
            self.load(&paths);
        }
        if self.picker.ui(ui, &t!("review-caseload-path")) {
            let paths = self.picker.paths();
            self.load(&paths);
        }
        ui.horizontal(|ui| {
            let busy = self.job.is_some();
            if ui
                .add_enabled(
                    !busy,
                    crate::ui::theme::primary_button(ui, &t!("review-open")),
                )
                .clicked()
            {
                let paths = self.picker.paths();
                if paths.is_empty() {
                    self.message = Some(t!("review-open-nothing"));
                } else {
                    self.load_waking(&paths, Some(ui.ctx()));
                }
            }
            if busy
                && ui.button(t!("review-stop")).clicked()
                && let Some(job) = &self.job
            {
                job.task.cancel();
            }
        });
        if let Some(job) = &self.job {
            let lang = i18n::language();
            let (done, _) = job.task.steps();
            let fraction = if job.total == 0 {
                1.0
            } else {
                done as f32 / job.total as f32
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(t!(
                        "review-load-progress",
                        total = job.total,
                        done_text = format::count(lang, count(done)),
                        total_text = format::count(lang, count(job.total))
                    ))
                    .show_percentage(),
            );
        }
        if let Some(m) = &self.message {
            ui.label(
                RichText::new(m).color(crate::ui::theme::warning_colour(ui.visuals().dark_mode)),
            );
        }
        if !self.loaded_once {
            return;
        }
        ui.add_space(crate::ui::theme::space::S);
        self.failures_ui(ui);
        let rows = &self.caseload.rows;
        let attention = rows.iter().filter(|r| r.needs_attention()).count();
        let lang = i18n::language();
        ui.label(t!(
            "review-caseload-summary",
            patients = rows.len(),
            attention = attention,
            patients_text = format::count(lang, count(rows.len())),
            attention_text = format::count(lang, count(attention))
        ));
        ui.horizontal(|ui| {
            ui.label(t!("review-find"));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text(t!("review-find-hint"))
                    .desired_width(220.0),
            )
            .accessible_name(t!("review-find-name"));
            ui.checkbox(&mut self.only_attention, t!("review-only-attention"));
        });
        self.table_ui(ui);
    }

    fn failures_ui(&self, ui: &mut egui::Ui) {
        if self.caseload.failures.is_empty() {
            return;
        }
        let dark = ui.visuals().dark_mode;
        crate::ui::theme::tone_card(ui, crate::ui::theme::Tone::Warning, |ui| {
            ui.label(
                RichText::new({
                    let n = self.caseload.failures.len();
                    t!(
                        "review-failures",
                        count = n,
                        count_text = format::count(i18n::language(), count(n))
                    )
                })
                .strong()
                .color(crate::ui::theme::warning_colour(dark)),
            );
            egui::ScrollArea::vertical()
                .id_salt("failures")
                .max_height(110.0)
                .show(ui, |ui| {
                    for (i, f) in self.caseload.failures.iter().enumerate() {
                        let name = f.path.file_name().map_or_else(
                            || f.path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        let reason = f.reason.as_str();
                        ui.label(if f.reason == caseload::needs_identity() {
                            t!(
                                "review-failure-needs-identity",
                                file = name,
                                reason = reason
                            )
                        } else {
                            t!("review-failure", file = name, reason = reason)
                        });
                        egui::CollapsingHeader::new(t!("review-failure-details"))
                            .id_salt(("failure details", i))
                            .show(ui, |ui| {
                                ui.label(RichText::new(f.path.display().to_string()).monospace());
                                if !f.details.is_empty() {
                                    ui.label(RichText::new(&f.details).monospace().small());
                                }
                            });
                    }
                });
        });
    }

    fn table_ui(&mut self, ui: &mut egui::Ui) {
        // Which rows pass the filter, worked out again only when the filter or the rows change.
        let key = (self.filter.clone(), self.only_attention, self.rows_version);
        if self.visible.as_ref().is_none_or(|(k, _)| *k != key) {
            let keep = caseload::visible(&self.caseload.rows, &self.filter, self.only_attention);
            self.visible = Some((key, keep));
        }
        let visible = self.visible.as_ref().map_or(&[][..], |(_, v)| v.as_slice());
        let dark = ui.visuals().dark_mode;
        let mut clicked_sort = None;
        let mut open_row = None;
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
        let headers: [(String, SortBy); 7] = [
            (t!("review-column-patient"), SortBy::Patient),
            (t!("review-column-week"), SortBy::Week),
            (t!("review-column-status"), SortBy::Urgency),
            (t!("review-column-adherence"), SortBy::Adherence),
            (t!("review-column-improvement"), SortBy::Improvement),
            (t!("review-column-last-entry"), SortBy::LastEntry),
            (t!("review-column-warning-signs"), SortBy::RedFlags),
        ];
        // Narrower than its columns (800 pixels), the table scrolls sideways rather than
        // cutting off the last ones.
        egui::ScrollArea::horizontal()
            .id_salt("caseload across")
            .show(ui, |ui| {
                // One line a row: a cell's words widen its column, never wrap into the next row.
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                TableBuilder::new(ui)
                    .id_salt("caseload")
                    .striped(true)
                    .auto_shrink([false, false])
                    .column(Column::auto().at_least(110.0))
                    .column(Column::auto().at_least(50.0))
                    .column(Column::auto().at_least(270.0))
                    .column(Column::auto().at_least(90.0))
                    .column(Column::auto().at_least(110.0))
                    .column(Column::auto().at_least(95.0))
                    .column(Column::auto().at_least(100.0))
                    .column(Column::remainder().at_least(120.0))
                    .header(row_height, |mut header| {
                        if let Some(by) = header_cells(&mut header, &headers, self.sort) {
                            clicked_sort = Some(by);
                        }
                    })
                    .body(|body| {
                        body.rows(row_height, visible.len(), |mut row| {
                            let Some(r) = visible
                                .get(row.index())
                                .and_then(|i| self.caseload.rows.get(*i))
                            else {
                                return;
                            };
                            if row_cells(&mut row, r, dark) {
                                open_row = Some(r.clone());
                            }
                        });
                    });
            });
        if let Some(by) = clicked_sort {
            let ascending = if self.sort.0 == by {
                !self.sort.1
            } else {
                true
            };
            self.sort = (by, ascending);
            caseload::sort(&mut self.caseload.rows, by, ascending);
            // The rows moved: the filtered list holds indices, so it is worked out again.
            self.rows_version += 1;
        }
        if let Some(row) = open_row {
            self.open_patient(ui.ctx(), row);
        }
    }

    fn open_patient(&mut self, ctx: &egui::Context, row: CaseRow) {
        let path = row.path.clone();
        let expected = row.sha256.clone();
        let code = row.patient_code.clone();
        let identity = self.keys.identity().map(std::path::Path::to_path_buf);
        let signing = self.keys.signing_folder();
        let what = t!("review-task-opening");
        let task = Task::spawn("review-open", &what, Some(ctx), move |_| {
            open_view(&path, &expected, &code, Keys { identity, signing })
        });
        self.open = Some(OpenPatient {
            row,
            state: PatientState::Loading(task),
            tab: PatientTab::Progress,
        });
    }

    fn patient_ui(&mut self, ui: &mut egui::Ui) {
        let Some(open) = &mut self.open else { return };
        let mut back = false;
        ui.horizontal(|ui| {
            if ui.button(t!("review-back")).clicked() {
                back = true;
            }
            ui.heading(t!(
                "review-patient-heading",
                code = open.row.patient_code.as_str()
            ));
            let date = format::long_date(i18n::language(), open.row.as_of);
            ui.label(RichText::new(t!("review-patient-as-of", date = date)).weak());
        });
        if back {
            self.open = None;
            return;
        }
        match &mut open.state {
            PatientState::Loading(_) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("review-opening"));
                });
            }
            PatientState::Failed(reason) => {
                ui.label(
                    RichText::new(t!("review-open-failed", reason = reason.as_str()))
                        .color(crate::ui::theme::warning_colour(ui.visuals().dark_mode)),
                );
            }
            PatientState::Ready(view) => {
                ui.horizontal(|ui| {
                    for (tab, name) in [
                        (PatientTab::Progress, t!("review-tab-progress")),
                        (PatientTab::History, t!("review-tab-history")),
                        (PatientTab::Report, t!("review-tab-report")),
                        (PatientTab::Programme, t!("review-tab-programme")),
                    ] {
                        if ui.selectable_label(open.tab == tab, name).clicked() {
                            // Each page opens at its top.
                            if open.tab != tab {
                                view.progress.open_at_top();
                                view.history.open_at_top();
                            }
                            open.tab = tab;
                        }
                    }
                });
                ui.separator();
                let as_of = open.row.as_of;
                match open.tab {
                    PatientTab::Progress => {
                        view.progress
                            .ui(ui, &view.record, &view.assessment, 1, as_of);
                    }
                    PatientTab::History => {
                        let mut ignored: Vec<Command> = Vec::new();
                        view.history.ui(
                            ui,
                            &view.record,
                            Some(&view.assessment.lights),
                            as_of,
                            false,
                            &mut ignored,
                        );
                    }
                    PatientTab::Report => match &view.report {
                        Ok(outline) => {
                            view.report_file.ui(ui);
                            ui.separator();
                            outline.ui(ui, "review_report");
                        }
                        Err(e) => {
                            ui.label(t!("review-no-report", error = e.as_str()));
                        }
                    },
                    PatientTab::Programme => view.editor.ui(ui),
                }
            }
        }
    }
}

/// The clinician's key files, as chosen under "Your keys".
struct Keys {
    identity: Option<PathBuf>,
    signing: Option<PathBuf>,
}

/// Reads one bundle again for the patient screens, checking it is the file the caseload
/// listed.
fn open_view(
    path: &std::path::Path,
    expected_sha: &str,
    code: &str,
    keys: Keys,
) -> Result<Box<PatientView>, String> {
    let identity = keys
        .identity
        .as_deref()
        .map(crate::handoff::keys::read_identity)
        .transpose()
        .map_err(|e| e.to_string())?;
    let (patient, sha) =
        caseload::open_patient_with(path, identity.as_ref()).map_err(|e| e.reason)?;
    drop(identity);
    if !sha.eq_ignore_ascii_case(expected_sha) {
        return Err(t!("review-file-changed"));
    }
    let prepared = patient.prepared();
    let report = ReportOutline::of(&prepared);
    let assessment = patient.progress(crate::i18n::language());
    let today = chrono::Local::now().date_naive();
    let editor = ProgrammeEditor::new(&patient.programme, code, today)
        .signing_with(keys.signing)
        .for_side(patient.profile.affected_side);
    let mut picker = FilePicker::new(PickKind::SaveFile, t!("review-report-picker-title"));
    picker.text = crate::ui::file_picker::documents_dir()
        .join(format!(
            "report-{}-{today}.html",
            crate::ui::file_picker::safe_name(code)
        ))
        .display()
        .to_string();
    let report_file = ReportFile {
        prepared: Arc::new(prepared),
        picker,
        saving: None,
        message: None,
    };
    let record = Record::new(
        Some(patient.profile),
        Some(ProgrammeRecord {
            programme: patient.programme,
            earlier: patient.bundle.earlier_programmes,
            clinician: None,
        }),
        patient.journal,
    )
    .map_err(|e| e.to_string())?;
    Ok(Box::new(PatientView {
        record,
        assessment,
        progress: ProgressScreen::for_clinician(),
        history: HistoryScreen::default(),
        report,
        report_file,
        editor,
    }))
}

/// The window of `rehab-tracker review`: the review screen alone, touching no diary.
pub struct ReviewApp {
    screen: ReviewScreen,
    /// The desktop's light or dark preference, followed as in the patient's window.
    desktop_theme: Option<crate::ui::desktop_theme::DesktopTheme>,
}

impl ReviewApp {
    /// A review window, loading `paths` at once if any are given.
    #[must_use]
    pub fn new(paths: &[PathBuf]) -> Self {
        let mut screen = ReviewScreen::new();
        if !paths.is_empty() {
            screen.load(paths);
        }
        Self {
            screen,
            desktop_theme: None,
        }
    }

    /// Follows the desktop's light or dark preference while no theme is chosen.
    #[must_use]
    pub fn with_desktop_theme(mut self, theme: crate::ui::desktop_theme::DesktopTheme) -> Self {
        self.desktop_theme = Some(theme);
        self
    }

    /// The screen (tests read it).
    #[must_use]
    pub fn screen(&self) -> &ReviewScreen {
        &self.screen
    }

    /// Draws one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let _ = crate::ui::theme::apply(ui.ctx());
        if let Some(desktop) = &self.desktop_theme {
            desktop.apply(ui.ctx());
        }
        egui::CentralPanel::default().show(ui, |ui| self.screen.ui(ui));
        crate::ui::a11y::end_frame(ui.ctx(), &t!("review-window-name"));
    }
}

impl eframe::App for ReviewApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ReviewApp::ui(self, ui);
    }
}

/// The caseload's headings: each sorts by its column, again to reverse; the one clicked.
fn header_cells(
    header: &mut egui_extras::TableRow<'_, '_>,
    headers: &[(String, SortBy)],
    sort: (SortBy, bool),
) -> Option<SortBy> {
    let mut clicked = None;
    for (name, by) in headers {
        let by = *by;
        header.col(|ui| {
            let shown = match sort {
                (s, true) if s == by => t!("review-column-sorted", name = name.as_str()),
                (s, false) if s == by => t!("review-column-reversed", name = name.as_str()),
                _ => name.clone(),
            };
            if ui
                .add(
                    egui::Button::new(RichText::new(shown).strong())
                        .frame(false)
                        .wrap_mode(egui::TextWrapMode::Extend),
                )
                .on_hover_text(t!("review-column-sort-hint"))
                .accessible_name(t!("review-column-sort-name", name = name.as_str()))
                .clicked()
            {
                clicked = Some(by);
            }
        });
    }
    header.col(|ui| {
        // Drawn like the sortable headings so the row lines up; not a button.
        ui.add(
            egui::Button::new(RichText::new(t!("review-column-file")).strong())
                .frame(false)
                .sense(egui::Sense::hover()),
        );
    });
    clicked
}

/// One patient's row of the caseload; whether their code was clicked to open them.
fn row_cells(row: &mut egui_extras::TableRow<'_, '_>, r: &CaseRow, dark: bool) -> bool {
    let lang = i18n::language();
    let mut open = false;
    row.col(|ui| {
        if ui
            .link(&r.patient_code)
            .on_hover_text(t!("review-open-patient-hint"))
            .accessible_name(t!(
                "review-open-patient-name",
                code = r.patient_code.as_str()
            ))
            .clicked()
        {
            open = true;
        }
    });
    row.col(|ui| {
        ui.label(format::count(lang, i64::from(r.week)));
    });
    row.col(|ui| {
        let text = RichText::new(status_label(crate::i18n::language(), r.status));
        let text = match crate::ui::theme::urgency_colour(r.status.urgency(), dark) {
            Some(c) if r.needs_attention() => text.strong().color(c),
            Some(c) => text.color(c),
            None => text,
        };
        ui.label(text);
    });
    row.col(|ui| {
        ui.label(r.adherence_pct.map_or_else(
            || t!("review-adherence-none-due"),
            |p| crate::analysis::reasons::pct(crate::i18n::language(), p),
        ));
    });
    row.col(|ui| {
        ui.label(improvement_text(r.improvement))
            .on_hover_text(t!("review-improvement-hint"));
    });
    row.col(|ui| {
        let g = &r.engagement;
        let text = RichText::new(caseload::last_entry_text(r));
        if g.quiet {
            ui.label(text.color(crate::ui::theme::warning_colour(dark)))
                .on_hover_text(t!(
                    "review-quiet-hint",
                    days = g.days_without_entries,
                    days_text = format::count(lang, i64::from(g.days_without_entries)),
                    date = format::long_date(lang, r.as_of),
                    quiet_text = format::count(lang, i64::from(g.quiet_after_days))
                ));
        } else {
            ui.label(text);
        }
    });
    row.col(|ui| {
        ui.label(if r.red_flags == 0 {
            t!("review-warning-signs-none")
        } else {
            format::count(lang, count(r.red_flags))
        });
    });
    row.col(|ui| {
        let name = r
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let text = if r.notes.is_empty() {
            name
        } else {
            format!("{name} ({})", r.notes.join(" "))
        };
        // One line a row: a long name or note ends in "…" rather than
        // running into the next row, and is read whole on hover.
        let whole = if r.notes.is_empty() {
            r.path.display().to_string()
        } else {
            format!("{}\n{}", r.path.display(), r.notes.join("\n"))
        };
        ui.add(egui::Label::new(RichText::new(text).weak()).truncate())
            .on_hover_text(whole);
    });
    open
}

/// A count for [`format::count`]; a count too large for it (never in practice) as the
/// largest it can write.
fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
