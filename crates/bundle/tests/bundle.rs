//! The whole pipeline on a source folder: check, build, determinism, refusal.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use machi_bundle::content::{
    Certainty, CityContent, HealthContent, Localized, Message, MessageArea, MessageOrigin,
    MessageStatus, MessagesChunk, MsgType, PlaceKind, PlacesContent, Severity, TransitContent,
    Urgency, WasteContent, MESSAGES_PREFIX,
};
use machi_bundle::manifest::{MANIFEST_NAME, SIGNATURE_NAME};
use machi_bundle::{
    build_bundle, check, sha256_hex, write_bundle, BuildError, FileEntry, Manifest, Report,
};

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

/// Every file of a bundle, through its index pages.
fn all_files(out: &Path, m: &Manifest) -> Vec<FileEntry> {
    m.resolve(|entry| fs::read(out.join(&entry.path)).ok())
        .unwrap()
}

fn dataset<T: serde::de::DeserializeOwned>(out: &Path, m: &Manifest, name: &str) -> T {
    let entry = all_files(out, m)
        .into_iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("{name} not in the bundle"));
    serde_json::from_slice(&fs::read(out.join(&entry.path)).unwrap()).unwrap()
}

#[test]
fn the_sample_checks_clean() {
    let report = check(&sample());
    assert!(!report.has_errors(), "{report}");
    assert_eq!(
        lines(&report),
        ["waste/5374/target.csv:6: label: unknown category `粗大ごみ` (1 item): not a label in the description file, so it has no collection days"]
    );
}

