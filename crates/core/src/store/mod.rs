//! The two local SQLite files, opening them (WAL, with a health check), their versioned migrations, and what
//! happens when one is damaged.
//!
//! - `machi.sqlite3` is the **city content cache**: the applied bundle, sync bookkeeping and every table derived
//!   from the bundle. It can always be rebuilt from the embedded bundle and the feed.
//! - `resident.sqlite3` is the **resident's own data**: settings, and what the features add (read and pinned
//!   state, the points ledger, profiles, form drafts). It is attached to the same connection as `resident`, so
//!   queries may join the two, and it is never touched when the cache is rebuilt.
//!
//! A file that does not open as a database, fails SQLite's `quick_check`, or was written by a newer Machi is
//! moved aside (`<file>.damaged-<time>`, with its `-wal`), a fresh one takes its place, and the [`Recovery`] is
//! reported so the resident is told what happened. Migrations are code, applied in order inside a transaction
//! and recorded in each file's `PRAGMA user_version`, so a crash mid-migration leaves the previous schema.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

/// The city content cache.
pub const CONTENT_FILE: &str = "machi.sqlite3";
/// The resident's own data.
pub const RESIDENT_FILE: &str = "resident.sqlite3";
/// The schema name the resident file is attached under.
pub const RESIDENT_SCHEMA: &str = "resident";

