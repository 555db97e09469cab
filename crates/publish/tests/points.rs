//! `event-qr` and `points-verify` through the real binary: the printed code reads back with rqrr and with an
//! independent decoder (Debian's `zbarimg`), verifies as the app would, and the counter tells verified check-ins
//! from self-reported points.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use chrono::NaiveDate;
use machi_bundle::health::{
    counter::COUNTER_PART_MAX_BYTES, open_checkin, CheckInTrust, CounterCheckIn, CounterCheckup,
    CounterHead, CounterSummary,
};
use machi_bundle::qr::{byte_mode_code, read_codes, render_png, ErrorCorrection};

const BIN: &str = env!("CARGO_BIN_EXE_machi-publish");
const CITY: &str = "092088";

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

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A city source folder (just city.toml and a points scheme) whose `event_keys` lists an event key, and a
/// second key nobody lists.
struct City {
    dir: tempfile::TempDir,
    event_key_line: String,
}

impl City {
    fn new() -> City {
        let dir = tempfile::tempdir().unwrap();
        for name in ["bundle-key", "event-key", "stranger-key"] {
            let out = run(&["keygen", "--out", path(&dir.path().join(name))]);
            assert!(out.status.success(), "{}", text(&out.stderr));
        }
        let key_line = |name: &str| {
            fs::read_to_string(dir.path().join(name).join("machi.pub"))
                .unwrap()
                .lines()
                .nth(1)
                .unwrap()
                .to_string()
        };
        let (bundle, event) = (key_line("bundle-key"), key_line("event-key"));
        let src = dir.path().join("src");
        fs::create_dir_all(src.join("health")).unwrap();
        fs::write(
            src.join("city.toml"),
            format!(
                r#"format = 1
[city]
code = "{CITY}"
prefecture = "09"
timezone = "Asia/Tokyo"
default_locale = "ja"
centre = {{ lat = 36.3147, lon = 139.8003 }}
[city.name]
ja = "小山市"
[feed]
url = "http://127.0.0.1:8750/"
public_keys = ["{bundle}"]
event_keys = ["{event}"]
[[sources]]
path = "health/rules.toml"
kind = "health_rules"
"#
            ),
        )
        .unwrap();
        fs::write(
            src.join("health/rules.toml"),
            r#"format = 1
[[period]]
id = "fy2026"
from = 2026-04-01
to = 2027-03-31
[period.name]
ja = "令和8年度"
[[checkup]]
id = "tokutei"
[checkup.name]
ja = "特定健診"
[[rules]]
version = 1
valid_from = 2026-04-01
valid_to = 2027-03-31
steps_per_point = 1000
daily_step_points_cap = 10
checkin_points = 20
checkin_max_points = 100
[rules.checkup_points]
tokutei = 100
"#,
        )
        .unwrap();
        City {
            dir,
            event_key_line: event,
        }
    }
    fn src(&self) -> PathBuf {
        self.dir.path().join("src")
    }
    fn key(&self, name: &str) -> PathBuf {
        self.dir.path().join(name).join("machi.key")
    }
    fn out(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// `event-qr` with the event key; the code's text (stdout) and the PNG's path.
    fn event_qr(&self, key: &str, event: &str, extra: &[&str]) -> (Output, PathBuf) {
        let png = self.out(&format!("{event}.png"));
        let (src, key) = (self.src(), self.key(key));
        let mut args = vec![
            "event-qr",
            "--event",
            event,
            "--date",
            "2026-05-10",
            "--secret-key",
            path(&key),
            "--out",
            path(&png),
            "--src",
            path(&src),
        ];
        args.extend_from_slice(extra);
        (run(&args), png)
    }
    fn payload(&self, key: &str, event: &str, extra: &[&str]) -> (String, PathBuf) {
        let (out, png) = self.event_qr(key, event, extra);
        assert!(out.status.success(), "{}", text(&out.stderr));
        (text(&out.stdout).trim().to_string(), png)
    }
}

/// What Debian's zbarimg reads in `png`, or `None` when it is not installed. With `MACHI_REQUIRE_ZBAR=1` a
/// missing zbarimg fails the test (CI installs zbar-tools); otherwise the test says it skipped that half.
///
/// Only its QR reader is on: zbar's linear-barcode readers now and then "find" a barcode in a QR code's modules
/// and print it as a second line.
fn zbarimg(png: &Path) -> Option<String> {
    match Command::new("zbarimg")
        .args(["-q", "--raw", "-Sdisable", "-Sqrcode.enable", path(png)])
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "zbarimg: {}", text(&out.stderr));
            Some(text(&out.stdout).trim_end_matches('\n').to_string())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("MACHI_REQUIRE_ZBAR").as_deref() != Ok("1"),
                "MACHI_REQUIRE_ZBAR=1 but zbarimg is missing: apt-get install zbar-tools"
            );
            eprintln!(
                "note: zbarimg not installed (Debian zbar-tools); only rqrr decoded the code"
            );
            None
        }
        Err(e) => panic!("zbarimg: {e}"),
    }
}

