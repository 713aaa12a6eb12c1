//! The bundle: one RON file holding everything (profile, programme, journal months, the app's
//! version and the time of export), with a SHA-256 checksum so a whole, untouched export can
//! be told from a damaged or edited one.
//!
//! The file is two comment lines and a versioned body:
//!
//! ```text
//! // rehab-tracker export bundle. Check it with: rehab-tracker check FILE
//! // sha256 of the lines below: 3f1c…(64 hexadecimal digits)
//! V1((
//!   app_version: "0.1.0",
//!   ...
//! ))
//! ```
//!
//! The checksum covers every byte after the second line break, so `tail -n +3 FILE | sha256sum`
//! gives the same digits. The body is an externally tagged enum like the data files, read
//! with the same size cap and refusing unknown fields.

use super::{DateRange, Prepared, hex};
use crate::analysis::Voice;
use crate::analysis::escalation::{RedFlag, Status};
use crate::analysis::findings::Finding;
use crate::analysis::traffic_light::SessionLight;
use crate::model::{
    EarlierProgramme, EntryId, Journal, Month, Profile, Programme, ProgrammeRecord, YearMonth,
};
use crate::t;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{self, Write};

/// The newest bundle format this build writes and reads.
pub const BUNDLE_VERSION: u32 = 6;

/// The first line of every bundle.
pub const FIRST_LINE: &str =
    "// rehab-tracker export bundle. Check it with: rehab-tracker check FILE";

/// The start of the second line; 64 hexadecimal digits follow.
pub const CHECKSUM_PREFIX: &str = "// sha256 of the lines below: ";

/// The bundle file, versioned like the data files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum BundleFile {
    /// Version 1: no earlier programmes.
    V1(Bundle),
    /// Version 2: with the programmes in force before the current one. Written only when
    /// there are some, so other bundles stay readable by versions that know only version 1.
    V2(Bundle),
    /// Version 3: with the [`Summary`] of where the whole diary stood as of the export's
    /// last day, so a bundle of part of the diary still states the status of all of it, and
    /// the patient's random identifier in the profile ([`crate::model::PatientId`]).
    /// Written when there is a patient identifier but no summary.
    V3(Bundle),
    /// Version 4: the summary's status with how recently anything was logged (and the
    /// status a diary gone quiet gets), the latest injection's effect as numbers, and the
    /// programme's days before a diary counts as gone quiet. Written whenever there is a
    /// summary.
    V4(Bundle),
    /// Version 5: version 4, whose programmes' exercises may carry their own picture.
    /// Written only when one does, and the summary states its reasons in words.
    V5(Bundle),
    /// Version 6: the summary's status states what the rule found as data (its
    /// `findings`, with their numbers and dates) instead of reasons in English, so the
    /// reader words them in the reader's language. Written whenever the summary holds
    /// findings.
    V6(Bundle),
}

/// Where the whole diary stood as of the export's last day, worked out by the patient's app
/// from every entry up to that day (entries outside the range included): what `status --on`
/// gives for that day, and the lights of the sessions in the bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The day the status was worked out as of.
    pub as_of: NaiveDate,
    /// The status and its numbers; from version 6 with its findings, before it with its
    /// reasons in the patient's words instead (read them with [`Self::reasons`]).
    pub status: Status,
    /// The reasons in the clinician's words, as versions 3 to 5 state them; absent from
    /// version 6, whose status holds its findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clinician_reasons: Vec<String>,
    /// Warning signs logged and not yet followed by a clinician visit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warning_signs: Vec<RedFlag>,
    /// The traffic light of each session in the bundle that has one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lights: Vec<BundleLight>,
}

/// One session's traffic light in a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleLight {
    /// The session's id.
    pub session: EntryId,
    /// Its light and what it was worked out from.
    pub light: SessionLight,
}

