//! The QR payload a counter reads: format `MF1`, documented for counter systems in docs/forms-qr.md.
//!
//! A form travels as one **body** — `form id;form version;value;value;…`, values in template order, `%`, `;`
//! and control characters percent-escaped, a `members` group as its row count followed by each row's values —
//! encoded in Shift_JIS when the whole body survives a Shift_JIS round trip unchanged (most counter readers
//! handle only Shift_JIS), else in UTF-8. The encoded body is cut at character boundaries into one or more
//! **parts**, each a QR code of its own:
//!
//! ```text
//! MF1S:1/2:0C3A5F21:moving-in;1;2026-04-01;…      MF1 = format, S|U = Shift_JIS|UTF-8,
//! MF1S:2/2:0C3A5F21:…;ヤマダ ハナコ;…              i/n = part of parts, CRC-32 of the whole body
//! ```
//!
//! Every byte the format adds is ASCII below 0x40, which is never the second byte of a Shift_JIS character,
//! so a reader may even split the raw bytes on `;` safely.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use encoding_rs::{SHIFT_JIS, UTF_8};
use serde::{Deserialize, Serialize};

use super::template::{FieldType, FieldValue, FormTemplate, FormValues};

/// The payload format this code writes and reads.
pub const PAYLOAD_FORMAT: &str = "MF1";
/// At most this many codes for one form: more is no longer quicker than writing.
pub const MAX_PARTS: usize = 16;

/// Byte-mode capacity of QR versions 1–40 at error correction level M (ISO/IEC 18004 table 7), in bytes,
/// before the mode indicator and length of one segment are taken away (already taken away here).
const BYTE_CAPACITY_M: [usize; 40] = [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
    711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911,
    1989, 2099, 2213, 2331,
];

/// How many bytes one byte-mode QR code of `version` (1–40) holds at error correction M.
pub fn byte_capacity_m(version: u8) -> usize {
    BYTE_CAPACITY_M[usize::from(version.clamp(1, 40)) - 1]
}

/// How the body's text is turned into bytes; the flag letter after `MF1` says which.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayloadEncoding {
    /// `S`: Shift_JIS (the WHATWG/Windows-31J table), which most counter QR readers expect.
    ShiftJis,
    /// `U`: UTF-8, when some character has no Shift_JIS code (Hangul, Vietnamese letters, 𠮷…).
    Utf8,
}

impl PayloadEncoding {
    pub fn flag(self) -> char {
        match self {
            PayloadEncoding::ShiftJis => 'S',
            PayloadEncoding::Utf8 => 'U',
        }
    }

    fn from_flag(b: u8) -> Option<PayloadEncoding> {
        match b {
            b'S' => Some(PayloadEncoding::ShiftJis),
            b'U' => Some(PayloadEncoding::Utf8),
            _ => None,
        }
    }

    fn encode<'a>(self, text: &'a str) -> Cow<'a, [u8]> {
        match self {
            PayloadEncoding::ShiftJis => SHIFT_JIS.encode(text).0,
            PayloadEncoding::Utf8 => Cow::Borrowed(text.as_bytes()),
        }
    }

    fn decode(self, bytes: &[u8]) -> Option<String> {
        let encoding = match self {
            PayloadEncoding::ShiftJis => SHIFT_JIS,
            PayloadEncoding::Utf8 => UTF_8,
        };
        encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(Cow::into_owned)
    }
}

