//! The Machi city bundle.
//!
//! A city writes its sources in standard formats (`data/<city>/`, see docs/FORMATS.md). This crate reads and
//! validates them (every problem as `file:line: field: what`), and builds the deterministic bundle folder that
//! `machi-publish` signs and the app syncs. It holds the types both sides share: the manifest and the content
//! datasets. It does no signing and no networking, so the app's build script can use it to embed the bundle.
//!
//! - [`check`] reads a source folder and returns a [`Report`] with every problem found.
//! - [`build_bundle`] refuses sources with errors, else writes `c/`, `m/` and `manifest.json`.
//! - [`import`] gives the parsed content itself, for tools that want it without writing a bundle.

pub mod city;
pub mod clock;
pub mod content;
pub mod forms;
pub mod health;
pub mod holidays;
pub mod manifest;
pub mod messages;
pub mod places;
pub mod problem;
#[cfg(feature = "qr")]
pub mod qr;
pub mod ruby;
pub mod source;
pub mod table;
pub mod text;
pub mod transit;
pub mod wait;
pub mod waste;

mod builder;
mod load;

pub use builder::{
    build_bundle, dataset_bytes, default_bundle_version, sha256_hex, write_bundle, BuildError,
    CONTENT_DIR, MEDIA_OUT_DIR, UNPUBLISHED_VERSION,
};
pub use load::{check, import, Imported, MediaFile, SourceText, MEDIA_DIR, MEDIA_EXTENSIONS};
pub use manifest::{FileEntry, FileIndex, Manifest, MANIFEST_FORMAT};
/// `machi_bundle::notices::CATEGORIES` keeps working: the notices importer now lives under [`messages`].
pub use messages::notices;
pub use problem::{Problem, Report, Severity};
pub use source::{CitySource, SourceKind};
pub use text::Encoding;
