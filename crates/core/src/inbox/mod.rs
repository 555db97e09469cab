//! The city's notices for the inbox, kept for offline reading.
//! (Read state, filters and CAP alerts arrive with the inbox feature; this module owns the table.)

use machi_bundle::content::NoticesContent;
use rusqlite::{params, Transaction};

use crate::error::{Error, Result};

/// Replaces the `notice` table with the notices of a newly applied bundle.
pub fn rebuild(tx: &Transaction, content: &NoticesContent) -> Result<()> {
    tx.execute("DELETE FROM notice", [])?;
    let mut put = tx.prepare(
        "INSERT INTO notice (id, category, severity, published, expires, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for notice in &content.notices {
        let data = serde_json::to_string(notice).map_err(Error::internal)?;
        put.execute(params![
            notice.id,
            notice.category,
            notice.severity,
            notice.published,
            notice.expires,
            data
        ])
        .map_err(|e| Error::from_insert(e, machi_bundle::content::NOTICES_DATASET, &notice.id))?;
    }
    Ok(())
}
