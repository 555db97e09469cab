use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use machi_bundle::content::{
    CheckupKind, HealthContent, HealthRuleSet, RewardTier, SchemePeriod, StreakBonus,
};
use machi_bundle::health::{sign_checkin, verify_counter, CheckInError, CheckInTrust, EventCode};
use minisign::KeyPair;
use rusqlite::Connection;

use super::*;

const CITY: &str = "092088";
const NOW_TEXT: &str = "2026-12-01T03:00:00Z";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// 2026-12-01, noon in Oyama.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 3, 0, 0).unwrap()
}

fn localized(ja: &str) -> BTreeMap<String, String> {
    BTreeMap::from([("ja".to_string(), ja.to_string())])
}

fn rule(
    version: u32,
    from: &str,
    to: &str,
    cap: u32,
    checkin: u32,
    streak_points: u32,
) -> HealthRuleSet {
    HealthRuleSet {
        version,
        valid_from: from.into(),
        valid_to: to.into(),
        steps_per_point: 1000,
        daily_step_points_cap: cap,
        checkin_points: checkin,
        checkin_max_points: Some(100),
        streak: Some(StreakBonus {
            days: 7,
            min_steps: 8000,
            points: streak_points,
        }),
        checkup_points: BTreeMap::from([("tokutei".into(), 100), ("lung_cancer".into(), 50)]),
    }
}

/// FY2026 with tiers at 300/600/1000 points; version 1 to September, version 2 (higher cap) from October.
fn scheme(rule_sets: Vec<HealthRuleSet>) -> HealthContent {
    let tier = |id: &str, points, draw_entries| RewardTier {
        id: id.into(),
        name: localized(id),
        points,
        draw_entries,
    };
    HealthContent {
        periods: vec![SchemePeriod {
            id: "fy2026".into(),
            name: localized("令和8年度"),
            from: "2026-04-01".into(),
            to: "2027-03-31".into(),
            tiers: vec![
                tier("bronze", 300, 1),
                tier("silver", 600, 2),
                tier("gold", 1000, 3),
            ],
        }],
        checkups: vec![
            CheckupKind {
                id: "tokutei".into(),
                name: localized("特定健診"),
            },
            CheckupKind {
                id: "lung_cancer".into(),
                name: localized("肺がん検診"),
            },
        ],
        rule_sets,
    }
}

fn two_versions() -> HealthContent {
    scheme(vec![
        rule(1, "2026-04-01", "2026-09-30", 10, 20, 10),
        rule(2, "2026-10-01", "2027-03-31", 12, 30, 15),
    ])
}

struct Setup {
    _dir: tempfile::TempDir,
    conn: Connection,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let conn = crate::store::open(dir.path()).unwrap().conn;
    Setup { _dir: dir, conn }
}

impl Setup {
    fn book(&self, content: &HealthContent) -> RuleBook {
        RuleBook::load(&self.conn, CITY, content, NOW_TEXT).unwrap()
    }
    fn profile(&self, name: &str) -> ProfileId {
        profile::add(&self.conn, name, NOW_TEXT).unwrap().id
    }
    fn entries(&self) -> i64 {
        self.conn
            .query_row("SELECT count(*) FROM resident.ledger_entry", [], |r| {
                r.get(0)
            })
            .unwrap()
    }
}

fn balance(ledger: &PointsLedger, p: ProfileId) -> i64 {
    ledger.status(p).unwrap().balance
}

// ---------------------------------------------------------------------------------------------------------
// Rules and the ledger.

