//! `machi-publish`: the city's side of Machi.
//!
//! - `check SRC` lists every problem in a source folder as `file:line: field: what is wrong`.
//! - `keygen --out DIR` makes the minisign key pair that signs the city's bundles.
//! - `build SRC --out DIR --secret-key FILE` builds the bundle and signs its manifest, and writes each waste
//!   area's collection calendar as open data (.ics and .csv in `DIR/open-data/waste/`).
//! - `serve DIR` serves a bundle folder over HTTP for development, with the caching headers of production.
//! - `form-decode IMAGE…` shows what a counter reads from a resident's form QR codes.
//! - `wait-status --out DIR …` writes the counters' queues as a signed `wait.json` beside the bundle.
//! - `event-qr` prints an event's signed check-in QR code; `points-verify IMAGE…` checks the code a resident
//!   shows at the counter.

mod forms;
mod keys;
mod points;
mod serve;
mod wait;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use machi_bundle::{default_bundle_version, BuildError, Report};

#[derive(Parser)]
#[command(
    name = "machi-publish",
    version,
    about = "Check, build, sign and serve a Machi city bundle"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a source folder and print every problem; exits 1 when there are errors. Writes nothing.
    Check {
        /// The source folder (holding city.toml).
        src: PathBuf,
    },
    /// Make a minisign key pair without a password: machi.pub and machi.key.
    Keygen {
        /// Folder to write the keys into (created if needed). Existing keys are never overwritten.
        #[arg(long)]
        out: PathBuf,
    },
    /// Build the bundle from a source folder and sign its manifest.
    Build {
        /// The source folder (holding city.toml).
        src: PathBuf,
        /// The bundle folder to write (created if needed).
        #[arg(long)]
        out: PathBuf,
        /// The minisign secret key (machi.key from `keygen`).
        #[arg(long)]
        secret_key: PathBuf,
        /// Bundle version; defaults to the build time in Unix seconds, so a later build is always newer.
        #[arg(long)]
        bundle_version: Option<u64>,
        /// Sign even when the key's public key is not in city.toml `[feed].public_keys`
        /// (the app would refuse such a bundle; useful only for tests).
        #[arg(long)]
        allow_unlisted_key: bool,
        /// First day of the open-data waste calendars (YYYY-MM-DD); they run about 13 months from it.
        /// Defaults to today in Japan.
        #[arg(long, value_parser = parse_date)]
        calendar_from: Option<chrono::NaiveDate>,
    },
    /// Serve a bundle folder over HTTP for development (127.0.0.1 only unless --host says otherwise).
    Serve {
        /// The bundle folder (holding manifest.json).
        dir: PathBuf,
        /// Port; 0 picks a free one. The URL is printed as the first line on stdout.
        #[arg(long, default_value_t = 8750)]
        port: u16,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        /// Take the waste searches that found nothing which residents send (to the path city.toml's
        /// `[feed].missed_searches` names) and append each report to this file as one JSON line.
        #[arg(long, value_name = "FILE")]
        missed_searches: Option<PathBuf>,
    },
    /// Read a resident's form QR codes (PNG or JPEG images, one or several codes each) and print the form,
    /// its version and every field under its official Japanese name.
    FormDecode {
        /// The images holding the codes of one form, in any order.
        #[arg(required = true)]
        images: Vec<PathBuf>,
        /// The city's source folder, for the templates (forms/*.toml).
        #[arg(long, conflicts_with = "bundle")]
        src: Option<PathBuf>,
        /// A built bundle folder (holding manifest.json), for the templates (forms.json).
        #[arg(long)]
        bundle: Option<PathBuf>,
        /// Print one JSON document instead of the listing.
        #[arg(long)]
        json: bool,
    },
    /// Write the counters' queues as a signed wait.json (+ wait.json.minisig) beside the bundle.
    WaitStatus {
        /// The bundle folder to write into (created if needed).
        #[arg(long)]
        out: PathBuf,
        /// The minisign secret key (machi.key from `keygen`): the bundle's key.
        #[arg(long)]
        secret_key: PathBuf,
        /// A counter's queue: ID=WAITING:MINUTES (e.g. shimin=5:20); repeat for each counter.
        #[arg(long = "counter", value_name = "ID=WAITING:MINUTES")]
        counters: Vec<String>,
        /// The ticket machine's CSV export: columns id, waiting, minutes.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// The city's source folder: city code and trusted keys from city.toml, counters from the forms.
        #[arg(long)]
        src: Option<PathBuf>,
        /// The city code, instead of reading it from --src.
        #[arg(long, conflicts_with = "src")]
        city_code: Option<String>,
        /// When the ticket machine counted (RFC 3339); default now.
        #[arg(long)]
        at: Option<String>,
    },
    /// Make an event's check-in QR code (PNG for print) and print its text.
    EventQr {
        /// The event's id: lower-case ASCII letters, digits, `-`, `_`, `.`. One check-in per resident per
        /// event and date.
        #[arg(long)]
        event: String,
        /// The event's day (YYYY-MM-DD, in Japan).
        #[arg(long, value_parser = parse_date)]
        date: chrono::NaiveDate,
        /// The last day the code is good on (default: the event's day).
        #[arg(long, value_parser = parse_date)]
        until: Option<chrono::NaiveDate>,
        /// Points per check-in (default: the `checkin_points` of the city's rules on the day).
        #[arg(long)]
        points: Option<u32>,
        /// The event's name, as residents see it in their history.
        #[arg(long)]
        name: Option<String>,
        /// The minisign secret key (from `keygen`) whose public key city.toml lists in [feed].event_keys or
        /// public_keys.
        #[arg(long)]
        secret_key: PathBuf,
        /// The PNG to write.
        #[arg(long)]
        out: PathBuf,
        /// The source folder holding city.toml (its code and keys); default: the current folder.
        #[arg(long, conflicts_with = "city")]
        src: Option<PathBuf>,
        /// The city code, instead of a source folder (the key is then not checked against city.toml).
        #[arg(long)]
        city: Option<String>,
        /// Sign even when city.toml does not list the key (the app would refuse the code; for tests).
        #[arg(long)]
        allow_unlisted_key: bool,
    },
    /// Read the QR codes a resident shows at the counter and verify their event check-ins.
    /// Exits 1 when anything is refused, missing or does not add up.
    PointsVerify {
        /// Photos or screenshots (PNG, JPEG, WebP) of the codes; a summary may span several codes.
        #[arg(required = true)]
        images: Vec<PathBuf>,
        /// The source folder holding city.toml (its code, keys and rules); default: the current folder.
        #[arg(long)]
        src: Option<PathBuf>,
        /// Trust these public keys (machi.pub) instead of a source folder's.
        #[arg(long = "public-key", conflicts_with = "src")]
        public_keys: Vec<PathBuf>,
        /// With --public-key: the city code the codes must name.
        #[arg(long, requires = "public_keys")]
        city: Option<String>,
        /// The day to check bare event codes against (default: today in Japan).
        #[arg(long, value_parser = parse_date)]
        today: Option<chrono::NaiveDate>,
        /// Print one JSON document instead of the report.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { src } => check(&src),
        Command::Keygen { out } => keys::keygen(&out).map(|_| ExitCode::SUCCESS),
        Command::Build {
            src,
            out,
            secret_key,
            bundle_version,
            allow_unlisted_key,
            calendar_from,
        } => build(
            &src,
            &out,
            &secret_key,
            bundle_version.unwrap_or_else(default_bundle_version),
            allow_unlisted_key,
            calendar_from.unwrap_or_else(today_in_japan),
        )
        .map(|_| ExitCode::SUCCESS),
        Command::Serve {
            dir,
            port,
            host,
            missed_searches,
        } => serve::run(&dir, host, port, missed_searches).map(|_| ExitCode::SUCCESS),
        Command::FormDecode {
            images,
            src,
            bundle,
            json,
        } => form_decode(&images, src.as_deref(), bundle.as_deref(), json),
        Command::WaitStatus {
            out,
            secret_key,
            counters,
            csv,
            src,
            city_code,
            at,
        } => wait::write(&wait::WaitRequest {
            out: &out,
            secret_key: &secret_key,
            counters: &counters,
            csv: csv.as_deref(),
            src: src.as_deref(),
            city_code: city_code.as_deref(),
            at: at.as_deref(),
        })
        .map(|status| {
            println!(
                "wrote {} for {} counters at {} in {}",
                machi_bundle::wait::WAIT_NAME,
                status.counters.len(),
                status.updated_at,
                out.display()
            );
            ExitCode::SUCCESS
        }),
        Command::EventQr {
            event,
            date,
            until,
            points,
            name,
            secret_key,
            out,
            src,
            city,
            allow_unlisted_key,
        } => points::event_qr(&points::EventQr {
            event,
            date,
            until,
            points,
            name,
            secret_key,
            out,
            city: match city {
                Some(code) => points::CitySource::Given {
                    code: Some(code),
                    public_keys: Vec::new(),
                },
                None => points::CitySource::Folder(src.unwrap_or_else(|| PathBuf::from("."))),
            },
            allow_unlisted_key,
        })
        .map(|_| ExitCode::SUCCESS),
        Command::PointsVerify {
            images,
            src,
            public_keys,
            city,
            today,
            json,
        } => points_verify(images, src, public_keys, city, today, json),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("machi-publish: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not YYYY-MM-DD"))
}

