//! The city bundle compiled into the binary (built by `build.rs` from `data/<city>/`), so the first start and
//! every start without network show real content.

use std::collections::BTreeMap;

use machi_bundle::Manifest;

use crate::error::{Error, Result};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/city.rs"));
}

pub use generated::{CITY_CODE, FEED_PUBLIC_KEYS, FEED_URL, SYNC_INTERVAL_MINUTES};

/// The embedded manifest, its bytes and every file by logical name.
pub struct EmbeddedBundle {
    pub manifest: Manifest,
    pub manifest_bytes: &'static [u8],
    pub files: BTreeMap<String, Vec<u8>>,
}

pub fn bundle() -> Result<EmbeddedBundle> {
    let manifest: Manifest =
        serde_json::from_slice(generated::EMBEDDED_MANIFEST).map_err(Error::internal)?;
    let by_path: BTreeMap<&str, &[u8]> = generated::EMBEDDED_FILES.iter().copied().collect();
    let mut files = BTreeMap::new();
    for entry in &manifest.files {
        let bytes = by_path
            .get(entry.path.as_str())
            .ok_or_else(|| Error::internal(format!("embedded bundle lacks {}", entry.path)))?;
        files.insert(entry.name.clone(), bytes.to_vec());
    }
    Ok(EmbeddedBundle {
        manifest,
        manifest_bytes: generated::EMBEDDED_MANIFEST,
        files,
    })
}

/// The version of the embedded bundle, without decoding its files.
pub fn version() -> Result<u64> {
    let manifest: Manifest =
        serde_json::from_slice(generated::EMBEDDED_MANIFEST).map_err(Error::internal)?;
    Ok(manifest.bundle_version)
}
