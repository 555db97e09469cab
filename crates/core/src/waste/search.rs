//! "Which bin does this go in?": finding waste items from what a resident types.
//!
//! Residents type in kanji, hiragana, katakana (full- or half-width), romaji of any school (`kandenchi`,
//! `kandennchi`, `supure-kan`, `sūpā`), or in their own language with or without accents (`chảo`, `chao`,
//! `guarda-chuva`), and make typos. Both sides are folded the same way ([`fold`]: NFKC, lower case, katakana →
//! hiragana, Latin accents dropped), then looked up in one `fst` map of every name, synonym, reading and romaji
//! reading in every locale:
//!
//! 1. exact key, 2. keys starting with the query, 3. keys with a later word or (Japanese) a later part starting
//!    with it (`電池` finds 乾電池, `bottle` finds PET bottle), 4. when those find only a few items, keys within
//!    one or two typos in the resident's languages or Japanese (a Levenshtein DFA over the fst, re-ranked with
//!    strsim), 5. for a query of several words, items that every word finds.
//!
//! A romaji query is also turned into hiragana and looked up the same way. Exact and prefix matches rank first;
//! ties go to the item residents ask about most (its rank). One hit per item.
//!
//! The first keystrokes match thousands of keys (`s` starts a tenth of a 12-language dictionary), so queries of up
//! to [`SHORT_PREFIX`] characters read a table built with the index: for each such prefix and locale, the best
//! postings of the keys it starts, already in rank order. The answer is the same as walking every key, in a
//! bounded time.
//!
//! This module is pure: build the index once per content, search it from any thread.

use std::collections::{BTreeMap, HashMap};

use fst::{automaton::Str, Automaton, IntoStreamer, Map, MapBuilder, Streamer};
use levenshtein_automata::{LevenshteinAutomatonBuilder, DFA};
use machi_bundle::content::{WasteContent, WasteItem};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use wana_kana::ConvertJapanese;

/// One item found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// Index into `WasteContent::items`.
    pub item: usize,
    /// Higher is better; only the order means something.
    pub score: u32,
    /// The name or synonym that matched, as written in the content (for a reading, the Japanese name).
    pub matched: String,
    /// The locale of `matched`.
    pub locale: String,
}

/// How a key relates to its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Name,
    Reading,
    Synonym,
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    item: u32,
    /// Index into `WasteSearchIndex::texts`.
    text: u32,
    /// Index into `WasteSearchIndex::locales`.
    locale: u16,
    kind: Kind,
    /// The key is a later part of the text (a word, or a Japanese suffix), not the whole of it.
    tail: bool,
}

impl Posting {
    /// Whole before tail, then name, reading, synonym.
    fn quality(&self) -> (bool, Kind) {
        (self.tail, self.kind)
    }
}

/// The score tiers; within a tier, the item's rank decides.
const EXACT: u32 = 1000;
const PREFIX: u32 = 800;
const TAIL_EXACT: u32 = 700;
const TAIL_PREFIX: u32 = 600;
const ALL_WORDS: u32 = 500;
const FUZZY: u32 = 400;
/// At most this many keys are read from the map per prefix lookup of a query longer than [`SHORT_PREFIX`] (few
/// keys share four characters), and per typo lookup.
const MAX_KEYS: usize = 1024;
/// Queries of up to this many characters find their prefix matches in [`WasteSearchIndex::short`].
pub const SHORT_PREFIX: usize = 3;
/// Typos are looked for when the query as typed finds fewer items than this.
const TYPOS_BELOW: usize = 5;
/// How many postings per prefix and locale the short table keeps: every page the UI asks for (20) fits.
const SHORT_TOP: usize = 48;

/// The search index of one [`WasteContent`].
pub struct WasteSearchIndex {
    keys: Map<Vec<u8>>,
    /// Posting lists, one per key (the map's value is the list's index).
    lists: Vec<Vec<Posting>>,
    /// For each prefix of up to [`SHORT_PREFIX`] characters: the postings of the longer keys it starts, at most
    /// [`SHORT_TOP`] per locale, each locale's best first (whole before tail, name before reading before synonym,
    /// then rank). A locale's best postings are the best of its items, so the best items of a page are all here.
    short: HashMap<Box<str>, Box<[Posting]>>,
    texts: Vec<String>,
    locales: Vec<String>,
    /// Item ranks (`u32::MAX` for none), for ties.
    ranks: Vec<u32>,
    one_typo: LevenshteinAutomatonBuilder,
    two_typos: LevenshteinAutomatonBuilder,
}

