// Bundles src/store/cypher-parser.ts with what it imports, and nothing else of
// its package (tree-shaken), into dist/cypher-parser.cjs (see that file for why).
// Skipped when the bundle was made from the same entry file and package
// versions (a stamp beside it): every `npm test` builds first.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.join(root, 'src', 'store', 'cypher-parser.ts');
const file = path.join(root, 'dist', 'cypher-parser.cjs');
const stampFile = `${file}.stamp`;

// Read from the folder: the parser's package exports no package.json.
const versionOf = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const versions = ['@neo4j-cypher/language-support', 'rolldown'].map((name) => `${name}@${versionOf(name)}`);
const stamp = crypto.createHash('sha256').update(fs.readFileSync(input)).update(versions.join('\n')).digest('hex');
const current = fs.existsSync(file) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;

if (!current) {
  await build({ input, platform: 'node', logLevel: 'warn', output: { format: 'cjs', file } });
  fs.writeFileSync(stampFile, stamp);
}
