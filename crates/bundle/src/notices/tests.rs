use super::*;

const GOOD: &str = r#"[[notice]]
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
areas = ["east", "central", "east"]
[notice.title]
ja = "訓練"
"#;

fn run(text: &str) -> (NoticesContent, Report) {
    let areas: BTreeSet<String> = ["central", "east"].iter().map(|s| s.to_string()).collect();
    let mut r = Report::new();
    let n = import(
        &SourceText::new("messages/notices.toml", text),
        &areas,
        "ja",
        &mut r,
    );
    r.sort();
    (n, r)
}

fn errors(r: &Report) -> Vec<String> {
    r.errors().map(|p| p.to_string()).collect()
}

#[test]
fn good_notices_sorted_by_publication() {
    let (n, r) = run(GOOD);
    assert!(r.problems.is_empty(), "{r}");
    let ids: Vec<_> = n.notices.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["a-drill", "b-bus"]);
    let drill = &n.notices[0];
    assert_eq!(
        drill.published, "2026-11-18T10:00:00+09:00",
        "a bare TOML date-time reads as text"
    );
    assert_eq!(drill.areas, ["central", "east"]);
    assert!(drill.body.is_empty());
    let bus = &n.notices[1];
    assert_eq!(bus.expires.as_deref(), Some("2026-12-31T23:59:59+09:00"));
    assert_eq!(bus.title["en"], "Bus timetable changes");
    assert!(bus.areas.is_empty());
}

#[test]
fn every_field_problem_with_its_line() {
    let text = GOOD
        .replace("category = \"bus\"", "category = \"buses\"")
        .replace("severity = \"advisory\"", "severity = \"severe\"")
        .replace(
            "expires = \"2026-12-31T23:59:59+09:00\"",
            "expires = \"2026-11-01T00:00:00+09:00\"",
        )
        .replace("[\"east\", \"central\", \"east\"]", "[\"north\"]")
        .replace("ja = \"訓練\"", "fr = \"exercice\"");
    let (n, r) = run(&text);
    assert_eq!(
        errors(&r),
        [
            "messages/notices.toml:3: notice[1].category: unknown category `buses` (known: disaster, weather, crime, child_safety, traffic, bus, business, events, city)",
            "messages/notices.toml:6: notice[1].expires: expires before it is published",
            "messages/notices.toml:17: notice[2].severity: unknown severity `severe` (known: info, advisory, warning, emergency)",
            "messages/notices.toml:19: notice[2].areas: unknown area id `north` (not an [[areas]] id in city.toml)",
            "messages/notices.toml:20: notice[2].title: no text in the default locale `ja`",
            "messages/notices.toml:21: notice[2].title.fr: unknown locale tag `fr` (known: ja, ja-easy, en, pt-BR, es, vi, tl, ne, zh-Hans, ko, th, id)",
        ]
    );
    assert!(n.notices.is_empty(), "notices with errors are left out");
}

#[test]
fn ids_dates_and_required_keys() {
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
published = "2026-11-20T09:00:00"
[notice.title]
ja = "b"

[[notice]]
id = "bad id"
severity = "info"
published = "2026-11-20T09:00:00Z"
"#;
    let (_, r) = run(text);
    assert_eq!(
        errors(&r),
        [
            "messages/notices.toml:5: notice[1].published: bad date `2026-11-20 09:00`: expected RFC 3339 with an offset, like 2026-11-20T09:00:00+09:00",
            "messages/notices.toml:10: notice[2].id: duplicate id `x` (first at line 2)",
            "messages/notices.toml:13: notice[2].published: bad date `2026-11-20T09:00:00`: expected RFC 3339 with an offset, like 2026-11-20T09:00:00+09:00",
            "messages/notices.toml:17: notice[3].category: required key missing",
            "messages/notices.toml:17: notice[3].title: required key missing",
            "messages/notices.toml:18: notice[3].id: `bad id` must be ASCII letters, digits, `-`, `_` or `.`",
        ]
    );
}

#[test]
fn toml_errors_and_unknown_keys() {
    let (n, r) = run("[[notice]]\nid = \"a\"\ntitle = \n");
    assert!(n.notices.is_empty());
    assert_eq!(r.problems[0].line, 3);
    assert_eq!(r.problems[0].field, "toml");
    let (_, r) = run(&GOOD.replace("areas = []", "areas = []\nurgent = true"));
    let w: Vec<_> = r.warnings().map(|p| p.to_string()).collect();
    assert_eq!(
        w,
        ["messages/notices.toml:8: notice[1].urgent: unknown key, ignored"]
    );
    let (n, r) = run("");
    assert!(n.notices.is_empty() && r.problems.is_empty());
}
