//! The clinician's report printed as a browser prints it: headless Chromium to PDF, its
//! pages counted with pdfinfo and read with pdftotext. One A4 page for a 16-week and for a
//! ten-year diary; a second page only for a long notes appendix, and every page names the
//! patient.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

mod common;

use chrono::NaiveDate;
use common::tools::{pdf_page_text, pdf_pages, print_to_pdf};
use rehab_tracker::export::{self, ExportOptions, Format};
use std::path::Path;

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn demo(weeks: u32) -> rehab_tracker::demo::Demo {
    let mut demo = rehab_tracker::demo::generate(weeks, end(), 1).unwrap();
    rehab_tracker::demo::add_examples(&mut demo);
    demo
}

/// Writes the report of `demo`, prints it, and returns the PDF's page count and each page's
/// text (`None` when a tool is missing outside CI).
fn printed(demo: &rehab_tracker::demo::Demo, dir: &Path, name: &str) -> Option<Vec<String>> {
    let data = export::prepare(&demo.export_input(), &ExportOptions::now());
    let html = dir.join(format!("{name}.html"));
    export::write_to_path(Format::Report, &data, &html).unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    let took = print_to_pdf(&html, &pdf)?;
    let pages = pdf_pages(&pdf)?;
    println!("{name}: {pages} page(s), printed in {took:?}");
    (1..=pages).map(|p| pdf_page_text(&pdf, p)).collect()
}

#[test]
fn a_sixteen_week_and_a_ten_year_diary_print_on_one_a4_page() {
    let tmp = tempfile::tempdir().unwrap();
    for weeks in [16, 520] {
        let d = demo(weeks);
        let Some(pages) = printed(&d, tmp.path(), &format!("weeks-{weeks}")) else {
            return;
        };
        assert_eq!(pages.len(), 1, "{weeks} weeks: {} pages", pages.len());
        let text = &pages[0];
        for item in [
            d.profile.patient_code.as_str(),
            "Last four weeks",
            "Warning signs",
            "PSFS ratings",
            "Events and ratings",
        ] {
            assert!(
                text.contains(item),
                "{weeks} weeks: {item} is not on the page"
            );
        }
    }
}

#[test]
fn a_long_notes_appendix_goes_to_a_second_page_and_both_name_the_patient() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = demo(16);
    // Notes in the last weeks, which the report shows.
    let diary: Vec<_> = d.journal.diary().rev().take(25).cloned().collect();
    for (i, mut entry) in diary.into_iter().enumerate() {
        entry.note = format!(
            "Note {i}: a long note about the day, the pain when sitting at work and what eased it."
        );
        d.journal.insert(rehab_tracker::model::Entry::Diary(entry));
    }
    let Some(pages) = printed(&d, tmp.path(), "notes") else {
        return;
    };
    assert_eq!(pages.len(), 2, "{pages:?}");
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&d.profile.patient_code),
            "page {} does not name the patient:\n{page}",
            i + 1
        );
    }
    assert!(pages[1].contains("Note 24"), "{}", pages[1]);
}

#[test]
fn the_report_in_german_french_and_spanish_still_prints_on_one_a4_page() {
    use rehab_tracker::i18n::Lang;
    let tmp = tempfile::tempdir().unwrap();
    for weeks in [16, 520] {
        let d = demo(weeks);
        let data = export::prepare(&d.export_input(), &ExportOptions::now());
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let html = tmp.path().join(format!("{lang}-{weeks}.html"));
            let mut bytes = Vec::new();
            export::report::write_in(&data, lang, &mut bytes).unwrap();
            std::fs::write(&html, bytes).unwrap();
            let pdf = html.with_extension("pdf");
            let Some(took) = print_to_pdf(&html, &pdf) else {
                return;
            };
            let Some(pages) = pdf_pages(&pdf) else {
                return;
            };
            println!("{lang}, {weeks} weeks: {pages} page(s), printed in {took:?}");
            assert_eq!(pages, 1, "{lang}, {weeks} weeks: {pages} pages");
            let text = pdf_page_text(&pdf, 1).unwrap();
            assert!(
                text.contains(&d.profile.patient_code),
                "{lang}: the page names the patient"
            );
        }
    }
}
