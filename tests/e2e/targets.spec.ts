// WCAG 2.5.8 Target Size (Minimum) and the house rule above it: every visible interactive element on every screen
// (and an inbox message) is at least 24 × 24 CSS px at standard text, and at least 44 × 44 px when the resident
// chose large (150 %) or extra-large (200 %) text — on a phone and on a wide window.
//
// A checkbox or radio button that sits inside its <label> is measured as the label: clicking anywhere on the label
// sets it, so the label is its target (WCAG's "target" is the area that activates the control).
// Exempt, as WCAG 2.5.8's "inline" exception allows: links inside running text — an inline <a> within a paragraph
// with words around it (`p a`, including `li > p a`), whose size is set by the line of text around it. Nothing else
// is exempt: a link drawn as a button, or alone in its paragraph, is measured.
// A control hidden to the eye and drawn as its visible <label> (the health screen's file pickers) is measured as
// that label.

import type { Page } from '@playwright/test';
import { LEVEL4_ALERT, SCREENS, expect, goTo, openApp, test, updateSettings } from './support';

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [role="button"], [tabindex="0"]';

interface Target {
  what: string;
  width: number;
  height: number;
}

/** The visible interactive elements of the page and the size of what a pointer has to hit for each. */
function targets(page: Page): Promise<Target[]> {
  return page.evaluate((selector) => {
    const found: Target[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Inline links in running text: WCAG 2.5.8's inline exception — an inline <a> in a paragraph that has
      // words of its own around it. A link drawn as a button, or alone in its paragraph, is measured.
      const paragraph = el.closest('p');
      if (el instanceof HTMLAnchorElement && paragraph && getComputedStyle(el).display === 'inline') {
        const around = (paragraph.textContent ?? '').replace(el.textContent ?? '', '').trim();
        if (around) continue;
      }
      let box = el.getBoundingClientRect();
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label');
        if (label) box = label.getBoundingClientRect();
      }
      // A control hidden to the eye (a file input drawn as its label, a button) is hit through its visible label.
      if (el instanceof HTMLInputElement && box.width <= 1 && box.height <= 1 && el.labels?.length) {
        const labels = [...el.labels].map((l) => l.getBoundingClientRect()).filter((b) => b.width > 1 && b.height > 1);
        box = labels.sort((a, b) => b.width * b.height - a.width * a.height)[0] ?? box;
      }
      // The skip link waits above the top edge until it is focused; it is measured as it then shows.
      if (box.bottom <= 0 && el.classList.contains('skip-link')) {
        const shown = el.cloneNode(true) as HTMLElement;
        shown.style.transform = 'none';
        shown.style.transition = 'none';
        el.after(shown);
        box = shown.getBoundingClientRect();
        shown.remove();
      }
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
      found.push({ what: `${el.tagName.toLowerCase()}${id}${cls} "${name}"`, width: box.width, height: box.height });
    }
    return found;
  }, INTERACTIVE);
}

async function tooSmall(page: Page, where: string, minimum: number): Promise<string[]> {
  const all = await targets(page);
  expect(all.length, `${where}: no interactive elements found`).toBeGreaterThan(0);
  // Sub-pixel rounding of rem sizes: 43.99 px is 44 px.
  return all
    .filter((t) => t.width < minimum - 0.05 || t.height < minimum - 0.05)
    .map((t) => `${where}: ${t.what} is ${t.width.toFixed(1)} × ${t.height.toFixed(1)} px (< ${minimum})`);
}

async function everyScreen(page: Page, minimum: number): Promise<string[]> {
  const found: string[] = [];
  for (const screen of SCREENS) {
    await goTo(page, screen);
    await expect(page.locator('main[aria-busy]')).toHaveCount(0);
    found.push(...(await tooSmall(page, screen, minimum)));
  }
  await page.evaluate((id) => {
    location.hash = `#/inbox/${id}`;
  }, LEVEL4_ALERT);
  await expect(page.locator('main[data-screen="inbox-message"] #message')).toBeVisible();
  found.push(...(await tooSmall(page, 'inbox message', minimum)));
  return found;
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'wide', width: 1280, height: 800 },
] as const;

for (const viewport of VIEWPORTS) {
  for (const [fontScale, minimum] of [
    ['normal', 24],
    ['large', 44],
    ['xlarge', 44],
  ] as const) {
    for (const locale of ['ja', 'pt-BR']) {
      test(`every target is at least ${minimum} px (${locale}, ${fontScale} text, ${viewport.name})`, async ({ page, request }) => {
        await page.setViewportSize(viewport);
        await updateSettings(request, { locale, font_scale: fontScale });
        await openApp(page);
        const found = await everyScreen(page, minimum);
        expect(found, found.join('\n')).toEqual([]);
      });
    }
  }
}
