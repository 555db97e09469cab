//! `machi bus` through the real binary, offline: a stop by id and by its name in kanji, kana and romaji gives
//! the same next buses; and a bus of Friday's timetable at 25:10, added to a copy of the city's GTFS-JP feed and
//! synced, is shown on Saturday at 01:10.

use std::path::Path;

use machi_system_tests::*;
use serde_json::Value;

/// `machi --data-dir DATA bus ARGS… --json`, which must succeed.
fn bus_json(data: &Path, args: &[&str]) -> Value {
    let out = run_ok(
        command("machi")
            .env("MACHI_NOW", "2026-11-27T20:00:00+09:00")
            .arg("--data-dir")
            .arg(data)
            .arg("bus")
            .args(args)
            .arg("--json"),
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("machi bus printed no JSON ({e}): {}", text(&out.stdout)))
}

fn next(data: &Path, stop: &str, at: &str) -> Value {
    bus_json(data, &["next", "--stop", stop, "--at", at, "--limit", "6"])
}

/// `YYYY-MM-DDTHH:MM`, exactly.
fn is_minute(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 16
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 => *c == b':',
            _ => c.is_ascii_digit(),
        })
}

#[test]
fn a_stop_by_id_or_by_its_name_in_kanji_kana_or_romaji() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("resident");
    // Friday morning at 小山駅西口, a station of three platforms.
    let by_id = next(&data, "oyama_w", "2026-11-27 07:58");
    assert_eq!(by_id["at"], "2026-11-27T07:58");
    assert_eq!(by_id["stop"]["id"], "oyama_w");
    let departures = by_id["departures"].as_array().unwrap();
    assert_eq!(departures.len(), 6);
    let times: Vec<&str> = departures
        .iter()
        .map(|d| d["departs_at"].as_str().unwrap())
        .collect();
    assert!(times.iter().all(|t| is_minute(t)), "{times:?}");
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "soonest first: {times:?}"
    );
    assert!(times[0] >= "2026-11-27T07:58");
    for d in departures {
        assert!(d["route_name"]["text"]
            .as_str()
            .is_some_and(|r| !r.is_empty()));
        assert!(d["headsign"]["text"]
            .as_str()
            .is_some_and(|h| !h.is_empty()));
    }
    for name in [
        "小山駅西口",
        "おやまえきにしぐち",
        "oyama eki nishiguchi",
        "Oyamaekinishiguchi",
    ] {
        let by_name = next(&data, name, "2026-11-27 07:58");
        assert_eq!(by_name["stop"]["id"], "oyama_w", "--stop {name}");
        assert_eq!(by_name["departures"], by_id["departures"], "--stop {name}");
    }
    // ISO 8601 for --at means the same time.
    let iso = next(&data, "oyama_w", "2026-11-27T07:58:00+09:00");
    assert_eq!(iso["departures"], by_id["departures"]);

    // Searching: every script finds 間々田's stops.
    let kanji = bus_json(&data, &["stops", "間々田"]);
    let kana = bus_json(&data, &["stops", "ままだ"]);
    let romaji = bus_json(&data, &["stops", "mamada"]);
    let stop_ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(stop_ids(&kanji).len() >= 3);
    let mut a = stop_ids(&kanji);
    let mut b = stop_ids(&kana);
    let mut c = stop_ids(&romaji);
    a.sort();
    b.sort();
    c.sort();
    assert_eq!(a, b);
    assert_eq!(a, c);

    let out = run(command("machi").arg("--data-dir").arg(&data).args([
        "bus",
        "next",
        "--stop",
        "no such stop",
    ]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("not_found: "),
        "{}",
        text(&out.stderr)
    );
}

/// Friday's weekday timetable gets one more 間々田線 bus: 小山駅西口 platform 1 at 25:10, 間々田駅西口 at 25:30.
fn add_late_trip(gtfs: &Path) {
    let append = |file: &str, rows: &str| {
        let path = gtfs.join(file);
        let mut text = std::fs::read_to_string(&path).unwrap();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(rows);
        std::fs::write(&path, text).unwrap();
    };
    append(
        "trips.txt",
        "mamada,weekday,mamada_weekday_late,間々田駅西口,0,chuo\n",
    );
    append(
        "stop_times.txt",
        "mamada_weekday_late,25:10:00,25:10:00,oyama_w_1,1,0,1\n\
         mamada_weekday_late,25:20:00,25:20:00,mamada_e,2,0,0\n\
         mamada_weekday_late,25:30:00,25:30:00,mamada_w,3,1,0\n",
    );
}

#[test]
fn a_bus_past_midnight_is_shown_on_the_next_calendar_day() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let (city, keys) = CitySource::with_fresh_key(root, "keys");
    add_late_trip(&city.dir.join("gtfs"));
    let bundle = root.join("bundle");
    publish(&city.dir, &bundle, &keys.secret, unix_now() + 1000, &[]);
    let served = serve(&bundle);
    let data = root.join("resident");
    sync_ok(&data, &served.url, &keys.public);

    // Friday 23:00: the next bus is Friday's 25:10, which leaves at 01:10 on Saturday.
    let late = next(&data, "oyama_w", "2026-11-27 23:00");
    let first = &late["departures"][0];
    assert_eq!(first["trip_id"], "mamada_weekday_late");
    assert_eq!(first["departs_at"], "2026-11-28T01:10");
    assert_eq!(first["service_time"], "25:10");
    assert_eq!(first["service_date"], "2026-11-27");
    assert_eq!(first["minutes"], 130);
    assert_eq!(first["platform"], "1");
    // Asked on Saturday at 01:00, the same bus (Friday's) is still to come.
    let after_midnight = next(&data, "oyama_w", "2026-11-28 01:00");
    assert_eq!(
        after_midnight["departures"][0]["trip_id"],
        "mamada_weekday_late"
    );
    assert_eq!(
        after_midnight["departures"][0]["departs_at"],
        "2026-11-28T01:10"
    );
    assert_eq!(after_midnight["departures"][0]["minutes"], 10);
    // From a stop on the way it is 01:20; after 01:10 it has left the station.
    let on_the_way = next(&data, "mamada_e", "2026-11-28 01:00");
    assert_eq!(
        on_the_way["departures"][0]["departs_at"],
        "2026-11-28T01:20"
    );
    let gone = next(&data, "oyama_w", "2026-11-28 01:11");
    assert!(gone["departures"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["trip_id"] != "mamada_weekday_late"));
    // A Saturday has no such bus: Saturday night into Sunday shows none at 01:10.
    let sunday = next(&data, "oyama_w", "2026-11-29 01:00");
    assert!(sunday["departures"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["trip_id"] != "mamada_weekday_late"));

    // The plain-text list says both clocks.
    let out = run_ok(command("machi").arg("--data-dir").arg(&data).args([
        "bus",
        "next",
        "--stop",
        "小山駅西口",
        "--at",
        "2026-11-27 23:00",
    ]));
    assert!(
        text(&out.stdout).contains("2026-11-28 01:10 (25:10)"),
        "{}",
        text(&out.stdout)
    );
}
