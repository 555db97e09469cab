//! `bench-waste`: how fast the waste search answers as a resident types, on Oyama's dictionary as shipped and
//! grown to 5,000 items with a name in each of the 12 locales (each round of the shipped items gets a new word
//! sharing their prefixes, so the index grows the way a bigger city's would). Prints the index size and build
//! time, then p50 / p99 / max per query length (1, 2, 3 and 6 characters) over kana, kanji, romaji and other
//! languages, each searched in three resident language chains. Figures only: nothing is asserted.
//!
//! Run once, in release: `cargo run --release -p machi-system-tests --bin bench-waste`.

use std::time::{Duration, Instant};

use machi_bundle::content::WasteContent;
use machi_core::waste::search::WasteSearchIndex;
use machi_system_tests::oyama_sources;

const LOCALES: [&str; 12] = [
    "ja", "ja-easy", "en", "pt-BR", "es", "vi", "tl", "ne", "zh-Hans", "ko", "th", "id",
];
/// Digits as kana, to make each round's Japanese names and readings new words with the same start.
const KANA: [&str; 10] = ["か", "さ", "た", "な", "は", "ま", "や", "ら", "わ", "が"];
const ITEMS: usize = 5000;
const ROUNDS: usize = 90;

fn oyama() -> WasteContent {
    let (imported, report) = machi_bundle::import(&oyama_sources());
    assert!(!report.has_errors(), "{report}");
    imported.expect("data/oyama imports").waste
}

fn grown(base: &WasteContent) -> WasteContent {
    let mut content = WasteContent::default();
    for n in 0..ITEMS {
        let b = &base.items[n % base.items.len()];
        let round = n / base.items.len();
        let mut it = b.clone();
        it.id = format!("{}-{round}", b.id);
        it.rank = b.rank.map(|r| r + round as u32 * 1000);
        let kana: String = round
            .to_string()
            .bytes()
            .map(|d| KANA[usize::from(d - b'0')])
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
            let name = match (round, l) {
                (0, _) => name,
                (_, "ja") => format!("{name}{kana}"),
                _ => format!("{name} {round}"),
            };
            it.name.insert(l.to_string(), name);
        }
        if round > 0 {
            it.reading = b.reading.as_ref().map(|r| format!("{r}{kana}"));
        }
        content.items.push(it);
    }
    content
}

fn at(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e6
}

fn measure(name: &str, content: &WasteContent) {
    let started = Instant::now();
    let index = WasteSearchIndex::build(content);
    println!(
        "{name}: {} items, index built in {:.1} ms",
        content.items.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let queries: [(usize, [&str; 8]); 4] = [
        (1, ["ぺ", "か", "p", "電", "c", "傘", "s", "ô"]),
        (2, ["ぺっ", "かさ", "pe", "電池", "ch", "fu", "sa", "ka"]),
        (
            3,
            ["ぺっと", "kas", "bat", "フライ", "spr", "chả", "pil", "umb"],
        ),
        (
            6,
            [
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
    // Warm up once, as the app does when the screen opens.
    std::hint::black_box(index.search("ぺっと", &["ja"], 10));
    for (len, qs) in queries {
        let mut times = Vec::with_capacity(ROUNDS * qs.len());
        let mut slowest = (Duration::ZERO, "");
        for round in 0..ROUNDS {
            for q in qs {
                let chain = chains[round % chains.len()];
                let t = Instant::now();
                let hits = index.search(q, chain, 10);
                let took = t.elapsed();
                std::hint::black_box(hits);
                times.push(took);
                if took > slowest.0 {
                    slowest = (took, q);
                }
            }
        }
        times.sort();
        println!(
            "  {len}-character queries: p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs ({} searches; slowest `{}`)",
            at(&times, 0.5),
            at(&times, 0.99),
            at(&times, 1.0),
            times.len(),
            slowest.1
        );
    }
}

fn main() {
    let base = oyama();
    measure("Oyama as shipped", &base);
    measure("grown to 5,000 items × 12 languages", &grown(&base));
}
