//! Drafts across a reopen, prefill consent, draft → codes, and the wait file's trust and age.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use machi_bundle::content::FORMS_DATASET;
use machi_bundle::forms::payload;
use machi_bundle::forms::{FieldErrorCode, FieldValue, FormValues, FormsContent};
use machi_bundle::wait::{wait_trusted_comment, CounterWait, WaitStatus, WAIT_FORMAT};

use super::codes::values_codes;
use super::wait::{age_minutes, is_stale, PollOutcome, STALE_AFTER_MINUTES};
use super::*;
use crate::content::embedded;
use crate::store;
use crate::testkit::{SigningKey, CITY};

/// The templates built into the app (Oyama's).
fn embedded_forms() -> FormsContent {
    let bundle = embedded::bundle().unwrap();
    let entry = bundle
        .manifest
        .file(FORMS_DATASET)
        .expect("the city ships forms");
    serde_json::from_slice(&bundle.files[&entry.name]).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 10).unwrap()
}

fn t(v: &str) -> FieldValue {
    FieldValue::Text(v.to_string())
}

fn seal_values() -> FormValues {
    FormValues::from([
        ("request_date".to_string(), t("2026-04-10")),
        ("name".to_string(), t("小山 花子")),
        ("kana".to_string(), t("おやま はなこ")),
        ("birth_date".to_string(), t("平成2年2月2日")),
        ("address".to_string(), t("栃木県小山市中央町1-1-1")),
        ("phone".to_string(), t("0285-22-1111")),
        ("applicant".to_string(), t("self")),
        ("identity".to_string(), t("photo-id")),
    ])
}

#[test]
fn drafts_survive_closing_and_reopening_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(dir.path()).unwrap().conn;
    let mut fields = seal_values();
    fields.insert(
        "members".into(),
        FieldValue::Rows(vec![BTreeMap::from([(
            "name".to_string(),
            "小山 一郎".to_string(),
        )])]),
    );
    save_draft(
        &conn,
        "seal-registration",
        1,
        &fields,
        "2026-04-10T09:00:00Z",
    )
    .unwrap();
    save_draft(
        &conn,
        "moving-in",
        1,
        &FormValues::new(),
        "2026-04-10T09:05:00Z",
    )
    .unwrap();
    drop(conn);

    let conn = store::open(dir.path()).unwrap().conn;
    let draft = load_draft(&conn, "seal-registration").unwrap().unwrap();
    assert_eq!(draft.fields, fields);
    assert_eq!(draft.form_version, 1);
    assert_eq!(draft.prefill_consent_at, None);
    let ids: Vec<String> = list_drafts(&conn)
        .unwrap()
        .into_iter()
        .map(|d| d.form_id)
        .collect();
    assert_eq!(ids, ["moving-in", "seal-registration"]);
    assert!(delete_draft(&conn, "moving-in").unwrap());
    assert!(!delete_draft(&conn, "moving-in").unwrap());
    assert_eq!(load_draft(&conn, "moving-in").unwrap(), None);
    // The drafts live in the resident's file, which a rebuilt cache never touches.
    let in_resident: i64 = conn
        .query_row("SELECT count(*) FROM resident.form_draft", [], |r| r.get(0))
        .unwrap();
    assert_eq!(in_resident, 1);
}

