//! `translations.txt`: names in other languages, and readings (`ja-Hrkt`), in either of its two layouts.
//!
//! - GTFS-JP v1 (still what most Japanese feeds publish): `trans_id,lang,translation`, where `trans_id` is the
//!   Japanese text itself, so one row translates that text wherever it appears. Some feeds translate fragments
//!   (`番のりば`) rather than whole names (`川崎駅西口51番のりば`); a reading is then put together from them.
//! - GTFS (and GTFS-JP v2+): `table_name,field_name,language,translation,record_id,record_sub_id,field_value`,
//!   naming one record (`record_id`) or every record whose field has a value (`field_value`).
//!
//! Japanese itself comes from the GTFS files; `ja-Hrkt` becomes the reading (in hiragana), and any other
//! language becomes the Machi locale it stands for (`en-US` → `en`, `zh-CN` → `zh-Hans`).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::Problems;
use crate::city::LOCALES;
use crate::content::Localized;
use crate::table::Row;

use super::gtfs::GtfsTable;

/// The `language` of a reading in kana.
pub(super) const READING: &str = "ja-Hrkt";

/// What a translation's language tag means for Machi.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Language {
    /// `ja-Hrkt`: the reading.
    Reading,
    /// `ja`: the feed's own text.
    Japanese,
    /// One of Machi's locales.
    Locale(&'static str),
    /// A language Machi has no locale for.
    Other,
}

/// Maps a BCP 47 tag to a Machi locale: exactly (`pt-BR`), by a common alias (`zh-CN`, `fil`), or by its
/// language alone (`en-GB` → `en`).
pub(super) fn language(tag: &str) -> Language {
    let lower = tag.trim().to_ascii_lowercase();
    if lower == READING.to_ascii_lowercase() || lower == "ja-kana" || lower == "ja-hira" {
        return Language::Reading;
    }
    if lower == "ja" || lower == "ja-jp" || lower == "ja-jpan" {
        return Language::Japanese;
    }
    if let Some(l) = LOCALES.iter().find(|l| l.to_ascii_lowercase() == lower) {
        return Language::Locale(l);
    }
    let primary = lower.split(['-', '_']).next().unwrap_or("");
    let locale = match primary {
        // Traditional Chinese is its own locale, never mixed into Simplified.
        "zh" if ["hant", "tw", "hk", "mo"]
            .iter()
            .any(|t| lower.split(['-', '_']).any(|p| p == *t)) =>
        {
            Some("zh-Hant")
        }
        "zh" => Some("zh-Hans"),
        "pt" => Some("pt-BR"),
        "fil" => Some("tl"),
        "in" => Some("id"),
        "ja" => None,
        p => LOCALES.iter().copied().find(|l| *l == p),
    };
    locale.map_or(Language::Other, Language::Locale)
}

/// Translations of one text: Machi locale (or [`READING`]) → text.
type Texts = BTreeMap<&'static str, String>;

/// Which records the feed has, by translation table name, and which values each translatable field takes.
#[derive(Default)]
pub(super) struct Records<'a> {
    /// `stops` → every stop_id, …
    pub ids: HashMap<&'static str, HashSet<&'a str>>,
    /// (`stops`, `stop_name`) → every stop name, …
    pub values: HashMap<(&'static str, &'static str), HashSet<&'a str>>,
}

impl<'a> Records<'a> {
    pub fn add(&mut self, table: &'static str, field: &'static str, id: &'a str, value: &'a str) {
        self.ids.entry(table).or_default().insert(id);
        if !value.is_empty() {
            self.values.entry((table, field)).or_default().insert(value);
        }
    }
}

/// The tables a GTFS translation may name; only the first four hold names Machi shows.
const TABLES: [&str; 9] = [
    "agency",
    "stops",
    "routes",
    "trips",
    "stop_times",
    "feed_info",
    "pathways",
    "levels",
    "attributions",
];

/// Every translation of a feed, ready to look up.
#[derive(Default)]
pub(super) struct Translations {
    /// Current layout, by record: (table, field, record_id).
    by_record: HashMap<(String, String, String), Texts>,
    /// Current layout, by value: (table, field, field_value).
    by_value: HashMap<(String, String, String), Texts>,
    /// GTFS-JP v1 layout: Japanese text → its translations.
    by_text: HashMap<String, Texts>,
    /// The longest `trans_id` in characters, to bound the search for fragments.
    longest_text: usize,
}

