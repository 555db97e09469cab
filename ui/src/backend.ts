/**
 * The one way the UI reaches machi-core, and the only module that knows how: Tauri `invoke` inside the app,
 * `POST /api/<name>` with a bearer token under `machi web`. The operations and DTOs mirror docs/API.md; screens
 * call the typed functions in `backend` and never see the transport.
 */

export type LocaleTag = string;
export type FontScale = 'normal' | 'large' | 'xlarge';
export const FONT_SCALES: readonly FontScale[] = ['normal', 'large', 'xlarge'];

export const NOTIFICATION_CATEGORIES = [
  'disaster',
  'weather',
  'crime',
  'child_safety',
  'traffic',
  'bus',
  'business',
  'events',
  'city',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export interface ApiErrorBody {
  code: string;
  message: string;
}

export interface BundleInfo {
  version: number;
  generated_at: string;
  source: 'embedded' | 'feed';
  last_success_at: string | null;
  last_error: ApiErrorBody | null;
}

export interface AppInfo {
  app_version: string;
  city_code: string;
  city_name: string;
  bundle: BundleInfo;
}

export interface Settings {
  locale: LocaleTag;
  second_locale: LocaleTag;
  font_scale: FontScale;
  high_contrast: boolean;
  home_area: string | null;
  notifications: Record<NotificationCategory, boolean>;
}

export type SettingsPatch = Partial<Settings>;

export interface LocaleOption {
  tag: LocaleTag;
  name: string;
}

export interface Area {
  id: string;
  name: string;
}

export interface SyncReport {
  outcome: 'updated' | 'up_to_date';
  bundle_version: number;
  files_fetched: number;
  bytes_fetched: number;
}

export interface SyncStatus {
  running: boolean;
  done_bytes: number;
  total_bytes: number;
  bundle: BundleInfo;
}

/**
 * A failed call. `message` is already in the resident's language when the core produced it; it is empty when the
 * core could not be reached at all (`code` "unreachable") or answered with something that is not an API error.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number | null;

  constructor(code: string, message: string, status: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

const TOKEN_KEY = 'machi.token';
let token: string | null = null;

function isTauri(): boolean {
  return '__TAURI_INTERNALS__' in window;
}

/**
 * Takes the `machi web` token out of the URL fragment (`#token=…`) into sessionStorage, so it is not left in the
 * address bar, the history or a bookmark. Call once, before anything reads `location.hash`.
 */
export function initBackend(): void {
  if (isTauri()) return;
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    token = decodeURIComponent(match[1]);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage may be disabled; the token then lives for this page only.
    }
    history.replaceState(history.state, '', `${location.pathname}${location.search}#/`);
    return;
  }
  try {
    token = sessionStorage.getItem(TOKEN_KEY);
  } catch {
    token = null;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).code === 'string' &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}

async function invokeTauri<T>(name: string, args?: Record<string, unknown>): Promise<T> {
  const { invoke } = await import('@tauri-apps/api/core');
  try {
    return await invoke<T>(name, args);
  } catch (err) {
    // Anything that is not the core's {code, message} stays generic: internals are not shown to residents.
    throw isErrorBody(err) ? new ApiError(err.code, err.message) : new ApiError('internal', '');
  }
}

async function postHttp<T>(name: string, args?: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
  } catch {
    throw new ApiError('unreachable', '');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw isErrorBody(body)
      ? new ApiError(body.code, body.message, response.status)
      : new ApiError('internal', '', response.status);
  }
  return body as T;
}

function call<T>(name: string, args?: Record<string, unknown>): Promise<T> {
  return isTauri() ? invokeTauri<T>(name, args) : postHttp<T>(name, args);
}

/** The machi-core operations (docs/API.md). */
export const backend = {
  appInfo: (): Promise<AppInfo> => call('app_info'),
  getSettings: (): Promise<Settings> => call('get_settings'),
  updateSettings: (patch: SettingsPatch): Promise<Settings> => call('update_settings', { patch }),
  listLocales: (): Promise<LocaleOption[]> => call('list_locales'),
  listAreas: (): Promise<Area[]> => call('list_areas'),
  syncNow: (): Promise<SyncReport> => call('sync_now'),
  syncStatus: (): Promise<SyncStatus> => call('sync_status'),
};
