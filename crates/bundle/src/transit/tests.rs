use super::*;
use crate::content::TRANSIT_DATASET;

// A small made-up town: a station with two platforms, two stops, one line, weekday and holiday services, a
// date-only service and a trip past midnight.
const AGENCY: &str = "agency_id,agency_name,agency_url,agency_timezone,agency_lang,agency_phone
town,みどり町,https://example.jp/,Asia/Tokyo,ja,0123-45-6789
";
const AGENCY_JP: &str = "agency_id,agency_official_name,agency_zip_number,agency_address
town,みどり町役場,1000001,みどり町1-1
";
const OFFICE_JP: &str = "office_id,office_name,office_url,office_phone
east,みどり交通東営業所,,
";
const STOPS: &str =
    "stop_id,stop_code,stop_name,stop_lat,stop_lon,location_type,parent_station,platform_code
sta,,みどり駅,36.30,139.80,1,,
sta_1,1,みどり駅,36.3001,139.8001,0,sta,1
sta_2,2,みどり駅,36.3002,139.8002,0,sta,2
hall,3,町役場前,36.31,139.81,0,,
lib,4,図書館,36.32,139.82,,,
";
const ROUTES: &str =
    "route_id,agency_id,route_short_name,route_long_name,route_type,route_color,route_text_color
east,town,東線,みどり駅－町役場前－図書館,3,e60012,FFFFFF
";
const CALENDAR: &str =
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
weekday,1,1,1,1,1,0,0,20260401,20270331
holiday,0,0,0,0,0,0,1,20260401,20270331
";
const CALENDAR_DATES: &str = "service_id,date,exception_type
weekday,20260429,2
holiday,20260429,1
summer,20260815,1
";
const TRIPS: &str = "route_id,service_id,trip_id,trip_headsign,direction_id,jp_office_id
east,weekday,e1,図書館,0,east
east,holiday,e2,図書館,0,east
east,summer,late,みどり駅,1,
";
const STOP_TIMES: &str =
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type
e1,07:00:00,07:00:00,sta_1,1,0,1
e1,,,hall,2,0,0
e1,07:10:00,07:10:00,lib,3,1,0
e2,09:00:00,09:00:00,sta_2,10,0,0
e2,09:05:00,09:06:00,hall,20,0,0
e2,9:15:00,9:15:00,lib,30,0,0
late,25:10:00,25:10:00,sta_1,2,,
late,24:50:00,24:50:00,lib,1,,
";
const TRANSLATIONS: &str =
    "table_name,field_name,language,translation,record_id,record_sub_id,field_value
stops,stop_name,ja-Hrkt,みどりえき,,,みどり駅
stops,stop_name,en,Midori Station,,,みどり駅
stops,stop_name,ja-Hrkt,チョウヤクバマエ,hall,,
stops,stop_name,en,Town Hall,hall,,
stops,stop_name,pt,Prefeitura,hall,,
routes,route_short_name,en,East Line,east,,
routes,route_short_name,ja-Hrkt,ひがしせん,east,,
trips,trip_headsign,en,Library,,,図書館
trips,trip_headsign,ja-Hrkt,としょかん,,,図書館
agency,agency_name,en,Midori Town,town,,
stop_times,stop_headsign,en,Library,e1,1,
feed_info,feed_publisher_name,en,Midori Town,,,
";

fn base() -> Vec<(&'static str, String)> {
    [
        ("agency.txt", AGENCY),
        ("agency_jp.txt", AGENCY_JP),
        ("office_jp.txt", OFFICE_JP),
        ("stops.txt", STOPS),
        ("routes.txt", ROUTES),
        ("calendar.txt", CALENDAR),
        ("calendar_dates.txt", CALENDAR_DATES),
        ("trips.txt", TRIPS),
        ("stop_times.txt", STOP_TIMES),
        ("translations.txt", TRANSLATIONS),
    ]
    .into_iter()
    .map(|(n, t)| (n, t.to_string()))
    .collect()
}

