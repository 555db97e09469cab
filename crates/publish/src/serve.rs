//! A development server for a bundle folder, with the caching rules production should use.
//!
//! `manifest.json` and its signature change with every build, so they are revalidated on each request
//! (`no-cache` + ETag → 304). Files under `c/` and `m/` are named by their hash and never change, so they are
//! cached forever. Only plain file names are served: no listing, no dot-files, no way out of the folder.
//!
//! With `--missed-searches FILE` it also takes what residents send to the path the bundle's `city.json` names
//! (`[feed].missed_searches`): each report, checked, is appended to FILE as one JSON line, so city staff can try
//! the whole loop before their own server does it.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Bytes;

use anyhow::{Context, Result};
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use axum::Router;
use sha2::{Digest, Sha256};

/// The largest report of missed searches taken: a resident's list of words is a few hundred bytes.
const MISSED_SEARCHES_MAX_BYTES: usize = 64 * 1024;

/// What the server answers and keeps.
struct Served {
    root: PathBuf,
    /// Where reports of missed searches go, when the city takes them.
    missed_searches: Option<PathBuf>,
}

pub fn run(dir: &Path, host: IpAddr, port: u16, missed_searches: Option<PathBuf>) -> Result<()> {
    let root = dir
        .canonicalize()
        .with_context(|| format!("cannot open {}", dir.display()))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(host, port))
            .await
            .with_context(|| format!("cannot listen on {host}:{port}"))?;
        let addr = listener.local_addr()?;
        let shown = match addr.ip() {
            IpAddr::V6(ip) => format!("[{ip}]"),
            IpAddr::V4(ip) => ip.to_string(),
        };
        // Tests and scripts read this first line to find the port.
        println!("http://{shown}:{}/", addr.port());
        eprintln!("serving {} (Ctrl-C to stop)", root.display());
        use std::io::Write;
        std::io::stdout().flush()?;
        let served = Served {
            root,
            missed_searches,
        };
        // Nothing larger than a report of missed searches is ever read from a request body.
        let app = Router::new()
            .fallback(handle)
            .layer(axum::extract::DefaultBodyLimit::max(
                MISSED_SEARCHES_MAX_BYTES,
            ))
            .with_state(Arc::new(served));
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}

/// The file a request path names, or why not. Segments must be plain names: `..`, dot-files, percent escapes
/// and backslashes are refused rather than interpreted.
fn resolve(root: &Path, path: &str) -> Result<PathBuf, StatusCode> {
    let rel = path.trim_start_matches('/');
    if rel.is_empty() {
        return Err(StatusCode::NOT_FOUND);
    }
    let mut out = root.to_path_buf();
    for seg in rel.split('/') {
        let plain = !seg.is_empty()
            && !seg.starts_with('.')
            && seg
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
        if !plain {
            return Err(StatusCode::FORBIDDEN);
        }
        out.push(seg);
    }
    Ok(out)
}

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("json") => "application/json",
        Some("minisig") => "text/plain; charset=utf-8",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        _ => "application/octet-stream",
    }
}

/// Hash-named files never change; everything else (the manifest and its signature) must be revalidated.
fn cache_control(rel: &str) -> &'static str {
    if rel.starts_with("c/") || rel.starts_with("m/") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// Strong ETag from the bytes, so two builds with equal content give equal tags.
fn etag(bytes: &[u8]) -> String {
    format!("\"{}\"", &hex::encode(Sha256::digest(bytes))[..32])
}

/// `If-None-Match` uses weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored.
fn none_match(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|t| t == "*" || t.trim_start_matches("W/") == tag)
}

fn status(code: StatusCode) -> Response {
    let mut r = Response::new(Body::from(format!("{code}\n")));
    *r.status_mut() = code;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

async fn handle(
    State(served): State<Arc<Served>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let root = &served.root;
    if method == Method::POST {
        if let Some(file) = &served.missed_searches {
            if missed_searches_path(root).await.as_deref()
                == Some(uri.path().trim_start_matches('/'))
            {
                return take_missed_searches(file, &body).await;
            }
        }
    }
    if method != Method::GET && method != Method::HEAD {
        let mut r = status(StatusCode::METHOD_NOT_ALLOWED);
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let path = match resolve(root, uri.path()) {
        Ok(p) => p,
        Err(code) => return status(code),
    };
    // Directories are not listed, and symlinks leading out of the folder are not followed.
    let real = match tokio::fs::canonicalize(&path).await {
        Ok(p) if p.starts_with(root.as_path()) => p,
        Ok(_) => return status(StatusCode::FORBIDDEN),
        Err(_) => return status(StatusCode::NOT_FOUND),
    };
    if !tokio::fs::metadata(&real)
        .await
        .map(|m| m.is_file())
        .unwrap_or(false)
    {
        return status(StatusCode::NOT_FOUND);
    }
    let bytes = match tokio::fs::read(&real).await {
        Ok(b) => b,
        Err(_) => return status(StatusCode::NOT_FOUND),
    };
    let tag = etag(&bytes);
    let rel = uri.path().trim_start_matches('/');
    let mut builder = Response::builder()
        .header(header::ETAG, &tag)
        .header(header::CACHE_CONTROL, cache_control(rel));
    if none_match(&headers, &tag) {
        builder = builder.status(StatusCode::NOT_MODIFIED);
        return builder
            .body(Body::empty())
            .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR));
    }
    builder = builder
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, content_type(&real))
        .header(header::CONTENT_LENGTH, bytes.len());
    let body = if method == Method::HEAD {
        Body::empty()
    } else {
        Body::from(bytes)
    };
    builder
        .body(body)
        .unwrap_or_else(|_| status(StatusCode::INTERNAL_SERVER_ERROR))
}

