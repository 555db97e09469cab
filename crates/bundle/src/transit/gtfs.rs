//! Reading and checking the GTFS files of a feed, row by row, each problem with its file and line.
//!
//! Every file is read with our CSV reader ([`Table`]), which knows the line each row starts on, and each row is
//! then deserialised into the `gtfs-structures` record of its file (`Stop`, `RawTrip`, `RawStopTime`, …), so
//! field formats are the crate's. Everything a city needs to fix a broken feed — missing columns, references to
//! nothing, services that never run, times that go backwards — is checked here, because gtfs-structures stops
//! at its first error and names no line.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use csv::StringRecord;
use gtfs_structures::{
    Agency, Calendar, CalendarDate, DirectionType, Exception, LocationType, PickupDropOffType,
    RawStopTime, RawTrip, Route, Stop,
};
use serde::de::DeserializeOwned;

use super::Problems;
use crate::city::check_coordinates;
use crate::table::{Row, Table};

pub(super) const AGENCY: &str = "agency.txt";
pub(super) const AGENCY_JP: &str = "agency_jp.txt";
pub(super) const OFFICE_JP: &str = "office_jp.txt";
pub(super) const STOPS: &str = "stops.txt";
pub(super) const ROUTES: &str = "routes.txt";
pub(super) const TRIPS: &str = "trips.txt";
pub(super) const STOP_TIMES: &str = "stop_times.txt";
pub(super) const CALENDAR: &str = "calendar.txt";
pub(super) const CALENDAR_DATES: &str = "calendar_dates.txt";
pub(super) const TRANSLATIONS: &str = "translations.txt";
pub(super) const FREQUENCIES: &str = "frequencies.txt";

/// The files Machi reads.
pub(super) const READ: [&str; 10] = [
    AGENCY,
    AGENCY_JP,
    OFFICE_JP,
    STOPS,
    ROUTES,
    TRIPS,
    STOP_TIMES,
    CALENDAR,
    CALENDAR_DATES,
    TRANSLATIONS,
];

/// Files a feed cannot do without (calendar.txt or calendar_dates.txt is checked apart: either will do).
pub(super) const REQUIRED: [&str; 5] = [AGENCY, STOPS, ROUTES, TRIPS, STOP_TIMES];

/// Files of GTFS and GTFS-JP (標準的なバス情報フォーマット) that Machi does not read; they may stay in the folder.
pub(super) const KNOWN_UNREAD: [&str; 28] = [
    "feed_info.txt",
    "fare_attributes.txt",
    "fare_rules.txt",
    "shapes.txt",
    "transfers.txt",
    "pathways.txt",
    "levels.txt",
    "attributions.txt",
    "areas.txt",
    "stop_areas.txt",
    "networks.txt",
    "route_networks.txt",
    "fare_media.txt",
    "fare_products.txt",
    "fare_leg_rules.txt",
    "fare_leg_join_rules.txt",
    "fare_transfer_rules.txt",
    "timeframes.txt",
    "rider_categories.txt",
    "booking_rules.txt",
    "location_groups.txt",
    "location_group_stops.txt",
    "locations.geojson",
    "routes_jp.txt",
    "pattern_jp.txt",
    "fare_rules_jp.txt",
    "stop_times_jp.txt",
    FREQUENCIES,
];

/// One parsed file of the feed.
pub(super) struct GtfsTable {
    /// As problems name it: `gtfs/stops.txt`.
    pub file: String,
    pub table: Table,
}

/// The columns of one record type that a file has, in the order deserialisation reads them.
pub(super) struct Projection {
    header: StringRecord,
    columns: Vec<(&'static str, usize)>,
}

impl GtfsTable {
    pub fn column(&self, name: &str) -> Option<usize> {
        self.table.column(&[name])
    }

    /// Whether every column in `names` is in the header; each missing one is an error at line 1.
    pub fn require(&self, names: &[&str], p: &mut Problems) -> bool {
        let mut ok = true;
        for name in names {
            if self.column(name).is_none() {
                p.error(
                    "column",
                    &self.file,
                    1,
                    *name,
                    "required column missing from the header",
                );
                ok = false;
            }
        }
        ok
    }

