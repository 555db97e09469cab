//! Waste collection: the 5374.jp set plus the city's richer files → `waste.json`, and what is computed from it.
//!
//! Sources (docs/FORMATS.md §1, "Waste"):
//! - `waste_5374`: a folder holding a 5374.jp set ([`five374`]), loaded as the city publishes it;
//! - `waste_categories`: `categories.toml` ([`categories`]): ids, names per locale and by date, holiday rules;
//! - `waste_items` / `waste_item_translations`: our item dictionary ([`items`]), which adds to target.csv;
//! - `waste_calendar`: the city's one-off changes ([`changes`]).
//!
//! From the content: [`calendar`] (collection days, next collection, month view), [`ics`] (RFC 5545 and CSV
//! calendars) and [`open_data`] (those files for every area, beside the bundle).

pub mod calendar;
pub mod categories;
pub mod changes;
pub mod days;
pub mod five374;
pub mod ics;
pub mod items;
pub mod open_data;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use sha2::{Digest, Sha256};

use crate::content::WasteContent;
use crate::problem::Report;
use crate::source::AreaSource;
use crate::SourceText;

pub use five374::parse_slash_date;

/// The files of the waste sources. `area_days` and `description` are required once any is given.
#[derive(Debug, Clone, Copy, Default)]
pub struct WasteSources<'a> {
    pub area_days: Option<&'a SourceText>,
    pub description: Option<&'a SourceText>,
    pub target: Option<&'a SourceText>,
    pub remarks: Option<&'a SourceText>,
    pub center: Option<&'a SourceText>,
    pub categories: Option<&'a SourceText>,
    pub items: Option<&'a SourceText>,
    pub item_translations: Option<&'a SourceText>,
    pub calendar: Option<&'a SourceText>,
}

/// `prefix` and the first 10 hex digits of the SHA-256 of `parts`: an id that stays the same when rows are
/// added or reordered around it.
pub(crate) fn hashed_id(prefix: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.update([0x1f]);
        }
        h.update(p.as_bytes());
    }
    format!("{prefix}{}", &hex::encode(h.finalize())[..10])
}

/// Reads and checks the waste sources. Problems go to `report`; the content holds whatever could be read.
pub fn import(src: &WasteSources, report: &mut Report) -> WasteContent {
    let mut content = WasteContent::default();
    let mut categories = src
        .description
        .map(|d| five374::import_description(d, report))
        .unwrap_or_default();
    if let Some(file) = src.categories {
        categories::import(file, &mut categories, report);
    }
    let labels: BTreeSet<&str> = categories.iter().map(|c| c.label.as_str()).collect();

    let remarks = src
        .remarks
        .map(|r| five374::import_remarks(r, report))
        .unwrap_or_default();
    let remark_ids: BTreeSet<&str> = remarks.iter().map(|r| r.id.as_str()).collect();

    let closures = src
        .center
        .map(|c| five374::import_center(c, report))
        .unwrap_or_default();
    let centres: BTreeSet<&str> = closures.iter().map(|c| c.centre.as_str()).collect();

    if let Some(area_days) = src.area_days {
        let center_file = src.center.map(|c| c.file.as_str());
        content.areas = five374::import_area_days(
            area_days,
            &labels,
            &centres,
            center_file,
            src.remarks.map(|_| &remark_ids),
            report,
        );
        // A category nobody collects is usually a renamed column.
        let used: BTreeSet<&str> = content
            .areas
            .iter()
            .flat_map(|a| a.rules.iter().map(|r| r.category.as_str()))
            .collect();
        if let Some(d) = src.description {
            for c in &categories {
                if !used.contains(c.label.as_str()) && !content.areas.is_empty() {
                    report.warning(
                        &d.file,
                        1,
                        "label",
                        format!("category `{}` has no column in {}", c.label, area_days.file),
                    );
                }
            }
        }
    }
    let target = src
        .target
        .map(|t| five374::import_target(t, &labels, report))
        .unwrap_or_default();
    let mut ours = src
        .items
        .map(|i| items::import_items(i, &labels, report))
        .unwrap_or_default();
    if let Some(t) = src.item_translations {
        items::import_translations(t, &mut ours, report);
    }
    content.items = items::merge(ours, target);
    if let Some(file) = src.calendar {
        content.calendar_changes = changes::import(file, &categories, &mut content.areas, report);
    }
    content.categories = categories;
    content.remarks = remarks;
    content.centre_closures = closures;
    content
}

/// Gives every waste area its id: the first city.toml area that names it, else a hash of its name.
pub fn assign_area_ids(content: &mut WasteContent, city_areas: &[AreaSource]) {
    let mut taken = BTreeSet::new();
    for area in &mut content.areas {
        let from_city = city_areas
            .iter()
            .find(|a| a.waste_area.as_deref() == Some(area.name.as_str()))
            .map(|a| a.id.clone());
        area.id = match from_city {
            Some(id) if taken.insert(id.clone()) => id,
            _ => hashed_id("a-", &[&area.name]),
        };
    }
}
