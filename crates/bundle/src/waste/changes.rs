//! `calendar.csv` (kind `waste_calendar`): the city's own changes to the collection days.
//!
//! Header `date,area,category,change,to`; one change a row:
//!
//! | change | meaning | `to` |
//! |--------|---------|------|
//! | `drop` | no collection on `date` | empty |
//! | `add`  | a collection on `date` the rules do not give (needs a category) | empty |
//! | `move` | the collection the rules give on `date` happens on `to` instead (also one a closure dropped) | a date |
//! | `days` | from `date` on, the area's days for the category are `to` (needs both) | 5374 day tokens, or empty to stop |
//!
//! `area` is a name of area_days.csv, `category` a label (or a category id); empty means every area / every
//! category (drop and move). Dates are YYYY-MM-DD (YYYY/MM/DD is read too).

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::{days, parse_slash_date};
use crate::content::{CalendarChange, ChangeKind, CollectionRule, WasteArea, WasteCategory};
use crate::problem::Report;
use crate::table::Table;
use crate::SourceText;

/// A `days` change, applied to the area's rules after the file is read.
struct NewDays {
    date: NaiveDate,
    area: String,
    category: String,
    days: Vec<crate::content::DayRule>,
    remarks: Vec<String>,
}

/// Reads the calendar file: drop/add/move rows are returned, `days` rows change `areas`' rules in place.
pub fn import(
    src: &SourceText,
    categories: &[WasteCategory],
    areas: &mut [WasteArea],
    report: &mut Report,
) -> Vec<CalendarChange> {
    let t = Table::parse(&src.file, &src.text, report);
    let cols = ["date", "area", "category", "change", "to"].map(|c| t.require(&[c], report));
    let [Some(date_c), Some(area_c), Some(cat_c), Some(change_c), Some(to_c)] = cols else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut new_days = Vec::new();
    for row in &t.rows {
        let err = |report: &mut Report, col: usize, what: String| {
            report.error(&t.file, row.line, &t.header[col], what)
        };
        let date_text = row.get(date_c);
        let Some(date) = parse_slash_date(date_text) else {
            err(
                report,
                date_c,
                format!("bad date `{date_text}` (expected YYYY-MM-DD)"),
            );
            continue;
        };
        let area = row.opt(Some(area_c)).map(str::to_string);
        if let Some(a) = &area {
            if !areas.iter().any(|x| &x.name == a) {
                err(
                    report,
                    area_c,
                    format!("unknown area `{a}`: not a 地名 in area_days.csv"),
                );
                continue;
            }
        }
        let category = match row.opt(Some(cat_c)) {
            None => None,
            Some(c) => match categories.iter().find(|x| x.label == c || x.id == c) {
                Some(x) => Some(x.label.clone()),
                None => {
                    err(
                        report,
                        cat_c,
                        format!("unknown category `{c}`: not a label or id"),
                    );
                    continue;
                }
            },
        };
        let to = row.get(to_c);
        let kind = row.get(change_c);
        let change = match kind {
            "drop" | "add" => {
                if !to.is_empty() {
                    report.warning(
                        &t.file,
                        row.line,
                        &t.header[to_c],
                        format!("`{kind}` takes no `to`; ignored"),
                    );
                }
                if kind == "add" && category.is_none() {
                    err(report, cat_c, "`add` needs a category".into());
                    continue;
                }
                if kind == "drop" {
                    ChangeKind::Drop
                } else {
                    ChangeKind::Add
                }
            }
            "move" => match parse_slash_date(to) {
                Some(d) if d != date => ChangeKind::Move {
                    to: d.format("%Y-%m-%d").to_string(),
                },
                Some(_) => {
                    err(report, to_c, "a move to the same day".into());
                    continue;
                }
                None => {
                    err(
                        report,
                        to_c,
                        format!("`move` needs the new date in `to`, not `{to}`"),
                    );
                    continue;
                }
            },
            "days" => {
                let (Some(a), Some(c)) = (&area, &category) else {
                    err(
                        report,
                        change_c,
                        "`days` needs an area and a category".into(),
                    );
                    continue;
                };
                let parsed = days::parse_cell(to);
                for e in &parsed.errors {
                    err(report, to_c, e.clone());
                }
                if !parsed.errors.is_empty() {
                    continue;
                }
                new_days.push(NewDays {
                    date,
                    area: a.clone(),
                    category: c.clone(),
                    days: parsed.rules,
                    remarks: parsed.remarks,
                });
                continue;
            }
            other => {
                err(
                    report,
                    change_c,
                    format!("`{other}` must be drop, add, move or days"),
                );
                continue;
            }
        };
        out.push(CalendarChange {
            date: date.format("%Y-%m-%d").to_string(),
            area,
            category,
            change,
        });
    }
    apply_new_days(new_days, areas);
    out
}

/// Ends the area's rules for the category the day before and starts the new ones; earlier changes first.
fn apply_new_days(mut changes: Vec<NewDays>, areas: &mut [WasteArea]) {
    changes.sort_by_key(|c| c.date);
    for c in changes {
        let Some(area) = areas.iter_mut().find(|a| a.name == c.area) else {
            continue;
        };
        let start = c.date.format("%Y-%m-%d").to_string();
        let end = c
            .date
            .checked_sub_days(Days::new(1))
            .map(|d| d.format("%Y-%m-%d").to_string());
        area.rules.retain(|r| {
            r.category != c.category || r.valid_from.as_ref().is_none_or(|f| *f < start)
        });
        for r in area.rules.iter_mut().filter(|r| r.category == c.category) {
            if r.valid_to.as_ref().is_none_or(|t| *t >= start) {
                r.valid_to = end.clone();
            }
        }
        if !c.days.is_empty() {
            area.rules.push(CollectionRule {
                category: c.category,
                days: c.days,
                remarks: c.remarks,
                valid_from: Some(start),
                valid_to: None,
            });
        }
    }
    // Keep each area's rules in one order: by category as area_days.csv has them, then by start.
    for area in areas.iter_mut() {
        let order: BTreeMap<String, usize> = area
            .rules
            .iter()
            .enumerate()
            .rev()
            .map(|(i, r)| (r.category.clone(), i))
            .collect();
        area.rules
            .sort_by_key(|r| (order[&r.category], r.valid_from.clone()));
    }
}
