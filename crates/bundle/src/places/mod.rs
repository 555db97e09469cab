//! Shelters, AEDs, public toilets and Wi-Fi spots → `places.json`.
//!
//! Municipal open data comes in two generations of column names: the older 推奨データセット (`NO`, `住所`,
//! `災害種別_洪水`, …) and the 39-column 自治体標準オープンデータセット (`ID`, `所在地_連結表記`,
//! `利用開始時間`, …); the 国土地理院 shelter list uses a third (`施設・場所名`, `洪水`). Columns are found by
//! name, so any of them works and extra columns are ignored.

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use crate::city::check_coordinates;
use crate::content::{Hazard, LatLon, Localized, Place, PlaceKind};
use crate::problem::Report;
use crate::table::{Row, Table};
use crate::SourceText;

// Each list is the accepted spellings of one column, preferred first.
const ID: &[&str] = &["ID", "共通ID", "NO"];
const NAME: &[&str] = &["名称", "施設・場所名", "施設名"];
const KANA: &[&str] = &["名称_カナ"];
const NAME_EN: &[&str] = &["名称_英語", "名称_英字"];
const ADDRESS: &[&str] = &["住所", "所在地_連結表記", "所在地"];
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

/// The hazard columns of a 指定緊急避難場所 list, in both spellings.
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

/// Reads a yes/no mark. `Some(true)` for 1/○/◯, `Some(false)` for blank/0/×/-, `None` for anything else.
pub fn parse_mark(s: &str) -> Option<bool> {
    match s {
        "1" | "○" | "◯" | "〇" | "１" => Some(true),
        "" | "0" | "０" | "×" | "✕" | "-" | "－" | "ー" => Some(false),
        _ => None,
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
}

/// Ids already taken across every places file, with where they were first used.
#[derive(Debug, Default)]
pub struct IdRegistry {
    seen: BTreeMap<String, (String, usize)>,
    /// Running row numbers per kind, for files without an id column.
    rows: BTreeMap<PlaceKind, usize>,
}

/// Reads one places file, appending to `out`.
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
    let name_col = t.require(NAME, report);
    let lat_col = t.require(LAT, report);
    let lon_col = t.require(LON, report);
    let (Some(name_col), Some(lat_col), Some(lon_col)) = (name_col, lat_col, lon_col) else {
        return;
    };
    let c = Columns::find(&t, input.kind);
    if input.kind == PlaceKind::Shelter && c.hazards.is_empty() {
        report.warning(
            &t.file,
            1,
            "災害種別_洪水",
            "no hazard columns (災害種別_…): the app cannot tell which disasters each shelter is for",
        );
    }
    let lat_name = t.header[lat_col].clone();
    let lon_name = t.header[lon_col].clone();
    let name_name = t.header[name_col].clone();
    for row in &t.rows {
        let file = t.file.as_str();
        let row_no = {
            let n = ids.rows.entry(input.kind).or_insert(0);
            *n += 1;
            *n
        };
        let mut ok = true;
        let name = row.get(name_col);
        if name.is_empty() {
            report.error(file, row.line, &name_name, "empty required field");
            ok = false;
        }
        let location = read_location(
            row,
            file,
            (lat_col, &lat_name),
            (lon_col, &lon_name),
            report,
        );
        ok &= location.is_some();

        let id = match c.id.map(|i| (i, row.get(i))) {
            Some((i, v)) if !v.is_empty() => {
                let id = format!("{}-{v}", input.kind.as_str());
                if let Some((f, l)) = ids.seen.get(&id) {
                    report.error(
                        file,
                        row.line,
                        &t.header[i],
                        format!("duplicate id `{v}` (first at {f}:{l})"),
                    );
                    ok = false;
                }
                id
            }
            Some((i, _)) => {
                report.error(file, row.line, &t.header[i], "empty required field");
                ok = false;
                String::new()
            }
            None => format!("{}-{row_no}", input.kind.as_str()),
        };
        ids.seen
            .entry(id.clone())
            .or_insert((file.to_string(), row.line));

        let image = read_image(row, &c, &t, input.media, report);
        let place = Place {
            id,
            kind: input.kind,
            name: {
                let mut n = Localized::new();
                n.insert("ja".into(), name.to_string());
                if let Some(en) = row.opt(c.name_en) {
                    n.insert("en".into(), en.to_string());
                }
                n
            },
            kana: row.opt(c.kana).map(str::to_string),
            address: row.opt(c.address).map(str::to_string),
            location: location.unwrap_or(LatLon { lat: 0.0, lon: 0.0 }),
            phone: row.opt(c.phone).map(str::to_string),
            hours: hours(row, &c),
            detail: row.opt(c.detail).map(str::to_string),
            ssid: row.opt(c.ssid).map(str::to_string),
            capacity: c.capacity.and_then(|i| {
                let v = row.get(i);
                if v.is_empty() {
                    return None;
                }
                let n = parse_count(v);
                if n.is_none() {
                    report.warning(
                        file,
                        row.line,
                        &t.header[i],
                        format!("`{v}` is not a number of people; ignored"),
                    );
                }
                n
            }),
            hazards: c
                .hazards
                .iter()
                .filter(|(_, i)| read_mark(row, *i, &t, report))
                .map(|(h, _)| *h)
                .collect(),
            evacuation_centre: c
                .evacuation_centre
                .is_some_and(|i| read_mark(row, i, &t, report)),
            image,
        };
        if ok {
            out.push(place);
        }
    }
}

