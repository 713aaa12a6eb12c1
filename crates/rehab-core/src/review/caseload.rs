//! The caseload: many patients' export bundles opened read-only, one row each, the most
//! urgent first. A file that cannot be trusted is listed with its reason; the others still
//! load. Only the rows are kept in memory: a patient's whole journal is read again, and
//! checked against the checksum seen here, when the physiotherapist opens that patient.

use crate::analysis::escalation::{Engagement, InjectionOutcome, Status};
use crate::analysis::{DatedLight, Progress, SessionLights, Stated, StatusKind, Voice, progress};
use crate::export::bundle::{self, Bundle};
use crate::handoff::Identity;
use crate::i18n::Lang;
use crate::model::{EntryId, Journal, Profile, Programme, Programmes};
use crate::storage::fs::{Fs, RealFs};
use crate::storage::schema::MAX_FILE_BYTES;
use crate::t;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// One patient's line of the caseload.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseRow {
    /// The bundle.
    pub path: PathBuf,
    /// SHA-256 of the bundle's content, as its header gives it.
    pub sha256: String,
    /// The patient code (or pseudonym) the bundle carries; for a diary kept without a code,
    /// the pseudonym its exports would carry.
    pub patient_code: String,
    /// The patient's random identifier, as the bundle's profile carries it (a profile from
    /// before identifiers has none): what tells two patients apart, whatever their codes.
    pub patient_id: Option<String>,
    /// The day the row describes: the end of the exported range, or the day of export.
    pub as_of: NaiveDate,
    /// When the bundle was written.
    pub exported_at: DateTime<FixedOffset>,
    /// The programme week on `as_of` (0 before the start).
    pub week: u32,
    /// The status by the programme's rule on `as_of`.
    pub status: StatusKind,
    /// Sessions done against sessions prescribed, in %, when any were prescribed.
    pub adherence_pct: Option<f64>,
    /// Starting (baseline) worst pain minus current worst pain, in points: above zero is
    /// better, as on the Progress screen.
    pub improvement: Option<f64>,
    /// The last day with an entry.
    pub last_entry: Option<NaiveDate>,
    /// Days without any entry up to the day the row describes, and whether that is as many
    /// as the patient's programme counts as gone quiet.
    pub engagement: Engagement,
    /// The latest injection's effect, when one was logged.
    pub injection: Option<InjectionOutcome>,
    /// Warning signs logged and not yet followed by a clinician visit.
    pub red_flags: usize,
    /// Things to know about the file itself (an older export of a patient also in the list,
    /// a limited date range, pseudonymised).
    pub notes: Vec<String>,
    /// The first day exported, when the export was limited to a range.
    pub from: Option<NaiveDate>,
    /// The last day exported, when the export was limited to a range.
    pub to: Option<NaiveDate>,
    /// Whether the patient code was replaced by a pseudonym and notes left out.
    pub pseudonymised: bool,
}

impl CaseRow {
    /// Days from the last entry to the day the row describes (`None` with no entry at all).
    #[must_use]
    pub fn quiet_days(&self) -> Option<i64> {
        self.last_entry.map(|d| (self.as_of - d).num_days())
    }

    /// Lower is more urgent: warning signs, then worse pain, then the decision statuses,
    /// then those still in the programme, and those improving last.
    #[must_use]
    pub fn urgency(&self) -> u8 {
        self.status.urgency_rank()
    }

    /// Whether the patient needs the clinician's attention, by their status alone: a warning
    /// sign, pain worse than at the start, or a decision due.
    #[must_use]
    pub fn needs_attention(&self) -> bool {
        self.status.urgency().needs_attention()
    }

    /// How much of the diary the export holds, for deciding which of two exports of one
    /// patient is newer: the later day it reaches first, then the earlier day it starts
    /// (the whole diary before any range), then the later export.
    fn coverage(
        &self,
    ) -> (
        NaiveDate,
        std::cmp::Reverse<NaiveDate>,
        DateTime<FixedOffset>,
    ) {
        (
            self.as_of,
            std::cmp::Reverse(self.from.unwrap_or(NaiveDate::MIN)),
            self.exported_at,
        )
    }

