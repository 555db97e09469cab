//! OS notifications: the core decides which are due (once each, quiet hours, subscriptions); this raises them
//! with Tauri's notification plugin and tells the core whether the desktop can show them at all.

use machi_core::{Machi, NotificationSupport};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

/// Raises every notification the core says is due now.
pub async fn raise_due<R: Runtime>(app: &AppHandle<R>) {
    let machi = app.state::<Machi>();
    let due = match machi.take_notifications() {
        Ok(due) => due,
        Err(e) => {
            eprintln!("machi-app: notifications: {} ({})", e.message, e.code);
            return;
        }
    };
    if due.is_empty() {
        return;
    }
    // The plugin drops a notification silently when nothing on the bus shows it: ask, so settings can say so.
    let support = tauri::async_runtime::spawn_blocking(probe)
        .await
        .unwrap_or(NotificationSupport::Unknown);
    machi.set_notification_support(support);
    for n in due {
        if let Err(e) = app
            .notification()
            .builder()
            .title(&n.title)
            .body(&n.body)
            .show()
        {
            eprintln!("machi-app: notification {}: {e}", n.id);
        }
    }
}

/// Checks once at start whether notifications can be shown here.
pub async fn check<R: Runtime>(app: &AppHandle<R>) {
    let support = tauri::async_runtime::spawn_blocking(probe)
        .await
        .unwrap_or(NotificationSupport::Unknown);
    app.state::<Machi>().set_notification_support(support);
}

/// On Linux, whether `org.freedesktop.Notifications` answers on the session bus.
#[cfg(target_os = "linux")]
fn probe() -> NotificationSupport {
    let answer = zbus::blocking::Connection::session().and_then(|bus| {
        bus.call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "GetServerInformation",
            &(),
        )
    });
    match answer {
        Ok(_) => NotificationSupport::Available,
        Err(e) => {
            eprintln!("machi-app: no notification service on the session bus ({e}); messages stay in the inbox");
            NotificationSupport::NoService
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn probe() -> NotificationSupport {
    NotificationSupport::Available
}
