//! The counters' queues (待たない窓口): verifying a fetched `wait.json` against the city's keys, how old it
//! is, and polling it about once a minute with a conditional GET while the waiting screen is open.
//!
//! The [`WaitBoard`] remembers the last file it trusted, so the screen can keep showing it — with its time
//! and a plain "this is old" or "you are offline" — when the network goes away or the city stops updating.

use chrono::{DateTime, FixedOffset};
use machi_bundle::wait::{
    parse_wait_trusted_comment, WaitStatus, WAIT_FORMAT, WAIT_NAME, WAIT_SIGNATURE_NAME,
};
use minisign_verify::{PublicKey, Signature};
use reqwest::header::{ETAG, IF_NONE_MATCH};
use reqwest::StatusCode;
use serde::Serialize;
use ts_rs::TS;

pub use machi_bundle::wait::WAIT_POLL_SECONDS;

/// Older than this, the numbers are shown as stale: the ticket machine reports every minute or so.
pub const STALE_AFTER_MINUTES: i64 = 5;
/// Neither file is ever this big; a bigger answer is refused before it is read.
pub const MAX_WAIT_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WaitError {
    #[error("the waiting-time file's signature is not valid")]
    BadSignature,
    #[error("the waiting-time file is signed by a key this app does not trust")]
    UntrustedKey,
    #[error("the waiting-time file is not valid: {0}")]
    Invalid(String),
    #[error("the waiting-time file is for city {found}, this app is for {expected}")]
    WrongCity { expected: String, found: String },
    /// An older file than the one shown (a replayed or cached copy): kept out, the newer one stays.
    #[error("the waiting-time file of {offered} is older than the one shown ({held})")]
    Older { held: String, offered: String },
    #[error("the waiting times could not be fetched: {0}")]
    Network(String),
    #[error("the server answered HTTP {0}")]
    HttpStatus(u16),
}

impl WaitError {
    /// Stable code for the API: `wait.bad_signature`, `wait.offline`, …
    pub fn code(&self) -> &'static str {
        match self {
            WaitError::BadSignature => "wait.bad_signature",
            WaitError::UntrustedKey => "wait.untrusted_key",
            WaitError::Invalid(_) => "wait.invalid",
            WaitError::WrongCity { .. } => "wait.wrong_city",
            WaitError::Older { .. } => "wait.older",
            WaitError::Network(_) => "wait.offline",
            WaitError::HttpStatus(_) => "wait.http_status",
        }
    }
}

fn parse_key(key: &str) -> Option<PublicKey> {
    let key = key.trim();
    if key.contains('\n') {
        PublicKey::decode(key).ok()
    } else {
        PublicKey::from_base64(key).ok()
    }
}

fn parse_time(s: &str) -> Result<DateTime<FixedOffset>, WaitError> {
    DateTime::parse_from_rfc3339(s).map_err(|_| WaitError::Invalid(format!("updated_at `{s}`")))
}

/// Verifies `wait.json` bytes with its signature against the city's keys (the bundle's), then checks that the
/// signed trusted comment names the same city and time as the file, and that the city is this app's.
pub fn verify_wait(
    bytes: &[u8],
    signature: &[u8],
    trusted_keys: &[String],
    city_code: &str,
) -> Result<WaitStatus, WaitError> {
    let signature = std::str::from_utf8(signature)
        .ok()
        .and_then(|s| Signature::decode(s).ok())
        .ok_or(WaitError::BadSignature)?;
    let keys: Vec<PublicKey> = trusted_keys.iter().filter_map(|k| parse_key(k)).collect();
    let mut key_matched = false;
    let mut verified = false;
    for key in &keys {
        match key.verify(bytes, &signature, false) {
            Ok(()) => {
                verified = true;
                break;
            }
            Err(minisign_verify::Error::UnexpectedKeyId) => {}
            Err(_) => key_matched = true,
        }
    }
    if !verified {
        return Err(if key_matched {
            WaitError::BadSignature
        } else {
            WaitError::UntrustedKey
        });
    }
    let status: WaitStatus =
        serde_json::from_slice(bytes).map_err(|e| WaitError::Invalid(e.to_string()))?;
    if status.format != WAIT_FORMAT {
        return Err(WaitError::Invalid(format!("format {}", status.format)));
    }
    parse_time(&status.updated_at)?;
    let (city, updated) = parse_wait_trusted_comment(signature.trusted_comment())
        .ok_or_else(|| WaitError::Invalid("trusted comment".into()))?;
    if city != status.city_code || updated != status.updated_at {
        return Err(WaitError::Invalid(format!(
            "signed for city {city} at {updated}"
        )));
    }
    if status.city_code != city_code {
        return Err(WaitError::WrongCity {
            expected: city_code.to_string(),
            found: status.city_code,
        });
    }
    Ok(status)
}

/// Whole minutes since the ticket machine counted (negative when the phone's clock is behind).
pub fn age_minutes(status: &WaitStatus, now: DateTime<FixedOffset>) -> Option<i64> {
    let at = parse_time(&status.updated_at).ok()?;
    Some((now - at).num_minutes())
}

/// Whether the numbers are older than `stale_after_minutes`.
pub fn is_stale(status: &WaitStatus, now: DateTime<FixedOffset>, stale_after_minutes: i64) -> bool {
    age_minutes(status, now).is_none_or(|age| age > stale_after_minutes)
}