    /// What the export holds, in words: "the whole diary to 2026-11-24".
    fn holds(&self) -> String {
        match self.from {
            None => t!("core-review-holds-whole", to = self.as_of.to_string()),
            Some(from) => t!(
                "core-review-holds-range",
                from = from.to_string(),
                to = self.as_of.to_string()
            ),
        }
    }
}

/// The rows shown, by their index in `rows` (in the order of `rows`): those matching the
/// filter text and, when `only_attention` is set, needing attention. Whatever the sort.
#[must_use]
pub fn visible(rows: &[CaseRow], filter: &str, only_attention: bool) -> Vec<usize> {
    rows.iter()
        .enumerate()
        .filter(|(_, r)| matches(r, filter) && (!only_attention || r.needs_attention()))
        .map(|(i, _)| i)
        .collect()
}

/// A file that could not be opened, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileFailure {
    /// The file.
    pub path: PathBuf,
    /// Why, in words a physiotherapist can act on.
    pub reason: String,
    /// The technical details behind it (checksums, the parser's words), for whoever looks
    /// into it; empty when there are none.
    pub details: String,
}

/// Why a bundle was refused: the reason in plain words, and the technical details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// In words a physiotherapist can act on.
    pub reason: String,
    /// Checksums, the parser's words; empty when there are none.
    pub details: String,
}

impl Refused {
    fn plain(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            details: String::new(),
        }
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

/// Every file asked for: the rows that loaded and the files that did not.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Caseload {
    /// One row per bundle that loaded, the most urgent first.
    pub rows: Vec<CaseRow>,
    /// Files that could not be opened, in the order found.
    pub failures: Vec<FileFailure>,
}

/// A patient's bundle, opened in full.
#[derive(Debug, Clone)]
pub struct Patient {
    /// The bundle as read.
    pub bundle: Bundle,
    /// Its profile.
    pub profile: Profile,
    /// Its programme in force.
    pub programme: Programme,
    /// Its journal.
    pub journal: Journal,
}

impl Patient {
    /// The programmes, for the analysis.
    #[must_use]
    pub fn programmes(&self) -> Programmes<'_> {
        Programmes {
            current: &self.programme,
            earlier: &self.bundle.earlier_programmes,
        }
    }

    /// The day the patient is read as of: the day the bundle's summary was worked out as of,
    /// or, for a bundle written before summaries, the end of the exported range or the day
    /// of export ([`crate::export::as_of`]).
    #[must_use]
    pub fn as_of(&self) -> NaiveDate {
        let b = &self.bundle;
        b.summary.as_ref().map_or_else(
            || crate::export::as_of(b.range(), b.exported_at),
            |s| s.as_of,
        )
    }

    /// Where the patient stands as of [`Self::as_of`]: the analysis of the bundle's diary,
    /// with the status, warning signs and session lights the patient's app worked out from
    /// the whole diary when the bundle carries them (a bundle of part of the diary holds too
    /// little to work them out again), its reasons worded by [`super::reasons_of`] in `lang`.
    #[must_use]
    pub fn progress(&self, lang: Lang) -> Progress {
        let mut p = progress(
            &self.profile,
            self.programmes(),
            &self.journal,
            self.as_of(),
        );
        if let Some(summary) = &self.bundle.summary {
            let dates: std::collections::HashMap<EntryId, NaiveDate> =
                self.journal.sessions().map(|s| (s.id, s.date)).collect();
            let lights = summary
                .lights
                .iter()
                .filter_map(|l| {
                    Some(DatedLight {
                        date: *dates.get(&l.session)?,
                        session_id: l.session,
                        light: l.light,
                    })
                })
                .collect();
            p.restate(Stated {
                status: Status {
                    reasons: super::reasons_of(&self.bundle, lang, Voice::Patient)
                        .unwrap_or_default(),
                    ..summary.status.clone()
                },
                clinician_reasons: super::reasons_of(&self.bundle, lang, Voice::Clinician)
                    .unwrap_or_default(),
                warning_signs: summary.warning_signs.clone(),
                lights: SessionLights::from_list(lights),
            });
        }
        p
    }
}

