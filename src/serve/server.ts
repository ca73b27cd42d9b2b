// The HTTP API and the viewer's static files, with Fastify. Binds to
// 127.0.0.1 unless told otherwise; answers only requests addressed to a
// local name or the bound address (no DNS rebinding); every user query is
// checked as a read; every error has one JSON shape, {"error": message},
// and no answer carries a filesystem path.
import fs from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { GraphStore, QueryLimits } from '../store/store';
import { GraphQueries, subgraphOf } from './graph-queries';
import { ontology } from '../schema/ontology';
import { simplify } from '../clean/script';
import { VIEWER_DIST } from '../paths';
import { presets } from './presets';
import { registerResearchViews } from './research-views';
import { MAX_NODES, NEIGHBOURS_PER_EXPANSION, PATHS } from '../defaults';
import { QueryRefused } from '../store/query-check';
import { StoreUnavailable } from '../store/store';

export interface ServerOptions {
  store: GraphStore;
  maxNodes?: number;
  /** Host names requests may be addressed to, besides localhost, 127.0.0.1 and [::1]. */
  allowedHosts?: string[];
  /** What one user query may cost (defaults.ts). */
  queryLimits?: Partial<QueryLimits>;
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

export async function buildServer({ store, maxNodes = MAX_NODES, allowedHosts = [], queryLimits }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  // Before the routes: Fastify gives each route the error handler in force when it is declared.
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    if (err instanceof QueryRefused) { const { refusal } = err as QueryRefused; return reply.code(400).send({ error: err.message, ...(refusal ? { refusal } : {}) }); }
    if (err instanceof StoreUnavailable) return reply.code(503).send({ error: withoutPaths(err.message) });
    if (err.statusCode && err.statusCode < 500) return reply.code(err.statusCode).send({ error: withoutPaths(err.message) });
    process.stderr.write(`kg serve: ${err.stack ?? err.message}\n`);
    return reply.code(500).send({ error: 'internal error (details are in the server log)' });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'not found' }));
  const hosts = new Set([...LOCAL_HOSTS, ...allowedHosts].map((h) => h.toLowerCase()));
  app.addHook('onRequest', async (req) => {
    const host = hostName(req.headers.host ?? '');
    if (!hosts.has(host)) throw httpError(421, `requests must be addressed to this machine (Host ${JSON.stringify(host)} is not served; kg serve --allow-host adds names)`);
  });
  const q = new GraphQueries(store);

  app.get('/api/meta', async () => ({ ontology, store: store.dialect.name, totals: await q.totals(), maxNodes, paths: PATHS, presets: await presets(store) }));

  registerResearchViews(app, store);

  app.get<{ Querystring: { limit?: unknown; lone?: unknown } }>('/api/graph', async (req) => {
    const limit = clampInt(req.query.limit, maxNodes, 1, 100000);
    return q.top(limit, req.query.lone === '1');
  });

  app.get<{ Querystring: { key: unknown; limit?: unknown; offset?: unknown } }>('/api/neighbors', async (req) =>
    q.neighbourhood(required(req.query.key, 'key'), clampInt(req.query.limit, NEIGHBOURS_PER_EXPANSION, 1, 10000), clampInt(req.query.offset, 0, 0, 1e9)));

  app.get<{ Querystring: { from: unknown; to: unknown; steps?: unknown } }>('/api/paths', async (req) =>
    q.paths(required(req.query.from, 'from'), required(req.query.to, 'to'), clampInt(req.query.steps, PATHS.steps, 1, PATHS.maxSteps)));

  app.get<{ Querystring: { key: unknown } }>('/api/node', async (req, reply) => {
    const d = await q.details(required(req.query.key, 'key'));
    return d ? withoutFilePaths(d) : reply.code(404).send({ error: 'no such node' });
  });

  app.get<{ Querystring: { q: unknown; limit?: unknown } }>('/api/search', async (req) => {
    const text = required(req.query.q, 'q').trim();
    return q.search(text, simplify(text), clampInt(req.query.limit, 20, 1, 200));
  });

  app.get<{ Querystring: { name: unknown } }>('/api/document', async (req, reply) => {
    const doc = await q.document(required(req.query.name, 'name'));
    if (!doc) return reply.code(404).send({ error: 'no such document' });
    const { path: _path, ...shown } = doc; // the server's own folders stay private
    return shown;
  });

  app.post<{ Body: { cypher?: unknown; params?: unknown } }>('/api/query', async (req, reply) => {
    const cypher = req.body?.cypher;
    const params = req.body?.params ?? {};
    if (typeof cypher !== 'string' || !cypher.trim()) return reply.code(400).send({ error: 'query: send {"cypher": "..."}' });
    if (typeof params !== 'object' || Array.isArray(params)) return reply.code(400).send({ error: 'query: params must be an object' });
    const result = withoutFilePaths(await store.query(cypher, params as Record<string, unknown>, queryLimits));
    return { ...result, subgraph: subgraphOf(result.rows) };
  });

  if (fs.existsSync(VIEWER_DIST)) {
    await app.register(fastifyStatic, { root: VIEWER_DIST });
  } else {
    app.get('/', async (_req, reply) => reply.type('text/plain').send('kg: the viewer is not built; run `npm run build`.'));
  }
  return app;
}

function httpError(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { statusCode });
}

/** One value of a query parameter: missing or repeated is a client's error. */
function required(v: unknown, name: string): string {
  if (Array.isArray(v)) throw httpError(400, `query parameter ${name} given more than once`);
  if (typeof v !== 'string' || !v) throw httpError(400, `missing query parameter ${name}`);
  return v;
}

function clampInt(v: unknown, fallback: number, min: number, max: number): number {
  if (v === undefined) return fallback;
  const n = Number.parseInt(required(v, 'number'), 10);
  if (!Number.isFinite(n)) throw httpError(400, `expected a number, got ${JSON.stringify(v)}`);
  return Math.min(max, Math.max(min, n));
}

/** The host name of a Host header, without its port. */
function hostName(header: string): string {
  const h = header.toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d+$/, '');
}

/** A whole value that is an absolute file path (/home/…/a.txt, C:\\…): a document's place on the server's disk. */
const FILE_PATH = /^(?:\/[^/\0]+){2,}\/?$|^[A-Za-z]:\\/;

/** The answer with every file path replaced by its file name: the server's own folders stay private, whatever a query returns. */
function withoutFilePaths<T>(value: T): T {
  if (typeof value === 'string') return (FILE_PATH.test(value) ? `…/${value.split(/[\\/]/).filter(Boolean).pop() ?? ''}` : value) as T;
  if (Array.isArray(value)) return value.map(withoutFilePaths) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutFilePaths(v)])) as T;
  return value;
}

function withoutPaths(message: string): string {
  return message.replace(/(?:\/[\w.-]+){2,}/g, '…');
}
