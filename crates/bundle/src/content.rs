//! The datasets inside a bundle, as the builder writes them and the app reads them.
//!
//! Every dataset is one JSON file. Collections are sorted and maps are `BTreeMap`s so the same sources always
//! give the same bytes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Text in several locales: tag (`ja`, `ja-easy`, `pt-BR`, …) → text. The app picks one through its fallback
/// chain (the resident's language → their second language → `ja`).
pub type Localized = BTreeMap<String, String>;

pub const CITY_DATASET: &str = "city.json";
pub const PLACES_DATASET: &str = "places.json";
pub const NOTICES_DATASET: &str = "notices.json";
pub const WASTE_DATASET: &str = "waste.json";

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// `city.json`: who the city is and the areas a resident can call home.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CityContent {
    /// 全国地方公共団体コード (six digits with the check digit).
    pub code: String,
    pub prefecture: String,
    pub name: Localized,
    pub timezone: String,
    pub default_locale: String,
    pub centre: LatLon,
    pub sync_interval_minutes: u32,
    pub areas: Vec<Area>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    pub name: Localized,
    pub centre: LatLon,
    /// The matching area name in the waste calendar (`area_days.csv`), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waste_area: Option<String>,
}

/// `places.json`: shelters, AEDs, public toilets and Wi-Fi spots.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PlacesContent {
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Shelter,
    Aed,
    Toilet,
    Wifi,
}

impl PlaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Shelter => "shelter",
            PlaceKind::Aed => "aed",
            PlaceKind::Toilet => "toilet",
            PlaceKind::Wifi => "wifi",
        }
    }
}

/// The hazards a 指定緊急避難場所 is designated for (災害対策基本法 施行令 の 災害種別).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hazard {
    Flood,
    Landslide,
    StormSurge,
    Earthquake,
    Tsunami,
    LargeFire,
    InlandFlood,
    Volcano,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Stable id: `<kind>-<source id or row>`.
    pub id: String,
    pub kind: PlaceKind,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kana: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    pub location: LatLon,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// Where exactly (AED: 設置位置), or the coverage (Wi-Fi: 提供エリア).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hazards: Vec<Hazard>,
    /// Also a 指定避難所 (a place to stay), not only a place to flee to.
    #[serde(default)]
    pub evacuation_centre: bool,
    /// Logical media name (`media/…`) of a photo, resolved through the manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// `notices.json`: the city's messages for the inbox.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NoticesContent {
    pub notices: Vec<Notice>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    /// disaster | weather | crime | child_safety | traffic | bus | business | events | city
    pub category: String,
    /// info | advisory | warning | emergency
    pub severity: String,
    /// RFC 3339 with offset.
    pub published: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// Area ids; empty means the whole city.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    pub title: Localized,
    pub body: Localized,
}

/// `waste.json`: the 5374.jp set, parsed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct WasteContent {
    pub categories: Vec<WasteCategory>,
    pub areas: Vec<WasteArea>,
    pub items: Vec<WasteItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remarks: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centre_closures: Vec<CentreClosure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WasteCategory {
    /// The label used in area_days.csv / target.csv (e.g. `もやすしかないごみ`).
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sublabel: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WasteArea {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre: Option<String>,
    pub rules: Vec<CollectionRule>,
}

/// When one category is collected in one area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollectionRule {
    pub category: String,
    pub days: Vec<DayRule>,
}

/// One 5374 day token, parsed. Weekdays are 0 = Monday … 6 = Sunday.
///
/// `months` (1–12) comes from a month filter after a colon. In 5374 the filter belongs to the whole cell
/// (`火2 金4:4 6 8` = both tokens, only in April, June and August), so every repeating rule can carry one;
/// empty means every month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DayRule {
    /// `月` — every week.
    Weekly {
        weekday: u8,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        months: Vec<u8>,
    },
    /// `火2` — the nth weekday of the month; `火2:4 6 8` limits it to some months.
    NthWeekday {
        weekday: u8,
        nth: u8,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        months: Vec<u8>,
    },
    /// `隔火20150106` — every other week from that date (YYYY-MM-DD, itself a collection day).
    EveryOtherWeek {
        weekday: u8,
        from: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        months: Vec<u8>,
    },
    /// `20250331` — one explicit date (YYYY-MM-DD).
    Date { date: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WasteItem {
    pub name: String,
    pub category: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CentreClosure {
    pub centre: String,
    /// YYYY-MM-DD, inclusive.
    pub start: String,
    pub end: String,
}
