//! The real `machi-publish` binary on temporary folders: keygen → build → serve → HTTP, and check.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use machi_bundle::manifest::{trusted_comment, MANIFEST_NAME, SIGNATURE_NAME};
use machi_bundle::Manifest;

const BIN: &str = env!("CARGO_BIN_EXE_machi-publish");

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../bundle/tests/data/sample")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run machi-publish")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A key pair and a copy of the sample sources whose city.toml trusts it.
struct Setup {
    dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let keys = dir.path().join("keys");
        let out = run(&["keygen", "--out", path(&keys)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let public = fs::read_to_string(keys.join("machi.pub")).unwrap();
        let key_line = public.lines().nth(1).unwrap().to_string();
        assert!(
            text(&out.stdout).contains(&key_line),
            "keygen prints the line for city.toml"
        );
        let src = dir.path().join("src");
        copy_dir(&sample(), &src);
        let city = src.join("city.toml");
        let toml = fs::read_to_string(&city).unwrap();
        let toml = toml.replace(
            "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
            &key_line,
        );
        fs::write(&city, toml).unwrap();
        Setup { dir }
    }
    fn src(&self) -> PathBuf {
        self.dir.path().join("src")
    }
    fn keys(&self) -> PathBuf {
        self.dir.path().join("keys")
    }
    fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }
    fn build(&self, extra: &[&str]) -> Output {
        let (src, out, key) = (self.src(), self.out(), self.keys().join("machi.key"));
        let mut args = vec![
            "build",
            path(&src),
            "--out",
            path(&out),
            "--secret-key",
            path(&key),
        ];
        args.extend_from_slice(extra);
        run(&args)
    }
}