/// The reasons for a bundle's status, as the bundle holds them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StatedReasons<'a> {
    /// What the rule found, as data (version 6 on): the reader words it.
    Findings(&'a [Finding]),
    /// Sentences in English, as an app before version 6 wrote them: shown as they are.
    Worded(&'a [String]),
}

impl Summary {
    /// The summary of prepared data, if it has a status (a profile was set up): the status
    /// with its findings and no sentences. A status restated from a bundle that states its
    /// reasons in words (the review's) keeps those words, having no findings to give.
    #[must_use]
    pub fn of(data: &Prepared) -> Option<Self> {
        let progress = data.progress.as_ref()?;
        let status = progress.status();
        let (status, clinician_reasons) = if status.findings.is_empty() {
            (
                crate::analysis::reasons::worded(crate::i18n::Lang::En, status),
                progress.reasons_in(crate::i18n::Lang::En, Voice::Clinician),
            )
        } else {
            (
                Status {
                    reasons: Vec::new(),
                    ..status.clone()
                },
                Vec::new(),
            )
        };
        Some(Self {
            as_of: data.as_of,
            status,
            clinician_reasons,
            warning_signs: progress.escalation.red_flags.clone(),
            lights: data
                .lights
                .iter()
                .map(|(session, light)| BundleLight {
                    session: *session,
                    light: *light,
                })
                .collect(),
        })
    }

    /// Whether the status states its findings (version 6 on) rather than sentences.
    #[must_use]
    pub fn states_findings(&self) -> bool {
        !self.status.findings.is_empty()
    }

    /// The reasons for the status in `voice`, as the bundle holds them: its findings from
    /// version 6 on (the same for either voice), or else the sentences written for that
    /// voice.
    #[must_use]
    pub fn reasons(&self, voice: Voice) -> StatedReasons<'_> {
        if self.states_findings() {
            StatedReasons::Findings(&self.status.findings)
        } else {
            StatedReasons::Worded(match voice {
                Voice::Patient => &self.status.reasons,
                Voice::Clinician => &self.clinician_reasons,
            })
        }
    }
}

/// Everything exported, in one value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// The version of the app that wrote it, such as `0.1.0`.
    pub app_version: String,
    /// When it was written.
    pub exported_at: DateTime<FixedOffset>,
    /// The first day asked for, if limited.
    pub from: Option<NaiveDate>,
    /// The last day asked for, if limited.
    pub to: Option<NaiveDate>,
    /// Whether the patient code was replaced by a pseudonym and notes were left out.
    pub pseudonymised: bool,
    /// The profile.
    pub profile: Option<Profile>,
    /// The programme in force.
    pub programme: Option<Programme>,
    /// The programmes in force before it, oldest first, each with its last day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_programmes: Vec<EarlierProgramme>,
    /// The journal, one month after another, oldest first.
    pub months: Vec<BundleMonth>,
    /// Where the whole diary stood as of the export's last day (version 3 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
}

/// One month of the journal within a bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleMonth {
    /// The month, such as `2026-11`.
    pub month: String,
    /// Its sessions, diary entries, events and PSFS ratings.
    pub entries: Month,
}

impl Bundle {
    /// The bundle of prepared data.
    #[must_use]
    pub fn of(data: &Prepared) -> Self {
        Self {
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            exported_at: data.options.exported_at,
            from: data.options.range.from,
            to: data.options.range.to,
            pseudonymised: data.options.pseudonymise,
            profile: data.profile.clone(),
            programme: data.programme.clone(),
            earlier_programmes: data.earlier_programmes.clone(),
            months: data
                .journal
                .months()
                .iter()
                .map(|(ym, m)| BundleMonth {
                    month: ym.to_string(),
                    entries: Month::clone(m),
                })
                .collect(),
            summary: Summary::of(data),
        }
    }

    /// The range asked for.
    #[must_use]
    pub fn range(&self) -> DateRange {
        DateRange {
            from: self.from,
            to: self.to,
        }
    }

    /// The journal it holds. Call on a bundle from [`read`], which has checked the months.
    #[must_use]
    pub fn journal(&self) -> Journal {
        Journal::from_months(
            self.months
                .iter()
                .filter_map(|m| Some((YearMonth::parse(&m.month)?, m.entries.clone())))
                .collect(),
        )
    }

