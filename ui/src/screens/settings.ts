/**
 * Settings: やさしい日本語, language, second language for content, text size, contrast, home area, notification
 * categories, and the state of the city data with "Update now". Every change is saved at once through
 * update_settings and confirmed in a live region next to the control.
 */

import {
  FONT_SCALES,
  NOTIFICATION_CATEGORIES,
  call,
  type AppInfo,
  type FontScale,
  type NotificationCategory,
  type SettingsPatch,
} from '../backend';
import { h, setText, withJapaneseNames } from '../dom';
import { formatDateTime, intlLocale, t } from '../i18n';
import { icon } from '../icons';
import { furiganaShown } from '../ruby';
import { changeLocale, describeError, enterEasyJapanese, getState, saveSettings } from '../store';
import { announce, easyJapaneseSwitch, statusRegion, type ScreenContext } from '../widgets';

const FONT_SCALE_LABEL: Record<FontScale, string> = {
  normal: 'font-size-normal',
  large: 'font-size-large',
  xlarge: 'font-size-xlarge',
};

const NOTIFICATION_LABEL: Record<NotificationCategory, string> = {
  disaster: 'notify-disaster',
  weather: 'notify-weather',
  crime: 'notify-crime',
  child_safety: 'notify-child-safety',
  traffic: 'notify-traffic',
  bus: 'notify-bus',
  business: 'notify-business',
  events: 'notify-events',
  city: 'notify-city',
};

/** Saves one change; on failure says why and lets the caller put the control back. */
async function save(patch: SettingsPatch, status: HTMLElement): Promise<boolean> {
  try {
    await saveSettings(patch);
    announce(status, t('settings-saved'));
    return true;
  } catch (err) {
    announce(status, t('settings-save-failed', { message: describeError(err) }), 'error');
    return false;
  }
}

function section(id: string, heading: string, ...content: Node[]): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
}

function easyJapaneseSection(ctx: ScreenContext): HTMLElement {
  return h(
    'section',
    { class: 'card card--easy', 'aria-labelledby': 'easy-heading' },
    h('h2', { id: 'easy-heading' }, withJapaneseNames(t('settings-easy-japanese-title'))),
    h('p', null, withJapaneseNames(t('settings-easy-japanese-body'))),
    easyJapaneseSwitch(ctx, 'settings'),
  );
}

function languageSection(ctx: ScreenContext): HTMLElement {
  const { settings, locales } = getState();
  const status = statusRegion('language-status');

  // Buttons rather than radios: arrowing through a radio group would switch the whole UI at every step.
  const options = locales.map((locale) =>
    h(
      'li',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'lang-option',
          lang: intlLocale(locale.tag),
          'data-locale': locale.tag,
          'aria-pressed': String(locale.tag === settings.locale),
          onclick: (event: Event) => {
            const button = event.currentTarget as HTMLButtonElement;
            if (locale.tag === getState().settings.locale || button.getAttribute('aria-disabled')) return;
            button.setAttribute('aria-disabled', 'true');
            const change = locale.tag === 'ja-easy' ? enterEasyJapanese() : changeLocale(locale.tag);
            change.then(
              () =>
                ctx.rerender({
                  focus: `[data-locale="${locale.tag}"]`,
                  announce: { selector: '#language-status', text: t('settings-saved') },
                }),
              (err: unknown) => {
                button.removeAttribute('aria-disabled');
                announce(status, t('settings-save-failed', { message: describeError(err) }), 'error');
              },
            );
          },
        },
        icon('check', 'icon lang-check'),
        h('span', null, locale.name),
      ),
    ),
  );

  const second = h(
    'select',
    { id: 'second-language', 'aria-describedby': 'second-language-hint' },
    locales.map((locale) =>
      h(
        'option',
        { value: locale.tag, lang: intlLocale(locale.tag), selected: locale.tag === settings.second_locale },
        locale.name,
      ),
    ),
  );
  second.addEventListener('change', () => {
    void save({ second_locale: second.value }, status).then((ok) => {
      if (!ok) second.value = getState().settings.second_locale;
    });
  });

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'language-heading' },
    h('h2', { id: 'language-heading' }, icon('globe'), h('span', null, t('settings-language'))),
    h('p', { id: 'language-hint', class: 'hint' }, t('settings-language-hint')),
    h('ul', { class: 'lang-list', role: 'list', 'aria-labelledby': 'language-heading', 'aria-describedby': 'language-hint' }, options),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'second-language' }, t('settings-second-language')),
      h('p', { id: 'second-language-hint', class: 'hint' }, t('settings-second-language-hint')),
      second,
    ),
    status,
  );
}

