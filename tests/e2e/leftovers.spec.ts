// "No Japanese left on a Portuguese screen": in every locale but Japanese, after switching language, every visible text on every screen (and on
// a message the city also wrote in that language) is in that language. Text deliberately in another language carries its own `lang` (the language names, the
// やさしい にほんご button, the bus's name おーバス) and is left out; everything else must contain no kana or kanji.

import type { Page } from '@playwright/test';
import { LEVEL4_ALERT, BUILT_SCREEN_CONTENT, SCREENS, expect, goTo, openApp, test, updateSettings } from './support';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/u;
/** Chinese is written in Han characters too: on a Chinese screen, kana are what betray Japanese. */
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/u;

/** Every shipped locale but Japanese and やさしい日本語, with what Japanese looks like among its words. */
const CHECKED: ReadonlyArray<readonly [string, RegExp]> = [
  ...(['en', 'pt-BR', 'es', 'vi', 'tl', 'ne', 'ko', 'th', 'id', 'my', 'si', 'km', 'mn'] as const).map((tag) => [tag, JAPANESE] as const),
  ['zh-Hans', KANA],
  ['zh-Hant', KANA],
];

/** Visible text and accessible names in the page's language that match `japanese`. */
function japaneseLeftovers(page: Page, japanese: RegExp): Promise<string[]> {
  return page.evaluate((pattern) => {
    const re = new RegExp(pattern, 'u');
    const pageLang = document.documentElement.lang;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      if ((parent.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang) continue;
      const text = node.textContent?.trim() ?? '';
      if (text && re.test(text)) found.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if ((el.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && re.test(value)) found.push(`${attr}=${value}`);
      }
    }
    // A window title cannot mark a name as Japanese: there, names marked lang="ja" on the page may stand.
    let title = document.title;
    for (const el of document.querySelectorAll('[lang="ja"]')) title = title.replaceAll(el.textContent ?? '', '');
    if (re.test(title)) found.push(`title=${document.title}`);
    return found;
  }, japanese.source);
}

for (const [tag, japanese] of CHECKED) {
  test(`no Japanese text is left on any screen in ${tag}`, async ({ page, request }) => {
    await updateSettings(request, { locale: tag, second_locale: 'en' });
    await openApp(page, 'home');
    for (const screen of SCREENS) {
      await goTo(page, screen);
      const ready = BUILT_SCREEN_CONTENT[screen];
      if (ready) await expect(page.locator(ready).first()).toBeVisible();
      expect(await japaneseLeftovers(page, japanese), `${tag} ${screen}`).toEqual([]);
    }
    // The health points sub-screens: the counter code, how to earn, the family's profiles.
    for (const hash of ['#/health/counter', '#/health/rules', '#/health/profiles']) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await expect(page.locator('main[data-screen="health-detail"] h1')).toBeVisible();
      expect(await japaneseLeftovers(page, japanese), `${tag} ${hash}`).toEqual([]);
    }
    // A form (every field's Japanese name beside it is marked lang="ja") and the counters' queue.
    for (const hash of ['#/forms/moving-in', '#/forms/wait']) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await expect(page.locator('main[data-screen="forms-detail"] h1')).toBeVisible();
      expect(await japaneseLeftovers(page, japanese), `${tag} ${hash}`).toEqual([]);
    }
    // One message, which the city also wrote in this language.
    await page.evaluate((id) => {
      location.hash = `#/inbox/${id}`;
    }, LEVEL4_ALERT);
    await expect(page.locator('main')).toHaveAttribute('data-screen', 'inbox-message');
    expect(await japaneseLeftovers(page, japanese), `${tag} message`).toEqual([]);
  });
}
