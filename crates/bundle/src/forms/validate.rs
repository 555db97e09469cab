//! Checking what a resident typed, field by field, as they type, and normalising it for the counter.
//!
//! Every check returns either the normalised value (postal code `NNN-NNNN`, dates `YYYY-MM-DD`, numbers and
//! phone numbers in ASCII, kana in the template's script) or a [`FieldError`]: a stable code, the field's key
//! path and the arguments its Fluent message needs. The messages themselves live in `locales/*/forms.ftl` as
//! `form-error-<code>` (see [`FieldErrorCode::fluent_id`]).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use super::date::{self, DateError};
use super::template::{
    DateRange, FieldType, FieldValue, FormField, FormTemplate, FormValues, KanaScript,
};

/// One problem with one field.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub code: FieldErrorCode,
    /// The field's key; inside a group `members[2].name_kana` (rows counted from 1).
    pub field: String,
    /// What the message shows: `max`, `min`, `char`, `era`, `last_day`, `suggestion`, `earliest`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl FieldError {
    fn new(code: FieldErrorCode, field: impl Into<String>) -> Self {
        FieldError {
            code,
            field: field.into(),
            args: BTreeMap::new(),
        }
    }

    fn arg(mut self, key: &str, value: impl Into<String>) -> Self {
        self.args.insert(key.to_string(), value.into());
        self
    }
}

/// Every validation error code. The string is stable (programs match on it); the Fluent id follows from it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldErrorCode {
    /// A required field is empty.
    Required,
    /// Longer than `max_length` (`max`).
    TooLong,
    /// A character the counter cannot take, such as a control character or an emoji (`char`).
    Characters,
    /// A kana field holds something other than kana (`char`).
    KanaOnly,
    /// A name holds digits or symbols (`char`).
    NameCharacters,
    /// Not a postal code of seven digits.
    PostalCode,
    /// Not a telephone number.
    Phone,
    Email,
    /// Not a date in any shape we read.
    DateFormat,
    /// No such day (2月30日).
    DateNotReal,
    /// After the era's last day (`era`, `last_day`, `suggestion` in 和暦).
    DateEraEnded,
    /// Before the era's first day (`era`, `first_day`, `suggestion` in 和暦).
    DateEraNotStarted,
    /// Before 明治6年1月1日 (`earliest`).
    DateTooEarly,
    /// A date of birth in the future.
    DateInFuture,
    /// A reservation in the past.
    DateInPast,
    /// Not a whole number.
    Number,
    NumberTooSmall,
    NumberTooLarge,
    /// Not one of the choices.
    Choice,
    /// Fewer rows than `min`.
    MembersTooFew,
    /// More rows than `max`.
    MembersTooMany,
}

impl FieldErrorCode {
    pub const ALL: [FieldErrorCode; 21] = [
        FieldErrorCode::Required,
        FieldErrorCode::TooLong,
        FieldErrorCode::Characters,
        FieldErrorCode::KanaOnly,
        FieldErrorCode::NameCharacters,
        FieldErrorCode::PostalCode,
        FieldErrorCode::Phone,
        FieldErrorCode::Email,
        FieldErrorCode::DateFormat,
        FieldErrorCode::DateNotReal,
        FieldErrorCode::DateEraEnded,
        FieldErrorCode::DateEraNotStarted,
        FieldErrorCode::DateTooEarly,
        FieldErrorCode::DateInFuture,
        FieldErrorCode::DateInPast,
        FieldErrorCode::Number,
        FieldErrorCode::NumberTooSmall,
        FieldErrorCode::NumberTooLarge,
        FieldErrorCode::Choice,
        FieldErrorCode::MembersTooFew,
        FieldErrorCode::MembersTooMany,
    ];

