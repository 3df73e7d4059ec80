//! The `pith` command: parse arguments, run, map the outcome to an exit
//! code (0 content written, 1 nothing found, 2 errors).

mod batch;
mod check;
mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let usage_error = e.use_stderr();
            let _ = e.print();
            return ExitCode::from(if usage_error { commands::EXIT_ERROR } else { 0 });
        }
    };
    let code = match cli.command {
        cli::Command::Clean(args) => commands::clean::run(&args),
        cli::Command::Batch(args) => commands::batch::run(&args),
        cli::Command::Check(args) => commands::check::run(&args),
        cli::Command::Eval(args) => commands::eval::run(&args),
        cli::Command::Rules => commands::rules::run(),
    };
    ExitCode::from(code)
}
