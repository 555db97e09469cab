//! Writing the bundle folder: content-addressed files first, `manifest.json` last.
//!
//! A client reads the manifest and then fetches the files it names, so the manifest must never name a file
//! that is not there yet: every file is written to a temporary name and renamed into place, and the manifest
//! is renamed in only after all of them. Files of earlier builds are left alone, because a client that fetched
//! the previous manifest a moment ago may still be downloading them.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::content::{CITY_DATASET, PLACES_DATASET, TRANSIT_DATASET, WASTE_DATASET};
use crate::load::{import, Imported};
use crate::manifest::{FileEntry, Manifest, MANIFEST_FORMAT, MANIFEST_NAME, SIGNATURE_NAME};
use crate::messages;
use crate::problem::Report;

/// Folder of content files (datasets) inside a bundle.
pub const CONTENT_DIR: &str = "c";
/// Folder of media files inside a bundle.
pub const MEDIA_OUT_DIR: &str = "m";

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The sources have errors; the report holds all of them (and the warnings).
    #[error("the sources have {} error(s); nothing was written", .0.error_count())]
    Check(Report),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {name} as JSON: {source}")]
    Json {
        name: String,
        #[source]
        source: serde_json::Error,
    },
}

pub(crate) fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> BuildError + '_ {
    move |source| BuildError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The version of a bundle built from sources but never published (the app's built-in content when no published
/// feed was embedded): it ranks below every published bundle, which `machi-publish build` refuses to number 0.
pub const UNPUBLISHED_VERSION: u64 = 0;

/// Unix seconds now: the default bundle version, so a later build is always newer.
pub fn default_bundle_version() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The deterministic bytes of a dataset: compact JSON, fields in declaration order, maps sorted.
pub fn dataset_bytes<T: Serialize>(name: &str, value: &T) -> Result<Vec<u8>, BuildError> {
    serde_json::to_vec(value).map_err(|source| BuildError::Json {
        name: name.to_string(),
        source,
    })
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp).map_err(io_err(&tmp))?;
        f.write_all(bytes).map_err(io_err(&tmp))?;
        f.sync_all().map_err(io_err(&tmp))?;
        fs::rename(&tmp, path).map_err(io_err(path))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Builds the bundle of `src_dir` into `out_dir` (created if needed) and returns its manifest.
///
/// Refuses, writing nothing, when the sources have errors. `generated_at` is RFC 3339 UTC and goes only into
/// the manifest, so content files of the same sources are byte-identical across builds.
pub fn build_bundle(
    src_dir: &Path,
    out_dir: &Path,
    bundle_version: u64,
    generated_at: &str,
) -> Result<Manifest, BuildError> {
    let (imported, report) = import(src_dir);
    let imported = match imported {
        Some(i) if !report.has_errors() => i,
        _ => return Err(BuildError::Check(report)),
    };
    write_bundle(&imported, out_dir, bundle_version, generated_at)
}

/// Writes already imported (and checked) content as a bundle.
pub fn write_bundle(
    imported: &Imported,
    out_dir: &Path,
    bundle_version: u64,
    generated_at: &str,
) -> Result<Manifest, BuildError> {
    let content_dir = out_dir.join(CONTENT_DIR);
    let media_dir = out_dir.join(MEDIA_OUT_DIR);
    fs::create_dir_all(&content_dir).map_err(io_err(&content_dir))?;

    let mut files = Vec::new();
    let mut datasets = vec![
        (
            CITY_DATASET.to_string(),
            dataset_bytes(CITY_DATASET, &imported.city)?,
        ),
        (
            WASTE_DATASET.to_string(),
            dataset_bytes(WASTE_DATASET, &imported.waste)?,
        ),
        (
            PLACES_DATASET.to_string(),
            dataset_bytes(PLACES_DATASET, &imported.places)?,
        ),
    ];
    // A city without a bus feed ships no empty timetable: the app then offers no bus screens.
    if let Some(transit) = &imported.transit {
        datasets.push((
            TRANSIT_DATASET.to_string(),
            dataset_bytes(TRANSIT_DATASET, transit)?,
        ));
    }
    // Messages go in monthly chunks, so one new message changes one small file, not the whole history.
    for (name, chunk) in messages::chunks(&imported.messages) {
        let bytes = dataset_bytes(&name, &chunk)?;
        datasets.push((name, bytes));
    }
    for (name, bytes) in datasets {
        let sha = sha256_hex(&bytes);
        let rel = format!("{CONTENT_DIR}/{sha}.json");
        write_atomic(&out_dir.join(&rel), &bytes)?;
        files.push(FileEntry {
            name,
            path: rel,
            size: bytes.len() as u64,
            sha256: sha,
        });
    }
    if !imported.media.is_empty() {
        fs::create_dir_all(&media_dir).map_err(io_err(&media_dir))?;
    }
    for m in &imported.media {
        let bytes = fs::read(&m.path).map_err(io_err(&m.path))?;
        let sha = sha256_hex(&bytes);
        let rel = format!("{MEDIA_OUT_DIR}/{sha}.{}", m.ext);
        write_atomic(&out_dir.join(&rel), &bytes)?;
        files.push(FileEntry {
            name: m.name.clone(),
            path: rel,
            size: bytes.len() as u64,
            sha256: sha,
        });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));

    let manifest = Manifest {
        format: MANIFEST_FORMAT,
        city_code: imported.city.code.clone(),
        bundle_version,
        generated_at: generated_at.to_string(),
        files,
    };
    let mut bytes = serde_json::to_vec_pretty(&manifest).map_err(|source| BuildError::Json {
        name: MANIFEST_NAME.into(),
        source,
    })?;
    bytes.push(b'\n');
    // An old signature would not match the new manifest; better none than a wrong one.
    let sig = out_dir.join(SIGNATURE_NAME);
    match fs::remove_file(&sig) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err(&sig)(e)),
    }
    write_atomic(&out_dir.join(MANIFEST_NAME), &bytes)?;
    Ok(manifest)
}
