//! Which days each category is collected in an area: pure date logic over [`WasteContent`].
//!
//! A category's days in an area are found in named steps:
//! 1. [`regular_days`]: the days its rules give (weekly, nth weekday, every other week, explicit dates; month
//!    filters; each rule only between its valid-from and valid-to dates);
//! 2. public holidays are dropped for a category whose rule is `skip`;
//! 3. centre closures (center.csv) drop every collection of the areas of that centre inside them;
//! 4. the city's calendar file drops, adds and moves collections, in file order (a move takes the day the rules
//!    gave, so it can move a collection that a closure or a holiday dropped).
//!
//! Nothing here knows today's date: callers pass it.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};

use crate::content::{ChangeKind, DayRule, HolidayRule, WasteArea, WasteContent};
use crate::holidays::HolidayCalendar;

/// How far a calendar-file move may reach: moves into a range are found from rules this far outside it.
const MOVE_REACH: Days = Days::new(62);
/// How far ahead [`next_collections`] looks (a yearly collection is still found).
pub const NEXT_HORIZON_DAYS: u64 = 400;

/// One collection: a category (its label) on a day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Collection {
    pub date: NaiveDate,
    pub category: String,
}

/// The collections of one day, in category order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayCollections {
    pub date: NaiveDate,
    pub categories: Vec<String>,
}

/// `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn in_months(months: &[u8], date: NaiveDate) -> bool {
    months.is_empty() || months.contains(&(date.month() as u8))
}

fn weekday_of(date: NaiveDate) -> u8 {
    date.weekday().num_days_from_monday() as u8
}

/// Whether one day token gives `date`.
pub fn day_rule_matches(rule: &DayRule, date: NaiveDate) -> bool {
    Token::of(rule).is_some_and(|t| t.matches(date))
}

/// Every day from `from` to `to` inclusive.
pub fn each_day(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= to)
}

/// A day token with its dates parsed once, not once per day looked at.
enum Token {
    Weekly {
        weekday: u8,
        months: Vec<u8>,
    },
    Nth {
        weekday: u8,
        nth: u8,
        months: Vec<u8>,
    },
    EveryOtherWeek {
        weekday: u8,
        from: NaiveDate,
        months: Vec<u8>,
    },
    Date(NaiveDate),
}

impl Token {
    fn of(rule: &DayRule) -> Option<Token> {
        Some(match rule {
            DayRule::Weekly { weekday, months } => Token::Weekly {
                weekday: *weekday,
                months: months.clone(),
            },
            DayRule::NthWeekday {
                weekday,
                nth,
                months,
            } => Token::Nth {
                weekday: *weekday,
                nth: *nth,
                months: months.clone(),
            },
            DayRule::EveryOtherWeek {
                weekday,
                from,
                months,
            } => Token::EveryOtherWeek {
                weekday: *weekday,
                from: parse_date(from)?,
                months: months.clone(),
            },
            DayRule::Date { date } => Token::Date(parse_date(date)?),
        })
    }

    fn matches(&self, date: NaiveDate) -> bool {
        match self {
            Token::Weekly { weekday, months } => {
                weekday_of(date) == *weekday && in_months(months, date)
            }
            Token::Nth {
                weekday,
                nth,
                months,
            } => {
                weekday_of(date) == *weekday
                    && (date.day0() / 7 + 1) as u8 == *nth
                    && in_months(months, date)
            }
            Token::EveryOtherWeek {
                weekday,
                from,
                months,
            } => {
                weekday_of(date) == *weekday
                    && in_months(months, date)
                    && (date - *from).num_days().rem_euclid(14) == 0
            }
            Token::Date(d) => *d == date,
        }
    }
}

