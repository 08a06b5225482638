//! Value forms: what dates, integers and decimals look like in the
//! dictionary, their canonical texts, and the nearest known code to a
//! misspelt one. The lowest layer: it uses nothing else in fosx, and the
//! readers, the checks, the rules and the writers all use it.

pub mod date;
pub(crate) mod number;
pub mod suggest;

pub use date::Date;
pub use number::{canonical_decimal, decimal_form, integer_form};
