//! `bench-places`: how fast the two offline questions of the places and bus features are answered, through
//! machi-core's public types, on generated data larger than any city's:
//!
//! - the k nearest places (k = 5, 10, 20; also by hazard and open only) among 10,000 places of one kind,
//!   made ready to show (name and address in the resident's languages, direction, map links);
//! - the next 10 departures from a stop of a 1,000-stop, 10,000-trip feed, through `transit.json` as the app
//!   reads it.
//!
//! Figures are printed, never asserted. Run once, in release:
//! `cargo run --release -p machi-system-tests --bin bench-places`.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use machi_bundle::content::{
    Hazard, LatLon, Localized, Place, PlaceKind, TransitContent, TransitRoute, TransitService,
    TransitStop, TransitTrip, TripStop,
};
use machi_core::places::{nearest, NearFilter, PlaceIndex};
use machi_core::transit::Timetable;

const PLACES: usize = 10_000;
const QUERIES: usize = 20_000;
const STOPS: u32 = 1_000;
const ROUTES: u32 = 50;
const TRIPS: u32 = 10_000;

/// xorshift64*: the same data and queries on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn text(pairs: &[(&str, String)]) -> Localized {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// A point somewhere in and around Oyama.
fn somewhere(rng: &mut Rng) -> LatLon {
    LatLon {
        lat: rng.range(36.22, 36.38),
        lon: rng.range(139.68, 139.90),
    }
}

/// 10,000 shelters (one kind: the most one query can face) with names in three languages, addresses,
/// random hazards and capacities.
fn generated_places(rng: &mut Rng) -> Vec<Place> {
    (0..PLACES)
        .map(|i| Place {
            id: format!("shelter-{i:05}"),
            kind: PlaceKind::Shelter,
            name: text(&[
                ("ja", format!("避難所{i}")),
                ("ja-easy", format!("ひなんじょ {i}")),
                ("en", format!("Shelter {i}")),
            ]),
            kana: Some(format!("ヒナンジョ{i}")),
            address: text(&[("ja", format!("栃木県小山市{i}番地"))]),
            location: somewhere(rng),
            phone: None,
            hours: None,
            detail: None,
            ssid: None,
            capacity: (rng.below(4) > 0).then(|| rng.below(1000) as u32),
            hazards: Hazard::ALL
                .into_iter()
                .filter(|_| rng.below(3) == 0)
                .collect(),
            evacuation_centre: rng.below(2) == 0,
            image: None,
        })
        .collect()
}

/// p50, p99 and the maximum of some timings.
fn percentiles(mut times: Vec<Duration>) -> (Duration, Duration, Duration) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    (at(0.50), at(0.99), times[times.len() - 1])
}

fn bench_places() {
    let mut rng = Rng(2026);
    let places = generated_places(&mut rng);
    let started = Instant::now();
    let index = PlaceIndex::new(places.clone());
    let built = started.elapsed();
    let open: BTreeSet<String> = places
        .iter()
        .filter(|_| rng.below(100) == 0)
        .map(|p| p.id.clone())
        .collect();
    let chain = ["en", "ja-easy", "ja"];
    println!(
        "places: {PLACES} shelters, {} open; PlaceIndex::new in {built:.1?}",
        open.len()
    );
    let cases = [
        ("k=5", NearFilter::default(), 5),
        ("k=10", NearFilter::default(), 10),
        ("k=20", NearFilter::default(), 20),
        (
            "k=10, flood",
            NearFilter {
                hazard: Some(Hazard::Flood),
                ..Default::default()
            },
            10,
        ),
        (
            "k=10, open only",
            NearFilter {
                open_only: true,
                ..Default::default()
            },
            10,
        ),
    ];
    for (name, filter, k) in cases {
        let mut times = Vec::with_capacity(QUERIES);
        let mut found = 0usize;
        for _ in 0..QUERIES {
            let from = somewhere(&mut rng);
            let t = Instant::now();
            let answer = nearest(&index, from, PlaceKind::Shelter, &filter, &open, k, &chain);
            times.push(t.elapsed());
            found += answer.len();
        }
        let (p50, p99, max) = percentiles(times);
        println!(
            "  nearest {name:<16} p50 {p50:>9.1?}  p99 {p99:>9.1?}  max {max:>9.1?}  ({QUERIES} queries, {found} places)"
        );
    }
}

