//! Shelters, AEDs, public toilets and Wi-Fi spots → `places.json`.
//!
//! Municipal open data comes in two generations of column names: the older 推奨データセット (`NO`, `住所`,
//! `災害種別_洪水`, …) and the 自治体標準オープンデータセット (`ID`, `所在地_連結表記`, `利用開始時間`, …); the
//! 国土地理院 shelter list uses a third (`共通ID`, `施設・場所名`, `洪水`). Columns are found by name, so any of
//! them works and extra columns are ignored.
//!
//! The importer is strict where a mistake would mislead a resident in an emergency: a row whose id, name,
//! position or hazard marks cannot be trusted is an error at its file:line and is left out, never guessed.
//! Names and addresses in other locales come from `名称_英語` / `名称_英字` (English) and from the city's
//! translations file ([`translations`]).

#[cfg(test)]
mod tests;
pub mod translations;

use std::collections::{BTreeMap, BTreeSet};

use crate::city::{check_coordinates, CoordinateError};
use crate::content::{Bounds, Hazard, LatLon, Localized, Place, PlaceKind};
use crate::problem::Report;
use crate::table::{Row, Table};
use crate::SourceText;

// Each list is the accepted spellings of one column, preferred first.
const ID: &[&str] = &["ID", "共通ID", "NO"];
const NAME: &[&str] = &["名称", "施設・場所名", "施設名"];
const KANA: &[&str] = &["名称_カナ"];
const NAME_EN: &[&str] = &["名称_英語", "名称_英字"];
const ADDRESS: &[&str] = &["住所", "所在地_連結表記", "所在地"];
const BUILDING: &[&str] = &["方書", "建物名等(方書)", "建物名等（方書）"];
const LAT: &[&str] = &["緯度"];
const LON: &[&str] = &["経度"];
const PHONE: &[&str] = &["電話番号"];
const HOURS: &[&str] = &["利用可能時間"];
const START: &[&str] = &["利用開始時間", "開始時間"];
const END: &[&str] = &["利用終了時間", "終了時間"];
const WEEKDAYS: &[&str] = &["利用可能曜日"];
const HOURS_NOTE: &[&str] = &["利用可能時間特記事項", "利用可能日時特記事項"];
const POSITION: &[&str] = &["設置位置"];
const AREA: &[&str] = &["提供エリア"];
const SSID: &[&str] = &["SSID"];
const CAPACITY: &[&str] = &["想定収容人数", "収容人数"];
const EVACUATION_CENTRE: &[&str] = &["指定避難所との重複", "指定避難所との住所同一"];
const IMAGE: &[&str] = &["画像"];

/// The hazard columns of a 指定緊急避難場所 list: the open-data spelling, then the 国土地理院 one.
const HAZARDS: [(Hazard, [&str; 2]); 8] = [
    (Hazard::Flood, ["災害種別_洪水", "洪水"]),
    (
        Hazard::Landslide,
        [
            "災害種別_崖崩れ、土石流及び地滑り",
            "崖崩れ、土石流及び地滑り",
        ],
    ),
    (Hazard::StormSurge, ["災害種別_高潮", "高潮"]),
    (Hazard::Earthquake, ["災害種別_地震", "地震"]),
    (Hazard::Tsunami, ["災害種別_津波", "津波"]),
    (Hazard::LargeFire, ["災害種別_大規模な火事", "大規模な火事"]),
    (Hazard::InlandFlood, ["災害種別_内水氾濫", "内水氾濫"]),
    (Hazard::Volcano, ["災害種別_火山現象", "火山現象"]),
];

/// The marks a yes/no column may hold, as written in the wild (full-width digits and the several circles that
/// Japanese input methods offer). Anything else — `△` (conditionally), `有`, a note — is an error: a shelter's
/// hazards decide where a resident flees, so an unclear mark is for the city to settle, not for us to guess.
const YES: &[&str] = &["1", "１", "○", "◯", "〇", "●"];
const NO: &[&str] = &["", "0", "０", "×", "✕", "-", "－", "ー"];

