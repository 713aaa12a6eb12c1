//! The programme editor: the clinician changes one patient's programme (which exercises are
//! on, levels, doses, locks, the traffic light and the escalation rule's numbers), sees the
//! changes in the words the patient will see, and saves a programme file to send back.

use crate::i18n::{self, format};
use crate::model::plan::changes;
use crate::model::{Dose, Problem, ProblemAt, Programme, Side, Target};
use crate::review::programme_file::{self, ClinicianProgramme};
use crate::t;
use crate::ui::file_picker::{FilePicker, PickKind};
use crate::ui::task::Task;
use chrono::{Local, NaiveDate, Weekday};
use egui::{DragValue, RichText};

/// The editor's state for one patient.
#[derive(Debug)]
pub struct ProgrammeEditor {
    original: Programme,
    edited: Programme,
    for_patient: String,
    note: String,
    picker: FilePicker,
    saving: Option<Task<Result<String, String>>>,
    message: Option<Result<String, String>>,
    /// The changes, worked out again only when the programme is edited.
    changes: Vec<String>,
    /// What stops it being saved, each shown at its field.
    problems: Vec<Problem>,
    /// The day the editor was opened: an adjusted programme is named after it.
    today: NaiveDate,
    /// The clinician's key folder: the file is signed with the key in it.
    signing: Option<std::path::PathBuf>,
    /// The patient's affected side: the pictures are drawn for it.
    side: Side,
}

const DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

impl ProgrammeEditor {
    /// An editor starting from the patient's programme.
    #[must_use]
    pub fn new(programme: &Programme, for_patient: &str, today: NaiveDate) -> Self {
        let mut picker = FilePicker::new(PickKind::SaveFile, t!("review-editor-picker-title"));
        let dir = directories::UserDirs::new()
            .and_then(|u| {
                u.document_dir()
                    .map(std::path::Path::to_path_buf)
                    .or_else(|| Some(u.home_dir().to_path_buf()))
            })
            .unwrap_or_default();
        let safe: String = for_patient
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        picker.text = dir
            .join(format!("programme-{safe}-{today}.ron"))
            .display()
            .to_string();
        Self {
            original: programme.clone(),
            edited: programme.clone(),
            for_patient: for_patient.to_owned(),
            note: String::new(),
            picker,
            saving: None,
            message: None,
            changes: Vec::new(),
            problems: Vec::new(),
            today,
            signing: None,
            side: Side::Left,
        }
    }

    /// Draws the pictures for the patient's affected side.
    #[must_use]
    pub fn for_side(mut self, side: Side) -> Self {
        self.side = side;
        self
    }

    /// Signs the programme files it saves with the key in this folder (`None`: unsigned).
    #[must_use]
    pub fn signing_with(mut self, folder: Option<std::path::PathBuf>) -> Self {
        self.signing = folder;
        self
    }

    /// The programme as edited so far.
    #[must_use]
    pub fn edited(&self) -> &Programme {
        &self.edited
    }

