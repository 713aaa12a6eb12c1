//! Warning signs: when to get help quickly. Reachable from every screen.

use egui::RichText;

/// Signs that need help the same day.
pub const URGENT: [&str; 5] = [
    "Numbness around your bottom, between your legs, or on your inner thighs",
    "New trouble passing urine or stools, or holding them in",
    "New problems with sexual function",
    "A hot, swollen joint together with a fever or feeling unwell",
    "Weakness or numbness in the leg that is getting worse, or not being able to stand on the leg after a fall",
];

/// Signs to see a doctor about soon.
pub const SOON: [&str; 3] = [
    "Pain that is there all the time, including at night",
    "Losing weight without trying, or night sweats",
    "A history of cancer",
];

/// The Warning signs window.
pub fn window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Warning signs")
        .open(open)
        .collapsible(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            let dark = ui.visuals().dark_mode;
            ui.label(
                RichText::new("Get help today: call your doctor's urgent line or emergency services, or go to an emergency department, if you have any of these:")
                    .strong()
                    .color(super::super::theme::warning_colour(dark)),
            );
            for sign in URGENT {
                ui.label(format!("•  {sign}"));
            }
            ui.add_space(8.0);
            ui.label(RichText::new("See your doctor soon if you have:").strong());
            for sign in SOON {
                ui.label(format!("•  {sign}"));
            }
            ui.add_space(8.0);
            ui.label(RichText::new("After a steroid injection").strong());
            ui.label(
                "Pain can flare for up to two days, rarely up to a week. Take it easy for a day or two, \
                 then build back up over the week. Contact the clinic within the first week if the area \
                 becomes swollen, red or warm, or if you have a fever or feel unwell. If you have diabetes, \
                 your blood sugar may be higher for up to a week.",
            );
        });
}
