//! The health operations as a front end calls them, on the embedded Oyama bundle at a fixed "now"
//! (2026-11-27 20:00 in Oyama: rule set 2 of FY2026 is in force).

use base64::Engine;
use chrono::NaiveDate;
use machi_bundle::content::CityContent;
use machi_bundle::health::{sign_checkin, verify_counter, EventCode};
use minisign::KeyPair;

use super::*;
use crate::{ErrorCode, MachiOptions};

const NOW: &str = "2026-11-27T20:00:00+09:00";

fn open(locale: &str) -> (tempfile::TempDir, Machi) {
    let dir = tempfile::tempdir().unwrap();
    let machi = Machi::open_with(
        dir.path(),
        MachiOptions {
            system_locale: Some(locale.into()),
            now: Some(chrono::DateTime::parse_from_rfc3339(NOW).unwrap()),
            ..Default::default()
        },
    )
    .unwrap();
    (dir, machi)
}

/// Makes the held city trust `key` for event check-ins, as a bundle listing it in `event_keys` would. Must run
/// before the first health operation (the scheme is read once per bundle).
fn trust_event_key(m: &Machi, key: &KeyPair) {
    m.run(|conn| {
        let body: Vec<u8> = conn.query_row(
            "SELECT body FROM content_file WHERE name = 'city.json'",
            [],
            |r| r.get(0),
        )?;
        let mut city: CityContent = serde_json::from_slice(&body).unwrap();
        city.event_keys = vec![key.pk.to_base64()];
        conn.execute(
            "UPDATE content_file SET body = ?1 WHERE name = 'city.json'",
            [serde_json::to_vec(&city).unwrap()],
        )?;
        Ok(())
    })
    .unwrap();
}

fn code(event: &str, from: &str, until: &str, points: Option<u32>) -> EventCode {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    EventCode {
        city: "092088".into(),
        event: event.into(),
        name: Some("おやま健康まつり".into()),
        from: day(from),
        until: day(until),
        points,
        nonce: "n0nce-1234".into(),
    }
}

fn steps(m: &Machi, profile: Option<ProfileId>, date: &str, steps: u32) -> StepsEntered {
    m.points_steps(PointsStepsArgs {
        profile,
        date: date.into(),
        steps,
    })
    .unwrap()
}

fn balance(m: &Machi, profile: ProfileId) -> i64 {
    m.points_status(ProfileArgs {
        profile: Some(profile),
    })
    .unwrap()
    .balance
}

