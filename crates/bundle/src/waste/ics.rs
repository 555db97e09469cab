//! An area's collection calendar as RFC 5545 iCalendar and as CSV.
//!
//! The iCalendar file says what the rules say, so a calendar app shows a recurring event rather than hundreds of
//! single ones: weekly days → `RRULE:FREQ=WEEKLY;BYDAY=MO,TH`, nth weekdays → `FREQ=MONTHLY;BYDAY=2TU`, month
//! filters → `BYMONTH`, 隔 → `FREQ=WEEKLY;INTERVAL=2`; days the rules give but the calendar drops (closures,
//! holidays of a `skip` category, the city's drops and moves) → `EXDATE`; days no rule gives (explicit dates,
//! additions, moved days) → `RDATE`. Every event is all-day (`DTSTART;VALUE=DATE` and `DTEND` the next day),
//! bounded by `UNTIL` at the end of the horizon or of a rule's validity, and split where the category's name
//! changes, so its SUMMARY is the name valid on those days. UIDs are stable:
//! `<area id>-<category id>-<n>@<city code>.machi`. A `VALARM` rings the evening before, and another the same
//! morning when the resident asked for it, on the categories they chose.
//!
//! The events are planned ([`plan_events`]) apart from writing them ([`area_ics`]), so the plan can be checked
//! against [`calendar::collection_days`] without an iCalendar parser.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, Months, NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};

use super::calendar::{self, day_rule_matches, each_day, parse_date};
use crate::content::{CollectionRule, DayRule, WasteArea, WasteCategory, WasteContent};

/// What to write.
#[derive(Debug, Clone)]
pub struct IcsOptions<'a> {
    /// 全国地方公共団体コード, for the UIDs.
    pub city_code: &'a str,
    /// Locales for the event names, best first; `ja` is the last resort.
    pub locales: &'a [&'a str],
    /// First and last day (inclusive).
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Minutes before the collection day starts that the reminder rings: 240 = 20:00 the evening before.
    pub alarm_before_minutes: Option<u32>,
    /// Minutes into the collection day that a second reminder rings: 390 = 06:30 the same morning.
    pub morning_alarm_minutes: Option<u32>,
    /// Ids of the categories whose events carry the reminders; empty means every category.
    pub alarm_categories: &'a [String],
}

/// The default reminder: 20:00 the evening before.
pub const EVENING_BEFORE_MINUTES: u32 = 240;

/// The last day of a horizon of about 13 months from `from`: the same calendar shows next year's days well
/// before New Year.
pub fn horizon_end(from: NaiveDate) -> NaiveDate {
    from.checked_add_months(Months::new(13))
        .and_then(|d| d.pred_opt())
        .unwrap_or(from)
}

/// One VEVENT, before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedEvent {
    pub uid: String,
    /// The category label.
    pub category: String,
    /// The category id.
    pub category_id: String,
    pub summary: String,
    pub start: NaiveDate,
    /// The RRULE value (`FREQ=…` first), or `None` for an event of single days (`start` and `rdates`).
    pub rrule: Option<String>,
    pub exdates: Vec<NaiveDate>,
    pub rdates: Vec<NaiveDate>,
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

fn ics_date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn join<T: ToString>(v: &[T]) -> String {
    v.iter().map(T::to_string).collect::<Vec<_>>().join(",")
}

/// The tokens of one cell that one RRULE can say.
enum Group {
    Weekly {
        weekdays: Vec<u8>,
        months: Vec<u8>,
    },
    Monthly {
        days: Vec<(u8, u8)>,
        months: Vec<u8>,
    },
    EveryOtherWeek {
        weekday: u8,
        from: String,
        months: Vec<u8>,
    },
}

impl Group {
    fn of(rules: &[&CollectionRule]) -> Vec<Group> {
        let mut weekly: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
        let mut monthly: BTreeMap<Vec<u8>, Vec<(u8, u8)>> = BTreeMap::new();
        let mut out = Vec::new();
        for t in rules.iter().flat_map(|r| &r.days) {
            match t {
                DayRule::Weekly { weekday, months } => {
                    weekly.entry(months.clone()).or_default().push(*weekday)
                }
                DayRule::NthWeekday {
                    weekday,
                    nth,
                    months,
                } => monthly
                    .entry(months.clone())
                    .or_default()
                    .push((*nth, *weekday)),
                DayRule::EveryOtherWeek {
                    weekday,
                    from,
                    months,
                } => out.push(Group::EveryOtherWeek {
                    weekday: *weekday,
                    from: from.clone(),
                    months: months.clone(),
                }),
                DayRule::Date { .. } => {}
            }
        }
        let mut groups: Vec<Group> = weekly
            .into_iter()
            .map(|(months, mut weekdays)| {
                weekdays.sort_unstable();
                weekdays.dedup();
                Group::Weekly { weekdays, months }
            })
            .collect();
        groups.extend(monthly.into_iter().map(|(months, mut days)| {
            days.sort_unstable_by_key(|&(n, w)| (w, n));
            days.dedup();
            Group::Monthly { days, months }
        }));
        groups.extend(out);
        groups
    }

