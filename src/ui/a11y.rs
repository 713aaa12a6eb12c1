//! What a screen reader is told beyond what egui's widgets say of themselves: the window's
//! name, messages that speak when they appear (what a change did, errors, a timer's end,
//! without moving the focus), scales and timers with their values and ranges, tabs with
//! their selected state. Screens call these; the tests read the same accessibility tree.

use egui::accesskit::{Action, ActionData, Live, Role};

/// How a message interrupts a screen reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// Said when the screen reader has finished what it is saying: confirmations, the end
    /// of a rest or hold.
    Polite,
    /// Said at once: errors, urgent warning signs.
    Assertive,
}

impl Urgency {
    fn live(self) -> Live {
        match self {
            Self::Polite => Live::Polite,
            Self::Assertive => Live::Assertive,
        }
    }
}

/// Once a frame, after every screen: names the window after the app and the screen shown.
pub fn end_frame(ctx: &egui::Context, window_name: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(window_name);
    });
}

/// Makes a message shown on screen speak when it appears and whenever its words change
/// (an error at a field, an urgent warning, what a change did): never use it on text that
/// changes every second. To say the same words again for a new event, draw the label
/// under a new id (`ui.push_id`): it is a new object then, announced when it appears.
pub fn live(response: &egui::Response, urgency: Urgency) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(urgency.live());
    });
}

/// A label that is shown and spoken when it appears; see [`live`].
pub fn live_label(
    ui: &mut egui::Ui,
    text: impl Into<egui::WidgetText>,
    urgency: Urgency,
) -> egui::Response {
    let response = ui.label(text);
    live(&response, urgency);
    response
}

/// Describes a tab of the top bar as a tab, selected or not, rather than a toggle button.
pub fn tab(response: &egui::Response, selected: bool) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Tab);
        node.clear_toggled();
        node.set_selected(selected);
    });
}

/// Describes a whole-number scale (the 0-10 pain row) as one slider with its value and range,
/// and how a screen reader can set it.
pub fn slider(ctx: &egui::Context, id: egui::Id, value: Option<u8>, max: u8, description: &str) {
    ctx.accesskit_node_builder(id, |node| {
        node.set_role(Role::Slider);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(f64::from(max));
        node.set_numeric_value_step(1.0);
        // Always a value, so the control offers AT-SPI's Value interface from the start
        // (a screen reader learns an object's interfaces once, and would not read a value
        // that came later); before one is chosen the description says so.
        node.set_numeric_value(f64::from(value.unwrap_or(0)));
        node.set_description(description);
        node.add_action(Action::SetValue);
        if value.is_none_or(|v| v < max) {
            node.add_action(Action::Increment);
        }
        if value.is_some_and(|v| v > 0) {
            node.add_action(Action::Decrement);
        }
    });
}

/// A value a screen reader asked the scale `id` to take this frame (set, one up, one down),
/// kept within 0 to `max`.
#[must_use]
pub fn slider_request(ui: &egui::Ui, id: egui::Id, value: Option<u8>, max: u8) -> Option<u8> {
    ui.input(|input| {
        let mut new = value;
        for request in input.accesskit_action_requests(id, Action::SetValue) {
            if let Some(ActionData::NumericValue(v)) = request.data
                && v.is_finite()
            {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "rounded and clamped to 0..=max first"
                )]
                let v = v.round().clamp(0.0, f64::from(max)) as u8;
                new = Some(v);
            }
        }
        for _ in 0..input.num_accesskit_action_requests(id, Action::Increment) {
            new = Some(new.map_or(0, |v| (v + 1).min(max)));
        }
        for _ in 0..input.num_accesskit_action_requests(id, Action::Decrement) {
            new = Some(new.map_or(0, |v| v.saturating_sub(1)));
        }
        (new != value).then_some(new).flatten()
    })
}

/// Names a progress bar and gives it a real range (egui reports none): `done` of `total`.
pub fn progress(response: &egui::Response, name: &str, done: f64, total: f64) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(name);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(total);
        node.set_numeric_value(done.clamp(0.0, total));
    });
}

/// A row of radio buttons that a screen reader reads as one group named by the question
/// shown above it (`question`, the label's response), so each choice is heard with it.
pub fn radio_row<R>(
    ui: &mut egui::Ui,
    question: &egui::Response,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let question = question.id.accesskit_id();
    ui.horizontal(|ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(Role::RadioGroup);
            node.push_labelled_by(question);
        });
        add_contents(ui)
    })
    .inner
}
