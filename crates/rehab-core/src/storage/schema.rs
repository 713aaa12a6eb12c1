//! The versioned file formats. Every file is an externally tagged enum, `V1(..)`, so a later
//! version of the app can read and migrate every version ever written.

use crate::model::{
    EarlierProgramme, Month, Profile, Programme, ProgrammeRecord, Settings, YearMonth,
};
use crate::t;
use serde::{Deserialize, Serialize};

/// A versioned file format, and the newest version of it this build reads.
pub trait Versioned {
    /// The newest version this build writes and reads.
    const NEWEST: u32;
}

impl Versioned for JournalMonthFile {
    const NEWEST: u32 = 1;
}

impl Versioned for ProfileFile {
    const NEWEST: u32 = 2;
}

impl Versioned for SettingsFile {
    const NEWEST: u32 = 1;
}

impl Versioned for ProgrammeFile {
    const NEWEST: u32 = 5;
}

/// The largest file the app will read, checked before parsing.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One month of the journal, as stored in `journal/YYYY-MM.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum JournalMonthFile {
    /// Version 1.
    V1(Month),
}

/// [`JournalMonthFile`] borrowed, for writing without copying the month.
#[derive(Debug, Serialize)]
#[serde(rename = "JournalMonthFile")]
pub enum JournalMonthFileRef<'a> {
    /// Version 1.
    V1(&'a Month),
}

/// The profile, as stored in `profile.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProfileFile {
    /// Version 1: no patient identifier.
    V1(ProfileV1),
    /// Version 2: with the random patient identifier made at set-up
    /// ([`crate::model::PatientId`]).
    V2(Profile),
}

/// The profile as version 1 stored it: no patient identifier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileV1 {
    /// The painful side.
    pub affected_side: crate::model::Side,
    /// The day the programme started.
    pub start_date: chrono::NaiveDate,
    /// Units for loads.
    pub units: crate::model::Units,
    /// The patient's code.
    #[serde(default)]
    pub patient_code: String,
    /// The PSFS activities.
    #[serde(default)]
    pub psfs_activities: Vec<String>,
}

/// The settings (reminders), as stored in `settings.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SettingsFile {
    /// Version 1.
    V1(Settings),
}

/// The programme in force, as stored in `programme.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProgrammeFile {
    /// Version 1: the programme alone.
    V1(Programme),
    /// Version 2: the programme and the earlier ones, each with its last day in force.
    /// Written only once there is an earlier programme, so a file without history stays
    /// readable by versions that know only version 1.
    V2(ProgrammeHistory),
    /// Version 3: version 2 and the clinician pinned by a signed programme. Written only
    /// once a clinician is pinned.
    V3(ProgrammeRecord),
    /// Version 4: version 3, whose escalation rules may set the days without an entry
    /// after which the diary counts as gone quiet (`quiet_days`). Written only when a
    /// programme sets another number than the default, so other files stay readable by
    /// versions that know only versions 1 to 3.
    V4(ProgrammeRecord),
    /// Version 5: version 4, whose exercises may carry their own picture (`picture`).
    /// Written only when one does, so other files stay readable by versions that know only
    /// versions 1 to 4.
    V5(ProgrammeRecord),
}

/// The content of version 2 of `programme.ron`: the programme and the earlier ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeHistory {
    /// The programme in force now.
    pub programme: Programme,
    /// Earlier programmes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<EarlierProgramme>,
}

impl JournalMonthFile {
    /// The month, converted to the current version.
    #[must_use]
    pub fn into_current(self) -> Month {
        match self {
            Self::V1(m) => m,
        }
    }
}

impl ProfileFile {
    /// The profile, converted to the current version. A version 1 profile has no patient
    /// identifier yet: [`crate::storage::Store::load_and_repair`] gives it one and saves it.
    #[must_use]
    pub fn into_current(self) -> Profile {
        match self {
            Self::V1(p) => Profile {
                affected_side: p.affected_side,
                both_sides: false,
                start_date: p.start_date,
                units: p.units,
                patient_code: p.patient_code,
                psfs_activities: p.psfs_activities,
                patient_id: None,
            },
            Self::V2(p) => p,
        }
    }

    /// The oldest version that holds the profile: version 2 once it has an identifier or
    /// both sides hurt.
    #[must_use]
    pub fn of(profile: Profile) -> Self {
        if profile.patient_id.is_some() || profile.both_sides {
            Self::V2(profile)
        } else {
            Self::V1(ProfileV1 {
                affected_side: profile.affected_side,
                start_date: profile.start_date,
                units: profile.units,
                patient_code: profile.patient_code,
                psfs_activities: profile.psfs_activities,
            })
        }
    }
}

