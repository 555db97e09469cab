//! The day tokens of a 5374 `area_days.csv` cell.
//!
//! A cell is tokens separated by spaces, optionally followed by `:` and the months the whole cell applies to:
//!
//! | token            | meaning                                   |
//! |------------------|-------------------------------------------|
//! | `月`             | every Monday                              |
//! | `火2`            | the second Tuesday of the month           |
//! | `隔火20150106`   | every other Tuesday, counting from 2015-01-06 |
//! | `20250331`       | that one date                             |
//! | `火2 金4:4 6 8`  | both, only in April, June and August      |
//! | `*1`             | see remark 1 of remarks.csv (not a day)   |

use chrono::{Datelike, NaiveDate};

use crate::content::DayRule;

const WEEKDAYS: [char; 7] = ['月', '火', '水', '木', '金', '土', '日'];

/// 0 = Monday … 6 = Sunday.
pub fn weekday_index(c: char) -> Option<u8> {
    WEEKDAYS.iter().position(|&w| w == c).map(|i| i as u8)
}

pub fn weekday_name(i: u8) -> char {
    WEEKDAYS[usize::from(i) % 7]
}

/// What parsing one cell found: the rules, and what is wrong (errors) or odd (warnings).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedCell {
    pub rules: Vec<DayRule>,
    /// Remark ids from `*1` tokens.
    pub remarks: Vec<String>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Spreadsheets often turn digits, colons and spaces full-width; 5374 itself reads only ASCII.
fn normalise(cell: &str) -> String {
    cell.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '：' => ':',
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Parses `YYYYMMDD` (exactly eight digits) into a date.
pub fn parse_compact_date(s: &str) -> Result<NaiveDate, String> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{s}` is not a date (YYYYMMDD)"));
    }
    if s.len() != 8 {
        return Err(format!(
            "`{s}` is not a date: YYYYMMDD needs 8 digits, this has {}",
            s.len()
        ));
    }
    NaiveDate::parse_from_str(s, "%Y%m%d").map_err(|_| format!("`{s}` is not a real date"))
}

fn parse_token(token: &str, months: &[u8], out: &mut ParsedCell) {
    let chars: Vec<char> = token.chars().collect();
    let bad = |out: &mut ParsedCell, why: &str| {
        out.errors.push(format!("bad day token `{token}`: {why}"));
    };
    // `*1`: the cell has a remark (remarks.csv ID 1) that 5374 shows beside the days.
    if let Some(id) = token.strip_prefix('*') {
        if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
            out.remarks.push(id.to_string());
        } else {
            bad(out, "a remark is `*` and the remark's ID (`*1`)");
        }
        return;
    }
    // `隔火20150106`
    if chars.first() == Some(&'隔') {
        let Some(weekday) = chars.get(1).copied().and_then(weekday_index) else {
            return bad(
                out,
                "`隔` must be followed by a weekday (月火水木金土日) and a start date",
            );
        };
        let date: String = chars[2..].iter().collect();
        match parse_compact_date(&date) {
            Ok(d) => {
                let actual = d.weekday().num_days_from_monday() as u8;
                if actual != weekday {
                    bad(
                        out,
                        &format!(
                            "{date} is a {}曜日, not a {}曜日",
                            weekday_name(actual),
                            weekday_name(weekday)
                        ),
                    );
                } else {
                    out.rules.push(DayRule::EveryOtherWeek {
                        weekday,
                        from: d.format("%Y-%m-%d").to_string(),
                        months: months.to_vec(),
                    });
                }
            }
            Err(e) => bad(out, &format!("start date {e}")),
        }
        return;
    }
    if let Some(weekday) = chars.first().copied().and_then(weekday_index) {
        match chars.len() {
            1 => out.rules.push(DayRule::Weekly {
                weekday,
                months: months.to_vec(),
            }),
            2 if chars[1].is_ascii_digit() => match chars[1].to_digit(10) {
                Some(nth @ 1..=5) => out.rules.push(DayRule::NthWeekday {
                    weekday,
                    nth: nth as u8,
                    months: months.to_vec(),
                }),
                _ => bad(out, "the week of the month must be 1–5"),
            },
            _ => bad(
                out,
                "expected a weekday (`月`), a weekday and week (`火2`) or `隔` with a date",
            ),
        }
        return;
    }
    if token.bytes().all(|b| b.is_ascii_digit()) {
        match parse_compact_date(token) {
            Ok(d) => out.rules.push(DayRule::Date {
                date: d.format("%Y-%m-%d").to_string(),
            }),
            Err(e) => out.errors.push(format!("bad date {e}")),
        }
        return;
    }
    bad(
        out,
        "expected 月…日, 火2, 隔火20150106, a date YYYYMMDD or a remark *1",
    );
}

/// Parses one cell. An empty cell means the category is not collected in that area.
pub fn parse_cell(cell: &str) -> ParsedCell {
    let cell = normalise(cell);
    let mut out = ParsedCell::default();
    let mut parts = cell.split(':');
    let tokens = parts.next().unwrap_or("");
    let mut months = Vec::new();
    if let Some(month_part) = parts.next() {
        if parts.next().is_some() {
            out.errors.push("more than one `:` month filter".into());
        }
        for m in month_part.split_whitespace() {
            match m.parse::<u8>() {
                Ok(n @ 1..=12) if !months.contains(&n) => months.push(n),
                Ok(n @ 1..=12) => out.warnings.push(format!("month {n} listed twice")),
                _ => out
                    .errors
                    .push(format!("bad month `{m}` in the month filter (1–12)")),
            }
        }
        if months.is_empty() && out.errors.is_empty() {
            out.errors.push("empty month filter after `:`".into());
        }
        months.sort_unstable();
    }
    let mut dates = Vec::new();
    for token in tokens.split_whitespace() {
        let before = out.rules.len();
        parse_token(token, &months, &mut out);
        if let Some(DayRule::Date { .. }) = out.rules.get(before) {
            if let Some(DayRule::Date { date }) = out.rules.pop() {
                dates.push(date);
            }
        }
    }
    if !months.is_empty() && !dates.is_empty() {
        out.warnings
            .push("the month filter does not apply to explicit dates".into());
    }
    // Explicit dates are often listed out of order; duplicates are almost always a copy-paste slip.
    dates.sort();
    let before = dates.len();
    dates.dedup();
    if dates.len() != before {
        out.warnings
            .push(format!("{} date(s) listed twice", before - dates.len()));
    }
    out.rules
        .extend(dates.into_iter().map(|date| DayRule::Date { date }));
    if out.rules.is_empty() && !months.is_empty() && out.errors.is_empty() {
        out.errors.push("a month filter with no day tokens".into());
    }
    out
}
