use super::*;
use crate::Severity;

const OLD_SHELTERS: &str = "NO,名称,名称_カナ,住所,方書,緯度,経度,標高,電話番号,内線番号,市区町村コード,都道府県名,市区町村名,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,URL,備考\r\n\
1,中港タワー,ナカミナトタワー,焼津市中港5-463,,34.87512688,138.3270609,,(054)625-0128,,222127,静岡県,焼津市,,,,○,○,,,,,,,,\r\n\
2,小学校,ショウガッコウ,焼津市1,,34.8,138.3,,,,222127,静岡県,焼津市,1,◯,,1,,,○,,○,\"1,200\",,,\r\n";

const NEW_TOILETS: &str = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英語,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),設置位置,緯度,経度,高度の種別,高度の値,男性トイレ総数,男性トイレ数（小便器）,男性トイレ数（和式）,男性トイレ数（洋式）,女性トイレ総数,女性トイレ数（和式）,女性トイレ数（洋式）,男女共用トイレ総数,男女共用トイレ数（和式）,男女共用トイレ数（洋式）,バリアフリートイレ数,車椅子使用者用トイレ有無,乳幼児用設備設置トイレ有無,オストメイト設置トイレ有無,利用開始時間,利用終了時間,利用可能時間特記事項,画像,画像_ライセンス,備考\n\
222127,1,静岡県焼津市,瀬戸川便益施設,セトガワベンエキシセツ,Setogawa Toilet,222127,,静岡県焼津市駅北5丁目2-11,静岡県,焼津市,駅北5丁目,2-11,,施設内,34.8760119,138.3207625,,,3,2,0,1,2,0,2,0,0,0,0,有,無,無,09:00,17:00,年末年始休み,t1.jpg,,\n";

const GSI_SHELTERS: &str = "NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,指定避難所との住所同一,緯度,経度,備考\n\
1,E2544100002201,町民体育館,滋賀県豊郷町下枝147,,,,1,,,,,1,35.1901697672574,136.219245344421,\n";

fn run(kind: PlaceKind, file: &str, text: &str, media: &[&str]) -> (Vec<Place>, Report) {
    let media: BTreeSet<String> = media.iter().map(|m| m.to_string()).collect();
    let source = SourceText::new(file, text);
    let mut report = Report::new();
    let mut out = Vec::new();
    import(
        &PlacesInput {
            kind,
            source: &source,
            media: &media,
        },
        &mut IdRegistry::default(),
        &mut out,
        &mut report,
    );
    report.sort();
    (out, report)
}

fn errors(r: &Report) -> Vec<String> {
    r.errors().map(|p| p.to_string()).collect()
}

#[test]
fn old_layout_shelters_with_hazard_marks() {
    let (places, r) = run(PlaceKind::Shelter, "places/shelters.csv", OLD_SHELTERS, &[]);
    assert!(r.problems.is_empty(), "{r}");
    assert_eq!(places.len(), 2);
    let tower = &places[0];
    assert_eq!(tower.id, "shelter-1");
    assert_eq!(tower.name["ja"], "中港タワー");
    assert_eq!(tower.kana.as_deref(), Some("ナカミナトタワー"));
    assert_eq!(tower.address.as_deref(), Some("焼津市中港5-463"));
    assert_eq!(tower.phone.as_deref(), Some("(054)625-0128"));
    assert_eq!(
        tower.location,
        LatLon {
            lat: 34.87512688,
            lon: 138.3270609
        }
    );
    assert_eq!(tower.hazards, [Hazard::Earthquake, Hazard::Tsunami]);
    assert!(!tower.evacuation_centre);
    let school = &places[1];
    assert_eq!(
        school.hazards,
        [
            Hazard::Flood,
            Hazard::Landslide,
            Hazard::Earthquake,
            Hazard::InlandFlood
        ]
    );
    assert!(school.evacuation_centre);
    assert_eq!(school.capacity, Some(1200));
}

