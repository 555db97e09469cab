//! The main window, built here rather than from the config so that it can decide where the page may go: the
//! app's own pages stay in the window; an http(s) link opens in the system browser (never in the webview); any
//! other address is refused.

use machi_core::inbox::is_http_url;
use std::path::{Path, PathBuf};

use tauri::webview::{DownloadEvent, NewWindowResponse};
use tauri::{AppHandle, Manager, Runtime, Url, WebviewWindowBuilder};

use crate::Launch;

/// The label of the one window; the capability names it.
pub const MAIN: &str = "main";

pub fn create_main<R: Runtime>(app: &AppHandle<R>, launch: Launch) -> tauri::Result<()> {
    let mut config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .expect("tauri.conf.json defines the main window");
    if launch.kiosk {
        // The signage page: alerts in force, notices and the counter queue, rotating.
        config.url = tauri::WebviewUrl::App("index.html#/kiosk".into());
    }
    let mut builder = WebviewWindowBuilder::from_config(app, &config)?
        .on_navigation(|url| {
            if is_own_page(url) {
                return true;
            }
            open_outside(url);
            false
        })
        .on_new_window(|url, _features| {
            open_outside(&url);
            NewWindowResponse::Deny
        })
        .on_download({
            let downloads = app.path().download_dir().ok();
            move |_webview, event| save_download(event, downloads.as_deref())
        })
        .visible(!launch.autostart);
    if launch.kiosk {
        builder = builder.fullscreen(true).decorations(false);
    }
    builder.build()?;
    Ok(())
}

/// The app's own pages: the custom protocol in a build, the dev server while developing.
fn is_own_page(url: &Url) -> bool {
    matches!(url.scheme(), "tauri" | "asset")
        || url.host_str() == Some("tauri.localhost")
        || (cfg!(debug_assertions) && url.host_str() == Some("localhost"))
}

/// An http(s) link goes to the resident's browser; anything else (javascript:, file:, data:) goes nowhere.
fn open_outside(url: &Url) {
    if is_http_url(url.as_str()) {
        if let Err(e) = tauri_plugin_opener::open_url(url.as_str(), None::<&str>) {
            eprintln!("machi-app: cannot open {url}: {e}");
        }
    }
}

/// Files the page makes itself (the waste calendar's .ics, a form's QR as PNG, a points export) are saved in the
/// resident's Downloads folder under their own name, never over an existing file; nothing else is downloaded.
fn save_download(event: DownloadEvent<'_>, downloads: Option<&Path>) -> bool {
    match event {
        DownloadEvent::Requested { url, destination } => {
            if !matches!(url.scheme(), "blob" | "data") {
                return false;
            }
            let Some(dir) = downloads else {
                return false;
            };
            let name = destination
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "machi-download".into());
            *destination = free_name(dir, &name);
            true
        }
        DownloadEvent::Finished { path, success, .. } => {
            if !success {
                eprintln!("machi-app: a download did not finish ({path:?})");
            }
            true
        }
        _ => true,
    }
}

/// `dir/name`, or `dir/name (2).ext`… when that exists.
fn free_name(dir: &Path, name: &str) -> PathBuf {
    let candidate = dir.join(name);
    if !candidate.exists() {
        return candidate;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) => (s.to_string(), format!(".{e}")),
        None => (name.to_string(), String::new()),
    };
    (2..1000)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .unwrap_or(candidate)
}

/// Brings the window back: from the tray, a second launch, or a notification; builds it again if it was closed
/// for good.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    let window = match app.get_webview_window(MAIN) {
        Some(w) => Some(w),
        None => {
            let launch = *app.state::<Launch>();
            let launch = Launch {
                autostart: false,
                ..launch
            };
            if let Err(e) = create_main(app, launch) {
                eprintln!("machi-app: cannot open the window again: {e}");
            }
            app.get_webview_window(MAIN)
        }
    };
    if let Some(w) = window {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}