#[test]
fn build_writes_every_file_and_the_manifest_lists_them() {
    let out = tempfile::tempdir().unwrap();
    let m = build_bundle(&sample(), out.path(), 42, "2026-11-23T22:00:00Z").unwrap();
    assert_eq!(
        (m.format, m.city_code.as_str(), m.bundle_version),
        (2, "092088", 42)
    );
    assert_eq!(m.generated_at, "2026-11-23T22:00:00Z");
    let names: Vec<_> = m.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "city.json",
            "health.json",
            "media/shelter-1.png",
            "places.json",
            "transit.json",
            "waste.json"
        ]
    );
    // Message chunks are listed by index pages, which the manifest lists.
    let indexes: Vec<_> = m.indexes.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(indexes, ["messages/index-0001.json"]);
    let all = all_files(out.path(), &m);
    let chunks: Vec<_> = all
        .iter()
        .filter(|f| f.name.starts_with("messages/2026-"))
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(
        chunks,
        ["messages/2026-11-1.json", "messages/2026-12-1.json"]
    );
    for f in &all {
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
    // Our items first (卵のパック of items.csv replaces the target.csv row), then the rest of target.csv.
    let names: Vec<_> = waste.items.iter().map(|i| i.name["ja"].as_str()).collect();
    assert_eq!(
        names,
        ["卵のパック", "保冷剤", "アイスノン", "一升びん", "たんす"]
    );
    assert_eq!(waste.items[0].notes["ja"], "紙製のものは\nもやすごみへ");
    assert_eq!(waste.items[0].name["en"], "egg carton");
    assert_eq!(waste.items[0].synonyms["en"], ["egg pack"]);
    assert_eq!(waste.categories[0].id, "burnable");
    assert_eq!(
        waste.areas[0].id, "central",
        "the city.toml area that uses it"
    );
    assert_eq!(waste.calendar_changes.len(), 2);
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
    // Names and addresses in other locales come from the translations file.
    assert_eq!(shelter.name["en"], "Chuo Elementary School");
    assert_eq!(shelter.name["ja-easy"], "ちゅうおう しょうがっこう");
    assert_eq!(shelter.address["en"], "1-1 Chuo-cho, Oyama, Tochigi");
    assert_eq!(shelter.address["ja"], "栃木県小山市中央町1-1");
    let toilet = places.places.iter().find(|p| p.id == "toilet-T-1").unwrap();
    assert_eq!(
        toilet.name["en"], "East Exit Public Toilet",
        "the translations file replaces 名称_英語"
    );
    assert_eq!(
        city.bounds.map(|b| (b.south, b.north)),
        Some((36.2, 36.4)),
        "city.json carries the bounds"
    );
    assert!(
        m.file("media/shelter-1.png").is_some(),
        "the image the place names is in the manifest"
    );
    // Notices and CAP alerts are one list, cut by the month they were sent in.
    let november: MessagesChunk = dataset(out.path(), &m, "messages/2026-11-1.json");
    let ids: Vec<_> = november.messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "2026-11-flood-drill",
            "2026-11-bus-timetable",
            "sample-2026-11-30-flood"
        ]
    );
    let alert = &november.messages[2];
    assert_eq!(alert.origin, MessageOrigin::Cap);
    assert_eq!(
        alert.headline["en"],
        "A shelter is open in the East district"
    );
    assert_eq!(alert.opens_shelters, ["shelter-1"]);
    let december: MessagesChunk = dataset(out.path(), &m, "messages/2026-12-1.json");
    let cancel = &december.messages[0];
    assert_eq!(cancel.msg_type, MsgType::Cancel);
    assert_eq!(cancel.references, ["sample-2026-11-30-flood"]);
    assert_eq!(
        (cancel.category.as_str(), cancel.area.ids.as_slice()),
        ("weather", ["east".to_string()].as_slice()),
        "a Cancel without <info> reaches the residents of the alert it cancels"
    );
    let health: HealthContent = dataset(out.path(), &m, "health.json");
    assert_eq!(health.rule_sets[0].steps_per_point, 500);
    assert_eq!(health.checkups[1].name["en"], "Lung cancer screening");
    assert_eq!(
        city.event_keys,
        ["RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"],
        "without event_keys, the bundle keys sign check-ins"
    );
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
    let (all_a, all_b) = (all_files(a.path(), &ma), all_files(b.path(), &mb));
    assert_eq!(all_a.len(), all_b.len());
    for (x, y) in all_a.iter().zip(&all_b) {
        assert_eq!(
            x.sha256 == y.sha256,
            !matches!(
                x.name.as_str(),
                "messages/2026-11-1.json" | "messages/index-0001.json"
            ),
            "{}",
            x.name
        );
    }

    // A new alert dropped into messages/ changes only the chunk of its month.
    fs::write(
        src.path().join("messages/2026-12-02-bus.xml"),
        "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>bus-1</identifier>\
         <sender>kotsu@sample.machi.invalid</sender><sent>2026-12-02T07:00:00+09:00</sent><status>Actual</status>\
         <msgType>Alert</msgType><scope>Public</scope><info><language>ja-JP</language><category>Transport</category>\
         <event>運休</event><urgency>Immediate</urgency><severity>Minor</severity><certainty>Observed</certainty>\
         <headline>バスが止まっています</headline></info></alert>\n",
    )
    .unwrap();
    let c = tempfile::tempdir().unwrap();
    let mc = build_bundle(src.path(), c.path(), 3, "t").unwrap();
    let all_c = all_files(c.path(), &mc);
    let changed: Vec<_> = all_c
        .iter()
        .filter(|f| {
            all_b
                .iter()
                .find(|old| old.name == f.name)
                .is_none_or(|old| old.sha256 != f.sha256)
        })
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(
        changed,
        ["messages/index-0001.json", "messages/2026-12-1.json"]
    );
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
        &src.path().join("waste/5374/area_days.csv"),
        "20260402",
        "2026040",
    );
    match build_bundle(src.path(), out.path(), 2, "t") {
        Err(BuildError::Check(report)) => {
            let errors: Vec<_> = report.errors().map(|p| p.to_string()).collect();
            assert_eq!(errors.len(), 2, "{report}");
            assert!(errors[0].starts_with("places/wifi.csv:2: 緯度: swapped latitude/longitude"));
            assert!(errors[1].starts_with("waste/5374/area_days.csv:2: 臨時: bad date `2026040`"));
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
        p.join("waste/5374/area_days.csv"),
        "地名,センター,もやすごみ,プラ,びん,資源,せん定枝,ごみ\n中央地区,中央清掃センター,月 木,水,金2 金4:4 6 8,火2,隔火20260106,\n東地区,,火 金,月曜,2020024,木4,隔月20260105,月\n",
    )
    .unwrap();
    fs::write(
        p.join("places/shelters.csv"),
        "NO,名称,住所,緯度,経度,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,画像\n\
         1,a,小山市,36.3,139.8,○,,,1,,,,,shelter-1.png\n\
         2,b,小山市,139.8,36.3,,,,,,,,,\n\
         3,c,小山市,3.3,139.8,,,,,,,,,\n\
         1,d,小山市,36.3,139.8,,,,,,,,,\n\
         5,,小山市,36.3,139.8,,,,,,,,,\n\
         6,f,小山市,36.3,139.8,,,,,,,,,missing.jpg\n\
         7,g,宇都宮市,36.56,139.88,,,,,,,,,\n\
         8,h,小山市,36.3,139.8,△,,,,,,,,\n",
    )
    .unwrap();
    // aed.csv is declared cp932 but saved as UTF-8; toilets.csv the other way round.
    fs::write(
        p.join("places/aed.csv"),
        "NO,名称,住所,緯度,経度\n1,市役所,小山市,36.3147,139.8003\n",
    )
    .unwrap();
    let (cp932, _, _) =
        encoding_rs::SHIFT_JIS.encode("ID,名称,住所,緯度,経度\n1,駅,小山市,36.3,139.8\n");
    fs::write(p.join("places/toilets.csv"), &cp932).unwrap();
    fs::write(
        p.join("places/wifi.csv"),
        "NO,名称,住所,緯度,SSID\n1,駅,小山市,36.3,free\n",
    )
    .unwrap();
    fs::write(
        p.join("places/translations.csv"),
        "id,locale,name,address\nshelter-1,en,School,\n1,en,School,\n",
    )
    .unwrap();
    edit(
        &p.join("messages/notices.toml"),
        "published = 2026-11-18T10:00:00+09:00",
        "published = \"2026-11-18\"",
    );
    fs::write(p.join("places/extra.csv"), "a\n").unwrap();
    edit(
        &p.join("messages/2026-11-30-flood.xml"),
        "<value>shelter-1</value>",
        "<value>shelter-9</value>",
    );
    edit(
        &p.join("messages/2026-12-01-flood-cancel.xml"),
        "<msgType>Cancel</msgType>",
        "<msgType>Alarm</msgType>",
    );

    let report = check(p);
    let got = lines(&report);
    let expected = [
        "city.toml:6: city.code: check digit of `092081` is wrong: the code would be 092088",
        "city.toml:36: areas[2].waste_area: `西地区` is not an area (地名) in the waste collection days file",
        "city.toml:39: areas[2].name.es-MX: unknown locale tag `es-MX`",
        "city.toml:69: sources.path: source `places/parks.csv` is missing",
        "messages/2026-11-30-flood.xml:19: info[1]/parameter[1]/value: `shelter-9` is not a shelter in the places sources",
        "messages/2026-12-01-flood-cancel.xml:6: msgType: unknown msgType `Alarm`",
        "messages/notices.toml:18: notice[2].published: bad date `2026-11-18`",
        "places/aed.csv:1: encoding: declared cp932 but the file is UTF-8",
        "places/extra.csv:1: file: not listed in city.toml [[sources]]; ignored",
        "places/shelters.csv:3: 緯度: swapped latitude/longitude",
        "places/shelters.csv:4: 緯度: latitude 3.3 is outside Japan",
        "places/shelters.csv:5: NO: duplicate id `1` (first at places/shelters.csv:2)",
        "places/shelters.csv:6: 名称: empty required field",
        "places/shelters.csv:7: 画像: `media/missing.jpg` not found in the source folder",
        "places/shelters.csv:8: 緯度: 36.56, 139.88 is outside the city (city.toml bounds",
        "places/shelters.csv:9: 洪水: `△` is not a mark",
        "places/toilets.csv:1: encoding: not valid UTF-8; it looks like CP932 (Shift_JIS)",
        "places/translations.csv:3: id: `1` is not a place in the places sources",
        "places/wifi.csv:1: 経度: required column missing from the header",
        "waste/5374/area_days.csv:1: ごみ: unknown category",
        "waste/5374/area_days.csv:3: プラ: bad day token `月曜`: expected a weekday",
        "waste/5374/area_days.csv:3: びん: bad date `2020024` is not a date: YYYYMMDD needs 8 digits, this has 7",
        // The new area_days.csv has no 西地区, which the calendar file names.
        "waste/calendar.csv:4: area: unknown area `西地区`: not a 地名 in area_days.csv",
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
    fs::remove_file(src.path().join("waste/5374/description.csv")).unwrap();
    fs::write(src.path().join("waste/5374/notes.txt"), "x").unwrap();
    let report = check(src.path());
    let got = lines(&report);
    assert!(
        got.iter().any(|l| l
            == "city.toml:42: sources.path: the 5374 folder `waste/5374/` has no description.csv"),
        "{report}"
    );
    assert!(
        got.iter().any(|l| l
            .starts_with("waste/5374/notes.txt:1: file: not a file of a 5374 set (area_days.csv,")),
        "{report}"
    );
}

#[test]
fn our_waste_files_need_a_5374_folder() {
    let src = sample_copy();
    edit(
        &src.path().join("city.toml"),
        "path = \"waste/5374/\"\nkind = \"waste_5374\"\nencoding = \"utf-8\"\n[[sources]]\n",
        "",
    );
    let report = check(src.path());
    let errors: Vec<_> = report.errors().map(|p| p.to_string()).collect();
    assert!(
        errors.iter().any(|e| e.ends_with(
            "sources.kind: `waste_items` adds to a 5374 set: list the set's folder too (kind `waste_5374`)"
        )),
        "{report}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.ends_with("waste_area: set, but no `waste_5374` source is listed")),
        "{report}"
    );
}

/// A message of the inbox history: every fifth in all twelve languages (about the size of the city's real
/// notices), the others in Japanese and English. Sent every 100 minutes from January 2026.
fn history_message(i: usize) -> Message {
    let sent = chrono::DateTime::parse_from_rfc3339("2026-01-01T08:00:00+09:00").unwrap()
        + chrono::Duration::minutes(100 * i as i64);
    let locales: &[&str] = if i.is_multiple_of(5) {
        &machi_bundle::city::LOCALES
    } else {
        &["ja", "en"]
    };
    let text = |what: &str| -> Localized {
        locales
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    format!(
                        "{what} {i} ({l}): {}",
                        "小山市からのお知らせです。".repeat(6)
                    ),
                )
            })
            .collect()
    };
    Message {
        id: format!("history-{i:05}"),
        sender: "092088".into(),
        sent: sent.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        status: MessageStatus::Actual,
        msg_type: MsgType::Alert,
        references: Vec::new(),
        category: "city".into(),
        cap_categories: Vec::new(),
        event: Localized::new(),
        urgency: Urgency::Unknown,
        severity: Severity::Minor,
        certainty: Certainty::Unknown,
        effective: None,
        onset: None,
        expires: None,
        headline: text("見出し"),
        description: text("本文"),
        instruction: Localized::new(),
        web: None,
        area: MessageArea::default(),
        opens_shelters: Vec::new(),
        origin: MessageOrigin::Notice,
    }
}

