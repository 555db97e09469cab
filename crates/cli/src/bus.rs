//! `machi bus`: finding a stop and the next おーバス from it, headless and offline.

use clap::Subcommand;
use machi_core::transit::{BusDeparturesArgs, BusStopView, BusStopsArgs};
use machi_core::{ApiError, Machi};

use crate::print_json;

#[derive(Subcommand)]
pub enum BusCommand {
    /// Stops whose name matches QUERY in kanji, kana, romaji or another language, or whose code is QUERY.
    Stops {
        query: String,
        #[arg(long)]
        json: bool,
    },
    /// The next buses from a stop, soonest first (a bus after midnight on its calendar day).
    Next {
        /// A stop id or a stop's name (kanji, kana or romaji).
        #[arg(long)]
        stop: String,
        /// "YYYY-MM-DD HH:MM" (or ISO 8601) in Japan time; default now.
        #[arg(long)]
        at: Option<String>,
        /// At most this many departures.
        #[arg(long, default_value_t = 10)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(machi: &Machi, command: BusCommand) -> Result<(), ApiError> {
    match command {
        BusCommand::Stops { query, json } => {
            let stops = machi.bus_stops(BusStopsArgs { query, limit: None })?;
            if json {
                print_json(&stops);
                return Ok(());
            }
            if stops.is_empty() {
                say!("{}", machi.text("bus-cli-stops-none", &[]));
            }
            for stop in &stops {
                say!("{}", stop_line(machi, stop));
            }
            Ok(())
        }
        BusCommand::Next {
            stop,
            at,
            limit,
            json,
        } => {
            let found = machi.bus_departures(BusDeparturesArgs {
                stop,
                at,
                limit: Some(limit),
            })?;
            if json {
                print_json(&found);
                return Ok(());
            }
            say!(
                "{}",
                machi.text(
                    "bus-cli-departures",
                    &[
                        ("stop", stop_line(machi, &found.stop)),
                        ("at", found.at.replace('T', " ")),
                    ],
                )
            );
            if found.departures.is_empty() {
                say!("{}", machi.text("bus-cli-none", &[]));
            }
            for d in &found.departures {
                let mut parts = vec![d.departs_at.replace('T', " ")];
                // The timetable's own clock, where it differs: a 25:10 bus shown at 01:10 the next day.
                if !d.departs_at.ends_with(&d.service_time) {
                    parts[0].push_str(&format!(" ({})", d.service_time));
                }
                parts.push(d.route_name.text.clone());
                parts.push(d.headsign.text.clone());
                if let Some(platform) = &d.platform {
                    parts.push(machi.text("bus-platform", &[("platform", platform.clone())]));
                }
                parts.push(machi.text("bus-cli-minutes", &[("minutes", d.minutes.to_string())]));
                say!("{}", parts.join("  "));
            }
            for n in &found.notices {
                say!("* {}  ({})", n.headline, n.id);
            }
            Ok(())
        }
    }
}

/// A stop's name with its reading, number and platforms, and its id to use in `--stop`.
fn stop_line(machi: &Machi, stop: &BusStopView) -> String {
    let mut line = stop.name.text.clone();
    if let Some(reading) = stop.reading.as_deref().filter(|r| *r != stop.name.text) {
        line.push_str(&format!(" ({reading})"));
    }
    if let Some(platform) = &stop.platform {
        line.push_str(&format!(
            "  {}",
            machi.text("bus-platform", &[("platform", platform.clone())])
        ));
    }
    if !stop.platforms.is_empty() {
        line.push_str(&format!(
            "  {}",
            machi.text(
                "bus-stop-platforms",
                &[("platforms", stop.platforms.join(", "))]
            )
        ));
    }
    if let Some(code) = &stop.code {
        line.push_str(&format!(
            "  {}",
            machi.text("bus-stop-code", &[("code", code.clone())])
        ));
    }
    format!("{line}  [{}]", stop.id)
}
