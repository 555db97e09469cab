//! Which shelters are open now, from the messages that open them.
//!
//! A notice or CAP alert lists the shelters it opens (`opens_shelters`). A shelter is open while at least one
//! message that is *active* names it: not withdrawn by a Cancel, not past its `expires`, and not replaced by an
//! Update. An Update replaces its message's list, so it keeps open what it names again and closes what it
//! drops; a Cancel closes what the cancelled message opened. A message without `expires` keeps its shelters
//! open until the city withdraws or updates it — a shelter must not close by itself while people are in it.
//!
//! These are pure functions over what the inbox index knows of each message, so the caller feeds them from
//! the index and the clock (`inbox::Row::state`).

use std::collections::{BTreeMap, BTreeSet};

use machi_bundle::content::MsgType;

use crate::inbox::MessageState;

/// What the shelter status needs of one message.
#[derive(Debug, Clone, Copy)]
pub struct ShelterNotice<'a> {
    pub message_id: &'a str,
    pub msg_type: MsgType,
    /// The place ids the message opens.
    pub opens_shelters: &'a [String],
    /// Where the message stands now (withdrawn, updated and expired messages open nothing).
    pub state: MessageState,
}

impl ShelterNotice<'_> {
    /// A Cancel's own list is ignored: it withdraws, it never opens.
    fn opens(&self) -> bool {
        self.state == MessageState::Active && self.msg_type != MsgType::Cancel
    }
}

/// The ids of the shelters open now.
pub fn open_shelters<'a>(
    messages: impl IntoIterator<Item = ShelterNotice<'a>>,
) -> BTreeSet<String> {
    opened_by(messages).into_keys().collect()
}

/// Each open shelter with the active messages that open it (in the order given), so a shelter's page can link
/// to the notice that opened it.
pub fn opened_by<'a>(
    messages: impl IntoIterator<Item = ShelterNotice<'a>>,
) -> BTreeMap<String, Vec<String>> {
    let mut open: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in messages.into_iter().filter(ShelterNotice::opens) {
        for id in m.opens_shelters {
            let by = open.entry(id.clone()).or_default();
            if !by.iter().any(|b| b == m.message_id) {
                by.push(m.message_id.to_string());
            }
        }
    }
    open
}
