//! History: every entry, newest first, filtered by kind, each one editable or deletable (and
//! Ctrl+Z takes a change back). Only the rows on screen are laid out, and the row index is
//! rebuilt only when the journal or the filter changes, so ten years scroll like a week.

use super::today::sets::{SetDraft, set_row_ui};
use crate::analysis::SessionLights;
use crate::analysis::traffic_light::SessionLight;
use crate::i18n::{self, format};
use crate::model::{
    Ability, Amount, DayState, DiaryEntry, Entry, EntryId, EntryRef, Event, EventKind, Month, Pain,
    PsfsEntry, Session, SittingMins, Units, YearMonth,
};
use crate::record::{Change, ChangeError, Record};
use crate::t;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets::{pain_scale, score_scale};
use chrono::Datelike;
use chrono::NaiveDate;
use egui::RichText;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

/// Which entries to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Filter {
    #[default]
    Everything,
    Sessions,
    Diary,
    Events,
    Scores,
}

impl Filter {
    const ALL: [Self; 5] = [
        Self::Everything,
        Self::Sessions,
        Self::Diary,
        Self::Events,
        Self::Scores,
    ];

    /// The filter's name, as its button shows it.
    fn name(self) -> String {
        match self {
            Self::Everything => t!("history-filter-everything"),
            Self::Sessions => t!("history-filter-sessions"),
            Self::Diary => t!("history-filter-diary"),
            Self::Events => t!("history-filter-events"),
            Self::Scores => t!("history-filter-scores"),
        }
    }

    fn keeps(self, entry: &EntryRef<'_>) -> bool {
        matches!(
            (self, entry),
            (Self::Everything, _)
                | (Self::Sessions, EntryRef::Session(_))
                | (Self::Diary, EntryRef::Diary(_))
                | (Self::Events, EntryRef::Event(_))
                | (Self::Scores, EntryRef::Psfs(_))
        )
    }
}

/// One row: where to find its entry.
#[derive(Debug, Clone, Copy)]
struct Row {
    month: YearMonth,
    id: EntryId,
}

/// Which part of the editor a problem is about: it is said there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    Date,
    Scores,
    Fields,
}

/// An entry being edited.
#[derive(Debug)]
struct Editor {
    entry: Entry,
    date: NaiveDate,
    pains: Vec<Option<u8>>,
    sets: Vec<Vec<SetDraft>>,
    /// Why "Save changes" did not save, and where; the window stays open with what was typed.
    error: Option<(At, String)>,
    /// The problem was just found: it is scrolled into view once.
    show_error: bool,
    /// The entry as it was opened, to tell a change not saved yet.
    opened: (Entry, NaiveDate, Vec<Option<u8>>, Vec<Vec<SetDraft>>),
    /// Cancel or close was pressed over changes not saved: asked first.
    asking_to_close: bool,
}

/// The History screen's state.
#[derive(Debug, Default)]
pub struct HistoryScreen {
    rows: Vec<Row>,
    built_for: Option<(u64, Filter)>,
    /// Each month's rows, with the month they were made from: after a change only the
    /// months that changed are gone through again.
    by_month: BTreeMap<YearMonth, (Arc<Month>, Vec<Row>)>,
    filter: Filter,
    editor: Option<Editor>,
    /// Drawn since it was opened: until then it opens at its top, the newest first.
    shown: bool,
    /// The row to bring to the top on the next frame (Home, End, a month or a day picked).
    jump_to: Option<usize>,
    /// The day last gone to.
    go_to_day: Option<NaiveDate>,
}

impl HistoryScreen {
    /// The next time it is drawn, the screen opens at its top.
    pub fn open_at_top(&mut self) {
        self.shown = false;
    }

    fn rebuild(&mut self, data: &Record) {
        let months = data.journal().months();
        self.by_month.retain(|ym, _| months.contains_key(ym));
        self.rows.clear();
        for (ym, month) in months.iter().rev() {
            let current = self
                .by_month
                .get(ym)
                .is_some_and(|(seen, _)| Arc::ptr_eq(seen, month));
            if !current {
                let rows = month
                    .entries_newest_first()
                    .into_iter()
                    .filter(|e| self.filter.keeps(e))
                    .map(|e| Row {
                        month: *ym,
                        id: e.id(),
                    })
                    .collect();
                self.by_month.insert(*ym, (Arc::clone(month), rows));
            }
            if let Some((_, rows)) = self.by_month.get(ym) {
                self.rows.extend_from_slice(rows);
            }
        }
        self.built_for = Some((data.version(), self.filter));
    }

