use chrono::{NaiveDate, TimeZone, Utc};
use minisign::KeyPair;

use super::checkin::{sign_checkin, CHECKIN_PREFIX};
use super::counter::COUNTER_PART_MAX_BYTES;
use super::*;
use crate::content::HealthContent;
use crate::problem::Report;
use crate::SourceText;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn import(text: &str) -> (HealthContent, Vec<String>) {
    let mut report = Report::new();
    let content = rules::import(
        &SourceText::new("health/rules.toml", text),
        "ja",
        &mut report,
    );
    report.sort();
    (
        content,
        report.problems.iter().map(|p| p.to_string()).collect(),
    )
}

/// Two periods, two check-up kinds, a mid-year change of rules.
const RULES: &str = r#"format = 1

[[period]]
id = "fy2026"
from = 2026-04-01
to = 2027-03-31
[period.name]
ja = "令和8年度"
en = "FY2026"
[[period.tier]]
id = "bronze"
points = 300
draw_entries = 1
[period.tier.name]
ja = "ブロンズ"
[[period.tier]]
id = "gold"
points = 1000
draw_entries = 3
[period.tier.name]
ja = "ゴールド"

[[checkup]]
id = "tokutei"
[checkup.name]
ja = "特定健診"
ja-easy = "けんこう しんだん"
[[checkup]]
id = "lung_cancer"
[checkup.name]
ja = "肺がん検診"

[[rules]]
version = 1
valid_from = 2026-04-01
valid_to = "2026-09-30"
steps_per_point = 1000
daily_step_points_cap = 10
checkin_points = 20
streak = { days = 7, min_steps = 8000, points = 10 }
[rules.checkup_points]
tokutei = 100
lung_cancer = 50

[[rules]]
version = 2
valid_from = 2026-10-01
valid_to = 2027-03-31
steps_per_point = 1000
daily_step_points_cap = 12
checkin_points = 30
checkin_max_points = 100
[rules.checkup_points]
tokutei = 120
lung_cancer = 50
"#;

#[test]
fn a_rules_file_reads_into_health_json() {
    let (h, problems) = import(RULES);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(h.periods.len(), 1);
    let p = &h.periods[0];
    assert_eq!(
        (p.from.as_str(), p.to.as_str()),
        ("2026-04-01", "2027-03-31")
    );
    let tiers: Vec<_> = p
        .tiers
        .iter()
        .map(|t| (t.id.as_str(), t.points, t.draw_entries))
        .collect();
    assert_eq!(tiers, [("bronze", 300, 1), ("gold", 1000, 3)]);
    assert_eq!(h.checkups[0].name["ja-easy"], "けんこう しんだん");
    assert_eq!(h.rule_sets.len(), 2);
    let v1 = &h.rule_sets[0];
    assert_eq!(
        v1.valid_to, "2026-09-30",
        "a string date reads like a TOML date"
    );
    assert_eq!(v1.streak.unwrap().min_steps, 8000);
    assert_eq!(v1.checkup_points["lung_cancer"], 50);
    let v2 = &h.rule_sets[1];
    assert_eq!((v2.version, v2.daily_step_points_cap), (2, 12));
    assert_eq!(v2.checkin_max_points, Some(100));
    assert!(v2.streak.is_none());
}

