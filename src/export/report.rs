//! The one-page report for the physiotherapist: one self-contained HTML file (inline SVG
//! charts, a print stylesheet for one or two A4 pages), readable in a minute.

use super::Prepared;
use crate::analysis::{Light, Progress, StatusKind};
use crate::model::{EventKind, Profile, Programme};
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Text made safe for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or_else(
        || "not enough entries".to_owned(),
        |x| format!("{x:.digits$}"),
    )
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#1d1d1d;line-height:1.4}
h1{font-size:1.5rem;margin:0}h2{font-size:1.1rem;margin:1.2rem 0 .3rem;border-bottom:1px solid #ccc}
.meta{color:#555}.card{border:2px solid #555;border-radius:6px;padding:.6rem 1rem;margin-top:.8rem}
.card h2{border:none;margin:0;font-size:1.3rem}table{border-collapse:collapse}td,th{padding:.15rem .8rem .15rem 0;text-align:left;vertical-align:top}
.small{font-size:.85rem;color:#555}.green{color:#1b7f3b}.amber{color:#9a5b00}.red{color:#b31b1b}
svg{width:100%;height:auto}.cols{display:flex;gap:2rem;flex-wrap:wrap}.cols>div{flex:1 1 18rem}
@page{size:A4;margin:12mm}@media print{body{margin:0;max-width:none;font-size:9.5pt}h2{break-after:avoid}.card,svg{break-inside:avoid}}";

/// What the report is worked out from: the profile, the programme, the analysis of the whole
/// diary as of the last day covered, and the first day covered.
pub struct ReportContext<'a> {
    /// The profile.
    pub profile: &'a Profile,
    /// The programme in force.
    pub programme: &'a Programme,
    /// The analysis of the whole diary as of `on` ([`Prepared::progress`]).
    pub progress: &'a Progress,
    /// The first day covered.
    pub first: NaiveDate,
    /// The last day covered: the day the status is worked out as of.
    pub on: NaiveDate,
}

/// The report's numbers: the status as of the range's last day, judged on the whole diary
/// up to that day ([`super::as_of`]); the range limits only the tables and charts.
pub fn context(data: &Prepared) -> io::Result<ReportContext<'_>> {
    let (Some(profile), Some(programme), Some(progress)) =
        (&data.profile, &data.programme, &data.progress)
    else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the data folder has no profile or programme yet, so there is nothing to report on",
        ));
    };
    let first = data.options.range.from.unwrap_or(profile.start_date);
    Ok(ReportContext {
        profile,
        programme,
        progress,
        first,
        on: data.as_of,
    })
}

/// The report's heading line: programme, start, side, dates covered, time of export.
#[must_use]
pub fn meta_line(data: &Prepared, c: &ReportContext<'_>) -> String {
    format!(
        "{} · programme started {} · affected side {} · covers {} to {} · exported {} by rehab-tracker {}",
        c.programme.name,
        c.profile.start_date,
        c.profile.affected_side.word(),
        c.first,
        c.on,
        data.options.exported_at.format("%Y-%m-%d %H:%M"),
        env!("CARGO_PKG_VERSION")
    )
}

/// Writes the report as of the last day of the export's range (or the day of the export).
pub fn write(data: &Prepared, out: &mut dyn Write) -> io::Result<()> {
    let mut html = String::new();
    let c = context(data)?;
    let (p, programme, first, on) = (c.progress, c.programme, c.first, c.on);
    let _ = write!(
        html,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>rehab-tracker report: {}</title><style>{STYLE}</style></head><body>",
        esc(&data.patient_label)
    );
    let _ = write!(
        html,
        "<h1>Home programme report: {}</h1><p class=\"meta\">{}</p>",
        esc(&data.patient_label),
        esc(&meta_line(data, &c))
    );
    status_html(&mut html, p, programme);
    pain_html(&mut html, p, first, on);
    adherence_html(&mut html, p, first, on);
    details_html(&mut html, p, data);
    html.push_str("<p class=\"small\">A diary kept by the patient, summarised against the plan the clinician set. It is not a diagnosis.</p></body></html>\n");
    out.write_all(html.as_bytes())
}