/// What the waiting screen says about its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WaitState {
    /// Nothing fetched yet (first open, offline).
    Unknown,
    /// Fetched and recent.
    Current,
    /// Fetched, but older than [`STALE_AFTER_MINUTES`]: the city has not updated it.
    Stale,
    /// The last poll failed (no network, server down): the numbers shown are the last ones trusted.
    Offline,
}

/// The waiting screen's content, computed here so the UI only shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WaitView {
    pub state: WaitState,
    #[ts(
        type = "{ format: number, city_code: string, updated_at: string, counters: Array<{ id: string, waiting: number, minutes: number }> } | null"
    )]
    pub status: Option<WaitStatus>,
    /// When the ticket machine counted, RFC 3339, as the city wrote it.
    pub updated_at: Option<String>,
    pub age_minutes: Option<i64>,
}

/// The last trusted `wait.json`, its ETag, and how the last poll went.
#[derive(Debug, Clone, Default)]
pub struct WaitBoard {
    status: Option<WaitStatus>,
    etag: Option<String>,
    last_poll_failed: bool,
}

/// What a poll did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollOutcome {
    /// A new file was verified and is shown.
    Updated,
    /// The server answered 304: the file shown is still the city's latest.
    NotModified,
}

impl WaitBoard {
    pub fn new() -> WaitBoard {
        WaitBoard::default()
    }

    pub fn status(&self) -> Option<&WaitStatus> {
        self.status.as_ref()
    }

    /// The ETag of the file shown, for the next conditional GET (and to remember across restarts).
    pub fn etag(&self) -> Option<&str> {
        self.etag.as_deref()
    }

    /// Takes a verified file unless it is older than the one held.
    pub fn accept(&mut self, status: WaitStatus, etag: Option<String>) -> Result<(), WaitError> {
        if let Some(held) = &self.status {
            let (h, o) = (
                parse_time(&held.updated_at)?,
                parse_time(&status.updated_at)?,
            );
            if o < h {
                self.last_poll_failed = false;
                return Err(WaitError::Older {
                    held: held.updated_at.clone(),
                    offered: status.updated_at,
                });
            }
        }
        self.status = Some(status);
        self.etag = etag;
        self.last_poll_failed = false;
        Ok(())
    }

    /// The file is unchanged (HTTP 304).
    pub fn not_modified(&mut self) {
        self.last_poll_failed = false;
    }

    /// The poll failed: keep showing what we have, marked offline.
    pub fn failed(&mut self) {
        self.last_poll_failed = true;
    }

    pub fn view(&self, now: DateTime<FixedOffset>) -> WaitView {
        let Some(status) = &self.status else {
            return WaitView {
                state: if self.last_poll_failed {
                    WaitState::Offline
                } else {
                    WaitState::Unknown
                },
                status: None,
                updated_at: None,
                age_minutes: None,
            };
        };
        let state = if self.last_poll_failed {
            WaitState::Offline
        } else if is_stale(status, now, STALE_AFTER_MINUTES) {
            WaitState::Stale
        } else {
            WaitState::Current
        };
        WaitView {
            state,
            updated_at: Some(status.updated_at.clone()),
            age_minutes: age_minutes(status, now),
            status: Some(status.clone()),
        }
    }

    /// Fetches `wait.json` from the feed folder `feed_url` (ending in `/`) with `If-None-Match`, and on a new
    /// file its signature, verifies both and shows it. A network failure marks the board offline.
    pub async fn poll(
        &mut self,
        client: &reqwest::Client,
        feed_url: &str,
        trusted_keys: &[String],
        city_code: &str,
    ) -> Result<PollOutcome, WaitError> {
        let result = self.fetch(client, feed_url, trusted_keys, city_code).await;
        if let Err(WaitError::Network(_) | WaitError::HttpStatus(_)) = &result {
            self.failed();
        }
        result
    }

    async fn fetch(
        &mut self,
        client: &reqwest::Client,
        feed_url: &str,
        trusted_keys: &[String],
        city_code: &str,
    ) -> Result<PollOutcome, WaitError> {
        let mut request = client.get(format!("{feed_url}{WAIT_NAME}"));
        if let (Some(etag), Some(_)) = (&self.etag, &self.status) {
            request = request.header(IF_NONE_MATCH, etag);
        }
        let response = request.send().await.map_err(network)?;
        if response.status() == StatusCode::NOT_MODIFIED {
            self.not_modified();
            return Ok(PollOutcome::NotModified);
        }
        if !response.status().is_success() {
            return Err(WaitError::HttpStatus(response.status().as_u16()));
        }
        let etag = response
            .headers()
            .get(ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = capped(response).await?;
        let sig = client
            .get(format!("{feed_url}{WAIT_SIGNATURE_NAME}"))
            .send()
            .await
            .map_err(network)?;
        if !sig.status().is_success() {
            return Err(WaitError::HttpStatus(sig.status().as_u16()));
        }
        let sig = capped(sig).await?;
        let status = verify_wait(&body, &sig, trusted_keys, city_code)?;
        self.accept(status, etag)?;
        Ok(PollOutcome::Updated)
    }
}

fn network(e: reqwest::Error) -> WaitError {
    WaitError::Network(e.to_string())
}

async fn capped(response: reqwest::Response) -> Result<Vec<u8>, WaitError> {
    if response
        .content_length()
        .is_some_and(|n| n > MAX_WAIT_BYTES as u64)
    {
        return Err(WaitError::Invalid("too large".into()));
    }
    let bytes = response.bytes().await.map_err(network)?;
    if bytes.len() > MAX_WAIT_BYTES {
        return Err(WaitError::Invalid("too large".into()));
    }
    Ok(bytes.to_vec())
}
