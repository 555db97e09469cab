//! Finding messages by their words: the texts a resident can read (their language chain), folded once per
//! bundle and language into memory, then matched as the resident types.
//!
//! The folding (NFKC, lower case, katakana as hiragana) lets `ﾀｲﾌｳ`, `タイフウ` and `たいふう` find the same text,
//! and `TYPHOON` find `typhoon`. The cache is rebuilt when the bundle or the language changes.

use std::collections::BTreeSet;

use rusqlite::Connection;
use unicode_normalization::UnicodeNormalization;

use super::{messages_of, pick_text, rows};
use crate::error::Result;

/// The folded searchable text of every indexed message, for one bundle and one language chain.
#[derive(Debug, Default)]
pub struct TextCache {
    key: String,
    texts: Vec<(String, String)>,
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
    /// Makes sure the cache is for `key` (bundle + chain), building it if not.
    pub fn ensure(&mut self, conn: &Connection, key: &str, chain: &[&str]) -> Result<()> {
        if self.key == key {
            return Ok(());
        }
        let all = rows(conn)?;
        let refs: Vec<_> = all.iter().collect();
        let messages = messages_of(conn, &refs)?;
        let mut texts = Vec::with_capacity(messages.len());
        for r in &all {
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
            texts.push((r.id.clone(), searchable));
        }
        self.texts = texts;
        self.key = key.to_string();
        Ok(())
    }

    /// Ids of the messages whose text holds every word of `query`.
    pub fn find(&self, query: &str) -> BTreeSet<String> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
        self.texts
            .iter()
            .filter(|(_, text)| words.iter().all(|w| text.contains(w.as_str())))
            .map(|(id, _)| id.clone())
            .collect()
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
