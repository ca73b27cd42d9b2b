// kg serve: the HTTP API and the viewer on 127.0.0.1 (--host to change).
import type { Command } from 'commander';
import { openStore } from '../store/open';
import { buildServer } from '../serve/server';
import { storeOptions, type StoreFlags } from './store-flags';

export function registerServe(program: Command): void {
  const cmd = program.command('serve')
    .description('serve the graph over HTTP with the Sigma.js viewer')
    .option('--host <host>', 'address to bind (only this machine by default)', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', '7475')
    .option('--max-nodes <n>', 'most nodes the viewer loads at once; beyond, it starts from the best connected', '2000');
  storeOptions(cmd).action(async (opts: StoreFlags & { host: string; port: string; maxNodes: string }) => {
    const store = openStore({ neo4j: opts.neo4j, data: opts.data, readOnly: true });
    const app = await buildServer({ store, maxNodes: Number(opts.maxNodes) });
    const address = await app.listen({ host: opts.host, port: Number(opts.port) });
    process.stdout.write(`kg: serving ${store.description} at ${address}\n`);
    const stop = async () => { await app.close(); await store.close(); process.exit(0); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