/// The base feed with one file replaced (or added), or removed when `text` is `None`.
fn with(name: &'static str, text: Option<&str>) -> Vec<(&'static str, String)> {
    let mut files: Vec<_> = base().into_iter().filter(|(n, _)| *n != name).collect();
    if let Some(t) = text {
        files.push((name, t.to_string()));
    }
    files
}

/// The base feed with `from` replaced by `to` in one file.
fn edited(name: &'static str, from: &str, to: &str) -> Vec<(&'static str, String)> {
    let text = base().into_iter().find(|(n, _)| *n == name).unwrap().1;
    assert!(text.contains(from), "{name} has no `{from}`");
    with(name, Some(&text.replacen(from, to, 1)))
}

fn run(files: &[(&str, String)]) -> (TransitContent, Report) {
    let texts: Vec<SourceText> = files
        .iter()
        .map(|(n, t)| SourceText::new(format!("gtfs/{n}"), t.clone()))
        .collect();
    let feed = Feed {
        folder: "gtfs/",
        line: 40,
        files: texts
            .iter()
            .map(|t| (t.file["gtfs/".len()..].to_string(), t))
            .collect(),
    };
    let mut report = Report::new();
    let content = import(&feed, &mut report);
    report.sort();
    (content, report)
}

fn errors(r: &Report) -> Vec<String> {
    r.errors().map(|p| p.to_string()).collect()
}

fn warnings(r: &Report) -> Vec<String> {
    r.warnings().map(|p| p.to_string()).collect()
}

/// The only error of a run, as `file:line: field: message`.
fn only_error(files: &[(&str, String)]) -> String {
    let (_, r) = run(files);
    let e = errors(&r);
    assert_eq!(e.len(), 1, "{r}");
    e[0].clone()
}

#[test]
fn a_whole_feed_links_up() {
    let (c, r) = run(&base());
    assert!(
        r.problems.is_empty(),
        "`pt` is pt-BR, stop_times and feed_info are not shown: {r}"
    );

    let a = &c.agencies[0];
    assert_eq!(
        (a.id.as_str(), a.name["ja"].as_str(), a.name["en"].as_str()),
        ("town", "みどり町", "Midori Town")
    );
    assert_eq!(a.official_name.as_deref(), Some("みどり町役場"));
    assert_eq!(a.phone.as_deref(), Some("0123-45-6789"));
    assert_eq!(c.offices[0].name, "みどり交通東営業所");

    let ids: Vec<_> = c.stops.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["sta", "sta_1", "sta_2", "hall", "lib"]);
    let station = &c.stops[0];
    assert!(station.station && station.parent.is_none());
    assert_eq!(station.reading.as_deref(), Some("みどりえき"));
    let platform = &c.stops[2];
    assert_eq!(
        (
            platform.parent,
            platform.platform.as_deref(),
            platform.code.as_deref()
        ),
        (Some(0), Some("2"), Some("2"))
    );
    assert_eq!(platform.name["en"], "Midori Station", "by field_value");
    let hall = &c.stops[3];
    assert_eq!(
        hall.reading.as_deref(),
        Some("ちょうやくばまえ"),
        "katakana folded"
    );
    assert_eq!(hall.name["en"], "Town Hall");
    assert_eq!(hall.name["pt-BR"], "Prefeitura");
    assert_eq!(c.stops[4].reading, None);

    let route = &c.routes[0];
    assert_eq!(route.short_name["en"], "East Line");
    assert_eq!(route.long_name["ja"], "みどり駅－町役場前－図書館");
    assert_eq!(route.reading.as_deref(), Some("ひがしせん"));
    assert_eq!(route.colour.as_deref(), Some("#E60012"));
    assert_eq!(route.agency, Some(0));

    let services: Vec<_> = c
        .services
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.weekdays,
                s.added.clone(),
                s.removed.clone(),
            )
        })
        .collect();
    assert_eq!(
        services,
        [
            ("weekday", 0b0011111, vec![], vec!["2026-04-29".to_string()]),
            ("holiday", 0b1000000, vec!["2026-04-29".to_string()], vec![]),
            ("summer", 0, vec!["2026-08-15".to_string()], vec![]),
        ]
    );
    assert_eq!(c.services[0].start.as_deref(), Some("2026-04-01"));
    assert_eq!(c.services[2].start, None);

    assert_eq!(c.trips.len(), 3);
    let e1 = &c.trips[0];
    assert_eq!(
        (e1.route, e1.service, e1.headsign, e1.direction, e1.office),
        (0, 0, Some(0), Some(0), Some(0))
    );
    let times: Vec<_> = e1
        .stop_times
        .iter()
        .map(|s| (s.stop, s.arrival, s.departure, s.pickup, s.drop_off))
        .collect();
    assert_eq!(
        times,
        [
            (1, 25200, 25200, true, false),
            (3, 25500, 25500, true, true),
            (4, 25800, 25800, false, true),
        ],
        "the untimed middle stop gets 07:05"
    );
    assert_eq!(c.trips[1].stop_times[1].departure, 9 * 3600 + 6 * 60);
    assert_eq!(
        c.trips[1].stop_times[2].arrival,
        9 * 3600 + 15 * 60,
        "9:15:00 reads as 09:15"
    );
    let late = &c.trips[2];
    assert_eq!(
        late.stop_times
            .iter()
            .map(|s| (s.stop, s.departure))
            .collect::<Vec<_>>(),
        [(4, 24 * 3600 + 50 * 60), (1, 25 * 3600 + 10 * 60)],
        "ordered by stop_sequence, not by line, and past 24:00"
    );
    assert_eq!(c.headsigns.len(), 2);
    assert_eq!(c.headsigns[0].text["en"], "Library");
    assert_eq!(c.headsigns[0].reading.as_deref(), Some("としょかん"));
    assert!(
        !c.headsigns[1].text.contains_key("en"),
        "translations of stops.stop_name are not a headsign's"
    );
}

