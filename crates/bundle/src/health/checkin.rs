//! Event check-in codes: the text in the QR code that city staff print for an event, signed with a minisign key
//! the bundle trusts, and checked offline by the app (and by `machi-publish points-verify` at the counter).
//!
//! ```text
//! MACHI-EVENT1.<base64url(JSON)>.<base64url(key id ‖ signature ‖ global signature)>
//! ```
//!
//! The JSON is an [`EventCode`] (`{"city","event","name"?,"from","until","points"?,"nonce"}`); base64url is
//! without padding, so the whole text is letters, digits, `-`, `_` and `.`, safe in any QR mode and in a URL.
//! The signature is minisign's (prehashed Ed25519) over the bytes of `MACHI-EVENT1.<base64url(JSON)>` with the
//! trusted comment [`TRUSTED_COMMENT`]: the key id (8 bytes), the signature (64) and the global signature over
//! signature + trusted comment (64). So an event key is an ordinary `machi-publish keygen` key, and the app
//! verifies with the `minisign-verify` it already uses for bundles.
//!
//! Dates are the city's calendar days (Asia/Tokyo, UTC+9 all year): a code is good from `from` to `until`,
//! both inclusive.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::content::CityContent;

/// The first segment of every check-in code; the digit is the format version.
pub const CHECKIN_PREFIX: &str = "MACHI-EVENT1";
/// The trusted comment every check-in signature carries (it is not in the code: the verifier supplies it).
pub const TRUSTED_COMMENT: &str = "machi-event1";

const KEY_ID_LEN: usize = 8;
const SIGNATURE_LEN: usize = 64;
const SIGNATURE_BLOCK_LEN: usize = KEY_ID_LEN + 2 * SIGNATURE_LEN;
/// minisign's algorithm bytes for a prehashed Ed25519 signature.
const PREHASHED_ALG: [u8; 2] = *b"ED";
/// A code valid longer than this is more likely a typo than an event.
const MAX_DAYS_VALID: i64 = 366;
const MAX_NAME_CHARS: usize = 80;
const MAX_POINTS: u32 = 10_000;

/// What the city signs: one event, the days its code is good on, and what it is worth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventCode {
    /// 全国地方公共団体コード of the city whose residents it credits.
    pub city: String,
    /// The event's id: lower-case ASCII letters, digits, `-`, `_`, `.`.
    pub event: String,
    /// What residents see in their history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub from: NaiveDate,
    pub until: NaiveDate,
    /// Points per check-in; without it the rule set in force on the day gives them (`checkin_points`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
    /// Makes each printed code unique (base64url, 4–32 characters).
    pub nonce: String,
}

impl EventCode {
    /// Everything a code must satisfy beyond its signature; the reason when it does not.
    pub fn check(&self) -> Result<(), String> {
        if self.city.len() != 6 || !self.city.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("city `{}` is not a six-digit city code", self.city));
        }
        let id_ok = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b);
        if self.event.is_empty() || self.event.len() > 64 || !self.event.bytes().all(id_ok) {
            return Err(format!(
                "event `{}` must be 1–64 lower-case ASCII letters, digits, `-`, `_` or `.`",
                self.event
            ));
        }
        if let Some(name) = &self.name {
            if name.trim().is_empty() || name.chars().count() > MAX_NAME_CHARS {
                return Err(format!("the name must be 1–{MAX_NAME_CHARS} characters"));
            }
            if name.chars().any(char::is_control) {
                return Err("the name must not hold control characters".into());
            }
        }
        if self.until < self.from {
            return Err(format!("until {} is before from {}", self.until, self.from));
        }
        if (self.until - self.from).num_days() >= MAX_DAYS_VALID {
            return Err(format!(
                "{}..{} is longer than {MAX_DAYS_VALID} days",
                self.from, self.until
            ));
        }
        if let Some(p) = self.points {
            if p == 0 || p > MAX_POINTS {
                return Err(format!("points {p} must be from 1 to {MAX_POINTS}"));
            }
        }
        let nonce_ok = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
        if !(4..=32).contains(&self.nonce.len()) || !self.nonce.bytes().all(nonce_ok) {
            return Err("the nonce must be 4–32 base64url characters".into());
        }
        Ok(())
    }

    /// The signed part of the code: `MACHI-EVENT1.<base64url(JSON)>`.
    pub fn signed_text(&self) -> String {
        let json = serde_json::to_vec(self).expect("an EventCode always serialises");
        format!("{CHECKIN_PREFIX}.{}", URL_SAFE_NO_PAD.encode(json))
    }
}

/// A code whose signature, key and city checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckIn {
    pub code: EventCode,
    /// The signing key's minisign key id, upper-case hex as `minisign` prints it.
    pub key_id: String,
    /// The code exactly as read (trimmed): what the counter summary carries so the counter can verify it again.
    pub payload: String,
}

