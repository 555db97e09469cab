//! The places operations of the Machi API: the nearest shelters, AEDs, public toilets and Wi-Fi spots from the
//! resident's home area, another area or a typed point, and one place in full with the messages that opened it.
//!
//! The [`PlaceIndex`] is built once per held bundle; which shelters are open is read from the inbox's index at
//! the moment asked ([`crate::inbox`]'s rows in their state now), so an alert, its Update, its Cancel or its
//! expiry changes the answer without rebuilding anything.

use std::collections::BTreeSet;

use machi_bundle::content::{CityContent, Hazard, LatLon, PlaceKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{find_area, nearest, NearFilter, NearPlace, PlaceIndex};
use crate::error::{Error, Expected, Missing, Result};
use crate::inbox::{InboxEntry, Viewer};
use crate::{i18n, settings, ApiResult, Machi};

/// Places a list shows when the caller does not say.
const DEFAULT_LIMIT: u32 = 10;
/// The most places one list may ask for.
const MAX_LIMIT: u32 = 100;

/// Where to measure from: an area, a point, or neither for the resident's home area.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct PlaceFrom<'a> {
    area: Option<&'a str>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// `places_nearest`: which kind of place, from where, and which of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlacesNearestArgs {
    pub kind: PlaceKind,
    /// Measure from this area: an area id (`mamada`) or its name in any locale (`間々田地区`, `Mamada District`).
    /// Without `area`, `lat` and `lon`: the resident's home area.
    #[serde(default)]
    #[ts(optional)]
    pub area: Option<String>,
    /// Measure from this point instead: latitude, WGS 84 degrees (with `lon`).
    #[serde(default)]
    #[ts(optional)]
    pub lat: Option<f64>,
    /// Longitude, WGS 84 degrees (with `lat`).
    #[serde(default)]
    #[ts(optional)]
    pub lon: Option<f64>,
    /// Shelters designated for this hazard only.
    #[serde(default)]
    #[ts(optional)]
    pub hazard: Option<Hazard>,
    /// Shelters that a message has opened only.
    #[serde(default)]
    #[ts(optional)]
    pub open_only: Option<bool>,
    /// Shelters for at least this many people only.
    #[serde(default)]
    #[ts(optional)]
    pub min_capacity: Option<u32>,
    /// At most this many places (default 10, at most 100).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// What the distances are measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OriginKind {
    /// The centre of the resident's home area.
    Home,
    /// The centre of an area the resident picked.
    Area,
    /// A point the resident typed.
    Point,
    /// The city's centre (the city hall): no home area is set.
    CityCentre,
}

/// The point distances are measured from, named for the resident.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlaceOrigin {
    pub kind: OriginKind,
    /// The area's name, the city's name for its centre, or the coordinates of a point (`36.27080, 139.76140`).
    pub label: String,
    /// The locale `label` is in.
    pub locale: String,
    /// The area id, for a home or picked area.
    pub area: Option<String>,
    pub lat: f64,
    pub lon: f64,
}

/// The nearest places of one kind, nearest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlacesNearby {
    pub from: PlaceOrigin,
    pub kind: PlaceKind,
    pub hazard: Option<Hazard>,
    pub open_only: bool,
    /// Shelters open now, of any hazard and anywhere: lets a screen say "no shelter is open yet" rather than
    /// "nothing found".
    pub open_shelters: u32,
    pub places: Vec<NearPlace>,
}

/// `place_show`: one place, measured from the same kinds of point as a list (default the home area).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlaceShowArgs {
    /// `shelter-0001`, `aed-…`.
    pub id: String,
    /// Measure from this area: an area id (`mamada`) or its name in any locale (`間々田地区`, `Mamada District`).
    /// Without `area`, `lat` and `lon`: the resident's home area.
    #[serde(default)]
    #[ts(optional)]
    pub area: Option<String>,
    /// Measure from this point instead: latitude, WGS 84 degrees (with `lon`).
    #[serde(default)]
    #[ts(optional)]
    pub lat: Option<f64>,
    /// Longitude, WGS 84 degrees (with `lat`).
    #[serde(default)]
    #[ts(optional)]
    pub lon: Option<f64>,
}

/// One place in full.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlaceView {
    /// Distance and direction are from `from`.
    pub place: NearPlace,
    pub from: PlaceOrigin,
    /// Shelters: the active messages that opened it, newest first (links to the inbox).
    pub opened_by: Vec<InboxEntry>,
}

impl Machi {
    /// The held bundle's places, indexed once per bundle.
    fn place_index(&self) -> ApiResult<std::sync::Arc<PlaceIndex>> {
        self.run(|conn| self.derived(conn, super::load_index))
    }

