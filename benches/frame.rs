//! `cargo bench --bench frame`: holds the app to egui's own speed with years of data.
//!
//! Raw times come from criterion; at the end one line per comparison is printed as
//! `ratio <name> <value>`, with its target. The method and the last figures are in
//! docs/performance.md.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::NaiveDate;
use criterion::Criterion;
use egui::{Pos2, RawInput, Rect, vec2};
use rehab_tracker::model::{Entry, Event, EventKind, Pain, YearMonth};
use rehab_tracker::storage::{SaveBatch, Store};
use rehab_tracker::ui::{Command, RehabApp, Tab};
use std::path::{Path, PathBuf};

const END: (i32, u32, u32) = (2026, 11, 24);

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(END.0, END.1, END.2).unwrap()
}

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        ..RawInput::default()
    }
}

/// A data folder with `weeks` weeks of generated journal.
fn journal_dir(root: &Path, name: &str, weeks: u32) -> PathBuf {
    let dir = root.join(name);
    rehab_tracker::demo::write_journal(&dir, weeks, 7, end(), false).unwrap();
    dir
}

/// One whole frame: run the UI and tessellate, as `egui_demo_lib`'s benchmark does.
fn frame(ctx: &egui::Context, app: &mut RehabApp) {
    let mut output = ctx.run_ui(input(), |ui| app.ui(ui));
    let _ = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
    output.textures_delta.clear();
}

fn app_on(dir: &Path, tab: Tab) -> (egui::Context, RehabApp) {
    let mut app = RehabApp::new(rehab_tracker::ui::open(dir, false))
        .unwrap()
        .with_clock(|| end().and_hms_opt(12, 0, 0).unwrap());
    app.apply(Command::ShowTab(tab));
    let ctx = egui::Context::default();
    // The exercise pictures move, as in the window: each frame draws them at a new pose.
    rehab_tracker::ui::picture::set_moving(&ctx, true);
    // Settle fonts, layout caches and the screens' own caches before measuring, once the
    // journal is read and the analysis worked out (both on other threads).
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    while app.is_busy() {
        std::thread::sleep(std::time::Duration::from_millis(2));
        frame(&ctx, &mut app);
    }
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    (ctx, app)
}

/// A change as the patient makes one: a medication change logged today.
fn a_change() -> Command {
    Command::log(Entry::Event(Event {
        id: 0,
        date: end(),
        time: chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
        kind: EventKind::MedicationChange,
        note: String::new(),
    }))
}

