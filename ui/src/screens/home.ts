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

export function renderHome(ctx: ScreenContext): Node[] {
  const { info } = getState();
  return [
    h('h1', { tabindex: '-1' }, t('home-title')),
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
