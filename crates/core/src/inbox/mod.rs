//! The inbox: the city's notices and CAP 1.2 alerts, readable offline, in the resident's language.
//!
//! The messages themselves stay in the bundle's chunk files (`content_file`, `messages/<YYYY-MM>-<n>.json`); the
//! cache's `message` table is only an index of what lists and filters need (category, severity, dates, which
//! areas a message reaches, what updated or withdrew it), rebuilt with every bundle. The resident's own state —
//! read, pinned, notified — lives in `resident.message_state`; a message the city removes from its feed while the
//! resident has not read it (or pinned it) is kept in `resident.kept_message`, so it is never silently deleted.
//!
//! What a message is *now* (active, updated, withdrawn, expired) and whether it is an alert in force is decided
//! at read time against the clock. Texts come in the resident's language, else their second language, else
//! Japanese.

pub mod model;
pub mod notify;
mod search;
pub mod targeting;

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, FixedOffset, Utc};
use machi_bundle::content::{Area, Message, MessagesChunk, Severity, MESSAGES_PREFIX};
use machi_bundle::FileEntry;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::error::{Error, Missing, Result};
use crate::i18n;
pub use model::*;
use search::TextCache;

/// Default cap on the messages kept in the inbox.
pub const DEFAULT_CAP: u32 = 2000;
/// A withdrawn message stays in the main list this long after its withdrawal (and always while unread).
const WITHDRAWN_VISIBLE_SECS: i64 = 24 * 3600;
/// A message dated this little in the future is shown already: device clocks differ.
const PUBLISH_SLACK_SECS: i64 = 300;
/// An alert without `expires` counts as in force this long after it was sent.
const IN_FORCE_WITHOUT_EXPIRY_SECS: i64 = 72 * 3600;

/// A message chunk (not one of the index pages listing them).
fn is_chunk(name: &str) -> bool {
    name.starts_with(MESSAGES_PREFIX) && !name.starts_with("messages/index-")
}

/// Seconds since the Unix epoch of an RFC 3339 time.
pub(crate) fn epoch(time: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(time)
        .ok()
        .map(|t| t.timestamp())
}

fn severity_rank(s: Severity) -> i64 {
    match s {
        Severity::Extreme => 4,
        Severity::Severe => 3,
        Severity::Moderate => 2,
        Severity::Minor => 1,
        Severity::Unknown => 0,
    }
}

fn word<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn parse_word<T: serde::de::DeserializeOwned + Default>(text: &str) -> T {
    serde_json::from_value(serde_json::Value::String(text.to_string())).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------------------
// Rebuilding the index with a new bundle.

/// Messages delivered to the resident (notified, or seen in the inbox) and not read — or pinned — whose chunk a
/// new bundle changes or drops, read before the chunk's bytes are replaced: if the new bundle no longer has them,
/// they are kept.
#[derive(Debug, Default)]
pub struct Carry {
    messages: Vec<Message>,
}

/// Reads, before a new bundle's files are written, the unread or pinned messages whose chunks will change.
pub fn carry_before_apply(tx: &Transaction, files: &[FileEntry]) -> Result<Carry> {
    let held: HashMap<String, String> = crate::content::held_hashes(tx)?;
    let new: HashMap<&str, &str> = files
        .iter()
        .map(|f| (f.name.as_str(), f.sha256.as_str()))
        .collect();
    let changing: BTreeSet<String> = held
        .iter()
        .filter(|(name, sha)| {
            name.starts_with(MESSAGES_PREFIX) && new.get(name.as_str()) != Some(&sha.as_str())
        })
        .map(|(name, _)| name.clone())
        .collect();
    if changing.is_empty() {
        return Ok(Carry::default());
    }
    let mut stmt = tx.prepare(
        "SELECT m.id, m.chunk FROM message m JOIN resident.message_state s ON s.id = m.id
         WHERE m.chunk IS NOT NULL AND (s.read_at IS NULL OR s.pinned = 1)",
    )?;
    let wanted: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, chunk)| changing.contains(chunk))
        .collect();
    let mut by_chunk: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (id, chunk) in wanted {
        by_chunk.entry(chunk).or_default().insert(id);
    }
    let mut messages = Vec::new();
    for (chunk, ids) in by_chunk {
        if let Some(parsed) = read_chunk(tx, &chunk)? {
            messages.extend(parsed.messages.into_iter().filter(|m| ids.contains(&m.id)));
        }
    }
    Ok(Carry { messages })
}

