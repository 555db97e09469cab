/**
 * A small element builder: `h('a', { class: 'tile', href: '#/waste' }, text)`. Attributes only (no inline styles,
 * which the CSP forbids); `on*` keys add event listeners; `true` sets an empty attribute; false/null omit it.
 * Text children with furigana markup become `<ruby>` (or plain text when furigana is off); attributes get plain text.
 */

import { plainText, rubyNodes } from './ruby';

export type Child = Node | string | null | undefined | false | Child[];
type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      el.setAttribute(key, value === true ? '' : plainText(String(value)));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'string') for (const node of rubyNodes(child)) parent.appendChild(node);
    else parent.appendChild(child);
  }
}

/** Replaces an element's content with a text (furigana as `h()` renders it). */
export function setText(el: Element, text: string): void {
  el.replaceChildren(...rubyNodes(text));
}

/** A text-only element for screen readers (the `visually-hidden` class keeps it off screen). */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden' }, text);
}

// Furigana marks belong to the Japanese run they annotate.
const JAPANESE_RUN = /([\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f｜《》]+)/u;
// Chinese is written in Han characters too: in Chinese text only kana runs are Japanese.
const KANA_RUN = /([\u3040-\u30ff\uff66-\uff9f]+)/u;

/**
 * Text with its Japanese runs marked `lang="ja"`: proper names the city uses in every language (おーバス) stay
 * recognisable on signs, and a screen reader reads them with a Japanese voice instead of spelling them out.
 */
export function withJapaneseNames(text: string, lang: string = document.documentElement.lang): Child[] {
  if (lang === 'ja') return [text];
  return text
    .split(lang.startsWith('zh') ? KANA_RUN : JAPANESE_RUN)
    .map((part, i) => (i % 2 === 1 ? h('span', { lang: 'ja' }, part) : part))
    .filter((part) => part !== '');
}

/**
 * Text the core picked in `lang` (a BCP 47 tag for the page: やさしい日本語 is `ja`): marked with its language,
 * isolated for direction, and with the Japanese names a city keeps inside another language (おーバス, 市民課)
 * marked as Japanese, so a screen reader switches voice for them.
 */
export function inLanguage<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  lang: string,
  text: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  return h(tag, { dir: 'auto', ...attrs, lang }, withJapaneseNames(text, lang));
}
