//! The five files of a 5374.jp set: `description.csv` (the categories), `area_days.csv` (per area, the days of
//! each category; the category columns must be labels of description.csv), `target.csv` (items → category),
//! `remarks.csv` (notes that cells point at with `*1`) and `center.csv` (centre breaks that suspend collection).
//! Cities copied the set from each other for years, so the importer accepts the variants seen in the wild:
//! `label,` instead of `type,` in target.csv, a long `センター（…）` header, a BOM in one file only, furigana with
//! trailing spaces.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{days, hashed_id};
use crate::content::{
    CentreClosure, CollectionRule, HolidayRule, Localized, WasteArea, WasteCategory, WasteItem,
    WasteRemark,
};
use crate::problem::Report;
use crate::table::Table;
use crate::SourceText;

fn is_colour(s: &str) -> bool {
    s.strip_prefix('#')
        .is_some_and(|h| (h.len() == 3 || h.len() == 6) && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub(super) fn import_description(src: &SourceText, report: &mut Report) -> Vec<WasteCategory> {
    let t = Table::parse(&src.file, &src.text, report);
    let Some(label_col) = t.column_or_position(&["label"], 0, report) else {
        return Vec::new();
    };
    let sublabel = t.column(&["sublabel"]);
    let description = t.column(&["description"]);
    let colour = t.column(&["bgcolor"]);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let label = row.get(label_col);
        if label.is_empty() {
            report.error(
                &t.file,
                row.line,
                &t.header[label_col],
                "empty required field",
            );
            continue;
        }
        if let Some(first) = seen.get(label) {
            report.error(
                &t.file,
                row.line,
                "label",
                format!("duplicate category `{label}` (first at line {first})"),
            );
            continue;
        }
        seen.insert(label.to_string(), row.line);
        let colour = row.opt(colour).and_then(|c| {
            if is_colour(c) {
                Some(c.to_ascii_lowercase())
            } else {
                report.warning(
                    &t.file,
                    row.line,
                    "bgcolor",
                    format!("`{c}` is not a colour like #ea3b13; ignored"),
                );
                None
            }
        });
        out.push(WasteCategory {
            label: label.to_string(),
            id: hashed_id("c-", &[label]),
            sublabel: row.opt(sublabel).map(str::to_string),
            description: row
                .opt(description)
                .map(|d| Localized::from([("ja".to_string(), d.to_string())]))
                .unwrap_or_default(),
            colour,
            names: Vec::new(),
            holidays: HolidayRule::Collect,
        });
    }
    out
}

pub(super) fn import_area_days(
    src: &SourceText,
    labels: &BTreeSet<&str>,
    centres: &BTreeSet<&str>,
    center_file: Option<&str>,
    remark_ids: Option<&BTreeSet<&str>>,
    report: &mut Report,
) -> Vec<WasteArea> {
    let t = Table::parse(&src.file, &src.text, report);
    if t.header.len() < 3 {
        if !t.header.is_empty() {
            report.error(
                &t.file,
                1,
                "header",
                "needs the columns 地名, センター and one column per category",
            );
        }
        return Vec::new();
    }
    // The first two columns are positional in 5374; their header text varies between cities.
    if t.header[0] != "地名" {
        report.warning(
            &t.file,
            1,
            &t.header[0],
            "the first column should be 地名 (the area name)",
        );
    }
    if !t.header[1].starts_with("センター") {
        report.warning(
            &t.file,
            1,
            &t.header[1],
            "the second column should be センター (the centre whose holidays apply)",
        );
    }
    // Columns that are not known categories are reported once here and skipped in every row.
    let mut columns: Vec<Option<&str>> = Vec::new();
    let mut seen_columns = BTreeSet::new();
    for (i, name) in t.header.iter().enumerate().skip(2) {
        let name = name.as_str();
        if name.is_empty() {
            // Spreadsheets leave empty trailing columns behind; only a nameless column with data is wrong.
            if t.rows.iter().any(|r| !r.get(i).is_empty()) {
                report.error(
                    &t.file,
                    1,
                    "header",
                    format!("column {} has days but no category name", i + 1),
                );
            }
            columns.push(None);
        } else if !seen_columns.insert(name) {
            report.error(&t.file, 1, name, "category column listed twice");
            columns.push(None);
        } else if !labels.contains(name) {
            report.error(
                &t.file,
                1,
                name,
                "unknown category: not a label in the description file (waste_description)",
            );
            columns.push(None);
        } else {
            columns.push(Some(name));
        }
    }

    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut unknown_centres: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let name = row.get(0);
        if name.is_empty() {
            report.error(&t.file, row.line, &t.header[0], "empty required field");
            continue;
        }
        if let Some(first) = seen.get(name) {
            report.error(
                &t.file,
                row.line,
                &t.header[0],
                format!("duplicate area `{name}` (first at line {first})"),
            );
            continue;
        }
        seen.insert(name.to_string(), row.line);
        if row.cells.len() > t.header.len()
            && row.cells[t.header.len()..].iter().any(|c| !c.is_empty())
        {
            report.warning(
                &t.file,
                row.line,
                "csv",
                format!(
                    "{} cells but the header has {}; the extra cells are ignored",
                    row.cells.len(),
                    t.header.len()
                ),
            );
        }
        let centre = row.opt(Some(1)).map(str::to_string);
        if let (Some(c), Some(_)) = (&centre, center_file) {
            if !centres.contains(c.as_str()) {
                unknown_centres.entry(c.clone()).or_insert((row.line, 0)).1 += 1;
            }
        }
        let mut rules = Vec::new();
        for (i, category) in columns.iter().enumerate() {
            let Some(category) = category else { continue };
            let cell = row.get(i + 2);
            if cell.is_empty() {
                continue;
            }
            let parsed = days::parse_cell(cell);
            for e in parsed.errors {
                report.error(&t.file, row.line, *category, e);
            }
            for w in parsed.warnings {
                report.warning(&t.file, row.line, *category, w);
            }
            for id in &parsed.remarks {
                if remark_ids.is_some_and(|ids| !ids.contains(id.as_str())) {
                    report.error(
                        &t.file,
                        row.line,
                        *category,
                        format!("`*{id}` names no remark: remarks.csv has no row with ID {id}"),
                    );
                }
            }
            if !parsed.rules.is_empty() || !parsed.remarks.is_empty() {
                rules.push(CollectionRule {
                    category: category.to_string(),
                    days: parsed.rules,
                    remarks: parsed.remarks,
                    valid_from: None,
                    valid_to: None,
                });
            }
        }
        out.push(WasteArea {
            id: String::new(),
            name: name.to_string(),
            centre,
            rules,
        });
    }
    if let Some(file) = center_file {
        for (c, (line, count)) in unknown_centres {
            report.warning(
                &t.file,
                line,
                &t.header[1],
                format!(
                    "centre `{c}` ({count} area(s), the first here) has no holiday rows in {file}"
                ),
            );
        }
    }
    out
}

