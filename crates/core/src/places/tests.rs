use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Instant;

use machi_bundle::content::{Hazard, LatLon, Localized, MsgType, Place, PlaceKind};

use super::*;
use crate::inbox::MessageState;

fn ll(lat: f64, lon: f64) -> LatLon {
    LatLon { lat, lon }
}

fn text(pairs: &[(&str, &str)]) -> Localized {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn place(id: &str, kind: PlaceKind, at: LatLon) -> Place {
    Place {
        id: id.into(),
        kind,
        name: text(&[("ja", id)]),
        kana: None,
        address: Localized::new(),
        location: at,
        phone: None,
        hours: None,
        detail: None,
        ssid: None,
        capacity: None,
        hazards: Vec::new(),
        evacuation_centre: false,
        image: None,
    }
}

fn shelter(id: &str, at: LatLon, hazards: &[Hazard], capacity: Option<u32>) -> Place {
    Place {
        hazards: hazards.to_vec(),
        capacity,
        evacuation_centre: true,
        ..place(id, PlaceKind::Shelter, at)
    }
}

/// 小山市役所, the point most tests ask from.
const HALL: LatLon = LatLon {
    lat: 36.3147,
    lon: 139.8003,
};

// ------------------------------------------------------------------------------------------------------
// Distances and directions.

/// Expected values computed independently with Python (haversine on a sphere of radius 6,371,008.8 m and the
/// initial-bearing formula `atan2(sin Δλ·cos φ₂, cos φ₁·sin φ₂ − sin φ₁·cos φ₂·cos Δλ)`):
///
/// ```text
/// to                      metres      bearing
/// 小山第一小 36.3172,139.8030    368.508    41.030
/// 小山第三小 36.2968,139.7890   2233.153   206.967
/// 間々田     36.2708,139.7614   5998.615   215.546
/// 駅東口トイレ 36.312694,139.806884 630.685 110.710
/// 東京駅     35.6812,139.7671  70505.371   182.438
/// 0.01° north                 1111.951     0.000
/// 0.01° west                   895.984   270.003
/// ```
#[test]
fn distances_and_bearings_match_an_independent_computation() {
    let cases = [
        (ll(36.3172, 139.8030), 368.508, 41.030, Compass::NE),
        (ll(36.2968, 139.7890), 2233.153, 206.967, Compass::SW),
        (ll(36.2708, 139.7614), 5998.615, 215.546, Compass::SW),
        (ll(36.312694, 139.806884), 630.685, 110.710, Compass::E),
        (ll(35.6812, 139.7671), 70505.371, 182.438, Compass::S),
        (ll(36.3247, 139.8003), 1111.951, 0.0, Compass::N),
        (ll(36.3147, 139.7903), 895.984, 270.003, Compass::W),
    ];
    for (to, metres, bearing, compass) in cases {
        let d = distance_m(HALL, to);
        assert!(
            (d - metres).abs() < 0.01,
            "{to:?}: {d} m, expected {metres}"
        );
        let b = bearing_deg(HALL, to);
        assert!(
            (b - bearing).abs() < 0.001,
            "{to:?}: {b}°, expected {bearing}"
        );
        assert_eq!(Compass::from_bearing(b), compass, "{to:?}");
    }
    assert_eq!(distance_m(HALL, HALL), 0.0);
    assert_eq!(bearing_deg(HALL, HALL), 0.0, "here counts as north");
}

#[test]
fn compass_sectors_are_45_degrees_centred_on_the_points() {
    let cases = [
        (0.0, Compass::N),
        (22.49, Compass::N),
        (22.5, Compass::NE),
        (67.49, Compass::NE),
        (67.5, Compass::E),
        (112.5, Compass::SE),
        (157.5, Compass::S),
        (202.5, Compass::SW),
        (247.5, Compass::W),
        (292.5, Compass::NW),
        (337.49, Compass::NW),
        (337.5, Compass::N),
        (359.99, Compass::N),
        (360.0, Compass::N),
        (-10.0, Compass::N),
        (-30.0, Compass::NW),
    ];
    for (deg, compass) in cases {
        assert_eq!(Compass::from_bearing(deg), compass, "{deg}°");
    }
}

// ------------------------------------------------------------------------------------------------------
// Nearest places.

/// A few of Oyama's shelters (positions as in data/oyama), an AED and a toilet.
fn small_city() -> PlaceIndex {
    use Hazard::*;
    let mut daiichi = shelter(
        "shelter-0001",
        ll(36.3172, 139.8030),
        &[Flood, Earthquake, LargeFire, InlandFlood],
        Some(700),
    );
    daiichi.name = text(&[
        ("ja", "小山第一小学校"),
        ("en", "Oyama Daiichi Elementary School"),
        ("ja-easy", "おやま だいいち しょうがっこう"),
    ]);
    daiichi.address = text(&[
        ("ja", "栃木県小山市城山町3丁目"),
        ("en", "3-chome Shiroyamacho, Oyama"),
    ]);
    let mut daini = shelter(
        "shelter-0002",
        ll(36.3100, 139.7982),
        &[Earthquake, LargeFire, InlandFlood],
        Some(650),
    );
    daini.name = text(&[
        ("ja", "小山第二小学校"),
        ("ja-easy", "おやま だいに しょうがっこう"),
    ]);
    daini.address = text(&[("ja", "栃木県小山市八幡町1丁目")]);
    let daisan = shelter(
        "shelter-0003",
        ll(36.2968, 139.7890),
        &[Flood, Earthquake],
        Some(600),
    );
    let mamada = shelter(
        "shelter-0015",
        ll(36.2708, 139.7614),
        &[Flood, Earthquake],
        None,
    );
    let aed = place("aed-1", PlaceKind::Aed, ll(36.314502, 139.800732));
    let toilet = place("toilet-2", PlaceKind::Toilet, ll(36.312694, 139.806884));
    PlaceIndex::new(vec![daiichi, daini, daisan, mamada, aed, toilet])
}

#[test]
fn the_index_loads_from_the_held_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = crate::store::open(dir.path()).unwrap().conn;
    let empty = load_index(&conn).unwrap();
    assert!(empty.places().is_empty(), "no bundle yet: no places");
    let b = crate::testkit::bundle(crate::testkit::CITY, 10, 1, "A");
    crate::content::apply(
        &mut conn,
        &b.manifest,
        &b.manifest_bytes,
        &b.files,
        crate::content::BundleSource::Feed,
    )
    .unwrap();
    let index = load_index(&conn).unwrap();
    assert_eq!(index.get("shelter-1").unwrap().capacity, Some(500));
    let found = nearest(
        &index,
        HALL,
        PlaceKind::Shelter,
        &NearFilter::default(),
        &BTreeSet::new(),
        5,
        &["ja"],
    );
    assert_eq!(ids(&found), ["shelter-1"]);
    assert_eq!(found[0].address.as_deref(), Some("栃木県小山市中央町"));
}