impl SettingsFile {
    /// The settings, converted to the current version.
    #[must_use]
    pub fn into_current(self) -> Settings {
        match self {
            Self::V1(s) => s,
        }
    }
}

impl ProgrammeFile {
    /// The programme and its history, converted to the current version.
    #[must_use]
    pub fn into_current(self) -> ProgrammeRecord {
        match self {
            Self::V1(p) => ProgrammeRecord::new(p),
            Self::V2(h) => ProgrammeRecord {
                programme: h.programme,
                earlier: h.earlier,
                clinician: None,
            },
            Self::V3(r) | Self::V4(r) | Self::V5(r) => r,
        }
    }

    /// The oldest version that holds the record.
    #[must_use]
    pub fn of(record: ProgrammeRecord) -> Self {
        let all = || {
            std::iter::once(&record.programme).chain(record.earlier.iter().map(|e| &e.programme))
        };
        let quiet_set = all().any(|p| p.escalation.quiet_days != crate::model::DEFAULT_QUIET_DAYS);
        if all().any(Programme::carries_pictures) {
            Self::V5(record)
        } else if quiet_set {
            Self::V4(record)
        } else if record.clinician.is_some() {
            Self::V3(record)
        } else if record.earlier.is_empty() {
            Self::V1(record.programme)
        } else {
            Self::V2(ProgrammeHistory {
                programme: record.programme,
                earlier: record.earlier,
            })
        }
    }
}

/// Why a file's content could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Written by a newer version of the app.
    NewerVersion {
        /// The version in the file.
        found: u32,
        /// The newest this build reads.
        newest: u32,
    },
    /// Not text.
    NotText,
    /// Not in the expected form, or values out of range.
    Invalid(String),
    /// Well formed, but its values do not fit together (an entry in the wrong month, two
    /// exercises with one id, ...), already in words.
    Inconsistent(String),
}

/// In the current language.
impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NewerVersion { found, newest } => t!(
                "core-decode-newer",
                found = found.to_string(),
                newest = newest.to_string()
            ),
            Self::NotText => t!("core-decode-not-text"),
            Self::Invalid(why) => t!("core-decode-invalid", why = why.as_str()),
            Self::Inconsistent(text) => return f.write_str(text),
        };
        f.write_str(&text)
    }
}

/// Which of the app's files some bytes are: decides how they are read and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `profile.ron`.
    Profile,
    /// `programme.ron`.
    Programme,
    /// `settings.ron`.
    Settings,
    /// `journal/YYYY-MM.ron`, for this month.
    Month(YearMonth),
}

/// A file's content, read, converted to the current version and checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// The profile.
    Profile(Profile),
    /// The programme and the earlier ones, valid.
    Programme(ProgrammeRecord),
    /// The settings.
    Settings(Settings),
    /// A month, every entry dated in it, no id twice.
    Month(Month),
}

/// Reads one of the app's files and checks it the way loading does: format, value ranges,
/// and how the values fit together. The one reader every file goes through. The pinned
/// clinician's keys are the hand-off's to read (`handoff::keys::parse_clinician`), where a
/// programme is taken up, an export encrypted or a file checked: storage knows no keys.
pub fn decode_file(kind: FileKind, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    match kind {
        FileKind::Profile => Ok(Decoded::Profile(
            decode::<ProfileFile>(bytes)?.into_current(),
        )),
        FileKind::Settings => Ok(Decoded::Settings(
            decode::<SettingsFile>(bytes)?.into_current(),
        )),
        FileKind::Programme => {
            let programme = decode::<ProgrammeFile>(bytes)?.into_current();
            programme
                .validate()
                .map_err(|e| DecodeError::Inconsistent(e.to_string()))?;
            Ok(Decoded::Programme(programme))
        }
        FileKind::Month(ym) => {
            let month = decode::<JournalMonthFile>(bytes)?.into_current();
            let problems = month.problems(ym);
            if problems.is_empty() {
                Ok(Decoded::Month(month))
            } else {
                Err(DecodeError::Inconsistent(problems.join("; ")))
            }
        }
    }
}