impl std::fmt::Debug for WasteSearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasteSearchIndex")
            .field("keys", &self.keys.len())
            .field("items", &self.ranks.len())
            .finish()
    }
}

// --- folding ---------------------------------------------------------------------------------------------

fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The form both queries and keys are compared in: NFKC (half-width kana, full-width letters), lower case,
/// katakana as hiragana (ー kept), Latin letters without accents, runs of spaces as one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfkc().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            // Katakana ァ..ヶ → hiragana ぁ..ゖ.
            '\u{30A1}'..='\u{30F6}' => out.push(char::from_u32(c as u32 - 0x60).unwrap_or(c)),
            'đ' => out.push('d'),
            c if is_latin_letter(c) => {
                // Decompose and drop the accents; only Latin letters, so が stays が.
                out.extend(c.to_string().nfd().filter(|m| !is_combining_mark(*m)));
            }
            c => out.push(c),
        }
    }
    out
}

fn is_romaji_query(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '\'' | ' ') || is_macron_vowel(c))
}

fn is_macron_vowel(c: char) -> bool {
    matches!(c, 'ā' | 'ī' | 'ū' | 'ē' | 'ō' | 'â' | 'î' | 'û' | 'ê' | 'ô')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | 'ー')
}

/// Romaji as typed → hiragana, or `None` when it is not all kana afterwards. A macron vowel becomes the vowel
/// twice (ō as `ou`: `tōkyō` → とうきょう), or with `long_mark` a long mark (`sūpā` → すーぱー).
fn romaji_to_hiragana(query: &str, long_mark: bool) -> Option<String> {
    let q: String = query.nfkc().flat_map(char::to_lowercase).collect();
    let mut expanded = String::with_capacity(q.len() + 4);
    for c in q.chars() {
        let (v, twice) = match c {
            'ā' | 'â' => ('a', "aa"),
            'ī' | 'î' => ('i', "ii"),
            'ū' | 'û' => ('u', "uu"),
            'ē' | 'ê' => ('e', "ee"),
            'ō' | 'ô' => ('o', "ou"),
            ' ' => continue,
            c => {
                expanded.push(c);
                continue;
            }
        };
        if long_mark {
            expanded.push(v);
            expanded.push('-');
        } else {
            expanded.push_str(twice);
        }
    }
    // IMEs want `nn` for ん, Hepburn writes `m` before b, m, p: both become plain `n` before a consonant.
    let chars: Vec<char> = expanded.chars().collect();
    let mut fixed = String::with_capacity(expanded.len());
    let mut i = 0;
    while i < chars.len() {
        let next = chars.get(i + 1).copied();
        let after = chars.get(i + 2).copied();
        let vowel_or_y = |c: Option<char>| matches!(c, Some('a' | 'i' | 'u' | 'e' | 'o' | 'y'));
        if chars[i] == 'n' && next == Some('n') && !vowel_or_y(after) {
            fixed.push('n');
            i += 2;
            continue;
        }
        if chars[i] == 'm' && matches!(next, Some('b' | 'p')) {
            fixed.push('n');
            i += 1;
            continue;
        }
        fixed.push(chars[i]);
        i += 1;
    }
    let kana = fixed.to_hiragana();
    kana.chars().all(is_hiragana).then_some(kana)
}

/// The romaji of a hiragana reading, as `to_romaji` writes it (Hepburn; ー as `-`).
fn romaji_of(reading: &str) -> Option<String> {
    if reading.is_empty() || !reading.chars().all(|c| is_hiragana(c) || c == ' ') {
        return None;
    }
    let r = reading.replace(' ', "").to_romaji().replace('\'', "");
    r.chars()
        .all(|c| c.is_ascii_alphabetic() || c == '-')
        .then_some(r)
}

/// Later parts of a key worth finding by their start: each later word of Latin text; each suffix of at least two
/// characters of Japanese text (Japanese has no spaces: 乾電池 → 電池).
fn tails(key: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = key.char_indices().collect();
    let japanese = chars
        .iter()
        .any(|(_, c)| !c.is_ascii() && !is_latin_letter(*c) && *c > '\u{2E80}');
    let mut out = Vec::new();
    if japanese {
        for (n, (at, _)) in chars.iter().enumerate().skip(1) {
            if chars.len() - n >= 2 {
                out.push(key[*at..].to_string());
            }
        }
    } else {
        for (n, (at, c)) in chars.iter().enumerate() {
            if n > 0 && matches!(c, ' ' | '-' | '/') {
                let rest = key[at + c.len_utf8()..].trim();
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
            }
        }
    }
    out
}

