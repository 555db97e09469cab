//! The whole path a city's update takes, through the real binaries: the repo's Oyama sources (copied) →
//! `machi-publish keygen/build` → a static server (`machi-publish serve`, then a real nginx) → `machi sync` →
//! the app's SQLite file. Checks what a resident would get and what it costs on the wire (requests).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use machi_system_tests::*;

/// A temporary city with its own key: the Oyama sources with our public key in city.toml.
struct Fixture {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    city: CitySource,
    keys: Keys,
    bundle: PathBuf,
    base_version: u64,
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let root = tmp.path().to_path_buf();
    let (city, keys) = CitySource::with_fresh_key(&root, "keys");
    // Newer than the bundle embedded in `machi` (its build time), as a feed bundle published now would be.
    let base_version = unix_now() + 1000;
    Fixture {
        bundle: root.join("bundle"),
        root,
        city,
        keys,
        base_version,
        _tmp: tmp,
    }
}

impl Fixture {
    fn publish(&self, version: u64, notices: usize, tag: &str) -> Published {
        self.city.set_generated_notices(notices, tag);
        publish(
            &self.city.dir,
            &self.bundle,
            &self.keys.secret,
            version,
            &[],
        )
    }

    /// The sources of a `publish(…, notices, tag)` plus one notice that city staff post after everything else:
    /// sent an hour after the latest message of `before`. Returns the new bundle and the new notice's id.
    fn publish_one_more(
        &self,
        before: &Published,
        version: u64,
        notices: usize,
        tag: &str,
    ) -> (Published, String) {
        self.city.set_generated_notices(notices, tag);
        let id = format!("one-more-{tag}");
        let sent = before.latest_sent() + chrono::Duration::hours(1);
        self.city.add_notice(&id, &sent.to_rfc3339());
        let after = publish(
            &self.city.dir,
            &self.bundle,
            &self.keys.secret,
            version,
            &[],
        );
        (after, id)
    }

    /// A fresh data dir in which `machi` has started once (so it holds the embedded bundle).
    fn fresh_data_dir(&self, name: &str) -> (PathBuf, DbState) {
        let data = self.root.join(name);
        let info = status(&data);
        assert_eq!(
            info["bundle"]["source"], "embedded",
            "a fresh install shows the embedded bundle: {info}"
        );
        let held = DbState::read(&data).expect("the database of a fresh install");
        assert_eq!(held.integrity, "ok");
        assert_eq!(Some(held.version), info["bundle"]["version"].as_u64());
        (data, held)
    }
}

/// `(month, n)` of a chunk name `messages/<YYYY-MM>-<n>.json`.
fn chunk_place(name: &str) -> (&str, u32) {
    let stem = name
        .strip_prefix("messages/")
        .and_then(|n| n.strip_suffix(".json"))
        .unwrap_or_else(|| panic!("not a chunk name: {name}"));
    let (month, n) = stem
        .rsplit_once('-')
        .unwrap_or_else(|| panic!("not a chunk name: {name}"));
    (
        month,
        n.parse()
            .unwrap_or_else(|_| panic!("not a chunk name: {name}")),
    )
}

/// The bundle layout's promise for a new latest message (docs/FORMATS.md, "Message chunks"): from `before` to
/// `after`, exactly the chunk that holds `id` — the last of its month — and the one index page listing that
/// chunk are new or changed; every other file, and every other chunk of the history, stays byte-identical.
/// Returns those files.
fn assert_only_its_chunk_and_page_change(
    before: &Published,
    after: &Published,
    id: &str,
) -> BTreeSet<String> {
    assert_eq!(
        after.message_count(),
        before.message_count() + 1,
        "one message more"
    );
    let chunk = &after.message(id).chunk;
    let (month, n) = chunk_place(chunk);
    let later: Vec<_> = after
        .files
        .keys()
        .filter(|name| is_message_chunk(name))
        .filter(|name| {
            let (m, k) = chunk_place(name);
            m == month && k > n
        })
        .collect();
    assert!(
        later.is_empty(),
        "the newest message is in the last chunk of its month ({chunk}), yet {later:?} follow it"
    );
    let pages = after.pages_listing(chunk);
    assert_eq!(pages.len(), 1, "one index page lists {chunk}: {pages:?}");
    let mut expected = pages;
    expected.insert(chunk.clone());
    let changed = after.differences_from(before);
    assert_eq!(
        changed, expected,
        "one new message changes only its chunk and the index page listing it"
    );
    changed
}

