use machi_bundle::content::{
    Circle, LatLon, Localized, Message, MessageArea, MsgType, Severity, Urgency,
};

use super::*;
use crate::{testkit, Machi, MachiOptions, SettingsPatch};

fn at(time: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(time).unwrap()
}

fn open(dir: &std::path::Path, now: &str) -> Machi {
    Machi::open_with(
        dir,
        MachiOptions {
            system_locale: Some("ja".into()),
            now: Some(at(now)),
            ..Default::default()
        },
    )
    .unwrap()
}

const NOW: &str = "2026-11-20T12:00:00+09:00";

fn text(pairs: &[(&str, &str)]) -> Localized {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A message sent `hours_ago` before NOW, with a Japanese and an English headline.
fn msg(id: &str, hours_ago: i64) -> Message {
    let sent = at(NOW) - chrono::Duration::hours(hours_ago);
    let mut m = testkit::message(0, "");
    m.id = id.into();
    m.sent = sent.to_rfc3339();
    m.category = "city".into();
    m.headline = text(&[
        ("ja", &format!("見出し{id}")),
        ("en", &format!("Headline {id}")),
    ]);
    m
}

/// Applies a bundle holding exactly `messages` (with the test city's areas: mamada, oyama).
fn publish(machi: &Machi, version: u64, messages: &[Message]) {
    let mut files = testkit::bundle(testkit::CITY, version, 0, "T").files;
    files.retain(|name, _| !name.starts_with(MESSAGES_PREFIX));
    for (name, chunk) in machi_bundle::messages::chunks(messages) {
        files.insert(name, serde_json::to_vec(&chunk).unwrap());
    }
    let bundle = testkit::from_files(testkit::CITY, version, files);
    let mut conn = machi.conn().unwrap();
    crate::content::apply(
        &mut conn,
        &bundle.manifest,
        &bundle.manifest_bytes,
        &bundle.files,
        crate::BundleSource::Feed,
    )
    .unwrap();
}

fn ids(page: &InboxPage) -> Vec<&str> {
    page.entries.iter().map(|e| e.id.as_str()).collect()
}

fn main_list(machi: &Machi) -> InboxPage {
    machi.inbox_list(InboxQuery::default()).unwrap()
}

fn all_list(machi: &Machi) -> InboxPage {
    machi
        .inbox_list(InboxQuery {
            all: Some(true),
            ..Default::default()
        })
        .unwrap()
}

fn set(machi: &Machi, patch: &str) {
    machi
        .update_settings(serde_json::from_str::<SettingsPatch>(patch).unwrap())
        .unwrap();
}

fn mark(machi: &Machi, id: &str, read: Option<bool>, pinned: Option<bool>) {
    machi
        .inbox_mark(MarkMessageArgs {
            id: id.into(),
            read,
            pinned,
        })
        .unwrap();
}

#[test]
fn an_update_supersedes_a_cancel_withdraws_and_expired_messages_leave_the_main_list() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    let a = msg("a", 10);
    let mut u = msg("u", 5);
    u.msg_type = MsgType::Update;
    u.references = vec!["a".into()];
    let b = msg("b", 8);
    let mut c = msg("c", 2);
    c.msg_type = MsgType::Cancel;
    c.references = vec!["b".into()];
    c.headline = text(&[("ja", "取り消します"), ("en", "Withdrawn")]);
    let mut old = msg("old", 30);
    old.expires = Some((at(NOW) - chrono::Duration::hours(1)).to_rfc3339());
    publish(&machi, 10, &[a, u, b, c, old]);

    // Newest first; the original of the update, the expired one and the Cancel itself are not in the main list;
    // the withdrawn message stays while unread.
    assert_eq!(ids(&main_list(&machi)), vec!["u", "b"]);
    let all = all_list(&machi);
    let state = |id: &str| all.entries.iter().find(|e| e.id == id).unwrap().status;
    assert_eq!(state("a"), MessageState::Updated);
    assert_eq!(state("b"), MessageState::Withdrawn);
    assert_eq!(state("old"), MessageState::Expired);
    assert_eq!(state("u"), MessageState::Active);
    // Asked for one state, the list has only that state (the bus screen's notices in force).
    let only = |status: MessageState, all: bool| {
        ids(&machi
            .inbox_list(InboxQuery {
                status: Some(status),
                all: Some(all),
                ..Default::default()
            })
            .unwrap())
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>()
    };
    assert_eq!(only(MessageState::Active, false), ["u"]);
    assert_eq!(only(MessageState::Withdrawn, false), ["b"]);
    assert_eq!(only(MessageState::Expired, true), ["old"]);
    assert!(
        !all.entries.iter().any(|e| e.id == "c"),
        "a Cancel is shown inside what it withdraws"
    );

    let b_view = machi
        .inbox_show(ShowMessageArgs {
            id: "b".into(),
            original: None,
        })
        .unwrap();
    assert_eq!(
        b_view.withdrawal.as_ref().unwrap().headline.text,
        "取り消します"
    );
    let a_view = machi
        .inbox_show(ShowMessageArgs {
            id: "a".into(),
            original: None,
        })
        .unwrap();
    assert_eq!(a_view.superseded_by.as_deref(), Some("u"));

    // Read a day after its withdrawal, the withdrawn message leaves the main list (it stays findable).
    mark(&machi, "b", Some(true), None);
    drop(machi);
    let later = open(dir.path(), "2026-11-21T13:00:00+09:00");
    assert_eq!(ids(&main_list(&later)), vec!["u"]);
    assert!(ids(&all_list(&later)).contains(&"b"));
}

