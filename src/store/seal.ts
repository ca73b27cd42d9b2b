// A seal on the embedded store's database file: its size and SHA-256 as kg
// last closed it after writing. LadybugDB checksums its write-ahead log but
// not the pages of graph.lbug, so a flipped bit there comes back as a wrong
// value or a failed open with no word of damage; `kg doctor` compares the
// file with its seal and says so.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SEAL = 'graph.lbug.kg-seal';
const CHUNK = 1 << 20;

interface Seal { size: number; mtimeMs: number; sha256: string }

export type SealState = 'intact' | 'changed' | 'unsealed';

/** Writes the seal of the store's database file as it is now (call once the database is closed). */
export function sealStore(dir: string): void {
  const file = path.join(dir, 'graph.lbug');
  if (!fs.existsSync(file)) return;
  const { size, mtimeMs } = fs.statSync(file);
  writeSeal(dir, { size, mtimeMs, sha256: digest(file) });
}

function writeSeal(dir: string, seal: Seal): void {
  fs.writeFileSync(path.join(dir, SEAL), `${JSON.stringify(seal)}\n`);
}

/**
 * Whether the database file is the one kg sealed; 'unsealed' for a store
 * with no seal (made by an older kg, or a writer that did not close).
 * `quick` trusts an unchanged size and modification time, so that every open
 * can ask (a flipped bit written by a program changes the time; decay on the
 * disk itself is for kg doctor, which reads the whole file).
 */
export function checkSeal(dir: string, { quick = false } = {}): SealState {
  const sealFile = path.join(dir, SEAL);
  const file = path.join(dir, 'graph.lbug');
  if (!fs.existsSync(sealFile) || !fs.existsSync(file)) return 'unsealed';
  const seal = JSON.parse(fs.readFileSync(sealFile, 'utf8')) as Seal;
  const { size, mtimeMs } = fs.statSync(file);
  if (size !== seal.size) return 'changed';
  if (quick && mtimeMs === seal.mtimeMs) return 'intact';
  if (digest(file) !== seal.sha256) return 'changed';
  if (mtimeMs !== seal.mtimeMs) writeSeal(dir, { ...seal, mtimeMs }); // a copy: same bytes, a new time
  return 'intact';
}

/** Removes the seal: the next write changes the file, and a kill before the new seal must not leave an old one. */
export function breakSeal(dir: string): void {
  fs.rmSync(path.join(dir, SEAL), { force: true });
}

export const SEAL_FILE = SEAL;

function digest(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (let n = fs.readSync(fd, buffer, 0, CHUNK, null); n > 0; n = fs.readSync(fd, buffer, 0, CHUNK, null)) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}