/// Step 1: the days the area's rules for `category` give, from `from` to `to` inclusive.
pub fn regular_days(
    area: &WasteArea,
    category: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> BTreeSet<NaiveDate> {
    let rules: Vec<(Option<NaiveDate>, Option<NaiveDate>, Vec<Token>)> = area
        .rules
        .iter()
        .filter(|r| r.category == category)
        .map(|r| {
            (
                r.valid_from.as_deref().and_then(parse_date),
                r.valid_to.as_deref().and_then(parse_date),
                r.days.iter().filter_map(Token::of).collect(),
            )
        })
        .collect();
    each_day(from, to)
        .filter(|d| {
            rules.iter().any(|(start, end, tokens)| {
                start.is_none_or(|s| s <= *d)
                    && end.is_none_or(|e| *d <= e)
                    && tokens.iter().any(|t| t.matches(*d))
            })
        })
        .collect()
}

fn applies(value: &Option<String>, to: &str) -> bool {
    value.as_deref().is_none_or(|v| v == to)
}

/// The days `category` is collected in `area`, from `from` to `to` inclusive, after every step.
pub fn collection_days(
    content: &WasteContent,
    area: &WasteArea,
    category: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> BTreeSet<NaiveDate> {
    collection_days_with(
        content,
        area,
        category,
        from,
        to,
        &mut HolidayCalendar::new(),
    )
}

fn collection_days_with(
    content: &WasteContent,
    area: &WasteArea,
    category: &str,
    from: NaiveDate,
    to: NaiveDate,
    holidays: &mut HolidayCalendar,
) -> BTreeSet<NaiveDate> {
    let wide_from = from.checked_sub_days(MOVE_REACH).unwrap_or(from);
    let wide_to = to.checked_add_days(MOVE_REACH).unwrap_or(to);
    let regular = regular_days(area, category, wide_from, wide_to);
    let mut days = regular.clone();
    // Step 2: holidays.
    if content
        .category(category)
        .is_some_and(|c| c.holidays == HolidayRule::Skip)
    {
        days.retain(|d| !holidays.is_holiday(*d));
    }
    // Step 3: centre closures.
    let closures = closure_spans(content, area);
    days.retain(|d| !closures.iter().any(|(s, e)| s <= d && d <= e));
    // Step 4: the city's own changes.
    for c in &content.calendar_changes {
        if !applies(&c.area, &area.name) || !applies(&c.category, category) {
            continue;
        }
        let Some(date) = parse_date(&c.date) else {
            continue;
        };
        match &c.change {
            ChangeKind::Drop => {
                days.remove(&date);
            }
            ChangeKind::Add => {
                days.insert(date);
            }
            ChangeKind::Move { to } => {
                if let (true, Some(new)) = (regular.contains(&date), parse_date(to)) {
                    days.remove(&date);
                    days.insert(new);
                }
            }
        }
    }
    days.retain(|d| (from..=to).contains(d));
    days
}

/// The spans (inclusive) in which the centre that serves `area` is closed; none for an area without a centre.
fn closure_spans(content: &WasteContent, area: &WasteArea) -> Vec<(NaiveDate, NaiveDate)> {
    let Some(centre) = &area.centre else {
        return Vec::new();
    };
    content
        .centre_closures
        .iter()
        .filter(|c| &c.centre == centre)
        .filter_map(|c| Some((parse_date(&c.start)?, parse_date(&c.end)?)))
        .collect()
}

/// The days from `from` to `to` on which the centre serving `area` is closed (year-end): no collection at all.
pub fn closed_days(
    content: &WasteContent,
    area: &WasteArea,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<NaiveDate> {
    let closures = closure_spans(content, area);
    each_day(from, to)
        .filter(|d| closures.iter().any(|(s, e)| s <= d && d <= e))
        .collect()
}

/// Every collection in `area` from `from` to `to`, by date and then in category order.
pub fn collections(
    content: &WasteContent,
    area: &WasteArea,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Collection> {
    let mut holidays = HolidayCalendar::new();
    let mut out: Vec<(NaiveDate, usize, String)> = Vec::new();
    for (i, c) in content.categories.iter().enumerate() {
        for d in collection_days_with(content, area, &c.label, from, to, &mut holidays) {
            out.push((d, i, c.label.clone()));
        }
    }
    out.sort();
    out.into_iter()
        .map(|(date, _, category)| Collection { date, category })
        .collect()
}

/// Each category's next collection in `area` on or after `on` (a collection on `on` itself counts), soonest
/// first. Categories with none within [`NEXT_HORIZON_DAYS`] are left out.
pub fn next_collections(
    content: &WasteContent,
    area: &WasteArea,
    on: NaiveDate,
) -> Vec<Collection> {
    let to = on
        .checked_add_days(Days::new(NEXT_HORIZON_DAYS))
        .unwrap_or(on);
    let mut holidays = HolidayCalendar::new();
    let mut out: Vec<(NaiveDate, usize, String)> = Vec::new();
    for (i, c) in content.categories.iter().enumerate() {
        if let Some(d) = collection_days_with(content, area, &c.label, on, to, &mut holidays)
            .into_iter()
            .next()
        {
            out.push((d, i, c.label.clone()));
        }
    }
    out.sort();
    out.into_iter()
        .map(|(date, _, category)| Collection { date, category })
        .collect()
}

/// The days of one month that have collections, each with its categories.
pub fn month(
    content: &WasteContent,
    area: &WasteArea,
    year: i32,
    month: u32,
) -> Vec<DayCollections> {
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return Vec::new();
    };
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    let mut out: Vec<DayCollections> = Vec::new();
    for c in collections(content, area, first, last) {
        match out.last_mut() {
            Some(day) if day.date == c.date => day.categories.push(c.category),
            _ => out.push(DayCollections {
                date: c.date,
                categories: vec![c.category],
            }),
        }
    }
    out
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