#[test]
fn alerts_in_force_come_first_and_switch_home_to_disaster_mode() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    let mut warning = msg("warning", 6);
    warning.category = "weather".into();
    warning.severity = Severity::Severe;
    warning.expires = Some((at(NOW) + chrono::Duration::hours(6)).to_rfc3339());
    let mut lifted = msg("lifted", 20);
    lifted.severity = Severity::Extreme;
    lifted.expires = Some((at(NOW) - chrono::Duration::hours(2)).to_rfc3339());
    publish(&machi, 10, &[warning, msg("news", 1), lifted]);
    let page = main_list(&machi);
    assert_eq!(ids(&page), vec!["warning", "news"]);
    assert!(page.entries[0].in_force && !page.entries[1].in_force);
    let summary = machi.inbox_summary().unwrap();
    assert!(summary.disaster_mode);
    assert_eq!(summary.in_force.len(), 1);
    assert_eq!(summary.unread, 2);
}

#[test]
fn a_message_reaches_the_areas_it_names_or_whose_centre_is_inside_its_polygon_or_circle() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    // The test city: mamada at (36.255, 139.81), oyama at (36.31, 139.80).
    let mut by_id = msg("mamada-only", 3);
    by_id.area = MessageArea {
        ids: vec!["mamada".into()],
        ..Default::default()
    };
    let mut by_polygon = msg("oyama-polygon", 2);
    by_polygon.area = MessageArea {
        polygons: vec![vec![
            LatLon {
                lat: 36.30,
                lon: 139.79,
            },
            LatLon {
                lat: 36.32,
                lon: 139.79,
            },
            LatLon {
                lat: 36.32,
                lon: 139.81,
            },
            LatLon {
                lat: 36.30,
                lon: 139.81,
            },
            LatLon {
                lat: 36.30,
                lon: 139.79,
            },
        ]],
        ..Default::default()
    };
    let mut by_circle = msg("mamada-circle", 1);
    by_circle.area = MessageArea {
        circles: vec![Circle {
            centre: LatLon {
                lat: 36.255,
                lon: 139.81,
            },
            radius_km: 1.0,
        }],
        ..Default::default()
    };
    publish(&machi, 10, &[by_id, by_polygon, by_circle, msg("city", 4)]);
    // No home area yet: everything.
    assert_eq!(main_list(&machi).entries.len(), 4);
    set(&machi, r#"{"home_area":"oyama"}"#);
    assert_eq!(ids(&main_list(&machi)), vec!["oyama-polygon", "city"]);
    set(&machi, r#"{"home_area":"mamada"}"#);
    assert_eq!(
        ids(&main_list(&machi)),
        vec!["mamada-circle", "mamada-only", "city"]
    );
    // --all finds the others too.
    assert_eq!(all_list(&machi).entries.len(), 4);
    let view = machi
        .inbox_show(ShowMessageArgs {
            id: "mamada-only".into(),
            original: None,
        })
        .unwrap();
    assert_eq!(
        view.areas,
        vec![ShownText {
            text: "間々田T".into(),
            locale: "ja".into()
        }]
    );
}

#[test]
fn texts_come_in_the_residents_language_then_the_second_language_then_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    let mut both = msg("both", 2);
    both.headline = text(&[("ja", "台風"), ("ja-easy", "たいふう"), ("vi", "Bão")]);
    let mut easy = msg("easy", 3);
    easy.headline = text(&[("ja", "防犯"), ("ja-easy", "あぶない ひと")]);
    let mut ja = msg("ja", 4);
    ja.headline = text(&[("ja", "図書館")]);
    publish(&machi, 10, &[both, easy, ja]);
    set(&machi, r#"{"locale":"vi"}"#);
    let page = main_list(&machi);
    let shown: Vec<(&str, &str)> = page
        .entries
        .iter()
        .map(|e| (e.headline.as_str(), e.locale.as_str()))
        .collect();
    assert_eq!(
        shown,
        vec![
            ("Bão", "vi"),
            ("あぶない ひと", "ja-easy"),
            ("図書館", "ja")
        ]
    );
    let original = machi
        .inbox_show(ShowMessageArgs {
            id: "both".into(),
            original: Some(true),
        })
        .unwrap();
    assert_eq!(original.entry.headline, "台風");
    assert_eq!(original.original_locale, "ja");
    assert_eq!(original.locales, vec!["ja", "ja-easy", "vi"]);
}

#[test]
fn search_finds_words_in_any_script_and_filters_combine() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    let mut typhoon = msg("typhoon", 2);
    typhoon.category = "weather".into();
    typhoon.headline = text(&[("ja", "タイフウ接近"), ("en", "Typhoon approaching")]);
    let mut bus = msg("bus", 3);
    bus.category = "bus".into();
    bus.description = text(&[("ja", "台風のため運休します")]);
    publish(&machi, 10, &[typhoon, bus]);
    let find = |text: &str, category: Option<&str>| {
        ids(&machi
            .inbox_list(InboxQuery {
                text: Some(text.into()),
                category: category.map(str::to_string),
                ..Default::default()
            })
            .unwrap())
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>()
    };
    assert_eq!(find("たいふう", None), vec!["typhoon"]);
    assert_eq!(find("ﾀｲﾌｳ", None), vec!["typhoon"]);
    assert_eq!(find("台風", None), vec!["bus"]);
    assert_eq!(find("台風", Some("weather")), Vec::<String>::new());
    set(&machi, r#"{"locale":"en"}"#);
    assert_eq!(
        find("TYPHOON", None),
        vec!["typhoon"],
        "the cache follows the language"
    );
}

#[test]
fn search_finds_a_word_with_furigana_by_its_kanji_or_its_reading_but_never_by_the_marks() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    let mut shelter = msg("shelter", 2);
    shelter.headline = text(&[("ja", "｜避難所《ひなんじょ》を開設")]);
    publish(&machi, 10, &[shelter]);
    let find = |text: &str| {
        ids(&machi
            .inbox_list(InboxQuery {
                text: Some(text.into()),
                ..Default::default()
            })
            .unwrap())
        .len()
    };
    assert_eq!(find("避難所を開設"), 1, "the bases read as one text");
    assert_eq!(find("ひなんじょ"), 1);
    assert_eq!(find("ヒナンジョ"), 1);
    assert_eq!(find("《"), 0);
    assert_eq!(find("所《ひ"), 0);
}

