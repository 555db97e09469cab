//! The waste operations of the Machi API: which bin, when it is collected, the calendar as ICS, and the queries
//! that found nothing. The calendar is computed by `machi_bundle::waste::calendar` (the publisher writes the same
//! days as open data); the search index is built once per bundle.

use chrono::{Datelike, NaiveDate};
use machi_bundle::content::{WasteArea, WasteCategory, WasteContent, WasteItem, WASTE_DATASET};
use machi_bundle::waste::{calendar, ics};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::reminders::{WasteReminders, PUT_OUT_BY};
use super::search::WasteSearchIndex;
use crate::error::{Error, Expected, Missing, Result};
use crate::inbox::ShownText;
use crate::{i18n, settings, ApiResult, Machi};

/// The waste content of the held bundle with its search index, built once per bundle.
pub(crate) struct WasteState {
    pub content: WasteContent,
    pub index: WasteSearchIndex,
    /// How many items are valid only between dates: a search asks the index for that many more.
    pub dated_items: usize,
}

/// `waste_search`: what the resident typed, as they type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WasteSearchArgs {
    pub query: String,
    /// Search and answer in this locale instead of the resident's (`machi waste search --lang`).
    #[serde(default)]
    #[ts(optional)]
    pub locale: Option<String>,
    /// At most this many items (default 20).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// A category as a resident sees it today.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteCategoryView {
    pub id: String,
    /// The name valid today (or on the day shown), in the resident's language.
    pub name: String,
    /// The locale `name` is in.
    pub locale: String,
    /// `#RRGGBB`; never the only signal: the name is always shown.
    pub colour: Option<String>,
    pub description: ShownText,
    /// Collected on public holidays too.
    pub collected_on_holidays: bool,
}

/// One item of the dictionary.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteItemView {
    pub id: String,
    pub name: String,
    /// The locale `name`, `how` and `notes` are in.
    pub locale: String,
    /// The Japanese name and its reading, always (the bin labels and the city's lists are in Japanese).
    pub name_ja: String,
    pub reading: Option<String>,
    pub category: WasteCategoryView,
    /// How to put it out.
    pub how: ShownText,
    pub notes: ShownText,
    /// The word that matched the query, when it is neither the name nor the Japanese name (a synonym, another
    /// language), with its locale.
    pub matched: Option<ShownText>,
}

/// `waste_next` / `waste_month`: where (a city area id or a 5374 area name; default the resident's home) and when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WasteAreaArgs {
    #[serde(default)]
    #[ts(optional)]
    pub area: Option<String>,
    /// `YYYY-MM-DD` (default today).
    #[serde(default)]
    #[ts(optional)]
    pub on: Option<String>,
}

/// The next collection of one category.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct NextCollection {
    pub category: WasteCategoryView,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// 0 = today, 1 = tomorrow …
    pub days_from_today: i64,
}

/// Each category's next collection in an area, soonest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteSchedule {
    /// The 5374 area the days are for (its name in area_days.csv).
    pub area: String,
    /// Its id (`mamada`) and its name in the resident's language.
    pub area_id: String,
    pub area_label: String,
    /// `YYYY-MM-DD`: the day "today" means here.
    pub on: String,
    pub next: Vec<NextCollection>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WasteMonthArgs {
    #[serde(default)]
    #[ts(optional)]
    pub area: Option<String>,
    pub year: i32,
    pub month: u32,
}

/// One day of the month view.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CollectionDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// What is collected that day, in category order (empty: nothing).
    pub categories: Vec<WasteCategoryView>,
    /// A public holiday (collections follow each category's holiday rule).
    pub holiday: bool,
    /// The collection centre is closed (year-end): nothing is collected.
    pub closed: bool,
    /// The day "today" is.
    pub today: bool,
}

/// One month of an area's calendar: every day of it, in order.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteMonth {
    pub area: String,
    pub area_id: String,
    pub area_label: String,
    pub year: i32,
    pub month: u32,
    pub days: Vec<CollectionDay>,
}

