/**
 * A small element builder: `h('a', { class: 'tile', href: '#/waste' }, text)`. Attributes only (no inline styles,
 * which the CSP forbids); `on*` keys add event listeners; `true` sets an empty attribute; false/null omit it.
 */

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
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A text-only element for screen readers (the `visually-hidden` class keeps it off screen). */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden' }, text);
}
