//! The report drawn as one self-contained HTML page: a print stylesheet for one A4 page and
//! inline SVG charts. Written with `maud` templates, which escape every text they are given.

use super::{Chart, Report, Tone, lights_part};
use crate::analysis::{Light, StatusUrgency};
use crate::i18n::{Lang, Words, format};
use crate::t_in;
use chrono::{Duration, NaiveDate};
use maud::{DOCTYPE, Markup, PreEscaped, html as page};
use std::fmt::Write as _;

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
@media print{body{margin:0;max-width:none;font-size:8pt;line-height:1.2}h1{font-size:12.5pt}.who{font-size:11pt}h2{font-size:9.5pt}
.meta,.events,.recent th,.recent td,.appendix{font-size:7.8pt}.small{font-size:7.5pt}.card h2{font-size:11pt}
.card,svg,figure,.recent,section{break-inside:avoid}.appendix{break-before:page}}";

/// The chart's size and frame, in SVG units.
const W: f64 = 420.0;
const H: f64 = 132.0;
const L: f64 = 30.0;
const R: f64 = 10.0;
const T: f64 = 8.0;
const B: f64 = 24.0;

/// A coordinate as the SVG gives it: one decimal.
fn at(v: f64) -> String {
    format!("{v:.1}")
}

/// Where days and values go in a chart's frame.
struct Frame<'a> {
    chart: &'a Chart,
    days: f64,
}

impl Frame<'_> {
    fn x(&self, d: NaiveDate) -> f64 {
        L + ((d - self.chart.first).num_days() as f64 / self.days).clamp(0.0, 1.0) * (W - L - R)
    }

    fn y(&self, v: f64) -> f64 {
        T + (1.0 - (v / self.chart.y_max).clamp(0.0, 1.0)) * (H - T - B)
    }
}

/// A chart as inline SVG: frame, y ticks with grid lines, month ticks, shaded bands, marks,
/// threshold lines and the series, all inside the frame. The lines' labels are drawn last,
/// over the series, with a white outline, so the data line never hides them.
fn svg_chart(words: &Words, chart: &Chart) -> Markup {
    let f = Frame {
        chart,
        days: (chart.last - chart.first).num_days().max(1) as f64,
    };
    page! {
        svg viewBox={ "0 0 " (W) " " (H) } role="img" aria-label=(chart.title) font-size="10" font-family="sans-serif" {
            @for (v, label) in &chart.y_ticks {
                line x1=(L) x2=(W - R) y1=(at(f.y(*v))) y2=(at(f.y(*v))) stroke="#e3e3e3" {}
                text x=(L - 4.0) y=(at(f.y(*v) + 3.5)) text-anchor="end" fill="#444" { (label) }
            }
            @for (a, b) in &chart.bands {
                @let (xa, xb) = (f.x(*a), f.x(*b + Duration::days(1)).min(W - R));
                rect x=(at(xa)) y=(T) width=(at((xb - xa).max(1.0))) height=(H - T - B) fill="#f6d6a8" opacity="0.7" {}
            }
            (x_ticks(&f))
            @for (d, label) in &chart.marks {
                @let xd = f.x(*d);
                @let right = xd > W / 2.0;
                line x1=(at(xd)) x2=(at(xd)) y1=(T) y2=(H - B) stroke="#6b3fa0" stroke-dasharray="2 2" {}
                text x=(at(xd + if right { -2.0 } else { 2.0 })) y=(T + 9.0) fill="#6b3fa0" font-size="9" text-anchor=(if right { "end" } else { "start" }) { (label) }
            }
            @for (v, _, tone) in &chart.lines {
                line x1=(L) x2=(W - R) y1=(at(f.y(*v))) y2=(at(f.y(*v))) stroke=(line_css(*tone)) stroke-dasharray="5 3" {}
            }
            rect x=(L) y=(T) width=(W - L - R) height=(H - T - B) fill="none" stroke="#999" {}
            (series(words, &f))
            @for (v, label, tone) in &chart.lines {
                text x=(W - R - 2.0) y=(at(f.y(*v) - 2.5)) text-anchor="end" font-size="9" fill=(line_css(*tone)) stroke="#fff" stroke-width="3" paint-order="stroke" { (label) }
            }
        }
    }
}

