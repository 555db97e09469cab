//! `messages/notices.toml` (`kind = "notices"`): the city's own messages, written by hand, as [`Message`]s.
//!
//! The format predates CAP import and stays readable by city staff: `published` is CAP's `sent`, `title` its
//! `headline`, `body` its `description`, and `severity` may use the notice words (`info` … `emergency`) or CAP's.
//! Everything CAP adds is optional (docs/FORMATS.md lists the keys).

use std::collections::{BTreeMap, BTreeSet};

use chrono::DateTime;
use serde::Deserialize;
use toml::Spanned;

use super::{
    check_lat_lon, check_polygon, check_web, CityContext, Reference, SourcedMessage, Spot,
};
use crate::content::{
    Certainty, Circle, LatLon, Localized, Message, MessageArea, MessageOrigin, MessageStatus,
    MsgType, Severity, Urgency,
};
use crate::problem::Report;
use crate::source::TomlFile;
use crate::SourceText;

/// The categories a message is filed under: what a resident follows or mutes.
pub const CATEGORIES: [&str; 9] = [
    "disaster",
    "weather",
    "crime",
    "child_safety",
    "traffic",
    "bus",
    "business",
    "events",
    "city",
];

/// The notice words for severity, mildest first; each stands for a CAP severity (see [`severity_of`]).
pub const SEVERITIES: [&str; 4] = ["info", "advisory", "warning", "emergency"];

/// A notice severity word (or a CAP one, in lower case) as a CAP severity.
pub fn severity_of(word: &str) -> Option<Severity> {
    Some(match word {
        "info" | "minor" => Severity::Minor,
        "advisory" | "moderate" => Severity::Moderate,
        "warning" | "severe" => Severity::Severe,
        "emergency" | "extreme" => Severity::Extreme,
        "unknown" => Severity::Unknown,
        _ => return None,
    })
}

const URGENCIES: [(&str, Urgency); 5] = [
    ("immediate", Urgency::Immediate),
    ("expected", Urgency::Expected),
    ("future", Urgency::Future),
    ("past", Urgency::Past),
    ("unknown", Urgency::Unknown),
];
const CERTAINTIES: [(&str, Certainty); 5] = [
    ("observed", Certainty::Observed),
    ("likely", Certainty::Likely),
    ("possible", Certainty::Possible),
    ("unlikely", Certainty::Unlikely),
    ("unknown", Certainty::Unknown),
];
const STATUSES: [(&str, MessageStatus); 2] = [
    ("actual", MessageStatus::Actual),
    ("exercise", MessageStatus::Exercise),
];
const MSG_TYPES: [(&str, MsgType); 3] = [
    ("alert", MsgType::Alert),
    ("update", MsgType::Update),
    ("cancel", MsgType::Cancel),
];

type Text = Option<Spanned<String>>;
type Texts = Option<Spanned<BTreeMap<String, Spanned<String>>>>;

