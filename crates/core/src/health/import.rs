//! Daily steps from the two exports residents have: Google Fit's Takeout and Apple Health's `export.xml`.
//!
//! Both give `(day, steps)` pairs, one per day, sorted; [`super::points::PointsLedger::import_steps`] posts
//! them. Neither format is specified by its vendor, so columns and attributes are looked up by name and
//! anything unexpected is skipped rather than trusted.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};

use chrono::{DateTime, NaiveDate};
use quick_xml::events::{BytesStart, Event};

/// Why an export could not be read at all (single bad rows are skipped).
#[derive(Debug, thiserror::Error)]
pub enum StepImportError {
    #[error("the CSV has no `{0}` column: is it Google Fit's “Daily activity metrics.csv”?")]
    MissingColumn(&'static str),
    #[error("the CSV cannot be read: {0}")]
    Csv(String),
    #[error("the XML cannot be read at byte {position}: {detail}")]
    Xml { position: u64, detail: String },
    #[error("this is not an Apple Health export.xml (no <HealthData>)")]
    NotHealthData,
    #[error("reading the file: {0}")]
    Io(#[from] std::io::Error),
}

/// Google Fit Takeout's daily aggregate (`Daily activity metrics.csv`, formerly `Daily Summaries.csv`): the
/// `Date` (`YYYY-MM-DD`) and `Step count` columns, found by name since columns come and go with the data an
/// account has. Empty counts are skipped; decimals are rounded; a date listed twice keeps its larger count.
pub fn import_google_fit_csv(text: &str) -> Result<Vec<(NaiveDate, u32)>, StepImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| StepImportError::Csv(e.to_string()))?
        .clone();
    let column = |name: &'static str| {
        headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
            .ok_or(StepImportError::MissingColumn(name))
    };
    let (date_col, steps_col) = (column("Date")?, column("Step count")?);
    let mut days = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| StepImportError::Csv(e.to_string()))?;
        let (Some(date), Some(steps)) = (record.get(date_col), record.get(steps_col)) else {
            continue;
        };
        let Ok(day) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
            continue;
        };
        let Some(steps) = count(steps) else { continue };
        keep_max(&mut days, day, steps);
    }
    Ok(days.into_iter().collect())
}

/// A non-negative count written as an integer or a decimal.
fn count(text: &str) -> Option<u32> {
    let v: f64 = text.trim().parse().ok()?;
    (v.is_finite() && v >= 0.0).then(|| v.round().min(f64::from(u32::MAX)) as u32)
}

fn keep_max(days: &mut BTreeMap<NaiveDate, u32>, day: NaiveDate, steps: u32) {
    let e = days.entry(day).or_insert(0);
    *e = (*e).max(steps);
}

const STEP_TYPE: &str = "HKQuantityTypeIdentifierStepCount";

/// Apple Health's `export.xml`, streamed (exports run to gigabytes): every `HKQuantityTypeIdentifierStepCount`
/// record summed per local day (the day of its `startDate`, in the offset it was recorded in) and per source,
/// then the largest source taken per day — an iPhone and an Apple Watch both count the same walk, and adding
/// them would double it.
///
/// The document type declaration is skipped unread: some iOS versions export a malformed one. Give a file
/// through a `BufReader`.
pub fn import_apple_health_xml<R: BufRead>(
    reader: R,
) -> Result<Vec<(NaiveDate, u32)>, StepImportError> {
    let body = skip_to_health_data(reader)?;
    let mut xml = quick_xml::Reader::from_reader(body);
    xml.config_mut().trim_text(true);
    let mut per_source: BTreeMap<(NaiveDate, String), f64> = BTreeMap::new();
    let mut buf = Vec::new();
    loop {
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| StepImportError::Xml {
                position: xml.error_position(),
                detail: e.to_string(),
            })?;
        match event {
            Event::Empty(e) | Event::Start(e) if e.name().as_ref() == "Record" => {
                if let Some((day, source, steps)) = step_record(&e) {
                    *per_source.entry((day, source)).or_insert(0.0) += steps;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let mut days = BTreeMap::new();
    for ((day, _), steps) in per_source {
        keep_max(
            &mut days,
            day,
            steps.round().min(f64::from(u32::MAX)) as u32,
        );
    }
    Ok(days.into_iter().collect())
}

/// `(day, source, steps)` of a step-count record; `None` for any other record or a damaged one.
fn step_record(e: &BytesStart) -> Option<(NaiveDate, String, f64)> {
    let mut kind = None;
    let mut source = String::new();
    let mut start = None;
    let mut value = None;
    // Lenient: an attribute that does not parse is skipped, not fatal (old exports had odd attribute names).
    for attr in e.html_attributes().flatten() {
        let Ok(text) = attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) else {
            continue;
        };
        match attr.key.as_ref() {
            "type" => kind = Some(text.into_owned()),
            "sourceName" => source = text.into_owned(),
            "startDate" => start = Some(text.into_owned()),
            "value" => value = Some(text.into_owned()),
            _ => {}
        }
    }
    if kind.as_deref() != Some(STEP_TYPE) {
        return None;
    }
    let start = DateTime::parse_from_str(start?.trim(), "%Y-%m-%d %H:%M:%S %z").ok()?;
    let steps: f64 = value?.trim().parse().ok()?;
    (steps.is_finite() && steps >= 0.0).then(|| (start.date_naive(), source, steps))
}

/// The stream from `<HealthData` on, so whatever precedes it (the XML declaration, a broken DTD) is never
/// parsed.
fn skip_to_health_data<R: BufRead>(mut reader: R) -> Result<impl BufRead, StepImportError> {
    const MARK: &[u8] = b"<HealthData";
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Err(StepImportError::NotHealthData);
        }
        let n = chunk.len();
        carry.extend_from_slice(chunk);
        reader.consume(n);
        if let Some(at) = carry.windows(MARK.len()).position(|w| w == MARK) {
            let rest = carry.split_off(at);
            return Ok(BufReader::new(std::io::Cursor::new(rest).chain(reader)));
        }
        // Keep only what could be the start of the mark.
        let keep = carry.len().saturating_sub(MARK.len() - 1);
        carry.drain(..keep);
    }
}
