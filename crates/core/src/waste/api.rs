//! The waste operations of the Machi API: which bin, when it is collected, the calendar as ICS, and the queries
//! that found nothing. The calendar is computed by `machi_bundle::waste::calendar` (the publisher writes the same
//! days as open data); the search index is built once per bundle.

use chrono::NaiveDate;
use machi_bundle::content::{WasteArea, WasteCategory, WasteContent, WasteItem, WASTE_DATASET};
use machi_bundle::waste::{calendar, ics};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::search::WasteSearchIndex;
use crate::error::{Error, Missing, Result};
use crate::{i18n, settings, ApiResult, Machi};

/// The waste content of the held bundle with its search index, built once per bundle.
pub(crate) struct WasteState {
    pub content: WasteContent,
    pub index: WasteSearchIndex,
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
    /// The name valid today, in the resident's language.
    pub name: String,
    /// `#RRGGBB`; never the only signal: the name is always shown.
    pub colour: Option<String>,
    pub description: String,
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
    pub how: String,
    pub notes: String,
    /// The word that matched the query, when it is not the name (a synonym, another language).
    pub matched: Option<String>,
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
    /// The 5374 area the days are for.
    pub area: String,
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
    pub date: String,
    pub categories: Vec<WasteCategoryView>,
    /// A public holiday (collections follow each category's holiday rule).
    pub holiday: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteMonth {
    pub area: String,
    pub year: i32,
    pub month: u32,
    /// Only the days with a collection, in order.
    pub days: Vec<CollectionDay>,
    /// Days in the month the collection centre is closed (year-end), `YYYY-MM-DD`.
    pub closed: Vec<String>,
}

/// A 5374 area a resident can pick for the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WasteAreaView {
    pub name: String,
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
}

impl Machi {
    pub(crate) fn waste_state_for_reminders(&self) -> ApiResult<std::sync::Arc<WasteState>> {
        self.waste_state()
    }

