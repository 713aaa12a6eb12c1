//! The patient's profile: the few facts the app needs to set up the plan.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Left or right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    /// The left leg.
    Left,
    /// The right leg.
    Right,
}

impl Side {
    /// The other side.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
        }
    }

    /// Lower-case word, as typed on the command line.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Left => "Left",
            Self::Right => "Right",
        })
    }
}

/// Units the patient reads and enters weights in. Loads are always stored in kilograms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Units {
    /// Kilograms.
    #[default]
    Kg,
    /// Pounds.
    Lb,
}

/// Kilograms in one pound.
pub const KG_PER_LB: f64 = 0.453_592_37;

impl Units {
    /// The short name shown beside a number.
    #[must_use]
    pub fn suffix(self) -> &'static str {
        match self {
            Self::Kg => "kg",
            Self::Lb => "lb",
        }
    }

    /// A stored load in kilograms, shown in these units.
    #[must_use]
    pub fn from_kg(self, kg: f64) -> f64 {
        match self {
            Self::Kg => kg,
            Self::Lb => kg / KG_PER_LB,
        }
    }

    /// A number typed in these units, converted to kilograms for storage.
    #[must_use]
    pub fn to_kg(self, value: f64) -> f64 {
        match self {
            Self::Kg => value,
            Self::Lb => value * KG_PER_LB,
        }
    }
}

/// What the patient told the app on first run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The painful side; one-sided exercises list it first.
    pub affected_side: Side,
    /// The day the programme started: week 1 begins here.
    pub start_date: NaiveDate,
    /// Units for entering and showing loads.
    pub units: Units,
    /// A short code the patient may give their physiotherapist instead of their name.
    #[serde(default)]
    pub patient_code: String,
    /// Up to three activities the patient rates each week (PSFS), in their own words.
    #[serde(default)]
    pub psfs_activities: Vec<String>,
}

impl Profile {
    /// The programme week (1-based) that `date` falls in; 0 before the start.
    #[must_use]
    pub fn week_of(&self, date: NaiveDate) -> u32 {
        let days = (date - self.start_date).num_days();
        if days < 0 {
            0
        } else {
            u32::try_from(days / 7 + 1).unwrap_or(u32::MAX)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_count_from_the_start_date() {
        let p = Profile {
            affected_side: Side::Left,
            start_date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            units: Units::Kg,
            patient_code: String::new(),
            psfs_activities: Vec::new(),
        };
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 4).unwrap()), 0);
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()), 1);
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 11).unwrap()), 1);
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()), 2);
    }

    #[test]
    fn pounds_round_trip_through_kilograms() {
        let kg = Units::Lb.to_kg(22.0);
        assert!((kg - 9.979_03).abs() < 1e-4);
        assert!((Units::Lb.from_kg(kg) - 22.0).abs() < 1e-9);
        assert!((Units::Kg.to_kg(5.0) - 5.0).abs() < f64::EPSILON);
    }
}
