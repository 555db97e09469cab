use super::*;
use crate::text::{decode, Encoding};
use crate::Severity;

// The headers of each kind as published: the old 推奨データセット, the 自治体標準オープンデータセット, and for
// shelters the 国土地理院 list. The rows below are our own, written into each header by `csv`.

const SHELTERS_OLD: &str = "NO,名称,名称_カナ,住所,方書,緯度,経度,標高,電話番号,内線番号,市区町村コード,都道府県名,市区町村名,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,URL,備考";
const SHELTERS_NEW: &str = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,高度の種別,高度の値,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,電話番号,内線番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,URL,画像,画像_ライセンス,備考";
const SHELTERS_GSI: &str = "NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,指定避難所との住所同一,緯度,経度,備考";
const AED_OLD: &str = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,方書,緯度,経度,設置位置,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,小児対応設備の有無,URL,備考";
const AED_NEW: &str = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,設置位置,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,小児対応設備の有無,画像,画像_ライセンス,URL,備考";
const TOILETS_OLD: &str = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,住所,方書,設置位置,緯度,経度,男性トイレ総数,男性トイレ数（小便器）,男性トイレ数（和式）,男性トイレ数（洋式）,女性トイレ総数,女性トイレ数（和式）,女性トイレ数（洋式）,男女共用トイレ総数,男女共用トイレ数（和式）,男女共用トイレ数（洋式）,多機能トイレ数,車椅子使用者用トイレ有無,乳幼児用設備設置トイレ有無,オストメイト設置トイレ有無,利用開始時間,利用終了時間,利用可能時間特記事項,画像,画像_ライセンス,備考";
const TOILETS_NEW: &str = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英語,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),設置位置,緯度,経度,高度の種別,高度の値,男性トイレ総数,男性トイレ数（小便器）,男性トイレ数（和式）,男性トイレ数（洋式）,女性トイレ総数,女性トイレ数（和式）,女性トイレ数（洋式）,男女共用トイレ総数,男女共用トイレ数（和式）,男女共用トイレ数（洋式）,バリアフリートイレ数,車椅子使用者用トイレ有無,乳幼児用設備設置トイレ有無,オストメイト設置トイレ有無,利用開始時間,利用終了時間,利用可能時間特記事項,画像,画像_ライセンス,備考";
const WIFI_OLD: &str = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,住所,方書,緯度,経度,設置者,電話番号,内線番号,SSID,提供エリア,URL,備考";
const WIFI_NEW: &str = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,設置者,電話番号,内線番号,SSID,提供エリア,画像,画像_ライセンス,URL,備考";

/// Oyama, generously: what data/oyama/city.toml declares.
const OYAMA: Bounds = Bounds {
    south: 36.22,
    west: 139.68,
    north: 36.38,
    east: 139.90,
};

