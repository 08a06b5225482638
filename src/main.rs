//! The `fosx` command: wires arguments to the library and maps outcomes to
//! exit codes (0 valid, 1 invalid, 2 could not check).

mod cli;

/// Reading a file builds a tree of many small values: mimalloc serves them
/// at a fraction of the system allocator's cost. An allocation that fails
/// (under an address-space limit, `ulimit -v`, or when the system has no
/// more memory) ends the process with exit code 2, "could not check", and
/// a message, instead of the abort (SIGABRT) Rust makes of it.
#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// mimalloc, with a failed allocation ending the process (see [`ALLOCATOR`]).
struct Allocator;

// SAFETY: every call is passed to mimalloc as it is; only a null result
// (a failed allocation) is acted on, and that never returns.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: the caller's contract is mimalloc's.
        checked(unsafe { mimalloc::MiMalloc.alloc(layout) }, layout.size())
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: the caller's contract is mimalloc's.
        checked(
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) },
            layout.size(),
        )
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: the caller's contract is mimalloc's.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is mimalloc's.
        checked(
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) },
            new_size,
        )
    }
}

/// The pointer mimalloc gave, unless it is null: then the process ends.
#[inline]
fn checked(ptr: *mut u8, size: usize) -> *mut u8 {
    if ptr.is_null() {
        out_of_memory(size);
    }
    ptr
}

/// Says that `size` bytes could not be allocated and ends the process with
/// exit code 2, allocating nothing (the allocator is what failed).
#[cold]
fn out_of_memory(size: usize) -> ! {
    const HEAD: &[u8] = b"fosx: out of memory: ";
    const TAIL: &[u8] = b" more bytes could not be allocated, and the check was stopped. \
Give fosx more memory, or lower the limits (--max-file-size, --max-document-size, \
--max-cells) so that the file is refused with FOS-P06.\n";
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = size;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    #[cfg(unix)]
    // SAFETY: write(2) of buffers that live to the end of the call, then
    // _exit(2), which runs nothing that could allocate.
    unsafe {
        for part in [HEAD, &digits[at..], TAIL] {
            libc::write(2, part.as_ptr().cast(), part.len());
        }
        libc::_exit(2)
    }
    #[cfg(not(unix))]
    std::process::abort()
}

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