fn read_chunk(conn: &Connection, name: &str) -> Result<Option<MessagesChunk>> {
    let Some((_, body)) = crate::content::file(conn, name)? else {
        return Ok(None);
    };
    serde_json::from_slice(&body)
        .map(Some)
        .map_err(|e| Error::SyncInvalidContent {
            file: name.to_string(),
            detail: e.to_string(),
        })
}

/// One indexed message: where its bytes are and what lists need.
struct Indexed {
    message: Message,
    /// `None` for a message kept from an earlier bundle.
    chunk: Option<String>,
    ordinal: usize,
}

/// Replaces the `message` index with the messages of a newly applied bundle (and the ones kept for the
/// resident), then applies the cap.
pub fn rebuild(tx: &Transaction, areas: &[Area], carry: Carry) -> Result<()> {
    let mut indexed = Vec::new();
    let mut names: Vec<String> = crate::content::held_hashes(tx)?
        .into_keys()
        .filter(|n| is_chunk(n))
        .collect();
    names.sort();
    for name in names {
        let Some(chunk) = read_chunk(tx, &name)? else {
            continue;
        };
        for (ordinal, message) in chunk.messages.into_iter().enumerate() {
            indexed.push(Indexed {
                message,
                chunk: Some(name.clone()),
                ordinal,
            });
        }
    }
    let in_bundle: BTreeSet<String> = indexed.iter().map(|m| m.message.id.clone()).collect();

    // What the city removed while the resident had not read or had pinned it, is kept.
    for m in carry.messages {
        if !in_bundle.contains(&m.id) {
            tx.execute(
                "INSERT OR REPLACE INTO resident.kept_message (id, body) VALUES (?1, ?2)",
                params![m.id, serde_json::to_string(&m).map_err(Error::internal)?],
            )?;
        }
    }
    // Kept only until read (unless pinned), and not once the city publishes it again.
    tx.execute(
        "DELETE FROM resident.kept_message WHERE id IN (SELECT value FROM json_each(?1))
             OR id IN (SELECT id FROM resident.message_state WHERE read_at IS NOT NULL AND pinned = 0)",
        [serde_json::to_string(&in_bundle).map_err(Error::internal)?],
    )?;
    let mut stmt = tx.prepare("SELECT body FROM resident.kept_message")?;
    for body in stmt.query_map([], |r| r.get::<_, String>(0))? {
        if let Ok(message) = serde_json::from_str::<Message>(&body?) {
            indexed.push(Indexed {
                message,
                chunk: None,
                ordinal: 0,
            });
        }
    }

    let links = links(&indexed);
    let keep = retained(tx, &indexed)?;
    tx.execute("DELETE FROM message", [])?;
    let mut put = tx.prepare(
        "INSERT INTO message (id, chunk, ordinal, category, severity, urgency, status, msg_type, sent, sent_at,
             expires_at, reaches, refs, superseded_by, superseded_at, withdrawn_by, withdrawn_at, opens_shelters)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?;
    for m in indexed.iter().filter(|m| keep.contains(&m.message.id)) {
        let msg = &m.message;
        let reaches =
            targeting::reached_areas(&msg.area, areas).map(|ids| format!(",{},", ids.join(",")));
        let link = links.get(&msg.id);
        put.execute(params![
            msg.id,
            m.chunk,
            m.ordinal as i64,
            msg.category,
            word(&msg.severity),
            word(&msg.urgency),
            word(&msg.status),
            word(&msg.msg_type),
            msg.sent,
            epoch(&msg.sent).unwrap_or(0),
            msg.expires.as_deref().and_then(epoch),
            reaches,
            serde_json::to_string(&msg.references).map_err(Error::internal)?,
            link.and_then(|l| l.superseded_by.as_ref().map(|(id, _)| id.clone())),
            link.and_then(|l| l.superseded_by.as_ref().map(|(_, at)| *at)),
            link.and_then(|l| l.withdrawn_by.as_ref().map(|(id, _)| id.clone())),
            link.and_then(|l| l.withdrawn_by.as_ref().map(|(_, at)| *at)),
            (!msg.opens_shelters.is_empty())
                .then(|| serde_json::to_string(&msg.opens_shelters))
                .transpose()
                .map_err(Error::internal)?,
        ])
        .map_err(|e| Error::from_insert(e, MESSAGES_PREFIX, &msg.id))?;
    }
    // State for messages that are gone for good is of no use.
    tx.execute(
        "DELETE FROM resident.message_state WHERE id NOT IN (SELECT id FROM message)
             AND id NOT IN (SELECT id FROM resident.kept_message)",
        [],
    )?;
    Ok(())
}

