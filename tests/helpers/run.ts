// Runs the built kg command line and captures its output.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SAMPLES = path.join(ROOT, 'samples');

export function kg(args: string[], env: NodeJS.ProcessEnv = {}) {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], {
    encoding: 'utf8', env: { ...process.env, NEO4J_URI: '', ...env }, maxBuffer: 64 * 1024 * 1024,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kg-${prefix}-`));
}