// --- building ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct Builder {
    keys: BTreeMap<String, Vec<Posting>>,
    texts: Vec<String>,
    text_ids: HashMap<String, u32>,
    locales: Vec<String>,
}

impl Builder {
    fn text(&mut self, t: &str) -> u32 {
        if let Some(&id) = self.text_ids.get(t) {
            return id;
        }
        let id = self.texts.len() as u32;
        self.texts.push(t.to_string());
        self.text_ids.insert(t.to_string(), id);
        id
    }

    fn locale(&mut self, l: &str) -> u16 {
        match self.locales.iter().position(|x| x == l) {
            Some(i) => i as u16,
            None => {
                self.locales.push(l.to_string());
                (self.locales.len() - 1) as u16
            }
        }
    }

    fn insert(&mut self, key: String, p: Posting) {
        if key.is_empty() {
            return;
        }
        let list = self.keys.entry(key).or_default();
        // One posting per item and locale: the locale decides the resident's bonus.
        match list
            .iter_mut()
            .find(|q| q.item == p.item && q.locale == p.locale)
        {
            Some(q) if p.quality() < q.quality() => *q = p,
            Some(_) => {}
            None => list.push(p),
        }
    }

    /// `key` (already folded) and its tails, all pointing at `text`.
    fn add(&mut self, item: u32, locale: &str, kind: Kind, key: &str, text: &str) {
        let text = self.text(text);
        let locale = self.locale(locale);
        let p = Posting {
            item,
            text,
            locale,
            kind,
            tail: false,
        };
        for t in tails(key) {
            self.insert(t, Posting { tail: true, ..p });
        }
        self.insert(key.to_string(), p);
    }

    fn add_item(&mut self, n: u32, item: &WasteItem) {
        let ja_name = item.name.get("ja").map(String::as_str).unwrap_or_default();
        for (locale, name) in &item.name {
            self.add(n, locale, Kind::Name, &fold(name), name);
        }
        for (locale, words) in &item.synonyms {
            for w in words {
                let key = fold(w);
                self.add(n, locale, Kind::Synonym, &key, w);
                if locale == "ja" {
                    if let Some(r) = romaji_of(&key) {
                        self.add(n, locale, Kind::Synonym, &r, w);
                    }
                }
            }
        }
        // The reading (or the name itself when it is all kana) in hiragana and in romaji.
        let reading = item
            .reading
            .as_deref()
            .map(fold)
            .or_else(|| Some(fold(ja_name)).filter(|k| k.chars().all(is_hiragana)));
        if let Some(r) = reading {
            self.add(n, "ja", Kind::Reading, &r, ja_name);
            if let Some(romaji) = romaji_of(&r) {
                self.add(n, "ja", Kind::Reading, &romaji, ja_name);
            }
        }
    }
}

impl WasteSearchIndex {
    pub fn build(content: &WasteContent) -> Self {
        let mut b = Builder::default();
        for (n, item) in content.items.iter().enumerate() {
            b.add_item(n as u32, item);
        }
        let mut lists = Vec::with_capacity(b.keys.len());
        let mut map = MapBuilder::memory();
        for (key, list) in b.keys {
            // BTreeMap order is the byte order fst needs, and keys are unique: insert cannot fail.
            let _ = map.insert(key.as_bytes(), lists.len() as u64);
            lists.push(list);
        }
        let keys = map.into_map();
        let ranks: Vec<u32> = content
            .items
            .iter()
            .map(|i| i.rank.unwrap_or(u32::MAX))
            .collect();
        let short = short_table(&keys, &lists, &ranks);
        WasteSearchIndex {
            keys,
            lists,
            short,
            texts: b.texts,
            locales: b.locales,
            ranks,
            one_typo: LevenshteinAutomatonBuilder::new(1, true),
            two_typos: LevenshteinAutomatonBuilder::new(2, true),
        }
    }

