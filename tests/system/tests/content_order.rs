//! One order for all city content, through the real binaries: the built-in bundle never holds back, nor rolls
//! back, the city's feed; and a damaged local database costs the resident nothing of their own.

use std::path::Path;

use machi_system_tests::*;
use serde_json::Value;

/// A copy of data/oyama trusting a fresh key, published at `version` and served on loopback.
struct Feed {
    _tmp: tempfile::TempDir,
    root: std::path::PathBuf,
    city: CitySource,
    keys: Keys,
}

impl Feed {
    fn new() -> Feed {
        let tmp = tempfile::tempdir().expect("a temp dir");
        let root = tmp.path().to_path_buf();
        let (city, keys) = CitySource::with_fresh_key(&root, "keys");
        Feed {
            _tmp: tmp,
            root,
            city,
            keys,
        }
    }

    fn publish(&self, name: &str, version: u64) -> Published {
        publish(
            &self.city.dir,
            &self.root.join(name),
            &self.keys.secret,
            version,
            &[],
        )
    }
}

fn machi_call(data: &Path, name: &str, args: &str) -> Value {
    let out = run_ok(
        command("machi")
            .arg("--data-dir")
            .arg(data)
            .arg("call")
            .arg(name)
            .arg(args),
    );
    serde_json::from_slice(&out.stdout).expect("machi call prints JSON")
}

/// The issue's walk-through: a feed published *before* this app was built (a version older than the build
/// time) must still update a fresh install.
#[test]
fn a_fresh_install_accepts_a_feed_published_before_the_app_was_built() {
    let feed = Feed::new();
    let published = feed.publish("feed", 1_795_900_000);
    assert!(
        published.version < unix_now(),
        "published before this build"
    );
    let server = serve(&feed.root.join("feed"));
    let data = feed.root.join("data");
    let before = status(&data);
    assert_eq!(before["bundle"]["source"], "embedded");
    assert_eq!(
        before["bundle"]["version"], 0,
        "built-in content is unpublished: {before}"
    );
    let report = sync_ok(&data, &server.url, &feed.keys.public);
    assert_eq!(report["outcome"], "updated", "{report}");
    let after = status(&data);
    assert_eq!(after["bundle"]["source"], "feed");
    assert_eq!(after["bundle"]["version"], 1_795_900_000_u64);
    assert_eq!(after["bundle"]["feed_status"], "ok");
}

/// A resident holding a feed bundle whose app is replaced by a newer build keeps the feed content and goes on
/// syncing; a genuinely older bundle is still refused.
#[test]
fn an_app_update_keeps_the_feed_content_and_goes_on_syncing() {
    let feed = Feed::new();
    feed.publish("v1", 1_795_900_000);
    let data = feed.root.join("data");
    {
        let server = serve(&feed.root.join("v1"));
        sync_ok(&data, &server.url, &feed.keys.public);
    }
    // Every start of the app (this build, or a newer one with other built-in content) applies its built-in bundle
    // only when it ranks higher; restart twice and check nothing moved.
    let held = DbState::read(&data).unwrap();
    for _ in 0..2 {
        let info = status(&data);
        assert_eq!(info["bundle"]["source"], "feed", "{info}");
        assert_eq!(info["bundle"]["version"], 1_795_900_000_u64);
    }
    assert_eq!(
        DbState::read(&data).unwrap().manifest,
        held.manifest,
        "the held feed manifest is untouched by restarts"
    );
    // It goes on syncing: a newer publication is taken, an older one refused as a rollback.
    feed.publish("v2", 1_795_950_000);
    let server = serve(&feed.root.join("v2"));
    assert_eq!(
        sync_ok(&data, &server.url, &feed.keys.public)["outcome"],
        "updated"
    );
    feed.publish("old", 1_795_920_000);
    let old = serve(&feed.root.join("old"));
    let err = sync_err(&data, &old.url, &feed.keys.public);
    assert!(err.starts_with("sync.rollback: "), "{err}");
    assert_eq!(status_version(&data), 1_795_950_000);
}