/// The status card's rows: the numbers and the programme's thresholds.
#[must_use]
/// The thresholds are those of the rule in force on the day assessed.
pub fn status_rows(p: &Progress) -> Vec<(&'static str, String)> {
    let s = p.status();
    let rule = &p.escalation.rule;
    vec![
        (
            "Week",
            format!(
                "{} (check-in week {}, decision week {})",
                s.week, rule.checkin_week, s.decision_week
            ),
        ),
        (
            "Adherence",
            format!(
                "{:.0} % of prescribed sessions (threshold {:.0} %)",
                s.adherence_pct, rule.adherence_min_pct
            ),
        ),
        ("Baseline worst pain", opt(s.baseline_pain, 1)),
        ("Current worst pain", opt(s.current_pain, 1)),
        (
            "Improvement",
            match (s.improvement_points, s.improvement_pct) {
                (Some(pts), Some(pct)) => format!("{pts:+.1} points ({pct:+.0} %)"),
                (Some(pts), None) => format!("{pts:+.1} points"),
                _ => "not known yet".to_owned(),
            },
        ),
        (
            "Target",
            format!(
                "at least {} points or {:.0} % by week {}",
                rule.important_change_points, rule.important_change_pct, rule.decision_week
            ),
        ),
        (
            "PSFS change",
            s.psfs_change.map_or_else(
                || "not rated".to_owned(),
                |c| {
                    format!(
                        "{c:+.1} (important change: at least {})",
                        rule.psfs_important_change
                    )
                },
            ),
        ),
    ]
}

/// Green, amber and red sessions from `first` on.
#[must_use]
pub fn light_counts(p: &Progress, first: NaiveDate) -> (usize, usize, usize) {
    let (mut g, mut a, mut r) = (0, 0, 0);
    for l in p.lights.iter().filter(|l| l.date >= first) {
        match l.light.light {
            Light::Green => g += 1,
            Light::Amber => a += 1,
            Light::Red => r += 1,
        }
    }
    (g, a, r)
}

/// Each exercise and the last level reached.
#[must_use]
pub fn levels(p: &Progress) -> Vec<(String, u8)> {
    p.exercises
        .iter()
        .filter_map(|ex| Some((ex.name.clone(), ex.last_level()?)))
        .collect()
}

/// Sitting tolerance at the start and lately.
#[must_use]
pub fn sitting_line(p: &Progress) -> String {
    format!(
        "Start: {} min · lately: {} min",
        opt(p.sitting.baseline.value(), 0),
        opt(p.sitting.current.mean, 0)
    )
}

/// Warning signs logged, with their days.
#[must_use]
pub fn red_flag_lines(data: &Prepared) -> Vec<String> {
    data.journal
        .events()
        .filter_map(|e| match &e.kind {
            EventKind::RedFlag { signs } => Some(format!(
                "{}: {}",
                e.date,
                signs
                    .iter()
                    .map(|s| s.label())
                    .collect::<Vec<_>>()
                    .join("; ")
            )),
            _ => None,
        })
        .collect()
}

/// Injections and the change in worst pain since each.
#[must_use]
pub fn injection_lines(p: &Progress) -> Vec<String> {
    p.injections
        .iter()
        .map(|i| match &i.improvement {
            Some(imp) => format!("{}: worst pain {:+.1} points since", i.date, imp.points),
            None => format!("{}", i.date),
        })
        .collect()
}

/// The patient's notes (none when pseudonymised).
#[must_use]
pub fn note_lines(data: &Prepared) -> Vec<String> {
    if data.options.pseudonymise {
        return Vec::new();
    }
    data.journal
        .diary()
        .filter(|d| !d.note.is_empty())
        .map(|d| format!("{}: {}", d.date, d.note))
        .chain(
            data.journal
                .sessions()
                .filter(|s| !s.note.is_empty())
                .map(|s| format!("{} (session): {}", s.date, s.note)),
        )
        .collect()
}

fn status_html(html: &mut String, p: &Progress, programme: &Programme) {
    let s = p.status();
    let class = match s.status {
        StatusKind::SeekCareNow | StatusKind::ContactClinicianSoon => "red",
        StatusKind::Improving => "green",
        StatusKind::ReviewPlan | StatusKind::DiscussNextSteps => "amber",
        StatusKind::KeepGoing => "",
    };
    let number = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    // The card's facts also as data attributes, for tools that read reports.
    let _ = write!(
        html,
        "<div class=\"card\" data-status=\"{}\" data-as-of=\"{}\" data-adherence-pct=\"{}\" data-baseline-pain=\"{}\" data-current-pain=\"{}\"><h2 class=\"{class}\">{}</h2><p>{}</p><table>",
        s.status.code(),
        p.on,
        s.adherence_pct,
        number(s.baseline_pain),
        number(s.current_pain),
        esc(s.status.headline()),
        esc(s.status.meaning())
    );
    let rows = status_rows(p);
    for (k, v) in rows {
        let _ = write!(html, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(&v));
    }
    html.push_str("</table><ul>");
    for r in &s.reasons {
        let _ = write!(html, "<li>{}</li>", esc(r));
    }
    let _ = write!(
        html,
        "</ul><p class=\"small\">Thresholds from the programme file ({}).</p></div>",
        esc(&programme.name)
    );
}

