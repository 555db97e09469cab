//! The applied city bundle in the local database.
//!
//! A bundle — embedded or synced — is applied in **one** SQLite transaction: the content files, every table
//! derived from them and the record of which bundle is held change together or not at all, so a resident never
//! sees half a bundle, whatever happens mid-write.

pub mod embedded;

use std::collections::{BTreeMap, HashMap};

use machi_bundle::content::{CityContent, PlacesContent, CITY_DATASET, PLACES_DATASET};
use machi_bundle::Manifest;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::de::DeserializeOwned;
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, Missing, Result};

/// Where the held bundle came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BundleSource {
    Embedded,
    Feed,
}

impl BundleSource {
    fn as_str(self) -> &'static str {
        match self {
            BundleSource::Embedded => "embedded",
            BundleSource::Feed => "feed",
        }
    }
}

/// The bundle the database holds now.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldBundle {
    pub city_code: String,
    pub version: u64,
    pub generated_at: String,
    pub source: BundleSource,
}

pub fn held(conn: &Connection) -> Result<Option<HeldBundle>> {
    Ok(conn
        .query_row(
            "SELECT city_code, bundle_version, generated_at, source FROM bundle_state WHERE id = 1",
            [],
            |r| {
                let source: String = r.get(3)?;
                Ok(HeldBundle {
                    city_code: r.get(0)?,
                    version: r.get::<_, i64>(1)? as u64,
                    generated_at: r.get(2)?,
                    source: if source == "feed" {
                        BundleSource::Feed
                    } else {
                        BundleSource::Embedded
                    },
                })
            },
        )
        .optional()?)
}

/// The bytes of the held manifest.
pub fn held_manifest(conn: &Connection) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row("SELECT manifest FROM bundle_state WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?)
}

