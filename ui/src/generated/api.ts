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
recovered: Array<RecoveryNotice>, };

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
 * Why a file was set aside.
 */
export type Damage = "damaged" | "future_schema";

/**
 * Every error code of the Machi API. In TypeScript it is a union of these strings, so the UI branches
 * on a code without guessing.
 */
export type ErrorCode = "internal" | "not_found" | "invalid_input" | "unknown_locale" | "storage" | "unauthorized" | "sync.network" | "sync.http_status" | "sync.too_large" | "sync.bad_signature" | "sync.untrusted_key" | "sync.wrong_city" | "sync.rollback" | "sync.hash_mismatch" | "sync.invalid_manifest" | "sync.invalid_content" | "sync.timeout" | "sync.busy";

/**
 * How the last contact with the city's feed went, so settings can speak calmly about an unreachable server.
 */
export type FeedStatus = "never" | "ok" | "unreachable" | "failed";

export type FontScale = "normal" | "large" | "xlarge";

/**
 * A locale, named in its own language.
 */
export type LocaleView = { tag: string, name: string, };

/**
 * The arguments of an operation that takes none: `{}` (or `null`, or nothing at all).
 */
export type NoArgs = Record<symbol, never>;

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
easy_return_locale: string, };

/**
 * A change to some settings; absent fields stay as they are. `home_area: null` clears the home area.
 */
export type SettingsPatch = { locale?: string, second_locale?: string, font_scale?: FontScale, high_contrast?: boolean, 
/**
 * `null` clears the home area; absent leaves it.
 */
home_area?: string | null, notifications?: Partial<Record<NotificationCategory, boolean>>, };

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

/** Every error code, for code that must list them. */
export const ERROR_CODES: readonly ErrorCode[] = ['internal', 'not_found', 'invalid_input', 'unknown_locale', 'storage', 'unauthorized', 'sync.network', 'sync.http_status', 'sync.too_large', 'sync.bad_signature', 'sync.untrusted_key', 'sync.wrong_city', 'sync.rollback', 'sync.hash_mismatch', 'sync.invalid_manifest', 'sync.invalid_content', 'sync.timeout', 'sync.busy'];

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
};

export type OperationName = keyof Operations;

/** The operation names, in declaration order. */
export const OPERATION_NAMES: readonly OperationName[] = ['app_info', 'get_settings', 'update_settings', 'list_locales', 'list_areas', 'sync_now', 'sync_status'];