#[test]
fn notifications_are_given_once_across_restarts_and_resyncs_and_follow_subscriptions() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    let mut in_force = msg("in-force", 1);
    in_force.severity = Severity::Severe;
    in_force.category = "disaster".into();
    publish(&machi, 10, &[msg("old-news", 3), in_force.clone()]);
    // A fresh install: what is already there is the baseline, except an alert in force.
    let first = machi.take_notifications().unwrap();
    assert_eq!(
        first.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        vec!["in-force"]
    );
    assert!(machi.take_notifications().unwrap().is_empty());

    // A new message arrives; a muted category stays silent.
    let mut event = msg("event", 0);
    event.category = "events".into();
    set(&machi, r#"{"notifications":{"events":false}}"#);
    publish(
        &machi,
        11,
        &[
            msg("old-news", 3),
            in_force.clone(),
            msg("new", 0),
            event.clone(),
        ],
    );
    let second = machi.take_notifications().unwrap();
    assert_eq!(
        second.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        vec!["new"]
    );
    assert_eq!(second[0].title, "【市政情報】見出しnew");
    assert!(
        !second[0].title.contains('\u{2068}'),
        "no Fluent isolation marks"
    );

    // Restart, and the same bundle again: nothing repeats.
    drop(machi);
    let machi = open(dir.path(), NOW);
    publish(
        &machi,
        12,
        &[msg("old-news", 3), in_force.clone(), msg("new", 0), event],
    );
    assert!(machi.take_notifications().unwrap().is_empty());

    // An Update of a notified message notifies; a Cancel of one never notified does not.
    let mut update = msg("update", 0);
    update.msg_type = MsgType::Update;
    update.references = vec!["in-force".into()];
    let mut cancel = msg("cancel", 0);
    cancel.msg_type = MsgType::Cancel;
    cancel.references = vec!["old-news".into()];
    publish(
        &machi,
        13,
        &[msg("old-news", 3), in_force, msg("new", 0), update, cancel],
    );
    let third = machi.take_notifications().unwrap();
    assert_eq!(
        third.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        vec!["update"]
    );
}

