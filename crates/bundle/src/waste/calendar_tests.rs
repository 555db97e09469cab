use chrono::NaiveDate;

use super::*;
use crate::problem::Report;
use crate::waste::{import, WasteSources};
use crate::SourceText;

/// A small made-up city: 燃やす (collected on holidays), 資源 (skipped on holidays), びん, 枝.
const DESCRIPTION: &str =
    "label,sublabel,description,styles,bgcolor\n燃やす,,,,\n資源,,,,\nびん,,,,\n枝,,,,\n";
const CATEGORIES: &str = r#"format = 1
[[category]]
label = "燃やす"
id = "burnable"
holidays = "collect"
[[category.names]]
valid_to = 2024-09-30
[category.names.name]
ja = "可燃ごみ"
en = "Burnable waste"
[[category.names]]
valid_from = "2024-10-01"
[category.names.name]
ja = "もやすしかないごみ"
en = "Only-burnable waste"

[[category]]
label = "資源"
id = "recyclable"
holidays = "skip"

[[category]]
label = "びん"
id = "bottles"

[[category]]
label = "枝"
id = "branches"
"#;
const CENTER: &str = "名称,休止開始日,休止終了日\n東センター,2026/12/31,2027/01/03\n";

fn content(area_days: &str, calendar: Option<&str>) -> WasteContent {
    let files = [
        SourceText::new("w/area_days.csv", area_days),
        SourceText::new("w/description.csv", DESCRIPTION),
        SourceText::new("w/center.csv", CENTER),
        SourceText::new("w/categories.toml", CATEGORIES),
        SourceText::new(
            "w/calendar.csv",
            calendar.unwrap_or("date,area,category,change,to\n"),
        ),
    ];
    let mut report = Report::new();
    let c = import(
        &WasteSources {
            area_days: Some(&files[0]),
            description: Some(&files[1]),
            center: Some(&files[2]),
            categories: Some(&files[3]),
            calendar: Some(&files[4]),
            ..WasteSources::default()
        },
        &mut report,
    );
    assert!(!report.has_errors(), "{report}");
    c
}

fn d(s: &str) -> NaiveDate {
    parse_date(s).unwrap()
}

fn days(c: &WasteContent, category: &str, from: &str, to: &str) -> Vec<String> {
    collection_days(c, &c.areas[0], category, d(from), d(to))
        .into_iter()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect()
}

#[test]
fn weekly_days_with_a_month_filter() {
    let c = content("地名,センター,燃やす\n東,,月 木:4 5\n", None);
    assert_eq!(
        days(&c, "燃やす", "2026-03-28", "2026-04-10"),
        ["2026-04-02", "2026-04-06", "2026-04-09"]
    );
    assert_eq!(
        days(&c, "燃やす", "2026-05-28", "2026-06-05"),
        ["2026-05-28"]
    );
}

#[test]
fn nth_weekdays_and_the_fifth_week() {
    let c = content("地名,センター,びん\n東,,火2 金4 水5\n", None);
    // March 2026: Tuesdays 3, 10…; Fridays 6, 13, 20, 27; Wednesdays 4 … 25 (no fifth).
    assert_eq!(
        days(&c, "びん", "2026-03-01", "2026-03-31"),
        ["2026-03-10", "2026-03-27"]
    );
    // April 2026 has a fifth Wednesday, the 29th.
    assert_eq!(
        days(&c, "びん", "2026-04-01", "2026-04-30"),
        ["2026-04-14", "2026-04-24", "2026-04-29"]
    );
}

#[test]
fn every_other_week_across_a_year_end() {
    let c = content("地名,センター,枝\n東,,隔火20261222\n", None);
    assert_eq!(
        days(&c, "枝", "2026-12-15", "2027-01-31"),
        ["2026-12-22", "2027-01-05", "2027-01-19"]
    );
    // Before its start date the rhythm runs backwards the same way.
    assert_eq!(days(&c, "枝", "2026-12-01", "2026-12-14"), ["2026-12-08"]);
    // With a month filter: only December and February.
    let c = content("地名,センター,枝\n東,,隔火20261222:12 2\n", None);
    assert_eq!(
        days(&c, "枝", "2026-12-15", "2027-02-10"),
        ["2026-12-22", "2027-02-02"]
    );
}

#[test]
fn explicit_dates() {
    let c = content("地名,センター,枝\n東,,20270105 20261230\n", None);
    assert_eq!(
        days(&c, "枝", "2026-12-01", "2027-12-31"),
        ["2026-12-30", "2027-01-05"]
    );
}