#[expect(
    clippy::too_many_lines,
    reason = "every benchmark registered in one place, beside egui's own baseline"
)]
fn benches(c: &mut Criterion, root: &Path) {
    {
        let ctx = egui::Context::default();
        let mut demo = egui_demo_lib::DemoWindows::default();
        c.bench_function("b0_egui_demo_frame", |b| {
            b.iter(|| {
                let mut output = ctx.run_ui(input(), |ui| demo.ui(ui));
                let _ = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
                output.textures_delta.clear();
            });
        });
    }

    let ten_years = journal_dir(root, "ten-years", 520);
    let one_month = journal_dir(root, "one-month", 4);
    for (tab, name) in [
        (Tab::Today, "today"),
        (Tab::History, "history"),
        (Tab::Progress, "progress"),
    ] {
        for (dir, size) in [(&ten_years, "ten_years"), (&one_month, "one_month")] {
            let (ctx, mut app) = app_on(dir, tab);
            c.bench_function(&format!("frame_{name}_{size}"), |b| {
                b.iter(|| frame(&ctx, &mut app));
            });
        }
    }

    // The frame in which a change lands: the change applied (and handed to the saver) and
    // the screen drawn, its caches brought up to date. Each iteration logs an entry or takes
    // the last one back (undo), so the journal keeps its size.
    for (tab, name) in [
        (Tab::Today, "today"),
        (Tab::History, "history"),
        (Tab::Progress, "progress"),
    ] {
        for (dir, size) in [(&ten_years, "ten_years"), (&one_month, "one_month")] {
            let (ctx, mut app) = app_on(dir, tab);
            let mut undo = false;
            c.bench_function(&format!("change_frame_{name}_{size}"), |b| {
                b.iter(|| {
                    app.apply(if undo { Command::Undo } else { a_change() });
                    undo = !undo;
                    frame(&ctx, &mut app);
                });
            });
            let _ = app.save_now();
        }
    }

    c.bench_function("load_ten_years", |b| {
        b.iter(|| Store::new(&ten_years).load());
    });
    {
        use rehab_tracker::export::{self, ExportOptions, Format};
        let loaded = Store::new(&ten_years).load();
        let record = loaded.programme.clone().unwrap();
        let out = root.join("exports");
        std::fs::create_dir_all(&out).unwrap();
        for format in Format::ALL {
            let name = format!("export_{}_ten_years", format.code());
            let path = out.join(format.default_name(end()));
            c.bench_function(&name, |b| {
                b.iter(|| {
                    let input = export::ExportInput {
                        profile: loaded.profile.as_ref(),
                        programme: Some(&record.programme),
                        earlier_programmes: &record.earlier,
                        journal: &loaded.journal,
                    };
                    let prepared = export::prepare(&input, &ExportOptions::now());
                    if format.is_folder() {
                        let _ = std::fs::remove_dir_all(&path);
                    }
                    export::write_to_path(format, &prepared, &path).unwrap()
                });
            });
        }
    }
    let files: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = std::fs::read_dir(ten_years.join("journal"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        v.push(ten_years.join("profile.ron"));
        v.push(ten_years.join("programme.ron"));
        v
    };
    c.bench_function("load_ten_years_as_ron_value", |b| {
        b.iter(|| {
            for f in &files {
                let text = std::fs::read_to_string(f).unwrap();
                let _: ron::Value = ron::from_str(&text).unwrap();
            }
        });
    });

    for (dir, size) in [(&ten_years, "ten_years"), (&one_month, "one_month")] {
        let store = Store::new(dir);
        let loaded = store.load();
        let ym = YearMonth::of(end());
        let mut month = loaded.journal.month(ym).cloned().unwrap_or_default();
        c.bench_function(&format!("save_one_entry_{size}"), |b| {
            b.iter(|| {
                // One changed entry: the month it is in is the only file written.
                if let Some(d) = month.diary.last_mut() {
                    d.pain_now = Pain::new(i64::from((d.pain_now.get() + 1) % 10)).unwrap();
                }
                store
                    .save(&SaveBatch {
                        months: vec![(ym, std::sync::Arc::new(month.clone()))],
                        ..SaveBatch::default()
                    })
                    .unwrap()
            });
        });
    }
}

/// A folder of `count` export bundles of a year each (ten different patients, each copied
/// under other names): a physiotherapist's caseload.
fn caseload_dir(root: &Path, count: usize) -> Vec<PathBuf> {
    use rehab_tracker::export::{self, ExportOptions, Format};
    let dir = root.join("caseload");
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::with_capacity(count);
    for patient in 0..10u64 {
        let mut demo = rehab_tracker::demo::generate(52, end(), 100 + patient).unwrap();
        demo.profile.patient_code = format!("PT-{patient:03}");
        let prepared = export::prepare(&demo.export_input(), &ExportOptions::now());
        let first = dir.join(format!("pt-{patient:03}-0.bundle.ron"));
        export::write_to_path(Format::Bundle, &prepared, &first).unwrap();
        files.push(first.clone());
        for copy in 1..count / 10 {
            let path = dir.join(format!("pt-{patient:03}-{copy}.bundle.ron"));
            std::fs::copy(&first, &path).unwrap();
            files.push(path);
        }
    }
    files
}

fn review_benches(c: &mut Criterion, root: &Path) {
    use rehab_tracker::review::caseload;
    use std::sync::atomic::{AtomicBool, AtomicUsize};
    let files = caseload_dir(root, 500);
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    println!(
        "caseload: {} bundles, {:.1} MB in all",
        files.len(),
        bytes as f64 / 1e6
    );
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut group = c.benchmark_group("review");
    group.sample_size(10);
    group.bench_function("load_500_year_bundles", |b| {
        b.iter(|| {
            let c = caseload::load(
                &files,
                workers,
                &AtomicUsize::new(0),
                &AtomicBool::new(false),
            );
            assert_eq!(c.rows.len(), 500);
        });
    });
    group.bench_function("read_500_year_bundles_bytes", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|f| std::fs::read(f).unwrap().len())
                .sum::<usize>()
        });
    });
    group.bench_function("parse_500_year_bundles_as_ron_value", |b| {
        b.iter(|| {
            for f in &files {
                let text = std::fs::read_to_string(f).unwrap();
                // The body after the two header lines, as a plain RON value.
                let body = text.splitn(3, '\n').nth(2).unwrap();
                let _: ron::Value = ron::from_str(body).unwrap();
            }
        });
    });
    group.finish();
}

