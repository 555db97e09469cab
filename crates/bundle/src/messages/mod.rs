//! Messages for the inbox: CAP 1.2 alerts ([`cap`]) and the city's own notices ([`notices`]), read into one
//! model ([`Message`]), checked against each other, and cut into the monthly chunks the bundle carries.
//!
//! Each importer checks what one file can tell; [`finish`] checks what needs every message at once (duplicate
//! ids, references to published messages). Whether the shelters a message opens exist is checked where the
//! places are known (`load.rs`). Nothing here decides what a resident sees: that is the app's (status,
//! expiry, fallback language).

pub mod cap;
pub mod notices;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};

use crate::content::{
    CapCategory, LatLon, Message, MessagesChunk, MsgType, MESSAGES_CHUNK_MAX_BYTES,
    MESSAGES_PER_CHUNK, MESSAGES_PREFIX,
};
use crate::problem::Report;
use crate::source::CitySource;

/// What the importers need to know about the city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CityContext {
    /// 全国地方公共団体コード, six digits (its first five are the JIS X 0402 code).
    pub code: String,
    pub default_locale: String,
    /// `[[areas]]` ids of city.toml.
    pub area_ids: BTreeSet<String>,
}

impl CityContext {
    pub fn of(source: &CitySource) -> CityContext {
        CityContext {
            code: source.city.code.clone(),
            default_locale: source.city.default_locale.clone(),
            area_ids: source.areas.iter().map(|a| a.id.clone()).collect(),
        }
    }

    /// Whether a JIS X 0402 code (five digits, or six with the check digit) names this city.
    pub fn is_city_code(&self, code: &str) -> bool {
        !self.code.is_empty()
            && (code == self.code || (code.len() == 5 && self.code.starts_with(code)))
    }
}

/// A place in a source file that a later check may blame.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spot {
    pub line: usize,
    pub field: String,
}

impl Spot {
    pub fn new(line: usize, field: impl Into<String>) -> Spot {
        Spot {
            line,
            field: field.into(),
        }
    }
}

/// One reference as the source wrote it. CAP gives sender and sent too, notices only the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub id: String,
    pub sender: Option<String>,
    pub sent: Option<String>,
}

/// A message with where it came from, for the checks that need every message (or the places).
#[derive(Debug, Clone, PartialEq)]
pub struct SourcedMessage {
    pub message: Message,
    pub file: String,
    /// Where the id is written, for duplicate ids.
    pub id_at: Spot,
    pub references: Vec<Reference>,
    /// `<references>` (or `<msgType>` when it is missing), for reference problems.
    pub references_at: Spot,
    /// Where `opens_shelters` is written, for unknown shelters.
    pub shelters_at: Spot,
    /// A CAP Cancel or Update with no `<info>`: its category and area come from the message it references.
    pub inherits: bool,
}

/// Checks messages against each other and returns those to publish, sorted by (sent, id).
///
/// - an id used twice is an error at the second place, naming the first;
/// - an Update or Cancel must reference messages published in this bundle (not itself);
/// - a CAP reference whose sender or sent time differs from the published message gets a warning;
/// - a Cancel or Update with no `<info>` takes its category and area from the first message it references.
pub fn finish(found: Vec<SourcedMessage>, report: &mut Report) -> Vec<SourcedMessage> {
    let mut first: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut kept = Vec::new();
    for m in found {
        let id = &m.message.id;
        if let Some((file, line)) = first.get(id) {
            report.error(
                &m.file,
                m.id_at.line,
                &m.id_at.field,
                format!("duplicate id `{id}` (first at {file}:{line})"),
            );
            continue;
        }
        first.insert(id.clone(), (m.file.clone(), m.id_at.line));
        kept.push(m);
    }
    kept.sort_by_cached_key(|m| (instant(&m.message.sent), m.message.id.clone()));

    let index: BTreeMap<String, usize> = kept
        .iter()
        .enumerate()
        .map(|(i, m)| (m.message.id.clone(), i))
        .collect();
    for i in 0..kept.len() {
        check_references(&kept, i, &index, report);
        if kept[i].inherits {
            let source = kept[i]
                .references
                .iter()
                .find_map(|r| index.get(&r.id).filter(|&&j| j != i));
            if let Some(&j) = source {
                let (category, area) = (
                    kept[j].message.category.clone(),
                    kept[j].message.area.clone(),
                );
                kept[i].message.category = category;
                kept[i].message.area = area;
            }
        }
    }
    kept
}

