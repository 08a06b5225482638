//! The `fosx` command: wires arguments to the library and maps outcomes to
//! exit codes (0 valid, 1 invalid, 2 could not check).

mod cli;

/// Reading a file builds a tree of many small values: mimalloc serves them
/// at a fraction of the system allocator's cost.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // A panic is a bug: say so plainly and exit 2 ("could not check"), never
    // with a verdict.
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("{}", cli::internal_error(info.location(), what));
    }));
    match std::panic::catch_unwind(cli::main) {
        Ok(code) => code,
        Err(_) => std::process::ExitCode::from(2),
    }
}
