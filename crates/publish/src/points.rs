//! Health points at the city's end: printing an event's check-in QR code, and checking the code a resident shows
//! at the counter.
//!
//! - `event-qr` signs a `MACHI-EVENT1` code with a key the city's bundle trusts, writes it as a PNG for print
//!   (high error correction, a wide quiet zone) and prints the code's text.
//! - `points-verify IMAGE…` reads every QR code in the images: counter codes (`MACHI-POINTS1`, one summary in one
//!   or more codes) have each check-in verified against the city's keys, and the self-reported rest is shown
//!   as such; a bare event code is checked as of today.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use machi_bundle::content::HealthContent;
use machi_bundle::health::{
    open_checkin, sign_checkin, verify_counter, CheckInTrust, CounterReport, EventCode,
};
use machi_bundle::qr::{byte_mode_code, read_codes, render_png, ErrorCorrection};
use machi_bundle::source::{is_minisign_public_key, parse_city, CITY_FILE};
use serde::Serialize;

use crate::keys::SigningKey;

/// Pixels per module of a printed code: 10 px at 300 dpi is under 1 mm, so a version-21 code prints ~4 cm wide.
const PRINT_MODULE_PX: u32 = 10;
/// Modules of white around a printed code: twice the standard's 4, since posters get cropped and taped.
const PRINT_QUIET_MODULES: u32 = 8;

/// What `event-qr` was asked for.
pub struct EventQr {
    pub event: String,
    pub date: NaiveDate,
    pub until: Option<NaiveDate>,
    pub points: Option<u32>,
    pub name: Option<String>,
    pub secret_key: PathBuf,
    pub out: PathBuf,
    pub city: CitySource,
    pub allow_unlisted_key: bool,
}

/// Where the city code and trusted keys come from.
pub enum CitySource {
    /// A source folder holding city.toml (its code, keys and health rules).
    Folder(PathBuf),
    /// Only a city code (event-qr) and/or public key files (points-verify).
    Given {
        code: Option<String>,
        public_keys: Vec<PathBuf>,
    },
}

/// The city as far as points need it.
struct City {
    code: String,
    /// Keys that may sign check-ins: `[feed].event_keys`, then `public_keys`.
    keys: Vec<String>,
    health: Option<HealthContent>,
}

impl CitySource {
    fn load(&self) -> Result<City> {
        match self {
            CitySource::Folder(dir) => load_city_folder(dir),
            CitySource::Given { code, public_keys } => {
                let mut keys = Vec::new();
                for path in public_keys {
                    keys.push(read_public_key(path)?);
                }
                Ok(City {
                    code: code.clone().unwrap_or_default(),
                    keys,
                    health: None,
                })
            }
        }
    }
}

fn load_city_folder(dir: &Path) -> Result<City> {
    let path = dir.join(CITY_FILE);
    let text = fs::read_to_string(&path).with_context(|| {
        format!(
            "cannot read {} (give the source folder with --src, or --city CODE)",
            path.display()
        )
    })?;
    let mut report = machi_bundle::Report::new();
    let Some(source) = parse_city(&text, &mut report) else {
        bail!("{report}");
    };
    if report.has_errors() {
        bail!("{report}");
    }
    let city = machi_bundle::city::city_content(&source);
    // The rules only sharpen the check of points; a city without them (or with errors elsewhere) still verifies.
    let health = if source
        .sources_of(machi_bundle::SourceKind::HealthRules)
        .next()
        .is_some()
    {
        let (imported, _) = machi_bundle::import(dir);
        imported.and_then(|i| i.health)
    } else {
        None
    };
    Ok(City {
        code: city.code.clone(),
        keys: city.event_keys,
        health,
    })
}

/// The base64 key line of a `machi.pub` file (or a file holding just that line).
fn read_public_key(path: &Path) -> Result<String> {
    let text = fs::read_to_string(path)
        .with_context(|| format!("cannot read the public key {}", path.display()))?;
    text.lines()
        .map(str::trim)
        .find(|l| is_minisign_public_key(l))
        .map(str::to_string)
        .with_context(|| format!("{} holds no minisign public key", path.display()))
}

