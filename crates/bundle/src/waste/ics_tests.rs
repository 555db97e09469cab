use chrono::NaiveDate;

use super::*;
use crate::problem::Report;
use crate::waste::{import, WasteSources};
use crate::SourceText;

const DESCRIPTION: &str =
    "label,sublabel,description,styles,bgcolor\n燃やす,,,,\n資源,,,,\nびん,,,,\n枝,,,,\n";
const CATEGORIES: &str = r#"format = 1
[[category]]
label = "燃やす"
id = "burnable"
[[category.names]]
valid_to = "2024-09-30"
[category.names.name]
ja = "可燃ごみ"
[[category.names]]
valid_from = "2024-10-01"
[category.names.name]
ja = "もやすしかないごみ"
en = "Only-burnable; waste, really"
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

fn content(area_days: &str, center: &str, calendar: &str) -> WasteContent {
    let files = [
        SourceText::new("w/area_days.csv", area_days),
        SourceText::new("w/description.csv", DESCRIPTION),
        SourceText::new("w/center.csv", center),
        SourceText::new("w/categories.toml", CATEGORIES),
        SourceText::new("w/calendar.csv", calendar),
    ];
    let mut report = Report::new();
    let mut c = import(
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
    crate::waste::assign_area_ids(&mut c, &[]);
    c
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn opts<'a>(from: &str, to: &str, locales: &'a [&'a str]) -> IcsOptions<'a> {
    IcsOptions {
        city_code: "092088",
        locales,
        from: d(from),
        to: d(to),
        alarm_before_minutes: Some(EVENING_BEFORE_MINUTES),
        morning_alarm_minutes: None,
        alarm_categories: &[],
    }
}

const NO_CENTER: &str = "名称,休止開始日,休止終了日\n";
const NO_CHANGES: &str = "date,area,category,change,to\n";

#[test]
fn weekly_nth_and_every_other_week_become_rrules() {
    let c = content(
        "地名,センター,燃やす,資源,枝\n東,,月 木,火2 金4:4 6 8,隔火20261222\n",
        NO_CENTER,
        NO_CHANGES,
    );
    let events = plan_events(&c, &c.areas[0], &opts("2026-04-01", "2027-04-30", &["ja"]));
    let rules: Vec<_> = events
        .iter()
        .map(|e| (e.start.to_string(), e.rrule.clone().unwrap_or_default()))
        .collect();
    assert_eq!(
        rules,
        [
            (
                "2026-04-02".to_string(),
                "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270430".to_string()
            ),
            (
                "2026-04-14".to_string(),
                "FREQ=MONTHLY;BYDAY=2TU,4FR;BYMONTH=4,6,8;UNTIL=20270430".to_string()
            ),
            (
                "2026-04-14".to_string(),
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270430".to_string()
            ),
        ]
    );
    let area_id = &c.areas[0].id;
    assert!(area_id.starts_with("a-"));
    assert_eq!(events[0].uid, format!("{area_id}-burnable-1@092088.machi"));
    assert_eq!(
        events[1].uid,
        format!("{area_id}-recyclable-1@092088.machi")
    );
    // 資源 skips holidays: 山の日 2026-08-11 is the second Tuesday of August.
    assert_eq!(events[1].exdates, [d("2026-08-11")]);
}

#[test]
fn closures_and_holidays_are_exdates_and_moves_rdates() {
    let center = "名称,休止開始日,休止終了日\n東センター,2026/12/31,2027/01/03\n";
    let calendar = "date,area,category,change,to\n2027-01-01,東,燃やす,move,2027-01-02\n2026-05-04,,資源,add,\n2026-05-07,,資源,add,\n";
    let c = content(
        "地名,センター,燃やす,資源,びん\n東,東センター,木 金,月,20261230 20270105\n",
        center,
        calendar,
    );
    let events = plan_events(&c, &c.areas[0], &opts("2026-04-01", "2027-04-30", &["ja"]));
    let burnable: Vec<_> = events.iter().filter(|e| e.category == "燃やす").collect();
    assert_eq!(burnable.len(), 2);
    assert_eq!(burnable[0].exdates, [d("2026-12-31"), d("2027-01-01")]);
    assert_eq!(burnable[1].rrule, None);
    assert_eq!(
        (burnable[1].start, burnable[1].rdates.len()),
        (d("2027-01-02"), 0)
    );
    // 資源 on Mondays skips the Monday holidays except 05-04, which the calendar adds back; the Thursday it
    // adds is a single day.
    let recyclable: Vec<_> = events.iter().filter(|e| e.category == "資源").collect();
    let ex: Vec<String> = recyclable[0]
        .exdates
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        ex,
        [
            "2026-07-20",
            "2026-09-21",
            "2026-10-12",
            "2026-11-23",
            "2027-01-11",
            "2027-03-22"
        ]
    );
    assert_eq!(
        (recyclable[1].start, recyclable[1].rrule.as_deref()),
        (d("2026-05-07"), None)
    );
    // Explicit dates: one event of single days.
    let bottles: Vec<_> = events.iter().filter(|e| e.category == "びん").collect();
    assert_eq!(
        (bottles[0].start, bottles[0].rdates.clone()),
        (d("2026-12-30"), vec![d("2027-01-05")])
    );
}

#[test]
fn a_rename_splits_the_events_and_names_each_by_its_days() {
    let c = content("地名,センター,燃やす\n東,,月\n", NO_CENTER, NO_CHANGES);
    let events = plan_events(&c, &c.areas[0], &opts("2024-09-01", "2024-10-31", &["ja"]));
    let got: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.summary.as_str(),
                e.start.to_string(),
                e.rrule.clone().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "可燃ごみ",
                "2024-09-02".to_string(),
                "FREQ=WEEKLY;BYDAY=MO;UNTIL=20240930".to_string()
            ),
            (
                "もやすしかないごみ",
                "2024-10-07".to_string(),
                "FREQ=WEEKLY;BYDAY=MO;UNTIL=20241031".to_string()
            ),
        ]
    );
}