#[test]
fn the_first_use_names_a_profile_in_the_residents_language_and_each_profile_earns_apart() {
    let (_d, m) = open("en");
    let first = m.profiles_list().unwrap();
    assert_eq!(first.profiles.len(), 1);
    assert_eq!(
        first.profiles[0].name,
        m.text("health-profile-default-name", &[])
    );
    assert_eq!(first.active, first.profiles[0].id);
    let me = first.active;

    // The parent is added on the child's device, without taking over the screen…
    let added = m
        .profile_add(ProfileAddArgs {
            name: "Mum".into(),
            activate: None,
        })
        .unwrap();
    assert_eq!(added.active, me);
    let mum = added.profiles[1].id;
    let dup = m
        .profile_add(ProfileAddArgs {
            name: " mum ".into(),
            activate: None,
        })
        .unwrap_err();
    assert_eq!(dup.code, ErrorCode::ProfileExists);
    assert!(dup.message.contains("mum"), "{}", dup.message);

    // …and each earns separately; without a profile, the one shown earns.
    assert_eq!(steps(&m, None, "2026-11-20", 9_400).points, 9);
    assert_eq!(steps(&m, Some(mum), "2026-11-20", 12_500).points, 12);
    let corrected = steps(&m, None, "2026-11-20", 6_100);
    assert_eq!(corrected.posted, Posted::Corrected { from: 9, to: 6 });
    assert_eq!((balance(&m, me), balance(&m, mum)), (6, 12));

    // One tap shows the other profile: its points, its history, nothing of the other's.
    let switched = m.profile_switch(ProfileIdArgs { profile: mum }).unwrap();
    assert_eq!(switched.active, mum);
    let shown = m.points_status(ProfileArgs::default()).unwrap();
    assert_eq!((shown.profile.name.as_str(), shown.balance), ("Mum", 12));
    let history = m.points_history(PointsHistoryArgs::default()).unwrap();
    assert_eq!(history.total, 1);
    assert_eq!(history.entries[0].steps, Some(12_500));
    let mine = m
        .points_history(PointsHistoryArgs {
            profile: Some(me),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        mine.entries
            .iter()
            .map(|e| (e.steps, e.points, e.correction))
            .collect::<Vec<_>>(),
        [(Some(6_100), -3, true), (Some(9_400), 9, false)]
    );

    // Details for forms, given only with consent.
    let details = PersonalDetails {
        full_name: Some("Oyama Hana".into()),
        postal_code: Some("323-8686".into()),
        ..Default::default()
    };
    m.profile_details(ProfileDetailsArgs {
        profile: Some(mum),
        details: Some(details.clone()),
        prefill_consent: Some(false),
        settings: None,
    })
    .unwrap();
    assert_eq!(m.profile_prefill(Some(mum)).unwrap(), None);
    m.profile_details(ProfileDetailsArgs {
        profile: Some(mum),
        prefill_consent: Some(true),
        ..Default::default()
    })
    .unwrap();
    let filled = m.profile_prefill(None).unwrap().unwrap();
    assert_eq!(filled.name.as_deref(), Some("Oyama Hana"));
    assert_eq!(m.profile_prefill(Some(me)).unwrap(), None);
    let bad = m
        .profile_details(ProfileDetailsArgs {
            details: Some(PersonalDetails {
                postal_code: Some("32386".into()),
                ..details
            }),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(bad.code, ErrorCode::ProfileInvalidPostalCode);
    assert!(bad.message.contains("32386"), "{}", bad.message);
}

#[test]
fn the_progress_view_names_tiers_and_the_period_in_the_residents_language() {
    let (_d, m) = open("pt-BR");
    m.points_checkup(PointsCheckupArgs {
        profile: None,
        kind: "tokutei".into(),
        date: "2026-06-01".into(),
    })
    .unwrap();
    for (day, n) in [("2026-11-21", 10_000), ("2026-11-22", 30_000)] {
        steps(&m, None, day, n);
    }
    let o = m.points_status(ProfileArgs::default()).unwrap();
    // 100 + 10 (rule set 2: 1,000 steps a point) + 12 (its daily cap).
    assert_eq!(o.balance, 122);
    assert_eq!(o.rule_version, Some(2));
    assert_eq!(o.next_tier.as_ref().unwrap().name, "Bronze");
    assert_eq!(o.points_to_next_tier, Some(300 - 122));
    assert_eq!(o.progress_percent, 40);
    assert_eq!(o.streak_goal, Some(7));
    assert!(o.period.unwrap().name.starts_with("Ano fiscal 2026"));
    assert_eq!(o.recent.len(), 3);
    let checkup = o
        .recent
        .iter()
        .find(|e| e.source == Source::Checkup)
        .unwrap();
    assert_eq!(
        checkup.checkup.as_ref().unwrap().name,
        "Exame de saúde específico (tokutei kenshin)"
    );

    let again = m
        .points_checkup(PointsCheckupArgs {
            profile: None,
            kind: "tokutei".into(),
            date: "2026-11-02".into(),
        })
        .unwrap();
    assert!(matches!(again.posted, Posted::AlreadyCredited { .. }));
    assert_eq!(again.points, 100);

    let scheme = m.health_scheme().unwrap();
    assert_eq!(scheme.today, "2026-11-27");
    assert_eq!(scheme.checkups.len(), 6);
    assert_eq!(scheme.tiers.len(), 3);
    let rules = scheme.rules.unwrap();
    assert_eq!((rules.version, rules.steps_for_daily_cap), (2, 12_000));
    assert_eq!(scheme.next_rules, None);
}

#[test]
fn wrong_dates_and_counts_are_refused_with_their_own_codes() {
    let (_d, m) = open("ja");
    let refused = |date: &str, n: u32| {
        m.points_steps(PointsStepsArgs {
            profile: None,
            date: date.into(),
            steps: n,
        })
        .unwrap_err()
    };
    assert_eq!(refused("2026-11-28", 100).code, ErrorCode::PointsFutureDate);
    assert_eq!(refused("2026-03-31", 100).code, ErrorCode::PointsNoRules);
    let e = refused("2026/11/27", 100);
    assert_eq!(e.code, ErrorCode::PointsInvalidDate);
    assert!(e.message.contains("2026/11/27"), "{}", e.message);
    let e = refused("2026-11-27", 250_000);
    assert_eq!(e.code, ErrorCode::StepsTooMany);
    assert!(e.message.contains("250000"), "{}", e.message);
    let e = m
        .points_checkup(PointsCheckupArgs {
            profile: None,
            kind: "dental".into(),
            date: "2026-11-01".into(),
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::PointsUnknownCheckup);
    let e = m
        .points_status(ProfileArgs { profile: Some(999) })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::ProfileNotFound);
}

#[test]
fn step_files_are_read_whichever_the_format_and_their_errors_say_what_to_pick() {
    let (_d, m) = open("ja");
    let csv = "Date,Step count,Heart Points\n2026-11-20,8123,5\n2026-11-21,,1\n2026-11-22,15000,9\n2025-01-01,4000,0\n";
    let r = m
        .points_import_steps(PointsImportArgs {
            profile: None,
            format: None,
            text: csv.into(),
        })
        .unwrap();
    assert_eq!(r.format, StepFileFormat::GoogleFit);
    assert_eq!((r.days, r.recorded, r.skipped), (3, 2, 1));
    let xml = r#"<?xml version="1.0"?><HealthData locale="ja_JP">
<Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" value="9000" startDate="2026-11-20 08:00:00 +0900" endDate="2026-11-20 09:00:00 +0900"/>
</HealthData>"#;
    let r = m
        .points_import_steps(PointsImportArgs {
            profile: None,
            format: None,
            text: xml.into(),
        })
        .unwrap();
    assert_eq!(r.format, StepFileFormat::AppleHealth);
    assert_eq!((r.days, r.corrected), (1, 1));
    let history = m.points_history(PointsHistoryArgs::default()).unwrap();
    assert_eq!(history.entries[0].origin.as_deref(), Some("apple_health"));

    let e = m
        .points_import_steps(PointsImportArgs {
            profile: None,
            format: None,
            text: "Datum,Schritte\n2026-11-20,100\n".into(),
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::StepsImportMissingColumn);
    assert!(e.message.contains("Date"), "{}", e.message);
    let e = m
        .points_import_steps(PointsImportArgs {
            profile: None,
            format: None,
            text: "<Other/>".into(),
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::StepsImportNotAppleHealth);
}

#[test]
fn an_event_code_by_text_or_photo_credits_each_profile_once_and_bad_codes_say_why() {
    let (_d, m) = open("ja");
    let city_key = KeyPair::generate_unencrypted_keypair().unwrap();
    let other_key = KeyPair::generate_unencrypted_keypair().unwrap();
    trust_event_key(&m, &city_key);
    let me = m.profiles_list().unwrap().active;
    let mum = m
        .profile_add(ProfileAddArgs {
            name: "母".into(),
            activate: None,
        })
        .unwrap()
        .profiles[1]
        .id;
    let good = sign_checkin(
        &code("matsuri", "2026-11-27", "2026-11-27", Some(40)),
        &city_key.sk,
    )
    .unwrap();

    let claim = |profile: ProfileId, payload: &str| {
        m.points_claim(PointsClaimArgs {
            profile: Some(profile),
            payload: Some(payload.into()),
            image_base64: None,
        })
    };
    let first = claim(me, &format!("コード：\n{good}\n")).unwrap();
    assert!(first.credited);
    assert_eq!(
        (first.event.as_str(), first.name.as_deref(), first.points),
        ("matsuri", Some("おやま健康まつり"), 40)
    );
    for _ in 0..2 {
        let again = claim(me, &good).unwrap();
        assert!(!again.credited, "scanned again: credited once");
        assert!(matches!(again.posted, Posted::AlreadyCredited { .. }));
    }
    assert_eq!(balance(&m, me), 40);

    // The parent scans the printed poster (a photo of the PNG), on the same device.
    let qr =
        machi_bundle::qr::byte_mode_code(good.as_bytes(), machi_bundle::qr::ErrorCorrection::H, 40)
            .unwrap();
    let png = machi_bundle::qr::render_png(&qr, 8, 8);
    let photo = m
        .points_claim(PointsClaimArgs {
            profile: Some(mum),
            payload: None,
            image_base64: Some(format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&png)
            )),
        })
        .unwrap();
    assert!(photo.credited);
    assert_eq!(balance(&m, mum), 40);

    // Refusals: each its code, and a sentence in the resident's language that credits nothing.
    let (_, sig) = good.rsplit_once('.').unwrap();
    let altered = format!(
        "{}.{sig}",
        code("matsuri", "2026-11-27", "2026-11-27", Some(100)).signed_text()
    );
    let foreign = sign_checkin(
        &code("matsuri", "2026-11-27", "2026-11-27", Some(40)),
        &other_key.sk,
    )
    .unwrap();
    let expired = sign_checkin(
        &code("autumn", "2026-11-01", "2026-11-20", None),
        &city_key.sk,
    )
    .unwrap();
    let early = sign_checkin(
        &code("xmas", "2026-12-24", "2026-12-24", None),
        &city_key.sk,
    )
    .unwrap();
    let mut other_city = code("walk", "2026-11-27", "2026-11-27", None);
    other_city.city = "131016".into();
    let other_city = sign_checkin(&other_city, &city_key.sk).unwrap();
    for (payload, expected) in [
        (altered.as_str(), ErrorCode::CheckinBadSignature),
        (&foreign, ErrorCode::CheckinUnknownKey),
        (&expired, ErrorCode::CheckinExpired),
        (&early, ErrorCode::CheckinNotYetValid),
        (&other_city, ErrorCode::CheckinWrongCity),
        ("MACHI-EVENT1.garbage", ErrorCode::CheckinMalformed),
        ("hello", ErrorCode::CheckinMalformed),
    ] {
        let e = claim(me, payload).unwrap_err();
        assert_eq!(e.code, expected, "{payload}: {}", e.message);
        assert_eq!(
            e.message,
            m.l10n
                .format_error("ja", &Error::Health(refusal(&e)).record()),
        );
    }
    let e = claim(me, &expired).unwrap_err();
    assert!(e.message.contains("2026-11-20"), "{}", e.message);
    // In Tagalog, the same refusal in Tagalog.
    m.update_settings(crate::SettingsPatch {
        locale: Some("tl".into()),
        ..Default::default()
    })
    .unwrap();
    let e = claim(me, &expired).unwrap_err();
    assert_eq!(
        e.message,
        m.l10n.format(
            "tl",
            "error-checkin-expired",
            &[("until", "2026-11-20".into())]
        )
    );
    assert_ne!(
        e.message,
        m.l10n.format(
            "ja",
            "error-checkin-expired",
            &[("until", "2026-11-20".into())]
        )
    );

    let image = |b64: &str| {
        m.points_claim(PointsClaimArgs {
            profile: Some(me),
            payload: None,
            image_base64: Some(b64.into()),
        })
        .unwrap_err()
        .code
    };
    assert_eq!(image("bm90IGFuIGltYWdl"), ErrorCode::CheckinNotAnImage);
    let blank = machi_bundle::qr::render_png(
        &machi_bundle::qr::byte_mode_code(b"hello", machi_bundle::qr::ErrorCorrection::M, 5)
            .unwrap(),
        4,
        4,
    );
    assert_eq!(
        image(&base64::engine::general_purpose::STANDARD.encode(blank)),
        ErrorCode::CheckinNoCode
    );
    let none = m.points_claim(PointsClaimArgs::default()).unwrap_err();
    assert_eq!(none.code, ErrorCode::InvalidInput);
    assert_eq!((balance(&m, me), balance(&m, mum)), (40, 40));
}

/// The typed error behind a refusal, to compare its whole message.
fn refusal(e: &crate::ApiError) -> HealthError {
    use machi_bundle::health::CheckInError;
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    HealthError::CheckIn(match e.code {
        ErrorCode::CheckinBadSignature => CheckInError::BadSignature,
        ErrorCode::CheckinUnknownKey => CheckInError::UnknownKey { key_id: "x".into() },
        ErrorCode::CheckinExpired => CheckInError::Expired {
            until: day("2026-11-20"),
        },
        ErrorCode::CheckinNotYetValid => CheckInError::NotYetValid {
            from: day("2026-12-24"),
        },
        ErrorCode::CheckinWrongCity => CheckInError::WrongCity {
            expected: "092088".into(),
            found: "131016".into(),
        },
        _ => CheckInError::Malformed(String::new()),
    })
}

#[test]
fn the_counter_codes_carry_the_signed_check_ins_that_the_counter_verifies() {
    let (_d, m) = open("ja");
    let key = KeyPair::generate_unencrypted_keypair().unwrap();
    trust_event_key(&m, &key);
    steps(&m, None, "2026-11-26", 9_000);
    for event in ["matsuri", "walk"] {
        let payload =
            sign_checkin(&code(event, "2026-11-27", "2026-11-27", Some(30)), &key.sk).unwrap();
        m.points_claim(PointsClaimArgs {
            payload: Some(payload),
            ..Default::default()
        })
        .unwrap();
    }
    let view = m.points_counter(ProfileArgs::default()).unwrap();
    assert_eq!(
        (view.total, view.verified_points, view.self_reported_points),
        (69, 60, 9)
    );
    assert_eq!((view.checkins, view.steps_days), (2, 1));
    let texts: Vec<String> = view
        .codes
        .iter()
        .map(|c| {
            let png = base64::engine::general_purpose::STANDARD
                .decode(&c.png_base64)
                .unwrap();
            let read = machi_bundle::qr::read_codes(&png).unwrap();
            assert_eq!(read, std::slice::from_ref(&c.text));
            read[0].clone()
        })
        .collect();
    let trust = machi_bundle::health::CheckInTrust {
        city_code: "092088".into(),
        keys: vec![key.pk.to_base64()],
    };
    let (reports, unread) = verify_counter(&texts, &trust, None);
    assert!(unread.is_empty(), "{unread:?}");
    assert!(reports[0].totals_add_up);
    assert_eq!(
        (reports[0].verified_points, reports[0].self_reported_points),
        (60, 9)
    );
}

#[test]
fn export_and_delete_everything_touch_one_profile_only() {
    let (_d, m) = open("ja");
    let me = m.profiles_list().unwrap().active;
    let mum = m
        .profile_add(ProfileAddArgs {
            name: "母".into(),
            activate: Some(true),
        })
        .unwrap()
        .active;
    steps(&m, Some(me), "2026-11-20", 7_777);
    steps(&m, Some(mum), "2026-11-20", 5_555);
    let json = m
        .points_export(PointsExportArgs {
            profile: Some(mum),
            format: ExportFormat::Json,
        })
        .unwrap();
    assert!(json.file_name.ends_with(".json"));
    assert!(json.text.contains("5555") && !json.text.contains("7777"));
    let csv = m
        .points_export(PointsExportArgs {
            profile: Some(mum),
            format: ExportFormat::Csv,
        })
        .unwrap();
    assert_eq!(csv.media_type, "text/csv");
    assert_eq!(csv.text.lines().count(), 2);

    let gone = m.points_delete_all(ProfileIdArgs { profile: mum }).unwrap();
    assert_eq!((gone.name.as_str(), gone.entries), ("母", 1));
    assert_eq!(gone.profiles.active, me, "the device shows the one left");
    assert_eq!(balance(&m, me), 7);
    assert_eq!(
        m.points_status(ProfileArgs { profile: Some(mum) })
            .unwrap_err()
            .code,
        ErrorCode::ProfileNotFound
    );
    // The last one goes too: a fresh, empty profile takes its place.
    let last = m.profile_remove(ProfileIdArgs { profile: me }).unwrap();
    assert_eq!(last.profiles.len(), 1);
    assert_ne!(last.active, me);
    assert_eq!(balance(&m, last.active), 0);
}

#[test]
fn every_points_error_has_a_sentence_in_every_locale() {
    let (_d, m) = open("ja");
    let ours = ["points.", "steps.", "checkin.", "profile."];
    let codes: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|c| ours.iter().any(|p| c.as_str().starts_with(p)))
        .collect();
    assert!(codes.len() >= 20);
    let args: Vec<(&str, String)> = [
        "date", "kind", "steps", "max", "column", "from", "until", "name", "value",
    ]
    .iter()
    .map(|k| (*k, "X".to_string()))
    .collect();
    for tag in i18n::LOCALES {
        for code in &codes {
            let id = code.message_id();
            let text = m.l10n.format(tag, &id, &args);
            assert_ne!(text, id, "{tag} lacks {id}");
            assert!(!text.contains('{'), "{tag} {id}: {text}");
        }
    }
}
