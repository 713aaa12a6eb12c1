//! A bare eframe window with the same renderer and options as the app, drawing one label:
//! the floor the start-up benchmark (`tools/startup-bench.sh`) measures the app against.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare window")
            .with_inner_size([1100.0, 820.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare-window", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare window.");
        });
    })
}
