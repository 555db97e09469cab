/**
 * The shell: skip link, header (app and city name, main navigation) and <main>, into which the current route's
 * screen renders. Boots by loading the resident's settings from the core; a language change re-renders it all.
 */

import { h } from './dom';
import { plainText } from './ruby';
import { LOCALES, intlLocale, setLocale, t } from './i18n';
import { icon, type IconName } from './icons';
import { currentRoute, onRouteChange, routeName, type Route } from './router';
import { renderComingSoon, renderNotFound } from './screens/feature';
import { renderKiosk } from './screens/kiosk';
import { FEATURE_SCREENS, type Screen } from './screens/registry';
import { renderHome } from './screens/home';
import { renderMessage } from './screens/inbox-detail';
import { renderInboxList } from './screens/inbox-list';
import { renderSettings } from './screens/settings';
import { describeError, getState, loadState } from './store';
import { announceSoon, backLink, setScreenTitle, type RenderOptions, type ScreenContext } from './widgets';

const ctx: ScreenContext = { rerender: (options) => void renderApp(options) };

let main: HTMLElement | null = null;
let navLinks: HTMLAnchorElement[] = [];

function root(): HTMLElement {
  const el = document.getElementById('app');
  if (!el) throw new Error('#app missing from index.html');
  return el;
}

/** A screen that reads from the core first resolves once its data is there, so it never shows half-built. */
async function screenFor(route: Route): Promise<Screen> {
  switch (route.kind) {
    case 'home':
      return { title: t('home-title'), content: await renderHome(ctx) };
    case 'settings':
      return { title: t('settings-title'), content: renderSettings(ctx) };
    case 'inbox':
      return { title: t('inbox-title'), content: await renderInboxList() };
    case 'inbox-message':
      return renderMessage(route.id, () => void renderRoute(true));
    case 'feature': {
      const screen = FEATURE_SCREENS[route.feature.id];
      return screen ? screen(route.rest, ctx) : { title: t(route.feature.title), content: renderComingSoon(route.feature) };
    }
    case 'kiosk':
      return renderKiosk();
    case 'not-found':
      return { title: t('not-found-title'), content: renderNotFound() };
  }
}

/** A screen that could not be built still says so, in the resident's language, with the way home. */
function screenFailed(err: unknown): Screen {
  return {
    title: t('app-name'),
    content: [
      backLink(),
      h('h1', { tabindex: '-1' }, t('app-name')),
      h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, describeError(err))),
    ],
  };
}

/** Counts route renders: a screen whose data arrives after the resident has moved on is dropped. */
let renderGeneration = 0;

async function renderRoute(moveFocus: boolean): Promise<void> {
  const target = main;
  if (!target) return;
  const generation = ++renderGeneration;
  const route = currentRoute();
  target.setAttribute('aria-busy', 'true');
  let screen: Screen;
  try {
    screen = await screenFor(route);
  } catch (err) {
    screen = screenFailed(err);
  }
  const { title, content } = screen;
  if (generation !== renderGeneration || main !== target) return;
  target.removeAttribute('aria-busy');
  target.replaceChildren(...content);
  target.setAttribute('data-screen', routeName(route));
  setScreenTitle(title);
  const path = route.kind === 'settings' ? '#/settings' : route.kind === 'home' ? '#/' : null;
  for (const link of navLinks) {
    if (link.getAttribute('href') === path) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (moveFocus) {
    // Tell screen-reader users where they are now, and start keyboard users at the top of the new screen.
    target.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }
}

function navLink(href: string, iconName: IconName, label: string): HTMLLIElement {
  const link = h('a', { class: 'nav-link', href }, icon(iconName), h('span', null, label));
  navLinks.push(link);
  return h('li', null, link);
}

function header(): HTMLElement {
  const { info } = getState();
  navLinks = [];
  return h(
    'header',
    { class: 'site-header' },
    h(
      'div',
      { class: 'site-header-inner' },
      h(
        'a',
        { class: 'brand', href: '#/' },
        h('span', { class: 'brand-app' }, t('app-name')),
        // The bundle's name for the city, marked with the language it is in (a fallback may not be the UI's).
        h('span', { class: 'brand-city', lang: intlLocale(info.city_name.locale) }, info.city_name.text),
      ),
      h(
        'nav',
        { 'aria-label': t('nav-main') },
        h('ul', { class: 'nav-list', role: 'list' }, navLink('#/', 'home', t('nav-home')), navLink('#/settings', 'settings', t('nav-settings'))),
      ),
    ),
  );
}

function skipLink(): HTMLAnchorElement {
  const link = h('a', { class: 'skip-link', href: '#main' }, t('skip-to-content'));
  // The hash is the router's; move focus without touching it.
  link.addEventListener('click', (event) => {
    event.preventDefault();
    main?.focus();
  });
  return link;
}

/** Renders the whole app for the current locale and route. */
export async function renderApp(options: RenderOptions = {}): Promise<void> {
  main = h('main', { id: 'main', class: 'page', tabindex: '-1' });
  // The signage page fills the screen: no header, no navigation.
  if (currentRoute().kind === 'kiosk') root().replaceChildren(main);
  else root().replaceChildren(skipLink(), header(), main);
  await renderRoute(false);
  if (options.focus) document.querySelector<HTMLElement>(options.focus)?.focus();
  if (options.announce) announceSoon(options.announce.selector, options.announce.text, options.announce.kind);
}

function renderStartFailed(err: unknown): void {
  const retry = h('button', { type: 'button', class: 'button' }, t('retry'));
  retry.addEventListener('click', () => void boot());
  main = h(
    'main',
    { id: 'main', class: 'page', tabindex: '-1', 'data-screen': 'start-failed' },
    h('h1', null, t('start-failed-title')),
    h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, describeError(err))),
    h('div', { class: 'actions' }, retry),
  );
  root().replaceChildren(main);
  setScreenTitle(t('start-failed-title'));
  document.documentElement.setAttribute('data-ready', 'error');
}

/** Until the core tells us the resident's language, speak the browser's (only "loading" is shown meanwhile). */
function browserLocale(): string {
  const supported: readonly string[] = LOCALES;
  for (const wanted of navigator.languages ?? []) {
    if (supported.includes(wanted)) return wanted;
    const language = wanted.split('-')[0]?.toLowerCase();
    if (language === 'pt') return 'pt-BR';
    if (language === 'zh') return /-(hant|tw|hk|mo)\b/i.test(wanted) ? 'zh-Hant' : 'zh-Hans';
    if (language === 'fil') return 'tl';
    const match = supported.find((tag) => tag === language);
    if (match) return match;
  }
  return 'ja';
}

let routingStarted = false;

export async function boot(): Promise<void> {
  setLocale(browserLocale());
  document.documentElement.removeAttribute('data-ready');
  main = h('main', { id: 'main', class: 'page', 'aria-busy': 'true' }, h('p', { class: 'loading', role: 'status' }, t('loading')));
  root().replaceChildren(main);
  document.title = plainText(t('app-name'));
  try {
    await loadState();
  } catch (err) {
    renderStartFailed(err);
    return;
  }
  await renderApp();
  if (!routingStarted) {
    routingStarted = true;
    onRouteChange(() => void renderRoute(true));
  }
  document.documentElement.setAttribute('data-ready', 'true');
}