impl Patient {
    /// The patient's data prepared as the report reads it: the bundle's range, up to
    /// [`Self::as_of`], with the status and lights of [`Self::progress`].
    #[must_use]
    pub fn prepared(&self) -> crate::export::Prepared {
        let b = &self.bundle;
        let range = crate::export::DateRange {
            from: b.from,
            to: Some(self.as_of()),
        };
        let mut prepared = crate::export::prepare(
            &crate::export::ExportInput {
                profile: Some(&self.profile),
                programme: Some(&self.programme),
                earlier_programmes: &b.earlier_programmes,
                journal: &self.journal,
            },
            &crate::export::ExportOptions {
                range,
                pseudonymise: false,
                exported_at: b.exported_at,
                ..crate::export::ExportOptions::now()
            },
        );
        let progress = self.progress(crate::i18n::language());
        prepared.lights = progress
            .lights
            .iter()
            .filter(|l| range.contains(l.date))
            .map(|l| (l.session_id, l.light))
            .collect();
        prepared.as_of = self.as_of();
        prepared.progress = Some(progress);
        prepared
    }
}

/// The files to open: files as given, and the bundles directly inside folders (files
/// ending `.ron`, or `.age` when encrypted for the clinician), in name order. Folders that cannot be listed are failures.
#[must_use]
pub fn files_in(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileFailure>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    for input in inputs {
        if input.is_dir() {
            match std::fs::read_dir(input) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| {
                            p.is_file()
                                && p.extension().is_some_and(|e| {
                                    e.eq_ignore_ascii_case("ron") || e.eq_ignore_ascii_case("age")
                                })
                        })
                        .collect();
                    found.sort();
                    files.extend(found);
                }
                Err(e) => failures.push(FileFailure {
                    path: input.clone(),
                    reason: t!(
                        "core-review-folder-unreadable",
                        reason = crate::storage::store::plain_io(&e)
                    ),
                    details: format!("{}: {e}", input.display()),
                }),
            }
        } else {
            files.push(input.clone());
        }
    }
    (files, failures)
}

/// Reads and verifies one bundle: size cap, header, version, checksum, content, and that
/// it has a profile and programme to review.
pub fn open_patient(path: &Path) -> Result<(Patient, String), Refused> {
    open_patient_with(path, None)
}

/// As [`open_patient`], decrypting a bundle encrypted for the clinician with their identity.
pub fn open_patient_with(
    path: &Path,
    identity: Option<&Identity>,
) -> Result<(Patient, String), Refused> {
    // `plain_io` also names a file over the size cap.
    let bytes = RealFs
        .read_capped(path, MAX_FILE_BYTES)
        .map_err(|e| Refused {
            reason: t!(
                "core-review-file-unreadable",
                reason = crate::storage::store::plain_io(&e)
            ),
            details: format!("{}: {e}", path.display()),
        })?;
    let bytes = if crate::handoff::encrypt::is_encrypted(&bytes) {
        let Some(identity) = identity else {
            return Err(Refused::plain(needs_identity()));
        };
        crate::handoff::encrypt::decrypt(&bytes, identity, MAX_FILE_BYTES).map_err(|e| Refused {
            reason: e.to_string(),
            details: String::new(),
        })?
    } else {
        bytes
    };
    let bundle = bundle::read(&bytes).map_err(|e| Refused {
        reason: e.plain(),
        details: e.details().unwrap_or_default(),
    })?;
    let sha256 = bundle::checksum_of(&bytes).unwrap_or_default();
    let Some(profile) = bundle.profile.clone() else {
        return Err(Refused::plain(t!("core-review-no-profile")));
    };
    let Some(programme) = bundle.programme.clone() else {
        return Err(Refused::plain(t!("core-review-no-programme")));
    };
    let journal = bundle.journal();
    Ok((
        Patient {
            bundle,
            profile,
            programme,
            journal,
        },
        sha256,
    ))
}

