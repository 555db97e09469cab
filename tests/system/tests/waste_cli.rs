//! `machi waste` through the real binary, on the built-in Oyama content at a fixed "now" (Friday 2026-11-27,
//! 20:00 JST): an item found from Japanese, romaji and other languages with its category; each category's next
//! day agreeing with the month view; the calendar file holding exactly the month view's days (and expanding to
//! them in Python's `icalendar` + `recurring-ical-events` when they are installed, see crates/bundle/tests/ics.rs);
//! the searches that found nothing; and errors that say what was wrong, with a stable code and exit status 1.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use machi_system_tests::*;
use serde_json::Value;

const NOW: &str = "2026-11-27T20:00:00+09:00";
const TODAY: &str = "2026-11-27";
/// The last day of the calendar file: 13 months from today, less a day.
const ICS_END: &str = "2027-12-26";
const AREA: &str = "mamada";

struct Resident {
    _tmp: tempfile::TempDir,
    data: PathBuf,
}

impl Resident {
    fn new() -> Resident {
        let tmp = tempfile::tempdir().expect("a temp dir");
        let data = tmp.path().join("data");
        Resident { _tmp: tmp, data }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = command("machi");
        // Offline: everything below comes from the content built into the binary.
        cmd.env("MACHI_NOW", NOW)
            .arg("--data-dir")
            .arg(&self.data)
            .arg("waste")
            .args(args);
        cmd
    }

    fn ok(&self, args: &[&str]) -> String {
        text(&run_ok(&mut self.cmd(args)).stdout)
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.ok(args);
        serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("machi waste {args:?}: not JSON ({e}):\n{out}"))
    }

    /// A command that must fail: its status and one `code: message` line on stderr.
    fn err(&self, args: &[&str]) -> (Output, String) {
        let out = run(&mut self.cmd(args));
        assert!(
            !out.status.success(),
            "machi waste {args:?} succeeded:\n{}",
            text(&out.stdout)
        );
        assert_eq!(out.status.code(), Some(1), "machi waste {args:?}");
        let stderr = text(&out.stderr);
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "one line on stderr: {stderr}"
        );
        (out, stderr)
    }
}

fn str_of<'v>(v: &'v Value, field: &str) -> &'v str {
    v[field]
        .as_str()
        .unwrap_or_else(|| panic!("no string {field} in {v}"))
}

/// One message of a shipped locale's waste.ftl, as the test reads it from the repository.
fn ftl(locale: &str, id: &str) -> String {
    let path = repo_root().join(format!("locales/{locale}/waste.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} is not in {}", path.display()))
        .to_string()
}

#[test]
fn search_finds_an_item_from_every_spelling_and_language_with_its_category() {
    let r = Resident::new();
    let cases: [(&str, Option<&str>, &str, &str); 9] = [
        ("ペットボトル", None, "pet-bottle", "bottles-cans"),
        ("ﾍﾟｯﾄﾎﾞﾄﾙ", None, "pet-bottle", "bottles-cans"),
        ("kandennchi", None, "dry-battery", "hazardous"),
        ("電池", None, "dry-battery", "hazardous"),
        ("supure-kan", None, "spray-can", "hazardous"),
        ("frying pan", Some("en"), "frying-pan", "non-burnable"),
        ("chảo", Some("vi"), "frying-pan", "non-burnable"),
        ("guarda-chuva", Some("pt-BR"), "umbrella", "non-burnable"),
        ("umbrela", Some("en"), "umbrella", "non-burnable"),
    ];
    for (query, lang, item, category) in cases {
        let mut args = vec!["search", query, "--json"];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        let hits = r.json(&args);
        let first = &hits[0];
        assert_eq!(str_of(first, "id"), item, "{query}: {hits}");
        assert_eq!(str_of(&first["category"], "id"), category, "{query}");
        assert!(!str_of(first, "name").is_empty(), "{query}: no name");
        assert!(
            !str_of(&first["category"], "name").is_empty(),
            "{query}: no category name"
        );
        // The answer is in the language asked for, or Japanese without one.
        assert_eq!(
            str_of(first, "locale"),
            lang.unwrap_or("ja"),
            "{query}: {first}"
        );
    }

    // Two languages, one item: the same category, named in each language.
    let ja = r.json(&["search", "フライパン", "--json"]);
    let vi = r.json(&["search", "chảo", "--lang", "vi", "--json"]);
    assert_eq!(ja[0]["id"], vi[0]["id"]);
    assert_eq!(ja[0]["name_ja"], vi[0]["name_ja"]);
    assert_ne!(ja[0]["category"]["name"], vi[0]["category"]["name"]);

    // The human output: the item, its category and the labels in the language asked for.
    for (query, lang) in [("chảo", "vi"), ("frying pan", "en"), ("ペットボトル", "ja")] {
        let hit = &r.json(&["search", query, "--lang", lang, "--json"])[0];
        let out = r.ok(&["search", query, "--lang", lang]);
        let first = out.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("1. ") && first.contains(str_of(hit, "name")),
            "{lang}: {out}"
        );
        let label = format!(
            "{}: {}",
            ftl(lang, "waste-item-category"),
            str_of(&hit["category"], "name")
        );
        assert!(out.contains(&label), "{lang}: no `{label}` in\n{out}");
    }
}

