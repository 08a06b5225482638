//! Arbitrary bytes read as CSV (the representation forced), checked, and
//! rendered every way a report is shown.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fosx_fuzz::check_and_render(data, fosx::Representation::Csv);
});
