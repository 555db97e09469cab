//! Sync against a real HTTP server on loopback, with every fault the issue names. After each fault the
//! previous bundle must still be held and readable.

use std::time::Duration;

use super::*;
use crate::testkit::{self, Fault, FeedServer, SigningKey};
use crate::{Machi, MachiOptions};

struct Rig {
    _data: tempfile::TempDir,
    feed_dir: tempfile::TempDir,
    server: FeedServer,
    key: SigningKey,
    machi: Machi,
}

async fn rig() -> Rig {
    let data = tempfile::tempdir().unwrap();
    let feed_dir = tempfile::tempdir().unwrap();
    let server = FeedServer::start(feed_dir.path()).await;
    let key = SigningKey::generate();
    let limits = SyncLimits {
        stall_timeout: Duration::from_millis(700),
        request_timeout: Duration::from_secs(10),
        manifest_max_bytes: 64 * 1024,
        ..SyncLimits::default()
    };
    let machi = Machi::open_with(
        data.path(),
        MachiOptions {
            feed: Some(Feed {
                url: server.url(),
                public_keys: vec![key.public_base64()],
                city_code: testkit::CITY.into(),
            }),
            limits: Some(limits),
            system_locale: Some("ja".into()),
            ..Default::default()
        },
    )
    .unwrap();
    Rig {
        _data: data,
        feed_dir,
        server,
        key,
        machi,
    }
}