/// The median time of one benchmark, in nanoseconds, from criterion's own results.
fn median_ns(target: &Path, name: &str) -> Option<f64> {
    let path = target
        .join("criterion")
        .join(name)
        .join("new")
        .join("estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["median"]["point_estimate"].as_f64()
}

fn main() {
    let root = tempfile::tempdir().unwrap();
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2))
        .configure_from_args();
    benches(&mut c, root.path());
    review_benches(&mut c, root.path());
    c.final_summary();

    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    let ratio = |a: &str, b: &str| Some(median_ns(&target, a)? / median_ns(&target, b)?);
    let mut comparisons: Vec<(String, Option<f64>, f64)> = Vec::new();
    for screen in ["today", "history", "progress"] {
        comparisons.push((
            format!("frame_{screen}_ten_years_vs_b0"),
            ratio(&format!("frame_{screen}_ten_years"), "b0_egui_demo_frame"),
            2.0,
        ));
        comparisons.push((
            format!("frame_{screen}_ten_years_vs_one_month"),
            ratio(
                &format!("frame_{screen}_ten_years"),
                &format!("frame_{screen}_one_month"),
            ),
            1.5,
        ));
    }
    for screen in ["today", "history", "progress"] {
        comparisons.push((
            format!("change_frame_{screen}_ten_years_vs_b0"),
            ratio(
                &format!("change_frame_{screen}_ten_years"),
                "b0_egui_demo_frame",
            ),
            3.0,
        ));
    }
    comparisons.push((
        "save_one_entry_ten_years_vs_one_month".into(),
        ratio("save_one_entry_ten_years", "save_one_entry_one_month"),
        1.5,
    ));
    comparisons.push((
        "load_ten_years_vs_ron_value".into(),
        ratio("load_ten_years", "load_ten_years_as_ron_value"),
        1.5,
    ));
    comparisons.push((
        "review_load_500_vs_ron_value_on_one_thread".into(),
        ratio(
            "review/load_500_year_bundles",
            "review/parse_500_year_bundles_as_ron_value",
        ),
        1.5,
    ));
    // Bound set from the first run (96) with about twice that as headroom: it catches a
    // regression; reading cached bytes is a floor, not something parsing can approach.
    comparisons.push((
        "review_load_500_vs_reading_the_bytes".into(),
        ratio(
            "review/load_500_year_bundles",
            "review/read_500_year_bundles_bytes",
        ),
        200.0,
    ));
    println!();
    let mut missed = 0;
    // The issue's own words: exporting ten years takes well under a second per format.
    for format in rehab_tracker::export::Format::ALL {
        let name = format!("export_{}_ten_years", format.code());
        if let Some(ns) = median_ns(&target, &name) {
            let ms = ns / 1e6;
            let verdict = if ms < 1000.0 { "meets" } else { "MISSES" };
            if ms >= 1000.0 {
                missed += 1;
            }
            println!("time {name} {ms:.0} ms   (target < 1000 ms: {verdict})");
        }
    }
    for (name, value, target) in comparisons {
        match value {
            Some(v) => {
                let verdict = if v <= target { "meets" } else { "MISSES" };
                if v > target {
                    missed += 1;
                }
                println!("ratio {name} {v:.3}   (target <= {target}: {verdict})");
            }
            None => {
                println!("ratio {name} unavailable (run the whole benchmark, without a filter)");
            }
        }
    }
    if missed > 0 {
        println!("{missed} ratio(s) miss their target");
    }
}
