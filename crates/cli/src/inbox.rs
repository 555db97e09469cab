//! `machi inbox`: the messages the app shows, headless.

use clap::Subcommand;
use machi_core::inbox::{InboxEntry, InboxQuery, MessageState, ShowMessageArgs};
use machi_core::{ApiError, Machi};

use crate::{print_json, say};

#[derive(Subcommand)]
pub enum InboxCommand {
    /// One message in full.
    Show {
        id: String,
        /// In the language the city wrote it in, not the resident's.
        #[arg(long)]
        original: bool,
        #[arg(long)]
        json: bool,
    },
}

/// `machi inbox [--all] [--json]`: the list as the app shows it (alerts in force first, then newest first).
pub fn list(machi: &Machi, all: bool, json: bool) -> Result<(), ApiError> {
    let page = machi.inbox_list(InboxQuery {
        all: Some(all),
        limit: Some(500),
        ..Default::default()
    })?;
    if json {
        print_json(&page.entries);
        return Ok(());
    }
    for e in &page.entries {
        say(&line(machi, e));
    }
    if page.entries.is_empty() {
        say!("{}", machi.text("inbox-empty", &[]));
    }
    Ok(())
}

/// One line: unread marker, category, date, headline, and what is special about it.
fn line(machi: &Machi, e: &InboxEntry) -> String {
    let mut marks = Vec::new();
    if e.in_force {
        marks.push(machi.text("inbox-in-force", &[]));
    }
    if e.drill {
        marks.push(machi.text("inbox-drill", &[]));
    }
    if e.status != MessageState::Active {
        marks.push(machi.text(&format!("inbox-status-{}", status_word(e.status)), &[]));
    }
    let category = machi.text(&format!("notify-{}", e.category.replace('_', "-")), &[]);
    format!(
        "{} {}  {}  {}  {}{}",
        if e.read { " " } else { "●" },
        e.id,
        &e.sent[..e.sent.len().min(16)].replace('T', " "),
        category,
        e.headline,
        if marks.is_empty() {
            String::new()
        } else {
            format!("  ({})", marks.join(", "))
        }
    )
}

fn status_word(s: MessageState) -> &'static str {
    match s {
        MessageState::Active => "active",
        MessageState::Updated => "updated",
        MessageState::Withdrawn => "withdrawn",
        MessageState::Expired => "expired",
    }
}

pub fn run(machi: &Machi, command: InboxCommand) -> Result<(), ApiError> {
    match command {
        InboxCommand::Show { id, original, json } => {
            let view = machi.inbox_show(ShowMessageArgs {
                id,
                original: Some(original),
            })?;
            if json {
                print_json(&view);
                return Ok(());
            }
            say(&line(machi, &view.entry));
            let mut parts = Vec::new();
            if view.instruction_first {
                parts.push(&view.instruction.text);
            }
            parts.push(&view.description.text);
            if !view.instruction_first {
                parts.push(&view.instruction.text);
            }
            for part in parts.into_iter().filter(|p| !p.is_empty()) {
                say!("\n{part}");
            }
            if !view.areas.is_empty() {
                say!(
                    "\n{}: {}",
                    machi.text("inbox-areas", &[]),
                    view.areas
                        .iter()
                        .map(|a| a.text.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            if let Some(w) = &view.withdrawal {
                say!(
                    "\n{}: {}",
                    machi.text("inbox-status-withdrawn", &[]),
                    w.headline.text
                );
            }
            if let Some(web) = &view.web {
                say!("\n{web}");
            }
            Ok(())
        }
    }
}
