//! Health points through the real binaries: a city whose bundle trusts a fresh event key, the event codes
//! `machi-publish event-qr` prints for it, and `machi` run as a resident at a fixed "now".

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::{command, keygen, publish, run, text, unix_now, CitySource, Keys, Published};

/// "Now" for the resident: 2026-11-27 20:00 in Oyama, in FY2026 under rule set 2.
pub const NOW: &str = "2026-11-27T20:00:00+09:00";
/// The event day of the codes the tests print.
pub const EVENT_DAY: &str = "2026-11-27";

/// A copy of data/oyama whose bundle is signed with a fresh key and whose `[feed].event_keys` lists a fresh
/// event key; a third key nobody lists signs "other-key" codes.
pub struct PointsCity {
    pub root: PathBuf,
    pub city: CitySource,
    pub bundle_keys: Keys,
    pub event_keys: Keys,
    pub stranger_keys: Keys,
    pub bundle: PathBuf,
    pub published: Published,
}

impl PointsCity {
    pub fn new(root: &Path) -> PointsCity {
        let (city, bundle_keys) = CitySource::with_fresh_key(root, "bundle-keys");
        let event_keys = keygen(&root.join("event-keys"));
        let stranger_keys = keygen(&root.join("stranger-keys"));
        set_event_keys(&city, &event_keys.public_base64);
        let bundle = root.join("feed");
        // Newer than the bundle embedded in `machi`, as a bundle published today would be.
        let published = publish(
            &city.dir,
            &bundle,
            &bundle_keys.secret,
            unix_now() + 1000,
            &[],
        );
        PointsCity {
            root: root.to_path_buf(),
            city,
            bundle_keys,
            event_keys,
            stranger_keys,
            bundle,
            published,
        }
    }

    /// `machi-publish event-qr` with `key`: the code's text (stdout) and the PNG.
    pub fn event_qr(
        &self,
        key: &Keys,
        event: &str,
        from: &str,
        until: &str,
        extra: &[&str],
    ) -> (String, PathBuf) {
        let png = self.root.join(format!("{event}.png"));
        let out = run(command("machi-publish")
            .args([
                "event-qr",
                "--event",
                event,
                "--date",
                from,
                "--until",
                until,
                "--secret-key",
            ])
            .arg(&key.secret)
            .arg("--out")
            .arg(&png)
            .arg("--src")
            .arg(&self.city.dir)
            .args(extra));
        assert!(out.status.success(), "event-qr: {}", text(&out.stderr));
        (text(&out.stdout).trim().to_string(), png)
    }
}

/// Makes `key` the one key of city.toml's `[feed].event_keys`.
fn set_event_keys(city: &CitySource, key: &str) {
    let path = city.dir.join("city.toml");
    let toml = std::fs::read_to_string(&path).expect("city.toml");
    let mut section = String::new();
    let mut replaced = false;
    let lines: Vec<String> = toml
        .lines()
        .map(|line| {
            let trimmed = line.trim();
            if trimmed.starts_with('[') {
                section = trimmed.to_string();
            }
            if section == "[feed]" && trimmed.starts_with("event_keys") {
                replaced = true;
                format!("event_keys = [{key:?}]")
            } else {
                line.to_string()
            }
        })
        .collect();
    assert!(replaced, "city.toml has no [feed] event_keys line");
    std::fs::write(&path, lines.join("\n") + "\n").expect("write city.toml");
}

/// `machi --data-dir DATA …` as a Japanese resident at [`NOW`].
pub fn machi_command(data: &Path) -> Command {
    let mut cmd = command("machi");
    cmd.arg("--data-dir")
        .arg(data)
        .env("MACHI_NOW", NOW)
        .env("LANG", "ja_JP.UTF-8")
        .env("LC_ALL", "ja_JP.UTF-8")
        .env("LANGUAGE", "ja");
    cmd
}

pub fn machi(data: &Path, args: &[&str]) -> Output {
    run(machi_command(data).args(args))
}

/// A `machi` call that must succeed: its stdout.
pub fn machi_ok(data: &Path, args: &[&str]) -> String {
    let out = machi(data, args);
    assert!(
        out.status.success(),
        "machi {args:?} failed:\nstdout: {}\nstderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// A `machi … --json` call that must succeed: its one JSON document.
pub fn machi_json(data: &Path, args: &[&str]) -> serde_json::Value {
    let out = machi_ok(data, args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("machi {args:?}: not JSON ({e}): {out}"))
}

/// A `machi` call that must fail: the stable code its one stderr line starts with.
pub fn machi_err(data: &Path, args: &[&str]) -> String {
    let out = machi(data, args);
    let stderr = text(&out.stderr);
    assert!(
        !out.status.success(),
        "machi {args:?} should have failed; stdout: {}",
        text(&out.stdout)
    );
    stderr
        .lines()
        .last()
        .and_then(|l| l.split(": ").next())
        .unwrap_or_default()
        .to_string()
}
