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
pub const WASTE_DATASET: &str = "waste.json";
pub const TRANSIT_DATASET: &str = "transit.json";
/// The form templates and counters: [`crate::forms::FormsContent`].
pub const FORMS_DATASET: &str = "forms.json";

pub use crate::forms::FormsContent;
pub const HEALTH_DATASET: &str = "health.json";

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// A box around the city (`[city] bounds` of city.toml), WGS 84 degrees: a place outside it is a typo or a
/// neighbour's data, and a point outside it is far from anything the city lists.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

impl Bounds {
    /// Whether `p` lies inside, edges included.
    pub fn contains(&self, p: LatLon) -> bool {
        (self.south..=self.north).contains(&p.lat) && (self.west..=self.east).contains(&p.lon)
    }
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
    /// `[city] bounds`, when the city gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<Bounds>,
    pub sync_interval_minutes: u32,
    pub areas: Vec<Area>,
    /// minisign public keys whose event check-in codes the app accepts: city.toml's `[feed].event_keys`, then
    /// its `public_keys`. The app trusts the keys of the bundle it holds, so publishing rotates them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub event_keys: Vec<String>,
    /// `[feed].missed_searches`: where, inside the feed folder, the resident may send the waste searches that
    /// found nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missed_searches: Option<String>,
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

#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Shelter,
    Aed,
    Toilet,
    Wifi,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 4] = [
        PlaceKind::Shelter,
        PlaceKind::Aed,
        PlaceKind::Toilet,
        PlaceKind::Wifi,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Shelter => "shelter",
            PlaceKind::Aed => "aed",
            PlaceKind::Toilet => "toilet",
            PlaceKind::Wifi => "wifi",
        }
    }

    /// The kind named as in ids and JSON (`shelter`, `aed`, `toilet`, `wifi`).
    pub fn parse(s: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The hazards a 指定緊急避難場所 is designated for (災害対策基本法 施行令 の 災害種別).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

impl Hazard {
    pub const ALL: [Hazard; 8] = [
        Hazard::Flood,
        Hazard::Landslide,
        Hazard::StormSurge,
        Hazard::Earthquake,
        Hazard::Tsunami,
        Hazard::LargeFire,
        Hazard::InlandFlood,
        Hazard::Volcano,
    ];

    /// The name used in JSON and on the command line (`flood`, `storm_surge`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Hazard::Flood => "flood",
            Hazard::Landslide => "landslide",
            Hazard::StormSurge => "storm_surge",
            Hazard::Earthquake => "earthquake",
            Hazard::Tsunami => "tsunami",
            Hazard::LargeFire => "large_fire",
            Hazard::InlandFlood => "inland_flood",
            Hazard::Volcano => "volcano",
        }
    }

    pub fn parse(s: &str) -> Option<Hazard> {
        Hazard::ALL.into_iter().find(|h| h.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Stable id: `<kind>-<source id or row>`.
    pub id: String,
    pub kind: PlaceKind,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kana: Option<String>,
    /// The address per locale: `ja` from the places file (住所 and 方書), others from the translations file.
    /// Bundles written before addresses were translated hold a plain string, read as `ja`.
    #[serde(
        default,
        skip_serializing_if = "Localized::is_empty",
        deserialize_with = "localized_or_plain"
    )]
    pub address: Localized,
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

/// Reads per-locale text that older bundles wrote as one Japanese string.
fn localized_or_plain<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Localized, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Text {
        Plain(String),
        Localized(Localized),
    }
    Ok(match Option::<Text>::deserialize(d)? {
        None => Localized::new(),
        Some(Text::Plain(s)) if s.is_empty() => Localized::new(),
        Some(Text::Plain(s)) => Localized::from([("ja".to_string(), s)]),
        Some(Text::Localized(map)) => map,
    })
}

/// Logical names of the message datasets start with this: `messages/<YYYY-MM>-<n>.json`, each a
/// [`MessagesChunk`].
///
/// Messages are grouped by the calendar month of `sent` (as written, in its own offset), sorted by
/// (sent, id) and cut into chunks of at most [`MESSAGES_PER_CHUNK`] messages and [`MESSAGES_CHUNK_MAX_BYTES`]
/// bytes, numbered from 1. A new latest message therefore changes only its month's last chunk (or starts a new
/// one), so a resident polling a long history downloads one small file.
pub const MESSAGES_PREFIX: &str = "messages/";
/// At most this many messages in one chunk.
pub const MESSAGES_PER_CHUNK: usize = 24;
/// At most this many bytes in one chunk file, unless a single message is bigger on its own: messages in twelve
/// languages run to several kilobytes each, and a resident should never download more than ~50 KB for one new
/// message.
pub const MESSAGES_CHUNK_MAX_BYTES: usize = 32 * 1024;

