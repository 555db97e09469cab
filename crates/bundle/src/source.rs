//! `city.toml`: the city file that names the city, its feed and home areas, and lists every other source.
//!
//! Parsing checks everything that can be judged from `city.toml` alone (codes, check digit, locale tags,
//! coordinates, ids, source declarations) and reports each problem with its line. Checks that need the other
//! files (does a listed source exist, does an area's `waste_area` exist) are done by [`crate::check`] with the
//! lines kept on [`AreaSource`] and [`SourceFile`].

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::city::{check_coordinates, is_known_locale, verify_city_code, LAT_RANGE, LON_RANGE};
use crate::content::{Bounds, LatLon, Localized};
use crate::problem::Report;
use crate::text::{Encoding, LineIndex};

/// File name of the city file at the root of a source folder.
pub const CITY_FILE: &str = "city.toml";
/// The city file format this code reads.
pub const CITY_FORMAT: u32 = 1;

/// A parsed `city.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct CitySource {
    pub format: u32,
    pub city: CityInfo,
    pub feed: Feed,
    pub areas: Vec<AreaSource>,
    pub sources: Vec<SourceFile>,
}

/// `[city]`.
#[derive(Debug, Clone, PartialEq)]
pub struct CityInfo {
    /// 全国地方公共団体コード, six digits with the check digit.
    pub code: String,
    /// JIS X 0401 prefecture code, two digits.
    pub prefecture: String,
    pub timezone: String,
    pub default_locale: String,
    pub centre: LatLon,
    /// `bounds = { south, west, north, east }`: every place must lie inside. `None`: places are only checked
    /// against Japan.
    pub bounds: Option<Bounds>,
    pub name: Localized,
}

/// `[feed]`: where the app fetches the bundle and whose signatures it trusts.
#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    /// Folder holding `manifest.json`, ending in `/`.
    pub url: String,
    pub sync_interval_minutes: u32,
    /// minisign public keys (the base64 line of `machi.pub`).
    pub public_keys: Vec<String>,
    /// More minisign public keys that may sign event check-in codes (`machi-publish event-qr`) but not bundles:
    /// the keys handed to event staff. The list travels in the signed bundle, so the city rotates them by
    /// publishing.
    pub event_keys: Vec<String>,
    /// Where, inside the feed folder, the app may send the waste searches that found nothing (the words only,
    /// and only when the resident says so): a path relative to `url`, so it is always on the feed's origin.
    pub missed_searches: Option<String>,
}

/// One `[[areas]]` entry: a 地区 / 自治会 a resident can pick as home.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaSource {
    pub id: String,
    pub name: Localized,
    pub centre: LatLon,
    pub waste_area: Option<String>,
    /// Line of the `waste_area` key (or of the area) in city.toml, for problems found against area_days.csv.
    pub waste_area_line: usize,
    /// Line where the area's table starts.
    pub line: usize,
}

/// What a source holds, which decides its importer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// A 5374.jp folder: area_days.csv, description.csv, target.csv, remarks.csv, center.csv.
    Waste5374,
    /// `categories.toml`: ids, names per locale and by date, holiday rules of the 5374 categories.
    WasteCategories,
    /// `items.csv`: our item dictionary, richer than target.csv.
    WasteItems,
    /// `items-i18n.csv`: the items in other locales.
    WasteItemTranslations,
    /// `calendar.csv`: the city's one-off changes (drop, add, move a collection; new days from a date).
    WasteCalendar,
    Shelters,
    Aed,
    Toilets,
    Wifi,
    /// `translations.csv`: place names and addresses in other locales (`id,locale,name,address`).
    PlaceTranslations,
    Notices,
    /// CAP 1.2 alerts dropped into a folder one file each: a glob such as `messages/*.xml`.
    Cap,
    /// A GTFS-JP bus feed: the folder of `agency.txt`, `stops.txt`, … that the operator exports.
    GtfsJp,
    /// Form templates, one TOML file a form, and `counters.toml`: a glob such as `forms/*.toml`.
    Forms,
    /// `health/rules.toml`: the health-points scheme — dated rule sets, check-up kinds, periods and tiers.
    HealthRules,
}