    /// Draws the screen; `lights` are the sessions' traffic lights as of `today`
    /// ([`crate::analysis::Progress::lights`]). Without `can_write` (a read-only diary, or a
    /// patient's diary under review) no entry offers to be changed.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        lights: Option<&SessionLights>,
        today: NaiveDate,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        if self.built_for.is_some_and(|(_, f)| f != self.filter) {
            // Another filter: every month's rows change.
            self.by_month.clear();
        }
        if self.built_for != Some((data.version(), self.filter)) {
            self.rebuild(data);
        }
        self.header_ui(ui, data);
        if !self.rows.is_empty() {
            self.go_to_ui(ui, data, today);
        }
        ui.add_space(theme::space::S);
        if self.rows.is_empty() {
            ui.label(t!("history-empty"));
        } else {
            self.rows_ui(ui, data, lights, can_write, commands);
        }
        self.editor_window(ui.ctx(), data, today, commands);
    }

    /// The heading: what the history holds, which programme was in force when, the filter.
    fn header_ui(&mut self, ui: &mut egui::Ui, data: &Record) {
        ui.heading(t!("history-title"));
        if !data.is_complete() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("history-still-reading", count = data.months_to_read()));
            });
        }
        let (s, d, e) = data.journal().counts();
        ui.label(RichText::new(t!("history-counts", sessions = s, diary = d, events = e)).weak());
        // Which programme was in force when: each one taken up from the clinician.
        for (from, programme) in data.programmes().changes() {
            ui.label(
                RichText::new(t!(
                    "history-programme-from",
                    date = format::long_date(i18n::language(), from),
                    name = programme.name.as_str(),
                    count = programme.sessions_per_week
                ))
                .weak(),
            );
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("history-show"));
            for filter in Filter::ALL {
                if ui
                    .selectable_label(self.filter == filter, filter.name())
                    .clicked()
                {
                    self.filter = filter;
                }
            }
        });
    }

    /// The rows, only those on screen laid out; Home and End go to the newest and the oldest.
    fn rows_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        lights: Option<&SessionLights>,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        let row_height = ui
            .spacing()
            .interact_size
            .y
            .max(ui.text_style_height(&egui::TextStyle::Body))
            + theme::space::XS;
        if !std::mem::replace(&mut self.shown, true) {
            self.jump_to = Some(0);
        }
        // Home and End go to the newest and the oldest entry, unless a text is being
        // typed or an entry edited.
        if self.editor.is_none() && !ui.ctx().text_edit_focused() {
            let (home, end) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, egui::Key::Home),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::End),
                )
            });
            if home {
                self.jump_to = Some(0);
            }
            if end {
                self.jump_to = Some(self.rows.len().saturating_sub(1));
            }
        }
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("history")
            .auto_shrink([false, false]);
        if let Some(row) = self.jump_to.take() {
            let step = row_height + ui.spacing().item_spacing.y;
            #[expect(clippy::cast_precision_loss, reason = "a row number far below 2^24")]
            let offset = row as f32 * step;
            scroll = scroll.vertical_scroll_offset(offset);
        }
        scroll.show_rows(ui, row_height, self.rows.len(), |ui, range| {
            // Rows take the list's width with Edit and Delete at its right edge; every
            // other row is shaded, and the row under the pointer more, so the eye follows
            // a row from its date to its buttons in a wide window.
            let gap = ui.spacing().item_spacing.y;
            for i in range {
                let band = egui::Rect::from_min_size(
                    ui.cursor().min - egui::vec2(0.0, gap / 2.0),
                    egui::vec2(ui.available_width(), row_height + gap),
                );
                let shade = if ui.rect_contains_pointer(band) {
                    Some(ui.visuals().widgets.hovered.weak_bg_fill)
                } else {
                    (i % 2 == 1).then_some(ui.visuals().faint_bg_color)
                };
                if let Some(shade) = shade {
                    ui.painter().rect_filled(band, theme::radius::WIDGET, shade);
                }
                let row = self.rows[i];
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    if let Some(entry) = find(data, &row) {
                        let light = lights.and_then(|l| l.get(row.id));
                        self.row_ui(ui, data, entry, light, can_write, commands);
                    }
                });
            }
        });
    }

    /// Going to a month or a day: the list moves so its newest entry on or before it is at
    /// the top.
    fn go_to_ui(&mut self, ui: &mut egui::Ui, data: &Record, today: NaiveDate) {
        let months = data.journal().months();
        let (Some(first_day), Some(last_day)) = (
            months.keys().next().and_then(|ym| ym.first_day()),
            data.journal().last_day(),
        ) else {
            return;
        };
        let last_day = last_day.max(today);
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("history-go-to"));
            let mut month: Option<YearMonth> = None;
            egui::ComboBox::from_id_salt("history go to month")
                .selected_text(t!("history-go-to-month-choice"))
                .height(320.0)
                .show_ui(ui, |ui| {
                    for ym in months.keys().rev() {
                        let Some(day) = ym.first_day() else {
                            continue;
                        };
                        if ui
                            .selectable_label(false, format::month_year(i18n::language(), day))
                            .clicked()
                        {
                            month = Some(*ym);
                        }
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("history-go-to-month"))
                });
            let mut day = self.go_to_day.unwrap_or(today).clamp(first_day, last_day);
            let picked = crate::ui::date_picker::date_picker(
                ui,
                &t!("history-go-to-day"),
                &mut day,
                &(first_day..=last_day),
            );
            if let Some(last) = month.and_then(|ym| ym.next().first_day()?.pred_opt()) {
                self.go_to(data, last);
            } else if picked {
                self.go_to_day = Some(day);
                self.go_to(data, day);
            }
            ui.label(RichText::new(t!("history-home-end")).weak());
        });
    }

    /// Brings the newest entry on or before `day` to the top of the list.
    fn go_to(&mut self, data: &Record, day: NaiveDate) {
        // Newest first: the rows after `day` come before the others.
        let row = self
            .rows
            .partition_point(|row| find(data, row).is_some_and(|e| e.date() > day));
        self.jump_to = Some(row.min(self.rows.len().saturating_sub(1)));
    }

    fn row_ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &Record,
        entry: EntryRef<'_>,
        light: Option<&SessionLight>,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        let day = entry.date();
        let when = t!(
            "history-row-when",
            weekday = super::today::weekday_short(day.weekday()),
            day_month = format::day_month(i18n::language(), day),
            year = day.year().to_string(),
            time = entry.time().format("%H:%M").to_string()
        );
        ui.label(RichText::new(&when).monospace());
        let summary = match entry {
            EntryRef::Session(s) => session_summary(s, data),
            EntryRef::Diary(d) => diary_summary(d),
            EntryRef::Event(e) => event_summary(e, data),
            EntryRef::Psfs(p) => psfs_summary(p),
        };
        if let Some(light) = light {
            crate::ui::widgets::light_badge(ui, light);
        }
        if can_write {
            // The summary gives way to Edit and Delete in a narrow window: cut short with
            // "…", the whole of it on hover.
            let buttons = ui.spacing().scroll.bar_width
                + crate::ui::widgets::button_width(ui, &t!("history-edit"))
                + crate::ui::widgets::button_width(ui, &t!("history-delete"));
            ui.scope(|ui| {
                ui.set_max_width((ui.available_width() - buttons).max(0.0));
                ui.add(egui::Label::new(&summary).truncate());
            });
        } else {
            ui.label(&summary);
            return;
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Clear of the scroll bar floating over the list's right edge.
            ui.add_space(ui.spacing().scroll.bar_width);
            if ui
                .small_button(t!("history-delete"))
                .accessible_name(t!("history-delete-name", when = when.as_str()))
                .clicked()
            {
                commands.push(Command::Change(Change::Delete(entry.id())));
            }
            if ui
                .small_button(t!("history-edit"))
                .accessible_name(t!("history-edit-name", when = when.as_str()))
                .clicked()
            {
                self.editor = Some(Editor::new(entry.to_owned_entry(), data));
            }
        });
    }

    fn editor_window(
        &mut self,
        ctx: &egui::Context,
        data: &Record,
        today: NaiveDate,
        commands: &mut Vec<Command>,
    ) {
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        let mut open = true;
        let mut done = false;
        let mut cancel = false;
        let mut discard = false;
        egui::Window::new(t!("history-editor-title"))
            .max_width(crate::ui::theme::window_max_width(ctx))
            .id(egui::Id::unique("history edit entry"))
            .open(&mut open)
            .collapsible(false)
            .default_width(640.0)
            .show(ctx, |ui| {
                let height = (ui.ctx().content_rect().height() - 200.0).clamp(200.0, 560.0);
                egui::ScrollArea::vertical()
                    .max_height(height)
                    .show(ui, |ui| editor.ui(ui, data, today));
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(t!("history-editor-save")).strong())
                        .clicked()
                    {
                        let units = data.profile().map_or(Units::Kg, |p| p.units);
                        // The record's own checks are made here, so a refusal keeps the
                        // window open with what was typed and says why at the field.
                        let checked =
                            editor.finish(data, today, units).and_then(|entry| {
                                match data.check_entry(&entry, Some(entry.id()), today) {
                                    Ok(()) => Ok(entry),
                                    Err(e) => {
                                        let at = match (&e, &entry) {
                                            (ChangeError::DiaryDayTaken { .. }, _) => At::Date,
                                            (_, Entry::Diary(_)) => At::Scores,
                                            _ => At::Fields,
                                        };
                                        Err((at, crate::ui::words::capitalise(&e.to_string())))
                                    }
                                }
                            });
                        match checked {
                            Ok(entry) => {
                                commands.push(Command::Change(Change::Replace(entry)));
                                done = true;
                            }
                            Err(e) => {
                                editor.error = Some(e);
                                editor.show_error = true;
                            }
                        }
                    }
                    if ui.button(t!("history-editor-cancel")).clicked() {
                        cancel = true;
                    }
                });
                if editor.asking_to_close {
                    let warn = theme::warning_colour(ui.visuals().dark_mode);
                    crate::ui::a11y::live_label(
                        ui,
                        RichText::new(t!("history-editor-not-saved"))
                            .strong()
                            .color(warn),
                        crate::ui::a11y::Urgency::Assertive,
                    );
                    ui.horizontal_wrapped(|ui| {
                        if ui.button(t!("history-editor-discard")).clicked() {
                            discard = true;
                        }
                        if ui.button(t!("history-editor-keep-editing")).clicked() {
                            editor.asking_to_close = false;
                        }
                    });
                } else if editor.changed() {
                    ui.label(RichText::new(t!("history-editor-changed")).weak());
                }
            });
        if (cancel || !open) && editor.changed() {
            // Changes are not thrown away unasked.
            editor.asking_to_close = true;
        } else if done || discard || cancel || !open {
            self.editor = None;
        }
    }

    /// The entry being edited and not saved yet, in a few words for the status bar.
    #[must_use]
    pub fn unsaved(&self) -> Option<String> {
        let editor = self.editor.as_ref().filter(|e| e.changed())?;
        Some(t!(
            "history-unsaved",
            entry = crate::record::describe(&editor.opened.0)
        ))
    }
}

