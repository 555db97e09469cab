//! Finding a stop by what a resident types: 小山駅, おやまえき, オヤマ, ｵﾔﾏ, oyama, Oyama Station, 101.
//!
//! Every stop gets a few search keys when the timetable is built — its Japanese name with katakana folded into
//! hiragana, its reading, the reading in romaji with long vowels folded (ちゅうおう → chuo, so `chuo`, `chuuou`
//! and `Chūō` all find it), its names in other languages, its stop code — and a query is folded the same ways
//! and compared with each: exact before prefix before anywhere in the name.

use unicode_normalization::UnicodeNormalization;
use wana_kana::ConvertJapanese;

use serde::Serialize;

/// How well a stop matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    Exact,
    Prefix,
    Contains,
}

/// The folded forms of one stop's names.
#[derive(Debug, Default)]
pub(super) struct StopKeys {
    japanese: String,
    reading: String,
    romaji: String,
    code: String,
    /// (locale, folded name) for every other language.
    others: Vec<(String, String)>,
}

/// A query in every form it is compared in.
pub(super) struct Query {
    /// Folded like a Japanese name (empty when the query has no Japanese in it).
    japanese: String,
    /// Folded romaji, from kana or Latin letters (empty when neither).
    romaji: Vec<String>,
    /// Folded like a name in another language.
    other: String,
}

fn is_kana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c) || ('\u{30A0}'..='\u{30FF}').contains(&c)
}

fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{3400}'..='\u{4DBF}').contains(&c)
        || c == '々'
        || c == 'ヶ'
}

/// NFKC and lower case: full-width Latin and digits become ASCII, half-width katakana become full-width.
fn normalise(s: &str) -> String {
    s.nfkc().collect::<String>().to_lowercase()
}