    /// Problems that make the bundle inconsistent: a month name that is not a month, a month
    /// given twice, an entry filed in the wrong month, ids shared, a programme that does not
    /// hold together.
    #[must_use]
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        let mut ids = std::collections::HashSet::new();
        let mut shared: Vec<EntryId> = Vec::new();
        for m in &self.months {
            let Some(ym) = YearMonth::parse(&m.month) else {
                problems.push(t!("core-bundle-not-a-month", month = m.month.as_str()));
                continue;
            };
            if !seen.insert(ym) {
                problems.push(t!("core-bundle-month-twice", month = ym.to_string()));
            }
            problems.extend(m.entries.problems(ym));
            let all_ids = m
                .entries
                .sessions
                .iter()
                .map(|s| s.id)
                .chain(m.entries.diary.iter().map(|d| d.id))
                .chain(m.entries.events.iter().map(|e| e.id))
                .chain(m.entries.psfs.iter().map(|p| p.id));
            for id in all_ids {
                if !ids.insert(id) {
                    shared.push(id);
                }
            }
        }
        problems.extend(crate::model::journal::shared_numbers(&shared));
        if let Some(summary) = &self.summary {
            let sessions: std::collections::HashSet<EntryId> = self
                .months
                .iter()
                .flat_map(|m| m.entries.sessions.iter().map(|s| s.id))
                .collect();
            if let Some(l) = summary
                .lights
                .iter()
                .find(|l| !sessions.contains(&l.session))
            {
                problems.push(t!(
                    "core-bundle-light-without-session",
                    session = l.session.to_string()
                ));
            }
        }
        if let Some(p) = &self.programme {
            let record = ProgrammeRecord {
                programme: p.clone(),
                earlier: self.earlier_programmes.clone(),
                clinician: None,
            };
            if let Err(e) = record.validate() {
                problems.push(e.to_string());
            }
        } else if !self.earlier_programmes.is_empty() {
            problems.push(t!("core-bundle-no-programme-in-force"));
        }
        problems.dedup();
        problems
    }
}

/// Writes the bundle of prepared data: the header with its checksum, then the body.
pub fn write(data: &Prepared, w: &mut impl Write) -> io::Result<()> {
    write_bundle(&Bundle::of(data), w)
}

/// Writes a bundle: the header with its checksum, then the body. Writing a bundle that
/// [`read`] returned gives back the same bytes.
pub fn write_bundle(bundle: &Bundle, w: &mut impl Write) -> io::Result<()> {
    let pictures = bundle
        .programme
        .iter()
        .chain(bundle.earlier_programmes.iter().map(|e| &e.programme))
        .any(Programme::carries_pictures);
    let file = if bundle
        .summary
        .as_ref()
        .is_some_and(Summary::states_findings)
    {
        BundleFileRef::V6(bundle)
    } else if pictures {
        BundleFileRef::V5(bundle)
    } else if bundle.summary.is_some() {
        BundleFileRef::V4(bundle)
    } else if bundle
        .profile
        .as_ref()
        .is_some_and(|p| p.patient_id.is_some())
    {
        BundleFileRef::V3(bundle)
    } else if bundle.earlier_programmes.is_empty() {
        BundleFileRef::V1(bundle)
    } else {
        BundleFileRef::V2(bundle)
    };
    let body = encode(&file)?;
    let digest = Sha256::digest(body.as_bytes());
    write!(w, "{FIRST_LINE}\n{CHECKSUM_PREFIX}{}\n{body}", hex(&digest))
}

