/**
 * Health points (`#/health`): whose points are shown (one tap switches), a large progress view an elderly resident
 * reads at a glance, the forms that earn points (a day's steps, a step file, a check-up, an event's QR code), the
 * history, and the resident's data out (export, delete everything). `#/health/counter` is the code to show at the
 * city's counter, `#/health/rules` how points are earned, `#/health/profiles` the family's profiles and personal
 * details. Every number and rule comes from the core; this module only shows them and sends what was entered.
 */

import './health.css';
import {
  ApiError,
  call,
  type CheckInClaimed,
  type PointsCounterView,
  type ExportFormat,
  type HealthSchemeView,
  type HistoryEntry,
  type PointsOverview,
  type Profile,
  type ProfilesView,
  type RuleSetView,
  type StepFileFormat,
} from '../backend';
import { h, srOnly, withJapaneseNames, type Child } from '../dom';
import { currentLocale, formatNumber, intlLocale, t } from '../i18n';
import { icon } from '../icons';
import { featureHash } from '../router';
import { describeError } from '../store';
import { announce, backLink, statusRegion, type ScreenContext } from '../widgets';
import { renderNotFound } from './feature';
import type { Screen } from './registry';

const HISTORY_PAGE = 10;

export async function renderHealth(rest: string[], ctx: ScreenContext): Promise<Screen> {
  switch (rest[0]) {
    case undefined:
      return renderMain(ctx);
    case 'counter':
      return renderCounter();
    case 'rules':
      return renderRules();
    case 'profiles':
      return renderProfiles(ctx);
    default:
      return { title: t('not-found-title'), content: renderNotFound() };
  }
}

// ---- Formatting (numbers and dates in the resident's language) ----


/** A count as the resident writes numbers (8,000). */
function num(n: number): string {
  return formatNumber(n);
}

/** Points added or taken back: +8, −3. */
function signed(n: number): string {
  return formatNumber(n, { signDisplay: 'exceptZero' });
}

/** A calendar day from the core (YYYY-MM-DD) as the resident reads dates; digits alone when the browser lacks the locale. */
function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const locale = intlLocale(currentLocale());
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A name the family typed: isolated for direction, its Japanese runs marked as Japanese. */
function personName(name: string, attrs: Record<string, string> = {}): HTMLElement {
  return h('bdi', { class: 'health-name', ...attrs }, withJapaneseNames(name));
}

/** A message whose text may contain a name or the city's event name in Japanese. */
function text(id: string, args?: Record<string, string | number>): Child[] {
  return withJapaneseNames(t(id, args));
}

function title(id: string, ...more: Child[]): HTMLHeadingElement {
  return h(
    'h1',
    { tabindex: '-1', class: 'screen-title' },
    h('span', { class: 'title-icon tile--health' }, icon('health')),
    h('span', null, withJapaneseNames(t(id)), ...more),
  );
}

function healthBackLink(): HTMLAnchorElement {
  return h('a', { class: 'back-link', href: featureHash('health') }, icon('back'), h('span', null, t('health-back')));
}