/// Whether a source names one file, a folder that a city replaces wholesale (a 5374 set, a GTFS feed), or a
/// glob of files dropped in one by one (CAP alerts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceShape {
    /// `path = "messages/notices.toml"`
    File,
    /// `path = "gtfs/"`: every file directly inside; the importer knows their names.
    Folder,
    /// `path = "messages/*.xml"`: `*` in the last segment matches any run of characters but `/`.
    Glob,
}

impl SourceKind {
    pub const ALL: [SourceKind; 15] = [
        SourceKind::Waste5374,
        SourceKind::WasteCategories,
        SourceKind::WasteItems,
        SourceKind::WasteItemTranslations,
        SourceKind::WasteCalendar,
        SourceKind::Shelters,
        SourceKind::Aed,
        SourceKind::Toilets,
        SourceKind::Wifi,
        SourceKind::PlaceTranslations,
        SourceKind::Notices,
        SourceKind::Cap,
        SourceKind::GtfsJp,
        SourceKind::Forms,
        SourceKind::HealthRules,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Waste5374 => "waste_5374",
            SourceKind::WasteCategories => "waste_categories",
            SourceKind::WasteItems => "waste_items",
            SourceKind::WasteItemTranslations => "waste_item_translations",
            SourceKind::WasteCalendar => "waste_calendar",
            SourceKind::Shelters => "shelters",
            SourceKind::Aed => "aed",
            SourceKind::Toilets => "toilets",
            SourceKind::Wifi => "wifi",
            SourceKind::PlaceTranslations => "place_translations",
            SourceKind::Notices => "notices",
            SourceKind::Cap => "cap",
            SourceKind::GtfsJp => "gtfs_jp",
            SourceKind::Forms => "forms",
            SourceKind::HealthRules => "health_rules",
        }
    }

    pub fn parse(s: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Places (and their translations) may come in several files (one per ward or provider), and alerts from
    /// several folders; the others are one source each.
    pub fn allows_several(self) -> bool {
        matches!(
            self,
            SourceKind::Shelters
                | SourceKind::Aed
                | SourceKind::Toilets
                | SourceKind::Wifi
                | SourceKind::PlaceTranslations
                | SourceKind::Cap
        )
    }

    /// What the `path` of this kind names.
    pub fn shape(self) -> SourceShape {
        match self {
            SourceKind::Cap | SourceKind::Forms => SourceShape::Glob,
            SourceKind::Waste5374 => SourceShape::Folder,
            SourceKind::GtfsJp => SourceShape::Folder,
            _ => SourceShape::File,
        }
    }

    /// Sources that are always UTF-8: TOML and XML, and GTFS, whose specification requires it.
    pub fn is_always_utf8(self) -> bool {
        matches!(
            self,
            SourceKind::Notices
                | SourceKind::Cap
                | SourceKind::WasteCategories
                | SourceKind::GtfsJp
                | SourceKind::Forms
                | SourceKind::HealthRules
        )
    }
}

/// One `[[sources]]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Relative to the source folder, `/`-separated; a folder ends in `/`, a glob has `*` in its last segment.
    pub path: String,
    pub kind: SourceKind,
    pub encoding: Encoding,
    /// Line of the entry's `path` key in city.toml.
    pub line: usize,
}

