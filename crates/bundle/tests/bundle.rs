//! The whole pipeline on a source folder: check, build, determinism, refusal.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use machi_bundle::content::{
    CityContent, NoticesContent, PlacesContent, TransitContent, WasteContent,
};
use machi_bundle::manifest::{MANIFEST_NAME, SIGNATURE_NAME};
use machi_bundle::{build_bundle, check, sha256_hex, BuildError, Manifest, Report};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sample")
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

/// A writable copy of the sample sources.
fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&sample(), dir.path());
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no `{from}`", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn lines(report: &Report) -> Vec<String> {
    report.problems.iter().map(|p| p.to_string()).collect()
}

fn read_all(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for sub in ["c", "m"] {
        for entry in fs::read_dir(dir.join(sub)).unwrap() {
            let entry = entry.unwrap();
            out.insert(
                format!("{sub}/{}", entry.file_name().to_string_lossy()),
                fs::read(entry.path()).unwrap(),
            );
        }
    }
    out
}

fn dataset<T: serde::de::DeserializeOwned>(out: &Path, m: &Manifest, name: &str) -> T {
    let entry = m
        .file(name)
        .unwrap_or_else(|| panic!("{name} not in the manifest"));
    serde_json::from_slice(&fs::read(out.join(&entry.path)).unwrap()).unwrap()
}

#[test]
fn the_sample_checks_clean() {
    let report = check(&sample());
    assert!(!report.has_errors(), "{report}");
    assert_eq!(
        lines(&report),
        ["waste/target.csv:6: label: unknown category `粗大ごみ` (1 item): not a label in the description file, so it has no collection days"]
    );
}

#[test]
fn build_writes_every_file_and_the_manifest_lists_them() {
    let out = tempfile::tempdir().unwrap();
    let m = build_bundle(&sample(), out.path(), 42, "2026-11-23T22:00:00Z").unwrap();
    assert_eq!(
        (m.format, m.city_code.as_str(), m.bundle_version),
        (1, "092088", 42)
    );
    assert_eq!(m.generated_at, "2026-11-23T22:00:00Z");
    let names: Vec<_> = m.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "city.json",
            "media/shelter-1.png",
            "notices.json",
            "places.json",
            "transit.json",
            "waste.json"
        ]
    );
    for f in &m.files {
        let bytes = fs::read(out.path().join(&f.path)).unwrap();
        assert_eq!(bytes.len() as u64, f.size, "{}", f.name);
        assert_eq!(sha256_hex(&bytes), f.sha256, "{}", f.name);
        let ext = if f.name.ends_with(".png") {
            "png"
        } else {
            "json"
        };
        let dir = if ext == "png" { "m" } else { "c" };
        assert_eq!(f.path, format!("{dir}/{}.{ext}", f.sha256));
    }
    let on_disk: Manifest =
        serde_json::from_slice(&fs::read(out.path().join(MANIFEST_NAME)).unwrap()).unwrap();
    assert_eq!(on_disk, m);

    // The content reads back, with the encodings and layouts of the sample resolved.
    let city: CityContent = dataset(out.path(), &m, "city.json");
    assert_eq!(city.areas.len(), 2);
    assert_eq!(city.sync_interval_minutes, 30);
    let waste: WasteContent = dataset(out.path(), &m, "waste.json");
    assert_eq!(
        waste.areas[0].name, "中央地区",
        "no BOM left on the first cell"
    );
    assert_eq!(
        waste.areas[1].rules.len(),
        5,
        "CRLF rows and the empty last cell"
    );
    assert_eq!(
        waste.items[1].notes.as_deref(),
        Some("よごれを落として\n出してください")
    );
    assert_eq!(waste.centre_closures[0].end, "2027-01-03");
    let places: PlacesContent = dataset(out.path(), &m, "places.json");
    let aed = places
        .places
        .iter()
        .find(|p| p.id == "aed-0000000001")
        .unwrap();
    assert_eq!(aed.name["ja"], "市役所本庁舎", "decoded from CP932");
    assert_eq!(aed.detail.as_deref(), Some("１階正面玄関"));
    let shelter = places.places.iter().find(|p| p.id == "shelter-1").unwrap();
    assert_eq!(shelter.image.as_deref(), Some("media/shelter-1.png"));
    assert!(
        m.file("media/shelter-1.png").is_some(),
        "the image the place names is in the manifest"
    );
    let notices: NoticesContent = dataset(out.path(), &m, "notices.json");
    assert_eq!(notices.notices.len(), 2);
    let transit: TransitContent = dataset(out.path(), &m, "transit.json");
    assert_eq!(
        transit.agencies[0].id, "sample",
        "no BOM left on the first cell"
    );
    assert_eq!(transit.stops[1].reading.as_deref(), Some("ちゅうおうえき"));
    assert_eq!(transit.stops[2].name["en"], "City Hall");
    let late = &transit.trips[1];
    assert_eq!(
        (late.stop_times[0].departure, late.stop_times[1].arrival),
        (24 * 3600 + 30 * 60, 24 * 3600 + 37 * 60),
        "CRLF rows, times past midnight"
    );
}

