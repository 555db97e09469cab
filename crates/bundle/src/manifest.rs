//! `manifest.json`: the small signed index of a bundle.

use serde::{Deserialize, Serialize};

/// The manifest format this code writes. Format 2 added `indexes`; this code still reads format 1.
pub const MANIFEST_FORMAT: u32 = 2;
/// File name of the manifest inside a bundle folder.
pub const MANIFEST_NAME: &str = "manifest.json";
/// File name of the detached minisign signature of the manifest.
pub const SIGNATURE_NAME: &str = "manifest.json.minisig";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub city_code: String,
    /// Monotonic: a client refuses a bundle whose version is not higher than the one it holds.
    pub bundle_version: u64,
    /// RFC 3339, UTC.
    pub generated_at: String,
    pub files: Vec<FileEntry>,
    /// Index files: each lists more files of the bundle (a [`FileIndex`]). A long message history is listed
    /// through pages of these, so one new message changes the manifest, one page and one chunk — not a manifest
    /// that names thousands of chunks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indexes: Vec<FileEntry>,
}

/// The content of an index file: more files of the bundle, each with its hash (the index's own hash is in the
/// signed manifest, so these are covered by the signature too).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileIndex {
    pub files: Vec<FileEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Logical name: `city.json`, `places.json`, `media/shelter-1.jpg`…
    pub name: String,
    /// Where the bytes are, relative to the manifest: `c/<sha256>.json`, `m/<sha256>.jpg`.
    pub path: String,
    pub size: u64,
    /// Lower-case hex SHA-256 of the bytes.
    pub sha256: String,
}

impl Manifest {
    pub fn file(&self, name: &str) -> Option<&FileEntry> {
        self.files.iter().find(|f| f.name == name)
    }

    /// Every file of the bundle: the manifest's own files, its index files, and the files they list. `bytes_of`
    /// gives an index file's bytes (already checked against its hash); `Err` names what is missing or invalid.
    pub fn resolve(
        &self,
        mut bytes_of: impl FnMut(&FileEntry) -> Option<Vec<u8>>,
    ) -> Result<Vec<FileEntry>, String> {
        let mut all = self.files.clone();
        for index in &self.indexes {
            let bytes = bytes_of(index).ok_or_else(|| format!("{}: not available", index.name))?;
            let listed: FileIndex =
                serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", index.name))?;
            all.push(index.clone());
            all.extend(listed.files);
        }
        Ok(all)
    }
}

/// At most this many files in one index page.
pub const INDEX_PAGE_FILES: usize = 32;

/// Logical name of the `n`th message index page (from 1).
pub fn index_page_name(n: usize) -> String {
    format!("messages/index-{n:04}.json")
}

/// The trusted comment signed together with the manifest, so the city and version cannot be swapped
/// under a valid signature.
pub fn trusted_comment(city_code: &str, bundle_version: u64) -> String {
    format!("machi-bundle city={city_code} version={bundle_version}")
}

/// Reads `(city_code, bundle_version)` back from a trusted comment written by [`trusted_comment`].
pub fn parse_trusted_comment(comment: &str) -> Option<(String, u64)> {
    let rest = comment.trim().strip_prefix("machi-bundle ")?;
    let (mut city, mut version) = (None, None);
    for part in rest.split_whitespace() {
        match part.split_once('=') {
            Some(("city", v)) => city = Some(v.to_string()),
            Some(("version", v)) => version = v.parse().ok(),
            _ => {}
        }
    }
    Some((city?, version?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_comment_round_trips() {
        let c = trusted_comment("092088", 1_795_000_000);
        assert_eq!(
            parse_trusted_comment(&c),
            Some(("092088".into(), 1_795_000_000))
        );
        assert_eq!(parse_trusted_comment("timestamp:1 file:x"), None);
        assert_eq!(parse_trusted_comment("machi-bundle city=092088"), None);
    }
}
