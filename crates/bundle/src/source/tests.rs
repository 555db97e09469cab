use super::*;
use crate::problem::Severity;

const SAMPLE: &str = include_str!("../../tests/data/sample/city.toml");

const MINIMAL: &str = r#"format = 1

[city]
code = "092088"
prefecture = "09"
timezone = "Asia/Tokyo"
default_locale = "ja"
centre = { lat = 36.3147, lon = 139.8003 }

[city.name]
ja = "小山市"

[feed]
url = "https://example.invalid/oyama/"
public_keys = ["RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"]
"#;

fn parse(text: &str) -> (Option<CitySource>, Report) {
    let mut r = Report::new();
    let c = parse_city(text, &mut r);
    (c, r)
}

/// Problems as `(line, field, start of message)`, for compact assertions.
fn problems(r: &Report) -> Vec<(usize, String, String)> {
    r.problems
        .iter()
        .map(|p| (p.line, p.field.clone(), p.message.clone()))
        .collect()
}

fn only_error(r: &Report) -> &crate::problem::Problem {
    let errors: Vec<_> = r.errors().collect();
    assert_eq!(errors.len(), 1, "{r}");
    errors[0]
}

#[test]
fn the_sample_parses_cleanly() {
    let (c, r) = parse(SAMPLE);
    assert!(r.problems.is_empty(), "{r}");
    let c = c.unwrap();
    assert_eq!(c.format, 1);
    assert_eq!(c.city.code, "092088");
    assert_eq!(c.city.name["en"], "Oyama City");
    assert_eq!(c.feed.sync_interval_minutes, 30);
    assert_eq!(c.areas.len(), 2);
    assert_eq!(c.areas[1].id, "east");
    assert_eq!(c.areas[1].waste_area.as_deref(), Some("東地区"));
    assert_eq!(c.areas[1].line, 32, "the line of its [[areas]] header");
    assert_eq!(c.areas[1].waste_area_line, 36);
    assert_eq!(c.sources.len(), 14);
    assert_eq!(
        c.city.bounds,
        Some(Bounds {
            south: 36.2,
            west: 139.7,
            north: 36.4,
            east: 139.9
        })
    );
    let aed = c.sources_of(SourceKind::Aed).next().unwrap();
    assert_eq!(aed.encoding, Encoding::Cp932);
    assert_eq!(aed.path, "places/aed.csv");
    assert_eq!(
        aed.line,
        SAMPLE
            .lines()
            .position(|l| l.contains("places/aed.csv"))
            .unwrap()
            + 1
    );
}

#[test]
fn minimal_file_has_defaults() {
    let (c, r) = parse(MINIMAL);
    assert!(!r.has_errors(), "{r}");
    let c = c.unwrap();
    assert_eq!(c.feed.sync_interval_minutes, 60);
    assert!(c.areas.is_empty() && c.sources.is_empty());
}

#[test]
fn wrong_check_digit_names_the_right_code() {
    let (_, r) = parse(&MINIMAL.replace("092088", "092081"));
    let p = only_error(&r);
    assert_eq!(
        (p.file.as_str(), p.line, p.field.as_str()),
        ("city.toml", 4, "city.code")
    );
    assert!(p.message.contains("092088"), "{}", p.message);
    // Chiyoda is right, with the matching prefecture.
    let chiyoda = MINIMAL
        .replace("092088", "131016")
        .replace("\"09\"", "\"13\"");
    assert!(!parse(&chiyoda).1.has_errors());
}

#[test]
fn prefecture_must_match_the_code() {
    let (_, r) = parse(&MINIMAL.replace("prefecture = \"09\"", "prefecture = \"13\""));
    let p = only_error(&r);
    assert_eq!((p.line, p.field.as_str()), (5, "city.prefecture"));
}

#[test]
fn unknown_locale_tags_are_errors_on_their_line() {
    let text = MINIMAL.replace(
        "ja = \"小山市\"",
        "ja = \"小山市\"\npt-br = \"Oyama\"\nfr = \"Oyama\"",
    );
    let (_, mut r) = parse(&text);
    r.sort();
    assert_eq!(
        problems(&r)
            .iter()
            .map(|(l, f, _)| (*l, f.as_str()))
            .collect::<Vec<_>>(),
        [(12, "city.name.pt-br"), (13, "city.name.fr")]
    );
    assert!(r.problems[1]
        .message
        .starts_with("unknown locale tag `fr` (known: ja, ja-easy, en,"));
}

