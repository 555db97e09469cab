//! The points ledger: append-only entries per profile, each for one *claim* (what was earned, once).
//!
//! A claim's key says what it is — `steps:2026-05-03`, `checkup:tokutei:fy2026`,
//! `checkin:092088:walk:2026-05-10`, `bonus:streak:2026-05-07` — and its entries are numbered revisions. The
//! first records the points; a correction (the day's steps entered again, a streak broken by it) appends the
//! *difference*, so the history shows both while the balance, a plain sum, counts the claim once. Posting what
//! a claim already holds appends nothing, which makes repeated claims and replayed syncs harmless. Claims that
//! can only be earned once (check-ins, check-ups) are never corrected.
//!
//! Entries are never edited (a trigger refuses it) and go only with their profile.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::profile::ProfileId;
use super::{in_savepoint, HealthError, Result};

/// What earned the points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "PointsSource")]
pub enum Source {
    /// Self-reported daily steps (entered or imported).
    Steps,
    /// A self-reported check-up or screening.
    Checkup,
    /// An event check-in, proven by the city's signed code.
    Checkin,
    /// A streak bonus, earned by the steps.
    Bonus,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Steps => "steps",
            Source::Checkup => "checkup",
            Source::Checkin => "checkin",
            Source::Bonus => "bonus",
        }
    }

    fn parse(s: &str) -> Source {
        match s {
            "checkup" => Source::Checkup,
            "checkin" => Source::Checkin,
            "bonus" => Source::Bonus,
            _ => Source::Steps,
        }
    }
}

/// One line of a profile's history.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LedgerEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub claim: String,
    /// 1 for the first entry of a claim; 2, 3… for corrections.
    pub revision: u32,
    pub source: Source,
    /// The city's calendar day the points belong to, `YYYY-MM-DD`.
    pub date: String,
    /// Points this entry adds (negative for a correction downwards).
    #[ts(type = "number")]
    pub amount: i64,
    /// Steps: the day's count as entered with this entry.
    #[ts(type = "number | null")]
    pub quantity: Option<i64>,
    /// The rule set the points were earned under.
    pub rule_version: u32,
    /// What it was: the check-up kind, the event and its signed code, where steps were imported from.
    #[ts(type = "Record<string, unknown> | null")]
    pub detail: Option<serde_json::Value>,
    pub recorded_at: String,
}

impl LedgerEntry {
    pub fn is_correction(&self) -> bool {
        self.revision > 1
    }
}

/// What a claim holds now.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimState {
    pub key: String,
    pub date: String,
    /// The sum of its entries.
    pub total: i64,
    /// The latest entry's quantity.
    pub quantity: Option<i64>,
    pub revisions: u32,
    /// The version of the latest entry.
    pub rule_version: u32,
    pub detail: Option<serde_json::Value>,
}

/// What to post: the total a claim should hold after it.
#[derive(Debug, Clone)]
pub struct Claim {
    pub key: String,
    pub source: Source,
    pub date: NaiveDate,
    pub total: i64,
    pub quantity: Option<i64>,
    pub rule_version: u32,
    pub detail: Option<serde_json::Value>,
    /// Earned at most once: a second post is [`Posted::AlreadyCredited`], never a correction.
    pub once: bool,
    /// The most the claim may hold (the daily step cap, the most points of a check-in).
    pub cap: Option<i64>,
}

/// What a post did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Posted {
    /// A first entry.
    Recorded {
        #[ts(type = "number")]
        points: i64,
    },
    /// A correction entry: the claim held `from` points and now holds `to`.
    Corrected {
        #[ts(type = "number")]
        from: i64,
        #[ts(type = "number")]
        to: i64,
    },
    /// The claim already held exactly this.
    Unchanged {
        #[ts(type = "number")]
        points: i64,
    },
    /// A once-only claim, credited before (on `date`, with `points`).
    AlreadyCredited {
        date: String,
        #[ts(type = "number")]
        points: i64,
    },
}

