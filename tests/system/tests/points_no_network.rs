//! No network request ever carries health data. `machi web` runs with its feed pointed at a small logging HTTP
//! server of this test's own, which serves a real published feed and records every request it gets (method,
//! target, headers, body). The test then drives every health operation through the web API — profiles and
//! personal details, steps, a step import, a check-up, check-ins by text and by photo, history, counter, export,
//! delete — plus syncs, and checks that every request the app made was a GET of the feed's manifest, signature
//! or published content on the feed's origin, and that no request line, header or body holds any health value
//! that was used.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use machi_system_tests::points::*;
use serde_json::{json, Value};

/// One request as the feed server received it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    /// Everything the request carried, as text.
    fn all_text(&self) -> String {
        let mut s = format!("{} {}\n", self.method, self.target);
        for (k, v) in &self.headers {
            s.push_str(&format!("{k}: {v}\n"));
        }
        s.push_str(&String::from_utf8_lossy(&self.body));
        s
    }
}

/// A static file server that logs every request: one request per connection (`Connection: close`).
struct LoggingFeed {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl LoggingFeed {
    fn start(dir: PathBuf) -> LoggingFeed {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port for the feed");
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let dir = dir.clone();
                let log = log.clone();
                std::thread::spawn(move || {
                    if let Some(request) = serve_one(stream, &dir) {
                        log.lock().unwrap().push(request);
                    }
                });
            }
        });
        LoggingFeed { port, seen }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn serve_one(stream: TcpStream, dir: &Path) -> Option<Seen> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next()?.to_string(), parts.next()?.to_string());
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.trim_end().split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    let path = target
        .split('?')
        .next()
        .unwrap_or("/")
        .trim_start_matches('/');
    let file = (!path.contains("..")).then(|| dir.join(path));
    let mut stream = stream;
    match file.and_then(|f| std::fs::read(f).ok()) {
        Some(bytes) if method == "GET" => {
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n",
                bytes.len()
            );
            let _ = stream.write_all(&bytes);
        }
        _ => {
            let _ = stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    }
    Some(Seen {
        method,
        target,
        headers,
        body,
    })
}

/// `machi web` of this test, stopped when dropped.
struct Web {
    child: Child,
    port: u16,
    token: String,
}

impl Drop for Web {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Web {
    fn start(data: &Path, feed: &LoggingFeed, public_key: &Path) -> Web {
        let mut child = machi_command(data)
            .args(["web", "--port", "0"])
            .env("MACHI_FEED_URL", feed.url())
            .env("MACHI_FEED_PUBLIC_KEY", public_key)
            .env("MACHI_SYNC_INTERVAL_SECONDS", "2")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start machi web");
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let url = first
            .trim()
            .strip_prefix("Machi web: http://127.0.0.1:")
            .unwrap_or_else(|| panic!("unexpected first line of machi web: {first:?}"));
        let (port, token) = url.split_once("/#token=").unwrap();
        Web {
            port: port.parse().unwrap(),
            token: token.to_string(),
            child,
        }
    }

    /// `POST /api/NAME` with JSON arguments: the status and the JSON answer.
    fn call(&self, name: &str, args: Value) -> (u16, Value) {
        let body = args.to_string();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "POST /api/{name} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nAuthorization: Bearer {}\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            self.token,
            body.len()
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let answer = String::from_utf8(answer).unwrap();
        let (head, body) = answer.split_once("\r\n\r\n").unwrap();
        let status: u16 = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        let json = if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            dechunk(body)
        } else {
            body.to_string()
        };
        (status, serde_json::from_str(&json).unwrap_or(Value::Null))
    }

    fn ok(&self, name: &str, args: Value) -> Value {
        let (status, v) = self.call(name, args.clone());
        assert_eq!(status, 200, "{name} {args}: {v}");
        v
    }

    /// `sync_now`, waiting out a background sync that is running.
    fn sync(&self) -> Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let (status, v) = self.call("sync_now", json!({}));
            if status == 200 {
                return v;
            }
            assert_eq!(v["code"], "sync.busy", "{v}");
            assert!(Instant::now() < deadline, "sync stayed busy");
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&after[..n]);
        rest = &after[n + 2..];
    }
    out
}

