//! The `unboil` command: a thin layer over the library (see `cli` for the flags).

mod cli;
mod progress;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