/// The path the held bundle's `city.json` names for missed searches, read at each request (a new build may
/// change it).
async fn missed_searches_path(root: &Path) -> Option<String> {
    let manifest: machi_bundle::Manifest =
        serde_json::from_slice(&tokio::fs::read(root.join("manifest.json")).await.ok()?).ok()?;
    let entry = manifest.file(machi_bundle::content::CITY_DATASET)?;
    let city: machi_bundle::content::CityContent =
        serde_json::from_slice(&tokio::fs::read(root.join(&entry.path)).await.ok()?).ok()?;
    city.missed_searches
}

/// Checks a report of missed searches (`{"format": 1, "city", "queries": [{"text", "count"}]}`) and appends it
/// as one line to `file`.
async fn take_missed_searches(file: &Path, body: &[u8]) -> Response {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Report {
        format: u32,
        city: String,
        queries: Vec<Query>,
    }
    #[derive(serde::Deserialize, serde::Serialize)]
    #[serde(deny_unknown_fields)]
    struct Query {
        text: String,
        count: u32,
    }
    if body.len() > MISSED_SEARCHES_MAX_BYTES {
        return status(StatusCode::PAYLOAD_TOO_LARGE);
    }
    let Ok(report) = serde_json::from_slice::<Report>(body) else {
        return status(StatusCode::BAD_REQUEST);
    };
    if report.format != 1 || report.queries.iter().any(|q| q.text.trim().is_empty()) {
        return status(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let line = serde_json::json!({
        "received_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "city": report.city,
        "queries": report.queries,
    });
    use tokio::io::AsyncWriteExt;
    let written = async {
        let mut f = tokio::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .await?;
        f.write_all(format!("{line}\n").as_bytes()).await?;
        f.flush().await
    }
    .await;
    match written {
        Ok(()) => status(StatusCode::NO_CONTENT),
        Err(e) => {
            eprintln!("cannot write {}: {e}", file.display());
            status(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_resolve() {
        let root = Path::new("/srv/b");
        assert_eq!(
            resolve(root, "/manifest.json"),
            Ok(root.join("manifest.json"))
        );
        assert_eq!(resolve(root, "/c/ab.json"), Ok(root.join("c/ab.json")));
        assert_eq!(resolve(root, "/"), Err(StatusCode::NOT_FOUND));
        for bad in [
            "/../etc/passwd",
            "/c/../../x",
            "/%2e%2e/x",
            "/.git/config",
            "/c//x",
            "/a\\b",
        ] {
            assert_eq!(resolve(root, bad), Err(StatusCode::FORBIDDEN), "{bad}");
        }
    }

    #[test]
    fn caching_rules() {
        assert_eq!(cache_control("manifest.json"), "no-cache");
        assert_eq!(cache_control("manifest.json.minisig"), "no-cache");
        assert_eq!(
            cache_control("c/abc.json"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control("m/abc.png"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(content_type(Path::new("c/x.json")), "application/json");
        assert_eq!(content_type(Path::new("m/x.JPG")), "image/jpeg");
    }

    #[test]
    fn if_none_match_lists_and_weak_tags() {
        let tag = etag(b"hello");
        assert!(tag.starts_with('"') && tag.ends_with('"') && tag.len() == 34);
        let mut h = HeaderMap::new();
        assert!(!none_match(&h, &tag));
        h.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_str(&format!("\"x\", W/{tag}")).unwrap(),
        );
        assert!(none_match(&h, &tag));
        h.insert(header::IF_NONE_MATCH, HeaderValue::from_static("*"));
        assert!(none_match(&h, &tag));
    }
}