/// What a sync from `held` to `bundle` must cost: the changed files, the manifest and its signature.
fn expected_transfer(held: &DbState, bundle: &Published) -> (u64, u64) {
    let changed = held.to_fetch(bundle);
    (
        changed.len() as u64,
        changed.iter().map(|(_, f)| f.size).sum(),
    )
}

fn assert_updated(
    report: &serde_json::Value,
    held_before: &DbState,
    bundle: &Published,
    signature_len: u64,
) {
    let (files, bytes) = expected_transfer(held_before, bundle);
    assert_eq!(report["outcome"], "updated", "{report}");
    assert_eq!(
        report_u64(report, "bundle_version"),
        bundle.version,
        "{report}"
    );
    assert_eq!(
        report_u64(report, "files_fetched"),
        files,
        "only the changed files are fetched: {report}"
    );
    assert_eq!(
        report_u64(report, "bytes_fetched"),
        bundle.manifest_bytes.len() as u64 + signature_len + bytes,
        "bytes_fetched = manifest + signature + changed files: {report}"
    );
    assert_eq!(
        report_u64(report, "requests"),
        2 + files,
        "manifest, signature, one per changed file: {report}"
    );
}

fn assert_up_to_date_in_one_request(data: &Path, url: &str, keys: &Keys, version: u64) {
    let report = sync_ok(data, url, &keys.public);
    assert_eq!(report["outcome"], "up_to_date", "{report}");
    assert_eq!(report_u64(&report, "bundle_version"), version, "{report}");
    assert_eq!(
        report_u64(&report, "requests"),
        1,
        "a no-change sync is one conditional request (304): {report}"
    );
    assert_eq!(report_u64(&report, "files_fetched"), 0, "{report}");
    assert_eq!(
        report_u64(&report, "bytes_fetched"),
        0,
        "a 304 has no body: {report}"
    );
}

fn signature_len(bundle_dir: &Path) -> u64 {
    std::fs::metadata(bundle_dir.join("manifest.json.minisig"))
        .expect("the signature is published")
        .len()
}

#[test]
fn publish_serve_sync_round_trip() {
    let f = fixture();
    let v1 = f.publish(f.base_version, 200, "v1");
    assert!(
        v1.message_count() >= 200,
        "the 200 generated notices are in the bundle ({})",
        v1.message_count()
    );
    let server = serve(&f.bundle);

    // First sync from the embedded bundle.
    let (data, embedded) = f.fresh_data_dir("data");
    assert!(
        embedded.version < v1.version,
        "the feed bundle is newer than the embedded one"
    );
    let report = sync_ok(&data, &server.url, &f.keys.public);
    assert_updated(&report, &embedded, &v1, signature_len(&f.bundle));
    DbState::read(&data)
        .unwrap()
        .holds_exactly(&v1)
        .expect("the database holds exactly v1");
    let info = status(&data);
    assert_eq!(
        info["bundle"]["version"].as_u64(),
        Some(v1.version),
        "{info}"
    );
    assert_eq!(info["bundle"]["source"], "feed", "{info}");
    assert!(info["bundle"]["last_success_at"].is_string(), "{info}");
    assert!(info["bundle"]["last_error"].is_null(), "{info}");

    // Nothing changed: one conditional request.
    assert_up_to_date_in_one_request(&data, &server.url, &f.keys, v1.version);

    // One new notice: exactly its chunk and the index page listing it travel, not the 200-message history.
    let before = DbState::read(&data).unwrap();
    let (v2, new_id) = f.publish_one_more(&v1, v1.version + 1, 200, "v1");
    let changed = assert_only_its_chunk_and_page_change(&v1, &v2, &new_id);
    let report = sync_ok(&data, &server.url, &f.keys.public);
    assert_updated(&report, &before, &v2, signature_len(&f.bundle));
    assert_eq!(
        report_u64(&report, "files_fetched"),
        changed.len() as u64,
        "only {changed:?} travel: {report}"
    );
    let db = DbState::read(&data).unwrap();
    db.holds_exactly(&v2)
        .expect("the database holds exactly v2");
    assert!(
        db.messages.contains(&new_id),
        "the new notice is in the inbox"
    );
    assert_eq!(status_version(&data), v2.version);
    assert_up_to_date_in_one_request(&data, &server.url, &f.keys, v2.version);

    // Another edition of the whole history, shorter: the changed chunks travel and the ones it no longer has
    // leave the cache.
    let before = DbState::read(&data).unwrap();
    let v3 = f.publish(v2.version + 1, 150, "v3");
    let gone: Vec<_> = v2
        .files
        .keys()
        .filter(|n| !v3.files.contains_key(*n))
        .collect();
    assert!(!gone.is_empty(), "v3 has fewer chunks than v2");
    let report = sync_ok(&data, &server.url, &f.keys.public);
    assert_updated(&report, &before, &v3, signature_len(&f.bundle));
    DbState::read(&data)
        .unwrap()
        .holds_exactly(&v3)
        .expect("the database holds exactly v3");
    assert_up_to_date_in_one_request(&data, &server.url, &f.keys, v3.version);
}

