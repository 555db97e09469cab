//! The bus operations of the Machi API: finding a stop as the resident types, the next departures from a stop
//! at a time, the lines and a line's timetable for a day, with the inbox's おーバス notices beside them.
//!
//! The [`Timetable`] is built once per held bundle. Times are Japan's (GTFS-JP feeds are in Asia/Tokyo, which
//! has no daylight saving time) and go out as text: a departure as `YYYY-MM-DDTHH:MM` on its calendar day, and
//! the timetable's own clock as `HH:MM`, which passes 24:00 for a bus that belongs to the day before.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike};
use machi_bundle::content::{
    Localized, TransitContent, TransitRoute, TransitStop, TRANSIT_DATASET,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Departure, Timetable};
use crate::error::{Error, Expected, Missing, Result};
use crate::inbox::{InboxEntry, InboxQuery, MessageState, ShownText};
use crate::{i18n, settings, ApiResult, Machi};

/// Departures a stop's list shows when the caller does not say.
const DEFAULT_DEPARTURES: u32 = 10;
const MAX_DEPARTURES: u32 = 100;
/// Stops a search shows when the caller does not say.
const DEFAULT_STOPS: u32 = 20;
const MAX_STOPS: u32 = 200;
/// The notice category of the bus (`notices.toml` `category = "bus"`).
const BUS_CATEGORY: &str = "bus";

/// `bus_stops`: what the resident typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BusStopsArgs {
    /// A stop's name in kanji, kana or romaji, its name in another language, or its stop code.
    pub query: String,
    /// At most this many stops (default 20).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// A bus stop, a platform (のりば) or a station, named in the resident's language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusStopView {
    pub id: String,
    pub name: ShownText,
    /// The Japanese name in hiragana, for reading it.
    pub reading: Option<String>,
    /// The stop code (the number on the pole).
    pub code: Option<String>,
    /// A platform's number (のりば).
    pub platform: Option<String>,
    /// A station groups platforms: its departures are those of all of them.
    pub station: bool,
    /// A station's platform numbers.
    pub platforms: Vec<String>,
    pub lat: f64,
    pub lon: f64,
}

/// `bus_departures`: from which stop, when, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BusDeparturesArgs {
    /// A stop id, or a stop's name (the best match of `bus_stops`).
    pub stop: String,
    /// `YYYY-MM-DDTHH:MM` (or with a space, or RFC 3339) in Japan time; default now.
    #[serde(default)]
    #[ts(optional)]
    pub at: Option<String>,
    /// At most this many departures (default 10).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// One bus leaving the stop.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusDepartureView {
    pub trip_id: String,
    pub route_id: String,
    /// The line (間々田線).
    pub route_name: ShownText,
    /// `#RRGGBB`, when the feed gives one; the name is always shown too.
    pub route_colour: Option<String>,
    /// Where the bus is going.
    pub headsign: ShownText,
    /// The stop it leaves from (a platform of a station).
    pub stop_id: String,
    pub platform: Option<String>,
    /// The day whose timetable the trip belongs to, `YYYY-MM-DD`.
    pub service_date: String,
    /// When it leaves, `YYYY-MM-DDTHH:MM`: the 25:10 bus of Friday's timetable leaves on Saturday at 01:10.
    pub departs_at: String,
    /// The timetable's clock, `HH:MM`; past 24:00 for a bus of the day before (`25:10`).
    pub service_time: String,
    /// Whole minutes from the time asked until it leaves (rounded up; 0 = leaving now).
    pub minutes: i64,
}

/// The next buses from one stop.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusDepartures {
    pub stop: BusStopView,
    /// The time asked about, `YYYY-MM-DDTHH:MM` (Japan time).
    pub at: String,
    /// Soonest first.
    pub departures: Vec<BusDepartureView>,
    /// The inbox's active bus notices (timetable changes, detours), newest first.
    pub notices: Vec<InboxEntry>,
}

/// A bus line.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusRouteView {
    pub id: String,
    /// Its short name (間々田線), else its long name.
    pub name: ShownText,
    /// The long name (its ends and the way between), when the feed gives one besides the short name.
    pub long_name: Option<ShownText>,
    /// `#RRGGBB`.
    pub colour: Option<String>,
}

