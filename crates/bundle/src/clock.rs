//! The city's clock. Every Japanese municipality keeps Japan Standard Time (UTC+09:00, no daylight saving time),
//! so every date and time Machi computes — today's collections, the next bus, quiet hours, a check-in's day —
//! is on that clock, whatever time zone the resident's device is set to.

use chrono::{DateTime, FixedOffset, TimeZone};

/// The one `[city] timezone` a city.toml may name.
pub const CITY_TIME_ZONE: &str = "Asia/Tokyo";

/// Hours east of UTC of [`CITY_TIME_ZONE`].
pub const CITY_UTC_OFFSET_HOURS: i32 = 9;

/// The city's offset from UTC.
pub fn city_offset() -> FixedOffset {
    FixedOffset::east_opt(CITY_UTC_OFFSET_HOURS * 3600).expect("+09:00 is a valid offset")
}

/// `at` on the city's clock.
pub fn in_city<Tz: TimeZone>(at: &DateTime<Tz>) -> DateTime<FixedOffset> {
    at.with_timezone(&city_offset())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_anywhere_is_read_on_the_citys_clock() {
        let sao_paulo = DateTime::parse_from_rfc3339("2026-11-27T12:30:00-03:00").unwrap();
        let oyama = in_city(&sao_paulo);
        assert_eq!(oyama.to_rfc3339(), "2026-11-28T00:30:00+09:00");
    }
}