function card(id: string, heading: Child, ...content: Child[]): HTMLElement {
  return h('section', { class: 'card health-card', id, 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading` }, heading), ...content);
}

/** The day the core calls today, as an `<input type=date>` value. */
function dateInput(id: string, today: string, describedBy: string): HTMLInputElement {
  return h('input', { type: 'date', id, name: id, value: today, max: today, required: true, 'aria-describedby': describedBy });
}

// ---- Field validation in the resident's language ----

/** A field's message under it, tied to it with aria-describedby; empty when the field is fine. */
function fieldError(id: string): HTMLParagraphElement {
  return h('p', { id, class: 'field-error', hidden: true });
}

function setFieldError(input: HTMLElement, error: HTMLElement, message: string | null): void {
  error.replaceChildren();
  error.hidden = message === null;
  if (message === null) {
    input.removeAttribute('aria-invalid');
    return;
  }
  error.append(icon('alert', 'icon field-error-icon'), h('span', null, message));
  input.setAttribute('aria-invalid', 'true');
}

/** Digits as typed on any keyboard (full-width ８０００, 8,000) → a whole number, or null. */
function wholeNumber(value: string): number | null {
  const ascii = value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
  if (!/^\d{1,9}$/.test(ascii)) return null;
  return Number(ascii);
}

/**
 * A file picker whose every word is in the resident's language: the native input (its button and "no file" text
 * follow the browser's language) stays focusable but out of sight, and its label is the visible button.
 */
function filePicker(id: string, label: string, accept: string, describedBy: string | null): { input: HTMLInputElement; picker: HTMLElement } {
  const chosen = h('span', { class: 'health-file-chosen', id: `${id}-chosen` }, t('health-file-none'));
  const input = h('input', {
    type: 'file',
    id,
    accept,
    class: 'health-file-input',
    'aria-describedby': [describedBy, `${id}-chosen`].filter(Boolean).join(' '),
  });
  input.addEventListener('change', () => {
    chosen.textContent = input.files?.[0]?.name ?? t('health-file-none');
  });
  const picker = h(
    'div',
    { class: 'health-file-picker' },
    input,
    h('label', { for: id, class: 'button button--secondary health-file-button' }, icon('search'), h('span', null, label)),
    chosen,
  );
  return { input, picker };
}

/** Runs an action from a button or form once at a time, with its busy state. */
async function busyWhile<T>(control: HTMLElement, action: () => Promise<T>): Promise<T | undefined> {
  if (control.getAttribute('aria-disabled') === 'true') return undefined;
  control.setAttribute('aria-disabled', 'true');
  try {
    return await action();
  } finally {
    control.removeAttribute('aria-disabled');
  }
}

function errorCode(err: unknown): string {
  return err instanceof ApiError ? err.code : 'internal';
}

// ---- #/health ----

async function renderMain(ctx: ScreenContext): Promise<Screen> {
  const screenTitle = t('feature-health');
  let profiles: ProfilesView;
  let overview: PointsOverview;
  let scheme: HealthSchemeView;
  try {
    [profiles, overview, scheme] = await Promise.all([call('profiles_list'), call('points_status', {}), call('health_scheme')]);
  } catch (err) {
    return {
      title: screenTitle,
      content: [
        backLink(),
        title('feature-health'),
        h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, describeError(err))),
      ],
    };
  }
  return {
    title: screenTitle,
    content: [
      backLink(),
      title('feature-health'),
      profileSwitcher(profiles, ctx),
      progressCard(overview),
      recordCard(overview, scheme, ctx),
      historyCard(overview),
      dataCard(overview, ctx),
    ],
  };
}

function profileSwitcher(view: ProfilesView, ctx: ScreenContext): HTMLElement {
  const status = statusRegion('health-profile-status');
  const active = view.profiles.find((p) => p.id === view.active);
  const buttons = view.profiles.map((p) =>
    h(
      'li',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'health-profile-button',
          'data-profile-id': String(p.id),
          'aria-pressed': String(p.id === view.active),
          onclick: (event: Event) => {
            const button = event.currentTarget as HTMLButtonElement;
            if (p.id === view.active) return;
            void busyWhile(button, async () => {
              try {
                await call('profile_switch', { profile: p.id });
                ctx.rerender({
                  focus: `[data-profile-id="${p.id}"]`,
                  announce: { selector: '#health-profile-status', text: t('health-switched', { name: p.name }) },
                });
              } catch (err) {
                announce(status, describeError(err), 'error');
              }
            });
          },
        },
        icon('check', 'icon health-profile-check'),
        personName(p.name),
      ),
    ),
  );
  return h(
    'section',
    { class: 'card health-card health-profiles', id: 'health-profiles', 'aria-labelledby': 'health-profiles-heading' },
    h('h2', { id: 'health-profiles-heading' }, t('health-profiles-heading')),
    h('p', { class: 'health-showing', id: 'health-showing' }, text('health-showing', { name: active?.name ?? '' })),
    h('p', { class: 'hint', id: 'health-profiles-hint' }, t('health-profiles-hint')),
    h('ul', { class: 'health-profile-list', role: 'list', 'aria-labelledby': 'health-profiles-heading', 'aria-describedby': 'health-profiles-hint' }, buttons),
    h('p', { class: 'health-links' }, h('a', { href: featureHash('health', 'profiles') }, t('health-profiles-manage'))),
    status,
  );
}

function progressCard(o: PointsOverview): HTMLElement {
  const nextText =
    o.next_tier && o.points_to_next_tier !== null
      ? t('health-to-next-tier', { tier: o.next_tier.name, points: o.points_to_next_tier })
      : o.tier
        ? t('health-top-tier')
        : '';
  const facts: [string, Child][] = [
    [t('health-draw-entries-label'), t('health-draw-entries', { count: o.draw_entries })],
    [
      t('health-streak-label'),
      [
        h('span', null, t('health-streak', { days: o.streak_days })),
        o.streak_goal !== null ? h('span', { class: 'health-fact-note' }, t('health-streak-goal', { goal: o.streak_goal })) : null,
      ],
    ],
    [t('health-today-steps-label'), o.today_steps !== null ? t('health-today-steps', { steps: o.today_steps }) : t('health-today-steps-none')],
  ];
  const bySource: [string, number][] = [
    ['health-source-steps', o.steps_points],
    ['health-source-bonus', o.bonus_points],
    ['health-source-checkup', o.checkup_points],
    ['health-source-checkin', o.checkin_points],
  ];
  return h(
    'section',
    { class: 'card health-card health-progress', id: 'health-progress', 'aria-labelledby': 'health-progress-heading' },
    h('h2', { id: 'health-progress-heading' }, text('health-progress-heading', { name: o.profile.name })),
    o.period ? h('p', { class: 'health-period' }, t('health-period', { period: o.period.name })) : null,
    h(
      'p',
      { class: 'health-balance' },
      h('span', { class: 'health-balance-number', id: 'health-balance', 'data-balance': String(o.balance) }, num(o.balance)),
      ' ',
      h('span', { class: 'health-balance-unit' }, t('health-balance-unit', { points: o.balance })),
    ),
    h('p', { class: 'health-tier', id: 'health-tier' }, o.tier ? t('health-tier', { tier: o.tier.name }) : t('health-tier-none')),
    nextText
      ? h(
          'div',
          { class: 'health-next' },
          h('progress', {
            id: 'health-progress-bar',
            class: 'health-progress-bar',
            max: '100',
            value: String(o.progress_percent),
            'aria-labelledby': 'health-next-tier',
          }),
          h('p', { class: 'health-next-text', id: 'health-next-tier' }, nextText),
        )
      : null,
    h(
      'dl',
      { class: 'facts health-facts' },
      facts.map(([term, value]) => h('div', { class: 'fact' }, h('dt', null, term), h('dd', null, value))),
    ),
    h(
      'details',
      { class: 'health-by-source' },
      h('summary', null, t('health-by-source')),
      h(
        'dl',
        { class: 'facts' },
        bySource.map(([id, points]) => h('div', { class: 'fact' }, h('dt', null, t(id)), h('dd', null, t('health-points-value', { points })))),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('a', { class: 'button', id: 'health-show-counter', href: featureHash('health', 'counter') }, icon('health'), h('span', null, t('health-show-counter'))),
      h('a', { class: 'button button--secondary', href: featureHash('health', 'rules') }, icon('info'), h('span', null, t('health-how-to-earn'))),
    ),
  );
}

// ---- Recording ----

function recordCard(o: PointsOverview, scheme: HealthSchemeView, ctx: ScreenContext): HTMLElement {
  return card(
    'health-record',
    t('health-record-heading'),
    h('p', { class: 'hint' }, text('health-record-for', { name: o.profile.name })),
    stepsForm(o, ctx),
    checkinForm(o, ctx),
    checkupForm(o, scheme, ctx),
    importForm(o, ctx),
  );
}

function subsection(id: string, heading: string, ...content: Child[]): HTMLElement {
  return h('section', { class: 'health-form', id, 'aria-labelledby': `${id}-heading` }, h('h3', { id: `${id}-heading` }, heading), ...content);
}

function stepsForm(o: PointsOverview, ctx: ScreenContext): HTMLElement {
  const dateError = fieldError('health-steps-date-error');
  const countError = fieldError('health-steps-count-error');
  const date = dateInput('health-steps-date', o.today, 'health-steps-date-error');
  const count = h('input', {
    type: 'text',
    id: 'health-steps-count',
    name: 'steps',
    inputmode: 'numeric',
    autocomplete: 'off',
    required: true,
    'aria-describedby': 'health-steps-hint health-steps-count-error',
  });
  const status = statusRegion('health-steps-status');
  const submit = h('button', { type: 'submit', class: 'button' }, icon('check'), h('span', null, t('health-steps-save')));
  const form = h(
    'form',
    { id: 'health-steps-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'health-steps-date' }, t('health-steps-date')), date, dateError),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'health-steps-count' }, t('health-steps-count')),
      h('p', { class: 'hint', id: 'health-steps-hint' }, t('health-steps-hint')),
      count,
      countError,
    ),
    h('div', { class: 'actions' }, submit),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const steps = wholeNumber(count.value);
    setFieldError(date, dateError, date.value ? null : t('health-error-date-required'));
    setFieldError(count, countError, steps === null ? t('health-error-steps-number') : null);
    if (!date.value) return date.focus();
    if (steps === null) return count.focus();
    void busyWhile(submit, async () => {
      try {
        const r = await call('points_steps', { profile: o.profile.id, date: date.value, steps });
        const args = { date: formatDay(r.date), steps: r.steps, points: r.points };
        const id = r.posted.outcome === 'recorded' ? 'health-steps-recorded' : r.posted.outcome === 'corrected' ? 'health-steps-corrected' : 'health-steps-unchanged';
        let message = t(id, args);
        if (r.bonus_points > 0) message += ` ${t('health-bonus-earned', { points: r.bonus_points })}`;
        if (r.bonus_points < 0) message += ` ${t('health-bonus-lost', { points: -r.bonus_points })}`;
        ctx.rerender({ focus: '#health-steps-count', announce: { selector: '#health-steps-status', text: message } });
      } catch (err) {
        const code = errorCode(err);
        const onDate = code.startsWith('points.');
        setFieldError(onDate ? date : count, onDate ? dateError : countError, describeError(err));
        announce(status, t('health-refused', { message: describeError(err) }), 'error');
        (onDate ? date : count).focus();
      }
    });
  });
  return subsection('health-steps', t('health-steps-heading'), form);
}

function checkupForm(o: PointsOverview, scheme: HealthSchemeView, ctx: ScreenContext): HTMLElement {
  const kindError = fieldError('health-checkup-kind-error');
  const dateError = fieldError('health-checkup-date-error');
  const kind = h(
    'select',
    { id: 'health-checkup-kind', name: 'kind', required: true, 'aria-describedby': 'health-checkup-kind-error' },
    h('option', { value: '' }, t('health-checkup-choose')),
    scheme.checkups.map((c) => h('option', { value: c.id }, c.points !== null ? t('health-checkup-option', { kind: c.name, points: c.points }) : c.name)),
  );
  const date = dateInput('health-checkup-date', o.today, 'health-checkup-date-error');
  const status = statusRegion('health-checkup-status');
  const submit = h('button', { type: 'submit', class: 'button' }, icon('check'), h('span', null, t('health-checkup-save')));
  const form = h(
    'form',
    { id: 'health-checkup-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'health-checkup-kind' }, t('health-checkup-kind')), kind, kindError),
    h('div', { class: 'field' }, h('label', { for: 'health-checkup-date' }, t('health-checkup-date')), date, dateError),
    h('div', { class: 'actions' }, submit),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setFieldError(kind, kindError, kind.value ? null : t('health-error-kind-required'));
    setFieldError(date, dateError, date.value ? null : t('health-error-date-required'));
    if (!kind.value) return kind.focus();
    if (!date.value) return date.focus();
    void busyWhile(submit, async () => {
      try {
        const r = await call('points_checkup', { profile: o.profile.id, kind: kind.value, date: date.value });
        const message =
          r.posted.outcome === 'already_credited'
            ? t('health-checkup-already', { kind: r.kind.name, date: formatDay(r.posted.date) })
            : t('health-checkup-recorded', { kind: r.kind.name, date: formatDay(r.date), points: r.points });
        ctx.rerender({ focus: '#health-checkup-kind', announce: { selector: '#health-checkup-status', text: message } });
      } catch (err) {
        setFieldError(date, dateError, describeError(err));
        announce(status, t('health-refused', { message: describeError(err) }), 'error');
        date.focus();
      }
    });
  });
  return subsection('health-checkup', t('health-checkup-heading'), form);
}

/** The check-in's outcome as one sentence. */
function claimedText(r: CheckInClaimed): string {
  const event = r.name ?? r.event;
  return r.posted.outcome === 'already_credited'
    ? t('health-checkin-already', { event, date: formatDay(r.posted.date), name: r.profile.name })
    : t('health-checkin-credited', { event, points: r.points, name: r.profile.name });
}

/** A file as base64, without the `data:` prefix. */
function fileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function checkinForm(o: PointsOverview, ctx: ScreenContext): HTMLElement {
  const status = statusRegion('health-checkin-status');
  const codeError = fieldError('health-checkin-code-error');
  const code = h('textarea', {
    id: 'health-checkin-code',
    name: 'code',
    rows: '3',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'health-checkin-hint health-checkin-code-error',
  });
  const submit = h('button', { type: 'submit', class: 'button' }, icon('check'), h('span', null, t('health-checkin-save')));

  const claim = async (args: { payload?: string; image_base64?: string }, control: HTMLElement, focusAfter: string): Promise<void> => {
    await busyWhile(control, async () => {
      announce(status, t('health-checkin-reading'), 'busy');
      try {
        const r = await call('points_claim', { profile: o.profile.id, ...args });
        ctx.rerender({ focus: focusAfter, announce: { selector: '#health-checkin-status', text: claimedText(r) } });
      } catch (err) {
        announce(status, t('health-refused', { message: describeError(err) }), 'error');
        control.focus();
      }
    });
  };

  const form = h(
    'form',
    { id: 'health-checkin-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'health-checkin-code' }, t('health-checkin-paste')), code, codeError),
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const payload = code.value.trim();
    setFieldError(code, codeError, payload ? null : t('health-error-code-required'));
    if (!payload) return code.focus();
    void claim({ payload }, submit, '#health-checkin-code');
  });

  const { input: image, picker: imagePicker } = filePicker('health-checkin-image', t('health-checkin-image'), 'image/png,image/jpeg,image/webp', null);
  image.addEventListener('change', () => {
    const file = image.files?.[0];
    if (!file) return;
    void fileAsBase64(file).then(
      (image_base64) => claim({ image_base64 }, image, '#health-checkin-image'),
      () => announce(status, t('health-refused', { message: t('error-checkin-not-an-image') }), 'error'),
    );
  });

  return subsection(
    'health-checkin',
    t('health-checkin-heading'),
    h('p', { class: 'hint', id: 'health-checkin-hint' }, t('health-checkin-hint')),
    form,
    h('div', { class: 'field' }, imagePicker),
    cameraReader((image_base64, control) => claim({ image_base64 }, control, '#health-checkin-camera')),
    status,
  );
}

/**
 * The camera, where the platform has one: a preview and a button that sends one frame to the core, which reads
 * the code. Never required — the photo and the pasted text do the same.
 */
function cameraReader(send: (imageBase64: string, control: HTMLElement) => Promise<void>): HTMLElement | null {
  if (!navigator.mediaDevices || typeof navigator.mediaDevices.getUserMedia !== 'function') return null;
  const open = h('button', { type: 'button', class: 'button button--secondary', id: 'health-checkin-camera' }, icon('search'), h('span', null, t('health-checkin-camera')));
  const panel = h('div', { class: 'health-camera', id: 'health-camera', hidden: true });
  const failed = statusRegion('health-camera-status');
  let stream: MediaStream | null = null;

  const close = (): void => {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    panel.hidden = true;
    panel.replaceChildren();
    open.hidden = false;
  };

  open.addEventListener('click', () => {
    void busyWhile(open, async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch {
        announce(failed, t('health-checkin-camera-failed'), 'error');
        return;
      }
      const video = h('video', { class: 'health-camera-video', autoplay: true, muted: true, playsinline: true, 'aria-label': t('health-checkin-camera-label') });
      video.srcObject = stream;
      const capture = h('button', { type: 'button', class: 'button', id: 'health-camera-capture' }, icon('check'), h('span', null, t('health-checkin-camera-capture')));
      const stop = h('button', { type: 'button', class: 'button button--secondary' }, h('span', null, t('health-checkin-camera-close')));
      capture.addEventListener('click', () => {
        const canvas = document.createElement('canvas');
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        canvas.getContext('2d')?.drawImage(video, 0, 0);
        const frame = canvas.toDataURL('image/png').replace(/^data:[^,]*,/, '');
        void send(frame, capture).then(close);
      });
      stop.addEventListener('click', () => {
        close();
        open.focus();
      });
      panel.replaceChildren(video, h('div', { class: 'actions' }, capture, stop));
      panel.hidden = false;
      open.hidden = true;
      capture.focus();
    });
  });
  return h('div', { class: 'health-camera-reader' }, open, panel, failed);
}

const IMPORT_FORMATS: readonly (StepFileFormat | '')[] = ['', 'google_fit', 'apple_health'];
const IMPORT_FORMAT_LABEL: Record<StepFileFormat | '', string> = {
  '': 'health-import-format-auto',
  google_fit: 'health-import-format-google-fit',
  apple_health: 'health-import-format-apple-health',
};

function importForm(o: PointsOverview, ctx: ScreenContext): HTMLElement {
  const fileError = fieldError('health-import-file-error');
  const { input: file, picker: filePickerEl } = filePicker(
    'health-import-file',
    t('health-import-file'),
    '.csv,.xml,text/csv,text/xml,application/xml',
    'health-import-hint health-import-file-error',
  );
  const format = h(
    'select',
    { id: 'health-import-format', name: 'format' },
    IMPORT_FORMATS.map((f) => h('option', { value: f }, t(IMPORT_FORMAT_LABEL[f]))),
  );
  const status = statusRegion('health-import-status');
  const submit = h('button', { type: 'submit', class: 'button' }, icon('refresh'), h('span', null, t('health-import-save')));
  const form = h(
    'form',
    { id: 'health-import-form', novalidate: true },
    h('p', { class: 'hint', id: 'health-import-hint' }, t('health-import-hint')),
    h('div', { class: 'field' }, filePickerEl, fileError),
    h('div', { class: 'field' }, h('label', { for: 'health-import-format' }, t('health-import-format')), format),
    h('div', { class: 'actions' }, submit),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    setFieldError(file, fileError, chosen ? null : t('health-error-file-required'));
    if (!chosen) return file.focus();
    void busyWhile(submit, async () => {
      announce(status, t('health-import-reading'), 'busy');
      try {
        const textOfFile = await chosen.text();
        const r = await call('points_import_steps', {
          profile: o.profile.id,
          text: textOfFile,
          ...(format.value ? { format: format.value as StepFileFormat } : {}),
        });
        const message = t('health-import-done', { days: r.days, recorded: r.recorded, corrected: r.corrected, unchanged: r.unchanged, skipped: r.skipped });
        ctx.rerender({ focus: '#health-import-file', announce: { selector: '#health-import-status', text: message } });
      } catch (err) {
        setFieldError(file, fileError, describeError(err));
        announce(status, t('health-refused', { message: describeError(err) }), 'error');
        file.focus();
      }
    });
  });
  return subsection('health-import', t('health-import-heading'), form);
}

// ---- History ----

/** What an entry was, in words. */
function entryWhat(e: HistoryEntry): Child[] {
  switch (e.source) {
    case 'steps': {
      const what = t(e.correction ? 'health-history-steps-correction' : 'health-history-steps', { steps: e.steps ?? 0 });
      const origin = e.origin === 'google_fit' ? 'health-history-origin-google-fit' : e.origin === 'apple_health' ? 'health-history-origin-apple-health' : null;
      return origin ? [what, h('span', { class: 'health-history-origin' }, t(origin))] : [what];
    }
    case 'checkup':
      return text('health-history-checkup', { kind: e.checkup?.name ?? '' });
    case 'checkin':
      return text('health-history-checkin', { event: e.event_name ?? e.event ?? '' });
    case 'bonus':
      return [e.points < 0 ? t('health-history-bonus-removed') : t('health-history-bonus', { days: e.streak_days ?? 0 })];
  }
}

function historyItem(e: HistoryEntry): HTMLLIElement {
  return h(
    'li',
    { class: `health-history-item health-history-item--${e.source}`, 'data-source': e.source, 'data-entry-id': String(e.id) },
    h('span', { class: 'health-history-date' }, h('time', { datetime: e.date }, formatDay(e.date))),
    h('span', { class: 'health-history-what' }, entryWhat(e)),
    h('span', { class: 'health-history-points' }, t('health-history-points', { points: signed(e.points) })),
  );
}

function historyCard(o: PointsOverview): HTMLElement {
  const list = h('ul', { class: 'health-history', id: 'health-history', role: 'list', 'aria-labelledby': 'health-history-heading' });
  const count = h('p', { class: 'result-count', id: 'health-history-count', role: 'status' });
  const more = h('button', { type: 'button', class: 'button button--secondary', id: 'health-history-more' });
  more.hidden = true;
  let loaded = 0;

  const load = async (): Promise<HTMLLIElement[]> => {
    const page = await call('points_history', { profile: o.profile.id, offset: loaded, limit: HISTORY_PAGE });
    const items = page.entries.map(historyItem);
    list.append(...items);
    loaded += page.entries.length;
    count.textContent = page.total === 0 ? t('health-history-empty') : '';
    more.hidden = loaded >= page.total;
    more.textContent = t('health-history-more', { count: Math.max(page.total - loaded, 0) });
    return items;
  };
  more.addEventListener('click', () => {
    void busyWhile(more, async () => {
      try {
        const items = await load();
        items[0]?.setAttribute('tabindex', '-1');
        items[0]?.focus();
      } catch (err) {
        count.textContent = describeError(err);
      }
    });
  });
  // The first page is what the progress view already has: no second round trip before the screen shows.
  list.append(...o.recent.map(historyItem));
  loaded = o.recent.length;
  if (o.recent.length === 0) count.textContent = t('health-history-empty');
  else {
    // Whether there is more is only known from the history itself.
    void call('points_history', { profile: o.profile.id, offset: 0, limit: 1 }).then(
      (page) => {
        more.hidden = loaded >= page.total;
        more.textContent = t('health-history-more', { count: Math.max(page.total - loaded, 0) });
      },
      () => undefined,
    );
  }
  return card('health-history-card', t('health-history-heading'), count, list, h('div', { class: 'actions' }, more));
}

// ---- The resident's data ----

function download(fileName: string, mediaType: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: `${mediaType};charset=utf-8` }));
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function dataCard(o: PointsOverview, ctx: ScreenContext): HTMLElement {
  const status = statusRegion('health-data-status');
  const exportButton = (format: ExportFormat, label: string): HTMLButtonElement => {
    const button = h('button', { type: 'button', class: 'button button--secondary', 'data-export': format }, h('span', null, t(label)));
    button.addEventListener('click', () => {
      void busyWhile(button, async () => {
        try {
          const file = await call('points_export', { profile: o.profile.id, format });
          download(file.file_name, file.media_type, file.text);
          announce(status, t('health-exported', { file: file.file_name }));
        } catch (err) {
          announce(status, describeError(err), 'error');
        }
      });
    });
    return button;
  };

  const confirm = h('div', { class: 'health-confirm', id: 'health-delete-confirm', hidden: true, role: 'group', 'aria-labelledby': 'health-delete-confirm-heading' });
  const remove = h('button', { type: 'button', class: 'button button--danger', id: 'health-delete-all' }, icon('alert'), h('span', null, text('health-delete-all', { name: o.profile.name })));
  remove.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'button button--danger', id: 'health-delete-yes' }, h('span', null, t('health-delete-confirm')));
    const no = h('button', { type: 'button', class: 'button button--secondary', id: 'health-delete-no' }, h('span', null, t('health-delete-cancel')));
    const heading = h('h3', { id: 'health-delete-confirm-heading', tabindex: '-1' }, t('health-delete-confirm-heading'));
    confirm.replaceChildren(heading, h('p', null, text('health-delete-confirm-body', { name: o.profile.name })), h('div', { class: 'actions' }, yes, no));
    confirm.hidden = false;
    remove.hidden = true;
    heading.focus();
    no.addEventListener('click', () => {
      confirm.hidden = true;
      confirm.replaceChildren();
      remove.hidden = false;
      remove.focus();
    });
    yes.addEventListener('click', () => {
      void busyWhile(yes, async () => {
        try {
          const done = await call('points_delete_all', { profile: o.profile.id });
          ctx.rerender({
            focus: 'h1',
            announce: { selector: '#health-profile-status', text: t('health-deleted', { name: done.name, count: done.entries }) },
          });
        } catch (err) {
          announce(status, describeError(err), 'error');
        }
      });
    });
  });

  return card(
    'health-data',
    t('health-data-heading'),
    h('p', { class: 'hint' }, t('health-data-hint')),
    h('div', { class: 'actions' }, exportButton('json', 'health-export-json'), exportButton('csv', 'health-export-csv')),
    h('div', { class: 'actions' }, remove),
    confirm,
    status,
  );
}

// ---- #/health/counter ----

async function renderCounter(): Promise<Screen> {
  const screenTitle = t('health-counter-title');
  let view: PointsCounterView;
  try {
    view = await call('points_counter', {});
  } catch (err) {
    return {
      title: screenTitle,
      content: [
        healthBackLink(),
        title('health-counter-title'),
        h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, describeError(err))),
      ],
    };
  }
  const codes = view.codes.map((c) =>
    h(
      'figure',
      { class: 'health-counter-code' },
      h('img', {
        src: `data:image/png;base64,${c.png_base64}`,
        alt: t('health-counter-code-label', { part: c.part, of: c.of }),
        'data-part': String(c.part),
        class: 'health-counter-qr',
      }),
      view.codes.length > 1 ? h('figcaption', null, t('health-counter-code-label', { part: c.part, of: c.of })) : null,
    ),
  );
  const facts: [string, string][] = [
    [t('health-counter-total'), t('health-points-value', { points: view.total })],
    [t('health-counter-verified-label'), t('health-counter-verified', { count: view.checkins, points: view.verified_points })],
    [t('health-counter-self-label'), t('health-points-value', { points: view.self_reported_points })],
    [t('health-source-steps'), t('health-counter-steps', { days: view.steps_days, points: view.steps_points })],
    [t('health-source-bonus'), t('health-points-value', { points: view.bonus_points })],
    [t('health-source-checkup'), t('health-points-value', { points: view.checkup_points })],
    [t('health-tier-label'), view.tier ? view.tier.name : t('health-tier-none')],
    [t('health-draw-entries-label'), t('health-draw-entries', { count: view.draw_entries })],
  ];
  return {
    title: screenTitle,
    content: [
      healthBackLink(),
      title('health-counter-title'),
      h(
        'section',
        { class: 'health-counter', id: 'health-counter', 'aria-labelledby': 'health-counter-who' },
        h('h2', { id: 'health-counter-who' }, personName(view.profile.name), h('span', { class: 'health-counter-period' }, ` — ${view.period.name}`)),
        h('p', { class: 'note health-brightness' }, icon('info', 'icon note-icon'), h('span', null, t('health-counter-hint'))),
        view.codes.length > 1 ? h('p', { class: 'health-counter-parts' }, t('health-counter-parts', { count: view.codes.length })) : null,
        h('div', { class: 'health-counter-codes' }, codes),
        h('p', { class: 'health-counter-asof' }, t('health-counter-asof', { date: formatDay(view.asof) })),
        h('dl', { class: 'facts health-counter-facts', id: 'health-counter-facts' }, facts.map(([term, value]) => h('div', { class: 'fact' }, h('dt', null, term), h('dd', null, value)))),
      ),
    ],
  };
}

// ---- #/health/rules ----

function ruleLines(r: RuleSetView): HTMLElement {
  return h(
    'ul',
    { class: 'health-rules-list', role: 'list' },
    h('li', null, t('health-rules-steps', { steps: r.steps_per_point, cap: r.daily_step_points_cap, capsteps: r.steps_for_daily_cap })),
    r.streak ? h('li', null, t('health-rules-streak', { days: r.streak.days, steps: r.streak.min_steps, points: r.streak.points })) : null,
    h('li', null, t('health-rules-checkin', { points: r.checkin_points })),
  );
}

async function renderRules(): Promise<Screen> {
  const screenTitle = t('health-rules-title');
  let scheme: HealthSchemeView;
  try {
    scheme = await call('health_scheme');
  } catch (err) {
    return {
      title: screenTitle,
      content: [healthBackLink(), title('health-rules-title'), h('p', { class: 'status status--error', role: 'alert' }, h('span', null, describeError(err)))],
    };
  }
  const rules = scheme.rules;
  const present = (nodes: (Node | null)[]): Node[] => nodes.filter((n): n is Node => n !== null);
  return {
    title: screenTitle,
    content: present([
      healthBackLink(),
      title('health-rules-title'),
      scheme.period ? h('p', { class: 'health-period' }, t('health-period', { period: scheme.period.name })) : null,
      rules
        ? card(
            'health-rules-now',
            t('health-rules-heading'),
            h('p', { class: 'hint' }, t('health-rules-valid', { from: formatDay(rules.valid_from), to: formatDay(rules.valid_to), version: String(rules.version) })),
            ruleLines(rules),
          )
        : null,
      card(
        'health-rules-checkups',
        t('health-rules-checkups'),
        h(
          'ul',
          { class: 'health-rules-list', role: 'list' },
          // A check-up's name may keep its Japanese name (特定健診) beside the translation: marked as Japanese.
          scheme.checkups.map((c) =>
            h('li', null, withJapaneseNames(c.points !== null ? t('health-checkup-option', { kind: c.name, points: c.points }) : c.name)),
          ),
        ),
      ),
      card(
        'health-rules-tiers',
        t('health-rules-tiers'),
        h('ul', { class: 'health-rules-list', role: 'list' }, scheme.tiers.map((tier) => h('li', null, t('health-rules-tier', { tier: tier.name, points: tier.points, entries: tier.draw_entries })))),
      ),
      scheme.next_rules
        ? card(
            'health-rules-next',
            t('health-rules-next', { from: formatDay(scheme.next_rules.valid_from), version: String(scheme.next_rules.version) }),
            ruleLines(scheme.next_rules),
          )
        : null,
    ]),
  };
}

// ---- #/health/profiles ----

const DETAIL_FIELDS = [
  ['full_name', 'health-details-full-name', 'text', 'name'],
  ['kana', 'health-details-kana', 'text', 'off'],
  ['birth_date', 'health-details-birth-date', 'date', 'bday'],
  ['postal_code', 'health-details-postal-code', 'text', 'postal-code'],
  ['address', 'health-details-address', 'text', 'street-address'],
  ['phone', 'health-details-phone', 'tel', 'tel'],
] as const;

async function renderProfiles(ctx: ScreenContext): Promise<Screen> {
  const screenTitle = t('health-profiles-title');
  let view: ProfilesView;
  let details: Profile;
  try {
    view = await call('profiles_list');
    details = await call('profile_details', {});
  } catch (err) {
    return {
      title: screenTitle,
      content: [healthBackLink(), title('health-profiles-title'), h('p', { class: 'status status--error', role: 'alert' }, h('span', null, describeError(err)))],
    };
  }
  return {
    title: screenTitle,
    content: [healthBackLink(), title('health-profiles-title'), profileList(view, ctx), addProfileForm(ctx), detailsForm(details, ctx)],
  };
}

function profileList(view: ProfilesView, ctx: ScreenContext): HTMLElement {
  const status = statusRegion('health-profiles-status');
  const items = view.profiles.map((p) => {
    const nameId = `health-profile-${p.id}-name`;
    const input = h('input', { type: 'text', id: `health-rename-${p.id}`, value: p.name, autocomplete: 'off', 'aria-describedby': `health-rename-${p.id}-error` });
    const error = fieldError(`health-rename-${p.id}-error`);
    const rename = h('button', { type: 'submit', class: 'button button--small button--secondary' }, h('span', null, t('health-profile-rename')));
    const form = h(
      'form',
      { class: 'health-profile-row', 'data-profile-id': String(p.id), novalidate: true },
      h('label', { for: `health-rename-${p.id}`, id: nameId }, personName(p.name), p.id === view.active ? srOnly(` (${t('health-profile-shown')})`) : null),
      input,
      error,
      h('div', { class: 'actions' }, rename),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = input.value.trim();
      setFieldError(input, error, name ? null : t('health-error-name-required'));
      if (!name) return input.focus();
      void busyWhile(rename, async () => {
        try {
          await call('profile_rename', { profile: p.id, name });
          ctx.rerender({ focus: `#health-rename-${p.id}`, announce: { selector: '#health-profiles-status', text: t('health-profile-renamed', { name }) } });
        } catch (err) {
          setFieldError(input, error, describeError(err));
          input.focus();
        }
      });
    });
    return h('li', null, form);
  });
  return card('health-profiles-list', t('health-profiles-registered'), h('ul', { class: 'health-profile-rows', role: 'list' }, items), status);
}