#[test]
fn centre_closures_drop_weekly_collections_and_a_move_brings_one_back() {
    let area_days = "地名,センター,燃やす,資源\n東,東センター,木 金,月\n西,,木 金,月\n";
    let c = content(area_days, None);
    // 2026-12-31 (Thu) and 2027-01-01 (Fri) fall in the closure.
    assert_eq!(
        days(&c, "燃やす", "2026-12-24", "2027-01-08"),
        ["2026-12-24", "2026-12-25", "2027-01-07", "2027-01-08"]
    );
    // An area of no centre is not closed.
    let west = collection_days(&c, &c.areas[1], "燃やす", d("2026-12-31"), d("2027-01-01"));
    assert_eq!(west.len(), 2);
    // The month view's closed days say the same.
    let closed = |area: usize| -> Vec<String> {
        closed_days(&c, &c.areas[area], d("2026-12-01"), d("2027-01-31"))
            .iter()
            .map(|d| d.to_string())
            .collect()
    };
    assert_eq!(
        closed(0),
        ["2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]
    );
    assert!(closed(1).is_empty());

    let calendar = "date,area,category,change,to\n2027-01-01,東,燃やす,move,2027-01-04\n2026-12-24,,,drop,\n2027-01-11,東,資源,add,\n";
    let c = content(area_days, Some(calendar));
    assert_eq!(
        days(&c, "燃やす", "2026-12-24", "2027-01-08"),
        ["2026-12-25", "2027-01-04", "2027-01-07", "2027-01-08"]
    );
    // 2027-01-11 is 成人の日, skipped for 資源 by the rule, but the calendar adds it back.
    assert_eq!(
        days(&c, "資源", "2027-01-04", "2027-01-18"),
        ["2027-01-04", "2027-01-11", "2027-01-18"]
    );
    // A move reaches into a range from outside it.
    assert_eq!(
        days(&c, "燃やす", "2027-01-02", "2027-01-05"),
        ["2027-01-04"]
    );
}

#[test]
fn holidays_skip_one_category_and_not_the_other() {
    let c = content("地名,センター,燃やす,資源\n東,,月,月\n", None);
    // 2026-01-12 成人の日, 2026-09-21 敬老の日 are Mondays.
    assert_eq!(
        days(&c, "燃やす", "2026-01-05", "2026-01-19"),
        ["2026-01-05", "2026-01-12", "2026-01-19"]
    );
    assert_eq!(
        days(&c, "資源", "2026-01-05", "2026-01-19"),
        ["2026-01-05", "2026-01-19"]
    );
    assert_eq!(
        days(&c, "資源", "2026-09-21", "2026-09-21"),
        Vec::<String>::new()
    );
}

#[test]
fn the_dated_rename() {
    let c = content("地名,センター,燃やす\n東,,月\n", None);
    let cat = c.category("燃やす").unwrap();
    assert_eq!(cat.id, "burnable");
    assert_eq!(cat.name_on("2024-09-30", &["ja"]), "可燃ごみ");
    assert_eq!(cat.name_on("2024-10-01", &["ja"]), "もやすしかないごみ");
    assert_eq!(cat.name_on("2024-09-30", &["en"]), "Burnable waste");
    assert_eq!(
        cat.name_on("2030-01-01", &["vi", "en"]),
        "Only-burnable waste"
    );
    assert_eq!(
        cat.name_on("2030-01-01", &["vi"]),
        "もやすしかないごみ",
        "falls back to ja"
    );
    assert_eq!(
        c.category("びん").unwrap().name_on("2024-01-01", &["en"]),
        "びん"
    );
}

#[test]
fn new_days_from_a_date() {
    let calendar =
        "date,area,category,change,to\n2027-04-01,東,燃やす,days,火 金\n2027-06-01,東,資源,days,\n";
    let c = content("地名,センター,燃やす,資源\n東,,月 木,水2\n", Some(calendar));
    assert_eq!(
        days(&c, "燃やす", "2027-03-29", "2027-04-06"),
        ["2027-03-29", "2027-04-02", "2027-04-06"]
    );
    assert_eq!(days(&c, "資源", "2027-05-01", "2027-07-31"), ["2027-05-12"]);
    let rules: Vec<_> = c.areas[0]
        .rules
        .iter()
        .map(|r| {
            (
                r.category.as_str(),
                r.valid_from.as_deref(),
                r.valid_to.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        rules,
        [
            ("燃やす", None, Some("2027-03-31")),
            ("燃やす", Some("2027-04-01"), None),
            ("資源", None, Some("2027-05-31")),
        ]
    );
}

#[test]
fn next_collections_count_today_and_step_over_closures_and_holidays() {
    let c = content(
        "地名,センター,燃やす,資源,びん\n東,東センター,木,月,20270301\n",
        None,
    );
    let area = &c.areas[0];
    let next = |on: &str| -> Vec<(String, String)> {
        next_collections(&c, area, d(on))
            .into_iter()
            .map(|n| (n.date.format("%Y-%m-%d").to_string(), n.category))
            .collect()
    };
    // On a Thursday, Thursday's collection counts.
    assert_eq!(
        next("2026-12-24")[0],
        ("2026-12-24".into(), "燃やす".into())
    );
    // 12-31 is closed; the closure ends on 01-03, so Monday 01-04 is the first 資源 day.
    assert_eq!(
        next("2026-12-30"),
        [
            ("2027-01-04".into(), "資源".into()),
            ("2027-01-07".into(), "燃やす".into()),
            ("2027-03-01".into(), "びん".into()),
        ]
    );
    // 2027-01-11 is 成人の日: 資源 skips it.
    assert_eq!(
        next("2027-01-08")[0],
        ("2027-01-14".into(), "燃やす".into())
    );
    assert_eq!(next("2027-01-08")[1], ("2027-01-18".into(), "資源".into()));
    // After the last explicit date the category has no next day.
    assert_eq!(next("2027-03-02").len(), 2);
}

#[test]
fn a_month_view() {
    let c = content("地名,センター,燃やす,資源\n東,,月 木,月2\n", None);
    let m = month(&c, &c.areas[0], 2026, 2);
    let first: Vec<_> = m
        .iter()
        .take(3)
        .map(|d| (d.date.format("%d").to_string(), d.categories.clone()))
        .collect();
    assert_eq!(
        first,
        [
            ("02".to_string(), vec!["燃やす".to_string()]),
            ("05".to_string(), vec!["燃やす".to_string()]),
            (
                "09".to_string(),
                vec!["燃やす".to_string(), "資源".to_string()]
            ),
        ]
    );
    assert_eq!(m.len(), 8);
    assert!(month(&c, &c.areas[0], 2026, 13).is_empty());
}