    /// Draws the editor: the programme on the left, what the patient will see and saving on
    /// the right (below it when the window is narrow).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.poll();
        let mut changed = false;
        let wide = ui.available_width() >= 1000.0;
        if wide {
            let avail = ui.available_size();
            let right = 320.0;
            let left = avail.x - right - 16.0;
            ui.horizontal_top(|ui| {
                let down = egui::Layout::top_down(egui::Align::Min);
                ui.allocate_ui_with_layout(egui::vec2(left, avail.y), down, |ui| {
                    ui.set_max_width(left);
                    egui::ScrollArea::vertical()
                        .id_salt("programme_editor")
                        .auto_shrink([false, false])
                        .show(ui, |ui| changed = self.programme_ui(ui));
                });
                ui.separator();
                ui.allocate_ui_with_layout(egui::vec2(right, avail.y), down, |ui| {
                    ui.set_max_width(right);
                    egui::ScrollArea::vertical()
                        .id_salt("programme_editor_changes")
                        .auto_shrink([false, false])
                        .show(ui, |ui| self.save_ui(ui));
                });
            });
        } else {
            egui::ScrollArea::vertical()
                .id_salt("programme_editor")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    changed = self.programme_ui(ui);
                    ui.add_space(crate::ui::theme::space::S);
                    self.save_ui(ui);
                });
        }
        // The change list and checks are worked out only when a field changed.
        if changed {
            // A changed programme gets a name of its own, so the patient's screens show
            // that a new one is in force (the clinician can still rename it).
            let renamed = self.edited.name != self.original.name;
            if !renamed && !changes(&self.original, &self.edited).is_empty() {
                self.edited.name = adjusted_name(&self.original.name, self.today);
            }
            self.changes = changes(&self.original, &self.edited);
            self.problems = self.edited.problems();
            self.message = None;
        }
    }

    /// Draws the programme's fields; true when one was changed this frame.
    fn programme_ui(&mut self, ui: &mut egui::Ui) -> bool {
        ui.label(t!("review-editor-intro"));
        ui.add_space(crate::ui::theme::space::S);
        let mut changed = self.plan_ui(ui);
        ui.add_space(crate::ui::theme::space::S);
        changed |= self.exercises_ui(ui);
        ui.add_space(crate::ui::theme::space::S);
        changed |= self.bands_ui(ui);
        ui.add_space(crate::ui::theme::space::S);
        changed |= self.rule_ui(ui);
        changed
    }

    fn plan_ui(&mut self, ui: &mut egui::Ui) -> bool {
        ui.label(RichText::new(t!("review-editor-plan")).strong());
        let mut changed = ui
            .horizontal(|ui| {
                let name = t!("review-editor-name");
                ui.label(t!("review-field-label", label = name.as_str()));
                ui.add(egui::TextEdit::singleline(&mut self.edited.name).desired_width(360.0))
                    .accessible_name(name)
                    .changed()
            })
            .inner;
        changed |= ui
            .horizontal(|ui| {
                let name = t!("review-editor-sessions");
                ui.label(t!("review-field-label", label = name.as_str()));
                ui.add(DragValue::new(&mut self.edited.sessions_per_week).range(1..=14))
                    .accessible_name(name)
                    .changed()
            })
            .inner;
        problem_ui(ui, &self.problems, &ProblemAt::SessionsPerWeek);
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("review-field-label", label = t!("review-editor-days")));
            let lang = i18n::language();
            for day in DAYS {
                let mut on = self.edited.training_days.contains(&day);
                if ui.checkbox(&mut on, day_name(lang, day)).changed() {
                    changed = true;
                    if on {
                        self.edited.training_days.push(day);
                        self.edited
                            .training_days
                            .sort_by_key(Weekday::num_days_from_monday);
                    } else {
                        self.edited.training_days.retain(|d| *d != day);
                    }
                }
            }
        });
        changed
    }

    fn exercises_ui(&mut self, ui: &mut egui::Ui) -> bool {
        ui.label(RichText::new(t!("review-editor-exercises")).strong());
        egui::Grid::new("editor_exercises")
            .num_columns(6)
            .striped(true)
            .show(ui, |ui| {
                let mut changed = false;
                let lang = i18n::language();
                for h in [
                    t!("review-editor-column-exercise"),
                    t!("review-editor-column-on"),
                    t!("review-editor-column-level"),
                    t!("review-editor-column-held"),
                    t!("review-editor-column-sets"),
                    t!("review-editor-column-each-set"),
                ] {
                    ui.label(RichText::new(h).strong());
                }
                ui.end_row();
                for ex in &mut self.edited.exercises {
                    ui.horizontal(|ui| {
                        crate::ui::picture::exercise(ui, ex, ex.level, self.side, 56.0);
                        ui.label(&ex.name);
                    });
                    changed |= ui
                        .checkbox(&mut ex.enabled, "")
                        .on_hover_text(t!("review-editor-on-hint"))
                        .accessible_name(t!("review-editor-on-name", name = ex.name.as_str()))
                        .changed();
                    let current = ex.current().map_or(String::new(), |l| l.name.clone());
                    egui::ComboBox::from_id_salt(("level", &ex.id))
                        .selected_text(t!(
                            "review-editor-level",
                            number = format::count(lang, i64::from(ex.level)),
                            name = current
                        ))
                        .width(200.0)
                        .truncate()
                        .show_ui(ui, |ui| {
                            for (i, level) in (1u8..).zip(&ex.levels) {
                                changed |= ui
                                    .selectable_value(
                                        &mut ex.level,
                                        i,
                                        t!(
                                            "review-editor-level",
                                            number = format::count(lang, i64::from(i)),
                                            name = level.name.as_str()
                                        ),
                                    )
                                    .changed();
                            }
                        })
                        .response
                        .accessible_name(t!("review-editor-level-name", name = ex.name.as_str()));
                    changed |= ui
                        .checkbox(&mut ex.locked, "")
                        .on_hover_text(t!("review-editor-held-hint"))
                        .accessible_name(t!("review-editor-held-name", name = ex.name.as_str()))
                        .changed();
                    let index = usize::from(ex.level.max(1)) - 1;
                    let name = ex.name.clone();
                    if let Some(level) = ex.levels.get_mut(index) {
                        changed |= dose_ui(ui, &mut level.dose, &name);
                    } else {
                        ui.label("");
                        ui.label("");
                    }
                    ui.end_row();
                    problem_row(ui, &self.problems, &ProblemAt::Exercise(ex.id.clone()));
                }
                changed
            })
            .inner
    }

    fn bands_ui(&mut self, ui: &mut egui::Ui) -> bool {
        ui.label(RichText::new(t!("review-editor-bands")).strong());
        let b = &mut self.edited.pain_bands;
        let problems = &self.problems;
        egui::Grid::new("editor_bands")
            .num_columns(2)
            .show(ui, |ui| {
                let mut changed = false;
                changed |= number_row(ui, &t!("review-editor-safe-max"), &mut b.safe_max, 0..=10);
                changed |= number_row(
                    ui,
                    &t!("review-editor-acceptable-max"),
                    &mut b.acceptable_max,
                    0..=10,
                );
                problem_row(ui, problems, &ProblemAt::PainDuring);
                changed |= number_row(
                    ui,
                    &t!("review-editor-morning-amber"),
                    &mut b.morning_amber_rise,
                    1..=10,
                );
                changed |= number_row(
                    ui,
                    &t!("review-editor-morning-red"),
                    &mut b.morning_red_rise,
                    1..=10,
                );
                problem_row(ui, problems, &ProblemAt::MorningRise);
                changed |= number_row(
                    ui,
                    &t!("review-editor-usual-morning-days"),
                    &mut b.usual_morning_days,
                    1..=60,
                );
                changed |= number_row(
                    ui,
                    &t!("review-editor-usual-morning-min"),
                    &mut b.usual_morning_min_entries,
                    1..=60,
                );
                problem_row(ui, problems, &ProblemAt::UsualMorning);
                changed
            })
            .inner
    }

    fn rule_ui(&mut self, ui: &mut egui::Ui) -> bool {
        ui.label(RichText::new(t!("review-editor-rule")).strong());
        let r = &mut self.edited.escalation;
        let problems = &self.problems;
        egui::Grid::new("editor_rule")
            .num_columns(2)
            .show(ui, |ui| {
                let mut changed = false;
                changed |= number_row(
                    ui,
                    &t!("review-editor-baseline-days"),
                    &mut r.baseline_days,
                    1..=90,
                );
                changed |= number_row(
                    ui,
                    &t!("review-editor-baseline-min"),
                    &mut r.baseline_min_entries,
                    1..=90,
                );
                problem_row(ui, problems, &ProblemAt::StartingPain);
                changed |= number_row(
                    ui,
                    &t!("review-editor-current-days"),
                    &mut r.current_days,
                    1..=90,
                );
                changed |= number_row(
                    ui,
                    &t!("review-editor-current-min"),
                    &mut r.current_min_entries,
                    1..=90,
                );
                problem_row(ui, problems, &ProblemAt::CurrentPain);
                changed |= number_row(
                    ui,
                    &t!("review-editor-checkin-week"),
                    &mut r.checkin_week,
                    1..=104,
                );
                changed |= number_row(
                    ui,
                    &t!("review-editor-decision-week"),
                    &mut r.decision_week,
                    1..=104,
                );
                problem_row(ui, problems, &ProblemAt::Weeks);
                changed |= decimal_row(
                    ui,
                    &t!("review-editor-important-points"),
                    &mut r.important_change_points,
                    0.0..=10.0,
                );
                changed |= decimal_row(
                    ui,
                    &t!("review-editor-important-pct"),
                    &mut r.important_change_pct,
                    0.0..=100.0,
                );
                changed |= decimal_row(
                    ui,
                    &t!("review-editor-adherence-min"),
                    &mut r.adherence_min_pct,
                    0.0..=100.0,
                );
                changed |= decimal_row(
                    ui,
                    &t!("review-editor-psfs-important"),
                    &mut r.psfs_important_change,
                    0.0..=10.0,
                );
                changed |= decimal_row(
                    ui,
                    &t!("review-editor-worsening-points"),
                    &mut r.worsening_points,
                    0.0..=10.0,
                );
                changed |= number_row(
                    ui,
                    &t!("review-editor-worsening-weeks"),
                    &mut r.worsening_weeks,
                    1..=52,
                );
                changed |= number_row(
                    ui,
                    &t!("review-editor-quiet-days"),
                    &mut r.quiet_days,
                    1..=90,
                );
                problem_row(ui, problems, &ProblemAt::Thresholds);
                changed
            })
            .inner
    }

    fn save_ui(&mut self, ui: &mut egui::Ui) {
        ui.label(RichText::new(t!("review-editor-preview")).strong());
        if self.changes.is_empty() {
            ui.label(t!("review-editor-no-changes"));
        }
        for c in &self.changes {
            ui.label(t!("review-editor-change", change = c.as_str()));
        }
        let lang = i18n::language();
        let days = self.edited.training_days.len();
        let sessions = self.edited.sessions_per_week;
        if days != usize::from(sessions) {
            ui.label(
                RichText::new(t!(
                    "review-editor-days-mismatch",
                    days = days,
                    days_text = format::count(lang, i64::try_from(days).unwrap_or(i64::MAX)),
                    sessions_text = format::count(lang, i64::from(sessions))
                ))
                .weak(),
            );
        }
        if !self.problems.is_empty() {
            crate::ui::a11y::live_label(
                ui,
                RichText::new(t!(
                    "review-editor-cannot-save",
                    count = self.problems.len(),
                    count_text =
                        format::count(lang, i64::try_from(self.problems.len()).unwrap_or(i64::MAX))
                ))
                .color(crate::ui::theme::warning_colour(ui.visuals().dark_mode)),
                crate::ui::a11y::Urgency::Assertive,
            );
        }
        ui.add_space(crate::ui::theme::space::S);
        ui.label(t!("review-editor-note"));
        ui.add(
            egui::TextEdit::multiline(&mut self.note)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(t!("review-editor-note-name"));
        ui.label(t!("review-editor-file"));
        self.picker.ui(ui, &t!("review-editor-file-name"));
        match &self.signing {
            Some(folder) => {
                ui.label(
                    RichText::new(t!(
                        "review-editor-signed",
                        folder = folder.display().to_string()
                    ))
                    .weak(),
                );
            }
            None => {
                ui.label(
                    RichText::new(t!("review-editor-unsigned"))
                        .color(crate::ui::theme::warning_colour(ui.visuals().dark_mode)),
                );
            }
        }
        let can_save =
            self.problems.is_empty() && !self.changes.is_empty() && self.saving.is_none();
        if ui
            .add_enabled(
                can_save,
                crate::ui::theme::primary_button(ui, &t!("review-editor-save")),
            )
            .clicked()
        {
            self.start_save(ui.ctx());
        }
        if ui
            .add_enabled(
                self.saving.is_none(),
                egui::Button::new(t!("review-editor-save-sheet")),
            )
            .on_hover_text(t!("review-editor-save-sheet-hint"))
            .clicked()
        {
            self.start_sheet(ui.ctx());
        }
        if self.saving.is_some() {
            ui.spinner();
        }
        crate::ui::widgets::outcome_label(ui, self.message.as_ref());
    }

    /// Writes the programme sheet of the programme as edited, beside the programme file
    /// (the same name, ending `.html`).
    fn start_sheet(&mut self, ctx: &egui::Context) {
        let Some(path) = self.picker.paths().into_iter().next() else {
            self.message = Some(Err(t!("review-file-name-missing")));
            return;
        };
        let path = path.with_extension("html");
        let html = crate::export::sheet::html(
            crate::i18n::language(),
            &self.edited,
            self.side,
            &self.for_patient,
            self.today,
        );
        self.saving = Some(Task::spawn(
            "save-sheet",
            &t!("review-task-saving-sheet"),
            Some(ctx),
            move |_| {
                crate::export::write_file(&path, html.as_bytes())
                    .map(|()| {
                        t!(
                            "review-editor-sheet-saved",
                            path = path.display().to_string()
                        )
                    })
                    .map_err(|e| could_not_save(&path, &e))
            },
        ));
    }

    fn start_save(&mut self, ctx: &egui::Context) {
        let Some(path) = self.picker.paths().into_iter().next() else {
            self.message = Some(Err(t!("review-file-name-missing")));
            return;
        };
        let now = Local::now().fixed_offset();
        let file = ClinicianProgramme {
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            written_at: chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now),
            for_patient: self.for_patient.clone(),
            note: self.note.trim().to_owned(),
            programme: self.edited.clone(),
            signed_by: None,
        };
        let signing = self.signing.clone();
        self.saving = Some(Task::spawn(
            "save-programme",
            &t!("review-task-saving"),
            Some(ctx),
            move |_| {
                let signer = match signing
                    .as_deref()
                    .map(crate::handoff::keys::read_signer)
                    .transpose()
                {
                    Ok(signer) => signer,
                    Err(e) => {
                        return Err(t!("review-editor-key-unusable", error = e.to_string()));
                    }
                };
                let mut bytes = Vec::new();
                let written = match &signer {
                    Some(signer) => programme_file::write_signed(&file, signer, &mut bytes),
                    None => programme_file::write(&file, &mut bytes),
                };
                written
                    .and_then(|()| crate::export::write_file(&path, &bytes))
                    .map(|()| {
                        let path = path.display().to_string();
                        if let Some(s) = &signer {
                            let name = s.clinician.name.as_str();
                            t!("review-editor-saved-signed", path = path, name = name)
                        } else {
                            t!("review-editor-saved-unsigned", path = path)
                        }
                    })
                    .map_err(|e| could_not_save(&path, &e))
            },
        ));
    }

    fn poll(&mut self) {
        if let Some(result) = self.saving.as_mut().and_then(Task::poll) {
            self.message = Some(result.and_then(|r| r));
            self.saving = None;
        }
    }

    /// Whether a save is under way (tests wait for it).
    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }
}