#[test]
fn new_layout_toilets() {
    let (places, r) = run(
        PlaceKind::Toilet,
        "places/toilets.csv",
        NEW_TOILETS,
        &["media/t1.jpg"],
    );
    assert!(r.problems.is_empty(), "{r}");
    let t = &places[0];
    assert_eq!(t.id, "toilet-1");
    assert_eq!(t.name["en"], "Setogawa Toilet");
    assert_eq!(t.address.as_deref(), Some("静岡県焼津市駅北5丁目2-11"));
    assert_eq!(t.detail.as_deref(), Some("施設内"));
    assert_eq!(t.hours.as_deref(), Some("09:00–17:00 年末年始休み"));
    assert_eq!(t.image.as_deref(), Some("media/t1.jpg"));
    assert!(t.hazards.is_empty() && t.capacity.is_none());
}

#[test]
fn new_layout_shelters_use_the_english_name_column() {
    let text = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,所在地_連結表記,緯度,経度,災害種別_洪水,災害種別_地震,指定避難所との重複,想定収容人数,画像\n\
                092088,0001,栃木県小山市,小山第一小学校,オヤマ,Oyama Daiichi Elementary School,栃木県小山市城山町3丁目,36.3172,139.8030,1,1,1,700,\n";
    let (p, r) = run(PlaceKind::Shelter, "s.csv", text, &[]);
    assert!(r.problems.is_empty(), "{r}");
    assert_eq!(p[0].id, "shelter-0001");
    assert_eq!(p[0].name["en"], "Oyama Daiichi Elementary School");
    assert_eq!(p[0].address.as_deref(), Some("栃木県小山市城山町3丁目"));
    assert_eq!(p[0].hazards, [Hazard::Flood, Hazard::Earthquake]);
    assert!(p[0].evacuation_centre);
    assert_eq!(p[0].capacity, Some(700));
}

#[test]
fn gsi_layout_shelters() {
    let (places, r) = run(PlaceKind::Shelter, "s.csv", GSI_SHELTERS, &[]);
    assert!(r.problems.is_empty(), "{r}");
    assert_eq!(
        places[0].id, "shelter-E2544100002201",
        "ID beats NO; 共通ID is the GSI id"
    );
    assert_eq!(places[0].name["ja"], "町民体育館");
    assert_eq!(places[0].hazards, [Hazard::Earthquake]);
    assert!(places[0].evacuation_centre);
}

#[test]
fn wifi_and_aed_specific_columns() {
    let wifi =
        "NO,名称,住所,緯度,経度,SSID,提供エリア\n1,駅,小山市,36.31,139.80,Oyama_Free,改札前\n";
    let (p, r) = run(PlaceKind::Wifi, "w.csv", wifi, &[]);
    assert!(r.problems.is_empty());
    assert_eq!(
        (p[0].ssid.as_deref(), p[0].detail.as_deref()),
        (Some("Oyama_Free"), Some("改札前"))
    );
    let aed = "NO,名称,緯度,経度,設置位置,利用可能曜日,開始時間,終了時間,SSID\n1,市役所,36.31,139.80,1階,月〜金,08:30,17:15,x\n";
    let (p, _) = run(PlaceKind::Aed, "a.csv", aed, &[]);
    assert_eq!(p[0].detail.as_deref(), Some("1階"));
    assert_eq!(p[0].hours.as_deref(), Some("月〜金 08:30–17:15"));
    assert_eq!(p[0].ssid, None, "SSID is read for Wi-Fi only");
}

#[test]
fn missing_required_columns_are_errors_on_line_1() {
    let (p, r) = run(
        PlaceKind::Aed,
        "places/aed.csv",
        "NO,名前,緯度\n1,x,36\n",
        &[],
    );
    assert!(p.is_empty());
    assert_eq!(
        errors(&r),
        [
            "places/aed.csv:1: 名称: required column missing from the header (any of: 名称, 施設・場所名, 施設名)",
            "places/aed.csv:1: 経度: required column missing from the header",
        ]
    );
}

#[test]
fn coordinates_swapped_out_of_range_and_not_numbers() {
    let text = "ID,名称,緯度,経度\n\
                1,ok,36.3,139.8\n\
                2,swapped,139.8,36.3\n\
                3,south,3.3,139.8\n\
                4,west,36.3,100.0\n\
                5,typo,36.3.1,139.8\n\
                6,blank,,139.8\n\
                7,全角,３６．３,１３９．８\n";
    let (p, r) = run(PlaceKind::Aed, "places/aed.csv", text, &[]);
    assert_eq!(
        errors(&r),
        [
            "places/aed.csv:3: 緯度: swapped latitude/longitude: latitude 139.8 and longitude 36.3 fit Japan only the other way round",
            "places/aed.csv:4: 緯度: latitude 3.3 is outside Japan (20–46)",
            "places/aed.csv:5: 経度: longitude 100 is outside Japan (122–154)",
            "places/aed.csv:6: 緯度: `36.3.1` is not a number of degrees",
            "places/aed.csv:7: 緯度: empty required field",
        ]
    );
    let ids: Vec<_> = p.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["aed-1", "aed-7"], "rows with errors are left out");
}

