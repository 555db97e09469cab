//! `translations.csv` (`place_translations`): place names and addresses in the locales the open data does not
//! carry.
//!
//! One row per place and locale, header `id,locale,name,address`: `id` is the place id (`shelter-0001`), `locale`
//! a shipped locale other than `ja` (the Japanese text is the places file's own), and either text may be empty —
//! the app then falls back like all content (the resident's language → their second language → `ja`). A row
//! replaces what `名称_英語` / `名称_英字` gave for `en`: the city's own file is the curated one.

use std::collections::BTreeMap;

use crate::city::{is_known_locale, LOCALES};
use crate::content::Place;
use crate::places::IdRegistry;
use crate::problem::Report;
use crate::table::{Row, Table};
use crate::SourceText;

const ID: &[&str] = &["id"];
const LOCALE: &[&str] = &["locale"];
const NAME: &[&str] = &["name"];
const ADDRESS: &[&str] = &["address"];

/// Merges every translations file into `places`. `ids` knows every id the places files used, also of rows left
/// out for errors, so only ids that no file has are reported.
pub fn apply(sources: &[&SourceText], ids: &IdRegistry, places: &mut [Place], report: &mut Report) {
    let index: BTreeMap<String, usize> = places
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();
    let mut first: BTreeMap<(String, String), (String, usize)> = BTreeMap::new();
    for src in sources {
        let t = Table::parse(&src.file, &src.text, report);
        if t.header.is_empty() {
            continue;
        }
        let Some(c) = Columns::find(&t, report) else {
            continue;
        };
        for row in &t.rows {
            let Some(tr) = read_row(row, &t, &c, ids, &mut first, report) else {
                continue;
            };
            // A known id missing from `index` belongs to a row left out for its own errors.
            let Some(&i) = index.get(tr.id) else {
                continue;
            };
            let place = &mut places[i];
            if let Some(name) = tr.name {
                place.name.insert(tr.locale.to_string(), name.to_string());
            }
            if let Some(address) = tr.address {
                place
                    .address
                    .insert(tr.locale.to_string(), address.to_string());
            }
        }
    }
}

struct Columns {
    id: usize,
    locale: usize,
    name: Option<usize>,
    address: Option<usize>,
}

impl Columns {
    fn find(t: &Table, report: &mut Report) -> Option<Columns> {
        let id = t.require(ID, report);
        let locale = t.require(LOCALE, report);
        let name = t.column(NAME);
        let address = t.column(ADDRESS);
        if name.is_none() && address.is_none() {
            report.error(
                &t.file,
                1,
                "name",
                "the header needs a `name` or an `address` column (id,locale,name,address)",
            );
            return None;
        }
        Some(Columns {
            id: id?,
            locale: locale?,
            name,
            address,
        })
    }
}

/// One checked row.
struct Translation<'a> {
    id: &'a str,
    locale: &'a str,
    name: Option<&'a str>,
    address: Option<&'a str>,
}

fn read_row<'a>(
    row: &'a Row,
    t: &Table,
    c: &Columns,
    ids: &IdRegistry,
    first: &mut BTreeMap<(String, String), (String, usize)>,
    report: &mut Report,
) -> Option<Translation<'a>> {
    let errors_before = report.error_count();
    let (id, locale) = (row.get(c.id), row.get(c.locale));
    let (id_field, locale_field) = (&t.header[c.id], &t.header[c.locale]);
    if id.is_empty() {
        report.error(&t.file, row.line, id_field, "empty required field");
    } else if !ids.contains(id) {
        report.error(&t.file, row.line, id_field, unknown_id(id, ids));
    }
    if locale.is_empty() {
        report.error(&t.file, row.line, locale_field, "empty required field");
    } else if locale == "ja" {
        report.error(
            &t.file,
            row.line,
            locale_field,
            "the Japanese name and address come from the places file; translate into the other locales",
        );
    } else if !is_known_locale(locale) {
        report.error(
            &t.file,
            row.line,
            locale_field,
            format!(
                "unknown locale tag `{locale}` (known: {})",
                LOCALES[1..].join(", ")
            ),
        );
    }
    if report.error_count() > errors_before {
        return None;
    }
    let key = (id.to_string(), locale.to_string());
    if let Some((f, l)) = first.get(&key) {
        report.error(
            &t.file,
            row.line,
            id_field,
            format!("`{id}` is translated into `{locale}` twice (first at {f}:{l})"),
        );
        return None;
    }
    first.insert(key, (t.file.clone(), row.line));
    let tr = Translation {
        id,
        locale,
        name: row.opt(c.name),
        address: row.opt(c.address),
    };
    if tr.name.is_none() && tr.address.is_none() {
        report.warning(
            &t.file,
            row.line,
            id_field,
            "neither a name nor an address: nothing to translate",
        );
    }
    Some(tr)
}

/// Says what is wrong with an id no places file has, with the likely meant one when only the kind is missing.
fn unknown_id(id: &str, ids: &IdRegistry) -> String {
    let suffix = format!("-{id}");
    let meant: Vec<&str> = ids.ids().filter(|known| known.ends_with(&suffix)).collect();
    match meant.as_slice() {
        [one] => format!("`{id}` is not a place id; did you mean `{one}`? (ids are `<kind>-<ID>`)"),
        _ => format!(
            "`{id}` is not a place in the places sources (ids are `<kind>-<ID>`, e.g. `shelter-0001`)"
        ),
    }
}