fn check_references(
    all: &[SourcedMessage],
    i: usize,
    index: &BTreeMap<String, usize>,
    report: &mut Report,
) {
    let m = &all[i];
    let at = &m.references_at;
    let what = match m.message.msg_type {
        MsgType::Alert => return,
        MsgType::Update => "an Update",
        MsgType::Cancel => "a Cancel",
    };
    if m.references.is_empty() {
        report.error(
            &m.file,
            at.line,
            &at.field,
            format!("{what} must reference the messages it replaces; there are none"),
        );
        return;
    }
    for r in &m.references {
        let Some(&j) = index.get(&r.id).filter(|&&j| j != i) else {
            let why = if r.id == m.message.id {
                "is this message itself"
            } else {
                "names no message published in this bundle"
            };
            report.error(&m.file, at.line, &at.field, format!("`{}` {why}", r.id));
            continue;
        };
        let target = &all[j].message;
        if let Some(sender) = r.sender.as_deref().filter(|s| *s != target.sender) {
            report.warning(
                &m.file,
                at.line,
                &at.field,
                format!(
                    "`{}` is referenced with sender `{sender}`, but was sent by `{}`",
                    r.id, target.sender
                ),
            );
        }
        if let Some(sent) = r
            .sent
            .as_deref()
            .filter(|s| instant(s) != instant(&target.sent))
        {
            report.warning(
                &m.file,
                at.line,
                &at.field,
                format!(
                    "`{}` is referenced as sent {sent}, but was sent {}",
                    r.id, target.sent
                ),
            );
        }
    }
}

/// Seconds since the epoch of an RFC 3339 time; 0 when unreadable (already reported by the importer).
pub(crate) fn instant(time: &str) -> i64 {
    DateTime::parse_from_rfc3339(time)
        .map(|t| t.timestamp())
        .unwrap_or(0)
}

/// Cuts messages into the bundle's datasets: `(logical name, chunk)`, in name order within a month.
///
/// Months come from `sent` as written; within a month messages go by (sent, id), and a chunk is closed when it
/// holds [`MESSAGES_PER_CHUNK`] messages or the next one would take it past [`MESSAGES_CHUNK_MAX_BYTES`]. Every
/// decision depends only on the messages before it, so a message sent after all the others changes only the last
/// chunk of its month.
pub fn chunks(messages: &[Message]) -> Vec<(String, MessagesChunk)> {
    let mut months: BTreeMap<&str, Vec<&Message>> = BTreeMap::new();
    for m in messages {
        months.entry(month_of(&m.sent)).or_default().push(m);
    }
    // `{"messages":[` … `]}`
    const WRAPPER: usize = 15;
    let mut out = Vec::new();
    for (month, mut list) in months {
        list.sort_by_cached_key(|m| (instant(&m.sent), m.id.clone()));
        let mut n = 0;
        let mut current: Vec<Message> = Vec::new();
        let mut bytes = WRAPPER;
        for m in list {
            let size = serde_json::to_vec(m).map_or(0, |v| v.len());
            if !current.is_empty()
                && (current.len() >= MESSAGES_PER_CHUNK
                    || bytes + 1 + size > MESSAGES_CHUNK_MAX_BYTES)
            {
                n += 1;
                let messages = std::mem::take(&mut current);
                out.push((chunk_name(month, n), MessagesChunk { messages }));
                bytes = WRAPPER;
            }
            bytes += usize::from(!current.is_empty()) + size;
            current.push(m.clone());
        }
        if !current.is_empty() {
            out.push((
                chunk_name(month, n + 1),
                MessagesChunk { messages: current },
            ));
        }
    }
    out
}

/// `messages/2026-11-1.json`.
pub fn chunk_name(month: &str, n: usize) -> String {
    format!("{MESSAGES_PREFIX}{month}-{n}.json")
}

/// `YYYY-MM` of a `YYYY-MM-DDThh:mm:ss±hh:mm` time, as written.
fn month_of(sent: &str) -> &str {
    sent.get(..7).unwrap_or(sent)
}

/// Machi's locale for a CAP `<language>` (RFC 3066 / BCP 47) tag; `None` for a language Machi does not ship.
pub fn locale_of_language(tag: &str) -> Option<&'static str> {
    let lower = tag.trim().to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let primary = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    let has = |s: &str| rest.contains(&s);
    Some(match primary {
        "ja" if lower.ends_with("-x-easy") => "ja-easy",
        "ja" if rest.is_empty() || rest == ["jp"] => "ja",
        "en" => "en",
        "pt" if rest.is_empty() || rest == ["br"] => "pt-BR",
        "es" => "es",
        "vi" => "vi",
        "tl" | "fil" => "tl",
        "ne" => "ne",
        "zh" if has("hant") || has("tw") || has("hk") || has("mo") => "zh-Hant",
        "zh" if has("hans") || rest == ["cn"] || rest == ["sg"] => "zh-Hans",
        "ko" => "ko",
        "th" => "th",
        "id" => "id",
        "my" => "my",
        "si" => "si",
        "km" => "km",
        "mn" => "mn",
        _ => return None,
    })
}

/// Machi's category for a CAP `<category>`, when no `machi:category` parameter says otherwise.
pub fn category_of(cap: CapCategory) -> &'static str {
    match cap {
        CapCategory::Met => "weather",
        CapCategory::Geo
        | CapCategory::Fire
        | CapCategory::Env
        | CapCategory::Rescue
        | CapCategory::Cbrne
        | CapCategory::Infra
        | CapCategory::Health
        | CapCategory::Safety => "disaster",
        CapCategory::Security => "crime",
        CapCategory::Transport => "traffic",
        CapCategory::Other => "city",
    }
}