/// Japan has one time zone and no daylight saving time: UTC+9.
fn today_in_japan() -> chrono::NaiveDate {
    (chrono::Utc::now() + chrono::Duration::hours(9)).date_naive()
}

fn points_verify(
    images: Vec<PathBuf>,
    src: Option<PathBuf>,
    public_keys: Vec<PathBuf>,
    city: Option<String>,
    today: Option<chrono::NaiveDate>,
    json: bool,
) -> Result<ExitCode> {
    let source = if public_keys.is_empty() {
        points::CitySource::Folder(src.unwrap_or_else(|| PathBuf::from(".")))
    } else {
        points::CitySource::Given {
            code: city,
            public_keys,
        }
    };
    let v = points::points_verify(&images, &source, today.unwrap_or_else(today_in_japan))?;
    if json {
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        points::print_verification(&v);
    }
    Ok(if v.all_good() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Prints every problem, then the summary, to stderr.
fn print_report(report: &Report) {
    eprint!("{report}");
    eprintln!("{}", report.summary());
}

fn form_decode(
    images: &[PathBuf],
    src: Option<&Path>,
    bundle: Option<&Path>,
    json: bool,
) -> Result<ExitCode> {
    let from = match (src, bundle) {
        (Some(src), _) => forms::TemplateSource::Sources(src),
        (None, Some(bundle)) => forms::TemplateSource::Bundle(bundle),
        (None, None) => bail!("give the templates: --src DIR (the city's sources) or --bundle DIR"),
    };
    let templates = forms::load_forms(from)?;
    let codes = forms::read_codes(images)?;
    let form = forms::decode_form(&codes, &templates)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&form)?);
    } else {
        print!("{}", forms::render_text(&form));
    }
    Ok(ExitCode::SUCCESS)
}