#[test]
fn the_dataset_is_compact_and_reads_back() {
    let (c, _) = run(&base());
    let bytes = crate::dataset_bytes(TRANSIT_DATASET, &c).unwrap();
    let json = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        json.contains(r#"{"id":"e1","route":0,"service":0,"headsign":0,"direction":0,"office":0,"times":[1,25200,0,3,300,0,4,300,0],"no_pickup":[2],"no_drop_off":[0]}"#),
        "{json}"
    );
    let back: TransitContent = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(back, c);
    assert_eq!(crate::dataset_bytes(TRANSIT_DATASET, &back).unwrap(), bytes);
    assert!(serde_json::from_str::<TransitTrip>(
        r#"{"id":"x","route":0,"service":0,"times":[1,2]}"#
    )
    .is_err());
    assert!(serde_json::from_str::<TransitTrip>(
        r#"{"id":"x","route":0,"service":0,"times":[1,2,3],"no_pickup":[1]}"#
    )
    .is_err());
}

#[test]
fn v1_translations_by_text_and_readings_from_fragments() {
    let old = "trans_id,lang,translation
みどり駅,ja,みどり駅
みどり駅,ja-Hrkt,みどりえき
みどり駅,en,Midori Station
番のりば,ja-Hrkt,ばんのりば
番のりば,en,th Stop
図書館,ja-Hrkt,としょかん
図書館,en,Library
町役場前,zh-TW,鎮公所前
町役場前,zh-CN,镇公所前
町役場前,fr,Devant la mairie
海の家,ja-Hrkt,うみのいえ
";
    let mut files = with("translations.txt", Some(old));
    let stops = STOPS.replace("sta_1,1,みどり駅,", "sta_1,1,みどり駅1番のりば,");
    files.retain(|(n, _)| *n != "stops.txt");
    files.push(("stops.txt", stops));
    let (c, r) = run(&files);
    assert!(errors(&r).is_empty(), "{r}");
    assert_eq!(
        warnings(&r),
        [
            "gtfs/translations.txt:11: lang: no Machi locale for `fr`; its translations are not used (locales: ja, ja-easy, en, pt-BR, es, vi, tl, ne, zh-Hans, zh-Hant, ko, th, id, my, si, km, mn)",
            "gtfs/translations.txt:12: trans_id: `海の家` occurs in no name, route or headsign of the feed; not used",
        ]
    );
    assert_eq!(c.stops[0].name["en"], "Midori Station");
    assert_eq!(c.stops[0].reading.as_deref(), Some("みどりえき"));
    let platform = &c.stops[1];
    assert_eq!(platform.name["ja"], "みどり駅1番のりば");
    assert_eq!(
        platform.reading.as_deref(),
        Some("みどりえき1ばんのりば"),
        "put together from fragments"
    );
    assert!(
        !platform.name.contains_key("en"),
        "only readings are put together"
    );
    assert_eq!(c.stops[3].name["zh-Hans"], "镇公所前");
    assert_eq!(
        c.stops[3].name["zh-Hant"], "鎮公所前",
        "Traditional stays Traditional"
    );
    assert_eq!(c.stops[4].reading.as_deref(), Some("としょかん"));
    assert_eq!(c.headsigns[0].text["en"], "Library");
    assert!(
        !c.stops.iter().any(|s| s.name.contains_key("ja-Hrkt")),
        "readings are not names"
    );
}

