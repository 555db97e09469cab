//! `categories.toml` (kind `waste_categories`): what a 5374 set cannot say about its categories.
//!
//! ```toml
//! format = 1
//! [[category]]
//! label = "もやすしかないごみ"      # a label of description.csv: the key every other file uses
//! id = "burnable"                   # stable ASCII id (calendar UIDs, file names, the app)
//! holidays = "collect"              # collect | skip: collected on national holidays or not
//! [category.description]
//! ja = "…"
//! en = "…"
//! [[category.names]]                # the names residents see, each for a span of dates (both ends inclusive)
//! valid_to = "2024-09-30"
//! [category.names.name]
//! ja = "可燃ごみ"
//! [[category.names]]
//! valid_from = "2024-10-01"
//! [category.names.name]
//! ja = "もやすしかないごみ"
//! ```
//!
//! A city renames a category by adding a dated name, not by changing the label, so old calendars and items stay
//! linked. Dates may be TOML dates or strings.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::parse_slash_date;
use crate::content::{DatedName, HolidayRule, WasteCategory};
use crate::problem::Report;
use crate::source::TomlFile;
use crate::SourceText;

/// The categories file format this code reads.
pub const CATEGORIES_FORMAT: i64 = 1;

type Text = Option<Spanned<String>>;
type LocalizedRaw = Option<Spanned<BTreeMap<String, Spanned<String>>>>;

#[derive(Deserialize)]
struct RawFile {
    format: Option<Spanned<i64>>,
    #[serde(default)]
    category: Vec<Spanned<RawCategory>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawCategory {
    label: Text,
    id: Text,
    holidays: Text,
    description: LocalizedRaw,
    #[serde(default)]
    names: Vec<Spanned<RawName>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawName {
    valid_from: Option<Spanned<toml::Value>>,
    valid_to: Option<Spanned<toml::Value>>,
    name: LocalizedRaw,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

pub(crate) fn is_ascii_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// A date given as a TOML date or a string; `None` (reported) when it is neither.
fn toml_date(
    f: &TomlFile,
    v: &Option<Spanned<toml::Value>>,
    field: &str,
    report: &mut Report,
) -> Option<String> {
    let v = v.as_ref()?;
    let text = match v.get_ref() {
        toml::Value::String(s) => s.trim().to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        other => other.to_string(),
    };
    match parse_slash_date(&text) {
        Some(d) => Some(d.format("%Y-%m-%d").to_string()),
        None => {
            report.error(
                f.file,
                f.line_of(v),
                field,
                format!("bad date `{text}` (expected YYYY-MM-DD)"),
            );
            None
        }
    }
}

/// Merges `categories.toml` into the categories read from description.csv.
pub fn import(src: &SourceText, categories: &mut [WasteCategory], report: &mut Report) {
    let f = TomlFile::new(&src.file, &src.text);
    let raw: RawFile = match toml::from_str(&src.text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| f.line(s)).unwrap_or(1);
            report.error(&src.file, line, "toml", e.message().trim().to_string());
            return;
        }
    };
    f.warn_unknown(&raw.extra, "", 1, report);
    match &raw.format {
        None => report.error(&src.file, 1, "format", "required key missing (format = 1)"),
        Some(v) if *v.get_ref() != CATEGORIES_FORMAT => report.error(
            &src.file,
            f.line_of(v),
            "format",
            format!(
                "unsupported format {}; this publisher reads format {CATEGORIES_FORMAT}",
                v.get_ref()
            ),
        ),
        Some(_) => {}
    }
    let mut labels_seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut ids_seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, c) in raw.category.iter().enumerate() {
        let line = f.line_of(c);
        let prefix = format!("category[{}]", i + 1);
        let r = c.get_ref();
        f.warn_unknown(&r.extra, &format!("{prefix}."), line, report);
        let (label, label_line) = f.required(&r.label, &format!("{prefix}.label"), line, report);
        let (id, id_line) = f.required(&r.id, &format!("{prefix}.id"), line, report);
        if label.is_empty() {
            continue;
        }
        if let Some(first) = labels_seen.get(&label) {
            report.error(
                &src.file,
                label_line,
                format!("{prefix}.label"),
                format!("`{label}` is described twice (first at line {first})"),
            );
            continue;
        }
        labels_seen.insert(label.clone(), label_line);
        let Some(category) = categories.iter_mut().find(|c| c.label == label) else {
            report.error(
                &src.file,
                label_line,
                format!("{prefix}.label"),
                format!("`{label}` is not a label in the 5374 description.csv"),
            );
            continue;
        };
        if !id.is_empty() {
            if !is_ascii_id(&id) {
                report.error(
                    &src.file,
                    id_line,
                    format!("{prefix}.id"),
                    format!("`{id}` must be lower-case ASCII letters, digits, `-` or `_`"),
                );
            } else if let Some(first) = ids_seen.get(&id) {
                report.error(
                    &src.file,
                    id_line,
                    format!("{prefix}.id"),
                    format!("duplicate id `{id}` (first at line {first})"),
                );
            } else {
                ids_seen.insert(id.clone(), id_line);
                category.id = id;
            }
        }
        if let Some(h) = &r.holidays {
            match h.get_ref().trim() {
                "collect" => category.holidays = HolidayRule::Collect,
                "skip" => category.holidays = HolidayRule::Skip,
                other => report.error(
                    &src.file,
                    f.line_of(h),
                    format!("{prefix}.holidays"),
                    format!("`{other}` must be `collect` or `skip`"),
                ),
            }
        }
        if r.description.is_some() {
            let d = f.localized(
                &r.description,
                &format!("{prefix}.description"),
                "",
                line,
                report,
            );
            category.description.extend(d);
        }
        category.names = dated_names(&f, &prefix, &r.names, report);
    }
    let described: BTreeSet<&str> = labels_seen.keys().map(String::as_str).collect();
    for c in categories.iter() {
        if !described.contains(c.label.as_str()) {
            report.warning(
                &src.file,
                1,
                "category",
                format!(
                    "`{}` of description.csv is not described here; its id is `{}`",
                    c.label, c.id
                ),
            );
        }
    }
}