/// Every file of a written bundle, through its index pages, by name.
fn resolved(dir: &std::path::Path, manifest: &machi_bundle::Manifest) -> Vec<FileEntry> {
    manifest
        .resolve(|entry| fs::read(dir.join(&entry.path)).ok())
        .unwrap()
}

/// The promise of the layout: one new message on top of a 10,000-message history costs a resident at most 50 KB
/// downloaded — the manifest, the one index page and the one chunk that change.
#[test]
fn one_new_message_on_ten_thousand_costs_less_than_50_kb() {
    let (imported, report) = machi_bundle::import(&sample());
    let mut imported = imported.unwrap_or_else(|| panic!("{report}"));
    imported.messages = (0..10_000).map(history_message).collect();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let before = write_bundle(&imported, a.path(), 1, "t").unwrap();
    // The order the sources were read in does not matter: the chunks are the same.
    let mut shuffled = imported.messages.clone();
    shuffled.reverse();
    shuffled.swap(17, 4242);
    assert_eq!(
        machi_bundle::messages::chunks(&shuffled),
        machi_bundle::messages::chunks(&imported.messages)
    );

    imported.messages.push(history_message(10_000));
    let after = write_bundle(&imported, b.path(), 3, "t").unwrap();
    let old: BTreeMap<String, String> = resolved(a.path(), &before)
        .into_iter()
        .map(|f| (f.name, f.sha256))
        .collect();
    let all_after = resolved(b.path(), &after);
    let changed: Vec<&FileEntry> = all_after
        .iter()
        .filter(|f| old.get(&f.name) != Some(&f.sha256))
        .collect();
    let mut names: Vec<&str> = changed.iter().map(|f| f.name.as_str()).collect();
    names.sort();
    let last_page = after.indexes.last().unwrap().name.as_str();
    assert_eq!(names.len(), 2, "one chunk and its index page: {names:?}");
    assert!(names.contains(&last_page), "{names:?}");
    let manifest = fs::metadata(b.path().join(MANIFEST_NAME)).unwrap().len();
    let bytes: u64 = changed.iter().map(|f| f.size).sum::<u64>() + manifest;
    assert!(
        bytes <= 50_000,
        "{bytes} bytes to download (manifest {manifest} + {names:?})"
    );

    let chunks = all_after
        .iter()
        .filter(|f| f.name.starts_with(MESSAGES_PREFIX) && !f.name.contains("/index-"))
        .count();
    eprintln!(
        "10,001 messages in {chunks} chunks and {} index pages; one new message costs {bytes} bytes \
         (manifest {manifest})",
        after.indexes.len()
    );
}

