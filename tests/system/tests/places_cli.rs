//! `machi places nearest` through the real binary, offline on the embedded Oyama data: the order and distances
//! against a haversine written here from the city's own shelters.csv, the hazard filter, and `--open` after a
//! synced notice opens a shelter and after its Cancel closes it.

use std::path::Path;

use machi_system_tests::*;
use serde_json::Value;

/// A shelter as `data/oyama/places/shelters.csv` (自治体標準オープンデータセット, 39 columns) lists it.
struct SourceShelter {
    id: String,
    lat: f64,
    lon: f64,
    flood: bool,
    earthquake: bool,
}

/// Reads the shelters straight from the source file (UTF-8 with a BOM, no quoted fields), by header name.
fn source_shelters() -> Vec<SourceShelter> {
    let text = std::fs::read_to_string(oyama_sources().join("places/shelters.csv")).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("shelters.csv has no column {name}"))
    };
    let (id, lat, lon) = (col("ID"), col("緯度"), col("経度"));
    let (flood, earthquake) = (col("災害種別_洪水"), col("災害種別_地震"));
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            SourceShelter {
                id: format!("shelter-{}", f[id]),
                lat: f[lat].parse().unwrap(),
                lon: f[lon].parse().unwrap(),
                flood: f[flood] == "1",
                earthquake: f[earthquake] == "1",
            }
        })
        .collect()
}

/// Great-circle distance in metres on the IUGG mean sphere, written out here rather than taken from Machi.
fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const R: f64 = 6_371_008.8;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * a.sqrt().atan2((1.0 - a).sqrt())
}

/// The shelters nearest to a point by that haversine, ties in the file's order.
fn expected_order(
    shelters: &[SourceShelter],
    lat: f64,
    lon: f64,
    keep: impl Fn(&SourceShelter) -> bool,
) -> Vec<(&str, f64)> {
    let mut v: Vec<(usize, f64)> = shelters
        .iter()
        .enumerate()
        .filter(|(_, s)| keep(s))
        .map(|(i, s)| (i, haversine_m(lat, lon, s.lat, s.lon)))
        .collect();
    v.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    v.into_iter()
        .map(|(i, d)| (shelters[i].id.as_str(), d))
        .collect()
}

/// `machi --data-dir DATA places nearest ARGS… --json` at `now`, which must succeed.
fn nearest(data: &Path, now: &str, args: &[&str]) -> Value {
    let out = run_ok(
        command("machi")
            .env("MACHI_NOW", now)
            .arg("--data-dir")
            .arg(data)
            .args(["places", "nearest", "--json"])
            .args(args),
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "machi places nearest --json printed no JSON ({e}): {}",
            text(&out.stdout)
        )
    })
}

fn ids(found: &Value) -> Vec<String> {
    found["places"]
        .as_array()
        .expect("places")
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect()
}

const QUIET_DAY: &str = "2027-01-15T10:00:00+09:00";

#[test]
fn nearest_shelters_in_the_order_and_at_the_distances_a_haversine_gives() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("resident");
    let shelters = source_shelters();
    assert!(shelters.len() > 20, "Oyama lists its shelters");
    // 間々田 in the south, the north-east edge, and a point just outside the city to the west.
    for (lat, lon) in [(36.2708, 139.7614), (36.37, 139.88), (36.30, 139.65)] {
        let (lat_s, lon_s) = (lat.to_string(), lon.to_string());
        let all = nearest(
            &data,
            QUIET_DAY,
            &[
                "--kind", "shelter", "--lat", &lat_s, "--lon", &lon_s, "--limit", "100",
            ],
        );
        assert_eq!(all["from"]["kind"], "point");
        let expected = expected_order(&shelters, lat, lon, |_| true);
        let got = all["places"].as_array().unwrap();
        assert_eq!(got.len(), expected.len(), "every shelter of the source");
        for (p, (id, d)) in got.iter().zip(&expected) {
            assert_eq!(p["id"], *id, "order from ({lat}, {lon})");
            let metres = p["distance_m"].as_f64().unwrap();
            assert!(
                (metres - d).abs() <= 1.0,
                "{id}: machi says {metres} m, the haversine {d:.1} m"
            );
            let (plat, plon) = (p["lat"].as_f64().unwrap(), p["lon"].as_f64().unwrap());
            let source = shelters.iter().find(|s| s.id == *id).unwrap();
            assert_eq!((plat, plon), (source.lat, source.lon), "{id}");
            assert!(p["name"].as_str().is_some_and(|n| !n.is_empty()));
        }
        let five = nearest(
            &data,
            QUIET_DAY,
            &[
                "--kind", "shelter", "--lat", &lat_s, "--lon", &lon_s, "--limit", "5",
            ],
        );
        let first_five: Vec<&str> = expected.iter().take(5).map(|(id, _)| *id).collect();
        assert_eq!(ids(&five), first_five);
    }
}