#[test]
fn a_notification_shows_the_bases_of_furigana_never_the_marks() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    publish(&machi, 10, &[]);
    set(&machi, r#"{"locale":"ja-easy"}"#);
    machi.take_notifications().unwrap(); // the (empty) baseline
    let mut shelter = msg("shelter", 0);
    shelter.headline = text(&[
        ("ja-easy", "｜避難所《ひなんじょ》を あけます"),
        ("ja", "避難所《ひなんじょ》を開設"),
    ]);
    shelter.description = text(&[(
        "ja-easy",
        "小山《おやま》第一《だいいち》\n小学校《しょうがっこう》です",
    )]);
    publish(&machi, 11, &[shelter]);
    let given = machi.take_notifications().unwrap();
    assert_eq!(given.len(), 1, "{given:?}");
    // The OS shows plain text: only the bases, in the resident's language, on one line.
    assert_eq!(given[0].title, "【市役所の お知らせ】避難所を あけます");
    assert_eq!(given[0].body, "小山第一 小学校です");
}

#[test]
fn quiet_hours_hold_back_all_but_extreme_or_immediate_alerts() {
    let dir = tempfile::tempdir().unwrap();
    let night = "2026-11-20T23:30:00+09:00";
    let machi = open(dir.path(), night);
    publish(&machi, 10, &[]);
    set(&machi, r#"{"quiet_hours":{"start":"22:00","end":"07:00"}}"#);
    machi.take_notifications().unwrap(); // the (empty) baseline
    let mut night_msg = msg("minor", 0);
    night_msg.sent = at(night).to_rfc3339();
    let mut extreme = night_msg.clone();
    extreme.id = "extreme".into();
    extreme.severity = Severity::Extreme;
    let mut immediate = night_msg.clone();
    immediate.id = "immediate".into();
    immediate.urgency = Urgency::Immediate;
    publish(&machi, 11, &[night_msg, extreme, immediate]);
    let mut got: Vec<String> = machi
        .take_notifications()
        .unwrap()
        .into_iter()
        .map(|n| n.id)
        .collect();
    got.sort();
    assert_eq!(got, vec!["extreme", "immediate"]);
    assert!(
        machi.take_notifications().unwrap().is_empty(),
        "the minor one waits"
    );
    drop(machi);
    let morning = open(dir.path(), "2026-11-21T07:30:00+09:00");
    let got: Vec<String> = morning
        .take_notifications()
        .unwrap()
        .into_iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(got, vec!["minor"], "delivered when quiet hours end");
}

#[test]
fn quiet_hours_that_cross_midnight() {
    let q = notify::QuietHours {
        start: "22:00".into(),
        end: "07:00".into(),
    };
    let t = |s: &str| chrono::NaiveTime::parse_from_str(s, "%H:%M").unwrap();
    assert!(q.contains(t("23:59")) && q.contains(t("00:00")) && q.contains(t("06:59")));
    assert!(!q.contains(t("07:00")) && !q.contains(t("21:59")) && !q.contains(t("12:00")));
    let day = notify::QuietHours {
        start: "12:00".into(),
        end: "13:00".into(),
    };
    assert!(day.contains(t("12:30")) && !day.contains(t("13:00")));
}

#[test]
fn the_cap_evicts_the_oldest_read_unpinned_messages_first() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    let messages: Vec<Message> = (0..60).map(|i| msg(&format!("m{i:02}"), 100 - i)).collect();
    publish(&machi, 10, &messages);
    set(&machi, r#"{"inbox_cap":60}"#);
    // Oldest first: m00 … m59. Read m00–m04 and m10–m14, pin m05.
    for i in (0..5).chain(10..15) {
        mark(&machi, &format!("m{i:02}"), Some(true), None);
    }
    mark(&machi, "m05", None, Some(true));
    // The built-in sample messages and these 60: the cap of 60 leaves room for ten fewer than there are.
    let embedded = all_list(&machi).total as usize - 60;
    set(
        &machi,
        &format!(r#"{{"inbox_cap":{}}}"#, 60 + embedded - 10),
    );
    publish(&machi, 11, &messages);
    let kept: Vec<String> = ids(&all_list(&machi))
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(kept.len(), 50);
    assert!(kept.iter().all(|id| id.starts_with('m')), "{kept:?}");
    // The ten read ones go first; pinned m05 and the unread ones stay.
    for gone in (0..5).chain(10..15) {
        assert!(
            !kept.contains(&format!("m{gone:02}")),
            "m{gone:02} should be evicted"
        );
    }
    assert!(kept.contains(&"m05".to_string()) && kept.contains(&"m06".to_string()));
}

#[test]
fn a_message_the_city_removes_while_unread_or_pinned_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    publish(
        &machi,
        10,
        &[msg("unread", 3), msg("read", 2), msg("pinned", 1)],
    );
    // Delivered to the resident (the notification baseline).
    machi.take_notifications().unwrap();
    mark(&machi, "read", Some(true), None);
    mark(&machi, "pinned", Some(true), Some(true));
    publish(&machi, 11, &[msg("other", 0)]);
    let mut kept: Vec<String> = ids(&all_list(&machi))
        .iter()
        .map(|s| s.to_string())
        .collect();
    kept.sort();
    assert_eq!(kept, vec!["other", "pinned", "unread"]);
    let view = machi
        .inbox_show(ShowMessageArgs {
            id: "unread".into(),
            original: None,
        })
        .unwrap();
    assert_eq!(view.entry.headline, "見出しunread");
    // Once read, a kept message goes with the next bundle.
    mark(&machi, "unread", Some(true), None);
    publish(&machi, 12, &[msg("other", 0)]);
    publish(&machi, 13, &[msg("other", 0), msg("another", 0)]);
    assert!(!ids(&all_list(&machi)).contains(&"unread"));
}

#[test]
fn read_and_pinned_state_survive_a_new_bundle_and_unknown_ids_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let machi = open(dir.path(), NOW);
    publish(&machi, 10, &[msg("a", 1)]);
    mark(&machi, "a", Some(true), Some(true));
    publish(&machi, 11, &[msg("a", 1), msg("b", 0)]);
    let page = main_list(&machi);
    let a = page.entries.iter().find(|e| e.id == "a").unwrap();
    assert!(a.read && a.pinned);
    assert_eq!(page.unread, 1);
    let pinned = machi
        .inbox_list(InboxQuery {
            pinned: Some(true),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(ids(&pinned), vec!["a"]);
    let err = machi
        .inbox_mark(MarkMessageArgs {
            id: "nope".into(),
            read: Some(true),
            pinned: None,
        })
        .unwrap_err();
    assert_eq!(err.code, crate::ErrorCode::NotFound);
}

#[test]
fn lists_held_in_memory_follow_marks_made_here_and_by_another_process_and_a_new_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), NOW);
    publish(&app, 10, &[msg("a", 2), msg("b", 1)]);
    assert_eq!(main_list(&app).unread, 2);
    // Marked here: the held marks are read again.
    mark(&app, "b", Some(true), None);
    assert_eq!(main_list(&app).unread, 1);
    // Marked by another process on the same files (the CLI while the app runs).
    let cli = open(dir.path(), NOW);
    mark(&cli, "a", Some(true), Some(true));
    let page = main_list(&app);
    assert_eq!(page.unread, 0);
    assert!(page.entries.iter().find(|e| e.id == "a").unwrap().pinned);
    assert_eq!(app.inbox_summary().unwrap().unread, 0);
    // Unmarked again by the other process.
    mark(&cli, "a", Some(false), Some(false));
    let page = main_list(&app);
    assert_eq!(page.unread, 1);
    assert!(!page.entries.iter().find(|e| e.id == "a").unwrap().pinned);
    // A new bundle replaces the held index: its message is listed and found by its words.
    publish(&app, 11, &[msg("a", 2), msg("b", 1), msg("c", 0)]);
    assert_eq!(ids(&main_list(&app)), vec!["c", "b", "a"]);
    let found = app
        .inbox_list(InboxQuery {
            text: Some("headline C".into()),
            ..Default::default()
        })
        .unwrap();
    // The resident reads Japanese: the Japanese headline is what is searched.
    assert!(ids(&found).is_empty());
    let found = app
        .inbox_list(InboxQuery {
            text: Some("見出しc".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(ids(&found), vec!["c"]);
}

#[test]
fn only_http_links_are_links() {
    assert!(is_http_url("https://www.city.oyama.tochigi.jp/"));
    assert!(is_http_url("HTTP://example.org/a"));
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "https://a\u{202e}b",
        " vbscript:x",
    ] {
        assert!(!is_http_url(bad), "{bad}");
    }
}

#[test]
fn notification_text_is_one_plain_line() {
    assert_eq!(notify::plain("a\nb\t\u{2068}c\u{2069}  d", 50), "a b c d");
    assert_eq!(notify::plain(&"あ".repeat(200), 10).chars().count(), 10);
}
