// Drops page furniture: image captions and credits, editor and source lines,
// navigation runs, and everything after the article's end (related links,
// copyright notices, comment boxes, pasted social-media feeds).
import { TextMap } from './textmap';
import { lineRange, splitLines, type Line } from './lines';
import { pattern } from '../extract/patterns';

const NAV_WORD = /^[\u4e00-\u9fffA-Za-z]{1,6}$/;

/** Where the article ends: the first end marker (or late source line) past the opening part. */
function articleEnd(lines: Line[], textLength: number): number {
  for (const line of lines) {
    const late = line.start > textLength * 0.3;
    if (late && (pattern('article-end').test(line.text) || (pattern('source-line').test(line.text) && line.text.length < 60))) return line.start;
  }
  return textLength;
}

export function removeBoilerplate(map: TextMap): TextMap {
  const text = map.text;
  const lines = splitLines(text);
  const end = articleEnd(lines, text.length);
  const ranges: Array<[number, number]> = [[end, text.length]];
  const firstLine = lines.findIndex((l) => l.text.trim());
  for (let i = 0; i < lines.length && lines[i].start < end; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (!t) continue;
    if ((pattern('caption').test(t) && t.length < 120) || (pattern('credit-line').test(t) && t.length < 80) || (pattern('page-info-line').test(t) && t.length < 120)) {
      ranges.push(lineRange(line, text.length));
      continue;
    }
    if (isNavigationRun(lines, i)) { ranges.push(lineRange(line, text.length)); continue; }
    // The first line, a page's title, may end with the site's name.
    const site = i === firstLine ? pattern('title-site-suffix').exec(line.text) : null;
    if (site) ranges.push([line.start + site.index, line.end]);
    const credit = pattern('trailing-credit').exec(line.text);
    if (credit) ranges.push([line.start + credit.index, line.end]);
    // 【大公报讯】记者陈文报道：, （文汇报讯）: the paper's tag opening a paragraph is no part of its first sentence.
    const dateline = pattern('leading-dateline').exec(line.text);
    if (dateline) ranges.push([line.start + dateline.index, line.start + dateline.index + dateline[0].length]);
  }
  return map.remove(ranges);
}

/** A short word line among at least three such lines in a row: a menu, not prose. */
function isNavigationRun(lines: Line[], i: number): boolean {
  const isNav = (j: number) => j >= 0 && j < lines.length && NAV_WORD.test(lines[j].text.trim());
  if (!isNav(i)) return false;
  return (isNav(i - 1) && isNav(i + 1)) || (isNav(i + 1) && isNav(i + 2)) || (isNav(i - 1) && isNav(i - 2));
}