/// The latest Update and Cancel of a message, with when they were sent.
#[derive(Default)]
struct Links {
    superseded_by: Option<(String, i64)>,
    withdrawn_by: Option<(String, i64)>,
}

/// Which Update replaced, and which Cancel withdrew, each message (the latest one wins).
fn links(indexed: &[Indexed]) -> HashMap<String, Links> {
    let mut by_sent: Vec<&Message> = indexed.iter().map(|m| &m.message).collect();
    by_sent.sort_by_key(|m| (epoch(&m.sent).unwrap_or(0), m.id.clone()));
    let mut links: HashMap<String, Links> = HashMap::new();
    for m in by_sent {
        for r in &m.references {
            let link = links.entry(r.clone()).or_default();
            match m.msg_type {
                MsgType::Update => {
                    link.superseded_by = Some((m.id.clone(), epoch(&m.sent).unwrap_or(0)))
                }
                MsgType::Cancel => {
                    link.withdrawn_by = Some((m.id.clone(), epoch(&m.sent).unwrap_or(0)))
                }
                MsgType::Alert => {}
            }
        }
    }
    links
}

/// The ids kept under the cap: if there are more messages than the resident's cap, the oldest read and
/// unpinned ones go first, then the oldest unpinned; pinned messages always stay.
fn retained(tx: &Transaction, indexed: &[Indexed]) -> Result<BTreeSet<String>> {
    let cap: u32 = tx
        .query_row(
            "SELECT inbox_cap FROM resident.settings WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(DEFAULT_CAP);
    let mut all: BTreeSet<String> = indexed.iter().map(|m| m.message.id.clone()).collect();
    let excess = all.len().saturating_sub(cap as usize);
    if excess == 0 {
        return Ok(all);
    }
    let mut state: HashMap<String, (bool, bool)> = HashMap::new();
    let mut stmt =
        tx.prepare("SELECT id, read_at IS NOT NULL, pinned FROM resident.message_state")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))? {
        let (id, read, pinned) = row?;
        state.insert(id, (read, pinned));
    }
    let mut oldest: Vec<&Message> = indexed.iter().map(|m| &m.message).collect();
    oldest.sort_by_key(|m| (epoch(&m.sent).unwrap_or(0), m.id.clone()));
    let mut evicted = 0;
    for want_read in [true, false] {
        for m in &oldest {
            if evicted == excess {
                return Ok(all);
            }
            let (read, pinned) = state.get(&m.id).copied().unwrap_or((false, false));
            if !pinned && read == want_read && all.remove(&m.id) {
                evicted += 1;
            }
        }
    }
    Ok(all)
}

// ---------------------------------------------------------------------------------------------------------
// Reading.

/// The resident's view: their area, language chain and the time now.
pub struct Viewer<'a> {
    pub home_area: Option<&'a str>,
    pub chain: Vec<&'a str>,
    pub now: i64,
}

/// One index row with the resident's state.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub id: String,
    pub chunk: Option<String>,
    pub ordinal: usize,
    pub category: String,
    pub severity: Severity,
    pub urgency: Urgency,
    pub drill: bool,
    pub msg_type: MsgType,
    pub sent_at: i64,
    pub expires_at: Option<i64>,
    pub reaches: Option<String>,
    pub superseded_by: Option<String>,
    pub superseded_at: Option<i64>,
    pub withdrawn_by: Option<String>,
    pub withdrawn_at: Option<i64>,
}

/// The resident's marks on a message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Mark {
    pub read: bool,
    pub pinned: bool,
}

impl Row {
    /// What withdrew it, once that Cancel is published (a Cancel scheduled for later has not withdrawn it yet).
    pub fn withdrawn(&self, now: i64) -> Option<&str> {
        self.withdrawn_by.as_deref().filter(|_| {
            self.withdrawn_at
                .is_some_and(|at| at <= now + PUBLISH_SLACK_SECS)
        })
    }

