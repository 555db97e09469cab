//! Reading source files in their declared encoding.
//!
//! Japanese open data comes as UTF-8 (often with a BOM, from Excel) or as CP932 (Shift_JIS with the
//! Microsoft extensions). A wrong declaration gives mojibake that nobody notices until a resident sees it, so a
//! mismatch is an error that says which encoding the file really looks like. After reporting it, the text is
//! decoded the way it really is, so the rest of the check can still find the other problems.

use encoding_rs::SHIFT_JIS;

use crate::problem::Report;

/// How a source file is encoded, as declared in `city.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Encoding {
    /// UTF-8, with or without a BOM.
    #[default]
    Utf8,
    /// Windows code page 932 (Shift_JIS as Excel writes it).
    Cp932,
}

impl Encoding {
    pub fn parse(s: &str) -> Option<Encoding> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "cp932" | "windows-31j" | "shift-jis" | "sjis" | "ms932" => Some(Encoding::Cp932),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Cp932 => "cp932",
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Where each line starts, so finding the line of an offset is a binary search rather than a count from the
/// top of the file (which made checking a 10,000-notice file quadratic).
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(bytes: &[u8]) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// 1-based line of a byte offset; agrees with [`line_at`].
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

/// 1-based line of a byte offset (newlines are the same byte in UTF-8, CP932 and ASCII).
pub(crate) fn line_at(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Strict CP932 decoding; `None` when some bytes are not CP932.
fn decode_cp932(bytes: &[u8]) -> Option<String> {
    SHIFT_JIS
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|s| s.into_owned())
}

/// Decodes `bytes` declared as `encoding`, reporting a wrong declaration against `file`.
///
/// Returns the text without a BOM. Returns `None` only when the bytes are neither valid in the declared
/// encoding nor in the other one (the problem has been reported).
pub fn decode(bytes: &[u8], encoding: Encoding, file: &str, report: &mut Report) -> Option<String> {
    match encoding {
        Encoding::Utf8 => {
            let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
            match std::str::from_utf8(body) {
                Ok(s) => Some(s.to_string()),
                Err(e) => {
                    let offset = e.valid_up_to() + (bytes.len() - body.len());
                    let line = line_at(bytes, offset);
                    if let Some(text) = decode_cp932(body) {
                        report.error(
                            file,
                            line,
                            "encoding",
                            "not valid UTF-8; it looks like CP932 (Shift_JIS): declare encoding = \"cp932\" \
                             in city.toml, or save the file as UTF-8",
                        );
                        Some(text)
                    } else {
                        report.error(
                            file,
                            line,
                            "encoding",
                            format!("not valid UTF-8 (byte 0x{:02X})", bytes[offset]),
                        );
                        None
                    }
                }
            }
        }
        Encoding::Cp932 => {
            if let Some(body) = bytes.strip_prefix(BOM) {
                report.error(
                    file,
                    1,
                    "encoding",
                    "declared cp932 but starts with a UTF-8 BOM: declare encoding = \"utf-8\"",
                );
                return String::from_utf8(body.to_vec()).ok();
            }
            if !bytes.is_ascii() {
                if let Ok(s) = std::str::from_utf8(bytes) {
                    // Valid multi-byte UTF-8 is almost never meaningful CP932: it would read as mojibake.
                    let first = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
                    report.error(
                        file,
                        line_at(bytes, first),
                        "encoding",
                        "declared cp932 but the file is UTF-8 (it would read as mojibake): declare \
                         encoding = \"utf-8\"",
                    );
                    return Some(s.to_string());
                }
            }
            if let Some(text) = decode_cp932(bytes) {
                return Some(text);
            }
            // Find the first undecodable byte through the lossy decoding: newlines survive one to one.
            let (lossy, _, _) = SHIFT_JIS.decode(bytes);
            let bad = lossy.find('\u{FFFD}').unwrap_or(0);
            let line = lossy[..bad].matches('\n').count() + 1;
            report.error(file, line, "encoding", "not valid CP932 (Shift_JIS)");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cp932(s: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = SHIFT_JIS.encode(s);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn utf8_with_bom_and_crlf_decodes_without_the_bom() {
        let mut r = Report::new();
        let text = decode(
            b"\xEF\xBB\xBFa,b\r\n1,2\r\n",
            Encoding::Utf8,
            "x.csv",
            &mut r,
        )
        .unwrap();
        assert_eq!(text, "a,b\r\n1,2\r\n");
        assert!(r.problems.is_empty());
    }

    #[test]
    fn cp932_declared_cp932_decodes() {
        let mut r = Report::new();
        let text = decode(
            &cp932("名称,住所\n小山市役所,中央町\n"),
            Encoding::Cp932,
            "x.csv",
            &mut r,
        );
        assert_eq!(text.as_deref(), Some("名称,住所\n小山市役所,中央町\n"));
        assert!(r.problems.is_empty());
    }

    #[test]
    fn cp932_declared_utf8_is_an_error_at_the_first_bad_line_and_still_decodes() {
        let mut r = Report::new();
        let bytes = cp932("id,name\n1,ok\n2,小山\n");
        let text = decode(&bytes, Encoding::Utf8, "places/aed.csv", &mut r).unwrap();
        assert_eq!(text, "id,name\n1,ok\n2,小山\n");
        assert_eq!(r.problems.len(), 1);
        let p = &r.problems[0];
        assert_eq!(
            (p.file.as_str(), p.line, p.field.as_str()),
            ("places/aed.csv", 3, "encoding")
        );
        assert!(p.message.contains("looks like CP932"), "{}", p.message);
        assert!(r.has_errors());
    }

    #[test]
    fn utf8_declared_cp932_is_an_error() {
        let mut r = Report::new();
        let text = decode("a\nb\n小山\n".as_bytes(), Encoding::Cp932, "f.csv", &mut r).unwrap();
        assert_eq!(text, "a\nb\n小山\n");
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 3);
        assert!(r.problems[0].message.contains("the file is UTF-8"));
    }

    #[test]
    fn ascii_is_fine_either_way() {
        let mut r = Report::new();
        assert!(decode(b"a,b\n", Encoding::Cp932, "f", &mut r).is_some());
        assert!(decode(b"a,b\n", Encoding::Utf8, "f", &mut r).is_some());
        assert!(r.problems.is_empty());
    }

    #[test]
    fn garbage_is_reported_with_its_line() {
        let mut r = Report::new();
        assert!(decode(b"ok\nok\n\xFF\xFF\n", Encoding::Utf8, "f", &mut r).is_none());
        assert_eq!(r.problems[0].line, 3);
        assert!(r.problems[0].message.contains("0xFF"));
        let mut r = Report::new();
        assert!(decode(b"ok\n\x81\x20\n", Encoding::Cp932, "f", &mut r).is_none());
        assert_eq!(r.problems[0].line, 2);
    }

    #[test]
    fn encoding_names() {
        assert_eq!(Encoding::parse("UTF-8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::parse("cp932"), Some(Encoding::Cp932));
        assert_eq!(Encoding::parse("Shift_JIS"), Some(Encoding::Cp932));
        assert_eq!(Encoding::parse("latin1"), None);
    }
}

#[cfg(test)]
mod line_index_tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_counting() {
        let text = b"a\nbb\r\n\nccc\nd";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.line(offset), line_at(text, offset), "offset {offset}");
        }
    }
}