/// Oyama's own sources: no errors, and the sample CAP alerts arrive as messages in several languages that
/// open real shelters.
#[test]
fn the_oyama_sources_check_clean_with_their_cap_alerts() {
    let oyama = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = machi_bundle::import(&oyama);
    assert!(!report.has_errors(), "{report}");
    let imported = imported.unwrap();
    let cap: Vec<&Message> = imported
        .messages
        .iter()
        .filter(|m| m.origin == MessageOrigin::Cap)
        .collect();
    let kinds: Vec<_> = cap.iter().map(|m| (m.id.as_str(), m.msg_type)).collect();
    assert_eq!(
        kinds,
        [
            ("JP-092088-20261127-001", MsgType::Alert),
            ("JP-092088-20261127-002", MsgType::Update),
            ("JP-092088-20261128-001", MsgType::Cancel),
            ("JP-092088-20261209-001", MsgType::Alert),
        ]
    );
    let flood = cap[0];
    let locales: Vec<_> = flood.headline.keys().map(String::as_str).collect();
    assert_eq!(locales, ["en", "ja", "ja-easy", "ne", "pt-BR", "vi"]);
    assert_eq!(flood.opens_shelters, ["shelter-0001", "shelter-0003"]);
    let shelters: Vec<_> = imported
        .places
        .places
        .iter()
        .filter(|p| flood.opens_shelters.contains(&p.id))
        .map(|p| p.name["ja"].as_str())
        .collect();
    assert_eq!(shelters, ["小山第一小学校", "小山第三小学校"]);
    assert_eq!(cap[3].category, "child_safety");
    assert_eq!(cap[3].area.ids, ["mamada"]);
}

