//! `review --summary`: the caseload table for scripts.

use super::{Failure, Output, ReviewArgs};
use crate::review::caseload::{self, improvement_text, status_label};
use std::sync::atomic::{AtomicBool, AtomicUsize};

pub(super) fn run(args: &ReviewArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    if !args.summary {
        return Err(Failure::BadInput(
            "the review window opens only from the app; add --summary to print the table".into(),
        ));
    }
    if args.paths.is_empty() {
        return Err(Failure::BadInput(
            "name at least one bundle or folder of bundles to review".into(),
        ));
    }
    let identity = args
        .identity
        .as_deref()
        .map(crate::handoff::keys::read_identity)
        .transpose()
        .map_err(|e| Failure::Failed(format!("{e}. Nothing was opened.")))?;
    let (files, mut failures) = caseload::files_in(&args.paths);
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut loaded = caseload::load_with(
        &files,
        identity.as_ref(),
        workers,
        &AtomicUsize::new(0),
        &AtomicBool::new(false),
    );
    failures.append(&mut loaded.failures);
    loaded.failures = failures;
    if args.json {
        let json = serde_json::to_string(&loaded).map_err(|e| Failure::Failed(e.to_string()))?;
        out.line(&json);
    } else {
        for line in table(&loaded) {
            out.line(&line);
        }
    }
    if loaded.failures.is_empty() {
        Ok(())
    } else {
        Err(Failure::Failed(format!(
            "{} of {} files could not be opened (listed above)",
            loaded.failures.len(),
            loaded.failures.len() + loaded.rows.len()
        )))
    }
}

/// The caseload as aligned text, the most urgent first, then the files that failed.
fn table(caseload: &caseload::Caseload) -> Vec<String> {
    let header = [
        "Patient",
        "Week",
        "Status",
        "Adherence",
        "Improvement",
        "Last entry",
        "No entries for",
        "Warning signs",
        "File",
    ];
    let mut rows: Vec<[String; 9]> = vec![header.map(str::to_owned)];
    for r in &caseload.rows {
        let g = &r.engagement;
        rows.push([
            r.patient_code.clone(),
            r.week.to_string(),
            status_label(r.status).to_owned(),
            r.adherence_pct
                .map_or_else(|| "none due".into(), |p| format!("{p:.0}%")),
            improvement_text(r.improvement),
            r.last_entry
                .map_or_else(|| "none".into(), |d| d.to_string()),
            format!(
                "{} days{}",
                g.days_without_entries,
                if g.quiet { " (quiet)" } else { "" }
            ),
            r.red_flags.to_string(),
            file_name(&r.path),
        ]);
    }
    let mut widths = [0usize; 9];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut lines: Vec<String> = rows
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(widths)
                .map(|(c, w)| format!("{c:<w$}"))
                .collect();
            cells.join("  ").trim_end().to_owned()
        })
        .collect();
    if caseload.rows.is_empty() {
        lines.push(match caseload.failures.len() {
            0 => "No bundle was found.".to_owned(),
            1 => "No bundle could be opened: the file below could not be read.".to_owned(),
            n => format!("No bundle could be opened: the {n} files below could not be read."),
        });
    }
    for r in &caseload.rows {
        for note in &r.notes {
            lines.push(format!(
                "Note on {} ({}): {note}",
                r.patient_code,
                file_name(&r.path)
            ));
        }
    }
    for f in &caseload.failures {
        let hint = if f.reason == caseload::needs_identity() {
            " Give it with --identity FILE."
        } else {
            ""
        };
        lines.push(format!(
            "Could not open {}: {}.{hint}",
            f.path.display(),
            f.reason
        ));
    }
    lines
}

/// A file's name, without its folder.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}