fn ids(found: &[NearPlace]) -> Vec<&str> {
    found.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn the_nearest_shelters_in_order_with_distance_direction_and_links() {
    let index = small_city();
    let open = BTreeSet::from(["shelter-0003".to_string()]);
    let all = NearFilter::default();
    let found = nearest(
        &index,
        HALL,
        PlaceKind::Shelter,
        &all,
        &open,
        3,
        &["en", "ja-easy", "ja"],
    );
    assert_eq!(
        ids(&found),
        ["shelter-0001", "shelter-0002", "shelter-0003"]
    );
    let first = &found[0];
    assert_eq!(first.name, "Oyama Daiichi Elementary School");
    assert_eq!(first.locale, "en");
    assert_eq!(
        first.address.as_deref(),
        Some("3-chome Shiroyamacho, Oyama")
    );
    assert_eq!(
        (first.distance_m, first.bearing_deg, first.direction),
        (369, 41, Compass::NE)
    );
    assert_eq!(first.open, Some(false));
    assert_eq!(first.capacity, Some(700));
    assert!(first.evacuation_centre);
    assert_eq!(
        first.maps_url,
        "geo:36.3172,139.803?q=36.3172,139.803(Oyama%20Daiichi%20Elementary%20School)"
    );
    assert_eq!(
        first.web_map_url,
        "https://www.openstreetmap.org/?mlat=36.3172&mlon=139.803#map=17/36.3172/139.803"
    );
    // No English name: the second language (やさしい日本語), and the address falls back to Japanese.
    assert_eq!(found[1].name, "おやま だいに しょうがっこう");
    assert_eq!(found[1].locale, "ja-easy");
    assert_eq!(found[1].address.as_deref(), Some("栃木県小山市八幡町1丁目"));
    // Neither: Japanese; no address at all is none.
    assert_eq!(
        (found[2].name.as_str(), found[2].locale.as_str()),
        ("shelter-0003", "ja")
    );
    assert_eq!(found[2].address, None);
    assert_eq!(
        (found[2].distance_m, found[2].direction),
        (2233, Compass::SW)
    );
    assert_eq!(found[2].open, Some(true));

    // Other kinds are apart, and have no open status.
    let aeds = nearest(&index, HALL, PlaceKind::Aed, &all, &open, 5, &["ja"]);
    assert_eq!(ids(&aeds), ["aed-1"]);
    assert_eq!(aeds[0].open, None);
    assert!(nearest(&index, HALL, PlaceKind::Wifi, &all, &open, 5, &["ja"]).is_empty());
    assert!(nearest(&index, HALL, PlaceKind::Shelter, &all, &open, 0, &["ja"]).is_empty());
    for nowhere in [
        ll(f64::NAN, 139.8),
        ll(36.3, f64::INFINITY),
        ll(139.8, 36.3 + 200.0),
    ] {
        assert!(nearest(&index, nowhere, PlaceKind::Shelter, &all, &open, 5, &["ja"]).is_empty());
    }
}

#[test]
fn shelters_by_hazard_capacity_and_open() {
    let index = small_city();
    let open = BTreeSet::from(["shelter-0003".to_string(), "shelter-0015".to_string()]);
    let find = |filter: NearFilter| {
        let found = nearest(
            &index,
            HALL,
            PlaceKind::Shelter,
            &filter,
            &open,
            10,
            &["ja"],
        );
        ids(&found)
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let flood = NearFilter {
        hazard: Some(Hazard::Flood),
        ..Default::default()
    };
    assert_eq!(
        find(flood.clone()),
        ["shelter-0001", "shelter-0003", "shelter-0015"]
    );
    assert!(find(NearFilter {
        hazard: Some(Hazard::Tsunami),
        ..Default::default()
    })
    .is_empty());
    assert_eq!(
        find(NearFilter {
            min_capacity: Some(650),
            ..Default::default()
        }),
        ["shelter-0001", "shelter-0002"],
        "a shelter without a figure does not qualify"
    );
    assert_eq!(
        find(NearFilter {
            open_only: true,
            ..Default::default()
        }),
        ["shelter-0003", "shelter-0015"]
    );
    assert_eq!(
        find(NearFilter {
            open_only: true,
            min_capacity: Some(100),
            ..flood
        }),
        ["shelter-0003"]
    );
    // Filters apply as written: AEDs have no hazards.
    let aeds = nearest(
        &index,
        HALL,
        PlaceKind::Aed,
        &NearFilter {
            hazard: Some(Hazard::Flood),
            ..Default::default()
        },
        &open,
        10,
        &["ja"],
    );
    assert!(aeds.is_empty());
    // An open id that is not a shelter (or not a place) opens nothing.
    let odd = BTreeSet::from(["aed-1".to_string(), "shelter-9999".to_string()]);
    let only_open = NearFilter {
        open_only: true,
        ..Default::default()
    };
    assert!(nearest(
        &index,
        HALL,
        PlaceKind::Shelter,
        &only_open,
        &odd,
        10,
        &["ja"]
    )
    .is_empty());
}

/// A small deterministic generator (xorshift64*), so the random cases are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `[lo, hi)`.
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `n` places around Oyama of every kind, shelters with random hazards and capacities; some share a position
/// (an AED on each floor of one building), so ties are exercised.
fn generated(n: usize, seed: u64) -> Vec<Place> {
    let mut rng = Rng(seed);
    let mut out: Vec<Place> = Vec::with_capacity(n);
    for i in 0..n {
        let kind = PlaceKind::ALL[rng.below(4) as usize];
        let at = if i > 0 && rng.below(20) == 0 {
            out[rng.below(i as u64) as usize].location
        } else {
            ll(rng.range(36.22, 36.38), rng.range(139.68, 139.90))
        };
        let mut p = place(&format!("{}-{i}", kind.as_str()), kind, at);
        if kind == PlaceKind::Shelter {
            p.hazards = Hazard::ALL
                .into_iter()
                .filter(|_| rng.below(3) == 0)
                .collect();
            p.capacity = (rng.below(4) > 0).then(|| rng.below(1000) as u32);
        }
        out.push(p);
    }
    out
}

/// The answer by measuring every place: what the grid must give.
fn brute_force(
    places: &[Place],
    from: LatLon,
    kind: PlaceKind,
    filter: &NearFilter,
    open: &BTreeSet<String>,
    limit: usize,
) -> Vec<String> {
    let mut all: Vec<(f64, usize)> = places
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.kind == kind
                && filter.hazard.is_none_or(|h| p.hazards.contains(&h))
                && (!filter.open_only || open.contains(&p.id))
                && filter
                    .min_capacity
                    .is_none_or(|m| p.capacity.is_some_and(|c| c >= m))
        })
        .map(|(i, p)| (distance_m(from, p.location), i))
        .collect();
    all.sort_by(|a, b| a.partial_cmp(b).unwrap());
    all.into_iter()
        .take(limit)
        .map(|(_, i)| places[i].id.clone())
        .collect()
}