impl Rig {
    fn publish(&self, version: u64, notices: usize, marker: &str) -> testkit::TestBundle {
        let b = testkit::bundle(testkit::CITY, version, notices, marker);
        testkit::write(self.feed_dir.path(), &b, &self.key);
        b
    }
    fn held_version(&self) -> u64 {
        self.machi.sync_status().unwrap().bundle.version
    }
    fn first_area(&self) -> String {
        self.machi.areas().unwrap()[0].name.text.clone()
    }
    fn notices(&self) -> i64 {
        let conn = self.machi.conn().unwrap();
        conn.query_row("SELECT count(*) FROM message", [], |r| r.get(0))
            .unwrap()
    }
    /// The feed's newest bundle is newer than anything embedded.
    fn version(&self, step: u64) -> u64 {
        crate::content::embedded::version().unwrap() + step
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn round_trip_then_a_no_change_sync_costs_one_small_request() {
    let rig = rig().await;
    let v1 = rig.version(1);
    rig.publish(v1, 40, "A");
    let report = rig.machi.sync_now().await.unwrap();
    assert_eq!(report.outcome, SyncOutcome::Updated);
    assert_eq!(
        (report.bundle_version, report.files_fetched),
        (v1, 4),
        "city, places and two message chunks"
    );
    assert_eq!(rig.held_version(), v1);
    assert_eq!(rig.first_area(), "間々田A");
    assert_eq!(rig.notices(), 40);
    rig.server.take_requests();

    let again = rig.machi.sync_now().await.unwrap();
    assert_eq!(again.outcome, SyncOutcome::UpToDate);
    assert_eq!(again.requests, 1);
    let requests = rig.server.take_requests();
    assert_eq!(
        requests,
        vec![("manifest.json".to_string(), 0)],
        "a 304 with no body"
    );
    let status = rig.machi.sync_status().unwrap();
    assert!(status.bundle.last_success_at.is_some() && status.bundle.last_error.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_changed_files_are_fetched() {
    let rig = rig().await;
    rig.publish(rig.version(1), 10, "A");
    rig.machi.sync_now().await.unwrap();
    rig.server.take_requests();
    rig.publish(rig.version(2), 11, "A");
    let report = rig.machi.sync_now().await.unwrap();
    assert_eq!(
        report.files_fetched, 1,
        "only the month's message chunk changed"
    );
    let paths: Vec<String> = rig
        .server
        .take_requests()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert_eq!(rig.notices(), 11);
}

/// Applies `break_it` to a freshly published newer bundle and expects `code`, with bundle A still held.
async fn expect_fault(code: &str, break_it: impl FnOnce(&Rig, &testkit::TestBundle)) {
    let rig = rig().await;
    let v1 = rig.version(1);
    rig.publish(v1, 20, "A");
    rig.machi.sync_now().await.unwrap();
    let b = rig.publish(rig.version(2), 30, "B");
    break_it(&rig, &b);
    let err = rig.machi.sync_now().await.unwrap_err();
    assert_eq!(err.code, code, "{err:?}");
    assert!(
        !err.message.is_empty() && !err.message.starts_with("error-"),
        "a sentence: {err:?}"
    );
    assert_eq!(rig.held_version(), v1, "{code}: the old bundle stays");
    assert_eq!(rig.first_area(), "間々田A");
    assert_eq!(rig.notices(), 20);
    let status = rig.machi.sync_status().unwrap();
    assert_eq!(
        status.bundle.last_error.map(|e| e.code.as_str()),
        Some(code)
    );
    assert!(!status.running);
    let conn = rig.machi.conn().unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

/// The path of the bundle's first message chunk (the file most tests break).
fn notices_path(b: &testkit::TestBundle) -> String {
    first_chunk(b).path.clone()
}

fn first_chunk(b: &testkit::TestBundle) -> &machi_bundle::FileEntry {
    b.manifest
        .files
        .iter()
        .find(|f| f.name.starts_with(machi_bundle::content::MESSAGES_PREFIX))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_body() {
    expect_fault("sync.network", |rig, b| {
        rig.server.fault(&notices_path(b), Fault::Truncate(100))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_flipped_byte_in_a_content_file() {
    expect_fault("sync.hash_mismatch", |rig, b| {
        let mut bytes = b.files[&first_chunk(b).name].clone();
        bytes[10] ^= 0x20;
        rig.server.fault(&notices_path(b), Fault::Body(bytes));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_signature() {
    expect_fault("sync.bad_signature", |rig, b| {
        // A valid signature file whose signed bytes are not this manifest.
        let other = rig.key.sign(
            b"something else",
            &machi_bundle::manifest::trusted_comment(testkit::CITY, b.manifest.bundle_version),
        );
        rig.server.fault(SIGNATURE_NAME, Fault::Body(other));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_signature() {
    expect_fault("sync.bad_signature", |rig, _| {
        rig.server
            .fault(SIGNATURE_NAME, Fault::Body(b"not a signature".to_vec()))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signature_by_another_key() {
    expect_fault("sync.untrusted_key", |rig, b| {
        let stranger = SigningKey::generate();
        testkit::write(rig.feed_dir.path(), b, &stranger);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_citys_bundle() {
    expect_fault("sync.wrong_city", |rig, b| {
        let other = testkit::bundle("131016", b.manifest.bundle_version, 3, "X");
        testkit::write(rig.feed_dir.path(), &other, &rig.key);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_older_version_is_refused() {
    expect_fault("sync.rollback", |rig, _| {
        let older = testkit::bundle(testkit::CITY, rig.version(0), 3, "OLD");
        testkit::write(rig.feed_dir.path(), &older, &rig.key);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_equal_version_is_already_up_to_date() {
    let rig = rig().await;
    let v1 = rig.version(1);
    rig.publish(v1, 20, "A");
    rig.machi.sync_now().await.unwrap();
    // Same version, different content: not applied, and not an error.
    rig.publish(v1, 5, "SAME");
    let report = rig.machi.sync_now().await.unwrap();
    assert_eq!(report.outcome, SyncOutcome::UpToDate);
    assert_eq!(rig.first_area(), "間々田A");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_version_signed_for_another_number_is_refused() {
    expect_fault("sync.invalid_manifest", |rig, b| {
        let lie = rig.key.sign(
            &b.manifest_bytes,
            &machi_bundle::manifest::trusted_comment(testkit::CITY, 1),
        );
        rig.server.fault(SIGNATURE_NAME, Fault::Body(lie));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manifest_bigger_than_the_cap() {
    expect_fault("sync.too_large", |rig, _| {
        rig.server
            .fault(MANIFEST_NAME, Fault::Body(vec![b' '; 200 * 1024]))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_stalls_mid_body() {
    expect_fault("sync.timeout", |rig, b| {
        rig.server
            .fault(&notices_path(b), Fault::Stall(50, Duration::from_secs(5)))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_404_and_500() {
    expect_fault("sync.http_status", |rig, b| {
        rig.server.fault(&notices_path(b), Fault::Status(404))
    })
    .await;
    expect_fault("sync.http_status", |rig, _| {
        rig.server.fault(MANIFEST_NAME, Fault::Status(500))
    })
    .await;
}

/// Signs arbitrary manifest bytes properly, so only their content is at fault.
fn signed_manifest(rig: &Rig, bytes: Vec<u8>, version: u64) {
    let sig = rig.key.sign(
        &bytes,
        &machi_bundle::manifest::trusted_comment(testkit::CITY, version),
    );
    rig.server.fault(MANIFEST_NAME, Fault::Body(bytes));
    rig.server.fault(SIGNATURE_NAME, Fault::Body(sig));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_json() {
    expect_fault("sync.invalid_manifest", |rig, b| {
        signed_manifest(
            rig,
            b"{\"format\": 1, \"city_code\": ".to_vec(),
            b.manifest.bundle_version,
        )
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8() {
    expect_fault("sync.invalid_manifest", |rig, b| {
        let mut bytes = b.manifest_bytes.clone();
        let at = bytes.windows(6).position(|w| w == b"092088").unwrap();
        bytes[at] = 0xff;
        signed_manifest(rig, bytes, b.manifest.bundle_version)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_path_that_escapes_the_feed_folder() {
    expect_fault("sync.invalid_manifest", |rig, b| {
        let mut m = b.manifest.clone();
        m.files[0].path = "../../etc/passwd".into();
        signed_manifest(rig, serde_json::to_vec(&m).unwrap(), m.bundle_version)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_in_the_residents_language() {
    let rig = rig().await;
    rig.machi
        .update_settings(crate::SettingsPatch {
            locale: Some("ja".into()),
            ..Default::default()
        })
        .unwrap();
    rig.server.fault(MANIFEST_NAME, Fault::Status(500));
    let ja = rig.machi.sync_now().await.unwrap_err();
    rig.machi
        .update_settings(crate::SettingsPatch {
            locale: Some("pt-BR".into()),
            ..Default::default()
        })
        .unwrap();
    let pt = rig.machi.sync_status().unwrap().bundle.last_error.unwrap();
    assert_eq!(ja.code, pt.code);
    assert_ne!(
        ja.message, pt.message,
        "the stored error is re-localized when the language changes"
    );
    assert!(ja.message.contains("500") && pt.message.contains("500"));
}

#[test]
fn unsafe_paths_are_refused() {
    let base = feed_base("http://127.0.0.1:1/feed").unwrap();
    assert_eq!(
        join(&base, "c/abc.json").unwrap().as_str(),
        "http://127.0.0.1:1/feed/c/abc.json"
    );
    for bad in [
        "../x",
        "/etc/passwd",
        "c//x",
        "http://evil/x",
        "c/./x",
        "",
        "c/%2e%2e/x",
    ] {
        assert!(join(&base, bad).is_err(), "{bad}");
    }
    assert!(feed_base("ftp://x/").is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_is_reported_during_a_download() {
    let rig = std::sync::Arc::new(rig().await);
    let b = rig.publish(rig.version(1), 2000, "A");
    let notices = first_chunk(&b).clone();
    // Half the notices file, then a pause shorter than the stall timeout: the sync is mid-body for a while.
    let half = (notices.size / 2) as usize;
    rig.server.fault(
        &notices.path,
        Fault::Stall(half, Duration::from_millis(500)),
    );
    let syncing = tokio::spawn({
        let rig = rig.clone();
        async move { rig.machi.sync_now().await }
    });
    let wanted: u64 = b.manifest.files.iter().map(|f| f.size).sum();
    let mut seen = None;
    for _ in 0..200 {
        let s = rig.machi.sync_status().unwrap();
        if s.running && s.done_bytes > 0 {
            seen = Some((s.done_bytes, s.total_bytes));
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let (done, total) = seen.expect("the status shows a running download");
    assert_eq!(total, wanted, "total is the size of the files to fetch");
    assert!(done < total, "seen mid-download: {done}/{total}");
    assert_eq!(
        syncing.await.unwrap().unwrap().outcome,
        SyncOutcome::Updated
    );
    assert!(!rig.machi.sync_status().unwrap().running);
}
