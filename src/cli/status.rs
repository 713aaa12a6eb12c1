//! `rehab-tracker status`: where the log stands against the plan, as of one day.
//! Read-only: it takes no lock and never writes.

use super::{Failure, Output, StatusArgs};
use crate::analysis::reasons::{pct, points};
use crate::analysis::{Progress, escalation_inputs, progress_with};
use crate::model::{Programme, ProgrammeRecord};
use crate::storage::Store;
use std::path::Path;

pub(super) fn run(dir: &Path, args: &StatusArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let loaded = Store::new(dir).load();
    if !loaded.problems.is_empty() {
        let problems: Vec<String> = loaded
            .problems
            .iter()
            .map(crate::storage::FileProblem::message)
            .collect();
        return Err(Failure::Failed(format!(
            "{} The status needs every file of the diary, so none is shown.",
            problems.join(" ")
        )));
    }
    let Some(profile) = loaded.profile else {
        return Err(Failure::Failed(format!(
            "there is no profile in {}: run `rehab-tracker init --start YYYY-MM-DD --affected-side left|right` first",
            dir.display()
        )));
    };
    let from_file = loaded.programme.is_some();
    let record = match loaded.programme {
        Some(p) => p,
        None => ProgrammeRecord::new(
            Programme::default_programme().map_err(|e| Failure::Failed(e.to_string()))?,
        ),
    };
    let on = args.on.unwrap_or_else(super::today);
    let inputs = escalation_inputs(&loaded.journal);
    let p = progress_with(&profile, record.view(), &loaded.journal, &inputs, on);
    if args.json {
        let json = serde_json::to_string(&crate::analysis::reasons::worded(
            crate::i18n::Lang::En,
            p.status(),
        ))
        .map_err(|e| Failure::Failed(e.to_string()))?;
        out.line(&json);
    } else {
        for line in summary(&p, from_file) {
            out.line(&line);
        }
    }
    Ok(())
}

/// The plain-language summary: the status, what it means, why, and the thresholds the
/// programme sets.
#[must_use]
pub fn summary(p: &Progress, from_file: bool) -> Vec<String> {
    let e = &p.escalation;
    let s = &e.status;
    let r = &e.rule;
    let mut lines = vec![
        format!(
            "Status on {}: {}",
            p.on,
            s.status.headline(crate::i18n::language())
        ),
        if s.week == 0 {
            format!(
                "The programme has not started yet (decision point: end of week {}, {}).",
                r.decision_week, e.decision_date
            )
        } else if s.week <= u32::from(r.decision_week) {
            format!(
                "Week {} of {} (decision point: end of week {}, {}).",
                s.week, r.decision_week, r.decision_week, e.decision_date
            )
        } else {
            format!(
                "Week {} (the decision point was the end of week {}, {}).",
                s.week, r.decision_week, e.decision_date
            )
        },
        s.status.meaning(crate::i18n::language()),
        String::new(),
        "Why:".to_owned(),
    ];
    lines.extend(
        p.reasons_in(crate::i18n::language(), crate::analysis::Voice::Patient)
            .iter()
            .map(|r| format!("- {r}")),
    );
    lines.push(String::new());
    lines.push(format!(
        "These thresholds are your clinician's, from {}:",
        if from_file {
            "the programme file (programme.ron)"
        } else {
            "the default programme (no programme file is saved yet)"
        }
    ));
    lines.push(format!(
        "- starting pain: the average of each day's worst pain over the first {} days (at least {} days logged), or the {} days before the start;",
        r.baseline_days, r.baseline_min_entries, r.baseline_days
    ));
    lines.push(format!(
        "- pain now: the same average over the last {} days (at least {} days logged);",
        r.current_days, r.current_min_entries
    ));
    lines.push(format!(
        "- the change agreed: at least {} or {} less pain; for activity scores (PSFS), {} more;",
        points(crate::i18n::language(), r.important_change_points),
        pct(crate::i18n::language(), r.important_change_pct),
        points(crate::i18n::language(), r.psfs_important_change)
    ));
    lines.push(format!(
        "- sessions: at least {} of those prescribed ({} a week, rest-advised and away days not counted);",
        pct(crate::i18n::language(), r.adherence_min_pct),
        p.adherence.sessions_per_week
    ));
    lines.push(format!(
        "- check-in in week {}, decision point at the end of week {};",
        r.checkin_week, r.decision_week
    ));
    lines.push(format!(
        "- contact your clinician if weekly average pain is {} or more above your starting level for {} weeks running.",
        points(crate::i18n::language(), r.worsening_points),
        r.worsening_weeks
    ));
    lines.push(String::new());
    lines.push(
        "This is a summary of your diary against the plan your clinician set. It is not a diagnosis or a substitute for care."
            .to_owned(),
    );
    lines
}
