//! Profiles: the residents sharing one device, each with their own points, history and settings, and the
//! personal details forms prefill from — only with the resident's consent.
//!
//! Every query of the ledger names a profile; nothing here or there reads across profiles. Removing a profile
//! removes its ledger with it (the ledger's foreign key cascades; nothing else may delete an entry).

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{DetailField, HealthError, Result};

/// A profile's row id.
pub type ProfileId = i64;

/// The longest profile name, in characters.
const MAX_NAME_CHARS: usize = 40;

/// One resident on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Profile {
    #[ts(type = "number")]
    pub id: ProfileId,
    /// What the family calls them on this device ("お父さん", "Ana"); unique, case-insensitively.
    pub name: String,
    pub details: PersonalDetails,
    /// Whether forms may be prefilled from `details`.
    pub prefill_consent: bool,
    pub settings: ProfileSettings,
    pub created_at: String,
}

/// What a resident may keep for forms. All optional; kept only on this device.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct PersonalDetails {
    /// 氏名 as on official documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// フリガナ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kana: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// 郵便番号, `NNN-NNNN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// A profile's own preferences for the points screens.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ProfileSettings {
    /// A personal daily step goal shown as progress (the city's rules decide the points, not this).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_step_goal: Option<u32>,
    /// Where this profile's steps usually come from: `manual`, `google_fit`, `apple_health`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_source: Option<String>,
}

const COLUMNS: &str =
    "id, name, full_name, kana, birth_date, postal_code, address, phone, prefill_consent, \
                       settings, created_at";

fn from_row(r: &Row) -> rusqlite::Result<Profile> {
    let settings: String = r.get(9)?;
    Ok(Profile {
        id: r.get(0)?,
        name: r.get(1)?,
        details: PersonalDetails {
            full_name: r.get(2)?,
            kana: r.get(3)?,
            birth_date: r.get(4)?,
            postal_code: r.get(5)?,
            address: r.get(6)?,
            phone: r.get(7)?,
        },
        prefill_consent: r.get::<_, i64>(8)? == 1,
        settings: serde_json::from_str(&settings).unwrap_or_default(),
        created_at: r.get(10)?,
    })
}

/// A name as stored: trimmed, not empty, not too long, no control characters.
fn clean_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        return Err(HealthError::InvalidName {
            max: MAX_NAME_CHARS,
        });
    }
    Ok(name.to_string())
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation)
}

/// Every profile, in the order they were added.
pub fn list(conn: &Connection) -> Result<Vec<Profile>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM resident.profile ORDER BY position, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: ProfileId) -> Result<Profile> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM resident.profile WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| HealthError::NoProfile(id.to_string()))
}

/// A profile by its name (case-insensitively) or its id, as the CLI's `--profile P` gives it.
pub fn find(conn: &Connection, name_or_id: &str) -> Result<Profile> {
    let by_name = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM resident.profile WHERE name = ?1 COLLATE NOCASE"),
            [name_or_id.trim()],
            from_row,
        )
        .optional()?;
    match by_name {
        Some(p) => Ok(p),
        None => match name_or_id.trim().parse::<ProfileId>() {
            Ok(id) => get(conn, id).map_err(|_| HealthError::NoProfile(name_or_id.to_string())),
            Err(_) => Err(HealthError::NoProfile(name_or_id.to_string())),
        },
    }
}

/// Adds a profile; its name must not be taken.
pub fn add(conn: &Connection, name: &str, now: &str) -> Result<Profile> {
    let name = clean_name(name)?;
    let position: i64 = conn.query_row(
        "SELECT coalesce(max(position), 0) + 1 FROM resident.profile",
        [],
        |r| r.get(0),
    )?;
    // Ids are never reused: a screen still holding a removed profile's id must not reach someone new.
    let id: ProfileId = conn.query_row(
        "SELECT max(coalesce((SELECT last_profile_id FROM resident.health_state WHERE id = 1), 0),
                    coalesce((SELECT max(id) FROM resident.profile), 0)) + 1",
        [],
        |r| r.get(0),
    )?;
    conn.execute(
        "INSERT INTO resident.profile (id, name, position, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![id, name, position, now],
    )
    .map_err(|e| {
        if is_unique_violation(&e) {
            HealthError::ProfileExists(name.clone())
        } else {
            e.into()
        }
    })?;
    conn.execute(
        "INSERT INTO resident.health_state (id, last_profile_id) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET last_profile_id = ?1",
        [id],
    )?;
    get(conn, id)
}

/// The profile the CLI and a fresh app use when none is named: the first one, created as `default_name` when
/// there is none yet.
pub fn first_or_create(conn: &Connection, default_name: &str, now: &str) -> Result<Profile> {
    match list(conn)?.into_iter().next() {
        Some(p) => Ok(p),
        None => add(conn, default_name, now),
    }
}

/// The profile this device shows, as last switched to; `None` before the first switch or after it was removed.
pub fn active(conn: &Connection) -> Result<Option<ProfileId>> {
    Ok(conn
        .query_row(
            "SELECT active_profile FROM resident.health_state WHERE id = 1",
            [],
            |r| r.get::<_, Option<ProfileId>>(0),
        )
        .optional()?
        .flatten())
}

