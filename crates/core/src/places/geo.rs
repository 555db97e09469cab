//! Distances and directions on the Earth, and the eight compass points a resident is told to walk.

use machi_bundle::content::LatLon;
use serde::Serialize;
use ts_rs::TS;

use crate::inbox::targeting::distance_km;

/// Great-circle distance in metres (haversine, the same formula and radius as the inbox's targeting).
pub fn distance_m(a: LatLon, b: LatLon) -> f64 {
    distance_km(a, b) * 1000.0
}

/// The initial great-circle bearing from `from` to `to`, in degrees clockwise from north, `0 ≤ b < 360`. Two
/// equal points give 0.
pub fn bearing_deg(from: LatLon, to: LatLon) -> f64 {
    let (lat1, lat2) = (from.lat.to_radians(), to.lat.to_radians());
    let dlon = (to.lon - from.lon).to_radians();
    let x = dlon.sin() * lat2.cos();
    let y = lat1.cos() * lat2.sin() - lat1.sin() * lat2.cos() * dlon.cos();
    let b = x.atan2(y).to_degrees().rem_euclid(360.0);
    // rem_euclid of a value just below zero can round up to 360.
    if b >= 360.0 {
        0.0
    } else {
        b
    }
}

/// One of the eight compass points; the UI names it in the resident's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub enum Compass {
    N,
    NE,
    E,
    SE,
    S,
    SW,
    W,
    NW,
}

impl Compass {
    const ALL: [Compass; 8] = [
        Compass::N,
        Compass::NE,
        Compass::E,
        Compass::SE,
        Compass::S,
        Compass::SW,
        Compass::W,
        Compass::NW,
    ];

    /// The point whose 45° sector holds the bearing: N is 337.5°–22.5°, NE 22.5°–67.5°, and so on.
    pub fn from_bearing(deg: f64) -> Compass {
        let sector = ((deg.rem_euclid(360.0) + 22.5) / 45.0).floor() as usize % 8;
        Compass::ALL[sector]
    }
}