/// target.csv: item → category. The reading is kept only when it is one: many sets put the 50音 index letter
/// (`あ`) in `furigana`.
pub(super) fn import_target(
    src: &SourceText,
    labels: &BTreeSet<&str>,
    report: &mut Report,
) -> Vec<WasteItem> {
    let t = Table::parse(&src.file, &src.text, report);
    let category = t.column_or_position(&["type", "label"], 0, report);
    let name = t.column_or_position(&["name"], 1, report);
    let (Some(category), Some(name)) = (category, name) else {
        return Vec::new();
    };
    let notes = t.column(&["notice"]);
    let reading = t.column(&["furigana"]);
    let category_field = t.header[category].clone();
    let mut out = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    // Unknown categories are reported once each (a set can have hundreds of such rows).
    let mut unknown: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for row in &t.rows {
        let (c, n) = (row.get(category), row.get(name));
        if n.is_empty() {
            report.error(&t.file, row.line, &t.header[name], "empty required field");
            continue;
        }
        if c.is_empty() {
            report.error(&t.file, row.line, &category_field, "empty required field");
            continue;
        }
        if !labels.is_empty() && !labels.contains(c) {
            unknown.entry(c.to_string()).or_insert((row.line, 0)).1 += 1;
        }
        let id = hashed_id("t-", &[c, n]);
        if let Some(first) = seen.get(&id) {
            report.warning(
                &t.file,
                row.line,
                &t.header[name],
                format!("`{n}` ({c}) is listed twice (first at line {first}); the first is kept"),
            );
            continue;
        }
        seen.insert(id.clone(), row.line);
        let ja = |v: Option<&str>| {
            v.map(|s| Localized::from([("ja".to_string(), s.to_string())]))
                .unwrap_or_default()
        };
        out.push(WasteItem {
            id,
            rank: None,
            name: ja(Some(n)),
            reading: row
                .opt(reading)
                .filter(|r| r.chars().count() > 1)
                .map(str::to_string),
            category: c.to_string(),
            how: Localized::new(),
            notes: ja(row.opt(notes)),
            synonyms: BTreeMap::new(),
            valid_from: None,
            valid_to: None,
        });
    }
    for (c, (line, count)) in unknown {
        // 5374 shows such items without a calendar; often on purpose (粗大ごみ by appointment).
        let items = if count == 1 {
            "1 item".to_string()
        } else {
            format!("{count} items, the first here")
        };
        report.warning(
            &t.file,
            line,
            &category_field,
            format!(
                "unknown category `{c}` ({items}): not a label in the description file, so it has no collection days"
            ),
        );
    }
    out
}