/// `event-qr`: signs the code, writes the PNG, prints the code's text on stdout.
pub fn event_qr(args: &EventQr) -> Result<()> {
    let key = SigningKey::load(&args.secret_key)?;
    let city = args.city.load()?;
    if city.code.is_empty() {
        bail!("no city code: give the source folder with --src, or --city CODE");
    }
    if !city.keys.is_empty() || matches!(args.city, CitySource::Folder(_)) {
        check_key_listed(&key, &city, &args.secret_key, args.allow_unlisted_key)?;
    }
    let code = EventCode {
        city: city.code.clone(),
        event: args.event.clone(),
        name: args.name.clone(),
        from: args.date,
        until: args.until.unwrap_or(args.date),
        points: args.points,
        nonce: new_nonce(),
    };
    let payload = sign_checkin(&code, key.secret()).map_err(|e| anyhow::anyhow!("{e}"))?;
    // Check the way the app will, before anyone prints it.
    let trust = CheckInTrust {
        city_code: city.code.clone(),
        keys: vec![key.public_base64.clone()],
    };
    open_checkin(&payload, &trust)
        .map_err(|e| anyhow::anyhow!("the new code does not verify: {e}"))?;
    let qr = byte_mode_code(payload.as_bytes(), ErrorCorrection::H, 40)?;
    let png = render_png(&qr, PRINT_MODULE_PX, PRINT_QUIET_MODULES);
    write_file(&args.out, &png)?;
    println!("{payload}");
    eprintln!(
        "wrote {} (QR version {:?}, error correction H): event {} on {}{}, {}",
        args.out.display(),
        qr.version(),
        code.event,
        code.from,
        if code.until == code.from {
            String::new()
        } else {
            format!(" to {}", code.until)
        },
        match code.points {
            Some(p) => format!("{p} points"),
            None => "points per the city's rules".to_string(),
        }
    );
    Ok(())
}

fn check_key_listed(key: &SigningKey, city: &City, path: &Path, allow: bool) -> Result<()> {
    if city.keys.contains(&key.public_base64) {
        return Ok(());
    }
    let what = format!(
        "the public key of {} ({}) is in neither [feed].event_keys nor public_keys of city.toml, so the app would refuse its codes",
        path.display(),
        key.public_base64
    );
    if !allow {
        bail!("{what}");
    }
    eprintln!("warning: {what}");
    Ok(())
}