/// A 5374 area a resident can pick for the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteAreaView {
    /// What `area` takes (`mamada`).
    pub id: String,
    /// The name in area_days.csv (`間々田地区`).
    pub name: String,
    /// The name in the resident's language (its city areas' names).
    pub label: String,
    /// The city areas (city.toml) whose calendar this is.
    pub city_areas: Vec<String>,
}

/// The calendar as an iCalendar file.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteIcs {
    pub file_name: String,
    /// RFC 5545 text.
    pub ics: String,
}

/// A search that found nothing, kept (the text only) so the city can add the item.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MissingQuery {
    pub text: String,
    pub count: u32,
    pub last_at: String,
    /// Every search of it has been sent to the city (it is offered again only when searched again).
    pub sent: bool,
}

/// The searches that found nothing, and where the resident may send them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MissingSearches {
    /// Most recent first.
    pub queries: Vec<MissingQuery>,
    /// The host that would receive them, when the city's feed names a place for them (`[feed].missed_searches`)
    /// on an https origin (or this computer, for development): the app offers to send them only then, and sends
    /// only when the resident asks.
    pub send_to: Option<String>,
}

/// What `waste_missing_send` did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MissingSent {
    /// How many words went to the city just now (0 when none was left to send).
    pub sent: u32,
    pub missing: MissingSearches,
}

/// What goes to the city: the words and how often each was searched, nothing about the resident.
#[derive(Serialize)]
struct MissedSearchesReport<'a> {
    format: u32,
    city: &'a str,
    queries: Vec<MissedSearch>,
}

#[derive(Serialize)]
struct MissedSearch {
    text: String,
    count: u32,
}

impl Machi {
    pub(crate) fn waste_state_for_reminders(&self) -> ApiResult<std::sync::Arc<WasteState>> {
        self.waste_state()
    }

    fn waste_state(&self) -> ApiResult<std::sync::Arc<WasteState>> {
        self.run(|conn| {
            self.derived(conn, |conn| {
                let content: WasteContent =
                    crate::content::dataset_of(conn, WASTE_DATASET)?.unwrap_or_default();
                let index = WasteSearchIndex::build(&content);
                let dated_items = content
                    .items
                    .iter()
                    .filter(|i| i.valid_from.is_some() || i.valid_to.is_some())
                    .count();
                Ok(WasteState {
                    content,
                    index,
                    dated_items,
                })
            })
        })
    }

