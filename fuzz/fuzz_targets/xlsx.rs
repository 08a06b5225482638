//! XLSX packages made from the input (`fosx_fuzz::book::Xlsx`: content
//! types, workbook, relationships, shared strings, styles, sheets of cells
//! at any place, parts stored, deflated, left out or replaced), read as a
//! workbook, checked, and rendered every way a report is shown.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|book: fosx_fuzz::book::Xlsx| {
    fosx_fuzz::check_workbook(&book.bytes());
});
