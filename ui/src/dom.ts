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

/**
 * Text with its Japanese runs marked `lang="ja"`: proper names the city uses in every language (おーバス) stay
 * recognisable on signs, and a screen reader reads them with a Japanese voice instead of spelling them out.
 */
export function withJapaneseNames(text: string): Child[] {
  if (document.documentElement.lang === 'ja') return [text];
  return text
    .split(JAPANESE_RUN)
    .map((part, i) => (i % 2 === 1 ? h('span', { lang: 'ja' }, part) : part))
    .filter((part) => part !== '');
}