    /// Items for `query`, best first, at most `limit`. `locales` is the resident's chain, best first: a match
    /// in one of them wins a tie over the same match in another language.
    pub fn search(&self, query: &str, locales: &[&str], limit: usize) -> Vec<SearchHit> {
        let folded = fold(query);
        if folded.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut best: HashMap<u32, (u32, Posting)> = HashMap::new();
        let mut variants = vec![folded.clone()];
        if is_romaji_query(query.trim()) {
            for long_mark in [false, true] {
                if let Some(k) = romaji_to_hiragana(query.trim(), long_mark) {
                    if !variants.contains(&k) {
                        variants.push(k);
                    }
                }
            }
        }
        for v in &variants {
            self.direct(v, locales, limit, &mut |item, score, p| {
                keep(&mut best, item, score, p)
            });
        }
        // Typos are looked for only when the query, as typed, finds too little: a resident typing `pet` wants
        // the words that start with it, not `pen…` of another language.
        if best.len() < limit.min(TYPOS_BELOW) {
            for v in &variants {
                self.typos(v, locales, &mut |item, score, p| {
                    keep(&mut best, item, score, p)
                });
            }
        }
        if folded.contains(' ') {
            self.all_words(&folded, locales, limit, &mut best);
        }
        let mut hits: Vec<(u32, u32, u32, Posting)> = best
            .into_iter()
            .map(|(item, (score, p))| (score, self.ranks[item as usize], item, p))
            .collect();
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        hits.truncate(limit);
        hits.into_iter()
            .map(|(score, _, item, p)| SearchHit {
                item: item as usize,
                score,
                matched: self.texts[p.text as usize].clone(),
                locale: self.locales[usize::from(p.locale)].clone(),
            })
            .collect()
    }

    /// Small bonuses that order matches of one tier: the resident's languages, then names before synonyms.
    fn bonus(&self, p: &Posting, locales: &[&str]) -> u32 {
        let locale = self.locales[usize::from(p.locale)].as_str();
        let lang = locales
            .iter()
            .position(|l| *l == locale)
            .map_or(0, |i| 30u32.saturating_sub(10 * i as u32));
        let kind = match p.kind {
            Kind::Name => 20,
            Kind::Reading => 15,
            Kind::Synonym => 0,
        };
        lang + kind
    }

    /// Exact, prefix and tail matches of one folded query form; `limit` items are wanted.
    fn direct(
        &self,
        q: &str,
        locales: &[&str],
        limit: usize,
        found: &mut dyn FnMut(u32, u32, Posting),
    ) {
        let mut emit = |p: &Posting, tier: u32, tail_tier: u32| {
            let t = if p.tail { tail_tier } else { tier };
            found(p.item, t + self.bonus(p, locales), *p);
        };
        if let Some(list) = self.keys.get(q) {
            for p in &self.lists[list as usize] {
                emit(p, EXACT, TAIL_EXACT);
            }
        }
        if limit <= SHORT_TOP && q.chars().count() <= SHORT_PREFIX {
            for p in self.short.get(q).map(|l| &l[..]).unwrap_or_default() {
                emit(p, PREFIX, TAIL_PREFIX);
            }
            return;
        }
        let mut emit_list = |list: u64| {
            for p in &self.lists[list as usize] {
                emit(p, PREFIX, TAIL_PREFIX);
            }
        };
        let mut stream = self.keys.search(Str::new(q).starts_with()).into_stream();
        let mut seen = 0;
        while let Some((key, list)) = stream.next() {
            if key != q.as_bytes() {
                emit_list(list);
            }
            seen += 1;
            if seen >= MAX_KEYS {
                break;
            }
        }
    }

    /// Matches of one folded query form within one or two typos, in the resident's languages and Japanese (its
    /// readings and their romaji): a typo's near neighbours in other languages are noise.
    fn typos(&self, q: &str, locales: &[&str], found: &mut dyn FnMut(u32, u32, Posting)) {
        self.fuzzy(q, &mut |list, distance| {
            let penalty = 60 * u32::from(distance);
            for p in &self.lists[list as usize] {
                let locale = self.locales[usize::from(p.locale)].as_str();
                if locale != "ja" && !locales.contains(&locale) {
                    continue;
                }
                let tail = if p.tail { 100 } else { 0 };
                let score = (FUZZY + self.bonus(p, locales)).saturating_sub(penalty + tail);
                found(p.item, score, *p);
            }
        });
    }

    /// Keys that start within one typo of `q` (two for a query of seven or more characters). The first
    /// character must be right: people rarely miss it, and it keeps the walk inside one branch of the map.
    fn fuzzy(&self, q: &str, found: &mut dyn FnMut(u64, u8)) {
        let len = q.chars().count();
        let dfa: DFA = match len {
            0..=2 => return,
            3..=6 => self.one_typo.build_prefix_dfa(q),
            _ => self.two_typos.build_prefix_dfa(q),
        };
        let max = if len >= 7 { 2 } else { 1 };
        let first = q.chars().next().map_or(0, char::len_utf8);
        let within = Str::new(&q[..first]).starts_with().intersection(&dfa);
        let mut stream = self.keys.search(within).into_stream();
        let mut seen = 0;
        while let Some((key, list)) = stream.next() {
            seen += 1;
            if seen > MAX_KEYS {
                break;
            }
            let Ok(key) = std::str::from_utf8(key) else {
                continue;
            };
            // The DFA says some prefix of the key is close; strsim says how close (OSA: a swap is one typo).
            let ends: Vec<usize> = key
                .char_indices()
                .map(|(at, c)| at + c.len_utf8())
                .collect();
            let distance = (len.saturating_sub(max)..=(len + max).min(ends.len()))
                .map(|n| if n == 0 { 0 } else { ends[n - 1] })
                .map(|end| strsim::osa_distance(q, &key[..end]))
                .min()
                .unwrap_or(usize::MAX);
            if distance == 0 || distance > max {
                // 0: an exact or prefix match, already found at a better tier.
                continue;
            }
            found(list, distance as u8);
        }
    }