/// `messages/<YYYY-MM>-<n>.json`: one slice of the inbox (see [`MESSAGES_PREFIX`]).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MessagesChunk {
    pub messages: Vec<Message>,
}

/// One message for the inbox, on the model of a CAP 1.2 alert (alert + info + area). A CAP file with several
/// `<info>` languages is one message with several locales; the city's own notices map onto the same model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// CAP `identifier`, or the notice's `id`; unique in the bundle.
    pub id: String,
    /// CAP `sender`; for notices, `notices.toml` `sender` (default: the city code).
    pub sender: String,
    /// `YYYY-MM-DDThh:mm:ss±hh:mm`, as the source wrote it (`-00:00` is UTC).
    pub sent: String,
    pub status: MessageStatus,
    pub msg_type: MsgType,
    /// Ids of the messages this one updates or cancels (Update and Cancel always have some).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
    /// One of `notices::CATEGORIES`: what a resident follows or mutes.
    pub category: String,
    /// The CAP `<category>` values, when the message came from CAP.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cap_categories: Vec<CapCategory>,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub event: Localized,
    #[serde(default)]
    pub urgency: Urgency,
    #[serde(default)]
    pub severity: Severity,
    #[serde(default)]
    pub certainty: Certainty,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub headline: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub instruction: Localized,
    /// An http(s) address with more information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "MessageArea::is_whole_city_without_text"
    )]
    pub area: MessageArea,
    /// Place ids (`shelter-0001`) of the shelters this message opens.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opens_shelters: Vec<String>,
    pub origin: MessageOrigin,
}

/// Who a message is for. Only these two reach residents: CAP `System`, `Test` and `Draft` are left out.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MessageStatus {
    #[default]
    Actual,
    /// A drill: shown, marked as one.
    Exercise,
}

/// CAP `msgType`. `Ack` and `Error` are not for residents and are left out.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MsgType {
    #[default]
    Alert,
    /// Replaces the messages in `references`.
    Update,
    /// Withdraws the messages in `references`.
    Cancel,
}

/// CAP 1.2 `<category>`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapCategory {
    Geo,
    Met,
    Safety,
    Security,
    Rescue,
    Fire,
    Health,
    Env,
    Transport,
    Infra,
    Cbrne,
    Other,
}

/// CAP 1.2 `<urgency>`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Immediate,
    Expected,
    Future,
    Past,
    #[default]
    Unknown,
}

/// CAP 1.2 `<severity>`. (Not [`crate::Severity`], which is how bad a problem in the sources is.)
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "MessageSeverity"))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Extreme,
    Severe,
    Moderate,
    Minor,
    #[default]
    Unknown,
}

/// CAP 1.2 `<certainty>`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    Observed,
    Likely,
    Possible,
    Unlikely,
    #[default]
    Unknown,
}

/// Where a message applies. Ids, polygons and circles all empty means the whole city.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MessageArea {
    /// `[[areas]]` ids of city.toml.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    /// Closed rings (the first point repeated as the last), WGS 84.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub polygons: Vec<Vec<LatLon>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub circles: Vec<Circle>,
    /// CAP `areaDesc`, per locale.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
}

impl MessageArea {
    /// The whole city: no area id, polygon or circle narrows it.
    pub fn is_whole_city(&self) -> bool {
        self.ids.is_empty() && self.polygons.is_empty() && self.circles.is_empty()
    }

    fn is_whole_city_without_text(&self) -> bool {
        self.is_whole_city() && self.description.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Circle {
    pub centre: LatLon,
    pub radius_km: f64,
}

/// Which source format a message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageOrigin {
    /// A CAP 1.2 file (`kind = "cap"`).
    Cap,
    /// `notices.toml` (`kind = "notices"`).
    Notice,
}

/// `waste.json`: the 5374.jp set, parsed, with the city's richer category and item files merged in.
///
/// Dates are `YYYY-MM-DD` strings; every `valid_from`/`valid_to` pair is inclusive at both ends, and a missing
/// end is open.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct WasteContent {
    pub categories: Vec<WasteCategory>,
    pub areas: Vec<WasteArea>,
    pub items: Vec<WasteItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remarks: Vec<WasteRemark>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centre_closures: Vec<CentreClosure>,
    /// The city's own one-off changes (waste_calendar): dropped, added and moved collections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calendar_changes: Vec<CalendarChange>,
}