#[test]
fn next_days_agree_with_the_month_view_for_an_area_by_id_or_by_name() {
    let r = Resident::new();
    let next = r.json(&["next", "--area", AREA, "--json"]);
    assert_eq!(str_of(&next, "on"), TODAY);
    assert_eq!(str_of(&next, "area_id"), AREA);
    let by_name = r.json(&["next", "--area", str_of(&next, "area"), "--json"]);
    assert_eq!(
        by_name, next,
        "the area's name in area_days.csv finds the same calendar"
    );

    let collections = next["next"].as_array().expect("next");
    let categories: BTreeSet<&str> = collections
        .iter()
        .map(|n| str_of(&n["category"], "id"))
        .collect();
    assert_eq!(
        categories.len(),
        collections.len(),
        "each category once: {next}"
    );
    assert!(
        categories.len() >= 7,
        "every category of Oyama: {categories:?}"
    );

    // The month view of November, December 2026 and January 2027, every day with its collections.
    let mut days: Vec<(String, BTreeSet<String>)> = Vec::new();
    for (year, month) in [("2026", "11"), ("2026", "12"), ("2027", "1")] {
        let m = r.json(&[
            "month", "--area", AREA, "--year", year, "--month", month, "--json",
        ]);
        assert_eq!(str_of(&m, "area_id"), AREA);
        for d in m["days"].as_array().expect("days") {
            let cats = d["categories"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| str_of(c, "id").to_string())
                .collect();
            days.push((str_of(d, "date").to_string(), cats));
        }
    }
    // Each category's next day is its first day in the month view from today on (today counting).
    for n in collections {
        let id = str_of(&n["category"], "id");
        let first = days
            .iter()
            .find(|(date, cats)| date.as_str() >= TODAY && cats.contains(id))
            .map(|(date, _)| date.as_str());
        assert_eq!(first, Some(str_of(n, "date")), "{id}");
    }
    // A collection today is next (剪定枝 on this Friday), said as "today" in the human output.
    assert!(
        collections.iter().any(|n| str_of(n, "date") == TODAY),
        "{next}"
    );
    let human = r.ok(&["next", "--area", AREA]);
    let today_line = human
        .lines()
        .find(|l| l.starts_with(TODAY))
        .unwrap_or_else(|| panic!("{human}"));
    assert!(
        today_line.contains(&ftl("ja", "waste-day-today")),
        "{today_line}"
    );

    // `--on` moves "today"; a day after the year-end closure is not before it.
    let later = r.json(&["next", "--area", AREA, "--on", "2026-12-31", "--json"]);
    for n in later["next"].as_array().unwrap() {
        let date = str_of(n, "date");
        assert!(date >= "2026-12-31", "{n}");
        assert!(
            !["2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"].contains(&date),
            "closed: {n}"
        );
    }
}

