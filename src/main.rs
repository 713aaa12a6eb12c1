//! rehab-tracker: runs the window, or a headless command.

use clap::Parser;
use rehab_tracker::cli::{self, Cli, Output};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(cli::Command::Review(review)) if !review.summary => {
            match rehab_tracker::ui::run_review(&review.paths, args.demo) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let mut stderr = std::io::stderr();
                    let mut stdout = std::io::sink();
                    Output::new(&mut stdout, &mut stderr).error(&format!("{e:#}"));
                    ExitCode::FAILURE
                }
            }
        }
        Some(command) => {
            let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
            let mut out = Output::new(&mut stdout, &mut stderr);
            cli::run(command, args.data_dir, &mut out)
        }
        None => match rehab_tracker::ui::run(args.data_dir, args.demo) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                let mut stderr = std::io::stderr();
                let mut stdout = std::io::sink();
                Output::new(&mut stdout, &mut stderr).error(&format!("{e:#}"));
                ExitCode::FAILURE
            }
        },
    }
}
