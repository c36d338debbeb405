//! The `readout` binary: parses the command line and hands over to the
//! library. Nothing else lives here.

use clap::Parser;
use readout::cli::{self, Cli};
use readout::tui::{self, TuiOptions};

fn main() -> std::process::ExitCode {
    let args = Cli::parse();
    let result = match args.command {
        Some(command) => cli::run(command, &args.settings),
        None => cli::load_corpus(&args.paths, &args.settings)
            .and_then(|corpus| tui::run(corpus, TuiOptions::default())),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            let message = format!("{error:#}");
            eprintln!(
                "readout: {}",
                readout::corpus::sanitize::for_display_multiline(&message)
            );
            std::process::ExitCode::FAILURE
        }
    }
}
