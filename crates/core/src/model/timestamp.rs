use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A moment in time, held as whole seconds since 1970-01-01T00:00:00Z.
///
/// Data files write it as RFC 3339 (`2014-10-10T09:30:00Z`). WordPress's `date_gmt` has no
/// zone suffix, so a time without one is read as UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

/// Why a text is not a timestamp; the message says what was expected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected a date and time like 2014-10-10T09:30:00Z, found {found:?} ({reason})")]
pub struct TimestampError {
    found: String,
    reason: &'static str,
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date and time of day, without a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CivilTime {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Timestamp {
    /// Seconds since the Unix epoch.
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Self(seconds)
    }

    pub fn unix_seconds(self) -> i64 {
        self.0
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an optional `Z` or `±HH:MM`.
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        let fail = |reason| TimestampError { found: text.to_owned(), reason };
        let bytes = text.trim().as_bytes();
        let (date, rest) = bytes.split_at(bytes.len().min(10));
        if date.len() != 10 || date[4] != b'-' || date[7] != b'-' {
            return Err(fail("the date must be written YYYY-MM-DD"));
        }
        let year = digits(&date[0..4]).ok_or_else(|| fail("the year is not a number"))?;
        let month = digits(&date[5..7]).ok_or_else(|| fail("the month is not a number"))?;
        let day = digits(&date[8..10]).ok_or_else(|| fail("the day is not a number"))?;
        if !(1..=12).contains(&month) {
            return Err(fail("the month must be 01 to 12"));
        }
        if day < 1 || day > days_in_month(year as i32, month as u8) as u32 {
            return Err(fail("that month has no such day"));
        }
        let (mut hour, mut minute, mut second, mut offset_minutes) = (0, 0, 0, 0i64);
        if !rest.is_empty() {
            if rest[0] != b'T' && rest[0] != b't' && rest[0] != b' ' {
                return Err(fail("the time must follow a T"));
            }
            let time = &rest[1..];
            let clock_len = time
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b':' || *b == b'.'))
                .unwrap_or(time.len());
            let (clock, zone) = time.split_at(clock_len);
            let clock = match clock.iter().position(|b| *b == b'.') {
                Some(dot) => &clock[..dot],
                None => clock,
            };
            // Every comment has a date, so this runs a thousand times for a long thread:
            // no allocation.
            let mut parts: [&[u8]; 3] = [&[]; 3];
            let mut count = 0;
            for part in clock.split(|b| *b == b':') {
                if let Some(slot) = parts.get_mut(count) {
                    *slot = part;
                }
                count += 1;
            }
            let field = |i: usize| parts.get(i).and_then(|p| (p.len() == 2).then(|| digits(p))?);
            match count {
                2 | 3 => {
                    hour = field(0).ok_or_else(|| fail("the hour must be two digits"))?;
                    minute = field(1).ok_or_else(|| fail("the minute must be two digits"))?;
                    if count == 3 {
                        second = field(2).ok_or_else(|| fail("the second must be two digits"))?;
                    }
                }
                _ => return Err(fail("the time must be written HH:MM:SS")),
            }
            if hour > 23 || minute > 59 || second > 60 {
                return Err(fail("the time of day is out of range"));
            }
            offset_minutes =
                parse_zone(zone).ok_or_else(|| fail("the zone must be Z or ±HH:MM"))?;
        }
        let days = days_from_civil(year as i32, month as u8, day as u8);
        let seconds = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second.min(59))
            - offset_minutes * 60;
        Ok(Self(seconds))
    }

    /// The UTC calendar time.
    pub fn utc(self) -> CivilTime {
        let days = self.0.div_euclid(86_400);
        let secs = self.0.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        CivilTime {
            year,
            month,
            day,
            hour: (secs / 3600) as u8,
            minute: (secs % 3600 / 60) as u8,
            second: (secs % 60) as u8,
        }
    }

    /// The calendar time in the UK (GMT in winter, BST in summer), which is how GOV.UK blogs
    /// date their posts and build their permalinks.
    pub fn uk(self) -> CivilTime {
        Self(self.0 + if is_british_summer_time(self.0) { 3600 } else { 0 }).utc()
    }

    /// `2014-10-10T09:30:00Z`, for `<time datetime>` and for feeds.
    pub fn to_rfc3339(self) -> String {
        let t = self.utc();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            t.year, t.month, t.day, t.hour, t.minute, t.second
        )
    }

    /// `10 October 2014`, the way GOV.UK writes dates, in UK time.
    pub fn human_date(self) -> String {
        let t = self.uk();
        format!("{} {} {}", t.day, month_name(t.month), t.year)
    }
}

/// The English name of a month numbered 1 to 12.
pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES[usize::from(month.clamp(1, 12)) - 1]
}

/// The number written by one to four ASCII digits.
fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    bytes.iter().try_fold(0, |number, byte| {
        byte.is_ascii_digit().then(|| number * 10 + u32::from(byte - b'0'))
    })
}

fn parse_zone(zone: &[u8]) -> Option<i64> {
    match zone {
        [] | [b'Z'] | [b'z'] => Some(0),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = i64::from(digits(&[*h1, *h2])?);
            let minutes = i64::from(digits(&[*m1, *m2])?);
            let total = hours * 60 + minutes;
            Some(if *sign == b'-' { -total } else { total })
        }
        _ => None,
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms: exact for every proleptic Gregorian date.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Seconds since the epoch at 01:00 UTC on the last Sunday of `month` in `year`, the moment
/// UK clocks change (the rule in force since 1996).
fn uk_clock_change(year: i32, month: u8) -> i64 {
    let last_day = days_from_civil(year, month, days_in_month(year, month));
    // 1970-01-01 was a Thursday; weekday 0 is Sunday.
    let weekday = (last_day + 4).rem_euclid(7);
    (last_day - weekday) * 86_400 + 3600
}

fn is_british_summer_time(seconds: i64) -> bool {
    let year = Timestamp(seconds).utc().year;
    (uk_clock_change(year, 3)..uk_clock_change(year, 10)).contains(&seconds)
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read in place: a thousand comments' dates were a thousand strings allocated only
        // to be parsed.
        deserializer.deserialize_str(TimestampVisitor)
    }
}

struct TimestampVisitor;

impl serde::de::Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a date and time like 2014-10-10T09:30:00Z")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
        Timestamp::parse(text).map_err(E::custom)
    }
}

#[cfg(test)]
mod tests;
