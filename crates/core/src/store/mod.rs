//! The local SQLite file: opening it (WAL), and the versioned schema migrations.
//!
//! One file, `machi.sqlite3`, in the data directory holds settings, the applied city bundle and every
//! feature's tables. Migrations are code, applied in order inside a transaction and recorded in
//! `PRAGMA user_version`, so a crash mid-migration leaves the previous schema.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Error, Result};

pub const DATABASE_FILE: &str = "machi.sqlite3";

/// Each entry moves the schema one version up. Never edit a shipped entry: add a new one.
const MIGRATIONS: &[&str] = &[
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
];

/// The schema version this build of Machi writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Opens (creating if needed) the database in `data_dir` and brings its schema up to date.
pub fn open(data_dir: &Path) -> Result<Connection> {
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

fn open_once(data_dir: &Path) -> Result<Connection> {
    let mut conn = Connection::open_with_flags(
        data_dir.join(DATABASE_FILE),
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    configure(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commit.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    loop {
        let current: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if current as usize > MIGRATIONS.len() {
            return Err(Error::internal(format!(
                "the database was written by a newer Machi (schema {current}, this build knows {})",
                MIGRATIONS.len()
            )));
        }
        let Some(sql) = MIGRATIONS.get(current as usize) else {
            return Ok(());
        };
        // IMMEDIATE takes the write lock before reading the version again, so two processes opening a new data
        // directory at once wait for each other instead of failing to upgrade a read snapshot.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let again: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if again == current {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", current + 1)?;
            tx.commit()?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_in_wal_mode_at_the_latest_schema_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(dir.path()).unwrap();
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, schema_version());
        conn.execute("INSERT INTO content_file VALUES ('a', 'h', 1, x'00')", [])
            .unwrap();
        drop(conn);
        let again = open(dir.path()).unwrap();
        let n: i64 = again
            .query_row("SELECT count(*) FROM content_file", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1, "reopening must not re-run migrations or lose data");
    }

    #[test]
    fn refuses_a_database_from_a_newer_machi() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(dir.path()).unwrap();
        conn.pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        drop(conn);
        let err = open(dir.path()).unwrap_err();
        assert_eq!(err.code(), "internal");
        assert!(err.to_string().contains("newer Machi"), "{err}");
    }

    #[test]
    fn settings_constraints_reject_nonsense() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(dir.path()).unwrap();
        let bad = conn.execute(
            "INSERT INTO settings VALUES (1, 'ja', 'ja', 'huge', 0, NULL, '{}')",
            [],
        );
        assert!(bad.is_err(), "font_scale must be one of the three sizes");
    }
}
