//! Warning signs: when to get help quickly. Reachable from every screen; ticking a sign and
//! recording it keeps it in the journal and shows the urgent advice.

use crate::model::{Entry, Event, EventKind, RedFlagSign, Urgency};
use crate::ui::command::Command;
use chrono::{NaiveDateTime, Timelike};

/// The Warning signs window's state: which signs are ticked.
#[derive(Debug, Default)]
pub struct WarningSigns {
    ticked: Vec<RedFlagSign>,
    recorded: Option<Vec<RedFlagSign>>,
    /// The button pressed is gone: the advice takes the keyboard's focus once shown.
    focus_advice: bool,
}

impl WarningSigns {
    /// Draws the window.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        open: &mut bool,
        now: NaiveDateTime,
        can_write: bool,
        commands: &mut Vec<Command>,
    ) {
        egui::Window::new(crate::ui::command::UiCommand::WarningSigns.label())
            .max_width(crate::ui::theme::window_max_width(ctx))
            .open(open)
            .collapsible(false)
            .default_width(600.0)
            .resizable(false)
            .show(ctx, |ui| {
                crate::ui::theme::scroll_within_screen(ui, |ui| {
                    let dark = ui.visuals().dark_mode;
                    if let Some(recorded) = &self.recorded {
                        // The most urgent tier of what was ticked says what to do.
                        let urgency = recorded
                            .iter()
                            .map(|s| s.urgency())
                            .min()
                            .unwrap_or(Urgency::Soon);
                        let advice = ui.add(
                            egui::Label::new(crate::ui::theme::title(urgency.advice()).color(
                                crate::ui::theme::tone_colour(
                                    crate::ui::theme::sign_tone(urgency),
                                    dark,
                                ),
                            ))
                            .sense(egui::Sense::FOCUSABLE),
                        );
                        crate::ui::a11y::live(&advice, crate::ui::a11y::Urgency::Assertive);
                        // Asked until it holds (the window may lay out its new contents first).
                        if self.focus_advice {
                            if advice.has_focus() {
                                self.focus_advice = false;
                            } else {
                                advice.request_focus();
                            }
                        }
                        ui.label(crate::t!("settings-warning-saved"));
                        for sign in recorded {
                            ui.label(crate::t!("settings-warning-bullet", sign = sign.label()));
                        }
                        ui.add_space(crate::ui::theme::space::S);
                        if ui.button(crate::t!("settings-warning-back")).clicked() {
                            self.recorded = None;
                        }
                        return;
                    }
                    ui.label(crate::t!("settings-warning-intro"));
                    ui.add_space(crate::ui::theme::space::XS);
                    // Clear of the scroll bar, which floats over the window's right edge.
                    ui.scope(|ui| {
                        ui.set_max_width(ui.available_width() - crate::ui::theme::space::M);
                        for urgency in Urgency::ALL {
                            let tone = crate::ui::theme::sign_tone(urgency);
                            crate::ui::theme::tone_card(ui, tone, |ui| {
                                ui.set_width(ui.available_width());
                                let colour = crate::ui::theme::tone_colour(tone, dark);
                                ui.label(crate::ui::theme::title(urgency.heading()).color(colour));
                                ui.label(urgency.advice());
                                for sign in
                                    RedFlagSign::ALL.iter().filter(|s| s.urgency() == urgency)
                                {
                                    self.sign_ui(ui, *sign);
                                }
                            });
                        }
                    });
                    ui.add_space(crate::ui::theme::space::S);
                    let record = ui.add_enabled(
                        can_write && !self.ticked.is_empty(),
                        crate::ui::theme::primary_button(ui, &crate::t!("settings-warning-record")),
                    );
                    if record.clicked() {
                        let signs = std::mem::take(&mut self.ticked);
                        commands.push(Command::log(Entry::Event(Event {
                            id: 0,
                            date: now.date(),
                            time: now.time().with_nanosecond(0).unwrap_or(now.time()),
                            kind: EventKind::RedFlag {
                                signs: signs.clone(),
                            },
                            note: String::new(),
                        })));
                        self.recorded = Some(signs);
                        self.focus_advice = true;
                    }
                    ui.add_space(crate::ui::theme::space::S);
                    ui.separator();
                    ui.label(crate::ui::theme::title(crate::t!(
                        "settings-warning-after-injection"
                    )));
                    ui.label(crate::t!("settings-warning-after-injection-text"));
                });
            });
    }

    fn sign_ui(&mut self, ui: &mut egui::Ui, sign: RedFlagSign) {
        let mut ticked = self.ticked.contains(&sign);
        if ui.checkbox(&mut ticked, sign.label()).changed() {
            if ticked {
                self.ticked.push(sign);
            } else {
                self.ticked.retain(|s| *s != sign);
            }
        }
    }
}