function displaySection(ctx: ScreenContext): HTMLElement {
  const { settings } = getState();
  const status = statusRegion('display-status');

  const radios = FONT_SCALES.map((scale) => {
    const input = h('input', {
      type: 'radio',
      name: 'font-scale',
      value: scale,
      id: `font-scale-${scale}`,
      checked: settings.font_scale === scale,
    });
    input.addEventListener('change', () => {
      if (!input.checked) return;
      void save({ font_scale: scale }, status).then((ok) => {
        if (!ok) {
          const previous = document.getElementById(`font-scale-${getState().settings.font_scale}`);
          if (previous instanceof HTMLInputElement) previous.checked = true;
        }
      });
    });
    return h('label', { class: `choice choice--${scale}`, for: `font-scale-${scale}` }, input, h('span', null, t(FONT_SCALE_LABEL[scale])));
  });

  const contrast = h('input', { type: 'checkbox', id: 'high-contrast', checked: settings.high_contrast });
  contrast.addEventListener('change', () => {
    void save({ high_contrast: contrast.checked }, status).then((ok) => {
      if (!ok) contrast.checked = getState().settings.high_contrast;
    });
  });

  // Readings above kanji: on by default in やさしい日本語, and anyone reading Japanese can switch them on or off.
  const furigana = h('input', {
    type: 'checkbox',
    id: 'furigana',
    'aria-describedby': 'furigana-hint',
    checked: furiganaShown(),
  });
  furigana.addEventListener('change', () => {
    void save({ furigana: furigana.checked }, status).then((ok) => {
      if (ok) ctx.rerender({ focus: '#furigana', announce: { selector: '#display-status', text: t('settings-saved') } });
      else furigana.checked = furiganaShown();
    });
  });

  return section(
    'display-heading',
    t('settings-display'),
    h('fieldset', { class: 'choices' }, h('legend', null, t('settings-font-size')), ...radios),
    h('label', { class: 'choice', for: 'high-contrast' }, contrast, h('span', null, t('settings-high-contrast'))),
    h('label', { class: 'choice', for: 'furigana' }, furigana, h('span', null, t('settings-furigana'))),
    h('p', { id: 'furigana-hint', class: 'hint' }, t('settings-furigana-hint')),
    status,
  );
}

function areaSection(): HTMLElement {
  const { settings, areas } = getState();
  const status = statusRegion('area-status');
  const select = h(
    'select',
    { id: 'home-area', 'aria-labelledby': 'area-heading', 'aria-describedby': 'area-hint' },
    h('option', { value: '', selected: settings.home_area === null }, t('settings-home-area-none')),
    areas.map((area) =>
      h('option', { value: area.id, selected: area.id === settings.home_area, lang: intlLocale(area.name.locale) }, area.name.text),
    ),
  );
  select.addEventListener('change', () => {
    void save({ home_area: select.value === '' ? null : select.value }, status).then((ok) => {
      if (!ok) select.value = getState().settings.home_area ?? '';
    });
  });
  return section(
    'area-heading',
    t('settings-home-area'),
    h('p', { id: 'area-hint', class: 'hint' }, t('settings-home-area-hint')),
    select,
    status,
  );
}

/** Why notifications may not appear here, said plainly (they still arrive in the inbox). */
function notificationSupportNote(): HTMLParagraphElement | null {
  const support = getState().info.notifications;
  const id = support === 'no_service' ? 'notifications-no-service' : support === 'browser' ? 'notifications-browser' : null;
  return id ? h('p', { class: 'note', id: 'notification-support' }, icon('info', 'icon note-icon'), h('span', null, t(id))) : null;
}