#[test]
fn the_profile_fills_a_form_only_after_consent_and_never_over_typed_values() {
    let forms = embedded_forms();
    let template = forms.form("seal-registration").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(dir.path()).unwrap().conn;
    let typed = FormValues::from([("phone".to_string(), t("090-0000-0000"))]);
    let draft = save_draft(
        &conn,
        &template.id,
        template.version,
        &typed,
        "2026-04-10T09:00:00Z",
    )
    .unwrap();
    let profile = PrefillProfile {
        name: Some("小山 花子".into()),
        name_kana: Some("オヤマ ハナコ".into()),
        birth_date: Some("1990-02-02".into()),
        phone: Some("0285-22-1111".into()),
        ..PrefillProfile::default()
    };
    let refused = prefill(template, &draft, &profile, today()).unwrap_err();
    assert_eq!(refused.code(), "forms.prefill_no_consent");
    // 届出日 needs no profile, so no consent.
    let dated = fill_today(template, &typed, today());
    assert_eq!(dated["request_date"], t("2026-04-10"));
    assert!(!dated.contains_key("name"));

    let draft = give_prefill_consent(
        &conn,
        &template.id,
        template.version,
        "2026-04-10T09:01:00Z",
    )
    .unwrap();
    assert_eq!(draft.fields, typed, "consent keeps what was typed");
    let filled = prefill(template, &draft, &profile, today()).unwrap();
    assert_eq!(filled["name"], t("小山 花子"));
    assert_eq!(filled["kana"], t("オヤマ ハナコ"));
    assert_eq!(filled["birth_date"], t("1990-02-02"));
    assert_eq!(filled["request_date"], t("2026-04-10"));
    assert_eq!(filled["phone"], t("090-0000-0000"), "typed values win");
    assert!(
        !filled.contains_key("address"),
        "the profile has no address"
    );

    // Saving keeps the consent; withdrawing it refuses the next prefill.
    let draft = save_draft(
        &conn,
        &template.id,
        template.version,
        &filled,
        "2026-04-10T09:02:00Z",
    )
    .unwrap();
    assert!(draft.prefill_consent_at.is_some());
    withdraw_prefill_consent(&conn, &template.id, "2026-04-10T09:03:00Z").unwrap();
    let draft = load_draft(&conn, &template.id).unwrap().unwrap();
    assert!(prefill(template, &draft, &profile, today()).is_err());
    assert_eq!(
        draft.fields, filled,
        "what was filled stays as the resident's own input"
    );
}

#[test]
fn a_draft_becomes_codes_the_counter_reads_back_and_an_invalid_one_says_why() {
    let forms = embedded_forms();
    let template = forms.form("seal-registration").unwrap();
    let draft = Draft {
        form_id: template.id.clone(),
        form_version: template.version,
        fields: seal_values(),
        prefill_consent_at: None,
        updated_at: "2026-04-10T09:00:00Z".into(),
    };
    let codes = draft_codes(template, &draft, today(), 4).unwrap();
    assert_eq!(codes.parts.len(), codes.pngs.len());
    assert_eq!(codes.values["kana"], t("オヤマ ハナコ"));
    assert_eq!(codes.values["birth_date"], t("1990-02-02"));
    let read: Vec<Vec<u8>> = codes
        .pngs
        .iter()
        .map(|png| {
            let img = image::load_from_memory(png).unwrap().to_luma8();
            let mut prepared = rqrr::PreparedImage::prepare(img);
            let grids = prepared.detect_grids();
            assert_eq!(grids.len(), 1);
            let mut bytes = Vec::new();
            grids[0].decode_to(&mut bytes).unwrap();
            bytes
        })
        .collect();
    assert_eq!(read, codes.parts);
    let data = payload::decode(&codes.parts)
        .unwrap()
        .to_form_data(template)
        .unwrap();
    assert_eq!(data.fields, codes.values);

    let mut bad = draft.clone();
    bad.fields.insert("birth_date".into(), t("平成31年5月1日"));
    bad.fields.remove("name");
    match draft_codes(template, &bad, today(), 4) {
        Err(FormCodesError::Invalid(errors)) => {
            let got: Vec<(FieldErrorCode, &str)> =
                errors.iter().map(|e| (e.code, e.field.as_str())).collect();
            assert_eq!(
                got,
                [
                    (FieldErrorCode::Required, "name"),
                    (FieldErrorCode::DateEraEnded, "birth_date")
                ]
            );
            assert_eq!(errors[1].args["suggestion"], "令和元年5月1日");
        }
        other => panic!("{other:?}"),
    }
    let other = Draft {
        form_id: "moving-in".into(),
        ..draft
    };
    assert_eq!(
        draft_codes(template, &other, today(), 4)
            .unwrap_err()
            .code(),
        "forms.wrong_form"
    );
    assert!(values_codes(template, &seal_values(), today(), 4).is_ok());
}

