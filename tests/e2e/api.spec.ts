// The HTTP side of `machi web`: the token is required, errors are {code, message} with the message localized,
// and the UI is served under a strict Content-Security-Policy.

import { callApi, expect, ftl, machiUrl, plain, test, updateSettings } from './support';

test('POST /api/get_settings without the token is refused with 401', async ({ request }) => {
  const response = await callApi(request, 'get_settings', {}, null);
  expect(response.status()).toBe(401);
  const body = (await response.json()) as { code: unknown; message: unknown };
  expect(typeof body.code).toBe('string');
  expect(plain(String(body.message))).toBe(ftl('ja', 'error-unauthorized'));
});

test('a wrong token is refused with 401', async ({ request }) => {
  const response = await callApi(request, 'get_settings', {}, 'not-the-token');
  expect(response.status()).toBe(401);
});

test('with the token, get_settings answers with the settings', async ({ request }) => {
  const response = await callApi(request, 'get_settings');
  expect(response.status()).toBe(200);
  const settings = (await response.json()) as Record<string, unknown>;
  expect(settings).toMatchObject({ locale: 'ja', font_scale: 'normal', high_contrast: false });
  expect(typeof settings['notifications']).toBe('object');
});

test('an unknown locale is refused with a localized error', async ({ request }) => {
  await updateSettings(request, { locale: 'pt-BR' });
  const response = await callApi(request, 'update_settings', { patch: { locale: 'xx-YY' } });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
  const body = (await response.json()) as { code: string; message: string };
  expect(plain(body.message)).toBe(ftl('pt-BR', 'error-unknown-locale', { locale: 'xx-YY' }));
});

test('list_locales names the twelve locales in their own languages, ja first', async ({ request }) => {
  const locales = (await (await callApi(request, 'list_locales')).json()) as { tag: string; name: string }[];
  expect(locales.map((l) => l.tag)).toEqual(['ja', 'ja-easy', 'en', 'pt-BR', 'es', 'vi', 'tl', 'ne', 'zh-Hans', 'zh-Hant', 'ko', 'th', 'id', 'my', 'si', 'km', 'mn']);
  for (const { tag, name } of locales) expect(plain(name)).toBe(ftl(tag, 'locale-name'));
});

test('the UI is served with a strict Content-Security-Policy', async ({ request }) => {
  const response = await request.get(`${machiUrl()}/`);
  expect(response.status()).toBe(200);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});
