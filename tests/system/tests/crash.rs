//! The crash test: `machi sync` killed with SIGKILL at random moments while it downloads and applies a large
//! bundle. Whatever the moment, the database must afterwards pass `PRAGMA integrity_check` and hold exactly the
//! old bundle or exactly the new one — never a mix — because a bundle is applied in one SQLite transaction.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use machi_system_tests::*;
use rand::Rng;

/// Enough notices that applying the new bundle takes a good part of a sync.
const NEW_NOTICES: usize = 10_000;
const DEFAULT_RUNS: usize = 100;

/// Replaces `work` with a copy of the cleanly closed data dir `template`.
fn restore(template: &Path, work: &Path) {
    if work.exists() {
        std::fs::remove_dir_all(work).expect("remove the last run's data dir");
    }
    copy_dir(template, work);
}

fn wal_len(data: &Path) -> u64 {
    std::fs::metadata(data.join(format!("{DB_FILE}-wal")))
        .map(|m| m.len())
        .unwrap_or(0)
}

#[derive(Default)]
struct Tally {
    old: usize,
    new: usize,
    /// Old content, but the killed process had left frames in the WAL: a write transaction cut short and
    /// rolled back by recovery.
    old_with_wal: usize,
    /// New content from a process that was killed (after its commit, before it exited).
    new_killed: usize,
    /// The sync finished before the kill.
    exited: usize,
}

