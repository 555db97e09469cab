//! The linked timetable: which services run on a day, the next departures from a stop, a route's day.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use machi_bundle::content::{Localized, TransitContent, TransitService, TransitStop, TransitTrip};

use super::search::{Query, StopKeys};
use super::{
    Departure, DirectionTimetable, RouteTimetable, StopMatch, TimetableCall, TripTimetable,
};

const DAY: u32 = 24 * 60 * 60;

/// The days one service runs on, ready to ask about a date.
#[derive(Debug)]
struct ServiceDays {
    /// Bit 0 = Monday … bit 6 = Sunday.
    weekdays: u8,
    range: Option<(NaiveDate, NaiveDate)>,
    /// Sorted.
    added: Vec<NaiveDate>,
    /// Sorted.
    removed: Vec<NaiveDate>,
}

impl ServiceDays {
    fn new(s: &TransitService) -> ServiceDays {
        let date = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let dates = |list: &[String]| {
            let mut v: Vec<NaiveDate> = list.iter().filter_map(|d| date(d)).collect();
            v.sort_unstable();
            v
        };
        ServiceDays {
            weekdays: s.weekdays,
            range: s
                .start
                .as_deref()
                .and_then(date)
                .zip(s.end.as_deref().and_then(date)),
            added: dates(&s.added),
            removed: dates(&s.removed),
        }
    }

    fn runs_on(&self, day: NaiveDate) -> bool {
        if self.added.binary_search(&day).is_ok() {
            return true;
        }
        if self.removed.binary_search(&day).is_ok() {
            return false;
        }
        self.range
            .is_some_and(|(start, end)| start <= day && day <= end)
            && self.weekdays & (1 << day.weekday().num_days_from_monday()) != 0
    }
}

/// A trip leaving a stop: what the departure index holds, sorted by time at each stop.
#[derive(Debug, Clone, Copy)]
struct Leaving {
    /// Seconds after the start of the service day.
    departure: u32,
    trip: u32,
    /// Position of the call in the trip.
    position: u32,
}

/// A bus timetable with its indexes built, to answer many questions quickly.
#[derive(Debug)]
pub struct Timetable {
    content: TransitContent,
    stop_index: HashMap<String, u32>,
    route_index: HashMap<String, u32>,
    services: Vec<ServiceDays>,
    /// Per stop, the trips that leave it (riders may board, and it is not the trip's last stop), by time.
    leaving: Vec<Vec<Leaving>>,
    /// Per stop, its platforms when it is a station.
    platforms: Vec<Vec<u32>>,
    /// Per route, its trips.
    route_trips: Vec<Vec<u32>>,
    /// How many days after its service day a trip may still run (1 when some times pass 24:00).
    days_over: u32,
    keys: Vec<StopKeys>,
}

impl Timetable {
    /// Links a `transit.json`. Trips that refer outside the lists they name are left out, so a damaged file
    /// can cost departures but never a panic.
    pub fn new(mut content: TransitContent) -> Timetable {
        let (stops, routes, services, headsigns) = (
            content.stops.len(),
            content.routes.len(),
            content.services.len(),
            content.headsigns.len(),
        );
        content.trips.retain(|t| {
            (t.route as usize) < routes
                && (t.service as usize) < services
                && t.headsign.is_none_or(|h| (h as usize) < headsigns)
                && t.stop_times.iter().all(|st| (st.stop as usize) < stops)
        });
        for stop in &mut content.stops {
            stop.parent = stop.parent.filter(|p| (*p as usize) < stops);
        }

        let mut leaving: Vec<Vec<Leaving>> = vec![Vec::new(); stops];
        let mut route_trips: Vec<Vec<u32>> = vec![Vec::new(); routes];
        let mut latest = 0;
        for (t, trip) in (0u32..).zip(&content.trips) {
            route_trips[trip.route as usize].push(t);
            let last = trip.stop_times.len().saturating_sub(1);
            for (position, st) in (0u32..).zip(&trip.stop_times) {
                latest = latest.max(st.departure);
                if st.pickup && (position as usize) < last {
                    leaving[st.stop as usize].push(Leaving {
                        departure: st.departure,
                        trip: t,
                        position,
                    });
                }
            }
        }
        for list in &mut leaving {
            list.sort_by_key(|l| (l.departure, l.trip, l.position));
        }
        let mut platforms: Vec<Vec<u32>> = vec![Vec::new(); stops];
        for (s, stop) in (0u32..).zip(&content.stops) {
            if let Some(parent) = stop.parent {
                platforms[parent as usize].push(s);
            }
        }
        Timetable {
            stop_index: (0u32..)
                .zip(&content.stops)
                .map(|(i, s)| (s.id.clone(), i))
                .collect(),
            route_index: (0u32..)
                .zip(&content.routes)
                .map(|(i, r)| (r.id.clone(), i))
                .collect(),
            services: content.services.iter().map(ServiceDays::new).collect(),
            keys: content
                .stops
                .iter()
                .map(|s| StopKeys::new(&s.name, s.reading.as_deref(), s.code.as_deref()))
                .collect(),
            leaving,
            platforms,
            route_trips,
            days_over: latest / DAY,
            content,
        }
    }

