/**
 * Each feature's screens live in their own module (`screens/<feature>.ts`, with its own stylesheet); this table is
 * the only place that lists them. A feature module renders `#/<feature>` and `#/<feature>/<more>…` from the path
 * segments after the feature's name.
 */

import type { Feature } from '../features';
import type { ScreenContext } from '../widgets';
import { renderBus } from './bus';
import { renderForms } from './forms';
import { renderHealth } from './health';
import { renderPlaces } from './places';
import { renderWaste } from './waste';

/** What a screen shows: its title (for the document title) and its content. */
export interface Screen {
  title: string;
  content: Node[];
}

export type FeatureScreen = (rest: string[], ctx: ScreenContext) => Promise<Screen>;

/** The screens of every feature except the inbox (which has its own routes). */
export const FEATURE_SCREENS: Partial<Record<Feature['id'], FeatureScreen>> = {
  waste: renderWaste,
  health: renderHealth,
  places: renderPlaces,
  bus: renderBus,
  forms: renderForms,
};
