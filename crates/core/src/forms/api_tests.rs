//! The forms operations as a front end calls them: templates in the resident's language beside the official
//! Japanese names, problems said in their language, drafts across a restart, prefill only after consent, the codes
//! a counter reads back, the queue's freshness and trust, and the signage's order.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine as _;
use machi_bundle::forms::payload;
use machi_bundle::forms::{FieldErrorCode, FieldType, FieldValue, FormValues};
use machi_bundle::wait::{wait_trusted_comment, CounterWait, WaitStatus, WAIT_FORMAT};

use super::*;
use crate::health::profile::{self as profiles, PersonalDetails};
use crate::testkit::{FeedServer, SigningKey, CITY};
use crate::{ErrorCode, Feed, Machi, MachiOptions, SettingsPatch};

/// The sample data's evening: the 思川 level-4 evacuation order is in force.
const SAMPLE_NOW: &str = "2026-11-27T20:00:00+09:00";

fn open(dir: &Path, feed_url: Option<&str>, keys: Vec<String>) -> Machi {
    Machi::open_with(
        dir,
        MachiOptions {
            system_locale: Some("ja".into()),
            now: Some(chrono::DateTime::parse_from_rfc3339(SAMPLE_NOW).unwrap()),
            feed: Some(Feed {
                // The discard port: nothing listens, so "the network" is down unless a test serves a feed.
                url: feed_url.unwrap_or("http://127.0.0.1:9/").to_string(),
                public_keys: keys,
                city_code: CITY.into(),
            }),
            ..Default::default()
        },
    )
    .unwrap()
}

fn machi() -> (tempfile::TempDir, Machi) {
    let dir = tempfile::tempdir().unwrap();
    let m = open(dir.path(), None, vec![]);
    (dir, m)
}

fn set_locale(m: &Machi, locale: &str) {
    m.update_settings(SettingsPatch {
        locale: Some(locale.into()),
        ..Default::default()
    })
    .unwrap();
}

fn t(v: &str) -> FieldValue {
    FieldValue::Text(v.to_string())
}

fn member(
    name: &str,
    kana: &str,
    birth: &str,
    sex: &str,
    relation: &str,
) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("name".to_string(), name.to_string()),
        ("kana".to_string(), kana.to_string()),
        ("birth_date".to_string(), birth.to_string()),
        ("sex".to_string(), sex.to_string()),
        ("relation".to_string(), relation.to_string()),
    ])
}

/// A household of `people` moving in, typed as residents type (和暦, full-width digits, hiragana for katakana).
fn moving_in(people: usize) -> FormValues {
    let people_rows = [
        member(
            "小山 花子",
            "おやま はなこ",
            "昭和60年5月5日",
            "female",
            "head",
        ),
        member(
            "小山 太郎",
            "オヤマ タロウ",
            "1983-11-03",
            "male",
            "husband",
        ),
        member(
            "小山 一郎",
            "おやま いちろう",
            "平成27年1月20日",
            "male",
            "child",
        ),
        member(
            "小山 桜",
            "おやま さくら",
            "令和2年3月3日",
            "female",
            "child",
        ),
        member("小山 髙子", "オヤマ タカコ", "S20.8.15", "female", "mother"),
        member("小山 次郎", "オヤマ ジロウ", "2019/9/9", "male", "child"),
    ];
    FormValues::from([
        ("notify_date".to_string(), t("令和8年11月27日")),
        ("moved_on".to_string(), t("R8.11.20")),
        ("applicant_name".to_string(), t("小山 花子")),
        ("applicant_role".to_string(), t("head")),
        ("phone".to_string(), t("０２８５－２２－１１１１")),
        ("new_postal_code".to_string(), t("3230000")),
        ("new_address".to_string(), t("栃木県小山市城山町3丁目1-1")),
        ("new_head_name".to_string(), t("小山 花子")),
        ("old_address".to_string(), t("栃木県宇都宮市見本町1-2-3")),
        (
            "members".to_string(),
            FieldValue::Rows(people_rows.into_iter().cycle().take(people).collect()),
        ),
    ])
}

