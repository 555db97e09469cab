//! Health points end to end through the real binaries: a resident and their mother earn points on one data
//! folder (`machi points`, `machi profile`), check in to an event from the city's printed QR code (made by
//! `machi-publish event-qr`, read back by rqrr and Debian's zbarimg, claimed from the PNG and from its text), see
//! forged, altered, expired and other-key codes refused with their codes, and show the counter code, which
//! `machi-publish points-verify` splits into verified check-ins and self-reported points. All offline: the feed
//! is only used once, to receive the city's bundle.

use std::path::Path;
use std::process::Command;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use machi_system_tests::points::*;
use machi_system_tests::*;

/// The city's bundle, synced into a fresh data folder; the feed server stops right after.
fn resident(city: &PointsCity, name: &str) -> std::path::PathBuf {
    let data = city.root.join(name);
    let served = serve(&city.bundle);
    let report = sync_ok(&data, &served.url, &city.bundle_keys.public);
    assert_eq!(report["outcome"], "updated", "{report}");
    drop(served);
    data
}

fn balance(data: &Path, profile: Option<&str>) -> i64 {
    let mut args = vec!["points", "--json"];
    if let Some(p) = profile {
        args.extend(["--profile", p]);
    }
    machi_json(data, &args)["balance"]
        .as_i64()
        .expect("points --json has a balance")
}

/// What Debian's zbarimg reads in `png` (QR reader only), or `None` when it is not installed.
fn zbarimg(png: &Path) -> Option<String> {
    let tool = optional_tool("/usr/bin/zbarimg", "MACHI_REQUIRE_ZBAR")?;
    let out = Command::new(tool)
        .args(["-q", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(png)
        .output()
        .expect("run zbarimg");
    assert!(out.status.success(), "zbarimg: {}", text(&out.stderr));
    Some(text(&out.stdout).trim_end_matches('\n').to_string())
}

/// The code with its content changed (more points) but the signature kept: an altered code.
fn altered(payload: &str) -> String {
    let mut parts: Vec<&str> = payload.split('.').collect();
    let json = URL_SAFE_NO_PAD.decode(parts[1]).unwrap();
    let mut code: serde_json::Value = serde_json::from_slice(&json).unwrap();
    code["points"] = serde_json::json!(1000);
    let body = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&code).unwrap());
    parts[1] = &body;
    parts.join(".")
}

/// The code with a signature that its key never made: a forged code.
fn forged(payload: &str) -> String {
    let (signed, sig) = payload.rsplit_once('.').unwrap();
    let mut sig = URL_SAFE_NO_PAD.decode(sig).unwrap();
    for b in &mut sig[8..72] {
        *b ^= 0x5a;
    }
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(sig))
}

