//! `machi waste`: which bin an item goes in and when it is collected, headless — the same answers as the app's
//! waste screen, in the resident's language (`--json` for scripts: one document, dates in ISO form).

use std::path::PathBuf;

use clap::Subcommand;
use machi_core::waste::{
    WasteAreaArgs, WasteItemView, WasteMonthArgs, WasteSchedule, WasteSearchArgs,
};
use machi_core::{ApiError, ErrorCode, Machi};

use crate::print_json;

#[derive(Subcommand)]
pub enum WasteCommand {
    /// Which bin: the items for what you type (kanji, kana, romaji or your language), best first.
    Search {
        /// What to throw away, e.g. ペットボトル, kandenchi, "frying pan".
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// Search and answer in this language (ja, en, vi, pt-BR …) instead of the resident's.
        #[arg(long)]
        lang: Option<String>,
        /// At most this many items (default 20).
        #[arg(long)]
        limit: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Each category's next collection day in an area (a collection on that very day counts).
    Next {
        /// A city area id (`mamada`) or name (`間々田地区`); default: the resident's home area.
        #[arg(long)]
        area: Option<String>,
        /// The day to count from, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One month of collection days, with public holidays and closures.
    Month {
        #[arg(long)]
        area: Option<String>,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        month: u32,
        #[arg(long)]
        json: bool,
    },
    /// The area's collection calendar for the next 13 months as iCalendar (RFC 5545), for any calendar app.
    Ics {
        #[arg(long)]
        area: Option<String>,
        /// Write the file here instead of to standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The searches that found nothing, kept on this device (the words only).
    Missing {
        #[arg(long)]
        json: bool,
        /// Forget them.
        #[arg(long, conflicts_with = "send")]
        clear: bool,
        /// Send the words not sent yet to the city, when its feed names a place for them (the words and how
        /// often each was searched; nothing else).
        #[arg(long)]
        send: bool,
    },
}

pub fn run(machi: &Machi, command: WasteCommand) -> Result<(), ApiError> {
    match command {
        WasteCommand::Search {
            query,
            lang,
            limit,
            json,
        } => search(machi, query.join(" "), lang, limit, json),
        WasteCommand::Next { area, on, json } => next(machi, area, on, json),
        WasteCommand::Month {
            area,
            year,
            month,
            json,
        } => show_month(machi, area, year, month, json),
        WasteCommand::Ics { area, out } => ics(machi, area, out),
        WasteCommand::Missing { json, clear, send } => missing(machi, json, clear, send),
    }
}

fn search(
    machi: &Machi,
    query: String,
    lang: Option<String>,
    limit: Option<u32>,
    json: bool,
) -> Result<(), ApiError> {
    let items = machi.waste_search(WasteSearchArgs {
        query: query.clone(),
        locale: lang.clone(),
        limit,
    })?;
    if json {
        print_json(&items);
        return Ok(());
    }
    // Labels in the language asked for, like the answers.
    let locale = lang.unwrap_or_else(|| machi.locale());
    let text = |id: &str, args: &[(&str, String)]| machi.text_in(&locale, id, args);
    if items.is_empty() {
        say!("{}", text("waste-no-results", &[("query", query)]));
        return Ok(());
    }
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            say!();
        }
        say!("{}. {}", n + 1, item_names(item));
        say!(
            "   {}: {}",
            text("waste-item-category", &[]),
            item.category.name
        );
        for (label, body) in [
            ("waste-how", &item.how.text),
            ("waste-notes", &item.notes.text),
        ] {
            if !body.is_empty() {
                say!("   {}: {body}", text(label, &[]));
            }
        }
        if let Some(m) = &item.matched {
            say!("   {}: {}", text("waste-matched", &[]), m.text);
        }
    }
    Ok(())
}

/// The name, and the Japanese name and reading beside it when they differ (bins and the city's lists are in
/// Japanese).
fn item_names(item: &WasteItemView) -> String {
    let mut line = item.name.clone();
    if !item.name_ja.is_empty() && item.name_ja != item.name {
        line.push_str(&format!("  {}", item.name_ja));
    }
    if let Some(reading) = item
        .reading
        .as_deref()
        .filter(|r| !r.is_empty() && *r != item.name_ja && *r != item.name)
    {
        line.push_str(&format!(" ({reading})"));
    }
    line
}

/// `2026-11-30（月）`: the ISO date and the weekday in the resident's language.
fn day(machi: &Machi, date: &str) -> String {
    use chrono::Datelike;
    let weekday = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map(|d| d.weekday().num_days_from_monday())
        .unwrap_or(0);
    machi.text(
        "waste-date",
        &[
            ("date", date.to_string()),
            (
                "weekday",
                machi.text(&format!("waste-weekday-short-{weekday}"), &[]),
            ),
        ],
    )
}

fn next(
    machi: &Machi,
    area: Option<String>,
    on: Option<String>,
    json: bool,
) -> Result<(), ApiError> {
    let schedule = machi
        .waste_next(WasteAreaArgs {
            area: area.clone(),
            on,
        })
        .map_err(|e| unknown_area(machi, area.as_deref(), e))?;
    if json {
        print_json(&schedule);
        return Ok(());
    }
    print_schedule(machi, &schedule);
    Ok(())
}

fn print_schedule(machi: &Machi, s: &WasteSchedule) {
    say!(
        "{}",
        machi.text(
            "waste-next-heading",
            &[("area", s.area_label.clone()), ("date", day(machi, &s.on))],
        )
    );
    for n in &s.next {
        let when = match n.days_from_today {
            0 => machi.text("waste-day-today", &[]),
            1 => machi.text("waste-day-tomorrow", &[]),
            days => machi.text("waste-day-in", &[("days", days.to_string())]),
        };
        say!("{}  {when}  {}", day(machi, &n.date), n.category.name);
    }
    if s.next.is_empty() {
        say!("{}", machi.text("waste-next-none", &[]));
    }
}

fn show_month(
    machi: &Machi,
    area: Option<String>,
    year: i32,
    month: u32,
    json: bool,
) -> Result<(), ApiError> {
    let m = machi
        .waste_month(WasteMonthArgs {
            area: area.clone(),
            year,
            month,
        })
        .map_err(|e| unknown_area(machi, area.as_deref(), e))?;
    if json {
        print_json(&m);
        return Ok(());
    }
    say!(
        "{}",
        machi.text(
            "waste-month-heading",
            &[
                ("area", m.area_label.clone()),
                ("month", format!("{year:04}-{month:02}")),
            ],
        )
    );
    for d in &m.days {
        let mut parts = Vec::new();
        if d.holiday {
            parts.push(machi.text("waste-holiday", &[]));
        }
        if d.closed {
            parts.push(machi.text("waste-closed", &[]));
        }
        parts.extend(d.categories.iter().map(|c| c.name.clone()));
        if !parts.is_empty() {
            say!("{}  {}", day(machi, &d.date), parts.join("  "));
        }
    }
    Ok(())
}

fn ics(machi: &Machi, area: Option<String>, out: Option<PathBuf>) -> Result<(), ApiError> {
    let file = machi
        .waste_ics(WasteAreaArgs {
            area: area.clone(),
            on: None,
        })
        .map_err(|e| unknown_area(machi, area.as_deref(), e))?;
    match out {
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout();
            if let Err(e) = stdout.write_all(file.ics.as_bytes()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(cannot_write(&e.to_string()));
                }
            }
            Ok(())
        }
        Some(path) => {
            std::fs::write(&path, file.ics.as_bytes())
                .map_err(|e| cannot_write(&format!("{}: {e}", path.display())))?;
            say!(
                "{}",
                machi.text("waste-ics-saved", &[("file", path.display().to_string())])
            );
            Ok(())
        }
    }
}