#[test]
fn the_held_bundle_gives_the_scheme_and_the_keys_it_trusts() {
    let s = setup();
    let put = |name: &str, body: &[u8]| {
        s.conn
            .execute(
                "INSERT OR REPLACE INTO content_file (name, sha256, size, body) VALUES (?1, 'x', ?2, ?3)",
                rusqlite::params![name, body.len() as i64, body],
            )
            .unwrap();
    };
    let k = key();
    let mut city: machi_bundle::content::CityContent =
        serde_json::from_str(&format!(
            r#"{{"code":"{CITY}","prefecture":"09","name":{{"ja":"小山市"}},"timezone":"Asia/Tokyo",
                "default_locale":"ja","centre":{{"lat":36.3,"lon":139.8}},"sync_interval_minutes":60,"areas":[]}}"#
        ))
        .unwrap();
    put("city.json", &serde_json::to_vec(&city).unwrap());
    assert!(
        held_scheme(&s.conn, NOW_TEXT).unwrap().is_none(),
        "a city without a scheme"
    );
    city.event_keys = vec![k.pk.to_base64()];
    put("city.json", &serde_json::to_vec(&city).unwrap());
    put("health.json", &serde_json::to_vec(&two_versions()).unwrap());
    let (book, trust) = held_scheme(&s.conn, NOW_TEXT).unwrap().unwrap();
    assert_eq!(book.rule_sets.len(), 2);
    assert_eq!(trust.keys, [k.pk.to_base64()]);
    assert_eq!(trust.city_code, CITY);
    let remembered: i64 = s
        .conn
        .query_row("SELECT count(*) FROM resident.health_rule_set", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(remembered, 2);
}

#[test]
fn steps_earn_a_point_per_thousand_up_to_the_daily_cap_of_their_day() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    let m = StepOrigin::Manual;
    assert_eq!(
        l.record_steps(p, day("2026-05-01"), 7_999, m)
            .unwrap()
            .posted,
        Posted::Recorded { points: 7 }
    );
    assert_eq!(
        l.record_steps(p, day("2026-05-02"), 25_000, m)
            .unwrap()
            .posted,
        Posted::Recorded { points: 10 },
        "version 1's cap"
    );
    assert_eq!(
        l.record_steps(p, day("2026-10-02"), 25_000, m)
            .unwrap()
            .posted,
        Posted::Recorded { points: 12 },
        "version 2's cap"
    );
    assert_eq!(balance(&l, p), 29);
    let e = l.record_steps(p, day("2026-12-02"), 1000, m).unwrap_err();
    assert!(matches!(e, HealthError::FutureDate { .. }), "{e}");
    let e = l.record_steps(p, day("2026-03-31"), 1000, m).unwrap_err();
    assert!(matches!(e, HealthError::NoRules { .. }), "{e}");
    assert_eq!(e.code(), "points.no_rules");
    assert!(l.record_steps(p, day("2026-05-03"), 300_000, m).is_err());
}

#[test]
fn entering_a_day_again_is_a_correction_and_the_balance_counts_it_once() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    let d = day("2026-05-03");
    l.record_steps(p, d, 8_000, StepOrigin::Manual).unwrap();
    for _ in 0..3 {
        assert_eq!(
            l.record_steps(p, d, 8_000, StepOrigin::Manual)
                .unwrap()
                .posted,
            Posted::Unchanged { points: 8 }
        );
    }
    assert_eq!(s.entries(), 1, "repeating a day appends nothing");
    assert_eq!(
        l.record_steps(p, d, 5_400, StepOrigin::Manual)
            .unwrap()
            .posted,
        Posted::Corrected { from: 8, to: 5 }
    );
    // Fewer steps that earn the same points is still a correction of the count.
    assert_eq!(
        l.record_steps(p, d, 5_100, StepOrigin::Manual)
            .unwrap()
            .posted,
        Posted::Corrected { from: 5, to: 5 }
    );
    let history = l.history(p, 10).unwrap();
    let lines: Vec<_> = history
        .iter()
        .map(|e| (e.revision, e.amount, e.quantity, e.is_correction()))
        .collect();
    assert_eq!(
        lines,
        [
            (3, 0, Some(5_100), true),
            (2, -3, Some(5_400), true),
            (1, 8, Some(8_000), false)
        ]
    );
    assert_eq!(balance(&l, p), 5);
    let steps = ledger::day_steps(&s.conn, p, "2026-04-01", "2027-03-31").unwrap();
    assert_eq!(steps[&d], 5_100);
}