/// Oyama's data speaks every shipped locale: the check warns of no missing text, and the 150 most asked
/// waste items have their name and how-to in each.
#[test]
fn oyamas_data_has_text_in_every_shipped_locale() {
    let oyama = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = machi_bundle::import(&oyama);
    let missing: Vec<String> = report
        .problems
        .iter()
        .map(|p| p.to_string())
        .filter(|p| p.contains("no text in"))
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
    let waste = imported.unwrap().waste;
    let mut ranked: Vec<_> = waste.items.iter().filter(|i| i.rank.is_some()).collect();
    ranked.sort_by_key(|i| i.rank);
    assert!(ranked.len() >= 150, "{} ranked items", ranked.len());
    for item in &ranked[..150] {
        for locale in OYAMA_DATA_LOCALES {
            for (what, text) in [("name", &item.name), ("how", &item.how)] {
                assert!(
                    text.get(locale).is_some_and(|t| !t.trim().is_empty()),
                    "{} has no {locale} {what}",
                    item.id
                );
            }
        }
    }
}

/// Oyama's shelters can be shown in every shipped locale, and all its places lie inside its bounds.
#[test]
fn oyamas_shelters_have_names_and_addresses_in_every_locale() {
    let oyama = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = machi_bundle::import(&oyama);
    assert!(!report.has_errors(), "{report}");
    let imported = imported.unwrap();
    let bounds = imported.city.bounds.expect("Oyama declares its bounds");
    let shelters: Vec<_> = imported
        .places
        .places
        .iter()
        .filter(|p| p.kind == PlaceKind::Shelter)
        .collect();
    assert_eq!(shelters.len(), 31);
    for p in &shelters {
        let named: Vec<_> = p.name.keys().map(String::as_str).collect();
        let addressed: Vec<_> = p.address.keys().map(String::as_str).collect();
        for locale in OYAMA_DATA_LOCALES {
            assert!(named.contains(&locale), "{} has no {locale} name", p.id);
            assert!(
                addressed.contains(&locale),
                "{} has no {locale} address",
                p.id
            );
        }
    }
    assert!(imported
        .places
        .places
        .iter()
        .all(|p| bounds.contains(p.location)));
    let hall = imported
        .places
        .places
        .iter()
        .find(|p| p.id == "aed-0000000001")
        .unwrap();
    assert_eq!(hall.name["pt-BR"], "Prefeitura de Oyama");
    assert_eq!(
        hall.address["ja"], "栃木県小山市中央町1-1-1 本庁舎",
        "方書 after the address"
    );
}