/// Why a file the editor writes was not saved, in plain words.
fn could_not_save(path: &std::path::Path, e: &std::io::Error) -> String {
    t!(
        "review-could-not-save",
        path = path.display().to_string(),
        error = crate::storage::store::plain_io(e)
    )
}

/// An exercise's dose at its level: the sets and the reps or seconds of each; true when one
/// was changed. `name` is the exercise's, for the fields' screen-reader names.
fn dose_ui(ui: &mut egui::Ui, d: &mut Dose, name: &str) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        changed |= ui
            .add(DragValue::new(&mut d.sets_min).range(1..=20))
            .on_hover_text(t!("review-editor-fewest-sets"))
            .accessible_name(t!("review-editor-fewest-sets-name", name = name))
            .changed();
        ui.label(t!("review-editor-to"));
        changed |= ui
            .add(DragValue::new(&mut d.sets_max).range(1..=20))
            .on_hover_text(t!("review-editor-most-sets"))
            .accessible_name(t!("review-editor-most-sets-name", name = name))
            .changed();
    });
    ui.horizontal(|ui| {
        let (min, max, top, unit, fewest, most) = match &mut d.target {
            Target::Reps { min, max } => (
                min,
                max,
                200,
                t!("review-editor-reps"),
                t!("review-editor-fewest-reps-name", name = name),
                t!("review-editor-most-reps-name", name = name),
            ),
            Target::HoldSecs { min, max } => (
                min,
                max,
                600,
                t!("review-editor-seconds"),
                t!("review-editor-fewest-seconds-name", name = name),
                t!("review-editor-most-seconds-name", name = name),
            ),
        };
        changed |= ui
            .add(DragValue::new(min).range(1..=top))
            .accessible_name(fewest)
            .changed();
        ui.label(t!("review-editor-to"));
        changed |= ui
            .add(DragValue::new(max).range(1..=top))
            .accessible_name(most)
            .changed();
        ui.label(unit);
    });
    changed
}