#[test]
fn a_seven_day_streak_earns_its_bonus_once_and_a_correction_that_breaks_it_takes_it_back() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    let first = day("2026-06-01");
    let days: Vec<_> = (0..14)
        .map(|i| (first + chrono::Duration::days(i), 9_000))
        .collect();
    for &(d, n) in &days[..6] {
        assert!(l
            .record_steps(p, d, n, StepOrigin::Manual)
            .unwrap()
            .bonuses
            .is_empty());
    }
    let seventh = l
        .record_steps(p, days[6].0, 9_000, StepOrigin::Manual)
        .unwrap();
    assert_eq!(seventh.bonuses, [Posted::Recorded { points: 10 }]);
    // Entering the same days again grants nothing more.
    let again = l
        .import_steps(p, &days[..7], StepOrigin::GoogleFit)
        .unwrap();
    assert_eq!((again.unchanged, again.bonuses), (7, 0));
    l.import_steps(p, &days[7..], StepOrigin::Manual).unwrap();
    let status = l.status(p).unwrap();
    assert_eq!((status.bonus_points, status.steps_points), (20, 14 * 9));
    // 3 June corrected to 100 steps: the runs are now 1–2 June and 4–14 June, so the bonuses of 7 and 14 June
    // go, and 10 June (4–10 June) earns one.
    let fix = l
        .record_steps(p, day("2026-06-03"), 100, StepOrigin::Manual)
        .unwrap();
    assert_eq!(fix.bonuses.len(), 3, "{:?}", fix.bonuses);
    let bonuses: Vec<_> = ledger::claims(&s.conn, p, Source::Bonus, "2026-04-01", "2027-03-31")
        .unwrap()
        .into_iter()
        .map(|c| (c.date, c.total))
        .collect();
    assert_eq!(
        bonuses,
        [
            ("2026-06-07".to_string(), 0),
            ("2026-06-10".to_string(), 10),
            ("2026-06-14".to_string(), 0)
        ]
    );
    assert_eq!(l.status(p).unwrap().bonus_points, 10);
}

#[test]
fn a_rule_change_mid_year_never_rewrites_points_already_earned() {
    let s = setup();
    let p = s.profile("花子");
    // The city first publishes one set for the whole year…
    let whole_year = scheme(vec![rule(1, "2026-04-01", "2027-03-31", 10, 20, 10)]);
    let book = s.book(&whole_year);
    let l = PointsLedger::new(&s.conn, &book, now());
    l.record_steps(p, day("2026-10-05"), 25_000, StepOrigin::Manual)
        .unwrap();
    l.report_checkup(p, "tokutei", day("2026-10-05")).unwrap();
    assert_eq!(balance(&l, p), 110);
    // …then cuts it at September and adds version 2 from October, with a higher cap.
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    assert_eq!(balance(&l, p), 110, "nothing earned is rewritten");
    assert_eq!(
        l.record_steps(p, day("2026-10-05"), 25_000, StepOrigin::Manual)
            .unwrap()
            .posted,
        Posted::Unchanged { points: 10 },
        "the day keeps the version it was earned under"
    );
    let corrected = l
        .record_steps(p, day("2026-10-05"), 9_000, StepOrigin::Manual)
        .unwrap();
    assert_eq!(corrected.posted, Posted::Corrected { from: 10, to: 9 });
    let entry = &l.history(p, 1).unwrap()[0];
    assert_eq!(
        entry.rule_version, 1,
        "a correction too is valued under the day's version"
    );
    assert_eq!(
        l.record_steps(p, day("2026-10-06"), 25_000, StepOrigin::Manual)
            .unwrap()
            .posted,
        Posted::Recorded { points: 12 },
        "a new day earns under version 2"
    );
    assert_eq!(l.status(p).unwrap().rule_version, Some(2));
}

#[test]
fn a_sync_that_replays_an_older_rule_set_changes_nothing() {
    let s = setup();
    let p = s.profile("花子");
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    l.record_steps(p, day("2026-05-01"), 9_000, StepOrigin::Manual)
        .unwrap();
    l.record_steps(p, day("2026-10-01"), 25_000, StepOrigin::Manual)
        .unwrap();
    let before = (s.entries(), balance(&l, p));
    // An older bundle comes back (the built-in content, a stale mirror): only version 1, with other values.
    let mut stale = rule(1, "2026-04-01", "2027-03-31", 5, 5, 1);
    stale.steps_per_point = 500;
    let book = s.book(&scheme(vec![stale]));
    assert_eq!(book.rule_sets.len(), 2, "version 2 stays known");
    assert_eq!(
        book.version(1).unwrap().daily_step_points_cap,
        10,
        "version 1 as first seen"
    );
    let l = PointsLedger::new(&s.conn, &book, now());
    for (d, n) in [("2026-05-01", 9_000), ("2026-10-01", 25_000)] {
        assert!(!l
            .record_steps(p, day(d), n, StepOrigin::Manual)
            .unwrap()
            .posted
            .changed());
    }
    assert_eq!((s.entries(), balance(&l, p)), before);
    assert_eq!(book.rule_on(day("2026-10-01")).unwrap().version, 2);
}

