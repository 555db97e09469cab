/** Pieces several screens share: status messages, the window title, the back link, the やさしい日本語 switch. */

import { h } from './dom';
import { plainText } from './ruby';
import { icon } from './icons';
import { currentLocale, intlLocale, t, tIn } from './i18n';
import { describeError, enterEasyJapanese, leaveEasyJapanese, localeBeforeEasyJapanese, localeName } from './store';

export interface ScreenContext {
  /** Re-renders the whole app (after a language change), then focuses `focus` and announces `announce`. */
  rerender(options?: RenderOptions): void;
}

export interface RenderOptions {
  focus?: string;
  announce?: { selector: string; text: string; kind?: StatusKind };
}

export type StatusKind = 'ok' | 'error' | 'busy';

/** A polite live region; it exists before its text changes, so screen readers announce the change. */
export function statusRegion(id: string): HTMLParagraphElement {
  return h('p', { id, class: 'status', role: 'status' });
}

let pendingAnnouncement: number | undefined;

/**
 * Announces after a re-render, once assistive technology has registered the new live region. A newer
 * announcement cancels it, so a late "saved" for the language never wipes out a message about a later change.
 */
export function announceSoon(selector: string, text: string, kind: StatusKind = 'ok'): void {
  window.clearTimeout(pendingAnnouncement);
  pendingAnnouncement = window.setTimeout(() => {
    pendingAnnouncement = undefined;
    announce(document.querySelector(selector), text, kind);
  }, 150);
}

export function announce(region: Element | null, text: string, kind: StatusKind = 'ok'): void {
  window.clearTimeout(pendingAnnouncement);
  pendingAnnouncement = undefined;
  if (!region) return;
  // One message at a time on a screen: an old "saved" next to another section only confuses.
  for (const other of document.querySelectorAll('main .status')) {
    if (other !== region) {
      other.textContent = '';
      other.classList.remove('status--ok', 'status--error', 'status--busy');
    }
  }
  region.classList.remove('status--ok', 'status--error', 'status--busy');
  region.classList.add(`status--${kind}`);
  region.replaceChildren();
  if (text) {
    if (kind === 'error') region.append(icon('alert', 'icon status-icon'));
    region.append(h('span', null, text));
  }
}

/** The window title for a screen: "<screen> | <app>". */
export function setScreenTitle(screen: string): void {
  document.title = plainText(t('page-title', { screen, app: t('app-name') }));
}

export function backLink(): HTMLAnchorElement {
  return h('a', { class: 'back-link', href: '#/' }, icon('back'), h('span', null, t('back-to-home')));
}

/**
 * The やさしい日本語 button, offered whatever the current language: it always reads やさしい にほんご. Once in
 * やさしい日本語 it becomes a way back, labelled in the language the resident came from.
 */
export function easyJapaneseSwitch(ctx: ScreenContext, place: string): HTMLElement {
  const statusId = `easy-status-${place}`;
  const hintId = `easy-hint-${place}`;
  const inEasy = currentLocale() === 'ja-easy';
  const back = localeBeforeEasyJapanese();
  const button = h(
    'button',
    {
      type: 'button',
      class: inEasy ? 'button button--secondary easy-button' : 'button easy-button',
      lang: inEasy ? intlLocale(back) : 'ja',
      'data-easy-japanese': inEasy ? 'leave' : 'enter',
      'aria-describedby': inEasy ? null : hintId,
    },
    icon('globe'),
    h('span', null, inEasy ? tIn(back, 'easy-japanese-leave', { language: localeName(back) }) : t('easy-japanese-switch')),
  );
  const status = statusRegion(statusId);
  let busy = false;
  button.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    const action = inEasy ? leaveEasyJapanese() : enterEasyJapanese();
    action.then(
      () => ctx.rerender({ focus: `[data-easy-japanese]` }),
      (err: unknown) => {
        busy = false;
        button.removeAttribute('aria-disabled');
        announce(status, t('settings-save-failed', { message: describeError(err) }), 'error');
      },
    );
  });
  return h(
    'div',
    { class: 'easy-switch' },
    button,
    inEasy ? null : h('p', { id: hintId, class: 'easy-hint' }, t('easy-japanese-switch-hint')),
    status,
  );
}