#[test]
fn bom_crlf_and_extra_columns_and_files_are_fine() {
    let crlf = |s: &str| s.replace('\n', "\r\n");
    let mut files: Vec<(&str, String)> = base()
        .into_iter()
        .map(|(n, t)| (n, format!("\u{FEFF}{}", crlf(&t))))
        .collect();
    files.retain(|(n, _)| *n != "trips.txt");
    files.push((
        "trips.txt",
        crlf(&TRIPS.replace(
            "jp_office_id\n",
            "jp_office_id,wheelchair_accesible,jp_trip_desc\n",
        ))
        .replace("east\r\n", "east,0,急行\r\n"),
    ));
    files.push(("shapes.txt", "shape_id\n".into()));
    files.push(("fare_rider_categories.txt", "fare_id\nk\n".into()));
    let (c, r) = run(&files);
    assert!(errors(&r).is_empty(), "{r}");
    assert_eq!(
        warnings(&r),
        ["gtfs/fare_rider_categories.txt:1: file: not a GTFS or GTFS-JP file; ignored"]
    );
    assert_eq!(c.agencies[0].id, "town", "no BOM in the first header cell");
    assert_eq!(c.trips.len(), 3);
    assert_eq!((c.stops.len(), c.stops[4].id.as_str()), (5, "lib"));
}

#[test]
fn missing_files_are_reported_at_the_source_in_city_toml() {
    assert_eq!(
        only_error(&with("stops.txt", None)),
        "city.toml:40: sources.path: the GTFS feed `gtfs/` has no `stops.txt`"
    );
    let mut files = with("calendar.txt", None);
    files.retain(|(n, _)| *n != "calendar_dates.txt");
    let (_, r) = run(&files);
    assert!(errors(&r).contains(&"city.toml:40: sources.path: the GTFS feed `gtfs/` has neither `calendar.txt` nor `calendar_dates.txt`: no trip would run on any day".to_string()), "{r}");
    // Either calendar file alone is enough (here the weekday service is then left with no day).
    let (_, r) = run(&with("calendar.txt", None));
    assert!(
        errors(&r).iter().all(|e| !e.starts_with("city.toml")),
        "{r}"
    );
}

#[test]
fn missing_columns_are_errors_on_line_1() {
    assert_eq!(
        only_error(&edited("stop_times.txt", ",stop_sequence,", ",seq,")),
        "gtfs/stop_times.txt:1: stop_sequence: required column missing from the header"
    );
    assert_eq!(
        only_error(&edited("stops.txt", "stop_lat", "latitude")),
        "gtfs/stops.txt:1: stop_lat: required column missing from the header"
    );
}