#[test]
fn checkups_are_credited_once_per_kind_and_period() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    assert_eq!(
        l.report_checkup(p, "tokutei", day("2026-06-10")).unwrap(),
        Posted::Recorded { points: 100 }
    );
    assert_eq!(
        l.report_checkup(p, "tokutei", day("2026-11-02")).unwrap(),
        Posted::AlreadyCredited {
            date: "2026-06-10".into(),
            points: 100
        }
    );
    l.report_checkup(p, "lung_cancer", day("2026-11-02"))
        .unwrap();
    assert!(matches!(
        l.report_checkup(p, "dental", day("2026-11-02")),
        Err(HealthError::UnknownCheckup(_))
    ));
    assert!(matches!(
        l.report_checkup(p, "lung_cancer", day("2027-01-02")),
        Err(HealthError::FutureDate { .. })
    ));
    let status = l.status(p).unwrap();
    assert_eq!((status.checkup_points, status.balance), (150, 150));
}

#[test]
fn the_ledger_is_append_only_and_goes_only_with_its_profile() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    l.record_steps(p, day("2026-05-01"), 9_000, StepOrigin::Manual)
        .unwrap();
    let edit = s
        .conn
        .execute("UPDATE resident.ledger_entry SET amount = 1000", []);
    assert!(edit.unwrap_err().to_string().contains("never edited"));
    let delete = s.conn.execute("DELETE FROM resident.ledger_entry", []);
    assert!(delete
        .unwrap_err()
        .to_string()
        .contains("only with their profile"));
    let over = ledger::Claim {
        key: "steps:2026-05-02".into(),
        source: Source::Steps,
        date: day("2026-05-02"),
        total: 11,
        quantity: Some(11_000),
        rule_version: 1,
        detail: None,
        once: false,
        cap: Some(10),
    };
    let e = ledger::post(&s.conn, p, &over, NOW_TEXT).unwrap_err();
    assert!(
        matches!(e, HealthError::Ledger(_)),
        "the cap holds at the ledger: {e}"
    );
    assert_eq!(s.entries(), 1);
}

// ---------------------------------------------------------------------------------------------------------
// Event check-ins.

fn key() -> KeyPair {
    KeyPair::generate_unencrypted_keypair().unwrap()
}

fn trust(keys: &[&KeyPair]) -> CheckInTrust {
    CheckInTrust {
        city_code: CITY.into(),
        keys: keys.iter().map(|k| k.pk.to_base64()).collect(),
    }
}

fn code(event: &str, points: Option<u32>, from: &str, until: &str) -> EventCode {
    EventCode {
        city: CITY.into(),
        event: event.into(),
        name: Some("健康まつり".into()),
        from: day(from),
        until: day(until),
        points,
        nonce: "abcd1234".into(),
    }
}

