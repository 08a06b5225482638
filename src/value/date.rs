//! Calendar dates (`YYYY-MM-DD`), as the dictionary defines them.

use std::fmt;
use std::str::FromStr;

/// A proleptic Gregorian calendar date. Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year (0000–9999).
    pub year: u16,
    /// Month (1–12).
    pub month: u8,
    /// Day of the month (1–31).
    pub day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Form,
    /// Of the right form, but no such day (`2026-02-30`).
    NoSuchDay,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting days that do not exist.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !digits(0..4)
            || !digits(5..7)
            || !digits(8..10)
        {
            return Err(DateError::Form);
        }
        let num = |r: std::ops::Range<usize>| text[r].parse::<u16>().unwrap_or(0);
        let (year, month, day) = (num(0..4), num(5..7) as u8, num(8..10) as u8);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    /// The date `year`-`month`-`day`, when it is a real calendar date of the
    /// years 1 to 9999.
    pub fn from_ymd(year: u32, month: u32, day: u32) -> Option<Date> {
        let (year, month, day) = (
            u16::try_from(year)
                .ok()
                .filter(|y| (1..=9999).contains(y))?,
            u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?,
            u8::try_from(day).ok()?,
        );
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Today's date in UTC, from the system clock.
    pub fn today_utc() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Days from 1970-01-01 (Howard Hinnant's days_from_civil): the inverse
    /// of [`Date::from_days_since_epoch`].
    pub fn days_since_epoch(self) -> i64 {
        let (y, m, day) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_from_civil_inverts_civil_from_days() {
        for n in [-1000, 0, 11_016, 20_420, 40_000] {
            assert_eq!(Date::from_days_since_epoch(n).days_since_epoch(), n);
        }
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(
            d("2027-06-30").days_since_epoch() - d("2026-12-31").days_since_epoch(),
            181
        );
    }

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert_eq!(Date::parse("2026-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2026-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2026-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2026-1-01"), Err(DateError::Form));
        assert_eq!(Date::parse("26-01-01xx"), Err(DateError::Form));
        assert_eq!(Date::parse("２026-01-01"), Err(DateError::Form));
    }

    #[test]
    fn civil_from_days() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(20_420).to_string(),
            "2025-11-28"
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }
}
