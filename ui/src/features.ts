/**
 * The resident features on the Home screen, in the order the city wants them. The inbox has its own screens; the
 * others say "coming soon" for now.
 */

import type { IconName } from './icons';

export interface Feature {
  /** Route (`#/<id>`) and CSS modifier. */
  id: 'inbox' | 'waste' | 'health' | 'places' | 'bus' | 'forms';
  icon: IconName;
  /** Fluent ids of the tile's title and one-line description. */
  title: string;
  description: string;
}

export const FEATURES: readonly Feature[] = [
  { id: 'inbox', icon: 'inbox', title: 'feature-inbox', description: 'feature-inbox-desc' },
  { id: 'waste', icon: 'waste', title: 'feature-waste', description: 'feature-waste-desc' },
  { id: 'health', icon: 'health', title: 'feature-health', description: 'feature-health-desc' },
  { id: 'places', icon: 'places', title: 'feature-places', description: 'feature-places-desc' },
  { id: 'bus', icon: 'bus', title: 'feature-bus', description: 'feature-bus-desc' },
  { id: 'forms', icon: 'forms', title: 'feature-forms', description: 'feature-forms-desc' },
];