#[test]
fn a_form_reads_in_the_residents_language_with_the_official_japanese_names_beside() {
    let (_d, m) = machi();
    set_locale(&m, "ne");
    let list = m.forms_list().unwrap();
    let ids: Vec<&str> = list.iter().map(|f| f.id.as_str()).collect();
    for id in [
        "certificate-request",
        "checkup-reservation",
        "moving-in",
        "moving-out",
        "moving-within",
        "seal-registration",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let moving_in = list.iter().find(|f| f.id == "moving-in").unwrap();
    assert_eq!(moving_in.title.locale, "ne");
    assert_eq!(moving_in.title_ja_official, "住民異動届（転入届）");
    assert_eq!(moving_in.counter.as_ref().unwrap().name_ja, "市民課");

    let form = m
        .form_template(FormIdArgs {
            id: "moving-in".into(),
        })
        .unwrap();
    assert!(form.prefill_from_profile);
    let fields: Vec<&FieldView> = form.sections.iter().flat_map(|s| &s.fields).collect();
    let postal = fields.iter().find(|f| f.key == "new_postal_code").unwrap();
    assert_eq!(postal.kind, FieldType::PostalCode);
    assert_eq!(postal.label.locale, "ne");
    assert_eq!(postal.label.text, "हुलाक कोड");
    assert_eq!(postal.label_ja_official, "郵便番号");
    let members = fields.iter().find(|f| f.key == "members").unwrap();
    assert!(members.required);
    assert_eq!(members.max, Some(10));
    let kana = members.fields.iter().find(|f| f.key == "kana").unwrap();
    assert_eq!(kana.label_ja_official, "フリガナ");
    assert!(!kana.help.text.is_empty());
    let relation = members.fields.iter().find(|f| f.key == "relation").unwrap();
    let head = relation.choices.iter().find(|c| c.value == "head").unwrap();
    assert_eq!(
        (head.label.text.as_str(), head.label_ja.as_str()),
        ("घरमूली", "世帯主")
    );

    let missing = m.form_template(FormIdArgs {
        id: "no-such-form".into(),
    });
    assert_eq!(missing.unwrap_err().code, ErrorCode::NotFound);
}

#[test]
fn problems_are_said_in_the_residents_language_for_each_field_type() {
    let (_d, m) = machi();
    let check = |values: FormValues| {
        m.form_check(FormValuesArgs {
            id: "moving-in".into(),
            values,
        })
        .unwrap()
    };
    let mut values = moving_in(2);
    values.insert("new_postal_code".into(), t("32-30000"));
    values.insert("moved_on".into(), t("平成31年5月1日"));
    values.remove("new_address");
    if let Some(FieldValue::Rows(rows)) = values.get_mut("members") {
        rows[1].insert("kana".into(), "Taro".into());
    }
    for locale in ["ja", "ja-easy", "ne"] {
        set_locale(&m, locale);
        let result = check(values.clone());
        assert!(!result.ok);
        let got: Vec<(&str, FieldErrorCode)> = result
            .problems
            .iter()
            .map(|p| (p.field.as_str(), p.code))
            .collect();
        assert_eq!(
            got,
            [
                ("moved_on", FieldErrorCode::DateEraEnded),
                ("new_postal_code", FieldErrorCode::PostalCode),
                ("new_address", FieldErrorCode::Required),
                ("members[2].kana", FieldErrorCode::KanaOnly),
            ],
            "{locale}"
        );
        for p in &result.problems {
            assert!(
                !p.message.is_empty() && !p.message.starts_with("form-error"),
                "{}",
                p.message
            );
            assert!(!p.label_ja_official.is_empty(), "{}", p.field);
        }
        let era = &result.problems[0];
        assert!(era.message.contains("令和元年5月1日"), "{}", era.message);
        assert_eq!(result.problems[3].row, Some(2));
        assert_eq!(result.problems[3].label_ja_official, "フリガナ");
        match locale {
            "ne" => assert!(result.problems[1].message.contains("हुलाक")),
            "ja-easy" => assert!(result.problems[1].message.contains("ゆうびん ばんごう")),
            _ => assert!(result.problems[1].message.contains("郵便番号")),
        }
    }
    // Every value fine: the values as the counter reads them.
    let result = check(moving_in(2));
    assert!(result.ok, "{:?}", result.problems);
    assert_eq!(result.values["new_postal_code"], t("323-0000"));
    assert_eq!(result.values["phone"], t("0285-22-1111"));
    assert_eq!(result.values["moved_on"], t("2026-11-20"));
    let FieldValue::Rows(rows) = &result.values["members"] else {
        panic!("rows")
    };
    assert_eq!(rows[0]["kana"], "オヤマ ハナコ");
    assert_eq!(rows[0]["birth_date"], "1985-05-05");
}

#[test]
fn drafts_survive_a_restart_and_a_new_form_starts_with_todays_date() {
    let dir = tempfile::tempdir().unwrap();
    let m = open(dir.path(), None, vec![]);
    let fresh = m
        .form_draft_load(FormIdArgs {
            id: "moving-in".into(),
        })
        .unwrap();
    assert!(!fresh.saved);
    assert_eq!(fresh.values["notify_date"], t("2026-11-27"));
    let mut typed = moving_in(1);
    typed.insert("new_postal_code".into(), t("32"));
    typed.insert("not_a_field".into(), t("dropped"));
    m.form_draft_save(FormValuesArgs {
        id: "moving-in".into(),
        values: typed.clone(),
    })
    .unwrap();
    drop(m);

    let m = open(dir.path(), None, vec![]);
    let back = m
        .form_draft_load(FormIdArgs {
            id: "moving-in".into(),
        })
        .unwrap();
    assert!(back.saved);
    typed.remove("not_a_field");
    assert_eq!(back.values, typed, "kept as typed, problems and all");
    let list = m.forms_list().unwrap();
    // Saved at the app's now (the fixed sample time here), which the screen shows as "saved at 20:00".
    assert_eq!(
        list.iter()
            .find(|f| f.id == "moving-in")
            .unwrap()
            .draft_saved_at
            .as_deref(),
        Some("2026-11-27T11:00:00Z")
    );
    assert_eq!(m.form_drafts().unwrap().len(), 1);
    assert!(m
        .form_draft_delete(FormIdArgs {
            id: "moving-in".into()
        })
        .unwrap());
    assert!(
        !m.form_draft_load(FormIdArgs {
            id: "moving-in".into()
        })
        .unwrap()
        .saved
    );
}

#[test]
fn the_profile_fills_a_form_only_after_consent_and_never_over_what_was_typed() {
    let (_d, m) = machi();
    let args = |consent: Option<bool>, values: Option<FormValues>| FormPrefillArgs {
        id: "moving-in".into(),
        consent,
        profile: None,
        values,
        save: None,
    };
    let typed = FormValues::from([("phone".to_string(), t("090-1234-5678"))]);

    // No profile yet: asked for consent first, then told there is none.
    let first = m.form_prefill(args(None, Some(typed.clone()))).unwrap();
    assert_eq!(first.outcome, PrefillOutcome::NeedsConsent);
    assert!(!first.consent);
    assert_eq!(first.values.get("applicant_name"), None);
    let agreed = m
        .form_prefill(args(Some(true), Some(typed.clone())))
        .unwrap();
    assert_eq!(agreed.outcome, PrefillOutcome::NoProfile);

    // A profile that does not share its details with forms.
    let id = m
        .run(|conn| {
            let p = profiles::add(conn, "花子", "2026-11-27T10:00:00Z")?;
            let details = PersonalDetails {
                full_name: Some("小山 花子".into()),
                kana: Some("おやま はなこ".into()),
                birth_date: Some("1985-05-05".into()),
                postal_code: Some("323-0000".into()),
                address: Some("栃木県小山市城山町3丁目1-1".into()),
                phone: Some("0285-22-1111".into()),
            };
            profiles::set_details(conn, p.id, &details, false)?;
            Ok(p.id)
        })
        .unwrap();
    let not_shared = m.form_prefill(args(None, Some(typed.clone()))).unwrap();
    assert_eq!(not_shared.outcome, PrefillOutcome::ProfileNotShared);
    assert_eq!(not_shared.values.get("applicant_name"), None);

    // Shared: consent given before for this form, so it fills — but never the phone the resident typed.
    m.run(|conn| {
        let p = profiles::get(conn, id)?;
        profiles::set_details(conn, id, &p.details, true)?;
        Ok(())
    })
    .unwrap();
    let filled = m.form_prefill(args(None, Some(typed.clone()))).unwrap();
    assert_eq!(filled.outcome, PrefillOutcome::Filled, "{}", filled.message);
    assert_eq!(filled.values["applicant_name"], t("小山 花子"));
    assert_eq!(filled.values["phone"], t("090-1234-5678"));
    assert_eq!(filled.values["notify_date"], t("2026-11-27"));
    assert!(filled.filled.contains(&"applicant_name".to_string()));
    assert!(!filled.filled.contains(&"phone".to_string()));
    assert_eq!(filled.profile.as_deref(), Some("花子"));
    // Saved as the draft, with the consent.
    let draft = m
        .form_draft_load(FormIdArgs {
            id: "moving-in".into(),
        })
        .unwrap();
    assert_eq!(draft.values, filled.values);
    assert!(draft.prefill_consent_at.is_some());

    // Taking consent back: nothing more is read.
    let withdrawn = m
        .form_prefill(args(Some(false), Some(typed.clone())))
        .unwrap();
    assert_eq!(withdrawn.outcome, PrefillOutcome::NeedsConsent);
    assert_eq!(withdrawn.values.get("applicant_name"), None);

    // Another form that was never agreed to stays untouched.
    let other = m
        .form_prefill(FormPrefillArgs {
            id: "seal-registration".into(),
            consent: None,
            profile: Some("花子".into()),
            values: None,
            save: Some(false),
        })
        .unwrap();
    assert_eq!(other.outcome, PrefillOutcome::NeedsConsent);
    // `save: false` (the CLI) fills without writing anything.
    let once = m
        .form_prefill(FormPrefillArgs {
            id: "seal-registration".into(),
            consent: Some(true),
            profile: Some("花子".into()),
            values: Some(FormValues::new()),
            save: Some(false),
        })
        .unwrap();
    assert_eq!(once.outcome, PrefillOutcome::Filled);
    assert!(
        !m.form_draft_load(FormIdArgs {
            id: "seal-registration".into()
        })
        .unwrap()
        .saved
    );
}

#[test]
fn codes_carry_exactly_the_checked_values_and_an_invalid_form_is_refused_naming_each_field() {
    let (_d, m) = machi();
    let codes = m
        .form_codes(FormCodesArgs {
            id: "moving-in".into(),
            values: Some(moving_in(6)),
        })
        .unwrap();
    assert!(codes.parts.len() >= 3, "six people need several codes");
    assert_eq!(codes.title_ja_official, "住民異動届（転入届）");
    let mut read = Vec::new();
    for part in &codes.parts {
        assert_eq!(part.total as usize, codes.parts.len());
        assert_eq!(part.file_name, format!("moving-in-{}.png", part.index));
        let png = base64::engine::general_purpose::STANDARD
            .decode(&part.png_base64)
            .unwrap();
        let img = image::load_from_memory(&png).unwrap().to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let mut bytes = Vec::new();
        grids[0].decode_to(&mut bytes).unwrap();
        assert_eq!(payload::part_text(&bytes), part.text);
        assert!(part
            .text
            .starts_with(&format!("MF1S:{}/{}:", part.index, part.total)));
        read.push(bytes);
    }
    let forms = m.forms_content().unwrap();
    let data = payload::decode(&read)
        .unwrap()
        .to_form_data(forms.form("moving-in").unwrap())
        .unwrap();
    assert_eq!(data.fields, codes.values);

    let mut bad = moving_in(1);
    bad.insert("new_postal_code".into(), t("12345"));
    bad.remove("phone");
    let err = m
        .form_codes(FormCodesArgs {
            id: "moving-in".into(),
            values: Some(bad),
        })
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::FormInvalid);
    assert!(err.message.contains("(phone)"), "{}", err.message);
    assert!(err.message.contains("(new_postal_code)"), "{}", err.message);
    assert!(err.message.contains("郵便番号は7けた"), "{}", err.message);

    // Without values: the saved draft, and no draft is "not found".
    let none = m.form_codes(FormCodesArgs {
        id: "seal-registration".into(),
        values: None,
    });
    assert_eq!(none.unwrap_err().code, ErrorCode::NotFound);
}