/// Each entry moves the cache schema one version up. Never edit a shipped entry: add a new one.
const CONTENT_MIGRATIONS: &[&str] = &[
    // 1: settings, the applied bundle, sync bookkeeping, content files and the first derived tables.
    r#"
    CREATE TABLE settings (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        locale         TEXT NOT NULL,
        second_locale  TEXT NOT NULL,
        font_scale     TEXT NOT NULL CHECK (font_scale IN ('normal', 'large', 'xlarge')),
        high_contrast  INTEGER NOT NULL CHECK (high_contrast IN (0, 1)),
        home_area      TEXT,
        notifications  TEXT NOT NULL CHECK (json_valid(notifications))
    ) STRICT;

    CREATE TABLE bundle_state (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        city_code       TEXT NOT NULL,
        bundle_version  INTEGER NOT NULL,
        generated_at    TEXT NOT NULL,
        source          TEXT NOT NULL CHECK (source IN ('embedded', 'feed')),
        manifest        BLOB NOT NULL,
        applied_at      TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sync_state (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        feed_url         TEXT,
        etag             TEXT,
        last_attempt_at  TEXT,
        last_success_at  TEXT,
        last_error       TEXT CHECK (last_error IS NULL OR json_valid(last_error))
    ) STRICT;

    CREATE TABLE content_file (
        name    TEXT PRIMARY KEY,
        sha256  TEXT NOT NULL,
        size    INTEGER NOT NULL,
        body    BLOB NOT NULL
    ) STRICT;

    CREATE TABLE area (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        name        TEXT NOT NULL CHECK (json_valid(name)),
        lat         REAL NOT NULL,
        lon         REAL NOT NULL,
        waste_area  TEXT
    ) STRICT;

    CREATE TABLE place (
        id    TEXT PRIMARY KEY,
        kind  TEXT NOT NULL,
        lat   REAL NOT NULL,
        lon   REAL NOT NULL,
        data  TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX place_by_kind ON place (kind);

    CREATE TABLE notice (
        id         TEXT PRIMARY KEY,
        category   TEXT NOT NULL,
        severity   TEXT NOT NULL,
        published  TEXT NOT NULL,
        expires    TEXT,
        data       TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX notice_by_published ON notice (published DESC);

    CREATE TABLE media_thumb (
        sha256     TEXT NOT NULL,
        max_px     INTEGER NOT NULL,
        png        BLOB NOT NULL,
        last_used  INTEGER NOT NULL,
        PRIMARY KEY (sha256, max_px)
    ) STRICT;
    CREATE INDEX media_thumb_by_use ON media_thumb (last_used);
    "#,
    // 2: the language やさしい日本語's "back" button returns to (it lived in the UI's localStorage).
    r#"
    ALTER TABLE settings ADD COLUMN locale_before_easy TEXT;
    "#,
    // 3: settings move to the resident's own file (created by its migration 1), so rebuilding the cache never
    // costs them. Builds before this one embedded their bundle with the build time as its version; such a
    // bundle ranks below every published one (see content::embedded), so it becomes version 0.
    r#"
    INSERT OR IGNORE INTO resident.settings
        (id, locale, second_locale, font_scale, high_contrast, home_area, notifications, locale_before_easy)
        SELECT id, locale, second_locale, font_scale, high_contrast, home_area, notifications, locale_before_easy
        FROM main.settings;
    DROP TABLE main.settings;
    UPDATE bundle_state SET bundle_version = 0 WHERE source = 'embedded';
    "#,
    // 4: the inbox index. Messages stay in their chunk files; this holds only what lists and filters need.
    r#"
    DROP TABLE notice;
    CREATE TABLE message (
        id             TEXT PRIMARY KEY,
        chunk          TEXT,               -- content_file name; NULL for a message kept for the resident
        ordinal        INTEGER NOT NULL,   -- its place in the chunk
        category       TEXT NOT NULL,
        severity       TEXT NOT NULL,
        urgency        TEXT NOT NULL,
        status         TEXT NOT NULL,      -- actual | exercise
        msg_type       TEXT NOT NULL,      -- alert | update | cancel
        sent           TEXT NOT NULL,
        sent_at        INTEGER NOT NULL,   -- Unix seconds
        expires_at     INTEGER,
        reaches        TEXT,               -- ",id,id," of the areas reached; NULL = the whole city
        refs           TEXT NOT NULL CHECK (json_valid(refs)),
        superseded_by  TEXT,
        superseded_at  INTEGER,
        withdrawn_by   TEXT,
        withdrawn_at   INTEGER,
        opens_shelters TEXT CHECK (opens_shelters IS NULL OR json_valid(opens_shelters))  -- place ids; NULL = none
    ) STRICT;
    CREATE INDEX message_by_sent ON message (sent_at DESC, id DESC);
    "#,
];

/// Each entry moves the resident file's schema one version up (tables live in the `resident` schema).
const RESIDENT_MIGRATIONS: &[&str] = &[
    // 1: settings.
    r#"
    CREATE TABLE resident.settings (
        id                  INTEGER PRIMARY KEY CHECK (id = 1),
        locale              TEXT NOT NULL,
        second_locale       TEXT NOT NULL,
        font_scale          TEXT NOT NULL CHECK (font_scale IN ('normal', 'large', 'xlarge')),
        high_contrast       INTEGER NOT NULL CHECK (high_contrast IN (0, 1)),
        home_area           TEXT,
        notifications       TEXT NOT NULL CHECK (json_valid(notifications)),
        locale_before_easy  TEXT
    ) STRICT;
    "#,
    // 2: the inbox: the resident's state of each message, messages kept after the city removed them, and the
    // notification settings.
    r#"
    CREATE TABLE resident.message_state (
        id           TEXT PRIMARY KEY,
        read_at      TEXT,
        pinned       INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        notified     INTEGER NOT NULL DEFAULT 0 CHECK (notified IN (0, 1)),
        notified_at  TEXT
    ) STRICT;
    CREATE TABLE resident.kept_message (
        id    TEXT PRIMARY KEY,
        body  TEXT NOT NULL CHECK (json_valid(body))
    ) STRICT;
    ALTER TABLE resident.settings ADD COLUMN quiet_hours TEXT CHECK (quiet_hours IS NULL OR json_valid(quiet_hours));
    ALTER TABLE resident.settings ADD COLUMN start_at_login INTEGER NOT NULL DEFAULT 0 CHECK (start_at_login IN (0, 1));
    ALTER TABLE resident.settings ADD COLUMN inbox_cap INTEGER NOT NULL DEFAULT 2000 CHECK (inbox_cap >= 50);
    ALTER TABLE resident.settings ADD COLUMN notify_baseline_at TEXT;
    "#,
    // 3: waste: the searches that found nothing (the text only), the reminders given, and when to remind.
    r#"
    CREATE TABLE resident.waste_missing (
        text     TEXT PRIMARY KEY,
        count    INTEGER NOT NULL,
        last_at  TEXT NOT NULL
    ) STRICT;
    CREATE TABLE resident.waste_reminder_given (
        key  TEXT PRIMARY KEY,
        at   TEXT NOT NULL
    ) STRICT;
    ALTER TABLE resident.settings ADD COLUMN waste_reminders TEXT CHECK (waste_reminders IS NULL OR json_valid(waste_reminders));
    "#,
    // 4: form drafts (書かない窓口): what the resident has typed into each form, kept until they delete it, and
    // when they agreed to fill it from their profile.
    r#"
    CREATE TABLE resident.form_draft (
        form_id             TEXT PRIMARY KEY,
        form_version        INTEGER NOT NULL CHECK (form_version >= 1),
        fields              TEXT NOT NULL CHECK (json_valid(fields)),
        prefill_consent_at  TEXT,
        updated_at          TEXT NOT NULL
    ) STRICT;
    "#,
    // 5: health points: the family's profiles, the append-only points ledger, and every rule set the device
    // has applied, kept as first seen so a replayed older set can change nothing.
    r#"
    CREATE TABLE resident.profile (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
        position         INTEGER NOT NULL,
        full_name        TEXT,
        kana             TEXT,
        birth_date       TEXT,
        postal_code      TEXT,
        address          TEXT,
        phone            TEXT,
        prefill_consent  INTEGER NOT NULL DEFAULT 0 CHECK (prefill_consent IN (0, 1)),
        settings         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
        created_at       TEXT NOT NULL
    ) STRICT;
    CREATE TABLE resident.ledger_entry (
        id            INTEGER PRIMARY KEY,
        profile_id    INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        claim         TEXT NOT NULL,      -- what was earned, once: steps:2026-05-03, checkin:092088:walk:2026-05-10
        revision      INTEGER NOT NULL,   -- 1, then 2, 3… for each correction of the same claim
        source        TEXT NOT NULL CHECK (source IN ('steps', 'checkup', 'checkin', 'bonus')),
        date          TEXT NOT NULL,      -- the city's calendar day the points belong to
        amount        INTEGER NOT NULL,   -- points this entry adds; a correction adds the difference
        quantity      INTEGER,            -- steps: the day's count as entered
        rule_version  INTEGER NOT NULL,
        detail        TEXT CHECK (detail IS NULL OR json_valid(detail)),
        recorded_at   TEXT NOT NULL,
        UNIQUE (profile_id, claim, revision)
    ) STRICT;
    CREATE INDEX resident.ledger_entry_by_day ON ledger_entry (profile_id, date);
    CREATE TRIGGER resident.ledger_entry_never_edited BEFORE UPDATE ON ledger_entry
    BEGIN
        SELECT RAISE(ABORT, 'ledger entries are never edited: append a correction');
    END;
    CREATE TRIGGER resident.ledger_entry_kept BEFORE DELETE ON ledger_entry
        WHEN EXISTS (SELECT 1 FROM profile WHERE id = OLD.profile_id)
    BEGIN
        SELECT RAISE(ABORT, 'ledger entries go only with their profile');
    END;
    CREATE TABLE resident.health_rule_set (
        city_code   TEXT NOT NULL,
        version     INTEGER NOT NULL,
        body        TEXT NOT NULL CHECK (json_valid(body)),
        first_seen  TEXT NOT NULL,
        PRIMARY KEY (city_code, version)
    ) STRICT;
    "#,
    // 6: furigana over kanji: NULL follows the language (on for やさしい日本語), 0 or 1 is the resident's choice.
    r#"
    ALTER TABLE resident.settings ADD COLUMN furigana INTEGER CHECK (furigana IS NULL OR furigana IN (0, 1));
    "#,
    // 7: health points: which profile the device shows (one tap switches it; it goes when its profile goes),
    // and the last profile id given, so a removed profile's id never comes back for someone else.
    r#"
    CREATE TABLE resident.health_state (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        active_profile   INTEGER REFERENCES profile (id) ON DELETE SET NULL,
        last_profile_id  INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    "#,
    // 8: waste: when a search that found nothing was sent to the city (at the resident's request), so it is not
    // offered again.
    r#"
    ALTER TABLE resident.waste_missing ADD COLUMN sent_at TEXT;
    "#,
    // 9: how many of a word's searches the city has been sent, so searches made after (or while) sending are
    // offered again and none is counted twice.
    r#"
    ALTER TABLE resident.waste_missing ADD COLUMN sent_count INTEGER NOT NULL DEFAULT 0;
    UPDATE resident.waste_missing SET sent_count = count WHERE sent_at IS NOT NULL;
    "#,
];

/// The schema version of the content cache this build writes.
pub fn schema_version() -> u32 {
    CONTENT_MIGRATIONS.len() as u32
}

/// The schema version of the resident file this build writes.
pub fn resident_schema_version() -> u32 {
    RESIDENT_MIGRATIONS.len() as u32
}

/// Which file was recovered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StoreFile {
    /// The city content cache: rebuilt from the built-in content, nothing of the resident's is lost.
    Content,
    /// The resident's own data: started afresh; the old file is kept for a newer Machi or for diagnosis.
    Resident,
}

/// Why a file was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Damage {
    /// Not a database, or SQLite found it inconsistent.
    Damaged,
    /// Written by a newer Machi than this one.
    FutureSchema,
}

/// A file that was moved aside at start and replaced by a fresh one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    pub file: StoreFile,
    pub damage: Damage,
    /// Where the old file is now.
    pub kept_as: PathBuf,
    /// What SQLite said (for the log).
    pub detail: String,
}

/// An open store: one connection on the cache with the resident file attached, and what had to be recovered.
pub struct Opened {
    pub conn: Connection,
    pub recoveries: Vec<Recovery>,
}

/// Opens (creating if needed) both files in `data_dir`, recovers a damaged one, and brings both schemas up
/// to date.
pub fn open(data_dir: &Path) -> Result<Opened> {
    std::fs::create_dir_all(data_dir)
        .map_err(|e| Error::internal(format!("cannot create {}: {e}", data_dir.display())))?;
    // Two processes creating the same new database (the app and `machi sync` on first start) can make the
    // switch to WAL answer SQLITE_BUSY without waiting on the busy handler; retry that for a few seconds.
    let started = std::time::Instant::now();
    loop {
        match open_once(data_dir) {
            Err(Error::Storage(rusqlite::Error::SqliteFailure(f, _)))
                if f.code == rusqlite::ErrorCode::DatabaseBusy
                    && started.elapsed() < Duration::from_secs(5) =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

fn open_once(data_dir: &Path) -> Result<Opened> {
    let mut recoveries = Vec::new();
    let content_path = data_dir.join(CONTENT_FILE);
    let resident_path = data_dir.join(RESIDENT_FILE);
    let mut conn = open_healthy(
        &content_path,
        StoreFile::Content,
        CONTENT_MIGRATIONS.len(),
        &mut recoveries,
    )?;
    // The resident file is checked on its own connection first, so a damaged one never gets attached.
    drop(open_healthy(
        &resident_path,
        StoreFile::Resident,
        RESIDENT_MIGRATIONS.len(),
        &mut recoveries,
    )?);
    conn.execute(
        &format!("ATTACH DATABASE ?1 AS {RESIDENT_SCHEMA}"),
        [resident_path.to_string_lossy()],
    )?;
    conn.pragma_update(Some(RESIDENT_SCHEMA), "journal_mode", "WAL")?;
    conn.pragma_update(Some(RESIDENT_SCHEMA), "synchronous", "NORMAL")?;
    // The resident file first: the cache's migration 3 moves settings into it.
    migrate(&mut conn, RESIDENT_SCHEMA, RESIDENT_MIGRATIONS)?;
    migrate(&mut conn, "main", CONTENT_MIGRATIONS)?;
    Ok(Opened { conn, recoveries })
}

/// Opens one file; if it is damaged or from a newer Machi, moves it aside and opens a fresh one instead.
fn open_healthy(
    path: &Path,
    which: StoreFile,
    known_version: usize,
    recoveries: &mut Vec<Recovery>,
) -> Result<Connection> {
    let conn = open_file(path)?;
    let damage = match health(&conn, known_version) {
        Ok(None) => return Ok(conn),
        Ok(Some(found)) => found,
        // Busy is another process at work, not damage.
        Err(e) if is_busy(&e) => return Err(e),
        Err(e) => (Damage::Damaged, e.to_string()),
    };
    drop(conn);
    let kept_as = set_aside(path)?;
    eprintln!(
        "machi: {} was {} ({}); kept as {} and started afresh",
        path.display(),
        match damage.0 {
            Damage::Damaged => "damaged",
            Damage::FutureSchema => "written by a newer Machi",
        },
        damage.1,
        kept_as.display()
    );
    recoveries.push(Recovery {
        file: which,
        damage: damage.0,
        kept_as,
        detail: damage.1,
    });
    open_file(path)
}

fn open_file(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(conn)
}

/// `None` when the file is fine (or new); else why it must be set aside. Errors are SQLite's own.
fn health(conn: &Connection, known_version: usize) -> Result<Option<(Damage, String)>> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commit.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version as usize > known_version {
        return Ok(Some((
            Damage::FutureSchema,
            format!("schema {version}, this build knows {known_version}"),
        )));
    }
    let check: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    Ok((check != "ok").then_some((Damage::Damaged, check)))
}

fn is_busy(e: &Error) -> bool {
    matches!(e, Error::Storage(rusqlite::Error::SqliteFailure(f, _))
        if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

/// Moves a file and its WAL aside as `<file>.damaged-<UTC time>`; the WAL's index is dropped.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let kept = path.with_file_name(format!("{name}.damaged-{stamp}"));
    let rename = |from: PathBuf, to: PathBuf| match std::fs::rename(&from, &to) {
        Ok(()) => Ok(()),
        // Another process got there first, or there was no WAL.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::internal(format!(
            "cannot move {} aside: {e}",
            from.display()
        ))),
    };
    rename(path.to_path_buf(), kept.clone())?;
    rename(
        path.with_file_name(format!("{name}-wal")),
        kept.with_file_name(format!("{name}.damaged-{stamp}-wal")),
    )?;
    let _ = std::fs::remove_file(path.with_file_name(format!("{name}-shm")));
    Ok(kept)
}

fn migrate(conn: &mut Connection, schema: &str, migrations: &[&str]) -> Result<()> {
    loop {
        let current: u32 = conn.pragma_query_value(Some(schema), "user_version", |r| r.get(0))?;
        let Some(sql) = migrations.get(current as usize) else {
            return Ok(());
        };
        // IMMEDIATE takes the write lock before reading the version again, so two processes opening a new data
        // directory at once wait for each other instead of failing to upgrade a read snapshot.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let again: u32 = tx.pragma_query_value(Some(schema), "user_version", |r| r.get(0))?;
        if again == current {
            tx.execute_batch(sql)?;
            tx.pragma_update(Some(schema), "user_version", current + 1)?;
            tx.commit()?;
        }
    }
}

#[cfg(test)]
mod tests;
