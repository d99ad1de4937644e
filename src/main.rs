//! The `rights-desk` binary: parses the command line; with no subcommand, opens the window.

use clap::Parser;
use rights_desk::cli::{self, Cli};
use rights_desk::core::paths::DataPaths;
use std::process::ExitCode;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let args = Cli::parse();
    let paths = match DataPaths::resolve(args.data_dir.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match &args.command {
        Some(command) => {
            let mut out = std::io::stdout().lock();
            match cli::run(command, &paths, &mut out) {
                Ok(status) => ExitCode::from(status),
                Err(e) => {
                    eprintln!("error: {e:#}");
                    ExitCode::from(2)
                }
            }
        }
        None => match rights_desk::ui::run_native(paths, started) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: could not open the window: {e}");
                ExitCode::from(2)
            }
        },
    }
}