impl WasteContent {
    pub fn category(&self, label: &str) -> Option<&WasteCategory> {
        self.categories.iter().find(|c| c.label == label)
    }

    /// An area by its 5374 name (`小山地区`) or its id (`oyama`).
    pub fn area(&self, name_or_id: &str) -> Option<&WasteArea> {
        self.areas
            .iter()
            .find(|a| a.name == name_or_id)
            .or_else(|| self.areas.iter().find(|a| a.id == name_or_id))
    }
}

/// What happens to a category's collection on a public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayRule {
    /// Collected as usual (5374's own assumption, and Oyama's practice).
    #[default]
    Collect,
    /// Not collected on a national holiday.
    Skip,
}

impl HolidayRule {
    pub fn is_collect(&self) -> bool {
        *self == HolidayRule::Collect
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WasteCategory {
    /// The label used in area_days.csv / target.csv (e.g. `もやすしかないごみ`): the key every file refers to.
    pub label: String,
    /// Stable ASCII id (`burnable`), from waste_categories, or `c-` and a hash of the label.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sublabel: Option<String>,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
    /// The names residents see, each for a span of dates (a city renames a category without changing its
    /// label). Empty: the label is the name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<DatedName>,
    #[serde(default, skip_serializing_if = "HolidayRule::is_collect")]
    pub holidays: HolidayRule,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatedName {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    pub name: Localized,
}

/// Whether `date` (YYYY-MM-DD) lies in the inclusive span; YYYY-MM-DD strings order like dates.
pub fn date_in_span(date: &str, from: Option<&str>, to: Option<&str>) -> bool {
    from.is_none_or(|f| f <= date) && to.is_none_or(|t| date <= t)
}

impl WasteCategory {
    /// The name valid on `date` (YYYY-MM-DD) in the first of `locales` that has one, else in `ja`, else the label.
    pub fn name_on(&self, date: &str, locales: &[&str]) -> &str {
        let Some(dated) = self
            .names
            .iter()
            .find(|n| date_in_span(date, n.valid_from.as_deref(), n.valid_to.as_deref()))
        else {
            return &self.label;
        };
        locales
            .iter()
            .chain(std::iter::once(&"ja"))
            .find_map(|l| dated.name.get(*l))
            .map(String::as_str)
            .unwrap_or(&self.label)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WasteArea {
    /// ASCII id for file names and calendar UIDs: the first city.toml area that points at this one, else `a-` and
    /// a hash of the name.
    #[serde(default)]
    pub id: String,
    /// The name in area_days.csv (`小山地区`).
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre: Option<String>,
    pub rules: Vec<CollectionRule>,
}

/// When one category is collected in one area, between two dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollectionRule {
    pub category: String,
    pub days: Vec<DayRule>,
    /// Ids of remarks.csv rows that the cell points at with `*1`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remarks: Vec<String>,
    /// From waste_calendar `days` changes: the rule holds from/to these dates (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
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

/// One item a resident may want to throw away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WasteItem {
    /// Stable id: from waste_items, or `t-` and a hash of the category and name for target.csv rows.
    pub id: String,
    /// 1 = most asked; `None` for items without a rank (after every ranked one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    /// `ja` always; other locales from waste_item_translations.
    pub name: Localized,
    /// Hiragana reading of the Japanese name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    /// The category label.
    pub category: String,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub how: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub notes: Localized,
    /// Other words residents use, per locale.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub synonyms: BTreeMap<String, Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
}

/// A remarks.csv row; cells point at it with `*<id>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WasteRemark {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CentreClosure {
    pub centre: String,
    /// YYYY-MM-DD, inclusive.
    pub start: String,
    pub end: String,
}

/// One row of the city's calendar file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalendarChange {
    /// YYYY-MM-DD: the day collected (add) or no longer collected (drop, move).
    pub date: String,
    /// A 5374 area name; `None` = every area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// A category label; `None` = every category (drop and move only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub change: ChangeKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChangeKind {
    /// No collection on the date.
    Drop,
    /// A collection on the date that the rules do not give.
    Add,
    /// The collection the rules give on the date happens on `to` instead.
    Move { to: String },
}

/// `transit.json`: the city's bus timetable, read from its GTFS-JP feed, checked and linked.
///
/// Every reference inside is an index into the list it names (a trip's `route: 2` is `routes[2]`, a stop time's
/// stop is an index into `stops`): a feed of 10,000 trips repeats its references hundreds of thousands of times,
/// and indices keep both the file and the app's linking small. Lists keep the feed's own order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TransitContent {
    pub agencies: Vec<TransitAgency>,
    /// 営業所 (`office_jp.txt`), the operators that run trips for an agency.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<TransitOffice>,
    pub stops: Vec<TransitStop>,
    pub routes: Vec<TransitRoute>,
    pub services: Vec<TransitService>,
    /// The distinct trip headsigns; trips point into this list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headsigns: Vec<TransitText>,
    pub trips: Vec<TransitTrip>,
}

/// `agency.txt` with its `agency_jp.txt` row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransitAgency {
    pub id: String,
    pub name: Localized,
    /// The name in hiragana (the `ja-Hrkt` translation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    /// `agency_official_name` from `agency_jp.txt` (the registered name, e.g. 〇〇株式会社).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official_name: Option<String>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fare_url: Option<String>,
}

