//! The one error type of the Machi API.
//!
//! Every variant has a stable `code` (what programs match on) and Fluent arguments; [`crate::Machi::explain`]
//! turns it into an [`ApiError`] `{code, message}` with the message in the resident's language. Internal details
//! (SQLite, I/O) are logged, never shown: the resident reads "Something went wrong".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("internal error: {0}")]
    Internal(String),
    #[error("not found: {what}")]
    NotFound { what: String },
    #[error("invalid input: {detail}")]
    InvalidInput { detail: String },
    #[error("unknown locale {locale}")]
    UnknownLocale { locale: String },
    #[error("storage error: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("not authorised")]
    Unauthorized,

    /// `host` is shown to the resident; `cause` (OS wording, English) only goes to logs.
    #[error("network error reaching {host}: {cause}")]
    SyncNetwork { host: String, cause: String },
    #[error("the feed answered HTTP {status} for {url}")]
    SyncHttpStatus { status: u16, url: String },
    #[error("{what} is larger than the limit of {limit} bytes")]
    SyncTooLarge { what: String, limit: u64 },
    #[error("the bundle signature is not valid")]
    SyncBadSignature,
    #[error("the bundle is signed by a key this app does not trust")]
    SyncUntrustedKey,
    #[error("the bundle is for city {found}, this app is for {expected}")]
    SyncWrongCity { expected: String, found: String },
    #[error("the feed offers bundle version {offered}, older than the held version {held}")]
    SyncRollback { held: u64, offered: u64 },
    #[error("{file} does not match its hash or size in the manifest")]
    SyncHashMismatch { file: String },
    #[error("the manifest is not valid: {detail}")]
    SyncInvalidManifest { detail: String },
    #[error("{file} is not valid: {detail}")]
    SyncInvalidContent { file: String, detail: String },
    #[error("the feed did not answer in time")]
    SyncTimeout,
    #[error("an update is already running")]
    SyncBusy,
}

impl Error {
    /// The stable code: programs and tests match on it, the UI may too.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Internal(_) => "internal",
            Error::NotFound { .. } => "not_found",
            Error::InvalidInput { .. } => "invalid_input",
            Error::UnknownLocale { .. } => "unknown_locale",
            Error::Storage(_) => "storage",
            Error::Unauthorized => "unauthorized",
            Error::SyncNetwork { .. } => "sync.network",
            Error::SyncHttpStatus { .. } => "sync.http_status",
            Error::SyncTooLarge { .. } => "sync.too_large",
            Error::SyncBadSignature => "sync.bad_signature",
            Error::SyncUntrustedKey => "sync.untrusted_key",
            Error::SyncWrongCity { .. } => "sync.wrong_city",
            Error::SyncRollback { .. } => "sync.rollback",
            Error::SyncHashMismatch { .. } => "sync.hash_mismatch",
            Error::SyncInvalidManifest { .. } => "sync.invalid_manifest",
            Error::SyncInvalidContent { .. } => "sync.invalid_content",
            Error::SyncTimeout => "sync.timeout",
            Error::SyncBusy => "sync.busy",
        }
    }

    /// What the localized message may show. Internal details are deliberately absent.
    pub fn record(&self) -> ErrorRecord {
        let mut args = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            args.insert(k.to_string(), v);
        };
        match self {
            Error::NotFound { what } => put("what", what.clone()),
            Error::InvalidInput { detail } => put("detail", detail.clone()),
            Error::UnknownLocale { locale } => put("locale", locale.clone()),
            Error::SyncNetwork { host, .. } => put("detail", host.clone()),
            Error::SyncHttpStatus { status, .. } => put("status", status.to_string()),
            Error::SyncTooLarge { what, limit } => {
                put("what", what.clone());
                put("limit", limit.to_string());
            }
            Error::SyncWrongCity { expected, found } => {
                put("expected", expected.clone());
                put("found", found.clone());
            }
            Error::SyncRollback { held, offered } => {
                put("held", held.to_string());
                put("offered", offered.to_string());
            }
            Error::SyncHashMismatch { file } => put("file", file.clone()),
            Error::SyncInvalidManifest { detail } => put("detail", detail.clone()),
            Error::SyncInvalidContent { file, detail } => {
                put("file", file.clone());
                put("detail", detail.clone());
            }
            Error::Internal(_)
            | Error::Storage(_)
            | Error::Unauthorized
            | Error::SyncBadSignature
            | Error::SyncUntrustedKey
            | Error::SyncTimeout
            | Error::SyncBusy => {}
        }
        ErrorRecord {
            code: self.code().to_string(),
            args,
        }
    }

    pub(crate) fn internal(e: impl std::fmt::Display) -> Self {
        Error::Internal(e.to_string())
    }

    /// A failed insert of a dataset row: a unique-constraint violation means the bundle lists an id twice.
    pub(crate) fn from_insert(e: rusqlite::Error, dataset: &str, id: &str) -> Self {
        match e {
            rusqlite::Error::SqliteFailure(f, _)
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                Error::SyncInvalidContent {
                    file: dataset.to_string(),
                    detail: format!("duplicate id {id}"),
                }
            }
            other => other.into(),
        }
    }
}

/// An error reduced to what can be stored (the last sync failure) and localized later in whatever language
/// the resident has chosen by then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl ErrorRecord {
    /// The Fluent message id: `sync.bad_signature` → `error-sync-bad-signature`.
    pub fn message_id(&self) -> String {
        format!("error-{}", self.code.replace(['.', '_'], "-"))
    }
}

/// What every front end receives: `{ "code": "sync.rollback", "message": "…in the resident's language…" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ApiError {
    pub code: String,
    pub message: String,
}
