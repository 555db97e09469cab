//! Dates as residents write them on Japanese forms: 西暦 (`2025-04-01`, `2025/4/1`, `2025年4月1日`,
//! `20250401`) and 和暦 (`令和7年4月1日`, `令和元年5月1日`, `R7.4.1`, `H31/4/30`, `昭和60年1月1日`, `S60.1.1`…),
//! with full-width digits too.
//!
//! An era date must lie inside its era: 平成31年4月30日 is the last day of 平成, so 平成31年5月1日 is refused
//! with the suggestion 令和元年5月1日. Dates before 明治6年1月1日 (1873-01-01, the day Japan moved to the
//! Gregorian calendar) cannot be converted and are refused.

use chrono::{Datelike, NaiveDate};

/// One Japanese era (元号) since the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Era {
    /// `令和`.
    pub name: &'static str,
    /// The letter used in short forms (`R7.4.1`).
    pub letter: char,
    /// First day of its year 1 (the era's first day; for 明治 the first Gregorian day).
    year_one: (i32, u32, u32),
    start: (i32, u32, u32),
    /// Last day, inclusive; `None` for the current era.
    end: Option<(i32, u32, u32)>,
}

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("era boundaries are real dates")
}

impl Era {
    /// The first day in this era that the Gregorian calendar can name.
    pub fn start(&self) -> NaiveDate {
        ymd(self.start)
    }

    /// The last day of the era, inclusive.
    pub fn end(&self) -> Option<NaiveDate> {
        self.end.map(ymd)
    }

    /// The Gregorian year of this era's year 1.
    pub fn first_year(&self) -> i32 {
        self.year_one.0
    }

    fn contains(&self, date: NaiveDate) -> bool {
        date >= self.start() && self.end().is_none_or(|end| date <= end)
    }
}

/// The eras, oldest first. 明治 starts here at 1873-01-01 (明治6年): earlier dates used the lunisolar calendar.
pub const ERAS: [Era; 5] = [
    Era {
        name: "明治",
        letter: 'M',
        year_one: (1868, 1, 1),
        start: (1873, 1, 1),
        end: Some((1912, 7, 29)),
    },
    Era {
        name: "大正",
        letter: 'T',
        year_one: (1912, 7, 30),
        start: (1912, 7, 30),
        end: Some((1926, 12, 24)),
    },
    Era {
        name: "昭和",
        letter: 'S',
        year_one: (1926, 12, 25),
        start: (1926, 12, 25),
        end: Some((1989, 1, 7)),
    },
    Era {
        name: "平成",
        letter: 'H',
        year_one: (1989, 1, 8),
        start: (1989, 1, 8),
        end: Some((2019, 4, 30)),
    },
    Era {
        name: "令和",
        letter: 'R',
        year_one: (2019, 5, 1),
        start: (2019, 5, 1),
        end: None,
    },
];

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in any form this module reads.
    Format,
    /// Shaped like a date, but no such day exists (2月30日, 13月).
    NotReal,
    /// Past the era's last day: 平成31年5月1日 → `suggestion` 令和元年5月1日.
    EraEnded {
        era: &'static str,
        last_day: NaiveDate,
        suggestion: NaiveDate,
    },
    /// Before the era's first day: 令和元年4月30日 → `suggestion` 平成31年4月30日.
    EraNotStarted {
        era: &'static str,
        first_day: NaiveDate,
        suggestion: NaiveDate,
    },
    /// Before 1873-01-01, which the Gregorian calendar and 和暦 cannot both name.
    TooEarly,
}

/// The earliest date accepted.
pub fn earliest() -> NaiveDate {
    ERAS[0].start()
}

/// Reads a date in 西暦 or 和暦.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let text: String = input
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .collect();
    if text.is_empty() {
        return Err(DateError::Format);
    }
    let text = kanji_for_readings(&text);
    match split_era(&text) {
        Some((era, rest)) => parse_era_date(era, rest),
        None => parse_western(&text),
    }
}