/// One `office_jp.txt` row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransitOffice {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// A bus stop, a platform (のりば) of a station, or the station itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransitStop {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `ja` from `stops.txt`, other locales from `translations.txt`.
    pub name: Localized,
    /// The name in hiragana, for search and for furigana.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    pub location: LatLon,
    /// A station (`location_type` 1) groups platforms; buses stop at its platforms, never at the station.
    #[serde(default, skip_serializing_if = "is_false")]
    pub station: bool,
    /// The station this platform belongs to (index into `stops`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransitRoute {
    pub id: String,
    /// Index into `agencies`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<u32>,
    /// The line's name (間々田線); many GTFS-JP feeds leave it empty and use `long_name` only.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub short_name: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub long_name: Localized,
    /// The reading of the name the route is shown by (short, else long), in hiragana.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    /// `#RRGGBB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_colour: Option<String>,
}

/// The days a service runs: `calendar.txt` and `calendar_dates.txt` together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransitService {
    pub id: String,
    /// Bit 0 = Monday … bit 6 = Sunday; 0 when the service has dates only.
    #[serde(default)]
    pub weekdays: u8,
    /// First and last day of the weekly pattern (YYYY-MM-DD, inclusive); absent with `weekdays` 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Extra days (YYYY-MM-DD, sorted), e.g. a holiday timetable on a weekday holiday.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<String>,
    /// Days taken out of the weekly pattern (YYYY-MM-DD, sorted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
}

/// Text with its reading, such as a headsign.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TransitText {
    pub text: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
}

/// One run of a bus along a route, with its stop times in order.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitTrip {
    pub id: String,
    /// Index into `routes`.
    pub route: u32,
    /// Index into `services`.
    pub service: u32,
    /// Index into `headsigns`.
    pub headsign: Option<u32>,
    /// `direction_id`: 0 or 1.
    pub direction: Option<u8>,
    /// Index into `offices`.
    pub office: Option<u32>,
    pub stop_times: Vec<TripStop>,
}

/// A trip's call at one stop. Times are seconds after the start of the service day and may pass 24:00
/// (25:10 = 90,600): such a call belongs to the service day before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TripStop {
    /// Index into `stops`.
    pub stop: u32,
    pub arrival: u32,
    pub departure: u32,
    /// Riders may board here (`pickup_type` is not 1).
    pub pickup: bool,
    /// Riders may get off here (`drop_off_type` is not 1).
    pub drop_off: bool,
}

/// How a trip is written in `transit.json`. Stop times are one flat list of triples `stop, arrival − previous
/// departure, departure − arrival` (the first arrival absolute): a typical call is `41,120,0` rather than
/// `{"stop":41,"arrival":25320,"departure":25320}`, a fifth of the size. The calls where riders may not board or
/// alight are listed by position, and are usually just the first and the last.
#[derive(Serialize, Deserialize)]
struct TripJson<I, T> {
    id: I,
    route: u32,
    service: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    headsign: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    direction: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    office: Option<u32>,
    times: T,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    no_pickup: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    no_drop_off: Vec<u32>,
}

/// The flat triples of [`TripJson`], written straight from the stop times.
struct TimesOut<'a>(&'a [TripStop]);

impl Serialize for TimesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.0.len() * 3))?;
        let mut previous = 0u32;
        for st in self.0 {
            seq.serialize_element(&st.stop)?;
            seq.serialize_element(&st.arrival.saturating_sub(previous))?;
            seq.serialize_element(&st.departure.saturating_sub(st.arrival))?;
            previous = st.departure;
        }
        seq.end()
    }
}