/// Why a form could not be put into codes, or codes could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    #[error("this is not a Machi form code (it does not start with MF)")]
    NotAFormCode,
    #[error("form code format `{found}` is newer than this reader (it reads {PAYLOAD_FORMAT})")]
    UnsupportedFormat { found: String },
    #[error("the code's header is damaged")]
    BadHeader,
    #[error("code {index} belongs to another form (its sequence or check value differs)")]
    ForeignPart { index: usize },
    #[error("code {index} of {total} was read twice")]
    DuplicatePart { index: usize, total: usize },
    #[error("codes missing: {} of {total}", list(missing))]
    MissingParts { missing: Vec<usize>, total: usize },
    #[error("the codes do not add up to the form they were made from (check value mismatch)")]
    ChecksumMismatch,
    #[error("the form's text is not valid {0}")]
    BadEncoding(&'static str),
    #[error("a value has a broken %-escape")]
    BadEscape,
    #[error("the form id or version is missing")]
    BadBody,
    #[error("the form needs {parts} codes; at most {MAX_PARTS} are made")]
    TooLarge { parts: usize },
    #[error("the code is for form `{found}`, not `{expected}`")]
    WrongForm { expected: String, found: String },
    #[error("the code was made with version {payload} of form `{form}`; the template is version {template}")]
    VersionMismatch {
        form: String,
        payload: u32,
        template: u32,
    },
    #[error("the code has more values than form `{form}` version {version} has fields")]
    TooManyValues { form: String, version: u32 },
    #[error("`{field}` should be a row count, found `{found}`")]
    BadRowCount { field: String, found: String },
}

impl PayloadError {
    /// A stable code for programs and scripts (`missing_parts`); the message may change, this may not.
    pub fn code(&self) -> &'static str {
        match self {
            PayloadError::NotAFormCode => "not_a_form_code",
            PayloadError::UnsupportedFormat { .. } => "unsupported_format",
            PayloadError::BadHeader => "bad_header",
            PayloadError::ForeignPart { .. } => "foreign_part",
            PayloadError::DuplicatePart { .. } => "duplicate_part",
            PayloadError::MissingParts { .. } => "missing_parts",
            PayloadError::ChecksumMismatch => "checksum_mismatch",
            PayloadError::BadEncoding(_) => "bad_encoding",
            PayloadError::BadEscape => "bad_escape",
            PayloadError::BadBody => "bad_body",
            PayloadError::TooLarge { .. } => "too_large",
            PayloadError::WrongForm { .. } => "wrong_form",
            PayloadError::VersionMismatch { .. } => "version_mismatch",
            PayloadError::TooManyValues { .. } => "too_many_values",
            PayloadError::BadRowCount { .. } => "bad_row_count",
        }
    }
}

fn list(items: &[usize]) -> String {
    items
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A form put into codes: each part is the exact byte content of one QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodedForm {
    pub encoding: PayloadEncoding,
    /// CRC-32 of the whole encoded body, in every part.
    pub check: u32,
    pub parts: Vec<Vec<u8>>,
}

/// What the codes carried, before the template gives the values their names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub form_id: String,
    pub form_version: u32,
    pub encoding: PayloadEncoding,
    /// How many codes it came in.
    pub parts: usize,
    /// The values in template order (a group: its row count, then each row's values).
    pub values: Vec<String>,
}

/// A form's values under their field keys, as the counter reads them.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormData {
    pub form_id: String,
    pub version: u32,
    pub fields: FormValues,
}

