//! Furigana markup (`｜小山市《おやまし》`, `避難所《ひなんじょ》`) is for the UI's `<ruby>` only: no plain-text output
//! may show it. A copy of data/oyama gets markup in every kind of text the city writes (notices, CAP alerts, area
//! and city names, waste categories and items, places, bus stops, routes and headsigns, forms, health points),
//! each kind under its own made-up word, and is published and synced; then every plain-text output of `machi`
//! and `machi-publish` — human and `--json`, files, QR payloads, OS notifications, errors — is run in やさしい日本語
//! and in Japanese. None may hold `《`, `》` or `｜`, and each must hold the base text of the kinds it shows, so
//! an output cannot pass by showing nothing.

use std::path::{Path, PathBuf};
use std::process::Output;

use machi_system_tests::*;

/// A Sunday evening: Monday is a burnable-waste day in 小山地区, so the evening reminder is due.
const NOW: &str = "2026-11-29T20:00:00+09:00";
const EVENT_DAY: &str = "2026-11-29";

/// The markup each kind of text gets in front of its Japanese (ja and ja-easy) values, and the base the plain
/// text keeps. Both forms of the notation are used: an explicit base after ｜, and a run of kanji before 《.
/// None of the bases occurs in data/oyama or the locales, so finding one proves the output shows that text.
struct Mark {
    markup: &'static str,
    base: &'static str,
}

const NOTICE: Mark = Mark {
    markup: "｜甲通知《こうつうち》",
    base: "甲通知",
};
const ALERT: Mark = Mark {
    markup: "乙警報《おつけいほう》",
    base: "乙警報",
};
const AREA: Mark = Mark {
    markup: "丙区画《へいくかく》",
    base: "丙区画",
};
const CATEGORY: Mark = Mark {
    markup: "｜丁分類《ていぶんるい》",
    base: "丁分類",
};
const ITEM: Mark = Mark {
    markup: "戊品目《ぼひんもく》",
    base: "戊品目",
};
const PLACE: Mark = Mark {
    markup: "｜己施設《きしせつ》",
    base: "己施設",
};
const STOP: Mark = Mark {
    markup: "庚停留所《こうていりゅうじょ》",
    base: "庚停留所",
};
const FORM: Mark = Mark {
    markup: "｜辛様式《しんようしき》",
    base: "辛様式",
};
const HEALTH: Mark = Mark {
    markup: "壬健康《じんけんこう》",
    base: "壬健康",
};
const EVENT: Mark = Mark {
    markup: "｜癸行事《きぎょうじ》",
    base: "癸行事",
};

/// Puts `mark` in front of every non-empty `ja` / `ja-easy` value (and the official Japanese of forms) of a TOML
/// source.
fn mark_toml(path: &Path, mark: &Mark) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut marked = 0;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            for key in ["ja", "ja-easy", "title_ja_official", "label_ja_official"] {
                let prefix = format!("{key} = \"");
                if let Some(value) = line.strip_prefix(&prefix) {
                    if value.len() > 1 {
                        marked += 1;
                        return format!("{prefix}{}{value}", mark.markup);
                    }
                }
            }
            line.to_string()
        })
        .collect();
    assert!(marked > 0, "nothing to mark in {}", path.display());
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

/// Puts `mark` in front of the named columns of every row of a UTF-8 CSV source (rows with quotes are left as
/// they are: a comma in quotes would shift the columns of this simple reader).
fn mark_csv(path: &Path, columns: &[&str], mark: &Mark) {
    mark_csv_rows(path, columns, None, mark);
}

/// [`mark_csv`] for the rows whose column `only.0` is `only.1`.
fn mark_csv_rows(path: &Path, columns: &[&str], only: Option<(&str, &str)>, mark: &Mark) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header = lines.next().expect("a header");
    let names: Vec<&str> = header.trim_start_matches('\u{feff}').split(',').collect();
    let wanted: Vec<usize> = columns
        .iter()
        .map(|c| {
            names
                .iter()
                .position(|n| n == c)
                .unwrap_or_else(|| panic!("{} has no column {c}", path.display()))
        })
        .collect();
    let only = only.map(|(column, value)| {
        let i = names
            .iter()
            .position(|n| *n == column)
            .unwrap_or_else(|| panic!("{} has no column {column}", path.display()));
        (i, value)
    });
    let mut out = vec![header.to_string()];
    let mut marked = 0;
    for line in lines {
        let mut fields: Vec<String> = line.split(',').map(str::to_string).collect();
        let chosen = only.is_none_or(|(i, value)| fields.get(i).is_some_and(|f| f == value));
        if line.contains('"') || !chosen {
            out.push(line.to_string());
            continue;
        }
        for &i in &wanted {
            if fields.get(i).is_some_and(|f| !f.is_empty()) {
                fields[i] = format!("{}{}", mark.markup, fields[i]);
                marked += 1;
            }
        }
        out.push(fields.join(","));
    }
    assert!(marked > 0, "nothing to mark in {}", path.display());
    std::fs::write(path, out.join("\n") + "\n").unwrap();
}

