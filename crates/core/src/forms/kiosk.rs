//! What the signage screen (デジタルサイネージ, `machi web --kiosk`, `machi-app --kiosk`) shows now: the alerts
//! in force first, then the current notices, then the counters' queues — each slide in Japanese with a line in a
//! second language that changes with each rotation.
//!
//! The screen asks again at every rotation, so new content shows up by itself; it only decides which slide is
//! on screen. Alerts and notices are read for the whole city (a kiosk has no home area).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::api::{japanese, shown};
use crate::inbox::{
    self, InboxEntry, InboxQuery, MessageSeverity, MessageState, ShownText, Viewer,
};
use crate::{i18n, ApiResult, FeedStatus, Machi};

/// Seconds a slide stays on screen.
pub const KIOSK_ROTATION_SECONDS: u32 = 10;
/// The signage polls the queue at most this often (a resident's screen: every minute as well).
const KIOSK_WAIT_POLL_SECONDS: u64 = 60;
/// Notices on the signage after the alerts: the newest few, enough for a loop of about a minute.
const KIOSK_NOTICES: u32 = 5;

/// `kiosk_slides`: which rotation this is (it picks the second language).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct KioskArgs {
    /// 0, 1, 2 … one more at each rotation (default 0).
    #[serde(default)]
    #[ts(optional)]
    pub rotation: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KioskSlideKind {
    /// An alert in force (a warning or worse): always the first slides.
    Alert,
    Notice,
    /// The counters' queues.
    Queue,
}

/// A line in Japanese and, when there is one, in the rotation's second language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KioskLine {
    pub ja: String,
    /// `None` when the text exists only in Japanese.
    pub second: Option<ShownText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KioskSlide {
    /// Stable across calls: `alert:<message id>`, `notice:<message id>`, `queue`.
    pub id: String,
    pub kind: KioskSlideKind,
    /// Alerts and notices: how severe the city says it is.
    pub severity: Option<MessageSeverity>,
    /// What kind of slide, said on it (警報・避難情報, お知らせ, 窓口の待ち状況).
    pub heading: KioskLine,
    /// The headline; for the queue one line per counter.
    pub lines: Vec<KioskLine>,
    /// The queue's time and freshness.
    pub note: Option<KioskLine>,
}

/// The signage's content now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KioskShow {
    /// RFC 3339: the screen's clock runs from it.
    pub now: String,
    /// The city's name, in Japanese and the second language.
    pub title: KioskLine,
    /// This rotation's second language and its own name.
    pub second_locale: String,
    pub second_locale_name: String,
    pub rotation_seconds: u32,
    /// Alerts in force first, then notices, then the queue.
    pub slides: Vec<KioskSlide>,
    /// The city's feed could not be reached at the last try: what is shown may be old.
    pub feed_offline: bool,
}