#[test]
fn the_hazard_filter_keeps_the_shelters_designated_for_it() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("resident");
    let shelters = source_shelters();
    let (lat, lon) = (36.3147, 139.8003);
    for (hazard, keep) in [
        (
            "flood",
            (|s: &SourceShelter| s.flood) as fn(&SourceShelter) -> bool,
        ),
        ("earthquake", |s: &SourceShelter| s.earthquake),
    ] {
        let found = nearest(
            &data,
            QUIET_DAY,
            &[
                "--kind", "shelter", "--lat", "36.3147", "--lon", "139.8003", "--hazard", hazard,
                "--limit", "100",
            ],
        );
        let expected: Vec<&str> = expected_order(&shelters, lat, lon, keep)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(ids(&found), expected, "--hazard {hazard}");
        assert!(found["places"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["hazards"].as_array().unwrap().iter().any(|h| h == hazard)));
    }
    // Some shelters are not for floods (by a river): the filter really removes them.
    assert!(shelters.iter().any(|s| !s.flood));
    // A hazard the command does not know is refused.
    let out = run(command("machi").arg("--data-dir").arg(&data).args([
        "places", "nearest", "--kind", "shelter", "--hazard", "meteor",
    ]));
    assert!(!out.status.success());
}

#[test]
fn an_area_by_id_or_name_and_an_unknown_one() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("resident");
    let by_id = nearest(&data, QUIET_DAY, &["--kind", "aed", "--area", "mamada"]);
    for name in ["間々田地区", "Mamada District", "ままだ ちく"] {
        let by_name = nearest(&data, QUIET_DAY, &["--kind", "aed", "--area", name]);
        assert_eq!(by_name["places"], by_id["places"], "--area {name}");
        assert_eq!(by_name["from"]["area"], "mamada");
    }
    let out = run(command("machi")
        .arg("--data-dir")
        .arg(&data)
        .args(["places", "nearest", "--kind", "aed", "--area", "Atlantis"]));
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("not_found: "), "{stderr}");
    assert!(stderr.contains("Atlantis"), "{stderr}");
}

const OPENING: &str = r#"
[[notice]]
id = "test-shelter-opens"
category = "disaster"
severity = "warning"
published = "2027-01-15T09:00:00+09:00"
areas = []
opens_shelters = ["shelter-0022"]
[notice.title]
ja = "豊田南小学校を避難所として開設しました（試験）"
en = "Toyoda-minami Elementary School is open as a shelter (test)"
"#;

const CLOSING: &str = r#"
[[notice]]
id = "test-shelter-closes"
category = "disaster"
severity = "info"
published = "2027-01-15T12:00:00+09:00"
msg_type = "cancel"
references = ["test-shelter-opens"]
areas = []
[notice.title]
ja = "豊田南小学校の避難所を閉鎖しました（試験）"
en = "The shelter at Toyoda-minami Elementary School has closed (test)"
"#;

#[test]
fn a_synced_notice_opens_a_shelter_and_its_cancel_closes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let (city, keys) = CitySource::with_fresh_key(root, "keys");
    let notices = city.dir.join(NOTICES_PATH);
    let original = std::fs::read_to_string(&notices).unwrap();
    let bundle = root.join("bundle");
    let data = root.join("resident");
    let version = unix_now() + 1000;
    let open_ids = |now: &str| {
        ids(&nearest(
            &data,
            now,
            &["--kind", "shelter", "--open", "--limit", "50"],
        ))
    };

    // On the embedded data nothing is open that day.
    assert!(open_ids("2027-01-15T10:00:00+09:00").is_empty());

    std::fs::write(&notices, format!("{original}{OPENING}")).unwrap();
    publish(&city.dir, &bundle, &keys.secret, version, &[]);
    let served = serve(&bundle);
    sync_ok(&data, &served.url, &keys.public);
    assert_eq!(open_ids("2027-01-15T10:00:00+09:00"), ["shelter-0022"]);
    // Open only for what the notice opened, and the whole list still knows the rest are closed.
    let all = nearest(
        &data,
        "2027-01-15T10:00:00+09:00",
        &["--kind", "shelter", "--limit", "100"],
    );
    for p in all["places"].as_array().unwrap() {
        assert_eq!(p["open"], p["id"] == "shelter-0022", "{}", p["id"]);
    }
    // Before it was sent, it had opened nothing.
    assert!(open_ids("2027-01-15T08:00:00+09:00").is_empty());
    let shown = run_ok(
        command("machi")
            .env("MACHI_NOW", "2027-01-15T10:00:00+09:00")
            .arg("--data-dir")
            .arg(&data)
            .args(["places", "show", "shelter-0022", "--json"]),
    );
    let shown: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(shown["opened_by"][0]["id"], "test-shelter-opens");

    std::fs::write(&notices, format!("{original}{OPENING}{CLOSING}")).unwrap();
    publish(&city.dir, &bundle, &keys.secret, version + 1, &[]);
    sync_ok(&data, &served.url, &keys.public);
    assert!(open_ids("2027-01-15T13:00:00+09:00").is_empty());
    // The cancel is dated noon: in the morning the shelter was still open.
    assert_eq!(open_ids("2027-01-15T11:00:00+09:00"), ["shelter-0022"]);
}