#[test]
fn name_needs_the_default_locale() {
    let (_, r) = parse(&MINIMAL.replace("ja = \"小山市\"", "en = \"Oyama\""));
    let p = only_error(&r);
    assert_eq!(p.field, "city.name");
    assert!(p.message.contains("default locale `ja`"));
}

#[test]
fn swapped_and_out_of_range_centres() {
    let (_, r) = parse(&MINIMAL.replace(
        "lat = 36.3147, lon = 139.8003",
        "lat = 139.8003, lon = 36.3147",
    ));
    let p = only_error(&r);
    assert_eq!((p.line, p.field.as_str()), (8, "city.centre.lat"));
    assert!(p.message.starts_with("swapped latitude/longitude"));
    let (_, r) = parse(&MINIMAL.replace("lat = 36.3147", "lat = 3.3147"));
    assert!(only_error(&r)
        .message
        .starts_with("latitude 3.3147 is outside Japan"));
}

#[test]
fn bounds_are_four_edges_around_the_centre_and_the_areas() {
    let (c, r) = parse(MINIMAL);
    assert_eq!(c.unwrap().city.bounds, None, "optional");
    assert!(r.problems.is_empty(), "{r}");
    let with = |bounds: &str| {
        let text = MINIMAL.replace(
            "centre = { lat = 36.3147, lon = 139.8003 }\n",
            &format!("centre = {{ lat = 36.3147, lon = 139.8003 }}\nbounds = {bounds}\n"),
        );
        let (c, r) = parse(&text);
        (c.and_then(|c| c.city.bounds), problems(&r))
    };
    let (b, p) = with("{ south = 36.22, west = 139.68, north = 36.38, east = 139.90 }");
    assert!(p.is_empty(), "{p:?}");
    assert!(b.unwrap().contains(LatLon {
        lat: 36.3,
        lon: 139.8
    }));
    let (b, p) = with("{ south = 36.22, west = 139.68, north = 36.38 }");
    assert_eq!(b, None);
    assert_eq!(
        p,
        [(
            9,
            "city.bounds.east".to_string(),
            "required key missing".to_string()
        )]
    );
    let (_, p) = with("{ south = 36.38, west = 139.68, north = 36.22, east = 139.9 }");
    assert_eq!(
        p,
        [(
            9,
            "city.bounds".to_string(),
            "south must be less than north, and west less than east".to_string()
        )]
    );
    let (_, p) = with("{ south = 136.2, west = 139.68, north = 36.38, east = 139.9 }");
    assert_eq!(
        p,
        [(
            9,
            "city.bounds.south".to_string(),
            "136.2 is outside Japan (20–46)".to_string()
        )]
    );
    let (_, p) = with("{ south = 36.0, west = 139.0, north = 36.1, east = 139.1 }");
    assert_eq!(
        p,
        [(
            9,
            "city.bounds".to_string(),
            "the city's centre (36.3147, 139.8003) is outside the bounds".to_string()
        )]
    );
    // A home area outside the bounds: its centre is a typo.
    let text = format!(
        "{}\n[[areas]]\nid = \"far\"\nlat = 36.9\nlon = 139.8\n[areas.name]\nja = \"遠く\"\n",
        MINIMAL.replace(
            "centre = { lat = 36.3147, lon = 139.8003 }\n",
            "centre = { lat = 36.3147, lon = 139.8003 }\nbounds = { south = 36.22, west = 139.68, north = 36.38, east = 139.9 }\n",
        )
    );
    let (_, r) = parse(&text);
    let e = only_error(&r);
    assert_eq!(
        (e.line, e.field.as_str(), e.message.as_str()),
        (
            18,
            "areas[1].lat",
            "`far` (36.9, 139.8) is outside city.bounds"
        )
    );
}