#[test]
fn a_resident_and_their_mother_earn_check_in_and_show_the_counter_code_offline() {
    let tmp = tempfile::tempdir().unwrap();
    let city = PointsCity::new(tmp.path());
    let data = resident(&city, "resident");

    // Two profiles on one device: the first use makes the resident's own.
    let listed = machi_json(&data, &["profile", "list", "--json"]);
    assert_eq!(listed["profiles"].as_array().unwrap().len(), 1);
    let me = listed["profiles"][0]["name"].as_str().unwrap().to_string();
    assert_eq!(me, "自分", "named from Fluent in the resident's language");
    machi_ok(&data, &["profile", "add", "母"]);
    let list = machi_ok(&data, &["profile", "list"]);
    assert_eq!(
        list.lines().collect::<Vec<_>>(),
        [&*format!("* {me}"), "  母"]
    );

    // Steps, a correction that replaces the day, and a check-up: each profile apart.
    let out = machi_ok(&data, &["points", "steps", "2026-11-20", "8500"]);
    assert!(out.contains("8500"), "{out}");
    machi_ok(
        &data,
        &["points", "steps", "2026-11-20", "12000", "--profile", "母"],
    );
    machi_ok(&data, &["points", "steps", "2026-11-20", "5000"]);
    machi_ok(&data, &["points", "checkup", "tokutei", "2026-06-01"]);
    let status = machi_json(&data, &["points", "--json"]);
    assert_eq!(status["balance"], 5 + 100);
    let history = status["history"].as_array().unwrap();
    let lines: Vec<(i64, bool)> = history
        .iter()
        .map(|e| {
            (
                e["points"].as_i64().unwrap(),
                e["correction"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(lines, [(100, false), (-3, true), (8, false)]);
    assert_eq!(balance(&data, Some("母")), 12);
    assert_eq!(
        machi_err(&data, &["points", "steps", "2026-11-28", "100"]),
        "points.future_date"
    );

    // The city prints the event's code; two independent decoders read exactly its text from the PNG.
    let (payload, png) = city.event_qr(
        &city.event_keys,
        "2026-health-walk",
        EVENT_DAY,
        EVENT_DAY,
        &["--points", "50", "--name", "おやま健康ウォーク"],
    );
    assert!(payload.starts_with("MACHI-EVENT1."), "{payload}");
    let png_bytes = std::fs::read(&png).unwrap();
    assert_eq!(
        machi_bundle::qr::read_codes(&png_bytes).unwrap(),
        std::slice::from_ref(&payload)
    );
    if let Some(read) = zbarimg(&png) {
        assert_eq!(read, payload);
    }

    // Claimed from the photo for the resident, from the text for the mother; scanned again, credited once.
    let out = machi_ok(&data, &["points", "claim", png.to_str().unwrap()]);
    assert!(
        out.contains("おやま健康ウォーク") && out.contains("50"),
        "{out}"
    );
    machi_ok(&data, &["points", "claim", &payload, "--profile", "母"]);
    for again in [png.to_str().unwrap(), payload.as_str()] {
        let claimed = machi_json(&data, &["points", "claim", again, "--json"]);
        assert_eq!(claimed["credited"], false, "{claimed}");
    }
    assert_eq!(balance(&data, None), 155);
    assert_eq!(balance(&data, Some("母")), 62);

    // Refused, each with its code on stderr, and nothing credited.
    let (expired, _) = city.event_qr(
        &city.event_keys,
        "autumn-walk",
        "2026-11-01",
        "2026-11-20",
        &[],
    );
    let (early, _) = city.event_qr(
        &city.event_keys,
        "xmas-walk",
        "2026-12-24",
        "2026-12-24",
        &[],
    );
    let (stranger, _) = city.event_qr(
        &city.stranger_keys,
        "fake-walk",
        EVENT_DAY,
        EVENT_DAY,
        &["--allow-unlisted-key"],
    );
    for (code, expected) in [
        (forged(&payload), "checkin.bad_signature"),
        (altered(&payload), "checkin.bad_signature"),
        (expired, "checkin.expired"),
        (early, "checkin.not_yet_valid"),
        (stranger, "checkin.unknown_key"),
        ("MACHI-EVENT1.nonsense".to_string(), "checkin.malformed"),
    ] {
        assert_eq!(
            machi_err(&data, &["points", "claim", &code]),
            expected,
            "{code}"
        );
    }
    let blank = tmp.path().join("not-a-code.png");
    std::fs::write(&blank, b"not an image").unwrap();
    assert_eq!(
        machi_err(&data, &["points", "claim", blank.to_str().unwrap()]),
        "checkin.not_an_image"
    );
    assert_eq!(balance(&data, None), 155);

    // The counter code: the counter verifies the signed check-in and names the rest self-reported.
    let counter = tmp.path().join("counter.png");
    let written = machi_ok(
        &data,
        &["points", "counter", "--out", counter.to_str().unwrap()],
    );
    let files: Vec<&str> = written.lines().collect();
    assert!(!files.is_empty());
    let mut verify = command("machi-publish");
    verify
        .arg("points-verify")
        .args(&files)
        .arg("--src")
        .arg(&city.city.dir)
        .arg("--json");
    let out = run(&mut verify);
    assert!(
        out.status.success(),
        "points-verify: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = &report["summaries"][0];
    assert_eq!(summary["verified_points"], 50, "{report}");
    assert_eq!(summary["self_reported_points"], 105, "{report}");
    assert_eq!(summary["totals_add_up"], true, "{report}");
    assert_eq!(summary["head"]["who"], me.as_str());
    assert!(summary["checkins"][0]["refused"].is_null(), "{report}");

    // Removing the mother's profile removes her ledger only.
    let mother_id = machi_json(&data, &["profile", "list", "--json"])["profiles"][1]["id"]
        .as_i64()
        .unwrap();
    machi_ok(&data, &["profile", "remove", "母"]);
    assert_eq!(
        machi_ok(&data, &["profile", "list"]).trim(),
        format!("* {me}")
    );
    assert_eq!(
        machi_err(&data, &["points", "--profile", "母"]),
        "profile.not_found"
    );
    let db = rusqlite::Connection::open(data.join(RESIDENT_DB_FILE)).unwrap();
    let count = |sql: &str| -> i64 { db.query_row(sql, [mother_id], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM ledger_entry WHERE profile_id = ?1"),
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM ledger_entry WHERE profile_id != ?1"),
        4
    );
    assert_eq!(balance(&data, None), 155);
}

#[test]
fn export_writes_a_profiles_own_data_and_the_json_has_the_balance() {
    let tmp = tempfile::tempdir().unwrap();
    let city = PointsCity::new(tmp.path());
    let data = resident(&city, "resident");
    machi_ok(&data, &["profile", "add", "Ana", "--switch"]);
    machi_ok(&data, &["points", "steps", "2026-11-25", "9100"]);
    machi_ok(
        &data,
        &["points", "steps", "2026-11-25", "4000", "--profile", "自分"],
    );
    let out = tmp.path().join("ana.json");
    machi_ok(&data, &["points", "export", "--out", out.to_str().unwrap()]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["profile"]["name"], "Ana");
    assert_eq!(json["entries"].as_array().unwrap().len(), 1);
    assert_eq!(json["entries"][0]["quantity"], 9100);
    let csv = tmp.path().join("ana.csv");
    machi_ok(
        &data,
        &[
            "points",
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
        ],
    );
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .contains(",steps,steps:2026-11-25,1,9,9100,2,"),
        "{csv}"
    );
    assert!(!csv.contains("4000"));
}
