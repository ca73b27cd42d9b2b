// The README's command-line block, run as written (a README whose examples
// can rot is a trap): every `npx kg …` line of the "Command line" section,
// in a scratch folder with the samples, on a scratch embedded store. Only
// what a line cannot mean literally is replaced, and said here: optional
// flags in [brackets] are left out, `more/articles/` is a folder with one
// article, and `kg serve` is started and stopped (it runs until stopped).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, SAMPLES, tempDir } from './helpers/run';
import { serve } from './helpers/serve';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('\n## ', readme.indexOf('## Command line') + 3));
const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
const lines = block.split('\n').filter((l) => l.startsWith('npx kg ')).map((l) => l.replace(/\s+#.*$/, '').trim());

/** A line as the shell would split it, its optional [--flags] left out. */
function argsOf(line: string): string[] {
  const words = line.replace(/\[--[^\]]*\]/g, '').match(/"(?:\\.|[^"])*"|\S+/g)!;
  return words.slice(2).map((w) => (w.startsWith('"') ? w.slice(1, -1).replace(/\\\$/g, '$') : w));
}

describe('the README command-line block', () => {
  const work = tempDir('readme');
  const env = { ...process.env, NEO4J_URI: '', KG_DATA: path.join(work, 'kg-data') };
  beforeAll(() => {
    fs.cpSync(SAMPLES, path.join(work, 'samples'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'tests', 'gold'), path.join(work, 'tests', 'gold'), { recursive: true });
    fs.mkdirSync(path.join(work, 'more', 'articles'), { recursive: true });
    fs.writeFileSync(path.join(work, 'more', 'articles', 'old.txt'), '近日，北湖开发区党工委书记林若溪带队赴深圳开展招商活动，走访了澜石新材料有限公司。');
  });

  test('has the commands a reader starts from', () => {
    expect(lines.map((l) => l.split(' ')[2])).toEqual(expect.arrayContaining(['extract', 'ingest', 'query', 'serve', 'export', 'flows', 'investments', 'eval']));
  });

  test.each(lines.map((l) => [l]))('%s', async (line) => {
    const args = argsOf(line);
    if (args[0] === 'serve') {
      const server = await serve(['--data', env.KG_DATA]);
      try { expect((await fetch(`${server.url}/api/meta`)).status).toBe(200); } finally { server.stop(); }
      return;
    }
    const res = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], { cwd: work, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect({ line, code: res.status, stderr: res.status ? res.stderr : '' }).toEqual({ line, code: 0, stderr: '' });
  });
});
