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
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::get_settings,
            commands::update_settings,
            commands::list_locales,
            commands::list_areas,
            commands::sync_now,
            commands::sync_status,
        ])
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
    fn every_core_operation_is_a_command_with_a_permission() {
        let capability: String = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/capabilities/main.json"
        ))
        .unwrap();
        let build_rs =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/build.rs")).unwrap();
        let lib_rs =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).unwrap();
        // The shell must expose exactly the operations the core offers, each with its permission.
        for op in machi_core::api::OPERATIONS {
            assert!(
                capability.contains(&format!("\"allow-{}\"", op.replace('_', "-"))),
                "{op} not granted"
            );
            assert!(
                build_rs.contains(&format!("\"{op}\"")),
                "{op} has no permission"
            );
            assert!(
                lib_rs.contains(&format!("commands::{op},")),
                "{op} not registered"
            );
        }
    }
}