#[test]
fn references_to_nothing() {
    assert_eq!(
        only_error(&edited("stop_times.txt", "e1,,,hall,", "e1,,,hal,")),
        "gtfs/stop_times.txt:3: stop_id: no stop `hal` in stops.txt"
    );
    assert_eq!(
        only_error(&edited("stop_times.txt", "e2,09:05:00,09:06:00,hall", "e2,09:05:00,09:06:00,sta")),
        "gtfs/stop_times.txt:6: stop_id: `sta` is a station (location_type 1): name one of its platforms"
    );
    let (_, r) = run(&edited("stop_times.txt", "late,24:50", "lat,24:50"));
    assert_eq!(
        errors(&r),
        ["gtfs/stop_times.txt:9: trip_id: no trip `lat` in trips.txt"]
    );
    assert_eq!(
        warnings(&r),
        ["gtfs/trips.txt:4: trip_id: trip `late` has 1 stop time(s) in stop_times.txt, fewer than 2; left out"]
    );
    assert_eq!(
        only_error(&edited("trips.txt", "east,holiday,", "west,holiday,")),
        "gtfs/trips.txt:3: route_id: no route `west` in routes.txt"
    );
    assert_eq!(
        only_error(&edited("trips.txt", "east,summer,", "east,winter,")),
        "gtfs/trips.txt:4: service_id: no service `winter` in calendar.txt or calendar_dates.txt"
    );
    assert_eq!(
        only_error(&edited(
            "trips.txt",
            ",0,east\neast,holiday",
            ",0,west\neast,holiday"
        )),
        "gtfs/trips.txt:2: jp_office_id: no office `west` in office_jp.txt"
    );
    assert_eq!(
        only_error(&edited("stops.txt", "0,sta,2", "0,hall,2")),
        "gtfs/stops.txt:4: parent_station: `hall` is not a station (its location_type is not 1)"
    );
    assert_eq!(
        only_error(&edited("routes.txt", "east,town,", "east,city,")),
        "gtfs/routes.txt:2: agency_id: no agency `city` in agency.txt"
    );
    assert_eq!(
        only_error(&edited("agency_jp.txt", "town,", "city,")),
        "gtfs/agency_jp.txt:2: agency_id: no agency `city` in agency.txt"
    );
}

#[test]
fn a_service_that_never_runs() {
    // Sundays only, within one week that has no Sunday.
    let cal = CALENDAR.replace(
        "holiday,0,0,0,0,0,0,1,20260401,20270331",
        "holiday,0,0,0,0,0,0,1,20260406,20260410",
    );
    let mut files = with("calendar.txt", Some(&cal));
    files.retain(|(n, _)| *n != "calendar_dates.txt");
    files.push((
        "calendar_dates.txt",
        "service_id,date,exception_type\nsummer,20260815,1\n".into(),
    ));
    assert_eq!(
        only_error(&files),
        "gtfs/trips.txt:3: service_id: service `holiday` runs on no day at all (gtfs/calendar.txt:3 gives no weekday in its dates, and no date is added)"
    );
    // A date-only service whose one date is taken away again runs on no day either.
    let dates = "service_id,date,exception_type\nsummer,20260815,2\n";
    let (_, r) = run(&with("calendar_dates.txt", Some(dates)));
    assert_eq!(
        errors(&r),
        ["gtfs/trips.txt:4: service_id: service `summer` runs on no day at all (gtfs/calendar_dates.txt:2 gives no weekday in its dates, and no date is added)"]
    );
}