impl Machi {
    /// What the signage shows now, with rotation `args.rotation`'s second language.
    pub async fn kiosk_slides(&self, args: KioskArgs) -> ApiResult<KioskShow> {
        let rotation = args.rotation.unwrap_or(0);
        let city = self.run(crate::content::city)?;
        let seconds = second_languages(&city.name);
        let second = seconds[rotation as usize % seconds.len()];
        let second_chain = second_chain(second);
        let now = self.now();
        let epoch = inbox::now_epoch(now);

        let (alerts_ja, alerts_2, notices_ja, notices_2) = self.run(|conn| {
            let ja = Viewer {
                home_area: None,
                chain: vec![i18n::DEFAULT_LOCALE],
                now: epoch,
            };
            let other = Viewer {
                home_area: None,
                chain: second_chain.clone(),
                now: epoch,
            };
            let query = InboxQuery {
                limit: Some(KIOSK_NOTICES + 20),
                ..Default::default()
            };
            let index = self.derived(conn, inbox::Index::build)?;
            Ok((
                inbox::summary(conn, &index, &ja)?.in_force,
                inbox::summary(conn, &index, &other)?.in_force,
                inbox::list(conn, &index, &ja, &query)?.entries,
                inbox::list(conn, &index, &other, &query)?.entries,
            ))
        })?;

        let line = |id: &str, args: &[(&str, String)], second_args: &[(&str, String)]| KioskLine {
            ja: self.l10n.format(i18n::DEFAULT_LOCALE, id, args),
            second: Some(ShownText {
                text: self.l10n.format(second, id, second_args),
                locale: second.to_string(),
            }),
        };
        let message_line = |ja: &InboxEntry, other: Option<&InboxEntry>| KioskLine {
            ja: ja.headline.clone(),
            second: other
                .filter(|o| o.headline != ja.headline && o.locale != i18n::DEFAULT_LOCALE)
                .map(|o| ShownText {
                    text: o.headline.clone(),
                    locale: o.locale.clone(),
                }),
        };

        let mut slides = Vec::new();
        for a in &alerts_ja {
            slides.push(KioskSlide {
                id: format!("alert:{}", a.id),
                kind: KioskSlideKind::Alert,
                severity: Some(a.severity),
                heading: line("kiosk-alert", &[], &[]),
                lines: vec![message_line(a, alerts_2.iter().find(|o| o.id == a.id))],
                note: None,
            });
        }
        for n in notices_ja
            .iter()
            .filter(|n| !n.in_force && n.status == MessageState::Active)
            .take(KIOSK_NOTICES as usize)
        {
            slides.push(KioskSlide {
                id: format!("notice:{}", n.id),
                kind: KioskSlideKind::Notice,
                severity: Some(n.severity),
                heading: line("kiosk-notice", &[], &[]),
                lines: vec![message_line(n, notices_2.iter().find(|o| o.id == n.id))],
                note: None,
            });
        }

        // The queue: only when there are numbers to show (the screen never shows an empty table).
        if let Ok(wait) = self
            .poll_wait(Duration::from_secs(KIOSK_WAIT_POLL_SECONDS))
            .await
        {
            if !wait.counters.is_empty() {
                let forms = self.forms_content()?;
                let lines = wait
                    .counters
                    .iter()
                    .map(|c| {
                        let counter = forms.counter(&c.id);
                        let name_ja = if c.name_ja.is_empty() {
                            c.id.clone()
                        } else {
                            c.name_ja.clone()
                        };
                        let name_2 = counter
                            .map(|k| shown(&k.name, &second_chain).text)
                            .unwrap_or_else(|| name_ja.clone());
                        let numbers = |name: String| {
                            vec![
                                ("counter", name),
                                ("waiting", c.waiting.to_string()),
                                ("minutes", c.minutes.to_string()),
                            ]
                        };
                        line("kiosk-queue-line", &numbers(name_ja), &numbers(name_2))
                    })
                    .collect();
                let time = vec![("time", wait.updated_time.clone().unwrap_or_default())];
                let note_id = match wait.state {
                    super::WaitState::Current => "kiosk-queue-updated",
                    super::WaitState::Stale => "kiosk-queue-stale",
                    super::WaitState::Offline | super::WaitState::Unknown => "kiosk-queue-offline",
                };
                slides.push(KioskSlide {
                    id: "queue".into(),
                    kind: KioskSlideKind::Queue,
                    severity: None,
                    heading: line("kiosk-queue", &[], &[]),
                    lines,
                    note: Some(line(note_id, &time, &time)),
                });
            }
        }

        let second_locale_name = self.l10n.format(second, "locale-name", &[]);
        let feed_offline = self.bundle_info()?.feed_status == FeedStatus::Unreachable;
        Ok(KioskShow {
            now: now.to_rfc3339(),
            title: KioskLine {
                ja: japanese(&city.name),
                second: Some(shown(&city.name, &second_chain))
                    .filter(|s| s.locale != i18n::DEFAULT_LOCALE),
            },
            second_locale: second.to_string(),
            second_locale_name,
            rotation_seconds: KIOSK_ROTATION_SECONDS,
            slides,
            feed_offline,
        })
    }
}

/// The languages the second line rotates through: the city's own locales (those it names itself in), in the
/// app's order, without Japanese.
fn second_languages(city_name: &machi_bundle::content::Localized) -> Vec<&'static str> {
    let langs: Vec<&'static str> = i18n::LOCALES
        .iter()
        .copied()
        .filter(|l| *l != i18n::DEFAULT_LOCALE && city_name.contains_key(*l))
        .collect();
    if langs.is_empty() {
        vec!["en"]
    } else {
        langs
    }
}

/// Content in `second`, else in やさしい日本語 or English, which more residents read than Japanese.
fn second_chain(second: &'static str) -> Vec<&'static str> {
    let mut chain = vec![second];
    for l in [i18n::EASY_JAPANESE, "en"] {
        if !chain.contains(&l) {
            chain.push(l);
        }
    }
    chain
}
