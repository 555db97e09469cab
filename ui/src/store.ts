/**
 * What the UI holds from the core (settings, app info, locale and area lists) and the actions that change it.
 * Display preferences (font scale, contrast) become classes on <html>; the stylesheet does the rest.
 */

import { ApiError, backend, type AppInfo, type Area, type LocaleOption, type Settings, type SettingsPatch } from './backend';
import { LOCALES, currentLocale, isSupportedLocale, setLocale, t, tIn } from './i18n';

export interface AppState {
  settings: Settings;
  info: AppInfo;
  locales: LocaleOption[];
  areas: Area[];
}

let state: AppState | null = null;

export function getState(): AppState {
  if (!state) throw new Error('state read before loadState()');
  return state;
}

export function applyDisplay(settings: Settings): void {
  const root = document.documentElement;
  root.classList.toggle('fs-large', settings.font_scale === 'large');
  root.classList.toggle('fs-xlarge', settings.font_scale === 'xlarge');
  root.classList.toggle('hc', settings.high_contrast);
}

/** Native names from our own bundles, should `list_locales` fail. */
function localesFromBundles(): LocaleOption[] {
  return LOCALES.map((tag) => ({ tag, name: tIn(tag, 'locale-name') }));
}

export async function loadState(): Promise<AppState> {
  // The core negotiated the locale from the OS on first start; we only follow it.
  const settings = await backend.getSettings();
  setLocale(settings.locale);
  applyDisplay(settings);
  const [info, locales, areas] = await Promise.all([
    backend.appInfo(),
    backend.listLocales().catch(() => localesFromBundles()),
    backend.listAreas().catch(() => [] as Area[]),
  ]);
  state = { settings, info, locales: locales.filter((l) => isSupportedLocale(l.tag)), areas };
  return state;
}

export async function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const settings = await backend.updateSettings(patch);
  getState().settings = settings;
  applyDisplay(settings);
  return settings;
}

/** Saves the new UI language and reloads what the core localizes (city name, area names). */
export async function changeLocale(tag: string): Promise<void> {
  const settings = await saveSettings({ locale: tag });
  setLocale(settings.locale);
  const [info, areas] = await Promise.allSettled([backend.appInfo(), backend.listAreas()]);
  if (info.status === 'fulfilled') getState().info = info.value;
  if (areas.status === 'fulfilled') getState().areas = areas.value;
}

// The language a resident came from before choosing やさしい日本語, so one button brings them back.
const BEFORE_EASY_KEY = 'machi.localeBeforeEasyJapanese';

export async function enterEasyJapanese(): Promise<void> {
  const from = currentLocale();
  if (from !== 'ja-easy') {
    try {
      localStorage.setItem(BEFORE_EASY_KEY, from);
    } catch {
      // Without storage the way back is Japanese; the full language list stays in Settings.
    }
  }
  await changeLocale('ja-easy');
}

export function localeBeforeEasyJapanese(): string {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(BEFORE_EASY_KEY);
  } catch {
    stored = null;
  }
  return stored && stored !== 'ja-easy' && isSupportedLocale(stored) ? stored : 'ja';
}

export async function leaveEasyJapanese(): Promise<void> {
  await changeLocale(localeBeforeEasyJapanese());
}

export function localeName(tag: string): string {
  return state?.locales.find((l) => l.tag === tag)?.name ?? tIn(tag, 'locale-name');
}

/** A failure as one sentence in the resident's language. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError && err.message) return err.message;
  if (err instanceof ApiError && err.code === 'unreachable') return t('error-backend-unreachable');
  return t('error-internal');
}
