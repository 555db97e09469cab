use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use machi_bundle::content::{Localized, WasteContent, WasteItem};

use super::*;

fn loc(pairs: &[(&str, &str)]) -> Localized {
    pairs
        .iter()
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .collect()
}

fn item(
    id: &str,
    rank: u32,
    names: &[(&str, &str)],
    reading: &str,
    synonyms: &[(&str, &[&str])],
) -> WasteItem {
    WasteItem {
        id: id.into(),
        rank: Some(rank),
        name: loc(names),
        reading: (!reading.is_empty()).then(|| reading.to_string()),
        category: "c".into(),
        how: Localized::new(),
        notes: Localized::new(),
        synonyms: synonyms
            .iter()
            .map(|(l, w)| (l.to_string(), w.iter().map(|s| s.to_string()).collect()))
            .collect::<BTreeMap<_, _>>(),
        valid_from: None,
        valid_to: None,
    }
}

/// A small dictionary of our own: the items of the table and look-alikes that must not win.
fn dictionary() -> WasteContent {
    WasteContent {
        items: vec![
            item(
                "pet-food",
                30,
                &[("ja", "ペットフードの袋"), ("en", "pet food bag")],
                "ぺっとふーどのふくろ",
                &[],
            ),
            item(
                "pet-bottle",
                1,
                &[
                    ("ja", "ペットボトル"),
                    ("en", "PET bottle"),
                    ("pt-BR", "garrafa PET"),
                    ("vi", "chai nhựa"),
                ],
                "ぺっとぼとる",
                &[("ja", &["ペット"]), ("en", &["plastic bottle"])],
            ),
            item(
                "bulb",
                20,
                &[("ja", "電球"), ("en", "light bulb")],
                "でんきゅう",
                &[],
            ),
            item(
                "dry-battery",
                2,
                &[
                    ("ja", "乾電池"),
                    ("en", "battery"),
                    ("vi", "pin"),
                    ("es", "pila"),
                ],
                "かんでんち",
                &[("en", &["dry cell"])],
            ),
            item(
                "safety-pin",
                60,
                &[("ja", "安全ピン"), ("en", "safety pin")],
                "あんぜんぴん",
                &[("en", &["pin"])],
            ),
            item(
                "spray-can",
                3,
                &[
                    ("ja", "スプレー缶"),
                    ("en", "spray can"),
                    ("pt-BR", "lata de spray"),
                ],
                "すぷれーかん",
                &[],
            ),
            item(
                "spray-gun",
                70,
                &[("ja", "スプレーガン"), ("en", "spray gun")],
                "すぷれーがん",
                &[],
            ),
            item(
                "frying-pan",
                5,
                &[
                    ("ja", "フライパン"),
                    ("en", "frying pan"),
                    ("vi", "chảo"),
                    ("es", "sartén"),
                    ("pt-BR", "frigideira"),
                ],
                "ふらいぱん",
                &[],
            ),
            item(
                "bread-bag",
                80,
                &[("ja", "パンの袋"), ("en", "bread bag")],
                "ぱんのふくろ",
                &[],
            ),
            item(
                "umbrella",
                6,
                &[
                    ("ja", "傘"),
                    ("en", "umbrella"),
                    ("pt-BR", "guarda-chuva"),
                    ("vi", "ô"),
                    ("es", "paraguas"),
                ],
                "かさ",
                &[("vi", &["dù"])],
            ),
            item(
                "umbrella-stand",
                40,
                &[("ja", "傘立て"), ("en", "umbrella stand")],
                "かさたて",
                &[],
            ),
            item(
                "glass-bottle",
                8,
                &[("ja", "びん"), ("en", "glass bottle")],
                "",
                &[],
            ),
        ],
        ..WasteContent::default()
    }
}

