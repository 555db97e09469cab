//! Which home areas a message reaches: its area ids, plus every area whose centre lies inside one of its CAP
//! polygons or circles.

use machi_bundle::content::{Area, LatLon, MessageArea};

/// Mean Earth radius in km (IUGG), for great-circle distances.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The area ids a message reaches, or `None` for the whole city.
pub fn reached_areas(area: &MessageArea, areas: &[Area]) -> Option<Vec<String>> {
    if area.is_whole_city() {
        return None;
    }
    let mut ids: Vec<String> = area.ids.clone();
    for a in areas {
        let inside = area.polygons.iter().any(|p| polygon_contains(p, a.centre))
            || area
                .circles
                .iter()
                .any(|c| distance_km(c.centre, a.centre) <= c.radius_km);
        if inside && !ids.contains(&a.id) {
            ids.push(a.id.clone());
        }
    }
    ids.sort();
    Some(ids)
}

/// Even-odd ray casting on latitude/longitude: exact enough for a city's areas (no pole or antimeridian).
pub fn polygon_contains(ring: &[LatLon], point: LatLon) -> bool {
    let mut inside = false;
    let n = ring.len();
    if n < 3 {
        return false;
    }
    let mut j = n - 1;
    for i in 0..n {
        let (a, b) = (ring[i], ring[j]);
        if (a.lat > point.lat) != (b.lat > point.lat) {
            let lon_at = (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon;
            if point.lon < lon_at {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

/// Great-circle distance (haversine).
pub fn distance_km(a: LatLon, b: LatLon) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use machi_bundle::content::Circle;

    fn ll(lat: f64, lon: f64) -> LatLon {
        LatLon { lat, lon }
    }

    fn area(id: &str, lat: f64, lon: f64) -> Area {
        Area {
            id: id.into(),
            name: Default::default(),
            centre: ll(lat, lon),
            waste_area: None,
        }
    }

    #[test]
    fn polygons_and_circles_reach_the_areas_whose_centre_is_inside() {
        let areas = vec![
            area("oyama", 36.3147, 139.8003),
            area("mamada", 36.2708, 139.7614),
            area("namai", 36.2445, 139.7120),
        ];
        // A box around Mamada only.
        let mamada_box = vec![
            ll(36.26, 139.75),
            ll(36.28, 139.75),
            ll(36.28, 139.77),
            ll(36.26, 139.77),
            ll(36.26, 139.75),
        ];
        let by_polygon = MessageArea {
            polygons: vec![mamada_box],
            ..Default::default()
        };
        assert_eq!(
            reached_areas(&by_polygon, &areas),
            Some(vec!["mamada".to_string()])
        );
        // 7 km around Oyama's centre reaches Mamada (6.0 km away) but not Namai (11.1 km).
        let by_circle = MessageArea {
            circles: vec![Circle {
                centre: ll(36.3147, 139.8003),
                radius_km: 7.0,
            }],
            ..Default::default()
        };
        assert_eq!(
            reached_areas(&by_circle, &areas),
            Some(vec!["mamada".to_string(), "oyama".to_string()])
        );
        let by_id = MessageArea {
            ids: vec!["namai".into()],
            ..Default::default()
        };
        assert_eq!(
            reached_areas(&by_id, &areas),
            Some(vec!["namai".to_string()])
        );
        assert_eq!(reached_areas(&MessageArea::default(), &areas), None);
    }

    #[test]
    fn distances_match_an_independent_computation() {
        // Oyama station to Tokyo station, computed independently (Python, same formula and radius): 70.34 km.
        let d = distance_km(ll(36.3130, 139.8060), ll(35.6812, 139.7671));
        assert!((d - 70.34).abs() < 0.01, "{d}");
        assert!(distance_km(ll(36.0, 139.0), ll(36.0, 139.0)) < 1e-9);
        // One degree of latitude is about 111.2 km.
        assert!((distance_km(ll(36.0, 139.0), ll(37.0, 139.0)) - 111.19).abs() < 0.1);
    }
}