    /// What replaced it, once that Update is published.
    pub fn superseded(&self, now: i64) -> Option<&str> {
        self.superseded_by.as_deref().filter(|_| {
            self.superseded_at
                .is_some_and(|at| at <= now + PUBLISH_SLACK_SECS)
        })
    }

    pub fn state(&self, now: i64) -> MessageState {
        if self.withdrawn(now).is_some() {
            MessageState::Withdrawn
        } else if self.superseded(now).is_some() {
            MessageState::Updated
        } else if self.expires_at.is_some_and(|e| e <= now) {
            MessageState::Expired
        } else {
            MessageState::Active
        }
    }

    /// Sent by now (a message dated later is scheduled: it appears at its time; five minutes allow for clocks).
    pub fn published(&self, now: i64) -> bool {
        self.sent_at <= now + PUBLISH_SLACK_SECS
    }

    pub fn reaches(&self, home: Option<&str>) -> bool {
        match (&self.reaches, home) {
            (None, _) | (_, None) => true,
            (Some(ids), Some(home)) => ids.split(',').any(|id| id == home),
        }
    }

    /// A warning or worse, active now, for the resident's area.
    pub fn in_force(&self, v: &Viewer) -> bool {
        self.msg_type != MsgType::Cancel
            && self.published(v.now)
            && self.state(v.now) == MessageState::Active
            && (severity_rank(self.severity) >= 3 || self.urgency == Urgency::Immediate)
            && self.reaches(v.home_area)
            && match self.expires_at {
                Some(e) => e > v.now,
                None => v.now - self.sent_at < IN_FORCE_WITHOUT_EXPIRY_SECS,
            }
    }

    /// In the main list: active, or withdrawn but unread or only just withdrawn.
    fn in_main_list(&self, mark: Mark, v: &Viewer) -> bool {
        self.msg_type != MsgType::Cancel
            && self.published(v.now)
            && self.reaches(v.home_area)
            && match self.state(v.now) {
                MessageState::Active => true,
                MessageState::Withdrawn => {
                    !mark.read
                        || self
                            .withdrawn_at
                            .is_some_and(|at| v.now - at < WITHDRAWN_VISIBLE_SECS)
                }
                MessageState::Updated | MessageState::Expired => false,
            }
    }
}

const ROW_COLUMNS: &str =
    "m.id, m.chunk, m.ordinal, m.category, m.severity, m.urgency, m.status, m.msg_type,
    m.sent_at, m.expires_at, m.reaches, m.superseded_by, m.superseded_at, m.withdrawn_by, m.withdrawn_at";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        chunk: r.get(1)?,
        ordinal: r.get::<_, i64>(2)? as usize,
        category: r.get(3)?,
        severity: parse_word(&r.get::<_, String>(4)?),
        urgency: parse_word(&r.get::<_, String>(5)?),
        drill: r.get::<_, String>(6)? == "exercise",
        msg_type: parse_word(&r.get::<_, String>(7)?),
        sent_at: r.get(8)?,
        expires_at: r.get(9)?,
        reaches: r.get(10)?,
        superseded_by: r.get(11)?,
        superseded_at: r.get(12)?,
        withdrawn_by: r.get(13)?,
        withdrawn_at: r.get(14)?,
    })
}

/// Every indexed message, newest first.
pub(crate) fn rows(conn: &Connection) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM message m ORDER BY m.sent_at DESC, m.id DESC"
    ))?;
    let rows = stmt
        .query_map([], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn row_by_id(conn: &Connection, id: &str) -> Result<Option<(Row, Mark)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS}, s.read_at IS NOT NULL, coalesce(s.pinned, 0)
         FROM message m LEFT JOIN resident.message_state s ON s.id = m.id WHERE m.id = ?1"
    ))?;
    Ok(stmt
        .query_row([id], |r| {
            Ok((
                row(r)?,
                Mark {
                    read: r.get(15)?,
                    pinned: r.get::<_, i64>(16)? != 0,
                },
            ))
        })
        .optional()?)
}

