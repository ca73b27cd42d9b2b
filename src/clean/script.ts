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

let traditionalOnly: Set<string> | undefined;

/** Characters that opencc's traditional → simplified table changes (萬, 與, 區 …), read from its own dictionary. */
function traditionalCharacters(): Set<string> {
  if (traditionalOnly) return traditionalOnly;
  traditionalOnly = new Set();
  for (const table of OpenCC.Locale.to.cn) {
    for (const entry of table.join('|').split('|')) {
      const [from, to] = entry.split(' ');
      if (from?.length === 1 && to && from !== to) traditionalOnly.add(from);
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
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    if (traditional.has(text[i])) changed++;
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
