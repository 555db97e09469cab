//! Links that open a place in the system's maps app.
//!
//! Android and most Linux desktops hand a `geo:` URI (RFC 5870, with the `q=lat,lon(label)` form every Android
//! maps app reads) to the maps app; iOS and the web do not know `geo:`, so every place also has an https
//! OpenStreetMap link. Coordinates are the point itself, never a search for the name: two schools may share a
//! name, and a search needs the network.

use machi_bundle::content::LatLon;

/// `geo:36.3172,139.803?q=36.3172,139.803(小山第一小学校)`, the label percent-encoded.
pub fn geo_url(p: LatLon, label: &str) -> String {
    let (lat, lon) = (degrees(p.lat), degrees(p.lon));
    format!("geo:{lat},{lon}?q={lat},{lon}({})", percent_encode(label))
}

/// Whether `url` is a `geo:` link as [`geo_url`] writes them (coordinates, and a label of unreserved or
/// percent-encoded characters only), so a shell may hand it to the system's maps app without passing on
/// anything else a page might put in a link.
pub fn is_geo_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("geo:") else {
        return false;
    };
    let (point, query) = rest.split_once('?').unwrap_or((rest, ""));
    let coordinates = |s: &str| {
        let mut parts = s.split(',');
        let ok = |p: Option<&str>, max: f64| {
            p.and_then(|p| p.parse::<f64>().ok())
                .is_some_and(|v| v.is_finite() && v.abs() <= max)
        };
        ok(parts.next(), 90.0) && ok(parts.next(), 180.0) && parts.next().is_none()
    };
    if !coordinates(point) {
        return false;
    }
    if query.is_empty() {
        return true;
    }
    let Some(q) = query.strip_prefix("q=") else {
        return false;
    };
    let (at, label) = q.split_once('(').unwrap_or((q, ""));
    let label_ok = label.is_empty()
        || label.strip_suffix(')').is_some_and(|l| {
            l.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b))
        });
    coordinates(at) && label_ok
}

/// The place on openstreetmap.org, with a marker, at street zoom.
pub fn osm_url(p: LatLon) -> String {
    let (lat, lon) = (degrees(p.lat), degrees(p.lon));
    format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
}

/// Six decimals (about 10 cm) without trailing zeros.
fn degrees(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Every byte but RFC 3986's unreserved characters as `%XX`: parentheses, spaces and `&` in a name would
/// otherwise end the label or the query.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geo_and_openstreetmap_links() {
        let school = LatLon {
            lat: 36.3172,
            lon: 139.803,
        };
        assert_eq!(
            geo_url(school, "小山第一小学校"),
            "geo:36.3172,139.803?q=36.3172,139.803(%E5%B0%8F%E5%B1%B1%E7%AC%AC%E4%B8%80%E5%B0%8F%E5%AD%A6%E6%A0%A1)"
        );
        assert_eq!(
            geo_url(school, "Park (north) & pool"),
            "geo:36.3172,139.803?q=36.3172,139.803(Park%20%28north%29%20%26%20pool)"
        );
        assert_eq!(
            osm_url(school),
            "https://www.openstreetmap.org/?mlat=36.3172&mlon=139.803#map=17/36.3172/139.803"
        );
        assert!(is_geo_url(&geo_url(school, "Park (north) & pool")));
        assert!(is_geo_url("geo:36.3172,139.803"));
        for not_ours in [
            "https://example.org/",
            "geo:36.3,139.8?q=36.3,139.8(a b)",
            "geo:36.3,139.8?z=3",
            "geo:91,139.8",
            "geo:36.3;139.8",
            "geo:36.3,139.8,10",
            "geo:36.3,139.8?q=36.3,139.8(javascript:alert(1))",
        ] {
            assert!(!is_geo_url(not_ours), "{not_ours}");
        }
        assert_eq!(degrees(36.0), "36");
        assert_eq!(degrees(36.12345678), "36.123457");
        assert_eq!(degrees(-0.0000001), "0");
    }
}
