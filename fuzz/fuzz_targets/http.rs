//! Requests made from the input (`fosx_fuzz::http::Input`), answered by the
//! service's router in process: no panic, a documented status, and the
//! documented error body.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: fosx_fuzz::http::Input| {
    fosx_fuzz::http::answer(&input);
});
