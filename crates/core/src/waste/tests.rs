//! The waste operations through the `Machi` API, on the embedded Oyama bundle at fixed times.

use chrono::DateTime;

use super::reminders::WasteReminders;
use super::*;
use crate::inbox::NotificationKind;
use crate::{ApiResult, ErrorCode, Machi, MachiOptions, SettingsPatch};

fn open(dir: &std::path::Path, now: &str) -> Machi {
    Machi::open_with(
        dir,
        MachiOptions {
            system_locale: Some("ja".into()),
            now: Some(DateTime::parse_from_rfc3339(now).unwrap()),
            ..Default::default()
        },
    )
    .unwrap()
}

fn machi(now: &str) -> (tempfile::TempDir, Machi) {
    let dir = tempfile::tempdir().unwrap();
    let m = open(dir.path(), now);
    (dir, m)
}

/// The sample story's evening: Friday 2026-11-27, 20:00 in Japan.
const NOW: &str = "2026-11-27T20:00:00+09:00";

fn next(m: &Machi, area: Option<&str>, on: Option<&str>) -> ApiResult<WasteSchedule> {
    m.waste_next(WasteAreaArgs {
        area: area.map(str::to_string),
        on: on.map(str::to_string),
    })
}

fn set(m: &Machi, patch: SettingsPatch) {
    m.update_settings(patch).unwrap();
}

