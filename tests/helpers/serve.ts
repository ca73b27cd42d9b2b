// Starts `kg serve` on a free port and returns its address.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run';

export interface Served { url: string; stop(): void; process: ChildProcess }

export function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'serve', '--port', '0', ...args], { env: { ...process.env, NEO4J_URI: '' } });
  return new Promise((ok, ko) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) ok({ url: m[1], process: child, stop: () => child.kill('SIGTERM') });
    });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => ko(new Error(`kg serve exited ${code}: ${out}`)));
  });
}
