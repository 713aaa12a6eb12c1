//! Exports for the physiotherapist: CSV tables, a lossless checksummed bundle, and FHIR R4.
//!
//! How to use it, from a command or a screen:
//! 1. [`prepare`] the data once: it works out where the whole diary stands as of the
//!    range's last day ([`as_of`]: the status, adherence, pain and every session's traffic
//!    light, exactly as `status --on` gives them), then applies the date range to the tables
//!    and charts, leaves notes out and replaces the patient code when asked to pseudonymise.
//! 2. Write a format to any [`std::io::Write`] ([`csv::write_table`], [`bundle::write`],
//!    [`fhir::write`]), or to a file or folder crash-safely with [`write_to_path`].
//!
//! No user interface here: the window's Export screen calls these functions.

pub mod bundle;
pub mod csv;
pub mod fhir;
mod output;
pub mod report;
pub mod sheet;

pub use output::{
    ExportError, Written, steps, write_encrypted_with, write_file, write_to_path,
    write_to_path_with,
};

use crate::analysis::progress::{Progress, progress, session_lights};
use crate::analysis::traffic_light::SessionLight;
use crate::model::{EarlierProgramme, EntryId, Journal, Month, Profile, Programme, Programmes};
use chrono::{DateTime, FixedOffset, Local, NaiveDate, Timelike};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A folder of CSV tables, one file per kind of entry.
    Csv,
    /// One RON file holding everything, with a SHA-256 checksum; the app can read it back.
    Bundle,
    /// A FHIR R4 Bundle (JSON) of Observations about a pseudonymous Patient.
    Fhir,
    /// A one-page HTML report for the physiotherapist, with charts; prints on A4.
    Report,
    /// The programme sheet: each exercise's picture, level, dose and cues; prints on A4.
    Sheet,
}

impl Format {
    /// Every format, in the order offered.
    pub const ALL: [Self; 5] = [
        Self::Report,
        Self::Sheet,
        Self::Csv,
        Self::Bundle,
        Self::Fhir,
    ];

    /// The name shown, in the current language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Csv => crate::t!("core-format-csv"),
            Self::Bundle => crate::t!("core-format-bundle"),
            Self::Fhir => crate::t!("core-format-fhir"),
            Self::Report => crate::t!("core-format-report"),
            Self::Sheet => crate::t!("core-format-sheet"),
        }
    }

    /// The word used on the command line (`--format report`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Bundle => "bundle",
            Self::Fhir => "fhir",
            Self::Report => "report",
            Self::Sheet => "sheet",
        }
    }

    /// A sensible file (or folder) name for an export made on `date`.
    #[must_use]
    pub fn default_name(self, date: NaiveDate) -> String {
        match self {
            Self::Csv => format!("rehab-tracker-{date}-csv"),
            Self::Bundle => format!("rehab-tracker-{date}.bundle.ron"),
            Self::Fhir => format!("rehab-tracker-{date}.fhir.json"),
            Self::Report => format!("rehab-tracker-{date}-report.html"),
            Self::Sheet => format!("rehab-tracker-{date}-programme.html"),
        }
    }

    /// The name of the export encrypted for a clinician (see [`write_encrypted_with`]): the
    /// usual name with `.age` added, a CSV folder as one `.tar.age` archive.
    #[must_use]
    pub fn encrypted_name(self, date: NaiveDate) -> String {
        match self {
            Self::Csv => format!("{}.tar.age", self.default_name(date)),
            _ => format!("{}.age", self.default_name(date)),
        }
    }

    /// Whether the export is a folder of files rather than one file.
    #[must_use]
    pub fn is_folder(self) -> bool {
        matches!(self, Self::Csv)
    }
}