/// The resident's marks on every message that has any.
fn marks(conn: &Connection) -> Result<HashMap<String, Mark>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, read_at IS NOT NULL, pinned FROM resident.message_state
         WHERE read_at IS NOT NULL OR pinned != 0",
    )?;
    let marks = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Mark {
                    read: r.get(1)?,
                    pinned: r.get::<_, i64>(2)? != 0,
                },
            ))
        })?
        .collect::<rusqlite::Result<HashMap<_, _>>>()?;
    Ok(marks)
}

/// The resident's marks as of a database state: this connection's change count and the resident file's data
/// version (which moves when another process, such as the CLI, commits).
struct HeldMarks {
    as_of: (u64, i64),
    marks: Arc<HashMap<String, Mark>>,
}

/// How many parsed chunks a held index keeps: a page of the newest messages touches one or two, but a page of
/// search results (50 by default) may touch one chunk per entry.
const PARSED_CHUNKS_KEPT: usize = 64;

/// The held bundle's message index in memory, newest first, with its recently parsed chunks and the resident's
/// marks: a list over 10,000 messages filters and orders in memory instead of reading the `message` table
/// (and parsing its state) on every keystroke. Built once per bundle ([`crate::Machi`]'s derived values).
pub(crate) struct Index {
    rows: Vec<Row>,
    chunks: Mutex<VecDeque<(String, Arc<MessagesChunk>)>>,
    marks: Mutex<Option<HeldMarks>>,
    search: Mutex<TextCache>,
}

impl Index {
    pub fn build(conn: &Connection) -> Result<Index> {
        Ok(Index {
            rows: rows(conn)?,
            chunks: Default::default(),
            marks: Default::default(),
            search: Default::default(),
        })
    }

    /// The resident's marks, read again only when the database changed since the last read.
    fn marks(&self, conn: &Connection) -> Result<Arc<HashMap<String, Mark>>> {
        let version: i64 = conn.query_row("PRAGMA resident.data_version", [], |r| r.get(0))?;
        let key = (conn.total_changes(), version);
        let mut held = self
            .marks
            .lock()
            .map_err(|_| Error::internal("inbox marks poisoned"))?;
        match &*held {
            Some(h) if h.as_of == key => Ok(h.marks.clone()),
            _ => {
                let fresh = Arc::new(marks(conn)?);
                *held = Some(HeldMarks {
                    as_of: key,
                    marks: fresh.clone(),
                });
                Ok(fresh)
            }
        }
    }

    /// A chunk, parsed once while it is among the recently used.
    fn chunk(&self, conn: &Connection, name: &str) -> Result<Option<Arc<MessagesChunk>>> {
        let mut kept = self
            .chunks
            .lock()
            .map_err(|_| Error::internal("inbox chunks poisoned"))?;
        if let Some(at) = kept.iter().position(|(n, _)| n == name) {
            let hit = kept.remove(at).expect("a position found above");
            let parsed = hit.1.clone();
            kept.push_front(hit);
            return Ok(Some(parsed));
        }
        let Some(parsed) = read_chunk(conn, name)? else {
            return Ok(None);
        };
        let parsed = Arc::new(parsed);
        kept.push_front((name.to_string(), parsed.clone()));
        kept.truncate(PARSED_CHUNKS_KEPT);
        Ok(Some(parsed))
    }

    /// Which rows (by position) have a text, in the resident's language chain, holding every word of `query`.
    fn search(&self, conn: &Connection, chain: &[&str], query: &str) -> Result<Vec<bool>> {
        let mut cache = self
            .search
            .lock()
            .map_err(|_| Error::internal("inbox search poisoned"))?;
        cache.ensure(conn, &self.rows, &chain.join(","), chain)?;
        Ok(cache.find(query))
    }
}

