/**
 * STUB(kiosk): the signage page (デジタルサイネージ), replaced by the real one.
 */

import { h } from '../dom';
import { t } from '../i18n';
import type { Screen } from './registry';

export async function renderKiosk(): Promise<Screen> {
  return { title: t('app-name'), content: [h('h1', { tabindex: '-1' }, t('app-name'))] };
}