/// `bus_route_timetable`: which line, which day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BusRouteTimetableArgs {
    /// A route id, or its name in any language.
    pub route: String,
    /// `YYYY-MM-DD` (default today).
    #[serde(default)]
    #[ts(optional)]
    pub date: Option<String>,
}

/// A line's trips on one day, by direction.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusRouteTimetable {
    pub route: BusRouteView,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Empty on a day the line does not run.
    pub directions: Vec<BusDirection>,
}

/// The trips of one direction, by first departure.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusDirection {
    /// GTFS `direction_id` (0 or 1).
    pub direction: Option<u8>,
    /// Where most of its trips go.
    pub headsign: ShownText,
    pub trips: Vec<BusTrip>,
}

/// One trip with its stops.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusTrip {
    pub trip_id: String,
    pub headsign: ShownText,
    pub calls: Vec<BusCall>,
}

/// A trip at one stop.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BusCall {
    pub stop_id: String,
    pub stop: ShownText,
    pub platform: Option<String>,
    /// The timetable's clock, `HH:MM` (may pass 24:00).
    pub arrives: String,
    pub departs: String,
    /// `YYYY-MM-DDTHH:MM` on the calendar day it leaves.
    pub departs_at: String,
}

impl Machi {
    /// The held bundle's timetable, linked once per bundle.
    fn timetable(&self) -> ApiResult<std::sync::Arc<Timetable>> {
        self.run(|conn| {
            self.derived(conn, |conn| {
                let content: TransitContent =
                    crate::content::dataset_of(conn, TRANSIT_DATASET)?.unwrap_or_default();
                Ok(Timetable::new(content))
            })
        })
    }

    fn content_chain(&self) -> ApiResult<Vec<String>> {
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            Ok(i18n::content_chain(&s.locale, &s.second_locale)
                .into_iter()
                .map(str::to_string)
                .collect())
        })
    }

    /// Stops for what the resident typed (kanji, kana, romaji, another language, a stop code), best first.
    pub fn bus_stops(&self, args: BusStopsArgs) -> ApiResult<Vec<BusStopView>> {
        let timetable = self.timetable()?;
        let chain = self.content_chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let limit = args.limit.unwrap_or(DEFAULT_STOPS).clamp(1, MAX_STOPS) as usize;
        Ok(timetable
            .find_stops(&args.query, &[])
            .into_iter()
            .take(limit)
            .filter_map(|m| timetable.stop(&m.stop_id))
            .map(|stop| stop_view(&timetable, stop, &chain))
            .collect())
    }

    /// The next buses from a stop (by id or name) at a time (default now), with the bus notices in force.
    pub fn bus_departures(&self, args: BusDeparturesArgs) -> ApiResult<BusDepartures> {
        let timetable = self.timetable()?;
        let chain = self.content_chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let at = match &args.at {
            Some(text) => parse_at(text).map_err(|e| self.explain(&e))?,
            None => self.city_now().naive_local(),
        };
        let stop_id = timetable
            .resolve_stop(args.stop.trim(), &[])
            .ok_or_else(|| {
                self.explain(&Error::NotFound {
                    what: Missing::Stop,
                    id: args.stop.clone(),
                })
            })?;
        let stop = timetable
            .stop(&stop_id)
            .ok_or_else(|| self.explain(&Error::internal("a resolved stop is missing")))?;
        let limit = args
            .limit
            .unwrap_or(DEFAULT_DEPARTURES)
            .clamp(1, MAX_DEPARTURES) as usize;
        let departures = timetable
            .next_departures(&stop_id, at, limit)
            .iter()
            .map(|d| departure_view(&timetable, d, at, &chain))
            .collect();
        Ok(BusDepartures {
            stop: stop_view(&timetable, stop, &chain),
            at: minute(at),
            departures,
            notices: self.bus_notices()?,
        })
    }

    /// The inbox's active bus notices for the resident, newest first.
    fn bus_notices(&self) -> ApiResult<Vec<InboxEntry>> {
        let page = self.inbox_list(InboxQuery {
            category: Some(BUS_CATEGORY.to_string()),
            limit: Some(20),
            ..Default::default()
        })?;
        Ok(page
            .entries
            .into_iter()
            .filter(|e| e.status == MessageState::Active)
            .collect())
    }

    /// Every bus line, in the feed's order.
    pub fn bus_routes(&self) -> ApiResult<Vec<BusRouteView>> {
        let timetable = self.timetable()?;
        let chain = self.content_chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        Ok(timetable
            .content()
            .routes
            .iter()
            .map(|r| route_view(r, &chain))
            .collect())
    }

    /// A line's trips on one day (default today), by direction, each with its stops and times.
    pub fn bus_route_timetable(&self, args: BusRouteTimetableArgs) -> ApiResult<BusRouteTimetable> {
        let timetable = self.timetable()?;
        let chain = self.content_chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let date = match &args.date {
            Some(d) => NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").map_err(|_| {
                self.explain(&Error::InvalidValue {
                    value: d.clone(),
                    expected: Expected::Date,
                })
            })?,
            None => self.city_now().date_naive(),
        };
        let content = timetable.content();
        let wanted = args.route.trim();
        let route = content
            .routes
            .iter()
            .find(|r| r.id == wanted)
            .or_else(|| {
                content.routes.iter().find(|r| {
                    r.short_name
                        .values()
                        .chain(r.long_name.values())
                        .any(|n| n.eq_ignore_ascii_case(wanted))
                })
            })
            .ok_or_else(|| {
                self.explain(&Error::NotFound {
                    what: Missing::Route,
                    id: args.route.clone(),
                })
            })?;
        let day = timetable
            .route_timetable(&route.id, date)
            .ok_or_else(|| self.explain(&Error::internal("a known route has no timetable")))?;
        let stop_name = |id: &str| {
            timetable
                .stop(id)
                .map(|s| pick_name(&s.name, || s.reading.as_deref(), &chain))
                .unwrap_or_default()
        };
        let directions = day
            .directions
            .iter()
            .map(|d| {
                let trips: Vec<BusTrip> = d
                    .trips
                    .iter()
                    .map(|t| BusTrip {
                        trip_id: t.trip_id.clone(),
                        headsign: headsign_text(&timetable, &t.headsign, &chain),
                        calls: t
                            .calls
                            .iter()
                            .map(|c| BusCall {
                                stop_id: c.stop_id.clone(),
                                stop: stop_name(&c.stop_id),
                                platform: c.platform.clone(),
                                arrives: clock(c.arrival_secs),
                                departs: clock(c.departure_secs),
                                departs_at: minute(c.departs_at),
                            })
                            .collect(),
                    })
                    .collect();
                BusDirection {
                    direction: d.direction,
                    headsign: most_common_headsign(&trips),
                    trips,
                }
            })
            .collect();
        Ok(BusRouteTimetable {
            route: route_view(route, &chain),
            date: date.format("%Y-%m-%d").to_string(),
            directions,
        })
    }
}

