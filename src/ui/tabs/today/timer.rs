//! The rest and hold timer: a bar pinned to the bottom of Today, so the countdown is in view
//! wherever the patient has scrolled, and its message never moves the buttons above it. A
//! rest can start by itself after each set.

use crate::i18n::format;
use crate::t;
use egui::RichText;

/// The rest lengths offered, in seconds.
const RESTS: [u16; 4] = [30, 60, 90, 120];

/// A countdown: rest between sets, or one hold.
#[derive(Debug, Clone)]
struct Countdown {
    label: String,
    secs: u16,
    started_at: f64,
    /// For a hold: the exercise whose set it fills in when it ends.
    hold_for: Option<String>,
}

/// What ended this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// A rest.
    Rest,
    /// A hold of `secs` for this exercise: it becomes a set.
    Hold {
        /// The exercise.
        exercise_id: String,
        /// How long it was held.
        secs: u16,
    },
}

/// The timer bar's state.
#[derive(Debug)]
pub struct TimerBar {
    running: Option<Countdown>,
    /// What the last countdown did, shown until the next one starts.
    finished: Option<String>,
    /// Counts what ended, so each end is a new object a screen reader announces once.
    finished_seq: u64,
    /// Start a rest by itself after each set.
    pub rest_after_set: bool,
    /// The rest started by itself, in seconds: the last one chosen.
    rest_secs: u16,
}

impl Default for TimerBar {
    fn default() -> Self {
        Self {
            running: None,
            finished: None,
            finished_seq: 0,
            rest_after_set: true,
            rest_secs: 60,
        }
    }
}

/// A rest length in words: "45 seconds", "2 minutes".
fn rest_words(secs: u16) -> String {
    let lang = crate::i18n::language();
    if secs.is_multiple_of(60) {
        let minutes = secs / 60;
        t!(
            "today-timer-minutes",
            count = minutes,
            count_text = format::count(lang, i64::from(minutes))
        )
    } else {
        t!(
            "today-timer-seconds",
            count = secs,
            count_text = format::count(lang, i64::from(secs))
        )
    }
}

/// A rest length on its button, short: "30 s", "1 min".
fn rest_choice(secs: u16) -> String {
    let lang = crate::i18n::language();
    if secs.is_multiple_of(60) {
        t!(
            "today-timer-choice-minutes",
            count_text = format::count(lang, i64::from(secs / 60))
        )
    } else {
        t!(
            "today-timer-choice-seconds",
            count_text = format::count(lang, i64::from(secs))
        )
    }
}

impl TimerBar {
    /// Whether a countdown is running.
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// The rest after a set, in seconds: the last one chosen.
    #[must_use]
    pub fn rest_secs(&self) -> u16 {
        self.rest_secs
    }

    /// Starts a rest of the usual length (after a set).
    pub fn start_rest(&mut self, now: f64) {
        self.start(
            t!("today-timer-rest-of", length = rest_words(self.rest_secs)),
            self.rest_secs,
            now,
            None,
        );
    }

    /// Starts a rest after what just ended, which the countdown's words keep: "Side plank
    /// set 2 logged (30 s). Rest of 1 minute".
    pub fn start_rest_after(&mut self, ended: &str, now: f64) {
        self.start(
            t!(
                "today-timer-rest-after",
                ended = ended,
                length = rest_words(self.rest_secs)
            ),
            self.rest_secs,
            now,
            None,
        );
    }

    /// Starts a hold for this exercise.
    pub fn start_hold(&mut self, name: &str, exercise_id: &str, secs: u16, now: f64) {
        self.finished = None;
        self.start(
            t!("today-timer-hold", name = name),
            secs,
            now,
            Some(exercise_id.to_owned()),
        );
    }

    fn start(&mut self, label: String, secs: u16, now: f64, hold_for: Option<String>) {
        // What ended before is not left beside the new countdown; the countdown's own words
        // (which keep what ended, for a rest after a set) are said once as it starts.
        self.finished = None;
        self.finished_seq += 1;
        self.running = Some(Countdown {
            label,
            secs,
            started_at: now,
            hold_for,
        });
    }

    /// Says what the countdown that just ended did (shown in the bar, and said once to a
    /// screen reader).
    pub fn set_finished(&mut self, text: String) {
        self.finished = Some(text);
        self.finished_seq += 1;
    }

