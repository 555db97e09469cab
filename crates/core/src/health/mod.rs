//! Health points for the whole family: steps, check-ups and event check-ins, private to the device and
//! verifiable at the city's counter.
//!
//! - [`profile`]: the residents sharing the device; the personal details forms prefill from (with consent).
//! - [`rules`]: which of the city's rule sets applies on a day ([`RuleBook`]); the device keeps each version as
//!   first seen, so replayed older rules change nothing.
//! - [`ledger`]: append-only entries per profile, one claim counted once; corrections are entries too.
//! - [`points`]: earning (steps, check-ups, check-ins, streak bonuses) and reading (balance, tier, draw
//!   entries, the counter code) through a [`PointsLedger`].
//! - [`import`]: daily steps from Google Fit Takeout and Apple Health exports.
//! - [`export`]: a profile's data as JSON and CSV, and deleting all of it.
//!
//! Everything lives in the resident's file (`resident.` tables); nothing here touches the city cache or the
//! network. The rules come from the held bundle's `health.json`, the trusted event keys from its `city.json`.

pub mod export;
pub mod import;
pub mod ledger;
pub mod points;
pub mod profile;
pub mod rules;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use machi_bundle::content::{HealthContent, HEALTH_DATASET};
use machi_bundle::health::{CheckInError, CheckInTrust};
use rusqlite::Connection;

pub use import::{import_apple_health_xml, import_google_fit_csv, StepImportError};
pub use ledger::{LedgerEntry, Posted, Source};
pub use points::{
    counter_pngs, counter_texts, CheckInCredit, PointsLedger, PointsStatus, StepOrigin,
    StepsImported, StepsRecorded,
};
pub use profile::{PersonalDetails, Profile, ProfileId, ProfileSettings};
pub use rules::RuleBook;

pub type Result<T, E = HealthError> = std::result::Result<T, E>;

/// Why a points operation did not happen. [`HealthError::code`] is stable for programs.
#[derive(Debug, thiserror::Error)]
pub enum HealthError {
    #[error("no profile {0}")]
    NoProfile(String),
    #[error("a profile named {0} already exists")]
    ProfileExists(String),
    #[error("{0}")]
    Invalid(String),
    /// No rule set (or no scheme period) holds the day.
    #[error("no points scheme runs on {date}")]
    NoRules { date: NaiveDate },
    #[error("{date} is in the future")]
    FutureDate { date: NaiveDate },
    #[error("`{0}` is not a check-up or screening of the city's scheme")]
    UnknownCheckup(String),
    #[error(transparent)]
    CheckIn(#[from] CheckInError),
    #[error("no check-in code was found in the image")]
    NoCodeInImage,
    #[error(transparent)]
    Import(#[from] StepImportError),
    /// The ledger refused a post (over a cap, negative); a bug if it ever reaches a resident.
    #[error("ledger: {0}")]
    Ledger(String),
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
}

impl HealthError {
    /// A stable code: `points.no_profile`, `checkin.expired`, …
    pub fn code(&self) -> &'static str {
        match self {
            HealthError::NoProfile(_) => "points.no_profile",
            HealthError::ProfileExists(_) => "points.profile_exists",
            HealthError::Invalid(_) => "points.invalid",
            HealthError::NoRules { .. } => "points.no_rules",
            HealthError::FutureDate { .. } => "points.future_date",
            HealthError::UnknownCheckup(_) => "points.unknown_checkup",
            HealthError::CheckIn(e) => e.code(),
            HealthError::NoCodeInImage => "checkin.no_code",
            HealthError::Import(_) => "points.import",
            HealthError::Ledger(_) => "points.ledger",
            HealthError::Storage(_) => "storage",
        }
    }
}

/// Until the API has codes of its own for points, each error maps onto the nearest general one.
impl From<HealthError> for crate::Error {
    fn from(e: HealthError) -> Self {
        match e {
            HealthError::NoProfile(what) => crate::Error::NotFound {
                what: format!("profile {what}"),
            },
            HealthError::Storage(e) => crate::Error::Storage(e),
            HealthError::Ledger(what) => crate::Error::Internal(what),
            other => crate::Error::InvalidInput {
                detail: other.to_string(),
            },
        }
    }
}

/// The held bundle's points scheme (its rule sets remembered on the way) and the keys it trusts for event
/// check-ins; `None` when the city publishes no scheme. Calling it after every applied bundle also makes the
/// device remember each rule set version as soon as it arrives.
pub fn held_scheme(
    conn: &Connection,
    now: &str,
) -> crate::Result<Option<(RuleBook, CheckInTrust)>> {
    let city = crate::content::city(conn)?;
    let Some((_, body)) = crate::content::file(conn, HEALTH_DATASET)? else {
        return Ok(None);
    };
    let content: HealthContent =
        serde_json::from_slice(&body).map_err(|e| crate::Error::SyncInvalidContent {
            file: HEALTH_DATASET.into(),
            detail: e.to_string(),
        })?;
    let book = RuleBook::load(conn, &city.code, &content, now)?;
    Ok(Some((book, CheckInTrust::of_city(&city))))
}

/// Runs `f` inside a savepoint: all of it or nothing. Savepoints nest, inside or outside a transaction.
pub(crate) fn in_savepoint<T>(conn: &Connection, f: impl FnOnce() -> Result<T>) -> Result<T> {
    conn.execute_batch("SAVEPOINT health")?;
    match f() {
        Ok(v) => {
            conn.execute_batch("RELEASE health")?;
            Ok(v)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK TO health; RELEASE health");
            Err(e)
        }
    }
}
