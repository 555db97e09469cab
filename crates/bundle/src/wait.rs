//! `wait.json`: how many people wait at each counter and for about how long (待たない窓口).
//!
//! The city's ticket machine reports its queues; `machi-publish wait-status` writes them as this tiny file
//! beside the bundle, signed with the bundle's key (`wait.json.minisig`, minisign, a trusted comment that
//! repeats the city and the time). The app polls it about once a minute while its screen is open, with a
//! conditional GET, and says plainly when what it shows is old. It is not part of the bundle: the manifest
//! would otherwise change every minute.

use serde::{Deserialize, Serialize};

/// The wait file format this code writes and reads.
pub const WAIT_FORMAT: u32 = 1;
/// File name beside `manifest.json`.
pub const WAIT_NAME: &str = "wait.json";
/// Its detached minisign signature.
pub const WAIT_SIGNATURE_NAME: &str = "wait.json.minisig";
/// How often the app fetches it while the waiting screen is open.
pub const WAIT_POLL_SECONDS: u64 = 60;

/// `wait.json`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaitStatus {
    pub format: u32,
    pub city_code: String,
    /// When the ticket machine counted, RFC 3339 with offset (`2026-04-01T09:15:00+09:00`).
    pub updated_at: String,
    /// In the order the city lists its counters.
    pub counters: Vec<CounterWait>,
}

/// One counter's queue.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterWait {
    /// A counter id of `forms/counters.toml` (`shimin`).
    pub id: String,
    /// People waiting (tickets issued and not yet called).
    pub waiting: u32,
    /// The ticket machine's estimate of the wait, in minutes.
    pub minutes: u32,
}

/// The trusted comment signed with `wait.json`, so neither the city nor the time can be swapped under a valid
/// signature.
pub fn wait_trusted_comment(city_code: &str, updated_at: &str) -> String {
    format!("machi-wait city={city_code} updated={updated_at}")
}

/// Reads `(city_code, updated_at)` back from [`wait_trusted_comment`].
pub fn parse_wait_trusted_comment(comment: &str) -> Option<(String, String)> {
    let rest = comment.trim().strip_prefix("machi-wait ")?;
    let (mut city, mut updated) = (None, None);
    for part in rest.split_whitespace() {
        match part.split_once('=') {
            Some(("city", v)) => city = Some(v.to_string()),
            Some(("updated", v)) => updated = Some(v.to_string()),
            _ => {}
        }
    }
    Some((city?, updated?))
}

fn counter_id_ok(id: &str) -> bool {
    crate::forms::import::is_form_id(id)
}

/// `shimin=5:20` (5 waiting, about 20 minutes), as `wait-status --counter` takes it.
pub fn parse_counter_arg(arg: &str) -> Result<CounterWait, String> {
    let (id, numbers) = arg
        .split_once('=')
        .ok_or_else(|| format!("`{arg}` is not ID=WAITING:MINUTES"))?;
    let (waiting, minutes) = numbers
        .split_once(':')
        .ok_or_else(|| format!("`{arg}` is not ID=WAITING:MINUTES"))?;
    counter(id.trim(), waiting.trim(), minutes.trim())
}

fn counter(id: &str, waiting: &str, minutes: &str) -> Result<CounterWait, String> {
    if !counter_id_ok(id) {
        return Err(format!(
            "counter id `{id}` must be lower-case ASCII letters, digits or `-`"
        ));
    }
    let number = |s: &str, what: &str| {
        s.parse::<u32>()
            .map_err(|_| format!("{what} of `{id}` must be a whole number, found `{s}`"))
    };
    Ok(CounterWait {
        id: id.to_string(),
        waiting: number(waiting, "waiting")?,
        minutes: number(minutes, "minutes")?,
    })
}

/// A ticket machine's CSV export: a header with `id`, `waiting` and `minutes` (any order, other columns
/// ignored), one row a counter. Problems name the line.
pub fn parse_wait_csv(text: &str) -> Result<Vec<CounterWait>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("line 1: {e}"))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("line 1: no `{name}` column (id, waiting, minutes)"))
    };
    let (id, waiting, minutes) = (column("id")?, column("waiting")?, column("minutes")?);
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let get = |i: usize| record.get(i).unwrap_or("");
        out.push(
            counter(get(id), get(waiting), get(minutes))
                .map_err(|e| format!("line {line}: {e}"))?,
        );
    }
    Ok(out)
}

/// Refuses a file that lists a counter twice.
pub fn check_unique(counters: &[CounterWait]) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for c in counters {
        if !seen.insert(&c.id) {
            return Err(format!("counter `{}` is listed twice", c.id));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_from_arguments_and_csv() {
        assert_eq!(
            parse_counter_arg("shimin=5:20"),
            Ok(CounterWait {
                id: "shimin".into(),
                waiting: 5,
                minutes: 20
            })
        );
        assert!(parse_counter_arg("shimin=5").is_err());
        assert!(parse_counter_arg("Shimin=5:20").is_err());
        assert!(parse_counter_arg("shimin=-1:20").is_err());
        let csv = "\u{FEFF}minutes,id,waiting,note\n20,shimin,5,\n 0 , kenko , 0 ,closed soon\n";
        let parsed = parse_wait_csv(csv).unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[1].id, "kenko");
        let e = parse_wait_csv("id,waiting,minutes\nshimin,5,20\nkenko,x,3\n").unwrap_err();
        assert!(e.starts_with("line 3:"), "{e}");
        assert!(parse_wait_csv("id,waiting\nshimin,5\n")
            .unwrap_err()
            .contains("minutes"));
        assert!(check_unique(&parsed).is_ok());
        assert!(check_unique(&[parsed[0].clone(), parsed[0].clone()]).is_err());
    }

    #[test]
    fn trusted_comment_round_trips() {
        let c = wait_trusted_comment("092088", "2026-04-01T09:15:00+09:00");
        assert_eq!(
            parse_wait_trusted_comment(&c),
            Some(("092088".into(), "2026-04-01T09:15:00+09:00".into()))
        );
        assert_eq!(
            parse_wait_trusted_comment("machi-bundle city=1 version=2"),
            None
        );
    }
}
