//! Number forms of the dictionary: integers and decimals as written, and
//! the canonical text of a decimal.

/// Why a number is not written as the dictionary writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    /// An exponent (`1e3`).
    Exponent,
    /// A decimal point in an integer.
    IntegerDecimalPoint,
    /// An integer with something else than digits and a leading `-`.
    IntegerNotDigits,
    /// Leading zeros (`007`).
    LeadingZeros,
    /// An integer of more than 18 digits.
    IntegerTooLong,
    /// A decimal with something else than digits, a `-` and a point.
    DecimalNotDigits,
    /// A decimal point with no digit after it (`1.`).
    PointAlone,
    /// More than 6 digits after the decimal point.
    FractionTooLong,
    /// More than 18 digits, counted as XSD `totalDigits` counts them.
    DecimalTooLong {
        /// The digits counted.
        digits: usize,
    },
}

/// Checks `text` as a dictionary integer: optional `-`, digits, no leading zeros.
pub fn integer_form(text: &str) -> Result<(), FormError> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.contains(['e', 'E']) {
        return Err(FormError::Exponent);
    }
    if digits.contains('.') {
        return Err(FormError::IntegerDecimalPoint);
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FormError::IntegerNotDigits);
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return Err(FormError::LeadingZeros);
    }
    if digits.len() > 18 {
        return Err(FormError::IntegerTooLong);
    }
    Ok(())
}

/// Checks `text` as a dictionary decimal: optional `-`, digits, optional `.`
/// and 1–6 digits, no exponent, at most 18 digits counted as XSD
/// `totalDigits` does: leading zeros and zeros ending the fraction are not
/// counted.
pub fn decimal_form(text: &str) -> Result<(), FormError> {
    let body = text.strip_prefix('-').unwrap_or(text);
    if body.contains(['e', 'E']) {
        return Err(FormError::Exponent);
    }
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(FormError::DecimalNotDigits);
    }
    if body.contains('.') && frac.is_empty() {
        return Err(FormError::PointAlone);
    }
    if frac.len() > 6 {
        return Err(FormError::FractionTooLong);
    }
    let significant = format!("{int}{frac}");
    let significant = significant.trim_start_matches('0').trim_end_matches('0');
    let frac_zeros_only = frac.trim_end_matches('0').is_empty();
    let count = if frac_zeros_only {
        int.trim_start_matches('0').len()
    } else {
        significant.len()
    };
    if count > 18 {
        return Err(FormError::DecimalTooLong { digits: count });
    }
    Ok(())
}

/// The canonical text of a decimal: trailing fractional zeros and a trailing
/// `.` dropped, leading zeros dropped, `-0` written `0`.
pub fn canonical_decimal(text: &str) -> String {
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(text.len());
    if neg && !(int == "0" && frac.is_empty()) {
        out.push('-');
    }
    out.push_str(int);
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        assert!(integer_form("0").is_ok());
        assert!(integer_form("-12").is_ok());
        assert!(integer_form("1e2").is_err());
        assert!(integer_form("1.0").is_err());
        assert!(integer_form("007").is_err());
    }

    #[test]
    fn decimals() {
        assert!(decimal_form("96500000.5").is_ok());
        assert!(decimal_form("123456789012345678").is_ok());
        assert!(decimal_form("1234567890123456789").is_err());
        assert!(decimal_form("123456789012.345678").is_ok());
        assert!(decimal_form("0.1234567").is_err());
        assert!(decimal_form("1e999999").is_err());
        assert!(decimal_form("1.").is_err());
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical_decimal("1.50"), "1.5");
        assert_eq!(canonical_decimal("-0.000"), "0");
        assert_eq!(canonical_decimal("12750000"), "12750000");
        assert_eq!(canonical_decimal("0012.0"), "12");
        assert_eq!(canonical_decimal("-0.5"), "-0.5");
    }
}