    /// The stable code: `date_era_ended`.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldErrorCode::Required => "required",
            FieldErrorCode::TooLong => "too_long",
            FieldErrorCode::Characters => "characters",
            FieldErrorCode::KanaOnly => "kana_only",
            FieldErrorCode::NameCharacters => "name_characters",
            FieldErrorCode::PostalCode => "postal_code",
            FieldErrorCode::Phone => "phone",
            FieldErrorCode::Email => "email",
            FieldErrorCode::DateFormat => "date_format",
            FieldErrorCode::DateNotReal => "date_not_real",
            FieldErrorCode::DateEraEnded => "date_era_ended",
            FieldErrorCode::DateEraNotStarted => "date_era_not_started",
            FieldErrorCode::DateTooEarly => "date_too_early",
            FieldErrorCode::DateInFuture => "date_in_future",
            FieldErrorCode::DateInPast => "date_in_past",
            FieldErrorCode::Number => "number",
            FieldErrorCode::NumberTooSmall => "number_too_small",
            FieldErrorCode::NumberTooLarge => "number_too_large",
            FieldErrorCode::Choice => "choice",
            FieldErrorCode::MembersTooFew => "members_too_few",
            FieldErrorCode::MembersTooMany => "members_too_many",
        }
    }

    /// The Fluent message id: `date_era_ended` → `form-error-date-era-ended`.
    pub fn fluent_id(self) -> String {
        format!("form-error-{}", self.as_str().replace('_', "-"))
    }
}

/// The result of checking a whole form: the normalised values and every problem, in template order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormCheck {
    pub values: FormValues,
    pub errors: Vec<FieldError>,
}