/// A line chart in an SVG 600 x 160, days on x from `first` to `on`, values 0..`y_max`.
fn svg_chart(
    html: &mut String,
    title: &str,
    first: NaiveDate,
    on: NaiveDate,
    y_max: f64,
    series: &[(f64, f64)],
    lines: &[(f64, &str, &str)],
) {
    let days = ((on - first).num_days().max(1)) as f64;
    let x = |d: f64| 40.0 + d / days * 550.0;
    let y = |v: f64| 140.0 - (v / y_max).clamp(0.0, 1.0) * 125.0;
    let _ = write!(
        html,
        "<svg viewBox=\"0 0 600 160\" role=\"img\" aria-label=\"{}\"><rect x=\"40\" y=\"15\" width=\"550\" height=\"125\" fill=\"none\" stroke=\"#bbb\"/>",
        esc(title)
    );
    let _ = write!(
        html,
        "<text x=\"2\" y=\"20\" font-size=\"10\">{y_max:.0}</text><text x=\"2\" y=\"140\" font-size=\"10\">0</text><text x=\"40\" y=\"155\" font-size=\"10\">{first}</text><text x=\"590\" y=\"155\" font-size=\"10\" text-anchor=\"end\">{on}</text>"
    );
    for (v, colour, label) in lines {
        let _ = write!(
            html,
            "<line x1=\"40\" x2=\"590\" y1=\"{0:.1}\" y2=\"{0:.1}\" stroke=\"{colour}\" stroke-dasharray=\"4 3\"/><text x=\"588\" y=\"{1:.1}\" font-size=\"9\" text-anchor=\"end\" fill=\"{colour}\">{2}</text>",
            y(*v),
            y(*v) - 2.0,
            esc(label)
        );
    }
    let points: Vec<String> = series
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
        .collect();
    let _ = write!(
        html,
        "<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2\" points=\"{}\"/></svg>",
        points.join(" ")
    );
}

fn pain_html(html: &mut String, p: &Progress, first: NaiveDate, on: NaiveDate) {
    html.push_str("<h2>Worst pain, weekly mean (0-10)</h2>");
    let series: Vec<(f64, f64)> = p
        .weekly_pain
        .iter()
        .filter(|w| w.to >= first && w.from <= on)
        .filter_map(|w| Some(((w.from - first).num_days() as f64 + 3.0, w.mean?)))
        .collect();
    let mut lines = Vec::new();
    let baseline_label;
    let target_label;
    if let Some(b) = p.escalation.baseline.value() {
        let rule = &p.escalation.rule;
        let target =
            (b - rule.important_change_points).max(b * (1.0 - rule.important_change_pct / 100.0));
        baseline_label = format!("baseline {b:.1}");
        target_label = format!("target {target:.1}");
        lines.push((b, "#555", baseline_label.as_str()));
        lines.push((target, "#1b7f3b", target_label.as_str()));
    }
    svg_chart(
        html,
        "Weekly mean worst pain",
        first,
        on,
        10.0,
        &series,
        &lines,
    );
    let (g, a, r) = light_counts(p, first);
    let _ = write!(
        html,
        "<p>Session traffic lights: <span class=\"green\">{g} green</span>, <span class=\"amber\">{a} amber</span>, <span class=\"red\">{r} red</span>.</p>"
    );
}

fn adherence_html(html: &mut String, p: &Progress, first: NaiveDate, on: NaiveDate) {
    html.push_str("<h2>Sessions done per week (% of prescribed)</h2>");
    let series: Vec<(f64, f64)> = p
        .adherence
        .weeks
        .iter()
        .filter(|w| w.to >= first && w.from <= on)
        .filter_map(|w| Some(((w.from - first).num_days() as f64 + 3.0, w.pct?)))
        .collect();
    let rule = &p.escalation.rule;
    let label = format!("threshold {:.0} %", rule.adherence_min_pct);
    svg_chart(
        html,
        "Adherence per week",
        first,
        on,
        100.0,
        &series,
        &[(rule.adherence_min_pct, "#9a5b00", label.as_str())],
    );
}

