// Generated from machi-core's Rust types (crates/core/src/api.rs) by `scripts/generate.sh`. Do not edit.

/** The notice categories a resident can follow or mute. */
export type NotificationCategory = "disaster" | "weather" | "crime" | "child_safety" | "traffic" | "bus" | "business" | "events" | "city";

export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = ['disaster', 'weather', 'crime', 'child_safety', 'traffic', 'bus', 'business', 'events', 'city'];

/**
 * What every front end receives: `{ "code": "sync.rollback", "message": "…in the resident's language…" }`.
 */
export type ApiError = { code: ErrorCode, message: string, };

/**
 * The app's version, the city and the city data it holds.
 */
export type AppInfo = { app_version: string, city_code: string, city_name: string, bundle: BundleInfo, 
/**
 * Files found damaged at this start and replaced, each with a sentence for the resident.
 */
recovered: Array<RecoveryNotice>, 
/**
 * Whether OS notifications reach the resident here.
 */
notifications: NotificationSupport, };

/**
 * An area a resident can choose as home, named in their language.
 */
export type AreaView = { id: string, name: string, };

/**
 * The city data the app holds, and how its last update went.
 */
export type BundleInfo = { version: number, generated_at: string, source: BundleSource, 
/**
 * Built-in content built from the city's sources and never published (version 0).
 */
unpublished: boolean, last_success_at: string | null, last_error: ApiError | null, feed_status: FeedStatus, };

/**
 * Where the held bundle came from.
 */
export type BundleSource = "embedded" | "feed";

/**
 * CAP 1.2 `<certainty>`.
 */
export type Certainty = "observed" | "likely" | "possible" | "unlikely" | "unknown";

/**
 * One day of the month view.
 */
export type CollectionDay = { 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * 0 = Monday … 6 = Sunday.
 */
weekday: number, 
/**
 * What is collected that day, in category order (empty: nothing).
 */
categories: Array<WasteCategoryView>, 
/**
 * A public holiday (collections follow each category's holiday rule).
 */
holiday: boolean, 
/**
 * The collection centre is closed (year-end): nothing is collected.
 */
closed: boolean, 
/**
 * The day "today" is.
 */
today: boolean, };

/**
 * Why a file was set aside.
 */
export type Damage = "damaged" | "future_schema";

/**
 * Every error code of the Machi API. In TypeScript it is a union of these strings, so the UI branches
 * on a code without guessing.
 */
export type ErrorCode = "internal" | "not_found" | "invalid_input" | "unknown_locale" | "storage" | "unauthorized" | "sync.network" | "sync.http_status" | "sync.too_large" | "sync.bad_signature" | "sync.untrusted_key" | "sync.wrong_city" | "sync.rollback" | "sync.hash_mismatch" | "sync.invalid_manifest" | "sync.invalid_content" | "sync.timeout" | "sync.busy" | "waste.no_area";

/**
 * How the last contact with the city's feed went, so settings can speak calmly about an unreachable server.
 */
export type FeedStatus = "never" | "ok" | "unreachable" | "failed";

export type FontScale = "normal" | "large" | "xlarge";

/**
 * One line of the inbox, in the resident's language.
 */
export type InboxEntry = { id: string, category: NotificationCategory, severity: MessageSeverity, urgency: Urgency, 
/**
 * active, updated, withdrawn or expired.
 */
status: MessageState, 
/**
 * An alert in force for the resident's area: pinned on top of the list.
 */
in_force: boolean, 
/**
 * A drill (CAP `Exercise`).
 */
drill: boolean, 
/**
 * Update or Cancel: the message says so.
 */
msg_type: MsgType, headline: string, 
/**
 * The locale `headline` is in (the resident's, their second language, or Japanese).
 */
locale: string, 
/**
 * RFC 3339, as the city sent it.
 */
sent: string, expires: string | null, read: boolean, pinned: boolean, };

/**
 * A page of the inbox.
 */
export type InboxPage = { entries: Array<InboxEntry>, 
/**
 * Entries matching the query in all (for paging and the screen reader's result count).
 */
total: number, 
/**
 * Unread messages in the main list, for the badge on the home tile.
 */
unread: number, };

/**
 * Which messages a list shows.
 */
export type InboxQuery = { 
/**
 * Only this category (one of `NotificationCategory`).
 */
category?: NotificationCategory, 
/**
 * Words to find in the headline, text, event or area, in any script.
 */
text?: string, 
/**
 * Also updated, expired and long-withdrawn messages (what `machi inbox --all` lists).
 */
all?: boolean, 
/**
 * Only pinned messages.
 */
pinned?: boolean, 
/**
 * At most this many entries (default 50, at most 500).
 */
limit?: number, 
/**
 * Skip this many entries (for the next page).
 */
offset?: number, };