#[test]
fn the_grid_finds_exactly_what_measuring_every_place_finds() {
    for (n, seed) in [(1, 1), (7, 2), (300, 3), (5000, 4)] {
        let places = generated(n, seed);
        let index = PlaceIndex::new(places.clone());
        let mut rng = Rng(seed * 7919);
        let open: BTreeSet<String> = places
            .iter()
            .filter(|_| rng.below(10) == 0)
            .map(|p| p.id.clone())
            .collect();
        for q in 0..300 {
            // Mostly inside the city, some on its edge, some far outside (Tokyo, Sapporo, Naha).
            let from = match q % 10 {
                7 => ll(35.6812, 139.7671),
                8 => ll(43.0621, 141.3544),
                9 => ll(26.2124, 127.6809),
                _ => ll(rng.range(36.20, 36.40), rng.range(139.66, 139.92)),
            };
            let kind = PlaceKind::ALL[rng.below(4) as usize];
            let filter = NearFilter {
                hazard: (rng.below(3) == 0).then(|| Hazard::ALL[rng.below(8) as usize]),
                open_only: rng.below(5) == 0,
                min_capacity: (rng.below(4) == 0).then(|| rng.below(1000) as u32),
            };
            let limit = [1, 5, 10, 20, 200][rng.below(5) as usize];
            let got: Vec<String> = index
                .nearest_places(from, kind, &filter, &open, limit)
                .into_iter()
                .map(|(p, _)| p.id.clone())
                .collect();
            let want = brute_force(&places, from, kind, &filter, &open, limit);
            assert_eq!(
                got, want,
                "n={n} seed={seed} query {q}: {from:?} {kind:?} {filter:?} k={limit}"
            );
        }
    }
}

