//! The `fosx` command: wires arguments to the library and maps outcomes to
//! exit codes (0 valid, 1 invalid, 2 could not check).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
