// Fuzzing the cleaning and extraction stages: random and mutated articles
// (fixed seed, bounded count) must never throw, and every output must hold
// the contract: known types, endpoints present and allowed by the ontology,
// evidence inside the file and equal to its text.
import fs from 'node:fs';
import path from 'node:path';
import { decode } from '../src/read/decode';
import { extractDocument } from '../src/extract';
import { textDocument } from '../src/read/document';
import { validateExtraction } from '../src/schema/validate';

const SEEDS = path.join(__dirname, 'gold', 'dev', 'texts');
const ARTICLES = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
const PIECES = ['，', '。', '、', '（', '）', '(', ')', '“', '”', '\n', ' ', '<p>', '</p>', '&amp;', '等', '与', '签约', '项目', '率队赴', '书记', '主任', '集团', '经开区', '仪式', '(xiàng)', '\ufffd', '\u0000', '😀', 'a', '1', '年', '月', '日'];

function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s % n; };
}

/** An article cut, spliced, with pieces inserted and characters dropped or swapped. */
function mutate(text: string, rand: (n: number) => number): string {
  let t = text;
  const edits = 1 + rand(30);
  for (let k = 0; k < edits; k++) {
    const at = rand(t.length + 1);
    switch (rand(5)) {
      case 0: t = t.slice(0, at) + PIECES[rand(PIECES.length)] + t.slice(at); break;
      case 1: t = t.slice(0, at) + t.slice(at + 1 + rand(20)); break;
      case 2: t = t.slice(0, at) + ARTICLES[rand(ARTICLES.length)].slice(rand(500), rand(2000)) + t.slice(at); break;
      case 3: t = t.slice(0, at) + t.slice(at).split('').reverse().join('').slice(0, rand(50)) + t.slice(at); break;
      default: t = t.slice(rand(Math.max(1, t.length / 2)));
    }
  }
  return t;
}

function randomText(rand: (n: number) => number): string {
  return Array.from({ length: rand(200) }, () => (rand(3) ? PIECES[rand(PIECES.length)] : String.fromCharCode(0x4e00 + rand(0x5000)))).join('');
}

function check(text: string, html: boolean): void {
  const out = extractDocument(textDocument(html ? 'fuzz.html' : 'fuzz.txt', text)).extraction;
  expect(validateExtraction(out, text)).toEqual([]);
  for (const r of out.relations) {
    expect(r.evidence!.start).toBeGreaterThanOrEqual(0);
    expect(r.evidence!.end).toBeLessThanOrEqual(text.length);
  }
}

describe('fuzzing clean and extract (fixed seed)', () => {
  test('mutated articles keep the contract', () => {
    const rand = rng(20261129);
    for (let k = 0; k < 150; k++) check(mutate(ARTICLES[k % ARTICLES.length], rand), false);
  });

  test('random text and mutated HTML keep the contract', () => {
    const rand = rng(7);
    for (let k = 0; k < 100; k++) check(randomText(rand), false);
    for (let k = 0; k < 50; k++) check(`<html><body><p>${mutate(ARTICLES[k % ARTICLES.length], rand)}</p></body></html>`, true);
  });

  test('random bytes decode or are refused with a reason, never garbage that throws later', () => {
    const rand = rng(99);
    for (let k = 0; k < 100; k++) {
      const bytes = Buffer.from(Array.from({ length: 1 + rand(400) }, () => rand(256)));
      let text: string;
      try { text = decode(bytes).text; } catch (e) { expect((e as Error).message).toMatch(/not a text document|unsupported encoding/); continue; }
      check(text.replace(/\u0000/g, ''), false);
    }
  });
});
