//! Helpers for Machi's system tests and `machi-bench`: everything goes through the real binaries
//! (`machi-publish keygen/build/serve`, `machi sync/status`) and the repo's own city sources (`data/oyama`),
//! copied into temporary folders, and the app's SQLite file is inspected from the outside with rusqlite.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::OptionalExtension;
use serde_json::Value;
use sha2::{Digest, Sha256};

pub mod points;

/// The app's city content cache inside its data directory.
pub const DB_FILE: &str = "machi.sqlite3";
/// The resident's own data inside the data directory.
pub const RESIDENT_DB_FILE: &str = "resident.sqlite3";

/// Environment variables that would point `machi` somewhere else than the test says.
const MACHI_ENV: [&str; 3] = ["MACHI_DATA_DIR", "MACHI_FEED_URL", "MACHI_FEED_PUBLIC_KEY"];

/// The root of the repository.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root")
}

/// The city sources this repository ships.
pub fn oyama_sources() -> PathBuf {
    repo_root().join("data/oyama")
}

/// Where the `machi` and `machi-publish` binaries are: `MACHI_BIN_DIR`, else the target folder of the running
/// executable (`target/<profile>/deps/<test>` → `target/<profile>`; a bin runs from `target/<profile>` itself).
pub fn bin_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("MACHI_BIN_DIR") {
        return PathBuf::from(dir);
    }
    let exe = std::env::current_exe().expect("the path of the running executable");
    let mut dir = exe.parent().expect("the executable's folder").to_path_buf();
    if dir.file_name().is_some_and(|n| n == "deps") {
        dir.pop();
    }
    dir
}

/// The path of one of the workspace's binaries; panics with what to build when it is missing.
pub fn bin(name: &str) -> PathBuf {
    let dir = bin_dir();
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !path.is_file() {
        let release = if dir.ends_with("release") {
            " --release"
        } else {
            ""
        };
        panic!(
            "{} is missing: run `cargo build{release} --workspace` (or at least `cargo build{release} -p machi -p machi-publish`) \
             first, or set MACHI_BIN_DIR to the folder holding `machi` and `machi-publish`",
            path.display()
        );
    }
    path
}

/// A command for one of the binaries, with no MACHI_* variables leaking in from the caller's environment.
pub fn command(name: &str) -> Command {
    let mut cmd = Command::new(bin(name));
    for var in MACHI_ENV {
        cmd.env_remove(var);
    }
    cmd
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs a command to the end, describing it if it cannot start.
pub fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// Runs a command that must succeed.
pub fn run_ok(cmd: &mut Command) -> Output {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Copies a folder tree (regular files and folders only).
pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap_or_else(|e| panic!("cannot create {}: {e}", dst.display()));
    for entry in
        std::fs::read_dir(src).unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()))
    {
        let entry = entry.expect("a directory entry");
        let kind = entry.file_type().expect("a file type");
        let to = dst.join(entry.file_name());
        if kind.is_dir() {
            copy_dir(&entry.path(), &to);
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &to).unwrap_or_else(|e| {
                panic!(
                    "cannot copy {} to {}: {e}",
                    entry.path().display(),
                    to.display()
                )
            });
        }
    }
}

/// A port on 127.0.0.1 that was free a moment ago (for servers that cannot be told to pick one).
pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
    listener.local_addr().expect("the port").port()
}