#[test]
fn ties_keep_the_bundle_order() {
    let at = ll(36.3150, 139.8010);
    let places = vec![
        place("aed-b", PlaceKind::Aed, at),
        place("aed-a", PlaceKind::Aed, at),
        place("aed-c", PlaceKind::Aed, at),
    ];
    let index = PlaceIndex::new(places);
    let found = nearest(
        &index,
        HALL,
        PlaceKind::Aed,
        &NearFilter::default(),
        &BTreeSet::new(),
        2,
        &["ja"],
    );
    assert_eq!(ids(&found), ["aed-b", "aed-a"]);
}

#[test]
fn areas_by_id_name_in_any_locale_or_waste_area() {
    let areas = vec![
        machi_bundle::content::Area {
            id: "oyama".into(),
            name: text(&[("ja", "小山地区"), ("en", "Oyama District")]),
            centre: HALL,
            waste_area: Some("小山地区".into()),
        },
        machi_bundle::content::Area {
            id: "mamada".into(),
            name: text(&[("ja", "間々田地区"), ("en", "Mamada District")]),
            centre: ll(36.2708, 139.7614),
            waste_area: Some("間々田".into()),
        },
    ];
    let id = |q: &str| find_area(&areas, q).map(|a| a.id.as_str());
    assert_eq!(id("mamada"), Some("mamada"));
    assert_eq!(id(" 間々田地区 "), Some("mamada"));
    assert_eq!(id("mamada district"), Some("mamada"));
    assert_eq!(id("間々田"), Some("mamada"));
    assert_eq!(id("Oyama District"), Some("oyama"));
    assert_eq!(id("namai"), None);
}