#[test]
fn a_checkin_credits_each_profile_once_however_often_it_is_scanned() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let (mother, son) = (s.profile("母"), s.profile("息子"));
    let k = key();
    let t = trust(&[&k]);
    let payload = sign_checkin(
        &code("matsuri", Some(50), "2026-12-01", "2026-12-01"),
        &k.sk,
    )
    .unwrap();
    let first = l.claim_checkin(mother, &payload, &t).unwrap();
    assert_eq!(
        (first.posted, first.points),
        (Posted::Recorded { points: 50 }, 50)
    );
    assert_eq!(first.name.as_deref(), Some("健康まつり"));
    for _ in 0..3 {
        let again = l.claim_checkin(mother, &payload, &t).unwrap();
        assert!(matches!(again.posted, Posted::AlreadyCredited { .. }));
    }
    // A reprint of the same event and day (another nonce) is the same check-in.
    let mut reprint = code("matsuri", Some(50), "2026-12-01", "2026-12-01");
    reprint.nonce = "zzzz9999".into();
    let reprint = sign_checkin(&reprint, &k.sk).unwrap();
    assert!(!l
        .claim_checkin(mother, &reprint, &t)
        .unwrap()
        .posted
        .changed());
    assert!(l.claim_checkin(son, &payload, &t).unwrap().posted.changed());
    assert_eq!((balance(&l, mother), balance(&l, son)), (50, 50));
    assert_eq!(s.entries(), 2);

    // Points from the rules when the code names none, and never over the rules' maximum.
    let default = sign_checkin(&code("talk", None, "2026-11-30", "2026-12-02"), &k.sk).unwrap();
    assert_eq!(l.claim_checkin(mother, &default, &t).unwrap().points, 30);
    let generous = sign_checkin(
        &code("marathon", Some(500), "2026-12-01", "2026-12-01"),
        &k.sk,
    )
    .unwrap();
    assert_eq!(l.claim_checkin(mother, &generous, &t).unwrap().points, 100);
}

#[test]
fn forged_altered_expired_and_other_key_codes_are_refused_and_credit_nothing() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    let (city_key, other_key) = (key(), key());
    let t = trust(&[&city_key]);
    let good = sign_checkin(
        &code("matsuri", Some(50), "2026-12-01", "2026-12-01"),
        &city_key.sk,
    )
    .unwrap();
    let (_, sig) = good.rsplit_once('.').unwrap();
    let altered = format!(
        "{}.{sig}",
        code("matsuri", Some(100), "2026-12-01", "2026-12-01").signed_text()
    );
    let other = sign_checkin(
        &code("matsuri", Some(50), "2026-12-01", "2026-12-01"),
        &other_key.sk,
    )
    .unwrap();
    let expired = sign_checkin(
        &code("autumn", Some(50), "2026-11-01", "2026-11-30"),
        &city_key.sk,
    )
    .unwrap();
    let early = sign_checkin(
        &code("xmas", Some(50), "2026-12-24", "2026-12-24"),
        &city_key.sk,
    )
    .unwrap();
    let cases: [(&str, &str); 5] = [
        (&altered, "checkin.bad_signature"),
        (&other, "checkin.unknown_key"),
        (&expired, "checkin.expired"),
        (&early, "checkin.not_yet_valid"),
        ("MACHI-EVENT1.garbage", "checkin.malformed"),
    ];
    for (payload, expected) in cases {
        let e = l.claim_checkin(p, payload, &t).unwrap_err();
        assert_eq!(e.code(), expected, "{e}");
    }
    assert!(matches!(
        l.claim_checkin(p, &expired, &t),
        Err(HealthError::CheckIn(CheckInError::Expired { .. }))
    ));
    assert_eq!(s.entries(), 0);
}

/// payload → PNG → rqrr → verify → credit, as a photo of the printed code would go.
#[test]
fn a_code_read_from_a_png_or_a_photo_is_verified_and_credited() {
    use machi_bundle::qr::{byte_mode_code, render_png, ErrorCorrection};
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    let k = key();
    let payload = sign_checkin(
        &code("matsuri", Some(40), "2026-12-01", "2026-12-03"),
        &k.sk,
    )
    .unwrap();
    let qr = byte_mode_code(payload.as_bytes(), ErrorCorrection::H, 40).unwrap();
    let png = render_png(&qr, 10, 8);
    let credit = l.claim_checkin_image(p, &png, &trust(&[&k])).unwrap();
    assert_eq!((credit.event.as_str(), credit.points), ("matsuri", 40));
    // A large "photo": the code small in a grey 2,400 px frame, which is scaled down before scanning.
    let small = image::load_from_memory(&render_png(&qr, 5, 4))
        .unwrap()
        .to_luma8();
    let mut photo = image::GrayImage::from_pixel(2400, 1800, image::Luma([200]));
    image::imageops::overlay(&mut photo, &small, 900, 600);
    let mut bytes = std::io::Cursor::new(Vec::new());
    photo.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    let other = s.profile("太郎");
    let credit = l
        .claim_checkin_image(other, &bytes.into_inner(), &trust(&[&k]))
        .unwrap();
    assert!(credit.posted.changed());
    let blank = render_png(
        &byte_mode_code(b"hello", ErrorCorrection::M, 5).unwrap(),
        4,
        4,
    );
    assert!(matches!(
        l.claim_checkin_image(p, &blank, &trust(&[&k])),
        Err(HealthError::NoCodeInImage)
    ));
}