    /// Moves the countdown on; returns what ended, if anything did. While one runs, the
    /// window is redrawn ten times a second, and not at all otherwise.
    pub fn tick(&mut self, ctx: &egui::Context) -> Option<Ended> {
        let timer = self.running.as_ref()?;
        let now = ctx.input(|i| i.time);
        if f64::from(timer.secs) - (now - timer.started_at) > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return None;
        }
        let timer = self.running.take()?;
        self.set_finished(t!("today-timer-finished", what = timer.label.as_str()));
        Some(match timer.hold_for {
            Some(exercise_id) => Ended::Hold {
                exercise_id,
                secs: timer.secs,
            },
            None => Ended::Rest,
        })
    }

    /// Draws the bar: one row that keeps its height whatever it shows.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        let height = ui.spacing().interact_size.y.max(30.0) + 6.0;
        ui.horizontal_wrapped(|ui| {
            ui.set_min_height(height);
            // What just ended stays in words until another countdown starts; it is said once
            // when it ends, and the countdown itself is never announced.
            if let Some(done) = self.finished.as_ref().filter(|_| self.running.is_none()) {
                ui.push_id(("timer_finished", self.finished_seq), |ui| {
                    crate::ui::a11y::live_label(
                        ui,
                        RichText::new(done)
                            .strong()
                            .color(crate::ui::theme::ok_colour(dark)),
                        crate::ui::a11y::Urgency::Polite,
                    );
                });
                ui.separator();
            }
            if let Some(timer) = self.running.clone() {
                let now = ui.input(|i| i.time);
                let remaining = (f64::from(timer.secs) - (now - timer.started_at)).max(0.0);
                ui.push_id(("timer_started", self.finished_seq), |ui| {
                    crate::ui::a11y::live_label(
                        ui,
                        RichText::new(format!("{}:", timer.label))
                            .size(crate::ui::theme::text::TITLE)
                            .strong(),
                        crate::ui::a11y::Urgency::Polite,
                    );
                });
                ui.label(
                    RichText::new({
                        #[expect(
                            clippy::cast_possible_truncation,
                            reason = "whole seconds of a short countdown"
                        )]
                        let left = remaining.ceil() as i64;
                        t!(
                            "today-timer-left",
                            count = left,
                            count_text = format::count(crate::i18n::language(), left)
                        )
                    })
                    .size(crate::ui::theme::text::TITLE)
                    .strong(),
                );
                let fraction = (remaining / f64::from(timer.secs.max(1))).clamp(0.0, 1.0);
                #[expect(clippy::cast_possible_truncation, reason = "a fraction from 0 to 1")]
                let fraction = fraction as f32;
                let bar = ui.add(
                    egui::ProgressBar::new(1.0 - fraction)
                        .desired_width(crate::ui::theme::size::COUNTDOWN_WIDTH)
                        .desired_height(crate::ui::theme::size::COUNTDOWN_HEIGHT),
                );
                // In whole seconds, so its value changes once a second, not every frame.
                crate::ui::a11y::progress(
                    &bar,
                    &t!("today-timer-time-gone", what = timer.label.as_str()),
                    (f64::from(timer.secs) - remaining.ceil()).max(0.0),
                    f64::from(timer.secs),
                );
                if ui.button(t!("today-timer-stop")).clicked() {
                    self.running = None;
                    self.finished = None;
                }
                return;
            }
            ui.label(t!("today-timer-rest-timer"));
            for secs in RESTS {
                if ui
                    .selectable_label(secs == self.rest_secs, rest_choice(secs))
                    .on_hover_text(t!(
                        "today-timer-start-rest-hover",
                        length = rest_words(secs)
                    ))
                    .accessible_name(t!(
                        "today-timer-rest-name",
                        count = secs,
                        count_text = format::count(crate::i18n::language(), i64::from(secs))
                    ))
                    .clicked()
                {
                    self.rest_secs = secs;
                    let now = ui.input(|i| i.time);
                    self.finished = None;
                    self.start_rest(now);
                }
            }
            ui.checkbox(
                &mut self.rest_after_set,
                t!("today-timer-rest-after-each-set"),
            )
            .on_hover_text(t!("today-timer-rest-after-each-set-hover"));
        });
    }
}
