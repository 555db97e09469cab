//! Embeds what the app must have with no network: the Fluent strings of every locale and the city's bundle.
//!
//! The bundle is either the city's latest **published** bundle — the build input `MACHI_EMBED_FEED`, a feed
//! folder as `machi-publish build` wrote it, whose signature is checked here against city.toml's keys and whose
//! real version is kept — or, without it, built from `data/<city>/` by the same builder `machi-publish` uses, as
//! version 0 (unpublished), which ranks below every published bundle (see `content::embedded`).

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
    println!("cargo:rerun-if-env-changed=MACHI_EMBED_FEED");
    let (manifest, signed) = match env::var_os("MACHI_EMBED_FEED") {
        Some(feed_dir) => {
            let feed_dir = PathBuf::from(feed_dir);
            println!("cargo:rerun-if-changed={}", feed_dir.display());
            (embed_published(&imported, &feed_dir, &bundle_dir), true)
        }
        None => {
            let generated_at =
                chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            let manifest = machi_bundle::write_bundle(
                &imported,
                &bundle_dir,
                machi_bundle::UNPUBLISHED_VERSION,
                &generated_at,
            )
            .unwrap_or_else(|e| panic!("cannot write the embedded bundle: {e}"));
            (manifest, false)
        }
    };

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
    writeln!(code, "pub const EMBEDDED_SIGNED: bool = {signed};").unwrap();
    let manifest_path = bundle_dir.join(machi_bundle::manifest::MANIFEST_NAME);
    writeln!(
        code,
        "pub static EMBEDDED_MANIFEST: &[u8] = include_bytes!({:?});",
        manifest_path.display().to_string()
    )
    .unwrap();
    code.push_str("/// (path in the bundle, bytes) for every file of the embedded bundle (index pages and what they list too).\npub static EMBEDDED_FILES: &[(&str, &[u8])] = &[\n");
    let all_files = manifest
        .resolve(|entry| fs::read(bundle_dir.join(&entry.path)).ok())
        .unwrap_or_else(|e| panic!("the embedded bundle's index pages: {e}"));
    for file in &all_files {
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

/// Copies a published feed folder into `bundle_dir` after checking it as the app would: the signature against
/// city.toml's public keys, the city code and version in the signed comment, every file's size and hash.
fn embed_published(
    imported: &machi_bundle::Imported,
    feed_dir: &Path,
    bundle_dir: &Path,
) -> machi_bundle::Manifest {
    use machi_bundle::manifest::{parse_trusted_comment, MANIFEST_NAME, SIGNATURE_NAME};
    let fail = |what: String| -> ! { panic!("MACHI_EMBED_FEED={}: {what}", feed_dir.display()) };
    let manifest_bytes = fs::read(feed_dir.join(MANIFEST_NAME))
        .unwrap_or_else(|e| fail(format!("{MANIFEST_NAME}: {e}")));
    let signature_text = fs::read_to_string(feed_dir.join(SIGNATURE_NAME))
        .unwrap_or_else(|e| fail(format!("{SIGNATURE_NAME}: {e}")));
    let signature = minisign_verify::Signature::decode(&signature_text)
        .unwrap_or_else(|e| fail(format!("{SIGNATURE_NAME}: {e}")));
    let verified = imported.source.feed.public_keys.iter().any(|key| {
        minisign_verify::PublicKey::from_base64(key)
            .is_ok_and(|k| k.verify(&manifest_bytes, &signature, false).is_ok())
    });
    if !verified {
        fail("the manifest is not signed by a key in city.toml [feed].public_keys".into());
    }
    let manifest: machi_bundle::Manifest = serde_json::from_slice(&manifest_bytes)
        .unwrap_or_else(|e| fail(format!("{MANIFEST_NAME}: {e}")));
    let signed = parse_trusted_comment(signature.trusted_comment());
    if signed != Some((manifest.city_code.clone(), manifest.bundle_version))
        || manifest.city_code != imported.city.code
    {
        fail(format!(
            "signed for {signed:?}, manifest says city {} version {}, the sources are city {}",
            manifest.city_code, manifest.bundle_version, imported.city.code
        ));
    }
    let all_files = manifest
        .resolve(|entry| fs::read(feed_dir.join(&entry.path)).ok())
        .unwrap_or_else(|e| fail(format!("index pages: {e}")));
    for entry in &all_files {
        let bytes = fs::read(feed_dir.join(&entry.path))
            .unwrap_or_else(|e| fail(format!("{}: {e}", entry.path)));
        if bytes.len() as u64 != entry.size || machi_bundle::sha256_hex(&bytes) != entry.sha256 {
            fail(format!(
                "{} does not match its hash in the manifest",
                entry.path
            ));
        }
        let to = bundle_dir.join(&entry.path);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::write(to, bytes).unwrap();
    }
    fs::create_dir_all(bundle_dir).unwrap();
    fs::write(bundle_dir.join(MANIFEST_NAME), &manifest_bytes).unwrap();
    manifest
}
