//! A GTFS-JP bus feed (標準的なバス情報フォーマット) → `transit.json`.
//!
//! The city names its feed folder once in city.toml (`path = "gtfs/"`, `kind = "gtfs_jp"`) and replaces the
//! folder's files whenever the operator exports a new timetable. This module checks the feed the way a city
//! needs to fix it — every problem with its file and line — and links it into [`TransitContent`]: agencies
//! with their `agency_jp.txt` names, stops with translations and readings, routes, services (calendar and
//! calendar_dates), trips and their stop times.
//!
//! It does not read fares, shapes, transfers or frequencies; the app answers "when does the next bus leave"
//! and "what is this route's timetable" (machi-core's `transit` module), not journey planning.

mod gtfs;
mod translations;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use crate::content::LatLon;
use crate::content::{
    TransitAgency, TransitContent, TransitOffice, TransitRoute, TransitService, TransitStop,
    TransitText, TransitTrip, TripStop,
};
use crate::problem::{Report, Severity};
use crate::source::CITY_FILE;
use crate::table::Table;
use crate::SourceText;

use gtfs::GtfsTable;
use translations::{Records, Translations};

/// A feed folder as the importer gets it.
pub struct Feed<'a> {
    /// The folder as city.toml names it, with its trailing `/` (`gtfs/`).
    pub folder: &'a str,
    /// Line of the source's `path` in city.toml, where a missing file is reported.
    pub line: usize,
    /// Every file in the folder, by file name (`stops.txt`).
    pub files: BTreeMap<String, &'a SourceText>,
}

/// Problems of one kind in one file are listed up to this many; the rest are counted. A typo in one stop id
/// repeats in thousands of stop_times.txt rows, and the first lines say all a city needs to find it.
const MAX_ALIKE: usize = 20;

/// A [`Report`] that lists at most [`MAX_ALIKE`] problems of one kind in one file.
pub(crate) struct Problems<'r> {
    report: &'r mut Report,
    /// (file, kind) → (problems seen, severity, field and line of the first one not listed).
    alike: BTreeMap<(String, &'static str), (usize, Severity, String, usize)>,
}

impl<'r> Problems<'r> {
    fn new(report: &'r mut Report) -> Self {
        Problems {
            report,
            alike: BTreeMap::new(),
        }
    }

    fn push(
        &mut self,
        severity: Severity,
        kind: &'static str,
        file: &str,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        let field = field.into();
        let seen = self.alike.entry((file.to_string(), kind)).or_insert((
            0,
            severity,
            field.clone(),
            line,
        ));
        seen.0 += 1;
        if seen.0 <= MAX_ALIKE {
            seen.2 = field.clone();
            match severity {
                Severity::Error => self.report.error(file, line, field, message),
                Severity::Warning => self.report.warning(file, line, field, message),
            }
        } else if seen.0 == MAX_ALIKE + 1 {
            seen.2 = field;
            seen.3 = line;
        }
    }

    pub fn error(
        &mut self,
        kind: &'static str,
        file: &str,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(Severity::Error, kind, file, line, field, message);
    }

    pub fn warning(
        &mut self,
        kind: &'static str,
        file: &str,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(Severity::Warning, kind, file, line, field, message);
    }

    /// Counts what was not listed, at the line of the first such problem.
    fn finish(self) {
        for ((file, _), (count, severity, field, line)) in self.alike {
            if count > MAX_ALIKE {
                let message = format!(
                    "{} more like the problems above from line {line} on, not listed",
                    count - MAX_ALIKE
                );
                match severity {
                    Severity::Error => self.report.error(file, line, field, message),
                    Severity::Warning => self.report.warning(file, line, field, message),
                }
            }
        }
    }
}