/// A CSV file in `header`: each row names its cells by column, and a name like `住所|所在地_連結表記` fills
/// whichever of the spellings the header has. Cells with commas, quotes or line breaks are quoted.
fn csv(header: &str, rows: &[&[(&str, &str)]]) -> String {
    let columns: Vec<&str> = header.split(',').collect();
    let mut out = format!("{header}\n");
    for row in rows {
        let mut cells = vec![String::new(); columns.len()];
        for (names, value) in row.iter() {
            let i = names
                .split('|')
                .find_map(|n| columns.iter().position(|c| *c == n))
                .unwrap_or_else(|| panic!("no column {names} in {header}"));
            cells[i] = if value.contains([',', '"', '\n']) {
                format!("\"{}\"", value.replace('"', "\"\""))
            } else {
                value.to_string()
            };
        }
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

struct Run {
    places: Vec<Place>,
    report: Report,
}

impl Run {
    fn errors(&self) -> Vec<String> {
        self.report.errors().map(|p| p.to_string()).collect()
    }

    fn warnings(&self) -> Vec<String> {
        self.report.warnings().map(|p| p.to_string()).collect()
    }

    fn ids(&self) -> Vec<&str> {
        self.places.iter().map(|p| p.id.as_str()).collect()
    }
}

/// Decodes `bytes` as the city declared them, then imports: the path a real file takes.
fn run_bytes(
    kind: PlaceKind,
    file: &str,
    bytes: &[u8],
    encoding: Encoding,
    bounds: Option<Bounds>,
) -> Run {
    let mut report = Report::new();
    let mut places = Vec::new();
    if let Some(text) = decode(bytes, encoding, file, &mut report) {
        let media = BTreeSet::from(["media/sign.png".to_string()]);
        let source = SourceText::new(file, text);
        let input = PlacesInput {
            kind,
            source: &source,
            media: &media,
            bounds,
        };
        import(&input, &mut IdRegistry::default(), &mut places, &mut report);
    }
    report.sort();
    Run { places, report }
}

fn run(kind: PlaceKind, file: &str, text: &str) -> Run {
    run_bytes(kind, file, text.as_bytes(), Encoding::Utf8, Some(OYAMA))
}

fn cp932(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
    assert!(!unmappable, "test text must be CP932: {text}");
    bytes.into_owned()
}

fn ja(text: &str) -> Localized {
    Localized::from([("ja".to_string(), text.to_string())])
}

// ------------------------------------------------------------------------------------------------------
// One place of each kind, written in every layout.

const SCHOOL: &[(&str, &str)] = &[
    ("ID|共通ID|NO", "0101"),
    ("名称|施設・場所名", "城北小学校"),
    ("住所|所在地_連結表記", "栃木県小山市城北1丁目"),
    ("緯度", "36.3301"),
    ("経度", "139.8102"),
    ("災害種別_洪水|洪水", "1"),
    ("災害種別_地震|地震", "○"),
    ("災害種別_大規模な火事|大規模な火事", "◯"),
    ("災害種別_内水氾濫|内水氾濫", "●"),
    ("災害種別_高潮|高潮", "0"),
    ("災害種別_津波|津波", "×"),
    ("災害種別_火山現象|火山現象", "-"),
    ("指定避難所との重複|指定避難所との住所同一", "○"),
];

fn check_school(p: &Place) {
    assert_eq!(p.id, "shelter-0101");
    assert_eq!(p.kind, PlaceKind::Shelter);
    assert_eq!(p.name["ja"], "城北小学校");
    assert_eq!(p.address, ja("栃木県小山市城北1丁目"));
    assert_eq!(
        p.location,
        LatLon {
            lat: 36.3301,
            lon: 139.8102
        }
    );
    assert_eq!(
        p.hazards,
        [
            Hazard::Flood,
            Hazard::Earthquake,
            Hazard::LargeFire,
            Hazard::InlandFlood
        ]
    );
    assert!(p.evacuation_centre);
}

#[test]
fn shelters_read_alike_in_the_old_the_new_and_the_gsi_layout() {
    for header in [SHELTERS_OLD, SHELTERS_NEW, SHELTERS_GSI] {
        let r = run(
            PlaceKind::Shelter,
            "places/shelters.csv",
            &csv(header, &[SCHOOL]),
        );
        assert!(r.report.problems.is_empty(), "{}", r.report);
        check_school(&r.places[0]);
    }
    // The columns only some layouts have.
    let more: Vec<(&str, &str)> = SCHOOL
        .iter()
        .copied()
        .chain([
            ("想定収容人数", "1,200人"),
            ("電話番号", "0285-00-0101"),
            ("方書|建物名等(方書)", "体育館"),
            ("名称_カナ", "ジョウホクショウガッコウ"),
        ])
        .collect();
    let old = run(PlaceKind::Shelter, "s.csv", &csv(SHELTERS_OLD, &[&more]));
    let mut with_en = more.clone();
    with_en.push(("名称_英字", "Johoku Elementary School"));
    let new = run(PlaceKind::Shelter, "s.csv", &csv(SHELTERS_NEW, &[&with_en]));
    for r in [&old, &new] {
        assert!(r.report.problems.is_empty(), "{}", r.report);
        let p = &r.places[0];
        assert_eq!(p.capacity, Some(1200));
        assert_eq!(p.phone.as_deref(), Some("0285-00-0101"));
        assert_eq!(
            p.address,
            ja("栃木県小山市城北1丁目 体育館"),
            "方書 follows the address"
        );
        assert_eq!(p.kana.as_deref(), Some("ジョウホクショウガッコウ"));
    }
    assert_eq!(new.places[0].name["en"], "Johoku Elementary School");
    assert!(!old.places[0].name.contains_key("en"));
}

const AED: &[(&str, &str)] = &[
    ("ID|NO", "0000000007"),
    ("名称", "城北市民センター"),
    ("住所|所在地_連結表記", "栃木県小山市城北2丁目3-4"),
    ("方書|建物名等(方書)", "2階"),
    ("緯度", "36.3322"),
    ("経度", "139.8150"),
    ("設置位置", "玄関ホール"),
    ("電話番号", "(0285)00-0007"),
    ("利用可能曜日", "月・水・金"),
    ("開始時間", "8:30"),
    ("終了時間", "22:00"),
    ("利用可能日時特記事項", "年末年始は休館"),
];

#[test]
fn aeds_read_alike_in_both_layouts() {
    for header in [AED_OLD, AED_NEW] {
        let r = run(PlaceKind::Aed, "places/aed.csv", &csv(header, &[AED]));
        assert!(r.report.problems.is_empty(), "{}", r.report);
        let p = &r.places[0];
        assert_eq!(p.id, "aed-0000000007", "zero padding is part of the id");
        assert_eq!(p.address, ja("栃木県小山市城北2丁目3-4 2階"));
        assert_eq!(p.detail.as_deref(), Some("玄関ホール"));
        assert_eq!(
            p.hours.as_deref(),
            Some("月・水・金 8:30–22:00 年末年始は休館")
        );
        assert_eq!(p.phone.as_deref(), Some("(0285)00-0007"));
        assert!(p.hazards.is_empty() && p.capacity.is_none() && p.ssid.is_none());
    }
}

const TOILET: &[(&str, &str)] = &[
    ("ID|NO", "12"),
    ("名称", "城北緑地公衆トイレ"),
    ("名称_英語", "Johoku Green Public Toilet"),
    ("住所|所在地_連結表記", "栃木県小山市城北3丁目"),
    ("設置位置", "駐車場の北"),
    ("緯度", "36.3350"),
    ("経度", "139.8120"),
    ("利用開始時間", "06:00"),
    ("利用終了時間", "21:00"),
    ("画像", "sign.png"),
];

#[test]
fn toilets_read_alike_in_both_layouts() {
    for header in [TOILETS_OLD, TOILETS_NEW] {
        let r = run(
            PlaceKind::Toilet,
            "places/toilets.csv",
            &csv(header, &[TOILET]),
        );
        assert!(r.report.problems.is_empty(), "{}", r.report);
        let p = &r.places[0];
        assert_eq!(p.id, "toilet-12");
        assert_eq!(p.name["en"], "Johoku Green Public Toilet");
        assert_eq!(p.detail.as_deref(), Some("駐車場の北"));
        assert_eq!(p.hours.as_deref(), Some("06:00–21:00"));
        assert_eq!(p.image.as_deref(), Some("media/sign.png"));
    }
}

const WIFI: &[(&str, &str)] = &[
    ("ID|NO", "3"),
    ("名称", "城北図書館"),
    ("名称_英語|名称_英字", "Johoku Library"),
    ("住所|所在地_連結表記", "栃木県小山市城北4丁目5"),
    ("緯度", "36.3360"),
    ("経度", "139.8090"),
    ("SSID", "Oyama_Free"),
    ("提供エリア", "1階閲覧室"),
];

#[test]
fn wifi_reads_alike_in_both_layouts() {
    for header in [WIFI_OLD, WIFI_NEW] {
        let r = run(PlaceKind::Wifi, "places/wifi.csv", &csv(header, &[WIFI]));
        assert!(r.report.problems.is_empty(), "{}", r.report);
        let p = &r.places[0];
        assert_eq!(p.id, "wifi-3");
        assert_eq!(p.name["en"], "Johoku Library");
        assert_eq!(p.ssid.as_deref(), Some("Oyama_Free"));
        assert_eq!(p.detail.as_deref(), Some("1階閲覧室"), "提供エリア");
    }
}

/// A row's cells by column name.
type Cells<'a> = &'a [(&'a str, &'a str)];

/// Every kind in every layout, as UTF-8, UTF-8 with a BOM and CRLF (Excel), and CP932: the same places.
#[test]
fn every_layout_reads_the_same_in_every_encoding() {
    let cases: [(PlaceKind, &str, Cells); 9] = [
        (PlaceKind::Shelter, SHELTERS_OLD, SCHOOL),
        (PlaceKind::Shelter, SHELTERS_NEW, SCHOOL),
        (PlaceKind::Shelter, SHELTERS_GSI, SCHOOL),
        (PlaceKind::Aed, AED_OLD, AED),
        (PlaceKind::Aed, AED_NEW, AED),
        (PlaceKind::Toilet, TOILETS_OLD, TOILET),
        (PlaceKind::Toilet, TOILETS_NEW, TOILET),
        (PlaceKind::Wifi, WIFI_OLD, WIFI),
        (PlaceKind::Wifi, WIFI_NEW, WIFI),
    ];
    for (kind, header, row) in cases {
        let text = csv(header, &[row]);
        let plain = run(kind, "p.csv", &text);
        assert!(plain.report.problems.is_empty(), "{}", plain.report);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(text.replace('\n', "\r\n").bytes());
        let encodings = [(bom, Encoding::Utf8), (cp932(&text), Encoding::Cp932)];
        for (bytes, encoding) in encodings {
            let r = run_bytes(kind, "p.csv", &bytes, encoding, Some(OYAMA));
            assert!(
                r.report.problems.is_empty(),
                "{header} {encoding:?}: {}",
                r.report
            );
            assert_eq!(r.places, plain.places, "{header} {encoding:?}");
        }
    }
}

#[test]
fn a_cp932_file_declared_utf8_is_an_error_but_still_read() {
    let text = csv(AED_OLD, &[AED]);
    let r = run_bytes(
        PlaceKind::Aed,
        "places/aed.csv",
        &cp932(&text),
        Encoding::Utf8,
        Some(OYAMA),
    );
    assert_eq!(r.report.error_count(), 1);
    assert!(
        r.errors()[0]
            .starts_with("places/aed.csv:1: encoding: not valid UTF-8; it looks like CP932"),
        "{:?}",
        r.errors()
    );
    assert_eq!(r.ids(), ["aed-0000000007"]);
}

#[test]
fn quoted_fields_hold_commas_quotes_and_line_breaks() {
    let text = "ID,名称,住所,緯度,経度,設置位置,利用可能時間特記事項\n\
                1,\"市民会館 \"\"ホール\"\"\",\"栃木県小山市中央町1-1, 2階\",36.3147,139.8003,\"受付の横\n（奥）\",\n\
                2,体育館,栃木県小山市,36.3150,139.8010,,\"平日のみ, 祝日は休み\"\n";
    let r = run(PlaceKind::Aed, "places/aed.csv", text);
    assert!(r.report.problems.is_empty(), "{}", r.report);
    assert_eq!(r.places[0].name["ja"], "市民会館 \"ホール\"");
    assert_eq!(r.places[0].address, ja("栃木県小山市中央町1-1, 2階"));
    assert_eq!(r.places[0].detail.as_deref(), Some("受付の横\n（奥）"));
    assert_eq!(r.places[1].hours.as_deref(), Some("平日のみ, 祝日は休み"));
    // A problem on the row after a multi-line cell points at its real line.
    let broken = text.replace("2,体育館,栃木県小山市,36.3150", "2,体育館,栃木県小山市,x");
    let r = run(PlaceKind::Aed, "places/aed.csv", &broken);
    assert_eq!(
        r.errors(),
        ["places/aed.csv:4: 緯度: `x` is not a number of degrees"]
    );
}

// ------------------------------------------------------------------------------------------------------
// Broken files: every error at its file:line, and the row left out.

#[test]
fn hazard_marks_yes_no_and_anything_else() {
    for yes in ["1", "１", "○", "◯", "〇", "●"] {
        assert_eq!(parse_mark(yes), Some(true), "{yes}");
    }
    for no in ["", "0", "０", "×", "✕", "-", "－", "ー"] {
        assert_eq!(parse_mark(no), Some(false), "{no}");
    }
    for other in ["△", "有", "2", "yes", "○○"] {
        assert_eq!(parse_mark(other), None, "{other}");
    }
    let row = |id: &'static str, flood: &'static str, centre: &'static str| {
        vec![
            ("ID", id),
            ("名称", "公園"),
            ("所在地_連結表記", "栃木県小山市"),
            ("緯度", "36.31"),
            ("経度", "139.80"),
            ("災害種別_洪水", flood),
            ("指定避難所との重複", centre),
        ]
    };
    let rows = [
        row("1", "○", ""),
        row("2", "△", ""),
        row("3", "1", "有"),
        row("4", "ー", "●"),
    ];
    let rows: Vec<&[(&str, &str)]> = rows.iter().map(Vec::as_slice).collect();
    let r = run(
        PlaceKind::Shelter,
        "places/shelters.csv",
        &csv(SHELTERS_NEW, &rows),
    );
    assert_eq!(
        r.errors(),
        [
            "places/shelters.csv:3: 災害種別_洪水: `△` is not a mark: 1, ○, ◯ or ● for yes; empty, 0, × or - for no",
            "places/shelters.csv:4: 指定避難所との重複: `有` is not a mark: 1, ○, ◯ or ● for yes; empty, 0, × or - for no",
        ]
    );
    assert_eq!(r.ids(), ["shelter-1", "shelter-4"]);
    assert_eq!(r.places[0].hazards, [Hazard::Flood]);
    assert!(r.places[1].hazards.is_empty() && r.places[1].evacuation_centre);
}

#[test]
fn coordinates_swapped_outside_japan_outside_the_city_and_not_numbers() {
    let text = "ID,名称,住所,緯度,経度\n\
                1,ok,小山市,36.3,139.8\n\
                2,swapped,小山市,139.8,36.3\n\
                3,south,小山市,3.3,139.8\n\
                4,west,小山市,36.3,100.0\n\
                5,typo,小山市,36.3.1,139.8\n\
                6,blank,小山市,,139.8\n\
                7,全角,小山市,３６．３,１３９．８\n\
                8,宇都宮,宇都宮市,36.5551,139.8828\n\
                9,古河,古河市,36.30,139.65\n\
                10,東京,東京都,35.68,139.76\n";
    let r = run(PlaceKind::Aed, "places/aed.csv", text);
    assert_eq!(
        r.errors(),
        [
            "places/aed.csv:3: 緯度: swapped latitude/longitude: latitude 139.8 and longitude 36.3 fit Japan only the other way round",
            "places/aed.csv:4: 緯度: latitude 3.3 is outside Japan (20–46)",
            "places/aed.csv:5: 経度: longitude 100 is outside Japan (122–154)",
            "places/aed.csv:6: 緯度: `36.3.1` is not a number of degrees",
            "places/aed.csv:7: 緯度: empty required field",
            "places/aed.csv:9: 緯度: 36.5551, 139.8828 is outside the city (city.toml bounds: latitude 36.22–36.38, longitude 139.68–139.9)",
            "places/aed.csv:10: 経度: 36.3, 139.65 is outside the city (city.toml bounds: latitude 36.22–36.38, longitude 139.68–139.9)",
            "places/aed.csv:11: 緯度: 35.68, 139.76 is outside the city (city.toml bounds: latitude 36.22–36.38, longitude 139.68–139.9)",
        ]
    );
    assert_eq!(r.ids(), ["aed-1", "aed-7"], "rows with errors are left out");
    // Without bounds, only Japan is checked.
    let r = run_bytes(
        PlaceKind::Aed,
        "a.csv",
        text.as_bytes(),
        Encoding::Utf8,
        None,
    );
    assert_eq!(r.ids(), ["aed-1", "aed-7", "aed-8", "aed-9", "aed-10"]);
}

#[test]
fn ids_empty_with_spaces_and_duplicate() {
    let text = "NO,名称,住所,緯度,経度\n1,a,小山市,36.3,139.8\n1,b,小山市,36.3,139.8\n2,,小山市,36.3,139.8\n,c,小山市,36.3,139.8\nA 1,d,小山市,36.3,139.8\n";
    let r = run(PlaceKind::Toilet, "places/toilets.csv", text);
    assert_eq!(
        r.errors(),
        [
            "places/toilets.csv:3: NO: duplicate id `1` (first at places/toilets.csv:2)",
            "places/toilets.csv:4: 名称: empty required field",
            "places/toilets.csv:5: NO: empty required field",
            "places/toilets.csv:6: NO: id `A 1` has a space in it: ids are written in space-separated lists",
        ]
    );
    assert_eq!(r.ids(), ["toilet-1"]);
}

#[test]
fn ids_are_unique_across_files_and_kinds_are_apart() {
    let media = BTreeSet::new();
    let mut ids = IdRegistry::default();
    let mut out = Vec::new();
    let mut report = Report::new();
    let files = [
        ("places/wifi-east.csv", PlaceKind::Wifi, "1"),
        ("places/wifi-west.csv", PlaceKind::Wifi, "2"),
        ("places/toilets.csv", PlaceKind::Toilet, "1"),
        ("places/wifi-north.csv", PlaceKind::Wifi, "1"),
    ];
    for (file, kind, id) in files {
        let text = format!("NO,名称,住所,緯度,経度,SSID\n{id},x,小山市,36.3,139.8,free\n");
        let source = SourceText::new(file, text);
        let input = PlacesInput {
            kind,
            source: &source,
            media: &media,
            bounds: Some(OYAMA),
        };
        import(&input, &mut ids, &mut out, &mut report);
    }
    let got: Vec<_> = out.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(got, ["wifi-1", "wifi-2", "toilet-1"]);
    let errors: Vec<_> = report.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        ["places/wifi-north.csv:2: NO: duplicate id `1` (first at places/wifi-east.csv:2)"]
    );
}