fn dated_names(
    f: &TomlFile,
    prefix: &str,
    raw: &[Spanned<RawName>],
    report: &mut Report,
) -> Vec<DatedName> {
    let mut out: Vec<(usize, DatedName)> = Vec::new();
    for (j, n) in raw.iter().enumerate() {
        let line = f.line_of(n);
        let field = format!("{prefix}.names[{}]", j + 1);
        let r = n.get_ref();
        f.warn_unknown(&r.extra, &format!("{field}."), line, report);
        let from = toml_date(f, &r.valid_from, &format!("{field}.valid_from"), report);
        let to = toml_date(f, &r.valid_to, &format!("{field}.valid_to"), report);
        if let (Some(a), Some(b)) = (&from, &to) {
            if b < a {
                report.error(
                    f.file,
                    line,
                    format!("{field}.valid_to"),
                    format!("ends ({b}) before it starts ({a})"),
                );
                continue;
            }
        }
        let name = f.localized(&r.name, &format!("{field}.name"), "ja", line, report);
        if name.is_empty() {
            continue;
        }
        out.push((
            line,
            DatedName {
                valid_from: from,
                valid_to: to,
                name,
            },
        ));
    }
    // An open start sorts first; two spans overlap when the earlier does not end before the later starts.
    out.sort_by(|a, b| a.1.valid_from.cmp(&b.1.valid_from));
    for w in out.windows(2) {
        let (prev, (line, next)) = (&w[0].1, &w[1]);
        let overlaps = match (&prev.valid_to, &next.valid_from) {
            (None, _) | (_, None) => true,
            (Some(end), Some(start)) => end >= start,
        };
        if overlaps {
            report.error(
                f.file,
                *line,
                format!("{prefix}.names"),
                format!(
                    "this name's dates ({}–{}) overlap those of the name at line {}: a day must have one name",
                    next.valid_from.as_deref().unwrap_or("…"),
                    next.valid_to.as_deref().unwrap_or("…"),
                    w[0].0
                ),
            );
        }
    }
    out.into_iter().map(|(_, n)| n).collect()
}