/// Reads and checks a feed. Problems go to `report`; with errors the content is incomplete.
pub fn import(feed: &Feed, report: &mut Report) -> TransitContent {
    let mut p = Problems::new(report);
    check_files(feed, &mut p);
    // CSV syntax problems stop a file at its first one, so they go straight to the report.
    let mut parse = |name: &str| {
        feed.files.get(name).map(|text| {
            let file = format!("{}{name}", feed.folder);
            GtfsTable {
                table: Table::parse(&file, &text.text, p.report),
                file,
            }
        })
    };
    let agency = parse(gtfs::AGENCY);
    let agency_jp = parse(gtfs::AGENCY_JP);
    let office_jp = parse(gtfs::OFFICE_JP);
    let stops_file = parse(gtfs::STOPS);
    let routes_file = parse(gtfs::ROUTES);
    let trips_file = parse(gtfs::TRIPS);
    let stop_times_file = parse(gtfs::STOP_TIMES);
    let calendar = parse(gtfs::CALENDAR);
    let calendar_dates = parse(gtfs::CALENDAR_DATES);
    let translations_file = parse(gtfs::TRANSLATIONS);

    let agencies = agency
        .as_ref()
        .map(|a| gtfs::read_agencies(a, agency_jp.as_ref(), &mut p))
        .unwrap_or_default();
    let offices = office_jp.as_ref().map(|o| gtfs::read_offices(o, &mut p));
    let stops = stops_file
        .as_ref()
        .map(|s| gtfs::read_stops(s, &mut p))
        .unwrap_or_default();
    let (routes, route_index) = routes_file
        .as_ref()
        .map(|r| gtfs::read_routes(r, &agencies, &mut p))
        .unwrap_or_default();
    let (services, service_index) =
        gtfs::read_services(calendar.as_ref(), calendar_dates.as_ref(), &mut p);
    let refs = gtfs::TripRefs {
        routes: &route_index,
        services: &services,
        service_index: &service_index,
        offices: offices.as_deref(),
    };
    let (trips, trip_index) = trips_file
        .as_ref()
        .map(|t| gtfs::read_trips(t, &refs, &mut p))
        .unwrap_or_default();
    let timed = match &stop_times_file {
        Some(st) => gtfs::read_stop_times(st, &trips, &trip_index, &stops, &mut p),
        None => vec![None; trips.len()],
    };

    let mut records = Records::default();
    for a in &agencies {
        records.add("agency", "agency_name", &a.id, &a.name);
    }
    for s in &stops.rows {
        records.add("stops", "stop_name", &s.id, &s.name);
    }
    for r in &routes {
        records.add("routes", "route_short_name", &r.id, &r.short_name);
        records.add("routes", "route_long_name", &r.id, &r.long_name);
    }
    for t in &trips {
        records.add(
            "trips",
            "trip_headsign",
            &t.id,
            t.headsign.as_deref().unwrap_or(""),
        );
    }
    let translations = translations_file
        .as_ref()
        .map(|t| Translations::read(t, &records, &mut p))
        .unwrap_or_default();
    p.finish();

    let linked = Linked {
        agencies,
        offices: offices.unwrap_or_default(),
        stops: stops.rows,
        routes,
        services,
        trips,
        timed,
    };
    assemble(linked, &translations)
}

/// Every file's rows, checked and linked by index; `timed[i]` holds the stop times of `trips[i]`, `None` when
/// the trip cannot be used.
struct Linked {
    agencies: Vec<gtfs::AgencyRow>,
    offices: Vec<gtfs::OfficeRow>,
    stops: Vec<gtfs::StopRow>,
    routes: Vec<gtfs::RouteRow>,
    services: Vec<gtfs::ServiceRow>,
    trips: Vec<gtfs::TripRow>,
    timed: Vec<Option<gtfs::Timed>>,
}

/// Required files, and files that are not GTFS at all (a stray export, a spreadsheet) or that would change
/// the timetable without Machi reading them.
fn check_files(feed: &Feed, p: &mut Problems) {
    let missing = |name: &str| !feed.files.contains_key(name);
    for name in gtfs::REQUIRED {
        if missing(name) {
            p.error(
                "missing_file",
                CITY_FILE,
                feed.line,
                "sources.path",
                format!("the GTFS feed `{}` has no `{name}`", feed.folder),
            );
        }
    }
    if missing(gtfs::CALENDAR) && missing(gtfs::CALENDAR_DATES) {
        p.error(
            "missing_file",
            CITY_FILE,
            feed.line,
            "sources.path",
            format!(
                "the GTFS feed `{}` has neither `calendar.txt` nor `calendar_dates.txt`: no trip would run on any day",
                feed.folder
            ),
        );
    }
    for (name, text) in &feed.files {
        if gtfs::READ.contains(&name.as_str()) {
            continue;
        }
        if name == gtfs::FREQUENCIES && text.text.lines().nth(1).is_some() {
            p.warning(
                "file",
                &text.file,
                1,
                "file",
                "frequencies.txt is not read: trips run only at their stop_times.txt times",
            );
        } else if !gtfs::KNOWN_UNREAD.contains(&name.as_str()) {
            p.warning(
                "file",
                &text.file,
                1,
                "file",
                "not a GTFS or GTFS-JP file; ignored",
            );
        }
    }
}

