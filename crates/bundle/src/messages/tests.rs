//! Messages: CAP 1.2 parsing and checking, the notices.toml mapping, the checks across messages, and the
//! chunk layout. Every alert here was written for these tests.

use super::*;
use crate::content::{
    Certainty, Circle, Localized, MessageArea, MessageOrigin, MessageStatus, MsgType, Severity,
    Urgency,
};
use crate::problem::Report;
use crate::SourceText;

fn city() -> CityContext {
    CityContext {
        code: "092088".into(),
        default_locale: "ja".into(),
        area_ids: ["mamada", "oyama", "toyoda"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
    }
}

fn read_cap(file: &str, xml: &str) -> (Option<SourcedMessage>, Report) {
    let mut r = Report::new();
    let m = cap::import(&SourceText::new(file, xml), &city(), &mut r);
    r.sort();
    (m, r)
}

fn errors(r: &Report) -> Vec<String> {
    r.errors().map(|p| p.to_string()).collect()
}

fn warnings(r: &Report) -> Vec<String> {
    r.warnings().map(|p| p.to_string()).collect()
}

/// A flood alert from the city in Japanese and English: two categories, a parameter, a polygon and an area id.
const FLOOD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>oyama-test-flood-1</identifier>
  <sender>bousai@oyama.machi.invalid</sender>
  <sent>2026-11-27T15:00:00+09:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <language>ja-JP</language>
    <category>Met</category>
    <category>Safety</category>
    <event>大雨・洪水</event>
    <responseType>Evacuate</responseType>
    <urgency>Expected</urgency>
    <severity>Severe</severity>
    <certainty>Likely</certainty>
    <expires>2026-11-28T15:00:00+09:00</expires>
    <headline>思川の水位が上がっています</headline>
    <description>小山第一小学校と小山第三小学校を避難所として開設しました。</description>
    <instruction>川の近くの方は
      早めに避難してください。</instruction>
    <web>https://oyama.machi.invalid/bousai</web>
    <parameter>
      <valueName>machi:open_shelters</valueName>
      <value>shelter-0001 shelter-0003</value>
    </parameter>
    <area>
      <areaDesc>思川沿いの地域</areaDesc>
      <polygon>36.30,139.78 36.32,139.78 36.32,139.80 36.30,139.80 36.30,139.78</polygon>
      <geocode>
        <valueName>machi:area</valueName>
        <value>mamada</value>
      </geocode>
    </area>
  </info>
  <info>
    <language>en-US</language>
    <category>Met</category>
    <category>Safety</category>
    <event>Heavy rain and flooding</event>
    <responseType>Evacuate</responseType>
    <urgency>Expected</urgency>
    <severity>Severe</severity>
    <certainty>Likely</certainty>
    <expires>2026-11-28T15:00:00+09:00</expires>
    <headline>The Omoi River is rising</headline>
    <description>Two schools are open as shelters.</description>
    <web>https://oyama.machi.invalid/bousai</web>
    <parameter>
      <valueName>machi:open_shelters</valueName>
      <value>shelter-0001 shelter-0003</value>
    </parameter>
    <area>
      <areaDesc>Along the Omoi River</areaDesc>
      <polygon>36.30,139.78 36.32,139.78 36.32,139.80 36.30,139.80 36.30,139.78</polygon>
      <geocode>
        <valueName>machi:area</valueName>
        <value>mamada</value>
      </geocode>
    </area>
  </info>
</alert>
"#;

#[test]
fn a_cap_alert_in_two_languages_is_one_message() {
    let (m, r) = read_cap("messages/flood.xml", FLOOD);
    assert!(r.problems.is_empty(), "{r}");
    let s = m.unwrap();
    let m = &s.message;
    assert_eq!(m.id, "oyama-test-flood-1");
    assert_eq!(m.sender, "bousai@oyama.machi.invalid");
    assert_eq!(m.sent, "2026-11-27T15:00:00+09:00");
    assert_eq!(
        (m.status, m.msg_type, m.origin),
        (MessageStatus::Actual, MsgType::Alert, MessageOrigin::Cap)
    );
    assert_eq!(m.category, "weather", "the first CAP category decides");
    assert_eq!(m.cap_categories, [CapCategory::Met, CapCategory::Safety]);
    assert_eq!(
        (m.urgency, m.severity, m.certainty),
        (Urgency::Expected, Severity::Severe, Certainty::Likely)
    );
    assert_eq!(m.expires.as_deref(), Some("2026-11-28T15:00:00+09:00"));
    assert_eq!(m.effective, None);
    let locales: Vec<_> = m.headline.keys().map(String::as_str).collect();
    assert_eq!(locales, ["en", "ja"]);
    assert_eq!(m.event["en"], "Heavy rain and flooding");
    assert_eq!(
        m.instruction["ja"], "川の近くの方は\n早めに避難してください。",
        "indentation goes, line breaks stay"
    );
    assert!(!m.instruction.contains_key("en"));
    assert_eq!(m.web.as_deref(), Some("https://oyama.machi.invalid/bousai"));
    assert_eq!(m.opens_shelters, ["shelter-0001", "shelter-0003"]);
    assert_eq!(m.area.ids, ["mamada"]);
    assert_eq!(m.area.polygons.len(), 1);
    assert_eq!(
        m.area.polygons[0][1],
        LatLon {
            lat: 36.32,
            lon: 139.78
        }
    );
    assert_eq!(m.area.description["en"], "Along the Omoi River");
    assert_eq!(s.shelters_at, Spot::new(26, "info[1]/parameter[1]/value"));
    assert_eq!(s.id_at, Spot::new(3, "identifier"));
    assert!(!s.inherits);
}

#[test]
fn languages_map_onto_machi_locales() {
    let cases = [
        ("ja-JP", Some("ja")),
        ("ja", Some("ja")),
        ("ja-JP-x-easy", Some("ja-easy")),
        ("ja-x-easy", Some("ja-easy")),
        ("en-US", Some("en")),
        ("en-GB", Some("en")),
        ("pt-BR", Some("pt-BR")),
        ("pt", Some("pt-BR")),
        ("pt-PT", None),
        ("es-US", Some("es")),
        ("vi-VN", Some("vi")),
        ("fil-PH", Some("tl")),
        ("tl", Some("tl")),
        ("ne-NP", Some("ne")),
        ("zh-CN", Some("zh-Hans")),
        ("zh-Hans-CN", Some("zh-Hans")),
        ("zh-SG", Some("zh-Hans")),
        ("zh-TW", Some("zh-Hant")),
        ("zh-Hant-HK", Some("zh-Hant")),
        ("my-MM", Some("my")),
        ("mn", Some("mn")),
        ("ko-KR", Some("ko")),
        ("th-TH", Some("th")),
        ("id-ID", Some("id")),
        ("fr-FR", None),
    ];
    for (tag, locale) in cases {
        assert_eq!(locale_of_language(tag), locale, "{tag}");
    }
}

/// An alert with infos in ja, やさしい日本語, English, Portuguese and an unknown language, and one without
/// `<language>` (English, per the spec) after the English one.
#[test]
fn several_info_languages_become_locales_of_one_message() {
    let info = |lang: &str, headline: &str| {
        let language = if lang.is_empty() {
            String::new()
        } else {
            format!("<language>{lang}</language>")
        };
        format!(
            "<info>{language}<category>Other</category><event>e</event><urgency>Future</urgency>\
             <severity>Minor</severity><certainty>Possible</certainty><headline>{headline}</headline></info>\n"
        )
    };
    let xml = format!(
        "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">\n<identifier>langs</identifier>\
         <sender>s</sender><sent>2026-12-01T09:00:00+09:00</sent><status>Actual</status>\
         <msgType>Alert</msgType><scope>Public</scope>\n{}{}{}{}{}{}</alert>\n",
        info("pt-BR", "Aviso"),
        info("ja-JP", "お知らせ"),
        info("ja-JP-x-easy", "おしらせ"),
        info("en-US", "Notice"),
        info("", "Notice again"),
        info("fr-FR", "Avis"),
    );
    let (m, r) = read_cap("messages/langs.xml", &xml);
    assert_eq!(
        warnings(&r),
        [
            "messages/langs.xml:7: info[5]: a second <info> in `en` (first: info[4]); left out",
            "messages/langs.xml:8: info[6]/language: language `fr-FR` is not one of Machi's locales; this <info> is left out",
        ]
    );
    assert!(errors(&r).is_empty());
    let m = m.unwrap().message;
    let headline: Vec<_> = m.headline.iter().map(|(k, v)| format!("{k}={v}")).collect();
    assert_eq!(
        headline,
        [
            "en=Notice",
            "ja=お知らせ",
            "ja-easy=おしらせ",
            "pt-BR=Aviso"
        ]
    );
    assert_eq!(m.category, "city", "Other → city");
    assert!(m.area.is_whole_city(), "no <area> is the whole city");
}

#[test]
fn non_text_fields_come_from_the_default_locale_and_disagreement_is_a_warning() {
    let xml = FLOOD
        .replace(
            "<language>en-US</language>\n    <category>Met</category>",
            "<language>en-US</language>\n    <category>Geo</category>",
        )
        .replacen(
            "<urgency>Expected</urgency>",
            "<urgency>Immediate</urgency>",
            2,
        )
        .replacen(
            "<urgency>Immediate</urgency>",
            "<urgency>Expected</urgency>",
            1,
        );
    let (m, r) = read_cap("messages/flood.xml", &xml);
    assert_eq!(
        warnings(&r),
        [
            "messages/flood.xml:37: info[2]: category differs from info[1] ([Geo, Safety], not [Met, Safety]); info[1]'s is used",
            "messages/flood.xml:37: info[2]: urgency differs from info[1] (Immediate, not Expected); info[1]'s is used",
        ]
    );
    let m = m.unwrap().message;
    assert_eq!(m.urgency, Urgency::Expected);
    assert_eq!(m.cap_categories, [CapCategory::Met, CapCategory::Safety]);

    // Without a Japanese info the first one gives the non-text fields, and the city hears about it.
    let english_first = FLOOD.replace("<language>ja-JP</language>", "<language>vi-VN</language>");
    let (m, r) = read_cap("messages/flood.xml", &english_first);
    assert_eq!(
        warnings(&r),
        ["messages/flood.xml:9: info[1]: no <info> in the city's default locale `ja`; the non-text fields come from this one"]
    );
    assert!(m.unwrap().message.headline.contains_key("vi"));
}

#[test]
fn categories_parameters_and_the_whole_city() {
    let child_safety = FLOOD
        .replace(
            "<valueName>machi:open_shelters</valueName>\n      <value>shelter-0001 shelter-0003</value>",
            "<valueName>machi:category</valueName>\n      <value>child_safety</value>",
        )
        .replace("<category>Met</category>", "<category>Security</category>");
    let (m, r) = read_cap("messages/a.xml", &child_safety);
    assert!(r.problems.is_empty(), "{r}");
    let m = m.unwrap().message;
    assert_eq!(m.category, "child_safety", "machi:category wins");
    assert!(m.opens_shelters.is_empty());

    for (cap_category, ours) in [
        ("Security", "crime"),
        ("Transport", "traffic"),
        ("Geo", "disaster"),
        ("CBRNE", "disaster"),
        ("Health", "disaster"),
    ] {
        let xml = FLOOD.replace(
            "<category>Met</category>",
            &format!("<category>{cap_category}</category>"),
        );
        let (m, _) = read_cap("messages/a.xml", &xml);
        assert_eq!(m.unwrap().message.category, ours, "{cap_category}");
    }

    // The city's own code (five or six digits) in a JIS X 0402 geocode is the whole city, whatever else the area
    // names; another city's code is ignored with a warning.
    for code in ["092088", "09208"] {
        let xml = FLOOD.replace(
            "<valueName>machi:area</valueName>\n        <value>mamada</value>",
            &format!("<valueName>JIS-X-0402</valueName>\n        <value>{code}</value>"),
        );
        let (m, r) = read_cap("messages/a.xml", &xml);
        assert!(r.problems.is_empty(), "{r}");
        let area = m.unwrap().message.area;
        assert!(area.is_whole_city(), "{area:?}");
        assert_eq!(area.description["ja"], "思川沿いの地域");
    }
    let xml = FLOOD.replace(
        "<valueName>machi:area</valueName>\n        <value>mamada</value>",
        "<valueName>LGCODE</valueName>\n        <value>131016</value>",
    );
    let (m, r) = read_cap("messages/a.xml", &xml);
    assert_eq!(
        warnings(&r)[0],
        "messages/a.xml:33: info[1]/area[1]/geocode[1]/value: `131016` is not this city (092088); ignored"
    );
    assert_eq!(m.unwrap().message.area.polygons.len(), 1);
}

/// An Update with references and a circle (radius 0 included), as the spec's earthquake example has.
const UPDATE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>oyama-test-flood-2</identifier>
  <sender>bousai@oyama.machi.invalid</sender>
  <sent>2026-11-27T18:30:00+09:00</sent>
  <status>Actual</status>
  <msgType>Update</msgType>
  <scope>Public</scope>
  <references>bousai@oyama.machi.invalid,oyama-test-flood-1,2026-11-27T15:00:00+09:00</references>
  <info>
    <language>ja-JP</language>
    <category>Met</category>
    <event>大雨・洪水</event>
    <urgency>Immediate</urgency>
    <severity>Extreme</severity>
    <certainty>Observed</certainty>
    <headline>避難指示</headline>
    <area>
      <areaDesc>間々田駅の周辺</areaDesc>
      <circle>36.2652,139.7717 1.5</circle>
      <circle>36.2700,139.7600 0</circle>
    </area>
  </info>
</alert>
"#;

/// A Cancel with no `<info>`, like a withdrawn alert from a national system.
const CANCEL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>oyama-test-flood-3</identifier>
  <sender>bousai@oyama.machi.invalid</sender>
  <sent>2026-11-28T08:00:00+09:00</sent>
  <status>Actual</status>
  <msgType>Cancel</msgType>
  <scope>Public</scope>
  <references>bousai@oyama.machi.invalid,oyama-test-flood-1,2026-11-27T15:00:00+09:00 bousai@oyama.machi.invalid,oyama-test-flood-2,2026-11-27T18:30:00+09:00</references>
</alert>
"#;

fn read_all(files: &[(&str, &str)]) -> (Vec<SourcedMessage>, Report) {
    let mut r = Report::new();
    let found = files
        .iter()
        .filter_map(|(file, xml)| cap::import(&SourceText::new(*file, *xml), &city(), &mut r))
        .collect();
    let out = finish(found, &mut r);
    r.sort();
    (out, r)
}

#[test]
fn update_and_cancel_reference_published_messages() {
    let (out, r) = read_all(&[
        ("messages/3.xml", CANCEL),
        ("messages/2.xml", UPDATE),
        ("messages/1.xml", FLOOD),
    ]);
    assert!(r.problems.is_empty(), "{r}");
    let ids: Vec<_> = out.iter().map(|m| m.message.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "oyama-test-flood-1",
            "oyama-test-flood-2",
            "oyama-test-flood-3"
        ],
        "sorted by sent"
    );
    let update = &out[1].message;
    assert_eq!(update.msg_type, MsgType::Update);
    assert_eq!(update.references, ["oyama-test-flood-1"]);
    assert_eq!(
        update.area.circles,
        [
            Circle {
                centre: LatLon {
                    lat: 36.2652,
                    lon: 139.7717
                },
                radius_km: 1.5
            },
            Circle {
                centre: LatLon {
                    lat: 36.27,
                    lon: 139.76
                },
                radius_km: 0.0
            }
        ]
    );
    let cancel = &out[2];
    assert!(cancel.inherits);
    let c = &cancel.message;
    assert_eq!(c.msg_type, MsgType::Cancel);
    assert_eq!(c.references, ["oyama-test-flood-1", "oyama-test-flood-2"]);
    assert!(c.headline.is_empty() && c.event.is_empty());
    assert_eq!(c.category, "weather", "from the message it cancels");
    assert_eq!(
        c.area.ids,
        ["mamada"],
        "so only the same residents hear of it"
    );
    assert_eq!(c.urgency, Urgency::Unknown);
}

