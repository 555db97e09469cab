//! Drafts: what the resident has typed into a form, one row per form in the resident's own file
//! (`resident.form_draft`), so it survives a restart and a rebuilt content cache.

use machi_bundle::forms::FormValues;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// One form's draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Draft {
    pub form_id: String,
    /// The template version the draft was typed against; the app checks it again against the current one.
    pub form_version: u32,
    pub fields: FormValues,
    /// When the resident agreed to fill this form from their profile (RFC 3339); `None` until they do.
    pub prefill_consent_at: Option<String>,
    /// RFC 3339.
    pub updated_at: String,
}

fn row_to_draft(
    r: &rusqlite::Row,
) -> rusqlite::Result<(String, u32, String, Option<String>, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn into_draft(
    (form_id, form_version, fields, prefill_consent_at, updated_at): (
        String,
        u32,
        String,
        Option<String>,
        String,
    ),
) -> Result<Draft> {
    let fields = serde_json::from_str(&fields)
        .map_err(|e| Error::internal(format!("draft of {form_id} is not readable: {e}")))?;
    Ok(Draft {
        form_id,
        form_version,
        fields,
        prefill_consent_at,
        updated_at,
    })
}

const COLUMNS: &str = "form_id, form_version, fields, prefill_consent_at, updated_at";

/// Saves (replaces) the fields of a form's draft; a consent already given stays.
pub fn save_draft(
    conn: &Connection,
    form_id: &str,
    form_version: u32,
    fields: &FormValues,
    now: &str,
) -> Result<Draft> {
    let json = serde_json::to_string(fields).map_err(Error::internal)?;
    conn.execute(
        "INSERT INTO resident.form_draft (form_id, form_version, fields, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (form_id) DO UPDATE SET form_version = ?2, fields = ?3, updated_at = ?4",
        params![form_id, form_version, json, now],
    )?;
    load_draft(conn, form_id)?.ok_or_else(|| Error::internal("draft vanished after saving"))
}

pub fn load_draft(conn: &Connection, form_id: &str) -> Result<Option<Draft>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM resident.form_draft WHERE form_id = ?1"),
        [form_id],
        row_to_draft,
    )
    .optional()?
    .map(into_draft)
    .transpose()
}

/// Every draft, the most recently changed first.
pub fn list_drafts(conn: &Connection) -> Result<Vec<Draft>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM resident.form_draft ORDER BY updated_at DESC, form_id"
    ))?;
    let rows = stmt.query_map([], row_to_draft)?;
    rows.map(|r| into_draft(r?)).collect()
}

/// Deletes a draft (after the form was handed in, or on the resident's request); whether there was one.
pub fn delete_draft(conn: &Connection, form_id: &str) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM resident.form_draft WHERE form_id = ?1",
        [form_id],
    )? > 0)
}

/// Records that the resident agreed to fill this form from their profile (an empty draft if there was none).
pub fn give_prefill_consent(
    conn: &Connection,
    form_id: &str,
    form_version: u32,
    now: &str,
) -> Result<Draft> {
    conn.execute(
        "INSERT INTO resident.form_draft (form_id, form_version, fields, prefill_consent_at, updated_at)
         VALUES (?1, ?2, '{}', ?3, ?3)
         ON CONFLICT (form_id) DO UPDATE SET prefill_consent_at = ?3, updated_at = ?3",
        params![form_id, form_version, now],
    )?;
    load_draft(conn, form_id)?.ok_or_else(|| Error::internal("draft vanished after consent"))
}

/// Takes the consent back; what was already filled in stays, as the resident's own input now.
pub fn withdraw_prefill_consent(conn: &Connection, form_id: &str, now: &str) -> Result<()> {
    conn.execute(
        "UPDATE resident.form_draft SET prefill_consent_at = NULL, updated_at = ?2 WHERE form_id = ?1",
        params![form_id, now],
    )?;
    Ok(())
}
