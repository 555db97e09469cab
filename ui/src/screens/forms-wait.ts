/**
 * The counters' queues (`#/forms/wait`): each counter with how many wait and for about how long, the time the
 * city counted, and — plainly, in words and an icon, never colour alone — whether the numbers are stale or the
 * phone is offline. Asks the core again about once a minute while the screen is open, and stops when it closes.
 */

import { call, type CounterQueue, type WaitStatusView } from '../backend';
import { h } from '../dom';
import { t } from '../i18n';
import { icon, type IconName } from '../icons';
import { describeError } from '../store';
import { announce, statusRegion } from '../widgets';
import { backToForms, japanese, sameAsShown, shownText } from './forms';
import type { Screen } from './registry';

const STATE_ICON: Record<WaitStatusView['state'], IconName> = {
  current: 'check',
  stale: 'clock',
  offline: 'alert',
  unknown: 'info',
};

function counterItem(c: CounterQueue): HTMLLIElement {
  return h(
    'li',
    { class: 'wait-counter', 'data-counter': c.id },
    h(
      'h3',
      { class: 'wait-counter-name' },
      shownText('span', c.name),
      sameAsShown(c.name, c.name_ja) || !c.name_ja ? null : [' ', japanese('span', c.name_ja, 'official')],
    ),
    c.place.text ? shownText('p', c.place, { class: 'wait-place' }) : null,
    h(
      'dl',
      { class: 'wait-numbers' },
      h('div', null, h('dt', null, t('wait-waiting-label')), h('dd', { 'data-waiting': String(c.waiting) }, t('wait-waiting', { count: c.waiting }))),
      h('div', null, h('dt', null, t('wait-minutes-label')), h('dd', { 'data-minutes': String(c.minutes) }, t('wait-minutes', { minutes: c.minutes }))),
    ),
  );
}

export async function renderWait(): Promise<Screen> {
  const state = h('p', { id: 'wait-state', class: 'wait-state', role: 'status' });
  const problem = h('p', { id: 'wait-problem', class: 'status status--error', role: 'alert' });
  const list = h('ul', { id: 'wait-counters', class: 'wait-counters', role: 'list', 'aria-labelledby': 'wait-heading' });
  const actionStatus = statusRegion('wait-action-status');
  const refresh = h('button', { type: 'button', class: 'button button--secondary', id: 'wait-refresh' }, icon('refresh'), h('span', null, t('wait-refresh')));
  const root = h('div', { class: 'wait', id: 'wait' });

  let pollMs = 60_000;
  let timer: number | undefined;

  const show = (view: WaitStatusView): void => {
    root.setAttribute('data-state', view.state);
    state.className = `wait-state wait-state--${view.state}`;
    state.replaceChildren(icon(STATE_ICON[view.state], 'icon status-icon'), h('span', null, view.message));
    problem.replaceChildren(...(view.problem ? [icon('alert', 'icon status-icon'), h('span', null, view.problem.message)] : []));
    list.replaceChildren(...view.counters.map(counterItem));
    if (view.counters.length === 0 && view.state !== 'offline') list.replaceChildren(h('li', { class: 'wait-none' }, t('wait-none')));
    pollMs = Math.max(view.poll_seconds, 30) * 1000;
  };

  /** Asks the core; the core polls the city (a conditional GET) and keeps the last numbers it trusted. */
  const poll = async (): Promise<void> => {
    try {
      show(await call('wait_status'));
    } catch (err) {
      state.className = 'wait-state wait-state--offline';
      state.replaceChildren(icon('alert', 'icon status-icon'), h('span', null, t('wait-failed', { message: describeError(err) })));
    }
  };

  /** The next poll; once the resident has left the screen, none (the screen is no longer in the page). */
  const scheduleNext = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (!root.isConnected) return;
      void poll().then(scheduleNext);
    }, pollMs);
  };

  refresh.addEventListener('click', () => {
    if (refresh.getAttribute('aria-disabled')) return;
    refresh.setAttribute('aria-disabled', 'true');
    void poll()
      .then(() => announce(actionStatus, state.textContent ?? ''))
      .finally(() => {
        refresh.removeAttribute('aria-disabled');
        scheduleNext();
      });
  });

  await poll();
  scheduleNext();

  root.append(
    state,
    problem,
    h('section', { 'aria-labelledby': 'wait-heading' }, h('h2', { id: 'wait-heading', class: 'visually-hidden' }, t('wait-title')), list),
    h('div', { class: 'actions' }, refresh),
    actionStatus,
  );
  return {
    title: t('wait-title'),
    content: [
      backToForms(),
      h('h1', { tabindex: '-1', class: 'screen-title' }, h('span', { class: 'title-icon tile--forms' }, icon('clock')), h('span', null, t('wait-title'))),
      h('p', { class: 'lead' }, t('wait-intro')),
      root,
    ],
  };
}