    fn matches(&self, d: NaiveDate) -> bool {
        match self {
            Group::Weekly { weekdays, months } => weekdays.iter().any(|w| {
                day_rule_matches(
                    &DayRule::Weekly {
                        weekday: *w,
                        months: months.clone(),
                    },
                    d,
                )
            }),
            Group::Monthly { days, months } => days.iter().any(|(n, w)| {
                day_rule_matches(
                    &DayRule::NthWeekday {
                        weekday: *w,
                        nth: *n,
                        months: months.clone(),
                    },
                    d,
                )
            }),
            Group::EveryOtherWeek {
                weekday,
                from,
                months,
            } => day_rule_matches(
                &DayRule::EveryOtherWeek {
                    weekday: *weekday,
                    from: from.clone(),
                    months: months.clone(),
                },
                d,
            ),
        }
    }

    /// The RRULE value, FREQ first (some calendar apps read nothing else first), ending at `until`.
    fn rrule(&self, until: NaiveDate) -> String {
        let months = |m: &Vec<u8>| {
            if m.is_empty() {
                String::new()
            } else {
                format!(";BYMONTH={}", join(m))
            }
        };
        let until = ics_date(until);
        match self {
            Group::Weekly {
                weekdays,
                months: m,
            } => {
                let days: Vec<&str> = weekdays.iter().map(|w| BYDAY[usize::from(*w)]).collect();
                format!(
                    "FREQ=WEEKLY;BYDAY={}{};UNTIL={until}",
                    days.join(","),
                    months(m)
                )
            }
            Group::Monthly { days, months: m } => {
                let days: Vec<String> = days
                    .iter()
                    .map(|(n, w)| format!("{n}{}", BYDAY[usize::from(*w)]))
                    .collect();
                format!(
                    "FREQ=MONTHLY;BYDAY={}{};UNTIL={until}",
                    days.join(","),
                    months(m)
                )
            }
            Group::EveryOtherWeek {
                weekday, months: m, ..
            } => format!(
                "FREQ=WEEKLY;INTERVAL=2;BYDAY={}{};UNTIL={until}",
                BYDAY[usize::from(*weekday)],
                months(m)
            ),
        }
    }
}

/// The days in `[from, to]` where the category's name or its rules change: each span between two is one set of
/// events with one SUMMARY and one set of rules.
fn spans(
    category: &WasteCategory,
    rules: &[&CollectionRule],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut cuts = BTreeSet::new();
    let mut cut = |start: Option<&str>, end: Option<&str>| {
        if let Some(d) = start.and_then(parse_date) {
            cuts.insert(d);
        }
        if let Some(d) = end.and_then(parse_date).and_then(|d| d.succ_opt()) {
            cuts.insert(d);
        }
    };
    for n in &category.names {
        cut(n.valid_from.as_deref(), n.valid_to.as_deref());
    }
    for r in rules {
        cut(r.valid_from.as_deref(), r.valid_to.as_deref());
    }
    let mut out = Vec::new();
    let mut start = from;
    for c in cuts.into_iter().filter(|c| *c > from && *c <= to) {
        if let Some(end) = c.pred_opt() {
            out.push((start, end));
        }
        start = c;
    }
    out.push((start, to));
    out
}

