//! Reading a whole source folder: city.toml, every listed source, media; every problem in one report.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::content::{
    CityContent, FormsContent, HealthContent, Message, PlaceKind, PlacesContent, TransitContent,
    WasteContent,
};
use crate::messages::{CityContext, SourcedMessage};
use crate::problem::Report;
use crate::source::{parse_city, CitySource, SourceKind, SourceShape, CITY_FILE};
use crate::text::{decode, Encoding};
use crate::waste::WasteSources;
use crate::{city, forms, health, messages, places, transit, waste};

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
    /// Every message to publish (CAP alerts and notices), sorted by (sent, id); the builder chunks them.
    pub messages: Vec<Message>,
    /// The bus timetable, when the city has a `gtfs_jp` source.
    pub transit: Option<TransitContent>,
    /// The form templates and counters, when the city has a `forms` source.
    pub forms: Option<FormsContent>,
    /// The health-points scheme, when the city has a `health_rules` source.
    pub health: Option<HealthContent>,
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
    check_furigana(&SourceText::new(CITY_FILE, text.clone()), report);
    for t in texts.values() {
        check_furigana(t, report);
    }
    let media = list_media(src_dir, report);
    let media_names: BTreeSet<String> = media.iter().map(|m| m.name.clone()).collect();

    let waste = import_waste(&source, &texts, report);
    check_waste_areas(&source, &waste, report);
    let places = import_places(&source, &texts, &media_names, report);
    let found = import_messages(&source, &texts, report);
    check_opened_shelters(&source, &found, &places, report);
    let messages = messages::finish(found, report)
        .into_iter()
        .map(|m| m.message)
        .collect();
    let transit = import_transit(&source, &texts, report);
    let forms = source
        .sources_of(SourceKind::Forms)
        .next()
        .map(|_| forms::import::import(texts_of(&source, &texts, SourceKind::Forms), report));
    let health = first_text(&source, &texts, SourceKind::HealthRules)
        .map(|text| health::rules::import(text, &source.city.default_locale, report));
    warn_unlisted(src_dir, &source, report);

    Some(Imported {
        city: city::city_content(&source),
        source,
        waste,
        places,
        messages,
        transit,
        forms,
        health,
        media,
    })
}