fn find<'a>(data: &'a Record, row: &Row) -> Option<EntryRef<'a>> {
    let m = data.journal().month(row.month)?;
    m.sessions
        .iter()
        .find(|s| s.id == row.id)
        .map(EntryRef::Session)
        .or_else(|| m.diary.iter().find(|d| d.id == row.id).map(EntryRef::Diary))
        .or_else(|| {
            m.events
                .iter()
                .find(|e| e.id == row.id)
                .map(EntryRef::Event)
        })
        .or_else(|| m.psfs.iter().find(|p| p.id == row.id).map(EntryRef::Psfs))
}

impl Editor {
    fn new(entry: Entry, data: &Record) -> Self {
        let units = data.profile().map_or(Units::Kg, |p| p.units);
        let (pains, sets) = match &entry {
            Entry::Session(s) => (
                std::iter::once(s.next_morning_pain.map(Pain::get))
                    .chain(s.exercises.iter().map(|e| e.pain_during.map(Pain::get)))
                    .collect(),
                s.exercises
                    .iter()
                    .map(|e| {
                        e.sets
                            .iter()
                            .map(|set| SetDraft::from_log(set, units))
                            .collect()
                    })
                    .collect(),
            ),
            Entry::Diary(d) => (
                vec![Some(d.pain_now.get()), Some(d.worst_24h.get())],
                Vec::new(),
            ),
            Entry::Psfs(p) => (
                p.scores.iter().map(|s| Some(s.score.get())).collect(),
                Vec::new(),
            ),
            Entry::Event(_) => (Vec::new(), Vec::new()),
        };
        Self {
            date: entry.date(),
            opened: (entry.clone(), entry.date(), pains.clone(), sets.clone()),
            entry,
            pains,
            sets,
            error: None,
            show_error: false,
            asking_to_close: false,
        }
    }

