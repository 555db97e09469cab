//! Shelters, AEDs, public toilets and Wi-Fi spots from the city's open data, kept for offline use.
//! (Search and "nearest" arrive with the places feature; this module owns the table.)

use machi_bundle::content::PlacesContent;
use rusqlite::{params, Transaction};

use crate::error::{Error, Result};

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
        .map_err(|e| Error::from_insert(e, machi_bundle::content::PLACES_DATASET, &place.id))?;
    }
    Ok(())
}
