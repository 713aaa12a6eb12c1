//! The day the window tests are set on: Monday 23 November 2026, in week 4 of a programme
//! for the left side started on Monday 2 November.
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveDateTime};
use std::path::Path;

/// Monday 23 November 2026.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// That day at `hour:minute`.
pub fn at(hour: u32, minute: u32) -> NaiveDateTime {
    today().and_hms_opt(hour, minute, 0).unwrap()
}

/// Sets up `dir` for the left side with the programme started on 2 November 2026.
pub fn set_up(dir: &Path) {
    let o = super::run(
        dir,
        &["init", "--start", "2026-11-02", "--affected-side", "left"],
    );
    assert!(o.status.success(), "{}", super::stderr(&o));
}

/// Presses `key` and lets the window settle.
pub fn press(h: &mut egui_kittest::Harness<'static, rehab_tracker::ui::RehabApp>, key: egui::Key) {
    h.key_press(key);
    super::settle(h);
}

/// Opens the guided session with its key.
pub fn start_guided(h: &mut egui_kittest::Harness<'static, rehab_tracker::ui::RehabApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::G);
    super::settle(h);
    assert!(h.state().guided(), "Ctrl+G opens the guided session");
}

/// A whole guided session by keys alone: Ctrl+G, Space for each set and each rest, the
/// pain during the session as `pain`, Enter, Enter. Returns the number of sets done.
pub fn guided_by_keys(
    h: &mut egui_kittest::Harness<'static, rehab_tracker::ui::RehabApp>,
    pain: egui::Key,
) -> usize {
    use egui_kittest::kittest::Queryable;
    start_guided(h);
    let mut sets = 0;
    for _ in 0..200 {
        if h.query_by_label("Set done").is_some() {
            sets += 1;
        } else if h.query_by_label("Skip rest").is_none() {
            break;
        }
        press(h, egui::Key::Space);
    }
    h.get_by_label("Session done");
    press(h, pain);
    press(h, egui::Key::Enter);
    press(h, egui::Key::Enter);
    sets
}

/// The real window on `dir` as [`super::window_at`] makes it, with a chime that only counts
/// how often it was asked to play.
pub fn window_counting_chimes(
    dir: &Path,
    at: NaiveDateTime,
    size: [f32; 2],
) -> (
    egui_kittest::Harness<'static, rehab_tracker::ui::RehabApp>,
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let chimes = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&chimes);
    let sound = rehab_tracker::desktop::sound::Sound::with_player(Arc::new(move |_| {
        counted.fetch_add(1, Ordering::SeqCst);
    }));
    let h = super::window_with(dir, at, size, sound);
    (h, chimes)
}