/// The values of `values` in template order, as the body lists them (trailing empty values dropped).
pub fn flat_values(template: &FormTemplate, values: &FormValues) -> Vec<String> {
    let mut out = Vec::new();
    for field in template.fields() {
        let value = values.get(&field.key);
        match field.kind {
            FieldType::Members => {
                let rows = value.and_then(FieldValue::rows).unwrap_or(&[]);
                out.push(if rows.is_empty() {
                    String::new()
                } else {
                    rows.len().to_string()
                });
                for row in rows {
                    for sub in &field.fields {
                        out.push(row.get(&sub.key).cloned().unwrap_or_default());
                    }
                }
            }
            _ => out.push(match value {
                Some(FieldValue::List(l)) => l.join(","),
                Some(FieldValue::Text(t)) => t.clone(),
                _ => String::new(),
            }),
        }
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// The body text: `id;version;values…`, escaped.
pub fn body_text(template: &FormTemplate, values: &FormValues) -> String {
    let mut body = escape(&template.id);
    let _ = write!(body, ";{}", template.version);
    for v in flat_values(template, values) {
        body.push(';');
        body.push_str(&escape(&v));
    }
    body
}

/// `%` → `%25`, `;` → `%3B`, control characters → `%XX`.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '%' | ';' => {
                let _ = write!(out, "%{:02X}", c as u32);
            }
            c if (c as u32) < 0x20 || c == '\u{7F}' => {
                let _ = write!(out, "%{:02X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

fn unescape(value: &str) -> Result<String, PayloadError> {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let hex: String = chars.by_ref().take(2).collect();
        let code = u8::from_str_radix(&hex, 16).map_err(|_| PayloadError::BadEscape)?;
        if hex.len() != 2 || code >= 0x80 {
            return Err(PayloadError::BadEscape);
        }
        out.push(char::from(code));
    }
    Ok(out)
}

/// Shift_JIS when every character survives the round trip (¥ would come back as `\`), else UTF-8.
pub fn choose_encoding(body: &str) -> PayloadEncoding {
    let (bytes, _, unmappable) = SHIFT_JIS.encode(body);
    let round_trips = !unmappable
        && SHIFT_JIS
            .decode_without_bom_handling_and_without_replacement(&bytes)
            .is_some_and(|back| back == body);
    if round_trips {
        PayloadEncoding::ShiftJis
    } else {
        PayloadEncoding::Utf8
    }
}

/// CRC-32 (IEEE 802.3, the one of zip and PNG): the check value that ties the parts of one form together.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn header(encoding: PayloadEncoding, index: usize, total: usize, check: u32) -> String {
    format!(
        "{PAYLOAD_FORMAT}{}:{index}/{total}:{check:08X}:",
        encoding.flag()
    )
}

/// Puts a form's (already checked) values into codes of at most `max_bytes_per_code` bytes each.
pub fn encode(
    template: &FormTemplate,
    values: &FormValues,
    max_bytes_per_code: usize,
) -> Result<EncodedForm, PayloadError> {
    encode_body(&body_text(template, values), max_bytes_per_code)
}

/// Encodes a body text (see [`body_text`]) into parts.
pub fn encode_body(body: &str, max_bytes_per_code: usize) -> Result<EncodedForm, PayloadError> {
    let encoding = choose_encoding(body);
    let bytes = encoding.encode(body);
    let check = crc32(&bytes);
    // Each character's encoded length, so parts are cut between characters and each part's text decodes on
    // its own (a reader that shows one code still shows readable text).
    let sizes: Vec<(char, usize)> = body
        .chars()
        .map(|c| {
            let mut buf = [0u8; 4];
            (c, encoding.encode(c.encode_utf8(&mut buf)).len())
        })
        .collect();
    let total_len = bytes.len();
    for total in 1..=MAX_PARTS {
        let room = max_bytes_per_code.saturating_sub(header(encoding, total, total, check).len());
        if room < 4 {
            break;
        }
        if total_len > room * total {
            continue;
        }
        // Even parts: each code as small (and so as easy to read) as the others.
        let chunks = split_even(&sizes, total_len.div_ceil(total));
        if chunks.len() > total || chunks.iter().any(|(_, len)| *len > room) {
            continue;
        }
        let chunks: Vec<String> = chunks.into_iter().map(|(text, _)| text).collect();
        let n = chunks.len();
        let parts = chunks
            .iter()
            .enumerate()
            .map(|(i, chunk)| {
                let mut part = header(encoding, i + 1, n, check).into_bytes();
                part.extend_from_slice(&encoding.encode(chunk));
                part
            })
            .collect();
        return Ok(EncodedForm {
            encoding,
            check,
            parts,
        });
    }
    let room = max_bytes_per_code.saturating_sub(header(encoding, 10, 10, check).len());
    Err(PayloadError::TooLarge {
        parts: total_len.div_ceil(room.max(1)),
    })
}

/// Characters cut into runs of about `target` encoded bytes: a character goes to the run its first byte falls
/// in, so a run is at most one character longer than `target`. Each run with its encoded length.
fn split_even(sizes: &[(char, usize)], target: usize) -> Vec<(String, usize)> {
    let mut chunks: Vec<(String, usize)> = Vec::new();
    let mut offset = 0;
    for &(c, size) in sizes {
        let index = offset / target.max(1);
        if chunks.len() <= index {
            chunks.push((String::new(), 0));
        }
        let last = chunks.last_mut().expect("pushed above");
        last.0.push(c);
        last.1 += size;
        offset += size;
    }
    if chunks.is_empty() {
        chunks.push((String::new(), 0));
    }
    chunks
}

/// A part's bytes from the text a reader handed over instead of bytes: a keyboard-mode scanner or a library
/// that decoded the code itself. Text of characters up to U+00FF only is the ISO-8859-1 reading (the QR
/// default without ECI): one byte each. Otherwise the `MF1S`/`MF1U` flag says how to encode it back; for
/// Shift_JIS the JIS X 0208 readings that CP932 spells differently (〜 U+301C, ‖, −, ¢, £, ¬) are mapped to
/// the CP932 bytes first.
pub fn part_from_text(text: &str) -> Vec<u8> {
    if text.chars().all(|c| u32::from(c) <= 0xFF) {
        return text.chars().map(|c| u32::from(c) as u8).collect();
    }
    if text.starts_with("MF1U") {
        return text.as_bytes().to_vec();
    }
    let cp932: String = text
        .chars()
        .map(|c| match c {
            '\u{301C}' => '\u{FF5E}',
            '\u{2016}' => '\u{2225}',
            '\u{2212}' => '\u{FF0D}',
            '\u{00A2}' => '\u{FFE0}',
            '\u{00A3}' => '\u{FFE1}',
            '\u{00AC}' => '\u{FFE2}',
            _ => c,
        })
        .collect();
    SHIFT_JIS.encode(&cp932).0.into_owned()
}

/// A part's bytes as readable text, decoded with the encoding its `MF1S`/`MF1U` flag names (each part holds
/// whole characters, so each decodes on its own); for showing a code's content beside it.
pub fn part_text(bytes: &[u8]) -> String {
    let encoding = bytes
        .get(PAYLOAD_FORMAT.len())
        .and_then(|b| PayloadEncoding::from_flag(*b))
        .unwrap_or(PayloadEncoding::Utf8);
    encoding
        .decode(bytes)
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())
}

