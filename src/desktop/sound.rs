//! The chime at the end of a rest or a timed hold, for a patient on the mat who is not
//! looking at the screen. Played by the desktop's own sound player (`pw-play`, `paplay` or
//! `aplay`, tried in turn), the way files are handed to the desktop's opener: it follows the
//! desktop's volume and mute, and no audio library is loaded into the app. The chime is
//! made in code and written once a run to a file in the runtime (or temporary) folder,
//! never in the data folder. No user interface here.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The players tried in turn: the one of `PipeWire`, of `PulseAudio`, of ALSA.
const PLAYERS: [&str; 3] = ["pw-play", "paplay", "aplay"];

/// Samples a second.
const RATE: u32 = 44_100;

/// Starts the chime and returns at once, telling `Heard` later whether it played (tests
/// pass their own, which counts).
pub type Player = Arc<dyn Fn(&Heard) + Send + Sync>;

/// Whether the last chime was heard: why not, in plain words, shared by every screen that
/// plays it and the Settings window that says why it is not heard.
#[derive(Clone, Default)]
pub struct Heard(Arc<Mutex<Option<String>>>);

impl Heard {
    /// The chime played.
    pub fn played(&self) {
        self.set(None);
    }

    /// The chime could not be played, for this reason (a sentence a patient understands).
    pub fn not_heard(&self, why: String) {
        self.set(Some(why));
    }

    fn set(&self, problem: Option<String>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = problem;
        }
    }

    fn problem(&self) -> Option<String> {
        self.0.lock().ok().and_then(|p| p.clone())
    }
}

/// The chime: how to play it, and whether it was heard the last time.
#[derive(Clone)]
pub struct Sound {
    player: Player,
    heard: Heard,
}

impl Sound {
    /// The desktop's sound player, run on a background thread.
    #[must_use]
    pub fn desktop() -> Self {
        let busy = Arc::new(AtomicBool::new(false));
        let player: Player = Arc::new(move |heard: &Heard| {
            // One chime at a time; no player at all is not looked for again.
            if heard.problem().as_deref() == Some(NONE_FOUND) || busy.swap(true, Ordering::AcqRel) {
                return;
            }
            let playing = Arc::clone(&busy);
            let heard = heard.clone();
            let spawned = std::thread::Builder::new()
                .name("chime".to_owned())
                .spawn(move || {
                    match play_with_desktop() {
                        Ok(()) => heard.played(),
                        Err(why) => {
                            log::warn!("the chime was not played: {why}");
                            heard.not_heard(why);
                        }
                    }
                    playing.store(false, Ordering::Release);
                });
            if spawned.is_err() {
                busy.store(false, Ordering::Release);
            }
        });
        Self::with_player(player)
    }

    /// Plays with `player` instead (tests).
    #[must_use]
    pub fn with_player(player: Player) -> Self {
        Self {
            player,
            heard: Heard::default(),
        }
    }

    /// Starts the chime; never waits for it.
    pub fn chime(&self) {
        (self.player)(&self.heard);
    }

    /// Why the chime is not heard, in plain words (the current language's), if the last
    /// try failed.
    #[must_use]
    pub fn problem(&self) -> Option<String> {
        self.heard.problem().map(|p| {
            if p == NONE_FOUND {
                crate::t!("desktop-sound-none-found")
            } else {
                p
            }
        })
    }
}

impl std::fmt::Debug for Sound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sound")
            .field("problem", &self.problem())
            .finish_non_exhaustive()
    }
}

impl Default for Sound {
    fn default() -> Self {
        Self::desktop()
    }
}

/// What the player notes when none of the players is installed; [`Sound::problem`] says it
/// in the current language (`desktop-sound-none-found`).
pub const NONE_FOUND: &str = "No sound player was found on this computer (pw-play, paplay or aplay), so the end of a rest is shown but not heard.";

/// Plays the chime with the first player that works; blocks until it has played.
fn play_with_desktop() -> Result<(), String> {
    let wav = chime_file()?;
    let mut found = Vec::new();
    for player in PLAYERS {
        match run_player(player, wav) {
            Ok(true) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Ok(false) | Err(_) => found.push(player),
        }
    }
    if found.is_empty() {
        Err(NONE_FOUND.to_owned())
    } else {
        Err(crate::t!(
            "desktop-sound-player-failed",
            players = found.join(", ")
        ))
    }
}

/// Plays `wav` with `player`, its output discarded; false when it failed or had not finished
/// after a few seconds (a sound server that hangs), when it is ended.
fn run_player(player: &str, wav: &Path) -> std::io::Result<bool> {
    let mut child = Command::new(player)
        .arg(wav)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status.success());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(false);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The chime's file, written on first use: `rehab-tracker-chime.wav` in the user's own