/// An area that is not the city's says which areas there are (ids and names), so the next try can succeed.
fn unknown_area(machi: &Machi, area: Option<&str>, e: ApiError) -> ApiError {
    let (Some(area), ErrorCode::NotFound) = (area, e.code) else {
        return e;
    };
    let Ok(areas) = machi.waste_areas() else {
        return e;
    };
    let areas = areas
        .iter()
        .map(|a| format!("{} ({})", a.id, a.label))
        .collect::<Vec<_>>()
        .join(", ");
    ApiError {
        code: e.code,
        message: machi.text(
            "waste-area-unknown",
            &[("area", area.to_string()), ("areas", areas)],
        ),
    }
}

fn cannot_write(detail: &str) -> ApiError {
    ApiError {
        code: ErrorCode::InvalidInput,
        message: detail.to_string(),
    }
}

fn missing(machi: &Machi, json: bool, clear: bool, send: bool) -> Result<(), ApiError> {
    if clear {
        machi.waste_missing_clear()?;
        if !json {
            say!("{}", machi.text("waste-missing-cleared", &[]));
        }
    }
    let missing = if send {
        let done = crate::runtime().block_on(machi.waste_missing_send())?;
        if json {
            // How many words went, and the list as it is now.
            print_json(&done);
            return Ok(());
        } else {
            say!(
                "{}",
                machi.text(
                    "waste-missing-sent",
                    &[
                        ("count", done.sent.to_string()),
                        ("host", done.missing.send_to.clone().unwrap_or_default()),
                    ],
                )
            );
        }
        done.missing
    } else {
        machi.waste_missing()?
    };
    if json {
        print_json(&missing);
        return Ok(());
    }
    if clear || send {
        return Ok(());
    }
    if missing.queries.is_empty() {
        say!("{}", machi.text("waste-missing-empty", &[]));
    }
    for q in &missing.queries {
        let line = if q.sent {
            "waste-missing-line-sent"
        } else {
            "waste-missing-line"
        };
        say!(
            "{}",
            machi.text(
                line,
                &[("text", q.text.clone()), ("count", q.count.to_string())],
            )
        );
    }
    if let Some(host) = missing
        .send_to
        .filter(|_| missing.queries.iter().any(|q| !q.sent))
    {
        say!(
            "{}",
            machi.text("waste-missing-send-hint-cli", &[("host", host)])
        );
    }
    Ok(())
}