impl FormCheck {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Checks every field of `template` in `values` (keys not in the template are dropped). `today` decides
/// which dates are past or future.
pub fn check_form(template: &FormTemplate, values: &FormValues, today: NaiveDate) -> FormCheck {
    let mut out = FormCheck::default();
    for field in template.fields() {
        let value = values.get(&field.key);
        match check_value(field, value, today) {
            Ok(Some(v)) => {
                out.values.insert(field.key.clone(), v);
            }
            Ok(None) => {}
            Err(errors) => {
                // Keep what was typed, so a draft never loses input over an error.
                if let Some(v) = value {
                    out.values.insert(field.key.clone(), v.clone());
                }
                out.errors.extend(errors);
            }
        }
    }
    out
}

/// Checks one top-level field as the resident types. `Ok(None)` is an empty optional field.
pub fn check_value(
    field: &FormField,
    value: Option<&FieldValue>,
    today: NaiveDate,
) -> Result<Option<FieldValue>, Vec<FieldError>> {
    match field.kind {
        FieldType::Members => check_members(field, value, today),
        FieldType::Choice if field.multiple => check_multiple(field, value),
        _ => {
            let text = value.map(FieldValue::as_text).unwrap_or("");
            match check_text(field, &field.key, text, today) {
                Ok(v) if v.is_empty() => Ok(None),
                Ok(v) => Ok(Some(FieldValue::Text(v))),
                Err(e) => Err(vec![e]),
            }
        }
    }
}

fn check_multiple(
    field: &FormField,
    value: Option<&FieldValue>,
) -> Result<Option<FieldValue>, Vec<FieldError>> {
    let picked: Vec<String> = match value {
        Some(FieldValue::List(l)) => l.iter().map(|v| v.trim().to_string()).collect(),
        Some(FieldValue::Text(t)) => t.split(',').map(|v| v.trim().to_string()).collect(),
        _ => Vec::new(),
    };
    let mut picked: Vec<String> = picked.into_iter().filter(|v| !v.is_empty()).collect();
    if picked.is_empty() {
        return if field.required {
            Err(vec![FieldError::new(FieldErrorCode::Required, &field.key)])
        } else {
            Ok(None)
        };
    }
    if let Some(bad) = picked.iter().find(|v| field.choice(v).is_none()) {
        return Err(vec![
            FieldError::new(FieldErrorCode::Choice, &field.key).arg("value", bad.clone())
        ]);
    }
    // In the template's order, each once: the payload and the counter read them that way.
    picked.sort_by_key(|v| field.choices.iter().position(|c| &c.value == v));
    picked.dedup();
    Ok(Some(FieldValue::List(picked)))
}

fn check_members(
    field: &FormField,
    value: Option<&FieldValue>,
    today: NaiveDate,
) -> Result<Option<FieldValue>, Vec<FieldError>> {
    let rows = value.and_then(FieldValue::rows).unwrap_or(&[]);
    // A row left completely empty (an "add person" pressed by mistake) is not a person.
    let rows: Vec<&BTreeMap<String, String>> = rows
        .iter()
        .filter(|r| r.values().any(|v| !v.trim().is_empty()))
        .collect();
    let mut errors = Vec::new();
    let min = field.min.unwrap_or(if field.required { 1 } else { 0 });
    if (rows.len() as i64) < min {
        let code = if rows.is_empty() && field.required {
            FieldErrorCode::Required
        } else {
            FieldErrorCode::MembersTooFew
        };
        errors.push(FieldError::new(code, &field.key).arg("min", min.to_string()));
    }
    if let Some(max) = field.max {
        if rows.len() as i64 > max {
            errors.push(
                FieldError::new(FieldErrorCode::MembersTooMany, &field.key)
                    .arg("max", max.to_string()),
            );
        }
    }
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let mut clean = BTreeMap::new();
        for sub in &field.fields {
            let path = format!("{}[{}].{}", field.key, i + 1, sub.key);
            let text = row.get(&sub.key).map(String::as_str).unwrap_or("");
            match check_text(sub, &path, text, today) {
                Ok(v) => {
                    if !v.is_empty() {
                        clean.insert(sub.key.clone(), v);
                    }
                }
                Err(e) => errors.push(e),
            }
        }
        out.push(clean);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((!out.is_empty()).then_some(FieldValue::Rows(out)))
}

/// Checks one single-valued field (or group sub-field); returns the normalised text, empty when the field is
/// empty and optional.
pub fn check_text(
    field: &FormField,
    path: &str,
    raw: &str,
    today: NaiveDate,
) -> Result<String, FieldError> {
    let err = |code| FieldError::new(code, path);
    let text = fold_for_counter(raw.trim());
    if text.is_empty() {
        return if field.required {
            Err(err(FieldErrorCode::Required))
        } else {
            Ok(String::new())
        };
    }
    if let Some(c) = text.chars().find(|c| is_refused_char(*c)) {
        return Err(err(FieldErrorCode::Characters).arg("char", c.to_string()));
    }
    let value = match field.kind {
        FieldType::Text | FieldType::Address => collapse_spaces(&text),
        FieldType::Name => check_name(&text)
            .map_err(|c| err(FieldErrorCode::NameCharacters).arg("char", c.to_string()))?,
        FieldType::Kana => check_kana(&text, field.script)
            .map_err(|c| err(FieldErrorCode::KanaOnly).arg("char", c.to_string()))?,
        FieldType::PostalCode => {
            normalize_postal_code(&text).ok_or(err(FieldErrorCode::PostalCode))?
        }
        FieldType::Phone => normalize_phone(&text).ok_or(err(FieldErrorCode::Phone))?,
        FieldType::Email => check_email(&text).ok_or(err(FieldErrorCode::Email))?,
        FieldType::Date => check_date(field.when, &text, today).map_err(|e| {
            let mut fe = err(e.0);
            fe.args = e.1;
            fe
        })?,
        FieldType::Number => check_number(field, &text).map_err(|e| {
            let mut fe = err(e.0);
            fe.args = e.1;
            fe
        })?,
        FieldType::Choice => {
            let v = text.trim().to_string();
            if field.choice(&v).is_none() {
                return Err(err(FieldErrorCode::Choice).arg("value", v));
            }
            v
        }
        // Groups are checked by `check_members`; a group as a sub-field is refused by the importer.
        FieldType::Members => return Err(err(FieldErrorCode::Characters)),
    };
    if let Some(max) = field.max_length.filter(|_| field.kind.is_text_like()) {
        if value.chars().count() > max as usize {
            return Err(err(FieldErrorCode::TooLong).arg("max", max.to_string()));
        }
    }
    Ok(value)
}

/// Maps characters that Shift_JIS lacks to the look-alikes it has, so a form typed on a Mac (〜 U+301C) still
/// travels in Shift_JIS; and half-width katakana to full-width, which every counter system reads.
pub fn fold_for_counter(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut halfwidth = String::new();
    let flush = |halfwidth: &mut String, out: &mut String| {
        if !halfwidth.is_empty() {
            out.extend(halfwidth.nfkc());
            halfwidth.clear();
        }
    };
    for c in text.chars() {
        if ('\u{FF61}'..='\u{FF9F}').contains(&c) {
            halfwidth.push(c);
            continue;
        }
        flush(&mut halfwidth, &mut out);
        out.push(match c {
            '\u{301C}' => '\u{FF5E}', // 〜 → ～
            '\u{2014}' => '\u{2015}', // — → ―
            '\u{2016}' => '\u{2225}', // ‖ → ∥
            '\u{00A2}' => '\u{FFE0}', // ¢ → ￠
            '\u{00A3}' => '\u{FFE1}', // £ → ￡
            '\u{00AC}' => '\u{FFE2}', // ¬ → ￢
            '\r' | '\n' | '\t' => ' ',
            _ => c,
        });
    }
    flush(&mut halfwidth, &mut out);
    out
}

/// Control characters, private-use (外字) and emoji never reach a counter system intact.
fn is_refused_char(c: char) -> bool {
    c.is_control()
        || ('\u{E000}'..='\u{F8FF}').contains(&c)
        || ('\u{1F000}'..='\u{1FAFF}').contains(&c)
        || ('\u{2600}'..='\u{27BF}').contains(&c)
        || ('\u{FE00}'..='\u{FE0F}').contains(&c)
        || c == '\u{FFFD}'
}

/// Runs of spaces (ASCII or 全角) as one.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = false;
    for c in text.chars() {
        let space = c == ' ' || c == '\u{3000}';
        if space && last_space {
            continue;
        }
        last_space = space;
        out.push(c);
    }
    out
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

/// Names are letters of any script with spaces, `・`, `-`, `'` and `.` (Latin names: `O'Brien`, `Jr.`).
fn check_name(text: &str) -> Result<String, char> {
    let ok = |c: char| {
        c.is_alphabetic()
            || is_space(c)
            || matches!(
                c,
                '・' | '･'
                    | '-'
                    | '‐'
                    | '\''
                    | '’'
                    | '.'
                    | 'ー'
                    | '々'
                    | 'ゝ'
                    | 'ゞ'
                    | 'ヽ'
                    | 'ヾ'
                    | '〆'
            )
            || is_combining(c)
    };
    match text.chars().find(|c| !ok(*c)) {
        Some(c) => Err(c),
        None => Ok(collapse_spaces(text)),
    }
}

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c) || ('\u{3099}'..='\u{309A}').contains(&c)
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{3096}').contains(&c) || matches!(c, 'ゝ' | 'ゞ')
}

fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || matches!(c, 'ヽ' | 'ヾ')
}

/// Kana only: hiragana, katakana, `ー`, `・` (between the parts of a foreign name) and spaces; converted to
/// the template's script.
fn check_kana(text: &str, script: KanaScript) -> Result<String, char> {
    let ok = |c: char| is_hiragana(c) || is_katakana(c) || is_space(c) || matches!(c, 'ー' | '・');
    if let Some(c) = text.chars().find(|c| !ok(*c)) {
        return Err(c);
    }
    let converted = text.chars().map(|c| match script {
        KanaScript::Katakana if ('\u{3041}'..='\u{3096}').contains(&c) => {
            char::from_u32(c as u32 + 0x60).unwrap_or(c)
        }
        KanaScript::Hiragana if ('\u{30A1}'..='\u{30F6}').contains(&c) => {
            char::from_u32(c as u32 - 0x60).unwrap_or(c)
        }
        _ => c,
    });
    Ok(collapse_spaces(&converted.collect::<String>()))
}

/// Digits as ASCII, from full-width too.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '－' | 'ー' | '―' | '‐' | '−' | '‑' | '–' => '-',
            '（' => '(',
            '）' => ')',
            '＋' => '+',
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// `〒329-0292`, `3290292`, `329 0292`, `３２９－０２９２` → `329-0292`.
pub fn normalize_postal_code(text: &str) -> Option<String> {
    let text = ascii_digits(text);
    let text = text.trim().trim_start_matches('〒').trim();
    let digits: String = text.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
    let shape_ok = match text.find(['-', ' ']) {
        None => true,
        Some(at) => at == 3 && text[at + 1..].chars().all(|c| c.is_ascii_digit()),
    };
    (digits.len() == 7 && digits.bytes().all(|b| b.is_ascii_digit()) && shape_ok)
        .then(|| format!("{}-{}", &digits[..3], &digits[3..]))
}

