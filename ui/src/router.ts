/**
 * Hash routes (`#/`, `#/settings`, `#/inbox`, `#/inbox/<id>`, `#/waste` …): they work from a file, from Tauri's
 * custom protocol and from `machi web` without server-side routing. Hashes that are not routes (the skip link's
 * `#main`) are ignored.
 */

import { FEATURES, type Feature } from './features';

export type Route =
  | { kind: 'home' }
  | { kind: 'settings' }
  | { kind: 'inbox' }
  | { kind: 'inbox-message'; id: string }
  | { kind: 'feature'; feature: Feature; rest: string[] }
  | { kind: 'kiosk' }
  | { kind: 'not-found' };

export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

/** The address of one message's screen. */
export function messageHash(id: string): string {
  return `#/inbox/${encodeURIComponent(id)}`;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function currentRoute(): Route {
  const hash = location.hash;
  if (!isRouteHash(hash)) return { kind: 'home' };
  const path = hash.replace(/^#\/?/, '').split(/[?&]/)[0]?.replace(/\/+$/, '') ?? '';
  if (path === '') return { kind: 'home' };
  if (path === 'settings') return { kind: 'settings' };
  if (path === 'inbox') return { kind: 'inbox' };
  if (path.startsWith('inbox/')) {
    const id = decodeSegment(path.slice('inbox/'.length));
    return id ? { kind: 'inbox-message', id } : { kind: 'not-found' };
  }
  if (path === 'kiosk') return { kind: 'kiosk' };
  // `#/<feature>` and `#/<feature>/<more>…`: the feature's own screens read what follows.
  const [head, ...more] = path.split('/');
  const feature = FEATURES.find((f) => f.id === head);
  if (!feature) return { kind: 'not-found' };
  const rest = more.map(decodeSegment);
  return rest.every((r): r is string => r !== null) ? { kind: 'feature', feature, rest } : { kind: 'not-found' };
}

/** The address of a feature's screen, with path segments encoded. */
export function featureHash(feature: string, ...rest: string[]): string {
  return ['#', feature, ...rest.map(encodeURIComponent)].join('/');
}

/** Stable screen name for `main[data-screen]` (tests and styling hooks). */
export function routeName(route: Route): string {
  if (route.kind !== 'feature') return route.kind;
  return route.rest.length > 0 ? `${route.feature.id}-detail` : route.feature.id;
}

export function onRouteChange(listener: () => void): void {
  window.addEventListener('hashchange', () => {
    if (isRouteHash(location.hash)) listener();
  });
}