impl Posted {
    /// Whether the ledger changed.
    pub fn changed(&self) -> bool {
        matches!(self, Posted::Recorded { .. } | Posted::Corrected { .. })
    }
}

/// Appends what `claim` needs, if anything: the first entry, a correction, or nothing.
pub fn post(conn: &Connection, profile: ProfileId, claim: &Claim, now: &str) -> Result<Posted> {
    if claim.total < 0 {
        return Err(HealthError::Ledger(format!(
            "{}: a claim never holds negative points",
            claim.key
        )));
    }
    if let Some(cap) = claim.cap {
        if claim.total > cap {
            return Err(HealthError::Ledger(format!(
                "{}: {} points is over the cap of {cap}",
                claim.key, claim.total
            )));
        }
    }
    in_savepoint(conn, || {
        let state = claim_state(conn, profile, &claim.key)?;
        let (revision, amount, posted) = match &state {
            None => (
                1,
                claim.total,
                Posted::Recorded {
                    points: claim.total,
                },
            ),
            Some(s) if claim.once => {
                return Ok(Posted::AlreadyCredited {
                    date: s.date.clone(),
                    points: s.total,
                })
            }
            Some(s) if s.total == claim.total && s.quantity == claim.quantity => {
                return Ok(Posted::Unchanged { points: s.total })
            }
            Some(s) => (
                s.revisions + 1,
                claim.total - s.total,
                Posted::Corrected {
                    from: s.total,
                    to: claim.total,
                },
            ),
        };
        conn.execute(
            "INSERT INTO resident.ledger_entry
                 (profile_id, claim, revision, source, date, amount, quantity, rule_version, detail, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                profile,
                claim.key,
                revision,
                claim.source.as_str(),
                claim.date.to_string(),
                amount,
                claim.quantity,
                claim.rule_version,
                claim.detail.as_ref().map(|d| d.to_string()),
                now,
            ],
        )
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _)
                if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
            {
                HealthError::NoProfile(profile.to_string())
            }
            // Another process posted the same revision between our read and write: nothing is lost by
            // refusing, and posting again gives the right correction.
            rusqlite::Error::SqliteFailure(f, _)
                if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
            {
                HealthError::Ledger(format!("{} was posted at the same moment; try again", claim.key))
            }
            other => other.into(),
        })?;
        Ok(posted)
    })
}

/// A claim's state, `None` when it was never posted.
pub fn claim_state(conn: &Connection, profile: ProfileId, key: &str) -> Result<Option<ClaimState>> {
    Ok(conn
        .query_row(
            "SELECT claim, date, total, quantity, revisions, rule_version, detail FROM (
                 SELECT claim, date, quantity, rule_version, detail,
                        sum(amount) OVER () AS total, count(*) OVER () AS revisions, revision
                 FROM resident.ledger_entry WHERE profile_id = ?1 AND claim = ?2
             ) ORDER BY revision DESC LIMIT 1",
            params![profile, key],
            state_from_row,
        )
        .optional()?)
}

fn state_from_row(r: &Row) -> rusqlite::Result<ClaimState> {
    let detail: Option<String> = r.get(6)?;
    Ok(ClaimState {
        key: r.get(0)?,
        date: r.get(1)?,
        total: r.get(2)?,
        quantity: r.get(3)?,
        revisions: r.get(4)?,
        rule_version: r.get(5)?,
        detail: detail.and_then(|d| serde_json::from_str(&d).ok()),
    })
}