/// Waits until something accepts TCP connections on `127.0.0.1:port`.
pub fn wait_for_port(port: u16, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

// ---------------------------------------------------------------------------------------------------------
// Keys, sources, bundles.

/// A minisign key pair made by `machi-publish keygen`.
pub struct Keys {
    pub public: PathBuf,
    pub secret: PathBuf,
    /// The base64 key line, as city.toml lists it.
    pub public_base64: String,
}

pub fn keygen(dir: &Path) -> Keys {
    run_ok(command("machi-publish").arg("keygen").arg("--out").arg(dir));
    let public = dir.join("machi.pub");
    let secret = dir.join("machi.key");
    let pub_text = std::fs::read_to_string(&public).expect("keygen writes machi.pub");
    assert!(secret.is_file(), "keygen writes machi.key");
    let public_base64 = pub_text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .expect("machi.pub holds a key line")
        .to_string();
    Keys {
        public,
        secret,
        public_base64,
    }
}

/// A copy of the repo's Oyama sources in a temporary folder, to be changed freely.
pub struct CitySource {
    pub dir: PathBuf,
    original_notices: String,
}

pub const NOTICES_PATH: &str = "messages/notices.toml";

impl CitySource {
    pub fn copy_oyama(dir: &Path) -> CitySource {
        copy_dir(&oyama_sources(), dir);
        let original_notices =
            std::fs::read_to_string(dir.join(NOTICES_PATH)).expect("data/oyama has notices");
        CitySource {
            dir: dir.to_path_buf(),
            original_notices,
        }
    }

    /// A copy of data/oyama under `root/src` whose city.toml trusts exactly a fresh key made in `root/<key_dir>`.
    pub fn with_fresh_key(root: &Path, key_dir: &str) -> (CitySource, Keys) {
        let city = CitySource::copy_oyama(&root.join("src"));
        let keys = keygen(&root.join(key_dir));
        city.trust_key(&keys.public_base64);
        (city, keys)
    }

    /// Makes `key` the one key city.toml `[feed].public_keys` lists.
    pub fn trust_key(&self, public_base64: &str) {
        let path = self.dir.join("city.toml");
        let text = std::fs::read_to_string(&path).expect("city.toml");
        let mut section = String::new();
        let mut replaced = false;
        let mut out = String::with_capacity(text.len());
        for line in text.lines() {
            let trimmed = line.trim();
            if trimmed.starts_with('[') {
                section = trimmed.to_string();
            }
            if section == "[feed]" && trimmed.starts_with("public_keys") {
                assert!(
                    trimmed.ends_with(']'),
                    "city.toml public_keys must be on one line: {line}"
                );
                writeln!(out, "public_keys = [{public_base64:?}]").unwrap();
                replaced = true;
            } else {
                out.push_str(line);
                out.push('\n');
            }
        }
        assert!(replaced, "city.toml has no [feed] public_keys line");
        std::fs::write(&path, out).expect("write city.toml");
    }

    /// The city's own notices plus `count` generated ones whose ids and texts carry `tag`.
    pub fn set_generated_notices(&self, count: usize, tag: &str) {
        let mut text = self.original_notices.clone();
        text.push_str(&generated_notices(count, tag));
        std::fs::write(self.dir.join(NOTICES_PATH), text).expect("write notices.toml");
    }

    /// Adds one notice `id`, sent at `published` (RFC 3339), to the notices.toml as it is now: what city staff
    /// do when they post one more notice.
    pub fn add_notice(&self, id: &str, published: &str) {
        let path = self.dir.join(NOTICES_PATH);
        let mut text = std::fs::read_to_string(&path).expect("notices.toml");
        write!(
            text,
            "\n[[notice]]\n\
             id = {id:?}\n\
             category = \"city\"\n\
             severity = \"info\"\n\
             published = {published:?}\n\
             areas = []\n\
             [notice.title]\n\
             ja = \"追加のお知らせ（{id}）\"\n\
             en = \"One more notice ({id})\"\n"
        )
        .unwrap();
        std::fs::write(&path, text).expect("write notices.toml");
    }
}

use machi_bundle::notices::{CATEGORIES, SEVERITIES};

/// `count` notices in the notices.toml format of docs/FORMATS.md, deterministic for a given tag.
pub fn generated_notices(count: usize, tag: &str) -> String {
    assert!(
        tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
        "tag {tag:?} must be id-safe"
    );
    let mut s = String::new();
    for i in 0..count {
        let month = 10 + i % 3;
        let day = 1 + (i / 3) % 28;
        let hour = (i / 84) % 24;
        let minute = (i / 2016) % 60;
        let expiry = if i % 5 == 0 {
            format!("expires = \"2027-01-{:02}T17:00:00+09:00\"\n", 1 + i % 28)
        } else {
            String::new()
        };
        write!(
            s,
            "\n[[notice]]\n\
             id = \"gen-{tag}-{i:05}\"\n\
             category = \"{category}\"\n\
             severity = \"{severity}\"\n\
             published = \"2026-{month:02}-{day:02}T{hour:02}:{minute:02}:00+09:00\"\n\
             {expiry}\
             areas = []\n\
             [notice.title]\n\
             ja = \"お知らせ {i}（{tag}）\"\n\
             ja-easy = \"おしらせ {i}（{tag}）\"\n\
             en = \"Notice {i} ({tag})\"\n\
             [notice.body]\n\
             ja = \"小山市からのお知らせです。詳しくは市ホームページをご覧ください。番号 {i}、版 {tag}。\"\n\
             en = \"A notice from Oyama City. See the city's website for details. Number {i}, edition {tag}.\"\n\
             pt-BR = \"Um aviso da cidade de Oyama. Veja o site da prefeitura. Número {i}, edição {tag}.\"\n",
            category = CATEGORIES[i % CATEGORIES.len()],
            severity = SEVERITIES[(i / 9) % SEVERITIES.len()],
        )
        .unwrap();
    }
    s
}

/// One file a manifest lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// One message of a published bundle: where it is and when it was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedMessage {
    pub id: String,
    /// `sent` as written.
    pub sent: String,
    /// The chunk file (logical name) that holds it.
    pub chunk: String,
}