/// [`BundleFile`], borrowed for writing.
#[derive(Serialize)]
#[serde(rename = "BundleFile")]
enum BundleFileRef<'a> {
    V1(&'a Bundle),
    V2(&'a Bundle),
    V3(&'a Bundle),
    V4(&'a Bundle),
    V5(&'a Bundle),
    V6(&'a Bundle),
}

/// The body's text.
fn encode(file: &BundleFileRef<'_>) -> io::Result<String> {
    // Deep enough that each set sits on one line, as in the month files.
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(9)
        .indentor("  ".to_owned());
    let mut text = ron::ser::to_string_pretty(file, config).map_err(io::Error::other)?;
    text.push('\n');
    Ok(text)
}

/// Why a bundle cannot be trusted, in words a physiotherapist can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// Not text.
    NotText,
    /// The two header lines are missing or damaged.
    NoChecksum,
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// The content is not what was written.
    ChecksumMismatch {
        /// The checksum in the header.
        expected: String,
        /// The checksum of the content.
        found: String,
    },
    /// The checksum matches but the content is not a usable bundle.
    Damaged(String),
}

/// In the current language.
impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NotText => t!("core-bundle-not-text"),
            Self::NoChecksum => t!("core-bundle-no-checksum"),
            Self::NewerVersion(found) => t!(
                "core-bundle-newer",
                found = found.to_string(),
                newest = BUNDLE_VERSION.to_string()
            ),
            Self::ChecksumMismatch { expected, found } => t!(
                "core-bundle-checksum",
                expected = expected.as_str(),
                found = found.as_str()
            ),
            Self::Damaged(why) => t!("core-bundle-damaged", why = why.as_str()),
        };
        f.write_str(&text)
    }
}

impl BundleError {
    /// The reason in plain words, without checksums or the parser's words: what the review
    /// window shows first.
    #[must_use]
    pub fn plain(&self) -> String {
        match self {
            Self::ChecksumMismatch { .. } => t!("core-bundle-checksum-plain"),
            Self::Damaged(_) => t!("core-bundle-damaged-plain"),
            other => other.to_string(),
        }
    }

    /// The technical details behind [`Self::plain`], if any: the two checksums, or what
    /// the reader found.
    #[must_use]
    pub fn details(&self) -> Option<String> {
        match self {
            Self::ChecksumMismatch { expected, found } => Some(t!(
                "core-bundle-checksum-details",
                expected = expected.as_str(),
                found = found.as_str()
            )),
            Self::Damaged(reason) => Some(reason.clone()),
            _ => None,
        }
    }
}

/// Splits a bundle into its checksum line's digits and its body.
fn split(text: &str) -> Option<(&str, &str)> {
    split_checksummed(FIRST_LINE, text)
}

/// Splits a file with a first line and a checksum line into the checksum's digits and the
/// body: the layout of bundles and of programme files.
pub(crate) fn split_checksummed<'a>(first_line: &str, text: &'a str) -> Option<(&'a str, &'a str)> {
    let (first, rest) = text.split_once('\n')?;
    let (second, body) = rest.split_once('\n')?;
    if first.trim_end_matches('\r') != first_line {
        return None;
    }
    let digits = second
        .trim_end_matches('\r')
        .strip_prefix(CHECKSUM_PREFIX)?;
    (digits.len() == 64 && digits.bytes().all(|b| b.is_ascii_hexdigit())).then_some((digits, body))
}

/// Whether the bytes look like a bundle (its first line), so `check` knows what to verify.
#[must_use]
pub fn looks_like_bundle(bytes: &[u8]) -> bool {
    bytes.starts_with(FIRST_LINE.as_bytes())
}

/// Whether the bytes are a bundle's body without its two header lines: a versioned value
/// that starts with the app's version and the time of export. `check` names such a file as a
/// bundle whose header was lost, not as a file of a newer version.
#[must_use]
pub fn looks_like_headless_bundle(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    crate::storage::schema::peek_version(&text).is_some()
        && text
            .split_once("((")
            .is_some_and(|(_, rest)| rest.trim_start().starts_with("app_version:"))
        && text.contains("exported_at:")
}

/// Reads and verifies a bundle's bytes: text, header, version, checksum, then content.
/// Read the file with the data files' size cap first
/// ([`crate::storage::schema::MAX_FILE_BYTES`]).
pub fn read(bytes: &[u8]) -> Result<Bundle, BundleError> {
    let text = std::str::from_utf8(bytes).map_err(|_| BundleError::NotText)?;
    let newer =
        |body: &str| crate::storage::schema::peek_version(body).filter(|v| *v > BUNDLE_VERSION);
    let Some((expected, body)) = split(text) else {
        return Err(newer(text).map_or(BundleError::NoChecksum, BundleError::NewerVersion));
    };
    if let Some(v) = newer(body) {
        return Err(BundleError::NewerVersion(v));
    }
    let found = hex(&Sha256::digest(body.as_bytes()));
    if !found.eq_ignore_ascii_case(expected) {
        return Err(BundleError::ChecksumMismatch {
            expected: expected.to_ascii_lowercase(),
            found,
        });
    }
    let file: BundleFile = ron::Options::default()
        .from_str(body)
        .map_err(|e| BundleError::Damaged(short(&e.to_string())))?;
    let (BundleFile::V1(bundle)
    | BundleFile::V2(bundle)
    | BundleFile::V3(bundle)
    | BundleFile::V4(bundle)
    | BundleFile::V5(bundle)
    | BundleFile::V6(bundle)) = file;
    let problems = bundle.problems();
    if problems.is_empty() {
        Ok(bundle)
    } else {
        Err(BundleError::Damaged(short(&problems.join("; "))))
    }
}

