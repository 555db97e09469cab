/**
 * The one way the UI reaches machi-core, and the only module that knows how: Tauri `invoke('call', …)` inside the
 * app, `POST /api/<name>` with a bearer token under `machi web`. Every operation, argument, result and error code
 * is typed by `generated/api.ts`, which machi-core generates from its Rust types: `call('list_areas')` is checked
 * against the Rust declaration, and no DTO is copied by hand.
 */

import { ERROR_CODES } from './generated/api';
import type { ApiError as ApiErrorBody, ErrorCode, OperationName, Operations } from './generated/api';

export type * from './generated/api';
export { ERROR_CODES, NOTIFICATION_CATEGORIES, OPERATION_NAMES } from './generated/api';

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** The font scales, in the order settings offers them. */
export const FONT_SCALES = ['normal', 'large', 'xlarge'] as const satisfies readonly Operations['get_settings']['result']['font_scale'][];

/**
 * A failed call. `message` is already in the resident's language when the core produced it; it is empty when the
 * core could not be reached at all (`code` "unreachable") or answered with something that is not an API error.
 */
export class ApiError extends Error {
  /** The core's code, or `unreachable` when the core could not be reached at all. */
  readonly code: ErrorCode | 'unreachable';
  readonly status: number | null;

  constructor(code: ErrorCode | 'unreachable', message: string, status: number | null = null) {
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
    // `machi web --kiosk` hands out `#token=…&kiosk`: the signage page, not Home.
    const route = /(?:^#|&)kiosk(?:&|$)/.test(location.hash) ? '#/kiosk' : '#/';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${route}`);
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
    KNOWN_CODES.has((value as ApiErrorBody).code) &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}

async function invokeTauri<T>(name: string, args: unknown): Promise<T> {
  const { invoke } = await import('@tauri-apps/api/core');
  try {
    // The shell's one command; machi-core dispatches by name.
    return await invoke<T>('call', { name, args: args ?? {} });
  } catch (err) {
    // Anything that is not the core's {code, message} stays generic: internals are not shown to residents.
    throw isErrorBody(err) ? new ApiError(err.code, err.message) : new ApiError('internal', '');
  }
}

async function postHttp<T>(name: string, args: unknown): Promise<T> {
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

type Args<K extends OperationName> = Operations[K]['args'];
/** Operations without arguments may be called with none. */
type ArgsParam<K extends OperationName> = {} extends Args<K> ? [args?: Args<K>] : [args: Args<K>];

/** Calls operation `name` of the Machi API (docs/API.md) with its typed arguments. */
export function call<K extends OperationName>(name: K, ...args: ArgsParam<K>): Promise<Operations[K]['result']> {
  const [payload] = args;
  return isTauri() ? invokeTauri(name, payload) : postHttp(name, payload);
}