#[test]
fn building_twice_gives_byte_identical_content() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let ma = build_bundle(&sample(), a.path(), 1, "2026-01-01T00:00:00Z").unwrap();
    let mb = build_bundle(&sample(), b.path(), 2, "2026-06-01T00:00:00Z").unwrap();
    assert_eq!(ma.files, mb.files);
    assert_eq!(read_all(a.path()), read_all(b.path()));
    // And again into the same folder: nothing changes but the manifest's version.
    let mc = build_bundle(&sample(), a.path(), 3, "2026-07-01T00:00:00Z").unwrap();
    assert_eq!(mc.files, ma.files);
    assert_eq!(read_all(a.path()), read_all(b.path()));
}

#[test]
fn a_changed_source_changes_only_its_dataset() {
    let src = sample_copy();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let ma = build_bundle(src.path(), a.path(), 1, "t").unwrap();
    edit(
        &src.path().join("messages/notices.toml"),
        "訓練",
        "くんれん",
    );
    let mb = build_bundle(src.path(), b.path(), 2, "t").unwrap();
    for (x, y) in ma.files.iter().zip(&mb.files) {
        assert_eq!(x.sha256 == y.sha256, x.name != "notices.json", "{}", x.name);
    }
}

#[test]
fn errors_refuse_the_build_and_keep_the_previous_manifest() {
    let src = sample_copy();
    let out = tempfile::tempdir().unwrap();
    let good = build_bundle(src.path(), out.path(), 1, "t").unwrap();
    fs::write(out.path().join(SIGNATURE_NAME), "old signature").unwrap();
    let before = fs::read(out.path().join(MANIFEST_NAME)).unwrap();

    edit(
        &src.path().join("places/wifi.csv"),
        "36.3147,139.8003",
        "139.8003,36.3147",
    );
    edit(
        &src.path().join("waste/area_days.csv"),
        "20260402",
        "2026040",
    );
    match build_bundle(src.path(), out.path(), 2, "t") {
        Err(BuildError::Check(report)) => {
            let errors: Vec<_> = report.errors().map(|p| p.to_string()).collect();
            assert_eq!(errors.len(), 2, "{report}");
            assert!(errors[0].starts_with("places/wifi.csv:2: 緯度: swapped latitude/longitude"));
            assert!(errors[1].starts_with("waste/area_days.csv:2: 臨時: bad date `2026040`"));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(fs::read(out.path().join(MANIFEST_NAME)).unwrap(), before);
    assert_eq!(
        fs::read_to_string(out.path().join(SIGNATURE_NAME)).unwrap(),
        "old signature"
    );
    for f in &good.files {
        assert!(out.path().join(&f.path).exists());
    }
    // A fresh folder gets nothing at all.
    let empty = tempfile::tempdir().unwrap();
    assert!(build_bundle(src.path(), empty.path(), 2, "t").is_err());
    assert_eq!(fs::read_dir(empty.path()).unwrap().count(), 0);
}

#[test]
fn a_new_build_removes_the_stale_signature() {
    let out = tempfile::tempdir().unwrap();
    build_bundle(&sample(), out.path(), 1, "t").unwrap();
    fs::write(out.path().join(SIGNATURE_NAME), "old").unwrap();
    build_bundle(&sample(), out.path(), 2, "t").unwrap();
    assert!(!out.path().join(SIGNATURE_NAME).exists());
}

/// One broken copy of the sample with every kind of problem the checker knows, each found with its place.
#[test]
fn every_problem_is_reported_with_file_and_line() {
    let src = sample_copy();
    let p = src.path();
    let city = p.join("city.toml");
    edit(&city, "code = \"092088\"", "code = \"092081\"");
    edit(
        &city,
        "ja = \"東地区\"\n",
        "ja = \"東地区\"\nes-MX = \"Este\"\n",
    );
    edit(&city, "waste_area = \"東地区\"", "waste_area = \"西地区\"");
    edit(&city, "[[sources]]\npath = \"places/wifi.csv\"", "[[sources]]\npath = \"places/parks.csv\"\nkind = \"wifi\"\n[[sources]]\npath = \"places/wifi.csv\"");
    fs::write(
        p.join("waste/area_days.csv"),
        "地名,センター,もやすごみ,プラ,びん,資源,せん定枝,ごみ\n中央地区,中央清掃センター,月 木,水,金2 金4:4 6 8,火2,隔火20260106,\n東地区,,火 金,月曜,2020024,木4,隔月20260105,月\n",
    )
    .unwrap();
    fs::write(
        p.join("places/shelters.csv"),
        "NO,名称,緯度,経度,災害種別_洪水,画像\n1,a,36.3,139.8,○,shelter-1.png\n2,b,139.8,36.3,,\n3,c,3.3,139.8,,\n1,d,36.3,139.8,,\n5,,36.3,139.8,,\n6,f,36.3,139.8,,missing.jpg\n",
    )
    .unwrap();
    // aed.csv is declared cp932 but saved as UTF-8; toilets.csv the other way round.
    fs::write(
        p.join("places/aed.csv"),
        "NO,名称,緯度,経度\n1,市役所,36.3147,139.8003\n",
    )
    .unwrap();
    let (cp932, _, _) = encoding_rs::SHIFT_JIS.encode("ID,名称,緯度,経度\n1,駅,36.3,139.8\n");
    fs::write(p.join("places/toilets.csv"), &cp932).unwrap();
    fs::write(p.join("places/wifi.csv"), "NO,名称,緯度\n1,駅,36.3\n").unwrap();
    edit(
        &p.join("messages/notices.toml"),
        "published = 2026-11-18T10:00:00+09:00",
        "published = \"2026-11-18\"",
    );
    fs::write(p.join("places/extra.csv"), "a\n").unwrap();

    let report = check(p);
    let got = lines(&report);
    let expected = [
        "city.toml:6: city.code: check digit of `092081` is wrong: the code would be 092088",
        "city.toml:35: areas[2].waste_area: `西地区` is not an area (地名) in the waste collection days file",
        "city.toml:38: areas[2].name.es-MX: unknown locale tag `es-MX`",
        "city.toml:68: sources.path: source `places/parks.csv` is missing",
        "messages/notices.toml:18: notice[2].published: bad date `2026-11-18`",
        "places/aed.csv:1: encoding: declared cp932 but the file is UTF-8",
        "places/extra.csv:1: file: not listed in city.toml [[sources]]; ignored",
        "places/shelters.csv:3: 緯度: swapped latitude/longitude",
        "places/shelters.csv:4: 緯度: latitude 3.3 is outside Japan",
        "places/shelters.csv:5: NO: duplicate id `1` (first at places/shelters.csv:2)",
        "places/shelters.csv:6: 名称: empty required field",
        "places/shelters.csv:7: 画像: `media/missing.jpg` not found in the source folder",
        "places/toilets.csv:1: encoding: not valid UTF-8; it looks like CP932 (Shift_JIS)",
        "places/wifi.csv:1: 経度: required column missing from the header",
        "waste/area_days.csv:1: ごみ: unknown category",
        "waste/area_days.csv:3: プラ: bad day token `月曜`: expected a weekday",
        "waste/area_days.csv:3: びん: bad date `2020024` is not a date: YYYYMMDD needs 8 digits, this has 7",
    ];
    for e in expected {
        assert!(
            got.iter().any(|l| l.starts_with(e)),
            "missing `{e}` in:\n{report}"
        );
    }
    let errors = report.error_count();
    assert_eq!(
        errors,
        expected.len() - 1,
        "exactly the expected errors (one line is a warning):\n{report}"
    );
    let out = tempfile::tempdir().unwrap();
    match build_bundle(p, out.path(), 1, "t") {
        Err(BuildError::Check(r)) => assert_eq!(r, report, "the build reports the same problems"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_missing_city_file_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let report = check(dir.path());
    assert_eq!(report.error_count(), 1);
    assert!(report.problems[0]
        .to_string()
        .starts_with("city.toml:1: file: cannot read"));
}

#[test]
fn a_missing_feed_folder_is_one_error() {
    let src = sample_copy();
    fs::remove_dir_all(src.path().join("gtfs")).unwrap();
    let report = check(src.path());
    let errors: Vec<_> = report.errors().map(|p| p.to_string()).collect();
    assert_eq!(errors.len(), 1, "{report}");
    assert!(
        errors[0].ends_with("sources.path: folder `gtfs/` of source `gtfs/` is missing"),
        "{report}"
    );
}

#[test]
fn a_waste_set_needs_area_days_and_description() {
    let src = sample_copy();
    let city = src.path().join("city.toml");
    edit(
        &city,
        "[[sources]]\npath = \"waste/description.csv\"\nkind = \"waste_description\"\n",
        "",
    );
    let report = check(src.path());
    assert!(
        report.errors().any(|p| p.file == "city.toml"
            && p.message
                .starts_with("a 5374 waste set needs a `waste_description` source")),
        "{report}"
    );
}