/**
 * What the home screen shows of the inbox: the unread count and the alerts in force.
 */
export type InboxSummary = { unread: number, in_force: Array<InboxEntry>, 
/**
 * A warning-or-higher alert in force covers the resident's area: the home screen switches to disaster mode.
 */
disaster_mode: boolean, };

/**
 * A locale, named in its own language.
 */
export type LocaleView = { tag: string, name: string, };

/**
 * `inbox_mark`: read or unread, pinned or not.
 */
export type MarkMessageArgs = { id: string, read?: boolean, pinned?: boolean, };

/**
 * CAP 1.2 `<severity>`. (Not [`crate::Severity`], which is how bad a problem in the sources is.)
 */
export type MessageSeverity = "extreme" | "severe" | "moderate" | "minor" | "unknown";

/**
 * Where a message stands for the resident now.
 */
export type MessageState = "active" | "updated" | "withdrawn" | "expired";

/**
 * One message in full, in the resident's language (or the original).
 */
export type MessageView = { entry: InboxEntry, event: ShownText, description: ShownText, 
/**
 * "What to do": shown first for urgent alerts.
 */
instruction: ShownText, 
/**
 * Urgent enough that the instruction comes first.
 */
instruction_first: boolean, 
/**
 * Only an http(s) address; anything else is dropped.
 */
web: string | null, effective: string | null, onset: string | null, certainty: Certainty, 
/**
 * The areas concerned, named in the resident's language; empty means the whole city.
 */
areas: Array<string>, 
/**
 * The city's own description of the area, when it gave one.
 */
area_description: ShownText, 
/**
 * The locale the city wrote it in (`ja` unless the city wrote only in another).
 */
original_locale: string, 
/**
 * Every locale the message is available in.
 */
locales: Array<string>, 
/**
 * The shelters this message opens (place ids).
 */
opens_shelters: Array<string>, 
/**
 * The newer version, when this one was updated.
 */
superseded_by: string | null, 
/**
 * The messages this one updates or cancels.
 */
references: Array<string>, withdrawal: Withdrawal | null, };

/**
 * A search that found nothing, kept (the text only) so the city can add the item.
 */
export type MissingQuery = { text: string, count: number, last_at: string, };

/**
 * CAP `msgType`. `Ack` and `Error` are not for residents and are left out.
 */
export type MsgType = "alert" | "update" | "cancel";

/**
 * The next collection of one category.
 */
export type NextCollection = { category: WasteCategoryView, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * 0 = today, 1 = tomorrow …
 */
days_from_today: number, };

/**
 * The arguments of an operation that takes none: `{}` (or `null`, or nothing at all).
 */
export type NoArgs = Record<symbol, never>;

/**
 * What kind of OS notification.
 */
export type NotificationKind = "message" | "waste_reminder";

/**
 * One OS notification to raise, in the resident's language, as plain text.
 */
export type NotificationRequest = { kind: NotificationKind, 
/**
 * The message id (or reminder id): opening the notification shows it.
 */
id: string, title: string, body: string, 
/**
 * Extreme or immediate: shown even in quiet hours, with the OS's critical urgency.
 */
urgent: boolean, };

/**
 * Whether OS notifications reach the resident on this device, as the shell found out.
 */
export type NotificationSupport = "unknown" | "available" | "no_service" | "browser";

/**
 * Hours in which only Extreme or Immediate messages notify, in the device's local time (`22:00`–`07:00`).
 */
export type QuietHours = { 
/**
 * `HH:MM`
 */
start: string, 
/**
 * `HH:MM`; before `start` means the next morning.
 */
end: string, };

/**
 * A local file that was damaged (or from a newer Machi) and was set aside at start.
 */
export type RecoveryNotice = { file: StoreFile, damage: Damage, 
/**
 * The file name it was kept under, in the data folder.
 */
kept_as: string, 
/**
 * What happened, in the resident's language.
 */
message: string, };

export type Settings = { locale: string, second_locale: string, font_scale: FontScale, high_contrast: boolean, home_area: string | null, 
/**
 * Notification category → on/off, for every category of [`NotificationCategory`].
 */
notifications: Record<NotificationCategory, boolean>, 
/**
 * The language the "back" button of やさしい日本語 returns to: the one chosen before it (default `ja`).
 */
easy_return_locale: string, 
/**
 * Hours in which only Extreme or Immediate alerts notify.
 */
quiet_hours: QuietHours | null, 
/**
 * Start Machi (in the tray) when the resident logs in, so alerts arrive with the window closed.
 */
start_at_login: boolean, 
/**
 * The most messages the inbox keeps; the oldest read, unpinned ones go first.
 */
inbox_cap: number, 
/**
 * When to be reminded to put the waste out.
 */
waste_reminders: WasteReminders, };

