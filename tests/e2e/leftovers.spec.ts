// "No Japanese left on a Portuguese screen": after switching language, every visible text on every screen is in
// that language. Text deliberately in another language carries its own `lang` (the language names, the
// やさしい にほんご button, the bus's name おーバス) and is left out; everything else must contain no kana or kanji.

import { SCREENS, expect, goTo, openApp, test, updateSettings } from './support';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/u;

for (const tag of ['pt-BR', 'vi', 'ne', 'en'] as const) {
  test(`no Japanese text is left on any screen in ${tag}`, async ({ page, request }) => {
    await updateSettings(request, { locale: tag, second_locale: 'en' });
    await openApp(page, 'home');
    for (const screen of SCREENS) {
      await goTo(page, screen);
      const leftovers = await page.evaluate((pattern) => {
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
      }, JAPANESE.source);
      expect(leftovers, `${tag} ${screen}`).toEqual([]);
    }
  });
}
