fn main() {
    // One command, `call`, dispatches to machi-core's operations; the capability grants exactly its permission.
    let manifest = tauri_build::AppManifest::new().commands(&["call"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build script");
}