    /// The 5374 area of a city area id or 5374 name.
    pub(crate) fn waste_area_of<'c>(
        &self,
        content: &'c WasteContent,
        wanted: &str,
    ) -> ApiResult<&'c WasteArea> {
        self.waste_area(content, Some(wanted))
    }

    fn waste_state(&self) -> ApiResult<std::sync::Arc<WasteState>> {
        self.run(|conn| {
            self.derived(conn, |conn| {
                let content: WasteContent =
                    crate::content::dataset_of(conn, WASTE_DATASET)?.unwrap_or_default();
                let index = WasteSearchIndex::build(&content);
                Ok(WasteState { content, index })
            })
        })
    }

    /// Items for what the resident typed, best first, in their language (or `locale`).
    pub fn waste_search(&self, args: WasteSearchArgs) -> ApiResult<Vec<WasteItemView>> {
        let state = self.waste_state()?;
        let today = self.today();
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let locale = match &args.locale {
                Some(l) => i18n::Localizer::require_supported(l)?.to_string(),
                None => s.locale.clone(),
            };
            let chain = i18n::content_chain(&locale, &s.second_locale);
            let limit = args.limit.unwrap_or(20).clamp(1, 200) as usize;
            let query = args.query.trim();
            // Items valid today only: a renamed or re-sorted item shows its current form.
            let hits: Vec<_> = state
                .index
                .search(query, &chain, limit * 2)
                .into_iter()
                .filter(|h| item_valid_on(&state.content.items[h.item], &today))
                .take(limit)
                .collect();
            if hits.is_empty() && !query.is_empty() {
                remember_missing(conn, query, &crate::now_rfc3339())?;
            }
            Ok(hits
                .into_iter()
                .map(|h| {
                    let item = &state.content.items[h.item];
                    let mut view = item_view(&state.content, item, &chain, &today);
                    if h.matched != view.name {
                        view.matched = Some(h.matched);
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
        Ok(state
            .content
            .areas
            .iter()
            .map(|a| WasteAreaView {
                name: a.name.clone(),
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
        let area = self.waste_area(&state.content, args.area.as_deref())?;
        let today = on.format("%Y-%m-%d").to_string();
        let next = calendar::next_collections(&state.content, area, on)
            .into_iter()
            .filter_map(|c| {
                let category = state.content.category(&c.category)?;
                Some(NextCollection {
                    category: category_view(category, &chain, &today),
                    date: c.date.format("%Y-%m-%d").to_string(),
                    days_from_today: (c.date - on).num_days(),
                })
            })
            .collect();
        Ok(WasteSchedule {
            area: area.name.clone(),
            on: today,
            next,
        })
    }

    /// The days of one month with their collections, holidays and closures.
    pub fn waste_month(&self, args: WasteMonthArgs) -> ApiResult<WasteMonth> {
        let state = self.waste_state()?;
        let chain = self.chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let area = self.waste_area(&state.content, args.area.as_deref())?;
        let first = NaiveDate::from_ymd_opt(args.year, args.month, 1).ok_or_else(|| {
            self.explain(&Error::InvalidInput {
                detail: format!("{}-{}", args.year, args.month),
            })
        })?;
        let days = calendar::month(&state.content, area, args.year, args.month)
            .into_iter()
            .map(|d| {
                let date = d.date.format("%Y-%m-%d").to_string();
                CollectionDay {
                    categories: d
                        .categories
                        .iter()
                        .filter_map(|label| state.content.category(label))
                        .map(|c| category_view(c, &chain, &date))
                        .collect(),
                    holiday: machi_bundle::holidays::is_holiday(d.date),
                    date,
                }
            })
            .collect();
        let closed = calendar::each_day(
            first,
            first
                .checked_add_months(chrono::Months::new(1))
                .and_then(|d| d.pred_opt())
                .unwrap_or(first),
        )
        .filter(|d| {
            let day = d.format("%Y-%m-%d").to_string();
            state.content.centre_closures.iter().any(|c| {
                area.centre
                    .as_deref()
                    .is_none_or(|centre| centre == c.centre)
                    && c.start <= day
                    && day <= c.end
            })
        })
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect();
        Ok(WasteMonth {
            area: area.name.clone(),
            year: args.year,
            month: args.month,
            days,
            closed,
        })
    }

    /// The area's calendar for the next 13 months as iCalendar, category names in the resident's language.
    pub fn waste_ics(&self, args: WasteAreaArgs) -> ApiResult<WasteIcs> {
        let state = self.waste_state()?;
        let chain = self.chain()?;
        let chain: Vec<&str> = chain.iter().map(String::as_str).collect();
        let from = match &args.on {
            Some(d) => parse_day(d).map_err(|e| self.explain(&e))?,
            None => self.today_date(),
        };
        let area = self.waste_area(&state.content, args.area.as_deref())?;
        let city = self.run(crate::content::city)?;
        let ics = ics::area_ics(
            &state.content,
            area,
            &ics::IcsOptions {
                city_code: &city.code,
                locales: &chain,
                from,
                to: ics::horizon_end(from),
                alarm_before_minutes: Some(ics::EVENING_BEFORE_MINUTES),
            },
        );
        Ok(WasteIcs {
            file_name: format!("machi-waste-{}.ics", area.id),
            ics,
        })
    }

    /// The searches that found nothing, most recent first.
    pub fn waste_missing(&self) -> ApiResult<Vec<MissingQuery>> {
        self.run(|conn| {
            let mut stmt = conn.prepare(
                "SELECT text, count, last_at FROM resident.waste_missing ORDER BY last_at DESC, text",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(MissingQuery {
                        text: r.get(0)?,
                        count: r.get(1)?,
                        last_at: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
    }

    /// Forgets the searches that found nothing.
    pub fn waste_missing_clear(&self) -> ApiResult<()> {
        self.run(|conn| {
            conn.execute("DELETE FROM resident.waste_missing", [])?;
            Ok(())
        })
    }

    /// A 5374 area: by a city area id, a 5374 area name or id, or the resident's home area.
    fn waste_area<'c>(
        &self,
        content: &'c WasteContent,
        wanted: Option<&str>,
    ) -> ApiResult<&'c WasteArea> {
        self.run(|conn| {
            let wanted = match wanted {
                Some(w) => w.to_string(),
                None => settings::load(conn, self.system_locale)?
                    .home_area
                    .ok_or_else(|| Error::InvalidInput {
                        detail: "area: no home area is set".into(),
                    })?,
            };
            let city = crate::content::city(conn)?;
            let by_city_area = city
                .areas
                .iter()
                .find(|a| a.id == wanted)
                .and_then(|a| a.waste_area.as_deref());
            content
                .area(by_city_area.unwrap_or(&wanted))
                .ok_or(Error::NotFound {
                    what: Missing::Area,
                    id: wanted.to_string(),
                })
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

    /// Today in the device's time zone, `YYYY-MM-DD`.
    pub(crate) fn today(&self) -> String {
        self.today_date().format("%Y-%m-%d").to_string()
    }

    pub(crate) fn today_date(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    calendar::parse_date(text).ok_or_else(|| Error::InvalidInput {
        detail: format!("{text}: not a date (YYYY-MM-DD)"),
    })
}

fn item_valid_on(item: &WasteItem, date: &str) -> bool {
    machi_bundle::content::date_in_span(date, item.valid_from.as_deref(), item.valid_to.as_deref())
}

pub(crate) fn category_view(c: &WasteCategory, chain: &[&str], date: &str) -> WasteCategoryView {
    WasteCategoryView {
        id: c.id.clone(),
        name: c.name_on(date, chain).to_string(),
        colour: c.colour.clone(),
        description: i18n::pick(&c.description, chain).to_string(),
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
            colour: None,
            description: String::new(),
            collected_on_holidays: true,
        });
    // How and notes in the same language as the name when there is one, else along the chain.
    let in_locale = |t: &machi_bundle::content::Localized| {
        t.get(&locale)
            .filter(|s| !s.is_empty())
            .map(String::as_str)
            .unwrap_or_else(|| i18n::pick(t, chain))
            .to_string()
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

fn remember_missing(conn: &Connection, text: &str, now: &str) -> Result<()> {
    // Only the text, never who or where; the longest kept query is 100 characters.
    let text: String = text.chars().take(100).collect();
    conn.execute(
        "INSERT INTO resident.waste_missing (text, count, last_at) VALUES (?1, 1, ?2)
         ON CONFLICT (text) DO UPDATE SET count = count + 1, last_at = ?2",
        params![text, now],
    )?;
    Ok(())
}