impl SourceFile {
    /// Whether the file at `rel` (relative, `/`-separated) belongs to this source.
    pub fn contains(&self, rel: &str) -> bool {
        match self.kind.shape() {
            SourceShape::File => rel == self.path,
            SourceShape::Folder => rel
                .strip_prefix(&self.path)
                .is_some_and(|rest| !rest.is_empty() && !rest.contains('/')),
            SourceShape::Glob => {
                let (dir, pattern) = self.path.rsplit_once('/').unwrap_or(("", &self.path));
                let (rel_dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
                rel_dir == dir && glob_matches(pattern, name)
            }
        }
    }
}

/// `*` matches any run of characters (none included); everything else matches itself.
pub fn glob_matches(pattern: &str, name: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = name.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

impl CitySource {
    /// The declared sources of one kind, in city.toml order.
    pub fn sources_of(&self, kind: SourceKind) -> impl Iterator<Item = &SourceFile> {
        self.sources.iter().filter(move |s| s.kind == kind)
    }
}

// The raw shape of the file, with spans so every problem gets its line.

type Text = Option<Spanned<String>>;

#[derive(Deserialize)]
struct RawFile {
    format: Option<Spanned<i64>>,
    city: Option<Spanned<RawCity>>,
    feed: Option<Spanned<RawFeed>>,
    #[serde(default)]
    areas: Vec<Spanned<RawArea>>,
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawCity {
    code: Text,
    prefecture: Text,
    timezone: Text,
    default_locale: Text,
    centre: Option<Spanned<RawLatLon>>,
    bounds: Option<Spanned<RawBounds>>,
    name: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawLatLon {
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
struct RawBounds {
    south: Option<Spanned<f64>>,
    west: Option<Spanned<f64>>,
    north: Option<Spanned<f64>>,
    east: Option<Spanned<f64>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawFeed {
    url: Text,
    sync_interval_minutes: Option<Spanned<i64>>,
    #[serde(default)]
    public_keys: Vec<Spanned<String>>,
    #[serde(default)]
    event_keys: Vec<Spanned<String>>,
    missed_searches: Option<Spanned<String>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawArea {
    id: Text,
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
    waste_area: Text,
    name: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawSource {
    path: Text,
    kind: Text,
    encoding: Text,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

/// Turns byte spans into lines of one TOML file and reports against it.
pub(crate) struct TomlFile<'a> {
    pub file: &'a str,
    pub text: &'a str,
    lines: LineIndex,
}

impl<'a> TomlFile<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        TomlFile {
            file,
            text,
            lines: LineIndex::new(text.as_bytes()),
        }
    }

    pub fn line(&self, span: Range<usize>) -> usize {
        self.lines.line(span.start)
    }

    pub fn line_of<T>(&self, s: &Spanned<T>) -> usize {
        self.line(s.span())
    }

    /// Unknown keys are ignored with a warning: a typo (`waste_arae`) would otherwise silently drop data.
    pub fn warn_unknown(
        &self,
        extra: &BTreeMap<String, toml::Value>,
        prefix: &str,
        line: usize,
        report: &mut Report,
    ) {
        for key in extra.keys() {
            let line = self.key_line(key, line);
            report.warning(
                self.file,
                line,
                format!("{prefix}{key}"),
                "unknown key, ignored",
            );
        }
    }

    /// The line of `key = …` at or after `from`, for keys serde gives no span for.
    fn key_line(&self, key: &str, from: usize) -> usize {
        self.text
            .lines()
            .enumerate()
            .skip(from.saturating_sub(1))
            .find(|(_, l)| {
                let l = l.trim_start();
                l.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('=') || rest.starts_with('.'))
            })
            .map(|(i, _)| i + 1)
            .unwrap_or(from)
    }

    /// A required string: missing or empty is an error at `line` (the enclosing table).
    pub fn required(
        &self,
        value: &Text,
        field: &str,
        line: usize,
        report: &mut Report,
    ) -> (String, usize) {
        match value {
            Some(v) if !v.get_ref().trim().is_empty() => {
                (v.get_ref().trim().to_string(), self.line_of(v))
            }
            Some(v) => {
                report.error(self.file, self.line_of(v), field, "must not be empty");
                (String::new(), self.line_of(v))
            }
            None => {
                report.error(self.file, line, field, "required key missing");
                (String::new(), line)
            }
        }
    }

    /// Text in several locales: tags must be known, values not empty, and `required_locale` present.
    pub fn localized(
        &self,
        value: &Option<Spanned<BTreeMap<String, Spanned<String>>>>,
        field: &str,
        required_locale: &str,
        line: usize,
        report: &mut Report,
    ) -> Localized {
        let Some(map) = value else {
            report.error(self.file, line, field, "required key missing");
            return Localized::new();
        };
        let mut out = Localized::new();
        for (tag, text) in map.get_ref() {
            let at = self.line_of(text);
            if !is_known_locale(tag) {
                report.error(
                    self.file,
                    at,
                    format!("{field}.{tag}"),
                    format!(
                        "unknown locale tag `{tag}` (known: {})",
                        crate::city::LOCALES.join(", ")
                    ),
                );
                continue;
            }
            let t = text.get_ref().trim();
            if t.is_empty() {
                report.error(self.file, at, format!("{field}.{tag}"), "must not be empty");
                continue;
            }
            out.insert(tag.clone(), t.to_string());
        }
        if !required_locale.is_empty() && !map.get_ref().contains_key(required_locale) {
            report.error(
                self.file,
                self.line_of(map),
                field,
                format!("no text in the default locale `{required_locale}`"),
            );
        }
        out
    }

    pub fn coordinates(
        &self,
        lat: &Option<Spanned<f64>>,
        lon: &Option<Spanned<f64>>,
        field: &str,
        line: usize,
        report: &mut Report,
    ) -> LatLon {
        let (Some(lat), Some(lon)) = (lat, lon) else {
            let missing = if lat.is_none() { "lat" } else { "lon" };
            report.error(
                self.file,
                line,
                format!("{field}{missing}"),
                "required key missing",
            );
            return LatLon { lat: 0.0, lon: 0.0 };
        };
        let at = self.line_of(lat);
        if let Err(e) = check_coordinates(*lat.get_ref(), *lon.get_ref()) {
            report.error(self.file, at, format!("{field}lat"), e.to_string());
        }
        LatLon {
            lat: *lat.get_ref(),
            lon: *lon.get_ref(),
        }
    }
}

/// Reads a minisign public key line: `RW` + 54 more base64 characters (2-byte algorithm, 8-byte key id,
/// 32-byte Ed25519 key).
pub fn is_minisign_public_key(s: &str) -> bool {
    s.len() == 56
        && s.starts_with("RW")
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

fn is_ascii_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Parses and checks `city.toml`. `None` only when the file is not readable TOML of the right shape (that
/// problem is reported with its line); otherwise every problem is reported and a best-effort model returned.
pub fn parse_city(text: &str, report: &mut Report) -> Option<CitySource> {
    let f = TomlFile::new(CITY_FILE, text);
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| f.line(s)).unwrap_or(1);
            report.error(CITY_FILE, line, "toml", e.message().trim().to_string());
            return None;
        }
    };
    f.warn_unknown(&raw.extra, "", 1, report);

    let format = match &raw.format {
        None => {
            report.error(CITY_FILE, 1, "format", "required key missing (format = 1)");
            CITY_FORMAT
        }
        Some(v) if *v.get_ref() != i64::from(CITY_FORMAT) => {
            report.error(
                CITY_FILE,
                f.line_of(v),
                "format",
                format!(
                    "unsupported format {}; this publisher reads format {CITY_FORMAT}",
                    v.get_ref()
                ),
            );
            CITY_FORMAT
        }
        Some(_) => CITY_FORMAT,
    };

    let city = parse_city_table(&f, raw.city.as_ref(), report);
    let feed = parse_feed(&f, raw.feed.as_ref(), report);
    let areas = parse_areas(&f, &raw.areas, &city.default_locale, report);
    if let Some(bounds) = city.bounds {
        check_areas_inside(&areas, bounds, report);
    }
    let sources = parse_sources(&f, &raw.sources, report);
    Some(CitySource {
        format,
        city,
        feed,
        areas,
        sources,
    })
}

fn parse_city_table(f: &TomlFile, raw: Option<&Spanned<RawCity>>, report: &mut Report) -> CityInfo {
    let Some(raw) = raw else {
        report.error(CITY_FILE, 1, "city", "required table [city] missing");
        return CityInfo {
            code: String::new(),
            prefecture: String::new(),
            timezone: String::new(),
            default_locale: "ja".into(),
            centre: LatLon { lat: 0.0, lon: 0.0 },
            bounds: None,
            name: Localized::new(),
        };
    };
    let line = f.line_of(raw);
    let c = raw.get_ref();
    f.warn_unknown(&c.extra, "city.", line, report);

    let (code, code_line) = f.required(&c.code, "city.code", line, report);
    if !code.is_empty() {
        if let Err(e) = verify_city_code(&code) {
            report.error(CITY_FILE, code_line, "city.code", e);
        }
    }
    let (prefecture, pref_line) = f.required(&c.prefecture, "city.prefecture", line, report);
    if !prefecture.is_empty() {
        if prefecture.len() != 2 || !prefecture.bytes().all(|b| b.is_ascii_digit()) {
            report.error(
                CITY_FILE,
                pref_line,
                "city.prefecture",
                "must be two digits (JIS X 0401)",
            );
        } else if code.len() >= 2 && code.is_ascii() && code[..2] != prefecture {
            report.error(
                CITY_FILE,
                pref_line,
                "city.prefecture",
                format!(
                    "`{prefecture}` does not match the city code `{code}` (its first two digits)"
                ),
            );
        }
    }
    let (timezone, tz_line) = f.required(&c.timezone, "city.timezone", line, report);
    if !timezone.is_empty() && timezone != crate::clock::CITY_TIME_ZONE {
        report.error(
            CITY_FILE,
            tz_line,
            "city.timezone",
            format!(
                "`{timezone}` is not supported: Machi keeps Japan's clock for every city (`{}`, UTC+09:00, no \
                 daylight saving time)",
                crate::clock::CITY_TIME_ZONE
            ),
        );
    }
    let (mut default_locale, dl_line) =
        f.required(&c.default_locale, "city.default_locale", line, report);
    if !default_locale.is_empty() && !is_known_locale(&default_locale) {
        report.error(
            CITY_FILE,
            dl_line,
            "city.default_locale",
            format!("unknown locale tag `{default_locale}`"),
        );
    }
    if default_locale.is_empty() {
        default_locale = "ja".into();
    }
    let centre = match &c.centre {
        Some(ll) => {
            let l = ll.get_ref();
            f.coordinates(&l.lat, &l.lon, "city.centre.", f.line_of(ll), report)
        }
        None => {
            report.error(CITY_FILE, line, "city.centre", "required key missing");
            LatLon { lat: 0.0, lon: 0.0 }
        }
    };
    let bounds = c
        .bounds
        .as_ref()
        .and_then(|b| parse_bounds(f, b, centre, report));
    let name = f.localized(&c.name, "city.name", &default_locale, line, report);
    CityInfo {
        code,
        prefecture,
        timezone,
        default_locale,
        centre,
        bounds,
        name,
    }
}

/// `[city] bounds`: four edges inside Japan, south of north and west of east, around the city's centre.
fn parse_bounds(
    f: &TomlFile,
    raw: &Spanned<RawBounds>,
    centre: LatLon,
    report: &mut Report,
) -> Option<Bounds> {
    let line = f.line_of(raw);
    let b = raw.get_ref();
    f.warn_unknown(&b.extra, "city.bounds.", line, report);
    let mut edge = |value: &Option<Spanned<f64>>, name: &str, (lo, hi): (f64, f64)| {
        let field = format!("city.bounds.{name}");
        let Some(v) = value else {
            report.error(CITY_FILE, line, field, "required key missing");
            return None;
        };
        let degrees = *v.get_ref();
        if !(lo..=hi).contains(&degrees) {
            report.error(
                CITY_FILE,
                f.line_of(v),
                field,
                format!("{degrees} is outside Japan ({lo}–{hi})"),
            );
            return None;
        }
        Some(degrees)
    };
    let south = edge(&b.south, "south", LAT_RANGE);
    let west = edge(&b.west, "west", LON_RANGE);
    let north = edge(&b.north, "north", LAT_RANGE);
    let east = edge(&b.east, "east", LON_RANGE);
    let bounds = Bounds {
        south: south?,
        west: west?,
        north: north?,
        east: east?,
    };
    if bounds.south >= bounds.north || bounds.west >= bounds.east {
        report.error(
            CITY_FILE,
            line,
            "city.bounds",
            "south must be less than north, and west less than east",
        );
        return None;
    }
    if !bounds.contains(centre) {
        report.error(
            CITY_FILE,
            line,
            "city.bounds",
            format!(
                "the city's centre ({}, {}) is outside the bounds",
                centre.lat, centre.lon
            ),
        );
    }
    Some(bounds)
}

fn parse_feed(f: &TomlFile, raw: Option<&Spanned<RawFeed>>, report: &mut Report) -> Feed {
    let Some(raw) = raw else {
        report.error(CITY_FILE, 1, "feed", "required table [feed] missing");
        return Feed {
            url: String::new(),
            sync_interval_minutes: 60,
            public_keys: Vec::new(),
            event_keys: Vec::new(),
            missed_searches: None,
        };
    };
    let line = f.line_of(raw);
    let r = raw.get_ref();
    f.warn_unknown(&r.extra, "feed.", line, report);
    let (url, url_line) = f.required(&r.url, "feed.url", line, report);
    if !url.is_empty() {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            report.error(CITY_FILE, url_line, "feed.url", "must be an http(s) URL");
        } else if !url.ends_with('/') {
            report.error(
                CITY_FILE,
                url_line,
                "feed.url",
                "must end with `/`: it is the folder that holds manifest.json",
            );
        }
    }
    let sync_interval_minutes = match &r.sync_interval_minutes {
        None => 60,
        Some(v) => match u32::try_from(*v.get_ref()) {
            Ok(n) if n >= 1 => n,
            _ => {
                report.error(
                    CITY_FILE,
                    f.line_of(v),
                    "feed.sync_interval_minutes",
                    "must be a whole number of minutes, at least 1",
                );
                60
            }
        },
    };
    let public_keys = minisign_keys(f, &r.public_keys, "feed.public_keys", report);
    let event_keys = minisign_keys(f, &r.event_keys, "feed.event_keys", report);
    if public_keys.is_empty() {
        report.warning(
            CITY_FILE,
            line,
            "feed.public_keys",
            "no valid public keys: the app will refuse every bundle (run `machi-publish keygen`)",
        );
    }
    let missed_searches = r.missed_searches.as_ref().and_then(|raw| {
        let path = raw.get_ref().trim();
        if is_path_inside_feed(path) {
            Some(path.to_string())
        } else {
            report.error(
                CITY_FILE,
                f.line_of(raw),
                "feed.missed_searches",
                format!(
                    "`{path}` must be a path inside the feed folder (letters, digits, `-`, `_`, `.` and `/`; \
                     no scheme, no leading `/`, no `..`): the app sends nothing to another address"
                ),
            );
            None
        }
    });
    Feed {
        url,
        sync_interval_minutes,
        public_keys,
        event_keys,
        missed_searches,
    }
}

/// A relative path that stays inside the folder it is joined to.
pub fn is_path_inside_feed(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && path
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-/".contains(&b))
}

/// The valid, distinct keys of a list of minisign public keys. A bad or repeated key is a warning: like a missing
/// key it only makes the app refuse what that key signs, and `machi-publish` refuses to sign with a key that is
/// not listed, so a placeholder still lets the app build.
fn minisign_keys(
    f: &TomlFile,
    raw: &[Spanned<String>],
    field: &str,
    report: &mut Report,
) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for key in raw {
        let k = key.get_ref().trim();
        if !is_minisign_public_key(k) {
            report.warning(
                CITY_FILE,
                f.line_of(key),
                field,
                format!(
                    "`{k}` is not a minisign public key (the 56-character line starting `RW` in machi.pub); ignored"
                ),
            );
        } else if keys.iter().any(|p| p == k) {
            report.warning(CITY_FILE, f.line_of(key), field, "listed twice");
        } else {
            keys.push(k.to_string());
        }
    }
    keys
}

fn parse_areas(
    f: &TomlFile,
    raw: &[Spanned<RawArea>],
    default_locale: &str,
    report: &mut Report,
) -> Vec<AreaSource> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut areas = Vec::new();
    for (i, a) in raw.iter().enumerate() {
        let line = f.line_of(a);
        let prefix = format!("areas[{}]", i + 1);
        let r = a.get_ref();
        f.warn_unknown(&r.extra, &format!("{prefix}."), line, report);
        let (id, id_line) = f.required(&r.id, &format!("{prefix}.id"), line, report);
        if !id.is_empty() {
            if !is_ascii_id(&id) {
                report.error(
                    CITY_FILE,
                    id_line,
                    format!("{prefix}.id"),
                    format!("`{id}` must be lower-case ASCII letters, digits, `-` or `_`"),
                );
            }
            if let Some(first) = seen.get(&id) {
                report.error(
                    CITY_FILE,
                    id_line,
                    format!("{prefix}.id"),
                    format!("duplicate id `{id}` (first at line {first})"),
                );
            } else {
                seen.insert(id.clone(), id_line);
            }
        }
        let centre = f.coordinates(&r.lat, &r.lon, &format!("{prefix}."), line, report);
        let name = f.localized(
            &r.name,
            &format!("{prefix}.name"),
            default_locale,
            line,
            report,
        );
        let waste_area = r
            .waste_area
            .as_ref()
            .map(|w| w.get_ref().trim().to_string())
            .filter(|w| !w.is_empty());
        let waste_area_line = r.waste_area.as_ref().map(|w| f.line_of(w)).unwrap_or(line);
        areas.push(AreaSource {
            id,
            name,
            centre,
            waste_area,
            waste_area_line,
            line,
        });
    }
    areas
}