#[test]
fn missing_required_columns_are_named_on_line_1() {
    let r = run(PlaceKind::Aed, "places/aed.csv", "名前,緯度\nx,36\n");
    assert!(r.places.is_empty());
    assert_eq!(
        r.errors(),
        [
            "places/aed.csv:1: ID: required column missing from the header (any of: ID, 共通ID, NO)",
            "places/aed.csv:1: 名称: required column missing from the header (any of: 名称, 施設・場所名, 施設名)",
            "places/aed.csv:1: 住所: required column missing from the header (any of: 住所, 所在地_連結表記, 所在地)",
            "places/aed.csv:1: 経度: required column missing from the header",
        ]
    );
    let r = run(
        PlaceKind::Wifi,
        "places/wifi.csv",
        "NO,名称,住所,緯度,経度\n1,駅,小山市,36.3,139.8\n",
    );
    assert_eq!(
        r.errors(),
        ["places/wifi.csv:1: SSID: required column missing from the header"]
    );
    assert!(r.places.is_empty());
}

#[test]
fn a_shelter_list_needs_all_eight_hazard_columns() {
    let text = "ID,名称,住所,緯度,経度,災害種別_洪水,災害種別_地震,災害種別_大規模な火事\n1,a,小山市,36.3,139.8,1,1,1\n";
    let r = run(PlaceKind::Shelter, "places/shelters.csv", text);
    assert_eq!(
        r.errors(),
        ["places/shelters.csv:1: 災害種別_崖崩れ、土石流及び地滑り: required hazard columns missing from the header: \
          災害種別_崖崩れ、土石流及び地滑り, 災害種別_高潮, 災害種別_津波, 災害種別_内水氾濫, 災害種別_火山現象 \
          (every shelter list has all eight, as 災害種別_… or, from 国土地理院, without the prefix)"]
    );
    assert!(r.places.is_empty());
    // Other kinds have no hazard columns at all.
    let r = run(PlaceKind::Aed, "places/aed.csv", text);
    assert!(r.report.problems.is_empty(), "{}", r.report);
    assert!(r.places[0].hazards.is_empty());
}

