/** A feature that is not built yet says so plainly, and a page that does not exist says that. */

import { h, withJapaneseNames } from '../dom';
import type { Feature } from '../features';
import { t } from '../i18n';
import { icon } from '../icons';
import { backLink } from '../widgets';

export function renderComingSoon(feature: Feature): Node[] {
  return [
    backLink(),
    h(
      'h1',
      { tabindex: '-1', class: 'screen-title' },
      h('span', { class: `title-icon tile--${feature.id}` }, icon(feature.icon)),
      h('span', null, withJapaneseNames(t(feature.title))),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'coming-soon-heading' },
      icon('clock', 'icon panel-icon'),
      h(
        'div',
        { class: 'panel-text' },
        h('h2', { id: 'coming-soon-heading' }, t('coming-soon-title')),
        h('p', null, t('coming-soon-body')),
      ),
    ),
  ];
}

export function renderNotFound(): Node[] {
  return [backLink(), h('h1', { tabindex: '-1' }, t('not-found-title')), h('p', null, t('not-found-body'))];
}
