use super::*;

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn put_settings(conn: &Connection, locale: &str) {
    conn.execute(
        "INSERT OR REPLACE INTO resident.settings (id, locale, second_locale, font_scale, high_contrast, notifications)
         VALUES (1, ?1, 'ja-easy', 'xlarge', 1, '{}')",
        [locale],
    )
    .unwrap();
}

fn locale(conn: &Connection) -> String {
    conn.query_row("SELECT locale FROM resident.settings", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn opens_both_files_in_wal_mode_at_the_latest_schemas_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let opened = open(dir.path()).unwrap();
    assert!(opened.recoveries.is_empty());
    let conn = opened.conn;
    for schema in ["main", RESIDENT_SCHEMA] {
        let mode: String = conn
            .pragma_query_value(Some(schema), "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal", "{schema}");
    }
    let v: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, schema_version());
    let v: u32 = conn
        .pragma_query_value(Some(RESIDENT_SCHEMA), "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, resident_schema_version());
    conn.execute("INSERT INTO content_file VALUES ('a', 'h', 1, x'00')", [])
        .unwrap();
    put_settings(&conn, "vi");
    drop(conn);
    let again = open(dir.path()).unwrap().conn;
    assert_eq!(count(&again, "SELECT count(*) FROM content_file"), 1);
    assert_eq!(locale(&again), "vi", "reopening must not re-run migrations");
    // The settings live in the resident's file only.
    assert_eq!(
        count(
            &again,
            "SELECT count(*) FROM main.sqlite_master WHERE name = 'settings'"
        ),
        0
    );
}

/// A data dir holding a cache row and the resident's settings; returns its path.
fn with_resident_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(dir.path()).unwrap().conn;
    conn.execute("INSERT INTO content_file VALUES ('a', 'h', 1, x'00')", [])
        .unwrap();
    put_settings(&conn, "pt-BR");
    drop(conn);
    dir
}

fn assert_content_recovered(dir: &Path, damage: Damage) {
    let opened = open(dir).unwrap();
    assert_eq!(opened.recoveries.len(), 1, "{:?}", opened.recoveries);
    let r = &opened.recoveries[0];
    assert_eq!((r.file, r.damage), (StoreFile::Content, damage));
    assert!(
        r.kept_as.is_file(),
        "the damaged file is kept for diagnosis"
    );
    assert!(r
        .kept_as
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("machi.sqlite3.damaged-"));
    // A fresh, empty cache, and the resident's own data untouched.
    assert_eq!(count(&opened.conn, "SELECT count(*) FROM content_file"), 0);
    assert_eq!(locale(&opened.conn), "pt-BR");
    drop(opened);
    assert!(
        open(dir).unwrap().recoveries.is_empty(),
        "recovered once, then fine"
    );
}

#[test]
fn a_cache_of_garbage_bytes_is_set_aside_and_the_residents_data_stays() {
    let dir = with_resident_data();
    std::fs::write(dir.path().join(CONTENT_FILE), vec![0x5a; 64 * 1024]).unwrap();
    let _ = std::fs::remove_file(dir.path().join(format!("{CONTENT_FILE}-wal")));
    assert_content_recovered(dir.path(), Damage::Damaged);
}

#[test]
fn a_truncated_cache_is_set_aside() {
    let dir = with_resident_data();
    // Make the cache span several pages, checkpoint it into the main file, then cut it in half.
    let conn = open(dir.path()).unwrap().conn;
    conn.execute(
        "INSERT INTO content_file VALUES ('big', 'h', 1, zeroblob(200000))",
        [],
    )
    .unwrap();
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
        .unwrap();
    drop(conn);
    let path = dir.path().join(CONTENT_FILE);
    let len = std::fs::metadata(&path).unwrap().len();
    let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.set_len(len / 2).unwrap();
    assert_content_recovered(dir.path(), Damage::Damaged);
}

#[test]
fn a_cache_from_a_newer_machi_is_set_aside() {
    let dir = with_resident_data();
    let conn = Connection::open(dir.path().join(CONTENT_FILE)).unwrap();
    conn.pragma_update(None, "user_version", schema_version() + 1)
        .unwrap();
    drop(conn);
    assert_content_recovered(dir.path(), Damage::FutureSchema);
}

#[test]
fn a_damaged_resident_file_is_set_aside_and_started_afresh() {
    let dir = with_resident_data();
    std::fs::write(dir.path().join(RESIDENT_FILE), b"not a database at all").unwrap();
    let _ = std::fs::remove_file(dir.path().join(format!("{RESIDENT_FILE}-wal")));
    let opened = open(dir.path()).unwrap();
    assert_eq!(opened.recoveries.len(), 1);
    assert_eq!(opened.recoveries[0].file, StoreFile::Resident);
    assert!(opened.recoveries[0].kept_as.is_file());
    assert_eq!(
        count(&opened.conn, "SELECT count(*) FROM resident.settings"),
        0
    );
    assert_eq!(
        count(&opened.conn, "SELECT count(*) FROM content_file"),
        1,
        "the cache is untouched"
    );
}

#[test]
fn a_single_file_database_of_the_previous_release_moves_its_settings_out() {
    let dir = tempfile::tempdir().unwrap();
    // What the previous release left: one file at schema 2, settings inside, an embedded bundle versioned by
    // its build time.
    let mut old = Connection::open(dir.path().join(CONTENT_FILE)).unwrap();
    old.pragma_update(None, "journal_mode", "WAL").unwrap();
    let tx = old.transaction().unwrap();
    tx.execute_batch(CONTENT_MIGRATIONS[0]).unwrap();
    tx.execute_batch(CONTENT_MIGRATIONS[1]).unwrap();
    tx.pragma_update(None, "user_version", 2).unwrap();
    tx.execute(
        "INSERT INTO settings VALUES (1, 'ne', 'en', 'large', 0, NULL, '{}', 'ne')",
        [],
    )
    .unwrap();
    tx.execute(
        "INSERT INTO bundle_state VALUES (1, '092088', 1795997366, '2026-11-29T00:00:00Z', 'embedded', x'7b7d', 'x')",
        [],
    )
    .unwrap();
    tx.commit().unwrap();
    drop(old);

    let opened = open(dir.path()).unwrap();
    assert!(opened.recoveries.is_empty());
    assert_eq!(locale(&opened.conn), "ne");
    let (second, scale): (String, String) = opened
        .conn
        .query_row(
            "SELECT second_locale, font_scale FROM resident.settings",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((second.as_str(), scale.as_str()), ("en", "large"));
    assert_eq!(
        count(&opened.conn, "SELECT bundle_version FROM bundle_state"),
        0,
        "a build-time version no longer outranks published bundles"
    );
}

#[test]
fn settings_constraints_reject_nonsense() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(dir.path()).unwrap().conn;
    let bad = conn.execute(
        "INSERT INTO resident.settings (id, locale, second_locale, font_scale, high_contrast, notifications)
         VALUES (1, 'ja', 'ja', 'huge', 0, '{}')",
        [],
    );
    assert!(bad.is_err(), "font_scale must be one of the three sizes");
}
