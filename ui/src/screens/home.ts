/**
 * Home: the city's name, the やさしい日本語 switch and one large tile per feature. The inbox tile carries the
 * unread count; alerts in force for the resident's area come above the tiles, and in disaster mode they are an
 * emergency alert with the shelters tile moved up beside them.
 */

import { call, type InboxSummary } from '../backend';
import { h, withJapaneseNames } from '../dom';
import { FEATURES, type Feature } from '../features';
import { t } from '../i18n';
import { icon } from '../icons';
import { getState } from '../store';
import { easyJapaneseSwitch, type ScreenContext } from '../widgets';
import { alertsInForce, unreadBadge } from './inbox';

function tile(feature: Feature, summary: InboxSummary | null): HTMLLIElement {
  const badge = feature.id === 'inbox' && summary ? unreadBadge(summary.unread) : null;
  return h(
    'li',
    null,
    h(
      'a',
      { class: `tile tile--${feature.id}`, href: `#/${feature.id}` },
      h('span', { class: 'tile-icon' }, icon(feature.icon)),
      h(
        'span',
        { class: 'tile-text' },
        h('span', { class: 'tile-title' }, withJapaneseNames(t(feature.title))),
        h('span', { class: 'tile-desc' }, withJapaneseNames(t(feature.description))),
      ),
      badge,
    ),
  );
}

export function homeTitle(): string {
  return t('home-title');
}

/** Files found damaged at start: the resident is told once what happened and that their own data is safe. */
export function recoveryBanner(): HTMLElement | null {
  const { info } = getState();
  if (info.recovered.length === 0) return null;
  return h(
    'section',
    { class: 'banner banner--notice', role: 'alert', 'aria-labelledby': 'recovery-heading' },
    h('h2', { id: 'recovery-heading' }, icon('info', 'icon banner-icon'), h('span', null, t('recovery-title'))),
    info.recovered.map((r) => h('p', null, r.message)),
  );
}

/** The inbox's unread count and alerts in force; Home is still useful without them. */
async function inboxSummary(): Promise<InboxSummary | null> {
  try {
    return await call('inbox_summary');
  } catch {
    return null;
  }
}

export async function renderHome(ctx: ScreenContext): Promise<Node[]> {
  const { info } = getState();
  const banner = recoveryBanner();
  const summary = await inboxSummary();
  const emergency = Boolean(summary?.disaster_mode && summary.in_force.length > 0);
  const tiles = FEATURES.map((feature) => ({ feature, tile: tile(feature, summary) }));
  const places = emergency ? (tiles.find((x) => x.feature.id === 'places')?.tile ?? null) : null;
  const alerts = summary ? alertsInForce(summary, places) : null;
  return [
    h('h1', { tabindex: '-1' }, t('home-title')),
    ...(banner ? [banner] : []),
    ...(alerts ? [alerts] : []),
    h('p', { class: 'lead' }, t('home-intro', { city: info.city_name.text })),
    easyJapaneseSwitch(ctx, 'home'),
    h(
      'section',
      { 'aria-labelledby': 'features-heading' },
      h('h2', { id: 'features-heading' }, t('home-features')),
      h(
        'ul',
        { class: 'tiles', role: 'list' },
        tiles.filter((x) => x.tile !== places).map((x) => x.tile),
      ),
    ),
  ];
}
