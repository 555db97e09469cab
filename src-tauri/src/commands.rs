//! Tauri commands: each is a one-line delegation to the machi-core API, which owns all logic.

use machi_core::{
    ApiResult, AppInfo, AreaView, LocaleView, Machi, Settings, SettingsPatch, SyncReport,
    SyncStatus,
};
use tauri::State;

#[tauri::command]
pub fn app_info(machi: State<'_, Machi>) -> ApiResult<AppInfo> {
    machi.app_info()
}

#[tauri::command]
pub fn get_settings(machi: State<'_, Machi>) -> ApiResult<Settings> {
    machi.settings()
}

#[tauri::command]
pub fn update_settings(machi: State<'_, Machi>, patch: SettingsPatch) -> ApiResult<Settings> {
    machi.update_settings(patch)
}

#[tauri::command]
pub fn list_locales(machi: State<'_, Machi>) -> Vec<LocaleView> {
    machi.locales()
}

#[tauri::command]
pub fn list_areas(machi: State<'_, Machi>) -> ApiResult<Vec<AreaView>> {
    machi.areas()
}

#[tauri::command]
pub async fn sync_now(machi: State<'_, Machi>) -> ApiResult<SyncReport> {
    machi.sync_now().await
}

#[tauri::command]
pub fn sync_status(machi: State<'_, Machi>) -> ApiResult<SyncStatus> {
    machi.sync_status()
}