/// Reads a yes/no mark: `Some(true)` for [`YES`], `Some(false)` for [`NO`], `None` for anything else.
pub fn parse_mark(s: &str) -> Option<bool> {
    if YES.contains(&s) {
        Some(true)
    } else if NO.contains(&s) {
        Some(false)
    } else {
        None
    }
}

/// Full-width digits and thousands separators, as typed in spreadsheets.
fn parse_count(s: &str) -> Option<u32> {
    let digits: String = s
        .trim_end_matches('人')
        .chars()
        .filter(|c| *c != ',' && *c != '，')
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            _ => c,
        })
        .collect();
    digits.parse().ok()
}

fn parse_degrees(s: &str) -> Option<f64> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '－' => '-',
            _ => c,
        })
        .collect();
    ascii.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Everything one places file needs besides its text.
pub struct PlacesInput<'a> {
    pub kind: PlaceKind,
    pub source: &'a SourceText,
    /// Logical names of the media files that exist (`media/shelter-1.jpg`).
    pub media: &'a BTreeSet<String>,
    /// `[city] bounds` of city.toml; without them places are only checked against Japan.
    pub bounds: Option<Bounds>,
}

/// Ids already taken across every places file, with where they were first used.
#[derive(Debug, Default)]
pub struct IdRegistry {
    seen: BTreeMap<String, (String, usize)>,
}

impl IdRegistry {
    /// Whether a row of some places file has this id, kept or left out for its errors.
    pub fn contains(&self, id: &str) -> bool {
        self.seen.contains_key(id)
    }

    /// Every id seen, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.seen.keys().map(String::as_str)
    }
}

/// Reads one places file, appending its good rows to `out`.
pub fn import(
    input: &PlacesInput,
    ids: &mut IdRegistry,
    out: &mut Vec<Place>,
    report: &mut Report,
) {
    let src = input.source;
    let t = Table::parse(&src.file, &src.text, report);
    if t.header.is_empty() {
        return;
    }
    let Some(c) = Columns::find(&t, input.kind, report) else {
        return;
    };
    for row in &t.rows {
        if let Some(place) = read_row(row, &t, &c, input, ids, report) {
            out.push(place);
        }
    }
}

/// One row as a place, or `None` when something a resident relies on is wrong (each problem reported).
fn read_row(
    row: &Row,
    t: &Table,
    c: &Columns,
    input: &PlacesInput,
    ids: &mut IdRegistry,
    report: &mut Report,
) -> Option<Place> {
    let errors_before = report.error_count();
    let id = read_id(row, t, c.id, input.kind, ids, report);
    let name = row.get(c.name);
    if name.is_empty() {
        report.error(&t.file, row.line, &t.header[c.name], "empty required field");
    }
    let location = read_location(row, t, c, input.bounds, report);
    let mut hazards = Vec::new();
    for (hazard, col) in &c.hazards {
        if read_mark(row, *col, t, report) == Some(true) {
            hazards.push(*hazard);
        }
    }
    let evacuation_centre = c
        .evacuation_centre
        .and_then(|col| read_mark(row, col, t, report))
        .unwrap_or(false);
    let image = read_image(row, c, t, input.media, report);
    let capacity = read_capacity(row, c, t, report);
    if report.error_count() > errors_before {
        return None;
    }
    Some(Place {
        id: id?,
        kind: input.kind,
        name: {
            let mut n = Localized::from([("ja".to_string(), name.to_string())]);
            if let Some(en) = row.opt(c.name_en) {
                n.insert("en".into(), en.to_string());
            }
            n
        },
        kana: row.opt(c.kana).map(str::to_string),
        address: address(row, c),
        location: location?,
        phone: row.opt(c.phone).map(str::to_string),
        hours: hours(row, c),
        detail: row.opt(c.detail).map(str::to_string),
        ssid: row.opt(c.ssid).map(str::to_string),
        capacity,
        hazards,
        evacuation_centre,
        image,
    })
}

/// The columns of one file. The required ones are plain indices: a file without them is not read.
struct Columns {
    id: usize,
    name: usize,
    address: usize,
    lat: usize,
    lon: usize,
    building: Option<usize>,
    kana: Option<usize>,
    name_en: Option<usize>,
    phone: Option<usize>,
    hours: Option<usize>,
    start: Option<usize>,
    end: Option<usize>,
    weekdays: Option<usize>,
    hours_note: Option<usize>,
    detail: Option<usize>,
    ssid: Option<usize>,
    capacity: Option<usize>,
    hazards: Vec<(Hazard, usize)>,
    evacuation_centre: Option<usize>,
    image: Option<usize>,
}