impl CheckIn {
    /// Whether the code is good on `day` (a date in the city's time zone).
    pub fn valid_on(&self, day: NaiveDate) -> Result<(), CheckInError> {
        if day < self.code.from {
            return Err(CheckInError::NotYetValid {
                from: self.code.from,
            });
        }
        if day > self.code.until {
            return Err(CheckInError::Expired {
                until: self.code.until,
            });
        }
        Ok(())
    }
}

/// The keys and city a check-in must match: from the bundle the app holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInTrust {
    pub city_code: String,
    /// minisign public keys, the base64 line of `machi.pub`.
    pub keys: Vec<String>,
}

impl CheckInTrust {
    /// The held bundle's city and event keys (`[feed].event_keys`, then `public_keys`).
    pub fn of_city(city: &CityContent) -> CheckInTrust {
        CheckInTrust {
            city_code: city.code.clone(),
            keys: city.event_keys.clone(),
        }
    }
}

/// Why a check-in code is refused. Each reason is one the resident (or the counter) can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckInError {
    /// Not a check-in code at all, or a damaged one.
    #[error("not a Machi event check-in code: {0}")]
    Malformed(String),
    /// Signed by a trusted key, but the text was changed or the signature is not right.
    #[error("the code's signature does not match its content: it was altered or forged")]
    BadSignature,
    /// Signed by a key the city's bundle does not list.
    #[error("the code is signed by a key this city does not trust (key id {key_id})")]
    UnknownKey { key_id: String },
    #[error("the code is for city {found}, not {expected}")]
    WrongCity { expected: String, found: String },
    #[error("the code is not valid before {from}")]
    NotYetValid { from: NaiveDate },
    #[error("the code expired after {until}")]
    Expired { until: NaiveDate },
}

impl CheckInError {
    /// A stable code for programs: `checkin.malformed`, `checkin.bad_signature`, …
    pub fn code(&self) -> &'static str {
        match self {
            CheckInError::Malformed(_) => "checkin.malformed",
            CheckInError::BadSignature => "checkin.bad_signature",
            CheckInError::UnknownKey { .. } => "checkin.unknown_key",
            CheckInError::WrongCity { .. } => "checkin.wrong_city",
            CheckInError::NotYetValid { .. } => "checkin.not_yet_valid",
            CheckInError::Expired { .. } => "checkin.expired",
        }
    }
}

/// The city's calendar day at `now`.
pub fn city_date(now: DateTime<Utc>) -> NaiveDate {
    crate::clock::in_city(&now).date_naive()
}

/// Checks a code scanned or pasted now: format, key, signature, city, then the day.
pub fn verify_checkin(
    payload: &str,
    trust: &CheckInTrust,
    now: DateTime<Utc>,
) -> Result<CheckIn, CheckInError> {
    let checkin = open_checkin(payload, trust)?;
    checkin.valid_on(city_date(now))?;
    Ok(checkin)
}

/// Checks everything but the day: format, key, signature and city. The counter uses it with the day a check-in
/// was credited ([`CheckIn::valid_on`]), since a code rightly scanned last month has expired since.
pub fn open_checkin(payload: &str, trust: &CheckInTrust) -> Result<CheckIn, CheckInError> {
    let payload = payload.trim();
    let parts = split(payload)?;
    let key = find_key(&trust.keys, &parts.key_id)?;
    verify_signature(&key, &parts)?;
    let code: EventCode = serde_json::from_slice(&parts.json)
        .map_err(|e| CheckInError::Malformed(format!("the content is not a check-in: {e}")))?;
    code.check().map_err(CheckInError::Malformed)?;
    if code.city != trust.city_code {
        return Err(CheckInError::WrongCity {
            expected: trust.city_code.clone(),
            found: code.city,
        });
    }
    Ok(CheckIn {
        code,
        key_id: key_id_hex(&parts.key_id),
        payload: payload.to_string(),
    })
}

/// The pieces of a code's text.
struct Parts<'a> {
    signed: &'a str,
    json: Vec<u8>,
    key_id: [u8; KEY_ID_LEN],
    signature: [u8; SIGNATURE_LEN],
    global: [u8; SIGNATURE_LEN],
}

