//! Which messages raise an OS notification, exactly once each.
//!
//! After each sync (and at start) the shell asks for the notifications due; the choice is recorded in the
//! resident's file in the same transaction, so a message never notifies twice — across restarts, repeated syncs
//! or two processes. The rules:
//!
//! - the first time the inbox is looked at, what is already there becomes the baseline and notifies nothing
//!   (except alerts in force for the resident, which a new install must not miss);
//! - a new message notifies if its category is followed, it reaches the resident's home area, it is still
//!   active and it was sent in the last 24 hours (older ones arrive silently: no burst after a long offline);
//! - an Update or Cancel notifies only a resident who was notified of the message it updates or cancels;
//! - in quiet hours a message waits, unless it is Extreme or Immediate.

use std::collections::BTreeMap;

use chrono::NaiveTime;
use machi_bundle::content::{Message, MsgType, Severity, Urgency};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    headline_of, messages_of, pick_text, rows, MessageState, NotificationKind, NotificationRequest,
    Row, Viewer,
};
use crate::error::Result;

/// Messages older than this when they first arrive notify nothing.
const FRESH_SECS: i64 = 24 * 3600;
/// Notification bodies are cut here (a lock screen shows little more).
const BODY_CHARS: usize = 180;

/// Hours in which only Extreme or Immediate messages notify, in the device's local time (`22:00`–`07:00`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    /// `HH:MM`
    pub start: String,
    /// `HH:MM`; before `start` means the next morning.
    pub end: String,
}

impl QuietHours {
    pub fn parse_time(s: &str) -> Option<NaiveTime> {
        NaiveTime::parse_from_str(s, "%H:%M").ok()
    }

    /// Whether `at` (local time of day) falls in these hours.
    pub fn contains(&self, at: NaiveTime) -> bool {
        let (Some(start), Some(end)) = (Self::parse_time(&self.start), Self::parse_time(&self.end))
        else {
            return false;
        };
        if start <= end {
            start <= at && at < end
        } else {
            at >= start || at < end
        }
    }
}

/// Formats Fluent message `id` with its arguments in the resident's language.
pub type FormatText<'f> = dyn Fn(&str, &[(&str, String)]) -> String + 'f;

/// What notifying needs to know of the resident.
pub struct NotifyContext<'a> {
    pub viewer: Viewer<'a>,
    /// Category → followed.
    pub follows: &'a BTreeMap<String, bool>,
    pub quiet: Option<&'a QuietHours>,
    /// The local time of day now (for quiet hours).
    pub local_time: NaiveTime,
    pub now_rfc3339: &'a str,
    /// Formats a UI message in the resident's language (category names, "drill", "withdrawn").
    pub text: &'a FormatText<'a>,
}

enum Decision {
    Notify,
    Silent,
    Wait,
}