#[test]
fn empty_names_and_duplicate_ids() {
    let text = "ID,名称,緯度,経度\n1,a,36.3,139.8\n1,b,36.3,139.8\n2,,36.3,139.8\n,c,36.3,139.8\n";
    let (p, r) = run(PlaceKind::Toilet, "places/toilets.csv", text, &[]);
    assert_eq!(
        errors(&r),
        [
            "places/toilets.csv:3: ID: duplicate id `1` (first at places/toilets.csv:2)",
            "places/toilets.csv:4: 名称: empty required field",
            "places/toilets.csv:5: ID: empty required field",
        ]
    );
    assert_eq!(p.len(), 1);
}

#[test]
fn ids_are_unique_across_files_of_one_kind() {
    let media = BTreeSet::new();
    let mut ids = IdRegistry::default();
    let mut out = Vec::new();
    let mut report = Report::new();
    for file in ["places/a.csv", "places/b.csv"] {
        let source = SourceText::new(file, "名称,緯度,経度\nx,36.3,139.8\ny,36.3,139.8\n");
        let input = PlacesInput {
            kind: PlaceKind::Wifi,
            source: &source,
            media: &media,
        };
        import(&input, &mut ids, &mut out, &mut report);
    }
    assert!(report.problems.is_empty());
    let got: Vec<_> = out.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        got,
        ["wifi-1", "wifi-2", "wifi-3", "wifi-4"],
        "no id column: rows are numbered per kind"
    );

    let source = SourceText::new("places/c.csv", "NO,名称,緯度,経度\n1,z,36.3,139.8\n");
    let input = PlacesInput {
        kind: PlaceKind::Wifi,
        source: &source,
        media: &media,
    };
    import(&input, &mut ids, &mut out, &mut report);
    assert_eq!(
        errors(&report),
        ["places/c.csv:2: NO: duplicate id `1` (first at places/a.csv:2)"]
    );
}

#[test]
fn images_must_exist_in_media() {
    let text = "ID,名称,緯度,経度,画像\n1,a,36.3,139.8,media/a.png\n2,b,36.3,139.8,b.png\n3,c,36.3,139.8,https://example.invalid/c.png\n";
    let (p, r) = run(
        PlaceKind::Shelter,
        "places/shelters.csv",
        text,
        &["media/a.png"],
    );
    assert_eq!(
        errors(&r),
        ["places/shelters.csv:3: 画像: `media/b.png` not found in the source folder"]
    );
    let warnings: Vec<_> = r.warnings().map(|p| (p.line, p.field.as_str())).collect();
    assert_eq!(warnings, [(1, "災害種別_洪水"), (4, "画像")]);
    assert_eq!(p[0].image.as_deref(), Some("media/a.png"));
    assert_eq!(p[1].image, None);
}

#[test]
fn odd_marks_and_capacities_are_warnings() {
    let text = "ID,名称,緯度,経度,災害種別_洪水,想定収容人数\n1,a,36.3,139.8,△,約100\n";
    let (p, r) = run(PlaceKind::Shelter, "s.csv", text, &[]);
    assert!(!r.has_errors());
    let w: Vec<_> = r
        .problems
        .iter()
        .map(|p| (p.field.as_str(), p.severity))
        .collect();
    assert_eq!(
        w,
        [
            ("想定収容人数", Severity::Warning),
            ("災害種別_洪水", Severity::Warning)
        ]
    );
    assert!(p[0].hazards.is_empty() && p[0].capacity.is_none());
    assert_eq!(parse_mark("◯"), Some(true));
    assert_eq!(parse_mark("○"), Some(true));
    assert_eq!(parse_mark("1"), Some(true));
    assert_eq!(parse_mark(""), Some(false));
    assert_eq!(parse_mark("有"), None);
}
