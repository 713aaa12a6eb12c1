//! The chime at the end of a rest or a timed hold, for a patient on the mat who is not
//! looking at the screen: it plays once at each end, in the guided session and on Today's
//! timer, and never once switched off in Settings. The chime itself is a WAV file a real
//! player accepts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rehab_tracker::ui::RehabApp;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::week4::{at, press, set_up, start_guided, window_counting_chimes};

fn count(chimes: &AtomicUsize) -> usize {
    chimes.load(Ordering::SeqCst)
}

/// Switches the chime off in Settings (saved at once) and closes the window.
fn switch_sound_off(h: &mut Harness<'static, RehabApp>) {
    h.get_by_label("Settings").click();
    common::settle(h);
    h.get_by_label("Play a sound when a rest or a hold ends")
        .click();
    common::settle(h);
    assert!(!h.state().settings().sound, "switched off and saved");
    h.get_by_label_contains("The sound at the end of a rest or a hold is off.");
    press(h, Key::Escape);
}

/// A guided rest of a minute, run to its end and a few seconds beyond.
fn guided_rest(h: &mut Harness<'static, RehabApp>) {
    start_guided(h);
    press(h, Key::Space);
    h.get_by_label("Rest");
    // The rest of a minute, at a quarter of a second a frame, and the flash after it.
    h.run_steps(4 * 60 + 2);
    h.get_by_label("Rest over. Next: Single-leg squat, set 2 of 4.");
    h.run_steps(4 * 5);
}

#[test]
fn the_end_of_a_guided_rest_chimes_once() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let (mut h, chimes) = window_counting_chimes(tmp.path(), at(18, 0), [1024.0, 640.0]);
    assert!(h.state().settings().sound, "on until switched off");
    start_guided(&mut h);
    press(&mut h, Key::Space);
    h.run_steps(4 * 30);
    assert_eq!(count(&chimes), 0, "nothing while the rest runs");
    h.run_steps(4 * 30 + 2);
    h.get_by_label("Rest over. Next: Single-leg squat, set 2 of 4.");
    assert_eq!(count(&chimes), 1);
    h.run_steps(4 * 10);
    assert_eq!(count(&chimes), 1, "once, not every frame after");
}

#[test]
fn the_end_of_a_guided_rest_is_silent_with_the_sound_off() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let (mut h, chimes) = window_counting_chimes(tmp.path(), at(18, 0), [1280.0, 800.0]);
    switch_sound_off(&mut h);
    guided_rest(&mut h);
    assert_eq!(count(&chimes), 0);
}

#[test]
fn the_end_of_a_guided_hold_chimes_once_and_the_rest_after_it_once_more() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let (mut h, chimes) = window_counting_chimes(tmp.path(), at(18, 0), [1024.0, 640.0]);
    start_guided(&mut h);
    for _ in 0..2 {
        h.get_by_label("Skip exercise").click();
        common::settle(&mut h);
    }
    h.get_by_label("Time the hold").click();
    common::settle(&mut h);
    // Five seconds at a quarter of a second a frame, and a little more.
    h.run_steps(4 * 5 + 2);
    h.get_by_label("Hold over: set done.");
    assert_eq!(count(&chimes), 1, "the hold's end");
    h.get_by_label("Rest");
    h.run_steps(4 * 60 + 2);
    h.get_by_label_contains("Rest over.");
    assert_eq!(count(&chimes), 2, "and the rest's end after it");
}

/// Tall enough that every exercise on Today is on screen.
const TALL: [f32; 2] = [1100.0, 3000.0];

/// A 30-second rest on Today's timer bar, run to its end and beyond.
fn todays_rest(h: &mut Harness<'static, RehabApp>) {
    h.get_by_label("Rest 30 seconds").click();
    h.run_steps(2);
    h.get_by_label("Rest of 30 seconds:");
    h.run_steps(4 * 30 + 4);
    h.get_by_label_contains("Time's up: Rest of 30 seconds finished.");
    h.run_steps(4 * 5);
}

#[test]
fn the_end_of_a_rest_on_todays_timer_chimes_once() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let (mut h, chimes) = window_counting_chimes(tmp.path(), at(18, 0), TALL);
    todays_rest(&mut h);
    assert_eq!(count(&chimes), 1);
}

#[test]
fn the_end_of_a_rest_on_todays_timer_is_silent_with_the_sound_off() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let (mut h, chimes) = window_counting_chimes(tmp.path(), at(18, 0), TALL);
    switch_sound_off(&mut h);
    todays_rest(&mut h);
    assert_eq!(count(&chimes), 0);
}

#[test]
fn the_end_of_a_hold_on_todays_timer_chimes_once() {
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let (mut h, chimes) = window_counting_chimes(tmp.path(), at(18, 0), TALL);
    h.get_by_label("Side-lying leg raise: start a hold").click();
    h.run_steps(2);
    h.get_by_label_contains("Side-lying leg raise hold:");
    h.run_steps(4 * 5 + 2);
    assert!(
        h.query_all_by_label_contains("Side-lying leg raise set 1 logged (")
            .next()
            .is_some(),
        "the hold is logged and the rest after it starts"
    );
    assert_eq!(
        count(&chimes),
        1,
        "the hold's end, not yet the rest after it"
    );
}

#[test]
fn settings_says_once_in_plain_words_when_no_sound_player_was_found() {
    use rehab_tracker::desktop::sound::{NONE_FOUND, Sound};
    let tmp = tempfile::tempdir().unwrap();
    set_up(tmp.path());
    let tries = std::sync::Arc::new(AtomicUsize::new(0));
    let counted = std::sync::Arc::clone(&tries);
    let sound = Sound::with_player(std::sync::Arc::new(move |heard| {
        counted.fetch_add(1, Ordering::SeqCst);
        heard.not_heard(NONE_FOUND.to_owned());
    }));
    let mut h = common::window_with(tmp.path(), at(18, 0), TALL, sound);
    h.get_by_label("Settings").click();
    common::settle(&mut h);
    assert!(
        h.query_by_label_contains("No sound player was found")
            .is_none(),
        "nothing to say before a chime was tried"
    );
    press(&mut h, Key::Escape);
    todays_rest(&mut h);
    todays_rest(&mut h);
    assert_eq!(count(&tries), 2);
    h.get_by_label("Settings").click();
    common::settle(&mut h);
    // Said once, however many rests ended.
    assert_eq!(
        h.query_all_by_label_contains("No sound player was found on this computer (pw-play, paplay or aplay), so the end of a rest is shown but not heard.")
            .count(),
        1
    );
    h.get_by_label("Play a sound when a rest or a hold ends");
}

/// A real player reads the chime: `aplay` to its null device (ALSA's, so no sound card is
/// needed). Skipped when aplay is missing, except in CI, where `.ci/run` installs
/// alsa-utils.
#[test]
fn aplay_plays_the_chime() {
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("chime.wav");
    std::fs::write(&wav, rehab_tracker::desktop::sound::chime_wav()).unwrap();
    let out = match std::process::Command::new("aplay")
        .args(["-q", "-D", "null"])
        .arg(&wav)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            assert!(
                !common::tools::in_ci(),
                "aplay cannot run in CI ({e}). .ci/run installs alsa-utils."
            );
            #[allow(clippy::print_stdout)]
            {
                println!("SKIPPED aplay_plays_the_chime: aplay could not be run ({e}).");
            }
            return;
        }
    };
    assert!(
        out.status.success(),
        "aplay refused the chime: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
