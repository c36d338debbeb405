//! The `readout` binary: parses the command line and hands over to the
//! library. Nothing else lives here.

#![cfg_attr(not(test), deny(clippy::unwrap_used))]

use clap::Parser;
use readout::cli::{self, Cli};
use readout::tui::watch::WatchOptions;
use readout::tui::{self, TuiOptions};

/// mimalloc instead of the system allocator: loading a large archive makes
/// millions of small allocations, which it serves about twice as fast
/// (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let args = Cli::parse_from(cli::command_first(std::env::args_os().collect()));
    // Until the reader takes over the terminal (and signals with it), a
    // signal removes our half-written files before it ends the process.
    let cleanup = readout::archive::atomic::CleanupOnSignals::install();
    let loaded = readout::config::load(args.settings.config.as_deref());
    let result = match args.command {
        Some(command) => cli::run(command, &args.settings, &loaded),
        None => {
            // Also in the status line; here it stays after the reader ends.
            cli::warn_about_config(&loaded);
            let paths = cli::paths_or_configured(&args.paths, &loaded).to_vec();
            let watch = (!paths.is_empty()).then(|| WatchOptions {
                paths: paths.clone(),
                cache_dir: args.settings.cache_dir(),
            });
            let options = TuiOptions {
                data_dir: args.settings.data_dir(),
                watch,
                ..TuiOptions::from_loaded(&loaded)
            };
            tui::ensure_terminal()
                .and_then(|()| cli::load_corpus(&paths, &args.settings))
                .and_then(|corpus| {
                    drop(cleanup);
                    tui::run(corpus, options)
                })
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            let message = format!("{error:#}");
            eprintln!(
                "readout: {}",
                readout::corpus::sanitize::escape_controls(&message)
            );
            std::process::ExitCode::FAILURE
        }
    }
}