#[test]
fn rule_problems_come_with_file_and_line() {
    let bad = RULES
        // rules[2] now starts inside rules[1]
        .replacen("valid_from = 2026-10-01", "valid_from = 2026-09-01", 1)
        // an unknown locale on a check-up name
        .replacen(
            "ja = \"肺がん検診\"",
            "ja = \"肺がん検診\"\nfr = \"dépistage\"",
            1,
        )
        // a kind no [[checkup]] declares
        .replacen(
            "lung_cancer = 50\n\n[[rules]]",
            "lung_cancer = 50\nstomach = 40\n\n[[rules]]",
            1,
        );
    let (h, problems) = import(&bad);
    assert_eq!(
        problems,
        [
            "health/rules.toml:3: period: no rule set from 2026-10-01 to 2027-03-31 in period `fy2026`: those days earn nothing",
            "health/rules.toml:32: checkup[2].name.fr: unknown locale tag `fr` (known: ja, ja-easy, en, pt-BR, es, vi, tl, ne, zh-Hans, zh-Hant, ko, th, id, my, si, km, mn)",
            "health/rules.toml:45: rules[1].checkup_points.stomach: `stomach` is not a [[checkup]] id",
            "health/rules.toml:47: rules[2].valid_from: version 2 (2026-09-01..2027-03-31) overlaps version 1 (2026-04-01..2026-09-30, line 34): on any day one rule set applies; end the old set the day before",
        ]
    );
    assert_eq!(h.rule_sets.len(), 1, "the overlapping set is left out");
}

#[test]
fn versions_must_increase_and_follow_the_dates() {
    let same = RULES.replacen("version = 2", "version = 1", 1);
    let (_, problems) = import(&same);
    assert!(
        problems.contains(&"health/rules.toml:46: rules[2].version: 1 does not increase on the set before (version 1, line 34): a new rule set gets a higher version, and sets are listed oldest first".to_string()),
        "{problems:#?}"
    );
    // Version 2 listed first but for the later dates: version order must be date order.
    let v1 = &RULES[RULES.find("[[rules]]").unwrap()..RULES.rfind("[[rules]]").unwrap()];
    let v2 = &RULES[RULES.rfind("[[rules]]").unwrap()..];
    let head = &RULES[..RULES.find("[[rules]]").unwrap()];
    let swapped = format!(
        "{head}{}\n{}",
        v1.replacen("version = 1", "version = 3", 1),
        v2
    );
    let (_, problems) = import(&swapped);
    assert!(
        problems.iter().any(
            |p| p.contains("version 2 starts 2026-10-01 but the lower version 3")
                || p.contains("2 does not increase on the set before (version 3")
        ),
        "{problems:#?}"
    );
}

#[test]
fn periods_tiers_numbers_and_dates_are_checked() {
    let bad = r#"format = 1
[[period]]
id = "fy2026"
from = 2026-04-01
to = 2027-03-31
[period.name]
ja = "令和8年度"
[[period.tier]]
id = "a"
points = 500
[period.tier.name]
ja = "A"
[[period.tier]]
id = "b"
points = 400
[period.tier.name]
ja = "B"
[[period]]
id = "overlap"
from = 2027-03-01
to = 2028-03-31
[period.name]
en = "no Japanese"
[[rules]]
version = 1
valid_from = 2026-04-01
valid_to = 2027-04-30
steps_per_point = 0
daily_step_points_cap = 10
checkin_points = 20
checkin_max_points = 10
streak = { days = 1, min_steps = 8000, points = 10 }
[[rules]]
version = 2
valid_from = "2027-13-01"
valid_to = 2027-12-31
steps_per_point = 1000
daily_step_points_cap = 10
checkin_points = 20
"#;
    let (_, problems) = import(bad);
    assert_eq!(
        problems,
        [
            "health/rules.toml:2: period: period `fy2026` has no rule set: nothing earns points in it",
            "health/rules.toml:15: period[1].tier[2].points: 400 must be more than the tier before (`a`, 500 points): tiers go up",
            "health/rules.toml:18: period[2].from: 2027-03-01..2028-03-31 overlaps period `fy2026` (2026-04-01..2027-03-31, line 2): a day belongs to one period",
            "health/rules.toml:22: period[2].name: no text in the default locale `ja`",
            "health/rules.toml:28: rules[1].steps_per_point: 0 is out of range: a whole number from 1 to 1000000",
            "health/rules.toml:31: rules[1].checkin_max_points: 10 is below checkin_points (20)",
            "health/rules.toml:32: rules[1].streak.days: 1 is out of range: a whole number from 2 to 100000",
            "health/rules.toml:35: rules[2].valid_from: bad date `2027-13-01` (expected YYYY-MM-DD)",
        ]
    );
}