fn split(payload: &str) -> Result<Parts<'_>, CheckInError> {
    let malformed = |what: &str| CheckInError::Malformed(what.to_string());
    let Some((signed, sig_text)) = payload.rsplit_once('.') else {
        return Err(malformed("it does not start with MACHI-EVENT1."));
    };
    let Some((prefix, body)) = signed.split_once('.') else {
        return Err(malformed("it does not start with MACHI-EVENT1."));
    };
    if prefix != CHECKIN_PREFIX {
        return Err(if prefix.starts_with("MACHI-EVENT") {
            malformed("a newer code format than this app reads: update the app")
        } else {
            malformed("it does not start with MACHI-EVENT1.")
        });
    }
    let json = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| malformed("its content is not base64url"))?;
    let sig = URL_SAFE_NO_PAD
        .decode(sig_text)
        .map_err(|_| malformed("its signature is not base64url"))?;
    if sig.len() != SIGNATURE_BLOCK_LEN {
        return Err(malformed("its signature has the wrong length"));
    }
    let mut parts = Parts {
        signed,
        json,
        key_id: [0; KEY_ID_LEN],
        signature: [0; SIGNATURE_LEN],
        global: [0; SIGNATURE_LEN],
    };
    parts.key_id.copy_from_slice(&sig[..KEY_ID_LEN]);
    parts
        .signature
        .copy_from_slice(&sig[KEY_ID_LEN..KEY_ID_LEN + SIGNATURE_LEN]);
    parts
        .global
        .copy_from_slice(&sig[KEY_ID_LEN + SIGNATURE_LEN..]);
    Ok(parts)
}

/// The trusted key with this key id (bytes 2..10 of the decoded public key).
fn find_key(keys: &[String], key_id: &[u8; KEY_ID_LEN]) -> Result<String, CheckInError> {
    keys.iter()
        .find(|k| {
            STANDARD
                .decode(k.trim())
                .is_ok_and(|b| b.len() == 42 && b[2..10] == key_id[..])
        })
        .cloned()
        .ok_or_else(|| CheckInError::UnknownKey {
            key_id: key_id_hex(key_id),
        })
}

/// minisign writes key ids little-endian as upper-case hex.
fn key_id_hex(key_id: &[u8; KEY_ID_LEN]) -> String {
    key_id.iter().rev().map(|b| format!("{b:02X}")).collect()
}

fn verify_signature(key: &str, parts: &Parts) -> Result<(), CheckInError> {
    let public =
        minisign_verify::PublicKey::from_base64(key).map_err(|_| CheckInError::UnknownKey {
            key_id: key_id_hex(&parts.key_id),
        })?;
    let mut first = Vec::with_capacity(2 + KEY_ID_LEN + SIGNATURE_LEN);
    first.extend_from_slice(&PREHASHED_ALG);
    first.extend_from_slice(&parts.key_id);
    first.extend_from_slice(&parts.signature);
    let text = format!(
        "untrusted comment: machi event check-in\n{}\ntrusted comment: {TRUSTED_COMMENT}\n{}\n",
        STANDARD.encode(first),
        STANDARD.encode(parts.global)
    );
    let signature = minisign_verify::Signature::decode(&text)
        .map_err(|_| CheckInError::Malformed("its signature is not readable".into()))?;
    public
        .verify(parts.signed.as_bytes(), &signature, false)
        .map_err(|_| CheckInError::BadSignature)
}

/// Why a code could not be signed.
#[cfg(feature = "sign")]
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("not a valid check-in: {0}")]
    Invalid(String),
    #[error("minisign: {0}")]
    Minisign(String),
}

/// Signs `code` with a minisign secret key (unencrypted, as `machi-publish keygen` writes it) and returns the
/// text to put in the QR code. Refuses a code that [`EventCode::check`] refuses.
#[cfg(feature = "sign")]
pub fn sign_checkin(code: &EventCode, key: &minisign::SecretKey) -> Result<String, SignError> {
    code.check().map_err(SignError::Invalid)?;
    let signed = code.signed_text();
    let sig_box = minisign::sign(
        None,
        key,
        std::io::Cursor::new(signed.as_bytes()),
        Some(TRUSTED_COMMENT),
        Some("machi event check-in"),
    )
    .map_err(|e| SignError::Minisign(e.to_string()))?;
    let text = sig_box.into_string();
    let lines: Vec<&str> = text.lines().collect();
    let decode = |i: usize| {
        lines
            .get(i)
            .and_then(|l| STANDARD.decode(l.trim()).ok())
            .ok_or_else(|| SignError::Minisign("unexpected signature layout".into()))
    };
    let (first, global) = (decode(1)?, decode(3)?);
    if first.len() != 2 + KEY_ID_LEN + SIGNATURE_LEN
        || first[..2] != PREHASHED_ALG
        || global.len() != SIGNATURE_LEN
    {
        return Err(SignError::Minisign("unexpected signature layout".into()));
    }
    let mut block = Vec::with_capacity(SIGNATURE_BLOCK_LEN);
    block.extend_from_slice(&first[2..]);
    block.extend_from_slice(&global);
    Ok(format!("{signed}.{}", URL_SAFE_NO_PAD.encode(block)))
}
