// Traditional-script detection and conversion to simplified with opencc-js.
// Conversion keeps the text's length so offsets stay valid; where a phrase
// rule would change the length, the text is converted character by character.
import * as OpenCC from 'opencc-js';

let toSimplified: ((s: string) => string) | undefined;
function converter(): (s: string) => string {
  if (!toSimplified) toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified;
}

/** Characters enough to tell the script. */
const SAMPLE = 400;

let traditionalOnly: Uint8Array | undefined;
const HAN_FIRST = 0x4e00, HAN_LAST = 0x9fff;

/**
 * The characters that opencc's traditional → simplified table changes (萬,
 * 與, 區 …), read from its own dictionary, as flags by code point.
 */
function traditionalCharacters(): Uint8Array {
  if (traditionalOnly) return traditionalOnly;
  traditionalOnly = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
  for (const table of OpenCC.Locale.to.cn) {
    for (const entry of table.join('|').split('|')) {
      const [from, to] = entry.split(' ');
      const code = from?.charCodeAt(0) ?? 0;
      if (from?.length === 1 && to && from !== to && code >= HAN_FIRST && code <= HAN_LAST) traditionalOnly[code - HAN_FIRST] = 1;
    }
  }
  return traditionalOnly;
}

/** Whether a text is mostly traditional script: enough of its first Chinese characters are traditional forms. */
export function isTraditional(text: string): boolean {
  const traditional = traditionalCharacters();
  let han = 0, changed = 0;
  for (let i = 0; i < text.length && han < SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c < HAN_FIRST || c > HAN_LAST) continue;
    han++;
    changed += traditional[c - HAN_FIRST];
  }
  return han >= 10 && changed / han > 0.04;
}

/** The simplified form of a text, of the same length. */
export function simplify(text: string): string {
  const convert = converter();
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (c) => { const s = convert(c); return s.length === c.length ? s : c; }).join('');
}