/// Why an encrypted bundle was not opened when no identity was given, in the current
/// language; the review window and command compare a refusal's reason with it.
#[must_use]
pub fn needs_identity() -> String {
    t!("core-review-needs-identity")
}

/// The row of an opened patient.
#[must_use]
pub fn row_of(path: &Path, patient: &Patient, sha256: String) -> CaseRow {
    let b = &patient.bundle;
    let last_entry = patient.journal.last_day();
    let as_of = patient.as_of();
    let p = patient.progress(crate::i18n::language());
    let status = p.status();
    let mut notes = Vec::new();
    // A range that starts after the programme did leaves entries out; one that ends on a
    // day before the export only sets the day the row is as of.
    if let Some(from) = b.from.filter(|f| *f > patient.profile.start_date) {
        notes.push(t!(
            "core-review-note-part",
            from = from.to_string(),
            start = patient.profile.start_date.to_string()
        ));
    }
    if let Some(to) = b.to.filter(|t| *t < b.exported_at.date_naive()) {
        notes.push(t!(
            "core-review-note-as-of",
            to = to.to_string(),
            made = b.exported_at.date_naive().to_string()
        ));
    }
    if b.pseudonymised {
        notes.push(t!("core-review-note-pseudonymised"));
    }
    CaseRow {
        path: path.to_owned(),
        sha256,
        // A diary kept without a code is named by the pseudonym its exports would carry, so
        // the same patient has the same name in every export, pseudonymised or not.
        patient_code: crate::export::patient_name(Some(&patient.profile)),
        patient_id: patient
            .profile
            .patient_id
            .as_ref()
            .map(|id| id.as_str().to_owned()),
        as_of,
        exported_at: b.exported_at,
        week: status.week,
        status: status.status,
        adherence_pct: (status.week > 0).then_some(status.adherence_pct),
        improvement: status.improvement_points,
        engagement: status.engagement.unwrap_or(p.escalation.engagement),
        injection: status
            .injection
            .or_else(|| p.escalation.injection.as_ref().map(InjectionOutcome::of)),
        last_entry,
        red_flags: p.escalation.red_flags.len(),
        notes,
        from: b.from,
        to: b.to,
        pseudonymised: b.pseudonymised,
    }
}

/// Opens every file, on `workers` threads, counting each file done in `done`; stops early
/// (returning what it has) when `cancel` is set. Rows come back the most urgent first.
#[must_use]
pub fn load(
    files: &[PathBuf],
    workers: usize,
    done: &AtomicUsize,
    cancel: &AtomicBool,
) -> Caseload {
    load_with(files, None, workers, done, cancel)
}

/// As [`load`], opening bundles encrypted for the clinician with their identity.
#[must_use]
pub fn load_with(
    files: &[PathBuf],
    identity: Option<&Identity>,
    workers: usize,
    done: &AtomicUsize,
    cancel: &AtomicBool,
) -> Caseload {
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<CaseRow, FileFailure>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        if cancel.load(Ordering::Relaxed) {
                            break;
                        }
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        let result = match open_patient_with(path, identity) {
                            Ok((patient, sha)) => Ok(row_of(path, &patient, sha)),
                            Err(refused) => Err(FileFailure {
                                path: path.clone(),
                                reason: refused.reason,
                                details: refused.details,
                            }),
                        };
                        out.push((i, result));
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    // A reader that stopped unexpectedly takes its files with it: they are listed as not
    // opened rather than left out. When stopped on purpose, the unread ones are left out.
    if !cancel.load(Ordering::Relaxed) {
        let mut reported = vec![false; files.len()];
        for (i, _) in &results {
            reported[*i] = true;
        }
        for (i, path) in files.iter().enumerate().filter(|(i, _)| !reported[*i]) {
            results.push((
                i,
                Err(FileFailure {
                    path: path.clone(),
                    reason: t!("core-review-reader-stopped"),
                    details: String::new(),
                }),
            ));
        }
        results.sort_by_key(|(i, _)| *i);
    }
    let mut caseload = Caseload::default();
    for (_, r) in results {
        match r {
            Ok(row) => caseload.rows.push(row),
            Err(f) => caseload.failures.push(f),
        }
    }
    mark_older_exports(&mut caseload.rows);
    sort(&mut caseload.rows, SortBy::Urgency, true);
    caseload
}

