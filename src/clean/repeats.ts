// Collapses repeated content: a paragraph seen before is dropped, and a line
// that begins with an earlier line (a headline glued to the body) loses that
// prefix. Pages that print their body twice come out once.
import { TextMap } from './textmap';
import { splitLines } from './lines';

const MIN_REPEAT = 6;
const MIN_PREFIX = 10;

const key = (s: string) => s.replace(/\s+/g, '');

export function collapseRepeats(map: TextMap): TextMap {
  const seen = new Set<string>();
  const prefixes: string[] = [];
  const ranges: Array<[number, number]> = [];
  for (const line of splitLines(map.text)) {
    const k = key(line.text);
    if (k.length < MIN_REPEAT) continue;
    if (seen.has(k)) { ranges.push([line.start, Math.min(map.text.length, line.end + 1)]); continue; }
    seen.add(k);
    const trimmed = line.text.trimStart();
    const prefix = prefixes.find((p) => trimmed.length > p.length && trimmed.startsWith(p));
    if (prefix) {
      const at = line.start + (line.text.length - trimmed.length);
      ranges.push([at, at + prefix.length]);
    }
    if (k.length >= MIN_PREFIX) prefixes.push(line.text.trim());
  }
  return map.remove(ranges);
}