#[test]
fn each_category_once_with_a_collection_that_day_counted() {
    let (_d, m) = machi(NOW);
    // Monday 2026-11-30 in 間々田: burnable (Mon/Thu) that very day.
    let s = next(&m, Some("mamada"), Some("2026-11-30")).unwrap();
    assert_eq!(
        (s.area.as_str(), s.area_id.as_str()),
        ("間々田地区", "mamada")
    );
    assert_eq!(s.on, "2026-11-30");
    let ids: Vec<&str> = s.next.iter().map(|n| n.category.id.as_str()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert_eq!(ids.len(), 7, "every category of the calendar: {ids:?}");
    let burnable = s.next.iter().find(|n| n.category.id == "burnable").unwrap();
    assert_eq!(
        (burnable.date.as_str(), burnable.days_from_today),
        ("2026-11-30", 0)
    );
    assert!(
        s.next.windows(2).all(|w| w[0].date <= w[1].date),
        "soonest first"
    );
    // The 5374 name, the city area's name in another language and the id give the same days.
    for area in ["間々田地区", "Mamada District", " mamada "] {
        assert_eq!(
            next(&m, Some(area), Some("2026-11-30")).unwrap().next,
            s.next,
            "{area}"
        );
    }
}

#[test]
fn an_unknown_area_or_none_at_all_is_said_so() {
    let (_d, m) = machi(NOW);
    let err = next(&m, Some("nowhere"), None).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(err.message.contains("nowhere"), "{}", err.message);
    let err = next(&m, None, None).unwrap_err();
    assert_eq!(err.code, ErrorCode::WasteNoArea);
    assert!(!err.message.contains("error-"), "{}", err.message);
    set(
        &m,
        SettingsPatch {
            home_area: Some(Some("mamada".into())),
            ..Default::default()
        },
    );
    let home = next(&m, None, None).unwrap();
    assert_eq!(
        (home.area_id.as_str(), home.on.as_str()),
        ("mamada", "2026-11-27")
    );
    let err = next(&m, Some("mamada"), Some("2026-02-30")).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
}

#[test]
fn the_year_end_closure_and_holidays_in_the_month_view() {
    let (_d, m) = machi(NOW);
    let month = |y: i32, mo: u32| {
        m.waste_month(WasteMonthArgs {
            area: Some("mamada".into()),
            year: y,
            month: mo,
        })
        .unwrap()
    };
    let dec = month(2026, 12);
    assert_eq!(dec.days.len(), 31);
    let day = |mo: &WasteMonth, d: &str| mo.days.iter().find(|x| x.date == d).unwrap().clone();
    // Thursday 12/31: a burnable day, but the centre is closed.
    let eve = day(&dec, "2026-12-31");
    assert_eq!(eve.weekday, 3);
    assert!(eve.closed && eve.categories.is_empty(), "{eve:?}");
    let before = day(&dec, "2026-12-28");
    assert!(!before.closed);
    assert!(before.categories.iter().any(|c| c.id == "burnable"));
    // Next year is there before New Year: 1/1 is a holiday and closed, 1/11 成人の日 is a holiday that is collected
    // (Oyama collects on holidays), and 1/4 collects again.
    let jan = month(2027, 1);
    assert!(day(&jan, "2027-01-01").holiday && day(&jan, "2027-01-01").closed);
    assert!(day(&jan, "2027-01-03").closed && !day(&jan, "2027-01-04").closed);
    let coming_of_age = day(&jan, "2027-01-11");
    assert!(coming_of_age.holiday && !coming_of_age.closed);
    assert!(coming_of_age.categories.iter().any(|c| c.id == "burnable"));
    // Today is marked in its month only.
    assert!(day(&month(2026, 11), "2026-11-27").today);
    assert!(!jan.days.iter().any(|d| d.today));
    assert_eq!(
        m.waste_month(WasteMonthArgs {
            area: Some("mamada".into()),
            year: 2026,
            month: 13,
        })
        .unwrap_err()
        .code,
        ErrorCode::InvalidInput
    );
}

#[test]
fn search_answers_in_the_residents_language_and_says_what_matched() {
    let (_d, m) = machi(NOW);
    set(
        &m,
        SettingsPatch {
            locale: Some("vi".into()),
            ..Default::default()
        },
    );
    let search = |q: &str, locale: Option<&str>| {
        m.waste_search(WasteSearchArgs {
            query: q.into(),
            locale: locale.map(str::to_string),
            limit: Some(5),
        })
        .unwrap()
    };
    let first = &search("chảo", None)[0];
    assert_eq!(first.id, "frying-pan");
    assert_eq!((first.name.as_str(), first.locale.as_str()), ("chảo", "vi"));
    assert_eq!(first.name_ja, "フライパン");
    assert_eq!(first.category.id, "non-burnable");
    assert_eq!(first.category.locale, "vi");
    assert_eq!(first.how.locale, "vi");
    assert_eq!(first.matched, None, "the name itself matched");
    // A Portuguese word, asked in Portuguese: the match is the name, nothing to add.
    let first = &search("guarda-chuva", Some("pt-BR"))[0];
    assert_eq!(
        (first.id.as_str(), first.locale.as_str()),
        ("umbrella", "pt-BR")
    );
    // A Japanese synonym found from Vietnamese: it says so, marked Japanese.
    let first = &search("アルカリ電池", None)[0];
    assert_eq!(first.id, "dry-battery");
    let matched = first.matched.clone().unwrap();
    assert_eq!(
        (matched.text.as_str(), matched.locale.as_str()),
        ("アルカリ電池", "ja")
    );
    // Romaji of the reading: the Japanese name is shown anyway, so nothing more is said.
    let first = &search("kandennchi", None)[0];
    assert_eq!(
        (first.id.as_str(), first.matched.clone()),
        ("dry-battery", None)
    );
    assert!(m
        .waste_search(WasteSearchArgs {
            query: "x".into(),
            locale: Some("xx".into()),
            limit: None,
        })
        .is_err());
}

#[test]
fn searches_that_found_nothing_are_kept_once_not_per_keystroke() {
    let dir = tempfile::tempdir().unwrap();
    let typing = |m: &Machi, queries: &[&str]| {
        for q in queries {
            m.waste_search(WasteSearchArgs {
                query: q.to_string(),
                locale: None,
                limit: None,
            })
            .unwrap();
        }
    };
    let kept = |m: &Machi| -> Vec<(String, u32)> {
        m.waste_missing()
            .unwrap()
            .queries
            .into_iter()
            .map(|q| (q.text, q.count))
            .collect()
    };
    {
        let m = open(dir.path(), NOW);
        // Typed letter by letter (the first letters find something), then one letter deleted again.
        typing(&m, &["q", "qx", "qxz", "qxzv", "qxzvw", "qxzv", "qxzv  "]);
        assert_eq!(kept(&m), [("qxzvw".to_string(), 1)]);
        // Something found is not kept.
        typing(&m, &["ペットボトル"]);
        assert_eq!(kept(&m).len(), 1);
    }
    {
        // The next day the same words again count twice; a shorter one typed alone is its own search.
        let m = open(dir.path(), "2026-11-28T09:00:00+09:00");
        typing(&m, &["qxzvw"]);
        let m = open(dir.path(), "2026-11-28T10:00:00+09:00");
        typing(&m, &["qxzv"]);
        assert_eq!(
            kept(&m),
            [("qxzv".to_string(), 1), ("qxzvw".to_string(), 2)]
        );
        m.waste_missing_clear().unwrap();
        assert!(kept(&m).is_empty());
    }
}

#[test]
fn areas_are_named_in_the_residents_language() {
    let (_d, m) = machi(NOW);
    set(
        &m,
        SettingsPatch {
            locale: Some("en".into()),
            ..Default::default()
        },
    );
    let areas = m.waste_areas().unwrap();
    let mamada = areas.iter().find(|a| a.id == "mamada").unwrap();
    assert_eq!(mamada.name, "間々田地区");
    assert_eq!(mamada.label, "Mamada District");
    assert_eq!(mamada.city_areas, ["mamada"]);
    assert_eq!(
        next(&m, Some("mamada"), None).unwrap().area_label,
        "Mamada District"
    );
}

#[test]
fn the_calendar_file_rings_when_the_resident_wants_to_be_reminded() {
    let (_d, m) = machi(NOW);
    let ics = |m: &Machi| {
        m.waste_ics(WasteAreaArgs {
            area: Some("mamada".into()),
            on: None,
        })
        .unwrap()
    };
    let default = ics(&m);
    assert_eq!(default.file_name, "machi-waste-mamada.ics");
    assert!(default.ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(
        default.ics.contains("TRIGGER:-PT4H\r\n"),
        "20:00 by default"
    );
    assert!(!default.ics.contains("TRIGGER:PT"));
    set(
        &m,
        SettingsPatch {
            waste_reminders: Some(WasteReminders {
                evening: Some("19:00".into()),
                morning: Some("06:30".into()),
                categories: vec!["hazardous".into()],
            }),
            ..Default::default()
        },
    );
    let chosen = ics(&m).ics;
    let events: Vec<&str> = chosen.split("BEGIN:VEVENT").skip(1).collect();
    assert!(events.len() >= 7, "{chosen}");
    for event in events {
        let hazardous = event.contains("-hazardous-");
        assert_eq!(event.contains("TRIGGER:-PT5H\r\n"), hazardous, "{event}");
        assert_eq!(event.contains("TRIGGER:PT6H30M\r\n"), hazardous, "{event}");
    }
}

#[test]
fn the_evening_reminder_comes_once_as_one_notification_per_day() {
    let dir = tempfile::tempdir().unwrap();
    let waste = |m: &Machi| -> Vec<crate::inbox::NotificationRequest> {
        m.take_notifications()
            .unwrap()
            .into_iter()
            .filter(|n| n.kind == NotificationKind::WasteReminder)
            .collect()
    };
    {
        let m = open(dir.path(), "2026-11-29T19:59:00+09:00");
        set(
            &m,
            SettingsPatch {
                home_area: Some(Some("mamada".into())),
                ..Default::default()
            },
        );
        assert!(waste(&m).is_empty(), "before 20:00");
    }
    let m = open(dir.path(), "2026-11-29T20:00:00+09:00");
    let given = waste(&m);
    assert_eq!(given.len(), 1, "{given:?}");
    assert_eq!(given[0].id, "waste/2026-11-30/tomorrow");
    assert!(
        given[0].title.contains("もやすしかないごみ"),
        "{}",
        given[0].title
    );
    assert!(!given[0].title.contains('\u{2068}'));
    assert!(waste(&m).is_empty(), "given once");
}

/// Oyama at `now`, syncing from `feed_url`.
fn open_with_feed(dir: &std::path::Path, feed_url: &str, now: &str) -> Machi {
    Machi::open_with(
        dir,
        MachiOptions {
            system_locale: Some("ja".into()),
            now: Some(DateTime::parse_from_rfc3339(now).unwrap()),
            feed: Some(crate::Feed {
                url: feed_url.to_string(),
                public_keys: vec![],
                city_code: "092088".into(),
            }),
            ..Default::default()
        },
    )
    .unwrap()
}

#[tokio::test]
async fn searches_that_found_nothing_go_to_the_city_only_when_asked_and_only_once() {
    let feed = tempfile::tempdir().unwrap();
    let server = crate::testkit::FeedServer::start(feed.path()).await;
    let dir = tempfile::tempdir().unwrap();
    let m = open_with_feed(dir.path(), &server.url(), NOW);
    for q in ["qxzvw", "ぴよぴよ"] {
        m.waste_search(WasteSearchArgs {
            query: q.into(),
            locale: None,
            limit: None,
        })
        .unwrap();
    }
    // Oyama's feed names a place for them: the app says where they would go, and nothing has gone yet.
    let before = m.waste_missing().unwrap();
    assert_eq!(before.send_to.as_deref(), Some("127.0.0.1"));
    assert!(before.queries.iter().all(|q| !q.sent));
    assert!(server.take_posts().is_empty());

    // Refused by the city's server: kept, unsent, and the resident is told in their language.
    server.fault("missed-searches", crate::testkit::Fault::Status(503));
    let err = m.waste_missing_send().await.unwrap_err();
    assert_eq!(err.code, ErrorCode::WasteSendRefused);
    assert!(err.message.contains("503"), "{}", err.message);
    assert!(m.waste_missing().unwrap().queries.iter().all(|q| !q.sent));
    server.clear_fault("missed-searches");

    // Sent: one POST of the words and counts, nothing else.
    let after = m.waste_missing_send().await.unwrap();
    assert_eq!(after.sent, 2);
    assert!(after.missing.queries.iter().all(|q| q.sent));
    let posts = server.take_posts();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].0, "missed-searches");
    let body: serde_json::Value = serde_json::from_slice(&posts[0].1).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "format": 1,
            "city": "092088",
            "queries": [{"text": "qxzvw", "count": 1}, {"text": "ぴよぴよ", "count": 1}]
        })
    );
    // Sending again sends nothing; a new word goes on its own.
    assert_eq!(m.waste_missing_send().await.unwrap().sent, 0);
    assert!(server.take_posts().is_empty());
    m.waste_search(WasteSearchArgs {
        query: "zzqq".into(),
        locale: None,
        limit: None,
    })
    .unwrap();
    m.waste_missing_send().await.unwrap();
    let posts = server.take_posts();
    let body: serde_json::Value = serde_json::from_slice(&posts[0].1).unwrap();
    assert_eq!(
        body["queries"],
        serde_json::json!([{"text": "zzqq", "count": 1}])
    );

    // The next day a word already sent is searched again: it is offered again, and only the new search goes.
    drop(m);
    let m = open_with_feed(dir.path(), &server.url(), "2026-11-28T09:00:00+09:00");
    m.waste_search(WasteSearchArgs {
        query: "qxzvw".into(),
        locale: None,
        limit: None,
    })
    .unwrap();
    let again = m.waste_missing().unwrap();
    let word = again.queries.iter().find(|q| q.text == "qxzvw").unwrap();
    assert_eq!((word.count, word.sent), (2, false));
    assert_eq!(m.waste_missing_send().await.unwrap().sent, 1);
    let posts = server.take_posts();
    let body: serde_json::Value = serde_json::from_slice(&posts[0].1).unwrap();
    assert_eq!(
        body["queries"],
        serde_json::json!([{"text": "qxzvw", "count": 1}])
    );

    // With nothing listening (the discard port), the resident hears which host could not be reached.
    drop(m);
    let m = open_with_feed(dir.path(), "http://127.0.0.1:9/", NOW);
    m.waste_search(WasteSearchArgs {
        query: "qqzz".into(),
        locale: None,
        limit: None,
    })
    .unwrap();
    let err = m.waste_missing_send().await.unwrap_err();
    assert_eq!(err.code, ErrorCode::WasteSendOffline);
    assert!(err.message.contains("127.0.0.1"), "{}", err.message);
}

