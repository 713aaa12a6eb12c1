//! The programme sheet printed as a browser prints it: headless Chromium to PDF, its pages
//! counted with pdfinfo and read with pdftotext. At most two A4 pages (one for the default
//! programme), every exercise of the plan named with its level and dose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

mod common;

use chrono::NaiveDate;
use common::tools::{pdf_page_text, pdf_pages, print_to_pdf, screenshot_html};
use rehab_tracker::export::{self, ExportOptions, Format};
use rehab_tracker::model::Programme;

fn demo() -> rehab_tracker::demo::Demo {
    let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    rehab_tracker::demo::generate(16, end, 1).unwrap()
}

/// Prints the sheet of `demo`; `None` when a tool is missing outside CI.
fn printed(demo: &rehab_tracker::demo::Demo, dir: &std::path::Path) -> Option<Vec<String>> {
    let data = export::prepare(&demo.export_input(), &ExportOptions::now());
    let html = dir.join("sheet.html");
    export::write_to_path(Format::Sheet, &data, &html).unwrap();
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("<svg") && text.contains("<title>Drawing of"));
    let pdf = dir.join("sheet.pdf");
    let took = print_to_pdf(&html, &pdf)?;
    let pages = pdf_pages(&pdf)?;
    println!("programme sheet: {pages} page(s), printed in {took:?}");
    (1..=pages).map(|p| pdf_page_text(&pdf, p)).collect()
}

#[test]
fn the_programme_sheet_prints_on_one_a4_page_naming_every_exercise() {
    let tmp = tempfile::tempdir().unwrap();
    let d = demo();
    let Some(pages) = printed(&d, tmp.path()) else {
        return;
    };
    assert!(
        pages.len() == 1,
        "the default programme takes {} pages",
        pages.len()
    );
    let text = pages.join("\n");
    let programme = &d.programme;
    let mut named = 0;
    for exercise in programme.enabled() {
        let level = exercise.current().unwrap();
        for item in [
            exercise.name.as_str(),
            level.name.as_str(),
            &level.dose.describe(),
        ] {
            // pdftotext may break a line anywhere a browser wraps it.
            let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                flat(&text).contains(&flat(item)),
                "{item} is not on the sheet:\n{text}"
            );
        }
        named += 1;
    }
    assert_eq!(named, 6);
    assert!(text.contains(&d.profile.patient_code));
}

#[test]
fn a_programme_with_every_exercise_on_still_fits_two_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut d = demo();
    for e in &mut d.programme.exercises {
        e.enabled = true;
    }
    let programme = d.programme.clone();
    let Some(pages) = printed(&d, tmp.path()) else {
        return;
    };
    assert!(pages.len() <= 2, "{} pages", pages.len());
    let text = pages.join("\n");
    for e in &programme.exercises {
        assert!(text.contains(&e.name), "{} is not on the sheet", e.name);
    }
}

/// Writes `docs/exercises.png`, every exercise at every level:
/// `cargo test --test sheet_print -- --ignored`.
#[test]
#[ignore = "writes docs/exercises.png; run by hand when the drawings change"]
fn write_the_documentation_sheet_of_every_picture() {
    let programme = Programme::default_programme().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("all.html");
    std::fs::write(
        &html,
        export::sheet::all_levels_html(rehab_tracker::i18n::Lang::En, &programme),
    )
    .unwrap();
    let png = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/exercises.png");
    screenshot_html(&html, &png, 1100, 1640).unwrap();
}

#[test]
fn the_export_command_writes_the_sheet_drawn_for_the_affected_side() {
    let tmp = tempfile::tempdir().unwrap();
    let mut drawings = Vec::new();
    for side in ["left", "right"] {
        let data = tmp.path().join(side);
        let o = common::run(
            &data,
            &["init", "--start", "2026-11-02", "--affected-side", side],
        );
        assert!(o.status.success(), "{}", common::stderr(&o));
        let out = tmp.path().join(format!("sheet-{side}.html"));
        let o = common::run(
            &data,
            &[
                "export",
                "--format",
                "sheet",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", common::stderr(&o));
        assert!(common::stdout(&o).contains("Wrote the programme sheet"));
        let html = std::fs::read_to_string(&out).unwrap();
        assert!(html.contains(&format!("pictures for the {side} side")));
        for name in ["Single-leg squat", "Hip thrust", "Bulgarian split squat"] {
            assert!(html.contains(name), "{name}");
        }
        let svgs: String = html
            .split("<svg")
            .skip(1)
            .map(|s| s.split("</svg>").next().unwrap())
            .collect();
        drawings.push(svgs);
    }
    assert_ne!(
        drawings[0], drawings[1],
        "the right side's pictures are mirrored"
    );
}
