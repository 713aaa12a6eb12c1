//! Validated values: a pain score, a rep count, a hold time, a load, minutes of sitting.
//!
//! Each type can only be built through its checked constructor, and serde goes through the
//! same check (`try_from`), so a file holding pain 11 is refused with a clear message
//! instead of being clamped or accepted.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::t;

/// A value that is out of its allowed range; shown in words a patient understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct OutOfRange {
    /// What the value is, which says its allowed range.
    pub what: Quantity,
    /// What was given, as text.
    pub got: String,
}

/// A kind of value with an allowed range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    /// A pain score, 0 to 10.
    Pain,
    /// An effort rating, 0 to 10.
    Effort,
    /// An activity score, 0 to 10.
    Ability,
    /// Repetitions, 0 to 1000.
    Reps,
    /// A hold in seconds, 0 to 600.
    HoldSecs,
    /// Minutes of sitting, 0 to 1440.
    SittingMins,
    /// A load in kilograms, 0 to 500.
    Load,
    /// A day, no later than tomorrow.
    Date,
}

/// "a pain score must be a whole number from 0 to 10, but it was 11", in the current
/// language.
impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let got = self.got.as_str();
        let text = match self.what {
            Quantity::Pain => t!("core-range-pain", got = got),
            Quantity::Effort => t!("core-range-effort", got = got),
            Quantity::Ability => t!("core-range-ability", got = got),
            Quantity::Reps => t!("core-range-reps", got = got),
            Quantity::HoldSecs => t!("core-range-hold", got = got),
            Quantity::SittingMins => t!("core-range-sitting", got = got),
            Quantity::Load => t!("core-range-load", got = got),
            Quantity::Date => t!("core-range-date", got = got),
        };
        f.write_str(&text)
    }
}

macro_rules! bounded_int {
    ($(#[$meta:meta])* $name:ident, $inner:ty, $max:expr, $what:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "i64", into = "i64")]
        pub struct $name($inner);

        impl $name {
            /// The largest value allowed.
            pub const MAX: $inner = $max;

            /// Builds the value, or says why it is out of range.
            pub fn new(value: i64) -> Result<Self, OutOfRange> {
                match <$inner>::try_from(value) {
                    Ok(v) if v <= Self::MAX => Ok(Self(v)),
                    _ => Err(OutOfRange { what: $what, got: value.to_string() }),
                }
            }

            /// The plain number.
            #[must_use]
            pub fn get(self) -> $inner {
                self.0
            }
        }

        impl TryFrom<i64> for $name {
            type Error = OutOfRange;
            fn try_from(value: i64) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl From<$name> for i64 {
            fn from(value: $name) -> i64 {
                i64::from(value.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

bounded_int!(
    /// A pain score on the 0-10 numeric rating scale: 0 is no pain, 10 the worst imaginable.
    Pain, u8, 10, Quantity::Pain
);
bounded_int!(
    /// An effort rating (RPE), 0-10.
    Effort, u8, 10, Quantity::Effort
);
bounded_int!(
    /// A PSFS ability score: 0 unable to do the activity, 10 able to do it as before.
    Ability, u8, 10, Quantity::Ability
);
bounded_int!(
    /// Repetitions in one set, 0-1000.
    Reps, u16, 1000, Quantity::Reps
);
bounded_int!(
    /// Seconds held in one isometric hold, 0-600.
    HoldSecs, u16, 600, Quantity::HoldSecs
);
bounded_int!(
    /// Minutes the patient can sit before pain makes them move, 0-1440 (a whole day).
    SittingMins, u16, 1440, Quantity::SittingMins
);

/// A load in kilograms, 0-500, always finite. Stored in kg; shown in the patient's units.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct LoadKg(f64);

impl LoadKg {
    /// The heaviest load accepted.
    pub const MAX: f64 = 500.0;

    /// Builds the load, or says why it is not a usable weight.
    pub fn new(kg: f64) -> Result<Self, OutOfRange> {
        if kg.is_finite() && (0.0..=Self::MAX).contains(&kg) {
            // Kept to 0.01 kg so a value survives a round trip through text unchanged.
            Ok(Self((kg * 100.0).round() / 100.0))
        } else {
            Err(OutOfRange {
                what: Quantity::Load,
                got: format!("{kg}"),
            })
        }
    }

    /// Kilograms.
    #[must_use]
    pub fn kg(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for LoadKg {
    type Error = OutOfRange;
    fn try_from(value: f64) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<LoadKg> for f64 {
    fn from(value: LoadKg) -> f64 {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pain_accepts_0_to_10_and_refuses_the_rest() {
        assert_eq!(Pain::new(0).map(Pain::get), Ok(0));
        assert_eq!(Pain::new(10).map(Pain::get), Ok(10));
        let err = Pain::new(11).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a pain score must be a whole number from 0 to 10, but it was 11"
        );
        assert!(Pain::new(-1).is_err());
    }

    #[test]
    fn bounds_of_the_other_counts() {
        assert!(Reps::new(1000).is_ok() && Reps::new(1001).is_err());
        assert!(HoldSecs::new(600).is_ok() && HoldSecs::new(601).is_err());
        assert!(SittingMins::new(1440).is_ok() && SittingMins::new(1441).is_err());
        assert!(SittingMins::new(-5).is_err());
    }

    #[test]
    fn load_refuses_nan_infinity_and_out_of_range() {
        assert!(LoadKg::new(f64::NAN).is_err());
        assert!(LoadKg::new(f64::INFINITY).is_err());
        assert!(LoadKg::new(-0.5).is_err());
        assert!(LoadKg::new(500.01).is_err());
        assert_eq!(LoadKg::new(12.345).map(LoadKg::kg), Ok(12.35));
    }

    #[test]
    fn serde_checks_the_range_on_read() {
        let ok: Pain = ron::from_str("7").unwrap();
        assert_eq!(ok.get(), 7);
        let err = ron::from_str::<Pain>("11").unwrap_err();
        assert!(err.to_string().contains("from 0 to 10"), "{err}");
    }
}