#[test]
fn a_city_that_takes_no_searches_is_never_sent_any() {
    let (_dir, m) = machi(NOW);
    let conn = m.conn().unwrap();
    // The same Oyama bundle without the place for them.
    let mut city = crate::content::city(&conn).unwrap();
    city.missed_searches = None;
    conn.execute(
        "UPDATE content_file SET body = ?1 WHERE name = 'city.json'",
        [serde_json::to_vec(&city).unwrap()],
    )
    .unwrap();
    drop(conn);
    assert_eq!(m.waste_missing().unwrap().send_to, None);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let err = rt.block_on(m.waste_missing_send()).unwrap_err();
    assert_eq!(err.code, ErrorCode::WasteSendNotTaken);
}

#[test]
fn today_is_the_citys_day_whatever_the_devices_time_zone() {
    // 12:30 on Friday in São Paulo is 00:30 on Saturday in Oyama.
    let (_a, abroad) = machi("2026-11-27T12:30:00-03:00");
    let (_b, home) = machi("2026-11-28T00:30:00+09:00");
    let there = next(&abroad, Some("mamada"), None).unwrap();
    assert_eq!(there.on, "2026-11-28");
    assert_eq!(there, next(&home, Some("mamada"), None).unwrap());
}

#[test]
fn words_are_never_offered_for_a_plain_http_feed_on_another_computer() {
    let dir = tempfile::tempdir().unwrap();
    let m = open_with_feed(dir.path(), "http://city.example/feed/", NOW);
    assert_eq!(m.waste_missing().unwrap().send_to, None);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let err = rt.block_on(m.waste_missing_send()).unwrap_err();
    assert_eq!(err.code, ErrorCode::WasteSendNotTaken);
    let m = open_with_feed(dir.path(), "https://city.example/feed/", NOW);
    assert_eq!(
        m.waste_missing().unwrap().send_to.as_deref(),
        Some("city.example")
    );
}
