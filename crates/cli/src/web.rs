//! `machi web`: the app's UI and the same API as JSON over HTTP, on 127.0.0.1 only.
//!
//! Each launch makes a random token; the URL printed on start carries it in the fragment (never sent in a
//! request line or logged), the UI sends it as a bearer token, and every API call without it is refused — so
//! other users of the same computer cannot read a resident's data. Host headers other than 127.0.0.1 /
//! localhost are refused too, which stops DNS-rebinding pages from reaching the API.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use machi_core::{Error, ErrorCode, Machi};
use rust_embed::RustEmbed;

/// The built web UI (`npm run build:ui` writes it).
#[derive(RustEmbed)]
#[folder = "../../ui/dist"]
struct Ui;

/// The same policy as the Tauri window: nothing inline, nothing remote.
const CSP: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
                   connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
                   form-action 'none'; frame-ancestors 'none'";

/// The largest API request: a photo sent as base64, or a year of Apple Health records.
const API_BODY_LIMIT: usize = 64 * 1024 * 1024;

struct WebState {
    machi: Machi,
    token: String,
    port: u16,
}

/// Serves until Ctrl-C. With `kiosk` the printed address opens the signage page (`&kiosk` in the fragment).
pub async fn serve(machi: Machi, port: u16, kiosk: bool) -> std::io::Result<()> {
    let listener =
        tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
    let port = listener.local_addr()?.port();
    let token = hex::encode(rand::random::<[u8; 32]>());
    let url = format!(
        "http://127.0.0.1:{port}/#token={token}{}",
        if kiosk { "&kiosk" } else { "" }
    );
    // The first line of output is the address: tests and launchers read it.
    println!("Machi web: {url}");
    // A browser tab gets no OS notifications: settings says so.
    machi.set_notification_support(machi_core::NotificationSupport::Browser);
    let state = Arc::new(WebState { machi, token, port });
    let app = router(state.clone());
    let sync_state = state.clone();
    tokio::spawn(async move { background_sync(sync_state).await });
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await
}

fn router(state: Arc<WebState>) -> Router {
    Router::new()
        .route("/api/{name}", post(api))
        // A phone photo of an event code, or a step export, is larger than axum's default of 2 MB.
        .layer(axum::extract::DefaultBodyLimit::max(API_BODY_LIMIT))
        .fallback(static_file)
        .with_state(state)
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}

/// Kiosks and open browsers get fresh city content just as the app does.
async fn background_sync(state: Arc<WebState>) {
    let interval = state.machi.sync_interval();
    loop {
        if let Err(e) = state.machi.sync_now().await {
            eprintln!("machi web: sync: {} ({})", e.message, e.code);
        }
        tokio::time::sleep(interval).await;
    }
}

fn host_allowed(headers: &HeaderMap, port: u16) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    host == format!("127.0.0.1:{port}") || host == format!("localhost:{port}")
}

fn authorised(state: &WebState, headers: &HeaderMap) -> bool {
    let token = &state.token;
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .unwrap_or("");
    // Constant-time comparison: the token is a secret.
    sent.len() == token.len()
        && sent
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

async fn api(
    State(state): State<Arc<WebState>>,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !host_allowed(&headers, state.port) {
        return StatusCode::MISDIRECTED_REQUEST.into_response();
    }
    if !authorised(&state, &headers) {
        return error_response(StatusCode::UNAUTHORIZED, &state.machi, &Error::Unauthorized);
    }
    let args = if body.is_empty() {
        serde_json::Value::Null
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => {
                let err = Error::InvalidInput {
                    detail: e.to_string(),
                };
                return error_response(StatusCode::BAD_REQUEST, &state.machi, &err);
            }
        }
    };
    match machi_core::api::call(&state.machi, &name, args).await {
        Ok(value) => with_security_headers(axum::Json(value).into_response()),
        Err(e) => with_security_headers((http_status(e.code), axum::Json(e)).into_response()),
    }
}

fn http_status(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::InvalidInput | ErrorCode::UnknownLocale => StatusCode::BAD_REQUEST,
        ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
        ErrorCode::SyncBusy | ErrorCode::ProfileExists => StatusCode::CONFLICT,
        ErrorCode::ProfileNotFound => StatusCode::NOT_FOUND,
        ErrorCode::FormInvalid | ErrorCode::FormTooLarge => StatusCode::UNPROCESSABLE_ENTITY,
        code if code.as_str().starts_with("sync.") => StatusCode::BAD_GATEWAY,
        // What the resident entered or scanned was refused: their request, not the server, is at fault.
        code if ["points.", "steps.", "checkin.", "profile."]
            .iter()
            .any(|p| code.as_str().starts_with(p)) =>
        {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn error_response(status: StatusCode, machi: &Machi, error: &Error) -> Response {
    with_security_headers((status, axum::Json(machi.explain(error))).into_response())
}

async fn static_file(State(state): State<Arc<WebState>>, uri: Uri, headers: HeaderMap) -> Response {
    if !host_allowed(&headers, state.port) {
        return StatusCode::MISDIRECTED_REQUEST.into_response();
    }
    let path = match uri.path().trim_start_matches('/') {
        "" => "index.html",
        p => p,
    };
    let Some(file) = Ui::get(path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_str(mime.as_ref()).expect("mime types are ASCII"),
        )],
        file.data.into_owned(),
    )
        .into_response();
    // Vite names assets by content hash: cache them; never cache the page that names them.
    let cache = if path.starts_with("assets/") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    with_security_headers(response)
}

fn with_security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}