/// `ROUTES` lines of 20 stops each over `STOPS` stops, both directions, on weekday, Saturday and holiday
/// timetables from 05:30 until past midnight.
fn generated_feed() -> TransitContent {
    let stop = |i: u32| TransitStop {
        id: format!("s{i}"),
        code: Some(i.to_string()),
        name: text(&[("ja", format!("停留所{i}")), ("en", format!("Stop {i}"))]),
        reading: Some(format!("ていりゅうじょ{i}")),
        location: LatLon {
            lat: 36.22 + f64::from(i % 40) * 0.004,
            lon: 139.68 + f64::from(i / 40) * 0.008,
        },
        station: false,
        parent: None,
        platform: None,
    };
    let service = |id: &str, weekdays: u8| TransitService {
        id: id.to_string(),
        weekdays,
        start: Some("2026-04-01".into()),
        end: Some("2027-03-31".into()),
        added: Vec::new(),
        removed: Vec::new(),
    };
    let mut content = TransitContent {
        stops: (0..STOPS).map(stop).collect(),
        routes: (0..ROUTES)
            .map(|r| TransitRoute {
                id: format!("r{r}"),
                agency: None,
                short_name: text(&[("ja", format!("{r}系統"))]),
                long_name: Localized::new(),
                reading: None,
                colour: None,
                text_colour: None,
            })
            .collect(),
        services: vec![
            service("weekday", 0b001_1111),
            service("saturday", 0b010_0000),
            service("holiday", 0b100_0000),
        ],
        ..TransitContent::default()
    };
    let per_route = TRIPS / ROUTES;
    for r in 0..ROUTES {
        let line: Vec<u32> = (0..20).map(|k| (r * 7 + k * 53) % STOPS).collect();
        for n in 0..per_route {
            let direction = (n / 3) % 2;
            // Spread over the day; the last ones run past midnight (times over 24:00).
            let start = 5 * 3600 + 1800 + (n / 6) * (19 * 3600 / (per_route / 6).max(1));
            let mut calls = line.clone();
            if direction == 1 {
                calls.reverse();
            }
            let last = calls.len() - 1;
            content.trips.push(TransitTrip {
                id: format!("r{r}_{n}"),
                route: r,
                service: n % 3,
                headsign: None,
                direction: Some(direction as u8),
                office: None,
                stop_times: calls
                    .iter()
                    .enumerate()
                    .map(|(i, &stop)| {
                        let t = start + i as u32 * 150;
                        TripStop {
                            stop,
                            arrival: t,
                            departure: t + 20,
                            pickup: i != last,
                            drop_off: i != 0,
                        }
                    })
                    .collect(),
            });
        }
    }
    content
}

fn bench_departures() {
    let json = serde_json::to_vec(&generated_feed()).expect("transit.json");
    let started = Instant::now();
    let content: TransitContent = serde_json::from_slice(&json).expect("transit.json parses");
    let parsed = started.elapsed();
    let calls: usize = content.trips.iter().map(|t| t.stop_times.len()).sum();
    let trips = content.trips.len();
    let started = Instant::now();
    let timetable = Timetable::new(content);
    let built = started.elapsed();
    println!(
        "bus: {STOPS} stops, {trips} trips, {calls} stop times; transit.json {:.1} MB parsed in {parsed:.1?}, \
         Timetable::new in {built:.1?}",
        json.len() as f64 / 1e6
    );
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let monday = NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date");
    for limit in [1usize, 10] {
        let mut times = Vec::with_capacity(QUERIES);
        let mut found = 0usize;
        for _ in 0..QUERIES {
            let stop = format!("s{}", rng.below(u64::from(STOPS)));
            let when = (monday + chrono::Days::new(rng.below(14)))
                .and_hms_opt(rng.below(24) as u32, rng.below(60) as u32, 0)
                .expect("a time");
            let t = Instant::now();
            let departures = timetable.next_departures(&stop, when, limit);
            times.push(t.elapsed());
            found += departures.len();
        }
        let (p50, p99, max) = percentiles(times);
        println!(
            "  next_departures limit {limit:<3}  p50 {p50:>9.1?}  p99 {p99:>9.1?}  max {max:>9.1?}  ({QUERIES} queries, {found} departures)"
        );
    }
}

fn main() {
    if cfg!(debug_assertions) {
        eprintln!("bench-places: a debug build; run with --release for figures worth reporting");
    }
    bench_places();
    bench_departures();
}