#[test]
fn a_rule_set_outside_every_period_is_refused() {
    let bad = RULES.replacen("valid_to = 2027-03-31", "valid_to = 2027-04-30", 1);
    let (_, problems) = import(&bad);
    assert_eq!(
        problems,
        ["health/rules.toml:3: period: no rule set from 2026-10-01 to 2027-03-31 in period `fy2026`: those days earn nothing",
         "health/rules.toml:45: rules[2].valid_from: version 2 runs 2026-10-01..2027-04-30, but 2027-04-01 is in no [[period]]: points of that day would count towards nothing"]
    );
}

#[test]
fn a_kind_without_points_is_a_warning_and_unknown_keys_too() {
    let text = RULES.replacen("tokutei = 120\n", "", 1).replacen(
        "checkin_points = 30",
        "checkin_points = 30\ncheckin_point = 3",
        1,
    );
    let (h, problems) = import(&text);
    assert_eq!(
        problems,
        [
            "health/rules.toml:52: rules[2].checkin_point: unknown key, ignored",
            "health/rules.toml:54: rules[2].checkup_points: check-up `tokutei` earns no points under version 2",
        ]
    );
    assert_eq!(h.rule_sets.len(), 2);
}

// ---------------------------------------------------------------------------------------------------------
// Check-in codes.

const CITY: &str = "092088";

fn walk(points: Option<u32>) -> EventCode {
    EventCode {
        city: CITY.into(),
        event: "2026-walk-rally".into(),
        name: Some("おやま健康ウォーク".into()),
        from: day("2026-05-10"),
        until: day("2026-05-11"),
        points,
        nonce: "q1w2e3r4".into(),
    }
}

fn trust(keys: &[&KeyPair]) -> CheckInTrust {
    CheckInTrust {
        city_code: CITY.into(),
        keys: keys.iter().map(|k| k.pk.to_base64()).collect(),
    }
}

fn keypair() -> KeyPair {
    KeyPair::generate_unencrypted_keypair().unwrap()
}

/// 2026-05-10 12:00 in Oyama.
fn noon_may_10() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 10, 3, 0, 0).unwrap()
}

#[test]
fn a_signed_code_verifies_and_is_compact_text() {
    let key = keypair();
    let payload = sign_checkin(&walk(Some(50)), &key.sk).unwrap();
    assert!(payload.starts_with("MACHI-EVENT1."));
    assert!(
        payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
        "{payload}"
    );
    assert_eq!(payload.matches('.').count(), 2);
    assert!(payload.len() < 450, "{} bytes", payload.len());
    let checkin =
        verify_checkin(&format!("  {payload}\n"), &trust(&[&key]), noon_may_10()).unwrap();
    assert_eq!(checkin.code, walk(Some(50)));
    assert_eq!(checkin.payload, payload, "kept trimmed, exactly as signed");
    // The key id as minisign prints it in machi.pub's comment.
    let pub_box = key.pk.to_box().unwrap().to_string();
    assert!(
        pub_box.contains(&checkin.key_id),
        "{pub_box} / {}",
        checkin.key_id
    );
}

