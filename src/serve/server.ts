// The HTTP API and the viewer's static files, with Fastify. Binds to
// 127.0.0.1 unless told otherwise; every query is read-only.
import fs from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { GraphStore } from '../store/store';
import { GraphQueries, subgraphOf } from './graph-queries';
import { ontology } from '../schema/ontology';
import { simplify } from '../clean/script';
import { VIEWER_DIST } from '../paths';
import { presets } from './presets';

export interface ServerOptions { store: GraphStore; maxNodes?: number }

const DEFAULT_MAX_NODES = 2000;

export async function buildServer({ store, maxNodes = DEFAULT_MAX_NODES }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  const q = new GraphQueries(store);

  app.get('/api/meta', async () => ({ ontology, store: store.description, totals: await q.totals(), maxNodes, presets: presets(store.dialect) }));

  app.get<{ Querystring: { limit?: string } }>('/api/graph', async (req) => {
    const limit = clampInt(req.query.limit, maxNodes, 1, 100000);
    return q.top(limit);
  });

  app.get<{ Querystring: { key: string } }>('/api/neighbors', async (req) => q.neighbourhood(required(req.query.key, 'key')));

  app.get<{ Querystring: { key: string } }>('/api/node', async (req, reply) => {
    const d = await q.details(required(req.query.key, 'key'));
    return d ?? reply.code(404).send({ error: 'no such node' });
  });

  app.get<{ Querystring: { q: string; limit?: string } }>('/api/search', async (req) => {
    const text = required(req.query.q, 'q').trim();
    return q.search(text, simplify(text), clampInt(req.query.limit, 20, 1, 200));
  });

  app.get<{ Querystring: { name: string } }>('/api/document', async (req, reply) => {
    const doc = await q.document(required(req.query.name, 'name'));
    return doc ?? reply.code(404).send({ error: 'no such document' });
  });

  app.post<{ Body: { cypher?: string; params?: Record<string, unknown> } }>('/api/query', async (req, reply) => {
    const cypher = req.body?.cypher;
    if (typeof cypher !== 'string' || !cypher.trim()) return reply.code(400).send({ error: 'query: send {"cypher": "..."}' });
    try {
      const result = await store.query(cypher, req.body.params ?? {});
      return { ...result, subgraph: subgraphOf(result.rows) };
    } catch (e) {
      return reply.code(400).send({ error: (e as Error).message });
    }
  });

  if (fs.existsSync(VIEWER_DIST)) {
    await app.register(fastifyStatic, { root: VIEWER_DIST });
  } else {
    app.get('/', async (_req, reply) => reply.type('text/plain').send('kg: the viewer is not built; run `npm run build`.'));
  }
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    reply.code(err.statusCode && err.statusCode < 500 ? err.statusCode : 400).send({ error: err.message });
  });
  return app;
}

function required(v: string | undefined, name: string): string {
  if (!v) throw Object.assign(new Error(`missing query parameter ${name}`), { statusCode: 400 });
  return v;
}

function clampInt(v: string | undefined, fallback: number, min: number, max: number): number {
  const n = v === undefined ? fallback : Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