/// Every spelling in the table finds its item first.
fn check_table(content: &WasteContent, index: &WasteSearchIndex) {
    let table: &[(&str, &[&str], &str)] = &[
        ("ペットボトル", &["ja"], "pet-bottle"),
        ("ぺっとぼとる", &["ja"], "pet-bottle"),
        ("ﾍﾟｯﾄﾎﾞﾄﾙ", &["ja"], "pet-bottle"),
        ("pettobotoru", &["en"], "pet-bottle"),
        ("PET bottle", &["en"], "pet-bottle"),
        ("garrafa PET", &["pt-BR"], "pet-bottle"),
        ("乾電池", &["ja"], "dry-battery"),
        ("電池", &["ja"], "dry-battery"),
        ("かんでんち", &["ja"], "dry-battery"),
        ("kandenchi", &["en"], "dry-battery"),
        ("kandennchi", &["en"], "dry-battery"),
        ("kandenti", &["en"], "dry-battery"),
        ("dry battery", &["en"], "dry-battery"),
        ("pin", &["vi"], "dry-battery"),
        ("スプレー缶", &["ja"], "spray-can"),
        ("supure-kan", &["en"], "spray-can"),
        ("spray can", &["en"], "spray-can"),
        ("フライパン", &["ja"], "frying-pan"),
        ("furaipan", &["en"], "frying-pan"),
        ("frying pan", &["en"], "frying-pan"),
        ("ｆｒｙｉｎｇ　ｐａｎ", &["en"], "frying-pan"),
        ("chảo", &["vi"], "frying-pan"),
        ("chao", &["vi"], "frying-pan"),
        ("sartén", &["es"], "frying-pan"),
        ("sarten", &["es"], "frying-pan"),
        ("frigideira", &["pt-BR"], "frying-pan"),
        ("furaipna", &["en"], "frying-pan"),
        ("fryng pan", &["en"], "frying-pan"),
        ("傘", &["ja"], "umbrella"),
        ("kasa", &["en"], "umbrella"),
        ("umbrella", &["en"], "umbrella"),
        ("guarda-chuva", &["pt-BR"], "umbrella"),
        ("guarda chuva", &["pt-BR"], "umbrella"),
        ("ô", &["vi"], "umbrella"),
        ("umbrela", &["en"], "umbrella"),
    ];
    let mut wrong = Vec::new();
    for (query, locales, want) in table {
        let hits = index.search(query, locales, 5);
        let got: Vec<&str> = hits
            .iter()
            .map(|h| content.items[h.item].id.as_str())
            .collect();
        if got.first() != Some(want) {
            wrong.push(format!("{query:?} ({locales:?}) → {got:?}, want {want}"));
        }
    }
    assert!(wrong.is_empty(), "wrong first hits:\n{}", wrong.join("\n"));
}

#[test]
fn every_spelling_and_language_finds_its_item() {
    let content = dictionary();
    let index = WasteSearchIndex::build(&content);
    check_table(&content, &index);
}

#[test]
fn the_hit_says_what_matched_in_which_language() {
    let content = dictionary();
    let index = WasteSearchIndex::build(&content);
    let hit = &index.search("chao", &["vi"], 1)[0];
    assert_eq!((hit.matched.as_str(), hit.locale.as_str()), ("chảo", "vi"));
    // A reading or its romaji reports the Japanese name.
    let hit = &index.search("kasa", &["en"], 1)[0];
    assert_eq!((hit.matched.as_str(), hit.locale.as_str()), ("傘", "ja"));
    let hit = &index.search("電池", &["ja"], 1)[0];
    assert_eq!(hit.matched, "乾電池");
}

#[test]
fn exact_and_prefix_come_first_and_ties_go_to_the_rank() {
    let content = dictionary();
    let index = WasteSearchIndex::build(&content);
    let ids = |q: &str, l: &[&str]| -> Vec<String> {
        index
            .search(q, l, 10)
            .into_iter()
            .map(|h| content.items[h.item].id.clone())
            .collect()
    };
    // Exact 傘 before the prefix match 傘立て; かさ likewise.
    assert_eq!(&ids("傘", &["ja"])[..2], ["umbrella", "umbrella-stand"]);
    assert_eq!(&ids("かさ", &["ja"])[..2], ["umbrella", "umbrella-stand"]);
    // Two prefix matches of one tier: the more-asked item first (rank 1 before rank 30).
    assert_eq!(&ids("ぺっと", &["ja"])[..2], ["pet-bottle", "pet-food"]);
    assert_eq!(&ids("spray", &["en"])[..2], ["spray-can", "spray-gun"]);
    // One hit per item, and the limit holds.
    let all = ids("p", &["en"]);
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len());
    assert_eq!(index.search("p", &["en"], 2).len(), 2);
    assert!(index.search("", &["en"], 5).is_empty());
    assert!(index.search("   ", &["en"], 5).is_empty());
    assert!(index.search("zzzzqqq", &["en"], 5).is_empty());
}

