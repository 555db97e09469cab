//! The bus operations over the embedded Oyama feed, and how times and names go out.

use chrono::NaiveDate;
use machi_bundle::content::Localized;

use super::*;
use crate::{ErrorCode, MachiOptions, SettingsPatch};

fn open_at(dir: &std::path::Path, now: &str) -> Machi {
    Machi::open_with(
        dir,
        MachiOptions {
            system_locale: Some("ja".into()),
            now: Some(DateTime::parse_from_rfc3339(now).unwrap()),
            ..Default::default()
        },
    )
    .unwrap()
}

fn departures(m: &Machi, stop: &str, at: Option<&str>) -> BusDepartures {
    m.bus_departures(BusDeparturesArgs {
        stop: stop.into(),
        at: at.map(str::to_string),
        limit: Some(5),
    })
    .unwrap()
}

fn text(pairs: &[(&str, &str)]) -> Localized {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_stop_by_id_or_by_name_in_kanji_kana_or_romaji_gives_the_same_departures() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), "2026-11-27T07:58:00+09:00");
    let by_id = departures(&m, "oyama_w", None);
    assert_eq!(by_id.at, "2026-11-27T07:58");
    assert_eq!(by_id.stop.platforms, ["1", "2", "3"]);
    assert_eq!(by_id.departures.len(), 5);
    assert!(by_id
        .departures
        .windows(2)
        .all(|w| w[0].departs_at <= w[1].departs_at));
    let first = &by_id.departures[0];
    assert!(first.departs_at.as_str() >= "2026-11-27T07:58");
    // Whole minutes from 07:58, rounded up.
    let hhmm = &first.departs_at[11..];
    let minutes = (hhmm[..2].parse::<i64>().unwrap() * 60 + hhmm[3..].parse::<i64>().unwrap())
        - (7 * 60 + 58);
    assert_eq!(first.minutes, minutes);
    assert_eq!(first.service_time, hhmm);
    for name in [
        "小山駅西口",
        "おやまえきにしぐち",
        "oyama eki nishiguchi",
        "Oyama Station West",
    ] {
        let by_name = departures(&m, name, None);
        assert_eq!(by_name.stop.id, "oyama_w", "{name}");
        assert_eq!(by_name.departures, by_id.departures, "{name}");
    }
    // The bus notices of the inbox come along.
    assert!(by_id
        .notices
        .iter()
        .any(|n| n.id == "2026-11-bus-timetable"));
    assert!(by_id.notices.iter().all(|n| n.category == "bus"));
}

#[test]
fn a_time_asked_for_and_the_search_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), "2026-11-27T20:00:00+09:00");
    // Friday evening: the last buses have gone; Saturday morning has the weekend timetable.
    assert!(departures(&m, "oyama_w", None).departures.is_empty());
    let saturday = departures(&m, "oyama_w", Some("2026-11-28 06:00"));
    assert!(!saturday.departures.is_empty());
    assert!(saturday
        .departures
        .iter()
        .all(|d| d.service_date == "2026-11-28" && d.trip_id.contains("saturday")));
    let iso = departures(&m, "oyama_w", Some("2026-11-27T21:00:00Z"));
    assert_eq!(iso.at, "2026-11-28T06:00", "UTC is read as Japan time");
    assert_eq!(iso.departures, saturday.departures);

    let stops = m
        .bus_stops(BusStopsArgs {
            query: "ままだ".into(),
            limit: None,
        })
        .unwrap();
    assert!(stops.len() >= 3, "{stops:?}");
    assert!(stops
        .iter()
        .all(|s| s.reading.as_deref().is_some_and(|r| r.contains("ままだ"))));
}

#[test]
fn names_in_the_residents_language_and_readings_for_easy_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), "2026-11-27T07:58:00+09:00");
    m.update_settings(SettingsPatch {
        locale: Some("en".into()),
        ..Default::default()
    })
    .unwrap();
    let en = departures(&m, "oyama_w", None);
    assert_eq!(en.stop.name.locale, "en");
    assert!(en.departures.iter().all(|d| d.route_name.locale == "en"));
    m.update_settings(SettingsPatch {
        locale: Some("ja-easy".into()),
        ..Default::default()
    })
    .unwrap();
    let easy = departures(&m, "oyama_w", None);
    assert_eq!(
        (easy.stop.name.text.as_str(), easy.stop.name.locale.as_str()),
        ("おやまえきにしぐち", "ja-easy")
    );
    assert!(easy
        .departures
        .iter()
        .all(|d| d.headsign.locale == "ja-easy"
            && d.headsign
                .text
                .chars()
                .all(|c| ('\u{3041}'..='\u{309F}').contains(&c))));
}

