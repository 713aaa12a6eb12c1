//! The printable programme sheet: one A4 page with each exercise of the programme in force,
//! its picture (start and end positions, mirrored for the affected side), its level, dose,
//! how to do it and the one thing to keep in mind. An HTML page printed like the report, in
//! the language the caller asks for (the app's current one when exported).

use super::Prepared;
use crate::i18n::{self, Lang, Words, format};
use crate::model::{Exercise, Programme, Side};
use crate::picture::{self, svg, svg::escape as esc};
use crate::t_in;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::io::{self, Write};

/// The height of one picture panel on the sheet, in CSS pixels.
const PANEL: f32 = 116.0;

const STYLE: &str = "*{box-sizing:border-box}
body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:62rem;margin:1rem auto;padding:0 1rem;color:#1d1d1d;line-height:1.3;font-size:10pt}
header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;border-bottom:2px solid #333;padding-bottom:.2rem}
h1{font-size:14pt;margin:0}.who{font-size:12pt;font-weight:700;white-space:nowrap}
.meta{color:#444;margin:.15rem 0 .4rem;font-size:9pt}
.ex{display:flex;gap:.8rem;align-items:center;border-bottom:1px solid #ccc;padding:.3rem 0;break-inside:avoid}
.ex svg{flex:none}.ex h2{font-size:11pt;margin:0}.ex p{margin:.1rem 0}
.level{color:#444}.dose{font-weight:700}.cue{font-style:italic}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:.6rem .9rem}
.grid figure{margin:0;break-inside:avoid}.grid figcaption{font-size:9pt}
@page{size:A4;margin:12mm 12mm 14mm}
@media print{body{margin:0;max-width:none;padding:0}}";

/// Writes the sheet of the programme in force for the prepared export, in the app's current
/// language.
pub fn write(data: &Prepared, out: &mut dyn Write) -> io::Result<()> {
    let lang = i18n::language();
    let Some(programme) = data.programme.as_ref() else {
        return Err(io::Error::other(t_in!(
            Words::for_language(lang),
            "report-sheet-no-programme"
        )));
    };
    let side = data
        .profile
        .as_ref()
        .map_or(Side::Left, |p| p.affected_side);
    let made = data.options.exported_at.date_naive();
    out.write_all(html(lang, programme, side, &data.patient_label, made).as_bytes())
}

/// The sheet as one HTML page in `lang`: the programme's exercises in force, each at its
/// current level, drawn for `side`, for `patient`, printed on `date`.
#[must_use]
pub fn html(
    lang: Lang,
    programme: &Programme,
    side: Side,
    patient: &str,
    date: NaiveDate,
) -> String {
    let words = Words::for_language(lang);
    let sessions = i64::from(programme.sessions_per_week);
    let mut h = page_start(
        lang,
        &t_in!(words, "report-sheet-title"),
        patient,
        &t_in!(
            words,
            "report-sheet-meta",
            programme = programme.name.as_str(),
            sessions = sessions,
            sessions_text = format::count(lang, sessions),
            date = format::short_date(lang, date),
            side = side.name_in(words)
        ),
    );
    let mirror = picture::mirrored_for(side);
    for exercise in programme.enabled() {
        row(lang, words, &mut h, exercise, exercise.level, mirror);
    }
    h.push_str("</body></html>");
    h
}

/// Every level of every exercise of the programme, drawn for the left side: a sheet for
/// clinicians choosing a level, and the one the documentation shows; in `lang`.
#[must_use]
pub fn all_levels_html(lang: Lang, programme: &Programme) -> String {
    let words = Words::for_language(lang);
    let mut h = page_start(
        lang,
        &t_in!(words, "report-sheet-all-levels"),
        "",
        &programme.name,
    );
    for exercise in &programme.exercises {
        let _ = write!(h, "<h2>{}</h2><div class=\"grid\">", esc(&exercise.name));
        for (i, level) in exercise.levels.iter().enumerate() {
            let number = u8::try_from(i + 1).unwrap_or(u8::MAX);
            let _ = write!(h, "<figure>");
            if let Some(p) = picture::of(exercise, number) {
                h.push_str(&svg::panels(
                    &p,
                    false,
                    PANEL * 1.15,
                    &picture::describe(exercise, number),
                ));
            }
            let _ = write!(
                h,
                "<figcaption>{}</figcaption></figure>",
                esc(&t_in!(
                    words,
                    "report-sheet-level-caption",
                    level = format::count(lang, i64::from(number)),
                    name = level.name.as_str()
                ))
            );
        }
        h.push_str("</div>");
    }
    h.push_str("</body></html>");
    h
}

fn page_start(lang: Lang, title: &str, patient: &str, meta: &str) -> String {
    let mut h = String::with_capacity(32 * 1024);
    let _ = write!(
        h,
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body><header><h1>{}</h1><div class=\"who\">{}</div></header><p class=\"meta\">{}</p>",
        lang.code(),
        esc(title),
        esc(title),
        esc(patient),
        esc(meta)
    );
    h
}

fn row(lang: Lang, words: &Words, h: &mut String, exercise: &Exercise, level: u8, mirror: bool) {
    let Some(current) = exercise.current() else {
        return;
    };
    let _ = write!(
        h,
        "<section class=\"ex\" data-exercise=\"{}\">",
        esc(&exercise.id)
    );
    if let Some(p) = picture::of(exercise, level) {
        h.push_str(&svg::panels(
            &p,
            mirror,
            PANEL,
            &picture::describe(exercise, level),
        ));
    }
    let dose = current.dose.describe_in(words);
    let dose = if exercise.one_sided {
        t_in!(words, "report-sheet-dose-each-side", dose = dose)
    } else {
        dose
    };
    let level = t_in!(
        words,
        "report-sheet-level",
        level = format::count(lang, i64::from(exercise.level)),
        levels = format::count(
            lang,
            i64::try_from(exercise.levels.len()).unwrap_or(i64::MAX)
        ),
        name = current.name.as_str()
    );
    let _ = write!(
        h,
        "<div><h2>{}</h2><p class=\"level\">{}</p><p class=\"dose\">{}</p><p>{}</p><p class=\"cue\">{}</p></div></section>",
        esc(&exercise.name),
        esc(&level),
        esc(&dose),
        esc(&current.instructions),
        esc(&t_in!(
            words,
            "report-sheet-remember",
            cue = current.cue.as_str()
        ))
    );
}