// ------------------------------------------------------------------------------------------------------
// Open shelters.

fn notice<'a>(
    id: &'a str,
    msg_type: MsgType,
    opens: &'a [String],
    state: MessageState,
) -> ShelterNotice<'a> {
    ShelterNotice {
        message_id: id,
        msg_type,
        opens_shelters: opens,
        state,
    }
}

fn list(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn shelters_open_while_an_active_message_names_them() {
    use MessageState::*;
    use MsgType::*;
    let first = list(&["shelter-0001", "shelter-0003"]);
    let update = list(&["shelter-0001", "shelter-0015"]);
    let other = list(&["shelter-0003"]);
    let none: Vec<String> = Vec::new();

    // An alert opens its shelters.
    let open = open_shelters([notice("a", Alert, &first, Active)]);
    assert_eq!(open, set(&["shelter-0001", "shelter-0003"]));

    // Its Update keeps what it restates, opens what it adds and closes what it drops.
    let open = open_shelters([
        notice("a", Alert, &first, Updated),
        notice("u", Update, &update, Active),
    ]);
    assert_eq!(open, set(&["shelter-0001", "shelter-0015"]));

    // A Cancel closes them; its own list opens nothing.
    let open = open_shelters([
        notice("a", Alert, &first, Updated),
        notice("u", Update, &update, Withdrawn),
        notice("c", Cancel, &first, Active),
    ]);
    assert!(open.is_empty());

    // Expiry closes; another active message keeps its own shelter open.
    let open = open_shelters([
        notice("a", Alert, &first, Expired),
        notice("b", Alert, &other, Active),
        notice("n", Alert, &none, Active),
    ]);
    assert_eq!(open, set(&["shelter-0003"]));

    // Who opened what, for a shelter's page.
    let by = opened_by([
        notice("a", Alert, &first, Active),
        notice("b", Alert, &other, Active),
        notice("b", Alert, &other, Active),
    ]);
    let expected: BTreeMap<String, Vec<String>> = BTreeMap::from([
        ("shelter-0001".to_string(), list(&["a"])),
        ("shelter-0003".to_string(), list(&["a", "b"])),
    ]);
    assert_eq!(by, expected);
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn as_notice(m: &machi_bundle::content::Message, state: MessageState) -> ShelterNotice<'_> {
    ShelterNotice {
        message_id: &m.id,
        msg_type: m.msg_type,
        opens_shelters: &m.opens_shelters,
        state,
    }
}

/// Oyama's own sources: the sample flood alerts open real shelters, and the nearest flood shelters to Mamada
/// are Mamada's.
#[test]
fn oyamas_alerts_open_shelters_near_mamada() {
    let oyama = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = machi_bundle::import(&oyama);
    assert!(!report.has_errors(), "{report}");
    let imported = imported.unwrap();
    let index = PlaceIndex::new(imported.places.places);
    let message = |id: &str| {
        imported
            .messages
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let level3 = message("JP-092088-20261127-001");
    let level4 = message("JP-092088-20261127-002");
    let lifted = message("JP-092088-20261128-001");
    // While level 4 is in force (it updates level 3).
    let during = open_shelters([
        as_notice(level3, MessageState::Updated),
        as_notice(level4, MessageState::Active),
    ]);
    assert_eq!(
        during,
        set(&["shelter-0001", "shelter-0003", "shelter-0015"])
    );
    let mamada = ll(36.2708, 139.7614);
    let filter = NearFilter {
        hazard: Some(Hazard::Flood),
        open_only: true,
        min_capacity: None,
    };
    let chain = ["pt-BR", "ja-easy", "ja"];
    let found = nearest(
        &index,
        mamada,
        PlaceKind::Shelter,
        &filter,
        &during,
        3,
        &chain,
    );
    assert_eq!(
        ids(&found)[0],
        "shelter-0015",
        "間々田小学校 is Mamada's own"
    );
    assert!(found.iter().all(|p| p.open == Some(true)));
    // After the all-clear (a Cancel of level 4) nothing is open.
    let after = open_shelters([
        as_notice(level4, MessageState::Withdrawn),
        as_notice(lifted, MessageState::Active),
    ]);
    assert!(after.is_empty());
}

// ------------------------------------------------------------------------------------------------------
// Speed.

/// Nearest-k over 10,000 places, as residents ask it. Run in release:
/// `cargo test --release -p machi-core --lib places::tests::nearest_speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn nearest_speed() {
    const N: usize = 10_000;
    const QUERIES: usize = 20_000;
    let mut rng = Rng(2026);
    // All 10,000 of one kind: the hardest case for one query.
    let places: Vec<Place> = generated(N, 99)
        .into_iter()
        .enumerate()
        .map(|(i, mut p)| {
            p.kind = PlaceKind::Shelter;
            p.id = format!("shelter-{i}");
            p
        })
        .collect();
    let started = Instant::now();
    let index = PlaceIndex::new(places.clone());
    let build = started.elapsed();
    let open: BTreeSet<String> = places
        .iter()
        .filter(|_| rng.below(100) == 0)
        .map(|p| p.id.clone())
        .collect();
    let chain = ["en", "ja-easy", "ja"];
    let cases = [
        ("k=5", NearFilter::default(), 5),
        ("k=10", NearFilter::default(), 10),
        ("k=20", NearFilter::default(), 20),
        (
            "k=10 flood",
            NearFilter {
                hazard: Some(Hazard::Flood),
                ..Default::default()
            },
            10,
        ),
        (
            "k=10 capacity≥900",
            NearFilter {
                min_capacity: Some(900),
                ..Default::default()
            },
            10,
        ),
        (
            "k=10 open (1%)",
            NearFilter {
                open_only: true,
                ..Default::default()
            },
            10,
        ),
    ];
    eprintln!("index of {N} places built in {build:?}");
    for (name, filter, k) in cases {
        let mut times = Vec::with_capacity(QUERIES);
        let mut sink = 0usize;
        for _ in 0..QUERIES {
            let from = ll(rng.range(36.22, 36.38), rng.range(139.68, 139.90));
            let t = Instant::now();
            let found = nearest(&index, from, PlaceKind::Shelter, &filter, &open, k, &chain);
            times.push(t.elapsed());
            sink += found.len();
        }
        times.sort();
        let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
        eprintln!(
            "{name:>18}: p50 {:>8.1?}  p99 {:>8.1?}  max {:>8.1?}  ({sink} results)",
            at(0.50),
            at(0.99),
            times[times.len() - 1]
        );
        assert!(
            at(0.99).as_micros() < 1000,
            "{name}: p99 {:?} is over 1 ms",
            at(0.99)
        );
    }
    // The search alone, without making the results ready to show.
    let mut times = Vec::with_capacity(QUERIES);
    for _ in 0..QUERIES {
        let from = ll(rng.range(36.22, 36.38), rng.range(139.68, 139.90));
        let t = Instant::now();
        let found =
            index.nearest_places(from, PlaceKind::Shelter, &NearFilter::default(), &open, 10);
        times.push(t.elapsed());
        assert_eq!(found.len(), 10);
    }
    times.sort();
    eprintln!(
        "{:>18}: p50 {:>8.1?}  p99 {:>8.1?}",
        "k=10 search only",
        times[QUERIES / 2],
        times[QUERIES * 99 / 100]
    );
}

#[test]
fn the_maps_link_labels_a_place_by_its_name_without_furigana_markup() {
    let mut school = place("school", PlaceKind::Shelter, ll(36.3172, 139.8030));
    school.name = text(&[("ja", "｜小山《おやま》第一小学校《だいいちしょうがっこう》")]);
    let near = near_place(&school, HALL, &BTreeSet::new(), &["ja"], 368.5);
    // The API keeps the markup for the UI's <ruby>; the link handed to the maps app does not.
    assert_eq!(
        near.name,
        "｜小山《おやま》第一小学校《だいいちしょうがっこう》"
    );
    assert_eq!(
        near.maps_url,
        maps::geo_url(ll(36.3172, 139.8030), "小山第一小学校")
    );
    assert!(near
        .maps_url
        .ends_with("(%E5%B0%8F%E5%B1%B1%E7%AC%AC%E4%B8%80%E5%B0%8F%E5%AD%A6%E6%A0%A1)"));
}
