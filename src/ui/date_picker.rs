//! A date field nobody has to type: the day as words, a day earlier or later with the
//! arrows beside it, and a month calendar under the date. Every control is named for
//! screen readers ("{name}: Monday, 23 November 2026").

use chrono::{Datelike, Days, Months, NaiveDate};
use egui::{Popup, PopupCloseBehavior, RichText, Ui};
use std::ops::RangeInclusive;

use crate::i18n::{self, format};
use crate::t;

/// Shows the date with a day earlier and a day later, and a calendar under it; keeps the
/// date within `range`. Returns true when the date changed.
pub fn date_picker(
    ui: &mut Ui,
    name: &str,
    date: &mut NaiveDate,
    range: &RangeInclusive<NaiveDate>,
) -> bool {
    let before = *date;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let earlier = date.pred_opt().filter(|d| range.contains(d));
        if ui
            .add_enabled(earlier.is_some(), egui::Button::new("‹"))
            .on_hover_text(t!("diary-picker-earlier"))
            .accessible_name(t!("diary-picker-earlier-named", name = name))
            .clicked()
            && let Some(d) = earlier
        {
            *date = d;
        }
        let day = format::long_date(i18n::language(), *date);
        let button = ui
            .button(RichText::new(&day).strong())
            .on_hover_text(t!("diary-picker-calendar"))
            .accessible_name(t!("diary-picker-day-named", name = name, date = day));
        let open = Popup::from_toggle_button_response(&button)
            .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                if calendar_ui(ui, name, date, range) {
                    Popup::close_id(ui.ctx(), Popup::default_response_id(&button));
                }
            });
        if open.is_none() {
            // Opened again, the calendar shows the month of the date.
            ui.data_mut(|d| d.remove::<NaiveDate>(calendar_id(name)));
        }
        let later = date.succ_opt().filter(|d| range.contains(d));
        if ui
            .add_enabled(later.is_some(), egui::Button::new("›"))
            .on_hover_text(t!("diary-picker-later"))
            .accessible_name(t!("diary-picker-later-named", name = name))
            .clicked()
            && let Some(d) = later
        {
            *date = d;
        }
    });
    *date != before
}

/// The month of `date` as a calendar, with the month before and after; returns true when a
/// day was picked.
fn calendar_ui(
    ui: &mut Ui,
    name: &str,
    date: &mut NaiveDate,
    range: &RangeInclusive<NaiveDate>,
) -> bool {
    let id = calendar_id(name);
    let mut month: NaiveDate = ui
        .data(|d| d.get_temp(id))
        .unwrap_or_else(|| first_of_month(*date));
    let mut picked = false;
    ui.horizontal(|ui| {
        let previous = month.checked_sub_months(Months::new(1));
        if ui
            .add_enabled(
                previous.is_some_and(|p| last_of_month(p) >= *range.start()),
                egui::Button::new("‹"),
            )
            .accessible_name(t!("diary-picker-month-before", name = name))
            .clicked()
            && let Some(p) = previous
        {
            month = p;
        }
        ui.label(RichText::new(format::month_year(i18n::language(), month)).strong());
        let next = month.checked_add_months(Months::new(1));
        if ui
            .add_enabled(
                next.is_some_and(|n| n <= *range.end()),
                egui::Button::new("›"),
            )
            .accessible_name(t!("diary-picker-month-after", name = name))
            .clicked()
            && let Some(n) = next
        {
            month = n;
        }
    });
    egui::Grid::new(("calendar_grid", name))
        .spacing(egui::vec2(2.0, 2.0))
        .show(ui, |ui| {
            for day in crate::ui::calendar::weekday_initials() {
                ui.label(RichText::new(day).weak());
            }
            ui.end_row();
            let lead = month.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut column = lead;
            for day in month.iter_days().take_while(|d| d.month() == month.month()) {
                let button = egui::Button::selectable(day == *date, day.day().to_string())
                    .min_size(egui::vec2(34.0, 28.0));
                if ui
                    .add_enabled(range.contains(&day), button)
                    .accessible_name(t!(
                        "diary-picker-day-named",
                        name = name,
                        date = format::long_date(i18n::language(), day)
                    ))
                    .clicked()
                {
                    *date = day;
                    picked = true;
                }
                column += 1;
                if column == 7 {
                    ui.end_row();
                    column = 0;
                }
            }
        });
    ui.data_mut(|d| d.insert_temp(id, month));
    picked
}

/// Where the calendar keeps the month it shows while it is open.
fn calendar_id(name: &str) -> egui::Id {
    egui::Id::unique(("calendar", name))
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

fn last_of_month(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.checked_sub_days(Days::new(1)))
        .unwrap_or(first)
}
