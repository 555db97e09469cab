//! `city.json`: the city itself, made from `city.toml`, and the rules shared by every importer: locale tags,
//! the 全国地方公共団体コード check digit and the coordinate ranges of Japan.

use std::fmt;

use crate::content::{Area, CityContent};
use crate::source::CitySource;

/// The locales Machi ships. `ja-easy` is やさしい日本語.
pub const LOCALES: [&str; 17] = [
    "ja", "ja-easy", "en", "pt-BR", "es", "vi", "tl", "ne", "zh-Hans", "zh-Hant", "ko", "th", "id",
    "my", "si", "km", "mn",
];

pub fn is_known_locale(tag: &str) -> bool {
    LOCALES.contains(&tag)
}

/// JIS X 0402 check digit of a five-digit local government code: weights 6 5 4 3 2, modulus 11.
pub fn check_digit(five_digits: &str) -> Option<u8> {
    let digits: Vec<u32> = five_digits
        .chars()
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()?;
    if digits.len() != 5 {
        return None;
    }
    let sum: u32 = digits.iter().zip([6, 5, 4, 3, 2]).map(|(d, w)| d * w).sum();
    Some(((11 - sum % 11) % 10) as u8)
}

/// Checks a six-digit 全国地方公共団体コード; the error says what the code should be.
pub fn verify_city_code(code: &str) -> Result<(), String> {
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "`{code}` must be six digits (JIS X 0402 code with its check digit, e.g. 092088)"
        ));
    }
    let expected = check_digit(&code[..5]).unwrap_or(0);
    if code.as_bytes()[5] - b'0' != expected {
        return Err(format!(
            "check digit of `{code}` is wrong: the code would be {}{expected}",
            &code[..5]
        ));
    }
    Ok(())
}

/// Japan's bounding box, loosely: Okinotorishima to Wakkanai, Yonaguni to Minamitorishima.
pub const LAT_RANGE: (f64, f64) = (20.0, 46.0);
pub const LON_RANGE: (f64, f64) = (122.0, 154.0);

/// Why a coordinate pair cannot be a place in Japan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CoordinateError {
    /// Each value is in the other's range: the columns are the wrong way round.
    Swapped {
        lat: f64,
        lon: f64,
    },
    LatitudeOutOfRange(f64),
    LongitudeOutOfRange(f64),
}

impl fmt::Display for CoordinateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CoordinateError::Swapped { lat, lon } => write!(
                f,
                "swapped latitude/longitude: latitude {lat} and longitude {lon} fit Japan only the other way round"
            ),
            CoordinateError::LatitudeOutOfRange(v) => write!(
                f,
                "latitude {v} is outside Japan ({}–{})",
                LAT_RANGE.0, LAT_RANGE.1
            ),
            CoordinateError::LongitudeOutOfRange(v) => write!(
                f,
                "longitude {v} is outside Japan ({}–{})",
                LON_RANGE.0, LON_RANGE.1
            ),
        }
    }
}

fn within(v: f64, (lo, hi): (f64, f64)) -> bool {
    (lo..=hi).contains(&v)
}

/// Checks that a point lies in Japan, telling a swapped pair apart from a wrong value.
pub fn check_coordinates(lat: f64, lon: f64) -> Result<(), CoordinateError> {
    let lat_ok = within(lat, LAT_RANGE);
    let lon_ok = within(lon, LON_RANGE);
    if lat_ok && lon_ok {
        return Ok(());
    }
    if within(lon, LAT_RANGE) && within(lat, LON_RANGE) {
        return Err(CoordinateError::Swapped { lat, lon });
    }
    if !lat_ok {
        Err(CoordinateError::LatitudeOutOfRange(lat))
    } else {
        Err(CoordinateError::LongitudeOutOfRange(lon))
    }
}

/// `city.json` from a checked `city.toml`.
pub fn city_content(src: &CitySource) -> CityContent {
    let mut areas: Vec<Area> = src
        .areas
        .iter()
        .map(|a| Area {
            id: a.id.clone(),
            name: a.name.clone(),
            centre: a.centre,
            waste_area: a.waste_area.clone(),
        })
        .collect();
    // city.toml order is the city's own (often north to south); keep it, but make equal ids impossible to
    // reorder by accident.
    let mut seen = std::collections::BTreeSet::new();
    areas.retain(|a| seen.insert(a.id.clone()));
    CityContent {
        code: src.city.code.clone(),
        prefecture: src.city.prefecture.clone(),
        name: src.city.name.clone(),
        timezone: src.city.timezone.clone(),
        default_locale: src.city.default_locale.clone(),
        centre: src.city.centre,
        bounds: src.city.bounds,
        sync_interval_minutes: src.feed.sync_interval_minutes,
        areas,
        event_keys: event_keys(src),
        missed_searches: src.feed.missed_searches.clone(),
    }
}

/// The keys the app accepts on event check-in codes: the event keys, then the bundle keys (whoever may sign the
/// whole bundle may sign a check-in too).
fn event_keys(src: &CitySource) -> Vec<String> {
    let mut keys = src.feed.event_keys.clone();
    for k in &src.feed.public_keys {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_of_known_codes() {
        assert_eq!(check_digit("09208"), Some(8)); // 小山市
        assert_eq!(check_digit("13101"), Some(6)); // 千代田区
        assert_eq!(check_digit("22212"), Some(7)); // 焼津市 222127
        assert_eq!(check_digit("1310"), None);
        assert_eq!(check_digit("1310x"), None);
        assert!(verify_city_code("092088").is_ok());
        assert!(verify_city_code("131016").is_ok());
        let e = verify_city_code("092081").unwrap_err();
        assert!(e.contains("092088"), "{e}");
        assert!(verify_city_code("09208").is_err());
        assert!(verify_city_code("０９２０８８").is_err());
    }

    #[test]
    fn coordinates_in_japan_swapped_and_out_of_range() {
        assert_eq!(check_coordinates(36.3147, 139.8003), Ok(()));
        assert!(matches!(
            check_coordinates(139.8003, 36.3147),
            Err(CoordinateError::Swapped { .. })
        ));
        assert_eq!(
            check_coordinates(0.0, 139.8),
            Err(CoordinateError::LatitudeOutOfRange(0.0))
        );
        assert_eq!(
            check_coordinates(36.3, -139.8),
            Err(CoordinateError::LongitudeOutOfRange(-139.8))
        );
        assert!(check_coordinates(139.8, 36.3)
            .unwrap_err()
            .to_string()
            .starts_with("swapped latitude/longitude"));
    }

    #[test]
    fn locales() {
        assert!(is_known_locale("ja-easy"));
        assert!(is_known_locale("pt-BR"));
        assert!(!is_known_locale("pt-br"));
        assert!(!is_known_locale("fr"));
    }
}
