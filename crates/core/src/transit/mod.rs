//! Bus timetables (GTFS-JP, as `transit.json` in the bundle): the next departures from a stop, a route's
//! timetable for a day, and finding a stop by name in kanji, kana, romaji or another language.
//!
//! Times follow GTFS: a trip belongs to a **service day** and its times count from that day's start, so they
//! may pass 24:00. A 25:10 departure of Friday's timetable leaves at 01:10 on Saturday; it is shown on
//! Saturday (`departs_at`) and remembers Friday (`service_date`). Dates and times are Japan's local time.
//!
//! This module is pure: [`Timetable::new`] takes the dataset and answers from memory. Loading it from the
//! store and offering it through the `Machi` API is the caller's business.

pub mod api;
mod search;
mod timetable;

#[cfg(test)]
mod tests;

use chrono::{NaiveDate, NaiveDateTime};
use machi_bundle::content::{LatLon, Localized};
use serde::Serialize;

pub use api::*;
pub use search::MatchKind;
pub use timetable::Timetable;

/// One bus leaving a stop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Departure {
    pub trip_id: String,
    pub route_id: String,
    /// The route's short name (間々田線), else its long name.
    pub route_name: Localized,
    /// `#RRGGBB`, when the feed gives one.
    pub route_colour: Option<String>,
    /// Where the bus is going: the trip's headsign, else its last stop's name.
    pub headsign: Localized,
    /// The stop it leaves from: the platform, when a station was asked for.
    pub stop_id: String,
    pub platform: Option<String>,
    /// The day whose timetable the trip belongs to.
    pub service_date: NaiveDate,
    /// Seconds after the start of the service day; may pass 24:00 (25:10 = 90,600).
    pub time_secs: u32,
    /// `service_date` + `time_secs`: a 25:10 departure is at 01:10 on the next calendar day.
    pub departs_at: NaiveDateTime,
}

/// A stop found by name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StopMatch {
    pub stop_id: String,
    pub name: Localized,
    /// In hiragana.
    pub reading: Option<String>,
    pub code: Option<String>,
    pub platform: Option<String>,
    /// A station: its departures are those of all its platforms.
    pub station: bool,
    pub location: LatLon,
    pub matched: MatchKind,
}

/// A route's trips on one service day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteTimetable {
    pub route_id: String,
    pub route_name: Localized,
    pub date: NaiveDate,
    /// Direction 0, then 1, then trips without a direction.
    pub directions: Vec<DirectionTimetable>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectionTimetable {
    /// GTFS `direction_id`.
    pub direction: Option<u8>,
    /// By first departure.
    pub trips: Vec<TripTimetable>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TripTimetable {
    pub trip_id: String,
    pub headsign: Localized,
    pub calls: Vec<TimetableCall>,
}

/// A trip's stop at one stop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimetableCall {
    pub stop_id: String,
    pub stop_name: Localized,
    pub platform: Option<String>,
    pub arrival_secs: u32,
    pub departure_secs: u32,
    pub arrives_at: NaiveDateTime,
    pub departs_at: NaiveDateTime,
}
