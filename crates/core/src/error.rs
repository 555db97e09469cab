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
    /// `id` is what was asked for (a stop as typed, a message id); `what` says which kind of thing it is.
    #[error("not found: {} {id}", what.as_str())]
    NotFound { what: Missing, id: String },
    #[error("invalid input: {detail}")]
    InvalidInput { detail: String },
    /// A value a resident typed (a date, a month, a coordinate) that is not what it should be: the message says
    /// what was typed and what is expected, in the resident's language (code `invalid_input`).
    #[error("invalid input: `{value}` is not a {expected:?}")]
    InvalidValue { value: String, expected: Expected },
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
    /// `what` is the file (for logs); the resident reads whether it was the whole bundle or one file, and the limit.
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

    /// Health points: profiles, steps, check-ups, check-ins (codes `points.*`, `steps.*`, `checkin.*`,
    /// `profile.*`).
    #[error(transparent)]
    Health(#[from] crate::health::HealthError),
    /// A form that does not pass its checks; `problems` lists each field and why, in the resident's language.
    #[error("the form has problems: {problems}")]
    FormInvalid { problems: String },
    #[error("the form needs {parts} QR codes, more than the {max} a counter takes")]
    FormTooLarge { parts: usize, max: usize },

    #[error("the waiting-time file's signature is not valid")]
    WaitBadSignature,
    #[error("the waiting-time file is signed by a key this app does not trust")]
    WaitUntrustedKey,
    #[error("the waiting-time file is not valid: {detail}")]
    WaitInvalid { detail: String },
    #[error("the waiting-time file is for city {found}, this app is for {expected}")]
    WaitWrongCity { expected: String, found: String },
    /// `host` is shown to the resident; `cause` only goes to logs.
    #[error("the waiting times could not be fetched from {host}: {cause}")]
    WaitOffline { host: String, cause: String },
    #[error("the feed answered HTTP {status} for the waiting times")]
    WaitHttpStatus { status: u16 },

    /// The city's feed names no place for the waste searches that found nothing.
    #[error("the city does not take the searches that found nothing")]
    WasteSendNotTaken,
    /// `host` is shown to the resident; `cause` only goes to logs.
    #[error("the searches that found nothing could not be sent to {host}: {cause}")]
    WasteSendOffline { host: String, cause: String },
    #[error("the city's server answered HTTP {status} to the searches that found nothing")]
    WasteSendRefused { status: u16 },
}

/// What a value should have been (`error-invalid-input`'s `$expected`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM-DD HH:MM`.
    DateTime,
    /// A year 2000–2099 and a month 1–12.
    YearMonth,
    /// Degrees between -90 and 90.
    Latitude,
    /// Degrees between -180 and 180.
    Longitude,
}

impl Expected {
    /// The Fluent selector value.
    pub fn as_str(self) -> &'static str {
        match self {
            Expected::Date => "date",
            Expected::DateTime => "datetime",
            Expected::YearMonth => "month",
            Expected::Latitude => "latitude",
            Expected::Longitude => "longitude",
        }
    }
}

/// Which kind of thing was not found: the resident's message names it in their language (`error-not-found`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// A message of the inbox (removed or expired since it was listed).
    Message,
    /// A district (地区) of the city.
    Area,
    /// A shelter, AED, toilet or Wi-Fi spot.
    Place,
    /// A bus stop.
    Stop,
    /// A bus line.
    Route,
    /// One of the city's forms.
    Form,
    /// A saved draft of a form.
    Draft,
    /// An operation this version of Machi does not have.
    Operation,
    /// A part of the city's data (a dataset, an image).
    CityData,
}