    /// The dataset this timetable was built from.
    pub fn content(&self) -> &TransitContent {
        &self.content
    }

    pub fn stop(&self, stop_id: &str) -> Option<&TransitStop> {
        self.stop_index
            .get(stop_id)
            .map(|&i| &self.content.stops[i as usize])
    }

    /// Which services run on `date` (as a service day: its times may pass 24:00 into the next morning).
    pub fn service_days_active(&self, date: NaiveDate) -> BTreeSet<&str> {
        self.content
            .services
            .iter()
            .zip(&self.services)
            .filter(|(_, days)| days.runs_on(date))
            .map(|(s, _)| s.id.as_str())
            .collect()
    }

    fn active(&self, date: NaiveDate) -> Vec<bool> {
        self.services.iter().map(|s| s.runs_on(date)).collect()
    }

    /// The next `limit` departures from a stop at or after `at`, soonest first. A station means all of its
    /// platforms. Trips of the service day before that run past 24:00 count too: asking at 00:30 finds
    /// yesterday's 24:45 bus, shown at 00:45 today. Empty for an unknown stop.
    pub fn next_departures(
        &self,
        stop_id: &str,
        at: NaiveDateTime,
        limit: usize,
    ) -> Vec<Departure> {
        let Some(&stop) = self.stop_index.get(stop_id) else {
            return Vec::new();
        };
        if limit == 0 {
            return Vec::new();
        }
        let mut stops = vec![stop];
        stops.extend(&self.platforms[stop as usize]);
        let seconds = Timelike::num_seconds_from_midnight(&at.time());
        let mut found: Vec<(NaiveDateTime, NaiveDate, Leaving)> = Vec::new();
        for days_back in 0..=self.days_over {
            let Some(service_date) = at
                .date()
                .checked_sub_days(chrono::Days::new(days_back.into()))
            else {
                continue;
            };
            let active = self.active(service_date);
            let from = seconds + days_back * DAY;
            for &s in &stops {
                let list = &self.leaving[s as usize];
                let start = list.partition_point(|l| l.departure < from);
                list[start..]
                    .iter()
                    .filter(|l| active[self.content.trips[l.trip as usize].service as usize])
                    .take(limit)
                    .for_each(|l| {
                        let when = service_date.and_hms_opt(0, 0, 0).unwrap_or_default()
                            + Duration::seconds(l.departure.into());
                        found.push((when, service_date, *l));
                    });
            }
        }
        found.sort_by(|a, b| {
            (a.0, &self.content.trips[a.2.trip as usize].id)
                .cmp(&(b.0, &self.content.trips[b.2.trip as usize].id))
        });
        found.truncate(limit);
        found
            .into_iter()
            .map(|(when, service_date, l)| self.departure(l, service_date, when))
            .collect()
    }

    fn departure(&self, l: Leaving, service_date: NaiveDate, when: NaiveDateTime) -> Departure {
        let trip = &self.content.trips[l.trip as usize];
        let route = &self.content.routes[trip.route as usize];
        let stop = &self.content.stops[trip.stop_times[l.position as usize].stop as usize];
        Departure {
            trip_id: trip.id.clone(),
            route_id: route.id.clone(),
            route_name: route_name(route),
            route_colour: route.colour.clone(),
            headsign: self.headsign(trip),
            stop_id: stop.id.clone(),
            platform: stop.platform.clone(),
            service_date,
            time_secs: l.departure,
            departs_at: when,
        }
    }

    /// The trip's headsign, or the name of its last stop when the feed gives none.
    fn headsign(&self, trip: &TransitTrip) -> Localized {
        match trip.headsign {
            Some(h) => self.content.headsigns[h as usize].text.clone(),
            None => trip
                .stop_times
                .last()
                .map(|st| self.content.stops[st.stop as usize].name.clone())
                .unwrap_or_default(),
        }
    }

