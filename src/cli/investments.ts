// kg investments: announced investment per area and period, by status, as a
// table, CSV, JSON, or a chart for papers.
import { Option, type Command } from 'commander';
import { openStore } from '../store/open';
import { viewOptions, type ViewFlags } from './view-options';
import { AREA_LEVELS, type AreaLevel } from '../views/areas';
import { GRANULARITIES, type Granularity } from '../views/periods';
import { RESEARCH_VIEW } from '../defaults';
import { storeOptions, type StoreFlags } from './store-flags';

interface InvestmentFlags extends StoreFlags, ViewFlags { by: AreaLevel; per: Granularity; status?: string[] }

export function registerInvestments(program: Command): void {
  const cmd = program.command('investments')
    .description('announced investment per area and period, by project status (each project once; amounts in yuan, other currencies apart)')
    .addOption(new Option('--by <level>', 'group by zone, city or province').choices([...AREA_LEVELS]).default(RESEARCH_VIEW.investmentsBy))
    .addOption(new Option('--per <period>', 'group by year, quarter or month (projects without a dated article: period null)').choices([...GRANULARITIES]).default(RESEARCH_VIEW.investmentsPer))
    .option('--status <list>', 'only these statuses, comma-separated (签约,落位,开工,投产,竣工)', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean));
  storeOptions(viewOptions(cmd, 'chart')).action(async (opts: InvestmentFlags) => {
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data, readOnly: true });
    try {
      const [{ investments }, { writeView }] = await Promise.all([import('../views/investments'), import('../views/output')]); // loaded when run
      const { rows } = await investments(store, { by: opts.by, per: opts.per, statuses: opts.status });
      await writeView({
        format: opts.format, out: opts.out, scale: opts.scale,
        columns: ['area', 'period', 'status', 'projects', 'amount_yuan', 'without_amount', 'foreign'],
        rows: rows as unknown as Array<Record<string, unknown>>,
        svg: async () => (await import('../views/investment-chart')).investmentChartSvg(rows, { width: opts.width, height: opts.height, title: opts.title, lang: opts.lang }),
      });
    } finally {
      await store.close();
    }
  });
}