/// name → SHA-256 of every content file held, so a sync fetches only what changed.
pub fn held_hashes(conn: &Connection) -> Result<HashMap<String, String>> {
    let mut stmt = conn.prepare("SELECT name, sha256 FROM content_file")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The bytes of one held content file.
pub fn file(conn: &Connection, name: &str) -> Result<Option<(String, Vec<u8>)>> {
    Ok(conn
        .query_row(
            "SELECT sha256, body FROM content_file WHERE name = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// What [`apply`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Applied,
    /// The database already held this version (another process got there first).
    AlreadyHeld,
}

/// Whether a bundle of the same version as the held one may replace it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyMode {
    /// Only a higher version is applied (every feed bundle).
    NewerOnly,
    /// The same version is applied too: a newer app build's unpublished built-in content (always version 0)
    /// replaces an older build's.
    ReplaceSameVersion,
}

/// Applies a verified manifest. `new_files` holds the bytes of every file whose hash is not held yet (by name);
/// files the manifest lists with an unchanged hash are kept from the database. A version not higher than the
/// held one is never applied: lower is [`Error::SyncRollback`], equal is [`Applied::AlreadyHeld`].
pub fn apply(
    conn: &mut Connection,
    manifest: &Manifest,
    manifest_bytes: &[u8],
    new_files: &BTreeMap<String, Vec<u8>>,
    source: BundleSource,
) -> Result<Applied> {
    apply_with(
        conn,
        manifest,
        manifest_bytes,
        new_files,
        source,
        ApplyMode::NewerOnly,
    )
}

/// [`apply`], with the rule for an equal version spelled out.
pub fn apply_with(
    conn: &mut Connection,
    manifest: &Manifest,
    manifest_bytes: &[u8],
    new_files: &BTreeMap<String, Vec<u8>>,
    source: BundleSource,
    mode: ApplyMode,
) -> Result<Applied> {
    // IMMEDIATE: the version check and the writes see the same database, even with another process syncing.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if let Some(current) = held(&tx)? {
        if current.version > manifest.bundle_version {
            return Err(Error::SyncRollback {
                held: current.version,
                offered: manifest.bundle_version,
            });
        }
        let same_bytes = held_manifest(&tx)?.as_deref() == Some(manifest_bytes);
        if current.version == manifest.bundle_version
            && (mode == ApplyMode::NewerOnly || same_bytes)
        {
            return Ok(Applied::AlreadyHeld);
        }
    }
    let held = held_hashes(&tx)?;
    let files = resolve(&tx, manifest, new_files)?;
    // Unread or pinned messages in chunks about to change are read now, in case the new bundle drops them.
    let carry = crate::inbox::carry_before_apply(&tx, &files)?;
    {
        let mut keep =
            tx.prepare("SELECT 1 FROM content_file WHERE name = ?1 AND sha256 = ?2 AND size = ?3")?;
        let mut put = tx.prepare("INSERT OR REPLACE INTO content_file (name, sha256, size, body) VALUES (?1, ?2, ?3, ?4)")?;
        for entry in &files {
            match new_files.get(&entry.name) {
                Some(bytes) => {
                    if bytes.len() as u64 != entry.size || sha256_hex(bytes) != entry.sha256 {
                        return Err(Error::SyncHashMismatch {
                            file: entry.path.clone(),
                        });
                    }
                    put.execute(params![entry.name, entry.sha256, entry.size as i64, bytes])?;
                }
                None if keep.exists(params![entry.name, entry.sha256, entry.size as i64])? => {}
                None => {
                    return Err(Error::SyncInvalidContent {
                        file: entry.name.clone(),
                        detail: "not supplied and not held".into(),
                    })
                }
            }
        }
    }
    for name in held.keys().filter(|n| !files.iter().any(|f| &&f.name == n)) {
        tx.execute("DELETE FROM content_file WHERE name = ?1", [name])?;
    }
    rebuild_derived_tables(&tx, carry)?;
    tx.execute(
        "INSERT INTO bundle_state (id, city_code, bundle_version, generated_at, source, manifest, applied_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET city_code = ?1, bundle_version = ?2, generated_at = ?3, source = ?4,
             manifest = ?5, applied_at = ?6",
        params![
            manifest.city_code,
            manifest.bundle_version as i64,
            manifest.generated_at,
            source.as_str(),
            manifest_bytes,
            crate::now_rfc3339(),
        ],
    )?;
    tx.commit()?;
    Ok(Applied::Applied)
}

/// Every file of a bundle: the manifest's files, its index pages and the files they list. An index page comes
/// from `new_files` (checked against its hash) or, unchanged, from the database.
pub fn resolve(
    conn: &Connection,
    manifest: &Manifest,
    new_files: &BTreeMap<String, Vec<u8>>,
) -> Result<Vec<machi_bundle::FileEntry>> {
    let mut problem = None;
    let files = manifest.resolve(|entry| {
        let bytes = match new_files.get(&entry.name) {
            Some(b) => Some(b.clone()),
            None => match file(conn, &entry.name) {
                Ok(held) => held.filter(|(sha, _)| *sha == entry.sha256).map(|(_, b)| b),
                Err(e) => {
                    problem = Some(e);
                    None
                }
            },
        };
        bytes.filter(|b| b.len() as u64 == entry.size && sha256_hex(b) == entry.sha256)
    });
    if let Some(e) = problem {
        return Err(e);
    }
    files.map_err(|detail| Error::SyncInvalidContent {
        file: machi_bundle::manifest::MANIFEST_NAME.into(),
        detail,
    })
}

/// Reads a dataset of the held bundle; `None` if the bundle has no such dataset.
pub fn dataset_of<T: DeserializeOwned>(conn: &Connection, name: &str) -> Result<Option<T>> {
    dataset(conn, name)
}

/// Reads a dataset from the content files inside the transaction; `None` if the bundle has no such dataset.
fn dataset<T: DeserializeOwned>(tx: &Connection, name: &str) -> Result<Option<T>> {
    let Some((_, body)) = file(tx, name)? else {
        return Ok(None);
    };
    serde_json::from_slice(&body)
        .map(Some)
        .map_err(|e| Error::SyncInvalidContent {
            file: name.to_string(),
            detail: e.to_string(),
        })
}

/// Every feature table is a pure function of the content files: rebuilt, never patched.
fn rebuild_derived_tables(tx: &Transaction, carry: crate::inbox::Carry) -> Result<()> {
    let city: CityContent =
        dataset(tx, CITY_DATASET)?.ok_or_else(|| Error::SyncInvalidContent {
            file: CITY_DATASET.into(),
            detail: "missing".into(),
        })?;
    rebuild_areas(tx, &city)?;
    crate::places::rebuild(
        tx,
        &dataset::<PlacesContent>(tx, PLACES_DATASET)?.unwrap_or_default(),
    )?;
    crate::inbox::rebuild(tx, &city.areas, carry)?;
    Ok(())
}

fn rebuild_areas(tx: &Transaction, city: &CityContent) -> Result<()> {
    tx.execute("DELETE FROM area", [])?;
    let mut put =
        tx.prepare("INSERT INTO area (id, position, name, lat, lon, waste_area) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for (position, area) in city.areas.iter().enumerate() {
        put.execute(params![
            area.id,
            position as i64,
            serde_json::to_string(&area.name).map_err(Error::internal)?,
            area.centre.lat,
            area.centre.lon,
            area.waste_area,
        ])?;
    }
    // A home area the new bundle no longer has is cleared rather than left dangling.
    tx.execute(
        "UPDATE resident.settings SET home_area = NULL WHERE home_area NOT IN (SELECT id FROM area)",
        [],
    )?;
    Ok(())
}

/// The city as the held bundle describes it.
pub fn city(conn: &Connection) -> Result<CityContent> {
    let (_, body) = file(conn, CITY_DATASET)?.ok_or_else(|| Error::NotFound {
        what: Missing::CityData,
        id: CITY_DATASET.into(),
    })?;
    serde_json::from_slice(&body).map_err(Error::internal)
}

/// An area a resident can choose as home, named in their language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AreaView {
    pub id: String,
    /// In the resident's language, else the one it falls back to (marked, for the screen's `lang`).
    pub name: crate::inbox::ShownText,
}

pub fn areas(conn: &Connection, chain: &[&str]) -> Result<Vec<AreaView>> {
    let mut stmt = conn.prepare("SELECT id, name FROM area ORDER BY position")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = vec![];
    for row in rows {
        let (id, name) = row?;
        let name: BTreeMap<String, String> =
            serde_json::from_str(&name).map_err(Error::internal)?;
        out.push(AreaView {
            id,
            name: crate::inbox::ShownText::pick(&name, chain),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