function addProfileForm(ctx: ScreenContext): HTMLElement {
  const input = h('input', { type: 'text', id: 'health-profile-new', name: 'name', autocomplete: 'off', 'aria-describedby': 'health-profile-new-error' });
  const error = fieldError('health-profile-new-error');
  const submit = h('button', { type: 'submit', class: 'button' }, h('span', null, t('health-profile-add')));
  const form = h(
    'form',
    { id: 'health-profile-add-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'health-profile-new' }, t('health-profile-name')), input, error),
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = input.value.trim();
    setFieldError(input, error, name ? null : t('health-error-name-required'));
    if (!name) return input.focus();
    void busyWhile(submit, async () => {
      try {
        await call('profile_add', { name });
        ctx.rerender({ focus: '#health-profile-new', announce: { selector: '#health-profiles-status', text: t('health-profile-added', { name }) } });
      } catch (err) {
        setFieldError(input, error, describeError(err));
        input.focus();
      }
    });
  });
  return card('health-profile-add', t('health-profile-add'), form);
}

function detailsForm(p: Profile, ctx: ScreenContext): HTMLElement {
  const status = statusRegion('health-details-status');
  const inputs = DETAIL_FIELDS.map(([key, label, type, autocomplete]) => {
    const id = `health-details-${key.replace('_', '-')}`;
    const input = h('input', { type, id, name: key, value: p.details[key] ?? '', autocomplete, 'aria-describedby': `${id}-error` });
    const error = fieldError(`${id}-error`);
    return { key, input, error, field: h('div', { class: 'field' }, h('label', { for: id }, t(label)), input, error) };
  });
  const consent = h('input', { type: 'checkbox', id: 'health-details-consent', checked: p.prefill_consent });
  const submit = h('button', { type: 'submit', class: 'button' }, h('span', null, t('health-details-save')));
  const form = h(
    'form',
    { id: 'health-details-form', novalidate: true },
    inputs.map((i) => i.field),
    h('label', { class: 'choice', for: 'health-details-consent' }, consent, h('span', null, t('health-details-consent'))),
    h('div', { class: 'actions' }, submit),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const i of inputs) setFieldError(i.input, i.error, null);
    const details = Object.fromEntries(inputs.map((i) => [i.key, i.input.value.trim() || undefined]));
    void busyWhile(submit, async () => {
      try {
        await call('profile_details', { profile: p.id, details, prefill_consent: consent.checked });
        ctx.rerender({ focus: '#health-details-full-name', announce: { selector: '#health-details-status', text: t('health-details-saved') } });
      } catch (err) {
        const code = errorCode(err);
        const field =
          code === 'profile.invalid_birth_date'
            ? 'birth_date'
            : code === 'profile.invalid_postal_code'
              ? 'postal_code'
              : code === 'profile.invalid_phone'
                ? 'phone'
                : null;
        const target = inputs.find((i) => i.key === field);
        if (target) {
          setFieldError(target.input, target.error, describeError(err));
          target.input.focus();
        }
        announce(status, t('health-refused', { message: describeError(err) }), 'error');
      }
    });
  });
  return card('health-details', text('health-details-heading', { name: p.name }), h('p', { class: 'hint' }, t('health-details-hint')), form);
}