/// Furigana markup (`｜小山市《おやまし》`, see [`crate::ruby`]) must be well formed wherever it is written:
/// 《》 and ｜ are reserved for it in every source.
fn check_furigana(source: &SourceText, report: &mut Report) {
    for (i, line) in source.text.lines().enumerate() {
        if let Err(e) = crate::ruby::check(line) {
            report.error(&source.file, i + 1, "furigana", e.to_string());
        }
    }
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

/// The five files a 5374 folder may hold; the first two are required.
const FIVE374_FILES: [&str; 5] = [
    "area_days.csv",
    "description.csv",
    "target.csv",
    "remarks.csv",
    "center.csv",
];

fn import_waste(
    source: &CitySource,
    texts: &BTreeMap<String, SourceText>,
    report: &mut Report,
) -> WasteContent {
    use SourceKind::*;
    let folder = source.sources_of(Waste5374).next();
    let extras = [
        WasteCategories,
        WasteItems,
        WasteItemTranslations,
        WasteCalendar,
    ];
    let Some(folder) = folder else {
        // Our files only add to a 5374 set; without one they have nothing to name.
        for kind in extras {
            if let Some(sf) = source.sources_of(kind).next() {
                report.error(
                    CITY_FILE,
                    sf.line,
                    "sources.kind",
                    format!(
                        "`{}` adds to a 5374 set: list the set's folder too (kind `waste_5374`)",
                        kind.as_str()
                    ),
                );
            }
        }
        return WasteContent::default();
    };
    let file = |name: &str| folder_file(source, texts, Waste5374, name);
    for name in ["area_days.csv", "description.csv"] {
        if file(name).is_none() && texts.keys().any(|k| folder.contains(k)) {
            report.error(
                CITY_FILE,
                folder.line,
                "sources.path",
                format!("the 5374 folder `{}` has no {name}", folder.path),
            );
        }
    }
    for rel in texts.keys().filter(|k| folder.contains(k)) {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        if !FIVE374_FILES.contains(&name) {
            report.warning(
                rel,
                1,
                "file",
                format!(
                    "not a file of a 5374 set ({}); ignored",
                    FIVE374_FILES.join(", ")
                ),
            );
        }
    }
    let src = WasteSources {
        area_days: file("area_days.csv"),
        description: file("description.csv"),
        target: file("target.csv"),
        remarks: file("remarks.csv"),
        center: file("center.csv"),
        categories: first_text(source, texts, WasteCategories),
        items: first_text(source, texts, WasteItems),
        item_translations: first_text(source, texts, WasteItemTranslations),
        calendar: first_text(source, texts, WasteCalendar),
    };
    let mut content = waste::import(&src, report);
    waste::assign_area_ids(&mut content, &source.areas);
    content
}

/// Each home area's `waste_area` must name a row of area_days.csv, or the resident gets no calendar.
fn check_waste_areas(source: &CitySource, waste: &WasteContent, report: &mut Report) {
    let names: BTreeSet<&str> = waste.areas.iter().map(|a| a.name.as_str()).collect();
    let has_days = source.sources_of(SourceKind::Waste5374).next().is_some();
    for (i, a) in source.areas.iter().enumerate() {
        let Some(w) = &a.waste_area else { continue };
        if !has_days {
            report.error(
                CITY_FILE,
                a.waste_area_line,
                format!("areas[{}].waste_area", i + 1),
                "set, but no `waste_5374` source is listed",
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
                bounds: source.city.bounds,
            };
            places::import(&input, &mut ids, &mut out, report);
        }
    }
    let translations: Vec<&SourceText> =
        texts_of(source, texts, SourceKind::PlaceTranslations).collect();
    places::translations::apply(&translations, &ids, &mut out, report);
    PlacesContent { places: out }
}

/// The city's notices and every CAP file, in city.toml order; checked against each other by
/// [`messages::finish`].
fn import_messages(
    source: &CitySource,
    texts: &BTreeMap<String, SourceText>,
    report: &mut Report,
) -> Vec<SourcedMessage> {
    let city = CityContext::of(source);
    let mut found = Vec::new();
    for sf in &source.sources {
        let files = texts.values().filter(|t| sf.contains(&t.file));
        match sf.kind {
            SourceKind::Notices => {
                for text in files {
                    found.extend(messages::notices::import(text, &city, report));
                }
            }
            SourceKind::Cap => {
                found.extend(files.filter_map(|text| messages::cap::import(text, &city, report)))
            }
            _ => {}
        }
    }
    found
}

/// A message may only open shelters that the places sources list. Without a shelters source there is nothing to
/// check against, which is worth a warning: the app cannot show such a shelter.
fn check_opened_shelters(
    source: &CitySource,
    found: &[SourcedMessage],
    places: &PlacesContent,
    report: &mut Report,
) {
    let has_shelters = source.sources_of(SourceKind::Shelters).next().is_some();
    let kinds: BTreeMap<&str, PlaceKind> = places
        .places
        .iter()
        .map(|p| (p.id.as_str(), p.kind))
        .collect();
    for m in found {
        let at = &m.shelters_at;
        for id in &m.message.opens_shelters {
            match kinds.get(id.as_str()) {
                Some(PlaceKind::Shelter) => {}
                _ if !has_shelters => report.warning(
                    &m.file,
                    at.line,
                    &at.field,
                    format!("opens `{id}`, but city.toml lists no `shelters` source to check it against"),
                ),
                Some(kind) => report.error(
                    &m.file,
                    at.line,
                    &at.field,
                    format!("`{id}` is a place of kind `{}`, not a shelter", kind.as_str()),
                ),
                None => report.error(
                    &m.file,
                    at.line,
                    &at.field,
                    format!("`{id}` is not a shelter in the places sources (a shelter's id is `shelter-` and its ID or NO)"),
                ),
            }
        }
    }
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
