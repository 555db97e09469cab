//! Shelters, AEDs, public toilets and Wi-Fi spots from the city's open data, kept for offline use.
//!
//! - [`rebuild`] keeps the derived `place` table in step with each applied bundle.
//! - [`PlaceIndex`] holds one bundle's places in memory, built once, and [`nearest`] answers "the places of
//!   this kind nearest to me": distance, compass direction, the name and address in the resident's language,
//!   and links for the maps app. Shelters can be asked for by hazard, capacity and whether they are open.
//! - [`open_shelters`] says which shelters the inbox's active messages have opened.
//!
//! The query logic is pure: where the point comes from (home area, a picked area, typed coordinates), loading
//! the index and feeding the open shelters from the inbox are the caller's business.

pub mod api;
mod geo;
mod index;
mod maps;
mod open;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use machi_bundle::content::{Area, LatLon, PlacesContent, PLACES_DATASET};
use rusqlite::{params, Connection, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

pub use api::*;
pub use geo::{bearing_deg, distance_m, Compass};
pub use index::{NearFilter, PlaceIndex};
pub use machi_bundle::content::{Hazard, PlaceKind};
pub use maps::{geo_url, is_geo_url, osm_url};
pub use open::{open_shelters, opened_by, ShelterNotice};

/// Replaces the `place` table with the places of a newly applied bundle.
pub fn rebuild(tx: &Transaction, content: &PlacesContent) -> Result<()> {
    tx.execute("DELETE FROM place", [])?;
    let mut put =
        tx.prepare("INSERT INTO place (id, kind, lat, lon, data) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for place in &content.places {
        let data = serde_json::to_string(place).map_err(Error::internal)?;
        put.execute(params![
            place.id,
            place.kind.as_str(),
            place.location.lat,
            place.location.lon,
            data
        ])
        .map_err(|e| Error::from_insert(e, PLACES_DATASET, &place.id))?;
    }
    Ok(())
}

/// The held bundle's places, indexed. Build it once per applied bundle (the held version says when it is
/// stale) and share it: queries only read it.
pub fn load_index(conn: &Connection) -> Result<PlaceIndex> {
    let content = match crate::content::file(conn, PLACES_DATASET)? {
        Some((_, body)) => serde_json::from_slice::<PlacesContent>(&body).map_err(|e| {
            Error::SyncInvalidContent {
                file: PLACES_DATASET.to_string(),
                detail: e.to_string(),
            }
        })?,
        None => PlacesContent::default(),
    };
    Ok(PlaceIndex::new(content.places))
}

/// One place near the resident, in their language, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct NearPlace {
    /// `shelter-0001`: what messages' `opens_shelters` name.
    pub id: String,
    pub kind: PlaceKind,
    pub name: String,
    /// The locale `name` is in (the resident's, their second language, or Japanese).
    pub locale: String,
    /// The Japanese name in katakana (名称_カナ), for reading aloud.
    pub kana: Option<String>,
    pub address: Option<String>,
    /// The locale `address` is in.
    pub address_locale: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// Great-circle distance from the point asked about, rounded to the metre.
    pub distance_m: u32,
    /// Initial bearing from the point, degrees clockwise from north (0–359).
    pub bearing_deg: u16,
    pub direction: Compass,
    /// Shelters only: whether a message has opened it.
    pub open: Option<bool>,
    pub hazards: Vec<Hazard>,
    pub capacity: Option<u32>,
    pub phone: Option<String>,
    pub hours: Option<String>,
    /// Where exactly (AED: 設置位置), or the coverage (Wi-Fi: 提供エリア).
    pub detail: Option<String>,
    pub ssid: Option<String>,
    /// Also a 指定避難所: a place to stay, not only to flee to.
    pub evacuation_centre: bool,
    /// Logical media name of a photo (`media/…`).
    pub image: Option<String>,
    /// `geo:` link for the system's maps app (Android, Linux desktops).
    pub maps_url: String,
    /// The same point on openstreetmap.org, where `geo:` is not understood (iOS, the web).
    pub web_map_url: String,
}

/// The `limit` places of `kind` nearest to `from` that pass `filter`, nearest first (equal distances in the
/// bundle's order). `open` holds the ids of the open shelters ([`open_shelters`]); `chain` is the resident's
/// content locale chain ([`crate::i18n::content_chain`]).
///
/// Filters apply as written: a hazard, `open_only` or a capacity asked of AEDs finds none, since only shelters
/// have them.
pub fn nearest(
    index: &PlaceIndex,
    from: LatLon,
    kind: PlaceKind,
    filter: &NearFilter,
    open: &BTreeSet<String>,
    limit: usize,
    chain: &[&str],
) -> Vec<NearPlace> {
    index
        .nearest_places(from, kind, filter, open, limit)
        .into_iter()
        .map(|(p, d)| near_place(p, from, open, chain, d))
        .collect()
}

/// One place as a resident sees it from `from`, `d` metres away.
pub(crate) fn near_place(
    p: &machi_bundle::content::Place,
    from: LatLon,
    open: &BTreeSet<String>,
    chain: &[&str],
    d: f64,
) -> NearPlace {
    let (name, locale) = crate::inbox::pick_text(&p.name, chain);
    let (address, address_locale) = crate::inbox::pick_text(&p.address, chain);
    let bearing = bearing_deg(from, p.location);
    NearPlace {
        id: p.id.clone(),
        kind: p.kind,
        // The maps app shows the label as plain text: the name's furigana markup keeps only its bases.
        maps_url: geo_url(p.location, &crate::plain_text(name)),
        web_map_url: osm_url(p.location),
        name: name.to_string(),
        locale,
        kana: p.kana.clone(),
        address: (!address.is_empty()).then(|| address.to_string()),
        address_locale: (!address.is_empty()).then_some(address_locale),
        lat: p.location.lat,
        lon: p.location.lon,
        distance_m: d.round().min(f64::from(u32::MAX)) as u32,
        bearing_deg: (bearing.round() as u16) % 360,
        direction: Compass::from_bearing(bearing),
        open: (p.kind == PlaceKind::Shelter).then(|| open.contains(&p.id)),
        hazards: p.hazards.clone(),
        capacity: p.capacity,
        phone: p.phone.clone(),
        hours: p.hours.clone(),
        detail: p.detail.clone(),
        ssid: p.ssid.clone(),
        evacuation_centre: p.evacuation_centre,
        image: p.image.clone(),
    }
}

/// The home area a resident means by `query`: its id (`mamada`), its name in any locale (`間々田地区`,
/// `Mamada District`, case aside), or its waste-calendar name.
pub fn find_area<'a>(areas: &'a [Area], query: &str) -> Option<&'a Area> {
    let q = query.trim();
    areas.iter().find(|a| a.id == q).or_else(|| {
        areas.iter().find(|a| {
            a.name.values().any(|n| n.eq_ignore_ascii_case(q)) || a.waste_area.as_deref() == Some(q)
        })
    })
}