#[test]
fn sequences_and_times_that_go_backwards() {
    assert_eq!(
        only_error(&edited("stop_times.txt", "hall,20,", "hall,10,")),
        "gtfs/stop_times.txt:6: stop_sequence: trip `e2` has stop_sequence 10 twice (also at line 5): it must increase along the trip"
    );
    assert_eq!(
        only_error(&edited("stop_times.txt", "e2,9:15:00,9:15:00", "e2,09:01:00,09:01:00")),
        "gtfs/stop_times.txt:7: arrival_time: 09:01:00 is before the previous stop's departure 09:06:00 (line 6): trip `e2` goes back in time"
    );
    assert_eq!(
        only_error(&edited("stop_times.txt", "09:05:00,09:06:00", "09:07:00,09:06:00")),
        "gtfs/stop_times.txt:6: departure_time: 09:06:00 is before the arrival_time 09:07:00 (trip `e2`)"
    );
    assert_eq!(
        only_error(&edited("stop_times.txt", "e1,07:10:00,07:10:00", "e1,,")),
        "gtfs/stop_times.txt:4: arrival_time: the first and last stop of trip `e1` need a time"
    );
}

#[test]
fn bad_values() {
    assert_eq!(
        only_error(&edited("stop_times.txt", "09:05:00,09:06", "09:5:00,09:06")),
        "gtfs/stop_times.txt:6: arrival_time: `09:5:00` is not a time HH:MM:SS (hours may pass 24, as in 25:10:00)"
    );
    assert_eq!(
        only_error(&edited("stop_times.txt", "09:05:00,09:06", "09:05:00,09:66")),
        "gtfs/stop_times.txt:6: departure_time: `09:66:00` is not a time HH:MM:SS (hours may pass 24, as in 25:10:00)"
    );
    assert_eq!(
        only_error(&edited("calendar_dates.txt", "20260815", "2026-08-15")),
        "gtfs/calendar_dates.txt:4: date: `2026-08-15` is not a date YYYYMMDD (e.g. 20260401)"
    );
    assert_eq!(
        only_error(&edited("calendar.txt", "20270331", "20270231")),
        "gtfs/calendar.txt:2: end_date: `20270231` is not a date YYYYMMDD (e.g. 20260401)"
    );
    assert_eq!(
        only_error(&edited("calendar.txt", "weekday,1,", "weekday,yes,")),
        "gtfs/calendar.txt:2: monday: `yes` is not 0 or 1"
    );
    assert_eq!(
        only_error(&edited("routes.txt", "e60012", "#e60012")),
        "gtfs/routes.txt:2: route_color: `#e60012` is not a colour RRGGBB (six hex digits, no `#`)"
    );
    assert_eq!(
        only_error(&edited(
            "trips.txt",
            "図書館,0,east\neast,holiday",
            "図書館,2,east\neast,holiday"
        )),
        "gtfs/trips.txt:2: direction_id: `2` is not a direction (0 or 1)"
    );
}

#[test]
fn coordinates_outside_japan_or_swapped() {
    let e = only_error(&edited("stops.txt", "36.31,139.81", "139.81,36.31"));
    assert!(
        e.starts_with("gtfs/stops.txt:5: stop_lat: swapped latitude/longitude"),
        "{e}"
    );
    let e = only_error(&edited("stops.txt", "36.32,139.82", "48.85,2.35"));
    assert!(
        e.starts_with("gtfs/stops.txt:6: stop_lat: latitude 48.85 is outside Japan"),
        "{e}"
    );
    assert_eq!(
        only_error(&edited("stops.txt", "36.32,139.82", ",139.82")),
        "gtfs/stops.txt:6: stop_lat: must not be empty"
    );
}