impl PublishedMessage {
    /// Seconds since the Unix epoch of `sent`.
    pub fn sent_at(&self) -> i64 {
        chrono::DateTime::parse_from_rfc3339(&self.sent)
            .unwrap_or_else(|e| panic!("message {}: sent {:?}: {e}", self.id, self.sent))
            .timestamp()
    }
}

/// What a bundle folder published, read back from its files right after the build (later builds into the same
/// folder replace the manifest, so keep this snapshot).
#[derive(Debug, Clone)]
pub struct Published {
    pub version: u64,
    pub city_code: String,
    pub manifest_bytes: Vec<u8>,
    /// name → file, for every file of the bundle: the manifest's, its index pages and the chunks they list.
    pub files: BTreeMap<String, ManifestFile>,
    /// Index page name → the names of the files it lists, in order.
    pub pages: BTreeMap<String, Vec<String>>,
    /// Every message (notices and CAP alerts) of the bundle's chunks, in chunk order.
    pub messages: Vec<PublishedMessage>,
}

/// Whether a bundle file is a message chunk (`messages/<YYYY-MM>-<n>.json`, not an index page).
pub fn is_message_chunk(name: &str) -> bool {
    name.starts_with(machi_bundle::content::MESSAGES_PREFIX) && !name.starts_with("messages/index-")
}

impl Published {
    pub fn read(bundle_dir: &Path) -> Published {
        let manifest_bytes =
            std::fs::read(bundle_dir.join("manifest.json")).expect("manifest.json");
        let manifest: machi_bundle::Manifest =
            serde_json::from_slice(&manifest_bytes).expect("manifest.json is a manifest");
        let read = |path: &str| {
            std::fs::read(bundle_dir.join(path))
                .unwrap_or_else(|e| panic!("{path} is published: {e}"))
        };
        let mut pages = BTreeMap::new();
        for page in &manifest.indexes {
            let listed: machi_bundle::FileIndex = serde_json::from_slice(&read(&page.path))
                .unwrap_or_else(|e| panic!("{} is an index page: {e}", page.name));
            pages.insert(
                page.name.clone(),
                listed.files.into_iter().map(|f| f.name).collect(),
            );
        }
        // Every file: the manifest's, its index pages and the chunks they list.
        let all = manifest
            .resolve(|entry| std::fs::read(bundle_dir.join(&entry.path)).ok())
            .expect("the index pages are published");
        let mut files = BTreeMap::new();
        let mut messages = Vec::new();
        for f in all {
            if is_message_chunk(&f.name) {
                let chunk: machi_bundle::content::MessagesChunk =
                    serde_json::from_slice(&read(&f.path))
                        .unwrap_or_else(|e| panic!("{} is a message chunk: {e}", f.name));
                messages.extend(chunk.messages.into_iter().map(|m| PublishedMessage {
                    id: m.id,
                    sent: m.sent,
                    chunk: f.name.clone(),
                }));
            }
            let file = ManifestFile {
                path: f.path,
                size: f.size,
                sha256: f.sha256,
            };
            assert!(
                files.insert(f.name.clone(), file).is_none(),
                "the bundle lists {} twice",
                f.name
            );
        }
        Published {
            version: manifest.bundle_version,
            city_code: manifest.city_code,
            manifest_bytes,
            files,
            pages,
            messages,
        }
    }