/// The ticks under the time axis, long and labelled or short.
fn x_ticks(f: &Frame<'_>) -> Markup {
    page! {
        @for (d, label) in &f.chart.x_ticks {
            @let xd = f.x(*d);
            @let long = !label.is_empty();
            line x1=(at(xd)) x2=(at(xd)) y1=(H - B) y2=(H - B + if long { 5.0 } else { 3.0 }) stroke="#888" {}
            @if long {
                text x=(at(xd)) y=(H - B + 15.0) text-anchor="middle" fill="#444" { (label) }
            }
        }
    }
}

/// The data line, with a dot per point when there are few; or a word when there is none.
fn series(words: &Words, f: &Frame<'_>) -> Markup {
    let pts: Vec<(String, String)> = f
        .chart
        .points
        .iter()
        .map(|(d, v)| (at(f.x(*d)), at(f.y(*v))))
        .collect();
    let line = pts
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    page! {
        @if pts.is_empty() {
            text x=((L + W - R) / 2.0) y=((T + H - B) / 2.0) text-anchor="middle" fill="#555" { (t_in!(words, "report-chart-empty")) }
        } @else {
            polyline fill="none" stroke="#2b6cb0" stroke-width="1.8" stroke-linejoin="round" points=(line) {}
            @if pts.len() <= 30 {
                @for (x, y) in &pts {
                    circle cx=(x) cy=(y) r="2" fill="#2b6cb0" {}
                }
            }
        }
    }
}

/// The report as one HTML page.
#[must_use]
pub fn html(r: &Report) -> String {
    let words = Words::for_language(r.lang);
    // Every printed page names the patient, in the page's bottom margin.
    let page_css = format!(
        "@page{{@bottom-left{{content:\"{} \\00b7  {}\";font-size:7.5pt;color:#555}}@bottom-right{{content:{};font-size:7.5pt;color:#555}}}}",
        css_string(&r.patient),
        css_string(&r.title),
        page_number_css(words)
    );
    let mut out = page! {
        (DOCTYPE)
        html lang=(r.lang.code()) {
            head {
                meta charset="utf-8";
                title { (r.title) " \u{2013} " (r.name) }
                style { (PreEscaped(STYLE)) "\n" (PreEscaped(page_css)) }
            }
            body {
                header { h1 { (r.title) } div class="who" { (r.patient) } }
                p class="meta" { (r.meta) br; (r.footer) }
                div class="top" {
                    (status_card(r))
                    table class="numbers" {
                        @for (k, v) in &r.numbers { tr { th { (k) } td { (v) } } }
                    }
                }
                div class="charts" {
                    @for chart in [&r.pain_chart, &r.adherence_chart] {
                        figure { figcaption { (chart.title) } (svg_chart(words, chart)) }
                    }
                }
                (recent_table(words, r))
                h2 { (t_in!(words, "report-events-heading")) }
                div class="events" {
                    @for s in &r.sections {
                        section {
                            h3 { (s.title) }
                            @if s.items.is_empty() {
                                p { (s.empty) }
                            } @else {
                                @if let Some(line) = s.earlier_line() {
                                    p class="small" { (capitalised(&line)) }
                                }
                                ul { @for item in &s.items { li { (item) } } }
                            }
                        }
                    }
                }
                (notes_on_page(words, r))
                @if r.notes_appendix() {
                    div class="appendix" {
                        header {
                            h1 { (t_in!(words, "report-appendix-heading", title = r.title.as_str())) }
                            div class="who" { (r.patient) }
                        }
                        (notes_list(r))
                    }
                }
            }
        }
    }
    .into_string();
    out.push('\n');
    out
}