#[test]
fn opened_shelters_must_be_shelters_of_the_places_sources() {
    let src = sample_copy();
    let alert = src.path().join("messages/2026-11-30-flood.xml");
    edit(
        &alert,
        "<value>shelter-1</value>",
        "<value>shelter-2 aed-0000000001</value>",
    );
    let errors: Vec<_> = check(src.path()).errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        ["messages/2026-11-30-flood.xml:19: info[1]/parameter[1]/value: `aed-0000000001` is a place of kind `aed`, not a shelter"]
    );

    // Without a shelters source there is nothing to check against: a warning, not an error.
    let city = src.path().join("city.toml");
    edit(
        &city,
        "[[sources]]\npath = \"places/shelters.csv\"\nkind = \"shelters\"\n",
        "",
    );
    fs::remove_file(src.path().join("places/shelters.csv")).unwrap();
    // Translations of the shelters would name places that are gone.
    fs::write(
        src.path().join("places/translations.csv"),
        "id,locale,name\ntoilet-T-1,en,Toilet\n",
    )
    .unwrap();
    let report = check(src.path());
    assert!(!report.has_errors(), "{report}");
    assert!(
        report.warnings().any(|p| p.message
            == "opens `shelter-2`, but city.toml lists no `shelters` source to check it against"),
        "{report}"
    );
}

