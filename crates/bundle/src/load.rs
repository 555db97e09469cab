//! Reading a whole source folder: city.toml, every listed source, media; every problem in one report.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::content::{
    CityContent, NoticesContent, PlaceKind, PlacesContent, TransitContent, WasteContent,
};
use crate::problem::Report;
use crate::source::{parse_city, CitySource, SourceKind, SourceShape, CITY_FILE};
use crate::text::{decode, Encoding};
use crate::waste::WasteSources;
use crate::{city, notices, places, transit, waste};

/// One decoded source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// Relative path, `/`-separated, as problems name it.
    pub file: String,
    /// Decoded text without a BOM.
    pub text: String,
}

impl SourceText {
    pub fn new(file: impl Into<String>, text: impl Into<String>) -> Self {
        SourceText {
            file: file.into(),
            text: text.into(),
        }
    }
}

/// Folder of images referenced by the sources.
pub const MEDIA_DIR: &str = "media";
/// Image types the app can show.
pub const MEDIA_EXTENSIONS: [&str; 4] = ["png", "jpg", "jpeg", "webp"];

/// A file under `media/` that goes into the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    /// Logical name, `media/shelter-1.jpg`.
    pub name: String,
    pub path: PathBuf,
    /// Lower-case extension, without the dot.
    pub ext: String,
}

/// Everything a source folder holds, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub source: CitySource,
    pub city: CityContent,
    pub waste: WasteContent,
    pub places: PlacesContent,
    pub notices: NoticesContent,
    /// The bus timetable, when the city has a `gtfs_jp` source.
    pub transit: Option<TransitContent>,
    pub media: Vec<MediaFile>,
}

/// Reads and checks a source folder. `None` only when city.toml itself cannot be read; the report then says
/// why. With errors in the report the content is incomplete and must not be published.
pub fn import(src_dir: &Path) -> (Option<Imported>, Report) {
    let mut report = Report::new();
    let imported = import_into(src_dir, &mut report);
    report.sort();
    (imported, report)
}

/// Checks a source folder and returns every problem found; only errors make it fail.
pub fn check(src_dir: &Path) -> Report {
    import(src_dir).1
}

fn import_into(src_dir: &Path, report: &mut Report) -> Option<Imported> {
    let city_path = src_dir.join(CITY_FILE);
    let bytes = match fs::read(&city_path) {
        Ok(b) => b,
        Err(e) => {
            report.error(
                CITY_FILE,
                1,
                "file",
                format!("cannot read {}: {e}", city_path.display()),
            );
            return None;
        }
    };
    let text = decode(&bytes, Encoding::Utf8, CITY_FILE, report)?;
    let source = parse_city(&text, report)?;

    let texts = read_sources(src_dir, &source, report);
    let media = list_media(src_dir, report);
    let media_names: BTreeSet<String> = media.iter().map(|m| m.name.clone()).collect();

    let waste = import_waste(&source, &texts, report);
    check_waste_areas(&source, &waste, report);
    let places = import_places(&source, &texts, &media_names, report);
    let notices = import_notices(&source, &texts, report);
    let transit = import_transit(&source, &texts, report);
    warn_unlisted(src_dir, &source, report);

    Some(Imported {
        city: city::city_content(&source),
        source,
        waste,
        places,
        notices,
        transit,
        media,
    })
}

/// Reads every declared source: a file source's file, a folder source's files, a glob source's matching files;
/// keyed by relative path. A missing file or folder is an error at its city.toml line; a glob matching nothing is
/// fine (no alerts yet).
fn read_sources(
    src_dir: &Path,
    source: &CitySource,
    report: &mut Report,
) -> BTreeMap<String, SourceText> {
    let mut out = BTreeMap::new();
    for sf in &source.sources {
        let members = match sf.kind.shape() {
            SourceShape::File => vec![sf.path.clone()],
            SourceShape::Folder | SourceShape::Glob => {
                let dir = match sf.kind.shape() {
                    SourceShape::Folder => sf.path.trim_end_matches('/'),
                    _ => sf.path.rsplit_once('/').map_or("", |(d, _)| d),
                };
                match list_files(&src_dir.join(dir)) {
                    Ok(names) => names
                        .into_iter()
                        .map(|name| {
                            if dir.is_empty() {
                                name
                            } else {
                                format!("{dir}/{name}")
                            }
                        })
                        .filter(|rel| sf.contains(rel))
                        .collect(),
                    Err(e) => {
                        let what = if e.kind() == std::io::ErrorKind::NotFound {
                            format!("folder `{dir}/` of source `{}` is missing", sf.path)
                        } else {
                            format!("cannot read folder `{dir}/`: {e}")
                        };
                        report.error(CITY_FILE, sf.line, "sources.path", what);
                        continue;
                    }
                }
            }
        };
        for rel in members {
            match fs::read(src_dir.join(&rel)) {
                Ok(bytes) => {
                    if let Some(text) = decode(&bytes, sf.encoding, &rel, report) {
                        out.insert(rel.clone(), SourceText::new(&rel, text));
                    }
                }
                Err(e) => {
                    let what = if e.kind() == std::io::ErrorKind::NotFound {
                        format!("source `{rel}` is missing")
                    } else {
                        format!("cannot read `{rel}`: {e}")
                    };
                    report.error(CITY_FILE, sf.line, "sources.path", what);
                }
            }
        }
    }
    out
}

