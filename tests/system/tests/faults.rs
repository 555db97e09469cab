//! A feed that must be refused, through the real binaries: `machi sync` ends with a non-zero exit and one clear
//! line `<code>: <message>` on stderr, and the resident keeps exactly the content they had.
//! (machi-core has finer-grained fault tests against an in-process server; these prove the CLI's side.)

use std::path::{Path, PathBuf};

use machi_system_tests::*;

/// A data dir holding a good v1 from a trusted feed, plus a source copy and keys to make bad feeds with.
struct Held {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    city: CitySource,
    trusted: Keys,
    data: PathBuf,
    v1: Published,
}

fn held_v1() -> Held {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let root = tmp.path().to_path_buf();
    let (city, trusted) = CitySource::with_fresh_key(&root, "trusted");
    city.set_generated_notices(30, "v1");
    let v1 = publish(
        &city.dir,
        &root.join("v1"),
        &trusted.secret,
        unix_now() + 1000,
        &[],
    );
    let data = root.join("data");
    let server = serve(&root.join("v1"));
    let report = sync_ok(&data, &server.url, &trusted.public);
    assert_eq!(report["outcome"], "updated", "{report}");
    Held {
        _tmp: tmp,
        root,
        city,
        trusted,
        data,
        v1,
    }
}

impl Held {
    /// The resident still has exactly v1, and `machi status` shows it with the failure as the last error.
    fn assert_still_v1(&self, code: &str) {
        DbState::read(&self.data)
            .unwrap()
            .holds_exactly(&self.v1)
            .expect("the refused sync changed nothing");
        let info = status(&self.data);
        assert_eq!(
            info["bundle"]["version"].as_u64(),
            Some(self.v1.version),
            "{info}"
        );
        assert_eq!(
            info["bundle"]["last_error"]["code"], code,
            "status shows why the last sync failed: {info}"
        );
    }

    fn refused(&self, dir: &Path, code: &str) -> String {
        let server = serve(dir);
        let stderr = sync_err(&self.data, &server.url, &self.trusted.public);
        assert!(
            stderr.starts_with(&format!("{code}: ")),
            "stderr names the code {code}: {stderr}"
        );
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "one clear line: {stderr}"
        );
        self.assert_still_v1(code);
        stderr
    }
}

#[test]
fn a_bundle_signed_by_another_key_is_refused() {
    let h = held_v1();
    let forger = keygen(&h.root.join("forger"));
    h.city.set_generated_notices(40, "forged");
    let dir = h.root.join("forged");
    // The city.toml lists only the trusted key, so the publisher needs to be told to sign anyway.
    let forged = publish(
        &h.city.dir,
        &dir,
        &forger.secret,
        h.v1.version + 1,
        &["--allow-unlisted-key"],
    );
    assert!(forged.version > h.v1.version);
    h.refused(&dir, "sync.untrusted_key");
}

#[test]
fn a_manifest_changed_after_signing_is_refused() {
    let h = held_v1();
    h.city.set_generated_notices(40, "v2");
    let dir = h.root.join("tampered");
    let v2 = publish(&h.city.dir, &dir, &h.trusted.secret, h.v1.version + 1, &[]);
    // Point the first index page at v1's (still valid, published) page: a well-formed manifest that was not what
    // was signed.
    let page = "messages/index-0001.json";
    let old = &h.v1.files[page];
    assert_ne!(
        v2.files[page], *old,
        "v2 lists other chunks than v1 on its first page"
    );
    let mut manifest: serde_json::Value = serde_json::from_slice(&v2.manifest_bytes).unwrap();
    let mut replaced = 0;
    for file in manifest["indexes"].as_array_mut().unwrap() {
        if file["name"] == page {
            file["path"] = old.path.clone().into();
            file["size"] = old.size.into();
            file["sha256"] = old.sha256.clone().into();
            std::fs::copy(h.root.join("v1").join(&old.path), dir.join(&old.path)).unwrap();
            replaced += 1;
        }
    }
    assert_eq!(replaced, 1, "the manifest lists {page} once");
    std::fs::write(
        dir.join("manifest.json"),
        serde_json::to_vec_pretty(&manifest).unwrap(),
    )
    .unwrap();
    h.refused(&dir, "sync.bad_signature");
}

#[test]
fn an_older_bundle_is_refused_as_a_rollback() {
    let h = held_v1();
    h.city.set_generated_notices(10, "old");
    let dir = h.root.join("old");
    publish(&h.city.dir, &dir, &h.trusted.secret, h.v1.version - 1, &[]);
    h.refused(&dir, "sync.rollback");
}

#[test]
fn a_missing_content_file_fails_with_the_http_status_and_recovers_when_it_is_back() {
    let h = held_v1();
    h.city.set_generated_notices(50, "v2");
    let dir = h.root.join("v2");
    let v2 = publish(&h.city.dir, &dir, &h.trusted.secret, h.v1.version + 1, &[]);
    let held = DbState::read(&h.data).unwrap();
    let to_fetch: Vec<&String> = held.to_fetch(&v2).into_iter().map(|(n, _)| n).collect();
    // A message chunk the sync needs (listed by an index page) and an index page itself (listed by the
    // manifest): each missing one is a half-finished upload.
    let chunk = to_fetch
        .iter()
        .find(|n| is_message_chunk(n))
        .expect("v2 changes a message chunk");
    let page = to_fetch
        .iter()
        .find(|n| n.starts_with("messages/index-"))
        .expect("v2 changes an index page");
    for name in [chunk, page] {
        let path = dir.join(&v2.files[*name].path);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        let stderr = h.refused(&dir, "sync.http_status");
        assert!(
            stderr.contains("404"),
            "the message names the HTTP status when {name} is missing: {stderr}"
        );
        // The file comes back (the upload completed).
        std::fs::write(&path, bytes).unwrap();
    }

    // Everything is there: the next sync applies v2, fetching each changed file once.
    let server = serve(&dir);
    let report = sync_ok(&h.data, &server.url, &h.trusted.public);
    assert_eq!(report["outcome"], "updated", "{report}");
    assert_eq!(
        report_u64(&report, "files_fetched"),
        to_fetch.len() as u64,
        "{report}"
    );
    DbState::read(&h.data)
        .unwrap()
        .holds_exactly(&v2)
        .expect("the database holds exactly v2");
    assert!(
        status(&h.data)["bundle"]["last_error"].is_null(),
        "a successful sync clears the last error"
    );
}
