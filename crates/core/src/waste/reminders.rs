//! "Put it out tonight": reminders the evening before a collection (and, if the resident wants, the same
//! morning), raised through the inbox's notification path. One per collection and kind; an app that starts too
//! late for a reminder skips it instead of replaying a burst of stale ones.

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

/// Which reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    Evening,
    Morning,
}

/// One reminder due now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    /// Unique per collection and kind: recorded once raised.
    pub key: String,
    pub kind: ReminderKind,
    pub category: String,
    pub date: NaiveDate,
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
            let key = format!(
                "{}/{}/{}",
                c.date,
                category.id,
                match kind {
                    ReminderKind::Evening => "evening",
                    ReminderKind::Morning => "morning",
                }
            );
            if !given.contains(&key) {
                out.push(DueReminder {
                    key,
                    kind,
                    category: c.category.clone(),
                    date: c.date,
                });
            }
        }
    }
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
}