/// Makes `id` the profile the device shows.
pub fn set_active(conn: &Connection, id: ProfileId) -> Result<Profile> {
    let p = get(conn, id)?;
    conn.execute(
        "INSERT INTO resident.health_state (id, active_profile) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET active_profile = ?1",
        [id],
    )?;
    Ok(p)
}

/// The profile the device shows: the one last switched to, else the first (made active), else a new one named
/// `default_name` — so a first start always has someone to earn points for.
pub fn active_or_first(conn: &Connection, default_name: &str, now: &str) -> Result<Profile> {
    if let Some(id) = active(conn)? {
        if let Ok(p) = get(conn, id) {
            return Ok(p);
        }
    }
    let p = first_or_create(conn, default_name, now)?;
    set_active(conn, p.id)
}

pub fn rename(conn: &Connection, id: ProfileId, name: &str) -> Result<Profile> {
    let name = clean_name(name)?;
    let changed = conn
        .execute(
            "UPDATE resident.profile SET name = ?2 WHERE id = ?1",
            params![id, name],
        )
        .map_err(|e| {
            if is_unique_violation(&e) {
                HealthError::ProfileExists(name.clone())
            } else {
                e.into()
            }
        })?;
    if changed == 0 {
        return Err(HealthError::NoProfile(id.to_string()));
    }
    get(conn, id)
}

/// Removes a profile and everything it holds: its personal details, settings and whole ledger.
pub fn remove(conn: &Connection, id: ProfileId) -> Result<()> {
    let removed = conn.execute("DELETE FROM resident.profile WHERE id = ?1", [id])?;
    if removed == 0 {
        return Err(HealthError::NoProfile(id.to_string()));
    }
    Ok(())
}

/// Replaces the personal details; `consent` says whether forms may use them.
pub fn set_details(
    conn: &Connection,
    id: ProfileId,
    details: &PersonalDetails,
    consent: bool,
) -> Result<Profile> {
    let d = check_details(details)?;
    let changed = conn.execute(
        "UPDATE resident.profile SET full_name = ?2, kana = ?3, birth_date = ?4, postal_code = ?5,
             address = ?6, phone = ?7, prefill_consent = ?8
         WHERE id = ?1",
        params![
            id,
            d.full_name,
            d.kana,
            d.birth_date,
            d.postal_code,
            d.address,
            d.phone,
            consent as i64
        ],
    )?;
    if changed == 0 {
        return Err(HealthError::NoProfile(id.to_string()));
    }
    get(conn, id)
}

pub fn set_settings(
    conn: &Connection,
    id: ProfileId,
    settings: &ProfileSettings,
) -> Result<Profile> {
    let json = serde_json::to_string(settings).map_err(|e| HealthError::Invalid(e.to_string()))?;
    let changed = conn.execute(
        "UPDATE resident.profile SET settings = ?2 WHERE id = ?1",
        params![id, json],
    )?;
    if changed == 0 {
        return Err(HealthError::NoProfile(id.to_string()));
    }
    get(conn, id)
}

/// The details forms may prefill from: `None` without the resident's consent.
pub fn prefill(conn: &Connection, id: ProfileId) -> Result<Option<PersonalDetails>> {
    let p = get(conn, id)?;
    Ok(p.prefill_consent.then_some(p.details))
}

/// Trims every field, drops empty ones, and checks the shapes that forms rely on.
fn check_details(d: &PersonalDetails) -> Result<PersonalDetails> {
    let clean = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let out = PersonalDetails {
        full_name: clean(&d.full_name),
        kana: clean(&d.kana),
        birth_date: clean(&d.birth_date),
        postal_code: clean(&d.postal_code),
        address: clean(&d.address),
        phone: clean(&d.phone),
    };
    if let Some(b) = &out.birth_date {
        if chrono::NaiveDate::parse_from_str(b, "%Y-%m-%d").is_err() || b.len() != 10 {
            return Err(HealthError::InvalidDetail {
                field: DetailField::BirthDate,
                value: b.clone(),
            });
        }
    }
    if let Some(p) = &out.postal_code {
        let digits: String = p.chars().filter(|c| c.is_ascii_digit()).collect();
        let shape_ok = p.chars().all(|c| c.is_ascii_digit() || c == '-');
        if digits.len() != 7 || !shape_ok {
            return Err(HealthError::InvalidDetail {
                field: DetailField::PostalCode,
                value: p.clone(),
            });
        }
    }
    if let Some(p) = &out.phone {
        let ok = p.chars().all(|c| c.is_ascii_digit() || "-+() ".contains(c));
        if !ok || p.chars().filter(|c| c.is_ascii_digit()).count() < 10 {
            return Err(HealthError::InvalidDetail {
                field: DetailField::Phone,
                value: p.clone(),
            });
        }
    }
    for v in [&out.full_name, &out.kana, &out.address] {
        if let Some(text) = v.as_deref().filter(|s| s.chars().any(char::is_control)) {
            return Err(HealthError::InvalidDetail {
                field: DetailField::Text,
                value: text.chars().filter(|c| !c.is_control()).collect(),
            });
        }
    }
    Ok(out)
}
