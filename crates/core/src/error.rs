//! The one error type of the Machi API.
//!
//! Every variant has a stable `code` (what programs match on) and Fluent arguments; [`crate::Machi::explain`]
//! turns it into an [`ApiError`] `{code, message}` with the message in the resident's language. Internal details
//! (SQLite, I/O) are logged, never shown: the resident reads "Something went wrong".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    /// No area was given and the resident has not chosen a home area.
    #[error("no area for the waste calendar")]
    WasteNoArea,
}

impl Error {
    /// The stable code: programs and tests match on it, the UI may too.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Internal(_) => ErrorCode::Internal,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::InvalidInput { .. } => ErrorCode::InvalidInput,
            Error::UnknownLocale { .. } => ErrorCode::UnknownLocale,
            Error::Storage(_) => ErrorCode::Storage,
            Error::Unauthorized => ErrorCode::Unauthorized,
            Error::SyncNetwork { .. } => ErrorCode::SyncNetwork,
            Error::SyncHttpStatus { .. } => ErrorCode::SyncHttpStatus,
            Error::SyncTooLarge { .. } => ErrorCode::SyncTooLarge,
            Error::SyncBadSignature => ErrorCode::SyncBadSignature,
            Error::SyncUntrustedKey => ErrorCode::SyncUntrustedKey,
            Error::SyncWrongCity { .. } => ErrorCode::SyncWrongCity,
            Error::SyncRollback { .. } => ErrorCode::SyncRollback,
            Error::SyncHashMismatch { .. } => ErrorCode::SyncHashMismatch,
            Error::SyncInvalidManifest { .. } => ErrorCode::SyncInvalidManifest,
            Error::SyncInvalidContent { .. } => ErrorCode::SyncInvalidContent,
            Error::SyncTimeout => ErrorCode::SyncTimeout,
            Error::SyncBusy => ErrorCode::SyncBusy,
            Error::WasteNoArea => ErrorCode::WasteNoArea,
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
            | Error::SyncBusy
            | Error::WasteNoArea => {}
        }
        ErrorRecord {
            code: self.code(),
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
    pub code: ErrorCode,
    pub args: BTreeMap<String, String>,
}

impl ErrorRecord {
    /// The Fluent message id: `sync.bad_signature` → `error-sync-bad-signature`.
    pub fn message_id(&self) -> String {
        self.code.message_id()
    }
}

/// What every front end receives: `{ "code": "sync.rollback", "message": "…in the resident's language…" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error, TS)]
#[error("{code}: {message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

/// Declares [`ErrorCode`] once: each variant with the stable string programs match on.
macro_rules! error_codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $code:literal, )*) => {
        /// Every error code of the Machi API. In TypeScript it is a union of these strings, so the UI branches
        /// on a code without guessing.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        pub enum ErrorCode {
            $( $(#[doc = $doc])* #[serde(rename = $code)] $variant, )*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The stable string, e.g. `sync.rollback`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    /// Something went wrong inside Machi; the details are in the log, not on screen.
    Internal = "internal",
    NotFound = "not_found",
    InvalidInput = "invalid_input",
    UnknownLocale = "unknown_locale",
    /// The device could not store data (disk full, file damaged).
    Storage = "storage",
    /// Web mode: the request did not carry this launch's token.
    Unauthorized = "unauthorized",
    SyncNetwork = "sync.network",
    SyncHttpStatus = "sync.http_status",
    SyncTooLarge = "sync.too_large",
    SyncBadSignature = "sync.bad_signature",
    SyncUntrustedKey = "sync.untrusted_key",
    SyncWrongCity = "sync.wrong_city",
    SyncRollback = "sync.rollback",
    SyncHashMismatch = "sync.hash_mismatch",
    SyncInvalidManifest = "sync.invalid_manifest",
    SyncInvalidContent = "sync.invalid_content",
    SyncTimeout = "sync.timeout",
    SyncBusy = "sync.busy",
    /// The waste calendar needs an area: none was given and no home area is chosen.
    WasteNoArea = "waste.no_area",
}

impl ErrorCode {
    /// The Fluent message id: `sync.bad_signature` → `error-sync-bad-signature`.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str().replace(['.', '_'], "-"))
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