/// The weekday's name in the clinician's language, for the training-day choice.
fn day_name(lang: i18n::Lang, day: Weekday) -> String {
    // Any week will do: the first ISO week of 2024.
    NaiveDate::from_isoywd_opt(2024, 1, day)
        .map_or_else(|| day.to_string(), |date| format::weekday(lang, date))
}

/// A programme's name after a clinician adjusted it: "<name> (adjusted 2026-11-26)", an
/// earlier such date replaced.
fn adjusted_name(name: &str, today: NaiveDate) -> String {
    let base = name
        .rsplit_once(" (adjusted ")
        .filter(|(_, rest)| {
            rest.strip_suffix(')')
                .is_some_and(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
        })
        .map_or(name, |(base, _)| base);
    format!("{base} (adjusted {today})")
}

/// The problems at one place of the programme, in the warning colour, where they are.
fn problem_ui(ui: &mut egui::Ui, problems: &[Problem], at: &ProblemAt) {
    for p in problems.iter().filter(|p| p.at == *at) {
        ui.label(
            RichText::new(t!("review-editor-problem", problem = p.text.as_str()))
                .color(crate::ui::theme::warning_colour(ui.visuals().dark_mode)),
        );
    }
}

/// [`problem_ui`] as a row of a two-or-more-column grid, under the field.
fn problem_row(ui: &mut egui::Ui, problems: &[Problem], at: &ProblemAt) {
    if problems.iter().any(|p| p.at == *at) {
        ui.label("");
        ui.vertical(|ui| problem_ui(ui, problems, at));
        ui.end_row();
    }
}

fn number_row<T: egui::emath::Numeric>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    range: std::ops::RangeInclusive<T>,
) -> bool {
    // The visible label ends in a colon, so screen readers and tests find the field by its
    // own name and the label separately.
    ui.label(t!("review-field-label", label = label));
    let changed = ui
        .add(DragValue::new(value).range(range))
        .accessible_name(label)
        .changed();
    ui.end_row();
    changed
}

fn decimal_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
) -> bool {
    // The visible label ends in a colon, so screen readers and tests find the field by its
    // own name and the label separately.
    ui.label(t!("review-field-label", label = label));
    let changed = ui
        .add(
            crate::ui::widgets::local_number(DragValue::new(value), 1)
                .range(range)
                .speed(0.1),
        )
        .accessible_name(label)
        .changed();
    ui.end_row();
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_adjusted_programme_is_named_after_the_day_once() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let later = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let once = adjusted_name("Home plan", day);
        assert_eq!(once, "Home plan (adjusted 2026-11-26)");
        assert_eq!(
            adjusted_name(&once, later),
            "Home plan (adjusted 2027-01-04)"
        );
        assert_eq!(
            adjusted_name("Plan (adjusted for travel)", day),
            "Plan (adjusted for travel) (adjusted 2026-11-26)"
        );
    }
}
