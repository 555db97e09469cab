//! machi-core: the one API every Machi front end calls.
//!
//! The Tauri app (`machi-app`), the headless client and web mode (`machi`) all hold a [`Machi`] opened once on
//! a data directory and call its methods; none of them touches SQLite, the network or Fluent directly. Public
//! methods return [`ApiError`] (`{code, message}`, message in the resident's language); the modules below
//! use the typed [`Error`].

pub mod api;
pub mod content;
pub mod error;
pub mod forms;
pub mod health;
pub mod i18n;
pub mod inbox;
pub mod media;
pub mod places;
pub mod settings;
pub mod store;
pub mod sync;
#[cfg(test)]
pub(crate) mod testkit;
pub mod transit;
pub mod waste;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

pub use content::{AreaView, BundleSource};
pub use error::{ApiError, Error, ErrorCode, ErrorRecord};
pub use settings::{FontScale, Settings, SettingsPatch};
pub use sync::{Feed, SyncLimits, SyncOutcome, SyncReport};

use content::embedded;
use error::Result;
use i18n::Localizer;

/// How to open Machi; the defaults are the embedded city's feed and the OS language.
#[derive(Debug, Clone, Default)]
pub struct MachiOptions {
    /// Another feed than the embedded city's (tests, `machi sync URL`).
    pub feed: Option<Feed>,
    pub limits: Option<SyncLimits>,
    /// The OS language to negotiate from on first start; default: asked from the OS.
    pub system_locale: Option<String>,
    /// Upper bound of the thumbnail cache in bytes.
    pub thumbnail_cache_bytes: Option<u64>,
    /// A fixed "now" (tests, demonstrations); default: the clock, or `MACHI_NOW` (RFC 3339) when set.
    pub now: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// The Machi API handle: open once, share everywhere (it is `Send + Sync`).
pub struct Machi {
    data_dir: PathBuf,
    /// Files set aside at start because they were damaged (told to the resident through `app_info`).
    recoveries: Vec<store::Recovery>,
    db: Mutex<Connection>,
    l10n: Localizer,
    system_locale: &'static str,
    feed: Feed,
    limits: SyncLimits,
    client: OnceLock<reqwest::Client>,
    progress: sync::SyncProgress,
    thumbnail_cache_bytes: u64,
    fixed_now: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// What the platform around the core can do, as the shell found out (OS notifications).
    notifications: Mutex<NotificationSupport>,
    /// Bumped whenever the settings change, so a shell can apply what lives outside the core (start at login).
    settings_changed: tokio::sync::watch::Sender<u64>,
    /// What features build from the held bundle once (search indexes, timetables), dropped when it changes.
    derived: Mutex<Derived>,
    /// The counters' queues as last polled (待たない窓口).
    wait: forms::api::WaitPoller,
}

/// Per-bundle values built on first use, by type.
#[derive(Default)]
struct Derived {
    /// The bundle they were built from (version and the time it was applied).
    key: String,
    values: std::collections::HashMap<
        std::any::TypeId,
        std::sync::Arc<dyn std::any::Any + Send + Sync>,
    >,
}

/// Whether OS notifications reach the resident on this device, as the shell found out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotificationSupport {
    /// Not known yet (the shell has not checked).
    Unknown,
    /// The OS shows Machi's notifications.
    Available,
    /// The desktop has no notification service running: messages still arrive in the inbox.
    NoService,
    /// Web mode: a browser tab gets no OS notifications; the Machi app does.
    Browser,
}

/// The app's version, the city and the city data it holds.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    pub app_version: String,
    pub city_code: String,
    /// In the resident's language, else the one it falls back to (marked, for the screen's `lang`).
    pub city_name: inbox::ShownText,
    /// The city's IANA time zone (`Asia/Tokyo`): every time the app shows is the city's clock, wherever the device is set.
    pub timezone: String,
    pub bundle: BundleInfo,
    /// Files found damaged at this start and replaced, each with a sentence for the resident.
    pub recovered: Vec<RecoveryNotice>,
    /// Whether OS notifications reach the resident here.
    pub notifications: NotificationSupport,
}