/// The names of the regular, non-hidden files directly inside `dir`, sorted.
fn list_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = fs::read_dir(dir)?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    Ok(names)
}

/// The decoded files of every source of `kind`, in city.toml order, then by path.
pub(crate) fn texts_of<'a>(
    source: &'a CitySource,
    texts: &'a BTreeMap<String, SourceText>,
    kind: SourceKind,
) -> impl Iterator<Item = &'a SourceText> + 'a {
    source
        .sources_of(kind)
        .flat_map(move |sf| texts.values().filter(move |t| sf.contains(&t.file)))
}

/// One named file of a folder source of `kind` (`area_days.csv` in `waste/5374/`).
#[allow(dead_code)] // the folder kinds (waste_5374, gtfs_jp) use it
pub(crate) fn folder_file<'a>(
    source: &CitySource,
    texts: &'a BTreeMap<String, SourceText>,
    kind: SourceKind,
    name: &str,
) -> Option<&'a SourceText> {
    let sf = source.sources_of(kind).next()?;
    texts.get(&format!("{}{name}", sf.path))
}

fn list_media(src_dir: &Path, report: &mut Report) -> Vec<MediaFile> {
    let mut out = Vec::new();
    let dir = src_dir.join(MEDIA_DIR);
    let mut stack = vec![(dir, MEDIA_DIR.to_string())];
    while let Some((dir, logical)) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            if file_name.starts_with('.') {
                continue;
            }
            let name = format!("{logical}/{file_name}");
            let path = entry.path();
            if path.is_dir() {
                stack.push((path, name));
                continue;
            }
            let ext = file_name
                .rsplit_once('.')
                .map(|(_, e)| e.to_ascii_lowercase())
                .unwrap_or_default();
            if !MEDIA_EXTENSIONS.contains(&ext.as_str()) {
                report.warning(
                    &name,
                    1,
                    "file",
                    format!(
                        "not an image the app shows ({}); left out",
                        MEDIA_EXTENSIONS.join(", ")
                    ),
                );
                continue;
            }
            out.push(MediaFile { name, path, ext });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn first_text<'a>(
    source: &'a CitySource,
    texts: &'a BTreeMap<String, SourceText>,
    kind: SourceKind,
) -> Option<&'a SourceText> {
    texts_of(source, texts, kind).next()
}

fn import_waste(
    source: &CitySource,
    texts: &BTreeMap<String, SourceText>,
    report: &mut Report,
) -> WasteContent {
    use SourceKind::*;
    let declared = |k| source.sources_of(k).next().is_some();
    let any = [
        WasteAreaDays,
        WasteDescription,
        WasteTarget,
        WasteRemarks,
        WasteCenter,
    ]
    .into_iter()
    .any(declared);
    if !any {
        return WasteContent::default();
    }
    for (kind, what) in [
        (WasteAreaDays, "collection days"),
        (WasteDescription, "the categories"),
    ] {
        if !declared(kind) {
            let line = source
                .sources
                .iter()
                .find(|s| s.kind.as_str().starts_with("waste_"))
                .map_or(1, |s| s.line);
            report.error(
                CITY_FILE,
                line,
                "sources.kind",
                format!(
                    "a 5374 waste set needs a `{}` source ({what})",
                    kind.as_str()
                ),
            );
        }
    }
    let src = WasteSources {
        area_days: first_text(source, texts, WasteAreaDays),
        description: first_text(source, texts, WasteDescription),
        target: first_text(source, texts, WasteTarget),
        remarks: first_text(source, texts, WasteRemarks),
        center: first_text(source, texts, WasteCenter),
    };
    waste::import(&src, report)
}