function quietHoursFields(status: HTMLElement): HTMLElement {
  const quiet = getState().settings.quiet_hours;
  const enabled = h('input', { type: 'checkbox', id: 'quiet-hours-on', checked: quiet !== null });
  const from = h('input', { type: 'time', id: 'quiet-from', value: quiet?.start ?? '22:00', disabled: quiet === null });
  const to = h('input', { type: 'time', id: 'quiet-to', value: quiet?.end ?? '07:00', disabled: quiet === null });
  const saveQuiet = (): void => {
    const patch: SettingsPatch = { quiet_hours: enabled.checked ? { start: from.value, end: to.value } : null };
    from.disabled = to.disabled = !enabled.checked;
    void save(patch, status);
  };
  enabled.addEventListener('change', saveQuiet);
  from.addEventListener('change', saveQuiet);
  to.addEventListener('change', saveQuiet);
  return h(
    'fieldset',
    { class: 'choices quiet-hours', 'aria-describedby': 'quiet-hours-hint' },
    h('legend', null, t('settings-quiet-hours')),
    h('p', { id: 'quiet-hours-hint', class: 'hint' }, t('settings-quiet-hours-hint')),
    h('label', { class: 'choice', for: 'quiet-hours-on' }, enabled, h('span', null, t('settings-quiet-hours-on'))),
    h(
      'div',
      { class: 'time-range' },
      h('label', { class: 'field', for: 'quiet-from' }, h('span', null, t('settings-quiet-from')), from),
      h('label', { class: 'field', for: 'quiet-to' }, h('span', null, t('settings-quiet-to')), to),
    ),
  );
}

function notificationsSection(): HTMLElement {
  const { settings, info } = getState();
  const status = statusRegion('notifications-status');
  const boxes = NOTIFICATION_CATEGORIES.map((category) => {
    const input = h('input', {
      type: 'checkbox',
      id: `notify-${category}`,
      'data-category': category,
      checked: settings.notifications[category] !== false,
    });
    input.addEventListener('change', () => {
      const notifications = { ...getState().settings.notifications, [category]: input.checked };
      void save({ notifications }, status).then((ok) => {
        if (!ok) input.checked = getState().settings.notifications[category] !== false;
      });
    });
    return h('label', { class: 'choice', for: `notify-${category}` }, input, h('span', null, t(NOTIFICATION_LABEL[category])));
  });
  // Start at login is the app's: a browser tab cannot start itself.
  let startAtLogin: HTMLElement | null = null;
  if (info.notifications !== 'browser') {
    const input = h('input', { type: 'checkbox', id: 'start-at-login', checked: settings.start_at_login });
    input.addEventListener('change', () => {
      void save({ start_at_login: input.checked }, status).then((ok) => {
        if (!ok) input.checked = getState().settings.start_at_login;
      });
    });
    startAtLogin = h('label', { class: 'choice', for: 'start-at-login' }, input, h('span', null, t('settings-start-at-login')));
  }
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'notifications-heading' },
    h('h2', { id: 'notifications-heading' }, t('settings-notifications')),
    notificationSupportNote(),
    h(
      'fieldset',
      { class: 'choices choices--grid', 'aria-describedby': 'notifications-hint' },
      h('legend', null, t('settings-notifications')),
      h('p', { id: 'notifications-hint', class: 'hint' }, t('settings-notifications-hint')),
      h('div', { class: 'choice-grid' }, boxes),
    ),
    quietHoursFields(status),
    startAtLogin,
    status,
  );
}

/** A calm sentence when the feed cannot be reached: the resident still has the city's data, just not the newest. */
function offlineNote(info: AppInfo): HTMLParagraphElement | null {
  const bundle = info.bundle;
  if (bundle.feed_status !== 'unreachable') return null;
  const text =
    bundle.source === 'embedded'
      ? t('data-offline-built-in', { date: formatDateTime(bundle.generated_at) })
      : t('data-offline-held', { date: formatDateTime(bundle.last_success_at ?? bundle.generated_at) });
  return h('p', { class: 'note', id: 'offline-note' }, icon('info', 'icon note-icon'), h('span', null, text));
}