impl Missing {
    /// The Fluent selector value.
    pub fn as_str(self) -> &'static str {
        match self {
            Missing::Message => "message",
            Missing::Area => "area",
            Missing::Place => "place",
            Missing::Stop => "stop",
            Missing::Route => "route",
            Missing::Form => "form",
            Missing::Draft => "draft",
            Missing::Operation => "operation",
            Missing::CityData => "city_data",
        }
    }

    pub const ALL: [Missing; 9] = [
        Missing::Message,
        Missing::Area,
        Missing::Place,
        Missing::Stop,
        Missing::Route,
        Missing::Form,
        Missing::Draft,
        Missing::Operation,
        Missing::CityData,
    ];
}

/// `SyncTooLarge::what` for the bundle as a whole (its total size), rather than one file of it.
pub const SYNC_WHOLE_BUNDLE: &str = "bundle";

/// A size as residents read it: `8 MB`, `1.5 MB`, `64 KB` (units are the same in every language).
pub fn human_size(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    const MB: f64 = 1024.0 * 1024.0;
    let b = bytes as f64;
    let (value, unit) = if b >= MB {
        (b / MB, "MB")
    } else if b >= KB {
        (b / KB, "KB")
    } else {
        (b, "B")
    };
    if unit == "B" || (value - value.round()).abs() < 0.05 {
        format!("{} {unit}", value.round() as u64)
    } else {
        format!("{value:.1} {unit}")
    }
}