#[test]
fn images_must_exist_in_media() {
    let rows: [&[(&str, &str)]; 3] = [
        &[
            ("ID", "1"),
            ("名称", "a"),
            ("緯度", "36.3"),
            ("経度", "139.8"),
            ("画像", "media/sign.png"),
        ],
        &[
            ("ID", "2"),
            ("名称", "b"),
            ("緯度", "36.3"),
            ("経度", "139.8"),
            ("画像", "b.png"),
        ],
        &[
            ("ID", "3"),
            ("名称", "c"),
            ("緯度", "36.3"),
            ("経度", "139.8"),
            ("画像", "https://example.invalid/c.png"),
        ],
    ];
    let r = run(
        PlaceKind::Shelter,
        "places/shelters.csv",
        &csv(SHELTERS_NEW, &rows),
    );
    assert_eq!(
        r.errors(),
        ["places/shelters.csv:3: 画像: `media/b.png` not found in the source folder"]
    );
    assert_eq!(
        r.warnings(),
        ["places/shelters.csv:4: 画像: a web address is not bundled; put the image in media/ to show it offline"]
    );
    assert_eq!(r.ids(), ["shelter-1", "shelter-3"]);
    assert_eq!(r.places[0].image.as_deref(), Some("media/sign.png"));
    assert_eq!(r.places[1].image, None);
}