    /// Items for what the resident typed, best first, in their language (or `locale`).
    pub fn waste_search(&self, args: WasteSearchArgs) -> ApiResult<Vec<WasteItemView>> {
        let state = self.waste_state()?;
        let today = self.today();
        let now = self.now().with_timezone(&chrono::Utc);
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let locale = match &args.locale {
                Some(l) => i18n::Localizer::require_supported(l)?.to_string(),
                None => s.locale.clone(),
            };
            let chain = i18n::content_chain(&locale, &s.second_locale);
            let limit = args.limit.unwrap_or(20).clamp(1, 200) as usize;
            let query = args.query.split_whitespace().collect::<Vec<_>>().join(" ");
            // Items valid today only: a renamed or re-sorted item shows its current form.
            let hits: Vec<_> = state
                .index
                .search(&query, &chain, limit + state.dated_items)
                .into_iter()
                .filter(|h| item_valid_on(&state.content.items[h.item], &today))
                .take(limit)
                .collect();
            if hits.is_empty() && !query.is_empty() {
                remember_missing(conn, &query, now)?;
            }
            Ok(hits
                .into_iter()
                .map(|h| {
                    let item = &state.content.items[h.item];
                    let mut view = item_view(&state.content, item, &chain, &today);
                    if h.matched != view.name && h.matched != view.name_ja {
                        view.matched = Some(ShownText {
                            text: h.matched,
                            locale: h.locale,
                        });
                    }
                    view
                })
                .collect())
        })
    }

    /// Every category, named as they are today.
    pub fn waste_categories(&self) -> ApiResult<Vec<WasteCategoryView>> {
        let state = self.waste_state()?;
        let today = self.today();
        let chain = self.chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        Ok(state
            .content
            .categories
            .iter()
            .map(|c| category_view(c, &chain, &today))
            .collect())
    }

    /// The areas the calendar knows (5374 rows), and which city areas use each.
    pub fn waste_areas(&self) -> ApiResult<Vec<WasteAreaView>> {
        let state = self.waste_state()?;
        let city = self.run(crate::content::city)?;
        let chain = self.chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        Ok(state
            .content
            .areas
            .iter()
            .map(|a| WasteAreaView {
                id: a.id.clone(),
                name: a.name.clone(),
                label: area_label(&city, a, &chain),
                city_areas: city
                    .areas
                    .iter()
                    .filter(|c| c.waste_area.as_deref() == Some(&a.name))
                    .map(|c| c.id.clone())
                    .collect(),
            })
            .collect())
    }

    /// Each category's next collection in an area (a collection on that very day counts), soonest first.
    pub fn waste_next(&self, args: WasteAreaArgs) -> ApiResult<WasteSchedule> {
        let state = self.waste_state()?;
        let chain = self.chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let on = match &args.on {
            Some(d) => parse_day(d).map_err(|e| self.explain(&e))?,
            None => self.today_date(),
        };
        let (area, area_label) = self.waste_area(&state.content, args.area.as_deref(), &chain)?;
        let next = calendar::next_collections(&state.content, area, on)
            .into_iter()
            .filter_map(|c| {
                let category = state.content.category(&c.category)?;
                let date = c.date.format("%Y-%m-%d").to_string();
                Some(NextCollection {
                    // Named as it will be called that day.
                    category: category_view(category, &chain, &date),
                    date,
                    days_from_today: (c.date - on).num_days(),
                })
            })
            .collect();
        Ok(WasteSchedule {
            area: area.name.clone(),
            area_id: area.id.clone(),
            area_label,
            on: on.format("%Y-%m-%d").to_string(),
            next,
        })
    }

    /// Every day of one month with its collections, holidays and closures.
    pub fn waste_month(&self, args: WasteMonthArgs) -> ApiResult<WasteMonth> {
        let state = self.waste_state()?;
        let chain = self.chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let (area, area_label) = self.waste_area(&state.content, args.area.as_deref(), &chain)?;
        let first = NaiveDate::from_ymd_opt(args.year, args.month, 1)
            .filter(|d| (2000..=2099).contains(&d.year()))
            .ok_or_else(|| {
                self.explain(&Error::InvalidValue {
                    value: format!("{}-{:02}", args.year, args.month),
                    expected: Expected::YearMonth,
                })
            })?;
        let last = first
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.pred_opt())
            .unwrap_or(first);
        let collected = calendar::month(&state.content, area, args.year, args.month);
        let closed = calendar::closed_days(&state.content, area, first, last);
        let today = self.today_date();
        let mut holidays = machi_bundle::holidays::HolidayCalendar::new();
        let days = calendar::each_day(first, last)
            .map(|d| {
                let date = d.format("%Y-%m-%d").to_string();
                CollectionDay {
                    weekday: d.weekday().num_days_from_monday() as u8,
                    categories: collected
                        .iter()
                        .find(|c| c.date == d)
                        .map(|c| {
                            c.categories
                                .iter()
                                .filter_map(|label| state.content.category(label))
                                .map(|c| category_view(c, &chain, &date))
                                .collect()
                        })
                        .unwrap_or_default(),
                    holiday: holidays.is_holiday(d),
                    closed: closed.contains(&d),
                    today: d == today,
                    date,
                }
            })
            .collect();
        Ok(WasteMonth {
            area: area.name.clone(),
            area_id: area.id.clone(),
            area_label,
            year: args.year,
            month: args.month,
            days,
        })
    }

    /// The area's calendar for the next 13 months as iCalendar, category names in the resident's language, with
    /// the resident's reminders (their evening and morning times, on the categories they chose) as alarms.
    pub fn waste_ics(&self, args: WasteAreaArgs) -> ApiResult<WasteIcs> {
        let state = self.waste_state()?;
        let chain = self.chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let from = match &args.on {
            Some(d) => parse_day(d).map_err(|e| self.explain(&e))?,
            None => self.today_date(),
        };
        let (area, _) = self.waste_area(&state.content, args.area.as_deref(), &chain)?;
        let city = self.run(crate::content::city)?;
        let reminders = self.settings()?.waste_reminders;
        let (evening, morning) = alarm_minutes(&reminders);
        let ics = ics::area_ics(
            &state.content,
            area,
            &ics::IcsOptions {
                city_code: &city.code,
                locales: &chain,
                from,
                to: ics::horizon_end(from),
                alarm_before_minutes: evening,
                morning_alarm_minutes: morning,
                alarm_categories: &reminders.categories,
            },
        );
        Ok(WasteIcs {
            file_name: format!("machi-waste-{}.ics", area.id),
            ics,
        })
    }

    /// The searches that found nothing, most recent first, and where they may be sent.
    pub fn waste_missing(&self) -> ApiResult<MissingSearches> {
        self.run(|conn| {
            let mut stmt = conn.prepare(
                "SELECT text, count, last_at, count <= sent_count FROM resident.waste_missing
                 ORDER BY last_at DESC, text",
            )?;
            let queries = stmt
                .query_map([], |r| {
                    Ok(MissingQuery {
                        text: r.get(0)?,
                        count: r.get(1)?,
                        last_at: r.get(2)?,
                        sent: r.get(3)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            // Without a held bundle there is no city to send to yet.
            let send_to = self
                .missed_searches_url(conn)
                .ok()
                .flatten()
                .and_then(|u| u.host_str().map(str::to_string));
            Ok(MissingSearches { queries, send_to })
        })
    }

    /// Sends the searches not sent yet to the place the city's feed names, as the resident asked: one POST of
    /// JSON (`{"format": 1, "city", "queries": [{"text", "count"}]}`, `count` being the searches since the last
    /// sending) to the feed's own origin. Only the words and counts leave the device; they count as sent once
    /// the city's server accepts them, and stay unsent when it does not.
    pub async fn waste_missing_send(&self) -> ApiResult<MissingSent> {
        let (url, queries) = self.run(|conn| {
            let url = self
                .missed_searches_url(conn)?
                .ok_or(Error::WasteSendNotTaken)?;
            let mut stmt = conn.prepare(
                "SELECT text, count - sent_count, count FROM resident.waste_missing
                 WHERE count > sent_count ORDER BY text",
            )?;
            let queries = stmt
                .query_map([], |r| {
                    Ok((
                        MissedSearch {
                            text: r.get(0)?,
                            count: r.get(1)?,
                        },
                        r.get::<_, u32>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((url, queries))
        })?;
        let sent = queries.len() as u32;
        if !queries.is_empty() {
            // Each word's count as it was read: searches made while sending stay to be sent.
            let counted: Vec<(String, u32)> = queries
                .iter()
                .map(|(q, total)| (q.text.clone(), *total))
                .collect();
            let queries: Vec<MissedSearch> = queries.into_iter().map(|(q, _)| q).collect();
            let body = serde_json::to_vec(&MissedSearchesReport {
                format: 1,
                city: &self.feed.city_code,
                queries,
            })
            .map_err(|e| self.explain(&Error::internal(e)))?;
            let host = url.host_str().unwrap_or_default().to_string();
            let response = self
                .http_client()?
                .post(url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body)
                .send()
                .await
                .map_err(|e| {
                    self.explain(&Error::WasteSendOffline {
                        host,
                        cause: e.to_string(),
                    })
                })?;
            if !response.status().is_success() {
                return Err(self.explain(&Error::WasteSendRefused {
                    status: response.status().as_u16(),
                }));
            }
            let now = self.stamp();
            self.run(|conn| {
                let mut mark = conn.prepare(
                    "UPDATE resident.waste_missing SET sent_count = max(sent_count, ?2), sent_at = ?3
                     WHERE text = ?1",
                )?;
                for (text, total) in &counted {
                    mark.execute(params![text, total, now])?;
                }
                Ok(())
            })?;
        }
        Ok(MissingSent {
            sent,
            missing: self.waste_missing()?,
        })
    }

    /// Where the city takes the searches that found nothing: `[feed].missed_searches` of the held bundle,
    /// inside this app's feed folder (so nothing goes to another origin).
    fn missed_searches_url(&self, conn: &Connection) -> Result<Option<reqwest::Url>> {
        let Some(path) = crate::content::city(conn)?.missed_searches else {
            return Ok(None);
        };
        let url = crate::sync::feed_base(&self.feed.url)
            .ok()
            .and_then(|base| crate::sync::join(&base, &path).ok());
        // A resident's words never cross the network in the clear: https, or this computer (development).
        Ok(url.filter(|u| u.scheme() == "https" || is_loopback(u)))
    }

    /// Forgets the searches that found nothing.
    pub fn waste_missing_clear(&self) -> ApiResult<()> {
        self.run(|conn| {
            conn.execute("DELETE FROM resident.waste_missing", [])?;
            Ok(())
        })
    }

    /// A 5374 area and its name in the resident's language: by a city area id or name in any language
    /// (`mamada`, `Mamada District`), a 5374 area name or id (`間々田地区`), or the resident's home area.
    fn waste_area<'c>(
        &self,
        content: &'c WasteContent,
        wanted: Option<&str>,
        chain: &[&str],
    ) -> ApiResult<(&'c WasteArea, String)> {
        self.run(|conn| {
            let wanted = match wanted.map(str::trim) {
                Some(w) => w.to_string(),
                None => settings::load(conn, self.system_locale)?
                    .home_area
                    .ok_or(Error::WasteNoArea)?,
            };
            let city = crate::content::city(conn)?;
            let by_city_area = crate::places::find_area(&city.areas, &wanted)
                .and_then(|a| a.waste_area.as_deref());
            let area = content
                .area(by_city_area.unwrap_or(&wanted))
                .ok_or(Error::NotFound {
                    what: Missing::Area,
                    id: wanted.clone(),
                })?;
            Ok((area, area_label(&city, area, chain)))
        })
    }

    fn chain(&self) -> ApiResult<Vec<String>> {
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            Ok(i18n::content_chain(&s.locale, &s.second_locale)
                .into_iter()
                .map(str::to_string)
                .collect())
        })
    }

    /// A 5374 area of this bundle, for the reminders of the home area.
    pub(crate) fn waste_area_of<'c>(
        &self,
        content: &'c WasteContent,
        wanted: &str,
    ) -> ApiResult<&'c WasteArea> {
        Ok(self.waste_area(content, Some(wanted), &[])?.0)
    }

    /// Today on the city's clock, `YYYY-MM-DD`.
    pub(crate) fn today(&self) -> String {
        self.today_date().format("%Y-%m-%d").to_string()
    }

    pub(crate) fn today_date(&self) -> NaiveDate {
        self.city_now().date_naive()
    }
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    calendar::parse_date(text).ok_or_else(|| Error::InvalidValue {
        value: text.to_string(),
        expected: Expected::Date,
    })
}

fn item_valid_on(item: &WasteItem, date: &str) -> bool {
    machi_bundle::content::date_in_span(date, item.valid_from.as_deref(), item.valid_to.as_deref())
}

/// The name of a 5374 area in the resident's language: the names of the city areas that use it, else its own.
fn area_label(
    city: &machi_bundle::content::CityContent,
    area: &WasteArea,
    chain: &[&str],
) -> String {
    let names: Vec<&str> = city
        .areas
        .iter()
        .filter(|c| c.waste_area.as_deref() == Some(&area.name))
        .map(|c| i18n::pick(&c.name, chain))
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        area.name.clone()
    } else {
        names.join(" / ")
    }
}

/// The resident's reminder times as alarm offsets: minutes before the collection day's midnight (evening) and
/// after it (morning, before the 08:00 deadline).
fn alarm_minutes(r: &WasteReminders) -> (Option<u32>, Option<u32>) {
    let minutes = |t: &Option<String>| {
        t.as_deref()
            .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok())
            .map(|t| {
                t.signed_duration_since(chrono::NaiveTime::MIN)
                    .num_minutes() as u32
            })
    };
    let evening = minutes(&r.evening).map(|m| 24 * 60 - m);
    let by = PUT_OUT_BY
        .signed_duration_since(chrono::NaiveTime::MIN)
        .num_minutes() as u32;
    let morning = minutes(&r.morning).filter(|m| *m < by);
    (evening, morning)
}