impl Translations {
    /// Reads translations.txt in whichever layout its header has, checking every row against the feed.
    pub fn read(file: &GtfsTable, records: &Records, p: &mut Problems) -> Translations {
        let mut out = Translations::default();
        let mut unknown_languages: HashSet<String> = HashSet::new();
        let old = file.column("trans_id").is_some();
        let columns: &[&str] = if old {
            &["trans_id", "lang", "translation"]
        } else {
            &["table_name", "field_name", "language", "translation"]
        };
        if !file.require(columns, p) {
            return out;
        }
        let col = |n: &str| file.column(n);
        let lang_col = col(if old { "lang" } else { "language" });
        let text_col = col("translation");
        // The text of every field, one per line, to tell a fragment that occurs in some name from a typo.
        let all_text: String = if old {
            let mut v: Vec<&str> = records.values.values().flatten().copied().collect();
            v.sort_unstable();
            v.join("\n")
        } else {
            String::new()
        };
        let mut firsts: HashMap<(String, &'static str), usize> = HashMap::new();
        for row in &file.table.rows {
            let tag = row.opt(lang_col).unwrap_or("");
            let Some(text) = row.opt(text_col) else {
                p.error(
                    "value",
                    &file.file,
                    row.line,
                    "translation",
                    "must not be empty",
                );
                continue;
            };
            let key: &'static str = match language(tag) {
                Language::Reading => READING,
                Language::Locale(l) => l,
                Language::Japanese => continue,
                Language::Other => {
                    if unknown_languages.insert(tag.to_string()) {
                        p.warning(
                            "language",
                            &file.file,
                            row.line,
                            if old { "lang" } else { "language" },
                            format!(
                                "no Machi locale for `{tag}`; its translations are not used (locales: {})",
                                LOCALES.join(", ")
                            ),
                        );
                    }
                    continue;
                }
            };
            let target = if old {
                out.old_row(file, row, &all_text, p)
            } else {
                out.new_row(file, row, records, p)
            };
            let Some((map_key, texts)) = target else {
                continue;
            };
            match texts.get(key) {
                Some(existing) if existing != text => {
                    let first = firsts.get(&(map_key.clone(), key)).copied().unwrap_or(0);
                    p.error(
                        "duplicate",
                        &file.file,
                        row.line,
                        "translation",
                        format!(
                            "`{map_key}` is translated into `{tag}` twice, differently (first at line {first})"
                        ),
                    );
                }
                Some(_) => {}
                None => {
                    let text = if key == READING {
                        check_reading(text, file, row, p)
                    } else {
                        text.to_string()
                    };
                    texts.insert(key, text);
                    firsts.insert((map_key, key), row.line);
                }
            }
        }
        out
    }

    /// Where a v1 row goes: the text it translates.
    fn old_row(
        &mut self,
        file: &GtfsTable,
        row: &Row,
        all_text: &str,
        p: &mut Problems,
    ) -> Option<(String, &mut Texts)> {
        let id = row.opt(file.column("trans_id")).unwrap_or("");
        if id.is_empty() {
            p.error(
                "value",
                &file.file,
                row.line,
                "trans_id",
                "must not be empty",
            );
            return None;
        }
        if !all_text.contains(id) {
            p.warning(
                "unknown_record",
                &file.file,
                row.line,
                "trans_id",
                format!("`{id}` occurs in no name, route or headsign of the feed; not used"),
            );
            return None;
        }
        self.longest_text = self.longest_text.max(id.chars().count());
        Some((
            id.to_string(),
            self.by_text.entry(id.to_string()).or_default(),
        ))
    }

    /// Where a current-layout row goes: its record or its field value, once both are known to exist.
    fn new_row(
        &mut self,
        file: &GtfsTable,
        row: &Row,
        records: &Records,
        p: &mut Problems,
    ) -> Option<(String, &mut Texts)> {
        let get = |n: &str| row.opt(file.column(n)).unwrap_or("");
        let (table, field) = (get("table_name"), get("field_name"));
        let (record_id, field_value) = (get("record_id"), get("field_value"));
        let Some(table) = TABLES.iter().find(|t| **t == table) else {
            p.error(
                "value",
                &file.file,
                row.line,
                "table_name",
                format!(
                    "`{table}` is not a table a translation can name ({})",
                    TABLES.join(", ")
                ),
            );
            return None;
        };
        if field.is_empty() {
            p.error(
                "value",
                &file.file,
                row.line,
                "field_name",
                "must not be empty",
            );
            return None;
        }
        let by_record = match (record_id.is_empty(), field_value.is_empty()) {
            (false, true) => true,
            (true, false) => false,
            (false, false) => {
                p.error(
                    "value",
                    &file.file,
                    row.line,
                    "field_value",
                    "give record_id or field_value, not both",
                );
                return None;
            }
            (true, true) if *table == "feed_info" => return None,
            (true, true) => {
                p.error(
                    "value",
                    &file.file,
                    row.line,
                    "record_id",
                    "record_id or field_value is required",
                );
                return None;
            }
        };
        // Only tables Machi models can be checked; the others (stop_times, pathways, …) are not shown anyway.
        let ids = records.ids.get(table)?;
        let file_name = format!("{table}.txt");
        if by_record {
            if !ids.contains(record_id) {
                p.error(
                    "unknown_record",
                    &file.file,
                    row.line,
                    "record_id",
                    format!("no record `{record_id}` in {file_name}"),
                );
                return None;
            }
            let key = (table.to_string(), field.to_string(), record_id.to_string());
            let shown = format!("{table}.{field} of {record_id}");
            return Some((shown, self.by_record.entry(key).or_default()));
        }
        let values = records
            .values
            .iter()
            .find(|((t, f), _)| t == table && *f == field);
        match values {
            Some((_, values)) if !values.contains(field_value) => {
                p.error(
                    "unknown_record",
                    &file.file,
                    row.line,
                    "field_value",
                    format!("no {field} `{field_value}` in {file_name}"),
                );
                None
            }
            // A field Machi does not show (stop_desc, tts_stop_name, …): nothing to check it against.
            None => None,
            Some(_) => {
                let key = (
                    table.to_string(),
                    field.to_string(),
                    field_value.to_string(),
                );
                let shown = format!("{table}.{field} `{field_value}`");
                Some((shown, self.by_value.entry(key).or_default()))
            }
        }
    }