#[test]
fn reference_problems() {
    // The Update alone names nothing published.
    let (out, r) = read_all(&[("messages/2.xml", UPDATE)]);
    assert_eq!(
        errors(&r),
        ["messages/2.xml:9: references: `oyama-test-flood-1` names no message published in this bundle"]
    );
    assert_eq!(out.len(), 1, "the check reports; the build refuses");

    // Sender and sent that disagree with the published message are warnings.
    let wrong = UPDATE.replace(
        "bousai@oyama.machi.invalid,oyama-test-flood-1,2026-11-27T15:00:00+09:00",
        "other@example.invalid,oyama-test-flood-1,2026-11-27T15:00:01+09:00",
    );
    let (_, r) = read_all(&[("messages/1.xml", FLOOD), ("messages/2.xml", &wrong)]);
    assert!(errors(&r).is_empty());
    assert_eq!(
        warnings(&r),
        [
            "messages/2.xml:9: references: `oyama-test-flood-1` is referenced with sender `other@example.invalid`, but was sent by `bousai@oyama.machi.invalid`",
            "messages/2.xml:9: references: `oyama-test-flood-1` is referenced as sent 2026-11-27T15:00:01+09:00, but was sent 2026-11-27T15:00:00+09:00",
        ]
    );

    // No references at all, malformed ones, and one naming itself.
    let none = UPDATE.replace(
        "  <references>bousai@oyama.machi.invalid,oyama-test-flood-1,2026-11-27T15:00:00+09:00</references>\n",
        "",
    );
    let (_, r) = read_all(&[("messages/1.xml", FLOOD), ("messages/2.xml", &none)]);
    assert_eq!(
        errors(&r),
        ["messages/2.xml:7: references: an Update must reference the messages it replaces; there are none"]
    );
    let bad = UPDATE.replace(
        "bousai@oyama.machi.invalid,oyama-test-flood-1,2026-11-27T15:00:00+09:00",
        "a,oyama-test-flood-1 b,c,2026-11-27 d,e&amp;f,2026-11-27T18:30:00+09:00",
    );
    let (_, r) = read_all(&[("messages/1.xml", FLOOD), ("messages/2.xml", &bad)]);
    assert_eq!(
        errors(&r),
        [
            "messages/2.xml:9: references: `a,oyama-test-flood-1` is not sender,identifier,sent",
            "messages/2.xml:9: references: in `b,c,2026-11-27`: bad date `2026-11-27`: expected YYYY-MM-DDThh:mm:ss±hh:mm, like 2026-11-27T15:00:00+09:00",
            "messages/2.xml:9: references: in `d,e&f,2026-11-27T18:30:00+09:00`: `e&f` must not contain spaces, commas, `<` or `&`",
        ]
    );
    let itself = UPDATE.replace(
        "oyama-test-flood-1,2026-11-27T15:00:00+09:00",
        "oyama-test-flood-2,2026-11-27T18:30:00+09:00",
    );
    let (_, r) = read_all(&[("messages/2.xml", &itself)]);
    assert_eq!(
        errors(&r),
        ["messages/2.xml:9: references: `oyama-test-flood-2` is this message itself"]
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let (out, r) = read_all(&[("messages/a.xml", FLOOD), ("messages/b.xml", FLOOD)]);
    assert_eq!(
        errors(&r),
        ["messages/b.xml:3: identifier: duplicate id `oyama-test-flood-1` (first at messages/a.xml:3)"]
    );
    assert_eq!(out.len(), 1);
}

/// Each invalid case with its exact `file:line: element: message`.
#[test]
fn invalid_alerts_are_reported_exactly() {
    let cases: Vec<(String, &str)> = vec![
        (
            FLOOD.replace("  <sender>bousai@oyama.machi.invalid</sender>\n", ""),
            "messages/bad.xml:2: sender: required element missing",
        ),
        (
            FLOOD.replace("<msgType>Alert</msgType>", "<msgType>Alarm</msgType>"),
            "messages/bad.xml:7: msgType: unknown msgType `Alarm` (CAP 1.2: Alert, Update, Cancel, Ack, Error)",
        ),
        (
            FLOOD.replace("2026-11-27T15:00:00+09:00", "2026-11-27T06:00:00Z"),
            "messages/bad.xml:5: sent: bad date `2026-11-27T06:00:00Z`: CAP writes the offset as ±hh:mm (UTC is -00:00), never Z",
        ),
        (
            FLOOD.replace("2026-11-27T15:00:00+09:00", "2026-13-27T15:00:00+09:00"),
            "messages/bad.xml:5: sent: bad date `2026-13-27T15:00:00+09:00`: no such date or time",
        ),
        (
            FLOOD.replacen(
                "<expires>2026-11-28T15:00:00+09:00</expires>",
                "<expires>2026-11-28T15:00:00.5+09:00</expires>",
                1,
            ),
            "messages/bad.xml:18: info[1]/expires: bad date `2026-11-28T15:00:00.5+09:00`: CAP times have no fractions of a second",
        ),
        (
            FLOOD.replacen("36.30,139.80 36.30,139.78</polygon>", "36.30,139.80 36.30,139.79</polygon>", 1),
            "messages/bad.xml:30: info[1]/area[1]/polygon: not closed: the last pair 36.3,139.79 is not the first 36.3,139.78",
        ),
        (
            FLOOD.replacen(
                "36.30,139.78 36.32,139.78 36.32,139.80 36.30,139.80 36.30,139.78",
                "36.30,139.78 36.32,139.78 36.30,139.78",
                1,
            ),
            "messages/bad.xml:30: info[1]/area[1]/polygon: 3 coordinate pairs; a polygon needs at least 4, the first repeated as the last",
        ),
        (
            FLOOD.replacen("36.32,139.80 36.30", "96.32,139.80 36.30", 1),
            "messages/bad.xml:30: info[1]/area[1]/polygon: latitude 96.32 is out of range (-90 to 90)",
        ),
        (
            FLOOD[..FLOOD.find("設しました").unwrap()].to_string(),
            "messages/bad.xml:20: xml: the file ends before the XML is complete (truncated?)",
        ),
        (
            FLOOD[..FLOOD.find("</alert>").unwrap()].to_string(),
            "messages/bad.xml:62: xml: the file ends before the XML is complete (truncated?)",
        ),
        (
            FLOOD.replace("cap:1.2", "cap:1.1"),
            "messages/bad.xml:2: alert: CAP 1.1 (urn:oasis:names:tc:emergency:cap:1.1); only CAP 1.2 (urn:oasis:names:tc:emergency:cap:1.2) is published",
        ),
        (
            FLOOD.replace("urn:oasis:names:tc:emergency:cap:1.2", "http://www.incident.com/cap/1.0"),
            "messages/bad.xml:2: alert: CAP 1.0 (http://www.incident.com/cap/1.0); only CAP 1.2 (urn:oasis:names:tc:emergency:cap:1.2) is published",
        ),
        (
            FLOOD.replacen("<value>mamada</value>", "<value>mamada-east</value>", 1),
            "messages/bad.xml:33: info[1]/area[1]/geocode[1]/value: unknown area id `mamada-east` (not an [[areas]] id in city.toml)",
        ),
        (
            FLOOD.replacen("<web>https://oyama.machi.invalid/bousai</web>", "<web>javascript:alert(1)</web>", 1),
            "messages/bad.xml:23: info[1]/web: `javascript:alert(1)` is not an http(s) address",
        ),
        (
            FLOOD.replace("<identifier>oyama-test-flood-1</identifier>", "<identifier>oyama test, 1</identifier>"),
            "messages/bad.xml:3: identifier: `oyama test, 1` must not contain spaces, commas, `<` or `&`",
        ),
        (
            FLOOD.replacen("<urgency>Expected</urgency>", "", 1),
            "messages/bad.xml:9: info[1]/urgency: required element missing",
        ),
        (
            FLOOD.replacen("<status>Actual</status>", "<status>Actual</status><status>Actual</status>", 1),
            "messages/bad.xml:6: status: appears 2 times (first at line 6); CAP allows one",
        ),
        (
            FLOOD.replacen(
                "<areaDesc>思川沿いの地域</areaDesc>",
                "<areaDesc>思川沿いの地域</areaDesc><circle>36.3,139.8</circle>",
                1,
            ),
            "messages/bad.xml:29: info[1]/area[1]/circle: `36.3,139.8` is not `lat,lon radius`",
        ),
        (
            FLOOD.replacen("<value>shelter-0001 shelter-0003</value>", "<value>  </value>", 1),
            "messages/bad.xml:26: info[1]/parameter[1]/value: empty: list the place ids of the shelters, separated by spaces",
        ),
        (
            FLOOD.replace("<sender>", "<sender><b>x</b>"),
            "messages/bad.xml:4: sender: holds elements; CAP expects text here",
        ),
        (
            String::from("<?xml version=\"1.0\"?>\n<alert>\n  <a></b>\n</alert>\n"),
            "messages/bad.xml:3: xml: not well-formed XML: expected 'a' tag, not 'b'",
        ),
        (
            String::from("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>\n"),
            "messages/bad.xml:1: alert: root element <feed> is not a CAP 1.2 <alert>",
        ),
    ];
    for (xml, expected) in cases {
        let (m, r) = read_cap("messages/bad.xml", &xml);
        assert_eq!(errors(&r), [expected], "\n{r}");
        assert!(m.is_none(), "an alert with errors is left out: {expected}");
    }
}

#[test]
fn every_problem_of_a_file_is_reported() {
    let xml = FLOOD
        .replace("  <sender>bousai@oyama.machi.invalid</sender>\n", "")
        .replace("<msgType>Alert</msgType>", "<msgType>Alarm</msgType>")
        .replacen("<severity>Severe</severity>", "<severity>Bad</severity>", 1)
        .replacen(
            "36.30,139.80 36.30,139.78<",
            "36.30,139.80 36.30,139.79<",
            1,
        );
    let (_, r) = read_cap("messages/bad.xml", &xml);
    assert_eq!(
        errors(&r),
        [
            "messages/bad.xml:2: sender: required element missing",
            "messages/bad.xml:6: msgType: unknown msgType `Alarm` (CAP 1.2: Alert, Update, Cancel, Ack, Error)",
            "messages/bad.xml:15: info[1]/severity: unknown severity `Bad` (CAP 1.2: Extreme, Severe, Moderate, Minor, Unknown)",
            "messages/bad.xml:29: info[1]/area[1]/polygon: not closed: the last pair 36.3,139.79 is not the first 36.3,139.78",
        ]
    );
}

#[test]
fn messages_not_for_residents_are_left_out_with_a_warning() {
    for (from, to, expected) in [
        (
            "<status>Actual</status>",
            "<status>Test</status>",
            "messages/t.xml:6: status: `Test`: not published to residents",
        ),
        (
            "<status>Actual</status>",
            "<status>Draft</status>",
            "messages/t.xml:6: status: `Draft`: not published to residents",
        ),
        (
            "<msgType>Alert</msgType>",
            "<msgType>Ack</msgType>",
            "messages/t.xml:7: msgType: `Ack`: not published to residents",
        ),
        (
            "<scope>Public</scope>",
            "<scope>Restricted</scope>",
            "messages/t.xml:8: scope: `Restricted`: not published to residents",
        ),
    ] {
        let (m, r) = read_cap("messages/t.xml", &FLOOD.replace(from, to));
        assert!(m.is_none(), "{to}");
        assert!(!r.has_errors(), "{r}");
        assert_eq!(warnings(&r), [expected]);
    }
    let (m, r) = read_cap(
        "messages/t.xml",
        &FLOOD.replace("<scope>Public</scope>", "<scope>Private</scope>"),
    );
    assert!(m.is_none());
    assert_eq!(
        errors(&r),
        ["messages/t.xml:8: addresses: required when scope is Private (CAP 1.2 §3.2.1)"]
    );

    let (m, r) = read_cap(
        "messages/t.xml",
        &FLOOD.replace("<status>Actual</status>", "<status>Exercise</status>"),
    );
    assert!(r.problems.is_empty(), "{r}");
    assert_eq!(
        m.unwrap().message.status,
        MessageStatus::Exercise,
        "a drill is shown, marked as one"
    );
}

/// No XML declaration, both spellings of an XML signature, an extension element, an unknown CAP element and a
/// base64 resource spread over lines.
#[test]
fn signatures_extensions_and_embedded_resources() {
    let xml = r#"<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2" xmlns:x="urn:example:extension">
  <identifier>sig-1</identifier>
  <sender>bousai@oyama.machi.invalid</sender>
  <sent>2026-12-03T10:00:00-00:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <x:priority>high</x:priority>
  <colour>red</colour>
  <info>
    <category>Infra</category>
    <event>Water outage</event>
    <urgency>Expected</urgency>
    <severity>Minor</severity>
    <certainty>Likely</certainty>
    <resource>
      <resourceDesc>Map of the outage</resourceDesc>
      <mimeType>image/png</mimeType>
      <size>12</size>
      <derefUri>
        iVBORw0KGgoA
        AAANSUhEUg==
      </derefUri>
    </resource>
    <area><areaDesc>Oyama</areaDesc></area>
  </info>
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>...</SignedInfo></Signature>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>
</alert>"#;
    let (m, r) = read_cap("messages/sig.xml", xml);
    assert!(errors(&r).is_empty(), "{r}");
    assert_eq!(
        warnings(&r),
        [
            "messages/sig.xml:9: colour: unknown CAP 1.2 element <colour>; ignored",
            "messages/sig.xml:10: info[1]: no <info> in the city's default locale `ja`; the non-text fields come from this one",
        ]
    );
    let m = m.unwrap().message;
    assert_eq!(m.sent, "2026-12-03T10:00:00-00:00", "kept as written");
    assert_eq!(m.category, "disaster");
    assert_eq!(m.event["en"], "Water outage", "no <language> is en-US");

    let broken = xml.replace("AAANSUhEUg==", "AAANSUhEUg=*");
    let (_, r) = read_cap("messages/sig.xml", &broken);
    let e = errors(&r);
    assert_eq!(e.len(), 1, "{r}");
    assert!(
        e[0].starts_with("messages/sig.xml:20: info[1]/resource[1]/derefUri: not valid base64"),
        "{}",
        e[0]
    );
    let (_, r) = read_cap(
        "messages/sig.xml",
        &xml.replace("<size>12</size>", "<size>12 KB</size>"),
    );
    assert_eq!(
        errors(&r),
        ["messages/sig.xml:19: info[1]/resource[1]/size: `12 KB` is not a size in bytes"]
    );
}

#[test]
fn dates_and_ids_follow_cap() {
    assert!(parse_cap_time("2026-11-27T15:00:00+09:00").is_ok());
    assert!(parse_cap_time("2026-11-27T06:00:00-00:00").is_ok());
    assert!(parse_cap_time("2026-11-27T06:00:00+00:00").is_ok());
    for bad in [
        "2026-11-27T06:00:00Z",
        "2026-11-27 06:00:00+09:00",
        "2026-11-27T06:00+09:00",
        "2026-02-30T06:00:00+09:00",
        "2026-11-27T25:00:00+09:00",
        "2026-11-27T06:00:00+0900",
        "",
    ] {
        assert!(parse_cap_time(bad).is_err(), "{bad}");
    }
    assert!(check_cap_id("KAR0-0306112239-SW").is_ok());
    assert!(check_cap_id("a@b.example").is_ok());
    for bad in ["", "a b", "a,b", "a<b", "a&b", "a\tb"] {
        assert!(check_cap_id(bad).is_err(), "{bad:?}");
    }
    assert!(check_web("http://example.invalid/x").is_ok());
    for bad in ["ftp://x", "https://", "https:///x", "//x", "https://a b"] {
        assert!(check_web(bad).is_err(), "{bad}");
    }
}

#[test]
fn expiry_before_sending_is_a_warning() {
    let xml = FLOOD.replace("2026-11-28T15:00:00+09:00", "2026-11-27T14:00:00+09:00");
    let (m, r) = read_cap("messages/e.xml", &xml);
    assert!(m.is_some());
    assert_eq!(
        warnings(&r),
        ["messages/e.xml:18: info[1]/expires: expires before the alert is sent: residents never see it as current"]
    );
}

// ---------------------------------------------------------------------------------------------------------------
// notices.toml

const NOTICES: &str = r#"[[notice]]
id = "b-bus"
category = "bus"
severity = "info"
published = "2026-11-20T09:00:00+09:00"
expires = "2026-12-31T23:59:59+09:00"
areas = []
[notice.title]
ja = "バスの時刻表が変わります"
en = "Bus timetable changes"
[notice.body]
ja = "12月1日から"

[[notice]]
id = "a-drill"
category = "disaster"
severity = "advisory"
published = 2026-11-18T10:00:00+09:00
areas = ["oyama", "mamada", "oyama"]
[notice.title]
ja = "訓練"
"#;

fn read_notices(text: &str) -> (Vec<SourcedMessage>, Report) {
    let mut r = Report::new();
    let found = notices::import(
        &SourceText::new("messages/notices.toml", text),
        &city(),
        &mut r,
    );
    let out = finish(found, &mut r);
    r.sort();
    (out, r)
}

#[test]
fn notices_keep_their_format_and_map_onto_messages() {
    let (out, r) = read_notices(NOTICES);
    assert!(r.problems.is_empty(), "{r}");
    let ids: Vec<_> = out.iter().map(|m| m.message.id.as_str()).collect();
    assert_eq!(ids, ["a-drill", "b-bus"], "sorted by sent");
    let drill = &out[0].message;
    assert_eq!(
        drill.sent, "2026-11-18T10:00:00+09:00",
        "a bare TOML date-time reads as text"
    );
    assert_eq!(drill.sender, "092088", "the city code by default");
    assert_eq!(drill.origin, MessageOrigin::Notice);
    assert_eq!(drill.area.ids, ["mamada", "oyama"]);
    assert_eq!(drill.severity, Severity::Moderate, "advisory → moderate");
    assert_eq!(
        (drill.status, drill.msg_type, drill.urgency, drill.certainty),
        (
            MessageStatus::Actual,
            MsgType::Alert,
            Urgency::Unknown,
            Certainty::Unknown
        )
    );
    assert!(drill.description.is_empty());
    let bus = &out[1].message;
    assert_eq!(bus.expires.as_deref(), Some("2026-12-31T23:59:59+09:00"));
    assert_eq!(bus.headline["en"], "Bus timetable changes");
    assert_eq!(bus.description["ja"], "12月1日から");
    assert_eq!(bus.severity, Severity::Minor, "info → minor");
    assert!(bus.area.is_whole_city());
    for (word, severity) in [
        ("warning", Severity::Severe),
        ("emergency", Severity::Extreme),
        ("extreme", Severity::Extreme),
        ("unknown", Severity::Unknown),
    ] {
        assert_eq!(notices::severity_of(word), Some(severity), "{word}");
    }
}

#[test]
fn notices_take_every_cap_field_as_an_optional_key() {
    let text = r#"sender = "kouhou@oyama.machi.invalid"

[[notice]]
id = "flood-open"
category = "disaster"
severity = "severe"
urgency = "immediate"
certainty = "observed"
status = "exercise"
published = "2026-11-29T10:00:00Z"
effective = "2026-11-29T10:00:00+09:00"
onset = "2026-11-29T11:00:00+09:00"
web = "https://oyama.machi.invalid/kunren"
opens_shelters = ["shelter-0001"]
polygons = [[[36.30, 139.78], [36.32, 139.78], [36.32, 139.80], [36.30, 139.78]]]
circles = [{ lat = 36.27, lon = 139.76, radius_km = 2.0 }]
[notice.title]
ja = "水害訓練"
[notice.event]
ja = "洪水"
[notice.instruction]
ja = "訓練です。"
[notice.area_description]
ja = "思川沿い"

[[notice]]
id = "flood-closed"
category = "disaster"
severity = "info"
msg_type = "cancel"
references = ["flood-open"]
published = "2026-11-29T20:00:00+09:00"
[notice.title]
ja = "訓練終了"
"#;
    let (out, r) = read_notices(text);
    assert!(r.problems.is_empty(), "{r}");
    let open = &out[0].message;
    assert_eq!(open.sender, "kouhou@oyama.machi.invalid");
    assert_eq!(
        open.sent, "2026-11-29T10:00:00+00:00",
        "Z is written back as an offset"
    );
    assert_eq!(open.status, MessageStatus::Exercise);
    assert_eq!(
        (open.urgency, open.certainty, open.severity),
        (Urgency::Immediate, Certainty::Observed, Severity::Severe)
    );
    assert_eq!(open.onset.as_deref(), Some("2026-11-29T11:00:00+09:00"));
    assert_eq!(open.opens_shelters, ["shelter-0001"]);
    assert_eq!(open.area.polygons[0].len(), 4);
    assert_eq!(open.area.circles[0].radius_km, 2.0);
    assert_eq!(open.area.description["ja"], "思川沿い");
    assert_eq!(open.event["ja"], "洪水");
    assert_eq!(open.instruction["ja"], "訓練です。");
    assert_eq!(
        out[0].shelters_at,
        Spot::new(14, "notice[1].opens_shelters")
    );
    let closed = &out[1].message;
    assert_eq!(
        (closed.msg_type, closed.references.as_slice()),
        (MsgType::Cancel, ["flood-open".to_string()].as_slice())
    );

    // A CAP Update may replace a notice, and a notice reference must name something.
    let dangling = text.replace("references = [\"flood-open\"]", "references = [\"flood\"]");
    let (_, r) = read_notices(&dangling);
    assert_eq!(
        errors(&r),
        ["messages/notices.toml:31: notice[2].references: `flood` names no message published in this bundle"]
    );
    let none = text.replace("references = [\"flood-open\"]\n", "");
    let (_, r) = read_notices(&none);
    assert_eq!(
        errors(&r),
        ["messages/notices.toml:30: notice[2].references: a Cancel must reference the messages it replaces; there are none"]
    );
}

#[test]
fn every_notice_problem_with_its_line() {
    let text = NOTICES
        .replace("category = \"bus\"", "category = \"buses\"")
        .replace("severity = \"advisory\"", "severity = \"grave\"")
        .replace(
            "expires = \"2026-12-31T23:59:59+09:00\"",
            "expires = \"2026-11-01T00:00:00+09:00\"\nweb = \"file:///etc/passwd\"\nurgency = \"now\"",
        )
        .replace("[\"oyama\", \"mamada\", \"oyama\"]", "[\"north\"]\npolygons = [[[36.3, 139.8], [36.4, 139.8], [36.3, 139.9]]]")
        .replace("ja = \"訓練\"", "fr = \"exercice\"");
    let (out, r) = read_notices(&text);
    assert_eq!(
        errors(&r),
        [
            "messages/notices.toml:3: notice[1].category: unknown category `buses` (known: disaster, weather, crime, child_safety, traffic, bus, business, events, city)",
            "messages/notices.toml:6: notice[1].expires: expires before it is published",
            "messages/notices.toml:7: notice[1].web: `file:///etc/passwd` is not an http(s) address",
            "messages/notices.toml:8: notice[1].urgency: unknown urgency `now` (known: immediate, expected, future, past, unknown)",
            "messages/notices.toml:19: notice[2].severity: unknown severity `grave` (known: info, advisory, warning, emergency; or CAP's extreme, severe, moderate, minor, unknown)",
            "messages/notices.toml:21: notice[2].areas: unknown area id `north` (not an [[areas]] id in city.toml)",
            "messages/notices.toml:22: notice[2].polygons[1]: 3 coordinate pairs; a polygon needs at least 4, the first repeated as the last",
            "messages/notices.toml:23: notice[2].title: no text in the default locale `ja`",
            "messages/notices.toml:24: notice[2].title.fr: unknown locale tag `fr` (known: ja, ja-easy, en, pt-BR, es, vi, tl, ne, zh-Hans, zh-Hant, ko, th, id, my, si, km, mn)",
        ]
    );
    assert!(out.is_empty(), "notices with errors are left out");
}

#[test]
fn notice_ids_dates_and_required_keys() {
    let text = r#"[[notice]]
id = "x"
category = "city"
severity = "info"
published = "2026-11-20 09:00"
[notice.title]
ja = "a"

[[notice]]
id = "x"
category = "city"
severity = "info"
published = "2026-11-20T09:00:00+09:00"
[notice.title]
ja = "b"

[[notice]]
id = "x"
category = "city"
severity = "info"
published = "2026-11-21T09:00:00+09:00"
[notice.title]
ja = "c"

[[notice]]
id = "bad id"
severity = "info"
published = "2026-11-20T09:00:00"
"#;
    let (out, r) = read_notices(text);
    assert_eq!(
        errors(&r),
        [
            "messages/notices.toml:5: notice[1].published: bad date `2026-11-20 09:00`: expected RFC 3339 with an offset, like 2026-11-20T09:00:00+09:00",
            "messages/notices.toml:18: notice[3].id: duplicate id `x` (first at messages/notices.toml:10)",
            "messages/notices.toml:25: notice[4].category: required key missing",
            "messages/notices.toml:25: notice[4].title: required key missing",
            "messages/notices.toml:26: notice[4].id: `bad id` must be ASCII letters, digits, `-`, `_` or `.`",
            "messages/notices.toml:28: notice[4].published: bad date `2026-11-20T09:00:00`: expected RFC 3339 with an offset, like 2026-11-20T09:00:00+09:00",
        ]
    );
    assert_eq!(out.len(), 1);
}

#[test]
fn notice_toml_errors_and_unknown_keys() {
    let (out, r) = read_notices("[[notice]]\nid = \"a\"\ntitle = \n");
    assert!(out.is_empty());
    assert_eq!(
        (r.problems[0].line, r.problems[0].field.as_str()),
        (3, "toml")
    );
    let (_, r) = read_notices(&NOTICES.replace("areas = []", "areas = []\nurgent = true"));
    assert_eq!(
        warnings(&r),
        ["messages/notices.toml:8: notice[1].urgent: unknown key, ignored"]
    );
    let (out, r) = read_notices("");
    assert!(out.is_empty() && r.problems.is_empty());
}

#[test]
fn notices_and_cap_share_one_id_space() {
    let mut r = Report::new();
    let mut found = notices::import(
        &SourceText::new(
            "messages/notices.toml",
            "[[notice]]\nid = \"oyama-test-flood-1\"\ncategory = \"city\"\nseverity = \"info\"\npublished = \"2026-11-01T09:00:00+09:00\"\n[notice.title]\nja = \"a\"\n",
        ),
        &city(),
        &mut r,
    );
    found.extend(cap::import(
        &SourceText::new("messages/flood.xml", FLOOD),
        &city(),
        &mut r,
    ));
    finish(found, &mut r);
    assert_eq!(
        errors(&r),
        ["messages/flood.xml:3: identifier: duplicate id `oyama-test-flood-1` (first at messages/notices.toml:2)"]
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Chunks

/// A message sent `minutes` after 2026-01-01 00:00 JST; every fifth one is long, in twelve languages, like the
/// city's real notices.
fn generated(i: usize, minutes: i64) -> Message {
    let sent = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00+09:00").unwrap()
        + chrono::Duration::minutes(minutes);
    let mut headline = Localized::new();
    let mut description = Localized::new();
    let locales: &[&str] = if i.is_multiple_of(5) {
        &crate::city::LOCALES
    } else {
        &["ja", "en"]
    };
    for l in locales {
        headline.insert(
            l.to_string(),
            format!("お知らせ {i} ({l}) 思川の水位と避難所について"),
        );
        description.insert(
            l.to_string(),
            format!(
                "{i}: 市内の避難所の開設状況をお知らせします。{}",
                "詳しくは市のホームページをご覧ください。".repeat(4)
            ),
        );
    }
    Message {
        id: format!("gen-{i:05}"),
        sender: "092088".into(),
        sent: sent.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        status: MessageStatus::Actual,
        msg_type: MsgType::Alert,
        references: Vec::new(),
        category: CATEGORIES_FOR_TESTS[i % CATEGORIES_FOR_TESTS.len()].into(),
        cap_categories: Vec::new(),
        event: Localized::new(),
        urgency: Urgency::Unknown,
        severity: Severity::Minor,
        certainty: Certainty::Unknown,
        effective: None,
        onset: None,
        expires: None,
        headline,
        description,
        instruction: Localized::new(),
        web: None,
        area: MessageArea::default(),
        opens_shelters: Vec::new(),
        origin: MessageOrigin::Notice,
    }
}

const CATEGORIES_FOR_TESTS: [&str; 3] = ["city", "disaster", "events"];

#[test]
fn chunks_follow_months_and_stay_small() {
    // 60 short messages on 31 March evening and 1 April morning (JST), one long one, and one in UTC whose
    // instant is 1 April in Japan but whose written month is March.
    let mut msgs: Vec<Message> = (1..=60)
        .map(|i| generated(i, 89 * 24 * 60 + 20 * 60 + i as i64 * 10))
        .collect();
    let mut utc = generated(61, 0);
    utc.sent = "2026-03-31T15:30:00+00:00".into();
    msgs.push(utc);
    msgs.reverse();
    let chunks = chunks(&msgs);
    let names: Vec<_> = chunks.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "messages/2026-03-1.json",
            "messages/2026-03-2.json",
            "messages/2026-04-1.json",
            "messages/2026-04-2.json",
            "messages/2026-04-3.json",
        ]
    );
    let counts: Vec<_> = chunks.iter().map(|(_, c)| c.messages.len()).collect();
    // 23 + 1 in March and 37 in April; these messages are long, so the byte limit cuts before 24.
    assert_eq!(counts.iter().take(2).sum::<usize>(), 24, "{counts:?}");
    assert_eq!(counts.iter().skip(2).sum::<usize>(), 37, "{counts:?}");
    assert!(counts.iter().all(|n| *n < MESSAGES_PER_CHUNK), "{counts:?}");
    let mut march = chunks
        .iter()
        .filter(|(name, _)| name.starts_with("messages/2026-03"))
        .flat_map(|(_, c)| &c.messages);
    assert!(march.any(|m| m.id == "gen-00061"), "written month decides");
    for (_, c) in &chunks {
        assert!(c.messages.len() <= MESSAGES_PER_CHUNK);
        let ordered = c
            .messages
            .windows(2)
            .all(|w| (instant(&w[0].sent), &w[0].id) < (instant(&w[1].sent), &w[1].id));
        assert!(ordered);
        let bytes = serde_json::to_vec(c).unwrap().len();
        assert!(bytes <= MESSAGES_CHUNK_MAX_BYTES, "{bytes}");
    }
    assert_eq!(
        chunks.iter().map(|(_, c)| c.messages.len()).sum::<usize>(),
        61
    );
}

#[test]
fn long_messages_close_a_chunk_before_it_passes_the_byte_limit() {
    // Every message in twelve languages: a chunk fills up by bytes long before 24 messages.
    let msgs: Vec<Message> = (0..100).map(|i| generated(i * 5, i as i64)).collect();
    let chunks = chunks(&msgs);
    let sizes: Vec<usize> = chunks
        .iter()
        .map(|(_, c)| serde_json::to_vec(c).unwrap().len())
        .collect();
    for (i, (_, c)) in chunks.iter().enumerate() {
        assert!(
            c.messages.len() < MESSAGES_PER_CHUNK,
            "{}",
            c.messages.len()
        );
        assert!(sizes[i] <= MESSAGES_CHUNK_MAX_BYTES);
        // Greedy: the next message would not have fitted.
        if let Some((_, next)) = chunks.get(i + 1) {
            let extra = serde_json::to_vec(&next.messages[0]).unwrap().len() + 1;
            assert!(sizes[i] + extra > MESSAGES_CHUNK_MAX_BYTES);
        }
    }
    assert_eq!(
        chunks.iter().map(|(_, c)| c.messages.len()).sum::<usize>(),
        100
    );

    // A single message bigger than the limit still goes out, alone.
    let mut huge = generated(0, 0);
    huge.description
        .insert("en".into(), "x".repeat(MESSAGES_CHUNK_MAX_BYTES));
    let chunks = super::chunks(&[huge, generated(1, 1)]);
    let counts: Vec<_> = chunks.iter().map(|(_, c)| c.messages.len()).collect();
    assert_eq!(counts, [1, 1]);
}

/// Public CAP files kept outside the repository: the four examples of the CAP 1.2 appendix
/// (`v1dot2_appendix_adot*.xml`), real alerts (`google-*`, `ipaws-*`) and an NWS CAP 1.1 file (`nws-*`).
/// Run with `MACHI_CAP_FIXTURES=/path/to/folder cargo test -p machi-bundle -- --ignored`.
#[test]
#[ignore = "needs MACHI_CAP_FIXTURES, a folder of public CAP files"]
fn public_cap_files_parse_and_cap_1_1_is_refused() {
    let dir = std::env::var("MACHI_CAP_FIXTURES")
        .expect("MACHI_CAP_FIXTURES names a folder of CAP files");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".xml"))
        .collect();
    names.sort();
    let mut counts = BTreeMap::<&str, usize>::new();
    for name in &names {
        let text = std::fs::read_to_string(std::path::Path::new(&dir).join(name)).unwrap();
        let (m, r) = read_cap(name, &text);
        eprint!("{name}: {}\n{r}", r.summary());
        let kind = ["v1dot2_appendix_adot", "google-", "ipaws-", "nws-"]
            .into_iter()
            .find(|p| name.starts_with(p))
            .unwrap_or("other");
        *counts.entry(kind).or_default() += 1;
        if kind == "nws-" {
            let e = errors(&r);
            assert_eq!(e.len(), 1, "{r}");
            assert!(
                e[0].contains(
                    ": alert: CAP 1.1 (urn:oasis:names:tc:emergency:cap:1.1); only CAP 1.2"
                ),
                "{}",
                e[0]
            );
            assert!(m.is_none());
        } else if kind != "other" {
            assert!(!r.has_errors(), "{name}:\n{r}");
            assert!(m.is_some(), "{name} gives a message");
        }
    }
    assert_eq!(counts.get("v1dot2_appendix_adot"), Some(&4), "{counts:?}");
    for kind in ["google-", "ipaws-", "nws-"] {
        assert!(
            counts.get(kind).is_some_and(|n| *n > 0),
            "no {kind}* file in {dir}"
        );
    }
}
