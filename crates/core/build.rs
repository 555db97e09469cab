//! Embeds what the app must have with no network: the Fluent strings of every locale and the city's bundle,
//! built from `data/<city>/` by the same builder `machi-publish` uses (so the embedded content is checked
//! exactly as a published bundle is, and nothing binary is checked in).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest_dir.join("../..").canonicalize().unwrap();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    embed_locales(&root.join("locales"), &out);
    let city_dir = env::var("MACHI_CITY_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("data/oyama"));
    println!("cargo:rerun-if-env-changed=MACHI_CITY_DIR");
    embed_city(&city_dir, &out);
}

fn embed_locales(locales: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut files = Vec::new();
    for dir in fs::read_dir(locales)
        .expect("locales/ is missing")
        .flatten()
    {
        if !dir.path().is_dir() {
            continue;
        }
        let tag = dir.file_name().to_string_lossy().into_owned();
        for file in fs::read_dir(dir.path()).unwrap().flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                files.push((tag.clone(), path));
            }
        }
    }
    files.sort();
    let mut code = String::from("/// (locale tag, .ftl source) for every shipped file.\npub static FTL_SOURCES: &[(&str, &str)] = &[\n");
    for (tag, path) in &files {
        writeln!(
            code,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    fs::write(out.join("locales.rs"), code).unwrap();
}

fn embed_city(city_dir: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", city_dir.display());
    let (imported, report) = machi_bundle::import(city_dir);
    let imported = match imported {
        Some(i) if !report.has_errors() => i,
        _ => {
            let problems: Vec<String> = report.errors().map(|p| p.to_string()).collect();
            panic!(
                "the city sources in {} have errors:\n{}",
                city_dir.display(),
                problems.join("\n")
            )
        }
    };
    let bundle_dir = out.join("bundle");
    let _ = fs::remove_dir_all(&bundle_dir);
    // The build time: a feed bundle published after this binary was built is newer, an older one is not.
    let version = env::var("MACHI_EMBEDDED_BUNDLE_VERSION")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(machi_bundle::default_bundle_version);
    println!("cargo:rerun-if-env-changed=MACHI_EMBEDDED_BUNDLE_VERSION");
    let generated_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let manifest = machi_bundle::write_bundle(&imported, &bundle_dir, version, &generated_at)
        .unwrap_or_else(|e| panic!("cannot write the embedded bundle: {e}"));

    let feed = &imported.source.feed;
    let mut code = String::new();
    writeln!(
        code,
        "pub const CITY_CODE: &str = {:?};",
        imported.source.city.code
    )
    .unwrap();
    writeln!(code, "pub const FEED_URL: &str = {:?};", feed.url).unwrap();
    writeln!(
        code,
        "pub const SYNC_INTERVAL_MINUTES: u32 = {};",
        feed.sync_interval_minutes
    )
    .unwrap();
    writeln!(
        code,
        "pub static FEED_PUBLIC_KEYS: &[&str] = &{:?};",
        feed.public_keys
    )
    .unwrap();
    let manifest_path = bundle_dir.join(machi_bundle::manifest::MANIFEST_NAME);
    writeln!(
        code,
        "pub static EMBEDDED_MANIFEST: &[u8] = include_bytes!({:?});",
        manifest_path.display().to_string()
    )
    .unwrap();
    code.push_str("/// (path in the bundle, bytes) for every file the embedded manifest lists.\npub static EMBEDDED_FILES: &[(&str, &[u8])] = &[\n");
    for file in &manifest.files {
        let path = bundle_dir.join(&file.path);
        writeln!(
            code,
            "    ({:?}, include_bytes!({:?})),",
            file.path,
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    fs::write(out.join("city.rs"), code).unwrap();
}
