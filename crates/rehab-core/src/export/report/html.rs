//! The report drawn as one self-contained HTML page: a print stylesheet for one A4 page and
//! inline SVG charts. Every text from the [`Report`] is escaped here.

use super::{Chart, Report, Tone};
use crate::analysis::StatusUrgency;
use chrono::{Duration, NaiveDate};
use std::fmt::Write as _;

/// Text made safe for HTML: the one escaping the pictures' SVG uses too.
use crate::picture::svg::escape as esc;

/// The colour of a chart's line.
fn line_css(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "#555",
        Tone::Good => "#1b7f3b",
        Tone::Caution => "#9a5b00",
    }
}

/// The status card's class (its colours are in the stylesheet): red for same-day care,
/// orange for contact soon, amber for something due, green for improving.
fn urgency_class(urgency: StatusUrgency) -> &'static str {
    match urgency {
        StatusUrgency::SameDay => "alert",
        StatusUrgency::Soon => "soon",
        StatusUrgency::NeedsAttention => "caution",
        StatusUrgency::Improving => "good",
        StatusUrgency::OnTrack => "plain",
    }
}

const STYLE: &str = "*{box-sizing:border-box}
body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:62rem;margin:1.2rem auto;padding:0 1rem;color:#1d1d1d;line-height:1.3;font-size:10.5pt}
header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;border-bottom:2px solid #333;padding-bottom:.2rem}
h1{font-size:14pt;margin:0}.who{font-size:12pt;font-weight:700;white-space:nowrap}
h2{font-size:10.5pt;margin:.55rem 0 .2rem;border-bottom:1px solid #ccc}
.meta{color:#444;margin:.15rem 0 .35rem;font-size:9pt}
.top{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.card{border:2px solid #555;border-radius:5px;padding:.35rem .6rem}
.card.alert{border-color:#b31b1b;background:#fdf0f0}.card.soon{border-color:#a33b00;background:#fff3ea}.card.caution{border-color:#9a5b00;background:#fdf6e8}.card.good{border-color:#1b7f3b}
.card h2{border:none;margin:0;font-size:12pt}.alert h2{color:#b31b1b}.soon h2{color:#a33b00}.caution h2{color:#8a4f00}.good h2{color:#1b7f3b}
.card p{margin:.2rem 0}.card ul{margin:.2rem 0;padding-left:1.1rem}
table{border-collapse:collapse;width:100%}td,th{padding:.08rem .35rem .08rem 0;text-align:left;vertical-align:top}
.numbers th{white-space:nowrap;width:1%}
.recent th,.recent td{border-bottom:1px solid #ddd;font-size:9pt}.recent thead th{font-weight:700;border-bottom:1px solid #888}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}.charts figure{margin:0}.charts figcaption{font-weight:700;font-size:9.5pt}
svg{width:100%;height:auto;display:block}
.events{columns:2;column-gap:1.2rem;font-size:9pt}.events section,.notes{break-inside:avoid}
.events h3{font-size:9.5pt;margin:.35rem 0 .05rem}.events ul{margin:0;padding-left:1rem}.events p{margin:0}
.small{font-size:8.5pt;color:#555}.appendix{font-size:9pt}
.green{color:#1b7f3b}.amber{color:#9a5b00}.red{color:#b31b1b}
@page{size:A4;margin:9mm 10mm 12mm}
@media print{body{margin:0;max-width:none;font-size:8.4pt}h1{font-size:12.5pt}.who{font-size:11pt}h2{font-size:9.5pt}
.meta,.events,.recent th,.recent td,.appendix{font-size:7.8pt}.small{font-size:7.5pt}.card h2{font-size:11pt}
.card,svg,figure,.recent,section{break-inside:avoid}.appendix{break-before:page}}";

/// A chart as inline SVG: frame, y ticks with grid lines, month ticks, shaded bands, marks,
/// threshold lines and the series, all inside the frame.
fn svg_chart(html: &mut String, chart: &Chart) {
    const W: f64 = 420.0;
    const H: f64 = 132.0;
    const L: f64 = 30.0;
    const R: f64 = 10.0;
    const T: f64 = 8.0;
    const B: f64 = 24.0;
    let days = (chart.last - chart.first).num_days().max(1) as f64;
    let x = |d: NaiveDate| {
        L + ((d - chart.first).num_days() as f64 / days).clamp(0.0, 1.0) * (W - L - R)
    };
    let y = |v: f64| T + (1.0 - (v / chart.y_max).clamp(0.0, 1.0)) * (H - T - B);
    let _ = write!(
        html,
        "<svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{}\" font-size=\"10\" font-family=\"sans-serif\">",
        esc(&chart.title)
    );
    for (v, label) in &chart.y_ticks {
        let (right, yv, lx, ly, label) = (W - R, y(*v), L - 4.0, y(*v) + 3.5, esc(label));
        let _ = write!(
            html,
            "<line x1=\"{L}\" x2=\"{right}\" y1=\"{yv:.1}\" y2=\"{yv:.1}\" stroke=\"#e3e3e3\"/><text x=\"{lx}\" y=\"{ly:.1}\" text-anchor=\"end\" fill=\"#444\">{label}</text>"
        );
    }
    for (a, b) in &chart.bands {
        let (xa, xb) = (x(*a), x(*b + Duration::days(1)).min(W - R));
        let _ = write!(
            html,
            "<rect x=\"{xa:.1}\" y=\"{T}\" width=\"{:.1}\" height=\"{}\" fill=\"#f6d6a8\" opacity=\"0.7\"/>",
            (xb - xa).max(1.0),
            H - T - B
        );
    }
    for (d, label) in &chart.x_ticks {
        let xd = x(*d);
        let long = !label.is_empty();
        let _ = write!(
            html,
            "<line x1=\"{xd:.1}\" x2=\"{xd:.1}\" y1=\"{}\" y2=\"{}\" stroke=\"#888\"/>",
            H - B,
            H - B + if long { 5.0 } else { 3.0 }
        );
        if long {
            let _ = write!(
                html,
                "<text x=\"{xd:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#444\">{}</text>",
                H - B + 15.0,
                esc(label)
            );
        }
    }
    for (d, label) in &chart.marks {
        let xd = x(*d);
        let _ = write!(
            html,
            "<line x1=\"{xd:.1}\" x2=\"{xd:.1}\" y1=\"{T}\" y2=\"{}\" stroke=\"#6b3fa0\" stroke-dasharray=\"2 2\"/><text x=\"{:.1}\" y=\"{}\" fill=\"#6b3fa0\" font-size=\"9\" text-anchor=\"{}\">{}</text>",
            H - B,
            xd + if xd > W / 2.0 { -2.0 } else { 2.0 },
            T + 9.0,
            if xd > W / 2.0 { "end" } else { "start" },
            esc(label)
        );
    }
    // The lines' labels are drawn last, over the series, with a white outline, so the data
    // line never hides them.
    let mut labels = String::new();
    for (v, label, tone) in &chart.lines {
        let (right, yv, colour, lx, ly, label) = (
            W - R,
            y(*v),
            line_css(*tone),
            W - R - 2.0,
            y(*v) - 2.5,
            esc(label),
        );
        let _ = write!(
            html,
            "<line x1=\"{L}\" x2=\"{right}\" y1=\"{yv:.1}\" y2=\"{yv:.1}\" stroke=\"{colour}\" stroke-dasharray=\"5 3\"/>"
        );
        let _ = write!(
            labels,
            "<text x=\"{lx}\" y=\"{ly:.1}\" text-anchor=\"end\" font-size=\"9\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{label}</text>"
        );
    }
    let _ = write!(
        html,
        "<rect x=\"{L}\" y=\"{T}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#999\"/>",
        W - L - R,
        H - T - B
    );
    let pts: Vec<String> = chart
        .points
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
        .collect();
    if pts.is_empty() {
        let _ = write!(
            html,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">no entries in these days</text>",
            (L + W - R) / 2.0,
            (T + H - B) / 2.0
        );
    } else {
        let _ = write!(
            html,
            "<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"1.8\" stroke-linejoin=\"round\" points=\"{}\"/>",
            pts.join(" ")
        );
        if chart.points.len() <= 30 {
            for p in &pts {
                let (px, py) = p.split_once(',').unwrap_or(("0", "0"));
                let _ = write!(
                    html,
                    "<circle cx=\"{px}\" cy=\"{py}\" r=\"2\" fill=\"#2b6cb0\"/>"
                );
            }
        }
    }
    html.push_str(&labels);
    html.push_str("</svg>");
}

/// The report as one HTML page.
#[must_use]
pub fn html(r: &Report) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let who = esc(&r.patient);
    // Every printed page names the patient, in the page's bottom margin.
    let page_css = format!(
        "@page{{@bottom-left{{content:\"{} \\00b7  {}\";font-size:7.5pt;color:#555}}@bottom-right{{content:\"page \" counter(page) \" of \" counter(pages);font-size:7.5pt;color:#555}}}}",
        css_string(&r.patient),
        css_string(&r.title)
    );
    let _ = write!(
        h,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{} \u{2013} {}</title><style>{STYLE}\n{page_css}</style></head><body>",
        esc(&r.title),
        esc(&r.name)
    );
    let _ = write!(
        h,
        "<header><h1>{}</h1><div class=\"who\">{who}</div></header><p class=\"meta\">{}<br>{}</p>",
        esc(&r.title),
        esc(&r.meta),
        esc(&r.footer)
    );
    h.push_str("<div class=\"top\">");
    // The card's facts also as data attributes, for tools that read reports.
    let number = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let _ = write!(
        h,
        "<div class=\"card {}\" data-status=\"{}\" data-as-of=\"{}\" data-adherence-pct=\"{}\" data-baseline-pain=\"{}\" data-current-pain=\"{}\"><h2>{}</h2><p>{}</p><ul>",
        urgency_class(r.status.urgency()),
        r.stated.status.code(),
        r.as_of,
        r.stated.adherence_pct,
        number(r.stated.baseline_pain),
        number(r.stated.current_pain),
        esc(r.headline),
        esc(r.meaning)
    );
    for reason in &r.reasons {
        let _ = write!(h, "<li>{}</li>", esc(reason));
    }
    h.push_str("</ul></div><table class=\"numbers\">");
    for (k, v) in &r.numbers {
        let _ = write!(h, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
    }
    h.push_str("</table></div><div class=\"charts\">");
    for chart in [&r.pain_chart, &r.adherence_chart] {
        let _ = write!(h, "<figure><figcaption>{}</figcaption>", esc(&chart.title));
        svg_chart(&mut h, chart);
        h.push_str("</figure>");
    }
    h.push_str("</div>");
    if !r.recent.weeks.is_empty() {
        h.push_str("<h2>Last four weeks</h2><table class=\"recent\"><thead><tr><th></th>");
        for w in &r.recent.weeks {
            let _ = write!(h, "<th>{}</th>", esc(w));
        }
        h.push_str("</tr></thead><tbody>");
        for (name, cells) in &r.recent.rows {
            let _ = write!(h, "<tr><th>{}</th>", esc(name));
            for c in cells {
                let _ = write!(h, "<td>{}</td>", lights_html(c));
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table><p class=\"small\">Dose: the highest level that week (L), sets \u{d7} repetitions (or seconds held) per session, and the heaviest added weight.</p>");
    }
    h.push_str("<h2>Events and ratings in these days</h2><div class=\"events\">");
    for s in &r.sections {
        let _ = write!(h, "<section><h3>{}</h3>", esc(s.title));
        if s.items.is_empty() {
            let _ = write!(h, "<p>{}</p>", esc(s.empty));
        } else {
            if let Some(line) = s.earlier_line() {
                let _ = write!(h, "<p class=\"small\">{}</p>", esc(&capitalised(&line)));
            }
            h.push_str("<ul>");
            for item in &s.items {
                let _ = write!(h, "<li>{}</li>", esc(item));
            }
            h.push_str("</ul>");
        }
        h.push_str("</section>");
    }
    h.push_str("</div>");
    if r.notes.is_empty() && r.notes_left_out > 0 {
        let _ = write!(
            h,
            "<p class=\"small\">No notes since {}; {} earlier in the CSV and bundle exports.</p>",
            r.notes_since, r.notes_left_out
        );
    }
    if !r.notes.is_empty() {
        if r.notes_appendix() {
            let _ = write!(
                h,
                "<p class=\"small\">The patient's notes ({}) are on the next page.</p>",
                r.notes.len() + r.notes_left_out
            );
        } else {
            notes_html(&mut h, r);
        }
    }
    if r.notes_appendix() {
        h.push_str("<div class=\"appendix\">");
        let _ = write!(
            h,
            "<header><h1>{}: the patient's notes</h1><div class=\"who\">{who}</div></header>",
            esc(&r.title)
        );
        notes_html(&mut h, r);
        h.push_str("</div>");
    }
    h.push_str("</body></html>\n");
    h
}

fn notes_html(h: &mut String, r: &Report) {
    let _ = write!(
        h,
        "<div class=\"notes\"><h2>The patient's notes since {}</h2>",
        r.notes_since
    );
    if r.notes_left_out > 0 {
        let _ = write!(
            h,
            "<p class=\"small\">{} earlier notes are in the CSV and bundle exports.</p>",
            r.notes_left_out
        );
    }
    h.push_str("<ul>");
    for n in &r.notes {
        let _ = write!(h, "<li>{}</li>", esc(n));
    }
    h.push_str("</ul></div>");
}

/// A light count cell with its colour words coloured.
fn lights_html(cell: &str) -> String {
    let mut out = esc(cell);
    for (word, class) in [("green", "green"), ("amber", "amber"), ("red", "red")] {
        out = out.replace(
            &format!(" {word}"),
            &format!(" <span class=\"{class}\">{word}</span>"),
        );
    }
    out
}

/// Text for a CSS string in double quotes.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            '<' | '>' | '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