    /// The name of one record in every language the feed gives, `ja` being `value` itself, and its reading.
    pub fn localize(
        &self,
        table: &str,
        field: &str,
        record_id: &str,
        value: &str,
    ) -> (Localized, Option<String>) {
        let mut merged: Texts = Texts::new();
        // Most specific last, so it wins: the text anywhere, then this field's value, then this record.
        if let Some(t) = self.by_text.get(value) {
            merged.extend(t.iter().map(|(k, v)| (*k, v.clone())));
        }
        let key = (table.to_string(), field.to_string(), value.to_string());
        if let Some(t) = self.by_value.get(&key) {
            merged.extend(t.iter().map(|(k, v)| (*k, v.clone())));
        }
        let key = (table.to_string(), field.to_string(), record_id.to_string());
        if let Some(t) = self.by_record.get(&key) {
            merged.extend(t.iter().map(|(k, v)| (*k, v.clone())));
        }
        let mut reading = merged.remove(READING);
        if reading.is_none() && !value.is_empty() {
            reading = self.compose_reading(value);
        }
        let mut name: Localized = merged
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        if !value.is_empty() {
            name.insert("ja".into(), value.to_string());
        }
        (name, reading)
    }

    /// A reading put together from v1 fragments (`川崎駅西口` + `51` + `番のりば`), when every part of the text
    /// is a translated fragment or digits and Latin letters, which read as themselves.
    fn compose_reading(&self, text: &str) -> Option<String> {
        if self.by_text.is_empty() {
            return None;
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let at = |i: usize| if i == n { text.len() } else { chars[i].0 };
        // best[i]: a reading of the first i characters, built from the fewest parts.
        let mut best: Vec<Option<(usize, String)>> = vec![None; n + 1];
        best[0] = Some((0, String::new()));
        let mut used_fragment = vec![false; n + 1];
        for i in 0..n {
            let Some((parts, so_far)) = best[i].clone() else {
                continue;
            };
            let mut offer =
                |j: usize, piece: &str, fragment: bool, best: &mut Vec<Option<(usize, String)>>| {
                    if best[j].as_ref().is_none_or(|(p, _)| parts + 1 < *p) {
                        best[j] = Some((parts + 1, format!("{so_far}{piece}")));
                        used_fragment[j] = used_fragment[i] || fragment;
                    }
                };
            for len in 1..=self.longest_text.min(n - i) {
                let piece = &text[at(i)..at(i + len)];
                if let Some(reading) = self.by_text.get(piece).and_then(|t| t.get(READING)) {
                    offer(i + len, reading, true, &mut best);
                }
            }
            let c = chars[i].1;
            if c.is_ascii_alphanumeric() || ('０'..='９').contains(&c) {
                offer(i + 1, &text[at(i)..at(i + 1)], false, &mut best);
            }
        }
        best[n]
            .take()
            .filter(|_| used_fragment[n])
            .map(|(_, reading)| reading)
    }
}

/// A reading in hiragana: katakana is folded (カワサキ → かわさき); kanji means it is not a reading at all.
fn check_reading(text: &str, file: &GtfsTable, row: &Row, p: &mut Problems) -> String {
    if text
        .chars()
        .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c))
    {
        p.warning(
            "reading",
            &file.file,
            row.line,
            "translation",
            format!("`{text}` is a ja-Hrkt reading but has kanji"),
        );
    }
    text.chars()
        .map(|c| match c {
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}