/// A date written in kana, as やさしい日本語 readers write it (`れいわ8ねん4がつ1にち`, `へいせい がんねん`), in
/// the kanji the parser reads.
fn kanji_for_readings(text: &str) -> String {
    const READINGS: [(&str, &str); 18] = [
        ("がんねん", "元年"),
        ("ガンネン", "元年"),
        ("めいじ", "明治"),
        ("メイジ", "明治"),
        ("たいしょう", "大正"),
        ("タイショウ", "大正"),
        ("しょうわ", "昭和"),
        ("ショウワ", "昭和"),
        ("へいせい", "平成"),
        ("ヘイセイ", "平成"),
        ("れいわ", "令和"),
        ("レイワ", "令和"),
        ("ねん", "年"),
        ("ネン", "年"),
        ("がつ", "月"),
        ("ガツ", "月"),
        ("にち", "日"),
        ("ニチ", "日"),
    ];
    if text.is_ascii() {
        return text.to_string();
    }
    let mut out = text.to_string();
    for (reading, kanji) in READINGS {
        out = out.replace(reading, kanji);
    }
    out
}

/// Full-width ASCII (`２０２５／４／１`) as ASCII.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The era a date starts with (`令和`, `令`, `R`, `r`) and what follows it.
fn split_era(text: &str) -> Option<(&'static Era, &str)> {
    for era in &ERAS {
        if let Some(rest) = text.strip_prefix(era.name) {
            return Some((era, rest));
        }
    }
    let first = text.chars().next()?;
    let rest = &text[first.len_utf8()..];
    // Only a letter or the era's first kanji followed by a year: `R7.4.1`, `令7.4.1`, `平成元年`.
    let starts_year = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '元');
    if !starts_year {
        return None;
    }
    ERAS.iter()
        .find(|e| e.letter == first.to_ascii_uppercase() || e.name.starts_with(first))
        .map(|e| (e, rest))
}

/// Three numbers separated by any of `年月日./-`, with a trailing `日` allowed; the first may be `元`.
fn three_parts(rest: &str) -> Option<[String; 3]> {
    let is_sep = |c: char| matches!(c, '年' | '月' | '日' | '.' | '/' | '-');
    let doubled = rest
        .chars()
        .zip(rest.chars().skip(1))
        .any(|(a, b)| is_sep(a) && is_sep(b));
    if doubled {
        return None;
    }
    let parts: Vec<&str> = rest
        .split(['年', '月', '日', '.', '/', '-'])
        .filter(|p| !p.is_empty())
        .collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(y) || *y == "元") || !all_digits(m) || !all_digits(d) {
        return None;
    }
    // A separator may not be doubled or trail other than `日`: `2025--4-1` and `2025-4-1-` are typos.
    let trimmed = rest.strip_suffix('日').unwrap_or(rest);
    if trimmed.ends_with(['年', '月', '.', '/', '-'])
        || rest.starts_with(['年', '月', '日', '.', '/', '-'])
    {
        return None;
    }
    Some([y.to_string(), m.to_string(), d.to_string()])
}

fn parse_era_date(era: &'static Era, rest: &str) -> Result<NaiveDate, DateError> {
    let [y, m, d] = three_parts(rest).ok_or(DateError::Format)?;
    let year: i32 = if y == "元" {
        1
    } else {
        if y.len() > 2 {
            return Err(DateError::Format);
        }
        y.parse().map_err(|_| DateError::Format)?
    };
    if year < 1 {
        return Err(DateError::NotReal);
    }
    let (month, day) = month_day(&m, &d)?;
    let date = NaiveDate::from_ymd_opt(era.first_year() + year - 1, month, day)
        .ok_or(DateError::NotReal)?;
    if date < earliest() {
        return Err(DateError::TooEarly);
    }
    if let Some(last_day) = era.end() {
        if date > last_day {
            return Err(DateError::EraEnded {
                era: era.name,
                last_day,
                suggestion: date,
            });
        }
    }
    if date < era.start() {
        return Err(DateError::EraNotStarted {
            era: era.name,
            first_day: era.start(),
            suggestion: date,
        });
    }
    Ok(date)
}

