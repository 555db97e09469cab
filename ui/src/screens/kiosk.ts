/**
 * The signage page (デジタルサイネージ, `#/kiosk`: `machi web --kiosk`, `machi-app --kiosk`): full screen, very large
 * type, high contrast, no input. One slide at a time for about ten seconds — alerts in force always first, then
 * notices, then the counters' queues — in Japanese with a line in a second language that changes every rotation.
 *
 * It asks the core again at every rotation (new content shows up by itself; a newly published alert is shown at
 * once) and keeps the last slides when the backend cannot be reached, saying "offline" discreetly. The core
 * decides what the slides say and their order; this page only decides which one is on screen.
 */

import './kiosk.css';
import { call, type KioskLine, type KioskShow, type KioskSlide } from '../backend';
import { h } from '../dom';
import { intlLocale, tIn } from '../i18n';
import type { Screen } from './registry';

/** Rotation when the core could not say (it says 10 s). */
const DEFAULT_ROTATION_MS = 10_000;

function line(tag: 'p' | 'h1' | 'h2', text: KioskLine, className: string): HTMLElement {
  return h(
    'div',
    { class: `kiosk-line ${className}` },
    h(tag, { class: 'kiosk-ja', lang: 'ja' }, text.ja),
    text.second ? h('p', { class: 'kiosk-second', lang: intlLocale(text.second.locale), dir: 'auto' }, text.second.text) : null,
  );
}

function slideView(slide: KioskSlide): HTMLElement {
  return h(
    'section',
    {
      class: `kiosk-slide kiosk-slide--${slide.kind}`,
      'data-slide-id': slide.id,
      'data-slide-kind': slide.kind,
      'aria-labelledby': 'kiosk-slide-heading',
    },
    h(
      'div',
      { class: 'kiosk-heading', id: 'kiosk-slide-heading' },
      h('h2', { class: 'kiosk-ja', lang: 'ja' }, slide.heading.ja),
      slide.heading.second ? h('p', { class: 'kiosk-second', lang: intlLocale(slide.heading.second.locale) }, slide.heading.second.text) : null,
    ),
    h('div', { class: 'kiosk-lines' }, slide.lines.map((l) => line('p', l, 'kiosk-text'))),
    slide.note ? line('p', slide.note, 'kiosk-note') : null,
  );
}

/** The city's clock: the core's time (its offset, e.g. +09:00), ticking locally between answers. */
class CityClock {
  private skewMs = 0;
  private offsetMinutes = 9 * 60;

  set(nowRfc3339: string): void {
    const at = Date.parse(nowRfc3339);
    if (Number.isNaN(at)) return;
    this.skewMs = at - Date.now();
    const match = /([+-])(\d{2}):(\d{2})$/.exec(nowRfc3339);
    if (match) this.offsetMinutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  }

  /** A Date whose UTC fields are the city's wall clock. */
  private wall(): Date {
    return new Date(Date.now() + this.skewMs + this.offsetMinutes * 60_000);
  }

  time(): string {
    const w = this.wall();
    return `${String(w.getUTCHours()).padStart(2, '0')}:${String(w.getUTCMinutes()).padStart(2, '0')}`;
  }

  date(): string {
    return new Intl.DateTimeFormat('ja', { timeZone: 'UTC', month: 'long', day: 'numeric', weekday: 'short' }).format(this.wall());
  }

  iso(): string {
    return new Date(Date.now() + this.skewMs).toISOString();
  }
}

export async function renderKiosk(): Promise<Screen> {
  const clock = new CityClock();
  const title = h('div', { class: 'kiosk-title' });
  const time = h('time', { class: 'kiosk-time', 'aria-label': tIn('ja', 'kiosk-clock') });
  const date = h('p', { class: 'kiosk-date', lang: 'ja' });
  const stage = h('div', { class: 'kiosk-stage', id: 'kiosk-stage' });
  const position = h('p', { class: 'kiosk-position', id: 'kiosk-position', lang: 'ja' });
  const offline = h('p', { class: 'kiosk-offline', id: 'kiosk-offline', lang: 'ja' });
  offline.hidden = true;
  const language = h('p', { class: 'kiosk-language', id: 'kiosk-language' });
  const root = h(
    'div',
    { class: 'kiosk', id: 'kiosk', lang: 'ja', role: 'region', 'aria-label': tIn('ja', 'kiosk-label') },
    h('header', { class: 'kiosk-bar' }, title, h('div', { class: 'kiosk-clock' }, time, date)),
    stage,
    h('footer', { class: 'kiosk-bar kiosk-bar--foot' }, position, language, offline),
  );

  let rotation = 0;
  let shown: KioskShow | null = null;
  let current = -1;
  let seenAlerts = new Set<string>();
  let backendDown = false;

  const tick = (): void => {
    time.textContent = clock.time();
    time.setAttribute('datetime', clock.iso());
    date.textContent = clock.date();
  };

  const render = (): void => {
    const show = shown;
    if (!show) return;
    title.replaceChildren(line('h1', show.title, 'kiosk-city'));
    language.textContent = show.second_locale_name;
    language.setAttribute('lang', intlLocale(show.second_locale));
    offline.hidden = !(backendDown || show.feed_offline);
    const second = show.second_locale;
    offline.replaceChildren(h('span', null, tIn('ja', 'kiosk-offline')));
    if (second !== 'ja') offline.append(h('span', { lang: intlLocale(second) }, ` / ${tIn(second, 'kiosk-offline')}`));
    root.setAttribute('data-rotation', String(rotation));
    root.setAttribute('data-second-locale', second);
    if (show.slides.length === 0) {
      stage.replaceChildren(line('p', { ja: tIn('ja', 'kiosk-empty'), second: second !== 'ja' ? { text: tIn(second, 'kiosk-empty'), locale: second } : null }, 'kiosk-text kiosk-empty'));
      position.textContent = '';
      stage.removeAttribute('data-kind');
      return;
    }
    const slide = show.slides[current % show.slides.length]!;
    stage.setAttribute('data-kind', slide.kind);
    stage.replaceChildren(slideView(slide));
    position.textContent = tIn('ja', 'kiosk-position', { index: (current % show.slides.length) + 1, total: show.slides.length });
  };

  /** One rotation: fresh slides if the core answers (else the last ones), then the next slide. */
  const rotate = async (): Promise<void> => {
    try {
      const next = await call('kiosk_slides', { rotation });
      clock.set(next.now);
      const alerts = next.slides.filter((s) => s.kind === 'alert').map((s) => s.id);
      // A newly published alert goes on screen at once: the loop starts again from the alerts.
      const fresh = alerts.some((id) => !seenAlerts.has(id));
      seenAlerts = new Set(alerts);
      current = fresh || shown === null ? 0 : current + 1;
      shown = next;
      backendDown = false;
    } catch {
      backendDown = true;
      current += 1;
    }
    rotation += 1;
    render();
  };

  const loop = (): void => {
    const delay = (shown?.rotation_seconds ?? 0) * 1000 || DEFAULT_ROTATION_MS;
    window.setTimeout(() => {
      // Leaving the page (a test, the app closing the kiosk) stops the loop.
      if (!root.isConnected) return;
      void rotate().then(loop);
    }, delay);
  };
  const ticking = (): void => {
    window.setTimeout(() => {
      if (!root.isConnected) return;
      tick();
      ticking();
    }, 1000);
  };

  await rotate();
  tick();
  loop();
  ticking();
  return { title: tIn('ja', 'kiosk-label'), content: [root] };
}
