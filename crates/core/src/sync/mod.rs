//! Sync: bringing the city's newest signed bundle from the feed into the local database.
//!
//! One conditional GET of `manifest.json` (a 304 costs one small request); on a change, the detached minisign
//! signature is checked against the pinned keys, the city code and a version higher than the held one are
//! required, only files whose hash changed are fetched, every size and hash is checked, and the whole bundle is
//! applied in one transaction. Any failure leaves the previous content exactly as it was.

mod verify;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use machi_bundle::manifest::{MANIFEST_NAME, SIGNATURE_NAME};
use machi_bundle::{FileEntry, MANIFEST_FORMAT};
use reqwest::header::{ETAG, IF_NONE_MATCH};
use reqwest::{StatusCode, Url};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use crate::content::{self, BundleSource};
use crate::error::{Error, ErrorRecord, Result};

pub use verify::verify_manifest;

/// Where the city's bundle is published and who may sign it.
#[derive(Debug, Clone)]
pub struct Feed {
    /// The folder holding `manifest.json`.
    pub url: String,
    /// minisign public keys (the base64 line or a whole `.pub` file); any of them may sign.
    pub public_keys: Vec<String>,
    /// The only city whose bundles this app accepts.
    pub city_code: String,
}

/// Caps and timeouts on every request, so a broken or hostile server cannot exhaust the phone.
#[derive(Debug, Clone)]
pub struct SyncLimits {
    pub manifest_max_bytes: u64,
    pub signature_max_bytes: u64,
    pub file_max_bytes: u64,
    pub bundle_max_bytes: u64,
    pub connect_timeout: Duration,
    /// The longest a server may stay silent mid-response.
    pub stall_timeout: Duration,
    /// The longest one request may take in all.
    pub request_timeout: Duration,
}

impl Default for SyncLimits {
    fn default() -> Self {
        SyncLimits {
            manifest_max_bytes: 1024 * 1024,
            signature_max_bytes: 4096,
            file_max_bytes: 64 * 1024 * 1024,
            bundle_max_bytes: 512 * 1024 * 1024,
            connect_timeout: Duration::from_secs(10),
            stall_timeout: Duration::from_secs(20),
            request_timeout: Duration::from_secs(300),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncOutcome {
    Updated,
    UpToDate,
}

/// What one update brought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncReport {
    pub outcome: SyncOutcome,
    pub bundle_version: u64,
    pub files_fetched: u32,
    pub bytes_fetched: u64,
    /// HTTP requests this sync made (a no-change sync makes one).
    pub requests: u32,
}

/// What the UI shows while a sync runs.
#[derive(Debug, Default)]
pub struct SyncProgress {
    running: AtomicBool,
    done_bytes: AtomicU64,
    total_bytes: AtomicU64,
}

impl SyncProgress {
    pub fn running(&self) -> bool {
        self.running.load(Ordering::SeqCst)
    }
    pub fn bytes(&self) -> (u64, u64) {
        (
            self.done_bytes.load(Ordering::Relaxed),
            self.total_bytes.load(Ordering::Relaxed),
        )
    }
}

/// Clears the running flag however the sync ends.
struct RunningGuard<'a>(&'a SyncProgress);
impl Drop for RunningGuard<'_> {
    fn drop(&mut self) {
        self.0.running.store(false, Ordering::SeqCst);
    }
}