fn details_html(html: &mut String, p: &Progress, data: &Prepared) {
    html.push_str("<div class=\"cols\"><div><h2>Levels reached</h2><table>");
    for (name, level) in levels(p) {
        let _ = write!(
            html,
            "<tr><td>{}</td><td>level {level}</td></tr>",
            esc(&name)
        );
    }
    html.push_str("</table></div><div><h2>Sitting tolerance</h2>");
    let _ = write!(html, "<p>{}</p>", esc(&sitting_line(p)));
    html.push_str("<h2>Red flags</h2>");
    list_html(html, &red_flag_lines(data), "none recorded");
    html.push_str("<h2>Injections</h2>");
    list_html(html, &injection_lines(p), "none recorded");
    let _ = write!(
        html,
        "<p class=\"small\">{} in the last 12 months.</p></div></div>",
        p.injections_last_12_months
    );
    let notes = note_lines(data);
    if !notes.is_empty() {
        html.push_str("<h2>The patient's notes</h2>");
        list_html(html, &notes, "");
    }
}

fn list_html(html: &mut String, items: &[String], empty: &str) {
    if items.is_empty() {
        let _ = write!(html, "<p>{}</p>", esc(empty));
        return;
    }
    html.push_str("<ul>");
    for item in items {
        let _ = write!(html, "<li>{}</li>", esc(item));
    }
    html.push_str("</ul>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{ExportOptions, prepare};

    fn report(pseudonymise: bool) -> String {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut demo = crate::demo::generate(16, end, 1).unwrap();
        demo.profile.patient_code = "Jane <Doe>".into();
        let options = ExportOptions {
            pseudonymise,
            ..ExportOptions::now()
        };
        let data = prepare(&demo.export_input(), &options);
        let mut out = Vec::new();
        write(&data, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_report_holds_every_section() {
        let html = report(false);
        for section in [
            "Home programme report",
            "Improving: keep going",
            "Adherence",
            "Baseline worst pain",
            "Target",
            "Worst pain, weekly mean",
            "Session traffic lights",
            "Sessions done per week",
            "Levels reached",
            "Sitting tolerance",
            "PSFS change",
            "Red flags",
            "Injections",
            "The patient's notes",
            "Long car journey",
            "@media print",
            "<svg",
        ] {
            assert!(html.contains(section), "missing {section}");
        }
        assert!(html.contains("Jane &lt;Doe&gt;"), "text is escaped");
        assert!(!html.contains("<Doe>"));
    }

    #[test]
    fn the_thresholds_shown_are_those_in_force_on_the_last_day_covered() {
        use crate::export::DateRange;
        use crate::model::EarlierProgramme;
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = crate::demo::generate(16, end, 1).unwrap();
        let mut current = demo.programme.clone();
        current.escalation.adherence_min_pct = 90.0;
        let mut before = demo.programme.clone();
        before.escalation.adherence_min_pct = 50.0;
        let earlier = [EarlierProgramme {
            until: end - chrono::Duration::days(30),
            programme: before,
        }];
        let html_to = |to: NaiveDate| {
            let data = prepare(
                &crate::export::ExportInput {
                    profile: Some(&demo.profile),
                    programme: Some(&current),
                    earlier_programmes: &earlier,
                    journal: &demo.journal,
                },
                &ExportOptions {
                    range: DateRange {
                        from: None,
                        to: Some(to),
                    },
                    ..ExportOptions::now()
                },
            );
            let mut out = Vec::new();
            write(&data, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let early = html_to(end - chrono::Duration::days(40));
        assert!(early.contains("(threshold 50 %)"), "the earlier rule");
        assert!(!early.contains("(threshold 90 %)"));
        let late = html_to(end);
        assert!(late.contains("(threshold 90 %)"), "the rule in force now");
    }

    #[test]
    fn pseudonymised_reports_leave_the_name_and_notes_out() {
        let html = report(true);
        assert!(!html.contains("Jane"));
        assert!(!html.contains("Long car journey"));
        assert!(!html.contains("The patient's notes"));
    }
}
