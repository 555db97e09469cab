//! Our item dictionary: `items.csv` (kind `waste_items`) and `items-i18n.csv` (kind `waste_item_translations`).
//!
//! `items.csv`: `id,rank,name,reading,category,how,notes,synonyms,valid_from,valid_to`. `category` is a 5374
//! label, `synonyms` are `|`-separated, rank 1 is the most asked, dates are YYYY-MM-DD and inclusive.
//! `items-i18n.csv`: `id,locale,name,synonyms,how,notes`, one row per item and locale (not `ja`, which is
//! items.csv itself). The dictionary adds to the 5374 target.csv: an item of ours with the same Japanese name
//! and category replaces the target.csv row.

use std::collections::{BTreeMap, BTreeSet};

use super::parse_slash_date;
use crate::city::{is_known_locale, LOCALES};
use crate::content::{Localized, WasteItem};
use crate::problem::Report;
use crate::table::{Row, Table};
use crate::SourceText;

fn is_item_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

fn synonyms(cell: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in cell.unwrap_or("").split('|').map(str::trim) {
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    out
}

fn ja(v: Option<&str>) -> Localized {
    v.map(|s| Localized::from([("ja".to_string(), s.to_string())]))
        .unwrap_or_default()
}

/// An optional YYYY-MM-DD cell; a bad one is an error and reads as absent.
fn date_cell(t: &Table, row: &Row, col: Option<usize>, report: &mut Report) -> Option<String> {
    let v = row.opt(col)?;
    match parse_slash_date(v) {
        Some(d) => Some(d.format("%Y-%m-%d").to_string()),
        None => {
            report.error(
                &t.file,
                row.line,
                &t.header[col.unwrap_or(0)],
                format!("bad date `{v}` (expected YYYY-MM-DD)"),
            );
            None
        }
    }
}

/// Reads items.csv; every row needs an id, a name and a known category.
pub fn import_items(
    src: &SourceText,
    labels: &BTreeSet<&str>,
    report: &mut Report,
) -> Vec<WasteItem> {
    let t = Table::parse(&src.file, &src.text, report);
    let id = t.require(&["id"], report);
    let name = t.require(&["name"], report);
    let category = t.require(&["category"], report);
    let (Some(id), Some(name), Some(category)) = (id, name, category) else {
        return Vec::new();
    };
    let [rank, reading, how, notes, syn, from, to] = [
        "rank",
        "reading",
        "how",
        "notes",
        "synonyms",
        "valid_from",
        "valid_to",
    ]
    .map(|c| t.column(&[c]));
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let (i, n, c) = (row.get(id), row.get(name), row.get(category));
        let mut missing = false;
        for (v, col) in [(i, id), (n, name), (c, category)] {
            if v.is_empty() {
                report.error(&t.file, row.line, &t.header[col], "empty required field");
                missing = true;
            }
        }
        if missing {
            continue;
        }
        if !is_item_id(i) {
            report.error(
                &t.file,
                row.line,
                "id",
                format!("`{i}` must be ASCII letters, digits, `-`, `_` or `.`"),
            );
            continue;
        }
        if let Some(first) = seen.get(i) {
            report.error(
                &t.file,
                row.line,
                "id",
                format!("duplicate id `{i}` (first at line {first})"),
            );
            continue;
        }
        seen.insert(i.to_string(), row.line);
        if !labels.contains(c) {
            report.error(
                &t.file,
                row.line,
                "category",
                format!("unknown category `{c}`: not a label in the 5374 description.csv"),
            );
        }
        let rank = row.opt(rank).and_then(|r| match r.parse::<u32>() {
            Ok(n) if n >= 1 => Some(n),
            _ => {
                report.error(
                    &t.file,
                    row.line,
                    "rank",
                    format!("`{r}` is not a rank (1 = most asked)"),
                );
                None
            }
        });
        let valid_from = date_cell(&t, row, from, report);
        let valid_to = date_cell(&t, row, to, report);
        if let (Some(a), Some(b)) = (&valid_from, &valid_to) {
            if b < a {
                report.error(
                    &t.file,
                    row.line,
                    "valid_to",
                    format!("ends ({b}) before it starts ({a})"),
                );
            }
        }
        let syn = synonyms(row.opt(syn));
        out.push(WasteItem {
            id: i.to_string(),
            rank,
            name: ja(Some(n)),
            reading: row.opt(reading).map(str::to_string),
            category: c.to_string(),
            how: ja(row.opt(how)),
            notes: ja(row.opt(notes)),
            synonyms: if syn.is_empty() {
                BTreeMap::new()
            } else {
                BTreeMap::from([("ja".to_string(), syn)])
            },
            valid_from,
            valid_to,
        });
    }
    out
}

/// Reads items-i18n.csv into the items: every id must be an item, every locale a shipped one other than `ja`.
pub fn import_translations(src: &SourceText, items: &mut [WasteItem], report: &mut Report) {
    let t = Table::parse(&src.file, &src.text, report);
    let id = t.require(&["id"], report);
    let locale = t.require(&["locale"], report);
    let (Some(id), Some(locale)) = (id, locale) else {
        return;
    };
    let [name, syn, how, notes] = ["name", "synonyms", "how", "notes"].map(|c| t.column(&[c]));
    let index: BTreeMap<String, usize> = items
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.clone(), n))
        .collect();
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for row in &t.rows {
        let (i, l) = (row.get(id), row.get(locale));
        let Some(&n) = index.get(i) else {
            let what = if i.is_empty() {
                "empty required field".to_string()
            } else {
                format!("unknown item `{i}`: no such id in the items file")
            };
            report.error(&t.file, row.line, "id", what);
            continue;
        };
        if l == "ja" {
            report.error(
                &t.file,
                row.line,
                "locale",
                "`ja` comes from the items file itself; translations are for the other locales",
            );
            continue;
        }
        if !is_known_locale(l) {
            report.error(
                &t.file,
                row.line,
                "locale",
                format!("unknown locale tag `{l}` (known: {})", LOCALES.join(", ")),
            );
            continue;
        }
        if let Some(first) = seen.get(&(i.to_string(), l.to_string())) {
            report.error(
                &t.file,
                row.line,
                "locale",
                format!("`{i}` in `{l}` is translated twice (first at line {first})"),
            );
            continue;
        }
        seen.insert((i.to_string(), l.to_string()), row.line);
        let item = &mut items[n];
        for (col, field) in [
            (name, &mut item.name),
            (how, &mut item.how),
            (notes, &mut item.notes),
        ] {
            if let Some(v) = row.opt(col) {
                field.insert(l.to_string(), v.to_string());
            }
        }
        let s = synonyms(row.opt(syn));
        if !s.is_empty() {
            item.synonyms.insert(l.to_string(), s);
        }
    }
}

/// Our items first, then each target.csv row that none of ours replaces (same Japanese name and category).
pub fn merge(ours: Vec<WasteItem>, target: Vec<WasteItem>) -> Vec<WasteItem> {
    let key = |i: &WasteItem| (i.name.get("ja").cloned(), i.category.clone());
    let replaced: BTreeSet<_> = ours.iter().map(key).collect();
    let mut out = ours;
    out.extend(target.into_iter().filter(|t| !replaced.contains(&key(t))));
    out
}
