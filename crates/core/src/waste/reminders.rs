//! "Put it out tonight": reminders the evening before a collection (and, if the resident wants, the same
//! morning), raised through the inbox's notification path. Each collection is reminded once per kind, and the
//! collections of one day come as one notification; an evening reminder that could only be given after midnight
//! says "today", and an app that starts after the 08:00 deadline skips it instead of replaying stale ones.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use machi_bundle::content::{WasteArea, WasteContent};
use machi_bundle::waste::calendar;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Collections are due at 08:00 on the day (Oyama's rule: 収集日の朝8時まで); a reminder after that is useless.
pub const PUT_OUT_BY: NaiveTime = match NaiveTime::from_hms_opt(8, 0, 0) {
    Some(t) => t,
    None => panic!("08:00 is a time"),
};

/// When to be reminded, and of which categories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WasteReminders {
    /// `HH:MM` the evening before (default `20:00`); `null` for none.
    pub evening: Option<String>,
    /// `HH:MM` the same morning (before 08:00); `null` for none.
    pub morning: Option<String>,
    /// Category ids to be reminded of; empty means every category.
    pub categories: Vec<String>,
}

impl Default for WasteReminders {
    fn default() -> Self {
        WasteReminders {
            evening: Some("20:00".into()),
            morning: None,
            categories: Vec::new(),
        }
    }
}

impl WasteReminders {
    /// `None` when the times are not `HH:MM` (or the morning one is not before 08:00).
    pub fn check(&self) -> Result<(), String> {
        for (field, time) in [("evening", &self.evening), ("morning", &self.morning)] {
            if let Some(t) = time {
                let parsed = NaiveTime::parse_from_str(t, "%H:%M")
                    .map_err(|_| format!("waste_reminders.{field}: {t} (HH:MM)"))?;
                if field == "morning" && parsed >= PUT_OUT_BY {
                    return Err(format!("waste_reminders.morning: {t} (before 08:00)"));
                }
            }
        }
        Ok(())
    }
}

/// Which of the resident's reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    Evening,
    Morning,
}

impl ReminderKind {
    fn word(self) -> &'static str {
        match self {
            ReminderKind::Evening => "evening",
            ReminderKind::Morning => "morning",
        }
    }
}

/// What a reminder says about the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReminderDay {
    /// "Tomorrow is collection day": given the evening before.
    Tomorrow,
    /// "Today is collection day": the morning reminder, or an evening one that comes after midnight.
    Today,
}

/// One collection to be reminded of now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    /// Unique per collection and kind (`2026-11-30/burnable/evening`): recorded once raised.
    pub key: String,
    pub kind: ReminderKind,
    pub day: ReminderDay,
    /// The category label.
    pub category: String,
    pub date: NaiveDate,
}

/// One notification: every collection of one day due now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderNotice {
    /// `waste/<date>/tomorrow|today`.
    pub id: String,
    pub day: ReminderDay,
    pub date: NaiveDate,
    /// Category labels, in the content's order, each once.
    pub categories: Vec<String>,
    /// The keys of every reminder it gives.
    pub keys: Vec<String>,
}

/// The reminders due at `now` (local time) for `area` that are not in `given` (keys already raised).
pub fn due(
    content: &WasteContent,
    area: &WasteArea,
    wanted: &WasteReminders,
    now: NaiveDateTime,
    given: &BTreeSet<String>,
) -> Vec<DueReminder> {
    let today = now.date();
    let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
    let mut out = Vec::new();
    for c in calendar::collections(content, area, today, tomorrow) {
        let Some(category) = content.category(&c.category) else {
            continue;
        };
        if !wanted.categories.is_empty() && !wanted.categories.contains(&category.id) {
            continue;
        }
        let deadline = c.date.and_time(PUT_OUT_BY);
        let starts = [
            (
                ReminderKind::Evening,
                wanted.evening.as_deref(),
                c.date.pred_opt(),
            ),
            (
                ReminderKind::Morning,
                wanted.morning.as_deref(),
                Some(c.date),
            ),
        ];
        for (kind, time, day) in starts {
            let (Some(time), Some(day)) = (time, day) else {
                continue;
            };
            let Ok(time) = NaiveTime::parse_from_str(time, "%H:%M") else {
                continue;
            };
            let from = day.and_time(time);
            // Within its window only: from the chosen time until the collection's deadline.
            if now < from || now >= deadline {
                continue;
            }
            let key = format!("{}/{}/{}", c.date, category.id, kind.word());
            if !given.contains(&key) {
                out.push(DueReminder {
                    key,
                    kind,
                    day: if today < c.date {
                        ReminderDay::Tomorrow
                    } else {
                        ReminderDay::Today
                    },
                    category: c.category.clone(),
                    date: c.date,
                });
            }
        }
    }
    out
}

