//! The `rights-desk` binary: parses the command line; with no subcommand, opens the window.
//! On Windows it is a windows-subsystem program (no console window beside the app); its
//! command-line use attaches to the terminal it was started from.

#![cfg_attr(windows, windows_subsystem = "windows")]

use clap::Parser;
use rights_desk::cli::{self, Cli};
use rights_desk::core::workspace::paths::DataPaths;
use std::process::ExitCode;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    // Arguments mean command-line use (a subcommand, --help, --version): print to the
    // terminal it came from.
    if std::env::args_os().len() > 1 {
        rights_desk::windows_console::attach_parent_console();
    }
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
            // A save that finds the file locked by someone else says so at once.
            rights_desk::core::workspace::report_lock_waits_to(|m| eprintln!("note: {m}"));
            // With `-o -` the output itself goes to standard output: the messages go aside.
            let mut out: Box<dyn std::io::Write> = if command.writes_to_stdout() {
                Box::new(std::io::stderr().lock())
            } else {
                Box::new(std::io::stdout().lock())
            };
            match cli::run(command, &paths, &mut out) {
                Ok(status) => ExitCode::from(status),
                // The reader went away (`rights-desk guide --list | head`): nothing to say.
                Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
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

/// True when writing the output failed because whoever read it stopped reading.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