#[test]
fn duplicate_ids() {
    assert_eq!(
        only_error(&edited(
            "stops.txt",
            "lib,4,図書館,36.32,139.82,,,",
            "lib,4,図書館,36.32,139.82,,,\nhall,5,町役場,36.31,139.81,,,"
        )),
        "gtfs/stops.txt:7: stop_id: duplicate id `hall` (first at line 5)"
    );
    assert_eq!(
        only_error(&edited(
            "trips.txt",
            "みどり駅,1,\n",
            "みどり駅,1,\neast,weekday,e2,図書館,0,east\n"
        )),
        "gtfs/trips.txt:5: trip_id: duplicate id `e2` (first at line 3)"
    );
    assert_eq!(
        only_error(&edited("calendar_dates.txt", "summer,20260815,1", "summer,20260815,1\nholiday,20260429,1")),
        "gtfs/calendar_dates.txt:5: date: service `holiday` on 2026-04-29 is listed twice (first at line 3)"
    );
}

#[test]
fn translations_of_unknown_records() {
    assert_eq!(
        only_error(&edited(
            "translations.txt",
            "Town Hall,hall",
            "Town Hall,hal"
        )),
        "gtfs/translations.txt:5: record_id: no record `hal` in stops.txt"
    );
    assert_eq!(
        only_error(&edited(
            "translations.txt",
            "Library,,,図書館",
            "Library,,,図書"
        )),
        "gtfs/translations.txt:9: field_value: no trip_headsign `図書` in trips.txt"
    );
    assert_eq!(
        only_error(&edited("translations.txt", "routes,route_short_name,en", "route,route_short_name,en")),
        "gtfs/translations.txt:7: table_name: `route` is not a table a translation can name (agency, stops, routes, trips, stop_times, feed_info, pathways, levels, attributions)"
    );
    assert_eq!(
        only_error(&edited(
            "translations.txt",
            "Town Hall,hall,,",
            "Town Hall,hall,,町役場前"
        )),
        "gtfs/translations.txt:5: field_value: give record_id or field_value, not both"
    );
    assert_eq!(
        only_error(&edited("translations.txt", "Prefeitura,hall", "Câmara,hall\nstops,stop_name,pt-BR,Prefeitura,hall")),
        "gtfs/translations.txt:7: translation: `stops.stop_name of hall` is translated into `pt-BR` twice, differently (first at line 6)"
    );
}

#[test]
fn many_alike_problems_are_counted_not_listed() {
    let mut text = STOP_TIMES.to_string();
    for i in 0..30 {
        text.push_str(&format!(
            "e1,08:{i:02}:00,08:{i:02}:00,nowhere{i},{},,\n",
            100 + i
        ));
    }
    let (_, r) = run(&with("stop_times.txt", Some(&text)));
    let e = errors(&r);
    assert_eq!(e.len(), 21, "{r}");
    assert_eq!(
        e[0],
        "gtfs/stop_times.txt:10: stop_id: no stop `nowhere0` in stops.txt"
    );
    assert_eq!(
        e[20],
        "gtfs/stop_times.txt:30: stop_id: 10 more like the problems above from line 30 on, not listed"
    );
}

#[test]
fn languages_map_to_machi_locales() {
    use translations::{language, Language::*};
    assert_eq!(language("ja-Hrkt"), Reading);
    assert_eq!(language("JA-HRKT"), Reading);
    assert_eq!(language("ja"), Japanese);
    assert_eq!(language("en"), Locale("en"));
    assert_eq!(language("en-GB"), Locale("en"));
    assert_eq!(language("zh-CN"), Locale("zh-Hans"));
    assert_eq!(language("zh-Hans"), Locale("zh-Hans"));
    assert_eq!(language("zh-TW"), Locale("zh-Hant"));
    assert_eq!(language("zh-Hant"), Locale("zh-Hant"));
    assert_eq!(language("pt"), Locale("pt-BR"));
    assert_eq!(language("ko-KR"), Locale("ko"));
    assert_eq!(language("fil"), Locale("tl"));
    assert_eq!(language("fr"), Other);
}