/// Which patient a row is: their random identifier, or for a bundle from before
/// identifiers, its code. Two rows are the same patient only when this is the same.
fn patient_key(row: &CaseRow) -> (bool, &str) {
    row.patient_id
        .as_deref()
        .map_or((false, row.patient_code.as_str()), |id| (true, id))
}

/// Notes, on every export but the newest of a patient, that a newer one is in the list.
/// Newer means holding later entries: the export that reaches the later day, then the one
/// that starts earlier (the whole diary before a range), then the one made later; so a
/// complete export is never called older than a range-limited one that stops earlier,
/// whenever each was made. Patients are told apart by their identifier, never by the code
/// they typed: rows of different patients who typed the same code are each told so.
fn mark_older_exports(rows: &mut [CaseRow]) {
    let mut newest: std::collections::HashMap<(bool, &str), usize> =
        std::collections::HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        let slot = newest.entry(patient_key(r)).or_insert(i);
        if r.coverage() > rows[*slot].coverage() {
            *slot = i;
        }
    }
    // The patients (by identifier) using each code, for the rows not pseudonymised (a
    // pseudonymised export carries an identifier of its own, so it cannot be matched).
    let mut by_code: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if !r.pseudonymised {
            by_code.entry(r.patient_code.as_str()).or_default().push(i);
        }
    }
    let notes: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut notes = Vec::new();
            if let Some(best) = newest
                .get(&patient_key(r))
                .filter(|n| **n != i)
                .and_then(|n| rows.get(*n))
            {
                notes.push(newer_note(r, best));
            }
            if !r.pseudonymised {
                let others: Vec<String> = by_code
                    .get(r.patient_code.as_str())
                    .into_iter()
                    .flatten()
                    .filter_map(|j| rows.get(*j))
                    .filter(|o| patient_key(o) != patient_key(r))
                    .map(|o| file_name(&o.path))
                    .collect();
                if !others.is_empty() {
                    notes.push(t!(
                        "core-review-note-same-code",
                        code = r.patient_code.as_str(),
                        files = others.join(", ")
                    ));
                }
            }
            notes
        })
        .collect();
    for (r, mut notes) in rows.iter_mut().zip(notes) {
        r.notes.append(&mut notes);
    }
}

/// A file's name, or its whole path when it has none.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |f| f.to_string_lossy().into(),
    )
}

/// The note on an export of a patient whose newest export in the list is `best`.
fn newer_note(r: &CaseRow, best: &CaseRow) -> String {
    let name = file_name(&best.path);
    if best.as_of > r.as_of {
        t!(
            "core-review-note-newer",
            name = name,
            best = best.holds(),
            this = r.holds()
        )
    } else if best.from.unwrap_or(NaiveDate::MIN) < r.from.unwrap_or(NaiveDate::MIN) {
        t!(
            "core-review-note-more-complete",
            name = name,
            best = best.holds(),
            this = r.holds()
        )
    } else {
        t!(
            "core-review-note-later",
            name = name,
            made = best.exported_at.format("%Y-%m-%d %H:%M").to_string()
        )
    }
}

/// The columns the caseload can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Most urgent status first (then the least improvement, then the lowest adherence).
    Urgency,
    /// Patient code.
    Patient,
    /// Programme week.
    Week,
    /// Adherence.
    Adherence,
    /// Improvement in worst pain (least improved first).
    Improvement,
    /// Last entry.
    LastEntry,
    /// Warning signs.
    RedFlags,
}