#[test]
fn dates_are_the_citys_days_from_the_event_to_until() {
    let key = keypair();
    let payload = sign_checkin(&walk(None), &key.sk).unwrap();
    let t = trust(&[&key]);
    let at = |y, m, d, h, min| Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
    // 2026-05-09 23:59 JST = 14:59 UTC: not yet.
    assert_eq!(
        verify_checkin(&payload, &t, at(2026, 5, 9, 14, 59)).unwrap_err(),
        CheckInError::NotYetValid {
            from: day("2026-05-10")
        }
    );
    // 2026-05-10 00:00 JST = 2026-05-09 15:00 UTC: good.
    assert!(verify_checkin(&payload, &t, at(2026, 5, 9, 15, 0)).is_ok());
    // 2026-05-11 23:59 JST: good; 2026-05-12 00:00 JST: expired.
    assert!(verify_checkin(&payload, &t, at(2026, 5, 11, 14, 59)).is_ok());
    let e = verify_checkin(&payload, &t, at(2026, 5, 11, 15, 0)).unwrap_err();
    assert_eq!(
        e,
        CheckInError::Expired {
            until: day("2026-05-11")
        }
    );
    assert_eq!(e.to_string(), "the code expired after 2026-05-11");
    assert_eq!(e.code(), "checkin.expired");
}

#[test]
fn forged_altered_and_other_key_codes_are_refused_each_with_its_reason() {
    let city_key = keypair();
    let other_key = keypair();
    let t = trust(&[&city_key]);
    let good = sign_checkin(&walk(Some(50)), &city_key.sk).unwrap();

    // Altered: the points raised in the JSON, signature kept.
    let (prefix_body, sig) = good.rsplit_once('.').unwrap();
    let mut more = walk(Some(500));
    more.nonce = "q1w2e3r4".into();
    let forged = format!("{}.{sig}", more.signed_text());
    assert_ne!(forged, good);
    assert_eq!(
        verify_checkin(&forged, &t, noon_may_10()).unwrap_err(),
        CheckInError::BadSignature
    );
    // Altered: one character of the signature changed.
    let mut bytes = sig.as_bytes().to_vec();
    bytes[20] = if bytes[20] == b'A' { b'B' } else { b'A' };
    let broken = format!("{prefix_body}.{}", String::from_utf8(bytes).unwrap());
    assert_eq!(
        verify_checkin(&broken, &t, noon_may_10()).unwrap_err(),
        CheckInError::BadSignature
    );
    // Signed by a key the city does not list.
    let stranger = sign_checkin(&walk(Some(50)), &other_key.sk).unwrap();
    assert!(matches!(
        verify_checkin(&stranger, &t, noon_may_10()).unwrap_err(),
        CheckInError::UnknownKey { .. }
    ));
    // …which verifies once the bundle lists it (key rotation by publishing).
    assert!(verify_checkin(&stranger, &trust(&[&city_key, &other_key]), noon_may_10()).is_ok());
    // Another city's code, signed by a key this city trusts.
    let mut elsewhere = walk(Some(50));
    elsewhere.city = "131016".into();
    let elsewhere = sign_checkin(&elsewhere, &city_key.sk).unwrap();
    assert_eq!(
        verify_checkin(&elsewhere, &t, noon_may_10()).unwrap_err(),
        CheckInError::WrongCity {
            expected: CITY.into(),
            found: "131016".into()
        }
    );
    // Not a code at all, a damaged one, a newer format.
    for (text, why) in [
        ("hello", "it does not start with MACHI-EVENT1."),
        (
            "MACHI-EVENT1.e30.AAAA",
            "its signature has the wrong length",
        ),
        ("MACHI-EVENT1.%%%.AAAA", "its content is not base64url"),
        (
            "MACHI-EVENT2.e30.AAAA",
            "a newer code format than this app reads: update the app",
        ),
    ] {
        assert_eq!(
            verify_checkin(text, &t, noon_may_10()).unwrap_err(),
            CheckInError::Malformed(why.into()),
            "{text}"
        );
    }
}

#[test]
fn bad_codes_are_never_signed() {
    let key = keypair();
    let mut code = walk(Some(50));
    code.until = day("2026-05-01");
    assert!(sign_checkin(&code, &key.sk).is_err());
    let mut code = walk(Some(0));
    code.event = "Walk Rally".into();
    let e = sign_checkin(&code, &key.sk).unwrap_err().to_string();
    assert!(e.contains("lower-case ASCII"), "{e}");
}

