//! `review --summary`: the caseload table for scripts.

use super::{Failure, Output, ReviewArgs};
use crate::review::caseload::{self, improvement_text, status_label};
use std::sync::atomic::{AtomicBool, AtomicUsize};

pub(super) fn run(args: &ReviewArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    if !args.summary {
        return Err(Failure::BadInput(crate::t!("cli-review-window-only")));
    }
    if args.paths.is_empty() {
        return Err(Failure::BadInput(crate::t!("cli-review-nothing-named")));
    }
    let identity = args
        .identity
        .as_deref()
        .map(crate::handoff::keys::read_identity)
        .transpose()
        .map_err(|e| Failure::Failed(crate::t!("cli-review-no-identity", error = e.to_string())))?;
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
        Err(Failure::Failed(crate::t!(
            "cli-review-failed",
            failed = loaded.failures.len(),
            total = loaded.failures.len() + loaded.rows.len()
        )))
    }
}

/// The caseload as aligned text, the most urgent first, then the files that failed.
fn table(caseload: &caseload::Caseload) -> Vec<String> {
    let lang = crate::i18n::language();
    let header = [
        crate::t!("cli-review-col-patient"),
        crate::t!("cli-review-col-week"),
        crate::t!("cli-review-col-status"),
        crate::t!("cli-review-col-adherence"),
        crate::t!("cli-review-col-improvement"),
        crate::t!("cli-review-col-last-entry"),
        crate::t!("cli-review-col-quiet-for"),
        crate::t!("cli-review-col-warning-signs"),
        crate::t!("cli-review-col-file"),
    ];
    let mut rows: Vec<[String; 9]> = vec![header];
    for r in &caseload.rows {
        let g = &r.engagement;
        rows.push([
            r.patient_code.clone(),
            r.week.to_string(),
            status_label(lang, r.status),
            r.adherence_pct.map_or_else(
                || crate::t!("cli-review-none-due"),
                |p| crate::i18n::format::percent(lang, p, 0),
            ),
            improvement_text(r.improvement),
            r.last_entry
                .map_or_else(|| crate::t!("cli-review-no-entry"), |d| d.to_string()),
            crate::t!(
                "cli-review-days-without",
                days = g.days_without_entries,
                quiet = if g.quiet { "yes" } else { "no" }
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
            0 => crate::t!("cli-review-no-bundle"),
            n => crate::t!("cli-review-none-opened", count = n),
        });
    }
    for r in &caseload.rows {
        for note in &r.notes {
            lines.push(crate::t!(
                "cli-review-note",
                patient = r.patient_code.as_str(),
                file = file_name(&r.path),
                note = note.as_str()
            ));
        }
    }
    for f in &caseload.failures {
        let mut line = crate::t!(
            "cli-review-could-not-open",
            path = f.path.display().to_string(),
            reason = f.reason.as_str()
        );
        if f.reason == caseload::needs_identity() {
            line.push(' ');
            line.push_str(&crate::t!("cli-review-needs-identity"));
        }
        lines.push(line);
    }
    lines
}

/// A file's name, without its folder.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}