/// Each shelter open at `now` with the messages that open it, newest first (see [`crate::places::opened_by`]):
/// the index rows that list shelters, as published by then, each in its state at `now` — a Cancel, an Update
/// or the expiry of the message that opened a shelter closes it.
pub(crate) fn shelters_opened(
    conn: &Connection,
    now: i64,
) -> Result<BTreeMap<String, Vec<String>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS}, m.opens_shelters FROM message m LEFT JOIN resident.message_state s ON s.id = m.id
         WHERE m.opens_shelters IS NOT NULL ORDER BY m.sent_at DESC, m.id DESC"
    ))?;
    let listed = stmt
        .query_map([], |r| Ok((row(r)?, r.get::<_, String>(15)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let listed: Vec<(Row, Vec<String>)> = listed
        .into_iter()
        .filter(|(r, _)| r.published(now))
        .map(|(r, ids)| (r, serde_json::from_str(&ids).unwrap_or_default()))
        .collect();
    Ok(crate::places::opened_by(listed.iter().map(|(r, ids)| {
        crate::places::ShelterNotice {
            message_id: &r.id,
            msg_type: r.msg_type,
            opens_shelters: ids,
            state: r.state(now),
        }
    })))
}

/// The list entries of some messages, in the order of `ids` (unknown ids are left out).
pub(crate) fn entries(conn: &Connection, v: &Viewer, ids: &[String]) -> Result<Vec<InboxEntry>> {
    let mut rows = Vec::new();
    for id in ids {
        if let Some(r) = row_by_id(conn, id)? {
            rows.push(r);
        }
    }
    let refs: Vec<&Row> = rows.iter().map(|(r, _)| r).collect();
    let messages = messages_of(conn, None, &refs)?;
    Ok(rows
        .iter()
        .filter_map(|(r, mark)| messages.get(&r.id).map(|m| entry(r, *mark, m, v)))
        .collect())
}

/// Reads the full messages of some rows, parsing each chunk once (or not at all when `index` holds it parsed).
pub(crate) fn messages_of(
    conn: &Connection,
    index: Option<&Index>,
    rows: &[&Row],
) -> Result<HashMap<String, Message>> {
    let mut by_chunk: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
    let mut out = HashMap::new();
    let kept: Vec<&str> = rows
        .iter()
        .filter(|r| r.chunk.is_none())
        .map(|r| r.id.as_str())
        .collect();
    for r in rows {
        if let Some(chunk) = &r.chunk {
            by_chunk.entry(chunk).or_default().push(r);
        }
    }
    for (chunk, wanted) in by_chunk {
        let parsed = match index {
            Some(index) => index.chunk(conn, chunk)?,
            None => read_chunk(conn, chunk)?.map(Arc::new),
        };
        let Some(parsed) = parsed else {
            continue;
        };
        for r in wanted {
            if let Some(m) = parsed.messages.get(r.ordinal).filter(|m| m.id == r.id) {
                out.insert(r.id.clone(), m.clone());
            }
        }
    }
    if !kept.is_empty() {
        let mut stmt =
            conn.prepare_cached("SELECT body FROM resident.kept_message WHERE id = ?1")?;
        for id in kept {
            if let Some(body) = stmt.query_row([id], |r| r.get::<_, String>(0)).optional()? {
                if let Ok(m) = serde_json::from_str::<Message>(&body) {
                    out.insert(id.to_string(), m);
                }
            }
        }
    }
    Ok(out)
}

/// Text in the resident's chain, and the locale it came from.
pub(crate) fn pick_text<'m>(
    text: &'m machi_bundle::content::Localized,
    chain: &[&str],
) -> (&'m str, String) {
    for tag in chain {
        if let Some(t) = text.get(*tag).filter(|t| !t.is_empty()) {
            return (t, tag.to_string());
        }
    }
    match text.iter().next() {
        Some((tag, t)) => (t, tag.clone()),
        None => ("", chain.first().copied().unwrap_or("ja").to_string()),
    }
}

/// The language a message was written in: Japanese if it has it, else its first.
fn original_locale(m: &Message) -> String {
    if m.headline.contains_key(i18n::DEFAULT_LOCALE)
        || m.description.contains_key(i18n::DEFAULT_LOCALE)
    {
        i18n::DEFAULT_LOCALE.to_string()
    } else {
        m.headline
            .keys()
            .chain(m.description.keys())
            .next()
            .cloned()
            .unwrap_or_else(|| i18n::DEFAULT_LOCALE.to_string())
    }
}

fn entry(row: &Row, mark: Mark, message: &Message, v: &Viewer) -> InboxEntry {
    let (headline, locale) = headline_of(message, &v.chain);
    InboxEntry {
        id: row.id.clone(),
        category: row.category.clone(),
        severity: row.severity,
        urgency: row.urgency,
        status: row.state(v.now),
        in_force: row.in_force(v),
        drill: row.drill,
        msg_type: row.msg_type,
        headline,
        locale,
        sent: message.sent.clone(),
        expires: message.expires.clone(),
        read: mark.read,
        pinned: mark.pinned,
    }
}

/// The headline, or the event when a message has none.
fn headline_of(m: &Message, chain: &[&str]) -> (String, String) {
    let (text, locale) = pick_text(&m.headline, chain);
    if text.is_empty() {
        let (event, locale) = pick_text(&m.event, chain);
        (event.to_string(), locale)
    } else {
        (text.to_string(), locale)
    }
}

/// The inbox list for a query: alerts in force first, then newest first.
pub(crate) fn list(
    conn: &Connection,
    index: &Index,
    v: &Viewer,
    query: &InboxQuery,
) -> Result<InboxPage> {
    let matches = match query
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(text) => Some(index.search(conn, &v.chain, text)?),
        None => None,
    };
    let marks = index.marks(conn)?;
    let marked: Vec<(&Row, Mark)> = index
        .rows
        .iter()
        .map(|r| (r, marks.get(&r.id).copied().unwrap_or_default()))
        .collect();
    let unread = marked
        .iter()
        .filter(|(r, mark)| !mark.read && r.in_main_list(*mark, v))
        .count() as u32;
    let mut chosen: Vec<&(&Row, Mark)> = marked
        .iter()
        .enumerate()
        .filter(|(at, _)| matches.as_ref().is_none_or(|m| m[*at]))
        .map(|(_, marked)| marked)
        .filter(|(r, _)| r.msg_type != MsgType::Cancel)
        .filter(|(r, mark)| {
            query.all.unwrap_or(false) || query.pinned.unwrap_or(false) || r.in_main_list(*mark, v)
        })
        .filter(|(_, mark)| !query.pinned.unwrap_or(false) || mark.pinned)
        .filter(|(r, _)| query.category.as_deref().is_none_or(|c| r.category == c))
        .filter(|(r, _)| query.status.is_none_or(|s| r.state(v.now) == s))
        .collect();
    // Stable: within each group the rows stay newest first.
    chosen.sort_by_key(|(r, _)| {
        let in_force = r.in_force(v);
        (
            !in_force,
            if in_force {
                -severity_rank(r.severity)
            } else {
                0
            },
        )
    });
    let total = chosen.len() as u32;
    let limit = query.limit.unwrap_or(50).clamp(1, 500) as usize;
    let offset = query.offset.unwrap_or(0) as usize;
    let page: Vec<&(&Row, Mark)> = chosen.into_iter().skip(offset).take(limit).collect();
    let rows: Vec<&Row> = page.iter().map(|(r, _)| *r).collect();
    let messages = messages_of(conn, Some(index), &rows)?;
    let entries = page
        .iter()
        .filter_map(|(r, mark)| messages.get(&r.id).map(|m| entry(r, *mark, m, v)))
        .collect();
    Ok(InboxPage {
        entries,
        total,
        unread,
    })
}