#[test]
fn gtfs_times_and_dates() {
    use gtfs::{parse_date, parse_time};
    assert_eq!(parse_time("25:10:00"), Some(90600));
    assert_eq!(parse_time("6:28:00"), Some(6 * 3600 + 28 * 60));
    assert_eq!(parse_time("00:00:00"), Some(0));
    for bad in [
        "",
        "25:10",
        "25:1:00",
        "aa:10:00",
        "10:60:00",
        "10:00:60",
        "10:00:00:00",
        "-1:00:00",
        "10:+5:00",
    ] {
        assert_eq!(parse_time(bad), None, "{bad}");
    }
    assert!(parse_date("20270331").is_some());
    for bad in ["2027-03-31", "20270230", "2027033", "202703311"] {
        assert!(parse_date(bad).is_none(), "{bad}");
    }
}

#[test]
fn oyama_feed_imports_cleanly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = crate::import(&dir);
    let gtfs: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.file.starts_with("gtfs/"))
        .map(|p| p.to_string())
        .collect();
    assert!(gtfs.is_empty(), "{gtfs:?}");
    assert!(!report.has_errors(), "{report}");
    let t = imported.unwrap().transit.expect("city.toml lists gtfs/");
    assert_eq!(
        (
            t.agencies.len(),
            t.offices.len(),
            t.stops.len(),
            t.routes.len(),
            t.services.len(),
            t.trips.len()
        ),
        (1, 3, 71, 7, 3, 423)
    );
    assert_eq!(t.agencies[0].official_name.as_deref(), Some("小山市"));
    let west = t.stops.iter().position(|s| s.id == "oyama_w").unwrap() as u32;
    let platforms: Vec<_> = t
        .stops
        .iter()
        .filter(|s| s.parent == Some(west))
        .map(|s| s.platform.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(platforms, ["1", "2", "3"]);
    assert!(t
        .stops
        .iter()
        .all(|s| s.reading.is_some() && s.name.contains_key("en")));
    assert!(t
        .routes
        .iter()
        .all(|r| r.reading.is_some() && r.short_name.contains_key("en")));
    assert_eq!(t.headsigns.len(), 9);
    assert!(t.headsigns.iter().all(|h| h.reading.is_some()));
    let holiday = t.services.iter().find(|s| s.id == "holiday").unwrap();
    assert!(holiday.added.contains(&"2026-05-06".to_string()));
    let calls: usize = t.trips.iter().map(|t| t.stop_times.len()).sum();
    assert_eq!(calls, 4741);
}

/// Checks any feed folder, for trying the importer on real feeds:
/// `MACHI_GTFS_DIR=path/to/feed cargo test -p machi-bundle --lib -- --ignored --nocapture feed_folder`.
#[test]
#[ignore]
fn a_feed_folder_from_the_environment() {
    let Some(dir) = std::env::var_os("MACHI_GTFS_DIR") else {
        return;
    };
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut r = Report::new();
        let bytes = std::fs::read(&path).unwrap();
        if let Some(text) = crate::text::decode(&bytes, crate::Encoding::Utf8, &name, &mut r) {
            texts.push(SourceText::new(format!("gtfs/{name}"), text));
        }
    }
    let feed = Feed {
        folder: "gtfs/",
        line: 1,
        files: texts
            .iter()
            .map(|t| (t.file["gtfs/".len()..].to_string(), t))
            .collect(),
    };
    let mut report = Report::new();
    let started = std::time::Instant::now();
    let c = import(&feed, &mut report);
    let took = started.elapsed();
    report.sort();
    print!("{report}");
    let calls: usize = c.trips.iter().map(|t| t.stop_times.len()).sum();
    let json = crate::dataset_bytes(TRANSIT_DATASET, &c).unwrap();
    println!(
        "{}: {} stops, {} routes, {} services, {} trips, {calls} stop times; transit.json {} bytes; {took:?}",
        report.summary(),
        c.stops.len(),
        c.routes.len(),
        c.services.len(),
        c.trips.len(),
        json.len()
    );
    let with_reading = c.stops.iter().filter(|s| s.reading.is_some()).count();
    println!(
        "stops with a reading: {with_reading}; first stops: {:?}",
        &c.stops[..3.min(c.stops.len())]
    );
}
