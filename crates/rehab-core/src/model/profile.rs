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

    /// The side in words a person reads ("left", "links", "gauche"), in these words'
    /// language; [`Side::word`] is the command line's token.
    #[must_use]
    pub fn name_in(self, words: &crate::i18n::Words) -> String {
        match self {
            Self::Left => crate::t_in!(words, "core-side-left"),
            Self::Right => crate::t_in!(words, "core-side-right"),
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

/// A random identifier made when the profile is set up (a UUID, version 4), kept in the
/// profile and carried by every export, so two patients never share an identifier even
/// when neither gave a code. It says nothing about the patient.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PatientId(String);

impl PatientId {
    /// A new identifier from the operating system's random numbers, or `None` if it has
    /// none to give.
    #[must_use]
    pub fn random() -> Option<Self> {
        let mut b = [0u8; 16];
        getrandom::fill(&mut b).ok()?;
        Some(Self::from_bytes(b, 4))
    }

    /// The identifier of a sample or test journal: always the same for the same name (a UUID
    /// of version 8, made from a SHA-256 digest of it).
    #[must_use]
    pub fn derived(name: &str) -> Self {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(format!("rehab-tracker patient id\n{name}").as_bytes());
        let mut b = [0u8; 16];
        b.copy_from_slice(&digest[..16]);
        Self::from_bytes(b, 8)
    }

    /// A UUID of `version` (its variant bits set) from 16 bytes.
    #[must_use]
    pub fn from_bytes(mut b: [u8; 16], version: u8) -> Self {
        b[6] = (b[6] & 0x0f) | (version << 4);
        b[8] = (b[8] & 0x3f) | 0x80;
        Self(uuid_text(&b))
    }

    /// The identifier as text: 36 characters, lower-case hexadecimal and hyphens.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// 16 bytes in the UUID text form, `8-4-4-4-12` lower-case hexadecimal digits.
#[must_use]
pub fn uuid_text(b: &[u8; 16]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        let _ = write!(s, "{byte:02x}");
    }
    s
}

impl TryFrom<String> for PatientId {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        let ok = text.len() == 36
            && text.char_indices().all(|(i, c)| {
                if matches!(i, 8 | 13 | 18 | 23) {
                    c == '-'
                } else {
                    c.is_ascii_digit() || ('a'..='f').contains(&c)
                }
            });
        if ok {
            Ok(Self(text))
        } else {
            Err(crate::t!(
                "core-patient-id-invalid",
                given = format!("{text:?}")
            ))
        }
    }
}

impl From<PatientId> for String {
    fn from(id: PatientId) -> Self {
        id.0
    }
}

impl fmt::Display for PatientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the patient told the app on first run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The painful side; one-sided exercises list it first.
    pub affected_side: Side,
    /// Both hips hurt: `affected_side` is then only the side each exercise starts on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub both_sides: bool,
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
    /// The random identifier made at set-up ([`PatientId`]). A profile saved by an earlier
    /// version has none until the app first opens its folder for writing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient_id: Option<PatientId>,
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
            both_sides: false,
            start_date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            units: Units::Kg,
            patient_code: String::new(),
            psfs_activities: Vec::new(),
            patient_id: None,
        };
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 4).unwrap()), 0);
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()), 1);
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 11).unwrap()), 1);
        assert_eq!(p.week_of(NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()), 2);
    }

    #[test]
    fn patient_ids_are_uuids_random_ones_differ_and_bad_ones_are_refused() {
        let a = PatientId::random().unwrap();
        let b = PatientId::random().unwrap();
        assert_ne!(a, b);
        for id in [&a, &b] {
            assert_eq!(id.as_str().len(), 36);
            assert_eq!(&id.as_str()[14..15], "4", "{id}");
            assert!(
                matches!(&id.as_str()[19..20], "8" | "9" | "a" | "b"),
                "{id}"
            );
            assert_eq!(PatientId::try_from(id.to_string()), Ok((*id).clone()));
        }
        let d = PatientId::derived("demo 1");
        assert_eq!(d, PatientId::derived("demo 1"));
        assert_ne!(d, PatientId::derived("demo 2"));
        assert_eq!(&d.as_str()[14..15], "8");
        for bad in [
            "",
            "not-a-uuid",
            &a.as_str().to_uppercase(),
            &a.as_str()[1..],
        ] {
            assert!(PatientId::try_from(bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn pounds_round_trip_through_kilograms() {
        let kg = Units::Lb.to_kg(22.0);
        assert!((kg - 9.979_03).abs() < 1e-4);
        assert!((Units::Lb.from_kg(kg) - 22.0).abs() < 1e-9);
        assert!((Units::Kg.to_kg(5.0) - 5.0).abs() < f64::EPSILON);
    }
}