    /// The columns in `names` that this file has; the rest are left to the record's defaults.
    pub fn projection(&self, names: &[&'static str]) -> Projection {
        let columns: Vec<(&'static str, usize)> = names
            .iter()
            .filter_map(|n| self.column(n).map(|i| (*n, i)))
            .collect();
        Projection {
            header: columns.iter().map(|(n, _)| *n).collect(),
            columns,
        }
    }

    /// A row as the `gtfs-structures` record `T`. Each cell is checked first, so a bad value is reported in our
    /// words with its column; `None` when the row cannot be read.
    pub fn record<T: DeserializeOwned>(
        &self,
        projection: &Projection,
        row: &Row,
        p: &mut Problems,
    ) -> Option<T> {
        let mut fine = true;
        for (name, i) in &projection.columns {
            if let Err(message) = check_cell(name, row.get(*i)) {
                p.error("value", &self.file, row.line, *name, message);
                fine = false;
            }
        }
        if !fine {
            return None;
        }
        let record: StringRecord = projection
            .columns
            .iter()
            .map(|(_, i)| row.get(*i))
            .collect();
        match record.deserialize(Some(&projection.header)) {
            Ok(value) => Some(value),
            Err(e) => {
                let (field, message) = match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => (
                        err.field()
                            .and_then(|f| projection.columns.get(f as usize))
                            .map_or("row", |(n, _)| *n),
                        err.kind().to_string(),
                    ),
                    _ => ("row", e.to_string()),
                };
                p.error(
                    "value",
                    &self.file,
                    row.line,
                    field,
                    format!("cannot read: {message}"),
                );
                None
            }
        }
    }
}

/// Seconds after the start of the service day of a GTFS time `H:MM:SS`; hours may pass 24 (a 01:10 bus of the
/// day before is `25:10:00`).
pub(super) fn parse_time(s: &str) -> Option<u32> {
    let mut parts = s.split(':');
    let (h, m, sec) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let shape = h.len() <= 3 && m.len() == 2 && sec.len() == 2;
    if parts.next().is_some() || !(shape && digits(h) && digits(m) && digits(sec)) {
        return None;
    }
    let (h, m, sec): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?);
    (m < 60 && sec < 60).then_some(h * 3600 + m * 60 + sec)
}

/// A GTFS date `YYYYMMDD`.
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y%m%d").ok()
}

pub(super) fn format_time(secs: u32) -> String {
    format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// Our check of one cell, by the column it is in: `Err` says what is wrong in words a city can act on.
fn check_cell(column: &str, value: &str) -> Result<(), String> {
    let one_of = |allowed: &[&str], what: &str| {
        if allowed.contains(&value) {
            Ok(())
        } else {
            Err(format!("`{value}` is not {what}"))
        }
    };
    match column {
        "stop_id" | "trip_id" | "route_id" | "service_id" if value.is_empty() => {
            Err("must not be empty".into())
        }
        "arrival_time" | "departure_time" if !value.is_empty() && parse_time(value).is_none() => {
            Err(format!(
                "`{value}` is not a time HH:MM:SS (hours may pass 24, as in 25:10:00)"
            ))
        }
        "start_date" | "end_date" | "date" if parse_date(value).is_none() => {
            Err(format!("`{value}` is not a date YYYYMMDD (e.g. 20260401)"))
        }
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" => {
            one_of(&["0", "1"], "0 or 1")
        }
        "exception_type" => one_of(&["1", "2"], "1 (service added) or 2 (service removed)"),
        "location_type" => one_of(
            &["", "0", "1", "2", "3", "4"],
            "a location type (0 stop, 1 station, 2 entrance, 3 node, 4 boarding area)",
        ),
        "direction_id" => one_of(&["", "0", "1"], "a direction (0 or 1)"),
        "pickup_type" | "drop_off_type" => one_of(&["", "0", "1", "2", "3"], "0, 1, 2 or 3"),
        "stop_sequence" if value.parse::<u32>().is_err() => {
            Err(format!("`{value}` is not a whole number"))
        }
        "route_type" if value.parse::<i16>().is_err() => {
            Err(format!("`{value}` is not a route type (3 = bus)"))
        }
        "stop_lat" | "stop_lon"
            if !value.is_empty() && !value.parse::<f64>().is_ok_and(f64::is_finite) =>
        {
            Err(format!("`{value}` is not a number in degrees"))
        }
        "route_color" | "route_text_color"
            if !(value.is_empty()
                || value.len() == 6 && value.bytes().all(|b| b.is_ascii_hexdigit())) =>
        {
            Err(format!(
                "`{value}` is not a colour RRGGBB (six hex digits, no `#`)"
            ))
        }
        _ => Ok(()),
    }
}

/// Ids seen in one file, to report a second use with the line of the first.
struct Ids<'a> {
    file: &'a str,
    field: &'static str,
    seen: HashMap<String, usize>,
}

impl<'a> Ids<'a> {
    fn new(file: &'a str, field: &'static str) -> Self {
        Ids {
            file,
            field,
            seen: HashMap::new(),
        }
    }