// ---------------------------------------------------------------------------------------------------------
// Balance, tiers, the counter.

#[test]
fn the_status_shows_balance_tier_progress_and_draw_entries() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    let empty = l.status(p).unwrap();
    assert_eq!(
        (empty.balance, empty.tier.clone(), empty.draw_entries),
        (0, None, 0)
    );
    assert_eq!(empty.next_tier.unwrap().id, "bronze");
    assert_eq!(empty.period.unwrap().id, "fy2026");
    // 25 days of 10,000 steps (250) + a check-up (100) = 350, plus a streak bonus every 7 days.
    let days: Vec<_> = (0..25)
        .map(|i| (day("2026-05-01") + chrono::Duration::days(i), 10_000))
        .collect();
    l.import_steps(p, &days, StepOrigin::GoogleFit).unwrap();
    l.report_checkup(p, "tokutei", day("2026-06-01")).unwrap();
    let st = l.status(p).unwrap();
    assert_eq!(
        (st.steps_points, st.bonus_points, st.checkup_points),
        (250, 30, 100)
    );
    assert_eq!(st.balance, 380);
    assert_eq!(st.tier.as_ref().unwrap().id, "bronze");
    assert_eq!(st.next_tier.as_ref().unwrap().id, "silver");
    assert_eq!(st.points_to_next_tier, Some(220));
    assert!((st.progress - 80.0 / 300.0).abs() < 1e-9, "{}", st.progress);
    assert_eq!(st.draw_entries, 1);
    assert_eq!(serde_json::to_value(&st).unwrap()["balance"], 380);
}

#[test]
fn the_counter_code_carries_the_signed_checkins_and_the_counter_verifies_them() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("山田 花子");
    let k = key();
    let t = trust(&[&k]);
    l.record_steps(p, day("2026-11-30"), 9_500, StepOrigin::Manual)
        .unwrap();
    l.report_checkup(p, "tokutei", day("2026-06-01")).unwrap();
    for event in ["matsuri", "walk", "talk"] {
        let c = sign_checkin(&code(event, Some(30), "2026-12-01", "2026-12-01"), &k.sk).unwrap();
        l.claim_checkin(p, &c, &t).unwrap();
    }
    let summary = l.counter_summary(p).unwrap();
    assert_eq!(summary.head.total, balance(&l, p));
    assert_eq!(summary.checkins.len(), 3);
    let texts = counter_texts(&summary);
    // Weeks later at the counter, when the codes themselves have expired.
    let (reports, unread) = verify_counter(&texts, &t, Some(&two_versions()));
    assert!(unread.is_empty());
    let r = &reports[0];
    assert!(r.totals_add_up, "{r:#?}");
    assert_eq!((r.verified_points, r.self_reported_points), (90, 109));
    assert!(r.checkins.iter().all(|c| c.refused.is_none()));
    // As QR codes: each at most version 25, read back exactly.
    let pngs = counter_pngs(&summary).unwrap();
    assert_eq!(pngs.len(), texts.len());
    for (png, text) in pngs.iter().zip(&texts) {
        assert_eq!(&machi_bundle::qr::read_codes(png).unwrap()[0], text);
    }
}

#[test]
fn a_full_counter_part_fits_a_version_25_code() {
    use machi_bundle::health::counter::COUNTER_PART_MAX_BYTES;
    use machi_bundle::qr::{byte_mode_code, ErrorCorrection};
    let text = "x".repeat(COUNTER_PART_MAX_BYTES);
    let code = byte_mode_code(text.as_bytes(), ErrorCorrection::M, 25).unwrap();
    assert_eq!(format!("{:?}", code.version()), "Normal(25)");
}

// ---------------------------------------------------------------------------------------------------------
// Profiles and privacy.

