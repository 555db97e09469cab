//! `wait-status`: the counters' queues as a signed `wait.json` beside the bundle, from what the ticket machine
//! reports (`--counter ID=WAITING:MINUTES`, or its CSV export).

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use machi_bundle::forms::import::COUNTERS_FILE;
use machi_bundle::source::{parse_city, SourceKind, CITY_FILE};
use machi_bundle::wait::{
    check_unique, parse_counter_arg, parse_wait_csv, wait_trusted_comment, CounterWait, WaitStatus,
    WAIT_FORMAT, WAIT_NAME, WAIT_SIGNATURE_NAME,
};
use machi_bundle::{Report, SourceText};

use crate::keys;

/// What `wait-status` was asked to write.
pub struct WaitRequest<'a> {
    pub out: &'a Path,
    pub secret_key: &'a Path,
    pub counters: &'a [String],
    pub csv: Option<&'a Path>,
    /// The source folder: its city.toml gives the city code and keys, `forms/counters.toml` the counter ids.
    pub src: Option<&'a Path>,
    pub city_code: Option<&'a str>,
    /// RFC 3339; default now, in Japan.
    pub at: Option<&'a str>,
}

/// Writes `wait.json` and `wait.json.minisig` into `out`; returns the status written.
pub fn write(req: &WaitRequest) -> Result<WaitStatus> {
    let key = keys::SigningKey::load(req.secret_key)?;
    let counters = collect_counters(req)?;
    let city_code = match (req.city_code, req.src) {
        (Some(code), _) => code.to_string(),
        (None, Some(src)) => check_against_sources(src, &key, &counters)?,
        (None, None) => bail!("give the city: --src DIR (its city.toml) or --city-code CODE"),
    };
    let updated_at = match req.at {
        Some(at) => chrono::DateTime::parse_from_rfc3339(at)
            .with_context(|| format!("--at `{at}` is not an RFC 3339 time"))?
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        None => now_in_japan(),
    };
    let status = WaitStatus {
        format: WAIT_FORMAT,
        city_code,
        updated_at,
        counters,
    };
    fs::create_dir_all(req.out).with_context(|| format!("cannot create {}", req.out.display()))?;
    let path = req.out.join(WAIT_NAME);
    let mut bytes = serde_json::to_vec(&status)?;
    bytes.push(b'\n');
    // Renamed into place, so a client never reads half a file; the signature follows a moment later, and a
    // client that fetched in between only skips one poll.
    let tmp = req
        .out
        .join(format!(".{WAIT_NAME}.{}.tmp", std::process::id()));
    fs::write(&tmp, &bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    let comment = wait_trusted_comment(&status.city_code, &status.updated_at);
    keys::sign_file(&key, &path, &req.out.join(WAIT_SIGNATURE_NAME), &comment)?;
    Ok(status)
}

fn collect_counters(req: &WaitRequest) -> Result<Vec<CounterWait>> {
    let mut counters: Vec<CounterWait> = req
        .counters
        .iter()
        .map(|c| parse_counter_arg(c).map_err(anyhow::Error::msg))
        .collect::<Result<_>>()?;
    if let Some(csv) = req.csv {
        let text =
            fs::read_to_string(csv).with_context(|| format!("cannot read {}", csv.display()))?;
        counters
            .extend(parse_wait_csv(&text).map_err(|e| anyhow::anyhow!("{}: {e}", csv.display()))?);
    }
    if counters.is_empty() {
        bail!("no counters: give --counter ID=WAITING:MINUTES or --csv FILE");
    }
    check_unique(&counters).map_err(anyhow::Error::msg)?;
    Ok(counters)
}

/// The city code of `src/city.toml`, after checking that the city trusts the key and knows the counters.
fn check_against_sources(
    src: &Path,
    key: &keys::SigningKey,
    counters: &[CounterWait],
) -> Result<String> {
    let city_path = src.join(CITY_FILE);
    let text = fs::read_to_string(&city_path)
        .with_context(|| format!("cannot read {}", city_path.display()))?;
    let mut report = Report::new();
    let Some(city) = parse_city(&text, &mut report).filter(|_| !report.has_errors()) else {
        bail!("{} has errors:\n{report}", city_path.display());
    };
    if !city.feed.public_keys.contains(&key.public_base64) {
        bail!(
            "the key's public key ({}) is not in city.toml [feed].public_keys, so the app would refuse wait.json",
            key.public_base64
        );
    }
    let known = known_counters(src, &city);
    if let Some(known) = known {
        if let Some(c) = counters.iter().find(|c| !known.contains(&c.id)) {
            bail!(
                "counter `{}` is not in the forms' {COUNTERS_FILE} ({})",
                c.id,
                known.join(", ")
            );
        }
    }
    Ok(city.city.code)
}

/// The counter ids of the forms source's counters.toml, when there is one.
fn known_counters(src: &Path, city: &machi_bundle::CitySource) -> Option<Vec<String>> {
    let forms = city.sources_of(SourceKind::Forms).next()?;
    let dir = forms.path.rsplit_once('/').map_or("", |(d, _)| d);
    let rel = if dir.is_empty() {
        COUNTERS_FILE.to_string()
    } else {
        format!("{dir}/{COUNTERS_FILE}")
    };
    let path: PathBuf = src.join(&rel);
    let text = fs::read_to_string(path).ok()?;
    let mut report = Report::new();
    let content = machi_bundle::forms::import::import([&SourceText::new(rel, text)], &mut report);
    Some(content.counters.into_iter().map(|c| c.id).collect())
}

/// Japan has one time zone and no daylight saving time: UTC+9.
fn now_in_japan() -> String {
    let jst = chrono::FixedOffset::east_opt(9 * 3600).expect("valid offset");
    chrono::Utc::now()
        .with_timezone(&jst)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}