struct Columns {
    id: Option<usize>,
    kana: Option<usize>,
    name_en: Option<usize>,
    address: Option<usize>,
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
    fn find(t: &Table, kind: PlaceKind) -> Columns {
        let shelter = kind == PlaceKind::Shelter;
        Columns {
            id: t.column(ID),
            kana: t.column(KANA),
            name_en: t.column(NAME_EN),
            address: t.column(ADDRESS),
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
            ssid: if kind == PlaceKind::Wifi {
                t.column(SSID)
            } else {
                None
            },
            capacity: if shelter { t.column(CAPACITY) } else { None },
            hazards: if shelter {
                HAZARDS
                    .iter()
                    .filter_map(|(h, names)| t.column(names).map(|i| (*h, i)))
                    .collect()
            } else {
                Vec::new()
            },
            evacuation_centre: if shelter {
                t.column(EVACUATION_CENTRE)
            } else {
                None
            },
            image: t.column(IMAGE),
        }
    }
}

fn read_location(
    row: &Row,
    file: &str,
    (lat_col, lat_name): (usize, &str),
    (lon_col, lon_name): (usize, &str),
    report: &mut Report,
) -> Option<LatLon> {
    let mut read = |col: usize, field: &str| {
        let v = row.get(col);
        if v.is_empty() {
            report.error(file, row.line, field, "empty required field");
            return None;
        }
        let d = parse_degrees(v);
        if d.is_none() {
            report.error(
                file,
                row.line,
                field,
                format!("`{v}` is not a number of degrees"),
            );
        }
        d
    };
    let lat = read(lat_col, lat_name);
    let lon = read(lon_col, lon_name);
    let (lat, lon) = (lat?, lon?);
    match check_coordinates(lat, lon) {
        Ok(()) => Some(LatLon { lat, lon }),
        Err(e) => {
            let field = match e {
                crate::city::CoordinateError::LongitudeOutOfRange(_) => lon_name,
                _ => lat_name,
            };
            report.error(file, row.line, field, e.to_string());
            None
        }
    }
}

fn read_mark(row: &Row, col: usize, t: &Table, report: &mut Report) -> bool {
    let v = row.get(col);
    parse_mark(v).unwrap_or_else(|| {
        report.warning(
            &t.file,
            row.line,
            &t.header[col],
            format!("`{v}` is not a yes mark (1, ○) or blank; read as no"),
        );
        false
    })
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
