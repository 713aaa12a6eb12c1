//! rehab-tracker: runs the window, or a headless command.

use rehab_tracker::cli::{self, Output};
use std::process::ExitCode;

fn main() -> ExitCode {
    // The language first, so that an error in what was typed is said in it.
    let early = cli::lang_flag(std::env::args_os().skip(1));
    rehab_tracker::i18n::start(early.as_deref());
    let args = cli::parse();
    if args.lang != early {
        rehab_tracker::i18n::start(args.lang.as_deref());
    }
    match args.command {
        Some(cli::Command::Review(review)) if !review.summary => {
            window_exit(rehab_tracker::ui::run_review(&review.paths, args.demo))
        }
        Some(command) => {
            let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
            let mut out = Output::new(&mut stdout, &mut stderr);
            cli::run(command, args.data_dir, &mut out)
        }
        None => window_exit(rehab_tracker::ui::run(args.data_dir, args.demo)),
    }
}

/// The exit code of a window that has closed, with the reason printed if it failed.
fn window_exit(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let mut stderr = std::io::stderr();
            let mut stdout = std::io::sink();
            Output::new(&mut stdout, &mut stderr).error(&format!("{e:#}"));
            ExitCode::FAILURE
        }
    }
}