pub(super) fn import_remarks(src: &SourceText, report: &mut Report) -> Vec<WasteRemark> {
    let t = Table::parse(&src.file, &src.text, report);
    // Header `ID,注意事項` in every known set; fall back to the first and the last column.
    let id_col = t.column(&["ID", "id"]).unwrap_or(0);
    let col = t
        .column(&["注意事項", "text", "remarks", "remark"])
        .unwrap_or(t.header.len().saturating_sub(1));
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for r in &t.rows {
        let (id, text) = (r.get(id_col), r.get(col));
        if text.is_empty() {
            continue;
        }
        if let Some(first) = seen.get(id) {
            report.error(
                &t.file,
                r.line,
                &t.header[id_col],
                format!("duplicate ID `{id}` (first at line {first})"),
            );
            continue;
        }
        seen.insert(id.to_string(), r.line);
        out.push(WasteRemark {
            id: id.to_string(),
            text: text.to_string(),
        });
    }
    out
}

/// A date in center.csv: `2015/12/29`, `2026/1/1` or `2026-01-01`.
pub fn parse_slash_date(s: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split(['/', '-']).collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let n: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2])
}

pub(super) fn import_center(src: &SourceText, report: &mut Report) -> Vec<CentreClosure> {
    let t = Table::parse(&src.file, &src.text, report);
    let name = t.column_or_position(&["名称"], 0, report);
    let start = t.column_or_position(&["休止開始日"], 1, report);
    let end = t.column_or_position(&["休止終了日"], 2, report);
    let (Some(name), Some(start), Some(end)) = (name, start, end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for row in &t.rows {
        let centre = row.get(name);
        if centre.is_empty() {
            report.error(&t.file, row.line, &t.header[name], "empty required field");
            continue;
        }
        let mut date = |col: usize, field: &str| {
            let v = row.get(col);
            let d = parse_slash_date(v);
            if d.is_none() {
                let what = if v.is_empty() {
                    "empty required field".to_string()
                } else {
                    format!("bad date `{v}` (expected YYYY/MM/DD)")
                };
                report.error(&t.file, row.line, field, what);
            }
            d
        };
        let (Some(s), Some(e)) = (date(start, &t.header[start]), date(end, &t.header[end])) else {
            continue;
        };
        if e < s {
            report.error(
                &t.file,
                row.line,
                &t.header[end],
                format!("ends ({e}) before it starts ({s})"),
            );
            continue;
        }
        out.push(CentreClosure {
            centre: centre.to_string(),
            start: s.format("%Y-%m-%d").to_string(),
            end: e.format("%Y-%m-%d").to_string(),
        });
    }
    out
}