#[test]
fn the_calendar_file_holds_exactly_the_days_of_the_month_view() {
    let r = Resident::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("oyama-{AREA}.ics"));
    let said = r.ok(&["ics", "--area", AREA, "--out", file.to_str().unwrap()]);
    assert!(said.contains(&file.display().to_string()), "{said}");
    let ics = std::fs::read_to_string(&file).unwrap();
    // The same file on standard output.
    assert_eq!(r.ok(&["ics", "--area", AREA]), ics);

    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "every line ends with CRLF"
    );
    let lines: Vec<&str> = ics.split("\r\n").collect();
    assert!(lines.iter().all(|l| l.len() <= 75), "folded at 75 octets");
    let events = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
    assert_eq!(events, lines.iter().filter(|l| **l == "END:VEVENT").count());
    assert!(events >= 7, "{events} events");
    let rrules: Vec<&&str> = lines.iter().filter(|l| l.starts_with("RRULE")).collect();
    assert!(
        !rrules.is_empty() && rrules.iter().all(|l| l.starts_with("RRULE:FREQ=")),
        "{rrules:?}"
    );
    let triggers: Vec<&&str> = lines.iter().filter(|l| l.starts_with("TRIGGER")).collect();
    assert!(
        !triggers.is_empty() && triggers.iter().all(|l| l.starts_with("TRIGGER:-P")),
        "relative: {triggers:?}"
    );
    let uids: Vec<&&str> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(
        uids.iter().collect::<BTreeSet<_>>().len(),
        uids.len(),
        "unique UIDs"
    );
    // Stable: a second export gives the same events.
    let again = r.ok(&["ics", "--area", AREA]);
    let uids_again: Vec<&str> = again
        .split("\r\n")
        .filter(|l| l.starts_with("UID:"))
        .collect();
    assert_eq!(uids_again, uids.iter().map(|u| **u).collect::<Vec<_>>());

    // What the file must expand to: the month view's days from today to the horizon, by category name.
    let mut occurrences = Vec::new();
    for (year, month) in (11..=12)
        .map(|m| (2026, m))
        .chain((1..=12).map(|m| (2027, m)))
    {
        let m = r.json(&[
            "month",
            "--area",
            AREA,
            "--year",
            &year.to_string(),
            "--month",
            &month.to_string(),
            "--json",
        ]);
        for d in m["days"].as_array().unwrap() {
            let date = str_of(d, "date");
            if (TODAY..=ICS_END).contains(&date) {
                for c in d["categories"].as_array().unwrap() {
                    occurrences.push(serde_json::json!([date, str_of(c, "name")]));
                }
            }
        }
    }
    assert!(
        occurrences.len() > 200,
        "{} collection days in 13 months",
        occurrences.len()
    );
    for o in &occurrences {
        let name = o[1].as_str().unwrap();
        assert!(
            ics.contains(&format!("SUMMARY:{name}\r\n")),
            "no event for {name}"
        );
    }
    let expected = serde_json::json!({ "from": TODAY, "to": ICS_END, "occurrences": occurrences });
    std::fs::write(
        file.with_extension("expected.json"),
        serde_json::to_vec_pretty(&expected).unwrap(),
    )
    .unwrap();
    expand_in_python(dir.path());
}