#[test]
fn capacities_that_are_not_numbers_are_warnings() {
    let rows: [&[(&str, &str)]; 2] = [
        &[
            ("ID", "1"),
            ("名称", "a"),
            ("緯度", "36.3"),
            ("経度", "139.8"),
            ("想定収容人数", "約100"),
        ],
        &[
            ("ID", "2"),
            ("名称", "b"),
            ("緯度", "36.3"),
            ("経度", "139.8"),
            ("想定収容人数", "１，５００"),
        ],
    ];
    let r = run(PlaceKind::Shelter, "s.csv", &csv(SHELTERS_NEW, &rows));
    let severities: Vec<_> = r
        .report
        .problems
        .iter()
        .map(|p| (p.line, p.field.as_str(), p.severity))
        .collect();
    assert_eq!(severities, [(2, "想定収容人数", Severity::Warning)]);
    assert_eq!(r.places[0].capacity, None);
    assert_eq!(r.places[1].capacity, Some(1500));
}

// ------------------------------------------------------------------------------------------------------
// Translations.

fn import_with_translations(translations: &[(&str, &str)]) -> Run {
    let media = BTreeSet::new();
    let mut ids = IdRegistry::default();
    let mut places = Vec::new();
    let mut report = Report::new();
    let shelters = csv(
        SHELTERS_NEW,
        &[
            SCHOOL,
            &[
                ("ID", "0102"),
                ("名称", "城北公園"),
                ("名称_英字", "Johoku Park"),
                ("所在地_連結表記", "栃木県小山市城北5丁目"),
                ("緯度", "36.3330"),
                ("経度", "139.8130"),
            ],
            // Left out for its error: translations of it are not reported again.
            &[
                ("ID", "0103"),
                ("名称", "川原"),
                ("緯度", "139.8"),
                ("経度", "36.3"),
            ],
        ],
    );
    let source = SourceText::new("places/shelters.csv", shelters);
    let input = PlacesInput {
        kind: PlaceKind::Shelter,
        source: &source,
        media: &media,
        bounds: Some(OYAMA),
    };
    import(&input, &mut ids, &mut places, &mut report);
    let sources: Vec<SourceText> = translations
        .iter()
        .map(|(file, text)| SourceText::new(*file, *text))
        .collect();
    let sources: Vec<&SourceText> = sources.iter().collect();
    translations::apply(&sources, &ids, &mut places, &mut report);
    report.sort();
    Run { places, report }
}