#[test]
fn profiles_are_isolated_and_removing_one_removes_all_of_its_data() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let (a, b) = (s.profile("Ana"), s.profile("Bruno"));
    assert!(matches!(
        profile::add(&s.conn, " ana ", NOW_TEXT),
        Err(HealthError::ProfileExists(_))
    ));
    l.record_steps(a, day("2026-05-01"), 9_000, StepOrigin::Manual)
        .unwrap();
    l.record_steps(b, day("2026-05-01"), 3_000, StepOrigin::Manual)
        .unwrap();
    l.report_checkup(a, "tokutei", day("2026-05-02")).unwrap();
    assert_eq!(
        l.report_checkup(b, "tokutei", day("2026-05-02")).unwrap(),
        Posted::Recorded { points: 100 },
        "one profile's check-up is not another's"
    );
    assert_eq!((balance(&l, a), balance(&l, b)), (109, 103));
    assert!(l
        .history(b, 10)
        .unwrap()
        .iter()
        .all(|e| e.quantity != Some(9_000)));
    let export = export::export_json(&s.conn, b, NOW_TEXT).unwrap();
    assert!(
        export.contains("Bruno") && !export.contains("Ana"),
        "{export}"
    );

    export::delete_everything(&s.conn, a).unwrap();
    assert!(matches!(
        profile::get(&s.conn, a),
        Err(HealthError::NoProfile(_))
    ));
    let left: i64 = s
        .conn
        .query_row(
            "SELECT count(*) FROM resident.ledger_entry WHERE profile_id = ?1",
            [a],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
    assert_eq!(balance(&l, b), 103, "the other profile keeps everything");
    assert!(matches!(
        l.record_steps(a, day("2026-05-03"), 1, StepOrigin::Manual),
        Err(HealthError::NoProfile(_))
    ));
    let names: Vec<_> = profile::list(&s.conn)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Bruno"]);
}

#[test]
fn personal_details_prefill_forms_only_with_consent() {
    let s = setup();
    let p = s.profile("わたし");
    let details = PersonalDetails {
        full_name: Some(" 小山 花子 ".into()),
        kana: Some("オヤマ ハナコ".into()),
        birth_date: Some("1985-04-12".into()),
        postal_code: Some("323-8686".into()),
        address: Some("栃木県小山市中央町1-1-1".into()),
        phone: Some("0285-22-9111".into()),
    };
    profile::set_details(&s.conn, p, &details, false).unwrap();
    assert_eq!(profile::prefill(&s.conn, p).unwrap(), None);
    profile::set_details(&s.conn, p, &details, true).unwrap();
    let filled = profile::prefill(&s.conn, p).unwrap().unwrap();
    assert_eq!(filled.full_name.as_deref(), Some("小山 花子"), "trimmed");
    let bad = PersonalDetails {
        postal_code: Some("3238".into()),
        ..details.clone()
    };
    assert!(profile::set_details(&s.conn, p, &bad, true).is_err());
    let bad = PersonalDetails {
        birth_date: Some("1985/04/12".into()),
        ..details
    };
    assert!(profile::set_details(&s.conn, p, &bad, true).is_err());
    let renamed = profile::rename(&s.conn, p, "花子").unwrap();
    assert_eq!(profile::find(&s.conn, "花子").unwrap().id, renamed.id);
    assert_eq!(profile::find(&s.conn, &p.to_string()).unwrap().id, p);
    let settings = ProfileSettings {
        daily_step_goal: Some(8_000),
        step_source: Some("apple_health".into()),
    };
    assert_eq!(
        profile::set_settings(&s.conn, p, &settings)
            .unwrap()
            .settings,
        settings
    );
    assert_eq!(
        profile::first_or_create(&s.conn, "わたし", NOW_TEXT)
            .unwrap()
            .id,
        p
    );
}

#[test]
fn a_profile_exports_as_json_and_csv_with_its_corrections() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    l.record_steps(p, day("2026-05-01"), 9_000, StepOrigin::Manual)
        .unwrap();
    l.record_steps(p, day("2026-05-01"), 6_000, StepOrigin::Manual)
        .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&export::export_json(&s.conn, p, NOW_TEXT).unwrap()).unwrap();
    assert_eq!(json["format"], export::EXPORT_FORMAT);
    assert_eq!(json["profile"]["name"], "花子");
    assert_eq!(json["entries"].as_array().unwrap().len(), 2);
    let csv = export::export_csv(&s.conn, p).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "id,recorded_at,date,source,claim,revision,points,steps,rule_version,detail"
    );
    assert!(
        rows[2].contains(",steps,steps:2026-05-01,2,-3,6000,1,"),
        "{}",
        rows[2]
    );
    assert!(
        rows[2].ends_with(r#""{""origin"":""manual""}""#),
        "{}",
        rows[2]
    );
}