    /// Whether anything was changed since the entry was opened.
    fn changed(&self) -> bool {
        let (entry, date, pains, sets) = &self.opened;
        *entry != self.entry || *date != self.date || *pains != self.pains || *sets != self.sets
    }

    /// The problem found at `at`, if any, in the warning colour, said at once to a screen
    /// reader, and scrolled into view when just found. Takes the two fields it needs, so it
    /// can be called while the entry is being edited.
    fn error_ui(ui: &mut egui::Ui, error: Option<&(At, String)>, show_error: &mut bool, at: At) {
        if let Some((_, text)) = error.filter(|(a, _)| *a == at) {
            let colour = theme::warning_colour(ui.visuals().dark_mode);
            let label = crate::ui::a11y::live_label(
                ui,
                RichText::new(text).color(colour),
                crate::ui::a11y::Urgency::Assertive,
            );
            if std::mem::take(show_error) {
                label.scroll_to_me(None);
            }
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, data: &Record, today: NaiveDate) {
        let units = data.profile().map_or(Units::Kg, |p| p.units);
        let first = data
            .profile()
            .map_or(self.date, |p| p.start_date)
            .min(self.entry.date())
            .min(today);
        let last = today.succ_opt().unwrap_or(today);
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("history-editor-date"));
            crate::ui::date_picker::date_picker(
                ui,
                &t!("history-editor-date-name"),
                &mut self.date,
                &(first..=last),
            );
        });
        Self::error_ui(ui, self.error.as_ref(), &mut self.show_error, At::Date);
        match &mut self.entry {
            Entry::Diary(d) => {
                ui.label(t!("history-editor-pain-now"));
                pain_scale(ui, &t!("history-editor-pain-now-name"), &mut self.pains[0]);
                ui.label(t!("history-editor-worst-pain"));
                pain_scale(
                    ui,
                    &t!("history-editor-worst-pain-name"),
                    &mut self.pains[1],
                );
                Self::error_ui(ui, self.error.as_ref(), &mut self.show_error, At::Scores);
                let mut known = d.sitting_mins.is_some();
                let mut mins = d.sitting_mins.map_or(30, SittingMins::get);
                ui.horizontal(|ui| {
                    ui.checkbox(&mut known, t!("history-editor-sitting"));
                    ui.add_enabled(
                        known,
                        egui::DragValue::new(&mut mins)
                            .range(0..=SittingMins::MAX)
                            .suffix(format!(" {}", t!("history-editor-minutes"))),
                    )
                    .accessible_name(t!("history-editor-sitting-name"));
                });
                d.sitting_mins = if known {
                    SittingMins::new(i64::from(mins)).ok()
                } else {
                    None
                };
                ui.horizontal_wrapped(|ui| {
                    for state in DayState::ALL {
                        ui.radio_value(&mut d.day_state, state, state.label());
                    }
                });
                ui.add(egui::TextEdit::singleline(&mut d.note).desired_width(f32::INFINITY))
                    .accessible_name(t!("history-editor-note-name"));
            }
            Entry::Session(s) => {
                Self::session_ui(ui, s, &mut self.pains, &mut self.sets, data, units);
            }
            Entry::Event(e) => {
                ui.label(e.kind.label());
                ui.add(egui::TextEdit::singleline(&mut e.note).desired_width(f32::INFINITY))
                    .accessible_name(t!("history-editor-note-name"));
            }
            Entry::Psfs(p) => {
                for (score, value) in p.scores.iter().zip(self.pains.iter_mut()) {
                    ui.label(&score.activity);
                    score_scale(
                        ui,
                        &t!(
                            "history-editor-score-name",
                            activity = score.activity.as_str()
                        ),
                        value,
                    );
                }
            }
        }
        if !matches!(self.entry, Entry::Diary(_)) {
            Self::error_ui(ui, self.error.as_ref(), &mut self.show_error, At::Scores);
        }
        Self::error_ui(ui, self.error.as_ref(), &mut self.show_error, At::Fields);
    }

    /// A session's fields: the next morning's pain, each exercise's sets and pain, a note.
    fn session_ui(
        ui: &mut egui::Ui,
        s: &mut crate::model::Session,
        pains: &mut [Option<u8>],
        sets: &mut [Vec<SetDraft>],
        data: &Record,
        units: Units,
    ) {
        // "Clear" beside the question, not after the bar, which takes the width it is given.
        ui.horizontal(|ui| {
            ui.label(t!("history-editor-next-morning"));
            if ui.small_button(t!("history-editor-clear")).clicked() {
                pains[0] = None;
            }
        });
        pain_scale(ui, &t!("history-editor-next-morning-name"), &mut pains[0]);
        for (i, log) in s.exercises.iter().enumerate() {
            let Some(exercise) = data.programme().exercise(&log.exercise_id) else {
                continue;
            };
            ui.separator();
            ui.label(
                RichText::new(t!(
                    "history-editor-exercise",
                    name = exercise.name.as_str(),
                    level = log.level
                ))
                .strong(),
            );
            let hold = log
                .sets
                .first()
                .is_some_and(|s| matches!(s.amount, Amount::HoldSecs(_)));
            let mut remove = None;
            if let Some(sets) = sets.get_mut(i) {
                for (n, set) in sets.iter_mut().enumerate() {
                    ui.horizontal(|ui| {
                        let (label, name) = match set.side {
                            Some(side) => {
                                let side = super::today::side_word(side);
                                (
                                    t!(
                                        "history-editor-set-side",
                                        set = n + 1,
                                        side = side.as_str()
                                    ),
                                    t!(
                                        "history-editor-set-name-side",
                                        name = exercise.name.as_str(),
                                        set = n + 1,
                                        side = side.as_str()
                                    ),
                                )
                            }
                            None => (
                                t!("history-editor-set", set = n + 1),
                                t!(
                                    "history-editor-set-name",
                                    name = exercise.name.as_str(),
                                    set = n + 1
                                ),
                            ),
                        };
                        ui.label(label);
                        if set_row_ui(
                            ui,
                            &name,
                            &format!("edit-{i}-{n}"),
                            set,
                            exercise,
                            hold,
                            units,
                        ) {
                            remove = Some(n);
                        }
                    });
                }
                if let Some(n) = remove {
                    sets.remove(n);
                }
            }
            if let Some(p) = pains.get_mut(i + 1) {
                pain_scale(
                    ui,
                    &t!(
                        "history-editor-pain-during-name",
                        name = exercise.name.as_str()
                    ),
                    p,
                );
            }
        }
        ui.add(egui::TextEdit::singleline(&mut s.note).desired_width(f32::INFINITY))
            .accessible_name(t!("history-editor-note-name"));
    }

    fn finish(&self, data: &Record, today: NaiveDate, units: Units) -> Result<Entry, (At, String)> {
        let new_date = self.date;
        crate::model::check_date(new_date, today)
            .map_err(|_| (At::Date, t!("history-editor-date-too-late")))?;
        let scores = |text: String| (At::Scores, text);
        let pain = |v: Option<u8>| v.and_then(|p| Pain::new(i64::from(p)).ok());
        let mut entry = self.entry.clone();
        match &mut entry {
            Entry::Diary(d) => {
                d.date = new_date;
                d.pain_now = pain(self.pains[0])
                    .ok_or_else(|| scores(t!("history-editor-choose-pain-now")))?;
                d.worst_24h = pain(self.pains[1])
                    .ok_or_else(|| scores(t!("history-editor-choose-worst-pain")))?;
            }
            Entry::Session(s) => {
                s.date = new_date;
                s.next_morning_pain = pain(self.pains[0]);
                for (i, log) in s.exercises.iter_mut().enumerate() {
                    log.pain_during = pain(self.pains.get(i + 1).copied().flatten());
                    let (Some(exercise), Some(drafts)) = (
                        data.programme().exercise(&log.exercise_id),
                        self.sets.get(i),
                    ) else {
                        continue;
                    };
                    let hold = log
                        .sets
                        .first()
                        .is_some_and(|s| matches!(s.amount, Amount::HoldSecs(_)));
                    log.sets = drafts
                        .iter()
                        .map(|d| d.to_log(exercise, hold, units))
                        .collect::<Result<_, _>>()
                        .map_err(|e| (At::Fields, e))?;
                }
            }
            Entry::Event(e) => e.date = new_date,
            Entry::Psfs(p) => {
                p.date = new_date;
                for (score, value) in p.scores.iter_mut().zip(&self.pains) {
                    score.score = value
                        .and_then(|v| Ability::new(i64::from(v)).ok())
                        .ok_or_else(|| scores(t!("history-editor-score-every-activity")))?;
                }
            }
        }
        Ok(entry)
    }
}