/// Puts `mark` in front of the text of the Japanese `<headline>` and `<description>` of the CAP alerts.
fn mark_cap(dir: &Path, mark: &Mark) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut japanese = false;
        let lines: Vec<String> = text
            .lines()
            .map(|line| {
                if let Some(lang) = line.trim().strip_prefix("<language>") {
                    japanese = lang.starts_with("ja");
                }
                for tag in ["<headline>", "<description>"] {
                    if let (true, Some((indent, rest))) = (japanese, line.split_once(tag)) {
                        return format!("{indent}{tag}{}{rest}", mark.markup);
                    }
                }
                line.to_string()
            })
            .collect();
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    }
}

/// data/oyama with markup in everything a resident reads.
fn mark_city(src: &Path) {
    mark_toml(&src.join("messages/notices.toml"), &NOTICE);
    mark_cap(&src.join("messages"), &ALERT);
    mark_toml(&src.join("city.toml"), &AREA);
    mark_toml(&src.join("waste/categories.toml"), &CATEGORY);
    // The same mark on both sides keeps an item of items.csv replacing its row of target.csv.
    mark_csv(&src.join("waste/items.csv"), &["name", "how"], &ITEM);
    mark_csv(&src.join("waste/5374/target.csv"), &["name"], &ITEM);
    for file in ["shelters.csv", "toilets.csv", "wifi.csv"] {
        mark_csv(&src.join("places").join(file), &["名称"], &PLACE);
    }
    let places_easy = Some(("locale", "ja-easy"));
    mark_csv_rows(
        &src.join("places/translations.csv"),
        &["name"],
        places_easy,
        &PLACE,
    );
    mark_csv(&src.join("gtfs/stops.txt"), &["stop_name"], &STOP);
    mark_csv(&src.join("gtfs/routes.txt"), &["route_long_name"], &STOP);
    mark_csv(&src.join("gtfs/trips.txt"), &["trip_headsign"], &STOP);
    // Headsigns are translated by their text.
    mark_csv(&src.join("gtfs/translations.txt"), &["field_value"], &STOP);
    for entry in std::fs::read_dir(src.join("forms")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") && !path.ends_with("counters.toml") {
            mark_toml(&path, &FORM);
        }
    }
    mark_toml(&src.join("forms/counters.toml"), &FORM);
    mark_toml(&src.join("health/rules.toml"), &HEALTH);
}

/// One more notice, in ja and ja-easy with markup in its title and body, as staff would post it.
fn add_marked_notice(src: &Path, id: &str) {
    let path = src.join(NOTICES_PATH);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(&format!(
        "\n[[notice]]\nid = \"{id}\"\ncategory = \"city\"\nseverity = \"info\"\n\
         published = \"2026-11-29T19:00:00+09:00\"\nareas = []\n\
         [notice.title]\nja = \"{m}のお知らせ\"\nja-easy = \"{m}の おしらせ\"\n\
         [notice.body]\nja = \"{m}について、市役所《しやくしょ》にお問い合わせください。\"\n\
         ja-easy = \"{m}の ことは 市役所《しやくしょ》に きいて ください。\"\n",
        m = NOTICE.markup
    ));
    std::fs::write(&path, text).unwrap();
}

/// The resident's side: one data folder, `machi` at [`NOW`], and what every output said.
struct Resident {
    data: PathBuf,
    /// (what ran, its text, the bases it must show) for every output checked.
    seen: Vec<(String, String, Vec<&'static str>)>,
}

impl Resident {
    fn machi(&self, args: &[&str]) -> Output {
        run(command("machi")
            .arg("--data-dir")
            .arg(&self.data)
            .env("MACHI_NOW", NOW)
            // Nothing listens on the discard port: only the test's own feed is used.
            .env("MACHI_FEED_URL", "http://127.0.0.1:9/")
            .env("LANG", "ja_JP.UTF-8")
            .env("LC_ALL", "ja_JP.UTF-8")
            .env("LANGUAGE", "ja")
            .args(args))
    }