/// The days to export, both ends included; `None` means no limit on that side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateRange {
    /// The first day.
    pub from: Option<NaiveDate>,
    /// The last day.
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// Every day.
    pub const ALL: Self = Self {
        from: None,
        to: None,
    };

    /// Whether `date` is in the range.
    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| date >= f) && self.to.is_none_or(|t| date <= t)
    }

    /// Whether the range is the wrong way round.
    #[must_use]
    pub fn is_reversed(self) -> bool {
        matches!((self.from, self.to), (Some(f), Some(t)) if f > t)
    }
}

/// What to export, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    /// The days to include.
    pub range: DateRange,
    /// Replace the patient code by a pseudonym and leave every free-text note out.
    pub pseudonymise: bool,
    /// When the export was made; written into the bundle and the FHIR bundle.
    pub exported_at: DateTime<FixedOffset>,
    /// The type of FHIR Bundle written (the other formats ignore it).
    pub fhir_bundle: fhir::BundleType,
}

impl ExportOptions {
    /// Everything, not pseudonymised, exported now.
    #[must_use]
    pub fn now() -> Self {
        let now = Local::now().fixed_offset();
        Self {
            range: DateRange::ALL,
            pseudonymise: false,
            exported_at: now.with_nanosecond(0).unwrap_or(now),
            fhir_bundle: fhir::BundleType::default(),
        }
    }
}

/// The data to export, as the app holds it.
#[derive(Debug, Clone, Copy)]
pub struct ExportInput<'a> {
    /// The profile, if set up.
    pub profile: Option<&'a Profile>,
    /// The programme in force, if saved.
    pub programme: Option<&'a Programme>,
    /// The programmes in force before it, oldest first.
    pub earlier_programmes: &'a [EarlierProgramme],
    /// The whole journal.
    pub journal: &'a Journal,
}

impl crate::record::Diary {
    /// What the diary holds, as the exports read it. (Here rather than in `record`: the
    /// record knows nothing of the exports.)
    #[must_use]
    pub fn export_input(&self) -> ExportInput<'_> {
        let programmes = self.programme_record();
        ExportInput {
            profile: self.profile(),
            programme: Some(&programmes.programme),
            earlier_programmes: &programmes.earlier,
            journal: self.journal(),
        }
    }
}

/// The day an export states the status as of: the range's last day, or the day of the
/// export when the range has no end (never a day after the export).
#[must_use]
pub fn as_of(range: DateRange, exported_at: DateTime<FixedOffset>) -> NaiveDate {
    let day = exported_at.date_naive();
    range.to.map_or(day, |to| to.min(day))
}

/// The data ready to write: range applied, pseudonymised if asked, lights worked out.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The profile; its patient code replaced by the pseudonym when pseudonymised.
    pub profile: Option<Profile>,
    /// The programme in force.
    pub programme: Option<Programme>,
    /// The programmes in force before it, oldest first.
    pub earlier_programmes: Vec<EarlierProgramme>,
    /// The entries in the range; notes emptied when pseudonymised.
    pub journal: Journal,
    /// Each session's traffic light in the range (sessions with no pain during have none),
    /// as of [`Self::as_of`], from the whole journal.
    pub lights: BTreeMap<EntryId, SessionLight>,
    /// The day the status is worked out as of ([`as_of`]).
    pub as_of: NaiveDate,
    /// Where the whole diary stands as of [`Self::as_of`] (not only the range): `None`
    /// before the profile is set up.
    pub progress: Option<Progress>,
    /// How the patient is named in the export: their code, or the pseudonym (when
    /// pseudonymised, or when no code was given: [`patient_name`]).
    pub patient_label: String,
    /// The options used.
    pub options: ExportOptions,
}

impl Prepared {
    /// The programme week (1-based) of a day, if the profile is known.
    #[must_use]
    pub fn week_of(&self, date: NaiveDate) -> Option<u32> {
        self.profile.as_ref().map(|p| p.week_of(date))
    }

    /// The name of an exercise in the programme, or an empty string.
    #[must_use]
    pub fn exercise_name(&self, id: &str) -> &str {
        self.programme
            .as_ref()
            .and_then(|p| p.exercise(id))
            .map_or("", |e| e.name.as_str())
    }