struct Part<'a> {
    encoding: PayloadEncoding,
    index: usize,
    total: usize,
    check: u32,
    data: &'a [u8],
}

fn parse_part(bytes: &[u8]) -> Result<Part<'_>, PayloadError> {
    if !bytes.starts_with(b"MF") {
        return Err(PayloadError::NotAFormCode);
    }
    if !bytes.starts_with(PAYLOAD_FORMAT.as_bytes()) {
        let found: String = bytes
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .map(|b| char::from(*b))
            .collect();
        return Err(PayloadError::UnsupportedFormat { found });
    }
    let rest = &bytes[PAYLOAD_FORMAT.len()..];
    let (&flag, rest) = rest.split_first().ok_or(PayloadError::BadHeader)?;
    let encoding = PayloadEncoding::from_flag(flag).ok_or(PayloadError::BadHeader)?;
    let mut fields = rest.splitn(4, |b| *b == b':');
    let (Some(b""), Some(seq), Some(check), Some(data)) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(PayloadError::BadHeader);
    };
    let seq = std::str::from_utf8(seq).map_err(|_| PayloadError::BadHeader)?;
    let (index, total) = seq.split_once('/').ok_or(PayloadError::BadHeader)?;
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<usize>().ok())
            .flatten()
            .ok_or(PayloadError::BadHeader)
    };
    let (index, total) = (number(index)?, number(total)?);
    if index == 0 || index > total {
        return Err(PayloadError::BadHeader);
    }
    let check = std::str::from_utf8(check)
        .ok()
        .filter(|c| c.len() == 8)
        .and_then(|c| u32::from_str_radix(c, 16).ok())
        .ok_or(PayloadError::BadHeader)?;
    Ok(Part {
        encoding,
        index,
        total,
        check,
        data,
    })
}