/// Between the category names of one notification, as each language separates the items of a list: the
/// ideographic comma in Japanese and Chinese, Burmese's little section mark, a space in Thai, a comma elsewhere.
/// (A Fluent message cannot hold these: Fluent trims the spaces around a value.)
pub fn list_separator(locale: &str) -> &'static str {
    match locale {
        "ja" | "ja-easy" | "zh-Hans" | "zh-Hant" => "、",
        "my" => "၊ ",
        "th" => " ",
        _ => ", ",
    }
}

/// The reminders of one day and wording as one notification each, in date order.
pub fn notices(due: &[DueReminder]) -> Vec<ReminderNotice> {
    let mut out: Vec<ReminderNotice> = Vec::new();
    for r in due {
        let notice = match out.iter_mut().find(|n| n.date == r.date && n.day == r.day) {
            Some(n) => n,
            None => {
                out.push(ReminderNotice {
                    id: format!(
                        "waste/{}/{}",
                        r.date,
                        match r.day {
                            ReminderDay::Tomorrow => "tomorrow",
                            ReminderDay::Today => "today",
                        }
                    ),
                    day: r.day,
                    date: r.date,
                    categories: Vec::new(),
                    keys: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        };
        if !notice.categories.contains(&r.category) {
            notice.categories.push(r.category.clone());
        }
        notice.keys.push(r.key.clone());
    }
    out.sort_by_key(|n| (n.date, n.day));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use machi_bundle::content::{CollectionRule, DayRule, WasteCategory};

    /// Burnable on Mondays and Thursdays, bottles on the 2nd Wednesday.
    fn content() -> (WasteContent, WasteArea) {
        let category = |label: &str, id: &str| WasteCategory {
            label: label.into(),
            id: id.into(),
            sublabel: None,
            description: Default::default(),
            colour: None,
            names: vec![],
            holidays: Default::default(),
        };
        let area = WasteArea {
            id: "a".into(),
            name: "A地区".into(),
            centre: None,
            rules: vec![
                CollectionRule {
                    category: "もやすしかないごみ".into(),
                    days: vec![
                        DayRule::Weekly {
                            weekday: 0,
                            months: vec![],
                        },
                        DayRule::Weekly {
                            weekday: 3,
                            months: vec![],
                        },
                    ],
                    remarks: vec![],
                    valid_from: None,
                    valid_to: None,
                },
                CollectionRule {
                    category: "びん".into(),
                    days: vec![DayRule::NthWeekday {
                        weekday: 2,
                        nth: 2,
                        months: vec![],
                    }],
                    remarks: vec![],
                    valid_from: None,
                    valid_to: None,
                },
            ],
        };
        let content = WasteContent {
            categories: vec![
                category("もやすしかないごみ", "burnable"),
                category("びん", "bottles"),
            ],
            areas: vec![area.clone()],
            ..Default::default()
        };
        (content, area)
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn the_evening_before_once_and_never_late() {
        let (content, area) = content();
        let wanted = WasteReminders::default();
        let mut given = BTreeSet::new();
        // Sunday 2026-11-29 19:59: too early; 20:00: Monday's burnable.
        assert!(due(&content, &area, &wanted, at("2026-11-29 19:59"), &given).is_empty());
        let first = due(&content, &area, &wanted, at("2026-11-29 20:00"), &given);
        assert_eq!(first.len(), 1);
        assert_eq!(
            (
                first[0].category.as_str(),
                first[0].date.to_string().as_str()
            ),
            ("もやすしかないごみ", "2026-11-30")
        );
        given.insert(first[0].key.clone());
        // Asked again at 23:00 and after a restart: already given.
        assert!(due(&content, &area, &wanted, at("2026-11-29 23:00"), &given).is_empty());
        // An app that starts on Monday at 09:00 is past the deadline: no stale reminder.
        assert!(due(
            &content,
            &area,
            &wanted,
            at("2026-11-30 09:00"),
            &BTreeSet::new()
        )
        .is_empty());
    }

    #[test]
    fn the_morning_reminder_and_the_categories_chosen() {
        let (content, area) = content();
        // 2026-12-09 is the second Wednesday: bottles; Thursday 10th burnable.
        let wanted = WasteReminders {
            evening: None,
            morning: Some("06:30".into()),
            categories: vec!["bottles".into()],
        };
        let due_now = due(
            &content,
            &area,
            &wanted,
            at("2026-12-09 06:45"),
            &BTreeSet::new(),
        );
        assert_eq!(due_now.len(), 1);
        assert_eq!(due_now[0].kind, ReminderKind::Morning);
        assert!(
            due(
                &content,
                &area,
                &wanted,
                at("2026-12-10 06:45"),
                &BTreeSet::new()
            )
            .is_empty(),
            "burnable not chosen"
        );
        assert!(WasteReminders {
            morning: Some("08:30".into()),
            ..wanted.clone()
        }
        .check()
        .is_err());
        assert!(WasteReminders {
            evening: Some("25:00".into()),
            ..wanted
        }
        .check()
        .is_err());
    }

    #[test]
    fn an_evening_reminder_after_midnight_says_today() {
        let (content, area) = content();
        let wanted = WasteReminders::default();
        // The computer slept through Sunday evening; at 06:00 on Monday the reminder still helps, as "today".
        let due_now = due(
            &content,
            &area,
            &wanted,
            at("2026-11-30 06:00"),
            &BTreeSet::new(),
        );
        assert_eq!(due_now.len(), 1);
        assert_eq!(due_now[0].kind, ReminderKind::Evening);
        assert_eq!(due_now[0].day, ReminderDay::Today);
        let evening = due(
            &content,
            &area,
            &wanted,
            at("2026-11-29 21:00"),
            &BTreeSet::new(),
        );
        assert_eq!(evening[0].day, ReminderDay::Tomorrow);
    }

    #[test]
    fn the_collections_of_one_day_come_as_one_notification() {
        let (mut content, mut area) = content();
        // Plastic on Mondays too, and both reminders wanted.
        let mut plastic = area.rules[0].clone();
        plastic.category = "プラ".into();
        plastic.days.truncate(1);
        area.rules.push(plastic);
        let mut category = content.categories[0].clone();
        category.label = "プラ".into();
        category.id = "plastic".into();
        content.categories.push(category);
        content.areas = vec![area.clone()];
        let wanted = WasteReminders {
            evening: Some("20:00".into()),
            morning: Some("06:30".into()),
            categories: vec![],
        };
        let evening = due(
            &content,
            &area,
            &wanted,
            at("2026-11-29 20:00"),
            &BTreeSet::new(),
        );
        let one = notices(&evening);
        assert_eq!(one.len(), 1, "{one:?}");
        assert_eq!(one[0].categories, ["もやすしかないごみ", "プラ"]);
        assert_eq!(one[0].day, ReminderDay::Tomorrow);
        assert_eq!(one[0].keys.len(), 2);
        // Missed in the evening, at 07:00 the evening and morning reminders of each collection are one notice.
        let late = due(
            &content,
            &area,
            &wanted,
            at("2026-11-30 07:00"),
            &BTreeSet::new(),
        );
        assert_eq!(late.len(), 4);
        let one = notices(&late);
        assert_eq!(one.len(), 1, "{one:?}");
        assert_eq!(one[0].day, ReminderDay::Today);
        assert_eq!(one[0].categories.len(), 2);
        assert_eq!(one[0].id, "waste/2026-11-30/today");
        // Once given, never again.
        let given: BTreeSet<String> = one[0].keys.iter().cloned().collect();
        assert!(due(&content, &area, &wanted, at("2026-11-30 07:30"), &given).is_empty());
    }
}