/// The CAP spelling of a category (`CBRNE`, `Met`).
pub fn parse_cap_category(s: &str) -> Option<CapCategory> {
    use CapCategory::*;
    Some(match s {
        "Geo" => Geo,
        "Met" => Met,
        "Safety" => Safety,
        "Security" => Security,
        "Rescue" => Rescue,
        "Fire" => Fire,
        "Health" => Health,
        "Env" => Env,
        "Transport" => Transport,
        "Infra" => Infra,
        "CBRNE" => Cbrne,
        "Other" => Other,
        _ => return None,
    })
}

/// A CAP date-time: exactly `YYYY-MM-DDThh:mm:ss±hh:mm` (no `Z`, no fractions; `-00:00` is UTC), and a real one.
pub fn parse_cap_time(s: &str) -> Result<DateTime<FixedOffset>, String> {
    let b = s.as_bytes();
    let shaped = b.len() == 25
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            10 => c == b'T',
            13 | 16 | 22 => c == b':',
            19 => c == b'+' || c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !shaped {
        let why = if s.ends_with('Z') || s.ends_with('z') {
            "CAP writes the offset as ±hh:mm (UTC is -00:00), never Z"
        } else if s.len() > 19 && s.as_bytes().get(19) == Some(&b'.') {
            "CAP times have no fractions of a second"
        } else {
            "expected YYYY-MM-DDThh:mm:ss±hh:mm, like 2026-11-27T15:00:00+09:00"
        };
        return Err(format!("bad date `{s}`: {why}"));
    }
    DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%:z")
        .map_err(|_| format!("bad date `{s}`: no such date or time"))
}

/// A CAP identifier or sender: not empty, no whitespace, commas, `<` or `&` (references are written as
/// `sender,identifier,sent` separated by spaces).
pub fn check_cap_id(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("must not be empty".into());
    }
    if s.chars()
        .any(|c| c.is_whitespace() || c == ',' || c == '<' || c == '&')
    {
        return Err(format!("`{s}` must not contain spaces, commas, `<` or `&`"));
    }
    Ok(())
}

/// An address residents may open: http or https, nothing else (no `javascript:`, no `file:`).
pub fn check_web(s: &str) -> Result<(), String> {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(r) if !r.is_empty() && !r.starts_with('/') && !s.chars().any(char::is_whitespace) => {
            Ok(())
        }
        _ => Err(format!("`{s}` is not an http(s) address")),
    }
}

/// One `lat,lon` pair in WGS 84 decimal degrees.
pub fn parse_pair(s: &str) -> Result<LatLon, String> {
    let Some((lat, lon)) = s.split_once(',') else {
        return Err(format!("`{s}` is not a lat,lon pair"));
    };
    let (Ok(lat), Ok(lon)) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>()) else {
        return Err(format!("`{s}` is not a lat,lon pair"));
    };
    check_lat_lon(lat, lon)?;
    Ok(LatLon { lat, lon })
}

pub fn check_lat_lon(lat: f64, lon: f64) -> Result<(), String> {
    if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
        return Err(format!("latitude {lat} is out of range (-90 to 90)"));
    }
    if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
        return Err(format!("longitude {lon} is out of range (-180 to 180)"));
    }
    Ok(())
}

/// A closed ring: at least four points, the first repeated as the last.
pub fn check_polygon(points: &[LatLon]) -> Result<(), String> {
    if points.len() < 4 {
        return Err(format!(
            "{} coordinate pairs; a polygon needs at least 4, the first repeated as the last",
            points.len()
        ));
    }
    let (first, last) = (points[0], points[points.len() - 1]);
    if first != last {
        return Err(format!(
            "not closed: the last pair {},{} is not the first {},{}",
            last.lat, last.lon, first.lat, first.lon
        ));
    }
    Ok(())
}

/// A CAP `<polygon>`: whitespace-separated `lat,lon` pairs forming a closed ring.
pub fn parse_polygon(s: &str) -> Result<Vec<LatLon>, String> {
    let points = s
        .split_whitespace()
        .map(parse_pair)
        .collect::<Result<Vec<_>, _>>()?;
    check_polygon(&points)?;
    Ok(points)
}

/// A CAP `<circle>`: `lat,lon radius` with the radius in kilometres.
pub fn parse_circle(s: &str) -> Result<crate::content::Circle, String> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [pair, radius] = parts[..] else {
        return Err(format!("`{s}` is not `lat,lon radius`"));
    };
    let centre = parse_pair(pair)?;
    match radius.parse::<f64>() {
        Ok(r) if r.is_finite() && r >= 0.0 => Ok(crate::content::Circle {
            centre,
            radius_km: r,
        }),
        _ => Err(format!(
            "radius `{radius}` is not a number of kilometres (0 or more)"
        )),
    }
}
