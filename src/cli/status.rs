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
    super::follow_settings(loaded.settings.as_ref());
    if !loaded.problems.is_empty() {
        let problems: Vec<String> = loaded
            .problems
            .iter()
            .map(crate::storage::FileProblem::message)
            .collect();
        return Err(Failure::Failed(crate::t!(
            "cli-status-unreadable",
            problems = problems.join(" ")
        )));
    }
    let Some(profile) = loaded.profile else {
        return Err(Failure::Failed(crate::t!(
            "cli-status-no-profile",
            dir = dir.display().to_string()
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
    let decision_date = e.decision_date.to_string();
    let mut lines = vec![
        crate::t!(
            "cli-status-on",
            date = p.on.to_string(),
            status = s.status.headline(crate::i18n::language())
        ),
        if s.week == 0 {
            crate::t!(
                "cli-status-not-started",
                decision_week = r.decision_week,
                decision_date = decision_date
            )
        } else if s.week <= u32::from(r.decision_week) {
            crate::t!(
                "cli-status-week-of",
                week = s.week,
                decision_week = r.decision_week,
                decision_date = decision_date
            )
        } else {
            crate::t!(
                "cli-status-week-past",
                week = s.week,
                decision_week = r.decision_week,
                decision_date = decision_date
            )
        },
        s.status.meaning(crate::i18n::language()),
        String::new(),
        crate::t!("cli-status-why"),
    ];
    lines.extend(
        p.reasons_in(crate::i18n::language(), crate::analysis::Voice::Patient)
            .iter()
            .map(|r| format!("- {r}")),
    );
    lines.push(String::new());
    lines.push(crate::t!(
        "cli-status-thresholds-from",
        source = if from_file { "file" } else { "default" }
    ));
    lines.push(crate::t!(
        "cli-status-rule-baseline",
        days = r.baseline_days,
        min = r.baseline_min_entries
    ));
    lines.push(crate::t!(
        "cli-status-rule-current",
        days = r.current_days,
        min = r.current_min_entries
    ));
    lines.push(crate::t!(
        "cli-status-rule-change",
        points = points(crate::i18n::language(), r.important_change_points),
        percent = pct(crate::i18n::language(), r.important_change_pct),
        psfs = points(crate::i18n::language(), r.psfs_important_change)
    ));
    lines.push(crate::t!(
        "cli-status-rule-sessions",
        percent = pct(crate::i18n::language(), r.adherence_min_pct),
        per_week = p.adherence.sessions_per_week
    ));
    lines.push(crate::t!(
        "cli-status-rule-weeks",
        checkin = r.checkin_week,
        decision = r.decision_week
    ));
    lines.push(crate::t!(
        "cli-status-rule-worsening",
        points = points(crate::i18n::language(), r.worsening_points),
        weeks = r.worsening_weeks
    ));
    lines.push(String::new());
    lines.push(crate::t!("cli-status-not-a-diagnosis"));
    lines
}
