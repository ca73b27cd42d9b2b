// Where a worker thread's compiled script is: beside this module in dist, or,
// when this module runs as TypeScript (ts-jest), in the build of the same file.
import path from 'node:path';

export function workerScript(name: string): string {
  return __filename.endsWith('.ts')
    ? path.resolve(__dirname, '..', '..', 'dist', 'src', 'ingest', `${name}.js`)
    : path.join(__dirname, `${name}.js`);
}