#[test]
fn feed_url_and_keys() {
    let (_, r) = parse(&MINIMAL.replace("/oyama/\"", "/oyama\""));
    assert!(only_error(&r).message.contains("must end with `/`"));
    let (c, r) = parse(&MINIMAL.replace(
        "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
        "RWQ_PLACEHOLDER",
    ));
    // Only a warning: the app would refuse bundles, and `build` refuses to sign with an unlisted key anyway.
    assert!(!r.has_errors(), "{r}");
    let w: Vec<_> = r.warnings().map(|p| (p.line, p.field.as_str())).collect();
    assert_eq!(w, [(15, "feed.public_keys"), (13, "feed.public_keys")]);
    assert!(r.problems[0]
        .message
        .starts_with("`RWQ_PLACEHOLDER` is not a minisign public key"));
    assert!(c.unwrap().feed.public_keys.is_empty());
    let (_, r) = parse(&MINIMAL.replace(
        "\"RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\"",
        "",
    ));
    assert!(!r.has_errors());
    assert_eq!(r.warnings().next().unwrap().field, "feed.public_keys");
    assert!(is_minisign_public_key(
        "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"
    ));
    assert!(!is_minisign_public_key(
        "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO"
    ));
}

#[test]
fn missing_tables_and_keys() {
    let (c, r) = parse("format = 1\n");
    assert!(c.is_some());
    let fields: Vec<_> = r.errors().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["city", "feed"]);
    let (_, r) = parse(&MINIMAL.replace("timezone = \"Asia/Tokyo\"\n", ""));
    let p = only_error(&r);
    assert_eq!(
        (p.line, p.field.as_str(), p.message.as_str()),
        (3, "city.timezone", "required key missing")
    );
    let (_, r) = parse(&MINIMAL.replace("format = 1", "format = 2"));
    assert_eq!(only_error(&r).line, 1);
    let (_, r) = parse(&MINIMAL.replace("format = 1", ""));
    assert_eq!(only_error(&r).field, "format");
}

#[test]
fn toml_syntax_errors_point_at_their_line() {
    let (c, r) = parse(&MINIMAL.replace("timezone = \"Asia/Tokyo\"", "timezone = Asia/Tokyo"));
    assert!(c.is_none());
    let p = only_error(&r);
    assert_eq!((p.line, p.field.as_str()), (6, "toml"));
}

#[test]
fn unknown_keys_warn_on_their_line() {
    let text = MINIMAL.replace(
        "default_locale = \"ja\"",
        "default_locale = \"ja\"\nmotto = \"x\"",
    );
    let (_, r) = parse(&text);
    assert!(!r.has_errors());
    let w = r.warnings().next().unwrap();
    assert_eq!(
        (w.line, w.field.as_str(), w.severity),
        (8, "city.motto", Severity::Warning)
    );
}

#[test]
fn areas_ids_and_duplicates() {
    let area = |id: &str| {
        format!("\n[[areas]]\nid = \"{id}\"\nlat = 36.3\nlon = 139.8\n[areas.name]\nja = \"x\"\n")
    };
    let text = format!("{MINIMAL}{}{}{}", area("a"), area("a"), area("Kita Ku"));
    let (c, r) = parse(&text);
    assert_eq!(c.unwrap().areas.len(), 3);
    let errors: Vec<_> = r.errors().map(|p| (p.line, p.field.as_str())).collect();
    assert_eq!(errors, [(25, "areas[2].id"), (32, "areas[3].id")]);
    assert!(r
        .problems
        .iter()
        .any(|p| p.message.contains("duplicate id `a` (first at line 18)")));
}

#[test]
fn source_declarations() {
    let src = |path: &str, kind: &str, enc: &str| {
        format!("\n[[sources]]\npath = \"{path}\"\nkind = \"{kind}\"\nencoding = \"{enc}\"\n")
    };
    let text = format!(
        "{MINIMAL}{}{}{}{}{}{}{}",
        src("places/a.csv", "shelters", "cp932"),
        src("places/b.csv", "shelters", "utf-8"),
        src("places/a.csv", "aed", "utf-8"),
        src("x.csv", "parking", "utf-8"),
        src("y.csv", "wifi", "latin1"),
        src("../z.csv", "wifi", "utf-8"),
        src("messages/notices.toml", "notices", "cp932"),
    );
    let (c, r) = parse(&text);
    let c = c.unwrap();
    let kept: Vec<_> = c.sources.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(
        kept,
        [
            "places/a.csv",
            "places/b.csv",
            "y.csv",
            "messages/notices.toml"
        ]
    );
    let fields: Vec<_> = r.errors().map(|p| (p.line, p.field.as_str())).collect();
    assert_eq!(
        fields,
        [
            (28, "sources[3].path"),
            (34, "sources[4].kind"),
            (40, "sources[5].encoding"),
            (43, "sources[6].path"),
            (50, "sources[7].encoding"),
        ]
    );
    let two = format!(
        "{MINIMAL}{}{}",
        src("w/a.csv", "waste_items", "utf-8"),
        src("w/b.csv", "waste_items", "utf-8")
    );
    let (_, r) = parse(&two);
    assert!(only_error(&r)
        .message
        .starts_with("a second `waste_items` source"));
    // The 5374 set is a folder; categories.toml is TOML and so UTF-8.
    let folder = format!(
        "{MINIMAL}{}{}",
        src("waste/5374", "waste_5374", "utf-8"),
        src("waste/categories.toml", "waste_categories", "cp932")
    );
    let (c, r) = parse(&folder);
    let fields: Vec<_> = r
        .errors()
        .map(|p| (p.field.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            (
                "sources[1].path",
                "`waste_5374` sources are folders: write the path with a trailing `/` (e.g. `waste/5374/`)"
            ),
            ("sources[2].encoding", "TOML, XML and GTFS sources are always UTF-8")
        ]
    );
    assert_eq!(c.unwrap().sources.len(), 1);
}