#[test]
fn translations_add_names_and_addresses_per_locale() {
    let text = "id,locale,name,address\n\
                shelter-0101,en,Johoku Elementary School,\"1-chome Johoku, Oyama\"\n\
                shelter-0101,ja-easy,じょうほく しょうがっこう,\n\
                shelter-0101,ko,조호쿠 초등학교,오야마시 조호쿠 1초메\n\
                shelter-0102,en,Johoku Park (city translation),\n\
                shelter-0103,en,Kawara,\n";
    let r = import_with_translations(&[("places/translations.csv", text)]);
    assert!(
        r.report
            .errors()
            .all(|p| p.line == 4 && p.file == "places/shelters.csv"),
        "{}",
        r.report
    );
    let school = &r.places[0];
    assert_eq!(school.name["en"], "Johoku Elementary School");
    assert_eq!(school.name["ja-easy"], "じょうほく しょうがっこう");
    assert_eq!(school.name["ko"], "조호쿠 초등학교");
    assert_eq!(school.name["ja"], "城北小学校");
    let addresses: Vec<_> = school
        .address
        .iter()
        .map(|(l, a)| format!("{l}={a}"))
        .collect();
    assert_eq!(
        addresses,
        [
            "en=1-chome Johoku, Oyama",
            "ja=栃木県小山市城北1丁目",
            "ko=오야마시 조호쿠 1초메"
        ],
        "an empty address leaves the fallback to the app"
    );
    assert_eq!(
        r.places[1].name["en"], "Johoku Park (city translation)",
        "the city's file replaces 名称_英字"
    );
}