/// The published manifest verifies with the standard minisign tool (any city can check it with stock tools),
/// and the tool rejects a manifest changed after signing.
#[test]
fn published_manifest_verifies_with_the_minisign_tool() {
    let Some(minisign) = optional_tool("/usr/bin/minisign", "MACHI_REQUIRE_MINISIGN") else {
        return;
    };
    let f = fixture();
    let v1 = f.publish(f.base_version, 20, "mini");
    let out = run(Command::new(&minisign)
        .arg("-Vm")
        .arg(f.bundle.join("manifest.json"))
        .arg("-p")
        .arg(&f.keys.public));
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "minisign -V rejected the manifest: {stdout} {}",
        text(&out.stderr)
    );
    let comment = format!(
        "Trusted comment: machi-bundle city={} version={}",
        v1.city_code, v1.version
    );
    assert!(
        stdout.contains(&comment),
        "minisign shows the signed city and version: {stdout}"
    );

    // A byte changed after signing.
    let tampered = f.root.join("tampered");
    std::fs::create_dir_all(&tampered).unwrap();
    let mut bytes = v1.manifest_bytes.clone();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x01;
    std::fs::write(tampered.join("manifest.json"), bytes).unwrap();
    std::fs::copy(
        f.bundle.join("manifest.json.minisig"),
        tampered.join("manifest.json.minisig"),
    )
    .unwrap();
    let out = run(Command::new(&minisign)
        .arg("-Vm")
        .arg(tampered.join("manifest.json"))
        .arg("-p")
        .arg(&f.keys.public));
    assert!(
        !out.status.success(),
        "minisign accepted a tampered manifest: {}",
        text(&out.stdout)
    );
}

/// nginx serving the bundle folder as a plain static site, with its own ETags.
struct Nginx {
    child: Child,
    url: String,
    error_log: PathBuf,
}

impl Nginx {
    /// Starts nginx on a free port, trying another one if the port was taken meanwhile.
    fn start(nginx: &Path, dir: &Path, root: &Path) -> Nginx {
        let mut errors = Vec::new();
        for _ in 0..3 {
            match Nginx::try_start(nginx, dir, root, free_port()) {
                Ok(n) => return n,
                Err(e) => errors.push(e),
            }
        }
        panic!("nginx did not start:\n{}", errors.join("\n"));
    }