fn month_day(m: &str, d: &str) -> Result<(u32, u32), DateError> {
    if m.len() > 2 || d.len() > 2 {
        return Err(DateError::Format);
    }
    let month: u32 = m.parse().map_err(|_| DateError::Format)?;
    let day: u32 = d.parse().map_err(|_| DateError::Format)?;
    Ok((month, day))
}

fn parse_western(text: &str) -> Result<NaiveDate, DateError> {
    let [y, m, d] = if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        [
            text[..4].to_string(),
            text[4..6].to_string(),
            text[6..].to_string(),
        ]
    } else {
        three_parts(text).ok_or(DateError::Format)?
    };
    if y.len() != 4 {
        return Err(DateError::Format);
    }
    let year: i32 = y.parse().map_err(|_| DateError::Format)?;
    let (month, day) = month_day(&m, &d)?;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NotReal)?;
    if date < earliest() {
        return Err(DateError::TooEarly);
    }
    Ok(date)
}

/// The era a date falls in, if it is on or after 1873-01-01.
pub fn era_of(date: NaiveDate) -> Option<&'static Era> {
    ERAS.iter().find(|e| e.contains(date))
}

/// A date in 和暦 as the counter writes it: `令和元年5月1日`, `平成31年4月30日`.
pub fn to_wareki(date: NaiveDate) -> Option<String> {
    let era = era_of(date)?;
    let year = date.year() - era.first_year() + 1;
    let year = if year == 1 {
        "元".to_string()
    } else {
        year.to_string()
    };
    Some(format!(
        "{}{}年{}月{}日",
        era.name,
        year,
        date.month(),
        date.day()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn western_dates_in_every_usual_shape() {
        for input in [
            "2025-04-01",
            "2025/4/1",
            "2025.4.1",
            "2025年4月1日",
            "20250401",
            "２０２５－０４－０１",
            " 2025 / 04 / 01 ",
        ] {
            assert_eq!(parse_date(input), Ok(d(2025, 4, 1)), "{input}");
        }
        assert_eq!(parse_date("2024-02-29"), Ok(d(2024, 2, 29)));
        assert_eq!(parse_date("2025-02-29"), Err(DateError::NotReal));
        assert_eq!(parse_date("2025-13-01"), Err(DateError::NotReal));
        assert_eq!(parse_date("2025-04-31"), Err(DateError::NotReal));
        for bad in [
            "",
            "abc",
            "2025-4",
            "25-4-1",
            "2025--4-1",
            "2025-4-1-",
            "2025-4-1-2",
            "2025年4月",
        ] {
            assert_eq!(parse_date(bad), Err(DateError::Format), "{bad}");
        }
    }

    #[test]
    fn era_dates_long_short_and_full_width() {
        for input in [
            "令和7年4月1日",
            "令和7.4.1",
            "R7.4.1",
            "r07.04.01",
            "R7/4/1",
            "令7.4.1",
            "令和７年４月１日",
            "令和 7年 4月 1日",
        ] {
            assert_eq!(parse_date(input), Ok(d(2025, 4, 1)), "{input}");
        }
        assert_eq!(parse_date("令和元年5月1日"), Ok(d(2019, 5, 1)));
        assert_eq!(parse_date("昭和60年1月15日"), Ok(d(1985, 1, 15)));
        assert_eq!(parse_date("S60.1.15"), Ok(d(1985, 1, 15)));
        assert_eq!(parse_date("大正15年12月24日"), Ok(d(1926, 12, 24)));
        assert_eq!(parse_date("T15.12.24"), Ok(d(1926, 12, 24)));
        assert_eq!(parse_date("明治45年7月29日"), Ok(d(1912, 7, 29)));
        assert_eq!(parse_date("H1.1.8"), Ok(d(1989, 1, 8)));
        assert_eq!(parse_date("令和0年5月1日"), Err(DateError::NotReal));
        assert_eq!(parse_date("令和7年2月29日"), Err(DateError::NotReal));
        assert_eq!(parse_date("令和123年1月1日"), Err(DateError::Format));
        assert_eq!(parse_date("X7.4.1"), Err(DateError::Format));
    }

    #[test]
    fn dates_written_in_kana_as_easy_japanese_readers_write_them() {
        assert_eq!(parse_date("れいわ8ねん4がつ1にち"), Ok(d(2026, 4, 1)));
        assert_eq!(
            parse_date("へいせい がんねん 5がつ 1にち"),
            Ok(d(1989, 5, 1))
        );
        assert_eq!(parse_date("ショウワ60ネン5ガツ5ニチ"), Ok(d(1985, 5, 5)));
        assert_eq!(parse_date("2026ねん4がつ1にち"), Ok(d(2026, 4, 1)));
        assert!(matches!(
            parse_date("へいせい31ねん5がつ1にち"),
            Err(DateError::EraEnded { .. })
        ));
        assert_eq!(parse_date("れいわ"), Err(DateError::Format));
    }

    #[test]
    fn era_boundaries_are_checked_and_suggest_the_right_era() {
        assert_eq!(parse_date("平成31年4月30日"), Ok(d(2019, 4, 30)));
        let err = parse_date("平成31年5月1日").unwrap_err();
        assert_eq!(
            err,
            DateError::EraEnded {
                era: "平成",
                last_day: d(2019, 4, 30),
                suggestion: d(2019, 5, 1)
            }
        );
        assert_eq!(to_wareki(d(2019, 5, 1)).as_deref(), Some("令和元年5月1日"));
        assert!(matches!(
            parse_date("H32.1.1"),
            Err(DateError::EraEnded { era: "平成", .. })
        ));
        let err = parse_date("令和元年4月30日").unwrap_err();
        assert_eq!(
            err,
            DateError::EraNotStarted {
                era: "令和",
                first_day: d(2019, 5, 1),
                suggestion: d(2019, 4, 30)
            }
        );
        assert_eq!(
            to_wareki(d(2019, 4, 30)).as_deref(),
            Some("平成31年4月30日")
        );
        assert_eq!(parse_date("昭和64年1月7日"), Ok(d(1989, 1, 7)));
        assert!(matches!(
            parse_date("昭和64年1月8日"),
            Err(DateError::EraEnded { era: "昭和", .. })
        ));
        assert!(matches!(
            parse_date("平成元年1月7日"),
            Err(DateError::EraNotStarted { era: "平成", .. })
        ));
        assert_eq!(parse_date("昭和元年12月25日"), Ok(d(1926, 12, 25)));
        assert!(matches!(
            parse_date("昭和元年12月24日"),
            Err(DateError::EraNotStarted { era: "昭和", .. })
        ));
        assert!(matches!(
            parse_date("大正元年7月29日"),
            Err(DateError::EraNotStarted { era: "大正", .. })
        ));
        assert!(matches!(
            parse_date("明治45年7月30日"),
            Err(DateError::EraEnded { era: "明治", .. })
        ));
        assert_eq!(parse_date("明治5年12月2日"), Err(DateError::TooEarly));
        assert_eq!(parse_date("明治6年1月1日"), Ok(d(1873, 1, 1)));
        assert_eq!(parse_date("1872-12-31"), Err(DateError::TooEarly));
    }

    #[test]
    fn wareki_of_each_era() {
        assert_eq!(to_wareki(d(2025, 4, 1)).as_deref(), Some("令和7年4月1日"));
        assert_eq!(to_wareki(d(1989, 1, 7)).as_deref(), Some("昭和64年1月7日"));
        assert_eq!(to_wareki(d(1989, 1, 8)).as_deref(), Some("平成元年1月8日"));
        assert_eq!(
            to_wareki(d(1926, 12, 25)).as_deref(),
            Some("昭和元年12月25日")
        );
        assert_eq!(
            to_wareki(d(1912, 7, 30)).as_deref(),
            Some("大正元年7月30日")
        );
        assert_eq!(to_wareki(d(1900, 1, 1)).as_deref(), Some("明治33年1月1日"));
        assert_eq!(to_wareki(d(1872, 12, 31)), None);
    }
}