#[derive(Deserialize)]
struct RawFile {
    sender: Text,
    #[serde(default)]
    notice: Vec<Spanned<RawNotice>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawNotice {
    id: Text,
    category: Text,
    severity: Text,
    urgency: Text,
    certainty: Text,
    status: Text,
    msg_type: Text,
    references: Option<Spanned<Vec<Spanned<String>>>>,
    // A TOML date-time or a string holding one.
    published: Option<Spanned<toml::Value>>,
    effective: Option<Spanned<toml::Value>>,
    onset: Option<Spanned<toml::Value>>,
    expires: Option<Spanned<toml::Value>>,
    #[serde(default)]
    areas: Vec<Spanned<String>>,
    #[serde(default)]
    polygons: Vec<Spanned<Vec<(f64, f64)>>>,
    #[serde(default)]
    circles: Vec<Spanned<RawCircle>>,
    area_description: Texts,
    title: Texts,
    body: Texts,
    event: Texts,
    instruction: Texts,
    web: Text,
    opens_shelters: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawCircle {
    lat: f64,
    lon: f64,
    radius_km: f64,
}

/// A date-time written bare (`published = 2026-11-20T09:00:00+09:00`) or quoted, as text.
fn time_text(v: &Option<Spanned<toml::Value>>) -> Text {
    v.as_ref().map(|s| {
        let text = match s.get_ref() {
            toml::Value::String(t) => t.clone(),
            toml::Value::Datetime(d) => d.to_string(),
            other => other.to_string(),
        };
        Spanned::new(s.span(), text)
    })
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Reads and checks notices. Area ids must be city.toml's; the default locale must have a title. Notices with
/// errors are left out; ids are checked against every other message by [`super::finish`].
pub fn import(src: &SourceText, city: &CityContext, report: &mut Report) -> Vec<SourcedMessage> {
    let f = TomlFile::new(&src.file, &src.text);
    let raw: RawFile = match toml::from_str(&src.text) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map(|s| f.line(s)).unwrap_or(1);
            report.error(&src.file, line, "toml", e.message().trim().to_string());
            return Vec::new();
        }
    };
    f.warn_unknown(&raw.extra, "", 1, report);
    let sender = match &raw.sender {
        Some(s) => {
            let v = s.get_ref().trim();
            if let Err(e) = super::check_cap_id(v) {
                report.error(&src.file, f.line_of(s), "sender", e);
            }
            v.to_string()
        }
        None => city.code.clone(),
    };
    let notice = NoticeReader {
        f: &f,
        city,
        sender: &sender,
    };
    raw.notice
        .iter()
        .enumerate()
        .filter_map(|(i, n)| notice.read(i, n, report))
        .collect()
}

struct NoticeReader<'a> {
    f: &'a TomlFile<'a>,
    city: &'a CityContext,
    sender: &'a str,
}

