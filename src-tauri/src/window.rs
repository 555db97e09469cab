//! The main window, built here rather than from the config so that it can decide where the page may go: the
//! app's own pages stay in the window; an http(s) link opens in the system browser (never in the webview); any
//! other address is refused.

use machi_core::inbox::is_http_url;
use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Manager, Runtime, Url, WebviewWindowBuilder};

use crate::Launch;

/// The label of the one window; the capability names it.
pub const MAIN: &str = "main";

pub fn create_main<R: Runtime>(app: &tauri::App<R>, launch: Launch) -> tauri::Result<()> {
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
    let mut builder = WebviewWindowBuilder::from_config(app.handle(), &config)?
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

/// Brings the window back: from the tray, a second launch, or a notification.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(w) = app.get_webview_window(MAIN) {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}