/// runtime folder (emptied at log out), or else a new file of this run's own in the
/// temporary folder, made so that no other user's file or link there is written through.
fn chime_file() -> Result<&'static Path, String> {
    static FILE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FILE.get_or_init(|| {
        let failed = |dir: &Path, e: std::io::Error| {
            crate::t!(
                "desktop-sound-not-written",
                folder = dir.display().to_string(),
                error = e.to_string()
            )
        };
        if let Some(runtime) = std::env::var_os("XDG_RUNTIME_DIR")
            .map(PathBuf::from)
            .filter(|d| d.is_dir())
        {
            let path = runtime.join("rehab-tracker-chime.wav");
            return std::fs::write(&path, chime_wav())
                .map(|()| path)
                .map_err(|e| failed(&runtime, e));
        }
        let temp = std::env::temp_dir();
        let file = tempfile::Builder::new()
            .prefix("rehab-tracker-chime-")
            .suffix(".wav")
            .tempfile_in(&temp)
            .map_err(|e| failed(&temp, e))?;
        std::io::Write::write_all(&mut file.as_file(), &chime_wav())
            .map_err(|e| failed(&temp, e))?;
        file.into_temp_path()
            .keep()
            .map_err(|e| failed(&temp, e.error))
    })
    .as_ref()
    .map(PathBuf::as_path)
    .map_err(Clone::clone)
}

/// The chime as a WAV file: two soft notes (E5 then A5, a rising fourth), 0.4 s in all,
/// 16-bit mono at 44.1 kHz, each note fading in and out so it never clicks.
#[must_use]
pub fn chime_wav() -> Vec<u8> {
    let samples = chime_samples();
    let data_len = u32::try_from(samples.len() * 2).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(44 + samples.len() * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

/// The samples: each note a sine with a quiet octave above, a 10 ms fade in and an
/// exponential decay that reaches silence by the note's end.
fn chime_samples() -> Vec<i16> {
    const NOTES: [(f64, f64); 2] = [(659.25, 0.18), (880.0, 0.22)];
    let mut out = Vec::new();
    for (freq, length) in NOTES {
        let n = (length * f64::from(RATE)).round();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a fraction of a second at 44.1 kHz"
        )]
        let count = n as u32;
        for i in 0..count {
            let t = f64::from(i) / f64::from(RATE);
            let fade_in = (t / 0.010).min(1.0);
            let fade_out = ((length - t) / 0.030).clamp(0.0, 1.0);
            let decay = (-t * 6.0).exp();
            let tone = (std::f64::consts::TAU * freq * t).sin()
                + 0.25 * (std::f64::consts::TAU * 2.0 * freq * t).sin();
            let value = 0.35 / 1.25 * tone * fade_in * fade_out * decay;
            #[expect(
                clippy::cast_possible_truncation,
                reason = "clamped to the 16-bit range"
            )]
            out.push(
                (value * f64::from(i16::MAX))
                    .round()
                    .clamp(-32767.0, 32767.0) as i16,
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chime_is_a_valid_wave_file_that_never_clips_or_clicks() {
        let wav = chime_wav();
        assert_eq!(&wav[0..4], b"RIFF");
        let u32_at =
            |at: usize| u32::from_le_bytes([wav[at], wav[at + 1], wav[at + 2], wav[at + 3]]);
        let u16_at = |at: usize| u16::from_le_bytes([wav[at], wav[at + 1]]);
        assert_eq!(u32_at(4) as usize, wav.len() - 8);
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_eq!(u32_at(16), 16);
        assert_eq!(u16_at(20), 1, "PCM");
        assert_eq!(u16_at(22), 1, "mono");
        assert_eq!(u32_at(24), 44_100);
        assert_eq!(u32_at(28), 88_200);
        assert_eq!(u16_at(32), 2);
        assert_eq!(u16_at(34), 16);
        assert_eq!(&wav[36..40], b"data");
        let data_len = u32_at(40) as usize;
        assert_eq!(data_len, wav.len() - 44);
        let samples: Vec<i16> = wav[44..]
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        // About 0.4 s.
        let secs = samples.len() as f64 / 44_100.0;
        assert!((0.35..=0.45).contains(&secs), "{secs} s");
        assert!(samples.iter().all(|s| *s > i16::MIN && *s < i16::MAX));
        let loudest = samples.iter().map(|s| s.unsigned_abs()).max().unwrap();
        assert!(loudest > 3000, "audible: {loudest}");
        // Starts and ends in silence, so no click, and no jump between samples anywhere.
        assert!(samples[0].unsigned_abs() < 50 && samples[samples.len() - 1].unsigned_abs() < 50);
        let jump = samples
            .windows(2)
            .map(|w| (i32::from(w[1]) - i32::from(w[0])).abs())
            .max()
            .unwrap();
        assert!(jump < 4000, "largest step between samples {jump}");
    }
}