#[test]
fn a_lines_day_by_direction() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), "2026-11-27T07:58:00+09:00");
    let day = m
        .bus_route_timetable(BusRouteTimetableArgs {
            route: "間々田線".into(),
            date: None,
        })
        .unwrap();
    assert_eq!(day.route.id, "mamada");
    assert_eq!(day.date, "2026-11-27");
    assert_eq!(day.directions.len(), 2);
    assert_eq!(day.directions[0].headsign.text, "間々田駅西口");
    for d in &day.directions {
        assert!(d
            .trips
            .windows(2)
            .all(|w| w[0].calls[0].departs <= w[1].calls[0].departs));
        for t in &d.trips {
            assert!(t.calls.windows(2).all(|c| c[0].departs <= c[1].arrives));
        }
    }
    // After the feed's last day, the line does not run.
    let none = m
        .bus_route_timetable(BusRouteTimetableArgs {
            route: "mamada".into(),
            date: Some("2027-05-01".into()),
        })
        .unwrap();
    assert!(none.directions.is_empty());
    let routes = m.bus_routes().unwrap();
    assert_eq!(routes.len(), 7);
    assert!(routes
        .iter()
        .any(|r| r.id == "mamada" && r.name.text == "間々田線"));
}

#[test]
fn unknown_stops_routes_and_times_are_told_as_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_at(dir.path(), "2026-11-27T07:58:00+09:00");
    let e = m
        .bus_departures(BusDeparturesArgs {
            stop: "xyzzy".into(),
            at: None,
            limit: None,
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    assert_eq!(e.message, "バス停「xyzzy」は見つかりません。");
    let e = m
        .bus_route_timetable(BusRouteTimetableArgs {
            route: "no-such-line".into(),
            date: None,
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = m
        .bus_departures(BusDeparturesArgs {
            stop: "oyama_w".into(),
            at: Some("tomorrow".into()),
            limit: None,
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
}

#[test]
fn times_as_text_a_bus_after_midnight_on_its_calendar_day() {
    assert_eq!(clock(90_600), "25:10");
    assert_eq!(clock(6 * 3600 + 5 * 60), "06:05");
    let at = |s: &str| parse_at(s).unwrap();
    assert_eq!(at("2026-11-27 23:50"), at("2026-11-27T23:50"));
    assert_eq!(at("2026-11-27T23:50:00+09:00"), at("2026-11-27T23:50"));
    assert_eq!(at("2026-11-27T23:50+09:00"), at("2026-11-27T23:50"));
    assert_eq!(at("2026-11-27T14:50:00Z"), at("2026-11-27T23:50"));
    assert!(parse_at("27/11/2026 23:50").is_err());

    let friday = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let late = Departure {
        trip_id: "late".into(),
        route_id: "r".into(),
        route_name: text(&[("ja", "深夜線")]),
        route_colour: None,
        headsign: text(&[("ja", "終点")]),
        stop_id: "s".into(),
        platform: None,
        service_date: friday,
        time_secs: 90_600,
        departs_at: friday.and_hms_opt(0, 0, 0).unwrap() + chrono::Duration::seconds(90_600),
    };
    let timetable = Timetable::new(TransitContent::default());
    let view = departure_view(&timetable, &late, at("2026-11-27 23:50"), &["ja"]);
    assert_eq!(view.departs_at, "2026-11-28T01:10");
    assert_eq!(view.service_time, "25:10");
    assert_eq!(view.service_date, "2026-11-27");
    assert_eq!(view.minutes, 80);
    // Half a minute to go is "in 1 minute"; leaving this minute is 0.
    let view = departure_view(&timetable, &late, at("2026-11-28 01:09:30"), &["ja"]);
    assert_eq!(view.minutes, 1);
    let view = departure_view(&timetable, &late, at("2026-11-28 01:10"), &["ja"]);
    assert_eq!(view.minutes, 0);
}
