//! `cargo bench --bench export_memory`: the memory an export of ten years takes.
//!
//! Every allocation goes through a counting allocator, so the figure is the heap's own
//! peak, not the process's resident size (which the allocator and the system round up).
//! Each export is measured from a loaded diary, as the Export window and `export` start:
//! the peak is the most heap held at once during `prepare` and the write, above what the
//! loaded diary already held. One line per format is printed as
//! `memory <name> <MB> MB   (target < N MB: meets|MISSES)`; the method and the last figures
//! are in docs/performance.md.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::NaiveDate;
use rehab_tracker::export::{self, ExportOptions, Format};
use rehab_tracker::storage::Store;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes held now and the most held at once.
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

impl Counting {
    fn add(size: usize) {
        let now = NOW.fetch_add(size, Ordering::Relaxed) + size;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }
    fn sub(size: usize) {
        NOW.fetch_sub(size, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed to the system allocator unchanged; only counters change.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised for `layout`.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            Self::add(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) };
        Self::sub(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as the caller promised for `ptr`, `layout` and `new_size`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            Self::sub(layout.size());
            Self::add(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: f64 = 1024.0 * 1024.0;

/// Runs `f`, returning the most heap held at once above what was held before it, in bytes.
fn peak_above<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = NOW.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = f();
    (PEAK.load(Ordering::Relaxed) - before, out)
}

fn main() {
    let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("ten-years");
    rehab_tracker::demo::write_journal(&dir, 520, 7, end, true).unwrap();
    let (load_peak, loaded) = peak_above(|| Store::new(&dir).load());
    let held = NOW.load(Ordering::Relaxed);
    let record = loaded.programme.clone().unwrap();
    println!(
        "memory load_ten_years {:.1} MB peak, {:.1} MB held after",
        load_peak as f64 / MB,
        held as f64 / MB
    );
    let out = root.path().join("exports");
    std::fs::create_dir_all(&out).unwrap();
    let mut missed = 0;
    for (format, target_mb) in [
        (Format::Fhir, 60.0),
        (Format::Bundle, f64::INFINITY),
        (Format::Csv, f64::INFINITY),
        (Format::Report, f64::INFINITY),
    ] {
        let path = out.join(format.default_name(end));
        let (peak, written) = peak_above(|| {
            let input = export::ExportInput {
                profile: loaded.profile.as_ref(),
                programme: Some(&record.programme),
                earlier_programmes: &record.earlier,
                journal: &loaded.journal,
            };
            let options = ExportOptions {
                range: export::DateRange {
                    from: None,
                    to: Some(end),
                },
                ..ExportOptions::now()
            };
            let prepared = export::prepare(&input, &options);
            export::write_to_path(format, &prepared, &path).unwrap()
        });
        let mb = peak as f64 / MB;
        let file_mb = written.bytes as f64 / MB;
        let file_mb = format!("{file_mb:.2}");
        let name = format!("export_{}_ten_years", format.code());
        if target_mb.is_finite() {
            let meets = mb < target_mb;
            missed += usize::from(!meets);
            println!(
                "memory {name} {mb:.1} MB   (target < {target_mb} MB: {}; file {file_mb} MB)",
                if meets { "meets" } else { "MISSES" }
            );
        } else {
            println!("memory {name} {mb:.1} MB   (file {file_mb} MB)");
        }
    }
    // As `rehab-tracker export --format fhir` runs it: the diary read from disk, then
    // prepared and written, from a heap holding nothing of it.
    drop(loaded);
    let path = out.join("command.fhir.json");
    let (peak, ()) = peak_above(|| {
        let loaded = Store::new(&dir).load();
        let record = loaded.programme.clone().unwrap();
        let input = export::ExportInput {
            profile: loaded.profile.as_ref(),
            programme: Some(&record.programme),
            earlier_programmes: &record.earlier,
            journal: &loaded.journal,
        };
        let prepared = export::prepare(&input, &ExportOptions::now());
        export::write_to_path(Format::Fhir, &prepared, &path).unwrap();
    });
    let mb = peak as f64 / MB;
    let meets = mb < 60.0;
    missed += usize::from(!meets);
    println!(
        "memory export_fhir_ten_years_with_load {mb:.1} MB   (target < 60 MB: {})",
        if meets { "meets" } else { "MISSES" }
    );
    // The whole benchmark process's resident high-water mark, for reference (it includes
    // writing the sample diary and every format above).
    if let Some(hwm) = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
        })
    {
        println!("memory process_resident_high_water_mark {hwm}");
    }
    if missed > 0 {
        println!("{missed} memory target(s) missed");
    }
}
