//! A profile's own data, out: everything as JSON, the ledger as CSV; and deleting all of it.

use rusqlite::Connection;
use serde::Serialize;

use super::ledger::{self, LedgerEntry};
use super::profile::{self, Profile, ProfileId};
use super::{HealthError, Result};

/// The JSON export's format name.
pub const EXPORT_FORMAT: &str = "machi-points-export-1";

/// Everything Machi keeps about one profile.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileExport {
    pub format: &'static str,
    pub exported_at: String,
    /// The profile with its personal details and settings.
    pub profile: Profile,
    /// Every ledger entry, oldest first, corrections included.
    pub entries: Vec<LedgerEntry>,
}

/// Everything about one profile, as one JSON document.
pub fn export_json(conn: &Connection, id: ProfileId, now: &str) -> Result<String> {
    let export = ProfileExport {
        format: EXPORT_FORMAT,
        exported_at: now.to_string(),
        profile: profile::get(conn, id)?,
        entries: ledger::all_entries(conn, id)?,
    };
    serde_json::to_string_pretty(&export).map_err(|e| HealthError::Invalid(e.to_string()))
}

/// The ledger of one profile as CSV (RFC 4180, UTF-8, a header row), oldest entry first.
pub fn export_csv(conn: &Connection, id: ProfileId) -> Result<String> {
    profile::get(conn, id)?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let write = |out: &mut csv::Writer<Vec<u8>>, row: &[String]| {
        out.write_record(row)
            .map_err(|e| HealthError::Invalid(e.to_string()))
    };
    write(
        &mut out,
        &[
            "id",
            "recorded_at",
            "date",
            "source",
            "claim",
            "revision",
            "points",
            "steps",
            "rule_version",
            "detail",
        ]
        .map(String::from),
    )?;
    for e in ledger::all_entries(conn, id)? {
        write(
            &mut out,
            &[
                e.id.to_string(),
                e.recorded_at,
                e.date,
                e.source.as_str().to_string(),
                e.claim,
                e.revision.to_string(),
                e.amount.to_string(),
                e.quantity.map(|q| q.to_string()).unwrap_or_default(),
                e.rule_version.to_string(),
                e.detail.map(|d| d.to_string()).unwrap_or_default(),
            ],
        )?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| HealthError::Invalid(e.to_string()))?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8"))
}

/// Deletes everything about one profile: the profile, its personal details, settings and whole ledger.
pub fn delete_everything(conn: &Connection, id: ProfileId) -> Result<()> {
    profile::remove(conn, id)
}
