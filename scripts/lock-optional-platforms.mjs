#!/usr/bin/env node
// Adds package-lock entries for optional platform packages (…-darwin-arm64,
// …-win32-x64) that the registry reachable here does not carry. Without
// them `npm ci` stops with "Missing: … from lock file"; with them, npm ci
// skips each one on a platform its os/cpu do not match, without fetching.
// Run after `npm install` changes the lock: node scripts/lock-optional-platforms.mjs
import fs from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', 'arm-': 'arm', armv7: 'arm', arm: 'arm', riscv64: 'riscv64', s390x: 's390x', ppc64: 'ppc64', loong64: 'loong64', wasm32: 'wasm32' };

function platformOf(name) {
  const os = OS.find((o) => name.includes(`-${o}`));
  const cpuKey = Object.keys(CPU).find((c) => name.includes(`-${c}`) || name.endsWith(c));
  if (!os && !cpuKey) return undefined;
  const entry = {};
  if (os) entry.os = [os];
  if (cpuKey) entry.cpu = [CPU[cpuKey]];
  if (os === 'linux') entry.libc = [name.includes('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ''}node_modules/${dep}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    lock.packages[`node_modules/${dep}`] = { version: version.replace(/^[\^~]/, ''), ...platform, optional: true };
    added++;
  }
}
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-optional-platforms: added ${added} entries`);