/// A local file that was damaged (or from a newer Machi) and was set aside at start.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecoveryNotice {
    pub file: store::StoreFile,
    pub damage: store::Damage,
    /// The file name it was kept under, in the data folder.
    pub kept_as: String,
    /// What happened, in the resident's language.
    pub message: String,
}

/// How the last contact with the city's feed went, so settings can speak calmly about an unreachable server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FeedStatus {
    /// No update tried yet.
    Never,
    /// The last update reached the feed (updated or already current).
    Ok,
    /// The feed could not be reached (no network, server down, timeout): the held content is shown.
    Unreachable,
    /// The feed answered with something that was refused (see `last_error`).
    Failed,
}

/// The city data the app holds, and how its last update went.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BundleInfo {
    pub version: u64,
    pub generated_at: String,
    pub source: BundleSource,
    /// Built-in content built from the city's sources and never published (version 0).
    pub unpublished: bool,
    pub last_success_at: Option<String>,
    pub last_error: Option<ApiError>,
    pub feed_status: FeedStatus,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SyncStatus {
    pub running: bool,
    pub done_bytes: u64,
    pub total_bytes: u64,
    pub bundle: BundleInfo,
}

/// A locale, named in its own language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LocaleView {
    pub tag: String,
    pub name: String,
}

pub type ApiResult<T> = std::result::Result<T, ApiError>;

impl Machi {
    /// The platform's data directory for Machi (`~/.local/share/machi` on Linux).
    pub fn default_data_dir() -> PathBuf {
        directories::ProjectDirs::from("jp", "Machi", "machi")
            .map(|d| d.data_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from(".machi"))
    }

    /// Opens the data directory with the embedded city's feed.
    pub fn open(data_dir: &Path) -> ApiResult<Machi> {
        Self::open_with(data_dir, MachiOptions::default())
    }

    pub fn open_with(data_dir: &Path, options: MachiOptions) -> ApiResult<Machi> {
        let l10n = Localizer::embedded();
        let system_locale = match &options.system_locale {
            Some(tag) => i18n::negotiate(&[tag]),
            None => i18n::system_locale(),
        };
        let explain_early = |e: Error| {
            // As in `explain`: the resident reads the sentence, the log keeps the cause.
            eprintln!("machi: {e}");
            ApiError {
                code: e.code(),
                message: l10n.format_error(system_locale, &e.record()),
            }
        };
        let store::Opened {
            mut conn,
            recoveries,
        } = store::open(data_dir).map_err(explain_early)?;
        let built_in = embedded::bundle().map_err(explain_early)?;
        ensure_embedded_bundle(&mut conn, &built_in).map_err(explain_early)?;
        let feed = match options.feed {
            Some(feed) => feed,
            None => city_feed().map_err(explain_early)?,
        };
        Ok(Machi {
            data_dir: data_dir.to_path_buf(),
            recoveries,
            db: Mutex::new(conn),
            l10n,
            system_locale,
            feed,
            limits: options.limits.unwrap_or_default(),
            client: OnceLock::new(),
            progress: sync::SyncProgress::default(),
            thumbnail_cache_bytes: options
                .thumbnail_cache_bytes
                .unwrap_or(media::DEFAULT_CACHE_BYTES),
            fixed_now: options.now.or_else(|| {
                std::env::var("MACHI_NOW")
                    .ok()
                    .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
            }),
            notifications: Mutex::new(NotificationSupport::Unknown),
            settings_changed: tokio::sync::watch::Sender::new(0),
            derived: Mutex::new(Derived::default()),
            wait: forms::api::WaitPoller::default(),
        })
    }