/// A time as the resident means it: `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM` (seconds allowed) in Japan
/// time, or an RFC 3339 time in any offset.
pub fn parse_at(text: &str) -> Result<NaiveDateTime> {
    let t = text.trim();
    for format in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(at) = NaiveDateTime::parse_from_str(t, format) {
            return Ok(at);
        }
    }
    let with_offset = DateTime::parse_from_rfc3339(t)
        .or_else(|_| DateTime::parse_from_str(t, "%Y-%m-%dT%H:%M%:z"));
    match with_offset {
        // GTFS-JP timetables are on Japan's clock, the city's.
        Ok(at) => Ok(machi_bundle::clock::in_city(&at).naive_local()),
        Err(_) => Err(Error::InvalidValue {
            value: t.to_string(),
            expected: Expected::DateTime,
        }),
    }
}

/// `YYYY-MM-DDTHH:MM`.
fn minute(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M").to_string()
}

/// Seconds after the start of a service day as `HH:MM`, past 24:00 when they are.
fn clock(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 3600, secs / 60 % 60)
}

/// A name along the resident's chain. For やさしい日本語 a Japanese name without its own easy form is its
/// reading in hiragana (what the bus announces), so a reader of easy Japanese never meets kanji it cannot read.
fn pick_name<'r>(
    names: &Localized,
    reading: impl FnOnce() -> Option<&'r str>,
    chain: &[&str],
) -> ShownText {
    let mut reading = Some(reading);
    for tag in chain {
        if let Some(text) = names.get(*tag).filter(|t| !t.is_empty()) {
            return ShownText {
                text: text.clone(),
                locale: tag.to_string(),
            };
        }
        if *tag == i18n::EASY_JAPANESE {
            if let Some(reading) = reading.take().and_then(|r| r()).filter(|r| !r.is_empty()) {
                return ShownText {
                    text: reading.to_string(),
                    locale: tag.to_string(),
                };
            }
        }
    }
    let (text, locale) = crate::inbox::pick_text(names, chain);
    ShownText {
        text: text.to_string(),
        locale,
    }
}

