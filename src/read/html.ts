// Extracts the readable text of an HTML page as a TextMap into the original
// markup: text nodes only, block elements as line breaks, entities decoded,
// script, style and navigation left out. It reads tokens (htmlparser2's
// Tokenizer), not a tree: a page of unclosed tags made the tree builder search
// its stack of open elements at every tag (a 588 kB page took 38 s); the
// tokens take time in proportion to the page.
import { Tokenizer } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { TextMap } from '../clean/textmap';

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'template']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'title', 'blockquote', 'pre', 'dd', 'dt', 'figcaption']);
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

export function htmlToTextMap(html: string): TextMap {
  const chars: string[] = [];
  const origin: number[] = [];
  let skipDepth = 0;
  let opened = '';
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
  const name = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const none = () => undefined;
  const tokenizer = new Tokenizer({ decodeEntities: false }, {
    onopentagname(start, end) {
      opened = name(start, end);
      if (SKIP.has(opened)) skipDepth++;
      if (BLOCK.has(opened)) newline(start - 1);
    },
    onselfclosingtag() {
      if (SKIP.has(opened)) skipDepth = Math.max(0, skipDepth - 1); // <svg/> opens and closes at once
    },
    onclosetag(start, end) {
      const closed = name(start, end);
      if (SKIP.has(closed)) skipDepth = Math.max(0, skipDepth - 1);
      if (BLOCK.has(closed)) newline(start - 2);
    },
    ontext(start, end) {
      if (!skipDepth) pushText(html.slice(start, end), start);
    },
    ontextentity: none, onattribdata: none, onattribentity: none, onattribend: none, onattribname: none,
    oncdata: none, oncomment: none, ondeclaration: none, onend: none, onopentagend: none, onprocessinginstruction: none,
  });
  tokenizer.write(html);
  tokenizer.end();
  return new TextMap(chars.join(''), Int32Array.from(origin));
}
