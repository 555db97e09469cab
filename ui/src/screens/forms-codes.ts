/**
 * The QR codes to show at the counter (`#/forms/<id>/qr`): large, black on white whatever the theme, one at a
 * time with "1 / 3" and next/previous, the form's name and counter, a brightness hint, the text each code holds,
 * saving as PNG and printing. The codes are the core's (the saved draft, checked again); nothing is sent.
 */

import { ApiError, call, type CodePart, type FormCodes } from '../backend';
import { h } from '../dom';
import { t } from '../i18n';
import { icon } from '../icons';
import { featureHash } from '../router';
import { describeError } from '../store';
import { announce, statusRegion } from '../widgets';
import { counterLine, failure, japanese, shownText } from './forms';
import type { Screen } from './registry';

function pngBytes(part: CodePart): Uint8Array<ArrayBuffer> {
  const binary = atob(part.png_base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves one code as a PNG file through the browser's download. */
function download(part: CodePart): void {
  const url = URL.createObjectURL(new Blob([pngBytes(part)], { type: 'image/png' }));
  const link = h('a', { href: url, download: part.file_name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function codeImage(codes: FormCodes, part: CodePart, className: string): HTMLImageElement {
  return h('img', {
    class: className,
    src: `data:image/png;base64,${part.png_base64}`,
    alt: t('form-codes-alt', { form: codes.title.text, index: part.index, total: part.total }),
    'data-index': String(part.index),
  });
}

function backToForm(id: string): HTMLAnchorElement {
  return h('a', { class: 'back-link', href: featureHash('forms', id) }, icon('back'), h('span', null, t('form-codes-back')));
}

export async function renderCodes(id: string): Promise<Screen> {
  let codes: FormCodes;
  try {
    codes = await call('form_codes', { id });
  } catch (err) {
    // A draft with problems (or none at all) goes back to the form, which says what to do.
    const invalid = err instanceof ApiError && (err.code === 'form.invalid' || err.code === 'not_found');
    return {
      title: t('form-codes-title'),
      content: [
        backToForm(id),
        h('h1', { tabindex: '-1' }, t('form-codes-title')),
        failure('form-codes-failed', 'form-codes-failed', err),
        ...(invalid ? [h('p', null, h('a', { class: 'button', href: featureHash('forms', id) }, h('span', null, t('form-codes-back'))))] : []),
      ],
    };
  }

  const total = codes.parts.length;
  let index = 0;
  const figure = h('figure', { class: 'qr-figure', id: 'qr-figure' });
  const position = h('p', { class: 'qr-position', id: 'qr-position', 'aria-live': 'polite' });
  const content = h('pre', { class: 'qr-text', id: 'qr-text', lang: 'ja' });
  const previous = h('button', { type: 'button', class: 'button button--secondary', id: 'qr-previous' }, icon('back'), h('span', null, t('form-codes-previous')));
  const next = h('button', { type: 'button', class: 'button', id: 'qr-next' }, h('span', null, t('form-codes-next')), icon('next'));
  const status = statusRegion('qr-status');

  const show = (): void => {
    const part = codes.parts[index]!;
    figure.replaceChildren(codeImage(codes, part, 'qr-image'));
    figure.setAttribute('data-index', String(part.index));
    position.textContent = t('form-codes-position', { index: part.index, total });
    content.textContent = part.text;
    for (const [button, enabled] of [
      [previous, index > 0],
      [next, index < total - 1],
    ] as const) {
      if (enabled) button.removeAttribute('aria-disabled');
      else button.setAttribute('aria-disabled', 'true');
    }
  };
  previous.addEventListener('click', () => {
    if (index === 0) return;
    index -= 1;
    show();
  });
  next.addEventListener('click', () => {
    if (index >= total - 1) return;
    index += 1;
    show();
  });
  show();

  const save = h('button', { type: 'button', class: 'button button--secondary', id: 'qr-save' }, icon('download'), h('span', null, t('form-codes-save')));
  save.addEventListener('click', () => {
    const part = codes.parts[index]!;
    download(part);
    announce(status, t('form-codes-saved', { file: part.file_name }));
  });
  const saveAll = h('button', { type: 'button', class: 'button button--secondary', id: 'qr-save-all' }, icon('download'), h('span', null, t('form-codes-save-all')));
  saveAll.addEventListener('click', () => {
    for (const part of codes.parts) download(part);
    announce(status, t('form-codes-saved', { file: codes.parts.map((p) => p.file_name).join(', ') }));
  });
  const print = h('button', { type: 'button', class: 'button button--secondary', id: 'qr-print' }, icon('print'), h('span', null, t('form-codes-print')));
  print.addEventListener('click', () => window.print());
  const done = h('button', { type: 'button', class: 'button button--secondary', id: 'qr-done' }, icon('trash'), h('span', null, t('form-codes-done')));
  done.addEventListener('click', () => {
    if (done.getAttribute('aria-disabled')) return;
    done.setAttribute('aria-disabled', 'true');
    call('form_draft_delete', { id }).then(
      () => {
        location.hash = '#/forms';
      },
      (err: unknown) => {
        done.removeAttribute('aria-disabled');
        announce(status, describeError(err), 'error');
      },
    );
  });

  return {
    title: t('form-codes-title'),
    content: [
      backToForm(id),
      h('h1', { tabindex: '-1' }, t('form-codes-title')),
      h(
        'div',
        { class: 'qr-form-name' },
        shownText('p', codes.title, { class: 'qr-title' }),
        h('p', { class: 'form-official' }, h('span', { class: 'official-label' }, `${t('forms-official-label')}: `), japanese('span', codes.title_ja_official, 'official')),
        codes.counter ? counterLine(codes.counter, 'qr-counter', 'form-codes-where') : null,
      ),
      h('p', { class: 'lead' }, t('form-codes-show', { count: total })),
      h('p', { class: 'note qr-brightness' }, icon('sun', 'icon note-icon'), h('span', null, t('form-codes-brightness'))),
      position,
      figure,
      total > 1 ? h('div', { class: 'actions qr-nav' }, previous, next) : null,
      h('details', { class: 'qr-details' }, h('summary', null, t('form-codes-content')), content),
      h('div', { class: 'actions' }, save, total > 1 ? saveAll : null, print),
      // Printing shows every code, one under the other.
      h('div', { class: 'qr-print-all', 'aria-hidden': 'true' }, codes.parts.map((part) => codeImage(codes, part, 'qr-print-image'))),
      h('div', { class: 'actions qr-done' }, done),
      status,
    ].filter((n): n is HTMLElement => n !== null),
  };
}
