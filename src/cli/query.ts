// kg query CYPHER: a read-only query, printed as a table or JSON Lines.
import type { Command } from 'commander';
import { openStore } from '../store/open';
import { storeOptions, type StoreFlags } from './store-flags';
import { formatTable } from './table';
import { positiveNumber } from './options';
import { QUERY_ROW_LIMIT, QUERY_TIMEOUT_MS } from '../defaults';

export function registerQuery(program: Command): void {
  const cmd = program.command('query')
    .description('run a read-only Cypher query against the store and print the rows')
    .argument('<cypher>', 'the query; pass values with --param name=value, never pasted into the text')
    .option('--json', 'print JSON Lines, one row per line')
    .option('-p, --param <name=value>', 'a query parameter, repeatable (values parsed as JSON when they can be)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--timeout <seconds>', 'stop the query after this long', positiveNumber, QUERY_TIMEOUT_MS / 1000)
    .option('--max-rows <n>', 'return at most this many rows', positiveNumber, QUERY_ROW_LIMIT);
  storeOptions(cmd).action(async (cypher: string, opts: StoreFlags & { json?: boolean; param: string[]; timeout: number; maxRows: number }) => {
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data, readOnly: true });
    try {
      const result = await store.query(cypher, parseParams(opts.param), { timeoutMs: opts.timeout * 1000, rowLimit: opts.maxRows });
      if (opts.json) for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
      else process.stdout.write(`${formatTable(result.columns, result.rows)}\n`);
      if (result.truncated) process.stderr.write(`kg query: only the first ${opts.maxRows} rows (--max-rows)\n`);
    } finally {
      await store.close();
    }
  });
}

function parseParams(pairs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq < 1) throw new Error(`query: --param wants name=value, got ${p}`);
    const raw = p.slice(eq + 1);
    try { out[p.slice(0, eq)] = JSON.parse(raw); } catch { out[p.slice(0, eq)] = raw; }
  }
  return out;
}
