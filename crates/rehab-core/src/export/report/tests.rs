//! The report's content: every item, in the clinician's words, charts inside their frames.

use super::*;
use crate::export::{DateRange, ExportOptions, prepare};

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// Exported on the demo's last day, so the report covers up to it whatever today is.
fn at_end() -> ExportOptions {
    ExportOptions {
        exported_at: end()
            .and_hms_opt(18, 0, 0)
            .unwrap()
            .and_utc()
            .fixed_offset(),
        ..ExportOptions::now()
    }
}

fn demo(weeks: u32) -> crate::demo::Demo {
    let mut demo = crate::demo::generate(weeks, end(), 1).unwrap();
    crate::demo::add_examples(&mut demo);
    demo
}

fn report_of(demo: &crate::demo::Demo, options: &ExportOptions) -> (Report, String) {
    let data = prepare(&demo.export_input(), options);
    let r = report(&data).unwrap();
    let mut out = Vec::new();
    write(&data, &mut out).unwrap();
    (r, String::from_utf8(out).unwrap())
}

/// The HTML without tags: what a reader sees.
fn text_of(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every (x, y) of every polyline, circle and line of every chart.
fn chart_coordinates(html: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    for poly in html.split("points=\"").skip(1) {
        let list = poly.split('"').next().unwrap();
        for pair in list.split_whitespace() {
            let (x, y) = pair.split_once(',').unwrap();
            out.push((x.parse().unwrap(), y.parse().unwrap()));
        }
    }
    out
}

#[test]
fn the_report_holds_every_item_in_the_clinicians_words() {
    let mut d = demo(16);
    d.profile.patient_code = "Jane <Doe>".into();
    let (r, html) = report_of(&d, &at_end());
    let text = text_of(&html);
    for item in [
        "Home exercise programme: clinician report",
        "Patient Jane &lt;Doe&gt;",
        "Improving as agreed",
        "Sessions done",
        "Worst pain at the start",
        "Worst pain lately",
        "PSFS",
        "Sitting tolerance",
        "Last four weeks",
        "Sessions (done / due)",
        "Traffic lights",
        "Worst pain, mean (max)",
        "Hip thrust",
        "Warning signs",
        "Constant pain, including at night (doctor soon)",
        "Woke with pain three nights running.",
        "a clinician visit was logged after it",
        "Medication changes",
        "Stopped the naproxen.",
        "Clinician visits",
        "Level changes",
        "Hip thrust, level 1 to 2",
        "Flare days",
        "(5 days)",
        "PSFS ratings",
        "Sitting through a film",
        "The patient's notes",
        "Long car journey",
        "@media print",
        "<svg",
    ] {
        assert!(html.contains(item), "missing {item}");
    }
    // The PSFS change is worked out from the ratings in the first and last days.
    assert!(
        r.numbers
            .iter()
            .any(|(k, v)| *k == "PSFS" && v.contains("at the start") && v.contains("lately")),
        "{:?}",
        r.numbers
    );
    assert!(!html.contains("<Doe>"), "text is escaped");
    for patient_voice in [
        "You ",
        "you ",
        "Your ",
        "your ",
        "Keep going, and keep your",
    ] {
        assert!(
            !text.contains(patient_voice),
            "{patient_voice:?} in the report"
        );
    }
    assert!(!text.contains("not enough entries min"));
    assert!(!text.contains("not rated"));
    // Sitting has a start and a latest figure in minutes.
    assert!(text.contains(" min at the start, "), "{text}");
}

#[test]
fn injections_carry_their_side_and_guidance() {
    // A diary of 40 weeks holds the example injection, on the affected side.
    let (r, html) = report_of(&demo(40), &at_end());
    let injections = r.sections.iter().find(|s| s.title == "Injections").unwrap();
    assert_eq!(injections.items.len(), 1, "{injections:?}");
    assert!(
        injections.items[0].contains("right side, ultrasound-guided"),
        "{:?}",
        injections.items
    );
    assert!(html.contains("injection right"), "the chart marks it");
}

#[test]
fn a_diary_without_a_code_has_a_title_that_reads_well() {
    let mut d = demo(16);
    d.profile.patient_code = String::new();
    let (r, html) = report_of(&d, &at_end());
    assert!(r.patient.starts_with("Patient P-"), "{}", r.patient);
    assert!(r.patient.contains("no code was given"));
    let title = html
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert!(
        title.ends_with(&crate::export::pseudonym(Some(&d.profile))),
        "{title}"
    );
    assert!(!title.trim_end().ends_with(':'));
}

#[test]
fn charts_stay_in_their_frames_with_month_ticks_and_readable_grouping() {
    let frame_x = 30.0..=410.0;
    let frame_y = 8.0..=108.0;
    let ranged = |from: &str, to: &str| ExportOptions {
        range: DateRange {
            from: Some(NaiveDate::parse_from_str(from, "%Y-%m-%d").unwrap()),
            to: Some(NaiveDate::parse_from_str(to, "%Y-%m-%d").unwrap()),
        },
        ..at_end()
    };
    for (weeks, options, period, min_points, max_points) in [
        (4, at_end(), Period::Week, 4, 5),
        (16, at_end(), Period::Week, 15, 17),
        (16, ranged("2026-09-01", "2026-09-30"), Period::Week, 4, 6),
        (16, ranged("2026-10-10", "2026-10-20"), Period::Week, 2, 3),
        (104, at_end(), Period::Month, 23, 26),
        (520, at_end(), Period::Month, 119, 122),
    ] {
        let (r, html) = report_of(&demo(weeks), &options);
        for chart in [&r.pain_chart, &r.adherence_chart] {
            assert_eq!(chart.period, period, "{weeks} weeks: {}", chart.title);
            assert!(
                (min_points..=max_points).contains(&chart.points.len()),
                "{weeks} weeks, {}: {} points",
                chart.title,
                chart.points.len()
            );
            assert!(
                chart
                    .points
                    .iter()
                    .all(|(d, _)| *d >= chart.first && *d <= chart.last),
                "{weeks} weeks: a point outside the chart's days"
            );
            let labels = chart.x_ticks.iter().filter(|(_, l)| !l.is_empty()).count();
            assert!(labels >= 1, "{weeks} weeks: no labelled tick");
            assert!(
                labels <= 14,
                "{weeks} weeks: {labels} labels crowd the axis"
            );
            assert!(chart.y_ticks.len() >= 5, "y ticks");
        }
        for (x, y) in chart_coordinates(&html) {
            assert!(
                frame_x.contains(&x),
                "{weeks} weeks: x {x} outside the frame"
            );
            assert!(
                frame_y.contains(&y),
                "{weeks} weeks: y {y} outside the frame"
            );
        }
    }
    // Ten years: a tick at each year, labelled with the year.
    let (r, _) = report_of(&demo(520), &at_end());
    let years: Vec<_> = r
        .pain_chart
        .x_ticks
        .iter()
        .filter(|(_, l)| l.len() == 4)
        .collect();
    assert!(years.len() >= 5, "{years:?}");
}

#[test]
fn the_last_four_weeks_table_has_a_column_per_week_and_a_dose_per_exercise() {
    let (r, _) = report_of(&demo(16), &at_end());
    assert_eq!(r.recent.weeks.len(), 4);
    assert!(
        r.recent.weeks[3].starts_with("Week 16:"),
        "{:?}",
        r.recent.weeks
    );
    let thrust = r
        .recent
        .rows
        .iter()
        .find(|(name, _)| name == "Hip thrust")
        .unwrap();
    // Level 3 with 4 kg by the end of the demo, in sets x reps.
    assert!(thrust.1[3].starts_with("L3 3\u{d7}"), "{thrust:?}");
    assert!(thrust.1[3].contains("4 kg"), "{thrust:?}");
    // One-sided exercises are dosed per side.
    let squat = r
        .recent
        .rows
        .iter()
        .find(|(name, _)| name == "Bulgarian split squat")
        .unwrap();
    assert!(squat.1[3].contains(" a side"), "{squat:?}");
    for (_, cells) in &r.recent.rows {
        assert_eq!(cells.len(), 4);
    }
}

#[test]
fn long_lists_are_capped_and_the_rest_counted() {
    let (r, html) = report_of(&demo(520), &at_end());
    let psfs = r
        .sections
        .iter()
        .find(|s| s.title == "PSFS ratings")
        .unwrap();
    assert_eq!(psfs.items.len(), LIST_LIMIT);
    assert!(psfs.earlier > 100, "{}", psfs.earlier);
    assert!(html.contains(&format!("And {} earlier", psfs.earlier)));
}

#[test]
fn many_notes_go_to_an_appendix_that_names_the_patient() {
    let mut d = demo(16);
    let recent: Vec<_> = d.journal.diary().rev().take(12).cloned().collect();
    for (i, mut e) in recent.into_iter().enumerate() {
        e.note = format!("Note number {i}, a long line about how the day went and what helped.");
        d.journal.insert(crate::model::Entry::Diary(e));
    }
    let (r, html) = report_of(&d, &at_end());
    assert!(r.notes_appendix());
    let appendix = html.split("<div class=\"appendix\">").nth(1).unwrap();
    assert!(appendix.contains(&d.profile.patient_code));
    assert!(appendix.contains("Note number 11"));
    assert!(
        html.contains("@bottom-left"),
        "every printed page names the patient"
    );
}

#[test]
fn the_thresholds_shown_are_those_in_force_on_the_last_day_covered() {
    use crate::model::EarlierProgramme;
    let demo = crate::demo::generate(16, end(), 1).unwrap();
    let mut current = demo.programme.clone();
    current.escalation.adherence_min_pct = 90.0;
    let mut before = demo.programme.clone();
    before.escalation.adherence_min_pct = 50.0;
    let earlier = [EarlierProgramme {
        until: end() - chrono::Duration::days(30),
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
    let early = html_to(end() - chrono::Duration::days(40));
    assert!(early.contains("threshold 50 %"), "the earlier rule");
    assert!(!early.contains("threshold 90 %"));
    let late = html_to(end());
    assert!(late.contains("threshold 90 %"), "the rule in force now");
}

#[test]
fn pseudonymised_reports_leave_the_name_and_notes_out() {
    let mut d = demo(16);
    d.profile.patient_code = "Jane Doe".into();
    let (_, html) = report_of(
        &d,
        &ExportOptions {
            pseudonymise: true,
            ..ExportOptions::now()
        },
    );
    assert!(!html.contains("Jane"));
    assert!(!html.contains("Long car journey"));
    assert!(!html.contains("Woke with pain"));
    assert!(!html.contains("The patient's notes"));
}

#[test]
fn notes_older_than_twelve_weeks_are_counted_not_listed() {
    let (r, html) = report_of(&demo(520), &at_end());
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert_eq!(r.notes_left_out, 1);
    assert!(html.contains("1 earlier in the CSV and bundle exports"));
}

#[test]
fn a_light_waiting_for_its_next_morning_is_counted_as_provisional_not_as_a_colour() {
    let mut d = demo(16);
    // A session on the last day: its next-morning pain cannot be known yet.
    let last = d.journal.sessions().last().unwrap().clone();
    let id = d.journal.next_id(end());
    d.journal.add_session(crate::model::Session {
        id,
        date: end(),
        next_morning_pain: None,
        ..last
    });
    let data = prepare(&d.export_input(), &at_end());
    let progress = data.progress.as_ref().unwrap();
    assert!(progress.lights.get(id).unwrap().provisional);
    let r = report(&data).unwrap();
    let (_, cells) = r
        .recent
        .rows
        .iter()
        .find(|(h, _)| h == "Traffic lights")
        .unwrap();
    let this_week = cells.last().unwrap();
    assert!(this_week.contains("1 provisional"), "{this_week}");
    // Every light of the week is counted once.
    let counted: u32 = this_week
        .split(", ")
        .map(|part| part.split(' ').next().unwrap().parse::<u32>().unwrap())
        .sum();
    let week_start = end() - chrono::Duration::days(6);
    let in_week = progress
        .lights
        .iter()
        .filter(|l| l.date >= week_start && l.date <= end())
        .count();
    assert_eq!(counted as usize, in_week, "{this_week}");
}

#[test]
fn the_threshold_labels_are_drawn_over_the_data_line() {
    let (_, html) = report_of(&demo(520), &at_end());
    let label = html.find(">threshold 70 %</text>").unwrap();
    let svg_start = html[..label].rfind("<svg").unwrap();
    let line = html[svg_start..label].find("<polyline");
    assert!(line.is_some(), "the series comes before its labels");
    let tag_start = html[..label].rfind("<text").unwrap();
    assert!(html[tag_start..label].contains("paint-order=\"stroke\""));
}

#[test]
fn a_range_starting_mid_week_means_only_the_days_it_covers() {
    let d = demo(16);
    let start = d.profile.start_date;
    // Three days into a programme week.
    let from = start + Duration::days(7 * 5 + 3);
    let options = ExportOptions {
        range: DateRange {
            from: Some(from),
            to: Some(end()),
        },
        ..at_end()
    };
    let data = prepare(&d.export_input(), &options);
    let r = report(&data).unwrap();
    let p = data.progress.as_ref().unwrap();
    let week_end = start + Duration::days(7 * 6 - 1);
    let days: Vec<f64> = p
        .daily_worst
        .iter()
        .filter(|x| x.date >= from && x.date <= week_end)
        .map(|x| x.value)
        .collect();
    let whole_week: Vec<f64> = p
        .daily_worst
        .iter()
        .filter(|x| x.date >= from - Duration::days(3) && x.date <= week_end)
        .map(|x| x.value)
        .collect();
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    assert!(
        (mean(&days) - mean(&whole_week)).abs() > 1e-6,
        "the demo's days before the range change the week's mean"
    );
    let (day, first) = r.pain_chart.points[0];
    assert!(day >= from && day <= week_end, "{day}");
    assert!(
        (first - mean(&days)).abs() < 1e-9,
        "first point {first}, the days covered {}, the whole week {}",
        mean(&days),
        mean(&whole_week)
    );
}

/// The report of a 16-week demo in `lang`, with many notes so the appendix shows.
fn report_in_language(lang: Lang) -> (Report, String) {
    let mut d = demo(16);
    let recent: Vec<_> = d.journal.diary().rev().take(12).cloned().collect();
    for (i, mut e) in recent.into_iter().enumerate() {
        e.note = format!("Note number {i}.");
        d.journal.insert(crate::model::Entry::Diary(e));
    }
    let data = prepare(&d.export_input(), &at_end());
    let r = report_in(&data, lang).unwrap();
    let mut out = Vec::new();
    write_in(&data, lang, &mut out).unwrap();
    (r, String::from_utf8(out).unwrap())
}

/// The report's own headings and labels in English, none of which a translated report keeps.
const ENGLISH_HEADINGS: [&str; 12] = [
    "Home exercise programme: clinician report",
    "Programme week",
    "Worst pain at the start",
    "Last four weeks",
    "Traffic lights",
    "Events and ratings in these days",
    "Warning signs",
    "Medication changes",
    "Flare days",
    "None logged.",
    "The patient's notes",
    "Dose: the highest level that week",
];

#[test]
fn a_french_report_has_french_headings_dates_and_numbers() {
    let (r, html) = report_in_language(Lang::Fr);
    let text = text_of(&html);
    assert!(html.contains("<html lang=\"fr\">"), "{}", &html[..80]);
    for heading in [
        "Exercices à domicile : rapport pour le clinicien",
        "Séances faites",
        "Douleur max. au début",
        "Les quatre dernières semaines",
        "Feux",
        "Événements et cotations de la période",
        "Signes d'alerte",
        "Infiltrations",
        "Rien de saisi.",
        "Jours de poussée",
        "Les notes du patient depuis le 02/09/2026",
        "Dose : niveau le plus haut de la semaine",
    ] {
        assert!(text.contains(heading), "missing {heading}:\n{text}");
    }
    for english in ENGLISH_HEADINGS {
        assert!(!text.contains(english), "{english:?} left in English");
    }
    // Dates as French writes them: abbreviated months on the axes and in the table.
    assert_eq!(r.recent.weeks[3], "Sem. 16 : 18 nov.–24 nov.");
    let labels: Vec<&str> = r
        .pain_chart
        .x_ticks
        .iter()
        .map(|(_, l)| l.as_str())
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(labels, ["sept. 2026", "oct. 2026", "nov. 2026"]);
    assert!(
        text.contains("du 17/09/2026 au 21/09/2026 (5 jours)."),
        "{text}"
    );
    // Numbers with a decimal comma, colour words still coloured, the page count in French.
    assert!(text.contains("6,83 / 10 (7 premiers jours)"), "{text}");
    assert!(
        html.contains("2 <span class=\"green\">verts</span>"),
        "the lights' colours"
    );
    assert!(html.contains("content:\"page \" counter(page) \" sur \" counter(pages)"));
    // The programme's and the patient's own words are not translated.
    assert!(text.contains("Long car journey"));
}

#[test]
fn the_english_report_keeps_its_words() {
    let (r, html) = report_in_language(Lang::En);
    let text = text_of(&html);
    assert!(html.contains("<html lang=\"en\">"));
    for heading in ENGLISH_HEADINGS {
        assert!(text.contains(heading), "missing {heading}");
    }
    for exact in [
        "covers 05/08/2026 to 24/11/2026 · exported 24/11/2026 18:00",
        "A diary kept by the patient, summarised against the plan the clinician set; not a diagnosis. Thresholds from the programme file &quot;Hip strengthening: default home programme&quot;. Made by rehab-tracker",
        "6.83 / 10 (7 days from the start)",
        "3.71 / 10 (last 14 days)",
        "25 min at the start, 62 min lately (+38 min)",
        "threshold 70 %</text>",
        "2 <span class=\"green\">green</span>, 1 <span class=\"amber\">amber</span>",
        "L3 3\u{d7}11, 4 kg",
        "17/09/2026 to 21/09/2026 (5 days).",
        "And 13 earlier (all in the CSV, bundle and FHIR exports)",
        "The patient's notes (13) are on the next page.",
        "content:\"page \" counter(page) \" of \" counter(pages)",
    ] {
        assert!(html.contains(exact), "missing {exact:?}");
    }
    assert_eq!(r.recent.weeks[3], "Week 16: 18 Nov\u{2013}24 Nov");
    // The current language (English in these tests) gives the same page.
    let (_, current) = report_of(
        &{
            let mut d = demo(16);
            let recent: Vec<_> = d.journal.diary().rev().take(12).cloned().collect();
            for (i, mut e) in recent.into_iter().enumerate() {
                e.note = format!("Note number {i}.");
                d.journal.insert(crate::model::Entry::Diary(e));
            }
            d
        },
        &at_end(),
    );
    assert_eq!(current, html);
}

#[test]
fn the_programme_sheet_is_written_in_the_language_asked_for() {
    let d = demo(16);
    let data = prepare(&d.export_input(), &at_end());
    let programme = data.programme.as_ref().unwrap();
    let side = crate::model::Side::Right;
    let fr = crate::export::sheet::html(Lang::Fr, programme, side, "X-1", end());
    assert!(fr.contains("<html lang=\"fr\">"));
    for words in [
        "Votre programme d'exercices",
        "3 séances par semaine",
        "imprimé le 24/11/2026",
        "Niveau 3 sur 3 : ",
        "À retenir : ",
        ", de chaque côté",
    ] {
        let escaped = crate::picture::svg::escape(words);
        assert!(fr.contains(&escaped), "missing {words}");
    }
    assert!(!fr.contains("Your exercise programme") && !fr.contains("Remember:"));
    let en = crate::export::sheet::html(Lang::En, programme, side, "X-1", end());
    for words in [
        "<html lang=\"en\">",
        "Your exercise programme",
        "3 sessions a week · printed 24/11/2026 · pictures for the right side",
        "Level 3 of 3: ",
        "Remember: ",
        ", each side",
    ] {
        assert!(en.contains(words), "missing {words}");
    }
    let all = crate::export::sheet::all_levels_html(Lang::De, programme);
    assert!(all.contains("Die Übungen in jeder Stufe") && all.contains("Stufe 1: "));
}
