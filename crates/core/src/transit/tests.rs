use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};
use machi_bundle::content::{
    LatLon, Localized, TransitContent, TransitRoute, TransitService, TransitStop, TransitText,
    TransitTrip, TripStop,
};

use super::*;

fn names(pairs: &[(&str, &str)]) -> Localized {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn stop(id: &str, ja: &str, reading: &str, en: &str) -> TransitStop {
    TransitStop {
        id: id.into(),
        code: None,
        name: names(&[("ja", ja), ("en", en)]),
        reading: (!reading.is_empty()).then(|| reading.to_string()),
        location: LatLon {
            lat: 36.3,
            lon: 139.8,
        },
        station: false,
        parent: None,
        platform: None,
    }
}

fn service(id: &str, weekdays: u8, added: &[&str], removed: &[&str]) -> TransitService {
    let list = |l: &[&str]| l.iter().map(|d| d.to_string()).collect();
    TransitService {
        id: id.into(),
        weekdays,
        start: (weekdays != 0).then(|| "2026-04-01".to_string()),
        end: (weekdays != 0).then(|| "2027-03-31".to_string()),
        added: list(added),
        removed: list(removed),
    }
}

fn hhmm(t: &str) -> u32 {
    let (h, m) = t.split_once(':').unwrap();
    h.parse::<u32>().unwrap() * 3600 + m.parse::<u32>().unwrap() * 60
}

/// A trip of (stop index, HH:MM) calls; its first stop is not for getting off, its last not for boarding.
fn trip(id: &str, route: u32, service: u32, direction: u8, calls: &[(u32, &str)]) -> TransitTrip {
    let last = calls.len() - 1;
    TransitTrip {
        id: id.into(),
        route,
        service,
        headsign: None,
        direction: Some(direction),
        office: None,
        stop_times: calls
            .iter()
            .enumerate()
            .map(|(i, (stop, t))| TripStop {
                stop: *stop,
                arrival: hhmm(t),
                departure: hhmm(t),
                pickup: i != last,
                drop_off: i != 0,
            })
            .collect(),
    }
}

const WEEKDAYS: u8 = 0b0011111;
const SATURDAY: u8 = 0b0100000;
const SUNDAY: u8 = 0b1000000;

// Stops by index.
const STATION: u32 = 0;
const PLATFORM_1: u32 = 1;
const PLATFORM_2: u32 = 2;
const HALL: u32 = 3;
const LIBRARY: u32 = 4;
const OYA: u32 = 6;

/// A small town: a station with two platforms, an east line (weekday, Saturday and holiday timetables, and a
/// weekday bus past midnight) and a west line that runs on one summer day only.
fn town() -> TransitContent {
    let mut station = stop("sta", "小山駅", "おやまえき", "Oyama Station");
    station.station = true;
    let mut p1 = stop("sta_1", "小山駅", "おやまえき", "Oyama Station");
    (p1.parent, p1.platform) = (Some(STATION), Some("1".into()));
    let mut p2 = stop("sta_2", "小山駅", "おやまえき", "Oyama Station");
    (p2.parent, p2.platform) = (Some(STATION), Some("2".into()));
    let mut chuo = stop(
        "chuo",
        "中央町三丁目",
        "ちゅうおうちょうさんちょうめ",
        "Chuo-cho 3-chome",
    );
    chuo.code = Some("106".into());
    let mut oya = stop(
        "oya",
        "大谷公民館",
        "おおやこうみんかん",
        "Oya Community Hall",
    );
    oya.name.insert("ko".into(), "오야 공민관".into());
    let mut hall = stop("hall", "市役所前", "しやくしょまえ", "City Hall");
    hall.name.insert("vi".into(), "Tòa thị chính".into());
    TransitContent {
        agencies: Vec::new(),
        offices: Vec::new(),
        stops: vec![
            station,
            p1,
            p2,
            hall,
            stop("lib", "図書館", "としょかん", "Library"),
            chuo,
            oya,
            stop("rokugo", "ロクゴー前", "ろくごーまえ", "Rokugo"),
            stop(
                "lib_gate",
                "図書館入口",
                "としょかんいりぐち",
                "Library Gate",
            ),
        ],
        routes: vec![
            TransitRoute {
                id: "east".into(),
                agency: None,
                short_name: names(&[("ja", "東線"), ("en", "East Line")]),
                long_name: Localized::new(),
                reading: Some("ひがしせん".into()),
                colour: Some("#E60012".into()),
                text_colour: None,
            },
            TransitRoute {
                id: "west".into(),
                agency: None,
                short_name: Localized::new(),
                long_name: names(&[("ja", "小山駅－大谷公民館")]),
                reading: None,
                colour: None,
                text_colour: None,
            },
        ],
        services: vec![
            // 2026-04-29 (Wednesday) is 昭和の日: the holiday timetable instead.
            service("weekday", WEEKDAYS, &[], &["2026-04-29"]),
            service("saturday", SATURDAY, &[], &[]),
            service("holiday", SUNDAY, &["2026-04-29"], &[]),
            service("summer", 0, &["2026-08-15"], &[]),
        ],
        headsigns: vec![TransitText {
            text: names(&[("ja", "図書館"), ("en", "Library")]),
            reading: Some("としょかん".into()),
        }],
        trips: vec![
            TransitTrip {
                headsign: Some(0),
                ..trip(
                    "e_wd_1",
                    0,
                    0,
                    0,
                    &[(PLATFORM_1, "07:00"), (HALL, "07:10"), (LIBRARY, "07:20")],
                )
            },
            trip(
                "e_wd_2",
                0,
                0,
                0,
                &[(PLATFORM_1, "08:00"), (HALL, "08:10"), (LIBRARY, "08:20")],
            ),
            trip(
                "e_wd_back",
                0,
                0,
                1,
                &[(LIBRARY, "07:30"), (HALL, "07:40"), (PLATFORM_2, "07:50")],
            ),
            trip(
                "e_wd_late",
                0,
                0,
                0,
                &[(PLATFORM_1, "24:45"), (HALL, "25:00"), (LIBRARY, "25:10")],
            ),
            trip(
                "e_sa_1",
                0,
                1,
                0,
                &[(PLATFORM_1, "09:00"), (HALL, "09:10"), (LIBRARY, "09:20")],
            ),
            trip(
                "e_ho_1",
                0,
                2,
                0,
                &[(PLATFORM_2, "10:00"), (HALL, "10:10"), (LIBRARY, "10:20")],
            ),
            trip(
                "w_summer",
                1,
                3,
                0,
                &[(PLATFORM_2, "12:00"), (OYA, "12:30")],
            ),
        ],
    }
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Departures as `trip @ YYYY-MM-DDTHH:MM` for compact assertions.
fn next(t: &Timetable, stop: &str, when: &str, limit: usize) -> Vec<String> {
    t.next_departures(stop, at(when), limit)
        .iter()
        .map(|d| format!("{} @ {}", d.trip_id, d.departs_at.format("%Y-%m-%dT%H:%M")))
        .collect()
}

#[test]
fn services_on_weekdays_saturdays_holidays_and_added_dates() {
    let t = Timetable::new(town());
    let on = |d: &str| t.service_days_active(date(d));
    let set = |ids: &[&'static str]| ids.iter().copied().collect::<BTreeSet<&str>>();
    assert_eq!(on("2026-04-22"), set(&["weekday"]), "a Wednesday");
    assert_eq!(on("2026-04-25"), set(&["saturday"]));
    assert_eq!(on("2026-04-26"), set(&["holiday"]), "a Sunday");
    assert_eq!(
        on("2026-04-29"),
        set(&["holiday"]),
        "昭和の日: weekday removed, holiday added"
    );
    assert_eq!(on("2026-08-15"), set(&["saturday", "summer"]));
    assert_eq!(on("2026-08-22"), set(&["saturday"]));
    assert_eq!(on("2027-04-01"), set(&[]), "after the calendar ends");
    assert_eq!(on("2026-03-31"), set(&[]), "before it starts");
}

#[test]
fn next_departures_follow_the_days_timetable() {
    let t = Timetable::new(town());
    assert_eq!(
        next(&t, "hall", "2026-04-22 07:05", 3),
        [
            "e_wd_1 @ 2026-04-22T07:10",
            "e_wd_back @ 2026-04-22T07:40",
            "e_wd_2 @ 2026-04-22T08:10"
        ]
    );
    assert_eq!(
        next(&t, "hall", "2026-04-22 07:10", 1),
        ["e_wd_1 @ 2026-04-22T07:10"],
        "a bus leaving this minute still counts"
    );
    assert_eq!(
        next(&t, "hall", "2026-04-25 07:00", 5),
        ["e_sa_1 @ 2026-04-25T09:10"],
        "Saturday"
    );
    assert_eq!(
        next(&t, "hall", "2026-04-29 06:00", 5),
        ["e_ho_1 @ 2026-04-29T10:10"],
        "a weekday holiday runs the holiday timetable"
    );
    assert_eq!(
        next(&t, "sta", "2026-08-15 11:00", 5),
        ["w_summer @ 2026-08-15T12:00"],
        "an added date"
    );
    assert!(next(&t, "sta", "2026-08-22 11:00", 5).is_empty());
    assert!(next(&t, "nowhere", "2026-04-22 07:00", 5).is_empty());
    assert!(next(&t, "hall", "2026-04-22 07:00", 0).is_empty());

    let d = &t.next_departures("sta", at("2026-04-22 06:00"), 1)[0];
    assert_eq!(d.route_id, "east");
    assert_eq!(d.route_name["en"], "East Line");
    assert_eq!(d.route_colour.as_deref(), Some("#E60012"));
    assert_eq!(d.headsign["en"], "Library");
    assert_eq!(
        (d.stop_id.as_str(), d.platform.as_deref()),
        ("sta_1", Some("1"))
    );
    assert_eq!(d.time_secs, 7 * 3600);
    let d = &t.next_departures("sta", at("2026-08-15 11:00"), 1)[0];
    assert_eq!(
        d.route_name["ja"], "小山駅－大谷公民館",
        "no short name: the long name"
    );
    assert_eq!(d.headsign["ja"], "大谷公民館", "no headsign: the last stop");
}

#[test]
fn the_last_stop_and_no_pickup_stops_have_no_departures() {
    let t = Timetable::new(town());
    assert_eq!(
        next(&t, "lib", "2026-04-22 07:00", 5),
        ["e_wd_back @ 2026-04-22T07:30"],
        "buses ending at the library do not leave it"
    );
    let mut c = town();
    c.trips[0].stop_times[1].pickup = false;
    let t = Timetable::new(c);
    assert_eq!(
        next(&t, "hall", "2026-04-22 07:05", 1),
        ["e_wd_back @ 2026-04-22T07:40"]
    );
}

#[test]
fn trips_past_midnight_belong_to_the_day_before() {
    let t = Timetable::new(town());
    // Friday evening: the 24:45 bus leaves at 00:45 on Saturday.
    let d = t.next_departures("sta", at("2026-04-24 23:00"), 1);
    assert_eq!(d[0].trip_id, "e_wd_late");
    assert_eq!(d[0].service_date, date("2026-04-24"));
    assert_eq!(d[0].time_secs, 24 * 3600 + 45 * 60);
    assert_eq!(d[0].departs_at, at("2026-04-25 00:45"));
    // Saturday 00:30: Friday's timetable is still running.
    assert_eq!(
        next(&t, "sta", "2026-04-25 00:30", 2),
        ["e_wd_late @ 2026-04-25T00:45", "e_sa_1 @ 2026-04-25T09:00"]
    );
    let d = &t.next_departures("hall", at("2026-04-25 00:30"), 1)[0];
    assert_eq!(
        (d.service_date, d.departs_at),
        (date("2026-04-24"), at("2026-04-25 01:00")),
        "25:00 at the town hall"
    );
    assert!(
        next(&t, "sta", "2026-04-25 00:50", 1) == ["e_sa_1 @ 2026-04-25T09:00"],
        "gone at 00:50"
    );
    // Sunday 00:30: Saturday has no late bus.
    assert_eq!(
        next(&t, "sta", "2026-04-26 00:30", 1),
        ["e_ho_1 @ 2026-04-26T10:00"]
    );
    // Thursday 2026-04-30 00:30: the 29th ran the holiday timetable, which has no late bus.
    assert_eq!(
        next(&t, "sta", "2026-04-30 00:30", 1),
        ["e_wd_1 @ 2026-04-30T07:00"]
    );
}

#[test]
fn a_station_means_all_its_platforms() {
    let t = Timetable::new(town());
    assert_eq!(
        next(&t, "sta", "2026-04-22 06:00", 3),
        [
            "e_wd_1 @ 2026-04-22T07:00",
            "e_wd_2 @ 2026-04-22T08:00",
            "e_wd_late @ 2026-04-23T00:45"
        ],
        "07:50 at platform 2 is an arrival"
    );
    assert_eq!(
        next(&t, "sta", "2026-04-29 06:00", 1),
        ["e_ho_1 @ 2026-04-29T10:00"]
    );
    assert!(
        next(&t, "sta_1", "2026-04-29 06:00", 1).is_empty(),
        "platform 1 only"
    );
    assert_eq!(
        next(&t, "sta_2", "2026-04-29 06:00", 1),
        ["e_ho_1 @ 2026-04-29T10:00"]
    );
}

#[test]
fn a_routes_timetable_for_a_day() {
    let t = Timetable::new(town());
    let r = t.route_timetable("east", date("2026-04-22")).unwrap();
    assert_eq!(r.route_name["ja"], "東線");
    let trips: Vec<(Option<u8>, Vec<&str>)> = r
        .directions
        .iter()
        .map(|d| {
            (
                d.direction,
                d.trips.iter().map(|t| t.trip_id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        trips,
        [
            (Some(0), vec!["e_wd_1", "e_wd_2", "e_wd_late"]),
            (Some(1), vec!["e_wd_back"])
        ]
    );
    let late = &r.directions[0].trips[2];
    let last = late.calls.last().unwrap();
    assert_eq!(
        (last.stop_id.as_str(), last.arrival_secs, last.arrives_at),
        ("lib", 25 * 3600 + 10 * 60, at("2026-04-23 01:10"))
    );
    assert_eq!(late.calls[0].platform.as_deref(), Some("1"));
    let holiday = t.route_timetable("east", date("2026-04-29")).unwrap();
    assert_eq!(holiday.directions.len(), 1);
    assert_eq!(holiday.directions[0].trips[0].trip_id, "e_ho_1");
    assert!(t
        .route_timetable("west", date("2026-04-29"))
        .unwrap()
        .directions
        .is_empty());
    assert!(t.route_timetable("north", date("2026-04-29")).is_none());
}

fn found(t: &Timetable, query: &str, locales: &[&str]) -> Vec<(String, MatchKind)> {
    t.find_stops(query, locales)
        .into_iter()
        .map(|m| (m.stop_id, m.matched))
        .collect()
}

fn first(t: &Timetable, query: &str) -> Option<String> {
    t.find_stops(query, &[])
        .into_iter()
        .next()
        .map(|m| m.stop_id)
}

#[test]
fn stops_are_found_in_every_script() {
    use MatchKind::*;
    let t = Timetable::new(town());
    for q in [
        "市役所前",
        "しやくしょまえ",
        "シヤクショマエ",
        "ｼﾔｸｼｮﾏｴ",
        "shiyakushomae",
        "SIYAKUSYOMAE",
        "city hall",
        "Ｃｉｔｙ　Ｈａｌｌ",
        "toa thi chinh",
    ] {
        assert_eq!(first(&t, q).as_deref(), Some("hall"), "{q}");
    }
    for q in ["市役所", "しやくしょ", "shiyaku", "city"] {
        assert_eq!(found(&t, q, &[]), [("hall".to_string(), Prefix)], "{q}");
    }
    assert_eq!(found(&t, "役所", &[]), [("hall".to_string(), Contains)]);
    // Long vowels as people type them without macrons, and with.
    for q in ["chuo", "chuuou", "Chūō", "ちゅうおう", "chuo-cho 3"] {
        assert_eq!(first(&t, q).as_deref(), Some("chuo"), "{q}");
    }
    for q in [
        "oyakominkan",
        "ooyakouminkan",
        "Ōya Kōminkan",
        "オーヤコーミンカン",
        "오야",
    ] {
        assert_eq!(first(&t, q).as_deref(), Some("oya"), "{q}");
    }
    assert_eq!(first(&t, "ろくごー").as_deref(), Some("rokugo"));
    assert_eq!(first(&t, "ロクゴウ").as_deref(), Some("rokugo"));
    assert_eq!(
        found(&t, "106", &[]),
        [("chuo".to_string(), Exact)],
        "stop code"
    );
    // Exact first, then by the length of the name.
    assert_eq!(
        found(&t, "図書館", &[]),
        [("lib".to_string(), Exact), ("lib_gate".to_string(), Prefix)]
    );
    // A station's platforms are not listed beside it.
    assert_eq!(found(&t, "oyama", &[]), [("sta".to_string(), Prefix)]);
    // Names in other languages only in the locales asked for.
    assert!(found(&t, "city hall", &["ko"]).is_empty());
    assert_eq!(first(&t, "city hall").as_deref(), Some("hall"));
    assert!(found(&t, "", &[]).is_empty() && found(&t, "  ", &[]).is_empty());
    assert!(found(&t, "xyzzy", &[]).is_empty());
}

#[test]
fn a_stop_by_id_or_name() {
    let t = Timetable::new(town());
    assert_eq!(t.resolve_stop("sta_2", &[]).as_deref(), Some("sta_2"));
    assert_eq!(t.resolve_stop("小山駅", &[]).as_deref(), Some("sta"));
    assert_eq!(t.resolve_stop("toshokan", &["en"]).as_deref(), Some("lib"));
    assert_eq!(t.resolve_stop("nowhere", &[]), None);
    assert_eq!(t.stop("hall").unwrap().name["ja"], "市役所前");
}

#[test]
fn a_damaged_dataset_loses_trips_not_the_app() {
    let mut c = town();
    c.trips[0].route = 99;
    c.trips[1].stop_times[0].stop = 99;
    c.trips[2].headsign = Some(99);
    c.stops[1].parent = Some(99);
    let t = Timetable::new(c);
    assert_eq!(
        next(&t, "sta_1", "2026-04-22 06:00", 5),
        ["e_wd_late @ 2026-04-23T00:45"]
    );
    assert!(
        next(&t, "sta", "2026-04-22 06:00", 5).is_empty(),
        "no platforms left"
    );
}

#[test]
fn the_oyama_feed_answers() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = machi_bundle::import(&dir);
    assert!(!report.has_errors(), "{report}");
    let t = Timetable::new(imported.unwrap().transit.unwrap());
    let west = t.resolve_stop("oyama eki nishiguchi", &["en"]).unwrap();
    assert_eq!(west, "oyama_w");
    assert_eq!(
        t.resolve_stop("小山駅西口", &[]).as_deref(),
        Some("oyama_w")
    );
    // A Monday morning at the west exit: buses from all three platforms.
    let d = t.next_departures(&west, at("2026-06-01 06:00"), 20);
    assert_eq!(d.len(), 20);
    let platforms: BTreeSet<_> = d.iter().filter_map(|d| d.platform.as_deref()).collect();
    assert_eq!(platforms, ["1", "2", "3"].into_iter().collect());
    assert!(d.windows(2).all(|w| w[0].departs_at <= w[1].departs_at));
    assert!(d.iter().any(|d| d.route_name["ja"] == "間々田線"));
    // 2026-05-06 is a 振替休日: the holiday timetable.
    assert_eq!(
        t.service_days_active(date("2026-05-06")),
        ["holiday"].into_iter().collect()
    );
    let r = t.route_timetable("mamada", date("2026-06-01")).unwrap();
    assert_eq!(r.directions.len(), 2);
    assert_eq!(r.directions[0].trips.len(), 15);
}

/// Next departures over a generated feed of 1,000 stops and 10,000 trips. Run in release:
/// `cargo test -p machi-core --lib --release -- --ignored --nocapture transit::tests::next_departures_speed`
#[test]
#[ignore]
fn next_departures_speed() {
    let content = generated_feed(1_000, 50, 10_000);
    let calls: usize = content.trips.iter().map(|t| t.stop_times.len()).sum();
    let json = serde_json::to_vec(&content).unwrap();
    let started = std::time::Instant::now();
    let content: TransitContent = serde_json::from_slice(&json).unwrap();
    let parsed = started.elapsed();
    let started = std::time::Instant::now();
    let t = Timetable::new(content);
    let built = started.elapsed();

    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut random = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let mut times = Vec::new();
    let mut departures = 0;
    for _ in 0..20_000 {
        let stop = format!("s{}", random(1_000));
        let day = date("2026-06-01") + chrono::Days::new(random(14));
        let when = day
            .and_hms_opt(random(24) as u32, random(60) as u32, 0)
            .unwrap();
        let started = std::time::Instant::now();
        let d = t.next_departures(&stop, when, 10);
        times.push(started.elapsed());
        departures += d.len();
    }
    times.sort();
    let pct = |p: usize| times[times.len() * p / 100];
    println!(
        "feed: 1000 stops, {} trips, {calls} stop times; transit.json {:.1} MB, parsed in {parsed:?}; Timetable::new {built:?}",
        t.content().trips.len(),
        json.len() as f64 / 1e6
    );
    println!(
        "next_departures (limit 10) × {}: p50 {:?}, p99 {:?}, max {:?}; {departures} departures",
        times.len(),
        pct(50),
        pct(99),
        times.last().unwrap()
    );
    assert!(
        pct(99) < std::time::Duration::from_millis(1),
        "p99 {:?}",
        pct(99)
    );
}

/// `routes` lines over `stops` stops, each line 20 stops long and run in both directions on weekday,
/// Saturday and holiday timetables from 05:30 to past midnight.
fn generated_feed(stops: u32, routes: u32, trips: u32) -> TransitContent {
    let stops_per_route = 20;
    let mut content = TransitContent {
        stops: (0..stops)
            .map(|i| {
                stop(
                    &format!("s{i}"),
                    &format!("停留所{i}"),
                    "",
                    &format!("Stop {i}"),
                )
            })
            .collect(),
        routes: (0..routes)
            .map(|r| TransitRoute {
                id: format!("r{r}"),
                agency: None,
                short_name: names(&[("ja", &format!("{r}系統"))]),
                long_name: Localized::new(),
                reading: None,
                colour: None,
                text_colour: None,
            })
            .collect(),
        services: vec![
            service("weekday", WEEKDAYS, &[], &["2026-07-20"]),
            service("saturday", SATURDAY, &[], &[]),
            service("holiday", SUNDAY, &["2026-07-20"], &[]),
        ],
        ..TransitContent::default()
    };
    let per_route = trips / routes;
    for r in 0..routes {
        // Lines share stops: each takes 20 stops spread over the town.
        let line: Vec<u32> = (0..stops_per_route)
            .map(|k| (r * 7 + k * 53) % stops)
            .collect();
        for n in 0..per_route {
            let service = n % 3;
            let direction = (n / 3) % 2;
            let start = 5 * 3600 + 1800 + (n / 6) * (19 * 3600 / (per_route / 6).max(1));
            let mut calls: Vec<u32> = line.clone();
            if direction == 1 {
                calls.reverse();
            }
            let last = calls.len() - 1;
            content.trips.push(TransitTrip {
                id: format!("r{r}_{n}"),
                route: r,
                service,
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