#[test]
fn keygen_writes_a_private_key_and_never_overwrites() {
    let s = Setup::new();
    let key = s.keys().join("machi.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let before = fs::read(&key).unwrap();
    let again = run(&["keygen", "--out", path(&s.keys())]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(fs::read(&key).unwrap(), before);
}

#[test]
fn build_signs_a_manifest_the_app_and_minisign_accept() {
    let s = Setup::new();
    let out = s.build(&["--bundle-version", "1795000000"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let dir = s.out();
    let manifest_bytes = fs::read(dir.join(MANIFEST_NAME)).unwrap();
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes).unwrap();
    assert_eq!(manifest.bundle_version, 1_795_000_000);
    assert_eq!(manifest.city_code, "092088");
    assert!(manifest.generated_at.ends_with('Z'));
    for f in &manifest.files {
        assert!(dir.join(&f.path).is_file(), "{}", f.path);
    }

    // Verified the way the app does: public key from city.toml, trusted comment bound to city and version.
    let public = fs::read_to_string(s.keys().join("machi.pub")).unwrap();
    let pk = minisign::PublicKey::from_base64(public.lines().nth(1).unwrap()).unwrap();
    let sig = minisign::SignatureBox::from_file(dir.join(SIGNATURE_NAME)).unwrap();
    assert_eq!(
        sig.trusted_comment().unwrap(),
        trusted_comment("092088", 1_795_000_000)
    );
    minisign::verify(
        &pk,
        &sig,
        std::io::Cursor::new(&manifest_bytes),
        true,
        false,
        false,
    )
    .unwrap();
    let mut tampered = manifest_bytes.clone();
    tampered[10] ^= 1;
    assert!(minisign::verify(
        &pk,
        &sig,
        std::io::Cursor::new(&tampered),
        true,
        false,
        false
    )
    .is_err());

    // And by the standard tool, when it is installed.
    let minisign_tool = Path::new("/usr/bin/minisign");
    if minisign_tool.exists() {
        let v = Command::new(minisign_tool)
            .arg("-Vm")
            .arg(dir.join(MANIFEST_NAME))
            .arg("-p")
            .arg(s.keys().join("machi.pub"))
            .output()
            .unwrap();
        assert!(
            v.status.success(),
            "minisign -V failed: {}{}",
            text(&v.stdout),
            text(&v.stderr)
        );
        assert!(text(&v.stdout).contains("machi-bundle city=092088 version=1795000000"));
    } else if std::env::var("MACHI_REQUIRE_MINISIGN").as_deref() == Ok("1") {
        panic!("MACHI_REQUIRE_MINISIGN=1 but /usr/bin/minisign is not installed");
    } else {
        eprintln!("note: /usr/bin/minisign not installed; the cross-check with the standard tool was skipped");
    }
}

#[test]
fn build_defaults_the_version_to_the_time() {
    let s = Setup::new();
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(s.build(&[]).status.success());
    let m: Manifest =
        serde_json::from_slice(&fs::read(s.out().join(MANIFEST_NAME)).unwrap()).unwrap();
    assert!(
        m.bundle_version >= before && m.bundle_version < before + 600,
        "{}",
        m.bundle_version
    );
}

#[test]
fn build_refuses_version_0_which_marks_unpublished_built_in_content() {
    let s = Setup::new();
    let out = s.build(&["--bundle-version", "0"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("version 0 is reserved"),
        "{}",
        text(&out.stderr)
    );
    assert!(!s.out().join(MANIFEST_NAME).exists(), "nothing written");
}

#[test]
fn build_refuses_a_key_the_city_does_not_list() {
    let s = Setup::new();
    let city = s.src().join("city.toml");
    let toml = fs::read_to_string(&city).unwrap();
    let listed = fs::read_to_string(s.keys().join("machi.pub")).unwrap();
    let listed = listed.lines().nth(1).unwrap();
    fs::write(
        &city,
        toml.replace(
            listed,
            "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
        ),
    )
    .unwrap();
    let out = s.build(&[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is not in city.toml [feed].public_keys"),
        "{}",
        text(&out.stderr)
    );
    assert!(!s.out().join(MANIFEST_NAME).exists());
    let forced = s.build(&["--allow-unlisted-key"]);
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    assert!(s.out().join(SIGNATURE_NAME).exists());
}

#[test]
fn build_refuses_broken_sources_and_writes_nothing() {
    let s = Setup::new();
    fs::write(
        s.src().join("places/wifi.csv"),
        "NO,名称,住所,緯度,経度,SSID\n1,駅,小山市,139.8,36.3,free\n",
    )
    .unwrap();
    let out = s.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("places/wifi.csv:2: 緯度: swapped latitude/longitude"),
        "{err}"
    );
    assert!(err.contains("1 error, 1 warning"), "{err}");
    assert!(!s.out().exists());
}

#[test]
fn build_writes_each_waste_area_calendar_as_open_data() {
    let s = Setup::new();
    let out = s.build(&["--calendar-from", "2026-04-01"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("wrote 3 waste calendars from 2026-04-01"),
        "{}",
        text(&out.stdout)
    );
    let dir = s.out().join("open-data/waste");
    let index = fs::read_to_string(dir.join("index.csv")).unwrap();
    assert!(
        index.starts_with("area_id,area,ics,csv,city_areas\ncentral,中央地区,central.ics,central.csv,central\neast,東地区,east.ics,east.csv,east\na-"),
        "{index}"
    );
    // 西地区 is in area_days.csv but no city.toml area uses it: a hashed id and no city areas.
    let west = index.lines().nth(3).unwrap();
    let id = west.split(',').next().unwrap();
    assert_eq!(west, format!("{id},西地区,{id}.ics,{id}.csv,"));
    assert!(dir.join(format!("{id}.ics")).is_file());
    let ics = fs::read_to_string(dir.join("central.ics")).unwrap();
    assert!(
        ics.contains("UID:central-burnable-1@092088.machi\r\n"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20260402\r\n"), "{ics}");
    let csv = fs::read_to_string(dir.join("central.csv")).unwrap();
    assert!(csv.starts_with(
        "date,area,category_id,category_name\n2026-04-01,中央地区,plastic,プラ容器\n"
    ));
    assert!(
        csv.contains("2027-04-29,中央地区,burnable,もやすごみ\n"),
        "next year's days"
    );
    // Open data is beside the bundle, not in the signed manifest.
    let manifest = fs::read_to_string(s.out().join(MANIFEST_NAME)).unwrap();
    assert!(!manifest.contains("open-data"));
    let bad = s.build(&["--calendar-from", "2026-4-1x"]);
    assert!(!bad.status.success());
}

#[test]
fn check_lists_every_problem_and_writes_nothing() {
    let s = Setup::new();
    let good = run(&["check", path(&s.src())]);
    assert!(good.status.success(), "{}", text(&good.stderr));
    assert!(text(&good.stderr).ends_with("0 errors, 1 warning\n"));

    fs::write(
        s.src().join("waste/5374/area_days.csv"),
        "地名,センター,もやすごみ\n中央地区,,月 2020024\n東地区,,火9\n",
    )
    .unwrap();
    let city = s.src().join("city.toml");
    let toml = fs::read_to_string(&city)
        .unwrap()
        .replace("092088", "092080");
    fs::write(&city, toml).unwrap();
    let listing = |dir: &Path| {
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before = listing(&s.src());
    let out = run(&["check", path(&s.src())]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    for line in [
        "city.toml:6: city.code: check digit of `092080` is wrong: the code would be 092088\n",
        "waste/5374/area_days.csv:2: もやすごみ: bad date `2020024` is not a date: YYYYMMDD needs 8 digits, this has 7\n",
        "waste/5374/area_days.csv:3: もやすごみ: bad day token `火9`: the week of the month must be 1–5\n",
        // The calendar file names 西地区, which the new area_days.csv no longer has.
        "waste/calendar.csv:4: area: unknown area `西地区`: not a 地名 in area_days.csv\n",
        "4 errors, ",
    ] {
        assert!(err.contains(line), "missing {line:?} in:\n{err}");
    }
    assert!(text(&out.stdout).is_empty());
    assert_eq!(listing(&s.src()), before);
    assert!(!s.out().exists());
}

#[test]
fn check_reports_a_broken_bus_feed_with_file_and_line() {
    let s = Setup::new();
    let gtfs = s.src().join("gtfs");
    // The sample's stop_times.txt is CRLF with a BOM: its line numbers must still be the editor's.
    let stop_times = fs::read_to_string(gtfs.join("stop_times.txt"))
        .unwrap()
        .replace(
            "loop_1,08:07:00,08:07:00,cityhall",
            "loop_1,07:57:00,07:57:00,cityhal",
        )
        .replace("loop_2,24:30:00", "loop_2,24:3:00");
    fs::write(gtfs.join("stop_times.txt"), stop_times).unwrap();
    fs::remove_file(gtfs.join("routes.txt")).unwrap();
    let out = run(&["check", path(&s.src())]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    for line in [
        "gtfs/stop_times.txt:3: stop_id: no stop `cityhal` in stops.txt\n",
        "gtfs/stop_times.txt:4: arrival_time: `24:3:00` is not a time HH:MM:SS (hours may pass 24, as in 25:10:00)\n",
        "the GTFS feed `gtfs/` has no `routes.txt`\n",
        "3 errors, ",
    ] {
        assert!(err.contains(line), "missing {line:?} in:\n{err}");
    }
}

// --- serve ------------------------------------------------------------------------------------------

struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(dir: &Path) -> Server {
        let mut child = Command::new(BIN)
            .args(["serve", path(dir), "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let url = first.trim();
        let addr = url
            .strip_prefix("http://")
            .and_then(|r| r.strip_suffix('/'))
            .unwrap_or_else(|| panic!("first line is not the URL: {first:?}"))
            .to_string();
        assert!(addr.starts_with("127.0.0.1:"), "{addr}");
        Server { child, addr }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A bare HTTP/1.1 request, so the path reaches the server exactly as written (no client-side cleanup).
fn request(addr: &str, method: &str, target: &str, extra: &[(&str, &str)]) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut req = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in extra {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

#[test]
fn serve_gives_etags_304s_and_the_right_cache_rules() {
    let s = Setup::new();
    assert!(s.build(&["--bundle-version", "7"]).status.success());
    fs::write(s.dir.path().join("secret.txt"), "outside the bundle").unwrap();
    let server = Server::start(&s.out());
    let addr = server.addr.as_str();

    let manifest_bytes = fs::read(s.out().join(MANIFEST_NAME)).unwrap();
    let r = request(addr, "GET", "/manifest.json", &[]);
    assert_eq!(r.status, 200);
    assert_eq!(r.body, manifest_bytes);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.header("content-length"),
        Some(manifest_bytes.len().to_string().as_str())
    );
    assert_eq!(r.header("cache-control"), Some("no-cache"));
    let etag = r.header("etag").expect("an ETag").to_string();
    assert!(
        etag.starts_with('"') && !etag.starts_with("W/"),
        "strong: {etag}"
    );

    let r304 = request(addr, "GET", "/manifest.json", &[("If-None-Match", &etag)]);
    assert_eq!(r304.status, 304);
    assert!(r304.body.is_empty());
    assert_eq!(r304.header("etag"), Some(etag.as_str()));
    let other = request(
        addr,
        "GET",
        "/manifest.json",
        &[("If-None-Match", "\"something-else\"")],
    );
    assert_eq!(other.status, 200);

    let sig = request(addr, "GET", "/manifest.json.minisig", &[]);
    assert_eq!(sig.status, 200);
    assert_eq!(sig.header("cache-control"), Some("no-cache"));

    let manifest: Manifest = serde_json::from_slice(&manifest_bytes).unwrap();
    for f in &manifest.files {
        let r = request(addr, "GET", &format!("/{}", f.path), &[]);
        assert_eq!(r.status, 200, "{}", f.path);
        assert_eq!(r.body.len() as u64, f.size);
        assert_eq!(
            r.header("cache-control"),
            Some("public, max-age=31536000, immutable")
        );
        let expected_type = if f.path.ends_with(".png") {
            "image/png"
        } else {
            "application/json"
        };
        assert_eq!(r.header("content-type"), Some(expected_type));
        let tag = r.header("etag").unwrap().to_string();
        assert_eq!(
            request(
                addr,
                "GET",
                &format!("/{}", f.path),
                &[("If-None-Match", &tag)]
            )
            .status,
            304
        );
    }

    let head = request(addr, "HEAD", "/manifest.json", &[]);
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());

    assert_eq!(request(addr, "GET", "/", &[]).status, 404, "no listing");
    assert_eq!(request(addr, "GET", "/c", &[]).status, 404, "no listing");
    assert_eq!(request(addr, "GET", "/c/", &[]).status, 403);
    assert_eq!(request(addr, "GET", "/nope.json", &[]).status, 404);
    assert_eq!(request(addr, "GET", "/../secret.txt", &[]).status, 403);
    assert_eq!(request(addr, "GET", "/c/../../secret.txt", &[]).status, 403);
    assert_eq!(request(addr, "GET", "/%2e%2e/secret.txt", &[]).status, 403);
    assert_eq!(request(addr, "POST", "/manifest.json", &[]).status, 405);
}
