//! Values as a spreadsheet program writes them, and what they were meant to
//! be: dates in a locale's order or as date serials, numbers with a decimal
//! comma, thousands separators, `%` or a currency symbol, booleans in the
//! words of a locale, codes by an alias or a name, lists separated by `,`.
//!
//! These recognisers know nothing of the rest of fosx but the calendar of
//! `value::date`: they take text and give the canonical text, or every
//! reading when there is more than one.
//! The checks use them to write help that names the cause and the exact
//! value (`did you mean 2026-05-20?`), and `fosx fix` to repair what is
//! certain.

pub mod booleans;
pub mod codes;
pub mod dates;
pub mod numbers;