#[test]
fn broken_translations_are_errors_at_their_line() {
    let a = "id,locale,name,address\n\
             0101,en,School,\n\
             shelter-0999,en,Nowhere,\n\
             shelter-0101,ja,城北小,\n\
             shelter-0101,fr,École,\n\
             shelter-0101,vi,Trường,\n\
             ,vi,x,\n\
             shelter-0101,,x,\n\
             shelter-0102,th,,\n";
    let b = "id,locale,name\nshelter-0101,vi,Trường Tiểu học\n";
    let c = "id,name\nshelter-0101,x\n";
    let d = "id,locale,text\nshelter-0101,x,y\n";
    let r = import_with_translations(&[
        ("places/translations.csv", a),
        ("places/more.csv", b),
        ("places/c.csv", c),
        ("places/d.csv", d),
    ]);
    let errors: Vec<_> = r
        .errors()
        .into_iter()
        .filter(|e| !e.starts_with("places/shelters.csv"))
        .collect();
    assert_eq!(
        errors,
        [
            "places/c.csv:1: locale: required column missing from the header",
            "places/d.csv:1: name: the header needs a `name` or an `address` column (id,locale,name,address)",
            "places/more.csv:2: id: `shelter-0101` is translated into `vi` twice (first at places/translations.csv:6)",
            "places/translations.csv:2: id: `0101` is not a place id; did you mean `shelter-0101`? (ids are `<kind>-<ID>`)",
            "places/translations.csv:3: id: `shelter-0999` is not a place in the places sources (ids are `<kind>-<ID>`, e.g. `shelter-0001`)",
            "places/translations.csv:4: locale: the Japanese name and address come from the places file; translate into the other locales",
            "places/translations.csv:5: locale: unknown locale tag `fr` (known: ja-easy, en, pt-BR, es, vi, tl, ne, zh-Hans, zh-Hant, ko, th, id, my, si, km, mn)",
            "places/translations.csv:7: id: empty required field",
            "places/translations.csv:8: locale: empty required field",
        ]
    );
    assert_eq!(
        r.warnings(),
        ["places/translations.csv:9: id: neither a name nor an address: nothing to translate"]
    );
    assert_eq!(
        r.places[0].name["vi"], "Trường",
        "the first row of a pair wins"
    );
}