/**
 * A change to some settings; absent fields stay as they are. `home_area: null` clears the home area.
 */
export type SettingsPatch = { locale?: string, second_locale?: string, font_scale?: FontScale, high_contrast?: boolean, 
/**
 * `null` clears the home area; absent leaves it.
 */
home_area?: string | null, notifications?: Partial<Record<NotificationCategory, boolean>>, 
/**
 * `null` switches quiet hours off.
 */
quiet_hours?: QuietHours | null, start_at_login?: boolean, inbox_cap?: number, waste_reminders?: WasteReminders, };

/**
 * `inbox_show`: which message, and whether to show it in the language the city wrote it in.
 */
export type ShowMessageArgs = { id: string, 
/**
 * Show the original language instead of the resident's.
 */
original?: boolean, };

/**
 * A text with the locale it is in (each field is picked along the resident's chain on its own, so a message with
 * a Portuguese headline and only a Japanese text says so: the screen marks each block's language).
 */
export type ShownText = { text: string, locale: string, };

/**
 * Which file was recovered.
 */
export type StoreFile = "content" | "resident";

export type SyncOutcome = "updated" | "up_to_date";

/**
 * What one update brought.
 */
export type SyncReport = { outcome: SyncOutcome, bundle_version: number, files_fetched: number, bytes_fetched: number, 
/**
 * HTTP requests this sync made (a no-change sync makes one).
 */
requests: number, };

export type SyncStatus = { running: boolean, done_bytes: number, total_bytes: number, bundle: BundleInfo, };

export type UpdateSettingsArgs = { patch: SettingsPatch, };

/**
 * CAP 1.2 `<urgency>`.
 */
export type Urgency = "immediate" | "expected" | "future" | "past" | "unknown";

/**
 * `waste_next` / `waste_month`: where (a city area id or a 5374 area name; default the resident's home) and when.
 */
export type WasteAreaArgs = { area?: string, 
/**
 * `YYYY-MM-DD` (default today).
 */
on?: string, };

/**
 * A 5374 area a resident can pick for the calendar.
 */
export type WasteAreaView = { 
/**
 * What `area` takes (`mamada`).
 */
id: string, 
/**
 * The name in area_days.csv (`間々田地区`).
 */
name: string, 
/**
 * The name in the resident's language (its city areas' names).
 */
label: string, 
/**
 * The city areas (city.toml) whose calendar this is.
 */
city_areas: Array<string>, };

/**
 * A category as a resident sees it today.
 */
export type WasteCategoryView = { id: string, 
/**
 * The name valid today (or on the day shown), in the resident's language.
 */
name: string, 
/**
 * The locale `name` is in.
 */
locale: string, 
/**
 * `#RRGGBB`; never the only signal: the name is always shown.
 */
colour: string | null, description: ShownText, 
/**
 * Collected on public holidays too.
 */
collected_on_holidays: boolean, };

/**
 * The calendar as an iCalendar file.
 */
export type WasteIcs = { file_name: string, 
/**
 * RFC 5545 text.
 */
ics: string, };

/**
 * One item of the dictionary.
 */
export type WasteItemView = { id: string, name: string, 
/**
 * The locale `name`, `how` and `notes` are in.
 */
locale: string, 
/**
 * The Japanese name and its reading, always (the bin labels and the city's lists are in Japanese).
 */
name_ja: string, reading: string | null, category: WasteCategoryView, 
/**
 * How to put it out.
 */
how: ShownText, notes: ShownText, 
/**
 * The word that matched the query, when it is neither the name nor the Japanese name (a synonym, another
 * language), with its locale.
 */
matched: ShownText | null, };

/**
 * One month of an area's calendar: every day of it, in order.
 */
export type WasteMonth = { area: string, area_id: string, area_label: string, year: number, month: number, days: Array<CollectionDay>, };

export type WasteMonthArgs = { area?: string, year: number, month: number, };

/**
 * When to be reminded, and of which categories.
 */
export type WasteReminders = { 
/**
 * `HH:MM` the evening before (default `20:00`); `null` for none.
 */
evening: string | null, 
/**
 * `HH:MM` the same morning (before 08:00); `null` for none.
 */
morning: string | null, 
/**
 * Category ids to be reminded of; empty means every category.
 */
categories: Array<string>, };

/**
 * Each category's next collection in an area, soonest first.
 */
export type WasteSchedule = { 
/**
 * The 5374 area the days are for (its name in area_days.csv).
 */
area: string, 
/**
 * Its id (`mamada`) and its name in the resident's language.
 */
area_id: string, area_label: string, 
/**
 * `YYYY-MM-DD`: the day "today" means here.
 */
on: string, next: Array<NextCollection>, };

