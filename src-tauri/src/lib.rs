//! machi-app: the Tauri shell. It opens the Machi API once at start-up and hands it to the one `call` command;
//! around it, only what a desktop or phone shell must do itself: the window (links open in the system browser,
//! kiosk mode), the tray that keeps Machi running with its window closed, OS notifications, start at login, and
//! the background sync. Everything else lives in machi-core.

mod background;
mod commands;
mod notify;
#[cfg(desktop)]
mod tray;
mod window;

use std::path::PathBuf;

use machi_core::Machi;
use tauri::Manager;

/// What the command line asked for (kept as app state: the tray rebuilds the window with it).
#[derive(Debug, Clone, Copy, Default)]
pub struct Launch {
    /// `--kiosk`: full screen, the signage page, no tray.
    pub kiosk: bool,
    /// `--autostart`: started at login, so only the tray shows until the resident opens the window.
    pub autostart: bool,
}

impl Launch {
    fn from_args() -> Launch {
        let args: Vec<String> = std::env::args().collect();
        Launch {
            kiosk: args.iter().any(|a| a == "--kiosk"),
            autostart: args.iter().any(|a| a == "--autostart"),
        }
    }
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let launch = Launch::from_args();
    let builder = tauri::Builder::default();
    // A second launch shows the running Machi instead of starting another one (and another sync).
    #[cfg(desktop)]
    let builder = builder
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            window::show_main(app)
        }))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec!["--autostart"]),
        ));
    let app = builder
        .plugin(tauri_plugin_notification::init())
        .setup(move |app| {
            let data_dir = match std::env::var_os("MACHI_DATA_DIR") {
                Some(dir) => PathBuf::from(dir),
                None => app.path().app_data_dir()?,
            };
            app.manage(Machi::open(&data_dir)?);
            app.manage(launch);
            window::create_main(app.handle(), launch)?;
            #[cfg(desktop)]
            if !launch.kiosk {
                tray::install(app)?;
            }
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move { background::run(handle).await });
            Ok(())
        })
        .on_window_event(move |window, event| {
            // Closing the window keeps Machi in the tray, so alerts still arrive; Quit in the tray exits.
            #[cfg(desktop)]
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                if window.label() == window::MAIN && !launch.kiosk {
                    api.prevent_close();
                    let _ = window.hide();
                }
            }
        })
        .invoke_handler(tauri::generate_handler![commands::call])
        .build(tauri::generate_context!())
        .expect("Machi could not start its window");
    app.run(move |_app, event| {
        // If the window is gone (the desktop or a test closed it for good), Machi stays in the tray; only Quit
        // (an exit with a code) ends it.
        #[cfg(desktop)]
        if let tauri::RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            if !launch.kiosk {
                api.prevent_exit();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_may_call_machis_operations_and_nothing_else() {
        let capability: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
        assert_eq!(capability["windows"], serde_json::json!(["main"]));
        assert_eq!(
            capability["permissions"],
            serde_json::json!(["allow-call"]),
            "the single dispatching command, no plugin or core permissions"
        );
    }
}
