//! Open data out: every 5374 area's calendar as `.ics` and `.csv` in `<bundle>/open-data/waste/`, beside the
//! bundle, with an `index.csv` that names each area's files and the city.toml areas that use it.
//!
//! These files are for people and other apps (a calendar subscription, a spreadsheet); the app itself reads
//! `waste.json`. They are not in the signed manifest.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::ics::{self, IcsOptions, EVENING_BEFORE_MINUTES};
use crate::builder::{io_err, write_atomic, BuildError};
use crate::content::WasteContent;
use crate::source::CitySource;

/// Where the files go, relative to the bundle folder.
pub const OPEN_DATA_WASTE_DIR: &str = "open-data/waste";
pub const INDEX_FILE: &str = "index.csv";

/// Writes the calendars of every area from `from` for about 13 months, in the city's default locale. Returns the
/// files written, index last.
pub fn write(
    waste: &WasteContent,
    source: &CitySource,
    out_dir: &Path,
    from: NaiveDate,
) -> Result<Vec<PathBuf>, BuildError> {
    let dir = out_dir.join(OPEN_DATA_WASTE_DIR);
    fs::create_dir_all(&dir).map_err(io_err(&dir))?;
    let to = ics::horizon_end(from);
    let locales = [source.city.default_locale.as_str()];
    let opts = IcsOptions {
        city_code: &source.city.code,
        locales: &locales,
        from,
        to,
        alarm_before_minutes: Some(EVENING_BEFORE_MINUTES),
        morning_alarm_minutes: None,
        alarm_categories: &[],
    };
    let mut written = Vec::new();
    let mut index = csv::WriterBuilder::new().from_writer(Vec::new());
    let record = |w: &mut csv::Writer<Vec<u8>>, fields: [&str; 5]| {
        w.write_record(fields).map_err(|e| BuildError::Io {
            path: dir.join(INDEX_FILE),
            source: e.into(),
        })
    };
    record(&mut index, ["area_id", "area", "ics", "csv", "city_areas"])?;
    for area in &waste.areas {
        let ics_name = format!("{}.ics", area.id);
        let csv_name = format!("{}.csv", area.id);
        for (name, text) in [
            (&ics_name, ics::area_ics(waste, area, &opts)),
            (&csv_name, ics::area_csv(waste, area, from, to, &locales)),
        ] {
            let path = dir.join(name);
            write_atomic(&path, text.as_bytes())?;
            written.push(path);
        }
        let city_areas: Vec<&str> = source
            .areas
            .iter()
            .filter(|a| a.waste_area.as_deref() == Some(area.name.as_str()))
            .map(|a| a.id.as_str())
            .collect();
        record(
            &mut index,
            [
                &area.id,
                &area.name,
                &ics_name,
                &csv_name,
                &city_areas.join(" "),
            ],
        )?;
    }
    let bytes = index.into_inner().map_err(|e| BuildError::Io {
        path: dir.join(INDEX_FILE),
        source: std::io::Error::other(e.to_string()),
    })?;
    let path = dir.join(INDEX_FILE);
    write_atomic(&path, &bytes)?;
    written.push(path);
    Ok(written)
}