/**
 * `waste_search`: what the resident typed, as they type.
 */
export type WasteSearchArgs = { query: string, 
/**
 * Search and answer in this locale instead of the resident's (`machi waste search --lang`).
 */
locale?: string, 
/**
 * At most this many items (default 20).
 */
limit?: number, };

/**
 * A withdrawn message carries the city's words about the withdrawal.
 */
export type Withdrawal = { id: string, sent: string, headline: ShownText, description: ShownText, };

/** Every error code, for code that must list them. */
export const ERROR_CODES: readonly ErrorCode[] = ['internal', 'not_found', 'invalid_input', 'unknown_locale', 'storage', 'unauthorized', 'sync.network', 'sync.http_status', 'sync.too_large', 'sync.bad_signature', 'sync.untrusted_key', 'sync.wrong_city', 'sync.rollback', 'sync.hash_mismatch', 'sync.invalid_manifest', 'sync.invalid_content', 'sync.timeout', 'sync.busy', 'waste.no_area'];

/** Every operation of the Machi API: its arguments and its result. */
export type Operations = {
  /** The app's version, the city and the city data it holds (version, source, last update, last error). */
  app_info: { args: NoArgs; result: AppInfo };
  /** The resident's settings (first start: the OS language, every notification on). */
  get_settings: { args: NoArgs; result: Settings };
  /** Changes some settings; absent fields stay as they are, and nothing changes if any field is wrong. */
  update_settings: { args: UpdateSettingsArgs; result: Settings };
  /** Every shipped locale, named in its own language, Japanese and やさしい日本語 first. */
  list_locales: { args: NoArgs; result: Array<LocaleView> };
  /** The areas a resident can call home, named in their language. */
  list_areas: { args: NoArgs; result: Array<AreaView> };
  /** Fetches the newest signed city bundle from the feed, if there is one. */
  sync_now: { args: NoArgs; result: SyncReport };
  /** Whether an update is running, its progress in bytes, and the city data held. */
  sync_status: { args: NoArgs; result: SyncStatus };
  /** The inbox: alerts in force first, then newest first; by category, words or pinned; a page at a time. */
  inbox_list: { args: InboxQuery; result: InboxPage };
  /** One message in full, in the resident's language (or the original), with what updated or withdrew it. */
  inbox_show: { args: ShowMessageArgs; result: MessageView };
  /** Marks a message read or unread, pinned or not; returns the new unread count and alerts in force. */
  inbox_mark: { args: MarkMessageArgs; result: InboxSummary };
  /** The unread count and the alerts in force for the resident's area (home screen, disaster mode). */
  inbox_summary: { args: NoArgs; result: InboxSummary };
  /** The OS notifications due now, each given once (the app's shell raises them). */
  take_notifications: { args: NoArgs; result: Array<NotificationRequest> };
  /** Items for what the resident typed (any script, romaji, typos, other languages), best first. */
  waste_search: { args: WasteSearchArgs; result: Array<WasteItemView> };
  /** Every waste category, named as it is today, with its colour and holiday rule. */
  waste_categories: { args: NoArgs; result: Array<WasteCategoryView> };
  /** The areas of the collection calendar, named in the resident's language, and which city areas use each. */
  waste_areas: { args: NoArgs; result: Array<WasteAreaView> };
  /** Each category's next collection in an area (default: home; an id or a name), a collection that day counting. */
  waste_next: { args: WasteAreaArgs; result: WasteSchedule };
  /** Every day of one month in an area: what is collected, public holidays, centre closures, today. */
  waste_month: { args: WasteMonthArgs; result: WasteMonth };
  /** The area's calendar for the next 13 months as an iCalendar file, alarms at the resident's reminder times. */
  waste_ics: { args: WasteAreaArgs; result: WasteIcs };
  /** The searches that found nothing (kept on this device, the text only). */
  waste_missing: { args: NoArgs; result: Array<MissingQuery> };
  /** Forgets the searches that found nothing. */
  waste_missing_clear: { args: NoArgs; result: null };
};

export type OperationName = keyof Operations;

/** The operation names, in declaration order. */
export const OPERATION_NAMES: readonly OperationName[] = ['app_info', 'get_settings', 'update_settings', 'list_locales', 'list_areas', 'sync_now', 'sync_status', 'inbox_list', 'inbox_show', 'inbox_mark', 'inbox_summary', 'take_notifications', 'waste_search', 'waste_categories', 'waste_areas', 'waste_next', 'waste_month', 'waste_ics', 'waste_missing', 'waste_missing_clear'];