/// The notifications due now; each is recorded as done before this returns.
pub fn due(conn: &Connection, ctx: &NotifyContext) -> Result<Vec<NotificationRequest>> {
    let baseline: Option<String> = conn
        .query_row(
            "SELECT notify_baseline_at FROM resident.settings WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let all = rows(conn)?;
    let notified_before: BTreeMap<String, bool> = {
        let mut stmt = conn.prepare(
            "SELECT id, notified FROM resident.message_state WHERE notified_at IS NOT NULL",
        )?;
        let pairs = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        pairs.into_iter().collect()
    };
    // A message scheduled for later waits for its time.
    let pending: Vec<&Row> = all
        .iter()
        .filter(|r| !notified_before.contains_key(&r.id) && r.published(ctx.viewer.now))
        .collect();
    if pending.is_empty() {
        mark_baseline(conn, baseline.as_deref(), ctx.now_rfc3339)?;
        return Ok(vec![]);
    }
    // The pending messages, and what their Updates and Cancels refer to (a Cancel may name only its original).
    let mut wanted = pending.clone();
    let referenced: Vec<&Row> = {
        let pending_msgs = messages_of(conn, None, &pending)?;
        let ids: std::collections::BTreeSet<&String> = pending_msgs
            .values()
            .flat_map(|m| m.references.iter())
            .collect();
        all.iter().filter(|r| ids.contains(&r.id)).collect()
    };
    wanted.extend(referenced);
    let messages = messages_of(conn, None, &wanted)?;
    let mut out = Vec::new();
    for r in pending {
        let Some(m) = messages.get(&r.id) else {
            continue;
        };
        let decision = if baseline.is_none() && !r.in_force(&ctx.viewer) {
            Decision::Silent
        } else {
            decide(r, m, ctx, &notified_before)
        };
        match decision {
            Decision::Wait => continue,
            Decision::Silent => record(conn, &r.id, false, ctx.now_rfc3339)?,
            Decision::Notify => {
                record(conn, &r.id, true, ctx.now_rfc3339)?;
                out.push(request(r, m, ctx, &messages));
            }
        }
    }
    mark_baseline(conn, baseline.as_deref(), ctx.now_rfc3339)?;
    Ok(out)
}

fn decide(
    r: &Row,
    m: &Message,
    ctx: &NotifyContext,
    notified_before: &BTreeMap<String, bool>,
) -> Decision {
    let v = &ctx.viewer;
    let followed = ctx.follows.get(&r.category).copied().unwrap_or(true);
    let fresh = v.now - r.sent_at < FRESH_SECS;
    let live = match r.msg_type {
        // A Cancel is news only to those who were told of what it cancels.
        MsgType::Cancel | MsgType::Update => m
            .references
            .iter()
            .any(|id| notified_before.get(id).copied().unwrap_or(false)),
        MsgType::Alert => r.state(v.now) == MessageState::Active,
    };
    if !(followed && fresh && live && r.reaches(v.home_area)) {
        return Decision::Silent;
    }
    let overrides_quiet = m.severity == Severity::Extreme || m.urgency == Urgency::Immediate;
    if ctx.quiet.is_some_and(|q| q.contains(ctx.local_time)) && !overrides_quiet {
        return Decision::Wait;
    }
    Decision::Notify
}

fn record(conn: &Connection, id: &str, notified: bool, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO resident.message_state (id, notified, notified_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET notified = ?2, notified_at = ?3",
        params![id, notified, now],
    )?;
    Ok(())
}

fn mark_baseline(conn: &Connection, baseline: Option<&str>, now: &str) -> Result<()> {
    if baseline.is_none() {
        conn.execute(
            "UPDATE resident.settings SET notify_baseline_at = ?1 WHERE id = 1",
            [now],
        )?;
    }
    Ok(())
}

/// Title and body as plain text in the resident's language: the category, a drill marker, the headline; the
/// instruction first for urgent alerts.
fn request(
    r: &Row,
    m: &Message,
    ctx: &NotifyContext,
    messages: &std::collections::HashMap<String, Message>,
) -> NotificationRequest {
    let chain = &ctx.viewer.chain;
    let (mut headline, _) = headline_of(m, chain);
    if r.msg_type == MsgType::Cancel && headline.is_empty() {
        // A Cancel without words of its own: name what it withdraws.
        if let Some(original) = m.references.first().and_then(|id| messages.get(id)) {
            headline = (ctx.text)(
                "notification-withdrawn",
                &[("headline", headline_of(original, chain).0)],
            );
        }
    }
    let category = (ctx.text)(&format!("notify-{}", r.category.replace('_', "-")), &[]);
    let title = (ctx.text)(
        if r.drill {
            "notification-title-drill"
        } else {
            "notification-title"
        },
        &[("category", category), ("headline", headline)],
    );
    let urgent = m.severity == Severity::Extreme || m.urgency == Urgency::Immediate;
    let first = if urgent || matches!(m.severity, Severity::Severe) {
        [&m.instruction, &m.description]
    } else {
        [&m.description, &m.instruction]
    };
    let body = first
        .iter()
        .map(|t| pick_text(t, chain).0)
        .find(|t| !t.is_empty())
        .unwrap_or("");
    NotificationRequest {
        kind: NotificationKind::Message,
        id: r.id.clone(),
        title: plain(&title, 120),
        body: plain(body, BODY_CHARS),
        urgent,
    }
}

/// One line of plain text: no furigana markup, no control characters, no bidi isolation marks, cut at `max`
/// characters.
pub fn plain(text: &str, max: usize) -> String {
    let cleaned: String = machi_bundle::ruby::plain(text)
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .filter(|c| {
            !c.is_control() && !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202a}'..='\u{202e}')
        })
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.chars().count() <= max {
        cleaned
    } else {
        let mut cut: String = cleaned.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}
