// Drops page furniture: image captions and credits, editor and source lines,
// navigation runs, and everything after the article's end (related links,
// copyright notices, comment boxes, pasted social-media feeds).
import { TextMap } from './textmap';
import { lineRange, splitLines, type Line } from './lines';

const CAPTION = /_fororder_|供图|图片来源|(?:^|\s)(?:摄影?|图)[:：\s]\S{1,12}$/;
const CREDIT = /^\s*[(（【]?\s*(?:责任编辑|编辑|责编|审核|审校|校对|记者|通讯员|作者|来源|稿源|转载|文|图|摄影|监制|制作)\s*[:：|丨]/;
const TRAILING_CREDIT = /[(（](?:文|记者|通讯员|编辑|作者|摄影?)[\s:：][^()（）]{1,20}[)）]\s*$/;
const END_MARKER = /^\s*(?:[-•·✋\s]*)(?:最新推荐|相关推荐|热门推荐|相关阅读|相关新闻|延伸阅读|推荐阅读|猜你喜欢|评论列表|发表评论|网友评论|版权声明|免责声明|版权所有|分享到|扫一扫|上一篇|下一篇)|^\s*#[^#\s]{1,20}#|热门推荐/;
const SOURCE_LINE = /^\s*(?:来源|來源|稿源|责任编辑|編輯|编辑)\s*[:：]/;
const NAV_WORD = /^[\u4e00-\u9fffA-Za-z]{1,6}$/;

/** Where the article ends: the first end marker (or late source line) past the opening part. */
function articleEnd(lines: Line[], textLength: number): number {
  for (const line of lines) {
    const late = line.start > textLength * 0.3;
    if (late && (END_MARKER.test(line.text) || (SOURCE_LINE.test(line.text) && line.text.length < 60))) return line.start;
  }
  return textLength;
}

export function removeBoilerplate(map: TextMap): TextMap {
  const text = map.text;
  const lines = splitLines(text);
  const end = articleEnd(lines, text.length);
  const ranges: Array<[number, number]> = [[end, text.length]];
  for (let i = 0; i < lines.length && lines[i].start < end; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (!t) continue;
    if ((CAPTION.test(t) && t.length < 120) || (CREDIT.test(t) && t.length < 80)) {
      ranges.push(lineRange(line, text.length));
      continue;
    }
    if (isNavigationRun(lines, i)) { ranges.push(lineRange(line, text.length)); continue; }
    const credit = TRAILING_CREDIT.exec(line.text);
    if (credit) ranges.push([line.start + credit.index, line.end]);
  }
  return map.remove(ranges);
}

/** A short word line among at least three such lines in a row: a menu, not prose. */
function isNavigationRun(lines: Line[], i: number): boolean {
  const isNav = (j: number) => j >= 0 && j < lines.length && NAV_WORD.test(lines[j].text.trim());
  if (!isNav(i)) return false;
  return (isNav(i - 1) && isNav(i + 1)) || (isNav(i + 1) && isNav(i + 2)) || (isNav(i - 1) && isNav(i - 2));
}
