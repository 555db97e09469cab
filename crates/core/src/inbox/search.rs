//! Finding messages by their words: the texts a resident can read (their language chain), folded once per
//! held index and language into memory, then matched as the resident types.
//!
//! The folding (NFKC, lower case, katakana as hiragana) lets `ﾀｲﾌｳ`, `タイフウ` and `たいふう` find the same text,
//! and `TYPHOON` find `typhoon`. The cache lives with the held index (a new bundle starts a new one) and is
//! rebuilt when the language changes.

use std::collections::{HashMap, HashSet};

use memchr::memmem;
use rusqlite::Connection;
use unicode_normalization::UnicodeNormalization;

use super::{messages_of, pick_text, Row};
use crate::error::Result;

/// The folded searchable text of every indexed message, for one bundle and one language chain.
#[derive(Debug, Default)]
pub(crate) struct TextCache {
    key: String,
    /// Each text with the position of its row in the held index.
    texts: Vec<(u32, String)>,
    rows: usize,
    /// Which texts hold each pair of adjacent characters, in text order: a query is checked only against the
    /// texts that hold its rarest pair, not against all 10,000.
    pairs: HashMap<(char, char), Vec<u32>>,
}

/// The pairs of adjacent characters in a word.
fn pairs(word: &str) -> impl Iterator<Item = (char, char)> + '_ {
    word.chars().zip(word.chars().skip(1))
}

/// NFKC, lower case, and katakana folded to hiragana, so any way of typing a word matches.
pub fn fold(text: &str) -> String {
    text.nfkc()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            // Katakana ァ..ヶ are hiragana ぁ..ゖ shifted by 0x60.
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            other => other,
        })
        .collect()
}

impl TextCache {
    /// Makes sure the cache is for `key` (the language chain of a held index's `rows`), building it if not.
    pub(crate) fn ensure(
        &mut self,
        conn: &Connection,
        all: &[Row],
        key: &str,
        chain: &[&str],
    ) -> Result<()> {
        if self.key == key {
            return Ok(());
        }
        let refs: Vec<_> = all.iter().collect();
        let messages = messages_of(conn, None, &refs)?;
        let mut texts = Vec::with_capacity(messages.len());
        for (at, r) in all.iter().enumerate() {
            let Some(m) = messages.get(&r.id) else {
                continue;
            };
            let mut text = String::new();
            for part in [
                &m.headline,
                &m.event,
                &m.description,
                &m.instruction,
                &m.area.description,
            ] {
                text.push_str(pick_text(part, chain).0);
                text.push('\n');
            }
            // Furigana: the bases and, separately, the readings, so 避難所 and ひなんじょ both find the text.
            let mut searchable = fold(&machi_bundle::ruby::plain(&text));
            if machi_bundle::ruby::has_markup(&text) {
                searchable.push('\n');
                searchable.push_str(&fold(&machi_bundle::ruby::readings(&text)));
            }
            texts.push((at as u32, searchable));
        }
        let mut index: HashMap<(char, char), Vec<u32>> = HashMap::new();
        for (at, (_, text)) in texts.iter().enumerate() {
            let held: HashSet<(char, char)> = pairs(text).collect();
            for pair in held {
                index.entry(pair).or_default().push(at as u32);
            }
        }
        self.pairs = index;
        self.texts = texts;
        self.rows = all.len();
        self.key = key.to_string();
        Ok(())
    }

    /// Which rows of the held index have a text holding every word of `query` (by row position).
    pub fn find(&self, query: &str) -> Vec<bool> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
        let finders: Vec<memmem::Finder> = words.iter().map(memmem::Finder::new).collect();
        let holds_every_word =
            |text: &str| finders.iter().all(|f| f.find(text.as_bytes()).is_some());
        // Only the texts holding the rarest pair of the query can hold all of it; a query of single characters
        // is looked for everywhere.
        let rarest = words
            .iter()
            .flat_map(|w| pairs(w))
            .map(|pair| self.pairs.get(&pair).map_or(&[][..], Vec::as_slice))
            .min_by_key(|texts| texts.len());
        let mut found = vec![false; self.rows];
        let mut mark = |(row, text): &(u32, String)| {
            if holds_every_word(text) {
                found[*row as usize] = true;
            }
        };
        match rarest {
            Some(candidates) => candidates
                .iter()
                .for_each(|&at| mark(&self.texts[at as usize])),
            None => self.texts.iter().for_each(mark),
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn any_way_of_typing_a_word_folds_the_same() {
        assert_eq!(fold("ﾀｲﾌｳ"), fold("たいふう"));
        assert_eq!(fold("タイフウ"), "たいふう");
        assert_eq!(fold("ＴＹＰＨＯＯＮ"), "typhoon");
        assert_eq!(fold("Chảo"), "chảo");
    }
}
