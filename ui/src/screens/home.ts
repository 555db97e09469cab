/** Home: the city's name, the やさしい日本語 switch and one large tile per feature. */

import { h, withJapaneseNames } from '../dom';
import { FEATURES, type Feature } from '../features';
import { t } from '../i18n';
import { icon } from '../icons';
import { getState } from '../store';
import { easyJapaneseSwitch, type ScreenContext } from '../widgets';

function tile(feature: Feature): HTMLLIElement {
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

export function renderHome(ctx: ScreenContext): Node[] {
  const { info } = getState();
  const banner = recoveryBanner();
  return [
    h('h1', { tabindex: '-1' }, t('home-title')),
    ...(banner ? [banner] : []),
    h('p', { class: 'lead' }, t('home-intro', { city: info.city_name })),
    easyJapaneseSwitch(ctx, 'home'),
    h(
      'section',
      { 'aria-labelledby': 'features-heading' },
      h('h2', { id: 'features-heading' }, t('home-features')),
      h('ul', { class: 'tiles', role: 'list' }, FEATURES.map(tile)),
    ),
  ];
}
