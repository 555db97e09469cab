//! The places operations over the embedded Oyama bundle: the point used, the order and filters, and which
//! shelters the sample notices and CAP alerts open at different times.

use machi_bundle::content::{Hazard, LatLon, PlaceKind, PlacesContent, PLACES_DATASET};

use super::*;
use crate::{ErrorCode, MachiOptions, SettingsPatch};

fn open_at(dir: &std::path::Path, now: &str) -> Machi {
    Machi::open_with(
        dir,
        MachiOptions {
            system_locale: Some("ja".into()),
            now: Some(chrono::DateTime::parse_from_rfc3339(now).unwrap()),
            ..Default::default()
        },
    )
    .unwrap()
}

fn args(kind: PlaceKind) -> PlacesNearestArgs {
    PlacesNearestArgs {
        kind,
        area: None,
        lat: None,
        lon: None,
        hazard: None,
        open_only: None,
        min_capacity: None,
        limit: None,
    }
}

fn ids(found: &PlacesNearby) -> Vec<&str> {
    found.places.iter().map(|p| p.id.as_str()).collect()
}

/// The bundle's places as the app holds them.
fn held_places(m: &Machi) -> Vec<machi_bundle::content::Place> {
    m.run(|conn| {
        Ok(
            crate::content::dataset_of::<PlacesContent>(conn, PLACES_DATASET)?
                .unwrap()
                .places,
        )
    })
    .unwrap()
}

/// While the level-4 order is in force (it updated level 3 and added 間々田小学校).
const DURING_LEVEL4: &str = "2026-11-27T20:00:00+09:00";

#[test]
fn from_an_area_nearest_first_with_every_place_of_the_kind_considered() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), DURING_LEVEL4);
    let found = m
        .places_nearest(PlacesNearestArgs {
            area: Some("Mamada District".into()),
            limit: Some(100),
            ..args(PlaceKind::Aed)
        })
        .unwrap();
    assert_eq!(found.from.kind, OriginKind::Area);
    assert_eq!(found.from.area.as_deref(), Some("mamada"));
    assert_eq!(found.from.label, "間々田地区");
    let aeds: Vec<_> = held_places(&m)
        .into_iter()
        .filter(|p| p.kind == PlaceKind::Aed)
        .collect();
    assert_eq!(found.places.len(), aeds.len().min(100));
    assert!(found
        .places
        .windows(2)
        .all(|w| w[0].distance_m <= w[1].distance_m));
    assert!(found.places.iter().all(|p| p.open.is_none()));
    let from = LatLon {
        lat: found.from.lat,
        lon: found.from.lon,
    };
    let nearest_by_scan = aeds
        .iter()
        .min_by(|a, b| {
            crate::places::distance_m(from, a.location)
                .total_cmp(&crate::places::distance_m(from, b.location))
        })
        .unwrap();
    assert_eq!(found.places[0].id, nearest_by_scan.id);
}

#[test]
fn home_then_the_city_centre_when_no_home_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), DURING_LEVEL4);
    let found = m.places_nearest(args(PlaceKind::Toilet)).unwrap();
    assert_eq!(found.from.kind, OriginKind::CityCentre);
    assert_eq!(found.from.label, "小山市");
    m.update_settings(SettingsPatch {
        home_area: Some(Some("mamada".into())),
        locale: Some("en".into()),
        ..Default::default()
    })
    .unwrap();
    let found = m.places_nearest(args(PlaceKind::Toilet)).unwrap();
    assert_eq!(found.from.kind, OriginKind::Home);
    assert_eq!(
        (found.from.label.as_str(), found.from.locale.as_str()),
        ("Mamada District", "en")
    );
    let point = m
        .places_nearest(PlacesNearestArgs {
            lat: Some(found.from.lat),
            lon: Some(found.from.lon),
            ..args(PlaceKind::Toilet)
        })
        .unwrap();
    assert_eq!(point.from.kind, OriginKind::Point);
    assert_eq!(ids(&point), ids(&found), "the same point, the same answer");
}

