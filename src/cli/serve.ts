// kg serve: the HTTP API and the viewer on 127.0.0.1 (--host to change).
import type { Command } from 'commander';
import { storeOptions, type StoreFlags } from './store-flags';
import { port, positiveNumber } from './options';
import { MAX_NODES, PORT, QUERY_ROW_LIMIT, QUERY_TIMEOUT_MS } from '../defaults';

/** How long a stop waits for requests in flight before it ends the process anyway. */
const STOP_GRACE_MS = 2000;

export function registerServe(program: Command): void {
  const cmd = program.command('serve')
    .description('serve the graph over HTTP with the Sigma.js viewer')
    .option('--host <host>', 'address to bind (only this machine by default)', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', port, PORT)
    .option('--max-nodes <n>', 'most nodes the viewer loads at once; beyond, it starts from the best connected', positiveNumber, MAX_NODES)
    .option('--query-timeout <seconds>', 'stop a query from the viewer after this long', positiveNumber, QUERY_TIMEOUT_MS / 1000)
    .option('--max-rows <n>', 'rows a query from the viewer returns at most', positiveNumber, QUERY_ROW_LIMIT)
    .option('--allow-host <name>', 'a host name requests may be addressed to besides localhost and the bound address, repeatable', (v: string, all: string[]) => [...all, v], [] as string[]);
  storeOptions(cmd).action(async (opts: StoreFlags & { host: string; port: number; maxNodes: number; allowHost: string[]; queryTimeout: number; maxRows: number }) => {
    // Loaded here, not with the CLI: every other command would pay for Fastify at start.
    const [{ buildServer }, { LiveStore }, { preloadQueryCheck }] = await Promise.all([import('../serve/server'), import('../serve/live-store'), import('../store/query-check')]);
    const store = new LiveStore({ neo4j: opts.neo4j, data: opts.data });
    const app = await buildServer({
      store, maxNodes: Math.floor(opts.maxNodes), allowedHosts: [opts.host, ...opts.allowHost],
      queryLimits: { timeoutMs: opts.queryTimeout * 1000, rowLimit: Math.floor(opts.maxRows) },
    });
    const address = await app.listen({ host: opts.host, port: opts.port });
    process.stdout.write(`kg: serving ${store.description} at ${address}\n`);
    setImmediate(preloadQueryCheck);
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      // A query still running must not hold the process: close what closes in time, then go.
      setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
      Promise.allSettled([app.close(), store.close()]).then(() => process.exit(0), () => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