    /// `true` the first time `id` is seen; a repeat is an error.
    fn first(&mut self, id: &str, line: usize, p: &mut Problems) -> bool {
        if let Some(first) = self.seen.get(id) {
            p.error(
                "duplicate",
                self.file,
                line,
                self.field,
                format!("duplicate id `{id}` (first at line {first})"),
            );
            return false;
        }
        self.seen.insert(id.to_string(), line);
        true
    }
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// The ids of one file: where each usable record is, and which ids had rows with problems already reported.
/// A reference to a reported id, or into a file that could not be read at all, is not reported again: one
/// mistake gives one error, not one per row that mentions it.
#[derive(Default)]
pub(super) struct Index {
    found: HashMap<String, u32>,
    reported: HashSet<String>,
    /// The file was there and had its required columns.
    pub readable: bool,
}

/// What a reference leads to.
pub(super) enum Ref {
    Found(u32),
    /// Nothing usable, but the reason is already reported.
    Reported,
    Unknown,
}

impl Index {
    fn readable() -> Self {
        Index {
            readable: true,
            ..Index::default()
        }
    }

    pub fn find(&self, id: &str) -> Ref {
        match self.found.get(id) {
            Some(i) => Ref::Found(*i),
            None if !self.readable || self.reported.contains(id) => Ref::Reported,
            None => Ref::Unknown,
        }
    }

    fn insert(&mut self, id: String, at: u32) {
        self.found.insert(id, at);
    }