// ---------------------------------------------------------------------------------------------------------
// Step imports.

const GOOGLE_FIT: &str = include_str!("testdata/google-fit-daily-activity-metrics.csv");
const APPLE_HEALTH: &str = include_str!("testdata/apple-health-export.xml");

#[test]
fn google_fit_takeout_reads_date_and_step_count_by_name() {
    let days = import_google_fit_csv(GOOGLE_FIT).unwrap();
    assert_eq!(
        days,
        [
            (day("2026-05-01"), 7_012),
            (day("2026-05-02"), 9_450),
            (day("2026-05-04"), 12_510),
            (day("2026-05-05"), 451)
        ]
    );
    let reordered = "Step count,Heart Points,Date\n4000,1,2026-06-01\n\"5,000\",2,2026-06-02\n";
    assert_eq!(
        import_google_fit_csv(reordered).unwrap(),
        [(day("2026-06-01"), 4_000)],
        "a count that is not a number is skipped"
    );
    let e = import_google_fit_csv("Date,Calories (kcal)\n2026-06-01,1800\n").unwrap_err();
    assert!(
        matches!(e, StepImportError::MissingColumn("Step count")),
        "{e}"
    );
}

#[test]
fn apple_health_takes_the_largest_source_of_each_local_day() {
    let days = import_apple_health_xml(APPLE_HEALTH.as_bytes()).unwrap();
    assert_eq!(
        days,
        [
            // iPhone 3,000 + 2,500 and Watch 4,000 + 2,000: the Watch's 6,000, not 11,500.
            (day("2026-05-01"), 6_000),
            // 8,000 + 1,200.4 at 23:50 + 300 recorded in Pacific time on its own 2 May.
            (day("2026-05-02"), 9_500),
            (day("2026-05-03"), 500)
        ]
    );
    assert!(matches!(
        import_apple_health_xml("<?xml version=\"1.0\"?><Other/>".as_bytes()),
        Err(StepImportError::NotHealthData)
    ));
    // The stream is read in small pieces: the mark may straddle them.
    let slow = std::io::BufReader::with_capacity(7, APPLE_HEALTH.as_bytes());
    assert_eq!(import_apple_health_xml(slow).unwrap(), days);
}

#[test]
fn an_import_corrects_changed_days_and_skips_days_outside_the_scheme() {
    let s = setup();
    let book = s.book(&two_versions());
    let l = PointsLedger::new(&s.conn, &book, now());
    let p = s.profile("花子");
    let mut google = import_google_fit_csv(GOOGLE_FIT).unwrap();
    google.push((day("2025-05-01"), 9_000));
    let first = l.import_steps(p, &google, StepOrigin::GoogleFit).unwrap();
    assert_eq!((first.recorded, first.skipped), (4, 1));
    let again = l.import_steps(p, &google, StepOrigin::GoogleFit).unwrap();
    assert_eq!(
        (again.recorded, again.unchanged, again.corrected),
        (0, 4, 0)
    );
    let apple = import_apple_health_xml(APPLE_HEALTH.as_bytes()).unwrap();
    let third = l.import_steps(p, &apple, StepOrigin::AppleHealth).unwrap();
    // 1 May 7,012 → 6,000 and 2 May 9,450 → 9,500 are corrections; 3 May is new.
    assert_eq!((third.recorded, third.corrected), (1, 2));
    let steps = ledger::day_steps(&s.conn, p, "2026-04-01", "2027-03-31").unwrap();
    assert_eq!(steps[&day("2026-05-01")], 6_000);
    // 6,000 → 6, 9,500 → 9, 500 → 0, 12,510 → 10 (the cap), 451 → 0.
    assert_eq!(balance(&l, p), 6 + 9 + 10);
}