function bundleFacts(info: AppInfo): HTMLDivElement {
  const bundle = info.bundle;
  const row = (term: string, value: string, extra?: string): HTMLDivElement =>
    h('div', { class: extra ? `fact ${extra}` : 'fact' }, h('dt', null, term), h('dd', null, value));
  const source = bundle.source === 'feed' ? 'data-source-feed' : bundle.unpublished ? 'data-source-built-in-unpublished' : 'data-source-embedded';
  // An unreachable server is not an error the resident must act on: it is said calmly above the facts.
  const error = bundle.feed_status === 'failed' && bundle.last_error ? bundle.last_error : null;
  return h(
    'div',
    { id: 'bundle-facts' },
    offlineNote(info),
    h(
      'dl',
      { class: 'facts' },
      row(t('data-version'), String(bundle.version)),
      row(t('data-source'), t(source)),
      row(t('data-generated'), formatDateTime(bundle.generated_at)),
      row(t('data-last-success'), bundle.last_success_at ? formatDateTime(bundle.last_success_at) : t('data-never')),
      error ? row(t('data-last-error'), error.message, 'fact--error') : null,
      row(t('data-app-version'), info.app_version),
    ),
  );
}

function dataSection(): HTMLElement {
  const status = statusRegion('sync-status');
  const label = h('span', null, t('data-update-now'));
  const button = h('button', { type: 'button', class: 'button', id: 'sync-now' }, icon('refresh', 'icon sync-icon'), label);
  let facts = bundleFacts(getState().info);
  let busy = false;
  // The core reports bytes done/total while it downloads; a first full download can take a while on a phone.
  const progress = h('progress', { id: 'sync-progress', class: 'sync-progress', max: '1', value: '0', 'aria-label': t('data-updating') });
  progress.hidden = true;
  const showProgress = async (): Promise<void> => {
    while (busy) {
      try {
        const s = await call('sync_status');
        if (s.running && s.total_bytes > 0) {
          progress.max = s.total_bytes;
          progress.value = Math.min(s.done_bytes, s.total_bytes);
          progress.hidden = false;
        }
      } catch {
        // Progress is a courtesy; the result still arrives through syncNow.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    progress.hidden = true;
  };

  button.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    // aria-disabled, not disabled: the button keeps focus while the update runs.
    button.setAttribute('aria-disabled', 'true');
    button.classList.add('is-busy');
    setText(label, t('data-updating'));
    announce(status, t('data-updating'), 'busy');
    void showProgress();

    void (async () => {
      let message: string;
      let kind: 'ok' | 'error' = 'ok';
      try {
        const report = await call('sync_now');
        message =
          report.outcome === 'updated'
            ? t('sync-updated', { version: String(report.bundle_version) })
            : t('sync-up-to-date');
      } catch (err) {
        kind = 'error';
        message = t('data-update-failed', { message: describeError(err) });
      }
      try {
        getState().info = await call('app_info');
        const fresh = bundleFacts(getState().info);
        facts.replaceWith(fresh);
        facts = fresh;
      } catch {
        // The old facts stay; the status line already says what happened.
      }
      busy = false;
      button.removeAttribute('aria-disabled');
      button.classList.remove('is-busy');
      setText(label, t('data-update-now'));
      announce(status, message, kind);
    })();
  });

  return section('data-heading', t('settings-data'), facts, h('div', { class: 'actions' }, button), progress, status);
}

export function settingsTitle(): string {
  return t('settings-title');
}

export function renderSettings(ctx: ScreenContext): Node[] {
  return [
    h('h1', { tabindex: '-1' }, t('settings-title')),
    easyJapaneseSection(ctx),
    languageSection(ctx),
    displaySection(ctx),
    areaSection(),
    notificationsSection(),
    dataSection(),
  ];
}
