//! `machi places`: the nearest shelters, AEDs, public toilets and Wi-Fi spots, headless and offline.

use clap::builder::PossibleValuesParser;
use clap::Subcommand;
use machi_core::places::{
    Compass, Hazard, NearPlace, OriginKind, PlaceKind, PlaceShowArgs, PlacesNearby,
    PlacesNearestArgs,
};
use machi_core::{ApiError, Machi};

use crate::print_json;

/// The kinds and hazards as the command line spells them: the API's own words.
fn kind_names() -> PossibleValuesParser {
    PossibleValuesParser::new(PlaceKind::ALL.map(PlaceKind::as_str))
}

fn hazard_names() -> PossibleValuesParser {
    PossibleValuesParser::new(Hazard::ALL.map(Hazard::as_str))
}

#[derive(Subcommand)]
pub enum PlacesCommand {
    /// The places of a kind nearest to the home area, another area or a point, nearest first.
    Nearest {
        #[arg(long, value_parser = kind_names())]
        kind: String,
        /// Latitude of the point to measure from (with --lon).
        #[arg(
            long,
            requires = "lon",
            conflicts_with = "area",
            allow_negative_numbers = true
        )]
        lat: Option<f64>,
        /// Longitude of the point to measure from (with --lat).
        #[arg(long, requires = "lat", allow_negative_numbers = true)]
        lon: Option<f64>,
        /// An area id or an area's name in any language (default: the home area).
        #[arg(long)]
        area: Option<String>,
        /// Shelters for this hazard only.
        #[arg(long, value_parser = hazard_names())]
        hazard: Option<String>,
        /// Shelters that are open now only.
        #[arg(long)]
        open: bool,
        /// Shelters for at least this many people only.
        #[arg(long)]
        min_capacity: Option<u32>,
        /// At most this many places.
        #[arg(long, default_value_t = 10)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// One place in full, measured from the home area (or --area, or --lat/--lon).
    Show {
        id: String,
        #[arg(
            long,
            requires = "lon",
            conflicts_with = "area",
            allow_negative_numbers = true
        )]
        lat: Option<f64>,
        #[arg(long, requires = "lat", allow_negative_numbers = true)]
        lon: Option<f64>,
        #[arg(long)]
        area: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(machi: &Machi, command: PlacesCommand) -> Result<(), ApiError> {
    match command {
        PlacesCommand::Nearest {
            kind,
            lat,
            lon,
            area,
            hazard,
            open,
            min_capacity,
            limit,
            json,
        } => {
            let found = machi.places_nearest(PlacesNearestArgs {
                // Both were checked by clap against the API's own lists.
                kind: PlaceKind::parse(&kind).unwrap_or(PlaceKind::Shelter),
                area,
                lat,
                lon,
                hazard: hazard.as_deref().and_then(Hazard::parse),
                open_only: Some(open),
                min_capacity,
                limit: Some(limit),
            })?;
            if json {
                print_json(&found);
            } else {
                print_nearby(machi, &found);
            }
            Ok(())
        }
        PlacesCommand::Show {
            id,
            lat,
            lon,
            area,
            json,
        } => {
            let view = machi.place_show(PlaceShowArgs { id, area, lat, lon })?;
            if json {
                print_json(&view);
                return Ok(());
            }
            say!("{}", line(machi, &view.place));
            for (label, value) in [
                ("places-phone", view.place.phone.as_deref()),
                ("places-hours", view.place.hours.as_deref()),
                ("places-ssid", view.place.ssid.as_deref()),
                ("places-detail", view.place.detail.as_deref()),
            ] {
                if let Some(value) = value {
                    say!("  {}: {value}", machi.text(label, &[]));
                }
            }
            if !view.opened_by.is_empty() {
                say!("  {}:", machi.text("places-opened-by", &[]));
                for e in &view.opened_by {
                    say!("    {}  {}", e.id, e.headline);
                }
            }
            say!("  {}", view.place.maps_url);
            say!("  {}", view.place.web_map_url);
            Ok(())
        }
    }
}

fn print_nearby(machi: &Machi, found: &PlacesNearby) {
    let origin = match found.from.kind {
        OriginKind::Point => found.from.label.clone(),
        _ => format!(
            "{} ({:.5}, {:.5})",
            found.from.label, found.from.lat, found.from.lon
        ),
    };
    say!(
        "{}",
        machi.text("places-cli-from", &[("origin", origin.clone())])
    );
    if found.places.is_empty() {
        say!("{}", machi.text("places-cli-none", &[]));
    }
    for (n, p) in found.places.iter().enumerate() {
        say!("{:>3}. {}", n + 1, line(machi, p));
    }
}

/// One place on one line: name, distance, direction, address, and a shelter's status and capacity.
fn line(machi: &Machi, p: &NearPlace) -> String {
    let mut parts = vec![
        p.name.clone(),
        distance(machi, p.distance_m),
        machi.text(compass_id(p.direction), &[]),
    ];
    if let Some(address) = &p.address {
        parts.push(address.clone());
    }
    if let Some(open) = p.open {
        parts.push(machi.text(
            if open {
                "places-status-open"
            } else {
                "places-status-closed"
            },
            &[],
        ));
    }
    if let Some(capacity) = p.capacity {
        parts.push(format!(
            "{}: {}",
            machi.text("places-capacity", &[]),
            machi.text("places-capacity-value", &[("count", capacity.to_string())])
        ));
    }
    format!("{}  [{}]", parts.join("  "), p.id)
}

/// Metres below a kilometre, else kilometres to one decimal.
fn distance(machi: &Machi, metres: u32) -> String {
    if metres < 1000 {
        machi.text("places-distance-m", &[("metres", metres.to_string())])
    } else {
        let km = format!("{:.1}", f64::from(metres) / 1000.0);
        machi.text("places-distance-km", &[("km", km)])
    }
}

fn compass_id(c: Compass) -> &'static str {
    match c {
        Compass::N => "places-compass-n",
        Compass::NE => "places-compass-ne",
        Compass::E => "places-compass-e",
        Compass::SE => "places-compass-se",
        Compass::S => "places-compass-s",
        Compass::SW => "places-compass-sw",
        Compass::W => "places-compass-w",
        Compass::NW => "places-compass-nw",
    }
}
