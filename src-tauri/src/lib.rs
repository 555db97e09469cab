//! machi-app: the Tauri shell. It opens the Machi API once at start-up, hands it to the commands as state,
//! and keeps the city content fresh in the background. Everything else lives in machi-core.

mod commands;

use std::path::PathBuf;

use machi_core::Machi;
use tauri::Manager;

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let data_dir = match std::env::var_os("MACHI_DATA_DIR") {
                Some(dir) => PathBuf::from(dir),
                None => app.path().app_data_dir()?,
            };
            app.manage(Machi::open(&data_dir)?);
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move { background_sync(handle).await });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![commands::call])
        .run(tauri::generate_context!())
        .expect("Machi could not start its window");
}

/// Syncs at start and then at the interval the city configured; failures are kept for settings to show.
async fn background_sync(app: tauri::AppHandle) {
    let machi = app.state::<Machi>();
    loop {
        if let Err(e) = machi.sync_now().await {
            eprintln!("machi-app: sync: {} ({})", e.message, e.code);
        }
        tokio::time::sleep(machi.sync_interval()).await;
    }
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