/// Plans the events of every category collected in `area`.
pub fn plan_events(
    content: &WasteContent,
    area: &WasteArea,
    opts: &IcsOptions,
) -> Vec<PlannedEvent> {
    let mut events = Vec::new();
    for category in &content.categories {
        let rules: Vec<&CollectionRule> = area
            .rules
            .iter()
            .filter(|r| r.category == category.label)
            .collect();
        let days = calendar::collection_days(content, area, &category.label, opts.from, opts.to);
        if days.is_empty() {
            continue;
        }
        let mut n = 0;
        let mut uid = || {
            n += 1;
            format!("{}-{}-{n}@{}.machi", area.id, category.id, opts.city_code)
        };
        for (start, end) in spans(category, &rules, opts.from, opts.to) {
            let on = start.format("%Y-%m-%d").to_string();
            let summary = crate::ruby::plain(category.name_on(&on, opts.locales)).into_owned();
            let valid: Vec<&CollectionRule> = rules
                .iter()
                .copied()
                .filter(|r| {
                    crate::content::date_in_span(
                        &on,
                        r.valid_from.as_deref(),
                        r.valid_to.as_deref(),
                    )
                })
                .collect();
            let mut covered = BTreeSet::new();
            for group in Group::of(&valid) {
                let given: Vec<NaiveDate> =
                    each_day(start, end).filter(|d| group.matches(*d)).collect();
                let Some(&first) = given
                    .iter()
                    .find(|d| days.contains(d) && !covered.contains(*d))
                else {
                    continue;
                };
                let exdates: Vec<NaiveDate> = given
                    .iter()
                    .copied()
                    .filter(|d| *d > first && (!days.contains(d) || covered.contains(d)))
                    .collect();
                covered.extend(given.iter().copied().filter(|d| days.contains(d)));
                events.push(PlannedEvent {
                    uid: uid(),
                    category: category.label.clone(),
                    category_id: category.id.clone(),
                    summary: summary.clone(),
                    start: first,
                    rrule: Some(group.rrule(end)),
                    exdates,
                    rdates: Vec::new(),
                });
            }
            let single: Vec<NaiveDate> = days
                .range(start..=end)
                .copied()
                .filter(|d| !covered.contains(d))
                .collect();
            if let Some((&first, rest)) = single.split_first() {
                events.push(PlannedEvent {
                    uid: uid(),
                    category: category.label.clone(),
                    category_id: category.id.clone(),
                    summary: summary.clone(),
                    start: first,
                    rrule: None,
                    exdates: Vec::new(),
                    rdates: rest.to_vec(),
                });
            }
        }
    }
    events
}

/// `-PT4H`, `-PT30M`, `-PT1H30M`: a relative trigger before the start.
fn trigger_before(minutes: u32) -> String {
    format!("-{}", duration(minutes))
}

/// `PT6H30M`: a relative trigger after the start (the collection day's midnight).
fn trigger_after(minutes: u32) -> String {
    duration(minutes)
}

fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// The calendar of one area as an iCalendar file (CRLF lines, folded at 75 octets).
pub fn area_ics(content: &WasteContent, area: &WasteArea, opts: &IcsOptions) -> String {
    // DTSTAMP is required; the horizon's first day keeps the file the same for the same sources.
    let stamp = Utc.from_utc_datetime(&opts.from.and_hms_opt(0, 0, 0).unwrap_or_default());
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Machi//Waste collection calendar//JA"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&area.name);
    for e in plan_events(content, area, opts) {
        let mut event = icalendar::Event::new();
        event
            .uid(&e.uid)
            .timestamp(stamp)
            .summary(&e.summary)
            .starts(e.start)
            .ends(e.start + Days::new(1))
            .add_property("TRANSP", "TRANSPARENT");
        if let Some(rrule) = &e.rrule {
            event.add_property("RRULE", rrule);
        }
        for d in &e.exdates {
            event.exdate(*d);
        }
        for d in &e.rdates {
            event.rdate(*d);
        }
        let rings =
            opts.alarm_categories.is_empty() || opts.alarm_categories.contains(&e.category_id);
        let triggers = [
            ("alarm", opts.alarm_before_minutes.map(trigger_before)),
            (
                "alarm-morning",
                opts.morning_alarm_minutes.map(trigger_after),
            ),
        ];
        for (name, trigger) in triggers {
            let (true, Some(trigger)) = (rings, trigger) else {
                continue;
            };
            let mut alarm =
                Alarm::display(&e.summary, Trigger::before_start(chrono::Duration::zero()));
            alarm
                .add_property("TRIGGER", trigger)
                .add_property("UID", format!("{name}-{}", e.uid))
                .timestamp(stamp);
            event.alarm(alarm.done());
        }
        cal.push(event.done());
    }
    strip_alarm_stamps(&cal.done().to_string())
}

/// The writer stamps every component; RFC 5545 has no DTSTAMP in a VALARM, so it goes.
fn strip_alarm_stamps(ics: &str) -> String {
    let mut out = String::with_capacity(ics.len());
    let mut in_alarm = false;
    for line in ics.split_inclusive("\r\n") {
        match line.trim_end() {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            l if in_alarm && l.starts_with("DTSTAMP:") => continue,
            _ => {}
        }
        out.push_str(line);
    }
    out
}

/// The calendar of one area as CSV: `date,area,category_id,category_name`, one collection a row.
pub fn area_csv(
    content: &WasteContent,
    area: &WasteArea,
    from: NaiveDate,
    to: NaiveDate,
    locales: &[&str],
) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record(["date", "area", "category_id", "category_name"]);
    for c in calendar::collections(content, area, from, to) {
        let Some(category) = content.category(&c.category) else {
            continue;
        };
        let date = c.date.format("%Y-%m-%d").to_string();
        let _ = w.write_record([
            date.as_str(),
            area.name.as_str(),
            category.id.as_str(),
            category.name_on(&date, locales),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
#[path = "ics_tests.rs"]
mod tests;