    /// The places of a kind nearest to the resident's home area, another area or a point, nearest first;
    /// shelters by hazard, capacity and whether a message has opened them.
    pub fn places_nearest(&self, args: PlacesNearestArgs) -> ApiResult<PlacesNearby> {
        let index = self.place_index()?;
        let limit = args.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT) as usize;
        let filter = NearFilter {
            hazard: args.hazard,
            open_only: args.open_only.unwrap_or(false),
            min_capacity: args.min_capacity,
        };
        let now = crate::inbox::now_epoch(self.now());
        let (origin, opened, chain) = self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let chain = owned_chain(&s);
            let origin = resolve_from(conn, args.from(), &s)?;
            Ok((origin, crate::inbox::shelters_opened(conn, now)?, chain))
        })?;
        let origin = self.known_origin(origin, args.from())?;
        let open: BTreeSet<String> = opened.into_keys().collect();
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let point = LatLon {
            lat: origin.lat,
            lon: origin.lon,
        };
        let places = nearest(&index, point, args.kind, &filter, &open, limit, &chain);
        let open_shelters = open
            .iter()
            .filter(|id| index.get(id).is_some_and(|p| p.kind == PlaceKind::Shelter))
            .count() as u32;
        Ok(PlacesNearby {
            from: origin,
            kind: args.kind,
            hazard: args.hazard,
            open_only: filter.open_only,
            open_shelters,
            places,
        })
    }

    /// One place in full: distance and direction from the home area (or the area or point asked), its
    /// status, and the messages that opened it.
    pub fn place_show(&self, args: PlaceShowArgs) -> ApiResult<PlaceView> {
        let index = self.place_index()?;
        let Some(place) = index.get(&args.id) else {
            return Err(self.explain(&Error::NotFound {
                what: Missing::Place,
                id: args.id.clone(),
            }));
        };
        let now = self.now();
        let (origin, opened, chain, opened_by) = self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let chain = owned_chain(&s);
            let origin = resolve_from(conn, args.from(), &s)?;
            let opened = crate::inbox::shelters_opened(conn, crate::inbox::now_epoch(now))?;
            let by = opened.get(&place.id).cloned().unwrap_or_default();
            let viewer = Viewer {
                home_area: s.home_area.as_deref(),
                chain: chain.iter().map(String::as_str).collect(),
                now: crate::inbox::now_epoch(now),
            };
            let opened_by = crate::inbox::entries(conn, &viewer, &by)?;
            Ok((origin, opened, chain, opened_by))
        })?;
        let origin = self.known_origin(origin, args.from())?;
        let open: BTreeSet<String> = opened.into_keys().collect();
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let point = LatLon {
            lat: origin.lat,
            lon: origin.lon,
        };
        let shown = super::near_place(
            place,
            point,
            &open,
            &chain,
            super::distance_m(point, place.location),
        );
        Ok(PlaceView {
            place: shown,
            from: origin,
            opened_by,
        })
    }

    /// An area that names none of the city's is told to the resident as such, in their language.
    fn known_origin(&self, origin: Option<PlaceOrigin>, from: PlaceFrom) -> ApiResult<PlaceOrigin> {
        origin.ok_or_else(|| {
            let area = from.area.unwrap_or_default().to_string();
            self.explain(&Error::NotFound {
                what: Missing::Area,
                id: area,
            })
        })
    }
}

fn owned_chain(s: &settings::Settings) -> Vec<String> {
    i18n::content_chain(&s.locale, &s.second_locale)
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The point to measure from; `None` when `from.area` names no area of the city.
fn resolve_from(
    conn: &rusqlite::Connection,
    from: PlaceFrom,
    s: &settings::Settings,
) -> Result<Option<PlaceOrigin>> {
    let city = crate::content::city(conn)?;
    let chain = i18n::content_chain(&s.locale, &s.second_locale);
    match (from.area, from.lat, from.lon) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Err(Error::InvalidInput {
            detail: "give an area or a point (lat and lon), not both".into(),
        }),
        (None, Some(lat), Some(lon)) => {
            if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
                return Err(Error::InvalidValue {
                    value: lat.to_string(),
                    expected: Expected::Latitude,
                });
            }
            if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
                return Err(Error::InvalidValue {
                    value: lon.to_string(),
                    expected: Expected::Longitude,
                });
            }
            Ok(Some(PlaceOrigin {
                kind: OriginKind::Point,
                label: format!("{lat:.5}, {lon:.5}"),
                locale: s.locale.clone(),
                area: None,
                lat,
                lon,
            }))
        }
        (None, Some(_), None) | (None, None, Some(_)) => Err(Error::InvalidInput {
            detail: "a point needs both lat and lon".into(),
        }),
        (Some(wanted), None, None) => {
            Ok(find_area(&city.areas, wanted).map(|a| area_origin(OriginKind::Area, a, &chain)))
        }
        (None, None, None) => Ok(Some(home_origin(&city, s.home_area.as_deref(), &chain))),
    }
}

fn area_origin(
    kind: OriginKind,
    area: &machi_bundle::content::Area,
    chain: &[&str],
) -> PlaceOrigin {
    let (label, locale) = crate::inbox::pick_text(&area.name, chain);
    PlaceOrigin {
        kind,
        label: label.to_string(),
        locale,
        area: Some(area.id.clone()),
        lat: area.centre.lat,
        lon: area.centre.lon,
    }
}

/// The home area's centre, or the city's centre while no home area is set.
fn home_origin(city: &CityContent, home: Option<&str>, chain: &[&str]) -> PlaceOrigin {
    match home.and_then(|id| city.areas.iter().find(|a| a.id == id)) {
        Some(area) => area_origin(OriginKind::Home, area, chain),
        None => {
            let (label, locale) = crate::inbox::pick_text(&city.name, chain);
            PlaceOrigin {
                kind: OriginKind::CityCentre,
                label: label.to_string(),
                locale,
                area: None,
                lat: city.centre.lat,
                lon: city.centre.lon,
            }
        }
    }
}

impl PlacesNearestArgs {
    fn from(&self) -> PlaceFrom<'_> {
        PlaceFrom {
            area: self.area.as_deref(),
            lat: self.lat,
            lon: self.lon,
        }
    }
}

impl PlaceShowArgs {
    fn from(&self) -> PlaceFrom<'_> {
        PlaceFrom {
            area: self.area.as_deref(),
            lat: self.lat,
            lon: self.lon,
        }
    }
}

#[cfg(test)]
#[path = "api_tests.rs"]
mod tests;