#[test]
fn the_event_keys_of_city_toml_travel_in_city_json() {
    let key = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";
    let event = "RWTB4gVSKpfnFGp7+jYCJZX1Hp0bWTAfg7mQ1UnrBrYgEylWWFlyiPmQ";
    let text = format!(
        r#"format = 1
[city]
code = "092088"
prefecture = "09"
timezone = "Asia/Tokyo"
default_locale = "ja"
centre = {{ lat = 36.3147, lon = 139.8003 }}
[city.name]
ja = "小山市"
[feed]
url = "http://127.0.0.1:8750/"
public_keys = ["{key}"]
event_keys = ["{event}", "not a key", "{event}"]
"#
    );
    let mut report = Report::new();
    let source = crate::source::parse_city(&text, &mut report).unwrap();
    let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        problems,
        [
            "city.toml:13: feed.event_keys: `not a key` is not a minisign public key (the 56-character line starting `RW` in machi.pub); ignored",
            "city.toml:13: feed.event_keys: listed twice",
        ]
    );
    let city = crate::city::city_content(&source);
    assert_eq!(city.event_keys, [event, key]);
    let json = serde_json::to_string(&city).unwrap();
    let back: crate::content::CityContent = serde_json::from_str(&json).unwrap();
    assert_eq!(CheckInTrust::of_city(&back).keys, [event, key]);
    // An older city.json without the field still reads.
    let old = json.replace(&format!(",\"event_keys\":[\"{event}\",\"{key}\"]"), "");
    assert!(!old.contains("event_keys"));
    let old: crate::content::CityContent = serde_json::from_str(&old).unwrap();
    assert!(old.event_keys.is_empty());
}

// ---------------------------------------------------------------------------------------------------------
// The counter code.

fn summary(codes: Vec<String>) -> CounterSummary {
    let checkins: Vec<CounterCheckIn> = codes
        .into_iter()
        .map(|code| CounterCheckIn {
            on: day("2026-05-10"),
            points: 50,
            code,
        })
        .collect();
    let n = checkins.len();
    CounterSummary {
        head: CounterHead {
            city: CITY.into(),
            period: "fy2026".into(),
            from: day("2026-04-01"),
            to: day("2027-03-31"),
            asof: day("2026-06-01"),
            who: Some("花子".into()),
            total: 412 + 50 * n as i64,
            steps_days: 40,
            steps_points: 262,
            bonus_points: 50,
            checkups: vec![CounterCheckup {
                kind: "tokutei".into(),
                date: day("2026-05-20"),
                points: 100,
            }],
            checkins: n as u32,
            checkin_points: 50 * n as i64,
        },
        checkins,
    }
}

fn event(key: &KeyPair, i: usize) -> String {
    let mut code = walk(Some(50));
    code.event = format!("event-{i}");
    code.nonce = format!("nonce{i:03}");
    sign_checkin(&code, &key.sk).unwrap()
}

#[test]
fn the_counter_code_splits_only_when_it_must_and_verifies_every_checkin() {
    let key = keypair();
    let t = trust(&[&key]);
    let one = summary(vec![event(&key, 1)]);
    let texts = one.to_texts(COUNTER_PART_MAX_BYTES);
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(texts[0].starts_with("MACHI-POINTS1 {"));

    let many = summary((0..7).map(|i| event(&key, i)).collect());
    let texts = many.to_texts(COUNTER_PART_MAX_BYTES);
    assert!(texts.len() > 1);
    assert!(texts.iter().all(|t| t.len() <= COUNTER_PART_MAX_BYTES));
    // Read in any order, with a stray code among them.
    let mut read: Vec<String> = texts.iter().rev().cloned().collect();
    read.push("something else".into());
    let (reports, unread) = verify_counter(&read, &t, None);
    assert_eq!(unread.len(), 1);
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert!(r.missing_parts.is_empty());
    assert_eq!(r.checkins.len(), 7);
    assert!(r.checkins.iter().all(|c| c.refused.is_none()), "{r:#?}");
    assert_eq!((r.verified_points, r.self_reported_points), (350, 412));
    assert!(r.totals_add_up);
    assert_eq!(r.head.as_ref().unwrap().who.as_deref(), Some("花子"));

    // A part left out: the report says which, and the totals no longer add up.
    let (reports, _) = verify_counter(&texts[..1], &t, None);
    assert_eq!(
        reports[0].missing_parts,
        (2..=texts.len() as u32).collect::<Vec<_>>()
    );
    assert!(!reports[0].totals_add_up);
}

