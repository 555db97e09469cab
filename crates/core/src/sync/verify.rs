//! Checking a manifest's minisign signature against the pinned public keys.

use machi_bundle::manifest::parse_trusted_comment;
use machi_bundle::Manifest;
use minisign_verify::{PublicKey, Signature};

use crate::error::{Error, Result};

fn parse_key(key: &str) -> Option<PublicKey> {
    let key = key.trim();
    if key.contains('\n') {
        PublicKey::decode(key).ok()
    } else {
        PublicKey::from_base64(key).ok()
    }
}

/// Verifies `signature` over `manifest_bytes` with any of `trusted_keys`, then parses the manifest and checks
/// that its city and version are the ones the signed trusted comment names.
pub fn verify_manifest(
    manifest_bytes: &[u8],
    signature: &[u8],
    trusted_keys: &[String],
) -> Result<Manifest> {
    let signature = std::str::from_utf8(signature)
        .ok()
        .and_then(|s| Signature::decode(s).ok())
        .ok_or(Error::SyncBadSignature)?;
    let keys: Vec<PublicKey> = trusted_keys.iter().filter_map(|k| parse_key(k)).collect();
    if keys.is_empty() {
        return Err(Error::SyncUntrustedKey);
    }
    let mut key_matched = false;
    let mut verified = false;
    for key in &keys {
        match key.verify(manifest_bytes, &signature, false) {
            Ok(()) => {
                verified = true;
                break;
            }
            Err(minisign_verify::Error::UnexpectedKeyId) => {}
            Err(_) => key_matched = true,
        }
    }
    if !verified {
        return Err(if key_matched {
            Error::SyncBadSignature
        } else {
            Error::SyncUntrustedKey
        });
    }
    let manifest: Manifest =
        serde_json::from_slice(manifest_bytes).map_err(|e| Error::SyncInvalidManifest {
            detail: e.to_string(),
        })?;
    let (city, version) = parse_trusted_comment(signature.trusted_comment()).ok_or_else(|| {
        Error::SyncInvalidManifest {
            detail: "trusted comment".into(),
        }
    })?;
    if city != manifest.city_code || version != manifest.bundle_version {
        return Err(Error::SyncInvalidManifest {
            detail: format!("signed for city {city} version {version}"),
        });
    }
    Ok(manifest)
}
