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

pub mod api;
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

use crate::error::ErrorCode;

pub use import::{import_apple_health_xml, import_google_fit_csv, StepImportError};
pub use ledger::{LedgerEntry, Posted, Source};
pub use points::{
    counter_pngs, counter_texts, CheckInCredit, PointsLedger, PointsStatus, StepOrigin,
    StepsImported, StepsRecorded,
};
pub use profile::{PersonalDetails, Profile, ProfileId, ProfileSettings};
pub use rules::RuleBook;

pub type Result<T, E = HealthError> = std::result::Result<T, E>;

/// Why a points operation did not happen. [`HealthError::code`] is stable for programs; [`HealthError::args`]
/// is what the resident's message may show.
#[derive(Debug, thiserror::Error)]
pub enum HealthError {
    /// The held bundle has no points scheme (`health.json`).
    #[error("the city publishes no health-points scheme")]
    NoScheme,
    #[error("no profile {0}")]
    NoProfile(String),
    #[error("a profile named {0} already exists")]
    ProfileExists(String),
    #[error("a profile name is 1–{max} characters, without control characters")]
    InvalidName { max: usize },
    #[error("{field} `{value}` is not valid")]
    InvalidDetail { field: DetailField, value: String },
    /// Something a program sent wrong (settings JSON); residents never type it.
    #[error("{0}")]
    Invalid(String),
    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    InvalidDate(String),
    /// No rule set (or no scheme period) holds the day.
    #[error("no points scheme runs on {date}")]
    NoRules { date: NaiveDate },
    #[error("{date} is in the future")]
    FutureDate { date: NaiveDate },
    #[error("{steps} steps in one day is more than {max}")]
    TooManySteps { steps: u32, max: u32 },
    #[error("`{0}` is not a check-up or screening of the city's scheme")]
    UnknownCheckup(String),
    #[error("`{kind}` earns no points under the rules of {date}")]
    NoCheckupPoints { kind: String, date: NaiveDate },
    #[error(transparent)]
    CheckIn(#[from] CheckInError),
    #[error("no check-in code was found in the image")]
    NoCodeInImage,
    #[error("the file is not an image that can be read: {0}")]
    NotAnImage(String),
    #[error(transparent)]
    Import(#[from] StepImportError),
    /// The ledger refused a post (over a cap, negative); a bug if it ever reaches a resident.
    #[error("ledger: {0}")]
    Ledger(String),
    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),
}

/// A personal detail that forms rely on the shape of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailField {
    BirthDate,
    PostalCode,
    Phone,
    /// Name or address holding control characters.
    Text,
}

impl std::fmt::Display for DetailField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DetailField::BirthDate => "birth date",
            DetailField::PostalCode => "postal code",
            DetailField::Phone => "phone number",
            DetailField::Text => "text",
        })
    }
}

impl HealthError {
    /// A stable code: `profile.not_found`, `checkin.expired`, `steps.too_many`, …
    pub fn code(&self) -> ErrorCode {
        match self {
            HealthError::NoScheme => ErrorCode::PointsNoScheme,
            HealthError::NoProfile(_) => ErrorCode::ProfileNotFound,
            HealthError::ProfileExists(_) => ErrorCode::ProfileExists,
            HealthError::InvalidName { .. } => ErrorCode::ProfileInvalidName,
            HealthError::InvalidDetail { field, .. } => match field {
                DetailField::BirthDate => ErrorCode::ProfileInvalidBirthDate,
                DetailField::PostalCode => ErrorCode::ProfileInvalidPostalCode,
                DetailField::Phone => ErrorCode::ProfileInvalidPhone,
                DetailField::Text => ErrorCode::ProfileInvalidText,
            },
            HealthError::Invalid(_) => ErrorCode::InvalidInput,
            HealthError::InvalidDate(_) => ErrorCode::PointsInvalidDate,
            HealthError::NoRules { .. } => ErrorCode::PointsNoRules,
            HealthError::FutureDate { .. } => ErrorCode::PointsFutureDate,
            HealthError::TooManySteps { .. } => ErrorCode::StepsTooMany,
            HealthError::UnknownCheckup(_) => ErrorCode::PointsUnknownCheckup,
            HealthError::NoCheckupPoints { .. } => ErrorCode::PointsNoCheckupPoints,
            HealthError::CheckIn(e) => match e {
                CheckInError::Malformed(_) => ErrorCode::CheckinMalformed,
                CheckInError::BadSignature => ErrorCode::CheckinBadSignature,
                CheckInError::UnknownKey { .. } => ErrorCode::CheckinUnknownKey,
                CheckInError::WrongCity { .. } => ErrorCode::CheckinWrongCity,
                CheckInError::NotYetValid { .. } => ErrorCode::CheckinNotYetValid,
                CheckInError::Expired { .. } => ErrorCode::CheckinExpired,
            },
            HealthError::NoCodeInImage => ErrorCode::CheckinNoCode,
            HealthError::NotAnImage(_) => ErrorCode::CheckinNotAnImage,
            HealthError::Import(e) => match e {
                StepImportError::MissingColumn(_) => ErrorCode::StepsImportMissingColumn,
                StepImportError::NotHealthData => ErrorCode::StepsImportNotAppleHealth,
                StepImportError::Csv(_) | StepImportError::Xml { .. } | StepImportError::Io(_) => {
                    ErrorCode::StepsImportUnreadable
                }
            },
            HealthError::Ledger(_) => ErrorCode::Internal,
            HealthError::Storage(_) => ErrorCode::Storage,
        }
    }

    /// What the resident's message may show (Fluent arguments). Internal details stay out.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            HealthError::NoProfile(name) | HealthError::ProfileExists(name) => {
                vec![("name", name.clone())]
            }
            HealthError::InvalidName { max } => vec![("max", max.to_string())],
            HealthError::InvalidDetail { value, .. } => vec![("value", value.clone())],
            HealthError::Invalid(detail) => vec![("detail", detail.clone())],
            HealthError::InvalidDate(text) => vec![("date", text.clone())],
            HealthError::NoRules { date } | HealthError::FutureDate { date } => {
                vec![("date", date.to_string())]
            }
            HealthError::NoCheckupPoints { date, .. } => vec![("date", date.to_string())],
            HealthError::TooManySteps { steps, max } => {
                vec![("steps", steps.to_string()), ("max", max.to_string())]
            }
            HealthError::UnknownCheckup(kind) => vec![("kind", kind.clone())],
            HealthError::CheckIn(CheckInError::NotYetValid { from }) => {
                vec![("from", from.to_string())]
            }
            HealthError::CheckIn(CheckInError::Expired { until }) => {
                vec![("until", until.to_string())]
            }
            HealthError::Import(StepImportError::MissingColumn(column)) => {
                vec![("column", column.to_string())]
            }
            _ => Vec::new(),
        }
    }

    /// Whether the cause belongs in the log (the resident reads "something went wrong").
    pub(crate) fn is_internal(&self) -> bool {
        matches!(self, HealthError::Ledger(_) | HealthError::Storage(_))
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