/// Oyama's points scheme: the fiscal year, the six check-ups in every locale, a mid-year change of rules.
#[test]
fn the_oyama_health_rules_cover_the_fiscal_year_in_every_locale() {
    let oyama = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = machi_bundle::import(&oyama);
    assert!(!report.has_errors(), "{report}");
    assert!(
        !report
            .problems
            .iter()
            .any(|p| p.file.starts_with("health/")),
        "{report}"
    );
    let health = imported.unwrap().health.unwrap();
    let p = &health.periods[0];
    assert_eq!(
        (p.from.as_str(), p.to.as_str()),
        ("2026-04-01", "2027-03-31")
    );
    let ids: Vec<_> = health.checkups.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "tokutei",
            "stomach_cancer",
            "lung_cancer",
            "colorectal_cancer",
            "breast_cancer",
            "cervical_cancer"
        ]
    );
    let names = |l: &Localized| l.keys().cloned().collect::<Vec<_>>();
    let all: Vec<String> = OYAMA_DATA_LOCALES
        .iter()
        .map(|s| s.to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for c in &health.checkups {
        assert_eq!(names(&c.name), all, "{}", c.id);
    }
    for t in &p.tiers {
        assert_eq!(names(&t.name), all, "{}", t.id);
    }
    let versions: Vec<_> = health
        .rule_sets
        .iter()
        .map(|r| (r.version, r.valid_from.as_str(), r.valid_to.as_str()))
        .collect();
    assert_eq!(
        versions,
        [
            (1, "2026-04-01", "2026-09-30"),
            (2, "2026-10-01", "2027-03-31")
        ]
    );
}

/// Furigana markup is checked in every source: well-formed markup passes, a broken one is an error at its line.
#[test]
fn furigana_markup_is_checked_where_it_is_written() {
    let src = sample_copy();
    let notices = src.path().join("messages/notices.toml");
    edit(
        &notices,
        "水害の避難訓練",
        "水害《すいがい》の｜避難訓練《ひなんくんれん》",
    );
    assert!(
        !check(src.path()).has_errors(),
        "well-formed markup is fine"
    );
    edit(
        &notices,
        "｜避難訓練《ひなんくんれん》",
        "避難訓練《ひなんくんれん",
    );
    let report = check(src.path());
    assert_eq!(
        report.errors().map(|p| p.to_string()).collect::<Vec<_>>(),
        ["messages/notices.toml:21: furigana: furigana markup at character 20: 《 without a closing 》"]
    );
}

/// Oyama's own data is translated into every locale the app ships.
const OYAMA_DATA_LOCALES: [&str; 17] = machi_bundle::city::LOCALES;

/// `[feed].missed_searches` is a path inside the feed folder, so the app can never be told to send a resident's
/// words to another address; a good one reaches city.json.
#[test]
fn missed_searches_stay_inside_the_feed_folder() {
    let src = sample_copy();
    let city = src.path().join("city.toml");
    for bad in [
        "https://elsewhere.example/words",
        "../words",
        "/words",
        "a//b",
        "",
    ] {
        let before = fs::read_to_string(&city).unwrap();
        edit(
            &city,
            "sync_interval_minutes = 30",
            &format!("sync_interval_minutes = 30\nmissed_searches = {bad:?}"),
        );
        let errors: Vec<String> = check(src.path()).errors().map(|p| p.to_string()).collect();
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert!(
            errors[0].starts_with("city.toml:21: feed.missed_searches: "),
            "{bad}: {errors:?}"
        );
        fs::write(&city, before).unwrap();
    }
    edit(
        &city,
        "sync_interval_minutes = 30",
        "sync_interval_minutes = 30\nmissed_searches = \"waste/missed-searches\"",
    );
    let (imported, report) = machi_bundle::import(src.path());
    assert!(!report.has_errors(), "{report}");
    assert_eq!(
        imported.unwrap().city.missed_searches.as_deref(),
        Some("waste/missed-searches")
    );
}

/// Every Japanese municipality keeps Japan's clock; another time zone would make the app's days disagree with
/// the city's, so it is refused where it is written.
#[test]
fn a_city_keeps_japans_clock() {
    let src = sample_copy();
    edit(
        &src.path().join("city.toml"),
        "timezone = \"Asia/Tokyo\"",
        "timezone = \"America/Sao_Paulo\"",
    );
    let errors: Vec<String> = check(src.path()).errors().map(|p| p.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains(": city.timezone: `America/Sao_Paulo` is not supported"),
        "{errors:?}"
    );
}
