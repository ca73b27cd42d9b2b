// kg flows: trips between regions (origin: the leader's area; destination:
// where the trip went), per province or city, over a period; as a table,
// CSV, JSON, or a map for papers.
import { Option, type Command } from 'commander';
import { openStore } from '../store/open';
import { monthBound } from '../views/periods';
import { FLOW_LEVELS } from '../views/areas';
import { RESEARCH_VIEW } from '../defaults';
import { viewOptions, type ViewFlags } from './view-options';
import { storeOptions, type StoreFlags } from './store-flags';

interface FlowFlags extends StoreFlags, ViewFlags { level: typeof FLOW_LEVELS[number]; from?: string; to?: string }

export function registerFlows(program: Command): void {
  const cmd = program.command('flows')
    .description('trips between regions: where officials went to court investment, from the area each leader represents')
    .addOption(new Option('--level <level>', 'lift origins and destinations to this level').choices([...FLOW_LEVELS]).default(RESEARCH_VIEW.flowLevel))
    .option('--from <yyyy-mm>', 'only trips from this month on (trips without a year are left out and counted)', (v) => monthBound(v, 'flows: --from'))
    .option('--to <yyyy-mm>', 'only trips up to this month', (v) => monthBound(v, 'flows: --to'));
  storeOptions(viewOptions(cmd, 'map')).action(async (opts: FlowFlags) => {
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data, readOnly: true });
    try {
      const [{ tripFlows }, { writeView }] = await Promise.all([import('../views/flows'), import('../views/output')]); // loaded when run
      const report = await tripFlows(store, opts.level, { from: opts.from, to: opts.to });
      await writeView({
        format: opts.format, out: opts.out, scale: opts.scale,
        columns: ['from', 'to', 'trips', 'leaders', 'first', 'last'],
        rows: report.flows as unknown as Array<Record<string, unknown>>,
        svg: async () => (await import('../views/flow-map')).flowMapSvg(report.flows, { width: opts.width, height: opts.height, title: opts.title, lang: opts.lang, unknown: report.unknown.length }),
      });
      if (report.unknown.length) process.stderr.write(`kg flows: ${report.unknown.length} trip(s) with an origin or destination that could not be placed: ${report.unknown.map((t) => t.name).join('; ')}\n`);
      if (report.undated) process.stderr.write(`kg flows: ${report.undated} trip(s) without a year left out by --from/--to\n`);
    } finally {
      await store.close();
    }
  });
}