/// Unread count and alerts in force, for the home screen.
pub(crate) fn summary(conn: &Connection, index: &Index, v: &Viewer) -> Result<InboxSummary> {
    let marks = index.marks(conn)?;
    let mark_of = |r: &Row| marks.get(&r.id).copied().unwrap_or_default();
    let unread = index
        .rows
        .iter()
        .filter(|r| !mark_of(r).read && r.in_main_list(mark_of(r), v))
        .count() as u32;
    let mut in_force: Vec<&Row> = index.rows.iter().filter(|r| r.in_force(v)).collect();
    in_force.sort_by_key(|r| -severity_rank(r.severity));
    let messages = messages_of(conn, Some(index), &in_force)?;
    let disaster_mode = in_force.iter().any(|r| {
        matches!(r.category.as_str(), "disaster" | "weather") && severity_rank(r.severity) >= 3
    });
    Ok(InboxSummary {
        unread,
        in_force: in_force
            .iter()
            .filter_map(|r| messages.get(&r.id).map(|m| entry(r, mark_of(r), m, v)))
            .collect(),
        disaster_mode,
    })
}

/// One message in full.
pub fn show(conn: &Connection, v: &Viewer, id: &str, original: bool) -> Result<MessageView> {
    let (row, mark) = row_by_id(conn, id)?.ok_or_else(|| Error::NotFound {
        what: Missing::Message,
        id: id.to_string(),
    })?;
    let mut wanted = vec![&row];
    let withdrawal_row = match row.withdrawn(v.now) {
        Some(cancel) => row_by_id(conn, cancel)?.map(|(r, _)| r),
        None => None,
    };
    if let Some(w) = &withdrawal_row {
        wanted.push(w);
    }
    let messages = messages_of(conn, None, &wanted)?;
    let m = messages.get(id).ok_or_else(|| Error::NotFound {
        what: Missing::Message,
        id: id.to_string(),
    })?;
    let original_locale = original_locale(m);
    let chain: Vec<&str> = if original {
        vec![original_locale.as_str()]
    } else {
        v.chain.clone()
    };
    let shown = Viewer {
        home_area: v.home_area,
        chain: chain.clone(),
        now: v.now,
    };
    let e = entry(&row, mark, m, &shown);
    let text = |t: &machi_bundle::content::Localized| {
        let (text, locale) = pick_text(t, &chain);
        ShownText {
            text: text.to_string(),
            locale,
        }
    };
    let urgent = matches!(m.severity, Severity::Extreme | Severity::Severe)
        || m.urgency == Urgency::Immediate;
    let mut locales: BTreeSet<String> = m.headline.keys().cloned().collect();
    locales.extend(m.description.keys().cloned());
    let withdrawal = withdrawal_row.as_ref().and_then(|w| {
        messages.get(&w.id).map(|c| {
            let (headline, locale) = headline_of(c, &chain);
            Withdrawal {
                id: c.id.clone(),
                sent: c.sent.clone(),
                headline: ShownText {
                    text: headline,
                    locale,
                },
                description: text(&c.description),
            }
        })
    });
    let areas = area_names(conn, m, &v.chain)?;
    Ok(MessageView {
        event: text(&m.event),
        description: text(&m.description),
        instruction: text(&m.instruction),
        instruction_first: urgent,
        web: m.web.clone().filter(|w| is_http_url(w)),
        effective: m.effective.clone(),
        onset: m.onset.clone(),
        certainty: m.certainty,
        areas,
        area_description: text(&m.area.description),
        original_locale,
        locales: locales.into_iter().collect(),
        opens_shelters: m.opens_shelters.clone(),
        superseded_by: row.superseded(v.now).map(str::to_string),
        references: m.references.clone(),
        withdrawal,
        entry: e,
    })
}