/// The SHA-256 checksum written in a bundle's header, if it has one.
#[must_use]
pub fn checksum_of(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    split(text).map(|(digits, _)| digits.to_ascii_lowercase())
}

/// A reason cut to a readable length (a hostile file can make them very long).
fn short(reason: &str) -> String {
    crate::storage::schema::shorten(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = crate::demo::generate(6, end, 2).unwrap();
        let input = demo.export_input();
        let prepared = super::super::prepare(&input, &super::super::ExportOptions::now());
        let mut bytes = Vec::new();
        write(&prepared, &mut bytes).unwrap();
        bytes
    }

    #[test]
    fn the_header_checksum_covers_the_body() {
        let bytes = sample();
        let text = String::from_utf8(bytes.clone()).unwrap();
        let mut lines = text.splitn(3, '\n');
        assert_eq!(lines.next(), Some(FIRST_LINE));
        let second = lines.next().unwrap();
        let body = lines.next().unwrap();
        // The sample has a summary with findings: version 6.
        assert!(body.starts_with("V6(("), "{body:.40}");
        assert_eq!(
            second.strip_prefix(CHECKSUM_PREFIX).unwrap(),
            hex(&Sha256::digest(body.as_bytes()))
        );
        assert!(read(&bytes).is_ok());
    }

    #[test]
    fn version_6_keeps_the_findings_and_no_sentences() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = crate::demo::generate(6, end, 2).unwrap();
        let input = demo.export_input();
        let prepared = super::super::prepare(&input, &super::super::ExportOptions::now());
        let live = prepared.progress.as_ref().unwrap().status().clone();
        assert!(!live.findings.is_empty());
        let mut bytes = Vec::new();
        write(&prepared, &mut bytes).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains("\nV6(("), "{text:.300}");
        assert!(text.contains("findings: ["), "no findings written");
        assert!(!text.contains("reasons:"), "sentences written");
        let b = read(&bytes).unwrap();
        let summary = b.summary.as_ref().unwrap();
        // The status exactly as the analysis gave it: its findings, no sentences.
        assert!(live.reasons.is_empty());
        assert_eq!(summary.status, live);
        assert!(summary.clinician_reasons.is_empty());
        for voice in [Voice::Patient, Voice::Clinician] {
            assert_eq!(
                summary.reasons(voice),
                StatedReasons::Findings(&live.findings)
            );
        }
        let mut again = Vec::new();
        write_bundle(&b, &mut again).unwrap();
        assert_eq!(again, bytes);
    }

    /// The sample, its summary's reasons in sentences as before version 6.
    fn in_sentences(patient: &str, clinician: &str) -> Bundle {
        let mut b = read(&sample()).unwrap();
        let summary = b.summary.as_mut().unwrap();
        summary.status.findings.clear();
        summary.status.reasons = vec![patient.to_owned()];
        summary.clinician_reasons = vec![clinician.to_owned()];
        b
    }

    #[test]
    fn a_summary_in_sentences_is_written_and_read_as_sentences() {
        let b = in_sentences("Written for the patient.", "Written for the clinician.");
        let mut bytes = Vec::new();
        write_bundle(&b, &mut bytes).unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains("\nV4(("));
        let back = read(&bytes).unwrap();
        assert_eq!(back, b);
        let summary = back.summary.as_ref().unwrap();
        assert_eq!(
            summary.reasons(Voice::Patient),
            StatedReasons::Worded(&["Written for the patient.".to_owned()])
        );
        assert_eq!(
            summary.reasons(Voice::Clinician),
            StatedReasons::Worded(&["Written for the clinician.".to_owned()])
        );
    }

    #[test]
    fn a_programme_carrying_a_picture_makes_a_version_5_bundle_that_reads_back() {
        let mut b = in_sentences("Keep going.", "Keep going (clinician).");
        let drawn = crate::picture::builtin("lunge", 0).unwrap();
        if let Some(p) = b.programme.as_mut() {
            p.exercises[0].picture = Some(crate::model::PictureRef::Drawn(vec![drawn]));
        }
        let mut bytes = Vec::new();
        write_bundle(&b, &mut bytes).unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains("\nV5(("));
        assert_eq!(read(&bytes).unwrap(), b);
    }

    #[test]
    fn earlier_programmes_round_trip_in_versions_6_and_2() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut demo = crate::demo::generate(6, end, 2).unwrap();
        // A profile saved before patient identifiers (with one, the bundle is version 3).
        demo.profile.patient_id = None;
        let mut earlier_programme = demo.programme.clone();
        earlier_programme.sessions_per_week = 2;
        let earlier = [EarlierProgramme {
            until: end - chrono::Duration::days(10),
            programme: earlier_programme,
        }];
        let input = super::super::ExportInput {
            profile: Some(&demo.profile),
            programme: Some(&demo.programme),
            earlier_programmes: &earlier,
            journal: &demo.journal,
        };
        let prepared = super::super::prepare(&input, &super::super::ExportOptions::now());
        let mut bytes = Vec::new();
        write(&prepared, &mut bytes).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains("\nV6(("), "{text:.300}");
        let read_back = read(&bytes).unwrap();
        assert_eq!(read_back.earlier_programmes, earlier);
        let mut again = Vec::new();
        write_bundle(&read_back, &mut again).unwrap();
        assert_eq!(again, bytes);
        // Without a summary (as written before version 3) it is a version 2 bundle.
        let mut older = read_back.clone();
        older.summary = None;
        let mut v2 = Vec::new();
        write_bundle(&older, &mut v2).unwrap();
        assert!(String::from_utf8_lossy(&v2).contains("\nV2(("));
        assert_eq!(read(&v2).unwrap(), older);
        // Earlier programmes out of date order are refused.
        let mut twisted = read_back.clone();
        twisted
            .earlier_programmes
            .push(twisted.earlier_programmes[0].clone());
        let mut bytes = Vec::new();
        write_bundle(&twisted, &mut bytes).unwrap();
        assert!(matches!(read(&bytes), Err(BundleError::Damaged(_))));
    }

    #[test]
    fn damage_of_every_kind_is_named() {
        let bytes = sample();
        assert_eq!(read(b"\xff\xfe"), Err(BundleError::NotText));
        assert_eq!(read(b"V1(())"), Err(BundleError::NoChecksum));
        assert_eq!(read(b"V8(())"), Err(BundleError::NewerVersion(8)));
        let text = String::from_utf8(bytes).unwrap();
        let newer = text.replacen("\nV6((", "\nV7((", 1);
        assert_eq!(read(newer.as_bytes()), Err(BundleError::NewerVersion(7)));
        assert_eq!(
            BundleError::NewerVersion(7).to_string(),
            "it was written by a newer version of rehab-tracker (bundle format 7); this version reads up to format 6"
        );
        let edited = text.replacen("pain_now: ", "pain_now:  ", 1);
        assert!(matches!(
            read(edited.as_bytes()),
            Err(BundleError::ChecksumMismatch { .. })
        ));
        let truncated = &text[..text.len() / 2];
        assert!(matches!(
            read(truncated.as_bytes()),
            Err(BundleError::ChecksumMismatch { .. })
        ));
    }

    #[test]
    fn a_consistent_checksum_over_bad_content_is_still_refused() {
        let body = "V1((app_version: \"0.1.0\", surprise: 1))\n";
        let file = format!(
            "{FIRST_LINE}\n{CHECKSUM_PREFIX}{}\n{body}",
            hex(&Sha256::digest(body.as_bytes()))
        );
        assert!(matches!(
            read(file.as_bytes()),
            Err(BundleError::Damaged(_))
        ));
    }
}