#[test]
fn glob_patterns_match_file_names() {
    use crate::source::glob_matches;
    assert!(glob_matches("*.xml", "alert-1.xml"));
    assert!(glob_matches("*.xml", ".xml"));
    assert!(!glob_matches("*.xml", "alert.xml.bak"));
    assert!(glob_matches("cap-*-ja.xml", "cap-2026-ja.xml"));
    assert!(!glob_matches("cap-*-ja.xml", "cap-2026-en.xml"));
    assert!(glob_matches("notices.toml", "notices.toml"));
    assert!(!glob_matches("notices.toml", "notices.tomlx"));
    assert!(
        glob_matches("a*b*c", "abc")
            && glob_matches("a*b*c", "a-b-b-c")
            && !glob_matches("a*b*c", "acb")
    );
}

#[test]
fn cap_sources_are_globs_of_utf8_files() {
    let src = |path: &str, enc: &str| {
        format!("\n[[sources]]\npath = \"{path}\"\nkind = \"cap\"\nencoding = \"{enc}\"\n")
    };
    let text = format!(
        "{MINIMAL}{}{}{}{}",
        src("messages/*.xml", "utf-8"),
        src("alerts/", "utf-8"),
        src("more/alert.xml", "utf-8"),
        src("jma/*.xml", "cp932"),
    );
    let (c, r) = parse(&text);
    let got: Vec<_> = r
        .errors()
        .map(|p| (p.field.as_str(), p.message.as_str()))
        .collect();
    let glob_only =
        "`cap` sources are file patterns with `*` in the file name only (e.g. `messages/*.xml`)";
    assert_eq!(
        got,
        [
            ("sources[2].path", glob_only),
            ("sources[3].path", glob_only),
            (
                "sources[4].encoding",
                "TOML, XML and GTFS sources are always UTF-8"
            ),
        ]
    );
    let c = c.unwrap();
    let cap = c.sources_of(SourceKind::Cap).next().unwrap();
    assert!(cap.contains("messages/2026-11-27-flood.xml"));
    assert!(!cap.contains("messages/notices.toml"));
    assert!(!cap.contains("messages/old/2025.xml"));
    assert!(!cap.contains("messages/flood.xml.bak"));
    assert_eq!(
        c.sources_of(SourceKind::Cap).count(),
        2,
        "several alert folders may be listed"
    );
}

#[test]
fn a_gtfs_feed_is_one_folder() {
    let src = |path: &str| format!("\n[[sources]]\npath = \"{path}\"\nkind = \"gtfs_jp\"\n");
    let (c, r) = parse(&format!("{MINIMAL}{}", src("gtfs/")));
    assert!(!r.has_errors(), "{r}");
    let s = &c.unwrap().sources[0];
    assert!(s.contains("gtfs/stops.txt"));
    assert!(!s.contains("gtfs/old/stops.txt") && !s.contains("gtfs.txt"));
    let (_, r) = parse(&format!("{MINIMAL}{}", src("gtfs")));
    assert!(
        only_error(&r).message.contains("sources are folders"),
        "{r}"
    );
    let (_, r) = parse(&format!("{MINIMAL}{}encoding = \"cp932\"\n", src("gtfs/")));
    assert!(only_error(&r).message.contains("always UTF-8"), "{r}");
}