/// Only plain http(s) links are ever links.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| {
            c.is_control()
                || c.is_whitespace()
                // Direction marks and overrides make a link read as something else.
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
}

fn area_names(conn: &Connection, m: &Message, chain: &[&str]) -> Result<Vec<ShownText>> {
    let areas = crate::content::city(conn)?.areas;
    let reached = targeting::reached_areas(&m.area, &areas).unwrap_or_default();
    Ok(areas
        .iter()
        .filter(|a| reached.contains(&a.id))
        .map(|a| ShownText::pick(&a.name, chain))
        .collect())
}

/// Marks a message read or unread, pinned or not.
pub fn mark(conn: &Connection, args: &MarkMessageArgs, now: &str) -> Result<()> {
    let known: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM message WHERE id = ?1)",
        [&args.id],
        |r| r.get(0),
    )?;
    if !known {
        return Err(Error::NotFound {
            what: Missing::Message,
            id: args.id.clone(),
        });
    }
    conn.execute(
        "INSERT INTO resident.message_state (id) VALUES (?1) ON CONFLICT (id) DO NOTHING",
        [&args.id],
    )?;
    if let Some(read) = args.read {
        conn.execute(
            "UPDATE resident.message_state SET read_at = CASE WHEN ?2 THEN coalesce(read_at, ?3) END WHERE id = ?1",
            params![args.id, read, now],
        )?;
    }
    if let Some(pinned) = args.pinned {
        conn.execute(
            "UPDATE resident.message_state SET pinned = ?2 WHERE id = ?1",
            params![args.id, pinned],
        )?;
    }
    Ok(())
}

/// The current time as the inbox compares it.
pub(crate) fn now_epoch(now: DateTime<FixedOffset>) -> i64 {
    now.with_timezone(&Utc).timestamp()
}

#[cfg(test)]
mod tests;
