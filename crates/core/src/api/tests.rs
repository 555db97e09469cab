use serde_json::json;

use super::*;
use crate::{ErrorCode, MachiOptions};

fn machi() -> (tempfile::TempDir, Machi) {
    let dir = tempfile::tempdir().unwrap();
    let machi = Machi::open_with(
        dir.path(),
        MachiOptions {
            system_locale: Some("ja".into()),
            ..Default::default()
        },
    )
    .unwrap();
    (dir, machi)
}

fn call_now(machi: &Machi, name: &str, args: Value) -> Result<Value, ApiError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(call(machi, name, args))
}

#[test]
fn by_name_gives_exactly_what_the_typed_method_gives() {
    let (_d, m) = machi();
    assert_eq!(
        call_now(&m, "get_settings", Value::Null).unwrap(),
        serde_json::to_value(m.settings().unwrap()).unwrap()
    );
    assert_eq!(
        call_now(&m, "list_areas", json!({})).unwrap(),
        serde_json::to_value(m.areas().unwrap()).unwrap()
    );
    assert_eq!(
        call_now(&m, "list_locales", json!({})).unwrap(),
        serde_json::to_value(m.locales()).unwrap()
    );
}

#[test]
fn arguments_are_typed_and_checked() {
    let (_d, m) = machi();
    let changed = call_now(&m, "update_settings", json!({"patch": {"locale": "en"}})).unwrap();
    assert_eq!(changed["locale"], "en");
    let err = call_now(&m, "update_settings", json!({"patch": {"colour": "red"}})).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(err.message.contains("update_settings"), "{}", err.message);
    let err = call_now(&m, "get_settings", json!({"unexpected": 1})).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    // Nothing changed by the refused calls.
    assert_eq!(m.settings().unwrap().locale, "en");
}

#[test]
fn an_unknown_operation_is_not_found_in_the_residents_language() {
    let (_d, m) = machi();
    let err = call_now(&m, "drop_tables", json!({})).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(err.message.contains("drop_tables"), "{}", err.message);
    assert!(!is_operation("drop_tables"));
    assert!(is_operation("app_info"));
}

#[test]
fn operation_names_are_unique_snake_case() {
    let mut seen = std::collections::BTreeSet::new();
    for op in OPERATIONS {
        assert!(seen.insert(op.name), "{} declared twice", op.name);
        assert!(
            op.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "{}",
            op.name
        );
    }
}