#[test]
fn event_qr_prints_a_code_that_two_decoders_read_and_the_app_verifies() {
    let city = City::new();
    let (payload, png) = city.payload(
        "event-key",
        "2026-walk-rally",
        &[
            "--until",
            "2026-05-11",
            "--points",
            "50",
            "--name",
            "おやま健康ウォーク",
        ],
    );
    assert!(payload.starts_with("MACHI-EVENT1."), "{payload}");
    let bytes = fs::read(&png).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    assert_eq!(
        read_codes(&bytes).unwrap(),
        std::slice::from_ref(&payload),
        "rqrr"
    );
    if let Some(read) = zbarimg(&png) {
        assert_eq!(read, payload, "zbarimg");
    }
    let trust = CheckInTrust {
        city_code: CITY.into(),
        keys: vec![city.event_key_line.clone()],
    };
    let checkin = open_checkin(&payload, &trust).unwrap();
    assert_eq!(checkin.code.event, "2026-walk-rally");
    assert_eq!(checkin.code.name.as_deref(), Some("おやま健康ウォーク"));
    assert_eq!(
        (checkin.code.from, checkin.code.until, checkin.code.points),
        (day("2026-05-10"), day("2026-05-11"), Some(50))
    );
    assert!(checkin.valid_on(day("2026-05-11")).is_ok());
    assert!(checkin.valid_on(day("2026-05-12")).is_err());

    // Two codes for the same event differ (their nonces), so a reprint is told apart at the counter.
    let (again, _) = city.payload("event-key", "2026-walk-rally-2", &["--points", "50"]);
    assert_ne!(again, payload);
}

#[test]
fn event_qr_refuses_unlisted_keys_and_bad_codes() {
    let city = City::new();
    let (out, png) = city.event_qr("stranger-key", "x-event", &["--points", "10"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is in neither [feed].event_keys nor public_keys"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        !png.exists(),
        "nothing is printed that the app would refuse"
    );
    // The bundle key may sign check-ins too.
    let (out, _) = city.event_qr("bundle-key", "y-event", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // until before the day, an id with capitals.
    let (out, _) = city.event_qr("event-key", "z-event", &["--until", "2026-05-01"]);
    assert!(
        text(&out.stderr).contains("before from"),
        "{}",
        text(&out.stderr)
    );
    let (out, _) = city.event_qr("event-key", "Walk", &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("lower-case ASCII"),
        "{}",
        text(&out.stderr)
    );
}

fn counter_summary(checkins: Vec<(String, i64)>) -> CounterSummary {
    let checkin_points: i64 = checkins.iter().map(|(_, p)| p).sum();
    let n = checkins.len() as u32;
    CounterSummary {
        head: CounterHead {
            city: CITY.into(),
            period: "fy2026".into(),
            from: day("2026-04-01"),
            to: day("2027-03-31"),
            asof: day("2026-06-01"),
            who: Some("山田 花子".into()),
            total: 250 + checkin_points,
            steps_days: 20,
            steps_points: 140,
            bonus_points: 10,
            checkups: vec![CounterCheckup {
                kind: "tokutei".into(),
                date: day("2026-05-20"),
                points: 100,
            }],
            checkins: n,
            checkin_points,
        },
        checkins: checkins
            .into_iter()
            .map(|(code, points)| CounterCheckIn {
                on: day("2026-05-10"),
                points,
                code,
            })
            .collect(),
    }
}

/// The counter codes as the app would show them: one PNG per part.
fn write_counter_pngs(dir: &Path, summary: &CounterSummary) -> Vec<PathBuf> {
    summary
        .to_texts(COUNTER_PART_MAX_BYTES)
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let code = byte_mode_code(t.as_bytes(), ErrorCorrection::M, 25).unwrap();
            let p = dir.join(format!("counter-{}.png", i + 1));
            fs::write(&p, render_png(&code, 4, 4)).unwrap();
            p
        })
        .collect()
}