impl NoticeReader<'_> {
    fn file(&self) -> &str {
        self.f.file
    }

    fn read(
        &self,
        i: usize,
        n: &Spanned<RawNotice>,
        report: &mut Report,
    ) -> Option<SourcedMessage> {
        let f = self.f;
        let line = f.line_of(n);
        let p = format!("notice[{}]", i + 1);
        let r = n.get_ref();
        let errors_before = report.error_count();
        f.warn_unknown(&r.extra, &format!("{p}."), line, report);

        let (id, id_line) = f.required(&r.id, &format!("{p}.id"), line, report);
        if !id.is_empty() && !is_id(&id) {
            report.error(
                self.file(),
                id_line,
                format!("{p}.id"),
                format!("`{id}` must be ASCII letters, digits, `-`, `_` or `.`"),
            );
        }
        let (category, cat_line) = f.required(&r.category, &format!("{p}.category"), line, report);
        if !category.is_empty() && !CATEGORIES.contains(&category.as_str()) {
            report.error(
                self.file(),
                cat_line,
                format!("{p}.category"),
                format!(
                    "unknown category `{category}` (known: {})",
                    CATEGORIES.join(", ")
                ),
            );
        }
        let (severity_word, sev_line) =
            f.required(&r.severity, &format!("{p}.severity"), line, report);
        let severity = if severity_word.is_empty() {
            Severity::Unknown
        } else {
            severity_of(&severity_word).unwrap_or_else(|| {
                report.error(
                    self.file(),
                    sev_line,
                    format!("{p}.severity"),
                    format!(
                        "unknown severity `{severity_word}` (known: {}; or CAP's extreme, severe, moderate, minor, unknown)",
                        SEVERITIES.join(", ")
                    ),
                );
                Severity::Unknown
            })
        };
        let urgency = self.choice(&r.urgency, &format!("{p}.urgency"), &URGENCIES, report);
        let certainty = self.choice(
            &r.certainty,
            &format!("{p}.certainty"),
            &CERTAINTIES,
            report,
        );
        let status = self.choice(&r.status, &format!("{p}.status"), &STATUSES, report);
        let msg_type = self.choice(&r.msg_type, &format!("{p}.msg_type"), &MSG_TYPES, report);

        let (published, pub_line) = f.required(
            &time_text(&r.published),
            &format!("{p}.published"),
            line,
            report,
        );
        let sent = (!published.is_empty())
            .then(|| self.time(&published, pub_line, &format!("{p}.published"), report))
            .flatten();
        let effective = self.optional_time(&r.effective, &p, "effective", report);
        let onset = self.optional_time(&r.onset, &p, "onset", report);
        let expires = self.optional_time(&r.expires, &p, "expires", report);
        if let (Some((_, sent_at)), Some((_, exp_at)), Some(e)) = (&sent, &expires, &r.expires) {
            if exp_at <= sent_at {
                report.error(
                    self.file(),
                    f.line_of(e),
                    format!("{p}.expires"),
                    "expires before it is published",
                );
            }
        }

        let area = self.area(r, &p, line, report);
        let title = f.localized(
            &r.title,
            &format!("{p}.title"),
            &self.city.default_locale,
            line,
            report,
        );
        let optional_texts = |value: &Texts, key: &str, report: &mut Report| match value {
            Some(_) => f.localized(value, &format!("{p}.{key}"), "", line, report),
            None => Localized::new(),
        };
        let body = optional_texts(&r.body, "body", report);
        let event = optional_texts(&r.event, "event", report);
        let instruction = optional_texts(&r.instruction, "instruction", report);
        let web = r.web.as_ref().and_then(|w| {
            let v = w.get_ref().trim();
            match check_web(v) {
                Ok(()) => Some(v.to_string()),
                Err(e) => {
                    report.error(self.file(), f.line_of(w), format!("{p}.web"), e);
                    None
                }
            }
        });
        let (references, references_at) = match &r.references {
            Some(list) => (
                list.get_ref()
                    .iter()
                    .map(|s| Reference {
                        id: s.get_ref().trim().to_string(),
                        sender: None,
                        sent: None,
                    })
                    .collect(),
                Spot::new(f.line_of(list), format!("{p}.references")),
            ),
            None => (
                Vec::new(),
                Spot::new(
                    r.msg_type.as_ref().map_or(line, |m| f.line_of(m)),
                    format!("{p}.references"),
                ),
            ),
        };
        let (opens_shelters, shelters_at) = match &r.opens_shelters {
            Some(list) => (
                list.get_ref()
                    .iter()
                    .map(|s| s.get_ref().trim().to_string())
                    .collect(),
                Spot::new(f.line_of(list), format!("{p}.opens_shelters")),
            ),
            None => (Vec::new(), Spot::default()),
        };

        if report.error_count() > errors_before {
            return None;
        }
        Some(SourcedMessage {
            message: Message {
                id,
                sender: self.sender.to_string(),
                sent: sent.map(|(s, _)| s).unwrap_or_default(),
                status,
                msg_type,
                references: references
                    .iter()
                    .map(|r: &Reference| r.id.clone())
                    .collect(),
                category,
                cap_categories: Vec::new(),
                event,
                urgency,
                severity,
                certainty,
                effective: effective.map(|(s, _)| s),
                onset: onset.map(|(s, _)| s),
                expires: expires.map(|(s, _)| s),
                headline: title,
                description: body,
                instruction,
                web,
                area,
                opens_shelters,
                origin: MessageOrigin::Notice,
            },
            file: self.file().to_string(),
            id_at: Spot::new(id_line, format!("{p}.id")),
            references,
            references_at,
            shelters_at,
            inherits: false,
        })
    }

    /// An optional lower-case word from a fixed list; missing gives the default.
    fn choice<T: Copy + Default>(
        &self,
        value: &Text,
        field: &str,
        options: &[(&str, T)],
        report: &mut Report,
    ) -> T {
        let Some(v) = value else {
            return T::default();
        };
        let word = v.get_ref().trim();
        if let Some((_, t)) = options.iter().find(|(w, _)| *w == word) {
            return *t;
        }
        let key = field.rsplit('.').next().unwrap_or(field);
        let known: Vec<&str> = options.iter().map(|(w, _)| *w).collect();
        report.error(
            self.file(),
            self.f.line_of(v),
            field,
            format!("unknown {key} `{word}` (known: {})", known.join(", ")),
        );
        T::default()
    }

    /// RFC 3339 with an explicit offset (`2026-11-20T09:00:00+09:00`), a time without one being ambiguous.
    /// Written back as `YYYY-MM-DDThh:mm:ss±hh:mm`, the shape CAP messages have too.
    fn time(
        &self,
        s: &str,
        line: usize,
        field: &str,
        report: &mut Report,
    ) -> Option<(String, i64)> {
        match DateTime::parse_from_rfc3339(s) {
            Ok(t) => Some((t.format("%Y-%m-%dT%H:%M:%S%:z").to_string(), t.timestamp())),
            Err(_) => {
                report.error(
                    self.file(),
                    line,
                    field,
                    format!("bad date `{s}`: expected RFC 3339 with an offset, like 2026-11-20T09:00:00+09:00"),
                );
                None
            }
        }
    }

    fn optional_time(
        &self,
        value: &Option<Spanned<toml::Value>>,
        p: &str,
        key: &str,
        report: &mut Report,
    ) -> Option<(String, i64)> {
        let text = time_text(value)?;
        let at = self.f.line_of(&text);
        self.time(text.get_ref().trim(), at, &format!("{p}.{key}"), report)
    }

    /// `areas`, `polygons`, `circles` and `area_description`; all three empty is the whole city.
    fn area(&self, r: &RawNotice, p: &str, line: usize, report: &mut Report) -> MessageArea {
        let f = self.f;
        let mut ids = BTreeSet::new();
        for a in &r.areas {
            let v = a.get_ref().trim();
            if self.city.area_ids.contains(v) {
                ids.insert(v.to_string());
            } else {
                report.error(
                    self.file(),
                    f.line_of(a),
                    format!("{p}.areas"),
                    format!("unknown area id `{v}` (not an [[areas]] id in city.toml)"),
                );
            }
        }
        let mut polygons = Vec::new();
        for (i, poly) in r.polygons.iter().enumerate() {
            let field = format!("{p}.polygons[{}]", i + 1);
            let points: Vec<LatLon> = poly
                .get_ref()
                .iter()
                .map(|&(lat, lon)| LatLon { lat, lon })
                .collect();
            let problem = points
                .iter()
                .find_map(|pt| check_lat_lon(pt.lat, pt.lon).err())
                .or_else(|| check_polygon(&points).err());
            match problem {
                Some(e) => report.error(self.file(), f.line_of(poly), field, e),
                None => polygons.push(points),
            }
        }
        let mut circles = Vec::new();
        for (i, c) in r.circles.iter().enumerate() {
            let field = format!("{p}.circles[{}]", i + 1);
            let raw = c.get_ref();
            let problem = check_lat_lon(raw.lat, raw.lon).err().or_else(|| {
                (!(raw.radius_km.is_finite() && raw.radius_km >= 0.0))
                    .then(|| format!("radius_km {} must be 0 or more", raw.radius_km))
            });
            match problem {
                Some(e) => report.error(self.file(), f.line_of(c), field, e),
                None => circles.push(Circle {
                    centre: LatLon {
                        lat: raw.lat,
                        lon: raw.lon,
                    },
                    radius_km: raw.radius_km,
                }),
            }
        }
        let description = match &r.area_description {
            Some(_) => f.localized(
                &r.area_description,
                &format!("{p}.area_description"),
                "",
                line,
                report,
            ),
            None => Localized::new(),
        };
        MessageArea {
            ids: ids.into_iter().collect(),
            polygons,
            circles,
            description,
        }
    }
}