/// Reads the codes of one form, in any order: each part's bytes as the QR code holds them.
pub fn decode<B: AsRef<[u8]>>(parts: &[B]) -> Result<Payload, PayloadError> {
    let parsed: Vec<Part> = parts
        .iter()
        .map(|p| parse_part(p.as_ref()))
        .collect::<Result<_, _>>()?;
    let first = parsed.first().ok_or(PayloadError::MissingParts {
        missing: vec![1],
        total: 1,
    })?;
    let (encoding, total, check) = (first.encoding, first.total, first.check);
    let mut slots: BTreeMap<usize, &[u8]> = BTreeMap::new();
    for p in &parsed {
        if p.total != total || p.check != check || p.encoding != encoding {
            return Err(PayloadError::ForeignPart { index: p.index });
        }
        if slots.insert(p.index, p.data).is_some() {
            return Err(PayloadError::DuplicatePart {
                index: p.index,
                total,
            });
        }
    }
    let missing: Vec<usize> = (1..=total).filter(|i| !slots.contains_key(i)).collect();
    if !missing.is_empty() {
        return Err(PayloadError::MissingParts { missing, total });
    }
    let bytes: Vec<u8> = slots.values().flat_map(|d| d.iter().copied()).collect();
    if crc32(&bytes) != check {
        return Err(PayloadError::ChecksumMismatch);
    }
    let body = encoding
        .decode(&bytes)
        .ok_or(PayloadError::BadEncoding(match encoding {
            PayloadEncoding::ShiftJis => "Shift_JIS",
            PayloadEncoding::Utf8 => "UTF-8",
        }))?;
    let mut values = body
        .split(';')
        .map(unescape)
        .collect::<Result<Vec<_>, _>>()?
        .into_iter();
    let form_id = values
        .next()
        .filter(|id| !id.is_empty())
        .ok_or(PayloadError::BadBody)?;
    let form_version = values
        .next()
        .and_then(|v| v.parse().ok())
        .ok_or(PayloadError::BadBody)?;
    Ok(Payload {
        form_id,
        form_version,
        encoding,
        parts: total,
        values: values.collect(),
    })
}

impl Payload {
    /// Names the values with `template`'s field keys; the template must be the same form and version.
    pub fn to_form_data(&self, template: &FormTemplate) -> Result<FormData, PayloadError> {
        if template.id != self.form_id {
            return Err(PayloadError::WrongForm {
                expected: template.id.clone(),
                found: self.form_id.clone(),
            });
        }
        if template.version != self.form_version {
            return Err(PayloadError::VersionMismatch {
                form: self.form_id.clone(),
                payload: self.form_version,
                template: template.version,
            });
        }
        let mut next = self.values.iter();
        let mut take = || next.next().cloned().unwrap_or_default();
        let mut fields = FormValues::new();
        for field in template.fields() {
            match field.kind {
                FieldType::Members => {
                    let count_text = take();
                    let count: usize = if count_text.is_empty() {
                        0
                    } else {
                        count_text.parse().map_err(|_| PayloadError::BadRowCount {
                            field: field.key.clone(),
                            found: count_text.clone(),
                        })?
                    };
                    if count > self.values.len() {
                        return Err(PayloadError::BadRowCount {
                            field: field.key.clone(),
                            found: count_text,
                        });
                    }
                    let rows: Vec<BTreeMap<String, String>> = (0..count)
                        .map(|_| {
                            field
                                .fields
                                .iter()
                                .map(|sub| (sub.key.clone(), take()))
                                .filter(|(_, v)| !v.is_empty())
                                .collect()
                        })
                        .collect();
                    if !rows.is_empty() {
                        fields.insert(field.key.clone(), FieldValue::Rows(rows));
                    }
                }
                FieldType::Choice if field.multiple => {
                    let v = take();
                    if !v.is_empty() {
                        let list = v.split(',').map(str::to_string).collect();
                        fields.insert(field.key.clone(), FieldValue::List(list));
                    }
                }
                _ => {
                    let v = take();
                    if !v.is_empty() {
                        fields.insert(field.key.clone(), FieldValue::Text(v));
                    }
                }
            }
        }
        if next.any(|v| !v.is_empty()) {
            return Err(PayloadError::TooManyValues {
                form: self.form_id.clone(),
                version: self.form_version,
            });
        }
        Ok(FormData {
            form_id: self.form_id.clone(),
            version: self.form_version,
            fields,
        })
    }
}