#[test]
fn sigkill_during_sync_leaves_exactly_the_old_or_the_new_bundle() {
    let started = Instant::now();
    let tmp = tempfile::tempdir().expect("a temp dir");
    let root = tmp.path();
    let (city, keys) = CitySource::with_fresh_key(root, "keys");
    let bundle = root.join("bundle");

    // OLD: synced into a data dir by a `machi` that then exited normally (a cleanly closed database).
    city.set_generated_notices(50, "old");
    let old = publish(&city.dir, &bundle, &keys.secret, unix_now() + 1000, &[]);
    let server = serve(&bundle);
    let template = root.join("template");
    let report = sync_ok(&template, &server.url, &keys.public);
    assert_eq!(report["outcome"], "updated", "{report}");
    DbState::read(&template)
        .unwrap()
        .holds_exactly(&old)
        .expect("the template holds exactly OLD");

    // NEW: the same feed folder, a much larger bundle.
    city.set_generated_notices(NEW_NOTICES, "new");
    let new = publish(&city.dir, &bundle, &keys.secret, old.version + 1, &[]);
    assert_ne!(old.hashes(), new.hashes());
    assert_ne!(old.message_count(), new.message_count());
    let template_db = DbState::read(&template).unwrap();
    assert!(
        new.message_count() > template_db.inbox_cap,
        "NEW has more messages than the inbox keeps, so the cap is applied too"
    );

    // The checker itself must see a mix: OLD with one thing of NEW (or one thing missing) is neither bundle.
    let mixed = root.join("mixed");
    let (chunk, new_sha) = old
        .files
        .keys()
        .filter(|n| is_message_chunk(n))
        .find_map(|n| {
            let sha = &new.files.get(n)?.sha256;
            (*sha != old.files[n].sha256).then_some((n, sha))
        })
        .expect("a message chunk that both bundles have, changed");
    for change in [
        format!("UPDATE bundle_state SET bundle_version = {}", new.version),
        "DELETE FROM message WHERE rowid = (SELECT min(rowid) FROM message)".to_string(),
        format!("UPDATE content_file SET sha256 = '{new_sha}' WHERE name = '{chunk}'"),
    ] {
        restore(&template, &mixed);
        let conn = rusqlite::Connection::open(mixed.join(DB_FILE)).unwrap();
        assert_eq!(conn.execute(&change, []).unwrap(), 1, "{change}");
        drop(conn);
        let db = DbState::read(&mixed).unwrap();
        assert!(
            db.holds_exactly(&old).is_err() && db.holds_exactly(&new).is_err(),
            "not seen as a mix: {change}"
        );
    }

    // T: how long one uninterrupted sync from OLD to NEW takes, process start to exit.
    let work = root.join("run");
    let mut times = Vec::new();
    for _ in 0..3 {
        restore(&template, &work);
        let t0 = Instant::now();
        let out = run_ok(&mut sync_command(&work, &server.url, &keys.public));
        times.push(t0.elapsed());
        assert!(
            text(&out.stdout).contains("\"updated\""),
            "{}",
            text(&out.stdout)
        );
        DbState::read(&work)
            .unwrap()
            .holds_exactly(&new)
            .expect("an uninterrupted sync applies NEW exactly");
    }
    let t = median(&times);
    let max_delay = t.mul_f64(1.2);
    let runs = std::env::var("MACHI_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_RUNS);
    println!("crash test: one sync OLD→NEW takes T = {t:?} (runs {times:?}); {runs} kills within [0, {max_delay:?}]");

    // The first 40 % of the kills are spread over the whole sync; the rest are aimed at the moments around
    // the commit, where the apply transaction is being written, as estimated from the first ones.
    let uniform_runs = (runs * 2 / 5).max(1);
    let mut rng = rand::rng();
    let mut tally = Tally::default();
    let (mut last_old, mut first_new) = (Duration::ZERO, max_delay);
    let mut window = (Duration::ZERO, max_delay);
    let mut outcomes = Vec::with_capacity(runs);
    for run in 0..runs {
        if run == uniform_runs {
            // The commit lies around [first_new, last_old] (they overlap as sync times vary); reach a quarter of
            // T before it, where the transaction is being written, and a little after.
            let (lo, hi) = (first_new.min(last_old), first_new.max(last_old));
            window = (lo.saturating_sub(t / 4), (hi + t / 20).min(max_delay));
            println!(
                "crash test: aiming the remaining kills at {:?}..{:?}",
                window.0, window.1
            );
        }
        restore(&template, &work);
        let delay = Duration::from_secs_f64(
            rng.random_range(window.0.as_secs_f64()..=window.1.as_secs_f64()),
        );
        let mut child = sync_command(&work, &server.url, &keys.public)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn machi sync");
        std::thread::sleep(delay);
        let finished = child.try_wait().expect("poll machi sync").is_some();
        let _ = child.kill(); // SIGKILL on Unix; a no-op when it already exited.
        let status = child.wait().expect("wait for machi sync");
        let killed = !finished && !status.success();
        let wal = wal_len(&work);
        // Every tenth time the app itself is first to open the killed database (so it does the recovery).
        let app_saw = (run % 10 == 0).then(|| status_version(&work));

        let db = DbState::read(&work).unwrap_or_else(|e| {
            panic!("run {run}: cannot read the database after a kill at {delay:?}: {e}")
        });
        assert_eq!(
            db.integrity, "ok",
            "run {run}: integrity_check after a kill at {delay:?}"
        );
        let is_new = match (db.holds_exactly(&old), db.holds_exactly(&new)) {
            (Ok(()), _) => false,
            (_, Ok(())) => true,
            (Err(not_old), Err(not_new)) => panic!(
                "run {run}: after a kill at {delay:?} the database holds neither bundle exactly:\n\
                 not OLD: {not_old}\nnot NEW: {not_new}"
            ),
        };
        if let Some(version) = app_saw {
            assert_eq!(
                version, db.version,
                "run {run}: `machi status` after the kill shows the held bundle"
            );
        }
        if is_new {
            tally.new += 1;
            if killed {
                tally.new_killed += 1;
                first_new = first_new.min(delay);
            }
        } else {
            assert!(
                killed,
                "run {run}: the sync exited by itself ({status}) yet did not apply NEW"
            );
            tally.old += 1;
            if wal > 0 {
                tally.old_with_wal += 1;
            }
            last_old = last_old.max(delay);
        }
        if !killed {
            tally.exited += 1;
        }
        outcomes.push((delay, is_new));
    }

    println!(
        "crash test: {runs} runs in {:?}: OLD {} ({} of them rolled back a cut-short write in the WAL), NEW {} \
         ({} killed after the commit, {} finished before the kill)",
        started.elapsed(),
        tally.old,
        tally.old_with_wal,
        tally.new,
        tally.new_killed,
        tally.exited
    );
    let buckets = 12;
    let mut histogram = String::new();
    for b in 0..buckets {
        let (lo, hi) = (max_delay * b / buckets, max_delay * (b + 1) / buckets);
        let in_bucket: Vec<bool> = outcomes
            .iter()
            .filter(|(d, _)| *d >= lo && (*d < hi || b == buckets - 1))
            .map(|(_, n)| *n)
            .collect();
        let news = in_bucket.iter().filter(|n| **n).count();
        histogram.push_str(&format!(
            "\n  {:>6.0}–{:>6.0} ms: {:>3} old {:>3} new",
            lo.as_secs_f64() * 1000.0,
            hi.as_secs_f64() * 1000.0,
            in_bucket.len() - news,
            news
        ));
    }
    println!("crash test: outcome by kill delay:{histogram}");

    assert!(
        tally.old > 0,
        "no kill landed before the commit: the timing exercised nothing"
    );
    assert!(
        tally.new > 0,
        "no kill landed after the commit: the timing exercised nothing"
    );
    drop(server);
}