/// Each home area's `waste_area` must name a row of area_days.csv, or the resident gets no calendar.
fn check_waste_areas(source: &CitySource, waste: &WasteContent, report: &mut Report) {
    let names: BTreeSet<&str> = waste.areas.iter().map(|a| a.name.as_str()).collect();
    let has_days = source
        .sources_of(SourceKind::WasteAreaDays)
        .next()
        .is_some();
    for (i, a) in source.areas.iter().enumerate() {
        let Some(w) = &a.waste_area else { continue };
        if !has_days {
            report.error(
                CITY_FILE,
                a.waste_area_line,
                format!("areas[{}].waste_area", i + 1),
                "set, but no `waste_area_days` source is listed",
            );
        } else if !names.is_empty() && !names.contains(w.as_str()) {
            report.error(
                CITY_FILE,
                a.waste_area_line,
                format!("areas[{}].waste_area", i + 1),
                format!("`{w}` is not an area (地名) in the waste collection days file"),
            );
        }
    }
}

fn import_places(
    source: &CitySource,
    texts: &BTreeMap<String, SourceText>,
    media: &BTreeSet<String>,
    report: &mut Report,
) -> PlacesContent {
    let mut ids = places::IdRegistry::default();
    let mut out = Vec::new();
    for (kind, place_kind) in [
        (SourceKind::Shelters, PlaceKind::Shelter),
        (SourceKind::Aed, PlaceKind::Aed),
        (SourceKind::Toilets, PlaceKind::Toilet),
        (SourceKind::Wifi, PlaceKind::Wifi),
    ] {
        for text in texts_of(source, texts, kind) {
            let input = places::PlacesInput {
                kind: place_kind,
                source: text,
                media,
            };
            places::import(&input, &mut ids, &mut out, report);
        }
    }
    PlacesContent { places: out }
}

fn import_notices(
    source: &CitySource,
    texts: &BTreeMap<String, SourceText>,
    report: &mut Report,
) -> NoticesContent {
    let Some(text) = first_text(source, texts, SourceKind::Notices) else {
        return NoticesContent::default();
    };
    let area_ids: BTreeSet<String> = source.areas.iter().map(|a| a.id.clone()).collect();
    notices::import(text, &area_ids, &source.city.default_locale, report)
}

/// The GTFS-JP feed, when city.toml lists one: every file of its folder, by file name.
fn import_transit(
    source: &CitySource,
    texts: &BTreeMap<String, SourceText>,
    report: &mut Report,
) -> Option<TransitContent> {
    let sf = source.sources_of(SourceKind::GtfsJp).next()?;
    // A missing folder is already an error at this source; every file in it would be another.
    if report
        .errors()
        .any(|p| p.file == CITY_FILE && p.line == sf.line)
    {
        return None;
    }
    let files = texts_of(source, texts, SourceKind::GtfsJp)
        .filter_map(|t| Some((t.file.strip_prefix(&sf.path)?.to_string(), t)))
        .collect();
    let feed = transit::Feed {
        folder: &sf.path,
        line: sf.line,
        files,
    };
    Some(transit::import(&feed, report))
}

/// A data file in the folder that city.toml does not list is most likely a forgotten `[[sources]]` entry.
fn warn_unlisted(src_dir: &Path, source: &CitySource, report: &mut Report) {
    let mut stack = vec![(src_dir.to_path_buf(), String::new())];
    while let Some((dir, prefix)) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        let mut found: Vec<_> = entries.flatten().collect();
        found.sort_by_key(|e| e.file_name());
        for entry in found {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || (prefix.is_empty() && name == MEDIA_DIR) {
                continue;
            }
            let rel = format!("{prefix}{name}");
            if entry.path().is_dir() {
                stack.push((entry.path(), format!("{rel}/")));
                continue;
            }
            let data = [".csv", ".toml", ".xml", ".txt"]
                .iter()
                .any(|e| name.to_ascii_lowercase().ends_with(e));
            let listed = source.sources.iter().any(|s| s.contains(&rel));
            if data && rel != CITY_FILE && !listed {
                report.warning(
                    &rel,
                    1,
                    "file",
                    "not listed in city.toml [[sources]]; ignored",
                );
            }
        }
    }
}
