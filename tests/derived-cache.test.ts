// The lexicons' derived data (divisions, jieba's common words) read back from
// the cache gives what computing gives, and a cache file written from other
// inputs is not believed.
import fs from 'node:fs';
import path from 'node:path';
import { derived } from '../src/extract/derived-cache';
import { PACKAGE_ROOT } from '../src/paths';

const NAME = `test-${process.pid}`;
const DIR = path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'kg');
const file = () => path.join(DIR, fs.readdirSync(DIR).find((f) => f.startsWith(`${NAME}-`))!);

afterAll(() => fs.rmSync(file(), { force: true }));

test('a value computed once is read back whole, maps and sets included, without computing again', () => {
  const value = { forms: new Map([['长春', '长春市']]), verbs: new Set(['发布']), zones: ['长春新区'] };
  expect(derived(NAME, () => value)).toBe(value);
  expect(fs.existsSync(file())).toBe(true);
  expect(derived(NAME, () => { throw new Error('computed again'); })).toEqual(value);
});

test('a cache file from other inputs (another digest) or cut short is computed again', () => {
  derived(NAME, () => 1);
  const bytes = fs.readFileSync(file());
  bytes[0] ^= 0xff; // another digest
  fs.writeFileSync(file(), bytes);
  expect(derived(NAME, () => 2)).toBe(2);
  fs.writeFileSync(file(), fs.readFileSync(file()).subarray(0, 33)); // the digest (32 bytes) and one byte of the value
  expect(derived(NAME, () => 3)).toBe(3);
  expect(derived(NAME, () => 4)).toBe(3);
});