impl Error {
    /// The stable code: programs and tests match on it, the UI may too.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Internal(_) => ErrorCode::Internal,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::InvalidInput { .. } | Error::InvalidValue { .. } => ErrorCode::InvalidInput,
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
            Error::Health(e) => e.code(),
            Error::FormInvalid { .. } => ErrorCode::FormInvalid,
            Error::FormTooLarge { .. } => ErrorCode::FormTooLarge,
            Error::WaitBadSignature => ErrorCode::WaitBadSignature,
            Error::WaitUntrustedKey => ErrorCode::WaitUntrustedKey,
            Error::WaitInvalid { .. } => ErrorCode::WaitInvalid,
            Error::WaitWrongCity { .. } => ErrorCode::WaitWrongCity,
            Error::WaitOffline { .. } => ErrorCode::WaitOffline,
            Error::WaitHttpStatus { .. } => ErrorCode::WaitHttpStatus,
            Error::WasteNoArea => ErrorCode::WasteNoArea,
            Error::WasteSendNotTaken => ErrorCode::WasteSendNotTaken,
            Error::WasteSendOffline { .. } => ErrorCode::WasteSendOffline,
            Error::WasteSendRefused { .. } => ErrorCode::WasteSendRefused,
        }
    }

    /// What the localized message may show. Internal details are deliberately absent.
    pub fn record(&self) -> ErrorRecord {
        let mut args = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            args.insert(k.to_string(), v);
        };
        match self {
            Error::NotFound { what, id } => {
                put("what", what.as_str().to_string());
                put("id", id.clone());
            }
            Error::InvalidInput { detail } => {
                put("expected", "other".to_string());
                put("detail", detail.clone());
            }
            Error::InvalidValue { value, expected } => {
                put("expected", expected.as_str().to_string());
                put("value", value.clone());
                put("detail", value.clone());
            }
            Error::UnknownLocale { locale } => put("locale", locale.clone()),
            Error::SyncNetwork { host, .. } => put("detail", host.clone()),
            Error::SyncHttpStatus { status, .. } => put("status", status.to_string()),
            Error::SyncTooLarge { what, limit } => {
                let whole = what == SYNC_WHOLE_BUNDLE;
                put("what", if whole { "bundle" } else { "file" }.to_string());
                put("limit", human_size(*limit));
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
            Error::Health(e) => {
                for (k, v) in e.args() {
                    put(k, v);
                }
            }
            Error::FormInvalid { problems } => put("problems", problems.clone()),
            Error::FormTooLarge { parts, max } => {
                put("parts", parts.to_string());
                put("max", max.to_string());
            }
            Error::WaitInvalid { detail } => put("detail", detail.clone()),
            Error::WaitWrongCity { expected, found } => {
                put("expected", expected.clone());
                put("found", found.clone());
            }
            Error::WaitOffline { host, .. } => put("detail", host.clone()),
            Error::WaitHttpStatus { status } => put("status", status.to_string()),
            Error::WasteSendOffline { host, .. } => put("host", host.clone()),
            Error::WasteSendRefused { status } => put("status", status.to_string()),
            Error::Internal(_)
            | Error::WaitBadSignature
            | Error::WaitUntrustedKey
            | Error::Storage(_)
            | Error::Unauthorized
            | Error::SyncBadSignature
            | Error::SyncUntrustedKey
            | Error::SyncTimeout
            | Error::SyncBusy
            | Error::WasteNoArea
            | Error::WasteSendNotTaken => {}
        }
        ErrorRecord {
            code: self.code(),
            args,
        }
    }

    /// Whether the cause belongs in the log: the resident only reads "something went wrong".
    pub(crate) fn is_internal(&self) -> bool {
        match self {
            Error::Internal(_) | Error::Storage(_) | Error::SyncNetwork { .. } => true,
            Error::Health(e) => e.is_internal(),
            _ => false,
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
    /// The city publishes no health-points scheme.
    PointsNoScheme = "points.no_scheme",
    /// No rule set of the scheme covers that day (before the scheme, between periods).
    PointsNoRules = "points.no_rules",
    PointsFutureDate = "points.future_date",
    PointsInvalidDate = "points.invalid_date",
    PointsUnknownCheckup = "points.unknown_checkup",
    /// The rules of that day give the check-up no points.
    PointsNoCheckupPoints = "points.no_checkup_points",
    /// More steps in one day than anyone walks: a typo.
    StepsTooMany = "steps.too_many",
    /// A CSV without the column the Google Fit import needs (`Date`, `Step count`).
    StepsImportMissingColumn = "steps.import_missing_column",
    /// The file is not readable CSV or XML.
    StepsImportUnreadable = "steps.import_unreadable",
    /// XML, but not Apple Health's export.xml.
    StepsImportNotAppleHealth = "steps.import_not_apple_health",
    /// Not an event check-in code, or a damaged one.
    CheckinMalformed = "checkin.malformed",
    /// The code was altered or forged: its signature does not match its content.
    CheckinBadSignature = "checkin.bad_signature",
    /// Signed by a key the city does not list.
    CheckinUnknownKey = "checkin.unknown_key",
    /// Another city's code.
    CheckinWrongCity = "checkin.wrong_city",
    CheckinNotYetValid = "checkin.not_yet_valid",
    CheckinExpired = "checkin.expired",
    /// An image with no event check-in code in it.
    CheckinNoCode = "checkin.no_code",
    /// A file that is not a PNG, JPEG or WebP image.
    CheckinNotAnImage = "checkin.not_an_image",
    ProfileNotFound = "profile.not_found",
    ProfileExists = "profile.exists",
    ProfileInvalidName = "profile.invalid_name",
    ProfileInvalidBirthDate = "profile.invalid_birth_date",
    ProfileInvalidPostalCode = "profile.invalid_postal_code",
    ProfileInvalidPhone = "profile.invalid_phone",
    /// A personal detail holding control characters.
    ProfileInvalidText = "profile.invalid_text",
    /// A form with problems: the message lists each field and why.
    FormInvalid = "form.invalid",
    /// A form too large for the codes a counter takes.
    FormTooLarge = "form.too_large",
    WaitBadSignature = "wait.bad_signature",
    WaitUntrustedKey = "wait.untrusted_key",
    WaitInvalid = "wait.invalid",
    WaitWrongCity = "wait.wrong_city",
    /// The waiting times could not be fetched (no network, server down): the last ones trusted are shown.
    WaitOffline = "wait.offline",
    WaitHttpStatus = "wait.http_status",
    /// The waste calendar needs an area: none was given and no home area is chosen.
    WasteNoArea = "waste.no_area",
    WasteSendNotTaken = "waste.send_not_taken",
    WasteSendOffline = "waste.send_offline",
    WasteSendRefused = "waste.send_refused",
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