// ---- The queue ----

fn status(updated_at: &str, waiting: u32) -> WaitStatus {
    WaitStatus {
        format: WAIT_FORMAT,
        city_code: CITY.into(),
        updated_at: updated_at.into(),
        counters: vec![
            CounterWait {
                id: "shimin".into(),
                waiting,
                minutes: waiting * 4,
            },
            CounterWait {
                id: "kenko".into(),
                waiting: 1,
                minutes: 5,
            },
        ],
    }
}

fn publish_wait(dir: &Path, key: &SigningKey, s: &WaitStatus) {
    let bytes = serde_json::to_vec(s).unwrap();
    let sig = key.sign(&bytes, &wait_trusted_comment(&s.city_code, &s.updated_at));
    std::fs::write(dir.join("wait.json"), &bytes).unwrap();
    std::fs::write(dir.join("wait.json.minisig"), &sig).unwrap();
}

#[tokio::test]
async fn the_queue_is_current_then_reused_then_stale_offline_or_refused_when_forged() {
    let feed = tempfile::tempdir().unwrap();
    let key = SigningKey::generate();
    publish_wait(feed.path(), &key, &status("2026-11-27T19:58:00+09:00", 5));
    let server = FeedServer::start(feed.path()).await;
    let data = tempfile::tempdir().unwrap();
    let m = open(data.path(), Some(&server.url()), vec![key.public_base64()]);

    let view = m.wait_status().await.unwrap();
    assert_eq!(view.state, WaitState::Current, "{}", view.message);
    assert_eq!(view.updated_time.as_deref(), Some("19:58"));
    assert_eq!(view.age_minutes, Some(2));
    assert_eq!(view.counters[0].name_ja, "市民課");
    assert_eq!(
        (view.counters[0].waiting, view.counters[0].minutes),
        (5, 20)
    );
    assert_eq!(
        view.message,
        m.text("wait-updated-at", &[("time", "19:58".into())])
    );
    assert_eq!(view.poll_seconds, 60);
    let requests: Vec<String> = server.take_requests().into_iter().map(|r| r.0).collect();
    assert_eq!(requests, ["wait.json", "wait.json.minisig"]);

    // Asked again at once: the last answer, no request.
    m.wait_status().await.unwrap();
    assert!(server.take_requests().is_empty());

    // A restart offline: the last trusted numbers, said to be offline.
    drop(m);
    let offline = open(data.path(), None, vec![key.public_base64()]);
    let view = offline.wait_status().await.unwrap();
    assert_eq!(view.state, WaitState::Offline);
    assert_eq!(view.counters[0].waiting, 5);
    assert_eq!(view.message, offline.text("wait-offline", &[]));
    assert!(
        view.problem.is_none(),
        "being offline is not a problem with the file"
    );

    // The same file half an hour later: stale (and the unchanged file costs one conditional request).
    let later = Machi::open_with(
        data.path(),
        MachiOptions {
            system_locale: Some("ja".into()),
            now: Some(chrono::DateTime::parse_from_rfc3339("2026-11-27T20:30:00+09:00").unwrap()),
            feed: Some(Feed {
                url: server.url(),
                public_keys: vec![key.public_base64()],
                city_code: CITY.into(),
            }),
            ..Default::default()
        },
    )
    .unwrap();
    let view = later.wait_status().await.unwrap();
    assert_eq!(view.state, WaitState::Stale);
    assert_eq!(view.age_minutes, Some(32));
    assert_eq!(
        view.message,
        later.text("wait-stale", &[("minutes", "32".into())])
    );
    assert_eq!(server.take_requests(), [("wait.json".to_string(), 0)]);

    // A file signed by another key: refused, and the numbers shown stay the city's.
    let forger = SigningKey::generate();
    publish_wait(
        feed.path(),
        &forger,
        &status("2026-11-27T20:29:00+09:00", 0),
    );
    let forged_dir = tempfile::tempdir().unwrap();
    let fresh = open(
        forged_dir.path(),
        Some(&server.url()),
        vec![key.public_base64()],
    );
    let view = fresh.wait_status().await.unwrap();
    assert_eq!(view.state, WaitState::Unknown);
    assert!(view.counters.is_empty());
    assert_eq!(
        view.problem.as_ref().unwrap().code,
        ErrorCode::WaitUntrustedKey
    );
    drop(later);
    let later = open(data.path(), Some(&server.url()), vec![key.public_base64()]);
    let view = later.wait_status().await.unwrap();
    assert_eq!(view.counters[0].waiting, 5, "the forged 0 never shows");
    assert_eq!(view.problem.unwrap().code, ErrorCode::WaitUntrustedKey);
}