    /// Counts of sessions, diary entries, events and PSFS ratings exported.
    #[must_use]
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let (s, d, e) = self.journal.counts();
        (s, d, e, self.journal.psfs().count())
    }
}

/// The pseudonym for a patient: `P-` and ten hexadecimal digits worked out from the patient's
/// random identifier ([`crate::model::PatientId`]), so every export of the same diary carries
/// the same pseudonym, a physiotherapist can put them together, and two patients who gave no
/// code and started on the same day still have different ones. It is not anonymous: whoever
/// holds an export carrying the identifier can work it out again. A profile from before
/// identifiers has it from the patient code and the start date ([`legacy_pseudonym`]).
#[must_use]
pub fn pseudonym(profile: Option<&Profile>) -> String {
    let Some(id) = profile.and_then(|p| p.patient_id.as_ref()) else {
        return legacy_pseudonym(profile);
    };
    let mut hasher = Sha256::new();
    hasher.update(b"rehab-tracker pseudonym v2\n");
    hasher.update(id.as_str().as_bytes());
    let digest = hasher.finalize();
    format!("P-{}", hex(&digest[..5]))
}

/// The pseudonym as versions before patient identifiers made it: from the patient code and
/// the start date alone, so two diaries kept without a code and started on the same day
/// had the same one. Still what a profile without an identifier is called, and recognised
/// in a programme file written for it.
#[must_use]
pub fn legacy_pseudonym(profile: Option<&Profile>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"rehab-tracker pseudonym v1\n");
    if let Some(p) = profile {
        hasher.update(p.patient_code.as_bytes());
        hasher.update(b"\n");
        hasher.update(p.start_date.to_string().as_bytes());
    }
    let digest = hasher.finalize();
    format!("P-{}", hex(&digest[..5]))
}

/// How exports and the review window name a patient: their code, or for a diary kept
/// without one, the pseudonym its pseudonymised exports carry (so the name is never empty,
/// is the same in every export, and differs between installs).
#[must_use]
pub fn patient_name(profile: Option<&Profile>) -> String {
    match profile {
        Some(p) if !p.patient_code.trim().is_empty() => p.patient_code.clone(),
        _ => pseudonym(profile),
    }
}

/// Whether a code a clinician wrote on a programme file names this patient: their own
/// code, their pseudonym, or the pseudonym an earlier version gave them.
#[must_use]
pub fn names_patient(profile: &Profile, code: &str) -> bool {
    let code = code.trim();
    (!profile.patient_code.trim().is_empty() && code == profile.patient_code.trim())
        || code == pseudonym(Some(profile))
        || code == legacy_pseudonym(Some(profile))
}