#[test]
fn the_ics_text() {
    let c = content("地名,センター,燃やす\n東,,月\n", NO_CENTER, NO_CHANGES);
    let ics = area_ics(&c, &c.areas[0], &opts("2026-04-01", "2026-04-30", &["en"]));
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    for line in [
        "VERSION:2.0",
        "PRODID:-//Machi//Waste collection calendar//JA",
        "DTSTART;VALUE=DATE:20260406",
        "DTEND;VALUE=DATE:20260407",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260430",
        "DTSTAMP:20260401T000000Z",
        // Commas and semicolons in a name are escaped; it stays plain text.
        "SUMMARY:Only-burnable\\; waste\\, really",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT4H",
    ] {
        assert!(ics.contains(&format!("{line}\r\n")), "no {line} in\n{ics}");
    }
    assert_eq!(ics.matches("DTSTAMP").count(), 1, "none in the VALARM");
    assert!(!ics.contains('\u{2068}') && !ics.contains('\u{2069}'));
    // The same sources give the same bytes.
    assert_eq!(
        ics,
        area_ics(&c, &c.areas[0], &opts("2026-04-01", "2026-04-30", &["en"]))
    );
    assert_eq!(trigger_before(30), "-PT30M");
    assert_eq!(trigger_before(90), "-PT1H30M");
}

#[test]
fn the_csv_calendar() {
    let c = content(
        "地名,センター,燃やす,資源\n東,,月,月2\n",
        NO_CENTER,
        NO_CHANGES,
    );
    let csv = area_csv(&c, &c.areas[0], d("2026-04-01"), d("2026-04-14"), &["ja"]);
    assert_eq!(
        csv,
        "date,area,category_id,category_name\n2026-04-06,東,burnable,もやすしかないごみ\n2026-04-13,東,burnable,もやすしかないごみ\n2026-04-13,東,recyclable,資源\n"
    );
    assert_eq!(horizon_end(d("2026-04-01")), d("2027-04-30"));
}

#[test]
fn the_residents_reminders_ring_on_the_categories_they_chose() {
    let c = content(
        "地名,センター,燃やす,資源\n東,,月,火2\n",
        NO_CENTER,
        NO_CHANGES,
    );
    let chosen = vec!["recyclable".to_string()];
    let options = IcsOptions {
        // 19:30 the evening before, 06:15 the same morning, resources only.
        alarm_before_minutes: Some(270),
        morning_alarm_minutes: Some(375),
        alarm_categories: &chosen,
        ..opts("2026-04-01", "2026-04-30", &["ja"])
    };
    let ics = area_ics(&c, &c.areas[0], &options);
    let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
    assert_eq!(events.len(), 2, "{ics}");
    for event in events {
        let alarms = event.matches("BEGIN:VALARM").count();
        if event.contains("-burnable-") {
            assert_eq!(alarms, 0, "not chosen:\n{event}");
        } else {
            assert_eq!(alarms, 2, "{event}");
            assert!(event.contains("TRIGGER:-PT4H30M\r\n"), "{event}");
            assert!(event.contains("TRIGGER:PT6H15M\r\n"), "{event}");
        }
    }
    assert_eq!(trigger_after(375), "PT6H15M");
}