// ---- The signage ----

#[tokio::test]
async fn the_signage_shows_alerts_first_and_rotates_its_second_language() {
    let feed = tempfile::tempdir().unwrap();
    let key = SigningKey::generate();
    publish_wait(feed.path(), &key, &status("2026-11-27T19:58:00+09:00", 3));
    let server = FeedServer::start(feed.path()).await;
    let data = tempfile::tempdir().unwrap();
    let m = open(data.path(), Some(&server.url()), vec![key.public_base64()]);

    let first = m
        .kiosk_slides(KioskArgs { rotation: Some(0) })
        .await
        .unwrap();
    let kinds: Vec<KioskSlideKind> = first.slides.iter().map(|s| s.kind).collect();
    assert_eq!(kinds.first(), Some(&KioskSlideKind::Alert), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&KioskSlideKind::Queue), "{kinds:?}");
    let alerts = kinds
        .iter()
        .take_while(|k| **k == KioskSlideKind::Alert)
        .count();
    assert!(
        kinds[alerts..].iter().all(|k| *k != KioskSlideKind::Alert),
        "alerts are all first: {kinds:?}"
    );
    assert!(kinds.contains(&KioskSlideKind::Notice));
    assert_eq!(first.slides[0].id, "alert:JP-092088-20261127-002");
    assert_eq!(
        first.slides[0].heading.ja,
        m.l10n.format("ja", "kiosk-alert", &[])
    );
    assert_eq!(first.second_locale, "ja-easy");
    assert_eq!(first.rotation_seconds, 10);
    let queue = first.slides.last().unwrap();
    assert_eq!(queue.lines.len(), 2);
    assert!(
        queue.lines[0].ja.contains("市民課"),
        "{}",
        queue.lines[0].ja
    );
    assert!(queue.lines[0].ja.contains('3'));

    let next = m
        .kiosk_slides(KioskArgs { rotation: Some(1) })
        .await
        .unwrap();
    assert_eq!(next.second_locale, "en");
    assert_eq!(next.slides[0].id, first.slides[0].id);
    assert_eq!(
        next.slides[0].lines[0].ja, first.slides[0].lines[0].ja,
        "Japanese stays"
    );
    let second = next.slides[0].lines[0].second.as_ref().unwrap();
    assert_eq!(second.locale, "en");
    assert_ne!(Some(second), first.slides[0].lines[0].second.as_ref());
    assert_eq!(
        next.slides[0].heading.second.as_ref().unwrap().text,
        m.l10n.format("en", "kiosk-alert", &[])
    );
    // Every city language comes round.
    let mut seen = std::collections::BTreeSet::new();
    for r in 0..11 {
        seen.insert(
            m.kiosk_slides(KioskArgs { rotation: Some(r) })
                .await
                .unwrap()
                .second_locale,
        );
    }
    assert_eq!(seen.len(), 11, "{seen:?}");
    assert!(!seen.contains("ja"));
}
