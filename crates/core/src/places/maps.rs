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
        assert_eq!(degrees(36.0), "36");
        assert_eq!(degrees(36.12345678), "36.123457");
        assert_eq!(degrees(-0.0000001), "0");
    }
}