#[test]
fn folding_and_romaji() {
    assert_eq!(fold("ﾍﾟｯﾄﾎﾞﾄﾙ"), "ぺっとぼとる");
    assert_eq!(fold("ＰＥＴ  Bottle "), "pet bottle");
    assert_eq!(fold("Sartén chảo Đà"), "sarten chao da");
    assert_eq!(fold("がぎぐ"), "がぎぐ", "kana keep their voicing marks");
    assert_eq!(fold("スーパー"), "すーぱー", "the long mark stays");
    assert_eq!(
        romaji_to_hiragana("kandennchi", false).as_deref(),
        Some("かんでんち")
    );
    assert_eq!(
        romaji_to_hiragana("konnnichiha", false).as_deref(),
        Some("こんにちは")
    );
    assert_eq!(romaji_to_hiragana("onna", false).as_deref(), Some("おんな"));
    assert_eq!(
        romaji_to_hiragana("shimbun", false).as_deref(),
        Some("しんぶん")
    );
    assert_eq!(
        romaji_to_hiragana("supure-kan", false).as_deref(),
        Some("すぷれーかん")
    );
    assert_eq!(
        romaji_to_hiragana("tōkyō", false).as_deref(),
        Some("とうきょう")
    );
    assert_eq!(
        romaji_to_hiragana("sūpā", true).as_deref(),
        Some("すーぱー")
    );
    assert_eq!(
        romaji_to_hiragana("furaipna", false),
        None,
        "a stray consonant is not kana"
    );
    assert_eq!(romaji_of("すぷれーかん").as_deref(), Some("supure-kan"));
    assert_eq!(romaji_of("かんでんち").as_deref(), Some("kandenchi"));
    assert_eq!(romaji_of("乾電池"), None);
    assert_eq!(tails("乾電池"), ["電池"]);
    assert_eq!(tails("dry-cell battery"), ["cell battery", "battery"]);
}

fn oyama() -> WasteContent {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/oyama");
    let (imported, report) = machi_bundle::import(&dir);
    assert!(!report.has_errors(), "{report}");
    imported.expect("data/oyama imports").waste
}

