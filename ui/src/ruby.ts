/**
 * Furigana: the ruby notation the city writes in its texts and our Fluent strings (`｜小山市《おやまし》`, or
 * `避難所《ひなんじょ》` after a run of kanji), read the same way as crates/bundle/src/ruby.rs. With furigana on,
 * `h()` turns it into `<ruby>` so the reading sits above the kanji; with it off, and in every attribute (labels,
 * titles), only the base text is kept. Malformed markup never shows its marks.
 */

export type RubySegment = string | { base: string; reading: string };

const BAR = '｜';
const OPEN = '《';
const CLOSE = '》';
const KANJI = /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff々〆ヶ]|[\u{20000}-\u{2ffff}]/u;

let showReadings = false;

/** Whether readings are shown above kanji (from the resident's setting; default: in やさしい日本語). */
export function setFurigana(on: boolean): void {
  showReadings = on;
  document.documentElement.classList.toggle('furigana', on);
}

export function furiganaShown(): boolean {
  return showReadings;
}

export function hasRubyMarkup(text: string): boolean {
  return text.includes(OPEN) || text.includes(CLOSE) || text.includes(BAR);
}

/** Splits marked-up text into plain runs and ruby pairs; `null` if the markup is malformed. */
export function parseRuby(text: string): RubySegment[] | null {
  const chars = Array.from(text);
  const out: RubySegment[] = [];
  let pending = 0; // first character not yet emitted
  let bar: number | null = null; // where an explicit ｜ opened
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === BAR) {
      if (bar !== null) return null;
      bar = i;
    } else if (c === OPEN) {
      const close = chars.indexOf(CLOSE, i + 1);
      if (close < 0) return null;
      const reading = chars.slice(i + 1, close).join('');
      if (reading === '' || reading.includes(OPEN) || reading.includes(BAR)) return null;
      let baseStart: number;
      if (bar !== null) {
        baseStart = bar + 1;
      } else {
        baseStart = i;
        while (baseStart > pending && KANJI.test(chars[baseStart - 1] ?? '')) baseStart--;
      }
      if (baseStart === i) return null;
      const beforeEnd = bar !== null ? bar : baseStart;
      if (pending < beforeEnd) out.push(chars.slice(pending, beforeEnd).join(''));
      out.push({ base: chars.slice(baseStart, i).join(''), reading });
      bar = null;
      pending = close + 1;
      i = close;
    } else if (c === CLOSE) {
      return null;
    }
  }
  if (bar !== null) return null;
  if (pending < chars.length) out.push(chars.slice(pending).join(''));
  return out;
}

/** The text with readings dropped: for attributes, the document title, the clipboard and plain outputs. */
export function plainText(text: string): string {
  if (!hasRubyMarkup(text)) return text;
  const segments = parseRuby(text);
  if (!segments) return text.replace(/[｜《》]/gu, '');
  return segments.map((s) => (typeof s === 'string' ? s : s.base)).join('');
}

/** The DOM for a text: ruby elements where it carries readings and furigana is on, plain text otherwise. */
export function rubyNodes(text: string): Node[] {
  if (!hasRubyMarkup(text)) return [document.createTextNode(text)];
  const segments = parseRuby(text);
  if (!segments || !showReadings) return [document.createTextNode(plainText(text))];
  // One <span> around the run: in a flex container (a heading with its icon) each <ruby> would otherwise become its
  // own flex item and the sentence would stop wrapping.
  const run = document.createElement('span');
  for (const segment of segments) {
    if (typeof segment === 'string') {
      run.append(segment);
      continue;
    }
    // No <rp> fallback brackets: every engine the app runs in (WebView2, WebKitGTK, Chromium, Safari) lays out ruby.
    const ruby = document.createElement('ruby');
    const rt = document.createElement('rt');
    rt.textContent = segment.reading;
    ruby.append(segment.base, rt);
    run.append(ruby);
  }
  return [run];
}
