// Locations inside the installed package, the same whether code runs from
// src/ (tests) or dist/src/ (the built CLI).
import fs from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`kg: no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot(__dirname);
export const LEXICON_DIR = path.join(PACKAGE_ROOT, 'src', 'extract', 'lexicons');
export const VIEWER_DIST = path.join(PACKAGE_ROOT, 'dist', 'viewer');

/** The Cypher parser bundled at build time (store/cypher-parser.ts). */
export const CYPHER_PARSER_BUNDLE = path.join(PACKAGE_ROOT, 'dist', 'cypher-parser.cjs');

/** A module's compiled script, for a worker or child process: always the build's (ts-jest runs the TypeScript, which no process can start). */
export const compiledScript = (folder: string, name: string) => path.join(PACKAGE_ROOT, 'dist', 'src', folder, `${name}.js`);
