// axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing on the inbox in the states a resident gets it into — the
// list as it opens, after "show all" and "more" with every kind of badge, after pinning and reading (status
// message shown), with no results; one message in force (instruction first), the same in its original language,
// and a replaced one — in Japanese, やさしい日本語 and Portuguese, at standard and extra-large text.

import type { Page } from '@playwright/test';
import { LEVEL3_ALERT, LEVEL4_ALERT, axeViolations, expect, ftl, inboxList, openApp, resetInbox, test, updateSettings } from './support';

test.beforeEach(async ({ request }) => {
  await resetInbox(request);
});

async function openMessage(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/inbox/${id}`);
  await expect(page.locator('main[data-screen="inbox-message"] #message')).toHaveAttribute('data-id', id);
}

for (const locale of ['ja', 'ja-easy', 'pt-BR']) {
  for (const fontScale of ['normal', 'xlarge'] as const) {
    test(`no axe violations on the inbox list and messages (${locale}, ${fontScale} text)`, async ({ page, request }) => {
      await updateSettings(request, { locale, font_scale: fontScale });
      await openApp(page, 'inbox');
      const found: string[] = [];
      const list = page.locator('#inbox-list > li');
      await expect(list.first()).toBeVisible();
      found.push(...(await axeViolations(page, 'list', false)));

      await page.getByLabel(ftl(locale, 'inbox-show-all')).check();
      await expect(page.locator('#inbox-count')).toHaveText(ftl(locale, 'inbox-count', { count: (await inboxList(request, { all: true })).total }));
      const more = page.locator('#inbox-more');
      while (await more.isVisible()) {
        const before = await list.count();
        await more.click();
        await expect(list).not.toHaveCount(before);
      }
      const first = list.first();
      await first.locator('[data-action="pin"]').click();
      await expect(first.locator('[data-action="pin"]')).toHaveAttribute('aria-pressed', 'true');
      await first.locator('[data-action="read"]').click();
      await expect(page.locator('#inbox-action-status')).not.toBeEmpty();
      found.push(...(await axeViolations(page, 'list, all, pinned and read', false)));

      await page.getByRole('searchbox').fill('no-such-words-anywhere');
      await expect(page.locator('#inbox-count')).toHaveText(ftl(locale, 'inbox-no-results'));
      found.push(...(await axeViolations(page, 'list, no results', false)));

      await openMessage(page, LEVEL4_ALERT);
      found.push(...(await axeViolations(page, 'message in force', false)));
      const toggle = page.locator('#message-original-toggle');
      if ((await toggle.count()) > 0) {
        await toggle.click();
        await expect(page.locator('#message-original-toggle')).toHaveAttribute('data-original', 'true');
        found.push(...(await axeViolations(page, 'message, original', false)));
      }
      await page.locator('#message-pin').click();
      await expect(page.locator('#message-status')).not.toBeEmpty();
      found.push(...(await axeViolations(page, 'message, pinned', false)));

      await openMessage(page, LEVEL3_ALERT);
      found.push(...(await axeViolations(page, 'replaced message', false)));
      expect(found, found.join('\n')).toEqual([]);
    });
  }
}