#[test]
fn no_request_the_app_makes_carries_health_data() {
    let tmp = tempfile::tempdir().unwrap();
    let city = PointsCity::new(tmp.path());
    let feed = LoggingFeed::start(city.bundle.clone());
    let data = tmp.path().join("resident");
    let web = Web::start(&data, &feed, &city.bundle_keys.public);

    // Values that would be recognisable anywhere: six-digit step counts (no hex path holds them by chance
    // beyond ~10⁻⁶), names, an event id and its code.
    let name = "Hanako-Oyama-7731";
    let full_name = "Secret Taro Yamada";
    let phone = "0285-11-2233";
    let steps = 187_654;
    let imported = 176_543;
    let event = "walk-rally-9137";
    let (payload, png) = city.event_qr(
        &city.event_keys,
        event,
        EVENT_DAY,
        EVENT_DAY,
        &["--points", "40", "--name", "Kaisetsu Walk 4242"],
    );
    let (photo_payload, photo) = city.event_qr(
        &city.event_keys,
        "photo-walk-5521",
        EVENT_DAY,
        EVENT_DAY,
        &[],
    );

    // The city's bundle first, so that the app trusts the event key.
    let first = web.sync();
    assert!(
        first["outcome"] == "updated" || first["outcome"] == "up_to_date",
        "{first}"
    );
    assert_eq!(web.ok("app_info", json!({}))["bundle"]["source"], "feed");

    // Everything a resident does with points.
    let profiles = web.ok("profile_add", json!({ "name": name, "activate": true }));
    let p = profiles["active"].clone();
    web.ok(
        "profile_details",
        json!({ "profile": p, "details": { "full_name": full_name, "phone": phone }, "prefill_consent": true }),
    );
    web.ok(
        "points_steps",
        json!({ "profile": p, "date": "2026-11-26", "steps": steps }),
    );
    web.ok(
        "points_steps",
        json!({ "profile": p, "date": "2026-11-26", "steps": steps - 1 }),
    );
    let csv = format!("Date,Step count\n2026-11-25,{imported}\n");
    let import = web.ok("points_import_steps", json!({ "profile": p, "text": csv }));
    assert_eq!(import["recorded"], 1);
    web.ok(
        "points_checkup",
        json!({ "profile": p, "kind": "lung_cancer", "date": "2026-11-02" }),
    );
    let claimed = web.ok("points_claim", json!({ "profile": p, "payload": payload }));
    assert_eq!(claimed["credited"], true, "{claimed}");
    let image = base64::engine::general_purpose::STANDARD.encode(std::fs::read(&photo).unwrap());
    let by_photo = web.ok(
        "points_claim",
        json!({ "profile": p, "image_base64": image }),
    );
    assert_eq!(by_photo["event"], "photo-walk-5521");
    let (status, refused) = web.call(
        "points_claim",
        json!({ "profile": p, "payload": format!("{payload}x") }),
    );
    assert_eq!(
        (status, refused["code"].as_str()),
        (422, Some("checkin.malformed"))
    );
    let status = web.ok("points_status", json!({ "profile": p }));
    assert!(status["balance"].as_i64().unwrap() > 0);
    web.ok("points_history", json!({ "profile": p }));
    web.ok("health_scheme", json!({}));
    let counter = web.ok("points_counter", json!({ "profile": p }));
    assert!(!counter["codes"].as_array().unwrap().is_empty());
    for format in ["json", "csv"] {
        let file = web.ok("points_export", json!({ "profile": p, "format": format }));
        assert!(file["text"]
            .as_str()
            .unwrap()
            .contains(&imported.to_string()));
    }

    // Syncs after all that (one asked for, the background ones every two seconds), then the record.
    web.sync();
    std::thread::sleep(Duration::from_secs(3));
    web.ok("points_delete_all", json!({ "profile": p }));
    web.sync();
    drop(web);

    let requests = feed.requests();
    assert!(
        requests
            .iter()
            .filter(|r| r.target == "/manifest.json")
            .count()
            >= 3,
        "the app synced several times: {requests:#?}"
    );
    let mut allowed: BTreeSet<String> = city
        .published
        .files
        .values()
        .map(|f| format!("/{}", f.path))
        .collect();
    allowed.insert(format!("/{}", machi_bundle::manifest::MANIFEST_NAME));
    allowed.insert(format!("/{}", machi_bundle::manifest::SIGNATURE_NAME));
    let host = format!("127.0.0.1:{}", feed.port);
    let secrets: Vec<String> = vec![
        name.into(),
        full_name.into(),
        phone.into(),
        steps.to_string(),
        (steps - 1).to_string(),
        imported.to_string(),
        event.into(),
        "photo-walk-5521".into(),
        "Kaisetsu Walk 4242".into(),
        "lung_cancer".into(),
        payload.clone(),
        payload.rsplit_once('.').unwrap().1.to_string(),
        photo_payload.rsplit_once('.').unwrap().1.to_string(),
        "MACHI-EVENT".into(),
        "MACHI-POINTS".into(),
    ];
    for r in &requests {
        assert_eq!(r.method, "GET", "{r:?}");
        assert!(
            allowed.contains(r.target.split('?').next().unwrap_or_default()),
            "a request for something the feed does not publish: {r:?}"
        );
        assert!(!r.target.contains('?'), "a query string: {r:?}");
        assert!(r.body.is_empty(), "a request with a body: {r:?}");
        let host_header = r
            .headers
            .iter()
            .find(|(k, _)| k == "host")
            .map(|(_, v)| v.as_str());
        assert_eq!(host_header, Some(host.as_str()), "{r:?}");
        let all = r.all_text();
        for secret in &secrets {
            assert!(
                !all.contains(secret.as_str()),
                "a request carries {secret:?}: {r:?}"
            );
        }
    }
    // The background syncs went on during the health operations, so the check covers them too.
    assert!(requests.len() >= 4, "{} requests", requests.len());
    let _ = png;
}
