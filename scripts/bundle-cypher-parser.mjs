// Bundles src/store/cypher-parser.ts with what it imports, and nothing else of
// its package (tree-shaken), into dist/cypher-parser.cjs (see that file for why).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  input: path.join(root, 'src', 'store', 'cypher-parser.ts'),
  platform: 'node',
  logLevel: 'warn',
  output: { format: 'cjs', file: path.join(root, 'dist', 'cypher-parser.cjs') },
});