/// Japanese text with katakana read as hiragana and spaces and middle dots left out. The long-vowel mark stays:
/// it is part of how a name is written.
fn fold_japanese(s: &str) -> String {
    normalise(s)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '・' | '·'))
        .map(|c| match c {
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Text in another language: no accents (Cửa → cua, São → sao), only letters and digits.
fn fold_other(s: &str) -> String {
    normalise(s)
        .nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Romaji as people type it for one name: vowels written twice and `ou` count as one long vowel (おおや →
/// ooya → oya, ちゅうおう → chuuou → chuo), so Hepburn without macrons finds it.
fn fold_romaji(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in fold_other(s).chars() {
        let previous = out.chars().last();
        let long_vowel = matches!(c, 'a' | 'i' | 'u' | 'e' | 'o') && previous == Some(c);
        if long_vowel || (c == 'u' && previous == Some('o')) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Macrons and circumflexes as the doubled vowels they stand for (Tōkyō → tookyoo).
fn spell_out_long_vowels(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ā' | 'â' => out.push_str("aa"),
            'ī' | 'î' => out.push_str("ii"),
            'ū' | 'û' => out.push_str("uu"),
            'ē' | 'ê' => out.push_str("ee"),
            'ō' | 'ô' => out.push_str("ou"),
            _ => out.push(c),
        }
    }
    out
}

/// `nn` as one ん when a consonant or the end follows (`shinnbashi`), as IMEs have people type it; wana_kana
/// would read it as んん.
fn one_n_for_nn(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        out.push(chars[i]);
        if chars[i] == 'n' && chars.get(i + 1) == Some(&'n') {
            let next = chars.get(i + 2);
            if !next.is_some_and(|c| "aiueoy".contains(*c)) {
                i += 1;
            }
        }
        i += 1;
    }
    out
}

/// Kana as folded romaji.
fn romaji_of_kana(kana: &str) -> String {
    fold_romaji(&kana.to_romaji())
}

impl StopKeys {
    pub fn new(
        names: &machi_bundle::content::Localized,
        reading: Option<&str>,
        code: Option<&str>,
    ) -> StopKeys {
        let reading = reading.map(fold_japanese).unwrap_or_default();
        StopKeys {
            japanese: names
                .get("ja")
                .map(|n| fold_japanese(n))
                .unwrap_or_default(),
            romaji: if reading.is_empty() {
                String::new()
            } else {
                romaji_of_kana(&reading)
            },
            reading,
            code: code.map(normalise).unwrap_or_default(),
            others: names
                .iter()
                .filter(|(locale, _)| *locale != "ja")
                .map(|(locale, name)| (locale.clone(), fold_other(name)))
                .collect(),
        }
    }

    /// How well `query` matches, looking at names in `locales` (every language when empty) besides Japanese.
    pub fn matches(&self, query: &Query, locales: &[&str]) -> Option<MatchKind> {
        let mut best: Option<MatchKind> = None;
        let mut consider = |key: &str, q: &str| {
            if key.is_empty() || q.is_empty() {
                return;
            }
            let kind = if key == q {
                MatchKind::Exact
            } else if key.starts_with(q) {
                MatchKind::Prefix
            } else if key.contains(q) {
                MatchKind::Contains
            } else {
                return;
            };
            best = Some(best.map_or(kind, |b| b.min(kind)));
        };
        consider(&self.japanese, &query.japanese);
        consider(&self.reading, &query.japanese);
        for r in &query.romaji {
            consider(&self.romaji, r);
        }
        if self.code == query.other {
            consider(&self.code, &query.other);
        }
        for (locale, name) in &self.others {
            if locales.is_empty() || locales.contains(&locale.as_str()) {
                consider(name, &query.other);
            }
        }
        best
    }
}

impl Query {
    pub fn new(text: &str) -> Query {
        let text = normalise(text.trim());
        let japanese = text.chars().any(|c| is_kana(c) || is_kanji(c));
        let mut romaji = Vec::new();
        if japanese {
            let folded = fold_japanese(&text);
            if folded.chars().all(|c| is_kana(c) || c == 'ー') {
                romaji.push(romaji_of_kana(&folded));
            }
            return Query {
                japanese: folded,
                romaji,
                other: fold_other(&text),
            };
        }
        let spelt = spell_out_long_vowels(&text);
        if spelt
            .chars()
            .all(|c| c.is_ascii_lowercase() || matches!(c, ' ' | '-' | '\''))
        {
            // Through kana and back, so Kunrei (sirasagi, tyuuou) and Hepburn (shirasagi, chuuou) agree.
            let letters: String = spelt.chars().filter(|c| *c != ' ').collect();
            let kana = one_n_for_nn(&letters).to_hiragana();
            romaji.push(romaji_of_kana(&kana));
            romaji.push(fold_romaji(&spelt));
            romaji.dedup();
        }
        Query {
            japanese: String::new(),
            romaji,
            other: fold_other(&spelt),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.japanese.is_empty()
            && self.romaji.iter().all(String::is_empty)
            && self.other.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold_japanese("ｵﾔﾏ 駅・西口"), "おやま駅西口");
        assert_eq!(fold_japanese("ロクゴー前"), "ろくごー前");
        assert_eq!(fold_other("Ga Oyama Cửa Tây"), "gaoyamacuatay");
        assert_eq!(fold_other("Ｏｙａｍａ　Ｓｔａｔｉｏｎ"), "oyamastation");
        assert_eq!(fold_romaji("chuuouchou"), "chuocho");
        assert_eq!(fold_romaji("Chuo-cho"), "chuocho");
        assert_eq!(romaji_of_kana("おおやこうみんかん"), "oyakominkan");
        assert_eq!(one_n_for_nn("shinnbyouinn"), "shinbyouin");
        assert_eq!(one_n_for_nn("onna"), "onna");
    }

    #[test]
    fn romaji_queries_in_any_spelling_agree() {
        let forms = |q: &str| Query::new(q).romaji;
        for q in ["chuuou", "chuo", "Chūō", "tyuuou", "CHUO"] {
            assert!(
                forms(q).contains(&"chuo".to_string()),
                "{q}: {:?}",
                forms(q)
            );
        }
        assert!(forms("sirasagi").contains(&"shirasagi".to_string()));
        assert!(forms("shinnbyouinn").contains(&"shinbyoin".to_string()));
        assert_eq!(forms("オーヤ"), ["oya"]);
        assert!(forms("小山").is_empty());
    }
}