/// An older build left its own unpublished built-in content: this build's built-in content replaces it, while
/// the resident's settings stay.
#[test]
fn a_newer_build_replaces_an_older_builds_built_in_content() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    machi_call(&data, "update_settings", r#"{"patch":{"locale":"pt-BR"}}"#);
    // What an older build leaves behind: the same rank (0, built in) but other content.
    let conn = rusqlite::Connection::open(data.join(DB_FILE)).unwrap();
    conn.execute(
        "UPDATE bundle_state SET manifest = CAST('{\"older\":\"build\"}' AS BLOB), generated_at = '2026-01-01T00:00:00Z'",
        [],
    )
    .unwrap();
    conn.execute("DELETE FROM area", []).unwrap();
    drop(conn);
    let info = status(&data);
    assert_ne!(
        info["bundle"]["generated_at"], "2026-01-01T00:00:00Z",
        "this build's built-in content replaced the older build's: {info}"
    );
    let areas = machi_call(&data, "list_areas", "{}");
    assert!(areas.as_array().is_some_and(|a| a.len() == 11), "{areas}");
    assert_eq!(machi_call(&data, "get_settings", "{}")["locale"], "pt-BR");
}

fn damaged_data_dir(damage: impl FnOnce(&Path)) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    machi_call(
        &data,
        "update_settings",
        r#"{"patch":{"locale":"vi","font_scale":"xlarge","home_area":"mamada"}}"#,
    );
    // Make sure everything is in the main files, not only in a WAL, then damage the cache.
    for file in [DB_FILE, RESIDENT_DB_FILE] {
        let conn = rusqlite::Connection::open(data.join(file)).unwrap();
        conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .unwrap();
    }
    damage(&data.join(DB_FILE));
    (tmp, data)
}

fn assert_recovered(data: &Path, damage: &str) {
    // `machi` starts, says what happened in the resident's language (Vietnamese here) and serves the built-in
    // content again; the resident's settings are intact.
    let info = machi_call(data, "app_info", "{}");
    let recovered = info["recovered"].as_array().expect("app_info.recovered");
    assert_eq!(recovered.len(), 1, "{info}");
    assert_eq!(recovered[0]["file"], "content");
    assert_eq!(recovered[0]["damage"], damage);
    let kept = recovered[0]["kept_as"].as_str().unwrap();
    assert!(
        data.join(kept).is_file(),
        "the damaged file is kept: {kept}"
    );
    let message = recovered[0]["message"].as_str().unwrap();
    assert!(message.contains(kept), "{message}");
    assert!(
        !message
            .chars()
            .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
        "told in Vietnamese, not Japanese: {message}"
    );
    assert_eq!(info["bundle"]["source"], "embedded");
    let settings = machi_call(data, "get_settings", "{}");
    assert_eq!(settings["locale"], "vi");
    assert_eq!(settings["font_scale"], "xlarge");
    assert_eq!(settings["home_area"], "mamada");
    let areas = machi_call(data, "list_areas", "{}");
    assert_eq!(areas.as_array().map(Vec::len), Some(11));
}

#[test]
fn a_truncated_cache_is_set_aside_and_rebuilt() {
    let (_tmp, data) = damaged_data_dir(|db| {
        let len = std::fs::metadata(db).unwrap().len();
        let f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
        f.set_len(len / 3).unwrap();
    });
    assert_recovered(&data, "damaged");
}

#[test]
fn a_cache_overwritten_with_garbage_is_set_aside_and_rebuilt() {
    let (_tmp, data) = damaged_data_dir(|db| {
        let len = std::fs::metadata(db).unwrap().len() as usize;
        let garbage: Vec<u8> = (0..len).map(|i| (i * 7919 % 251) as u8).collect();
        std::fs::write(db, garbage).unwrap();
    });
    assert_recovered(&data, "damaged");
}

#[test]
fn a_cache_from_a_future_schema_is_set_aside_and_rebuilt() {
    let (_tmp, data) = damaged_data_dir(|db| {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.pragma_update(None, "user_version", 9999).unwrap();
    });
    assert_recovered(&data, "future_schema");
}