/// A home area outside the city's bounds is a typo in its centre: its nearest places would be wrong.
fn check_areas_inside(areas: &[AreaSource], bounds: Bounds, report: &mut Report) {
    for (i, a) in areas.iter().enumerate() {
        if !bounds.contains(a.centre) {
            report.error(
                CITY_FILE,
                a.line,
                format!("areas[{}].lat", i + 1),
                format!(
                    "`{}` ({}, {}) is outside city.bounds",
                    a.id, a.centre.lat, a.centre.lon
                ),
            );
        }
    }
}

fn parse_sources(f: &TomlFile, raw: &[Spanned<RawSource>], report: &mut Report) -> Vec<SourceFile> {
    let mut paths = BTreeSet::new();
    let mut single_kinds: BTreeMap<SourceKind, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for (i, s) in raw.iter().enumerate() {
        let line = f.line_of(s);
        let prefix = format!("sources[{}]", i + 1);
        let r = s.get_ref();
        f.warn_unknown(&r.extra, &format!("{prefix}."), line, report);
        let (path, path_line) = f.required(&r.path, &format!("{prefix}.path"), line, report);
        let (kind_text, kind_line) = f.required(&r.kind, &format!("{prefix}.kind"), line, report);
        if path.is_empty() || kind_text.is_empty() {
            continue;
        }
        let inner = path.strip_suffix('/').unwrap_or(&path);
        if path.starts_with('/')
            || path.contains('\\')
            || inner.split('/').any(|part| part == ".." || part.is_empty())
        {
            report.error(
                CITY_FILE,
                path_line,
                format!("{prefix}.path"),
                format!("`{path}` must be a relative path inside the source folder, with `/`"),
            );
            continue;
        }
        if !paths.insert(path.clone()) {
            report.error(
                CITY_FILE,
                path_line,
                format!("{prefix}.path"),
                format!("`{path}` is listed twice"),
            );
            continue;
        }
        let Some(kind) = SourceKind::parse(&kind_text) else {
            let known: Vec<_> = SourceKind::ALL.iter().map(|k| k.as_str()).collect();
            report.error(
                CITY_FILE,
                kind_line,
                format!("{prefix}.kind"),
                format!("unknown kind `{kind_text}` (known: {})", known.join(", ")),
            );
            continue;
        };
        if let Some(problem) = shape_problem(kind, &path) {
            report.error(CITY_FILE, path_line, format!("{prefix}.path"), problem);
            continue;
        }
        if !kind.allows_several() {
            if let Some(first) = single_kinds.get(&kind) {
                report.error(
                    CITY_FILE,
                    kind_line,
                    format!("{prefix}.kind"),
                    format!(
                        "a second `{kind_text}` source (first at line {first}); only one is read"
                    ),
                );
                continue;
            }
            single_kinds.insert(kind, kind_line);
        }
        let encoding = match &r.encoding {
            None => Encoding::Utf8,
            Some(e) => match Encoding::parse(e.get_ref()) {
                Some(enc) => enc,
                None => {
                    report.error(
                        CITY_FILE,
                        f.line_of(e),
                        format!("{prefix}.encoding"),
                        format!("unknown encoding `{}` (utf-8 or cp932)", e.get_ref()),
                    );
                    Encoding::Utf8
                }
            },
        };
        if kind.is_always_utf8() && encoding != Encoding::Utf8 {
            report.error(
                CITY_FILE,
                r.encoding.as_ref().map(|e| f.line_of(e)).unwrap_or(line),
                format!("{prefix}.encoding"),
                "TOML, XML and GTFS sources are always UTF-8",
            );
        }
        out.push(SourceFile {
            path,
            kind,
            encoding,
            line: path_line,
        });
    }
    out
}

/// Why `path` cannot name a source of `kind`, if it cannot.
fn shape_problem(kind: SourceKind, path: &str) -> Option<String> {
    let folder = path.ends_with('/');
    let (dir, last) = path.rsplit_once('/').unwrap_or(("", path));
    let glob = path.contains('*');
    match kind.shape() {
        SourceShape::File if folder || glob => Some(format!(
            "`{}` sources are single files: no trailing `/` and no `*`",
            kind.as_str()
        )),
        SourceShape::Folder if !folder || glob => Some(format!(
            "`{}` sources are folders: write the path with a trailing `/` (e.g. `{}/`)",
            kind.as_str(),
            path.trim_end_matches('/')
        )),
        SourceShape::Glob if folder || !last.contains('*') || dir.contains('*') => Some(format!(
            "`{}` sources are file patterns with `*` in the file name only (e.g. `messages/*.xml`)",
            kind.as_str()
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