/// The text of `t` in the first locale of `chain` that has it, else any, with its locale.
fn shown(t: &machi_bundle::content::Localized, chain: &[&str]) -> ShownText {
    ShownText::pick(t, chain)
}

pub(crate) fn category_view(c: &WasteCategory, chain: &[&str], date: &str) -> WasteCategoryView {
    let name = c.name_on(date, chain).to_string();
    // The locale the name came from, found the way `name_on` finds it.
    let locale = c
        .names
        .iter()
        .find(|n| {
            machi_bundle::content::date_in_span(
                date,
                n.valid_from.as_deref(),
                n.valid_to.as_deref(),
            )
        })
        .and_then(|n| {
            chain
                .iter()
                .chain(std::iter::once(&i18n::DEFAULT_LOCALE))
                .find(|l| n.name.contains_key(**l))
        })
        .copied()
        .unwrap_or(i18n::DEFAULT_LOCALE)
        .to_string();
    WasteCategoryView {
        id: c.id.clone(),
        name,
        locale,
        colour: c.colour.clone(),
        description: shown(&c.description, chain),
        collected_on_holidays: c.holidays.is_collect(),
    }
}

fn item_view(
    content: &WasteContent,
    item: &WasteItem,
    chain: &[&str],
    today: &str,
) -> WasteItemView {
    let (name, locale) = crate::inbox::pick_text(&item.name, chain);
    let category = content
        .category(&item.category)
        .map(|c| category_view(c, chain, today))
        .unwrap_or_else(|| WasteCategoryView {
            id: String::new(),
            name: item.category.clone(),
            locale: i18n::DEFAULT_LOCALE.to_string(),
            colour: None,
            description: ShownText::default(),
            collected_on_holidays: true,
        });
    // How and notes in the same language as the name when there is one, else along the chain.
    let in_locale = |t: &machi_bundle::content::Localized| match t.get(&locale) {
        Some(text) if !text.is_empty() => ShownText {
            text: text.clone(),
            locale: locale.clone(),
        },
        _ => shown(t, chain),
    };
    WasteItemView {
        id: item.id.clone(),
        name: name.to_string(),
        name_ja: item
            .name
            .get(i18n::DEFAULT_LOCALE)
            .cloned()
            .unwrap_or_default(),
        reading: item.reading.clone(),
        category,
        how: in_locale(&item.how),
        notes: in_locale(&item.notes),
        matched: None,
        locale,
    }
}