fn session_summary(s: &Session, data: &Record) -> String {
    let sets: usize = s.exercises.iter().map(|e| e.sets.len()).sum();
    let names: Vec<&str> = s
        .exercises
        .iter()
        .filter_map(|e| {
            data.programmes()
                .in_force(s.date)
                .exercise(&e.exercise_id)
                .or_else(|| data.programme().exercise(&e.exercise_id))
                .map(|x| x.name.as_str())
        })
        .collect();
    let mut parts = vec![if names.len() <= 2 {
        t!(
            "history-session-names",
            names = super::today::join_names(&names),
            sets = sets
        )
    } else {
        t!(
            "history-session-count",
            count = s.exercises.len(),
            sets = sets
        )
    }];
    if let Some(p) = s.max_pain_during() {
        parts.push(t!("history-session-pain-during", pain = p.get()));
    }
    if let Some(m) = s.next_morning_pain {
        parts.push(t!("history-session-next-morning", pain = m.get()));
    }
    parts.join(", ")
}

/// A diary entry in one line.
#[must_use]
pub fn diary_summary(d: &DiaryEntry) -> String {
    let mut text = t!(
        "history-diary",
        pain_now = d.pain_now.get(),
        worst = d.worst_24h.get()
    );
    if let Some(m) = d.sitting_mins {
        let _ = write!(
            text,
            ", {}",
            t!(
                "history-diary-sitting",
                mins = format::count(i18n::language(), i64::from(m.get()))
            )
        );
    }
    if d.day_state != DayState::Normal {
        let _ = write!(text, ", {}", d.day_state.label().to_lowercase());
    }
    if !d.note.is_empty() {
        let _ = write!(text, " · “{}”", d.note);
    }
    text
}

fn event_summary(e: &Event, data: &Record) -> String {
    let mut text = e.kind.label();
    match &e.kind {
        EventKind::Injection {
            side: Some(side), ..
        } => {
            let _ = write!(
                text,
                ", {}",
                t!("history-event-side", side = super::today::side_word(*side))
            );
        }
        EventKind::RedFlag { signs } => {
            let _ = write!(text, " {}", t!("history-event-signs", count = signs.len()));
        }
        EventKind::LevelChange {
            exercise_id,
            from,
            to,
        } => {
            let name = data
                .programme()
                .exercise(exercise_id)
                .map_or(exercise_id.as_str(), |x| x.name.as_str());
            let _ = write!(
                text,
                ": {}",
                t!("history-event-level", name = name, from = *from, to = *to)
            );
        }
        _ => {}
    }
    if !e.note.is_empty() {
        let _ = write!(text, " · {}", e.note);
    }
    text
}

fn psfs_summary(p: &PsfsEntry) -> String {
    let scores: Vec<String> = p
        .scores
        .iter()
        .map(|s| format!("{} {}", s.activity, s.score))
        .collect();
    t!("history-scores", scores = scores.join(", "))
}