/// Sorts rows by a column; `ascending` puts the first (for urgency: the most urgent) on top.
pub fn sort(rows: &mut [CaseRow], by: SortBy, ascending: bool) {
    use std::cmp::Ordering as O;
    let opt = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => O::Less,
        (None, Some(_)) => O::Greater,
        (None, None) => O::Equal,
    };
    rows.sort_by(|a, b| {
        let o = match by {
            SortBy::Urgency => a
                .urgency()
                .cmp(&b.urgency())
                .then_with(|| opt(a.improvement, b.improvement))
                .then_with(|| opt(a.adherence_pct, b.adherence_pct)),
            SortBy::Patient => a.patient_code.cmp(&b.patient_code),
            SortBy::Week => a.week.cmp(&b.week),
            SortBy::Adherence => opt(a.adherence_pct, b.adherence_pct),
            SortBy::Improvement => opt(a.improvement, b.improvement),
            SortBy::LastEntry => a.last_entry.cmp(&b.last_entry),
            SortBy::RedFlags => b.red_flags.cmp(&a.red_flags),
        };
        let o = o.then_with(|| a.patient_code.cmp(&b.patient_code));
        if ascending { o } else { o.reverse() }
    });
}

/// Whether a row matches a filter text (patient code, status or file name, any case).
#[must_use]
pub fn matches(row: &CaseRow, filter: &str) -> bool {
    let filter = filter.trim().to_lowercase();
    if filter.is_empty() {
        return true;
    }
    row.patient_code.to_lowercase().contains(&filter)
        || status_label(crate::i18n::language(), row.status)
            .to_lowercase()
            .contains(&filter)
        || row
            .path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().to_lowercase().contains(&filter))
}

/// The status as a clinician reads it in the table: its headline in the clinician's voice,
/// in `lang`.
#[must_use]
pub fn status_label(lang: Lang, status: StatusKind) -> String {
    status.headline_in(lang, crate::analysis::Voice::Clinician)
}

/// The last entry as the table shows it: its day, with the days since when the diary has
/// gone quiet ("2026-10-20 (35 days ago)"), or "none".
#[must_use]
pub fn last_entry_text(row: &CaseRow) -> String {
    let g = &row.engagement;
    match (row.last_entry, g.quiet) {
        (Some(d), true) => t!(
            "core-review-last-entry-quiet",
            date = d.to_string(),
            days = g.days_without_entries,
            days_text = g.days_without_entries.to_string()
        ),
        (Some(d), false) => d.to_string(),
        (None, _) => t!("core-review-last-entry-none"),
    }
}

/// An improvement as the table shows it, such as "+2.1" (better) or "-0.5" (worse).
#[must_use]
pub fn improvement_text(change: Option<f64>) -> String {
    change.map_or_else(
        || t!("core-review-not-enough-entries"),
        |c| format!("{c:+.1}"),
    )
}

#[cfg(test)]
mod tests {
    use crate::analysis::{StatusKind, StatusUrgency};

    #[test]
    fn the_caseload_order_follows_the_one_urgency_of_each_status() {
        let mut all = StatusKind::ALL;
        all.sort_by_key(|s| s.urgency_rank());
        // Sorted by rank, the urgencies never go back up.
        assert!(all.windows(2).all(|w| w[0].urgency() <= w[1].urgency()));
        assert_eq!(all[0], StatusKind::SeekCareNow);
        assert_eq!(all[1], StatusKind::ContactClinicianSoon);
        assert_eq!(all[2], StatusKind::NoRecentEntries);
        let attention: Vec<_> = all
            .iter()
            .filter(|s| s.urgency().needs_attention())
            .collect();
        assert_eq!(attention.len(), 5);
        let urgent: Vec<_> = all.iter().filter(|s| s.urgency().is_urgent()).collect();
        assert_eq!(
            urgent,
            [&StatusKind::SeekCareNow, &StatusKind::ContactClinicianSoon]
        );
        assert_eq!(StatusKind::Improving.urgency(), StatusUrgency::Improving);
    }
}
