/**
 * Forms (書かない窓口) and the counters' queues (待たない窓口): the list of forms (`#/forms`), filling one in
 * (`#/forms/<id>`), the QR codes to show at the counter (`#/forms/<id>/qr`) and the queues (`#/forms/wait`).
 *
 * Every form's name is shown in the resident's language beside its official Japanese name (`lang="ja"`): the
 * counter works in Japanese. The core checks, normalises, prefills and encodes; these screens only show it.
 */

import './forms.css';
import { call, type CounterView, type FormSummary, type ShownText } from '../backend';
import { h, inLanguage, withJapaneseNames, type Child } from '../dom';
import { currentLocale, formatDateTime, intlLocale, t } from '../i18n';
import { icon } from '../icons';
import { featureHash } from '../router';
import { describeError } from '../store';
import { backLink, type ScreenContext } from '../widgets';
import { renderNotFound } from './feature';
import { renderCodes } from './forms-codes';
import { renderForm } from './forms-fill';
import { renderWait } from './forms-wait';
import type { Screen } from './registry';

/** `#/forms/wait` is the queues; every other segment is a form id. */
export const WAIT_SEGMENT = 'wait';

export async function renderForms(rest: string[], _ctx: ScreenContext): Promise<Screen> {
  const [first, second, ...more] = rest;
  if (first === undefined) return renderFormsList();
  if (first === WAIT_SEGMENT && second === undefined) return renderWait();
  if (second === undefined) return renderForm(first);
  if (second === 'qr' && more.length === 0) return renderCodes(first);
  return { title: t('not-found-title'), content: renderNotFound() };
}

// ---- Shared by the forms screens ----

/** Text the core picked along the resident's languages, marked with the language it is in. */
export function shownText<K extends 'span' | 'p' | 'h1' | 'h2' | 'strong'>(
  tag: K,
  text: ShownText,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  return inLanguage(tag, intlLocale(text.locale), text.text, attrs);
}

/** Japanese as the counter writes it: always `lang="ja"`. */
export function japanese<K extends 'span' | 'p' | 'strong'>(tag: K, text: string, className: string): HTMLElementTagNameMap[K] {
  return h(tag, { class: className, lang: 'ja' }, text);
}

/** Whether the Japanese official name would only repeat what is already shown. */
export function sameAsShown(shown: ShownText, ja: string): boolean {
  return shown.text === ja && (shown.locale === 'ja' || shown.locale === 'ja-easy');
}

/** "Counter: 市民課 (本庁舎1階)" in the resident's language, the Japanese name beside a translation. */
export function counterLine(counter: CounterView, id: string, messageId = 'forms-counter'): HTMLParagraphElement {
  const name: Child[] = [shownText('span', counter.name)];
  if (!sameAsShown(counter.name, counter.name_ja)) name.push(' ', japanese('span', counter.name_ja, 'official'));
  if (counter.place.text) name.push(' ', shownText('span', counter.place, { class: 'counter-place' }));
  // The message places the counter's name; the name's parts keep their own languages.
  const [before, after] = t(messageId, { counter: '\u0000' }).split('\u0000');
  return h('p', { class: 'form-counter', id }, icon('places', 'icon note-icon'), h('span', null, before ?? '', ...name, after ?? ''));
}

/** The heading of the forms screens' back link: the forms list. */
export function backToForms(): HTMLAnchorElement {
  return h('a', { class: 'back-link', href: '#/forms' }, icon('back'), h('span', null, withJapaneseNames(t('feature-forms'))));
}

/** A failure said in the resident's language, in an alert next to where it happened. */
export function failure(id: string, messageId: string, err: unknown): HTMLParagraphElement {
  return h(
    'p',
    { id, class: 'status status--error', role: 'alert' },
    icon('alert', 'icon status-icon'),
    h('span', null, t(messageId, { message: describeError(err) })),
  );
}

// ---- The list ----

function formItem(form: FormSummary): HTMLLIElement {
  const titleId = `form-item-${form.id}`;
  return h(
    'li',
    { class: 'form-item', 'data-form': form.id },
    h(
      'h3',
      { class: 'form-item-title' },
      h('a', { href: featureHash('forms', form.id), id: titleId }, shownText('span', form.title)),
    ),
    h(
      'p',
      { class: 'form-official' },
      h('span', { class: 'official-label' }, `${t('forms-official-label')}: `),
      japanese('span', form.title_ja_official, 'official'),
    ),
    form.description.text ? shownText('p', form.description, { class: 'form-item-desc' }) : null,
    form.counter ? counterLine(form.counter, `${titleId}-counter`) : null,
    form.draft_saved_at
      ? h(
          'p',
          { class: 'form-item-draft' },
          icon('check', 'icon note-icon'),
          h('span', null, t('forms-draft-saved-at', { time: formatDateTime(form.draft_saved_at) })),
        )
      : null,
  );
}

async function renderFormsList(): Promise<Screen> {
  let list: Node;
  try {
    const forms = await call('forms_list');
    list =
      forms.length > 0
        ? h('ul', { id: 'forms-list', class: 'form-list', role: 'list', 'aria-labelledby': 'forms-list-heading' }, forms.map(formItem))
        : h('p', null, t('forms-none'));
  } catch (err) {
    list = failure('forms-list-failed', 'forms-list-failed', err);
  }
  const title = t('feature-forms');
  return {
    title,
    content: [
      backLink(),
      h(
        'h1',
        { tabindex: '-1', class: 'screen-title' },
        h('span', { class: 'title-icon tile--forms' }, icon('forms')),
        h('span', null, withJapaneseNames(title)),
      ),
      h('p', { class: 'lead' }, withJapaneseNames(t('forms-intro'))),
      h('p', { class: 'note' }, icon('info', 'icon note-icon'), h('span', null, t('forms-private'))),
      h(
        'p',
        { class: 'form-wait-link' },
        h('a', { class: 'button button--secondary', href: featureHash('forms', WAIT_SEGMENT) }, icon('clock'), h('span', null, t('forms-wait-link'))),
      ),
      h('section', { 'aria-labelledby': 'forms-list-heading' }, h('h2', { id: 'forms-list-heading' }, t('forms-list-heading')), list),
    ],
  };
}

/** The resident's locale as `<html lang>` says it (for text the UI itself writes). */
export function uiLang(): string {
  return intlLocale(currentLocale());
}