    /// name → sha256.
    pub fn hashes(&self) -> BTreeMap<String, String> {
        self.files
            .iter()
            .map(|(n, f)| (n.clone(), f.sha256.clone()))
            .collect()
    }

    /// How many messages the bundle holds.
    pub fn message_count(&self) -> usize {
        self.messages.len()
    }

    /// The message with this id.
    pub fn message(&self, id: &str) -> &PublishedMessage {
        self.messages
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("the bundle has no message {id}"))
    }

    /// The latest `sent` of all messages, as an instant with its offset.
    pub fn latest_sent(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.messages
            .iter()
            .map(|m| chrono::DateTime::parse_from_rfc3339(&m.sent).expect("an RFC 3339 sent"))
            .max()
            .expect("the bundle has messages")
    }

    /// The ids of the newest `cap` messages, newest by (`sent`, id) — what an inbox capped at `cap` keeps when
    /// the resident has read and pinned nothing.
    pub fn newest_messages(&self, cap: usize) -> BTreeSet<String> {
        let mut by_age: Vec<(i64, &str)> = self
            .messages
            .iter()
            .map(|m| (m.sent_at(), m.id.as_str()))
            .collect();
        by_age.sort();
        let skip = by_age.len().saturating_sub(cap);
        by_age[skip..]
            .iter()
            .map(|(_, id)| id.to_string())
            .collect()
    }

    /// The index pages that list `name`.
    pub fn pages_listing(&self, name: &str) -> BTreeSet<String> {
        self.pages
            .iter()
            .filter(|(_, listed)| listed.iter().any(|n| n == name))
            .map(|(page, _)| page.clone())
            .collect()
    }

    /// The files that are new, changed or gone from `earlier` to this bundle.
    pub fn differences_from(&self, earlier: &Published) -> BTreeSet<String> {
        let names: BTreeSet<&String> = self.files.keys().chain(earlier.files.keys()).collect();
        names
            .into_iter()
            .filter(|n| self.files.get(*n) != earlier.files.get(*n))
            .cloned()
            .collect()
    }
}

/// `machi-publish build SRC --out OUT --secret-key KEY --bundle-version V [extra…]`, which must succeed.
pub fn publish(
    src: &Path,
    out: &Path,
    secret_key: &Path,
    version: u64,
    extra: &[&str],
) -> Published {
    run_ok(
        command("machi-publish")
            .arg("build")
            .arg(src)
            .arg("--out")
            .arg(out)
            .arg("--secret-key")
            .arg(secret_key)
            .arg("--bundle-version")
            .arg(version.to_string())
            .args(extra),
    );
    let published = Published::read(out);
    assert_eq!(
        published.version, version,
        "the manifest carries the requested version"
    );
    published
}

/// `machi-publish serve DIR --port 0`, stopped when dropped.
pub struct Served {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    pub url: String,
}

pub fn serve(dir: &Path) -> Served {
    serve_with(dir, &[])
}