/// The status card; its facts also as data attributes, for tools that read reports.
fn status_card(r: &Report) -> Markup {
    let number = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    page! {
        div class={ "card " (urgency_class(r.status.urgency())) }
            data-status=(r.stated.status.code())
            data-as-of=(r.as_of)
            data-adherence-pct=(r.stated.adherence_pct)
            data-baseline-pain=(number(r.stated.baseline_pain))
            data-current-pain=(number(r.stated.current_pain)) {
            h2 { (r.headline) }
            p { (r.meaning) }
            ul { @for reason in &r.reasons { li { (reason) } } }
        }
    }
}

/// The last four weeks, when there are any.
fn recent_table(words: &Words, r: &Report) -> Markup {
    page! {
        @if !r.recent.weeks.is_empty() {
            h2 { (r.recent_heading()) }
            table class="recent" {
                thead { tr { th {} @for week in &r.recent.weeks { th { (week) } } } }
                tbody {
                    @for (name, cells) in &r.recent.rows {
                        tr { th { (name) } @for c in cells { td { (lights_cell(words, r.lang, c)) } } }
                    }
                }
            }
            p class="small" { (t_in!(words, "report-dose-legend")) }
        }
    }
}

/// The notes on the first page, or where they are.
fn notes_on_page(words: &Words, r: &Report) -> Markup {
    let lang = r.lang;
    let total = |n: usize| {
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        (n, format::count(lang, n))
    };
    page! {
        @if r.notes.is_empty() && r.notes_left_out > 0 {
            @let (count, count_text) = total(r.notes_left_out);
            p class="small" {
                (t_in!(words, "report-notes-none-since", date = format::short_date(lang, r.notes_since), count = count, count_text = count_text))
            }
        }
        @if !r.notes.is_empty() {
            @if r.notes_appendix() {
                @let (_, count_text) = total(r.notes.len() + r.notes_left_out);
                p class="small" {
                    (t_in!(words, "report-notes-next-page", count_text = count_text))
                }
            } @else {
                (notes_list(r))
            }
        }
    }
}

fn notes_list(r: &Report) -> Markup {
    page! {
        div class="notes" {
            h2 { (r.notes_heading()) }
            @if let Some(line) = r.notes_earlier_line() {
                p class="small" { (line) }
            }
            ul { @for n in &r.notes { li { (n) } } }
        }
    }
}

/// A light count cell ("2 green, 1 amber") with its colour words coloured: each part is
/// matched against the words the report wrote for that colour and count.
fn lights_cell(words: &Words, lang: Lang, cell: &str) -> Markup {
    let coloured = |part: &str| {
        let digits: String = part
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(char::is_ascii_digit)
            .collect();
        let n: u32 = digits.parse().ok()?;
        [Light::Green, Light::Amber, Light::Red]
            .into_iter()
            .find(|light| lights_part(words, lang, Some(*light), n) == part)
            .map(|light| {
                let class = match light {
                    Light::Green => "green",
                    Light::Amber => "amber",
                    Light::Red => "red",
                };
                let lead = format!("{} ", format::count(lang, i64::from(n)));
                match part.strip_prefix(lead.as_str()) {
                    Some(word) => (lead, class, word.to_owned()),
                    None => (String::new(), class, part.to_owned()),
                }
            })
    };
    page! {
        @for (i, part) in cell.split(", ").enumerate() {
            @if i > 0 { ", " }
            @match coloured(part) {
                Some((lead, class, word)) => { (lead) span class=(class) { (word) } }
                None => { (part) }
            }
        }
    }
}

/// The "page 1 of 2" of the printed pages' margin, as CSS content: the message's words as
/// strings around the page counters.
fn page_number_css(words: &Words) -> String {
    const PAGE: &str = "\u{e000}";
    const PAGES: &str = "\u{e001}";
    let text = t_in!(words, "report-page-number", page = PAGE, pages = PAGES);
    let mut out = Vec::new();
    for (i, piece) in text.split(PAGE).enumerate() {
        if i > 0 {
            out.push("counter(page)".to_owned());
        }
        for (j, part) in piece.split(PAGES).enumerate() {
            if j > 0 {
                out.push("counter(pages)".to_owned());
            }
            if !part.is_empty() {
                out.push(format!("\"{}\"", css_string(part)));
            }
        }
    }
    out.join(" ")
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
