//! CSV files as a header and rows that remember the physical line they start on.
//!
//! Quoted fields may hold commas, quotes and line breaks, so a record's line is not its index: the csv crate
//! tracks the real position, and every problem points at the line a person sees in their editor.

use crate::problem::Report;

/// One CSV record after the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based physical line the record starts on.
    pub line: usize,
    /// Cells trimmed of surrounding spaces (ASCII and full-width), which Excel exports leave behind.
    pub cells: Vec<String>,
}

impl Row {
    /// The cell at `index`, or "" when the row is shorter.
    pub fn get(&self, index: usize) -> &str {
        self.cells.get(index).map(String::as_str).unwrap_or("")
    }

    /// The cell of an optional column, `None` when the column is absent or the cell empty.
    pub fn opt(&self, index: Option<usize>) -> Option<&str> {
        index.map(|i| self.get(i)).filter(|s| !s.is_empty())
    }
}

/// A parsed CSV file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// The csv crate's own line count drifts on CRLF and blank lines; its byte offset is exact up to the line
/// breaks before the record, so skip those and count newlines.
fn line_of_record(text: &[u8], lines: &crate::text::LineIndex, start: usize) -> usize {
    let mut at = start.min(text.len());
    while at < text.len() && (text[at] == b'\r' || text[at] == b'\n') {
        at += 1;
    }
    lines.line(at)
}

pub(crate) fn trim_cell(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
}

impl Table {
    /// Parses `text` (already decoded, BOM removed). Blank lines are skipped. An empty file gives an empty
    /// header, reported as an error.
    pub fn parse(file: &str, text: &str, report: &mut Report) -> Table {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut header = Vec::new();
        let mut rows = Vec::new();
        let mut record = csv::StringRecord::new();
        let mut first = true;
        let lines = crate::text::LineIndex::new(text.as_bytes());
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let line = record
                        .position()
                        .map(|p| line_of_record(text.as_bytes(), &lines, p.byte() as usize))
                        .unwrap_or(0);
                    let cells: Vec<String> =
                        record.iter().map(|c| trim_cell(c).to_string()).collect();
                    if first {
                        header = cells;
                        first = false;
                    } else if cells.iter().any(|c| !c.is_empty()) {
                        // A row of only commas is how spreadsheets pad the end of a sheet.
                        rows.push(Row { line, cells });
                    }
                }
                Err(e) => {
                    let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                    report.error(file, line, "csv", format!("cannot read CSV: {e}"));
                    break;
                }
            }
        }
        if header.iter().all(|h| h.is_empty()) {
            report.error(
                file,
                1,
                "header",
                "the file is empty: a header line is needed",
            );
        }
        Table {
            file: file.to_string(),
            header,
            rows,
        }
    }

    /// Index of the first column whose name is one of `names` (in the order given, so the preferred spelling
    /// wins when a file has both).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|n| self.header.iter().position(|h| h == n))
    }

    /// A column of the 5374 set, which its app reads by position: by name when the header has one of `names`,
    /// else column `position` with a warning (when the file has that many columns), else an error.
    pub fn column_or_position(
        &self,
        names: &[&str],
        position: usize,
        report: &mut Report,
    ) -> Option<usize> {
        if let Some(i) = self.column(names) {
            return Some(i);
        }
        if position < self.header.len() {
            report.warning(
                &self.file,
                1,
                &self.header[position],
                format!(
                    "expected the column name `{}`; reading column {} by position",
                    names[0],
                    position + 1
                ),
            );
            return Some(position);
        }
        self.require(names, report)
    }

    /// Like [`Table::column`], but a missing column is an error at line 1.
    pub fn require(&self, names: &[&str], report: &mut Report) -> Option<usize> {
        let found = self.column(names);
        if found.is_none() {
            let message = if names.len() == 1 {
                "required column missing from the header".to_string()
            } else {
                format!(
                    "required column missing from the header (any of: {})",
                    names.join(", ")
                )
            };
            report.error(&self.file, 1, names[0], message);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_line_quoted_fields_keep_their_starting_line() {
        let text = "type,name,notice\n可燃,a,\"one\ntwo, \"\"three\"\"\"\n不燃,b,\n\n可燃 , c ,\u{3000}x\u{3000}\r\n";
        let mut r = Report::new();
        let t = Table::parse("t.csv", text, &mut r);
        assert!(r.problems.is_empty());
        assert_eq!(t.header, ["type", "name", "notice"]);
        let lines: Vec<_> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4, 6]);
        assert_eq!(t.rows[0].get(2), "one\ntwo, \"three\"");
        assert_eq!(t.rows[2].cells, ["可燃", "c", "x"]);
        assert_eq!(t.rows[1].get(9), "");
    }

    #[test]
    fn columns_by_name_and_missing_required() {
        let mut r = Report::new();
        let t = Table::parse("p.csv", "NO,名称,所在地_連結表記\n1,x,y\n", &mut r);
        assert_eq!(t.column(&["住所", "所在地_連結表記"]), Some(2));
        assert_eq!(t.require(&["緯度"], &mut r), None);
        assert_eq!(
            r.problems[0].to_string(),
            "p.csv:1: 緯度: required column missing from the header"
        );
    }

    #[test]
    fn empty_file_is_an_error() {
        let mut r = Report::new();
        let t = Table::parse("e.csv", "", &mut r);
        assert!(t.rows.is_empty());
        assert!(r.has_errors());
    }

    #[test]
    fn crlf_rows_and_blank_padding_rows() {
        let mut r = Report::new();
        let t = Table::parse("c.csv", "a,b\r\n1,2\r\n,\r\n3,4", &mut r);
        let lines: Vec<_> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4]);
    }
}
