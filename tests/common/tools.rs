//! The outside tools the tests check exports with: Python (fhir.resources, pandas), Node
//! (the npm `fhir` package), headless Chromium and poppler-utils. Each test skips with a
//! printed note when its tool is missing, except in CI (`CI=true`), where `.ci/run`
//! installs them all and a missing tool fails the test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Whether this is a CI run, where every tool must be there.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Skips (returning `None`) with a note, or fails in CI.
fn missing<T>(what: &str, why: &str) -> Option<T> {
    assert!(
        !in_ci(),
        "{what} cannot run in CI: {why}. .ci/run installs it."
    );
    #[allow(clippy::print_stdout)]
    {
        println!("SKIPPED {what}: {why}.");
    }
    None
}

fn support(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/support")
        .join(name)
}

/// Runs `program tests/support/SCRIPT args`; `None` (skipped) when the program cannot run
/// or the script exits 77, its code for "a package it needs is missing".
fn script(program: &str, name: &str, args: &[&Path], what: &str) -> Option<Output> {
    match Command::new(program).arg(support(name)).args(args).output() {
        Err(e) => missing(what, &format!("{program} could not be run ({e})")),
        Ok(o) if o.status.code() == Some(77) => {
            missing(what, String::from_utf8_lossy(&o.stdout).trim())
        }
        Ok(o) => Some(o),
    }
}

/// Runs a Python script of `tests/support`.
pub fn python(name: &str, args: &[&Path], what: &str) -> Option<Output> {
    script("python3", name, args, what)
}

/// Runs a Node script of `tests/support`.
pub fn node(name: &str, args: &[&Path], what: &str) -> Option<Output> {
    script("node", name, args, what)
}

/// Both FHIR validators on one file: fhir.resources (R4) and the npm `fhir` package. Each
/// result is `None` when that validator was skipped.
pub fn validate_fhir(file: &Path) -> [Option<Output>; 2] {
    [
        python(
            "validate_fhir.py",
            &[file],
            "the FHIR validation with fhir.resources (pip install fhir.resources==5.1.1)",
        ),
        node(
            "validate_fhir.js",
            &[file],
            "the FHIR validation with the npm package fhir (npm ci --prefix tests/support)",
        ),
    ]
}

/// Text of a tool's output, both streams.
pub fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The Chromium on this machine.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|p| p.join(name))
                    .find(|p| p.is_file())
            })
        })
}

/// Prints an HTML file to PDF with headless Chromium, as a browser's Print does (no
/// header or footer of the browser's own, the page's margins and page size). Returns how
/// long it took, or `None` when Chromium is not installed (skipped).
pub fn print_to_pdf(html: &Path, pdf: &Path) -> Option<std::time::Duration> {
    let Some(chromium) = chromium() else {
        return missing(
            "printing the report with headless Chromium",
            "chromium is not installed (apt-get install chromium)",
        );
    };
    let profile = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let o = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(pdf.is_file(), "Chromium wrote no PDF: {}", said(&o));
    Some(took)
}

/// The number of pages of a PDF (pdfinfo), or `None` when poppler-utils is missing.
pub fn pdf_pages(pdf: &Path) -> Option<usize> {
    let o = match Command::new("pdfinfo").arg(pdf).output() {
        Ok(o) => o,
        Err(e) => {
            return missing(
                "counting the PDF's pages",
                &format!("pdfinfo could not be run ({e}); apt-get install poppler-utils"),
            );
        }
    };
    let text = String::from_utf8_lossy(&o.stdout);
    let pages = text
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap());
    assert!(pages.is_some(), "pdfinfo: {}", said(&o));
    pages
}

/// The text of one page of a PDF (pdftotext), or `None` when poppler-utils is missing.
pub fn pdf_page_text(pdf: &Path, page: usize) -> Option<String> {
    let n = page.to_string();
    match Command::new("pdftotext")
        .args(["-layout", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(o) => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        Err(e) => missing(
            "reading the PDF's text",
            &format!("pdftotext could not be run ({e}); apt-get install poppler-utils"),
        ),
    }
}

/// Renders an HTML file to a PNG of `width` by `height` pixels with headless Chromium, as a
/// screen shows it; `None` when Chromium is not installed (skipped).
pub fn screenshot_html(html: &Path, png: &Path, width: u32, height: u32) -> Option<()> {
    let Some(chromium) = chromium() else {
        return missing(
            "rendering a page with headless Chromium",
            "chromium is not installed (apt-get install chromium)",
        );
    };
    let profile = tempfile::tempdir().unwrap();
    let o = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--disable-background-networking",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={width},{height}"))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(png.is_file(), "Chromium wrote no PNG: {}", said(&o));
    Some(())
}