fn jst(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn status(updated_at: &str, waiting: u32) -> WaitStatus {
    WaitStatus {
        format: WAIT_FORMAT,
        city_code: CITY.into(),
        updated_at: updated_at.into(),
        counters: vec![
            CounterWait {
                id: "shimin".into(),
                waiting,
                minutes: waiting * 3,
            },
            CounterWait {
                id: "kenko".into(),
                waiting: 0,
                minutes: 0,
            },
        ],
    }
}

fn signed(key: &SigningKey, s: &WaitStatus) -> (Vec<u8>, Vec<u8>) {
    let bytes = serde_json::to_vec(s).unwrap();
    let sig = key.sign(&bytes, &wait_trusted_comment(&s.city_code, &s.updated_at));
    (bytes, sig)
}

#[test]
fn a_forged_or_altered_wait_file_is_refused() {
    let city_key = SigningKey::generate();
    let trusted = vec![city_key.public_base64()];
    let s = status("2026-04-10T09:15:00+09:00", 5);
    let (bytes, sig) = signed(&city_key, &s);
    assert_eq!(verify_wait(&bytes, &sig, &trusted, CITY), Ok(s.clone()));

    let altered = String::from_utf8(bytes.clone())
        .unwrap()
        .replace("\"waiting\":5", "\"waiting\":0");
    assert_ne!(altered.as_bytes(), bytes.as_slice());
    assert_eq!(
        verify_wait(altered.as_bytes(), &sig, &trusted, CITY),
        Err(WaitError::BadSignature)
    );

    let forger = SigningKey::generate();
    let (forged, forged_sig) = signed(&forger, &status("2026-04-10T09:16:00+09:00", 0));
    assert_eq!(
        verify_wait(&forged, &forged_sig, &trusted, CITY),
        Err(WaitError::UntrustedKey)
    );
    assert_eq!(
        verify_wait(&bytes, b"not a signature", &trusted, CITY),
        Err(WaitError::BadSignature)
    );

    // Signed, but the trusted comment names another time: an old signature cannot vouch for new numbers.
    let later = status("2026-04-10T09:30:00+09:00", 1);
    let later_bytes = serde_json::to_vec(&later).unwrap();
    let old_comment = city_key.sign(&later_bytes, &wait_trusted_comment(CITY, &s.updated_at));
    assert!(matches!(
        verify_wait(&later_bytes, &old_comment, &trusted, CITY),
        Err(WaitError::Invalid(_))
    ));

    let mut elsewhere = s.clone();
    elsewhere.city_code = "131016".into();
    let (b, sig) = signed(&city_key, &elsewhere);
    assert!(matches!(
        verify_wait(&b, &sig, &trusted, CITY),
        Err(WaitError::WrongCity { .. })
    ));
}

#[test]
fn old_numbers_are_stale_and_a_failed_poll_is_offline() {
    let s = status("2026-04-10T09:15:00+09:00", 5);
    assert_eq!(age_minutes(&s, jst("2026-04-10T09:17:30+09:00")), Some(2));
    assert_eq!(
        age_minutes(&s, jst("2026-04-10T00:17:30Z")),
        Some(2),
        "any offset"
    );
    assert!(!is_stale(
        &s,
        jst("2026-04-10T09:20:00+09:00"),
        STALE_AFTER_MINUTES
    ));
    assert!(is_stale(
        &s,
        jst("2026-04-10T09:21:00+09:00"),
        STALE_AFTER_MINUTES
    ));

    let mut board = WaitBoard::new();
    assert_eq!(
        board.view(jst("2026-04-10T09:16:00+09:00")).state,
        WaitState::Unknown
    );
    board.failed();
    assert_eq!(
        board.view(jst("2026-04-10T09:16:00+09:00")).state,
        WaitState::Offline
    );
    board.accept(s.clone(), Some("\"a\"".into())).unwrap();
    let view = board.view(jst("2026-04-10T09:16:00+09:00"));
    assert_eq!(view.state, WaitState::Current);
    assert_eq!(
        view.updated_at.as_deref(),
        Some("2026-04-10T09:15:00+09:00")
    );
    assert_eq!(view.age_minutes, Some(1));
    assert_eq!(
        board.view(jst("2026-04-10T09:45:00+09:00")).state,
        WaitState::Stale
    );
    board.failed();
    let view = board.view(jst("2026-04-10T09:16:00+09:00"));
    assert_eq!(view.state, WaitState::Offline);
    assert_eq!(
        view.status.as_ref().unwrap().counters[0].waiting,
        5,
        "the last numbers stay visible"
    );
    // A replayed older file does not replace newer numbers.
    let older = status("2026-04-10T09:00:00+09:00", 40);
    assert!(matches!(
        board.accept(older, None),
        Err(WaitError::Older { .. })
    ));
    assert_eq!(board.status().unwrap().counters[0].waiting, 5);
}

#[tokio::test]
async fn polling_uses_a_conditional_get_and_goes_offline_when_the_server_does() {
    use axum::http::{header, HeaderMap, StatusCode};
    use axum::routing::get;
    use std::sync::{Arc, Mutex};

    let key = SigningKey::generate();
    let (bytes, sig) = signed(&key, &status("2026-04-10T09:15:00+09:00", 3));
    let hits = Arc::new(Mutex::new(Vec::<String>::new()));
    let (h1, h2) = (hits.clone(), hits.clone());
    let app = axum::Router::new()
        .route(
            "/wait.json",
            get(move |headers: HeaderMap| {
                let hits = h1.clone();
                let bytes = bytes.clone();
                async move {
                    let conditional = headers
                        .get(header::IF_NONE_MATCH)
                        .is_some_and(|v| v == "\"w1\"");
                    hits.lock().unwrap().push(format!(
                        "wait.json{}",
                        if conditional { " (conditional)" } else { "" }
                    ));
                    if conditional {
                        return (
                            StatusCode::NOT_MODIFIED,
                            [(header::ETAG, "\"w1\"")],
                            Vec::new(),
                        );
                    }
                    (StatusCode::OK, [(header::ETAG, "\"w1\"")], bytes)
                }
            }),
        )
        .route(
            "/wait.json.minisig",
            get(move || {
                let hits = h2.clone();
                let sig = sig.clone();
                async move {
                    hits.lock().unwrap().push("wait.json.minisig".into());
                    sig
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let url = format!("http://{addr}/");
    let client = reqwest::Client::new();
    let trusted = vec![key.public_base64()];
    let mut board = WaitBoard::new();

    assert_eq!(
        board.poll(&client, &url, &trusted, CITY).await,
        Ok(PollOutcome::Updated)
    );
    assert_eq!(
        board.poll(&client, &url, &trusted, CITY).await,
        Ok(PollOutcome::NotModified)
    );
    assert_eq!(
        *hits.lock().unwrap(),
        ["wait.json", "wait.json.minisig", "wait.json (conditional)"],
        "an unchanged file costs one small request"
    );
    let now = jst("2026-04-10T09:16:00+09:00");
    assert_eq!(board.view(now).state, WaitState::Current);

    server.abort();
    let _ = server.await;
    let err = board.poll(&client, &url, &trusted, CITY).await.unwrap_err();
    assert_eq!(err.code(), "wait.offline");
    let view = board.view(now);
    assert_eq!(view.state, WaitState::Offline);
    assert_eq!(view.status.unwrap().counters[0].waiting, 3);

    // A file signed by someone else is refused and the board keeps nothing from it.
    let mut fresh = WaitBoard::new();
    let err = fresh
        .poll(&client, "http://127.0.0.1:9/", &trusted, CITY)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "wait.offline");
    assert_eq!(fresh.view(now).state, WaitState::Offline);
}