    /// A `machi` run that must succeed; its stdout is checked for markup and for `bases`.
    fn ok(&mut self, label: &str, args: &[&str], bases: &[&'static str]) -> String {
        let out = self.machi(args);
        assert!(
            out.status.success(),
            "machi {args:?} failed ({}):\nstdout: {}\nstderr: {}",
            out.status,
            text(&out.stdout),
            text(&out.stderr)
        );
        let stdout = text(&out.stdout);
        self.saw(format!("{label}: machi {}", args.join(" ")), &stdout, bases);
        self.saw(
            format!("{label}: machi {} (stderr)", args.join(" ")),
            &text(&out.stderr),
            &[],
        );
        stdout
    }

    /// A `machi` run that must fail; its stderr (the error message) is checked.
    fn err(&mut self, label: &str, args: &[&str], bases: &[&'static str]) {
        let out = self.machi(args);
        assert!(
            !out.status.success(),
            "machi {args:?} should have failed:\n{}",
            text(&out.stdout)
        );
        let stderr = text(&out.stderr);
        assert!(!stderr.trim().is_empty(), "machi {args:?}: no message");
        self.saw(
            format!("{label}: machi {} (error)", args.join(" ")),
            &stderr,
            bases,
        );
    }

    fn saw(&mut self, what: String, output: &str, bases: &[&'static str]) {
        self.seen.push((what, output.to_string(), bases.to_vec()));
    }

    fn set(&mut self, patch: serde_json::Value) {
        let args = serde_json::json!({ "patch": patch }).to_string();
        self.ok("settings", &["call", "update_settings", &args], &[]);
    }
}

/// The marks as a URL carries them (a maps link's label): 《, 》 and ｜ percent-encoded in UTF-8.
const ENCODED_MARKS: [&str; 3] = ["%E3%80%8A", "%E3%80%8B", "%EF%BD%9C"];

/// Every output that holds a mark, with the line that does; every output missing a base it must show.
fn problems(seen: &[(String, String, Vec<&'static str>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (what, output, bases) in seen {
        let leaks = |l: &str| {
            l.contains(['《', '》', '｜'])
                || ENCODED_MARKS
                    .iter()
                    .any(|m| l.to_ascii_uppercase().contains(m))
        };
        if let Some(line) = output.lines().find(|l| leaks(l)) {
            out.push(format!("{what}: markup leaks: {line}"));
        }
        for base in bases {
            if !output.contains(base) {
                out.push(format!("{what}: does not show {base:?}:\n{output}"));
            }
        }
    }
    out
}

#[test]
fn no_plain_text_output_shows_furigana_markup_in_easy_japanese_or_japanese() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let (city, keys) = CitySource::with_fresh_key(root, "keys");
    mark_city(&city.dir);
    add_marked_notice(&city.dir, "leak-ja-easy");
    let feed = root.join("feed");
    let calendar = ["--calendar-from", "2026-10-01"];
    let mut version = unix_now() + 1000;
    publish(&city.dir, &feed, &keys.secret, version, &calendar);
    let served = serve(&feed);
    let mut r = Resident {
        data: root.join("data"),
        seen: Vec::new(),
    };
    sync_ok(&r.data, &served.url, &keys.public);

    // The city's event code, made by staff with a marked-up name.
    let event_png = root.join("event.png");
    let event_name = format!("{}ウォーク", EVENT.markup);
    let event = run_ok(
        command("machi-publish")
            .args(["event-qr", "--event", "2026-leak-walk", "--date", EVENT_DAY])
            .args([
                "--until",
                EVENT_DAY,
                "--points",
                "50",
                "--name",
                &event_name,
            ])
            .arg("--secret-key")
            .arg(&keys.secret)
            .arg("--out")
            .arg(&event_png)
            .arg("--src")
            .arg(&city.dir),
    );
    r.saw(
        "event-qr payload".into(),
        &text(&event.stdout),
        &["MACHI-EVENT1."],
    );

    for (n, locale) in ["ja-easy", "ja"].into_iter().enumerate() {
        let l = locale; // the label of this language's outputs
                        // Readings on in やさしい日本語 (the UI would show <ruby>), following the language in Japanese.
        r.set(serde_json::json!({
            "locale": locale,
            "furigana": if locale == "ja-easy" { Some(true) } else { None },
            "home_area": "oyama",
            "waste_reminders": { "evening": "19:00", "morning": null, "categories": [] },
        }));
        // OS notifications: a fresh install notifies only alerts in force, so the first take is the baseline
        // (and the evening's waste reminder); a notice posted after it is notified, in this language.
        let baseline = if n == 0 {
            r.ok(l, &["call", "take_notifications"], &[CATEGORY.base])
        } else {
            String::new()
        };
        assert!(!baseline.contains("leak-ja-easy"), "{baseline}");
        let notice = format!("leak-{locale}-notified");
        add_marked_notice(&city.dir, &notice);
        version += 1;
        publish(&city.dir, &feed, &keys.secret, version, &calendar);
        sync_ok(&r.data, &served.url, &keys.public);
        let notified = r.ok(l, &["call", "take_notifications"], &[NOTICE.base]);
        assert!(notified.contains(&notice), "{notified}");

        // The inbox.
        r.ok(l, &["inbox"], &[NOTICE.base]);
        r.ok(l, &["inbox", "--all"], &[NOTICE.base, ALERT.base]);
        r.ok(l, &["inbox", "--all", "--json"], &[NOTICE.base, ALERT.base]);
        r.ok(l, &["inbox", "show", &notice], &[NOTICE.base, "市役所"]);
        r.ok(
            l,
            &["inbox", "show", &notice, "--json"],
            &[NOTICE.base, "市役所"],
        );
        let listed: serde_json::Value =
            serde_json::from_str(&r.ok(l, &["inbox", "--all", "--json"], &[])).unwrap();
        let alert = listed
            .as_array()
            .unwrap()
            .iter()
            .find(|e| {
                e["headline"]
                    .as_str()
                    .is_some_and(|h| h.contains(ALERT.base))
            })
            .and_then(|e| e["id"].as_str())
            .expect("an alert in the inbox")
            .to_string();
        r.ok(l, &["inbox", "show", &alert], &[ALERT.base]);

        // Waste.
        let both = [ITEM.base, CATEGORY.base];
        r.ok(l, &["waste", "search", "乾電池"], &both);
        r.ok(l, &["waste", "search", "乾電池", "--json"], &both);
        r.ok(l, &["waste", "next", "--area", "oyama"], &[CATEGORY.base]);
        r.ok(
            l,
            &["waste", "next", "--area", "oyama", "--json"],
            &[CATEGORY.base],
        );
        let month = ["waste", "month", "--area", "oyama", "--year", "2026"];
        r.ok(
            l,
            &[&month[..], &["--month", "12"]].concat(),
            &[CATEGORY.base],
        );
        r.ok(
            l,
            &[&month[..], &["--month", "12", "--json"]].concat(),
            &[CATEGORY.base],
        );
        r.ok(l, &["waste", "ics", "--area", "oyama"], &[CATEGORY.base]);
        let ics = root.join(format!("{locale}.ics"));
        r.ok(
            l,
            &[
                "waste",
                "ics",
                "--area",
                "oyama",
                "--out",
                ics.to_str().unwrap(),
            ],
            &[],
        );
        let file = std::fs::read_to_string(&ics).unwrap();
        r.saw(format!("{l}: the .ics file"), &file, &[CATEGORY.base]);
        r.err(l, &["waste", "next", "--area", "nowhere"], &[AREA.base]);

        // Places.
        let nearest = ["places", "nearest", "--kind", "shelter", "--area", "oyama"];
        r.ok(l, &nearest, &[PLACE.base, AREA.base]);
        r.ok(l, &[&nearest[..], &["--json"]].concat(), &[PLACE.base]);
        r.ok(l, &["places", "show", "shelter-0003"], &[PLACE.base]);
        r.ok(
            l,
            &["places", "show", "shelter-0003", "--json"],
            &[PLACE.base],
        );
        r.err(l, &["places", "show", "shelter-9999"], &[]);

        // The bus.
        // In やさしい日本語 a stop is named by its reading (GTFS `ja-Hrkt`), which has no kanji to annotate.
        let stop = if locale == "ja" { STOP.base } else { "oyama_w" };
        r.ok(l, &["bus", "stops", "oyama"], &[stop]);
        r.ok(l, &["bus", "stops", "oyama", "--json"], &[stop]);
        let next = [
            "bus",
            "next",
            "--stop",
            "oyama_w_1",
            "--at",
            "2026-11-30 08:00",
        ];
        // The timetable notice comes with the departures.
        r.ok(l, &next, &[stop, NOTICE.base]);
        r.ok(l, &[&next[..], &["--json"]].concat(), &[stop, NOTICE.base]);
        r.err(l, &["bus", "next", "--stop", "nowhere-at-all"], &[]);

        // Forms: the list, and a code read back at the counter.
        r.ok(l, &["form", "list"], &[FORM.base]);
        r.ok(l, &["form", "list", "--json"], &[FORM.base]);
        let png = root.join(format!("form-{locale}.png"));
        let fields = [
            "notify_date=2026-11-29",
            "moved_on=2026-11-20",
            "applicant_name=小山 花子",
            "applicant_role=head",
            "phone=0285-22-1111",
            "new_postal_code=323-0000",
            "new_address=栃木県小山市城山町3丁目",
            "new_head_name=小山 花子",
            "old_postal_code=320-0000",
            "old_address=栃木県宇都宮市見本町1-2-3",
            "members.1.name=小山 花子",
            "members.1.kana=オヤマ ハナコ",
            "members.1.birth_date=1985-05-05",
            "members.1.sex=female",
            "members.1.relation=head",
            "members.1.card=yes",
        ];
        let mut qr = vec!["form", "qr", "moving-in"];
        for f in &fields {
            qr.extend(["--field", f]);
        }
        qr.extend(["--out", png.to_str().unwrap()]);
        let written = r.ok(l, &qr, &[]);
        let codes: Vec<String> = written.lines().map(str::to_string).collect();
        assert!(!codes.is_empty(), "form qr wrote no code");
        for code in &codes {
            let bytes = std::fs::read(code).unwrap();
            for payload in machi_bundle::qr::read_codes(&bytes).expect("a readable code") {
                r.saw(
                    format!("{l}: form QR payload {code}"),
                    &payload,
                    &["小山 花子"],
                );
            }
        }
        for json in [false, true] {
            let mut decode = command("machi-publish");
            decode
                .arg("form-decode")
                .arg("--src")
                .arg(&city.dir)
                .args(json.then_some("--json"))
                .args(&codes);
            let out = run_ok(&mut decode);
            r.saw(
                format!("{l}: machi-publish form-decode (json {json})"),
                &text(&out.stdout),
                &[FORM.base, "小山 花子"],
            );
        }

        // Health points: the scheme, a check-up, an event, the history, the export and the counter code.
        if n == 0 {
            r.ok(l, &["points", "checkup", "tokutei", "2026-06-01"], &[]);
            r.ok(l, &["points", "claim", event_png.to_str().unwrap()], &[]);
        }
        r.ok(l, &["points"], &[HEALTH.base]);
        r.ok(l, &["points", "--json"], &[HEALTH.base]);
        r.ok(l, &["points", "history"], &[HEALTH.base, EVENT.base]);
        let export = root.join(format!("points-{locale}.json"));
        r.ok(
            l,
            &["points", "export", "--out", export.to_str().unwrap()],
            &[],
        );
        // Not checked for marks: the export is the resident's data exactly as Machi keeps it, the event's name
        // as the city signed it included.
        let exported = std::fs::read_to_string(&export).unwrap();
        assert!(exported.contains(EVENT.base), "{exported}");
        let counter = root.join(format!("counter-{locale}.png"));
        let written = r.ok(
            l,
            &["points", "counter", "--out", counter.to_str().unwrap()],
            &[],
        );
        let files: Vec<&str> = written.lines().collect();
        for file in &files {
            let bytes = std::fs::read(file).unwrap();
            for payload in machi_bundle::qr::read_codes(&bytes).expect("a readable code") {
                r.saw(
                    format!("{l}: counter code {file}"),
                    &payload,
                    &["MACHI-POINTS1"],
                );
            }
        }
        for json in [false, true] {
            let mut verify = command("machi-publish");
            verify
                .arg("points-verify")
                .args(&files)
                .arg("--src")
                .arg(&city.dir)
                .args(json.then_some("--json"));
            let out = run_ok(&mut verify);
            r.saw(
                format!("{l}: machi-publish points-verify (json {json})"),
                &text(&out.stdout),
                &[EVENT.base],
            );
        }

        // The signage, the status, and the kiosk text.
        r.ok(l, &["call", "kiosk_slides", "{}"], &[]);
        r.ok(l, &["status"], &[AREA.base]);
    }
    drop(served);

    let problems = problems(&r.seen);
    assert!(
        problems.is_empty(),
        "{} of {} outputs are wrong:\n{}",
        problems.len(),
        r.seen.len(),
        problems.join("\n")
    );
}
