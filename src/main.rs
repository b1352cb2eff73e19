//! The `unboil` command: a thin layer over the library (see `cli` for the flags).

mod cli;
mod explain_records;
mod progress;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