/// Twelve base64url characters: unique enough that two printed codes never share one.
fn new_nonce() -> String {
    use base64::Engine;
    let bytes: [u8; 9] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

/// What `points-verify` found, as `--json` prints it.
#[derive(Debug, Serialize)]
pub struct Verification {
    /// One per counter summary read.
    pub summaries: Vec<CounterReport>,
    /// Event codes read on their own (a poster, a print-out), checked as of today in Japan.
    pub event_codes: Vec<EventCodeCheck>,
    /// Texts of QR codes that are neither, and images with no code at all.
    pub unread: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct EventCodeCheck {
    pub event: Option<String>,
    pub name: Option<String>,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub points: Option<u32>,
    pub refused: Option<String>,
    pub refused_code: Option<String>,
}

impl Verification {
    /// Everything read verified and added up.
    pub fn all_good(&self) -> bool {
        let read_something = !self.summaries.is_empty() || !self.event_codes.is_empty();
        read_something
            && self
                .summaries
                .iter()
                .all(|s| s.totals_add_up && s.checkins.iter().all(|c| c.refused.is_none()))
            && self.event_codes.iter().all(|e| e.refused.is_none())
    }
}

/// `points-verify`: reads the images, checks every code against the city's keys.
pub fn points_verify(
    images: &[PathBuf],
    city: &CitySource,
    today: NaiveDate,
) -> Result<Verification> {
    let city = city.load()?;
    if city.keys.is_empty() {
        bail!("no keys to verify with: give the source folder with --src, or --public-key FILE");
    }
    let mut texts = Vec::new();
    let mut unread = Vec::new();
    for path in images {
        let bytes = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let found = read_codes(&bytes).with_context(|| format!("{}", path.display()))?;
        if found.is_empty() {
            unread.push(format!("{}: no QR code found", path.display()));
        }
        texts.extend(found);
    }
    let trust = CheckInTrust {
        // With only key files, any city's codes are taken at their word; `--city` pins it.
        city_code: city.code.clone(),
        keys: city.keys.clone(),
    };
    let (counter_texts, other): (Vec<String>, Vec<String>) = texts
        .into_iter()
        .partition(|t| t.starts_with(machi_bundle::health::counter::COUNTER_PREFIX));
    let mut event_codes = Vec::new();
    for text in other {
        if text.starts_with("MACHI-EVENT") {
            event_codes.push(check_event_code(&text, &trust, today));
        } else {
            unread.push(format!("not a Machi points code: {}", shorten(&text)));
        }
    }
    let mut summaries = if trust.city_code.is_empty() {
        verify_any_city(&counter_texts, &trust, city.health.as_ref(), &mut unread)
    } else {
        let (reports, bad) = verify_counter(&counter_texts, &trust, city.health.as_ref());
        unread.extend(bad);
        reports
    };
    // An event's name is the city's text as signed, furigana markup included (for the app's <ruby>); the
    // counter reads it as plain text, with the bases only.
    let plain = |name: &mut Option<String>| {
        if let Some(n) = name {
            *n = machi_bundle::ruby::plain(n).into_owned();
        }
    };
    summaries
        .iter_mut()
        .flat_map(|s| &mut s.checkins)
        .for_each(|c| plain(&mut c.name));
    event_codes.iter_mut().for_each(|e| plain(&mut e.name));
    Ok(Verification {
        summaries,
        event_codes,
        unread,
    })
}

/// Without a city code, each summary is checked against the city it names.
fn verify_any_city(
    texts: &[String],
    trust: &CheckInTrust,
    health: Option<&HealthContent>,
    unread: &mut Vec<String>,
) -> Vec<CounterReport> {
    let (first, bad) = verify_counter(texts, trust, health);
    unread.extend(bad);
    let cities: Vec<String> = first
        .iter()
        .filter_map(|r| r.head.as_ref().map(|h| h.city.clone()))
        .collect();
    let mut out = Vec::new();
    for report in first {
        let Some(city) = report
            .head
            .as_ref()
            .map(|h| h.city.clone())
            .or(cities.first().cloned())
        else {
            out.push(report);
            continue;
        };
        let pinned = CheckInTrust {
            city_code: city,
            keys: trust.keys.clone(),
        };
        let mine: Vec<String> = texts
            .iter()
            .filter(|t| {
                machi_bundle::health::CounterPart::parse(t).is_ok_and(|p| p.id == report.id)
            })
            .cloned()
            .collect();
        out.extend(verify_counter(&mine, &pinned, health).0);
    }
    out
}

fn check_event_code(text: &str, trust: &CheckInTrust, today: NaiveDate) -> EventCodeCheck {
    let mut pinned = trust.clone();
    let opened = open_checkin(text, &pinned).or_else(|e| match e {
        // A bare event code names its city; without --src/--city, take it.
        machi_bundle::health::CheckInError::WrongCity { found, .. }
            if trust.city_code.is_empty() =>
        {
            pinned.city_code = found;
            open_checkin(text, &pinned)
        }
        other => Err(other),
    });
    match opened.and_then(|c| c.valid_on(today).map(|()| c)) {
        Ok(c) => EventCodeCheck {
            event: Some(c.code.event),
            name: c.code.name,
            from: Some(c.code.from),
            until: Some(c.code.until),
            points: c.code.points,
            refused: None,
            refused_code: None,
        },
        Err(e) => EventCodeCheck {
            event: None,
            name: None,
            from: None,
            until: None,
            points: None,
            refused: Some(e.to_string()),
            refused_code: Some(e.code().to_string()),
        },
    }
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// The report for people at the counter.
pub fn print_verification(v: &Verification) {
    for s in &v.summaries {
        print_summary(s);
    }
    for e in &v.event_codes {
        match (&e.refused, &e.event) {
            (None, Some(event)) => println!(
                "event code {event}{}: valid {}..{}, {}",
                e.name
                    .as_deref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default(),
                e.from.map(|d| d.to_string()).unwrap_or_default(),
                e.until.map(|d| d.to_string()).unwrap_or_default(),
                e.points
                    .map(|p| format!("{p} points"))
                    .unwrap_or_else(|| "points per the rules".into())
            ),
            (Some(why), _) => println!("event code REFUSED: {why}"),
            _ => {}
        }
    }
    for u in &v.unread {
        println!("not read: {u}");
    }
}

fn print_summary(s: &CounterReport) {
    match &s.head {
        Some(h) => println!(
            "summary {}{}: period {} ({}..{}), as of {}, city {}",
            s.id,
            h.who
                .as_deref()
                .map(|w| format!(" — {w}"))
                .unwrap_or_default(),
            h.period,
            h.from,
            h.to,
            h.asof,
            h.city
        ),
        None => println!("summary {}: its first part (the totals) was not read", s.id),
    }
    if !s.missing_parts.is_empty() {
        let parts: Vec<String> = s.missing_parts.iter().map(|p| p.to_string()).collect();
        println!(
            "  MISSING parts: {} — scan every code the resident shows",
            parts.join(", ")
        );
    }
    let ok = s.checkins.iter().filter(|c| c.refused.is_none()).count();
    println!(
        "  verified check-ins: {ok} of {}, {} points",
        s.checkins.len(),
        s.verified_points
    );
    for c in &s.checkins {
        let what = format!(
            "{}{}",
            c.event.as_deref().unwrap_or("?"),
            c.name
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        );
        match &c.refused {
            None => println!("    ok       {}  {what}  {} points", c.on, c.points),
            Some(why) => println!("    REFUSED  {}  {what}  {} points — {why}", c.on, c.points),
        }
    }
    if let Some(h) = &s.head {
        println!(
            "  self-reported, not verifiable: {} points (steps {} on {} days, streak bonuses {}, check-ups {})",
            s.self_reported_points,
            h.steps_points,
            h.steps_days,
            h.bonus_points,
            h.checkups.iter().map(|c| c.points).sum::<i64>()
        );
        for c in &h.checkups {
            println!("    {}  {}  {} points", c.date, c.kind, c.points);
        }
        println!(
            "  total shown {} = self-reported {} + check-ins {}; totals add up: {}",
            h.total,
            s.self_reported_points,
            h.checkin_points,
            if s.totals_add_up { "yes" } else { "NO" }
        );
    }
}
