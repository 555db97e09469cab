fn main() {
    // Every command gets an allow-/deny- permission; the capability grants exactly these, nothing else.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "app_info",
        "get_settings",
        "update_settings",
        "list_locales",
        "list_areas",
        "sync_now",
        "sync_status",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build script");
}
