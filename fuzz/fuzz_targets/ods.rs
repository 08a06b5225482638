//! OpenDocument spreadsheets made from the input (`fosx_fuzz::book::Ods`:
//! `mimetype`, manifest, `content.xml` whose rows and cells repeat any
//! number of times), read as a workbook, checked, and rendered every way a
//! report is shown.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|book: fosx_fuzz::book::Ods| {
    fosx_fuzz::check_workbook(&book.bytes());
});
