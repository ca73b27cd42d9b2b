// The research views over HTTP: trip flows and announced investment as JSON
// (what the viewer's tables and details list) and as the same SVG pictures
// the command line draws (one drawing for papers and for the screen). Query
// strings are checked here; the views read the store with parameters only.
import type { FastifyInstance } from 'fastify';
import type { GraphStore } from '../store/store';
import { tripFlows } from '../views/flows';
import { investments } from '../views/investments';
import { GRANULARITIES, monthBound, periodOf } from '../views/periods';
import { AREA_LEVELS, FLOW_LEVELS } from '../views/areas';
import { RESEARCH_VIEW } from '../defaults';

type Query = Record<string, unknown>;

function choice<T extends string>(q: Query, name: string, allowed: readonly T[], fallback: T): T {
  const v = q[name];
  if (v === undefined || v === '') return fallback;
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw Object.assign(new Error(`${name} must be one of ${allowed.join(', ')}`), { statusCode: 400 });
  return v as T;
}

function month(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined || v === '') return undefined;
  try { return monthBound(String(v), name); } catch (e) { throw Object.assign(e as Error, { statusCode: 400 }); }
}

const flowQuery = (q: Query) => ({ level: choice(q, 'level', FLOW_LEVELS, RESEARCH_VIEW.flowLevel), period: { from: month(q, 'from'), to: month(q, 'to') } });
const investmentQuery = (q: Query) => ({
  by: choice(q, 'by', AREA_LEVELS, RESEARCH_VIEW.investmentsBy),
  per: choice(q, 'per', GRANULARITIES, RESEARCH_VIEW.investmentsPer),
  statuses: typeof q.status === 'string' && q.status ? q.status.split(',') : undefined,
});

export function registerResearchViews(app: FastifyInstance, store: GraphStore): void {
  app.get<{ Querystring: Query }>('/api/flows', async (req) => {
    const { level, period } = flowQuery(req.query);
    return tripFlows(store, level, period);
  });
  app.get<{ Querystring: Query }>('/api/flows.svg', async (req, reply) => {
    const { level, period } = flowQuery(req.query);
    const report = await tripFlows(store, level, period);
    const { flowMapSvg } = await import('../views/flow-map');
    const lang = choice(req.query, 'lang', ['zh', 'en'] as const, 'zh');
    return reply.type('image/svg+xml').send(flowMapSvg(report.flows, { width: 1000, height: 760, lang, unknown: report.unknown.length }));
  });
  app.get<{ Querystring: Query }>('/api/investments', async (req) => {
    const q = investmentQuery(req.query);
    const { rows, projects } = await investments(store, q);
    return { rows, projects: projects.map((p) => ({ ...p, period: periodOf(p.date, q.per) })) };
  });
  app.get<{ Querystring: Query }>('/api/investments.svg', async (req, reply) => {
    const { rows } = await investments(store, investmentQuery(req.query));
    const { investmentChartSvg } = await import('../views/investment-chart');
    const lang = choice(req.query, 'lang', ['zh', 'en'] as const, 'zh');
    return reply.type('image/svg+xml').send(investmentChartSvg(rows, { width: 1000, height: 620, lang }));
  });
}
