/**
 * STUB(health): replaced by the feature's real screens.
 */

import { FEATURES } from '../features';
import { t } from '../i18n';
import type { ScreenContext } from '../widgets';
import { renderComingSoon } from './feature';
import type { Screen } from './registry';

export async function renderHealth(_rest: string[], _ctx: ScreenContext): Promise<Screen> {
  const feature = FEATURES.find((f) => f.id === 'health')!;
  return { title: t(feature.title), content: renderComingSoon(feature) };
}
