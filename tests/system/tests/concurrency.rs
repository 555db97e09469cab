//! Two `machi` processes on one data dir (say `machi web` syncing in the background while a cron job runs
//! `machi sync`). Both must succeed or report a sync outcome; neither may fail with a storage error.
//!
//! machi-core takes its write lock up front (IMMEDIATE transactions in `content::apply` and `store::migrate`):
//! a deferred transaction cannot upgrade a read snapshot that another process has since committed past, and
//! SQLite answers "database is locked" at once, whatever the busy timeout.

use std::process::Stdio;

use machi_system_tests::*;

#[test]
fn two_syncs_at_once_on_one_data_dir_both_succeed() {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let root = tmp.path();
    let (city, keys) = CitySource::with_fresh_key(root, "keys");
    city.set_generated_notices(10_000, "both");
    let bundle = publish(
        &city.dir,
        &root.join("bundle"),
        &keys.secret,
        unix_now() + 1000,
        &[],
    );
    let server = serve(&root.join("bundle"));
    let template = root.join("template");
    status(&template);

    let mut failures = Vec::new();
    for round in 0..3 {
        let data = root.join(format!("data{round}"));
        copy_dir(&template, &data);
        let spawn = || {
            sync_command(&data, &server.url, &keys.public)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn machi sync")
        };
        let (a, b) = (spawn(), spawn());
        for out in [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()] {
            if !out.status.success() {
                failures.push(format!("round {round}: {}", text(&out.stderr).trim()));
            }
        }
        DbState::read(&data)
            .unwrap()
            .holds_exactly(&bundle)
            .expect("the bundle is applied once, exactly");
    }
    assert!(
        failures.is_empty(),
        "concurrent syncs failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn two_first_starts_at_once_both_succeed() {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let mut failures = Vec::new();
    for round in 0..5 {
        let data = tmp.path().join(format!("data{round}"));
        let spawn = || {
            command("machi")
                .arg("--data-dir")
                .arg(&data)
                .arg("status")
                .arg("--json")
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn machi status")
        };
        let (a, b) = (spawn(), spawn());
        for out in [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()] {
            if !out.status.success() {
                failures.push(format!("round {round}: {}", text(&out.stderr).trim()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "concurrent first starts failed:\n{}",
        failures.join("\n")
    );
}