    fn reported(&mut self, id: &str) {
        self.reported.insert(id.to_string());
    }
}

// ---------------------------------------------------------------------------------------------------------
// agency.txt, agency_jp.txt, office_jp.txt

pub(super) struct AgencyRow {
    /// Empty when the feed has one agency and leaves `agency_id` out.
    pub id: String,
    pub name: String,
    pub url: String,
    pub phone: Option<String>,
    pub fare_url: Option<String>,
    pub official_name: Option<String>,
}

pub(super) fn read_agencies(
    agency: &GtfsTable,
    agency_jp: Option<&GtfsTable>,
    p: &mut Problems,
) -> Vec<AgencyRow> {
    let mut out: Vec<AgencyRow> = Vec::new();
    if !agency.require(&["agency_name", "agency_url", "agency_timezone"], p) {
        return out;
    }
    let projection = agency.projection(&[
        "agency_id",
        "agency_name",
        "agency_url",
        "agency_timezone",
        "agency_phone",
        "agency_fare_url",
    ]);
    let mut ids = Ids::new(&agency.file, "agency_id");
    for row in &agency.table.rows {
        let Some(a) = agency.record::<Agency>(&projection, row, p) else {
            continue;
        };
        let id = a.id.unwrap_or_default();
        if id.is_empty() && agency.table.rows.len() > 1 {
            p.error(
                "value",
                &agency.file,
                row.line,
                "agency_id",
                "required when the feed has more than one agency",
            );
        }
        if !ids.first(&id, row.line, p) {
            continue;
        }
        if a.name.trim().is_empty() {
            p.error(
                "value",
                &agency.file,
                row.line,
                "agency_name",
                "must not be empty",
            );
        }
        if a.timezone != "Asia/Tokyo" {
            p.warning(
                "timezone",
                &agency.file,
                row.line,
                "agency_timezone",
                format!(
                    "`{}`: times are read as Japan time (Asia/Tokyo)",
                    a.timezone
                ),
            );
        }
        out.push(AgencyRow {
            id,
            name: a.name.trim().to_string(),
            url: a.url,
            phone: non_empty(a.phone),
            fare_url: non_empty(a.fare_url),
            official_name: None,
        });
    }
    if out.is_empty() && !agency.table.header.is_empty() {
        p.error("empty", &agency.file, 1, "file", "names no agency");
    }
    if let Some(jp) = agency_jp {
        read_agency_jp(jp, &mut out, p);
    }
    out
}

fn read_agency_jp(jp: &GtfsTable, agencies: &mut [AgencyRow], p: &mut Problems) {
    if !jp.require(&["agency_id", "agency_official_name"], p) {
        return;
    }
    let (id_col, name_col) = (jp.column("agency_id"), jp.column("agency_official_name"));
    let mut ids = Ids::new(&jp.file, "agency_id");
    for row in &jp.table.rows {
        let id = row.opt(id_col).unwrap_or("");
        if !ids.first(id, row.line, p) {
            continue;
        }
        match agencies.iter_mut().find(|a| a.id == id) {
            Some(a) => a.official_name = row.opt(name_col).map(str::to_string),
            None => p.error(
                "reference",
                &jp.file,
                row.line,
                "agency_id",
                format!("no agency `{id}` in agency.txt"),
            ),
        }
    }
}

pub(super) struct OfficeRow {
    pub id: String,
    pub name: String,
    pub url: Option<String>,
    pub phone: Option<String>,
}

pub(super) fn read_offices(office_jp: &GtfsTable, p: &mut Problems) -> Vec<OfficeRow> {
    let mut out = Vec::new();
    if !office_jp.require(&["office_id", "office_name"], p) {
        return out;
    }
    let cols =
        ["office_id", "office_name", "office_url", "office_phone"].map(|c| office_jp.column(c));
    let mut ids = Ids::new(&office_jp.file, "office_id");
    for row in &office_jp.table.rows {
        let id = row.opt(cols[0]).unwrap_or("");
        let Some(name) = row.opt(cols[1]) else {
            p.error(
                "value",
                &office_jp.file,
                row.line,
                "office_name",
                "must not be empty",
            );
            continue;
        };
        if id.is_empty() {
            p.error(
                "value",
                &office_jp.file,
                row.line,
                "office_id",
                "must not be empty",
            );
            continue;
        }
        if ids.first(id, row.line, p) {
            out.push(OfficeRow {
                id: id.to_string(),
                name: name.to_string(),
                url: row.opt(cols[2]).map(str::to_string),
                phone: row.opt(cols[3]).map(str::to_string),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// stops.txt

pub(super) struct StopRow {
    pub id: String,
    pub code: Option<String>,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub station: bool,
    pub parent: Option<u32>,
    pub platform: Option<String>,
}

/// The stops a bus can call at and the stations that group them.
#[derive(Default)]
pub(super) struct Stops {
    pub rows: Vec<StopRow>,
    pub index: Index,
    /// Entrances, nodes and boarding areas (location_type 2–4): valid ids that no bus calls at.
    pub other: HashSet<String>,
}

pub(super) fn read_stops(stops: &GtfsTable, p: &mut Problems) -> Stops {
    let mut out = Stops::default();
    if !stops.require(&["stop_id", "stop_name", "stop_lat", "stop_lon"], p) {
        return out;
    }
    out.index = Index::readable();
    let projection = stops.projection(&[
        "stop_id",
        "stop_code",
        "stop_name",
        "stop_lat",
        "stop_lon",
        "location_type",
        "parent_station",
        "platform_code",
    ]);
    let id_col = stops.column("stop_id");
    let mut ids = Ids::new(&stops.file, "stop_id");
    let mut parents: Vec<(u32, String, usize)> = Vec::new();
    for row in &stops.table.rows {
        let Some(s) = stops.record::<Stop>(&projection, row, p) else {
            out.index.reported(row.opt(id_col).unwrap_or(""));
            continue;
        };
        if !ids.first(&s.id, row.line, p) {
            continue;
        }
        let station = match s.location_type {
            LocationType::StopPoint => false,
            LocationType::StopArea => true,
            _ => {
                out.other.insert(s.id);
                continue;
            }
        };
        let name = s.name.unwrap_or_default();
        if name.is_empty() {
            p.error(
                "value",
                &stops.file,
                row.line,
                "stop_name",
                "must not be empty",
            );
        }
        let (Some(lat), Some(lon)) = (s.latitude, s.longitude) else {
            let field = if s.latitude.is_none() {
                "stop_lat"
            } else {
                "stop_lon"
            };
            p.error("value", &stops.file, row.line, field, "must not be empty");
            out.index.reported(&s.id);
            continue;
        };
        if let Err(e) = check_coordinates(lat, lon) {
            p.error(
                "coordinates",
                &stops.file,
                row.line,
                "stop_lat",
                e.to_string(),
            );
        }
        let index = out.rows.len() as u32;
        if let Some(parent) = non_empty(s.parent_station) {
            if station {
                p.error(
                    "value",
                    &stops.file,
                    row.line,
                    "parent_station",
                    "a station (location_type 1) cannot have a parent station",
                );
            } else {
                parents.push((index, parent, row.line));
            }
        }
        out.index.insert(s.id.clone(), index);
        out.rows.push(StopRow {
            id: s.id,
            code: non_empty(s.code),
            name,
            lat,
            lon,
            station,
            parent: None,
            platform: non_empty(s.platform_code),
        });
    }
    for (child, parent, line) in parents {
        match out.index.find(&parent) {
            Ref::Found(i) if out.rows[i as usize].station => {
                out.rows[child as usize].parent = Some(i)
            }
            Ref::Found(_) => p.error(
                "reference",
                &stops.file,
                line,
                "parent_station",
                format!("`{parent}` is not a station (its location_type is not 1)"),
            ),
            Ref::Reported => {}
            Ref::Unknown => p.error(
                "reference",
                &stops.file,
                line,
                "parent_station",
                format!("no stop `{parent}` in stops.txt"),
            ),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// routes.txt

pub(super) struct RouteRow {
    pub id: String,
    pub agency: Option<u32>,
    pub short_name: String,
    pub long_name: String,
    pub colour: Option<String>,
    pub text_colour: Option<String>,
}

fn hex_colour(c: Option<(u8, u8, u8)>) -> Option<String> {
    c.map(|(r, g, b)| format!("#{r:02X}{g:02X}{b:02X}"))
}

pub(super) fn read_routes(
    routes: &GtfsTable,
    agencies: &[AgencyRow],
    p: &mut Problems,
) -> (Vec<RouteRow>, Index) {
    let mut out = Vec::new();
    if !routes.require(&["route_id", "route_type"], p) {
        return (out, Index::default());
    }
    if routes.column("route_short_name").is_none() && routes.column("route_long_name").is_none() {
        p.error(
            "column",
            &routes.file,
            1,
            "route_short_name",
            "route_short_name or route_long_name is required",
        );
        return (out, Index::default());
    }
    let mut index = Index::readable();
    let projection = routes.projection(&[
        "route_id",
        "agency_id",
        "route_short_name",
        "route_long_name",
        "route_type",
        "route_color",
        "route_text_color",
    ]);
    let id_col = routes.column("route_id");
    let mut ids = Ids::new(&routes.file, "route_id");
    for row in &routes.table.rows {
        let Some(r) = routes.record::<Route>(&projection, row, p) else {
            index.reported(row.opt(id_col).unwrap_or(""));
            continue;
        };
        if !ids.first(&r.id, row.line, p) {
            continue;
        }
        let agency = match non_empty(r.agency_id) {
            Some(a) => match agencies.iter().position(|x| x.id == a) {
                Some(i) => Some(i as u32),
                None => {
                    p.error(
                        "reference",
                        &routes.file,
                        row.line,
                        "agency_id",
                        format!("no agency `{a}` in agency.txt"),
                    );
                    None
                }
            },
            None if agencies.len() > 1 => {
                p.error(
                    "value",
                    &routes.file,
                    row.line,
                    "agency_id",
                    "required when the feed has more than one agency",
                );
                None
            }
            None => (!agencies.is_empty()).then_some(0),
        };
        let short_name = non_empty(r.short_name).unwrap_or_default();
        let long_name = non_empty(r.long_name).unwrap_or_default();
        if short_name.is_empty() && long_name.is_empty() {
            p.error(
                "value",
                &routes.file,
                row.line,
                "route_short_name",
                "route_short_name or route_long_name must be given",
            );
        }
        index.insert(r.id.clone(), out.len() as u32);
        out.push(RouteRow {
            id: r.id,
            agency,
            short_name,
            long_name,
            colour: hex_colour(r.color.map(|c| (c.r, c.g, c.b))),
            text_colour: hex_colour(r.text_color.map(|c| (c.r, c.g, c.b))),
        });
    }
    (out, index)
}

// ---------------------------------------------------------------------------------------------------------
// calendar.txt, calendar_dates.txt

pub(super) struct ServiceRow {
    pub id: String,
    pub weekdays: u8,
    pub range: Option<(NaiveDate, NaiveDate)>,
    pub added: BTreeSet<NaiveDate>,
    pub removed: BTreeSet<NaiveDate>,
    /// Where the service is defined, for problems about it: `gtfs/calendar.txt:3`.
    pub defined_at: String,
}

impl ServiceRow {
    fn new(id: String, defined_at: String) -> Self {
        ServiceRow {
            id,
            weekdays: 0,
            range: None,
            added: BTreeSet::new(),
            removed: BTreeSet::new(),
            defined_at,
        }
    }

    /// How many days the service runs on.
    pub fn day_count(&self) -> usize {
        let mut days = self.added.len();
        if let Some((start, end)) = self.range {
            days += start
                .iter_days()
                .take_while(|d| *d <= end)
                .filter(|d| {
                    self.weekdays & (1 << d.weekday().num_days_from_monday()) != 0
                        && !self.removed.contains(d)
                        && !self.added.contains(d)
                })
                .count();
        }
        days
    }
}

/// A gtfs-structures (jiff) date as chrono's, which the rest of Machi uses.
macro_rules! naive_date {
    ($d:expr) => {{
        let d = $d;
        NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
            .unwrap_or_default()
    }};
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(super) fn read_services(
    calendar: Option<&GtfsTable>,
    calendar_dates: Option<&GtfsTable>,
    p: &mut Problems,
) -> (Vec<ServiceRow>, Index) {
    let mut out: Vec<ServiceRow> = Vec::new();
    let mut index = Index::default();
    if let Some(cal) = calendar {
        let mut columns = vec!["service_id"];
        columns.extend(WEEKDAYS);
        columns.extend(["start_date", "end_date"]);
        if cal.require(&columns, p) {
            index.readable = true;
            read_calendar(cal, &columns, &mut out, &mut index, p);
        }
    }
    if let Some(dates) = calendar_dates {
        let columns = ["service_id", "date", "exception_type"];
        if dates.require(&columns, p) {
            index.readable = true;
            read_calendar_dates(dates, &columns, &mut out, &mut index, p);
        }
    }
    (out, index)
}

fn read_calendar(
    cal: &GtfsTable,
    columns: &[&'static str],
    out: &mut Vec<ServiceRow>,
    index: &mut Index,
    p: &mut Problems,
) {
    let projection = cal.projection(columns);
    let id_col = cal.column("service_id");
    let mut ids = Ids::new(&cal.file, "service_id");
    for row in &cal.table.rows {
        let Some(c) = cal.record::<Calendar>(&projection, row, p) else {
            index.reported(row.opt(id_col).unwrap_or(""));
            continue;
        };
        if !ids.first(&c.id, row.line, p) {
            continue;
        }
        let flags = [
            c.monday,
            c.tuesday,
            c.wednesday,
            c.thursday,
            c.friday,
            c.saturday,
            c.sunday,
        ];
        let (start, end) = (naive_date!(c.start_date), naive_date!(c.end_date));
        if end < start {
            p.error(
                "value",
                &cal.file,
                row.line,
                "end_date",
                format!("{end} is before start_date {start}"),
            );
        }
        let mut service = ServiceRow::new(c.id.clone(), format!("{}:{}", cal.file, row.line));
        service.weekdays = (0..7)
            .filter(|i| flags[*i])
            .fold(0u8, |bits, i| bits | 1 << i);
        service.range = Some((start, end));
        index.insert(c.id, out.len() as u32);
        out.push(service);
    }
}

fn read_calendar_dates(
    dates: &GtfsTable,
    columns: &[&'static str],
    out: &mut Vec<ServiceRow>,
    index: &mut Index,
    p: &mut Problems,
) {
    let projection = dates.projection(columns);
    let id_col = dates.column("service_id");
    let mut seen: HashMap<(String, NaiveDate), usize> = HashMap::new();
    for row in &dates.table.rows {
        let Some(cd) = dates.record::<CalendarDate>(&projection, row, p) else {
            index.reported(row.opt(id_col).unwrap_or(""));
            continue;
        };
        let date = naive_date!(cd.date);
        if let Some(first) = seen.insert((cd.service_id.clone(), date), row.line) {
            p.error(
                "duplicate",
                &dates.file,
                row.line,
                "date",
                format!(
                    "service `{}` on {date} is listed twice (first at line {first})",
                    cd.service_id
                ),
            );
            continue;
        }
        let i = match index.find(&cd.service_id) {
            Ref::Found(i) => i as usize,
            Ref::Reported => continue,
            Ref::Unknown => {
                let defined_at = format!("{}:{}", dates.file, row.line);
                index.insert(cd.service_id.clone(), out.len() as u32);
                out.push(ServiceRow::new(cd.service_id.clone(), defined_at));
                out.len() - 1
            }
        };
        match cd.exception_type {
            Exception::Added => out[i].added.insert(date),
            Exception::Deleted => out[i].removed.insert(date),
        };
    }
}

// ---------------------------------------------------------------------------------------------------------
// trips.txt

pub(super) struct TripRow {
    pub id: String,
    /// `None` when the route or the service is unusable (and reported).
    pub route: Option<u32>,
    pub service: Option<u32>,
    pub headsign: Option<String>,
    pub direction: Option<u8>,
    pub office: Option<u32>,
    pub line: usize,
}

/// What trips.txt refers to.
pub(super) struct TripRefs<'a> {
    pub routes: &'a Index,
    pub services: &'a [ServiceRow],
    pub service_index: &'a Index,
    /// `None` when the feed has no office_jp.txt.
    pub offices: Option<&'a [OfficeRow]>,
}

pub(super) fn read_trips(
    trips: &GtfsTable,
    refs: &TripRefs,
    p: &mut Problems,
) -> (Vec<TripRow>, Index) {
    let mut out = Vec::new();
    if !trips.require(&["route_id", "service_id", "trip_id"], p) {
        return (out, Index::default());
    }
    let mut index = Index::readable();
    let projection = trips.projection(&[
        "route_id",
        "service_id",
        "trip_id",
        "trip_headsign",
        "direction_id",
    ]);
    let id_col = trips.column("trip_id");
    // GTFS-JP names the column jp_office_id (v2); some feeds write office_id.
    let office_col = trips
        .column("jp_office_id")
        .or_else(|| trips.column("office_id"));
    let mut ids = Ids::new(&trips.file, "trip_id");
    let mut runs_on_no_day: HashMap<u32, bool> = HashMap::new();
    for row in &trips.table.rows {
        let Some(t) = trips.record::<RawTrip>(&projection, row, p) else {
            index.reported(row.opt(id_col).unwrap_or(""));
            continue;
        };
        if !ids.first(&t.id, row.line, p) {
            continue;
        }
        let route = match refs.routes.find(&t.route_id) {
            Ref::Found(i) => Some(i),
            Ref::Reported => None,
            Ref::Unknown => {
                p.error(
                    "reference",
                    &trips.file,
                    row.line,
                    "route_id",
                    format!("no route `{}` in routes.txt", t.route_id),
                );
                None
            }
        };
        let service = match refs.service_index.find(&t.service_id) {
            Ref::Found(s) => {
                let never = *runs_on_no_day
                    .entry(s)
                    .or_insert_with(|| refs.services[s as usize].day_count() == 0);
                if never {
                    p.error(
                        "no_days",
                        &trips.file,
                        row.line,
                        "service_id",
                        format!(
                            "service `{}` runs on no day at all ({} gives no weekday in its dates, and no date is added)",
                            t.service_id, refs.services[s as usize].defined_at
                        ),
                    );
                }
                Some(s)
            }
            Ref::Reported => None,
            Ref::Unknown => {
                p.error(
                    "reference",
                    &trips.file,
                    row.line,
                    "service_id",
                    format!(
                        "no service `{}` in calendar.txt or calendar_dates.txt",
                        t.service_id
                    ),
                );
                None
            }
        };
        let office = row.opt(office_col).and_then(|id| match refs.offices {
            Some(offices) => {
                let found = offices.iter().position(|o| o.id == id);
                if found.is_none() {
                    p.error(
                        "reference",
                        &trips.file,
                        row.line,
                        "jp_office_id",
                        format!("no office `{id}` in office_jp.txt"),
                    );
                }
                found.map(|i| i as u32)
            }
            None => {
                p.warning(
                    "reference",
                    &trips.file,
                    row.line,
                    "jp_office_id",
                    format!("office `{id}`, but the feed has no office_jp.txt"),
                );
                None
            }
        });
        index.insert(t.id.clone(), out.len() as u32);
        out.push(TripRow {
            id: t.id,
            route,
            service,
            headsign: non_empty(t.trip_headsign),
            direction: t.direction_id.map(|d| match d {
                DirectionType::Outbound => 0,
                DirectionType::Inbound => 1,
            }),
            office,
            line: row.line,
        });
    }
    (out, index)
}

// ---------------------------------------------------------------------------------------------------------
// stop_times.txt

/// One stop_times.txt row, linked.
#[derive(Clone, Copy)]
struct Call {
    sequence: u32,
    line: usize,
    stop: u32,
    arrival: Option<u32>,
    departure: Option<u32>,
    pickup: bool,
    drop_off: bool,
}

/// A trip's calls in stop_sequence order with every time known: (stop, arrival, departure, pickup, drop-off).
pub(super) type Timed = Vec<(u32, u32, u32, bool, bool)>;

/// Every trip's calls, timed and checked; `None` for a trip that cannot be used (the reason is reported).
pub(super) fn read_stop_times(
    stop_times: &GtfsTable,
    trips: &[TripRow],
    trip_index: &Index,
    stops: &Stops,
    p: &mut Problems,
) -> Vec<Option<Timed>> {
    let columns = [
        "trip_id",
        "arrival_time",
        "departure_time",
        "stop_id",
        "stop_sequence",
    ];
    if !stop_times.require(&columns, p) {
        return vec![None; trips.len()];
    }
    let mut calls: Vec<Vec<Call>> = vec![Vec::new(); trips.len()];
    // A trip with a row that could not be read or linked is left out without more problems about it.
    let mut spoilt = vec![false; trips.len()];
    let projection = stop_times.projection(&[
        "trip_id",
        "arrival_time",
        "departure_time",
        "stop_id",
        "stop_sequence",
        "pickup_type",
        "drop_off_type",
    ]);
    let trip_col = stop_times.column("trip_id");
    let file = &stop_times.file;
    for row in &stop_times.table.rows {
        let record = stop_times.record::<RawStopTime>(&projection, row, p);
        let trip_id = record
            .as_ref()
            .map_or_else(|| row.opt(trip_col).unwrap_or(""), |st| st.trip_id.as_str());
        let trip = match trip_index.find(trip_id) {
            Ref::Found(t) => Some(t as usize),
            Ref::Reported => None,
            Ref::Unknown => {
                p.error(
                    "reference",
                    file,
                    row.line,
                    "trip_id",
                    format!("no trip `{trip_id}` in trips.txt"),
                );
                None
            }
        };
        let Some(st) = record else {
            if let Some(t) = trip {
                spoilt[t] = true;
            }
            continue;
        };
        let stop = match stops.index.find(&st.stop_id) {
            Ref::Found(s) if stops.rows[s as usize].station => {
                p.error(
                    "reference",
                    file,
                    row.line,
                    "stop_id",
                    format!(
                        "`{}` is a station (location_type 1): name one of its platforms",
                        st.stop_id
                    ),
                );
                None
            }
            Ref::Found(s) => Some(s),
            Ref::Reported => None,
            Ref::Unknown if stops.other.contains(&st.stop_id) => {
                p.error(
                    "reference",
                    file,
                    row.line,
                    "stop_id",
                    format!(
                        "`{}` is an entrance or a node in stops.txt, not a stop",
                        st.stop_id
                    ),
                );
                None
            }
            Ref::Unknown => {
                p.error(
                    "reference",
                    file,
                    row.line,
                    "stop_id",
                    format!("no stop `{}` in stops.txt", st.stop_id),
                );
                None
            }
        };
        let Some(trip) = trip else { continue };
        let Some(stop) = stop else {
            spoilt[trip] = true;
            continue;
        };
        calls[trip].push(Call {
            sequence: st.stop_sequence,
            line: row.line,
            stop,
            arrival: st.arrival_time,
            departure: st.departure_time,
            pickup: st.pickup_type != PickupDropOffType::NotAvailable,
            drop_off: st.drop_off_type != PickupDropOffType::NotAvailable,
        });
    }
    let trips_file = trips_file(stop_times);
    trips
        .iter()
        .zip(calls)
        .zip(spoilt)
        .map(|((trip, calls), spoilt)| {
            if spoilt {
                None
            } else {
                time_trip(file, &trips_file, trip, calls, p)
            }
        })
        .collect()
}

fn trips_file(stop_times: &GtfsTable) -> String {
    stop_times
        .file
        .strip_suffix(STOP_TIMES)
        .map_or_else(|| TRIPS.to_string(), |folder| format!("{folder}{TRIPS}"))
}

/// Orders a trip's calls, fills the times left out between timed stops, and checks that time never goes
/// backwards. `None` when the trip cannot be used.
fn time_trip(
    file: &str,
    trips_file: &str,
    trip: &TripRow,
    mut calls: Vec<Call>,
    p: &mut Problems,
) -> Option<Timed> {
    if calls.len() < 2 {
        p.warning(
            "short_trip",
            trips_file,
            trip.line,
            "trip_id",
            format!(
                "trip `{}` has {} stop time(s) in stop_times.txt, fewer than 2; left out",
                trip.id,
                calls.len()
            ),
        );
        return None;
    }
    calls.sort_by_key(|c| (c.sequence, c.line));
    let mut fine = true;
    for pair in calls.windows(2) {
        if pair[0].sequence == pair[1].sequence {
            p.error(
                "sequence",
                file,
                pair[1].line,
                "stop_sequence",
                format!(
                    "trip `{}` has stop_sequence {} twice (also at line {}): it must increase along the trip",
                    trip.id, pair[1].sequence, pair[0].line
                ),
            );
            fine = false;
        }
    }
    for end in [calls[0], calls[calls.len() - 1]] {
        if end.arrival.is_none() && end.departure.is_none() {
            p.error(
                "value",
                file,
                end.line,
                "arrival_time",
                format!("the first and last stop of trip `{}` need a time", trip.id),
            );
            fine = false;
        }
    }
    if !fine {
        return None;
    }
    let times = fill_times(&calls);
    let mut previous: Option<(u32, usize)> = None;
    let mut out = Vec::with_capacity(calls.len());
    for (call, (arrival, departure)) in calls.iter().zip(times) {
        if departure < arrival {
            p.error(
                "backwards",
                file,
                call.line,
                "departure_time",
                format!(
                    "{} is before the arrival_time {} (trip `{}`)",
                    format_time(departure),
                    format_time(arrival),
                    trip.id
                ),
            );
            fine = false;
        }
        if let Some((before, line)) = previous {
            if arrival < before {
                p.error(
                    "backwards",
                    file,
                    call.line,
                    "arrival_time",
                    format!(
                        "{} is before the previous stop's departure {} (line {line}): trip `{}` goes back in time",
                        format_time(arrival),
                        format_time(before),
                        trip.id
                    ),
                );
                fine = false;
            }
        }
        previous = Some((departure, call.line));
        out.push((call.stop, arrival, departure, call.pickup, call.drop_off));
    }
    fine.then_some(out)
}

/// (arrival, departure) of every call, whose first and last are timed. A call with one time uses it for
/// both; a call with none gets a time in proportion to its position between the timed calls around it, as
/// GTFS consumers do without shape distances.
fn fill_times(calls: &[Call]) -> Vec<(u32, u32)> {
    let mut times: Vec<Option<(u32, u32)>> = calls
        .iter()
        .map(|c| match (c.arrival, c.departure) {
            (Some(a), Some(d)) => Some((a, d)),
            (Some(t), None) | (None, Some(t)) => Some((t, t)),
            (None, None) => None,
        })
        .collect();
    let mut last_timed = 0;
    for i in 1..times.len() {
        let Some((arrival, _)) = times[i] else {
            continue;
        };
        let from = times[last_timed].map_or(0, |t| t.1);
        let gap = (i - last_timed) as u32;
        for (k, slot) in times.iter_mut().enumerate().take(i).skip(last_timed + 1) {
            let t = from + arrival.saturating_sub(from) * (k - last_timed) as u32 / gap;
            *slot = Some((t, t));
        }
        last_timed = i;
    }
    times.into_iter().map(Option::unwrap_or_default).collect()
}
