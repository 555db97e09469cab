//! `machi`: the headless Machi client. Every subcommand is a thin call into machi-core.

/// `println!` for people: every line of human output goes through [`say`], so content with furigana markup
/// (`避難所《ひなんじょ》`, kept in the API for the UI's `<ruby>`) reaches the terminal as its base text only.
macro_rules! say {
    () => {
        $crate::say("")
    };
    ($($arg:tt)*) => {
        $crate::say(&format!($($arg)*))
    };
}

mod bus;
mod forms;
mod inbox;
mod places;
mod points;
mod waste;
mod web;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use machi_core::{ApiError, ErrorCode, Feed, Machi, MachiOptions};

#[derive(Parser)]
#[command(
    name = "machi",
    version,
    about = "Machi (まち): the city app, headless"
)]
struct Cli {
    /// Where Machi keeps its database (default: the platform's app-data folder).
    #[arg(long, global = true, env = "MACHI_DATA_DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Call any operation of the Machi API by name, exactly as the app's UI does; prints the JSON result.
    Call {
        /// The operation (see docs/API.md), e.g. `list_areas`.
        name: String,
        /// Its arguments as JSON (default `{}`), e.g. '{"patch":{"locale":"en"}}'; `-` reads them from stdin.
        args: Option<String>,
    },
    /// Fetch the newest signed city bundle from a feed (default: the city's own feed).
    Sync {
        /// The feed folder that holds manifest.json.
        url: Option<String>,
        /// A minisign public key file to trust instead of the city's pinned keys.
        #[arg(long)]
        public_key: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Show the held city bundle and the last sync.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// The city's notices and alerts, as the app lists them (alerts in force first, then newest first).
    Inbox {
        /// Also updated, expired and withdrawn messages.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        command: Option<inbox::InboxCommand>,
    },
    /// Shelters, AEDs, public toilets and Wi-Fi spots near home, an area or a point (offline).
    Places {
        #[command(subcommand)]
        command: places::PlacesCommand,
    },
    /// The おーバス: stops by name and the next buses from a stop (offline).
    Bus {
        #[command(subcommand)]
        command: bus::BusCommand,
    },
    /// Health points: balance, tier and progress of a profile; subcommands earn and show points.
    Points {
        /// The profile, by name or id (default: the one the app shows).
        #[arg(long, global = true)]
        profile: Option<String>,
        #[arg(long, global = true)]
        json: bool,
        #[command(subcommand)]
        command: Option<points::PointsCommand>,
    },
    /// The family's profiles on this device: each has its own points, history and settings.
    Profile {
        #[command(subcommand)]
        command: points::ProfileCommand,
    },
    /// The city's forms (書かない窓口): list them, or turn one into the QR codes shown at the counter.
    Form {
        #[command(subcommand)]
        command: forms::FormCommand,
    },
    /// How many people wait at each counter, and for about how long (待たない窓口).
    Wait {
        #[arg(long)]
        json: bool,
    },
    /// Waste: which bin an item goes in, collection days, the calendar as iCalendar, searches that found nothing.
    Waste {
        #[command(subcommand)]
        command: waste::WasteCommand,
    },
    /// Serve the app's UI and API on 127.0.0.1 for a browser on this computer.
    Web {
        /// Port on 127.0.0.1 (0 = any free port).
        #[arg(long, default_value_t = 8740)]
        port: u16,
        /// Print the address of the signage page (alerts, notices and the queues, full screen, no input).
        #[arg(long)]
        kiosk: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = cli.data_dir.clone().unwrap_or_else(Machi::default_data_dir);
    match run(cli, data_dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line, stable code first: scripts match on the code, residents read the message (plain: a
            // message may quote content, whose furigana markup is for the UI only).
            eprintln!("{}: {}", e.code, machi_core::plain_text(&e.message));
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// Every string in a JSON value, with furigana markup reduced to the base text.
fn plain_strings(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) if machi_core::plain_text(s) != *s => {
            *s = machi_core::plain_text(s).into_owned();
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(plain_strings),
        serde_json::Value::Object(map) => map.values_mut().for_each(plain_strings),
        _ => {}
    }
}

/// A line for people on stdout, as plain text: furigana markup keeps only its bases. A reader that stops early
/// (`| head`) ends the output quietly.
pub(crate) fn say(text: &str) {
    use std::io::Write;
    if let Err(e) = writeln!(std::io::stdout(), "{}", machi_core::plain_text(text)) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("machi: cannot write the output: {e}");
        std::process::exit(1);
    }
}

pub(crate) fn invalid_input(message: String) -> ApiError {
    ApiError {
        code: ErrorCode::InvalidInput,
        message,
    }
}

/// The JSON arguments of `machi call`: the argument, stdin for `-`, or none.
fn call_arguments(args: Option<String>) -> Result<serde_json::Value, ApiError> {
    let text = match args.as_deref() {
        None => return Ok(serde_json::Value::Null),
        Some("-") => std::io::read_to_string(std::io::stdin())
            .map_err(|e| invalid_input(format!("stdin: {e}")))?,
        Some(text) => text.to_string(),
    };
    serde_json::from_str(&text).map_err(|e| invalid_input(format!("arguments: {e}")))
}

/// One JSON document on stdout, its texts plain (furigana keep only their bases). A reader that stops early
/// (`| head`) ends the output quietly.
pub(crate) fn print_json<T: serde::Serialize>(value: &T) {
    use std::io::Write;
    let mut value = serde_json::to_value(value).expect("API values serialise");
    plain_strings(&mut value);
    let text = serde_json::to_string_pretty(&value).expect("API values serialise");
    if let Err(e) = writeln!(std::io::stdout(), "{text}") {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("machi: cannot write the output: {e}");
            std::process::exit(1);
        }
    }
}

fn run(cli: Cli, data_dir: PathBuf) -> Result<(), ApiError> {
    match cli.command {
        Command::Call { name, args } => {
            let arguments = call_arguments(args)?;
            let machi = Machi::open(&data_dir)?;
            let result = runtime().block_on(machi_core::api::call(&machi, &name, arguments))?;
            print_json(&result);
            Ok(())
        }
        Command::Sync {
            url,
            public_key,
            json,
        } => {
            let mut options = MachiOptions::default();
            if url.is_some() || public_key.is_some() {
                let defaults = Machi::open(&data_dir)?.feed().clone();
                let public_keys = match public_key {
                    Some(path) => vec![std::fs::read_to_string(&path)
                        .map_err(|e| invalid_input(format!("{}: {e}", path.display())))?],
                    None => defaults.public_keys,
                };
                options.feed = Some(Feed {
                    url: url.unwrap_or(defaults.url),
                    public_keys,
                    city_code: defaults.city_code,
                });
            }
            let machi = Machi::open_with(&data_dir, options)?;
            let report = runtime().block_on(machi.sync_now())?;
            if json {
                print_json(&report);
            } else {
                let text = match report.outcome {
                    machi_core::SyncOutcome::Updated => machi.text(
                        "sync-updated",
                        &[("version", report.bundle_version.to_string())],
                    ),
                    machi_core::SyncOutcome::UpToDate => machi.text("sync-up-to-date", &[]),
                };
                say!("{text}");
            }
            Ok(())
        }
        Command::Inbox { all, json, command } => {
            let machi = Machi::open(&data_dir)?;
            match command {
                Some(command) => inbox::run(&machi, command),
                None => inbox::list(&machi, all, json),
            }
        }
        Command::Places { command } => places::run(&Machi::open(&data_dir)?, command),
        Command::Bus { command } => bus::run(&Machi::open(&data_dir)?, command),
        Command::Points {
            profile,
            json,
            command,
        } => {
            let machi = Machi::open(&data_dir)?;
            points::run(&machi, profile.as_deref(), json, command)
        }
        Command::Profile { command } => {
            let machi = Machi::open(&data_dir)?;
            points::profile(&machi, command)
        }
        Command::Waste { command } => waste::run(&Machi::open(&data_dir)?, command),
        Command::Status { json } => {
            let machi = Machi::open(&data_dir)?;
            let info = machi.app_info()?;
            if json {
                print_json(&info);
            } else {
                say!(
                    "{} ({}) bundle {} {}",
                    info.city_name.text,
                    info.city_code,
                    info.bundle.version,
                    info.bundle.generated_at
                );
                if let Some(e) = info.bundle.last_error {
                    say!("{} ({})", e.message, e.code);
                }
            }
            Ok(())
        }
        Command::Form { command } => forms::run(&Machi::open(&data_dir)?, command),
        Command::Wait { json } => forms::wait(&Machi::open(&data_dir)?, &runtime(), json),
        Command::Web { port, kiosk } => {
            let machi = Machi::open(&data_dir)?;
            runtime()
                .block_on(web::serve(machi, port, kiosk))
                .map_err(|e| ApiError {
                    code: ErrorCode::Internal,
                    message: e.to_string(),
                })
        }
    }
}