#[test]
fn the_counter_tells_forged_duplicated_and_inflated_checkins_apart() {
    let key = keypair();
    let stranger = keypair();
    let t = trust(&[&key]);
    let good = event(&key, 1);
    let mut s = summary(vec![
        good.clone(),
        good.clone(),
        event(&stranger, 2),
        event(&key, 3),
    ]);
    s.checkins[3].points = 80;
    s.checkins.push(CounterCheckIn {
        on: day("2026-06-01"),
        points: 50,
        code: event(&key, 4),
    });
    let texts = s.to_texts(COUNTER_PART_MAX_BYTES);
    let (reports, _) = verify_counter(&texts, &t, None);
    let reasons: Vec<Option<&str>> = reports[0]
        .checkins
        .iter()
        .map(|c| c.refused_code.as_deref())
        .collect();
    assert_eq!(
        reasons,
        [
            None,
            Some("counter.duplicate"),
            Some("checkin.unknown_key"),
            Some("counter.too_many_points"),
            Some("checkin.expired"),
        ]
    );
    assert_eq!(reports[0].verified_points, 50);
    assert_eq!(reports[0].refused_points, 50 + 50 + 80 + 50);
}

#[test]
fn a_code_without_points_is_checked_against_the_rules() {
    let key = keypair();
    let (health, _) = import(RULES);
    let code = sign_checkin(&walk(None), &key.sk).unwrap();
    let mut s = summary(vec![code]);
    s.checkins[0].points = 20; // version 1's checkin_points
    let (reports, _) = verify_counter(
        &s.to_texts(COUNTER_PART_MAX_BYTES),
        &trust(&[&key]),
        Some(&health),
    );
    assert_eq!(reports[0].checkins[0].refused, None);
    s.checkins[0].points = 21;
    let (reports, _) = verify_counter(
        &s.to_texts(COUNTER_PART_MAX_BYTES),
        &trust(&[&key]),
        Some(&health),
    );
    assert_eq!(
        reports[0].checkins[0].refused.as_deref(),
        Some("claims 21 points; the code gives at most 20")
    );
}

#[test]
fn qr_codes_carry_the_text_byte_for_byte() {
    let key = keypair();
    let payload = sign_checkin(&walk(Some(50)), &key.sk).unwrap();
    let code =
        crate::qr::byte_mode_code(payload.as_bytes(), crate::qr::ErrorCorrection::H, 40).unwrap();
    let png = crate::qr::render_png(&code, 4, 8);
    assert_eq!(
        crate::qr::read_codes(&png).unwrap(),
        std::slice::from_ref(&payload)
    );
    // Japanese in byte mode (never Kanji mode), as a counter code with a name.
    let s = summary(vec![payload]);
    let text = &s.to_texts(COUNTER_PART_MAX_BYTES)[0];
    let code =
        crate::qr::byte_mode_code(text.as_bytes(), crate::qr::ErrorCorrection::M, 25).unwrap();
    assert!(matches!(code.version(), qrcode::Version::Normal(v) if v <= 25));
    let png = crate::qr::render_png(&code, 4, 4);
    assert_eq!(&crate::qr::read_codes(&png).unwrap()[0], text);
    assert_eq!(CHECKIN_PREFIX, "MACHI-EVENT1");
}