#[test]
fn points_verify_tells_verified_checkins_from_self_reported_points() {
    let city = City::new();
    let (walk, _) = city.payload("event-key", "walk", &["--points", "50"]);
    let (talk, _) = city.payload("bundle-key", "health-talk", &[]);
    let summary = counter_summary(vec![(walk, 50), (talk, 20)]);
    let pngs = write_counter_pngs(city.dir.path(), &summary);
    for p in &pngs {
        if let Some(read) = zbarimg(p) {
            assert!(read.starts_with("MACHI-POINTS1 {"), "{read}");
        }
    }
    let mut args = vec!["points-verify"];
    args.extend(pngs.iter().map(|p| path(p)));
    let src = city.src();
    args.extend(["--src", path(&src), "--json"]);
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &v["summaries"][0];
    assert_eq!(s["verified_points"], 70);
    assert_eq!(s["self_reported_points"], 250);
    assert_eq!(s["totals_add_up"], true);
    assert_eq!(s["head"]["who"], "山田 花子");
    assert_eq!(s["checkins"][1]["event"], "health-talk");

    // The human report says which is which.
    args.pop();
    let out = run(&args);
    let report = text(&out.stdout);
    assert!(
        report.contains("verified check-ins: 2 of 2, 70 points"),
        "{report}"
    );
    assert!(
        report.contains("self-reported, not verifiable: 250 points"),
        "{report}"
    );
}

#[test]
fn points_verify_refuses_forged_and_other_key_checkins_and_exits_1() {
    let city = City::new();
    let (walk, _) = city.payload("event-key", "walk", &["--points", "50"]);
    let (stranger, _) = city.payload(
        "stranger-key",
        "walk-2",
        &["--points", "50", "--allow-unlisted-key"],
    );
    // The walk's points raised to 90 in its JSON, its signature kept.
    let (signed, sig) = walk.rsplit_once('.').unwrap();
    let (_, body) = signed.split_once('.').unwrap();
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let json = String::from_utf8(b64.decode(body).unwrap()).unwrap();
    let altered = format!(
        "MACHI-EVENT1.{}.{sig}",
        b64.encode(json.replace("\"points\":50", "\"points\":90"))
    );
    let summary = counter_summary(vec![(walk, 50), (altered, 90), (stranger, 50)]);
    let pngs = write_counter_pngs(city.dir.path(), &summary);
    let mut args = vec!["points-verify"];
    args.extend(pngs.iter().map(|p| path(p)));
    let src = city.src();
    args.extend(["--src", path(&src), "--json"]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = v["summaries"][0]["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["refused_code"].as_str().unwrap_or("ok"))
        .collect();
    assert_eq!(
        codes,
        ["ok", "checkin.bad_signature", "checkin.unknown_key"]
    );
    assert_eq!(v["summaries"][0]["verified_points"], 50);
}

#[test]
fn points_verify_checks_a_printed_event_code_and_reports_images_without_codes() {
    let city = City::new();
    let (_, png) = city.payload("event-key", "walk", &["--points", "50"]);
    let blank = city.out("blank.png");
    image_blank(&blank);
    let src = city.src();
    let out = run(&[
        "points-verify",
        path(&png),
        "--src",
        path(&src),
        "--today",
        "2026-05-10",
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["event_codes"][0]["event"], "walk");
    // A day later the code has expired; an image without a code is said so.
    let out = run(&[
        "points-verify",
        path(&png),
        path(&blank),
        "--src",
        path(&src),
        "--today",
        "2026-05-11",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["event_codes"][0]["refused_code"], "checkin.expired");
    assert!(v["unread"][0]
        .as_str()
        .unwrap()
        .ends_with("no QR code found"));
}

fn image_blank(p: &Path) {
    image::GrayImage::from_pixel(64, 64, image::Luma([255]))
        .save(p)
        .unwrap();
}