/// Reads the format version at the start of a file, such as `V1(` → 1, without parsing the rest.
#[must_use]
pub fn peek_version(text: &str) -> Option<u32> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("#![") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    let digits: &str = rest.strip_prefix('V')?;
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    if end == 0 || end > 9 {
        return None;
    }
    digits[..end].parse().ok()
}

/// Parses a versioned file's bytes.
pub fn decode<T: Versioned + for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, DecodeError> {
    let text = std::str::from_utf8(bytes).map_err(|_| DecodeError::NotText)?;
    if let Some(v) = peek_version(text)
        && v > T::NEWEST
    {
        return Err(DecodeError::NewerVersion {
            found: v,
            newest: T::NEWEST,
        });
    }
    ron::Options::default()
        .from_str(text)
        .map_err(|e| DecodeError::Invalid(short_reason(&e)))
}

/// Writes a versioned file's text, readable by a person.
pub fn encode<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(7)
        .indentor("  ".to_owned());
    ron::ser::to_string_pretty(value, config)
}

/// A parse error, cut to a readable length (a hostile file can make them very long).
fn short_reason(e: &ron::error::SpannedError) -> String {
    shorten(&e.to_string())
}

/// A reason cut to 300 bytes at most (on a character boundary), with an ellipsis.
#[must_use]
pub fn shorten(reason: &str) -> String {
    let mut s = reason.to_owned();
    if s.len() > 300 {
        let mut cut = 300;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peek_version_skips_comments_and_reads_the_tag() {
        assert_eq!(peek_version("V1(())"), Some(1));
        assert_eq!(peek_version("// note\n  /* x */ V27 ("), Some(27));
        assert_eq!(peek_version("(x: 1)"), None);
        assert_eq!(peek_version("V("), None);
    }

    #[test]
    fn newer_versions_are_named_not_misreported_as_damage() {
        let err = decode::<JournalMonthFile>(b"V999((sessions: []))").unwrap_err();
        assert_eq!(
            err,
            DecodeError::NewerVersion {
                found: 999,
                newest: 1
            }
        );
        assert!(err.to_string().contains("newer version"));
    }

    #[test]
    fn a_month_round_trips() {
        let file = JournalMonthFile::V1(Month::default());
        let text = encode(&file).unwrap();
        assert!(text.starts_with("V1("), "{text}");
        assert_eq!(decode::<JournalMonthFile>(text.as_bytes()).unwrap(), file);
    }

    #[test]
    fn a_programme_with_history_is_version_2_and_one_without_stays_version_1() {
        use crate::model::{EarlierProgramme, ProgrammeRecord};
        let p = Programme::default_programme().unwrap();
        let plain = encode(&ProgrammeFile::of(ProgrammeRecord::new(p.clone()))).unwrap();
        assert!(plain.starts_with("V1("), "{plain:.20}");
        let record = ProgrammeRecord {
            programme: p.clone(),
            earlier: vec![EarlierProgramme {
                until: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
                programme: p.clone(),
            }],
            clinician: None,
        };
        let text = encode(&ProgrammeFile::of(record.clone())).unwrap();
        assert!(text.starts_with("V2("), "{text:.20}");
        assert_eq!(
            decode_file(FileKind::Programme, text.as_bytes()).unwrap(),
            Decoded::Programme(record.clone())
        );
        assert_eq!(
            decode_file(FileKind::Programme, plain.as_bytes()).unwrap(),
            Decoded::Programme(ProgrammeRecord::new(record.programme.clone()))
        );
        assert!(!plain.contains("quiet_days"), "the default is left out");
    }

    #[test]
    fn a_programme_setting_the_quiet_days_is_version_4_and_reads_back() {
        use crate::model::ProgrammeRecord;
        let mut p = Programme::default_programme().unwrap();
        p.escalation.quiet_days = 10;
        let record = ProgrammeRecord::new(p);
        let text = encode(&ProgrammeFile::of(record.clone())).unwrap();
        assert!(
            text.starts_with("V4(") && text.contains("quiet_days: 10"),
            "{text:.20}"
        );
        assert_eq!(
            decode_file(FileKind::Programme, text.as_bytes()).unwrap(),
            Decoded::Programme(record)
        );
        // A version 3 reader is told it is newer, not that it is damaged.
        assert!(matches!(peek_version(&text), Some(4)));
    }

    #[test]
    fn a_programme_carrying_a_picture_is_version_5_and_reads_back() {
        use crate::model::{PictureRef, ProgrammeRecord};
        let plain = encode(&ProgrammeFile::of(ProgrammeRecord::new(
            Programme::default_programme().unwrap(),
        )))
        .unwrap();
        assert!(plain.starts_with("V1(") && !plain.contains("picture"));
        let mut p = Programme::default_programme().unwrap();
        p.exercises[0].picture = Some(PictureRef::Builtin("squat".into()));
        let record = ProgrammeRecord::new(p);
        let text = encode(&ProgrammeFile::of(record.clone())).unwrap();
        assert!(
            text.starts_with("V5(") && text.contains("picture: Some(Builtin(\"squat\"))"),
            "{text:.20}"
        );
        assert_eq!(
            decode_file(FileKind::Programme, text.as_bytes()).unwrap(),
            Decoded::Programme(record)
        );
        assert!(matches!(peek_version(&text), Some(5)));
    }

    #[test]
    fn a_profile_with_an_identifier_is_version_2_and_one_without_stays_version_1() {
        use crate::model::{PatientId, Side, Units};
        let mut p = Profile {
            affected_side: Side::Left,
            both_sides: false,
            start_date: chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            units: Units::Kg,
            patient_code: "AB".into(),
            psfs_activities: Vec::new(),
            patient_id: None,
        };
        let v1 = encode(&ProfileFile::of(p.clone())).unwrap();
        assert!(v1.starts_with("V1(") && !v1.contains("patient_id"), "{v1}");
        assert_eq!(
            decode_file(FileKind::Profile, v1.as_bytes()).unwrap(),
            Decoded::Profile(p.clone())
        );
        p.patient_id = Some(PatientId::derived("x"));
        let v2 = encode(&ProfileFile::of(p.clone())).unwrap();
        assert!(v2.starts_with("V2(") && v2.contains("patient_id"), "{v2}");
        assert_eq!(
            decode_file(FileKind::Profile, v2.as_bytes()).unwrap(),
            Decoded::Profile(p)
        );
        // A version 1 file may not hold an identifier, and a damaged identifier is refused.
        let mixed = v2.replacen("V2(", "V1(", 1);
        assert!(decode_file(FileKind::Profile, mixed.as_bytes()).is_err());
        let bad = v2.replacen("patient_id: Some(\"", "patient_id: Some(\"x", 1);
        assert_ne!(bad, v2);
        assert!(decode_file(FileKind::Profile, bad.as_bytes()).is_err());
    }

    #[test]
    fn a_settings_file_from_before_the_sound_setting_loads_with_sound_on() {
        let old = "V1((training_reminder: (on: true, at: \"07:45:00\"), diary_reminder: (on: false, at: \"21:15:00\")))";
        let Decoded::Settings(settings) = decode_file(FileKind::Settings, old.as_bytes()).unwrap()
        else {
            panic!("not settings");
        };
        assert!(settings.sound);
        assert!(settings.training_reminder.on);
        let mut quiet = settings;
        quiet.sound = false;
        let text = encode(&SettingsFile::V1(quiet)).unwrap();
        assert!(text.contains("sound: false"), "{text}");
        assert_eq!(
            decode_file(FileKind::Settings, text.as_bytes()).unwrap(),
            Decoded::Settings(quiet)
        );
    }

    #[test]
    fn settings_round_trip_and_a_newer_version_is_named() {
        let mut settings = Settings::default();
        settings.diary_reminder.on = true;
        let text = encode(&SettingsFile::V1(settings)).unwrap();
        assert!(text.starts_with("V1("), "{text}");
        assert_eq!(
            decode_file(FileKind::Settings, text.as_bytes()).unwrap(),
            Decoded::Settings(settings)
        );
        assert!(matches!(
            decode_file(FileKind::Settings, b"V2((training_reminder: (on: true)))"),
            Err(DecodeError::NewerVersion {
                found: 2,
                newest: 1
            })
        ));
        assert!(matches!(
            decode_file(
                FileKind::Settings,
                b"V1((training_reminder: (on: true, at: \"25:00:00\")))"
            ),
            Err(DecodeError::Invalid(_))
        ));
    }

    #[test]
    fn unknown_fields_and_bad_values_are_refused() {
        assert!(matches!(
            decode::<JournalMonthFile>(b"V1((sessions: [], surprise: 1))"),
            Err(DecodeError::Invalid(_))
        ));
        assert_eq!(
            decode::<JournalMonthFile>(b"\xff\xfe"),
            Err(DecodeError::NotText)
        );
    }
}
