//! What the inbox operations take and give: typed for the UI through the generated TypeScript.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use machi_bundle::content::{
    Certainty, MessageStatus, MsgType, Severity as MessageSeverity, Urgency,
};

/// Where a message stands for the resident now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MessageState {
    /// In the main list.
    Active,
    /// Replaced by a newer version (an Update); findable, not in the main list.
    Updated,
    /// Withdrawn by the city (a Cancel); kept and shown as withdrawn, never silently deleted while unread.
    Withdrawn,
    /// Past its `expires`; findable, not in the main list.
    Expired,
}

/// Which messages a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct InboxQuery {
    /// Only this category (one of `NotificationCategory`).
    #[serde(default)]
    #[ts(optional, type = "NotificationCategory")]
    pub category: Option<String>,
    /// Words to find in the headline, text, event or area, in any script.
    #[serde(default)]
    #[ts(optional)]
    pub text: Option<String>,
    /// Also updated, expired and long-withdrawn messages (what `machi inbox --all` lists).
    #[serde(default)]
    #[ts(optional)]
    pub all: Option<bool>,
    /// Only pinned messages.
    #[serde(default)]
    #[ts(optional)]
    pub pinned: Option<bool>,
    /// Only messages in this state now (the bus screen shows the notices in force: `active`).
    #[serde(default)]
    #[ts(optional)]
    pub status: Option<MessageState>,
    /// At most this many entries (default 50, at most 500).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
    /// Skip this many entries (for the next page).
    #[serde(default)]
    #[ts(optional)]
    pub offset: Option<u32>,
}

/// One line of the inbox, in the resident's language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct InboxEntry {
    pub id: String,
    #[ts(type = "NotificationCategory")]
    pub category: String,
    pub severity: MessageSeverity,
    pub urgency: Urgency,
    /// active, updated, withdrawn or expired.
    pub status: MessageState,
    /// An alert in force for the resident's area: pinned on top of the list.
    pub in_force: bool,
    /// A drill (CAP `Exercise`).
    pub drill: bool,
    /// Update or Cancel: the message says so.
    pub msg_type: MsgType,
    pub headline: String,
    /// The locale `headline` is in (the resident's, their second language, or Japanese).
    pub locale: String,
    /// RFC 3339, as the city sent it.
    pub sent: String,
    pub expires: Option<String>,
    pub read: bool,
    pub pinned: bool,
}

/// A page of the inbox.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct InboxPage {
    pub entries: Vec<InboxEntry>,
    /// Entries matching the query in all (for paging and the screen reader's result count).
    pub total: u32,
    /// Unread messages in the main list, for the badge on the home tile.
    pub unread: u32,
}

/// `inbox_show`: which message, and whether to show it in the language the city wrote it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShowMessageArgs {
    pub id: String,
    /// Show the original language instead of the resident's.
    #[serde(default)]
    #[ts(optional)]
    pub original: Option<bool>,
}

/// `inbox_mark`: read or unread, pinned or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MarkMessageArgs {
    pub id: String,
    #[serde(default)]
    #[ts(optional)]
    pub read: Option<bool>,
    #[serde(default)]
    #[ts(optional)]
    pub pinned: Option<bool>,
}

/// A text with the locale it is in (each field is picked along the resident's chain on its own, so a message with
/// a Portuguese headline and only a Japanese text says so: the screen marks each block's language).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct ShownText {
    pub text: String,
    pub locale: String,
}

impl ShownText {
    /// The text in the first language of `chain` that has it (else any), with the locale it is in, so the UI can
    /// mark text shown in a fallback language with its own `lang`.
    pub fn pick(text: &machi_bundle::content::Localized, chain: &[&str]) -> ShownText {
        let (text, locale) = super::pick_text(text, chain);
        ShownText {
            text: text.to_string(),
            locale,
        }
    }
}

/// A withdrawn message carries the city's words about the withdrawal.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Withdrawal {
    pub id: String,
    pub sent: String,
    pub headline: ShownText,
    pub description: ShownText,
}

/// One message in full, in the resident's language (or the original).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MessageView {
    pub entry: InboxEntry,
    pub event: ShownText,
    pub description: ShownText,
    /// "What to do": shown first for urgent alerts.
    pub instruction: ShownText,
    /// Urgent enough that the instruction comes first.
    pub instruction_first: bool,
    /// Only an http(s) address; anything else is dropped.
    pub web: Option<String>,
    pub effective: Option<String>,
    pub onset: Option<String>,
    pub certainty: Certainty,
    /// The areas concerned, named in the resident's language; empty means the whole city.
    pub areas: Vec<ShownText>,
    /// The city's own description of the area, when it gave one.
    pub area_description: ShownText,
    /// The locale the city wrote it in (`ja` unless the city wrote only in another).
    pub original_locale: String,
    /// Every locale the message is available in.
    pub locales: Vec<String>,
    /// The shelters this message opens (place ids).
    pub opens_shelters: Vec<String>,
    /// The newer version, when this one was updated.
    pub superseded_by: Option<String>,
    /// The messages this one updates or cancels.
    pub references: Vec<String>,
    pub withdrawal: Option<Withdrawal>,
}

/// What the home screen shows of the inbox: the unread count and the alerts in force.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct InboxSummary {
    pub unread: u32,
    pub in_force: Vec<InboxEntry>,
    /// A warning-or-higher alert in force covers the resident's area: the home screen switches to disaster mode.
    pub disaster_mode: bool,
}

/// What kind of OS notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    Message,
    WasteReminder,
}

/// One OS notification to raise, in the resident's language, as plain text.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct NotificationRequest {
    pub kind: NotificationKind,
    /// The message id (or reminder id): opening the notification shows it.
    pub id: String,
    pub title: String,
    pub body: String,
    /// Extreme or immediate: shown even in quiet hours, with the OS's critical urgency.
    pub urgent: bool,
}