fn stop_view(timetable: &Timetable, stop: &TransitStop, chain: &[&str]) -> BusStopView {
    let content = timetable.content();
    let platforms = if stop.station {
        let me = content.stops.iter().position(|s| s.id == stop.id);
        let mut codes: Vec<String> = content
            .stops
            .iter()
            .filter(|s| me.is_some() && s.parent.map(|p| p as usize) == me)
            .filter_map(|s| s.platform.clone())
            .collect();
        codes.sort_by_key(|c| natural(c));
        codes.dedup();
        codes
    } else {
        Vec::new()
    };
    BusStopView {
        id: stop.id.clone(),
        name: pick_name(&stop.name, || stop.reading.as_deref(), chain),
        reading: stop.reading.clone(),
        code: stop.code.clone(),
        platform: stop.platform.clone(),
        station: stop.station,
        platforms,
        lat: stop.location.lat,
        lon: stop.location.lon,
    }
}

/// Platform numbers in number order (2 before 10), others after them as text.
fn natural(code: &str) -> (u64, String) {
    (code.parse().unwrap_or(u64::MAX), code.to_string())
}

fn route_view(route: &TransitRoute, chain: &[&str]) -> BusRouteView {
    let (shown, other) = if route.short_name.is_empty() {
        (&route.long_name, None)
    } else {
        (&route.short_name, Some(&route.long_name))
    };
    BusRouteView {
        id: route.id.clone(),
        name: pick_name(shown, || route.reading.as_deref(), chain),
        long_name: other
            .filter(|l| !l.is_empty())
            .map(|l| pick_name(l, || None, chain)),
        colour: route.colour.clone(),
    }
}

/// A headsign, read from the feed's headsigns (or, for a trip without one, its last stop) for やさしい日本語.
fn headsign_text(timetable: &Timetable, headsign: &Localized, chain: &[&str]) -> ShownText {
    let content = timetable.content();
    pick_name(
        headsign,
        || {
            content
                .headsigns
                .iter()
                .find(|h| &h.text == headsign)
                .and_then(|h| h.reading.as_deref())
                .or_else(|| {
                    content
                        .stops
                        .iter()
                        .find(|s| &s.name == headsign)
                        .and_then(|s| s.reading.as_deref())
                })
        },
        chain,
    )
}

fn departure_view(
    timetable: &Timetable,
    d: &Departure,
    at: NaiveDateTime,
    chain: &[&str],
) -> BusDepartureView {
    let route_reading = || {
        timetable
            .content()
            .routes
            .iter()
            .find(|r| r.id == d.route_id)
            .and_then(|r| r.reading.as_deref())
    };
    // Rounded up: a bus 4½ minutes away is "in 5 minutes", never "in 4".
    let seconds = (d.departs_at - at.with_nanosecond(0).unwrap_or(at)).num_seconds();
    BusDepartureView {
        trip_id: d.trip_id.clone(),
        route_id: d.route_id.clone(),
        route_name: pick_name(&d.route_name, route_reading, chain),
        route_colour: d.route_colour.clone(),
        headsign: headsign_text(timetable, &d.headsign, chain),
        stop_id: d.stop_id.clone(),
        platform: d.platform.clone(),
        service_date: d.service_date.format("%Y-%m-%d").to_string(),
        departs_at: minute(d.departs_at),
        service_time: clock(d.time_secs),
        minutes: (seconds.max(0) + 59) / 60,
    }
}

/// The headsign most trips of a direction show (the first of equals).
fn most_common_headsign(trips: &[BusTrip]) -> ShownText {
    let mut counts: Vec<(&ShownText, usize)> = Vec::new();
    for t in trips {
        match counts.iter_mut().find(|(h, _)| *h == &t.headsign) {
            Some((_, n)) => *n += 1,
            None => counts.push((&t.headsign, 1)),
        }
    }
    counts
        .iter()
        .fold(None::<(&ShownText, usize)>, |best, &(h, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((h, n)),
        })
        .map(|(h, _)| h.clone())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "api_tests.rs"]
mod tests;
