//! One set being entered: reps or seconds, the load, the side; shared by Today and the
//! History editor.

use crate::model::{
    Amount, Band, BandStrength, Exercise, HoldSecs, Load, LoadKg, LoadKind, Reps, SetLog, Side,
    Target, Units,
};
use crate::t;

/// One set being entered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SetDraft {
    /// The side, for one-sided exercises.
    pub side: Option<Side>,
    /// Reps, or seconds for a hold.
    pub amount: u16,
    /// Added weight in the patient's units; 0 is body weight.
    pub weight: f64,
    /// The band, for band exercises.
    pub band: Band,
}

impl SetDraft {
    /// A logged set, ready to edit.
    #[must_use]
    pub fn from_log(set: &SetLog, units: Units) -> Self {
        let (weight, band) = match set.load {
            Load::Bodyweight => (0.0, default_band()),
            Load::Kg(kg) => (
                (units.from_kg(kg.kg()) * 10.0).round() / 10.0,
                default_band(),
            ),
            Load::Band(b) => (0.0, b),
        };
        let amount = match set.amount {
            Amount::Reps(r) => r.get(),
            Amount::HoldSecs(s) => s.get(),
        };
        Self {
            side: set.side,
            amount,
            weight,
            band,
        }
    }

    /// Back to a set for the journal; says why if a value is out of range.
    pub fn to_log(
        self,
        exercise: &Exercise,
        is_hold: bool,
        units: Units,
    ) -> Result<SetLog, String> {
        let amount = if is_hold {
            Amount::HoldSecs(HoldSecs::new(i64::from(self.amount)).map_err(|e| e.to_string())?)
        } else {
            Amount::Reps(Reps::new(i64::from(self.amount)).map_err(|e| e.to_string())?)
        };
        let load = match exercise.load_kind {
            LoadKind::Band => Load::Band(self.band),
            LoadKind::Weight if self.weight <= 0.0 => Load::Bodyweight,
            LoadKind::Weight => {
                Load::Kg(LoadKg::new(units.to_kg(self.weight)).map_err(|e| e.to_string())?)
            }
        };
        Ok(SetLog {
            side: self.side,
            amount,
            load,
        })
    }
}

/// The band a new set starts with.
#[must_use]
pub fn default_band() -> Band {
    Band {
        strength: BandStrength::Light,
        doubled: false,
    }
}

/// Whether the exercise's current level is dosed in seconds held.
#[must_use]
pub fn is_hold(exercise: &Exercise) -> bool {
    matches!(
        exercise.current().map(|l| l.dose.target),
        Some(Target::HoldSecs { .. })
    )
}

/// One set's controls: the side (for one-sided exercises), reps or seconds, the load, and a
/// remove button. Every control is named for screen readers as "{name}: ...". Returns true
/// when "Remove" was pressed.
pub fn set_row_ui(
    ui: &mut egui::Ui,
    name: &str,
    id: &str,
    set: &mut SetDraft,
    exercise: &Exercise,
    hold: bool,
    units: Units,
) -> bool {
    if let Some(side) = set.side {
        let text = match side {
            Side::Left => t!("today-set-left-side"),
            Side::Right => t!("today-set-right-side"),
        };
        if ui
            .button(text)
            .on_hover_text(t!("today-set-side-hover"))
            .accessible_name(t!("today-set-side-name", name = name))
            .clicked()
        {
            set.side = Some(side.other());
        }
    }
    let (unit, max) = if hold {
        (t!("today-set-seconds"), HoldSecs::MAX)
    } else {
        (t!("today-set-reps"), Reps::MAX)
    };
    ui.add(
        egui::DragValue::new(&mut set.amount)
            .range(0..=max)
            .suffix(format!(" {unit}"))
            .speed(0.2),
    )
    .accessible_name(t!("today-set-amount-name", name = name, unit = unit));
    match exercise.load_kind {
        LoadKind::Weight => {
            let max = units.from_kg(LoadKg::MAX);
            let unit = units.suffix();
            let body_weight = t!("today-set-body-weight");
            ui.add(
                egui::DragValue::new(&mut set.weight)
                    .range(0.0..=max)
                    .speed(0.25)
                    .custom_formatter(move |v, _| {
                        if v <= 0.0 {
                            body_weight.clone()
                        } else {
                            let v = crate::i18n::format::decimal(crate::i18n::language(), v, 1);
                            format!("+{v} {unit}")
                        }
                    })
                    .custom_parser(|text| {
                        crate::ui::widgets::parse_local_number(crate::i18n::language(), text)
                    }),
            )
            .on_hover_text(t!("today-set-weight-hover", unit = unit))
            .accessible_name(t!("today-set-weight-name", name = name, unit = unit));
        }
        LoadKind::Band => {
            egui::ComboBox::from_id_salt(format!("band-{id}"))
                .selected_text(set.band.strength.label())
                .show_ui(ui, |ui| {
                    for strength in BandStrength::ALL {
                        ui.selectable_value(&mut set.band.strength, strength, strength.label());
                    }
                })
                .response
                .accessible_name(t!("today-set-band-name", name = name));
            ui.checkbox(&mut set.band.doubled, t!("today-set-doubled"))
                .accessible_name(t!("today-set-doubled-name", name = name));
        }
    }
    ui.small_button(t!("today-set-remove"))
        .on_hover_text(t!("today-set-remove-hover"))
        .accessible_name(t!("today-set-remove-name", name = name))
        .clicked()
}