/// Lower-case hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Applies the options to the data: the status and lights as of the range's last day from
/// the whole journal, then the range, the pseudonym and notes left out.
#[must_use]
pub fn prepare(input: &ExportInput<'_>, options: &ExportOptions) -> Prepared {
    let default;
    let (current, earlier) = if let Some(p) = input.programme {
        (Some(p), input.earlier_programmes)
    } else {
        default = Programme::default_programme().ok();
        (default.as_ref(), &[][..])
    };
    let as_of = as_of(options.range, options.exported_at);
    let progress = current.zip(input.profile).map(|(current, profile)| {
        progress(
            profile,
            Programmes { current, earlier },
            input.journal,
            as_of,
        )
    });
    let all_lights = match (&progress, current) {
        (Some(p), _) => p.lights.clone(),
        (None, Some(current)) => {
            session_lights(input.journal, Programmes { current, earlier }, as_of)
        }
        (None, None) => crate::analysis::SessionLights::default(),
    };
    let lights = all_lights
        .iter()
        .filter(|l| options.range.contains(l.date))
        .map(|l| (l.session_id, l.light))
        .collect();
    let range = options.range;
    let months: BTreeMap<_, _> = input
        .journal
        .months()
        .iter()
        .filter_map(|(ym, m)| {
            let mut month = Month {
                sessions: m
                    .sessions
                    .iter()
                    .filter(|s| range.contains(s.date))
                    .cloned()
                    .collect(),
                diary: m
                    .diary
                    .iter()
                    .filter(|d| range.contains(d.date))
                    .cloned()
                    .collect(),
                events: m
                    .events
                    .iter()
                    .filter(|e| range.contains(e.date))
                    .cloned()
                    .collect(),
                psfs: m
                    .psfs
                    .iter()
                    .filter(|p| range.contains(p.date))
                    .cloned()
                    .collect(),
            };
            if options.pseudonymise {
                remove_notes(&mut month);
            }
            (!month.is_empty()).then_some((*ym, month))
        })
        .collect();
    let mut profile = input.profile.cloned();
    let patient_label = if options.pseudonymise {
        let code = pseudonym(input.profile);
        if let Some(p) = &mut profile {
            p.patient_code.clone_from(&code);
            // Another identifier, always the same for the patient, that does not link the
            // pseudonymised exports to the others.
            p.patient_id = p
                .patient_id
                .as_ref()
                .map(|id| crate::model::PatientId::derived(&format!("pseudonymised {id}")));
        }
        code
    } else {
        patient_name(input.profile)
    };
    Prepared {
        profile,
        programme: input.programme.cloned(),
        earlier_programmes: input.earlier_programmes.to_vec(),
        journal: Journal::from_months(months),
        lights,
        as_of,
        progress,
        patient_label,
        options: options.clone(),
    }
}

/// Empties every free-text note of a month.
fn remove_notes(month: &mut Month) {
    for s in &mut month.sessions {
        s.note.clear();
        for e in &mut s.exercises {
            e.note.clear();
        }
    }
    for d in &mut month.diary {
        d.note.clear();
    }
    for e in &mut month.events {
        e.note.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Side, Units};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_range_includes_both_ends() {
        let r = DateRange {
            from: Some(day(2026, 1, 5)),
            to: Some(day(2026, 1, 7)),
        };
        assert!(!r.contains(day(2026, 1, 4)));
        assert!(r.contains(day(2026, 1, 5)));
        assert!(r.contains(day(2026, 1, 7)));
        assert!(!r.contains(day(2026, 1, 8)));
        assert!(DateRange::ALL.contains(day(1990, 1, 1)));
        assert!(
            DateRange {
                from: r.to,
                to: r.from
            }
            .is_reversed()
        );
    }

    #[test]
    fn the_pseudonym_is_stable_and_hides_the_code() {
        let p = Profile {
            affected_side: Side::Left,
            both_sides: false,
            start_date: day(2026, 1, 5),
            units: Units::Kg,
            patient_code: "Jane Smith".into(),
            psfs_activities: Vec::new(),
            patient_id: None,
        };
        let a = pseudonym(Some(&p));
        assert_eq!(a, pseudonym(Some(&p)));
        assert_eq!(a.len(), 12);
        assert!(a.starts_with("P-") && !a.contains("Jane"));
        let other = Profile {
            patient_code: "John Smith".into(),
            ..p
        };
        assert_ne!(a, pseudonym(Some(&other)));
    }

    #[test]
    fn pseudonymising_empties_notes_and_replaces_the_code() {
        let end = day(2026, 11, 24);
        let demo = crate::demo::generate(16, end, 1).unwrap();
        assert!(demo.journal.diary().any(|d| !d.note.is_empty()));
        let input = demo.export_input();
        let options = ExportOptions {
            pseudonymise: true,
            ..ExportOptions::now()
        };
        let prepared = prepare(&input, &options);
        assert!(prepared.journal.diary().all(|d| d.note.is_empty()));
        let profile = prepared.profile.as_ref().unwrap();
        assert_ne!(profile.patient_code, demo.profile.patient_code);
        assert_eq!(profile.patient_code, prepared.patient_label);
        assert_eq!(prepared.journal.counts(), demo.journal.counts());
    }
}