    /// The time now, in the device's offset: the clock, or the fixed time this handle was opened with.
    pub fn now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.fixed_now
            .unwrap_or_else(|| chrono::Local::now().fixed_offset())
    }

    /// When something the resident did happened (read, saved, recorded): the app's now, in UTC to the second.
    pub(crate) fn stamp(&self) -> String {
        self.now()
            .with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    /// The time now on the city's clock (Japan Standard Time), whatever the device's time zone: today's
    /// collections, the next bus and quiet hours are the city's.
    pub fn city_now(&self) -> chrono::DateTime<chrono::FixedOffset> {
        machi_bundle::clock::in_city(&self.now())
    }

    /// The feed this handle syncs from.
    pub fn feed(&self) -> &Feed {
        &self.feed
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// How often the app syncs in the background, as the city configured it (`MACHI_SYNC_INTERVAL_SECONDS`
    /// overrides it for staging feeds and tests).
    pub fn sync_interval(&self) -> Duration {
        let seconds = std::env::var("MACHI_SYNC_INTERVAL_SECONDS")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .filter(|s| *s >= 1)
            .unwrap_or(u64::from(embedded::SYNC_INTERVAL_MINUTES.max(1)) * 60);
        Duration::from_secs(seconds)
    }

    /// Turns an error into what a resident reads, in their language.
    pub fn explain(&self, error: &Error) -> ApiError {
        if error.is_internal() {
            eprintln!("machi: {error}");
        }
        ApiError {
            code: error.code(),
            message: self.l10n.format_error(&self.locale(), &error.record()),
        }
    }

    fn explain_record(&self, record: &ErrorRecord) -> ApiError {
        ApiError {
            code: record.code,
            message: self.l10n.format_error(&self.locale(), record),
        }
    }

    fn run<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> ApiResult<T> {
        // The lock is released before explaining: explaining reads the locale, which locks again.
        let result = match self.conn() {
            Ok(conn) => f(&conn),
            Err(e) => Err(e),
        };
        result.map_err(|e| self.explain(&e))
    }

    fn conn(&self) -> Result<MutexGuard<'_, Connection>> {
        self.db
            .lock()
            .map_err(|_| Error::internal("database lock poisoned"))
    }

    /// The resident's UI locale (the OS language until they choose).
    pub fn locale(&self) -> String {
        self.conn()
            .ok()
            .and_then(|c| settings::load(&c, self.system_locale).ok())
            .map(|s| s.locale)
            .unwrap_or_else(|| self.system_locale.to_string())
    }

    /// Formats a UI message in the resident's language (for the CLI and notifications).
    pub fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(&self.locale(), id, args)
    }

    /// Formats a UI message in `locale` (a shipped locale; others fall back to Japanese), e.g. for
    /// `machi waste search --lang vi`.
    pub fn text_in(&self, locale: &str, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(locale, id, args)
    }

    pub fn app_info(&self) -> ApiResult<AppInfo> {
        let bundle = self.bundle_info()?;
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let city = content::city(conn)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale);
            Ok(AppInfo {
                app_version: env!("CARGO_PKG_VERSION").to_string(),
                city_name: inbox::ShownText::pick(&city.name, &chain),
                city_code: city.code,
                timezone: city.timezone,
                bundle,
                recovered: self.recovery_notices(&s.locale),
                notifications: self.notification_support(),
            })
        })
    }

    fn bundle_info(&self) -> ApiResult<BundleInfo> {
        let (held, record) = self.run(|conn| {
            let held = content::held(conn)?.ok_or_else(|| Error::internal("no bundle held"))?;
            Ok((held, sync::record(conn)?))
        })?;
        let feed_status = match (&record.last_error, &record.last_success_at) {
            (Some(e), _) if matches!(e.code, ErrorCode::SyncNetwork | ErrorCode::SyncTimeout) => {
                FeedStatus::Unreachable
            }
            (Some(_), _) => FeedStatus::Failed,
            (None, Some(_)) => FeedStatus::Ok,
            (None, None) => FeedStatus::Never,
        };
        Ok(BundleInfo {
            version: held.version,
            generated_at: held.generated_at,
            source: held.source,
            unpublished: held.version == embedded::UNPUBLISHED_VERSION,
            last_success_at: record.last_success_at,
            last_error: record.last_error.as_ref().map(|r| self.explain_record(r)),
            feed_status,
        })
    }

    /// The files set aside at this start, each explained in `locale`.
    fn recovery_notices(&self, locale: &str) -> Vec<RecoveryNotice> {
        self.recoveries
            .iter()
            .map(|r| {
                let kept_as = r
                    .kept_as
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let id = match (r.file, r.damage) {
                    (store::StoreFile::Content, store::Damage::Damaged) => {
                        "recovery-content-damaged"
                    }
                    (store::StoreFile::Content, store::Damage::FutureSchema) => {
                        "recovery-content-future"
                    }
                    (store::StoreFile::Resident, store::Damage::Damaged) => {
                        "recovery-resident-damaged"
                    }
                    (store::StoreFile::Resident, store::Damage::FutureSchema) => {
                        "recovery-resident-future"
                    }
                };
                RecoveryNotice {
                    file: r.file,
                    damage: r.damage,
                    message: self.l10n.format(locale, id, &[("file", kept_as.clone())]),
                    kept_as,
                }
            })
            .collect()
    }

    pub fn settings(&self) -> ApiResult<Settings> {
        self.run(|conn| settings::load(conn, self.system_locale))
    }

    pub fn update_settings(&self, patch: SettingsPatch) -> ApiResult<Settings> {
        let updated = self.run(|conn| settings::update(conn, self.system_locale, patch))?;
        self.settings_changed.send_modify(|n| *n += 1);
        Ok(updated)
    }

    /// Wakes whenever the settings change (the shell applies "start at login" from it).
    pub fn watch_settings(&self) -> tokio::sync::watch::Receiver<u64> {
        self.settings_changed.subscribe()
    }

    /// What the shell found out about OS notifications here.
    pub fn set_notification_support(&self, support: NotificationSupport) {
        if let Ok(mut s) = self.notifications.lock() {
            *s = support;
        }
    }

    pub fn notification_support(&self) -> NotificationSupport {
        self.notifications
            .lock()
            .map(|s| *s)
            .unwrap_or(NotificationSupport::Unknown)
    }

    /// Every shipped locale in its own language, Japanese and やさしい日本語 first.
    pub fn locales(&self) -> Vec<LocaleView> {
        self.l10n
            .locale_names()
            .into_iter()
            .map(|(tag, name)| LocaleView { tag, name })
            .collect()
    }

    /// The areas a resident can call home, named in their language.
    pub fn areas(&self) -> ApiResult<Vec<AreaView>> {
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            content::areas(conn, &i18n::content_chain(&s.locale, &s.second_locale))
        })
    }

    /// Fetches the newest signed bundle from the feed, if there is one.
    pub async fn sync_now(&self) -> ApiResult<SyncReport> {
        let client = self.http_client()?;
        let report = sync::sync(&self.db, &self.feed, &self.limits, client, &self.progress)
            .await
            .map_err(|e| self.explain(&e))?;
        // The device remembers each points rule set as it arrives, before a later bundle could replace it.
        if report.outcome == SyncOutcome::Updated {
            self.held_health_scheme()?;
        }
        Ok(report)
    }

    /// The one HTTP client every request to the feed goes through (its limits, timeouts and no redirects).
    pub(crate) fn http_client(&self) -> ApiResult<&reqwest::Client> {
        match self.client.get() {
            Some(c) => Ok(c),
            None => {
                let c = sync::http_client(&self.limits).map_err(|e| self.explain(&e))?;
                Ok(self.client.get_or_init(|| c))
            }
        }
    }

    pub fn sync_status(&self) -> ApiResult<SyncStatus> {
        let (done_bytes, total_bytes) = self.progress.bytes();
        Ok(SyncStatus {
            running: self.progress.running(),
            done_bytes,
            total_bytes,
            bundle: self.bundle_info()?,
        })
    }

    /// The inbox: alerts in force first, then newest first; filtered by category, words, pinned.
    pub fn inbox_list(&self, query: inbox::InboxQuery) -> ApiResult<inbox::InboxPage> {
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale);
            let index = self.derived(conn, inbox::Index::build)?;
            inbox::list(conn, &index, &self.viewer(&s, &chain), &query)
        })
    }

    /// One message in full, in the resident's language or the original.
    pub fn inbox_show(&self, args: inbox::ShowMessageArgs) -> ApiResult<inbox::MessageView> {
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale);
            inbox::show(
                conn,
                &self.viewer(&s, &chain),
                &args.id,
                args.original.unwrap_or(false),
            )
        })
    }

    /// Marks a message read or unread, pinned or not.
    pub fn inbox_mark(&self, args: inbox::MarkMessageArgs) -> ApiResult<inbox::InboxSummary> {
        self.run(|conn| {
            inbox::mark(conn, &args, &self.stamp())?;
            let s = settings::load(conn, self.system_locale)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale);
            inbox::summary(
                conn,
                &*self.derived(conn, inbox::Index::build)?,
                &self.viewer(&s, &chain),
            )
        })
    }

    /// The unread count and the alerts in force, for the home screen.
    pub fn inbox_summary(&self) -> ApiResult<inbox::InboxSummary> {
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale);
            inbox::summary(
                conn,
                &*self.derived(conn, inbox::Index::build)?,
                &self.viewer(&s, &chain),
            )
        })
    }

    /// The OS notifications due now — new messages the resident follows, and "put it out tonight" reminders —
    /// each recorded so it never repeats.
    pub fn take_notifications(&self) -> ApiResult<Vec<inbox::NotificationRequest>> {
        let mut due = self.due_messages()?;
        due.extend(self.due_waste_reminders()?);
        Ok(due)
    }

    fn due_messages(&self) -> ApiResult<Vec<inbox::NotificationRequest>> {
        let now = self.city_now();
        let locale = self.locale();
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale);
            let text = |id: &str, args: &[(&str, String)]| self.l10n.format(&locale, id, args);
            let ctx = inbox::notify::NotifyContext {
                viewer: self.viewer(&s, &chain),
                follows: &s.notifications,
                quiet: s.quiet_hours.as_ref(),
                // Quiet hours are the resident's night: on the device's clock, wherever they are.
                local_time: self.now().time(),
                now_rfc3339: &now.to_rfc3339(),
                text: &text,
            };
            let tx = conn.unchecked_transaction()?;
            let due = inbox::notify::due(&tx, &ctx)?;
            tx.commit()?;
            Ok(due)
        })
    }

    fn due_waste_reminders(&self) -> ApiResult<Vec<inbox::NotificationRequest>> {
        let s = self.settings()?;
        let Some(home) = s.home_area.clone() else {
            return Ok(vec![]);
        };
        if s.waste_reminders.evening.is_none() && s.waste_reminders.morning.is_none() {
            return Ok(vec![]);
        }
        let state = self.waste_state_for_reminders()?;
        let Ok(area) = self.waste_area_of(&state.content, &home) else {
            return Ok(vec![]);
        };
        let chain = i18n::content_chain(&s.locale, &s.second_locale);
        let now = self.city_now();
        self.run(|conn| {
            let given: std::collections::BTreeSet<String> = conn
                .prepare("SELECT key FROM resident.waste_reminder_given")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let due = waste::reminders::due(
                &state.content,
                area,
                &s.waste_reminders,
                now.naive_local(),
                &given,
            );
            let mut out = Vec::new();
            for notice in waste::reminders::notices(&due) {
                for key in &notice.keys {
                    conn.execute(
                        "INSERT OR IGNORE INTO resident.waste_reminder_given (key, at) VALUES (?1, ?2)",
                        rusqlite::params![key, now.to_rfc3339()],
                    )?;
                }
                let date = notice.date.to_string();
                let names: Vec<&str> = notice
                    .categories
                    .iter()
                    .filter_map(|label| state.content.category(label))
                    .map(|c| c.name_on(&date, &chain))
                    .collect();
                if names.is_empty() {
                    continue;
                }
                let separator = waste::reminders::list_separator(&s.locale);
                let id = match notice.day {
                    waste::reminders::ReminderDay::Tomorrow => "waste-reminder-evening",
                    waste::reminders::ReminderDay::Today => "waste-reminder-morning",
                };
                out.push(inbox::NotificationRequest {
                    kind: inbox::NotificationKind::WasteReminder,
                    id: notice.id,
                    title: inbox::notify::plain(
                        &self.l10n.format(
                            &s.locale,
                            id,
                            &[("category", names.join(separator))],
                        ),
                        120,
                    ),
                    body: inbox::notify::plain(
                        &self.l10n.format(&s.locale, "waste-reminder-body", &[]),
                        180,
                    ),
                    urgent: false,
                });
            }
            // A month of history is plenty to never repeat one.
            conn.execute(
                "DELETE FROM resident.waste_reminder_given WHERE at < ?1",
                [(now - chrono::Duration::days(31)).to_rfc3339()],
            )?;
            Ok(out)
        })
    }

    /// A value built from the held bundle (an index, a timetable), built on first use and kept until the bundle
    /// changes.
    pub(crate) fn derived<T: std::any::Any + Send + Sync>(
        &self,
        conn: &Connection,
        build: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<std::sync::Arc<T>> {
        let key: String = conn
            .query_row(
                "SELECT bundle_version || '@' || generated_at || '@' || applied_at FROM bundle_state WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .unwrap_or_default();
        let mut derived = self
            .derived
            .lock()
            .map_err(|_| Error::internal("derived cache poisoned"))?;
        if derived.key != key {
            derived.values.clear();
            derived.key = key;
        }
        let id = std::any::TypeId::of::<T>();
        if let Some(value) = derived.values.get(&id) {
            if let Ok(v) = value.clone().downcast::<T>() {
                return Ok(v);
            }
        }
        let value = std::sync::Arc::new(build(conn)?);
        derived.values.insert(id, value.clone());
        Ok(value)
    }

    fn viewer<'a>(&self, s: &'a Settings, chain: &[&'a str]) -> inbox::Viewer<'a> {
        inbox::Viewer {
            home_area: s.home_area.as_deref(),
            chain: chain.to_vec(),
            now: inbox::now_epoch(self.now()),
        }
    }

    /// A PNG thumbnail (at most `max_px` on its longer side) of a bundle image, from the bounded cache.
    pub fn thumbnail(&self, media_name: &str, max_px: u32) -> ApiResult<Vec<u8>> {
        self.run(|conn| media::thumbnail(conn, media_name, max_px, self.thumbnail_cache_bytes))
    }
}

/// Applies the built-in bundle when the database holds none, older content, or an older build's unpublished
/// content (the one order of [`embedded::action`]).
fn ensure_embedded_bundle(
    conn: &mut Connection,
    built_in: &embedded::EmbeddedBundle,
) -> Result<()> {
    let held = content::held(conn)?;
    let held_manifest = content::held_manifest(conn)?;
    let mode = match embedded::action(
        held.as_ref(),
        held_manifest.as_deref(),
        &built_in.manifest,
        &built_in.manifest_bytes,
    ) {
        embedded::EmbeddedAction::Keep => return Ok(()),
        embedded::EmbeddedAction::Apply => content::ApplyMode::NewerOnly,
        embedded::EmbeddedAction::Replace => content::ApplyMode::ReplaceSameVersion,
    };
    let applied = content::apply_with(
        conn,
        &built_in.manifest,
        &built_in.manifest_bytes,
        &built_in.files,
        BundleSource::Embedded,
        mode,
    );
    match applied {
        // Another process applied it, or something newer, meanwhile: either way the database is ready.
        Ok(_) | Err(Error::SyncRollback { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The embedded city's feed. `MACHI_FEED_URL` and `MACHI_FEED_PUBLIC_KEY` (a `.pub` file) point the app at a
/// staging or test feed without rebuilding; the city code stays pinned.
fn city_feed() -> Result<Feed> {
    let url = std::env::var("MACHI_FEED_URL").unwrap_or_else(|_| embedded::FEED_URL.to_string());
    let public_keys = match std::env::var_os("MACHI_FEED_PUBLIC_KEY") {
        Some(path) => vec![
            std::fs::read_to_string(&path).map_err(|e| Error::InvalidInput {
                detail: format!(
                    "MACHI_FEED_PUBLIC_KEY {}: {e}",
                    PathBuf::from(&path).display()
                ),
            })?,
        ],
        None => embedded::FEED_PUBLIC_KEYS
            .iter()
            .map(|k| k.to_string())
            .collect(),
    };
    Ok(Feed {
        url,
        public_keys,
        city_code: embedded::CITY_CODE.to_string(),
    })
}

/// Text for a plain-text output (CLI, notifications, files): furigana markup keeps only its bases.
pub fn plain_text(text: &str) -> std::borrow::Cow<'_, str> {
    machi_bundle::ruby::plain(text)
}

pub(crate) fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