/// The same table over Oyama's real dictionary (data/oyama/waste/items.csv and its translations).
#[test]
fn every_spelling_finds_its_item_in_oyamas_dictionary() {
    let content = oyama();
    assert!(content.items.len() >= 400, "{} items", content.items.len());
    let index = WasteSearchIndex::build(&content);
    check_table(&content, &index);
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

/// Oyama's dictionary grown to 5,000 items with names in 12 languages, to measure the index. Run with
/// `cargo test -p machi-core --release --lib waste::search -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement: prints build and search times"]
fn measure_5000_items_in_12_languages() {
    const LOCALES: [&str; 12] = [
        "ja", "ja-easy", "en", "pt-BR", "es", "vi", "tl", "ne", "zh-Hans", "ko", "th", "id",
    ];
    const KANA: [&str; 10] = ["か", "さ", "た", "な", "は", "ま", "や", "ら", "わ", "が"];
    let base = oyama();
    let started = Instant::now();
    let small = WasteSearchIndex::build(&base);
    println!(
        "Oyama as shipped: {} items, {} keys, built in {:.1} ms",
        base.items.len(),
        small.keys.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let mut content = WasteContent::default();
    for n in 0..5000 {
        let b = &base.items[n % base.items.len()];
        let round = n / base.items.len();
        let mut it = b.clone();
        it.id = format!("{}-{round}", b.id);
        it.rank = b.rank.map(|r| r + round as u32 * 1000);
        // A variant word so every round adds new keys that share the base's prefixes.
        let kana: String = round
            .to_string()
            .chars()
            .map(|d| KANA[d as usize - '0' as usize])
            .collect();
        let en = b
            .name
            .get("en")
            .cloned()
            .unwrap_or_else(|| b.name["ja"].clone());
        for l in LOCALES {
            let name = b
                .name
                .get(l)
                .cloned()
                .unwrap_or_else(|| format!("{en} {l}"));
            let name = if round == 0 {
                name
            } else if l == "ja" {
                format!("{name}{kana}")
            } else {
                format!("{name} {round}")
            };
            it.name.insert(l.to_string(), name);
        }
        if round > 0 {
            it.reading = b.reading.as_ref().map(|r| format!("{r}{kana}"));
        }
        content.items.push(it);
    }
    let started = Instant::now();
    let index = WasteSearchIndex::build(&content);
    let build = started.elapsed();
    println!(
        "index: {} items, {} keys, built in {:.1} ms",
        content.items.len(),
        index.keys.len(),
        build.as_secs_f64() * 1000.0
    );
    let queries: [(usize, &[&str]); 4] = [
        (1, &["ぺ", "か", "p", "電", "c", "傘", "s", "ô"]),
        (2, &["ぺっ", "かさ", "pe", "電池", "ch", "fu", "sa", "ka"]),
        (
            3,
            &["ぺっと", "kas", "bat", "フライ", "spr", "chả", "pil", "umb"],
        ),
        (
            6,
            &[
                "ペットボトル",
                "furaip",
                "batter",
                "guarda",
                "sartén",
                "kanden",
                "umbrel",
                "furaia",
            ],
        ),
    ];
    let chains: [&[&str]; 3] = [&["ja"], &["vi", "ja-easy", "ja"], &["en", "ja"]];
    for (len, qs) in queries {
        let mut times = Vec::new();
        let mut slowest: Vec<(Duration, &str)> = Vec::new();
        for round in 0..60 {
            for q in qs {
                let chain = chains[round % chains.len()];
                let t = Instant::now();
                let hits = index.search(q, chain, 10);
                let took = t.elapsed();
                times.push(took);
                slowest.push((took, q));
                std::hint::black_box(hits);
            }
        }
        slowest.sort();
        slowest.reverse();
        slowest.dedup_by_key(|(_, q)| *q);
        println!("  slowest: {:?}", &slowest[..3.min(slowest.len())]);
        times.sort();
        println!(
            "{len}-character queries: p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs ({} searches)",
            percentile(&times, 0.5).as_secs_f64() * 1e6,
            percentile(&times, 0.99).as_secs_f64() * 1e6,
            times.last().unwrap().as_secs_f64() * 1e6,
            times.len()
        );
    }
}

#[test]
fn the_index_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<WasteSearchIndex>();
}

/// Many items sharing their first letters: `count` items `<stem><n>` (rank 100 + n) in `en`, plus one word
/// whose key sorts last but that residents ask about most.
fn crowded(count: usize) -> WasteContent {
    let mut items: Vec<WasteItem> = (0..count)
        .map(|n| {
            item(
                &format!("filler-{n}"),
                100 + n as u32,
                &[("ja", &format!("ダミー{n}")), ("en", &format!("pa{n:04}"))],
                "",
                &[],
            )
        })
        .collect();
    items.push(item(
        "asked-most",
        1,
        &[("ja", "ペットボトル"), ("en", "pz bottle")],
        "ぺっとぼとる",
        &[],
    ));
    WasteContent {
        items,
        ..WasteContent::default()
    }
}

#[test]
fn the_first_keystrokes_find_the_most_asked_item_however_many_keys_share_them() {
    // 2,000 keys start with `p` and sort before `pz bottle`: a walk that stops early never reaches it.
    let content = crowded(2000);
    let index = WasteSearchIndex::build(&content);
    for q in ["p", "pz", "pz "] {
        let first = &index.search(q, &["en"], 10)[0];
        assert_eq!(content.items[first.item].id, "asked-most", "query {q:?}");
    }
    // After it, the others in rank order.
    let ids: Vec<&str> = index
        .search("pa", &["en"], 5)
        .iter()
        .map(|h| content.items[h.item].id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["filler-0", "filler-1", "filler-2", "filler-3", "filler-4"]
    );
}

#[test]
fn the_short_prefix_table_gives_what_walking_every_key_gives() {
    // Oyama's dictionary: every 1-, 2- and 3-character prefix of some names, in a few locale chains. A limit above
    // the table's size walks the keys instead; the first page must be the same.
    let content = oyama();
    let index = WasteSearchIndex::build(&content);
    let chains: [&[&str]; 3] = [&["ja"], &["vi", "ja-easy", "ja"], &["pt-BR", "en", "ja"]];
    let mut queries = std::collections::BTreeSet::new();
    for it in content.items.iter().step_by(7) {
        for name in it.name.values() {
            let folded = fold(name);
            for n in 1..=SHORT_PREFIX {
                queries.insert(folded.chars().take(n).collect::<String>());
            }
        }
    }
    let mut wrong = Vec::new();
    for q in &queries {
        for chain in chains {
            let short: Vec<(usize, u32)> = index
                .search(q, chain, 10)
                .iter()
                .map(|h| (h.item, h.score))
                .collect();
            let walked: Vec<(usize, u32)> = index
                .search(q, chain, SHORT_TOP + 100)
                .iter()
                .take(short.len())
                .map(|h| (h.item, h.score))
                .collect();
            if short != walked {
                wrong.push(format!("{q:?} {chain:?}: {short:?} ≠ {walked:?}"));
            }
        }
    }
    assert!(queries.len() > 300, "{} queries", queries.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn typos_are_looked_for_only_in_the_residents_languages_and_only_when_little_is_found() {
    let content = oyama();
    let index = WasteSearchIndex::build(&content);
    // `pet` starts many English words: none of the hits may be a typo's neighbour in Indonesian or Spanish.
    for hit in index.search("pet", &["en", "ja-easy", "ja"], 20) {
        assert!(
            hit.score >= TAIL_PREFIX,
            "{} matched by {:?} ({})",
            content.items[hit.item].id,
            hit.matched,
            hit.locale
        );
    }
    // A typo in the resident's language is still forgiven.
    let first = &index.search("umbrela", &["en", "ja"], 5)[0];
    assert_eq!(content.items[first.item].id, "umbrella");
    // …and in romaji, whatever the resident's language.
    let first = &index.search("furaipna", &["vi", "ja"], 5)[0];
    assert_eq!(content.items[first.item].id, "frying-pan");
}