#[test]
fn shelters_open_with_the_alert_that_opens_them_and_close_with_its_cancel_or_expiry() {
    let open_now = |now: &str| {
        let dir = tempfile::tempdir().unwrap();
        let m = open_at(dir.path(), now);
        let found = m
            .places_nearest(PlacesNearestArgs {
                open_only: Some(true),
                limit: Some(100),
                ..args(PlaceKind::Shelter)
            })
            .unwrap();
        let mut open: Vec<String> = found.places.iter().map(|p| p.id.clone()).collect();
        open.sort();
        assert_eq!(found.open_shelters as usize, open.len());
        assert!(found.places.iter().all(|p| p.open == Some(true)));
        open
    };
    // The typhoon notice opens three until it expires at noon on the 11th.
    assert_eq!(
        open_now("2026-10-10T18:00:00+09:00"),
        ["shelter-0003", "shelter-0015", "shelter-0022"]
    );
    assert!(open_now("2026-10-11T12:30:00+09:00").is_empty());
    // Level 3 opens two; its Update (level 4) replaces the list and adds 間々田小学校; the all-clear's Cancel
    // closes them all.
    assert_eq!(
        open_now("2026-11-27T15:00:00+09:00"),
        ["shelter-0001", "shelter-0003"]
    );
    assert_eq!(
        open_now(DURING_LEVEL4),
        ["shelter-0001", "shelter-0003", "shelter-0015"]
    );
    assert!(open_now("2026-11-28T10:30:00+09:00").is_empty());
}

#[test]
fn hazard_and_capacity_filter_shelters() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), DURING_LEVEL4);
    let all = m
        .places_nearest(PlacesNearestArgs {
            limit: Some(100),
            ..args(PlaceKind::Shelter)
        })
        .unwrap();
    for hazard in Hazard::ALL {
        let found = m
            .places_nearest(PlacesNearestArgs {
                hazard: Some(hazard),
                limit: Some(100),
                ..args(PlaceKind::Shelter)
            })
            .unwrap();
        let expected: Vec<&str> = all
            .places
            .iter()
            .filter(|p| p.hazards.contains(&hazard))
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids(&found), expected, "{hazard:?}");
    }
    let big = m
        .places_nearest(PlacesNearestArgs {
            min_capacity: Some(500),
            limit: Some(100),
            ..args(PlaceKind::Shelter)
        })
        .unwrap();
    assert!(!big.places.is_empty());
    assert!(big.places.iter().all(|p| p.capacity >= Some(500)));
    assert!(big.places.len() < all.places.len());
}

#[test]
fn one_place_with_the_messages_that_opened_it() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), DURING_LEVEL4);
    let shown = m
        .place_show(PlaceShowArgs {
            id: "shelter-0015".into(),
            area: Some("mamada".into()),
            lat: None,
            lon: None,
        })
        .unwrap();
    assert_eq!(shown.place.name, "間々田小学校");
    assert_eq!(shown.place.open, Some(true));
    assert_eq!(shown.from.area.as_deref(), Some("mamada"));
    let by: Vec<&str> = shown.opened_by.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(by, ["JP-092088-20261127-002"]);
    let closed = m
        .place_show(PlaceShowArgs {
            id: "shelter-0002".into(),
            area: None,
            lat: None,
            lon: None,
        })
        .unwrap();
    assert_eq!(closed.place.open, Some(false));
    assert!(closed.opened_by.is_empty());
}

#[test]
fn what_cannot_be_answered_is_said_in_the_residents_language() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), DURING_LEVEL4);
    let e = m
        .places_nearest(PlacesNearestArgs {
            area: Some("Atlantis".into()),
            ..args(PlaceKind::Shelter)
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    assert_eq!(e.message, "地区「Atlantis」は見つかりません。");
    let e = m
        .place_show(PlaceShowArgs {
            id: "shelter-9999".into(),
            area: None,
            lat: None,
            lon: None,
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    assert!(e.message.contains("shelter-9999"), "{}", e.message);
    for wrong in [
        PlacesNearestArgs {
            lat: Some(36.3),
            ..args(PlaceKind::Aed)
        },
        PlacesNearestArgs {
            area: Some("mamada".into()),
            lat: Some(36.3),
            lon: Some(139.8),
            ..args(PlaceKind::Aed)
        },
        PlacesNearestArgs {
            lat: Some(91.0),
            lon: Some(139.8),
            ..args(PlaceKind::Aed)
        },
        PlacesNearestArgs {
            lat: Some(36.3),
            lon: Some(-181.0),
            ..args(PlaceKind::Aed)
        },
    ] {
        assert_eq!(
            m.places_nearest(wrong.clone()).unwrap_err().code,
            ErrorCode::InvalidInput,
            "{wrong:?}"
        );
    }
}
