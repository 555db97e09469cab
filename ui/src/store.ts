/**
 * What the UI holds from the core (settings, app info, locale and area lists) and the actions that change it.
 * Display preferences (font scale, contrast) become classes on <html>; the stylesheet does the rest.
 */

import { ApiError, call, type AppInfo, type AreaView, type LocaleView, type Settings, type SettingsPatch } from './backend';
import { setFurigana } from './ruby';
import { LOCALES, isSupportedLocale, setCityTimeZone, setLocale, t, tIn } from './i18n';

export interface AppState {
  settings: Settings;
  info: AppInfo;
  locales: LocaleView[];
  areas: AreaView[];
}

let state: AppState | null = null;

export function getState(): AppState {
  if (!state) throw new Error('state read before loadState()');
  return state;
}

// A system that asks for more contrast gets the high-contrast theme too, whatever the setting says.
const systemContrast = window.matchMedia('(prefers-contrast: more)');

export function applyDisplay(settings: Settings): void {
  const root = document.documentElement;
  root.classList.toggle('fs-large', settings.font_scale === 'large');
  root.classList.toggle('fs-xlarge', settings.font_scale === 'xlarge');
  root.classList.toggle('hc', settings.high_contrast || systemContrast.matches);
  // Unset, furigana follows the language: on in やさしい日本語, where it is part of how the text is written.
  setFurigana(settings.furigana ?? settings.locale === 'ja-easy');
}

/** Native names from our own bundles, should `list_locales` fail. */
function localesFromBundles(): LocaleView[] {
  return LOCALES.map((tag) => ({ tag, name: tIn(tag, 'locale-name') }));
}

systemContrast.addEventListener('change', () => {
  if (state) applyDisplay(state.settings);
});

export async function loadState(): Promise<AppState> {
  // The core negotiated the locale from the OS on first start; we only follow it.
  const settings = await call('get_settings');
  setLocale(settings.locale);
  applyDisplay(settings);
  const [info, locales, areas] = await Promise.all([
    call('app_info'),
    call('list_locales').catch(() => localesFromBundles()),
    call('list_areas').catch(() => [] as AreaView[]),
  ]);
  setCityTimeZone(info.timezone);
  state = { settings, info, locales: locales.filter((l) => isSupportedLocale(l.tag)), areas };
  return state;
}

export async function saveSettings(patch: SettingsPatch): Promise<Settings> {
  const settings = await call('update_settings', { patch });
  getState().settings = settings;
  applyDisplay(settings);
  return settings;
}

/** Saves the new UI language and reloads what the core localizes (city name, area names). */
export async function changeLocale(tag: string): Promise<void> {
  const settings = await saveSettings({ locale: tag });
  setLocale(settings.locale);
  const [info, areas] = await Promise.allSettled([call('app_info'), call('list_areas')]);
  if (info.status === 'fulfilled') getState().info = info.value;
  if (areas.status === 'fulfilled') getState().areas = areas.value;
}

/** やさしい日本語; the core remembers the language the resident came from. */
export async function enterEasyJapanese(): Promise<void> {
  await changeLocale('ja-easy');
}

/** The language やさしい日本語's "back" button returns to, as the core remembers it. */
export function localeBeforeEasyJapanese(): string {
  const back = state?.settings.easy_return_locale;
  return back && back !== 'ja-easy' && isSupportedLocale(back) ? back : 'ja';
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
