//! Furigana in text: the ruby notation of Japanese plain text (as 青空文庫 writes it), usable in Fluent files and in
//! content alike because it needs no braces:
//!
//! - `｜小山市《おやまし》` — an explicit base after a full-width bar, its reading in double angle brackets;
//! - `避難所《ひなんじょ》` — without the bar, the base is the run of kanji right before `《`.
//!
//! The UI shows the reading above the base (`<ruby>`) when the resident wants furigana; every plain-text output
//! (notifications, the CLI, ICS files, QR payloads) keeps only the base, through [`plain`].

use std::borrow::Cow;

/// One piece of marked-up text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

/// What is wrong with a piece of markup, and where (a byte offset into the text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("furigana markup at character {position}: {what}")]
pub struct RubyError {
    /// 1-based character position, for people.
    pub position: usize,
    pub what: &'static str,
}

const BAR: char = '｜';
const OPEN: char = '《';
const CLOSE: char = '》';

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '々' | '〆' | 'ヶ')
        || ('\u{20000}'..='\u{2ffff}').contains(&c)
}

/// Splits marked-up text into plain runs and ruby pairs; `Err` on malformed markup.
pub fn parse(text: &str) -> Result<Vec<Segment<'_>>, RubyError> {
    let position = |byte: usize| text[..byte].chars().count() + 1;
    let mut out = Vec::new();
    // Start of the text not yet emitted, and where an explicit base (after ｜) begins, if one is open.
    let mut pending = 0;
    let mut bar: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            BAR => {
                if bar.is_some() {
                    return Err(RubyError {
                        position: position(i),
                        what: "a second ｜ before the reading 《…》 of the first",
                    });
                }
                bar = Some(i);
            }
            OPEN => {
                let close = text[i..].find(CLOSE).map(|j| i + j).ok_or(RubyError {
                    position: position(i),
                    what: "《 without a closing 》",
                })?;
                let reading = &text[i + OPEN.len_utf8()..close];
                if reading.is_empty() || reading.contains(OPEN) || reading.contains(BAR) {
                    return Err(RubyError {
                        position: position(i),
                        what: "the reading in 《…》 must be a non-empty plain text",
                    });
                }
                let base_start = match bar.take() {
                    Some(b) => b + BAR.len_utf8(),
                    None => text[pending..i]
                        .char_indices()
                        .rev()
                        .take_while(|(_, c)| is_kanji(*c))
                        .last()
                        .map(|(j, _)| pending + j)
                        .unwrap_or(i),
                };
                let base = &text[base_start..i];
                if base.is_empty() {
                    return Err(RubyError {
                        position: position(i),
                        what: "《…》 with no base: put ｜ before the text it reads, or write it after kanji",
                    });
                }
                // Text before the base (without the bar, if there was one).
                let before_end = if text[..base_start].ends_with(BAR) {
                    base_start - BAR.len_utf8()
                } else {
                    base_start
                };
                if pending < before_end {
                    out.push(Segment::Text(&text[pending..before_end]));
                }
                out.push(Segment::Ruby { base, reading });
                pending = close + CLOSE.len_utf8();
                while chars.peek().is_some_and(|(j, _)| *j < pending) {
                    chars.next();
                }
            }
            CLOSE => {
                return Err(RubyError {
                    position: position(i),
                    what: "》 without an opening 《",
                });
            }
            _ => {}
        }
    }
    if let Some(b) = bar {
        return Err(RubyError {
            position: position(b),
            what: "｜ not followed by a reading in 《…》",
        });
    }
    if pending < text.len() {
        out.push(Segment::Text(&text[pending..]));
    }
    Ok(out)
}

/// Whether the text has any furigana markup at all.
pub fn has_markup(text: &str) -> bool {
    text.contains([OPEN, CLOSE, BAR])
}

/// The text with every reading dropped and only the bases kept: for notifications, the CLI, ICS, QR payloads.
/// Malformed markup loses its marks rather than showing them.
pub fn plain(text: &str) -> Cow<'_, str> {
    if !has_markup(text) {
        return Cow::Borrowed(text);
    }
    match parse(text) {
        Ok(segments) => Cow::Owned(
            segments
                .iter()
                .map(|s| match s {
                    Segment::Text(t) => *t,
                    Segment::Ruby { base, .. } => base,
                })
                .collect(),
        ),
        Err(_) => Cow::Owned(text.replace([BAR, OPEN, CLOSE], "")),
    }
}

/// The text as it is read aloud: every annotated base replaced by its reading (`避難所《ひなんじょ》` → ひなんじょ),
/// so a search for the reading finds the text too.
pub fn readings(text: &str) -> Cow<'_, str> {
    if !has_markup(text) {
        return Cow::Borrowed(text);
    }
    match parse(text) {
        Ok(segments) => Cow::Owned(
            segments
                .iter()
                .map(|s| match s {
                    Segment::Text(t) => *t,
                    Segment::Ruby { reading, .. } => reading,
                })
                .collect(),
        ),
        Err(_) => plain(text),
    }
}

/// Checks a text's markup (for `machi-publish check` and the locale tests).
pub fn check(text: &str) -> Result<(), RubyError> {
    if has_markup(text) {
        parse(text).map(|_| ())
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_and_implicit_bases() {
        assert_eq!(
            parse("ここは｜小山市《おやまし》です").unwrap(),
            vec![
                Segment::Text("ここは"),
                Segment::Ruby {
                    base: "小山市",
                    reading: "おやまし"
                },
                Segment::Text("です"),
            ]
        );
        assert_eq!(
            parse("近くの避難所《ひなんじょ》へ").unwrap(),
            vec![
                Segment::Text("近くの"),
                Segment::Ruby {
                    base: "避難所",
                    reading: "ひなんじょ"
                },
                Segment::Text("へ"),
            ]
        );
        // Two in a row, and one at the very start and end.
        assert_eq!(
            parse("市役所《しやくしょ》と消防署《しょうぼうしょ》").unwrap(),
            vec![
                Segment::Ruby {
                    base: "市役所",
                    reading: "しやくしょ"
                },
                Segment::Text("と"),
                Segment::Ruby {
                    base: "消防署",
                    reading: "しょうぼうしょ"
                },
            ]
        );
        assert_eq!(
            parse("ふりがな なし").unwrap(),
            vec![Segment::Text("ふりがな なし")]
        );
    }

    #[test]
    fn plain_keeps_the_bases() {
        assert_eq!(
            plain("｜小山市《おやまし》の避難所《ひなんじょ》"),
            "小山市の避難所"
        );
        assert_eq!(plain("no markup"), "no markup");
        // Broken markup never shows its marks.
        assert_eq!(plain("｜小山市《おやまし"), "小山市おやまし");
    }

    #[test]
    fn readings_replace_the_bases() {
        assert_eq!(
            readings("｜小山市《おやまし》の避難所《ひなんじょ》"),
            "おやましのひなんじょ"
        );
        assert_eq!(readings("no markup"), "no markup");
    }

    #[test]
    fn malformed_markup_is_reported_with_its_place() {
        for (text, at) in [
            ("小山《おやま", 3),
            ("小山》です", 3),
            ("｜小山です", 1),
            ("ひらがな《かな》", 5),
            ("小山《》", 3),
            ("｜小｜山《やま》", 3),
        ] {
            let err = check(text).unwrap_err();
            assert_eq!(err.position, at, "{text}: {err}");
        }
        assert!(
            check("｜AED《エーイーディー》").is_ok(),
            "an explicit base may be anything"
        );
    }
}