pub fn http_client(limits: &SyncLimits) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .connect_timeout(limits.connect_timeout)
        .read_timeout(limits.stall_timeout)
        .timeout(limits.request_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("machi/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(Error::internal)
}

/// Runs one sync against `feed`. Records the attempt's outcome in `sync_state`.
pub async fn sync(
    db: &Mutex<Connection>,
    feed: &Feed,
    limits: &SyncLimits,
    client: &reqwest::Client,
    progress: &SyncProgress,
) -> Result<SyncReport> {
    if progress.running.swap(true, Ordering::SeqCst) {
        return Err(Error::SyncBusy);
    }
    let _guard = RunningGuard(progress);
    progress.done_bytes.store(0, Ordering::Relaxed);
    progress.total_bytes.store(0, Ordering::Relaxed);
    let started = crate::now_rfc3339();
    let result = run(db, feed, limits, client, progress).await;
    let conn = lock(db)?;
    record_attempt(
        &conn,
        feed,
        &started,
        result.as_ref().err().map(Error::record),
    )?;
    result
}

async fn run(
    db: &Mutex<Connection>,
    feed: &Feed,
    limits: &SyncLimits,
    client: &reqwest::Client,
    progress: &SyncProgress,
) -> Result<SyncReport> {
    let base = feed_base(&feed.url)?;
    let (held, etag, held_hashes) = {
        let conn = lock(db)?;
        let held = content::held(&conn)?;
        let etag: Option<String> = conn
            .query_row(
                "SELECT etag FROM sync_state WHERE id = 1 AND feed_url = ?1",
                [&feed.url],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        (held, etag, content::held_hashes(&conn)?)
    };
    let held_version = held.as_ref().map(|h| h.version).unwrap_or(0);
    let mut requests = 0;

    // 1. The manifest, conditionally.
    let manifest_url = join(&base, MANIFEST_NAME)?;
    let mut request = client.get(manifest_url.clone());
    if let (Some(etag), Some(_)) = (&etag, &held) {
        request = request.header(IF_NONE_MATCH, etag);
    }
    requests += 1;
    let response = request.send().await.map_err(network_error)?;
    if response.status() == StatusCode::NOT_MODIFIED {
        return Ok(SyncReport {
            outcome: SyncOutcome::UpToDate,
            bundle_version: held_version,
            files_fetched: 0,
            bytes_fetched: 0,
            requests,
        });
    }
    let new_etag = response
        .headers()
        .get(ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let manifest_bytes = read_body(
        response,
        &manifest_url,
        limits.manifest_max_bytes,
        MANIFEST_NAME,
        None,
    )
    .await?;
    let mut bytes_fetched = manifest_bytes.len() as u64;

    // 2. Its signature, then what it says.
    let signature_url = join(&base, SIGNATURE_NAME)?;
    requests += 1;
    let response = client
        .get(signature_url.clone())
        .send()
        .await
        .map_err(network_error)?;
    let signature = read_body(
        response,
        &signature_url,
        limits.signature_max_bytes,
        SIGNATURE_NAME,
        None,
    )
    .await?;
    bytes_fetched += signature.len() as u64;
    let manifest = verify_manifest(&manifest_bytes, &signature, &feed.public_keys)?;
    if !(1..=MANIFEST_FORMAT).contains(&manifest.format) {
        return Err(Error::SyncInvalidManifest {
            detail: format!("format {}", manifest.format),
        });
    }
    if manifest.city_code != feed.city_code {
        return Err(Error::SyncWrongCity {
            expected: feed.city_code.clone(),
            found: manifest.city_code,
        });
    }
    if manifest.bundle_version < held_version {
        return Err(Error::SyncRollback {
            held: held_version,
            offered: manifest.bundle_version,
        });
    }
    if manifest.bundle_version == held_version {
        store_etag(db, feed, new_etag)?;
        return Ok(SyncReport {
            outcome: SyncOutcome::UpToDate,
            bundle_version: held_version,
            files_fetched: 0,
            bytes_fetched,
            requests,
        });
    }

    // 3. Only the files whose hash changed: first the index pages, then what the manifest and the pages list.
    let mut new_files = BTreeMap::new();
    let changed_pages: Vec<&FileEntry> = manifest
        .indexes
        .iter()
        .filter(|f| held_hashes.get(&f.name) != Some(&f.sha256))
        .collect();
    progress.total_bytes.store(
        changed_pages.iter().map(|f| f.size).sum(),
        Ordering::Relaxed,
    );
    for page in changed_pages {
        requests += 1;
        let bytes = fetch_file(client, &base, limits, progress, page).await?;
        bytes_fetched += bytes.len() as u64;
        new_files.insert(page.name.clone(), bytes);
    }
    let files = {
        let conn = lock(db)?;
        content::resolve(&conn, &manifest, &new_files)?
    };
    let total: u64 = files.iter().map(|f| f.size).sum();
    if total > limits.bundle_max_bytes {
        return Err(Error::SyncTooLarge {
            what: crate::error::SYNC_WHOLE_BUNDLE.into(),
            limit: limits.bundle_max_bytes,
        });
    }
    let wanted: Vec<&FileEntry> = files
        .iter()
        .filter(|f| held_hashes.get(&f.name) != Some(&f.sha256) && !new_files.contains_key(&f.name))
        .collect();
    progress
        .total_bytes
        .fetch_add(wanted.iter().map(|f| f.size).sum(), Ordering::Relaxed);
    for entry in wanted {
        requests += 1;
        let bytes = fetch_file(client, &base, limits, progress, entry).await?;
        bytes_fetched += bytes.len() as u64;
        new_files.insert(entry.name.clone(), bytes);
    }

    // 4. All or nothing.
    let applied = {
        let mut conn = lock(db)?;
        content::apply(
            &mut conn,
            &manifest,
            &manifest_bytes,
            &new_files,
            BundleSource::Feed,
        )?
    };
    if applied == content::Applied::AlreadyHeld {
        store_etag(db, feed, new_etag)?;
        return Ok(SyncReport {
            outcome: SyncOutcome::UpToDate,
            bundle_version: manifest.bundle_version,
            files_fetched: 0,
            bytes_fetched,
            requests,
        });
    }
    store_etag(db, feed, new_etag)?;
    Ok(SyncReport {
        outcome: SyncOutcome::Updated,
        bundle_version: manifest.bundle_version,
        files_fetched: new_files.len() as u32,
        bytes_fetched,
        requests,
    })
}

/// Fetches one file of the bundle, refusing it when its size or hash is not what the manifest says.
async fn fetch_file(
    client: &reqwest::Client,
    base: &Url,
    limits: &SyncLimits,
    progress: &SyncProgress,
    entry: &FileEntry,
) -> Result<Vec<u8>> {
    if entry.size > limits.file_max_bytes {
        return Err(Error::SyncTooLarge {
            what: entry.path.clone(),
            limit: limits.file_max_bytes,
        });
    }
    let url = join(base, &entry.path)?;
    let response = client
        .get(url.clone())
        .send()
        .await
        .map_err(network_error)?;
    let bytes = read_body(response, &url, entry.size, &entry.path, Some(progress)).await?;
    if bytes.len() as u64 != entry.size || content::sha256_hex(&bytes) != entry.sha256 {
        return Err(Error::SyncHashMismatch {
            file: entry.path.clone(),
        });
    }
    Ok(bytes)
}

fn lock(db: &Mutex<Connection>) -> Result<std::sync::MutexGuard<'_, Connection>> {
    db.lock()
        .map_err(|_| Error::internal("database lock poisoned"))
}

pub(crate) fn feed_base(url: &str) -> Result<Url> {
    let mut url = Url::parse(url).map_err(|e| Error::InvalidInput {
        detail: format!("{url}: {e}"),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::InvalidInput {
            detail: format!("{url}: not http(s)"),
        });
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// Joins a manifest path to the feed folder, refusing anything that could leave it.
pub(crate) fn join(base: &Url, path: &str) -> Result<Url> {
    if !machi_bundle::source::is_path_inside_feed(path) {
        return Err(Error::SyncInvalidManifest {
            detail: format!("unsafe path {path:?}"),
        });
    }
    base.join(path).map_err(|e| Error::SyncInvalidManifest {
        detail: format!("{path}: {e}"),
    })
}

fn network_error(e: reqwest::Error) -> Error {
    if e.is_timeout() {
        return Error::SyncTimeout;
    }
    let host = e
        .url()
        .map(|u| {
            format!(
                "{}{}",
                u.host_str().unwrap_or(""),
                u.port().map(|p| format!(":{p}")).unwrap_or_default()
            )
        })
        .unwrap_or_default();
    // The innermost cause is the readable one ("connection refused", "unexpected end of file").
    let mut source: &dyn std::error::Error = &e;
    while let Some(next) = source.source() {
        source = next;
    }
    Error::SyncNetwork {
        host,
        cause: source.to_string(),
    }
}

/// Reads a body, stopping as soon as it exceeds `limit`.
async fn read_body(
    mut response: reqwest::Response,
    url: &Url,
    limit: u64,
    what: &str,
    progress: Option<&SyncProgress>,
) -> Result<Vec<u8>> {
    let status = response.status();
    if !status.is_success() {
        return Err(Error::SyncHttpStatus {
            status: status.as_u16(),
            url: url.to_string(),
        });
    }
    if response.content_length().is_some_and(|len| len > limit) {
        return Err(Error::SyncTooLarge {
            what: what.to_string(),
            limit,
        });
    }
    let mut body = Vec::with_capacity(response.content_length().unwrap_or(0).min(limit) as usize);
    while let Some(chunk) = response.chunk().await.map_err(network_error)? {
        if body.len() as u64 + chunk.len() as u64 > limit {
            return Err(Error::SyncTooLarge {
                what: what.to_string(),
                limit,
            });
        }
        body.extend_from_slice(&chunk);
        if let Some(p) = progress {
            p.done_bytes
                .fetch_add(chunk.len() as u64, Ordering::Relaxed);
        }
    }
    Ok(body)
}

fn store_etag(db: &Mutex<Connection>, feed: &Feed, etag: Option<String>) -> Result<()> {
    let conn = lock(db)?;
    conn.execute(
        "INSERT INTO sync_state (id, feed_url, etag) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET feed_url = ?1, etag = ?2",
        params![feed.url, etag],
    )?;
    Ok(())
}

fn record_attempt(
    conn: &Connection,
    feed: &Feed,
    at: &str,
    error: Option<ErrorRecord>,
) -> Result<()> {
    let error_json = error
        .as_ref()
        .map(|e| serde_json::to_string(e).expect("records serialise"));
    conn.execute(
        "INSERT INTO sync_state (id, feed_url, last_attempt_at, last_success_at, last_error)
         VALUES (1, ?1, ?2, CASE WHEN ?3 IS NULL THEN ?2 END, ?3)
         ON CONFLICT (id) DO UPDATE SET feed_url = ?1, last_attempt_at = ?2,
             last_success_at = CASE WHEN ?3 IS NULL THEN ?2 ELSE last_success_at END,
             last_error = ?3",
        params![feed.url, at, error_json],
    )?;
    Ok(())
}

/// The last attempt's bookkeeping, for settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncRecord {
    pub last_success_at: Option<String>,
    pub last_error: Option<ErrorRecord>,
}

pub fn record(conn: &Connection) -> Result<SyncRecord> {
    let row: Option<(Option<String>, Option<String>)> = conn
        .query_row(
            "SELECT last_success_at, last_error FROM sync_state WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((last_success_at, last_error)) = row else {
        return Ok(SyncRecord::default());
    };
    Ok(SyncRecord {
        last_success_at,
        last_error: last_error.and_then(|e| serde_json::from_str(&e).ok()),
    })
}

#[cfg(test)]
mod tests;