fn positions(stop_times: &[TripStop], flag: impl Fn(&TripStop) -> bool) -> Vec<u32> {
    (0u32..)
        .zip(stop_times)
        .filter(|(_, st)| !flag(st))
        .map(|(i, _)| i)
        .collect()
}

impl Serialize for TransitTrip {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TripJson {
            id: self.id.as_str(),
            route: self.route,
            service: self.service,
            headsign: self.headsign,
            direction: self.direction,
            office: self.office,
            times: TimesOut(&self.stop_times),
            no_pickup: positions(&self.stop_times, |st| st.pickup),
            no_drop_off: positions(&self.stop_times, |st| st.drop_off),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for TransitTrip {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let raw = TripJson::<String, Vec<u32>>::deserialize(deserializer)?;
        if raw.times.len() % 3 != 0 {
            return Err(D::Error::custom(format!(
                "trip {}: times must be triples (stop, travel, dwell)",
                raw.id
            )));
        }
        let mut stop_times = Vec::with_capacity(raw.times.len() / 3);
        let mut previous = 0u32;
        for t in raw.times.chunks_exact(3) {
            let arrival = previous.checked_add(t[1]);
            let departure = arrival.and_then(|a| a.checked_add(t[2]));
            let (Some(arrival), Some(departure)) = (arrival, departure) else {
                return Err(D::Error::custom(format!("trip {}: time overflow", raw.id)));
            };
            stop_times.push(TripStop {
                stop: t[0],
                arrival,
                departure,
                pickup: true,
                drop_off: true,
            });
            previous = departure;
        }
        for (list, pickup) in [(&raw.no_pickup, true), (&raw.no_drop_off, false)] {
            for &i in list {
                let Some(st) = stop_times.get_mut(i as usize) else {
                    return Err(D::Error::custom(format!(
                        "trip {}: no stop time at position {i}",
                        raw.id
                    )));
                };
                if pickup {
                    st.pickup = false;
                } else {
                    st.drop_off = false;
                }
            }
        }
        Ok(TransitTrip {
            id: raw.id,
            route: raw.route,
            service: raw.service,
            headsign: raw.headsign,
            direction: raw.direction,
            office: raw.office,
            stop_times,
        })
    }
}

/// `health.json`: the health-points scheme of `health/rules.toml` (docs/FORMATS.md, "Health points").
///
/// Rule sets are dated and versioned: the points of a day come from the rule set in force that day, and points
/// once earned keep the amount and version they were earned under, whatever later sets say.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct HealthContent {
    /// Scheme periods (Oyama: the fiscal year, April to March), by start date; they never overlap.
    pub periods: Vec<SchemePeriod>,
    /// The check-ups and screenings a resident may report, in the city's order.
    pub checkups: Vec<CheckupKind>,
    /// Rule sets by version (which also orders them by date); their spans never overlap.
    pub rule_sets: Vec<HealthRuleSet>,
}

/// A span over which points add up to tiers and draw entries; a new period starts again from zero.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemePeriod {
    pub id: String,
    pub name: Localized,
    /// First day, `YYYY-MM-DD`, in the city's time zone.
    pub from: String,
    /// Last day, inclusive.
    pub to: String,
    /// By points, lowest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<RewardTier>,
}

/// A reward level reached with `points` in one period, worth `draw_entries` entries in the prize draw.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RewardTier {
    pub id: String,
    pub name: Localized,
    pub points: u32,
    pub draw_entries: u32,
}

/// A check-up or screening (特定健診, 胃がん検診, …): credited once per kind and period.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckupKind {
    pub id: String,
    pub name: Localized,
}

/// The points of every kind of effort between `valid_from` and `valid_to`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthRuleSet {
    /// Increases with every new set; points remember the version they were earned under.
    pub version: u32,
    pub valid_from: String,
    pub valid_to: String,
    /// 1,000 means 1 point per 1,000 steps, rounded down.
    pub steps_per_point: u32,
    /// The most points one day's steps earn.
    pub daily_step_points_cap: u32,
    /// Points of an event check-in whose code names none.
    pub checkin_points: u32,
    /// The most points one check-in earns, whatever its code says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkin_max_points: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streak: Option<StreakBonus>,
    /// Check-up kind id → points; a kind not listed earns nothing under this set.
    pub checkup_points: BTreeMap<String, u32>,
}

/// `points` for every `days` days in a row with at least `min_steps` steps each.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreakBonus {
    pub days: u32,
    pub min_steps: u32,
    pub points: u32,
}