/// `machi-publish serve DIR --port 0 EXTRA…`.
pub fn serve_with(dir: &Path, extra: &[&std::ffi::OsStr]) -> Served {
    let mut child = command("machi-publish")
        .arg("serve")
        .arg(dir)
        .arg("--port")
        .arg("0")
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start machi-publish serve");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut line = String::new();
    let n = stdout
        .read_line(&mut line)
        .expect("read the server's first line");
    if n == 0 {
        let status = child.wait().expect("wait for machi-publish serve");
        panic!("machi-publish serve exited ({status}) without printing its URL");
    }
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in the first line of machi-publish serve: {line:?}"))
        .to_string();
    Served {
        child,
        _stdout: stdout,
        url,
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------------------
// The resident's side: `machi`.

/// `machi --data-dir DATA sync URL --public-key KEY --json`.
pub fn sync_command(data_dir: &Path, url: &str, public_key: &Path) -> Command {
    let mut cmd = command("machi");
    cmd.arg("--data-dir")
        .arg(data_dir)
        .arg("sync")
        .arg(url)
        .arg("--public-key")
        .arg(public_key)
        .arg("--json");
    cmd
}

/// A sync that must succeed: its SyncReport.
pub fn sync_ok(data_dir: &Path, url: &str, public_key: &Path) -> Value {
    let out = run_ok(&mut sync_command(data_dir, url, public_key));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "machi sync --json printed no JSON ({e}): {}",
            text(&out.stdout)
        )
    })
}

/// A sync that must fail: its stderr, after checking it is the CLI's one clear line `machi: … (code)`.
pub fn sync_err(data_dir: &Path, url: &str, public_key: &Path) -> String {
    let out = run(&mut sync_command(data_dir, url, public_key));
    let stderr = text(&out.stderr);
    assert!(
        !out.status.success(),
        "machi sync should have failed; stdout: {} stderr: {stderr}",
        text(&out.stdout)
    );
    assert!(
        out.stdout.is_empty(),
        "a failed sync prints no report: {}",
        text(&out.stdout)
    );
    let code = stderr.split(": ").next().unwrap_or("");
    assert!(
        !code.is_empty()
            && code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b"._".contains(&b)),
        "stderr starts with a stable code: {stderr}"
    );
    stderr
}

/// `machi --data-dir DATA status --json`: the AppInfo.
pub fn status(data_dir: &Path) -> Value {
    let out = run_ok(
        command("machi")
            .arg("--data-dir")
            .arg(data_dir)
            .arg("status")
            .arg("--json"),
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "machi status --json printed no JSON ({e}): {}",
            text(&out.stdout)
        )
    })
}

pub fn status_version(data_dir: &Path) -> u64 {
    status(data_dir)["bundle"]["version"]
        .as_u64()
        .expect("status bundle.version")
}

/// A field of a SyncReport as a number.
pub fn report_u64(report: &Value, field: &str) -> u64 {
    report[field]
        .as_u64()
        .unwrap_or_else(|| panic!("SyncReport has no number {field}: {report}"))
}

// ---------------------------------------------------------------------------------------------------------
// The app's database, from the outside.

/// What the app's database holds, read with rusqlite.
#[derive(Debug, Clone)]
pub struct DbState {
    pub integrity: String,
    pub version: u64,
    pub source: String,
    pub manifest: Vec<u8>,
    /// The ids of the inbox index (`message`).
    pub messages: BTreeSet<String>,
    /// The resident's cap on the messages kept in the inbox (`resident.settings.inbox_cap`).
    pub inbox_cap: usize,
    /// content_file: name → sha256 column.
    pub files: BTreeMap<String, String>,
    /// content_file rows whose body does not hash to their sha256 column or whose size column is wrong.
    pub corrupt_files: Vec<String>,
}