/// How long keystrokes of one search count as one: a query that found nothing replaces the shorter ones typed
/// on the way to it, and a shorter one typed while deleting is not kept.
const TYPING_SECONDS: i64 = 120;

/// Whether a URL names this computer.
fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host_str() {
        Some("localhost") => true,
        Some(host) => host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()),
        None => false,
    }
}

fn remember_missing(
    conn: &Connection,
    text: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    // Only the text, never who or where; the longest kept query is 100 characters.
    let text: String = text.chars().take(100).collect();
    let at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let recent = (now - chrono::Duration::seconds(TYPING_SECONDS))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let typed: Vec<(String, u32)> = conn
        .prepare("SELECT text, count FROM resident.waste_missing WHERE last_at >= ?1")?
        .query_map([&recent], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // Deleting back to a shorter query, or the same search asked again while typing: nothing new.
    if typed.iter().any(|(t, _)| t.starts_with(&text)) {
        return Ok(());
    }
    for (shorter, count) in typed
        .iter()
        .filter(|(t, _)| t.len() < text.len() && text.starts_with(t.as_str()))
    {
        if *count > 1 {
            conn.execute(
                "UPDATE resident.waste_missing SET count = count - 1 WHERE text = ?1",
                [shorter],
            )?;
        } else {
            conn.execute(
                "DELETE FROM resident.waste_missing WHERE text = ?1",
                [shorter],
            )?;
        }
    }
    conn.execute(
        "INSERT INTO resident.waste_missing (text, count, last_at) VALUES (?1, 1, ?2)
         ON CONFLICT (text) DO UPDATE SET count = count + 1, last_at = ?2",
        params![text, at],
    )?;
    Ok(())
}