/// A Japanese number (10 or 11 digits from `0`) or an international one (`+` and 8–15 digits), with the
/// resident's hyphens, spaces or brackets; stored as digits with the hyphens they typed.
pub fn normalize_phone(text: &str) -> Option<String> {
    let text = ascii_digits(text);
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '(' | ')' | '+'))
    {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let international = text.trim_start().starts_with('+');
    if text.matches('+').count() > usize::from(international) {
        return None;
    }
    let ok = if international {
        (8..=15).contains(&digits.len())
    } else {
        digits.starts_with('0') && (10..=11).contains(&digits.len())
    };
    if !ok {
        return None;
    }
    // Keep the grouping the resident wrote (the counter dials it); brackets and spaces become hyphens.
    let mut out = String::new();
    if international {
        out.push('+');
    }
    for c in text.chars() {
        match c {
            '0'..='9' => out.push(c),
            '-' | ' ' | '(' | ')' if !out.is_empty() && !out.ends_with(['-', '+']) => out.push('-'),
            _ => {}
        }
    }
    Some(out.trim_end_matches('-').to_string())
}

fn check_email(text: &str) -> Option<String> {
    let text = ascii_digits(text).trim().to_string();
    let (local, domain) = text.split_once('@')?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && text.is_ascii()
        && !text.contains(' ');
    ok.then_some(text)
}

type CodedError = (FieldErrorCode, BTreeMap<String, String>);

fn coded(code: FieldErrorCode, args: &[(&str, String)]) -> CodedError {
    (
        code,
        args.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

fn wareki_or_iso(d: NaiveDate) -> String {
    date::to_wareki(d).unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

fn check_date(when: DateRange, text: &str, today: NaiveDate) -> Result<String, CodedError> {
    let date = date::parse_date(text).map_err(|e| match e {
        DateError::Format => coded(FieldErrorCode::DateFormat, &[]),
        DateError::NotReal => coded(FieldErrorCode::DateNotReal, &[]),
        DateError::EraEnded {
            era,
            last_day,
            suggestion,
        } => coded(
            FieldErrorCode::DateEraEnded,
            &[
                ("era", era.to_string()),
                ("last_day", wareki_or_iso(last_day)),
                ("suggestion", wareki_or_iso(suggestion)),
            ],
        ),
        DateError::EraNotStarted {
            era,
            first_day,
            suggestion,
        } => coded(
            FieldErrorCode::DateEraNotStarted,
            &[
                ("era", era.to_string()),
                ("first_day", wareki_or_iso(first_day)),
                ("suggestion", wareki_or_iso(suggestion)),
            ],
        ),
        DateError::TooEarly => coded(
            FieldErrorCode::DateTooEarly,
            &[("earliest", wareki_or_iso(date::earliest()))],
        ),
    })?;
    match when {
        DateRange::Past if date > today => Err(coded(FieldErrorCode::DateInFuture, &[])),
        DateRange::Future if date < today => Err(coded(FieldErrorCode::DateInPast, &[])),
        _ => Ok(date.format("%Y-%m-%d").to_string()),
    }
}

fn check_number(field: &FormField, text: &str) -> Result<String, CodedError> {
    let text = ascii_digits(text).replace([',', ' '], "");
    let n: i64 = text
        .parse()
        .map_err(|_| coded(FieldErrorCode::Number, &[]))?;
    if let Some(min) = field.min.filter(|m| n < *m) {
        return Err(coded(
            FieldErrorCode::NumberTooSmall,
            &[("min", min.to_string())],
        ));
    }
    if let Some(max) = field.max.filter(|m| n > *m) {
        return Err(coded(
            FieldErrorCode::NumberTooLarge,
            &[("max", max.to_string())],
        ));
    }
    Ok(n.to_string())
}