/// Builds the dataset from checked rows, naming everything in every language the translations give.
fn assemble(feed: Linked, translations: &Translations) -> TransitContent {
    let agencies = feed
        .agencies
        .into_iter()
        .map(|a| {
            let (name, reading) = translations.localize("agency", "agency_name", &a.id, &a.name);
            TransitAgency {
                id: a.id,
                name,
                reading,
                official_name: a.official_name,
                url: a.url,
                phone: a.phone,
                fare_url: a.fare_url,
            }
        })
        .collect();
    let offices = feed
        .offices
        .into_iter()
        .map(|o| TransitOffice {
            id: o.id,
            name: o.name,
            url: o.url,
            phone: o.phone,
        })
        .collect();
    let stops = feed
        .stops
        .into_iter()
        .map(|s| {
            let (name, reading) = translations.localize("stops", "stop_name", &s.id, &s.name);
            TransitStop {
                id: s.id,
                code: s.code,
                name,
                reading,
                location: LatLon {
                    lat: s.lat,
                    lon: s.lon,
                },
                station: s.station,
                parent: s.parent,
                platform: s.platform,
            }
        })
        .collect();
    let routes = feed
        .routes
        .into_iter()
        .map(|r| {
            let (short_name, short_reading) =
                translations.localize("routes", "route_short_name", &r.id, &r.short_name);
            let (long_name, long_reading) =
                translations.localize("routes", "route_long_name", &r.id, &r.long_name);
            TransitRoute {
                reading: if r.short_name.is_empty() {
                    long_reading
                } else {
                    short_reading
                },
                id: r.id,
                agency: r.agency,
                short_name,
                long_name,
                colour: r.colour,
                text_colour: r.text_colour,
            }
        })
        .collect();
    let services = feed
        .services
        .into_iter()
        .map(|s| {
            let day = |d: &chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
            TransitService {
                id: s.id,
                weekdays: s.weekdays,
                start: s.range.map(|r| day(&r.0)),
                end: s.range.map(|r| day(&r.1)),
                added: s.added.iter().map(day).collect(),
                removed: s.removed.iter().map(day).collect(),
            }
        })
        .collect();
    let mut headsigns: Vec<TransitText> = Vec::new();
    let mut headsign_index: BTreeMap<TransitText, u32> = BTreeMap::new();
    let mut out_trips = Vec::with_capacity(feed.trips.len());
    for (t, timed) in feed.trips.into_iter().zip(feed.timed) {
        let (Some(route), Some(service), Some(timed)) = (t.route, t.service, timed) else {
            continue;
        };
        let headsign = t.headsign.as_deref().map(|h| {
            let (text, reading) = translations.localize("trips", "trip_headsign", &t.id, h);
            let text = TransitText { text, reading };
            *headsign_index.entry(text.clone()).or_insert_with(|| {
                headsigns.push(text);
                headsigns.len() as u32 - 1
            })
        });
        out_trips.push(TransitTrip {
            id: t.id,
            route,
            service,
            headsign,
            direction: t.direction,
            office: t.office,
            stop_times: timed
                .into_iter()
                .map(|(stop, arrival, departure, pickup, drop_off)| TripStop {
                    stop,
                    arrival,
                    departure,
                    pickup,
                    drop_off,
                })
                .collect(),
        });
    }
    TransitContent {
        agencies,
        offices,
        stops,
        routes,
        services,
        headsigns,
        trips: out_trips,
    }
}