impl Columns {
    /// Finds every column, reporting each required one that is missing (at line 1, by name).
    ///
    /// Every kind needs an id (ids are what messages and residents' bookmarks refer to; a row number would
    /// change when the city reorders its file), a name, an address and the position. Wi-Fi needs `SSID`, and a
    /// shelter list all eight hazard columns: every layout has them, and a missing one would make a shelter
    /// look unsuitable for that hazard.
    fn find(t: &Table, kind: PlaceKind, report: &mut Report) -> Option<Columns> {
        let id = t.require(ID, report);
        let name = t.require(NAME, report);
        let address = t.require(ADDRESS, report);
        let lat = t.require(LAT, report);
        let lon = t.require(LON, report);
        let wifi = kind == PlaceKind::Wifi;
        let ssid = if wifi { t.require(SSID, report) } else { None };
        let shelter = kind == PlaceKind::Shelter;
        let mut hazards = Vec::new();
        let mut missing = Vec::new();
        if shelter {
            for (hazard, names) in &HAZARDS {
                match t.column(names) {
                    Some(i) => hazards.push((*hazard, i)),
                    None => missing.push(names[0]),
                }
            }
        }
        if let Some(first) = missing.first() {
            report.error(
                &t.file,
                1,
                *first,
                format!(
                    "required hazard columns missing from the header: {} (every shelter list has all \
                     eight, as 災害種別_… or, from 国土地理院, without the prefix)",
                    missing.join(", ")
                ),
            );
            return None;
        }
        if wifi && ssid.is_none() {
            return None;
        }
        Some(Columns {
            id: id?,
            name: name?,
            address: address?,
            lat: lat?,
            lon: lon?,
            ssid,
            building: t.column(BUILDING),
            kana: t.column(KANA),
            name_en: t.column(NAME_EN),
            phone: t.column(PHONE),
            hours: t.column(HOURS),
            start: t.column(START),
            end: t.column(END),
            weekdays: t.column(WEEKDAYS),
            hours_note: t.column(HOURS_NOTE),
            detail: match kind {
                PlaceKind::Wifi => t.column(AREA),
                _ => t.column(POSITION),
            },
            capacity: if shelter { t.column(CAPACITY) } else { None },
            hazards,
            evacuation_centre: if shelter {
                t.column(EVACUATION_CENTRE)
            } else {
                None
            },
            image: t.column(IMAGE),
        })
    }
}

/// `<kind>-<ID>`, unique across every places file. Registered even when the row has other errors, so a
/// translation of it is not reported as well.
fn read_id(
    row: &Row,
    t: &Table,
    col: usize,
    kind: PlaceKind,
    ids: &mut IdRegistry,
    report: &mut Report,
) -> Option<String> {
    let v = row.get(col);
    let field = &t.header[col];
    if v.is_empty() {
        report.error(&t.file, row.line, field, "empty required field");
        return None;
    }
    if v.chars().any(char::is_whitespace) {
        // Messages list the shelters they open separated by spaces.
        report.error(
            &t.file,
            row.line,
            field,
            format!("id `{v}` has a space in it: ids are written in space-separated lists"),
        );
        return None;
    }
    let id = format!("{}-{v}", kind.as_str());
    if let Some((f, l)) = ids.seen.get(&id) {
        report.error(
            &t.file,
            row.line,
            field,
            format!("duplicate id `{v}` (first at {f}:{l})"),
        );
        return None;
    }
    ids.seen.insert(id.clone(), (t.file.clone(), row.line));
    Some(id)
}