fn check(src: &Path) -> Result<ExitCode> {
    let report = machi_bundle::check(src);
    print_report(&report);
    Ok(if report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn build(
    src: &Path,
    out: &Path,
    key_path: &Path,
    version: u64,
    allow_unlisted_key: bool,
    calendar_from: chrono::NaiveDate,
) -> Result<()> {
    if version == machi_bundle::UNPUBLISHED_VERSION {
        bail!("bundle version 0 is reserved for the app's unpublished built-in content; published versions start at 1");
    }
    // Load the key first: a build that cannot be signed should not replace the manifest.
    let key = keys::SigningKey::load(key_path)?;
    let (imported, report) = machi_bundle::import(src);
    let Some(imported) = imported.filter(|_| !report.has_errors()) else {
        print_report(&report);
        bail!("not built: fix the errors above");
    };
    if report.warning_count() > 0 {
        print_report(&report);
    }
    let listed = &imported.source.feed.public_keys;
    if !listed.contains(&key.public_base64) {
        let what = format!(
            "the public key of {} ({}) is not in city.toml [feed].public_keys, so the app would refuse this bundle",
            key_path.display(),
            key.public_base64
        );
        if !allow_unlisted_key {
            bail!("{what}");
        }
        eprintln!("warning: {what}");
    }
    let generated_at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let manifest = machi_bundle::write_bundle(&imported, out, version, &generated_at)
        .map_err(|e| match e {
            BuildError::Check(r) => anyhow::anyhow!("{r}"),
            other => anyhow::Error::new(other),
        })
        .context("writing the bundle")?;
    let manifest_path = out.join(machi_bundle::manifest::MANIFEST_NAME);
    let comment =
        machi_bundle::manifest::trusted_comment(&manifest.city_code, manifest.bundle_version);
    keys::sign_file(
        &key,
        &manifest_path,
        &out.join(machi_bundle::manifest::SIGNATURE_NAME),
        &comment,
    )?;
    println!(
        "built {} bundle version {} ({} files) in {}",
        manifest.city_code,
        manifest.bundle_version,
        manifest.files.len(),
        out.display()
    );
    if !imported.waste.areas.is_empty() {
        let written = machi_bundle::waste::open_data::write(
            &imported.waste,
            &imported.source,
            out,
            calendar_from,
        )
        .context("writing the open-data waste calendars")?;
        println!(
            "wrote {} waste calendars from {calendar_from} in {}",
            written.len().saturating_sub(1) / 2,
            out.join(machi_bundle::waste::open_data::OPEN_DATA_WASTE_DIR)
                .display()
        );
    }
    Ok(())
}