/// tests/ics/check_ics.py over the folder, when Python has the modules (required with MACHI_REQUIRE_ICS_CHECK=1).
fn expand_in_python(dir: &Path) {
    let python = std::env::var("MACHI_PYTHON").unwrap_or_else(|_| "python3".into());
    let available = Command::new(&python)
        .args(["-c", "import icalendar, recurring_ical_events"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        let note = format!("{python} cannot import icalendar and recurring_ical_events");
        assert!(
            std::env::var("MACHI_REQUIRE_ICS_CHECK").as_deref() != Ok("1"),
            "MACHI_REQUIRE_ICS_CHECK=1 but {note}"
        );
        eprintln!("note: the calendar file was not expanded: {note}");
        return;
    }
    let out = run(Command::new(&python)
        .arg(repo_root().join("tests/ics/check_ics.py"))
        .arg(dir));
    eprintln!("{}", text(&out.stdout));
    assert!(
        out.status.success(),
        "check_ics.py:\n{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

#[test]
fn a_search_that_found_nothing_is_kept_once_and_can_be_cleared() {
    let r = Resident::new();
    assert_eq!(
        r.json(&["missing", "--json"])["queries"],
        serde_json::json!([])
    );
    assert_eq!(
        r.json(&["search", "qzxqzx", "--json"]),
        serde_json::json!([])
    );
    let said = r.ok(&["search", "qzxqzx"]);
    assert!(said.contains("qzxqzx"), "{said}");
    // A word that finds something is not kept.
    r.ok(&["search", "ペットボトル", "--json"]);
    let missing = r.json(&["missing", "--json"]);
    let texts: Vec<&str> = missing["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| str_of(m, "text"))
        .collect();
    assert_eq!(texts, ["qzxqzx"]);
    assert!(missing["queries"][0]["count"].as_u64().unwrap() >= 1);
    r.ok(&["missing", "--clear"]);
    assert_eq!(
        r.json(&["missing", "--json"])["queries"],
        serde_json::json!([])
    );
}

/// The whole loop on real binaries: the city publishes a bundle whose feed takes missed searches, its server
/// (`machi-publish serve --missed-searches FILE`) writes down what residents send, and `machi waste missing
/// --send` sends the words — once, and only the words and their counts.
#[test]
fn the_words_that_found_nothing_reach_the_city_when_the_resident_sends_them() {
    let root = tempfile::tempdir().expect("a temp dir");
    let (city, keys) = CitySource::with_fresh_key(root.path(), "keys");
    let bundle = root.path().join("bundle");
    publish(&city.dir, &bundle, &keys.secret, unix_now(), &[]);
    let received = root.path().join("missed.jsonl");
    let server = serve_with(
        &bundle,
        &["--missed-searches".as_ref(), received.as_os_str()],
    );
    let r = Resident::new();
    let with_feed = |args: &[&str]| {
        let mut cmd = r.cmd(args);
        cmd.env("MACHI_FEED_URL", &server.url)
            .env("MACHI_FEED_PUBLIC_KEY", &keys.public);
        cmd
    };
    for word in ["qzxqzx", "ぴよぴよ"] {
        run_ok(&mut with_feed(&["search", word, "--json"]));
    }
    let before: Value =
        serde_json::from_slice(&run_ok(&mut with_feed(&["missing", "--json"])).stdout).unwrap();
    assert_eq!(before["send_to"], "127.0.0.1");
    assert!(
        !received.exists(),
        "nothing is sent before the resident asks"
    );

    let said = text(&run_ok(&mut with_feed(&["missing", "--send"])).stdout);
    assert!(said.contains('2') && said.contains("127.0.0.1"), "{said}");
    let lines = std::fs::read_to_string(&received).expect("the server wrote what it took");
    let reports: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["city"], "092088");
    assert_eq!(
        reports[0]["queries"],
        serde_json::json!([{"text": "qzxqzx", "count": 1}, {"text": "ぴよぴよ", "count": 1}])
    );

    // Sent words are marked and not sent again.
    let after: Value =
        serde_json::from_slice(&run_ok(&mut with_feed(&["missing", "--send", "--json"])).stdout)
            .unwrap();
    assert_eq!(after["sent"], 0, "nothing was left to send: {after}");
    assert!(after["missing"]["queries"]
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["sent"] == true));
    assert_eq!(
        std::fs::read_to_string(&received).unwrap().lines().count(),
        1
    );
}

#[test]
fn errors_say_what_was_wrong_with_a_stable_code() {
    let r = Resident::new();
    // No area given and none chosen in the settings.
    let (_, e) = r.err(&["next"]);
    assert!(e.starts_with("waste.no_area: "), "{e}");
    // An area that is not the city's: it is named, and so are the areas there are.
    let (_, e) = r.err(&["next", "--area", "atlantis", "--json"]);
    assert!(
        e.starts_with("not_found: ") && e.contains("atlantis"),
        "{e}"
    );
    assert!(
        e.contains(AREA) && e.contains("間々田"),
        "lists the areas: {e}"
    );
    let (out, e) = r.err(&["ics", "--area", "atlantis"]);
    assert!(e.starts_with("not_found: ") && out.stdout.is_empty(), "{e}");
    // A date that is not one.
    let (_, e) = r.err(&["next", "--area", AREA, "--on", "2026-02-30"]);
    // It says what was typed and how to write a date (the example), in the resident's language.
    assert!(
        e.starts_with("invalid_input: ") && e.contains("2026-02-30") && e.contains("2026-12-01"),
        "{e}"
    );
    // A file that cannot be written: where.
    let (_, e) = r.err(&["ics", "--area", AREA, "--out", "/nonexistent-dir/x.ics"]);
    assert!(e.contains("/nonexistent-dir/x.ics"), "{e}");
    // A month that does not exist.
    let (_, e) = r.err(&["month", "--area", AREA, "--year", "2026", "--month", "13"]);
    assert!(
        e.starts_with("invalid_input: ") && e.contains("2026-13") && e.contains("2099"),
        "{e}"
    );
}
