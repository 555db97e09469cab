//! Work that goes on with or without the window: the sync at the city's interval (5 minutes for Oyama), the
//! notifications it makes due, and applying what the resident changes in Settings outside the window: start at
//! login and the tray's language.

use machi_core::Machi;
use tauri::{AppHandle, Manager, Runtime};

pub async fn run<R: Runtime>(app: AppHandle<R>) {
    crate::notify::check(&app).await;
    #[cfg(desktop)]
    {
        let watcher = app.clone();
        tauri::async_runtime::spawn(async move { follow_settings(watcher).await });
    }
    let machi = app.state::<Machi>();
    loop {
        if let Err(e) = machi.sync_now().await {
            eprintln!("machi-app: sync: {} ({})", e.message, e.code);
        }
        // Also after a failed sync: quiet hours may have ended, a scheduled message may be due.
        crate::notify::raise_due(&app).await;
        tokio::time::sleep(machi.sync_interval()).await;
    }
}

/// Start at login and the tray's words follow the settings: at start, and whenever the settings change.
#[cfg(desktop)]
async fn follow_settings<R: Runtime>(app: AppHandle<R>) {
    use tauri_plugin_autostart::ManagerExt as _;
    let machi = app.state::<Machi>();
    let mut changes = machi.watch_settings();
    loop {
        if let Ok(settings) = machi.settings() {
            let autolaunch = app.autolaunch();
            let is_on = autolaunch.is_enabled().unwrap_or(false);
            let result = match (settings.start_at_login, is_on) {
                (true, false) => autolaunch.enable(),
                (false, true) => autolaunch.disable(),
                _ => Ok(()),
            };
            if let Err(e) = result {
                eprintln!("machi-app: start at login: {e}");
            }
        }
        crate::tray::relabel(&app);
        if changes.changed().await.is_err() {
            return;
        }
    }
}
