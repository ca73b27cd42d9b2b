// Extracts the readable text of an HTML page as a TextMap into the original
// markup: text nodes only, block elements as line breaks, entities decoded,
// script, style and navigation left out.
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { TextMap } from '../clean/textmap';

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'template']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'title', 'blockquote', 'pre', 'dd', 'dt', 'figcaption']);
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

export function htmlToTextMap(html: string): TextMap {
  const chars: string[] = [];
  const origin: number[] = [];
  let skipDepth = 0;
  const newline = (at: number) => {
    if (chars.length && chars[chars.length - 1] !== '\n') { chars.push('\n'); origin.push(at); }
  };
  const pushText = (raw: string, at: number) => {
    let last = 0;
    for (const m of raw.matchAll(ENTITY)) {
      for (let i = last; i < m.index!; i++) { chars.push(raw[i]); origin.push(at + i); }
      for (const c of decodeHTML(m[0])) for (const unit of c.split('')) { chars.push(unit); origin.push(at + m.index!); }
      last = m.index! + m[0].length;
    }
    for (let i = last; i < raw.length; i++) { chars.push(raw[i]); origin.push(at + i); }
  };
  const parser: Parser = new Parser({
    onopentag(name) {
      if (SKIP.has(name)) skipDepth++;
      if (BLOCK.has(name)) newline(parser.startIndex);
    },
    onclosetag(name) {
      if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
      if (BLOCK.has(name)) newline(parser.startIndex);
    },
    ontext(text) {
      if (!skipDepth) pushText(text, parser.startIndex);
    },
  }, { decodeEntities: false, lowerCaseTags: true });
  parser.end(html);
  return new TextMap(chars.join(''), Int32Array.from(origin));
}
