//! `messages/notices.toml` → `notices.json`: the city's messages for the inbox.

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use chrono::DateTime;
use serde::Deserialize;
use toml::Spanned;

use crate::content::{Notice, NoticesContent};
use crate::problem::Report;
use crate::source::TomlFile;
use crate::SourceText;

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

pub const SEVERITIES: [&str; 4] = ["info", "advisory", "warning", "emergency"];

type Text = Option<Spanned<String>>;

#[derive(Deserialize)]
struct RawFile {
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
    // A TOML date-time or a string holding one.
    published: Option<Spanned<toml::Value>>,
    expires: Option<Spanned<toml::Value>>,
    #[serde(default)]
    areas: Vec<Spanned<String>>,
    title: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    body: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
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

/// Reads and checks notices. `area_ids` are the `[[areas]]` ids of city.toml; `default_locale` must have a
/// title. Notices come out sorted by publication time, then id.
pub fn import(
    src: &SourceText,
    area_ids: &BTreeSet<String>,
    default_locale: &str,
    report: &mut Report,
) -> NoticesContent {
    let f = TomlFile::new(&src.file, &src.text);
    let raw: RawFile = match toml::from_str(&src.text) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map(|s| f.line(s)).unwrap_or(1);
            report.error(&src.file, line, "toml", e.message().trim().to_string());
            return NoticesContent::default();
        }
    };
    f.warn_unknown(&raw.extra, "", 1, report);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out: Vec<(i64, Notice)> = Vec::new();
    for (i, n) in raw.notice.iter().enumerate() {
        let line = f.line_of(n);
        let p = format!("notice[{}]", i + 1);
        let r = n.get_ref();
        let errors_before = report.error_count();
        f.warn_unknown(&r.extra, &format!("{p}."), line, report);

        let (id, id_line) = f.required(&r.id, &format!("{p}.id"), line, report);
        if !id.is_empty() {
            if !is_id(&id) {
                report.error(
                    &src.file,
                    id_line,
                    format!("{p}.id"),
                    format!("`{id}` must be ASCII letters, digits, `-`, `_` or `.`"),
                );
            } else if let Some(first) = seen.get(&id) {
                report.error(
                    &src.file,
                    id_line,
                    format!("{p}.id"),
                    format!("duplicate id `{id}` (first at line {first})"),
                );
            } else {
                seen.insert(id.clone(), id_line);
            }
        }
        let (category, cat_line) = f.required(&r.category, &format!("{p}.category"), line, report);
        if !category.is_empty() && !CATEGORIES.contains(&category.as_str()) {
            report.error(
                &src.file,
                cat_line,
                format!("{p}.category"),
                format!(
                    "unknown category `{category}` (known: {})",
                    CATEGORIES.join(", ")
                ),
            );
        }
        let (severity, sev_line) = f.required(&r.severity, &format!("{p}.severity"), line, report);
        if !severity.is_empty() && !SEVERITIES.contains(&severity.as_str()) {
            report.error(
                &src.file,
                sev_line,
                format!("{p}.severity"),
                format!(
                    "unknown severity `{severity}` (known: {})",
                    SEVERITIES.join(", ")
                ),
            );
        }
        let (published, pub_line) = f.required(
            &time_text(&r.published),
            &format!("{p}.published"),
            line,
            report,
        );
        let published_at = (!published.is_empty())
            .then(|| {
                parse_time(
                    &published,
                    &src.file,
                    pub_line,
                    &format!("{p}.published"),
                    report,
                )
            })
            .flatten();
        let expires_text = time_text(&r.expires);
        let expires = expires_text
            .as_ref()
            .map(|e| e.get_ref().trim().to_string());
        if let (Some(e), Some(span)) = (&expires, &expires_text) {
            let at = f.line_of(span);
            if let Some(exp) = parse_time(e, &src.file, at, &format!("{p}.expires"), report) {
                if published_at.is_some_and(|p| exp <= p) {
                    report.error(
                        &src.file,
                        at,
                        format!("{p}.expires"),
                        "expires before it is published",
                    );
                }
            }
        }
        let mut areas = Vec::new();
        for a in &r.areas {
            let v = a.get_ref().trim();
            if !area_ids.contains(v) {
                report.error(
                    &src.file,
                    f.line_of(a),
                    format!("{p}.areas"),
                    format!("unknown area id `{v}` (not an [[areas]] id in city.toml)"),
                );
            } else if !areas.iter().any(|x| x == v) {
                areas.push(v.to_string());
            }
        }
        areas.sort();
        let title = f.localized(
            &r.title,
            &format!("{p}.title"),
            default_locale,
            line,
            report,
        );
        let body = match &r.body {
            Some(_) => f.localized(&r.body, &format!("{p}.body"), "", line, report),
            None => Default::default(),
        };
        if report.error_count() == errors_before {
            out.push((
                published_at.unwrap_or(0),
                Notice {
                    id,
                    category,
                    severity,
                    published,
                    expires,
                    areas,
                    title,
                    body,
                },
            ));
        }
    }
    out.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    NoticesContent {
        notices: out.into_iter().map(|(_, n)| n).collect(),
    }
}

/// RFC 3339 with an explicit offset (`2026-11-20T09:00:00+09:00`); a time without one is ambiguous.
fn parse_time(s: &str, file: &str, line: usize, field: &str, report: &mut Report) -> Option<i64> {
    match DateTime::parse_from_rfc3339(s) {
        Ok(t) => Some(t.timestamp()),
        Err(_) => {
            report.error(
                file,
                line,
                field,
                format!("bad date `{s}`: expected RFC 3339 with an offset, like 2026-11-20T09:00:00+09:00"),
            );
            None
        }
    }
}