/// The position: two numbers of degrees, inside Japan the right way round, and inside the city's bounds.
fn read_location(
    row: &Row,
    t: &Table,
    c: &Columns,
    bounds: Option<Bounds>,
    report: &mut Report,
) -> Option<LatLon> {
    let (lat_name, lon_name) = (&t.header[c.lat], &t.header[c.lon]);
    let mut read = |col: usize, field: &str| {
        let v = row.get(col);
        if v.is_empty() {
            report.error(&t.file, row.line, field, "empty required field");
            return None;
        }
        let d = parse_degrees(v);
        if d.is_none() {
            report.error(
                &t.file,
                row.line,
                field,
                format!("`{v}` is not a number of degrees"),
            );
        }
        d
    };
    let lat = read(c.lat, lat_name);
    let lon = read(c.lon, lon_name);
    let p = LatLon {
        lat: lat?,
        lon: lon?,
    };
    if let Err(e) = check_coordinates(p.lat, p.lon) {
        let field = match e {
            CoordinateError::LongitudeOutOfRange(_) => lon_name,
            _ => lat_name,
        };
        report.error(&t.file, row.line, field, e.to_string());
        return None;
    }
    if let Some(b) = bounds.filter(|b| !b.contains(p)) {
        let lat_inside = (b.south..=b.north).contains(&p.lat);
        report.error(
            &t.file,
            row.line,
            if lat_inside { lon_name } else { lat_name },
            format!(
                "{}, {} is outside the city (city.toml bounds: latitude {}–{}, longitude {}–{})",
                p.lat, p.lon, b.south, b.north, b.west, b.east
            ),
        );
        return None;
    }
    Some(p)
}

/// A yes/no cell; `None` after reporting a mark that is neither.
fn read_mark(row: &Row, col: usize, t: &Table, report: &mut Report) -> Option<bool> {
    let v = row.get(col);
    let mark = parse_mark(v);
    if mark.is_none() {
        report.error(
            &t.file,
            row.line,
            &t.header[col],
            format!("`{v}` is not a mark: 1, ○, ◯ or ● for yes; empty, 0, × or - for no"),
        );
    }
    mark
}

/// 想定収容人数: a count, else unknown with a warning (it only sorts and filters, it never hides a shelter
/// that has a number).
fn read_capacity(row: &Row, c: &Columns, t: &Table, report: &mut Report) -> Option<u32> {
    let col = c.capacity?;
    let v = row.get(col);
    if v.is_empty() {
        return None;
    }
    let n = parse_count(v);
    if n.is_none() {
        report.warning(
            &t.file,
            row.line,
            &t.header[col],
            format!("`{v}` is not a number of people; ignored"),
        );
    }
    n
}

/// 住所 with the 方書 (building) after it, unless the address already ends with it.
fn address(row: &Row, c: &Columns) -> Localized {
    let text = match (row.get(c.address), row.opt(c.building)) {
        ("", None) => return Localized::new(),
        ("", Some(b)) => b.to_string(),
        (a, Some(b)) if !a.ends_with(b) => format!("{a} {b}"),
        (a, _) => a.to_string(),
    };
    Localized::from([("ja".to_string(), text)])
}

fn hours(row: &Row, c: &Columns) -> Option<String> {
    let time = match (row.opt(c.start), row.opt(c.end)) {
        (Some(s), Some(e)) => Some(format!("{s}–{e}")),
        (Some(s), None) => Some(format!("{s}–")),
        (None, Some(e)) => Some(format!("–{e}")),
        (None, None) => row.opt(c.hours).map(str::to_string),
    };
    let parts: Vec<&str> = [row.opt(c.weekdays), time.as_deref(), row.opt(c.hours_note)]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn read_image(
    row: &Row,
    c: &Columns,
    t: &Table,
    media: &BTreeSet<String>,
    report: &mut Report,
) -> Option<String> {
    let col = c.image?;
    let v = row.get(col);
    if v.is_empty() {
        return None;
    }
    if v.starts_with("http://") || v.starts_with("https://") {
        // The standard dataset allows a URL; the app works offline, so only bundled images are shown.
        report.warning(
            &t.file,
            row.line,
            &t.header[col],
            "a web address is not bundled; put the image in media/ to show it offline",
        );
        return None;
    }
    let name = format!("media/{}", v.strip_prefix("media/").unwrap_or(v));
    if media.contains(&name) {
        Some(name)
    } else {
        report.error(
            &t.file,
            row.line,
            &t.header[col],
            format!("`{name}` not found in the source folder"),
        );
        None
    }
}
