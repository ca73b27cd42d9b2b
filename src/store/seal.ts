// A seal on the embedded store's database file: its size and SHA-256 as kg
// last closed it after writing. LadybugDB checksums its write-ahead log but
// not the pages of graph.lbug, so a flipped bit there comes back as a wrong
// value or a failed open with no word of damage; `kg doctor` compares the
// file with its seal and says so.
import crypto from 'node:crypto';
import fs from 'node:fs';

/** The seal beside the database file. */
const sealOf = (file: string) => `${file}.kg-seal`;
const CHUNK = 1 << 20;

interface Seal { size: number; mtimeMs: number; sha256: string }

export type SealState = 'intact' | 'changed' | 'unsealed';

/** Writes the seal of a database file as it is now (call once the database is closed). */
export function sealStore(file: string): void {
  if (!fs.existsSync(file)) return;
  const { size, mtimeMs } = fs.statSync(file);
  writeSeal(file, { size, mtimeMs, sha256: digest(file) });
}

function writeSeal(file: string, seal: Seal): void {
  fs.writeFileSync(sealOf(file), `${JSON.stringify(seal)}\n`);
}

/**
 * Whether the database file is the one kg sealed; 'unsealed' for a store
 * with no seal (made by an older kg, or a writer that did not close).
 * `quick` trusts an unchanged size and modification time, so that every open
 * can ask (a flipped bit written by a program changes the time; decay on the
 * disk itself is for kg doctor, which reads the whole file).
 */
export function checkSeal(file: string, { quick = false } = {}): SealState {
  const sealFile = sealOf(file);
  if (!fs.existsSync(sealFile) || !fs.existsSync(file)) return 'unsealed';
  const seal = JSON.parse(fs.readFileSync(sealFile, 'utf8')) as Seal;
  const { size, mtimeMs } = fs.statSync(file);
  if (size !== seal.size) return 'changed';
  if (quick && mtimeMs === seal.mtimeMs) return 'intact';
  if (digest(file) !== seal.sha256) return 'changed';
  if (mtimeMs !== seal.mtimeMs) writeSeal(file, { ...seal, mtimeMs }); // a copy: same bytes, a new time
  return 'intact';
}

/** Removes the seal: the next write changes the file, and a kill before the new seal must not leave an old one. */
export function breakSeal(file: string): void {
  fs.rmSync(sealOf(file), { force: true });
}

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
