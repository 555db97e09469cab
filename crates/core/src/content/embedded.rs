//! The city bundle compiled into the binary, so the first start and every start without network show real
//! content.
//!
//! **One order for all content.** A release build embeds the city's latest *published* bundle (the build input
//! `MACHI_EMBED_FEED`, a feed folder: its manifest keeps its real version and its signature is checked at build
//! time). A build from `data/<city>/` sources embeds version [`UNPUBLISHED_VERSION`], which ranks below every
//! published bundle (`machi-publish build` refuses version 0). So the newest city content wins whichever came
//! first: an app update never replaces a newer feed bundle, and a fresh install accepts the city's current feed.

use std::collections::BTreeMap;

use machi_bundle::Manifest;

use super::{BundleSource, HeldBundle};
use crate::error::{Error, Result};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/city.rs"));
}

pub use generated::{CITY_CODE, FEED_PUBLIC_KEYS, FEED_URL, SYNC_INTERVAL_MINUTES};

/// The version of built-in content built from sources rather than published: below every published bundle.
pub const UNPUBLISHED_VERSION: u64 = machi_bundle::UNPUBLISHED_VERSION;

/// Whether this build embeds a published, signed bundle (else content built from the city's sources).
pub fn is_published() -> bool {
    generated::EMBEDDED_SIGNED
}

/// The embedded manifest, its bytes and every file by logical name.
pub struct EmbeddedBundle {
    pub manifest: Manifest,
    pub manifest_bytes: Vec<u8>,
    pub files: BTreeMap<String, Vec<u8>>,
}

/// What opening the app does with the built-in bundle, given what the database holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbeddedAction {
    /// The database holds nothing, or older content: apply the built-in bundle.
    Apply,
    /// The database holds an older build's unpublished content of the same rank: replace it.
    Replace,
    /// The database holds the same or newer content (e.g. a feed bundle): keep it.
    Keep,
}

/// The one rule: versions order all content; at an equal version only built-in content that differs is replaced.
pub fn action(
    held: Option<&HeldBundle>,
    held_manifest: Option<&[u8]>,
    embedded: &Manifest,
    embedded_bytes: &[u8],
) -> EmbeddedAction {
    match held {
        None => EmbeddedAction::Apply,
        Some(h) if h.version < embedded.bundle_version => EmbeddedAction::Apply,
        Some(h)
            if h.version == embedded.bundle_version
                && h.source == BundleSource::Embedded
                && held_manifest != Some(embedded_bytes) =>
        {
            EmbeddedAction::Replace
        }
        Some(_) => EmbeddedAction::Keep,
    }
}

pub fn bundle() -> Result<EmbeddedBundle> {
    let manifest: Manifest =
        serde_json::from_slice(generated::EMBEDDED_MANIFEST).map_err(Error::internal)?;
    let by_path: BTreeMap<&str, &[u8]> = generated::EMBEDDED_FILES.iter().copied().collect();
    let all = manifest
        .resolve(|entry| by_path.get(entry.path.as_str()).map(|b| b.to_vec()))
        .map_err(Error::internal)?;
    let mut files = BTreeMap::new();
    for entry in &all {
        let bytes = by_path
            .get(entry.path.as_str())
            .ok_or_else(|| Error::internal(format!("embedded bundle lacks {}", entry.path)))?;
        files.insert(entry.name.clone(), bytes.to_vec());
    }
    Ok(EmbeddedBundle {
        manifest,
        manifest_bytes: generated::EMBEDDED_MANIFEST.to_vec(),
        files,
    })
}

/// The version of the embedded bundle, without decoding its files.
pub fn version() -> Result<u64> {
    let manifest: Manifest =
        serde_json::from_slice(generated::EMBEDDED_MANIFEST).map_err(Error::internal)?;
    Ok(manifest.bundle_version)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(version: u64) -> Manifest {
        Manifest {
            format: machi_bundle::MANIFEST_FORMAT,
            city_code: "092088".into(),
            bundle_version: version,
            generated_at: "2026-11-30T00:00:00Z".into(),
            files: vec![],
            indexes: vec![],
        }
    }

    fn held(version: u64, source: BundleSource) -> HeldBundle {
        HeldBundle {
            city_code: "092088".into(),
            version,
            generated_at: "x".into(),
            source,
        }
    }

    #[test]
    fn one_order_for_built_in_and_feed_content() {
        use BundleSource::{Embedded, Feed};
        use EmbeddedAction::{Apply, Keep, Replace};
        let unpublished = manifest(UNPUBLISHED_VERSION);
        let published = manifest(1_795_900_000);
        // A fresh install takes whatever is built in.
        assert_eq!(action(None, None, &unpublished, b"m0"), Apply);
        // A newer app build never replaces a feed bundle with content built from sources…
        assert_eq!(
            action(
                Some(&held(1_795_000_000, Feed)),
                Some(b"f"),
                &unpublished,
                b"m0"
            ),
            Keep
        );
        // …nor with a published bundle that is older or the same.
        assert_eq!(
            action(
                Some(&held(1_795_950_000, Feed)),
                Some(b"f"),
                &published,
                b"p"
            ),
            Keep
        );
        assert_eq!(
            action(
                Some(&held(1_795_900_000, Feed)),
                Some(b"p"),
                &published,
                b"p"
            ),
            Keep
        );
        // A published bundle newer than the held one wins, whichever came first.
        assert_eq!(
            action(
                Some(&held(1_795_000_000, Feed)),
                Some(b"f"),
                &published,
                b"p"
            ),
            Apply
        );
        assert_eq!(
            action(Some(&held(0, Embedded)), Some(b"m0"), &published, b"p"),
            Apply
        );
        // An older build's unpublished content gives way to this build's; the same content stays.
        assert_eq!(
            action(Some(&held(0, Embedded)), Some(b"old"), &unpublished, b"m0"),
            Replace
        );
        assert_eq!(
            action(Some(&held(0, Embedded)), Some(b"m0"), &unpublished, b"m0"),
            Keep
        );
    }
}
