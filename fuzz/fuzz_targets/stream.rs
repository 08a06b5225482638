//! Arbitrary bytes checked the two ways a file is read: whole, and through
//! the streaming splitter (its threshold lowered to 0, so that every input
//! is streamed). Both must give the same verdict and agree on the codes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fosx_fuzz::stream_agrees(data);
});