    /// A query of several words: items that every word finds on its own (`dry battery` → "dry-cell battery"
    /// and "battery"), scored by their weakest word.
    fn all_words(
        &self,
        folded: &str,
        locales: &[&str],
        limit: usize,
        best: &mut HashMap<u32, (u32, Posting)>,
    ) {
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() < 2 {
            return;
        }
        let mut common: Option<HashMap<u32, (u32, Posting)>> = None;
        for w in &words {
            let mut mine: HashMap<u32, (u32, Posting)> = HashMap::new();
            // Every item a word finds counts here, not only a page of them.
            self.direct(
                w,
                locales,
                limit.max(SHORT_TOP + 1),
                &mut |item, score, p| keep(&mut mine, item, score, p),
            );
            if mine.is_empty() {
                self.typos(w, locales, &mut |item, score, p| {
                    keep(&mut mine, item, score, p)
                });
            }
            common = Some(match common {
                None => mine,
                Some(prev) => prev
                    .into_iter()
                    .filter_map(|(item, (s, p))| {
                        mine.get(&item).map(|(t, _)| (item, (s.min(*t), p)))
                    })
                    .collect(),
            });
        }
        for (item, (weakest, p)) in common.unwrap_or_default() {
            // Below whole-phrase exact and prefix matches, above typos of the whole phrase.
            let score = ALL_WORDS + weakest / 10;
            keep(best, item, score, p);
        }
    }
}

/// The short-prefix table: every posting of every key under each of the key's first [`SHORT_PREFIX`] prefixes
/// (the key itself excluded: that is an exact match), one per item and locale, each locale's best [`SHORT_TOP`].
fn short_table(
    keys: &Map<Vec<u8>>,
    lists: &[Vec<Posting>],
    ranks: &[u32],
) -> HashMap<Box<str>, Box<[Posting]>> {
    let mut grouped: HashMap<Box<str>, Vec<Posting>> = HashMap::new();
    let mut stream = keys.stream();
    while let Some((key, list)) = stream.next() {
        let Ok(key) = std::str::from_utf8(key) else {
            continue;
        };
        let ends: Vec<usize> = key
            .char_indices()
            .map(|(at, c)| at + c.len_utf8())
            .take(SHORT_PREFIX + 1)
            .collect();
        // Prefixes shorter than the key itself.
        for &end in ends.iter().take(ends.len().saturating_sub(1)) {
            if end == key.len() {
                break;
            }
            grouped
                .entry(key[..end].into())
                .or_default()
                .extend_from_slice(&lists[list as usize]);
        }
    }
    let order = |p: &Posting| {
        (
            p.locale,
            p.tail,
            p.kind,
            ranks.get(p.item as usize).copied().unwrap_or(u32::MAX),
            p.item,
        )
    };
    grouped
        .into_iter()
        .map(|(prefix, mut postings)| {
            postings.sort_by_key(order);
            // The first posting of an item in a locale is its best there.
            let mut seen = std::collections::HashSet::new();
            postings.retain(|p| seen.insert((p.locale, p.item)));
            let mut kept = Vec::with_capacity(postings.len().min(SHORT_TOP * 4));
            let mut run = 0;
            for (i, p) in postings.iter().enumerate() {
                run = if i > 0 && postings[i - 1].locale == p.locale {
                    run + 1
                } else {
                    0
                };
                if run < SHORT_TOP {
                    kept.push(*p);
                }
            }
            (prefix, kept.into_boxed_slice())
        })
        .collect()
}

fn keep(best: &mut HashMap<u32, (u32, Posting)>, item: u32, score: u32, p: Posting) {
    let e = best.entry(item).or_insert((score, p));
    if score > e.0 {
        *e = (score, p);
    }
}

#[cfg(test)]
mod tests;
