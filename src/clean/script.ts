// Traditional-script detection and conversion to simplified with opencc-js.
// Conversion keeps the text's length so offsets stay valid; where a phrase
// rule would change the length, the text is converted character by character.
import * as OpenCC from 'opencc-js';

let toSimplified: ((s: string) => string) | undefined;
function converter(): (s: string) => string {
  if (!toSimplified) toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified;
}

const HAN = /[\u4e00-\u9fff]/;

/** Characters enough to tell the script, and cheap to convert for every document. */
const SAMPLE = 200;

/** Whether a text is mostly traditional script: enough of its characters change under conversion. */
export function isTraditional(text: string): boolean {
  let sample = '';
  for (let i = 0; i < text.length && sample.length < SAMPLE; i++) if (HAN.test(text[i])) sample += text[i];
  if (sample.length < 10) return false;
  const converted = converter()(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed / sample.length > 0.04;
}

/** The simplified form of a text, of the same length. */
export function simplify(text: string): string {
  const convert = converter();
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (c) => { const s = convert(c); return s.length === c.length ? s : c; }).join('');
}