#[test]
fn addresses_read_from_old_bundles_as_japanese() {
    let old = r#"{"id":"aed-1","kind":"aed","name":{"ja":"市役所"},"address":"栃木県小山市中央町1-1-1","location":{"lat":36.3,"lon":139.8}}"#;
    let p: Place = serde_json::from_str(old).unwrap();
    assert_eq!(p.address, ja("栃木県小山市中央町1-1-1"));
    let json = serde_json::to_string(&p).unwrap();
    assert!(
        json.contains(r#""address":{"ja":"栃木県小山市中央町1-1-1"}"#),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Place>(&json).unwrap(), p);
    let none =
        r#"{"id":"aed-1","kind":"aed","name":{"ja":"x"},"location":{"lat":36.3,"lon":139.8}}"#;
    let p: Place = serde_json::from_str(none).unwrap();
    assert!(p.address.is_empty());
    assert!(!serde_json::to_string(&p).unwrap().contains("address"));
}

/// The real municipal files of /work/shared/fixtures/opendata (not in this repository): set
/// `MACHI_OPENDATA_DIR` to that folder and run with `--ignored` to see that the importers read them.
#[test]
#[ignore]
fn real_open_data_files() {
    let Ok(dir) = std::env::var("MACHI_OPENDATA_DIR") else {
        eprintln!("MACHI_OPENDATA_DIR is not set; skipped");
        return;
    };
    let files = [
        (
            "yaizu/222127_evacuation_space.csv",
            PlaceKind::Shelter,
            Encoding::Utf8,
        ),
        ("yaizu/222127_aed.csv", PlaceKind::Aed, Encoding::Utf8),
        (
            "yaizu/222127_public_toilet.csv",
            PlaceKind::Toilet,
            Encoding::Utf8,
        ),
        (
            "yaizu/222127_public_wireless_lan.csv",
            PlaceKind::Wifi,
            Encoding::Utf8,
        ),
        (
            "gsi/25441_shitei-kinkyu-hinanbasho.csv",
            PlaceKind::Shelter,
            Encoding::Utf8,
        ),
    ];
    for (file, kind, encoding) in files {
        let bytes = std::fs::read(std::path::Path::new(&dir).join(file)).unwrap();
        let r = run_bytes(kind, file, &bytes, encoding, None);
        eprintln!(
            "{file}: {} places, {} errors, {} warnings",
            r.places.len(),
            r.report.error_count(),
            r.report.warning_count()
        );
        eprint!("{}", r.report);
        if let Some(p) = r.places.first() {
            eprintln!("  first: {}", serde_json::to_string(p).unwrap());
        }
    }
}