impl DbState {
    /// Opens `<data_dir>/machi.sqlite3` with the resident's file attached as the app does (recovering a hot WAL
    /// as any reader would) and reads it.
    pub fn read(data_dir: &Path) -> rusqlite::Result<DbState> {
        let conn = rusqlite::Connection::open(data_dir.join(DB_FILE))?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let integrity: Vec<String> = conn
            .prepare("PRAGMA integrity_check")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let (version, source, manifest) = conn.query_row(
            "SELECT bundle_version, source, manifest FROM bundle_state WHERE id = 1",
            [],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?, r.get(2)?)),
        )?;
        let messages = conn
            .prepare("SELECT id FROM message")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        conn.execute(
            "ATTACH DATABASE ?1 AS resident",
            [data_dir.join(RESIDENT_DB_FILE).display().to_string()],
        )?;
        // The app falls back to its default when the settings row is missing; so do we.
        let inbox_cap = conn
            .query_row(
                "SELECT inbox_cap FROM resident.settings WHERE id = 1",
                [],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
            .map_or(machi_core::inbox::DEFAULT_CAP as usize, |c| c as usize);
        let mut files = BTreeMap::new();
        let mut corrupt_files = Vec::new();
        let mut stmt = conn.prepare("SELECT name, sha256, size, body FROM content_file")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let name: String = row.get(0)?;
            let sha: String = row.get(1)?;
            let size: i64 = row.get(2)?;
            let body: Vec<u8> = row.get(3)?;
            if sha256_hex(&body) != sha || body.len() as i64 != size {
                corrupt_files.push(name.clone());
            }
            files.insert(name, sha);
        }
        Ok(DbState {
            integrity: integrity.join("; "),
            version,
            source,
            manifest,
            messages,
            inbox_cap,
            files,
            corrupt_files,
        })
    }

    /// The files of `bundle` a sync from this state must fetch: those it does not hold with the same hash.
    pub fn to_fetch<'b>(&self, bundle: &'b Published) -> Vec<(&'b String, &'b ManifestFile)> {
        bundle
            .files
            .iter()
            .filter(|(name, f)| self.files.get(*name) != Some(&f.sha256))
            .collect()
    }

    /// Checks that the database holds exactly `bundle`, nothing of another: its manifest and every file of it,
    /// and an inbox of exactly the bundle's newest `inbox_cap` messages (a resident who has read and pinned
    /// nothing keeps no other). `Err` says what differs.
    pub fn holds_exactly(&self, bundle: &Published) -> Result<(), String> {
        let mut wrong = Vec::new();
        if self.integrity != "ok" {
            wrong.push(format!("integrity_check: {}", self.integrity));
        }
        if self.version != bundle.version {
            wrong.push(format!(
                "bundle_version {} (expected {})",
                self.version, bundle.version
            ));
        }
        if self.manifest != bundle.manifest_bytes {
            wrong.push("bundle_state.manifest is not the published manifest".into());
        }
        let expected = bundle.newest_messages(self.inbox_cap);
        if self.messages != expected {
            let missing: Vec<_> = expected.difference(&self.messages).take(5).collect();
            let extra: Vec<_> = self.messages.difference(&expected).take(5).collect();
            wrong.push(format!(
                "{} messages in the inbox (expected the newest {} of the bundle's {}, cap {}); missing {missing:?}…, \
                 not expected {extra:?}…",
                self.messages.len(),
                expected.len(),
                bundle.message_count(),
                self.inbox_cap
            ));
        }
        if self.files != bundle.hashes() {
            wrong.push(format!(
                "content_file {:?} (expected {:?})",
                self.files,
                bundle.hashes()
            ));
        }
        if !self.corrupt_files.is_empty() {
            wrong.push(format!(
                "content_file bodies not matching their hash: {:?}",
                self.corrupt_files
            ));
        }
        if wrong.is_empty() {
            Ok(())
        } else {
            Err(wrong.join("; "))
        }
    }
}

/// Median of a non-empty list of durations.
pub fn median(values: &[Duration]) -> Duration {
    let mut v = values.to_vec();
    v.sort();
    let n = v.len();
    assert!(n > 0, "median of nothing");
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2
    }
}

/// Whether a tool is on this machine; `None` when it is missing. `require_var=1` turns "missing" into a panic
/// (CI installs the tool and must not skip silently).
pub fn optional_tool(path: &str, require_var: &str) -> Option<PathBuf> {
    let found = Path::new(path).is_file().then(|| PathBuf::from(path));
    if found.is_none() {
        if std::env::var(require_var).is_ok_and(|v| v == "1") {
            panic!("{path} is missing and {require_var}=1: install it (scripts/install-deps.sh --test)");
        }
        eprintln!("note: {path} is not installed; skipping this check (set {require_var}=1 to make it an error)");
    }
    found
}