    fn try_start(nginx: &Path, dir: &Path, root: &Path, port: u16) -> Result<Nginx, String> {
        std::fs::create_dir_all(dir.join("tmp")).unwrap();
        let p = |name: &str| dir.join(name).display().to_string();
        let conf = format!(
            r#"daemon off;
master_process off;
worker_processes 1;
pid {pid};
error_log {error_log} info;
events {{ worker_connections 64; }}
http {{
    access_log {access_log};
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    types {{
        application/json json;
        text/plain minisig;
        image/png png;
        image/jpeg jpg;
    }}
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location = /manifest.json {{ add_header Cache-Control "no-cache"; }}
        location = /manifest.json.minisig {{ add_header Cache-Control "no-cache"; }}
        location /c/ {{ add_header Cache-Control "public, max-age=31536000, immutable"; }}
        location /m/ {{ add_header Cache-Control "public, max-age=31536000, immutable"; }}
    }}
}}
"#,
            pid = p("nginx.pid"),
            error_log = p("error.log"),
            access_log = p("access.log"),
            tmp = p("tmp"),
            root = root.display(),
        );
        let conf_path = dir.join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let error_log = dir.join("error.log");
        let child = Command::new(nginx)
            // -e: the startup error log (before the config is read) goes to our folder too.
            .arg("-e")
            .arg(&error_log)
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&conf_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nginx");
        let mut nginx = Nginx {
            child,
            url: format!("http://127.0.0.1:{port}/"),
            error_log,
        };
        let listening = wait_for_port(port, Duration::from_secs(10));
        // Still running: what answers on the port is this nginx, not whoever took the port first.
        let exited = nginx.child.try_wait().ok().flatten();
        if !listening || exited.is_some() {
            return Err(format!(
                "port {port}: listening {listening}, exit {exited:?}; error.log:\n{}",
                std::fs::read_to_string(&nginx.error_log).unwrap_or_default()
            ));
        }
        Ok(nginx)
    }

    fn access_log_lines(&self) -> Vec<String> {
        let path = self.error_log.with_file_name("access.log");
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The same round trip with the bundle folder behind a stock nginx (what a city would deploy): its ETag and
/// If-None-Match handling must give the one-request no-change sync too.
#[test]
fn sync_through_nginx() {
    let Some(nginx_bin) = optional_tool("/usr/sbin/nginx", "MACHI_REQUIRE_NGINX") else {
        return;
    };
    let f = fixture();
    let v1 = f.publish(f.base_version, 200, "n1");
    let nginx = Nginx::start(&nginx_bin, &f.root.join("nginx"), &f.bundle);

    let (data, embedded) = f.fresh_data_dir("data");
    let report = sync_ok(&data, &nginx.url, &f.keys.public);
    assert_updated(&report, &embedded, &v1, signature_len(&f.bundle));
    DbState::read(&data)
        .unwrap()
        .holds_exactly(&v1)
        .expect("the database holds exactly v1");
    assert_eq!(status_version(&data), v1.version);

    let lines_before = nginx.access_log_lines().len();
    assert_up_to_date_in_one_request(&data, &nginx.url, &f.keys, v1.version);
    let lines = nginx.access_log_lines();
    assert_eq!(
        lines.len(),
        lines_before + 1,
        "nginx saw one request: {:?}",
        &lines[lines_before..]
    );
    assert!(
        lines
            .last()
            .is_some_and(|l| l.contains("GET /manifest.json ") && l.contains("\" 304 ")),
        "the no-change sync was a 304 for manifest.json: {lines:?}"
    );

    // nginx's ETag is "<mtime in seconds>-<size>": a manifest rewritten within the same second with the same
    // size would keep its ETag. Publish v2 in a later second than v1 (hourly builds never hit this).
    let v1_mtime = std::fs::metadata(f.bundle.join("manifest.json"))
        .unwrap()
        .modified()
        .unwrap();
    while std::time::SystemTime::now()
        .duration_since(v1_mtime)
        .unwrap_or_default()
        < Duration::from_millis(1100)
    {
        std::thread::sleep(Duration::from_millis(100));
    }
    let before = DbState::read(&data).unwrap();
    let (v2, new_id) = f.publish_one_more(&v1, v1.version + 1, 200, "n1");
    let changed = assert_only_its_chunk_and_page_change(&v1, &v2, &new_id);
    let report = sync_ok(&data, &nginx.url, &f.keys.public);
    assert_updated(&report, &before, &v2, signature_len(&f.bundle));
    assert_eq!(
        report_u64(&report, "files_fetched"),
        changed.len() as u64,
        "only {changed:?} travel: {report}"
    );
    DbState::read(&data)
        .unwrap()
        .holds_exactly(&v2)
        .expect("the database holds exactly v2");
    assert_up_to_date_in_one_request(&data, &nginx.url, &f.keys, v2.version);
    drop(nginx);
}