/// Every claim of `source` with a date in `from..=to`, by date.
pub fn claims(
    conn: &Connection,
    profile: ProfileId,
    source: Source,
    from: &str,
    to: &str,
) -> Result<Vec<ClaimState>> {
    let mut stmt = conn.prepare_cached(
        "SELECT claim, date, total, quantity, revisions, rule_version, detail FROM (
             SELECT claim, date, quantity, rule_version, detail, revision,
                    sum(amount) OVER w AS total, count(*) OVER w AS revisions,
                    row_number() OVER (PARTITION BY claim ORDER BY revision DESC) AS latest
             FROM resident.ledger_entry
             WHERE profile_id = ?1 AND source = ?2 AND date BETWEEN ?3 AND ?4
             WINDOW w AS (PARTITION BY claim)
         ) WHERE latest = 1 ORDER BY date, claim",
    )?;
    let rows = stmt.query_map(params![profile, source.as_str(), from, to], state_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Each day's step count as last entered, for days in `from..=to`.
pub fn day_steps(
    conn: &Connection,
    profile: ProfileId,
    from: &str,
    to: &str,
) -> Result<BTreeMap<NaiveDate, u32>> {
    let mut out = BTreeMap::new();
    for c in claims(conn, profile, Source::Steps, from, to)? {
        if let (Ok(day), Some(q)) = (NaiveDate::parse_from_str(&c.date, "%Y-%m-%d"), c.quantity) {
            out.insert(day, q.clamp(0, i64::from(u32::MAX)) as u32);
        }
    }
    Ok(out)
}

/// Points per source for days in `from..=to`.
pub fn totals(
    conn: &Connection,
    profile: ProfileId,
    from: &str,
    to: &str,
) -> Result<BTreeMap<Source, i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT source, sum(amount) FROM resident.ledger_entry
         WHERE profile_id = ?1 AND date BETWEEN ?2 AND ?3 GROUP BY source",
    )?;
    let rows = stmt.query_map(params![profile, from, to], |r| {
        Ok((Source::parse(&r.get::<_, String>(0)?), r.get::<_, i64>(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The balance of days in `from..=to`: every entry counted, so each claim counts once at its latest total.
pub fn balance(conn: &Connection, profile: ProfileId, from: &str, to: &str) -> Result<i64> {
    Ok(totals(conn, profile, from, to)?.values().sum())
}

/// Entries of days in `from..=to`, the latest recorded first; at most `limit`, after skipping `offset`.
pub fn history(
    conn: &Connection,
    profile: ProfileId,
    from: &str,
    to: &str,
    offset: usize,
    limit: usize,
) -> Result<Vec<LedgerEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, claim, revision, source, date, amount, quantity, rule_version, detail, recorded_at
         FROM resident.ledger_entry
         WHERE profile_id = ?1 AND date BETWEEN ?2 AND ?3
         ORDER BY id DESC LIMIT ?4 OFFSET ?5",
    )?;
    let as_sql = |n: usize| n.min(i64::MAX as usize) as i64;
    let rows = stmt.query_map(
        params![profile, from, to, as_sql(limit), as_sql(offset)],
        entry_from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many entries a profile has, corrections included.
pub fn entry_count(conn: &Connection, profile: ProfileId) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT count(*) FROM resident.ledger_entry WHERE profile_id = ?1",
        [profile],
        |r| r.get(0),
    )?)
}

/// Every entry of a profile, oldest first (export).
pub fn all_entries(conn: &Connection, profile: ProfileId) -> Result<Vec<LedgerEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, claim, revision, source, date, amount, quantity, rule_version, detail, recorded_at
         FROM resident.ledger_entry WHERE profile_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([profile], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn entry_from_row(r: &Row) -> rusqlite::Result<LedgerEntry> {
    let detail: Option<String> = r.get(8)?;
    Ok(LedgerEntry {
        id: r.get(0)?,
        claim: r.get(1)?,
        revision: r.get(2)?,
        source: Source::parse(&r.get::<_, String>(3)?),
        date: r.get(4)?,
        amount: r.get(5)?,
        quantity: r.get(6)?,
        rule_version: r.get(7)?,
        detail: detail.and_then(|d| serde_json::from_str(&d).ok()),
        recorded_at: r.get(9)?,
    })
}