    /// Every trip of a route that runs on `date` (its service day), by direction and then by first departure.
    /// `None` for an unknown route.
    pub fn route_timetable(&self, route_id: &str, date: NaiveDate) -> Option<RouteTimetable> {
        let &r = self.route_index.get(route_id)?;
        let route = &self.content.routes[r as usize];
        let active = self.active(date);
        let midnight = date.and_hms_opt(0, 0, 0).unwrap_or_default();
        let at = |secs: u32| midnight + Duration::seconds(secs.into());
        let mut trips: Vec<&TransitTrip> = self.route_trips[r as usize]
            .iter()
            .map(|&t| &self.content.trips[t as usize])
            .filter(|t| active[t.service as usize])
            .collect();
        trips.sort_by_key(|t| {
            (
                t.direction.map_or(u8::MAX, |d| d),
                t.stop_times.first().map(|s| s.departure),
                &t.id,
            )
        });
        let mut directions: Vec<DirectionTimetable> = Vec::new();
        for trip in trips {
            if directions
                .last()
                .is_none_or(|d| d.direction != trip.direction)
            {
                directions.push(DirectionTimetable {
                    direction: trip.direction,
                    trips: Vec::new(),
                });
            }
            let calls = trip
                .stop_times
                .iter()
                .map(|st| {
                    let stop = &self.content.stops[st.stop as usize];
                    TimetableCall {
                        stop_id: stop.id.clone(),
                        stop_name: stop.name.clone(),
                        platform: stop.platform.clone(),
                        arrival_secs: st.arrival,
                        departure_secs: st.departure,
                        arrives_at: at(st.arrival),
                        departs_at: at(st.departure),
                    }
                })
                .collect();
            if let Some(d) = directions.last_mut() {
                d.trips.push(TripTimetable {
                    trip_id: trip.id.clone(),
                    headsign: self.headsign(trip),
                    calls,
                });
            }
        }
        Some(RouteTimetable {
            route_id: route.id.clone(),
            route_name: route_name(route),
            date,
            directions,
        })
    }

    /// Stops whose name matches `query` in kanji, kana (hiragana, katakana, half-width), romaji, or a name in
    /// one of `locales` (any language when empty), or whose stop code is `query`. Exact matches first, then
    /// names that start with the query, then the rest; a platform is left out when its station matches too.
    pub fn find_stops(&self, query: &str, locales: &[&str]) -> Vec<StopMatch> {
        let query = Query::new(query);
        if query.is_empty() {
            return Vec::new();
        }
        let matched: Vec<Option<super::MatchKind>> = self
            .keys
            .iter()
            .map(|k| k.matches(&query, locales))
            .collect();
        let mut found: Vec<(super::MatchKind, usize, usize)> = matched
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.map(|m| (m, i)))
            .filter(|(_, i)| {
                let parent = self.content.stops[*i].parent;
                parent.is_none_or(|p| matched[p as usize].is_none())
            })
            .map(|(m, i)| {
                let length = self.content.stops[i]
                    .name
                    .get("ja")
                    .map_or(0, |n| n.chars().count());
                (m, length, i)
            })
            .collect();
        found.sort_unstable();
        found
            .into_iter()
            .map(|(matched, _, i)| {
                let s = &self.content.stops[i];
                StopMatch {
                    stop_id: s.id.clone(),
                    name: s.name.clone(),
                    reading: s.reading.clone(),
                    code: s.code.clone(),
                    platform: s.platform.clone(),
                    station: s.station,
                    location: s.location,
                    matched,
                }
            })
            .collect()
    }

    /// The stop a resident means by `id_or_name`: a stop id as it is, else the best match of
    /// [`Timetable::find_stops`].
    pub fn resolve_stop(&self, id_or_name: &str, locales: &[&str]) -> Option<String> {
        if self.stop_index.contains_key(id_or_name) {
            return Some(id_or_name.to_string());
        }
        self.find_stops(id_or_name, locales)
            .into_iter()
            .next()
            .map(|m| m.stop_id)
    }
}

/// The name a route is known by: its short name (間々田線), else its long name.
fn route_name(route: &machi_bundle::content::TransitRoute) -> Localized {
    if route.short_name.is_empty() {
        route.long_name.clone()
    } else {
        route.short_name.clone()
    }
}
